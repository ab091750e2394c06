"""A venue standing where a group of dates has its heading: a city and its street address.

Pages that list one course's dates by training centre give each centre an
accordion button, a tab or a heading, and the dates below it:

    Sydney  Unit 3, 14 Church St, Parramatta NSW       ← the centre: city + address
    $295 inc. GST per person
    Thu 15 Oct 2026 7:30am – 4:00pm 6 seats left Book

Such a heading names the runs' place, never their course: :func:`venue_city` tells it
from a course's title by the street address it holds, and gives the city before it.
"""

from __future__ import annotations

import re

from prospectus.extract.modes import parse_availability, parse_mode
from prospectus.extract.months import month_number
from prospectus.extract.patterns.countries import names_country, without_country

# A street address: a house number and a street ("14 Church St", "88 Lavarack Avenue",
# "12 rue de la Paix", "Hauptstraße 12", "Kerkstraat 5", "Drottninggatan 14").
_STREET = re.compile(
    r"\b\d{1,5}[a-z]?,?\s+(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pl|Place|Ct|Court|"
    r"Cres|Crescent|Hwy|Highway|Pde|Parade|Tce|Terrace|Sq|Square|Pkwy|Parkway|Cl|Close|Row|"
    r"Walk|Gardens|Park)\b\.?"
    r"|\b\d{1,5}[a-z]?,?\s+(?i:rue|avenue|boulevard|bd|allée|chemin|quai|cours|via|viale|piazza|"
    r"corso|calle|avenida|rua|praça|plaza|paseo)\s"
    r"|\b[A-ZÀ-Ý][\w-]*(?i:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|straat|laan|"
    r"plein|gracht|kade|gatan|vägen|gata|väg|gade|vej|veien|gaten|gate|"
    r"vegur|braut|tún|stræti|stígur|torg)\s+\d{1,5}[a-z]?\b"  # is "Borgartún 27"
    # the street word apart: "Karl Johans gate 12", "Kongens gade 5", "Drottning väg 3"
    r"|\b[A-ZÀ-Ý][\w'’.-]*\s+(?:gate|gata|gatan|gade|vei|veien|vej|veg|vegen|väg|vägen|"
    r"allé|allee|út|utca|u\.|körút|krt\.|tér|köz|sor|fasor|rakpart)\s+\d{1,5}[a-z]?\b"
    # a German street named by a town's adjective, the street word apart: "Raschwitzer Str.
    # 7", "Leipziger Straße 12", "Berliner Allee 3"
    r"|\b[A-ZÄÖÜ][\w-]*er\s+(?:Straße|Strasse|Str\.|Allee|Weg|Platz|Ring|Damm|Gasse|Chaussee)"
    r"\s+\d{1,5}[a-z]?\b"
    # the street word first, the number after the name: "ul. Lubicz 23", "al. Jana Pawła II
    # 12", "Calle Mayor 5", "Via Roma 12"
    r"|(?:\b(?i:ul|al|pl|os)\.|\b(?:ulica|aleja|Calle|Via|Viale|Corso|Piazza|Rua|Avenida|Carrer))"
    r"\s+[A-ZÀ-ÝĀ-ž][\w'’.-]*(?:\s+[A-ZÀ-ÝĀ-ž][\w'’.-]*){0,3}\s+\d{1,5}[a-z]?\b"
    # "Str. Memorandumului 28", "Bd. Nicolae Bălcescu 32", "Calea Victoriei 12"
    r"|(?<![\w.])(?:[Ss]tr\.|Strada|Bd\.|Bdul\.|Bulevardul|Calea|Șos\.|Şos\.|Soseaua|Șoseaua|"
    r"Aleea|ul\.)\s*(?:[A-ZÀ-Ý][\w'’.-]*\s+){1,3}(?:nr\.?\s*)?\d{1,5}[a-z]?\b"
    # Cyrillic: "ул. „Христо Г. Данов“ 12", "бул. Витоша 47", "вул. Хрещатик, 22", "пр. Мира, д. 5"
    r"|(?<![\w.])(?i:ул|бул|вул|пр|просп|пл|бульв)\.\s*[„\"«]?[А-ЯЁІЇЄҐ][^,\d\n]{0,40}?[“\"»]?"
    r",?\s+(?:д\.\s*)?\d{1,5}[a-zа-я]?\b"
    # Italian streets as Italians write them, the street word in lower case and often a
    # particle: "via dell'Industria 12", "viale dei Mille 14", "piazza Maggiore 1" (a
    # capitalised name must end the address: "via Zoom 12 sessions" is none)
    r"|\b(?:[Vv]ia|[Vv]iale|[Pp]iazza|[Pp]iazzale)\s+"
    r"(?:(?:d[ae]ll[aeo]?['’]\s?|d[ae]ll[aeo]\s+|d[ae]i\s+|d[ae]gli\s+|d[ae]l\s+|di\s+)"
    r"[\w'’.-]+(?:\s+[^\W\d_][\w'’.-]*){0,2}\s+\d{1,4}[a-z]?\b"
    r"|[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}\s+\d{1,4}[a-z]?(?=\s*(?:[,;|—–)]|-\s|$)))"
    # a street named by a grid code or an ordinal, no house number: "KG 7 Ave" (Kigali),
    # "NE 8th St", "5th Avenue"
    r"|\b(?:[A-Z]{1,2}\s+\d{1,4}(?:st|nd|rd|th)?|\d{1,4}(?:st|nd|rd|th))\s+"
    r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard)\b\.?"
)


# What comes between a city and the street: the unit, floor or building ("Unit 3,").
_UNIT = re.compile(
    r"(?:\b(?:unit|level|suite|shop|floor|building|bldg|room|etage|stock|gebäude|bâtiment)"
    r"\s+\w{1,4},?\s*)+$",
    re.I,
)


_SEPARATORS = " \t,:;|·•–—-("


# (Cyrillic capitals too: "Скопје", "Нови Сад")
_CITY = re.compile(
    r"^[A-ZÀ-ÝА-ЯЁЂЃЅЈЉЊЋЌЏІЇЄҐ][\w'’.-]*(?:\s+[A-ZÀ-ÝА-ЯЁЂЃЅЈЉЊЋЌЏІЇЄҐ][\w'’.-]*){0,2}$"
)


def venue_city(line: str) -> str | None:
    """The city a venue heading opens with ("Sydney Unit 3, 14 Church St, Parramatta
    NSW" → "Sydney"), else None: a line without a street address is no venue."""
    if len(line) > 120 or not any(c.isdigit() for c in line):
        return None
    street = _STREET.search(line)
    if street is None:
        return None
    before = _UNIT.sub("", line[: street.start()].rstrip(_SEPARATORS)).rstrip(_SEPARATORS)
    return before if _CITY.match(before) else None


def street_address(text: str) -> str | None:
    """The street address ``text`` holds ("14 Church St"), else None."""
    street = _STREET.search(text)
    return street.group(0).strip(" ,.") if street is not None else None


def is_venue(line: str) -> bool:
    """Whether ``line`` is a place and its street address rather than a title."""
    if len(line) > 120 or not any(c.isdigit() for c in line):
        return False
    return _STREET.search(line) is not None


def city_over_venue(cell: str) -> str | None:
    """The city of a venue cell that gives it on a line of its own above the venue or its
    address ("Wellington" / "Level 4, 99 Featherston Street", "Timaru" / "Caroline Bay
    Hall"), else None: a line break is where a city written before its venue ends."""
    first, _, rest = cell.strip().partition("\n")
    first, rest = first.strip(" ,·|–—-"), rest.strip()
    if not rest or len(first) > 40 or any(c.isdigit() for c in first):
        return None
    if not (_CITY.match(first) or _caseless_name(first)):
        return None
    detailed = (
        any(c.isdigit() for c in rest)
        or "," in rest
        or "،" in rest  # the Arabic comma
        or _STREET.search(rest) is not None
        or len(rest.split()) > len(first.split())
    )
    return first if detailed else None


def _caseless_name(text: str) -> bool:
    """Whether ``text`` is one to three words of a script without capitals (Arabic,
    Hebrew: "الرياض", "תל אביב"), which a city's name may be."""
    words = text.split()
    return 1 <= len(words) <= 3 and all(
        w[0].isalpha() and not w[0].isupper() and not w[0].islower() for w in words
    )


# The last word of a venue's name: "Bryggen Konferanse", "Solsiden Møtesenter", "Te Rapa
# Business Hub" (a word's ending: "Havnehuset", "Kulturhaus"), or its English plural, as
# a venue of several buildings names itself ("Marlow Halls", "Riverside Studios").
_VENUE_WORD = re.compile(
    r"(?:senter|center|centre|centrum|zentrum|hotel|hall|halle|huset|haus|konferanse|"
    r"konferens|konferenz|conference|club|klubb|stadium|stadion|campus|rooms|building|tower|"
    r"house|hub|suites?|forum|arena|kongress|congress|venue|lounge|studio|salen|akademie|academy|"
    r"annexe?|showgrounds?|depot|pavilion|institute|"
    # a working site hired for a practical day ("Woodland Yard", "Training Barn")
    r"yard|barn|"
    # a civic or public building hired for a day ("Council Chambers", "Town Library")
    r"chambers|library|auditorium|museum|theatre|theater|church|"
    # a German hall or room, alone or compounded ("WIFI-Saal", "Festsaal", "Seminarraum")
    r"saal|raum|"
    r"хотел|отель|готель|центар|центр|център|академија)s?$",  # mk / sr / bg / ru / uk
    re.I,
)


# The first word of a city of two words: "New York", "San Diego", "Lower Hutt", "Den Haag".
_CITY_LEAD = frozenset((
    "new", "san", "santa", "saint", "st", "st.", "sankt", "los", "las", "le", "la", "den", "bad",
    "lower", "upper", "north", "south", "east", "west", "port", "fort", "mount",
))  # fmt: skip

# The last word of a town of two words named after a landscape: "Sylvan Lake", "Niagara
# Falls", "Alice Springs", "Dawson Creek", "Grand Rapids", "Beverly Hills".
_CITY_TAIL = frozenset(("Lake", "Lakes", "Falls", "Springs", "Creek", "Rapids", "Heights", "Hills"))


# A room of a venue written small after its name: "… Club function room", "… Hotel main hall".
_ROOM_AFTER = re.compile(r"(?<=[a-z])\s+(?:[a-z]+\s+)?(?:room|hall|lounge|suite)$")


def city_before_venue(line: str) -> str | None:
    """The city a place line opens with before its venue's name, where the venue shows by
    the street address after it or by its last word ("Oslo Kursfabrikken, Karl Johans gate
    12", "Trondheim Solsiden Møtesenter" → "Oslo", "Trondheim"), else None."""
    head, _, tail = line.partition(",")
    if head[-1:] in "mle" and (room := _ROOM_AFTER.search(head)) is not None:
        head = head[: room.start()]  # "Gunnedah Services Club function room": the club's
    words = head.split()
    if not 2 <= len(words) <= 5 or any(c.isdigit() for c in head) or len(line) > 120:
        return None
    if not all(w[:1].isupper() for w in words):
        return None
    size = 2 if words[0].casefold() in _CITY_LEAD else 1
    if size == 1 and len(words) > 2 and words[1] in _CITY_TAIL:
        size += 1  # "Sylvan Lake Legion Hall", "Niagara Falls Conference Centre"
    venue = words[size:]
    if not venue or (len(venue) == 1 and _VENUE_WORD.fullmatch(venue[0])):
        return None  # "Hilton Hotel": the venue's whole name
    if _STREET.search(tail) is None and not (len(venue) >= 2 and _VENUE_WORD.search(venue[-1])):
        return None
    return " ".join(words[:size])


# A place written as its city and, in brackets, its venue or district: "Bristol (Aztec West)",
# "Leeds (City Centre)", "Den Haag (Hotel Central)".  The bracket is not a course's level or
# edition ("Excel (Advanced)", "Spanish (Part 2)"), and no word of the city is a lone
# consonant: that is a licence's or a vehicle's class ("F Endorsement (Forklift)", "Class C"),
# where a lone vowel may be a town's article ("A Coruña", "O Porriño").  No word of a town
# holds a digit: "H2S Alive (Energy Safety Canada)", "ISO27001 (Lead Auditor)" are courses.
_CITY_WORD = r"(?![B-DF-HJ-NP-TV-XZ](?![\w'’.-]))[A-ZÀ-Ý](?:[^\W\d]|['’.-])*(?![\w'’.-])"
_CITY_BRACKET = re.compile(
    rf"^({_CITY_WORD}(?:\s+{_CITY_WORD}){{0,2}})\s*\(([A-ZÀ-Ý][^()\d]{{1,40}})\)$"
)
_NOT_VENUE = re.compile(
    r"\b(?i:advanced|intermediate|beginners?|basics?|introduct\w*|intro|foundation|"
    r"practitioner|level|part|day|days|module|edition|refresher|online|virtual|live|remote|"
    r"classroom|in[- ]person|hybrid|blended|new|updated|course|training|"
    # a licence's or certificate's scope: "Radar Observer (Unlimited)", "Medic (Initial)"
    r"unlimited|limited|restricted|initial|renewal|recertification|revalidation|upgrade)\b"
)


def city_with_venue(line: str) -> str | None:
    """The city of a place line that gives its venue in brackets after it ("Bristol
    (Aztec West)" → "Bristol"), else None: such a line names a run's place, never its
    course."""
    if "(" not in line or len(line) > 80:
        return None
    match = _CITY_BRACKET.match(line.strip())
    if (
        match is None
        or not any(c.islower() for c in match.group(2))  # "(CSM)": the course's initials
        or _NOT_VENUE.search(match.group(2))
        or _NOT_VENUE.search(match.group(1))
        or _initials_of(match.group(2).split()[0], match.group(1))
    ):
        return None
    return match.group(1)


def _initials_of(word: str, name: str) -> bool:
    """Whether ``word`` is the initials of ``name``'s capitalised words ("CFR" of "Cardiac
    First Response"): a bracket opening with them spells out the course's own acronym
    ("Cardiac First Response (CFR Community)"), never a venue of a town."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(word) >= 2 and word.isupper() and word == initials


# The town after a street address, before its state or postcode: "…, 280 William Street,
# Melbourne VIC", "…, 545 Queen Street, Brisbane QLD 4000", "…, 14 High St, Leeds".
_TOWN_AFTER = re.compile(
    r"^[\s,]*(?:\d{3,5}\s+)?([A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][a-zß-ÿ][\w'’.-]*){0,2})"
    r"(?:,?\s+[A-Z]{2,3})?(?:,?\s+\d{4,5})?[\s.]*$"
)


# A street without a street word, its house number last, between a venue and the town:
# "Privredna komora, Narodnog fronta 10, Novi Sad", "Hotel Sava Park, Bulevar Mihajla
# Pupina 10, Beograd", "Tehnološki park, Kralja Petra I 36, Kragujevac".
_MIDDLE_STREET = re.compile(
    r"(?<=,)\s*[A-ZÀ-ÝĀ-ž][^\W\d_]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,4}[ \t]+\d{1,4}[a-z]?(?=\s*,)"
)


def city_after_street(value: str) -> str | None:
    """The town a venue's full address ends with ("Brisbane Business Hub, 545 Queen
    Street, Brisbane QLD" → "Brisbane"), else None."""
    if len(value) > 160 or not any(c.isdigit() for c in value):
        return None
    streets = list(_STREET.finditer(value)) or list(_MIDDLE_STREET.finditer(value))
    if not streets:
        return None
    after = value[streets[-1].end() :]
    town = _TOWN_AFTER.match(after)
    if town is not None:
        return town.group(1)
    return _last_part_town(after)


def _last_part_town(after: str) -> str | None:
    """The town that ends what follows a street address past the venue's other parts
    ("…, бизнес център „Витоша“, София", "…, Level 2, Sydney"): a last part of one to three
    capitalised words, no digit, no venue's word."""
    if "," not in after:
        return None
    last = after.rsplit(",", 1)[1].strip(" .")
    words = last.split()
    if not 1 <= len(words) <= 3 or any(c.isdigit() for c in last):
        return None
    if not all(w[0].isupper() for w in words) or not any(c.islower() for c in last):
        return None  # not a state's code ("…, Kitchener, ON")
    if any(_VENUE_WORD.search(w) or _VENUE_START.match(w) for w in words):
        return None
    return None if _VENUE_PART.match(last) else last


# A part of a venue after its street: "Room Apollo", "Floor Two", "Building C".
_VENUE_PART = re.compile(
    r"(?:room|floor|level|suite|unit|wing|block|building|etage|stock|raum|salle|sala|"
    r"зала|офис|етаж)\b",
    re.I,
)


# A district number or postcode after a town: "Paris 8e", "Lyon 3ème", "Paris 16e arr.",
# "Marseille 13008", "London EC1", "Manchester M1 2AB" (not "Franska B1": a level).
_DISTRICT = re.compile(
    r"\s+(?:\d{1,2}(?:e|er|ème|eme|è|re)(?:\s+arr(?:ondissement|\.)?)?|\d{5}"
    r"|[A-Z]{2}\d[\dA-Z]?|[A-Z]{1,2}\d[\dA-Z]?\s\d[A-Z]{2})$"
)
# A provider's own site after its city: "Denver HQ", "Leeds Office", "Austin Campus".
_OWN_SITE = re.compile(r"\s+(?:HQ|H\.Q\.|headquarters|offices?|campus)$", re.I)
# A word that names a venue, at its start or end: "Hotel Weitzer", "Design Center",
# "Donaukurs Seminarzentrum", "Ibis Hotel", "Tagungshaus am See".
_VENUE_START = re.compile(
    r"(?:hotel|hall|haus|centre|center|centrum|zentrum|campus|conference|kongress|"
    r"tagungs\w*|seminar\w*|bildungs\w*|training|espace|centro|palazzo|sala|zaal|saal)$",
    re.I,
)


def place_city(place: str) -> str:
    """The city of a place as pages write it with more than the city ("Wien, Donaukurs
    Seminarzentrum", "Graz, Hotel Weitzer", "Paris 8e", "Denver HQ" → the city), else
    the place as given ("Toronto, ON", "English Park, CDHU Lab 4-0027")."""
    if (town := town_with_district(place)) is not None:
        return town
    if (site := _OWN_SITE.search(place)) is not None and _CITY.match(head := place[: site.start()]):
        return head
    if (town := _city_before_dash(place)) is not None:
        return town
    head, comma, tail = place.partition(",")
    head, tail = head.strip(), tail.strip()
    if comma and (town := _town_in_venue_name(head, tail)) is not None:
        return town
    if comma and tail and _town_first(head) and _names_venue(tail, tail.split()[:4]):
        return head
    if comma and _town_first(head) and _named_after_town(tail, head):
        return head  # "Taos, Taos Ski Valley": the town, then a venue named after it
    if comma and (town := _town_after_venue(head, tail)) is not None:
        return town
    if comma and (town := _town_after_street_name(head, tail)) is not None:
        return town
    if comma and (town := _named_city_after_district(head, tail)) is not None:
        return town
    if comma and (town := _town_after_bare_street(head, tail)) is not None:
        return town
    return place


def _town_after_bare_street(head: str, tail: str) -> str | None:
    """The town of a place written as a street without its house number, a comma and the
    town ("Fenwick Rd., Port Alder" → "Port Alder"), as pages give a run's address where
    the street is known in town: a street's word ends the first part, so a venue's name
    ("Harbour Suites, Oban") is none of these."""
    if "," in tail or not _BARE_STREET.match(head) or not _CITY.match(tail):
        return None
    return tail if _may_be_town(tail) else None


def _named_after_town(venue: str, town: str) -> bool:
    """Whether a place's second part is a venue that opens with the town before it and
    goes on ("Taos, Taos Ski Valley", "Banff, Banff Centre Grounds"): no district."""
    return len(venue) > len(town) + 1 and venue.casefold().startswith(town.casefold() + " ")


# A town that calls itself a city, last in a place: "Cebu City", "Quezon City", "Kansas City".
_NAMED_CITY = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,3}City$")


def _named_city_after_district(head: str, tail: str) -> str | None:
    """The town of a place written as its venue, its district and a town named "… City"
    ("IT Park, Lahug, Cebu City", "Ayala Tower, Salcedo Village, Makati City" → the town),
    else None: the venue must name itself as one, and the district be one to three
    capitalised words without a digit."""
    district, comma, town = tail.rpartition(",")
    district, town = district.strip(), town.strip()
    if not comma or "," in district or not _NAMED_CITY.match(town) or not _CITY.match(district):
        return None
    if any(c.isdigit() for c in district) or not _names_venue(head, head.split()):
        return None
    return town


# A street's name without its number: "Main Street", "Quay Road" (no town).
_STREET_NAME = re.compile(
    r"\b(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Place|Court|"
    r"Crescent|Terrace|Square|Parkway|Close|Row|Walk|Gardens|Park|Quay|Wharf|Airport|Estate)\.?$"
)


# A street written as one word without its number, as Dutch, German and Nordic towns
# name theirs: "Kortrijksesteenweg", "Stationsstraat", "Hauptstraße", "Drottninggatan",
# or last of its few words ("Wilhelmshöher Allee").
_STREET_WORD = re.compile(
    r"[\w'’-]*(?:straat|steenweg|laan|weg|plein|kaai|kade|gracht|dreef|singel|"
    r"straße|strasse|gasse|allee|platz|ufer|gatan|vägen|gade|vej|veien)",
    re.I,
)


def _town_in_venue_name(head: str, tail: str) -> str | None:
    """The town of a place written as a venue's word and its town, then its street without
    a number ("Opleidingscentrum Gent, Kortrijksesteenweg", "Bildungszentrum Kassel,
    Hauptstraße" → the town), else None."""
    words = head.split()
    if not 2 <= len(words) <= 3 or any(c.isdigit() for c in head):
        return None
    if not (_VENUE_WORD.search(words[0]) or _VENUE_START.match(words[0])):
        return None
    town = " ".join(words[1:])
    if len(words) == 3 and words[1].casefold() not in _CITY_LEAD:
        return None
    if not _CITY.match(town) or not _may_be_town(town):
        return None
    if not (_street_words(tail) or _STREET_NAME.search(tail) or _STREET.search(tail)):
        return None
    return town


def _street_words(tail: str) -> bool:
    """Whether ``tail`` is a street without its number: one to three words, capitalised,
    the last a street's word ("Kortrijksesteenweg", "Wilhelmshöher Allee")."""
    words = tail.split()
    return 1 <= len(words) <= 3 and tail[:1].isupper() and bool(_STREET_WORD.fullmatch(words[-1]))


def _town_after_venue(head: str, tail: str) -> str | None:
    """The town of a place written as its venue, a comma and the town ("Harbour View
    Conference Centre, Oban", "Merchant Quarter Training Rooms, Leeds" → the town), else
    None: the venue must name itself as one, and the town be one to three capitalised
    words with no venue or street word ("Riverside Hub, Mill Lane" names no town)."""
    if "," in tail or tail.isupper() or not _CITY.match(tail) or not _may_be_town(tail):
        return None
    return tail if _names_venue(head, head.split()) else None


def _may_be_town(part: str) -> bool:
    """Whether a place's last part may be its town: not a county ("Co. Clare"), a venue
    ("… Training Rooms"), a part of one ("Room 4", "Salle B"), a street without its number
    ("Auburn St") or a format ("Online")."""
    return not (
        _COUNTY.match(part)
        or _VENUE_PART.match(part)
        or any(_VENUE_WORD.search(w) or _VENUE_START.match(w) for w in part.split())
        or _STREET_NAME.search(part)
        or parse_mode(part) is not None
    )


def _town_after_street_name(head: str, tail: str) -> str | None:
    """The town of a place written as its venue, a street without a house number and the
    town ("Harbour Suites, Milford Rd, Scarborough" → "Scarborough"), else None.  A venue
    named after that town needs no venue's word ("Ashford Rovers, Kent St, Ashford")."""
    street, comma, town = tail.rpartition(",")
    street, town = street.strip(), town.strip()
    if not comma or "," in street or not _STREET_NAME.search(street):
        return None
    if _named_after_town(head, town) and _CITY.match(town) and _may_be_town(town):
        return town
    return _town_after_venue(head, town)


def street_place(line: str) -> bool:
    """Whether a line is a place written as a venue, a street without its number and a
    town ("Hub Workshop, Quarry Road, Tamale"), whatever words the venue's name holds: its
    middle part names a street, which no course's name does."""
    parts = [part.strip() for part in line.split(",")]
    return (
        len(parts) == 3
        and all(parts)
        and _STREET_NAME.search(parts[1]) is not None
        and _CITY.match(parts[2]) is not None
        and _may_be_town(parts[2])
    )


def _town_first(head: str) -> bool:
    """Whether the first part of a place is a town, not its venue ("Training Rooms, 5
    Hunter Street, …" and "Training Centre – Ormond Quay" start with the venue)."""
    if any(c.isdigit() for c in head) or not _CITY.match(head):
        return False
    return not (_VENUE_WORD.search(head) or _VENUE_START.match(head.split()[-1]))


def _names_venue(tail: str, words: list[str]) -> bool:
    """Whether the rest of a place names a venue: a street address, or a venue's word
    among its first ``words``."""
    return (
        _STREET.search(tail) is not None
        or any(_VENUE_WORD.search(w) or _VENUE_START.match(w) for w in words)
        or _BUSINESS_PARK.search(tail) is not None
    )


# A state's or county's code after a town: "Castlemaine VIC", "Durham NC".
_STATE_CODE = re.compile(r"\s+[A-Z]{2,3}$")
_BARE_CODE = re.compile(r"[A-Z]{2,3}")


def _town_alone(town: str) -> str | None:
    """``town`` where it can be a town on its own, not a part of a venue ("Room Apollo")."""
    return town if _may_be_town(town) and not _VENUE_PART.match(town) else None


# A waterside venue's last word, as sailing and powerboat schools write their bases
# ("Port Louis Marina, St. George's", "Town Quay, Poole"): words of towns' names too
# ("Coffs Harbour", "Marina di Carrara"), so only a venue's name before a comma.
_WATERSIDE = re.compile(r"(?i:marina|harbou?r|jetty|quay|pier|wharf|slipway|boatyard|pontoons?)")


def venue_and_town(line: str) -> str | None:
    """The town of a place line that is a venue's name, a comma and its town, with its
    district between ("Lee Valley Training Centre, Little Island, Cork", "Town Hall Supper
    Room, Castlemaine VIC", "Park Hotel, Midleton" → the town), else None: the venue's
    name must end in a venue's word, so a course's "First Aid Training, Cork" is none."""
    head, comma, tail = line.partition(",")
    words = head.split()
    if not comma or not words or any(c.isdigit() for c in line) or len(line) > 100:
        return None
    last = words[-1]
    if not (_VENUE_WORD.search(last) or _VENUE_PART.fullmatch(last) or _WATERSIDE.fullmatch(last)):
        return None
    parts = [_STATE_CODE.sub("", part.strip()) for part in tail.split(",")]
    if len(parts) > 1 and _BARE_CODE.fullmatch(parts[-1]):
        parts.pop()  # "…, Nashville, TN": the state's code on its own
    if len(parts) == 1 and _VENUE_PART.fullmatch(last) and not _may_be_town(parts[0]):
        # a room, then the venue it is in, named after its town ("Seminar Room, Tamworth
        # Regional Showground", "Main Room, Leeds Conference Centre")
        return town_named_venue(parts[0])
    if not 1 <= len(parts) <= 2 or not all(_CITY.match(part) for part in parts):
        return None
    town = parts[-1]
    if _BARE_CODE.fullmatch(town):
        return None  # "Friday Harbor, WA": a town and its state's code, no venue
    return _town_alone(town)


def town_before_state(line: str) -> str | None:
    """The town of a place written as a venue's name, its town and its state's code, as a
    booking platform lists a run's place ("Riverside Basecamp, Boone, NC", "Pine Lake
    Group Camp, Dunlap, TN" → the town), else None. The state's code vouches for the
    town before it, so the venue's name needs no venue's word (see venue_and_town)."""
    parts = [part.strip() for part in line.split(",")]
    code = parts[2] if len(parts) == 3 else ""
    if not code.isupper() or code.casefold() not in _REGIONS or any(c.isdigit() for c in line):
        return None  # a state's code (see _REGION_NAMES), not its name nor a country's
    venue, town = parts[0], parts[1]
    if len(venue.split()) < 2 or not venue[:1].isupper() or not _CITY.match(town):
        return None
    return _town_alone(town)


# An Irish or British county written as one: "Co. Clare", "County Cork", "Co Durham".
_COUNTY = re.compile(r"^(?:Co\.?|County)\s+[A-Z][\w'’-]+$")

# A word between a town and its venue's word in a venue named after its town: "Leicester
# Business Centre", "Loughborough Innovation Park", "Ennis Enterprise Centre".
_VENUE_KIND = frozenset((
    "business", "enterprise", "innovation", "conference", "training", "technology", "science",
    "community", "civic", "exhibition", "events", "learning", "skills", "education", "trade",
    "convention", "meeting", "seminar", "research", "digital", "tech", "industrial", "regional",
    "trading",
))  # fmt: skip

# The last word of a site named after its town, besides a venue's: "Rocklea Industrial
# Training Yard", "Yatton Enterprise Area", "Ashford Business Park".
_SITE_WORDS = frozenset(("Park", "Yard", "Area", "Estate"))

# A street named without its number after a venue: "…, Darlington Dr", "…, Mill Road".
_BARE_STREET = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,3}(?:St|Street|Rd|Road|Ave|Avenue|Dr|Drive|Ln|Lane|Way|Cres|"
    r"Crescent|Hwy|Highway|Pde|Parade|Ct|Court|Cl|Close)\.?$"
)


def town_named_venue(place: str) -> str | None:
    """The town of a venue named after it, alone or with its street or county after a
    comma ("Loughborough Innovation Park", "Leicester Business Centre, 1 Halford St",
    "Ennis Enterprise Centre, Co. Clare" → the town), else None: the words between the town
    and the venue's last word must say what kind of venue it is ("Regent Hotel" is none)."""
    head, comma, tail = place.partition(",")
    tail = tail.strip()
    if comma and not (
        _COUNTY.match(tail) or (_STREET.match(tail) and "," not in tail) or _BARE_STREET.match(tail)
    ):
        return None
    words = head.split()
    if not 3 <= len(words) <= 5 or any(c.isdigit() for c in head):
        return None
    size = 2 if words[0].casefold() in _CITY_LEAD else 1
    kinds, last = words[size:-1], words[-1]
    if not kinds or not all(w.casefold() in _VENUE_KIND for w in kinds):
        return None
    if not (_VENUE_WORD.search(last) or last in _SITE_WORDS):
        return None
    town = " ".join(words[:size])
    if not _CITY.match(town) or _VENUE_START.match(words[0]) or words[0] == "The":
        return None
    return town


# A provider's own premises named by its town and a plain word, then its street: "Kingstown
# lab, Halifax Street", "Kisumu campus, 12 Oginga Odinga Rd", "Leeds office, Park Row".
_TOWN_PREMISES = re.compile(
    r"^(?P<town>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+"
    r"(?:lab|labs|campus|centre|center|office|offices|branch|site|studio|hub|premises|"
    r"classroom|training (?:centre|center|room))$"
)
# Capitalised words before a premises' word that name no town: "Main lab", "Our office".
_NOT_TOWN = frozenset(("main", "head", "central", "our", "the", "new", "old", "city", "town"))


def town_premises(place: str) -> str | None:
    """The town of a provider's premises written as the town, a lower-case word for the
    premises and the street after a comma ("Kingstown lab, Halifax Street" → "Kingstown"),
    else None."""
    head, comma, tail = place.partition(",")
    tail = tail.strip()
    if not comma or not (_BARE_STREET.match(tail) or _STREET.match(tail)):
        return None
    match = _TOWN_PREMISES.match(head.strip())
    if match is None or match["town"].split()[0].casefold() in _NOT_TOWN:
        return None
    return match["town"]


# A business park as a venue: "Cebu IT Park", "Chiswick Business Park", "Kista Science Park",
# and any site a kind of venue's word names before a site's word ("Harwick Industrial Estate",
# "Eastgate Enterprise Park", "Moorside Trading Estate").
_BUSINESS_PARK = re.compile(
    r"\b(?:IT|Office|(?i:" + "|".join(sorted(_VENUE_KIND)) + r"))\s+"
    r"(?:" + "|".join(sorted(_SITE_WORDS)) + r")\b"
    # the same written as one word, as German and Dutch compound it: "Gewerbepark Ost",
    # "Technologiepark Nord", "Bedrijvenpark Zuid", "Wissenschaftspark"
    r"|\b\w*(?i:gewerbe|industrie|technologie|wissenschafts|business|bedrijven)park\b"
)


# A town set off from its venue by a spaced dash or bar: "Dublin – Liffeyside Training
# Centre, Ormond Quay", "Cork - Cork City Conference Suite", "Leeds | The Leeds Hub".
_DASH = re.compile(r"\s+[–—|-]\s+")


def _city_before_dash(place: str) -> str | None:
    """The town of a place written as the town, a dash and its venue or street ("Dublin –
    Liffeyside Training Centre, Ormond Quay" → "Dublin"), else None: the part after the
    dash must name a venue (a venue's word among its first words, or a street address)."""
    if "–" not in place and "—" not in place and " - " not in place and " | " not in place:
        return None
    parts = _DASH.split(place, maxsplit=1)
    if len(parts) != 2:
        return None
    head, tail = parts[0].strip(), parts[1].strip()
    if not tail or not _town_first(head):
        return None
    if _names_venue(tail, tail.replace(",", " ").split()[:5]):
        return head
    return _city_before_district(head, tail)


# A town set off from its venue by any spaced separator a card's place tag uses: a dash, a
# bar or a middle dot ("Graz · Messezentrum Süd", "Leeds • The Leeds Hub").
_SET_OFF = re.compile(r"\s+[–—|·•-]\s+")


def town_dash_venue(line: str) -> bool:
    """Whether ``line`` is a town, a dash (or other separator) and a venue that names
    itself as one ("Cebu City – Cebu IT Park, Lahug", "Dublin – Liffeyside Training
    Centre", "Graz · Messezentrum Süd"): a place, no title."""
    parts = _SET_OFF.split(line, maxsplit=1)
    if len(parts) != 2 or not _town_first(head := parts[0].strip()) or not head:
        return False
    tail = parts[1].strip()
    return bool(tail) and _names_venue(tail, tail.replace(",", " ").split()[:5])


def _city_before_district(head: str, tail: str) -> str | None:
    """The town of a town, a dash and its district as a schedule's place cell writes it
    ("Pune – Baner", "Hyderabad – HITEC City" → the town), else None; never a country
    code or other capitals ("UK – London")."""
    if len(tail) > 30 or head.isupper() or len(head) < 3 or not _CITY.match(tail):
        return None
    if parse_mode(head) is not None or parse_mode(tail) is not None:
        return None  # "Classroom – London", "London – Online"
    return head


def town_with_district(place: str) -> str | None:
    """The town of a place written as a town and its district or postcode ("Paris 8e",
    "Lyon 69003", "London EC1A 1BB"), else None."""
    district = _DISTRICT.search(place)
    if district is None or not _CITY.match(head := place[: district.start()]):
        return None
    return head


def town_before_slashed_code(place: str) -> str | None:
    """The town of a place that ends with the town and its state's code joined by a slash,
    as Brazilian pages write them ("Rua das Flores, 90 – Batel, Londrina/PR", "Blumenau/SC",
    "São José dos Campos/SP" → the town), else None. The slash and the code after it are
    the mark, so no table of regions need know the code."""
    found = _SLASHED_CODE.search(place)
    return found.group(1) if found is not None else None


# A town (capitalised words, maybe a particle between: "Rio de Janeiro") before "/" and a
# state's two capitals, ending the place; it starts the place or follows a comma or a dash.
_SLASHED_CODE = re.compile(
    r"(?:^|[,–—]\s*|\s-\s+)"
    r"([A-ZÀ-Ý][^\W\d_]*(?:[\s'’.-]+(?:(?:d[aeo]s?|de\s+la|del)\s+)?[A-ZÀ-Ý][^\W\d_]*){0,3})"
    r"\s*/\s*[A-Z]{2}\s*$"
)


def town_after_owner(place: str, owner: str) -> str | None:
    """The town of a venue named by its owner and the town ("Acme Training Leeds" of "Acme
    Training" → "Leeds"), else None ("Acme Training Centre" names a venue, no town)."""
    if len(place) <= len(owner) + 2 or not place.casefold().startswith(owner.casefold()):
        return None
    rest = place[len(owner) :]
    if rest[:1].isalnum():
        return None  # "Acme Trainings": another word
    rest = rest.strip(" -–—,|·:()")
    words = rest.split()
    if (
        not 1 <= len(words) <= 3
        or not _CITY.match(rest)
        or any(_VENUE_WORD.search(w) or _VENUE_START.match(w) for w in words)
    ):
        return None
    return rest


# The states, provinces and territories US, Canadian and Australian pages write after a
# town ("Princeton, NJ", "Austin, Texas", "Kelowna, BC", "Perth, WA"), by code and by name.
_REGION_NAMES = """
    al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv
    nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada
    new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma
    oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont
    virginia washington west_virginia wisconsin wyoming district_of_columbia d.c. puerto_rico
    ab bc mb nb nl ns nt nu on pe qc sk yt
    alberta british_columbia manitoba new_brunswick newfoundland_and_labrador nova_scotia
    northwest_territories nunavut ontario prince_edward_island quebec québec saskatchewan yukon
    nsw vic qld sa tas act
    new_south_wales victoria queensland western_australia south_australia tasmania
    australian_capital_territory northern_territory
"""
_REGIONS = frozenset(name.replace("_", " ") for name in _REGION_NAMES.split())
# The region's part and what may follow it: a ZIP or postcode, the country.
_REGION_TAIL = re.compile(
    r",\s*([A-Za-zé.]+(?:\s+[A-Za-zé]+){0,3})\.?(?:\s+\d{4,5}(?:-\d{4})?)?"
    r"(?:,\s*(?:USA|U\.S\.A?\.?|US|United States|Canada|Australia))?\s*$"
)


def town_without_region(place: str) -> str:
    """The town of a place written as the town and its state, province or territory
    ("Princeton, NJ", "Austin, Texas", "Kelowna, BC", "Baltimore, MD 21201, USA" → the
    town): the project labels a run's location as the town alone.  Else the place as
    given ("Victoria, Gozo", "Leeds, UK")."""
    if "," not in place:
        return place
    tail = _REGION_TAIL.search(place)
    if tail is None:
        return place
    region = " ".join(tail.group(1).split()).casefold()
    if region not in _REGIONS or not tail.group(1)[:1].isupper():
        return place
    head = place[: tail.start()].strip()
    return head if head and _CITY.match(head.rsplit(",", 1)[-1].strip()) else place


def town_of_address_line(address: str) -> str | None:
    """The town an address written as one line names and nothing finer: the town alone
    ("Whanganui") or with its state, province or country ("Missoula, MT", "Kisumu, Kenya");
    else None.  A Place's text address of that shape is the town its venue, named beside
    it, stands in; a street ("Heads Road"), a venue's name, a state or country alone, or a
    district and its town ("Temple Quay, Bristol") is no town that one line can tell."""
    line = " ".join(without_country(address).split())
    town = town_without_region(line)
    if "," in town or not _CITY.match(town) or not _may_be_town(town):
        return None
    folded = town.casefold()
    if folded in _REGIONS or folded in _COUNTIES or names_country(town):
        return None
    return town


def district_and_town(place: str) -> tuple[str, str] | None:
    """A place written as its district or street and its town, one comma between ("Canary
    Wharf, London", "Jesmond, Newcastle"): the two parts, each one to three capitalised
    words without a digit; else None.  Which part is the town the page tells (see
    :func:`names_street`); "Kelowna, BC" and "Cork, Ireland" are parts of that shape too."""
    head, comma, tail = place.partition(",")
    head, tail = head.strip(), tail.strip()
    if not comma or "," in tail or any(c.isdigit() for c in place):
        return None
    if not (_CITY.match(head) and _CITY.match(tail)) or tail.isupper():
        return None
    if tail.casefold() in _REGIONS or not _may_be_town(tail) or _VENUE_PART.match(tail):
        return None
    return head, tail


def names_street(district: str) -> bool:
    """Whether a place's first part is a street or quarter by its last word ("Temple
    Quay", "Park Row", "Canary Wharf"): the part after it is then the town."""
    return _STREET_NAME.search(district) is not None


# The town and postcode after a district in an address: "…, Brunswick Dock, Liverpool L3
# 4XX", "…, Temple Quay, Bristol BS1 6EA", "…, Docklands, Dublin D01 K2Y5".
_TOWN_POSTCODE = re.compile(
    r"\s*,\s*([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)"
    r",?\s+(?:[A-Z]{1,2}\d[A-Z\d]?(?:\s*\d[A-Z]{2})?|[A-Z]\d{2}\s*[A-Z\d]{4}|(?!19|20)\d{4,5})\b"
)


# British counties and metropolitan areas without "shire", and the islands, that an address
# writes between its town and postcode ("Maidstone, Kent ME14 3EN", "St Peter Port, Guernsey
# GY1 1AX"): no town.
_COUNTY_NAMES = """
    kent essex surrey sussex devon cornwall norfolk suffolk dorset somerset middlesex rutland
    cumbria durham northumberland merseyside greater_london greater_manchester west_midlands
    east_sussex west_sussex tyne_and_wear south_yorkshire west_yorkshire north_yorkshire
    east_yorkshire isle_of_wight
    guernsey jersey alderney sark isle_of_man anglesey orkney shetland
"""
_COUNTIES = frozenset(name.replace("_", " ") for name in _COUNTY_NAMES.split())


def town_of_district(place: str, text: str) -> str | None:
    """The town a page's address writes after ``place`` with its postcode ("Brunswick Dock"
    in "Unit 4, Brunswick Dock, Liverpool L3 4XX" → "Liverpool"), else None: a run's place
    that is a district or quay of the town the provider's address names.  One town only,
    no county ("…, West Yorkshire LS1 4AP") or region."""
    if not place or "," in place or len(place) > 40 or not _CITY.match(place):
        return None
    towns: set[str] = set()
    start = text.find(place + ",")
    while start != -1:
        match = _TOWN_POSTCODE.match(text, start + len(place))
        if match is not None:
            towns.add(match.group(1))
        start = text.find(place + ",", start + 1)
    if len(towns) != 1:
        return None
    town = towns.pop()
    folded = town.casefold()
    if folded in _REGIONS or folded in _COUNTIES or folded.endswith("shire"):
        return None
    if not _may_be_town(town) or month_number(town.split()[0]) is not None:
        return None  # "Tom, Bendigo, Oct 2026": a review's month, no town
    return town


# A postcode beside a town in an address: before it ("98100 Miri", "75008 Paris", after a
# comma or at a line's start) or after it ("Leeds LS1 4AP", "Ipoh 30450"); no year.
_POSTCODE_BEFORE = r"(?:^|,)[ \t]*(?!(?:19|20)\d\d\b)\d{4,6}[ \t]+"
_POSTCODE_AFTER = (
    r",?[ \t]+(?:[A-Z]{1,2}\d[A-Z\d]?(?:[ \t]*\d[A-Z]{2})?|(?!(?:19|20)\d\d\b)\d{4,6})\b"
)


def town_by_postcode(place: str, text: str) -> str | None:
    """The town of a place written as a district and its town, one comma between ("Lutong,
    Miri", "Kirkstall, Leeds"), where the page's address writes that town beside its
    postcode ("Jalan Lutong, 98100 Miri, Sarawak", "…, Leeds LS5 3BT") and not the other
    part: the address tells which part is the town.  Else None."""
    parts = district_and_town(place)
    if parts is None:
        return None
    found = [part for part in parts if part in text and _postcoded(part, text)]
    return found[0] if len(found) == 1 else None


# The last part of a postal address: a town and its whole postcode after the line's last
# comma ("…, Leeds LS5 3BT", "…, Cork T12 X8K2", "…, Ipoh 30450", "…, 8000 Aarhus"); a
# British outward code alone ("Level B2") is too like a course's level to tell a place.
_TOWN_WITH_POSTCODE = re.compile(
    r",\s*(?:(?P<town>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}),?\s+"
    r"(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d{2}\s*[A-Z\d]{4}|(?!(?:19|20)\d\d\b)\d{4,6})"
    r"|(?!(?:19|20)\d\d\b)\d{4,6}\s+(?P<after>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}))"
    r"\s*$"
)


def ends_in_postal_town(line: str) -> bool:
    """Whether ``line`` ends as a postal address does, in a town and its postcode after a
    comma ("Riverside Learning Suite, Mill Lane, Dorchester DT1 1XJ"): a run's venue, of
    whatever words its name is made, never a course's title."""
    match = _TOWN_WITH_POSTCODE.search(line) if len(line) <= 160 else None
    if match is None:
        return False
    town = match.group("town") or match.group("after")
    return _may_be_town(town) and month_number(town.split()[0]) is None


def _postcoded(town: str, text: str) -> bool:
    """Whether ``text`` writes ``town`` with a postcode before or after it."""
    name = re.escape(town)
    return (
        re.search(rf"{_POSTCODE_BEFORE}{name}\b(?![ \t]*\d)", text, re.M) is not None
        or re.search(rf"(?<![\w-]){name}{_POSTCODE_AFTER}", text) is not None
    )


# A district in brackets after its town: "(Stoke)", "(Little Island)", "(St Kilda)".
_BRACKETED = re.compile(r"\(([A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,2})\)")


def other_district(town: str, place: str, text: str) -> bool:
    """Whether the page writes ``town`` with a district other than ``place`` in brackets
    after it ("Nelson (Stoke)"): its places name the town's districts so, and ``place``
    written bare is a town of its own ("Richmond", though the provider's address reads
    "14 Croucher St, Richmond, Nelson 7020").  "Cork (Little Island)" beside "Little
    Island" names the same district: no other."""
    lead = town + " ("
    start = text.find(lead)
    while start != -1:
        found = _BRACKETED.match(text, start + len(town) + 1)
        if (
            found is not None
            and (inner := found.group(1)) != place
            and _may_be_town(inner)
            and parse_availability(inner) is None
        ):
            return True
        start = text.find(lead, start + 1)
    return False

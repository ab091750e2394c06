"""A candidate made a run: its price, place, format, trainer and status as a :class:`Course`."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Any

from prospectus.extract.currencies import ISO_CODES
from prospectus.extract.dates import find_date_ranges
from prospectus.extract.modes import (
    BLENDED,
    CALLED_OFF,
    OFF_OR_MOVED,
    mode_from_text,
    parse_availability,
    place_after_mode,
)
from prospectus.extract.months import is_weekday_phrase, month_number
from prospectus.extract.patterns.bookable import bookable_row
from prospectus.extract.patterns.card_urls import card_url
from prospectus.extract.patterns.countries import without_country
from prospectus.extract.patterns.date_counts import without_date_count
from prospectus.extract.patterns.schedule_candidate import ON_REQUEST, Candidate, ScheduleContext
from prospectus.extract.patterns.schedule_words import (
    BOOKING,
    BUTTON,
    FIELD,
    GENERIC_TITLE,
    LATER_PRICE,
    SPLIT,
    TIME,
    booking_evidence,
    has_digit,
    is_label,
    is_run_label,
    is_run_tag,
    looks_like_course_name,
    names_one_run,
    promo_badge,
    title_before_trainer,
)
from prospectus.extract.patterns.trainers import trainer_name
from prospectus.extract.patterns.venues import (
    city_after_street,
    city_before_venue,
    is_venue,
    place_city,
    town_before_slashed_code,
    town_before_state,
    town_named_venue,
    town_with_district,
    town_without_region,
    venue_and_town,
    venue_city,
)
from prospectus.extract.prices import Price, PriceMatch, find_prices, vat_statement
from prospectus.extract.values import address_town
from prospectus.records import Course

# (The look-ahead holds the first letters of the label words: every word start where no
# label can begin fails at once, without trying each word.)
_TRAINER = re.compile(
    r"\b(?=(?i:[acdefghijklmnprstuvwεמтвлпо]))"
    r"(?i:trainer(?:in)?|instructor|tutor|teacher|presenter|referent(?:in)?|facilitator|"
    r"assessor|examiner|"  # who assesses a licence's run: "Assessor: …", "Examiner: …"
    r"dozent(?:in)?|formateur|formatrice|formador(?:a)?|lektor(?:ka)?|docente|relator(?:es)?|relatrice|"
    r"istruttore|instrutora?|intervenant|kursholder|kursleder|kursleiter(?:in)?|lecturer|coach|"
    r"lektor(?:ius|ė)|pasniedzēj[sa]|"  # lt, lv: "Lektorius: …", "Pasniedzējs: …"
    r"тренер|викладач|лектор|преподаватель|"  # uk, ru: "Тренер: …"
    r"предавач(?:ка|и)?|обучувач(?:ка|и)?|водител(?:ка)?|"  # mk / sr / bg: "Предавач: …"
    r"instrukt(?:ør|ör|or)|profesora?|professora?|professeure?|insegnante|lärare|underviser|"
    r"kouluttaja|prowadząc[ya]|tren[eé]r(?:ka)?|mentor|kursledare|utbildare|föreläsare|seminarleiter(?:in)?|docent|lesgever|"
    r"cours donné par|led by|hosted by|with|"
    # an event's "Resource speaker: …", "Speaker: …" (the colon: "Speaker Series" names none)
    r"(?:resource[ \t]+|guest[ \t]+)?speaker(?=[ \t]*:)|resource[ \t]+person(?=[ \t]*:)|"
    # vi, id / ms, tr: "Giảng viên:", "Instruktur:", "Pengajar:", "Eğitmen:"
    r"giảng viên|instruktur|pengajar|narasumber|fasilitator|jurulatih|eğitmen|"
    r"predava[čc](?:ica|i)?|voditelj(?:ica)?|"  # sr / hr / bs: "Predavač:", "Voditeljica:"
    r"leiðbeinandi|kennari|"  # is "Leiðbeinandi: …"
    r"trajner(?:ja|i|e)?|"  # sq: "Trajner: …", "Trajnerja: …"
    r"formator(?:ul|i)?|formatoare(?:a)?|"  # ro: "Formator: …"
    r"təlimçi|"  # az: "Təlimçi: …"
    r"εισηγ[ηή]τ(?:ής|ρια|ές)|εκπαιδευτ(?:ής|ρια|ές)|מרצ(?:ה|ים|ות)|מדריכ?(?:ה|ים)?)"
    r"(?:[·.:/-]?(?i:in|innen|rice|trice|e|a|s)\b|\((?i:in|e|a|s)\))?"  # "Formateur·rice :"
    r"\s*:?\s*"
    # a name opens with a capital (Greek too), or a Hebrew letter (no case there)
    # (and the Latin capitals past Latin-1 that open names: "Đỗ", "Łukasz", "Šimon")
    # (and a small title before the name, as Slavic pages write it: "dr Dragan Petrović",
    # or an engineer's, as Romanian pages do: "ing. Radu Pop")
    r"((?:Dr\.?[ \t]+|Prof\.?[ \t]+|(?:(?:dr|prof)\.?|ing\.)[ \t]+(?=[A-ZĐŁŚŠŽČŘ]))?"
    r"[A-ZÀ-ÞĐŁŚŠŽČŘĀĒĪĶĻŅŪĢĄĘĖĮŲƏŞĞİΑ-ΩΆ-ΏА-ЯЁІЇЄҐЂЃЅЈЉЊЋЌЏא-ת][\w'’.-]+"
    r"(?:[ \t]+(?:(?:van|von|der|den|de|du|da|di|del|della|le|la|ter|ten|zu|bin|al)[ \t]+)*"
    r"[A-ZÀ-ÞĐŁŚŠŽČŘĀĒĪĶĻŅŪĢĄĘĖĮŲƏŞĞİΑ-ΩΆ-ΏА-ЯЁІЇЄҐЂЃЅЈЉЊЋЌЏא-ת][\w'’.-]+){0,3})"
)


# What a page writes where a run's trainer is not named yet: "Facilitator: TBC".
_NOT_NAMED = re.compile(r"^(?:TB[ACD]|N/?A|To be (?:confirmed|announced|decided))\.?$", re.I)


# "with" before an acronym introduces a course's part, not its trainer: "First Aid with CPR
# Level C & AED", "CPR with AED. Ideal for …", "Reporting with SQL Server".
_WITH_ACRONYM = re.compile(r"(?i:with)\s*[A-Z]{2,}\b")
# "with" before a product and its version names software, not a trainer: "a laptop with
# Excel 2016", "with Windows 11", "with Python 3.12".
_WITH_VERSION = re.compile(r"(?i:with)[ \t]+[A-Z][\w.+#-]*[ \t]+\d")


def _trainer(text: str) -> str | None:
    """The name a trainer label introduces; not a column header after one ("Trainer\nStatus")."""
    for match in _TRAINER.finditer(text):
        # the name up to its sentence's end first: "Instructor Leah Kowalski. Cost: $245"
        # names a trainer, though "Kowalski. Cost" runs on into a price's label
        name = _sentence_cut(match.group(1))
        if (
            not is_label(name)
            and not _WITH_ACRONYM.match(match.group(0))
            and not _WITH_VERSION.match(text, match.start())
        ):
            return name
    return None


def _cell_trainer(cell: str) -> str:
    """A trainer cell's name; a cell that repeats its column's label before a colon
    ("Lesgever: Koen Peeters", "Trainer: Jo Bloggs") gives the name after it."""
    if ":" in cell[:40] and (found := _TRAINER.match(cell)) and ":" in cell[: found.start(1)]:
        cell = cell[found.start(1) :]
    return trainer_name(cell)


def described_trainer(text: str) -> str | None:
    """The trainer a run's description names under a label and colon ("Lektorius: Rūta
    Kairė. Kalba – …", "Trainer: Jo Bloggs"); not a "with …" phrase of free text."""
    if ":" not in text:
        return None
    for match in _TRAINER.finditer(text):
        if ":" in match.group(0) and not is_label(match.group(1)):
            return _sentence_cut(match.group(1))
    return None


# A name's word that ends its sentence: "Gareth Pryce." before "Harbourline Training Centre"
# (not an initial, "J.", nor a short title, "Dr.", "St."; see _NAME_TITLE for longer ones).
_SENTENCE_WORD = re.compile(r"(?<=[a-zà-ÿā-žа-яёіїєґ'’]{2}\w)\.(?=\s|$)")


# A currency's code after the name, where the run's price follows the trainer on its line:
# "Facilitator: Jane Otieno KES 85,000" (the name's last word, "KES", is the price's).
_TRAILING_CODE = re.compile(r"\s+([A-Z]{3})$")


# A title before a name, whose dot ends no sentence: "ing. Radu Pop", "prof. Jan Nowak",
# "Capt. Kendra Noel", "Insp. Ana Ruiz", and the engineer's, lawyer's and architect's titles
# English-writing Asian pages give ("Engr. Dante Reyes", "Atty. Liza Cruz", "Arch. Ben Sy").
_NAME_TITLE = re.compile(r"(?i:ing|prof|dr|capt|cmdr|insp|supt|engr|atty|arch)\.[ \t]+")


def _sentence_cut(name: str) -> str:
    """``name`` up to the end of its sentence: "Gareth Pryce. Harbourline" -> "Gareth Pryce"."""
    title = _NAME_TITLE.match(name)
    found = _SENTENCE_WORD.search(name, title.end() if title else 0)
    name = name[: found.start()] if found else name
    code = _TRAILING_CODE.search(name) if name[-1:].isupper() else None
    return name[: code.start()] if code and code.group(1) in ISO_CODES else name


_PLACE_LABEL = re.compile(
    # (first, a venue "of" its town in Italian, Spanish, Portuguese: "sede di Bologna",
    # "presso la sede di Modena", "sede em Lisboa")
    r"^(?:(?:presso\s+(?:la\s+)?)?sede\s+(?:di|de|em|a|in)\s+(?=\w)|"
    r"(?:location|venue|city|where|place|ort|standort|lieu|locatie|plaats|sede|luogo|lugar|"
    r"sted|plats|kurssted|kursort|mesto|mjesto|lokacija)\s*:?\s+)",
    re.I,
)


_NOT_PLACE = re.compile(
    r"\b(?:time|uhr|days?|hours?|weeks?|evenings?|mornings?|weekdays?|"
    r"weekends?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|"
    r"saturdays?|sundays?|am|pm|gmt|bst|cet|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"guaranteed|garantiert|garantie)\b|"  # "Guaranteed to run": a run's status, no place
    rf"\b(?:{OFF_OR_MOVED})\b|"  # "Postponed – new date TBA", "Abgesagt": a badge
    # time zones, as a time's suffix ("6:00 PM CDT", "09:00 BRT")
    r"(?-i:\b(?:[ECMP][SD]?T|UTC|CES?T|EES?T|WES?T|IST|AE[SD]T|NZ[SD]T|SGT|HKT|JST|BRT)\b)",
    re.I,
)


# A course's level alone, a part of its name and never a place: "Intermediate", "Level 2".
_LEVEL = re.compile(
    r"(?i:(?:pre|upper)[- ]?intermediate|intermediate|advanced|beginners?|basics?|elementary|"
    r"introductory|refresher|expert|(?:level|part|module|stage)\s*\d{1,2}[a-z]?)"
)


_MODE_PREFIX = re.compile(
    r"^(?:classroom|in[- ]person|onsite|on-site|face[- ]to[- ]face|blended|hybrid|"
    r"präsenz|presencial|présentiel|aula|in aula|classe)"
    r"\s*(?:[-–:,@]|\b(?:at|in|à|en)\b)?\s*(?=[A-ZÀ-Ý])",
    re.I,
)


# The run's format after its place, as a badge on the place's line: "Chicago, IL In person",
# "Lyon présentiel", "Madrid · Presencial" (the dot splits already).
_MODE_SUFFIX = re.compile(
    r"(?<=\w)\s*[-–,]?\s+(?:classroom|in[- ]person|onsite|on-site|face[- ]to[- ]face|"
    r"präsenz|presencial|présentiel|en présentiel|in aula|klassikaal|fysiek|på plats)$",
    re.I,
)


_OPEN_START = re.compile(
    r"\b(?:starts?|starting|begins?|beginning|next|from|ab|commencing|"
    r"intake|cohort)\b\W*(?:[^\W\d_]{2,10}\.?,?\s*)?$",  # "Starts Tue 13 October", "Starts on"
    re.I,
)


_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")
# A bracket the line's dashes cut open: "Gold Coast (Southport" of "Gold Coast (Southport –
# Level 2, 9 Short St)", a town and its suburb and street set off by a dash in the bracket.
_CUT_BRACKET = re.compile(r"\s*\([^()]*$")


# The town a format's label places its days in: "Blended: Saturdays in Leeds + online",
# "Hybrid: Samstage in Köln + Onlinephasen", "Mixte : samedis à Lyon"; or before its days'
# kind: "Blended: online theory + 3 days Durban practical", "2 days Leeds classroom".
_FORMAT_TOWN = re.compile(
    r"\b(?:in|at|à|en)\s+([A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+)?)"
    r"(?:\s+(?:city|town)(?:\s+cent(?:re|er))?)?(?=\s*(?:[+,;(]|$))"  # "in Limerick city"
    r"|\b\d+\s+(?:days?|sessions?)\s+(?-i:([A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+)?))"
    r"\s+(?:practical|classroom|contact|face[- ]to[- ]face|on[- ]site)\b"
)
_PLACE_FIELDS = {
    "location",
    "venue",
    "delivery",
    "where",
    "place",
    "sede",
    "ort",
    "lieu",
    "city",
    "campus",
    "format",
    "luogo",
    "lugar",
    "sted",
    "plats",
    "kurssted",
    "kursort",
    "mesto",
    "mjesto",
    "lokacija",
}


# The fee any buyer pays beside a members' fee: "Non-member: $1,045", "$1,045 non-members".
_NON_MEMBER = re.compile(r"\bnon[- ]?members?\b|\bnichtmitglieder\b|\bnon[- ]membres?\b", re.I)


def _non_member_price(text: str, found: list[PriceMatch]) -> Price | None:
    """Of a members' fee and a non-members' fee ("Member: $795 / Non-member: $1,045 + HST"),
    the non-members': the price open to any buyer (the other needs a paid membership)."""
    label = _NON_MEMBER.search(text)
    if label is None:
        return None
    after = [m for m in found if m.span[0] >= label.end()]
    if after and not text[label.end() : after[0].span[0]].strip(" \t:=-–—"):
        return after[0].price  # "Non-member: $1,045"
    before = [m for m in found if m.span[1] <= label.start()]
    if before and not text[before[-1].span[1] : label.start()].strip(" \t"):
        return before[-1].price  # "$1,045 non-members"
    return None


# An early-bird ticket, then the ticket any later buyer pays: "Early Bird CA$199.00
# General Admission CA$249.00", "Frühbucher € 990 · Standard € 1.190".
_EARLY = re.compile(r"\b(?:early[- ]?bird|frühbucher\w*|prévente|tarif préférentiel)\W*$", re.I)
_FULL = re.compile(
    r"^\W*(?:general admission|standard(?: price| rate| ticket| fee)?|full price|regular|"
    r"normalpreis|regulär|tarif normal|plein tarif)\b",
    re.I,
)


# The early-bird price's note between the two: "(on or before 18/12/2026)", "until 1 May".
_DEADLINE = re.compile(
    r"^\s*(?:\([^()]{1,40}\)|\[[^\[\]]{1,40}\]|(?:on or before|until|till|by|before|"
    r"valid until|book by|ends|bis|jusqu'au|avant le|hasta|fino al|entro il|t/m|tot)\s"
    r"[^·|/\t\n;]{1,30})",
    re.I,
)


def _early_then_full(text: str, at: int, between: str) -> bool:
    """Whether the first price is an early-bird ticket and the next one, labelled, the full
    (with the early-bird deadline between them or not)."""
    if _EARLY.search(text, max(0, at - 30), at) is None:
        return False
    return bool(_FULL.search(between) or _FULL.search(_DEADLINE.sub("", between, count=1)))


# A currency's code written before its price: "AUD $649.00", "NZD 395".
_CODE = re.compile(r"\b[A-Z]{3}\b")


def _coded_pair(between: str, lead: str) -> bool:
    """Whether two prices stand alone side by side on one line, nothing but a currency's
    code before each ("AUD $649.00 AUD $599.00 per person"): a shop's was- and now-price
    whose strike a text dump lost."""
    return (
        "\t" not in between
        and "\n" not in between
        and not _CODE.sub("", between).strip()
        and not _CODE.sub("", lead).strip()
    )


def _pick_price(text: str, ctx: ScheduleContext, *, cell: bool = False) -> Price | None:
    """The run's price in ``text`` (a price column's cell where ``cell``), with the
    higher regular price shown beside it."""
    found = find_prices(text, default_currency=ctx.default_currency)
    if not found:
        return None
    if len(found) > 1 and (open_price := _non_member_price(text, found)) is not None:
        return open_price
    first = found[0].price
    if len(found) > 1 and first.list_price is None:
        second = found[1].price
        between = text[found[0].span[1] : found[1].span[0]]
        if (
            (
                (
                    ("\n" in between or cell)
                    and not between.strip()
                    and not text[: found[0].span[0]].rpartition("\n")[2].strip()
                )
                or _coded_pair(between, text[: found[0].span[0]].rpartition("\n")[2])
            )
            and first.amount
            and second.amount
            and first.amount > second.amount
        ):  # a bare price, then a lower one (on the next line, beside it in a price cell:
            # "€ 1.195,- € 1.075,- early bird", or beside it on the line where a dump lost
            # the strike: "AUD $649.00 AUD $599.00 per person"): the struck regular price
            vat = second.includes_vat if second.includes_vat is not None else first.includes_vat
            return Price(second.amount, second.currency or first.currency, first.amount, vat)
        if (
            (LATER_PRICE.search(between) or _early_then_full(text, found[0].span[0], between))
            and second.amount
            and first.amount
            and second.amount > first.amount
        ):
            vat = first.includes_vat if first.includes_vat is not None else second.includes_vat
            return Price(first.amount, first.currency or second.currency, second.amount, vat)
        if (
            second.amount is None
            and second.list_price
            and first.amount
            and second.list_price > first.amount
            and _early_then_full(text, found[0].span[0], between)
        ):  # "Early bird ₱34,900" / "Regular ₱39,900": the second read as a was-price alone
            vat = first.includes_vat if first.includes_vat is not None else second.includes_vat
            return Price(first.amount, first.currency or second.currency, second.list_price, vat)
        if (
            second.amount is None
            and second.list_price
            and first.amount
            and second.list_price > first.amount
            and ("\n" not in between or cell)
        ):  # "$275 per person — launch price (usually $320)": the line's own was-price
            return dataclasses.replace(first, list_price=second.list_price)
    return first


# A time and its zone's capitals: "17.00 WIB", "9:30 (PKT)", "4:30pm ACDT".
_ZONE_AFTER_TIME = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?\s*)?\(?[A-Z]{2,5}\)?")

# A town named "... City" ("Makati City", "Quezon City", "Ho Chi Minh City"), whose last word
# is also a place column's label.
_CITY_NAMED = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,3}City$")


# A town and its venue in brackets inside a card's schedule line: "5 days, 09:00–16:00, Ndola
# (Kansenshi campus)", "6 Saturdays in Kitwe (Parklands hub) + online labs".
_TOWN_VENUE = re.compile(
    r"(?:^|,\s*|\s(?:in|at)\s+)([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+\((?=[^()]{3,40}\))"
    r"[^()]*\b(?i:campus|hub|centre|center|hotel|building|offices?|suites|rooms|hall|house"
    r"|tower|venue|academy)\)"
)


def _location(cand: Candidate, mode: str | None, trainer: str | None) -> str | None:
    if "location" in cand.cells:
        return _cell_place(cand.cells["location"])
    if mode == "online":
        return None
    keys = _row_keys(cand.text) if "\t" in cand.text else ()
    # the first part of a name of parts ("Microsoft Project – Level 1"); a later one may be
    # the run's place ("Full Stack Web Development · Madrid")
    lead = SPLIT.split(cand.name, 1)[0] if cand.name and SPLIT.search(cand.name) else None
    # a middle part of a name of three is the name's too ("RSA – Victoria – Ballarat")
    middle = SPLIT.split(cand.name)[1:-1] if lead is not None and cand.name else ()
    # a name that is a whole dotted part of its line is the name's in all its parts
    # ("Welding – Pre-Employment · Starts 11 Jan 2027 · $6,450")
    whole = lead is not None and cand.name and f"{cand.name} · " in cand.text
    own = SPLIT.split(cand.name) if whole and cand.name else ()
    parts = SPLIT.split(cand.text)
    for at, part in enumerate(parts):
        if part == cand.name or part in keys or part == lead or part in middle or part in own:
            continue  # the card's title ("Certified ScrumMaster® (CSM)"), no place
        if at and part[:1].isupper() and has_digit(part):  # "Leeds - £95.00" after a date
            part = _place_before_price(part, parts[at - 1])
        if (town := town_with_district(part.strip())) is not None:
            return town  # "Paris 8e", "Lyon 69003", "London EC1A 1BB"
        if FIELD.match(part):
            label, _, value = part.partition(":")
            if label.strip().casefold() not in _PLACE_FIELDS:
                if mode_from_text(label) and (days_in := _FORMAT_TOWN.search(value)):
                    return days_in.group(1) or days_in.group(2)  # "Blended: Saturdays in Leeds + …"
                continue  # "Teacher: Martin Oyelaran" is not a place
            part = value
        if "(" in part and (town_venue := _TOWN_VENUE.search(part)) is not None:
            town = town_venue.group(1)
            if mode_from_text(town) is None and town != trainer:
                return town
        if part[:1] and not part[:1].isalnum():
            part = _PIN.sub("", part)  # "📍 Angers": a map pin or bullet before the place
        if _ZONE_AFTER_TIME.fullmatch(part.strip()):
            continue  # "17.00 WIB", "18:00 (ICT)": a time's zone, no place
        part = _PLACE_LABEL.sub("", TIME.sub("", part).strip(" ,;"))
        part = _MODE_PREFIX.sub("", place_after_mode(part))
        part = _without_button(_CUT_BRACKET.sub("", _PARENTHETICAL.sub("", part)).strip())
        if " " in part:
            part = _MODE_SUFFIX.sub("", part)
        if "," in part and part[-1:].isalpha():
            part = _without_status_after_place(part)  # "Bellingham, WA Open": a card's badge
        if "," in part:
            part = without_country(part)  # "…, Georgetown, Guyana": the town before it
        if "," in part and (town := city_after_street(part)) is not None:
            return town  # "Hornsgatan 54, Stockholm": the street, then the town
        if "," in part and (town := venue_and_town(part)) is not None:
            return town  # "Lee Valley Training Centre, Little Island, Cork": venue, district, town
        if "," in part and (town := town_before_state(part)) is not None:
            return town  # "Pine Lake Group Camp, Dunlap, TN": venue, town, state's code
        if (
            "," in part
            and (city_first := place_city(part)) != part
            and not _NOT_PLACE.search(city_first)
        ):
            return city_first  # "Graz, Hotel Weitzer": the city, then the venue
        if part[:1].isupper() and (town := town_named_venue(part)) is not None:
            return town  # "Loughborough Innovation Park": a venue named after its town
        if (
            _NOT_PLACE.search(part)
            or GENERIC_TITLE.search(part)
            or BUTTON.search(part)
            or _LINK_WORDS.search(part)
            or _TO_TOP.match(part)
            or part.endswith("?")
            or ": " in part  # "Masterclass: Risk in practice": a title after its kind
            # "Quezon City", "Rapid City, SD" are places
            or (
                is_label(part)
                and not _CITY_NAMED.match(town_without_region(part))
                # "Quirindi Rural Transaction Centre": a venue named after its town
                and (len(part.split()) < 3 or city_before_venue(part) is None)
            )
            or is_run_label(part)  # "Måndagar", "Weekday evenings": the run's days, no place
            or promo_badge(part)  # "Kampagnepris", "Guaranteed to run": a badge, no place
            or is_weekday_phrase(part)  # "Senin", "Thứ Hai": the run's days, no place
            or _LEVEL.fullmatch(part)  # "Excel for Business – Intermediate": the name's level
        ):
            continue
        if part[:1].isupper() and _region_town(parts[at + 1 : at + 2]):
            continue  # "Kestrel County Arena · Port Hollis, NS": the venue, then its town
        if (
            part[:1].isupper()
            and (city := city_before_venue(part)) is not None
            and not looks_like_course_name(part)
        ):
            return city  # "Oslo Kursfabrikken, Karl Johans gate 12": the city, then the venue
        words = (town_without_region(part) if "," in part else part).split()  # "Salt Lake City, UT"
        if (
            1 <= len(words) <= 3
            and part[:1].isupper()
            and not find_date_ranges(part)
            and not find_prices(part)
            and not BOOKING.search(part)
            and part != trainer
            and mode_from_text(part) is None
            and _availability_of(part) is None
            and not re.search(r"\d", part)
            and part != cand.name
            and not (len(words) == 1 and month_number(part))  # a date badge's "Mar"
        ):
            return place_city(part)
    address = _ADDRESS_CITY.search(cand.text) or _STREET_TOWN_STATE.search(cand.text)
    return address.group(1) if address else None


def _region_town(parts: list[str]) -> bool:
    """Whether the part after a place's part is a town and its state or province ("Hilltop
    County Arena · Lakeview, ON"): that part is the venue, its first word no town of its own
    but perhaps the county or founder it is named after."""
    return bool(parts) and town_without_region(part := parts[0].strip()) != part


def _without_status_after_place(part: str) -> str:
    """A place part less the card's status badge run on after it: "Bellingham, WA Open",
    "Townsville, QLD Available", "Ogden, UT Plazas disponibles" (an inline badge's words
    glue onto its place tag's line)."""
    return part[: len(part) - len(_status_after_place(part))].rstrip()


def _status_after_place(part: str) -> str:
    """The status badge's words run on after a place and its region ("Moab, UT Sold out"
    -> "Sold out"), "" for none: the words after the region that read as a status in any
    language the availability words know, or as an event's own status."""
    if (event := _EVENT_STATUS_AFTER_PLACE.search(part)) is not None:
        return event.group(0).strip()
    region = part.rpartition(",")[2].strip()
    for gap in _WORD_GAP.finditer(region):
        if _availability_of(status := region[gap.end() :]) is not None:
            return status
    return ""


_WORD_GAP = re.compile(r"\s+")
# An event's status run on after its place tag, which tells no availability, a badge's
# capital first, in any language the called-off words know: "In person · Bellingham, WA
# Postponed", "Anacortes, WA CANCELLED", "Hallein, AT Abgesagt".
_EVENT_STATUS_AFTER_PLACE = re.compile(rf"(?<=\w)\s+(?=[A-ZÀ-Ý])(?i:{CALLED_OFF})$")


def _place_before_price(part: str, before: str) -> str:
    """The place of a part that follows a run's date and runs on into the run's price: a
    shop's date variant "Sat 5 Dec 2026 – Leeds - £95.00 GBP", a date button "12/01/2027 –
    Leeds £95 2 spots left" ("Leeds"); ``part`` itself otherwise."""
    found = find_prices(part)
    if not found or found[0].span[0] < 3:
        return part
    place = part[: found[0].span[0]].rstrip(" -–—·|,:")
    if not place or has_digit(place) or not find_date_ranges(before):
        return part
    return place


@lru_cache(maxsize=4096)
def _cell_place(cell: str) -> str | None:
    """The town a location cell names ("Leeds (City Centre)" -> "Leeds"); None for a cell
    that names none ("TBC", "Online").

    Remembered: a schedule's rows repeat their few places.
    """
    value = _PARENTHETICAL.sub("", _PLACE_LABEL.sub("", cell))
    value = _MODE_PREFIX.sub("", place_after_mode(value.strip())).strip(" -–—")
    if not re.search(r"\w", value) or value.casefold() in ("n/a", "tbc", "tba", "various"):
        return None
    if (town := town_before_slashed_code(value)) is not None:
        return town  # "Av. Paulista, 900 – Bela Vista, São Paulo/SP": the town and its state
    if (town := city_after_street(value)) is not None:
        return town  # "Brisbane Business Hub, 545 Queen Street, Brisbane QLD"
    if (town := address_town(value)) is not None:
        return town  # "Scandic Ørnen, Lars Hilles gate 18, 5008 Bergen": the postcode's town
    if (town := _blended_town(cell)) is not None:
        return town  # "Blended: Theorie online, Praxis in Leipzig": the practical part's town
    if mode_from_text(value) == "online":
        return None
    if (town := town_named_venue(value.strip())) is not None:
        return town  # "Leicester Business Centre, 1 Halford St": a venue named after its town
    return place_city(value.strip())


def _blended_town(cell: str) -> str | None:
    """The town of a blended run's place cell that names its online part and the town of
    its classroom part ("Blended: theory online, practical in Leeds", "Hybrid – online +
    2 days in Cork"), else None."""
    if (" in " not in cell and " at " not in cell) or mode_from_text(cell) != "blended":
        return None
    found = _FORMAT_TOWN.search(cell)
    return (found.group(1) or found.group(2)) if found else None


def _row_keys(text: str) -> set[str]:
    """The keys of a facts table's rows caught above a run ("Inklusive\tSeminarunterlagen,
    Mittagessen und Pausenverpflegung"): a label cell before a sentence, no place."""
    keys = set()
    for line in text.split("\n"):
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        if len(cells) == 2 and len(cells[1].split()) >= 4 and not find_date_ranges(line):
            keys.add(cells[0])
    return keys


# The town of a street address before its state and postcode: "…, Parramatta NSW 2150",
# "…, Austin, TX 78701" (a card may give its place by its address alone).
_ADDRESS_CITY = re.compile(
    r"(?:^|,\s*)((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][a-z][\w'’.-]*),?\s+[A-Z]{2,3}\s+\d{4,5}(?!\d)",
    re.M,
)


# The town of a street address that ends with the town and its state or province, no
# postcode: "Northshore Centre – Kanata 400 March Rd, Unit 12, Kanata, ON" (an event
# plugin's venue line).
_STREET_TOWN_STATE = re.compile(
    r"\d[^\n]*,\s*((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][a-z][\w'’.-]*),\s*[A-Z]{2}$", re.M
)


_PIN = re.compile(r"^[^\w(\"'„“«]+")


_BUTTON_END = re.compile(r"\W*(?:now|today|here|online)?\W*$", re.I)
# The word a button opens with before its verb: "Jetzt buchen", "Direkt anmelden", "Nu
# boeken", "Now book": the button's, no place.
_BUTTON_LEAD = re.compile(r"^(?:jetzt|direkt|sofort|gleich|hier|nu|direct|meteen|now)$", re.I)


def _without_button(part: str) -> str:
    """A place less the button after it on its line: "Leeds Book", "York Join waiting list"."""
    button = BUTTON.search(part)
    if button is None or button.start() == 0 or not _BUTTON_END.match(part, button.end()):
        return part
    place = part[: button.start()].rstrip(" ·|–—-,")
    return "" if _BUTTON_LEAD.match(place) else place


def _availability(cand: Candidate) -> str | None:
    value = _stated_availability(cand)
    if value is None and bookable_row(cand.cells.get("availability", "") + "\n" + cand.text):
        return "InStock"  # the row's own "Book now" and no status: open for booking
    return value


def _stated_availability(cand: Candidate) -> str | None:
    if "availability" in cand.cells:
        return _availability_of(cand.cells["availability"])
    for part in SPLIT.split(cand.text):
        if (value := _availability_of(part.strip())) is not None:
            return value
        if len(part) > 40:
            continue
        if "," in part and (value := _availability_of(_status_after_place(part))) is not None:
            return value  # "Moab, UT Available": the card's badge run on after its place
        bare = _without_button(part.strip())  # "FULL Book": the status, then the row's button
        if bare != part.strip() and bare and (value := _availability_of(bare)) is not None:
            return value
    for line in cand.cells.get("_around", "").splitlines():  # a badge beside the card's <dl>
        if (value := _availability_of(line.strip())) is not None:
            return value
    return None


# parse_availability, remembered: each run of a schedule repeats the same few labels.
_availability_of = lru_cache(maxsize=4096)(parse_availability)


# A run's own label standing where its course's name would be: "Fall 2026 Cohort", "Class B".
_RUN_LABEL = re.compile(
    r"^(?:(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\s+20\d\d\s+(?:cohort|intake|class|batch)|"
    r"(?:cohort|intake|class|batch|group|gruppe|groupe|grupo)\s+(?:[A-Z]|\d{1,3})\b)"
    r"(?:\s*[-–—:]\s*\w+)?$",
    re.I,
)


# Link and button words, which are no place: "Read more" in the site's language.
# (The look-ahead holds the words' first letters: see schedule_words' word lists.)
_LINK_WORDS = re.compile(
    r"\b(?=[ceklmoprsvw])"
    r"(?:read more|learn more|subscribe|sign up|keep going|les mer|lees meer|läs mer|"
    r"læs mere|mehr erfahren|weiterlesen|leer más|lire la suite|en savoir plus|saiba mais|"
    r"leia mais|scopri di più|czytaj więcej|více|pricing|offer)\b",
    re.I,
)
# A section's "Back to top" link, which the next block's lines may start with.
_TO_TOP = re.compile(r"^(?:back )?to (?:the )?top$", re.I)


_LETTER = re.compile(r"[^\W\d_]")


def _open_start(cand: Candidate) -> bool:
    """Whether the run's date is only its start ("Starts Tue 13 October", "Next: 5 May")."""
    text = cand.cells.get("date") or cand.text
    at = text.find(cand.match.text)
    return at >= 0 and _OPEN_START.search(text[:at]) is not None


def _at_venue(cand: Candidate, ctx: ScheduleContext) -> Candidate:
    """A candidate whose title is a venue ("Sydney Unit 3, 14 Church St, Parramatta NSW":
    dates grouped by training centre) as a run of the page's course at that venue's city."""
    if not cand.name or not ctx.course_name or not is_venue(cand.name):
        return cand
    city = venue_city(cand.name)
    cells = {"location": city, **cand.cells} if city else cand.cells
    return dataclasses.replace(cand, name=None, cells=cells)


# The cell of a date picker's option (a radio of a product form): a run offered to book,
# whether or not its label shows a price or a status.
PICKED = "_picked"


def build_course(cand: Candidate, ctx: ScheduleContext) -> Course | None:
    if (
        cand.match.span == (0, 0)
        and cand.match.dates.start is None
        and cand.name
        and ON_REQUEST not in cand.cells
    ):
        # a table's course on request: one dateless record (the contract's "one per course
        # where no date is given"), with no price
        return Course(
            page=ctx.page, source=ctx.source, provenance=(("name", ctx.source),), name=cand.name
        )
    cand = _at_venue(cand, ctx)
    cell = cand.cells.get("price")
    price = _pick_price(cell or cand.text, ctx, cell=bool(cell))
    if price is None and not booking_evidence(cand.text) and PICKED not in cand.cells:
        return None
    if cand.name is not None and len(_LETTER.findall(cand.name)) < 2:
        return None  # "0,4 %": a figure above the date, no course's title
    start, end = cand.match.dates.start, cand.match.dates.end
    if cand.end_text:
        end_found = find_date_ranges(
            cand.end_text, year=int(start[:4]) if start else None, day_first=ctx.day_first
        )
        end = end_found[0].dates.start if end_found else end
    if start is None and ON_REQUEST not in cand.cells:
        return None
    if end is None and not cand.cells.get("end") and not _open_start(cand):
        end = start  # a lone date: a one-day run
    mode_text = " ".join(cand.cells[k] for k in ("mode", "location") if k in cand.cells)
    mode = mode_from_text(mode_text or cand.text)
    if mode is None and mode_text and mode_from_text(cand.cells.get("course", "")) == "blended":
        mode = "blended"  # "First Aid – Blended (online theory + practical day)" at a venue
    trainer = _cell_trainer(cand.cells["trainer"]) if "trainer" in cand.cells else None
    trainer = trainer or _trainer(cand.text)
    if trainer and cand.name and f"with {trainer}" in cand.name:
        # "Web Design with WordPress": the title's tool, the trainer under its label below
        trainer = described_trainer(cand.text) or trainer
    if mode == "online" and not mode_text and _product_online(cand, trainer):
        mode = None  # "QuickBooks Online Masterclass" held in Lagos: its place makes it in person
    elif mode == "online" and not mode_text and _online_part_at_venue(cand, trainer):
        mode = BLENDED  # "Town Hall (practical day; theory online) · Truro": one part online
    if trainer is not None and _NOT_NAMED.match(trainer):
        trainer = None
    vat = price.includes_vat if price else None
    if vat is None and price is not None:
        header_vat = vat_statement(cand.cells.get("_price_header", ""))
        vat = header_vat if header_vat is not None else ctx.page_vat
    name = cand.name and (title_before_trainer(cand.name) or cand.name)
    name = name and course_in_call(without_date_count(name))
    if (
        name
        and ctx.course_name
        and (_RUN_LABEL.match(name) or is_run_label(name) or is_run_tag(name))
        and not names_one_run(ctx.course_name)
    ):
        name = ctx.course_name  # "Fall 2026 Cohort" is a run of the page's course
    values: dict[str, Any] = {
        "name": name or ctx.course_name,
        "start_date": start,
        "end_date": end or None,
        "price": price.amount if price else None,
        "list_price": price.list_price if price else None,
        "currency": (price.currency or ctx.default_currency) if price else None,
        "price_includes_vat": vat,
        "mode": mode,
        "instructor": trainer,
        "location": _location(cand, mode, trainer),
        "availability": _availability(cand),
        "url": card_url(cand.text, name or ctx.course_name),
    }
    if values["mode"] is None and (values["location"] or _named_venue(cand)):
        values["mode"] = "in_person"
    if not values["name"]:
        return None
    prov = tuple((k, ctx.source) for k, v in values.items() if v is not None)
    return Course(page=ctx.page, source=ctx.source, provenance=prov, **values)


# A teaser's call to action that names its course in running text: "Start your underground
# induction", "Book your forklift refresher" (not "Start Your Own Business": a title's words).
_CALL = re.compile(r"^(?:Start|Begin|Book|Reserve|Plan|Kick-?start) your (?P<course>[a-z].+)$")
_NO_COURSE = re.compile(
    r"^(?:own|next|new|first|place|seat|spot|journey|career|future|training|learning|course)\b"
)


def course_in_call(name: str) -> str:
    """The course a teaser's call-to-action heading names, its first letter raised ("Start
    your underground induction" -> "Underground induction"); ``name`` itself otherwise."""
    call = _CALL.match(name) if name[:1] in "BKPRS" else None
    if call is None or len(call["course"].split()) < 2 or _NO_COURSE.match(call["course"]):
        return name
    course = call["course"].rstrip(" .!")
    return course[:1].upper() + course[1:]


def _product_online(cand: Candidate, trainer: str | None) -> bool:
    """Whether a run's "online" is only its course's name's ("QuickBooks Online Masterclass",
    "SharePoint Online Administration": a product's name) and the rest of its row names the
    place it is held at ("Lagos (Lekki Phase 1) – 14 Admiralty Way"), no format."""
    name = cand.name
    if not name or name not in cand.text or mode_from_text(name) != "online":
        return False
    if mode_from_text(cand.text.replace(name, "\n")) is not None:
        return False  # "Live online (Zoom)": the row's own format
    return _location(cand, None, trainer) is not None


# A note's parts: "practical day; theory online", "2 days on site, e-learning before".
_NOTE_PARTS = re.compile(r"\s*(?:[;,+&]|\band\b|\bplus\b)\s*")
_NOTE = re.compile(r"\(([^()]{3,80})\)")


def _online_part_at_venue(cand: Candidate, trainer: str | None) -> bool:
    """Whether a row's only online words are one part of a note in brackets after its venue
    ("Civic Centre (skills day; theory online) · Truro, NS"), the note naming another part
    without a format and the row a place: part of the course online, part at the venue."""
    if "(" not in cand.text:
        return False
    for part in SPLIT.split(cand.text):
        note = _NOTE.search(part)
        if note is None or part == cand.name or mode_from_text(note.group(1)) != "online":
            continue
        pieces = [p for p in _NOTE_PARTS.split(note.group(1)) if p]
        if (
            part[:1].isupper()  # the venue's name before its note
            and mode_from_text(cand.text.replace(note.group(0), " ")) is None
            and len(pieces) >= 2
            and any(mode_from_text(p) is None for p in pieces)
        ):
            return _location(cand, BLENDED, trainer) is not None
    return False


# A card's venue field, in English or CJK script: "Venue: Kwun Tong Centre", "地點：觀塘中心",
# "会場：新宿校", "장소: 강남 교육장".
_VENUE_FIELD = re.compile(
    r"^(?:venue|location|place|where|上課地點|上课地点|地點|地点|場地|场地|會場|会場|会场|장소)"
    r"\s*[:：]\s*(?P<value>\S.*)$",
    re.I | re.M,
)
_NO_VENUE = re.compile(r"^(?:tbc|tba|tbd|n/a|to be (?:confirmed|announced)|待定|未定)\b", re.I)


def _named_venue(cand: Candidate) -> bool:
    """Whether a card names the venue it is held at in a field of its own (a run without a
    town the page names: "Venue: Kwun Tong Centre", "地點：觀塘中心"), not online."""
    if ":" not in cand.text and "：" not in cand.text:
        return False
    field = _VENUE_FIELD.search(cand.text)
    if field is None or _NO_VENUE.match(value := field.group("value")):
        return False
    return mode_from_text(value) is None


# A price line's parts: "kr 13 900,- for klasseromskurs · kr 12 500,- for nettkurs. Alle ..."
_PRICE_PARTS = re.compile(r"[·|;•]|\.\s+(?=[A-ZÀ-Ý])")
_PRICE_LINE_MAX = 400  # characters
_DIGIT = re.compile(r"\d")


def mode_prices(text: str, ctx: ScheduleContext) -> dict[str, Price]:
    """The one price per format a page states once for all its runs.

    "Price: £1,495 classroom · £1,295 live online": each part of a line holding one
    price and one format gives that format's price; so does each of adjacent lines
    holding one ("Présentiel : 1 890 € HT (2 268 € TTC)" / "Classe virtuelle : 1 690 € HT").
    Only a page with one such line or block (of two formats or more) has them.
    """
    groups: list[dict[str, Price]] = []
    block: dict[str, Price] = {}  # adjacent lines of one format's price each
    for line in text.splitlines():
        parts = _line_prices(line, ctx)
        if len(parts) == 1 and not parts.keys() & block.keys():
            block.update(parts)
            continue
        if len(block) >= 2:
            groups.append(block)
        block = parts if len(parts) == 1 else {}
        if len(parts) >= 2:
            groups.append(parts)
    if len(block) >= 2:
        groups.append(block)
    return groups[0] if len(groups) == 1 else {}  # two such lines: which is the runs' is unclear


# A price line without parts: a currency's sign or code must be on it.
_MONEY = re.compile(r"[€$£¥₹]|\b(?:EUR|USD|GBP|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|kr|zł)\b")


def _line_prices(line: str, ctx: ScheduleContext) -> dict[str, Price]:
    """The formats' prices on one line, a price for each format its parts name."""
    if len(line) > _PRICE_LINE_MAX:
        return {}
    if _PRICE_PARTS.search(line):
        split = _PRICE_PARTS.split(line)
    elif _MONEY.search(line) and not find_date_ranges(line):
        split = [line]  # the line of one format's price
    else:
        return {}
    parts: dict[str, Price] = {}
    for part in split:
        mode = mode_from_text(part) if _DIGIT.search(part) else None
        if mode is None or mode in parts:
            continue
        if (price := _part_price(part, ctx)) is not None:
            parts[mode] = price
    if len(split) > 1 and len(parts) < 2:
        return {}
    vat = vat_statement(line)
    return {
        mode: price
        if price.includes_vat is not None or vat is None
        else dataclasses.replace(price, includes_vat=vat)
        for mode, price in parts.items()
    }


def _part_price(part: str, ctx: ScheduleContext) -> Price | None:
    """The one price of a part; the fee with its tax in brackets after it is the same fee
    ("1 890 € HT par participant (2 268 € TTC)")."""
    prices = find_prices(part, default_currency=ctx.default_currency)
    if len(prices) == 2 and "(" in part[prices[0].span[1] : prices[1].span[0]]:
        prices = prices[:1]
        vat = vat_statement(_PARENTHETICAL.sub("", part))
        if prices[0].price.includes_vat is None and vat is not None:
            return dataclasses.replace(prices[0].price, includes_vat=vat)
    return prices[0].price if len(prices) == 1 else None


def with_mode_price(run: Course, prices: dict[str, Price], ctx: ScheduleContext) -> Course:
    """A run without a price given its format's price from the page's shared price line."""
    price = prices.get(run.mode) if run.price is None and run.mode else None
    if price is None:
        return run
    values: dict[str, Any] = {
        "price": price.amount,
        "list_price": price.list_price,
        "currency": price.currency or ctx.default_currency,
        "price_includes_vat": price.includes_vat,
    }
    values = {k: v for k, v in values.items() if v is not None}
    prov = (*run.provenance, *((k, ctx.source) for k in values))
    return dataclasses.replace(run, provenance=prov, **values)

"""A venue heading over a group of dates: a city and its street address."""

from __future__ import annotations

import pytest

from prospectus.extract.patterns.countries import without_country
from prospectus.extract.patterns.venues import (
    city_after_street,
    city_before_venue,
    city_over_venue,
    city_with_venue,
    district_and_town,
    ends_in_postal_town,
    is_venue,
    names_street,
    other_district,
    place_city,
    town_after_owner,
    town_before_slashed_code,
    town_before_state,
    town_by_postcode,
    town_dash_venue,
    town_named_venue,
    town_of_address_line,
    town_of_district,
    town_premises,
    town_without_region,
    venue_and_town,
    venue_city,
)


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Leeds Suite 4, 21 Park Row, Leeds LS1", "Leeds"),
        ("Perth – 9 Hay Street, Perth WA", "Perth"),
        ("Auckland: Level 2, 55 Queen St, Auckland CBD", "Auckland"),
        ("Köln Hohenzollernring 48, 50672 Köln", "Köln"),
        ("Lyon (12 rue Garibaldi)", "Lyon"),
        ("17 Harbour Road, Wellington", None),  # an address alone: a venue without a city
    ],
)
def test_a_city_before_its_street_address(line: str, city: str | None) -> None:
    assert is_venue(line)
    assert venue_city(line) == city


@pytest.mark.parametrize(
    "line",
    [
        "PRINCE2 Foundation and Practitioner",
        "Level 3 Award in Education and Training",
        "ISO 27001 Lead Implementer",
        "Excel Level 2",
    ],
)
def test_a_course_title_is_no_venue(line: str) -> None:
    assert not is_venue(line)
    assert venue_city(line) is None


@pytest.mark.parametrize(
    ("cell", "city"),
    [
        ("Leeds\nUnit 3, 14 Park Row", "Leeds"),
        ("Palmerston North\nCommunity Arts Centre", "Palmerston North"),
        ("Geelong\nWaterfront Pavilion Rooms", "Geelong"),
        ("Hilton Hotel\nLeeds", None),  # the venue first: no city above it
        ("Leeds", None),
        ("Online\n(Zoom)", None),
    ],
)
def test_a_city_on_its_own_line_above_the_venue(cell: str, city: str | None) -> None:
    assert city_over_venue(cell) == city


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Göteborg Kursgården, Kungsgatan 10", "Göteborg"),
        ("Malmö Hamnens Konferenscenter", "Malmö"),
        ("Aalborg Kulturhuset, Jernbanegade 12", "Aalborg"),
        ("Stavanger Kongsgaard Møtesenter", "Stavanger"),
        ("San Diego Harbor Conference Center", "San Diego"),
        ("Sylvan Lake Legion Hall", "Sylvan Lake"),  # a town of two words named after a lake
        ("Niagara Falls Conference Centre, 12 Main Street", "Niagara Falls"),
        ("Alice Springs Convention Centre", "Alice Springs"),
        ("Dawson Creek Curling Club", "Dawson Creek"),
        ("Hilton Hotel, 12 Main Street", None),  # the venue's whole name
        ("Project Management Professional", None),
        ("Bergen", None),
    ],
)
def test_a_city_before_its_venues_name(line: str, city: str | None) -> None:
    assert city_before_venue(line) == city


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Leeds (City Centre)", "Leeds"),
        ("Milton Keynes (Bletchley Park)", "Milton Keynes"),
        ("Cardiff (Bay Conference Rooms)", "Cardiff"),
        ("Excel (Advanced)", None),  # a course's level
        ("Certified ScrumMaster (CSM)", None),  # the course's initials
        ("First Aid (2 days)", None),
        ("Online (Teams virtual classroom)", None),
        ("Radar Observer (Unlimited)", None),  # a licence's scope
        ("Emergency Medical Responder (Recertification)", None),
        # a lone consonant is a licence's or a vehicle's class, no town's word; a lone
        # vowel may be a town's article
        ("C Licence (Trucks)", None),
        ("Class B (Manual)", None),
        ("A Coruña (Palexco)", "A Coruña"),
        # a word with a digit is a code's, no town's: a course and its awarding body
        ("CO2 Awareness (Gas Safety Board)", None),
        ("Rigger R3 (Crane Operators Guild)", None),
        # the bracket opens with the initials of the words before it: the course's acronym
        ("Working Safely Aloft (WSA Wind)", None),
        ("Mine Rescue Team (MRT Underground)", None),
        ("West Bay (Harbour Sports Hall)", "West Bay"),  # no initials: a venue
    ],
)
def test_a_city_with_its_venue_in_brackets(line: str, city: str | None) -> None:
    assert city_with_venue(line) == city


@pytest.mark.parametrize(
    ("value", "town"),
    [
        ("Riverside Centre, 12 Quay Street, Newcastle NSW", "Newcastle"),
        ("Suite 2, 40 King St, Hobart TAS 7000", "Hobart"),
        ("Lakeview Hotel, 8 Mill Road, Kendal", "Kendal"),
        ("Level 4, 99 Featherston Street", None),  # no town after the street
        ("Harbour Room, Wellington", None),  # no street address
        # a street without a street word between the venue and the town
        ("Poslovni centar Sava, Nemanjina 22, Zemun", "Zemun"),
        ("Dom kulture, Trg slobode 3, Novi Sad", "Novi Sad"),
        # the venue's other parts between the street and the town; a postcode before it
        ("8 Mill Road, Riverside Business Centre, Kendal", "Kendal"),
        ("ул. „Иван Вазов“ 14, хотел „Рила“, Благоевград", "Благоевград"),
        ("бул. Мария Луиза 3, Бургас", "Бургас"),
        ("Hafnarstræti 9, 600 Akureyri", "Akureyri"),
        ("12 Shore Rd, Unit 4, Barrie, ON", None),  # a state's code last, no town
        ("45 High Street, Suite 4B, Room Apollo", None),  # the venue's room, no town
    ],
)
def test_the_town_after_a_venues_street_address(value: str, town: str | None) -> None:
    assert city_after_street(value) == town


@pytest.mark.parametrize(
    ("place", "city"),
    [
        ("Salzburg, Tagungshaus am Mönchsberg", "Salzburg"),
        ("Leeds, Park Plaza Hotel", "Leeds"),
        ("Innsbruck, Hotel Alpenblick", "Innsbruck"),
        ("Bremen, Kongresszentrum", "Bremen"),
        ("Hamburg, Mönckebergstraße 7", "Hamburg"),
        # the street word first, its number after the name
        ("Poznań, ul. Święty Marcin 29", "Poznań"),
        ("Gdańsk, al. Grunwaldzka 141 (sala B)", "Gdańsk"),
        ("Bologna, Via Indipendenza 8", "Bologna"),
        ("Lyon 3e", "Lyon"),
        ("Paris 16e arr.", "Paris"),
        ("Boston HQ", "Boston"),
        ("Austin Campus", "Austin"),
        # the street word after the street's name, or before it: Hungarian, Romanian, Polish
        ("Szeged, Kárász utca 6. – 2. emelet", "Szeged"),
        ("Pécs, Rákóczi út 15/B", "Pécs"),
        ("Brașov, Str. Republicii 41", "Brașov"),
        ("Timișoara, Bd. Revoluției 5", "Timișoara"),
        ("Kraków, ul. Długa 12", "Kraków"),
        # the place as given: a state, a district, a room with a number
        # the venue first, then its town; a street after a venue names no town
        ("Harbour View Conference Centre, Oban", "Oban"),
        ("Canal Side Training Rooms, Leeds", "Leeds"),
        ("Old Mill Business Hub, Stirling", "Stirling"),
        ("Feilding A&P Showgrounds, Feilding", "Feilding"),
        ("Northgate Depot, Invercargill", "Invercargill"),
        ("Riverside Hub, Mill Lane", "Riverside Hub, Mill Lane"),
        ("Grand Hotel, Online", "Grand Hotel, Online"),
        ("Toronto, ON", "Toronto, ON"),
        ("London, Canary Wharf", "London, Canary Wharf"),
        ("Newcastle, Room 4-12", "Newcastle, Room 4-12"),
        ("Hilton Hotel", "Hilton Hotel"),
        # a town, then a venue named after it: the town
        ("Banff, Banff Centre Grounds", "Banff"),
        ("Whistler, Whistler Olympic Park", "Whistler"),
        ("Leeds, Leeds", "Leeds, Leeds"),
        # a town, a dash and its district: the town; not a country code or a mode
        ("Pune – Baner", "Pune"),
        ("Chennai – T. Nagar", "Chennai"),
        ("Hyderabad – HITEC City", "Hyderabad"),
        ("UK – London", "UK – London"),
        ("Classroom – Leeds", "Classroom – Leeds"),
        ("Leeds – Live Online", "Leeds – Live Online"),
        # a town, then a German hall or room, alone or compounded: the town
        ("Linz, Festsaal", "Linz"),
        ("Villach, VHS-Saal Rathausplatz", "Villach"),
        ("Bregenz, Seminarraum Süd", "Bregenz"),
    ],
)
def test_the_city_of_a_place_given_with_its_venue(place: str, city: str) -> None:
    assert place_city(place) == city


@pytest.mark.parametrize(
    ("place", "owner", "town"),
    [
        ("Northwind Learning Bristol", "Northwind Learning", "Bristol"),
        ("Northwind Learning – Bath", "Northwind Learning", "Bath"),
        ("Formación Sierra Alta Sevilla", "Formación Sierra Alta", "Sevilla"),
        ("Northwind Learning Centre", "Northwind Learning", None),  # the venue, no town
        ("Northwind Learning Hub Bristol", "Northwind Learning", None),
        ("Northwind Learnings", "Northwind Learning", None),  # another name
        ("Bristol", "Northwind Learning", None),
    ],
)
def test_the_town_of_a_venue_named_by_its_owner(place: str, owner: str, town: str | None) -> None:
    assert town_after_owner(place, owner) == town


@pytest.mark.parametrize(
    ("cell", "city"),
    [
        ("الرياض\nفندق النخيل، طريق الملك فهد", "الرياض"),  # Arabic: no capitals, an Arabic comma
        ("חיפה\nמרכז הכנסים, שדרות הנשיא 12", "חיפה"),
        ("الرياض\nحضوري", None),  # one word below ("in person"): no venue
    ],
)
def test_a_city_over_its_venue_in_a_script_without_capitals(cell: str, city: str | None) -> None:
    assert city_over_venue(cell) == city


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Cebu City – Cebu IT Park, Lahug", True),
        ("Reading – Thames Valley Business Park", True),
        ("Dublin – Liffeyside Training Centre, Ormond Quay", True),
        ("Python – Data Science", False),  # a course's name of parts
        ("Excel – Level 2", False),
        # a card's place tag set off by a middle dot or bullet, not a dash
        ("Villach · Kongresshaus Süd, Villach", True),
        ("Wels • Messehalle 3", True),
        ("Python · Data Science", False),
        # a business park written as one compound word
        ("Steyr – Technologiepark Ennsleite", True),
        ("Enschede – Bedrijvenpark Oost", True),
    ],
)
def test_a_town_a_dash_and_a_venue_is_a_place(line: str, expected: bool) -> None:
    assert town_dash_venue(line) is expected


def test_a_venue_a_street_without_number_and_the_town() -> None:
    assert place_city("Harbour View Suites, Quay Rd, Oban") == "Oban"
    assert place_city("Riverside Conference Centre, Mill Lane, Hexham") == "Hexham"
    assert place_city("Riverside Hub, Mill Lane") == "Riverside Hub, Mill Lane"  # no town


def test_a_site_named_by_its_kind_then_its_town() -> None:
    """An industrial or trading estate, an enterprise park: a kind of venue's word before a
    site's word names the venue, so the part after its comma is the town."""
    assert place_city("Harwick Industrial Estate, Millbrook") == "Millbrook"
    assert place_city("Eastgate Trading Estate, Dunmore") == "Dunmore"
    assert place_city("Kelso Enterprise Park, Ashby Vale") == "Ashby Vale"
    assert place_city("Harwick Estate, Millbrook") == "Harwick Estate, Millbrook"  # no kind


def test_a_street_without_its_number_then_the_town() -> None:
    assert place_city("Fenwick Rd., Port Alder") == "Port Alder"
    assert place_city("Cobden Street, Ashvale") == "Ashvale"
    assert place_city("Cobden Street, Riverside Hub") != "Riverside Hub"  # a venue, no town


def test_a_room_after_a_venue_is_no_town() -> None:
    """ "Venue, Room C": the part after the comma is a room of the venue, not its town."""
    assert place_city("Harbour Arts Centre, Room C") == "Harbour Arts Centre, Room C"
    assert (
        place_city("Old Mill Conference Centre, Suite Two")
        == "Old Mill Conference Centre, Suite Two"
    )
    assert place_city("Harbour Arts Centre, Kirkwall") == "Kirkwall"


def test_a_working_yard_or_barn_is_a_venue_before_its_town() -> None:
    """A practical course's site ("Hillside Timber Yard", "Moorside Barn") is a venue: the
    part after the comma is its town."""
    assert place_city("Hillside Timber Yard, Brecon") == "Brecon"
    assert place_city("Moorside Barn, Settle") == "Settle"


def test_a_venue_named_after_its_town_at_a_street_of_that_town() -> None:
    """A sports club's or a hall's name that opens with its town needs no venue's word."""
    assert place_city("Dubbo Rovers, Wingewarra St, Dubbo") == "Dubbo"
    assert place_city("Kendal Harriers, Sand Lane, Penrith") == (
        "Kendal Harriers, Sand Lane, Penrith"
    )  # named after another town: which part is the town is not known


def test_a_venue_its_district_and_a_town_named_city() -> None:
    assert place_city("Harbourfront Tech Park, Mabolo, Port City") == "Port City"
    assert place_city("Riverside Conference Centre, Old Town, Lake City") == "Lake City"
    assert place_city("Rizal Ave. Annex, Iloilo City") == "Iloilo City"  # an annex: a venue
    # no venue first, or no town named "… City" last: left as given
    assert place_city("Mabolo, Old Town, Port City") == "Mabolo, Old Town, Port City"
    assert place_city("Harbour Conference Centre, Oban, Argyll") == (
        "Harbour Conference Centre, Oban, Argyll"
    )


@pytest.mark.parametrize(
    ("line", "town"),
    [
        ("Harbourside Training Centre, Ringaskiddy, Cork", "Cork"),  # venue, district, town
        ("Old Mill Hotel Meeting Room, Kilkenny", "Kilkenny"),
        ("Civic Hall Supper Room, Bendigo VIC", "Bendigo"),
        ("Riverbank Conference Center, Round Rock, TX", "Round Rock"),
        ("Fire Safety Training, Galway", None),  # a course's name and its town
        ("Northside Hub, Online", None),
        ("Unit 4 Training Rooms, 12 Quay St, Galway", None),  # a street: another reader's
        ("Harbour Training Centre, Co. Kerry", None),  # a county, no town
        ("Bowling Club, Meehan St", None),  # a street without its number, no town
        ("Harbourview Marina, Port Antonio", "Port Antonio"),  # a waterside base
        ("Town Quay, Poole", "Poole"),
        ("North Jetty, Lerwick", "Lerwick"),
        ("Sailing Courses, Marina", None),  # a course's kind, no waterside venue
        ("Friday Harbor, WA", None),  # a town and its state's code
    ],
)
def test_venue_and_town(line: str, town: str | None) -> None:
    assert venue_and_town(line) == town


@pytest.mark.parametrize(
    ("place", "town"),
    [
        ("Derby Conference Centre", "Derby"),  # a venue named after its town
        ("Tralee Enterprise Centre, Co. Kerry", "Tralee"),  # and its county
        ("Swindon Business Centre, 14 Market St", "Swindon"),  # and its street, no town
        ("Lower Hutt Community Hall", "Lower Hutt"),  # a town of two words
        ("Coventry Science Park", "Coventry"),
        ("Grand Central Hotel", None),  # no word for the kind of venue: a name, no town
        ("The Business Centre", None),
        ("Preston Business Centre, Guild Way, Preston", None),  # the town comes after
        ("Hilton Park", None),
        ("Dandenong Industrial Training Yard", "Dandenong"),  # a yard named after its town
        ("Wingfield Trade Estate, Churchill Rd", "Wingfield"),  # its street without a number
        ("Ashby Training Yard, Harbour View", None),  # no street after the comma
    ],
)
def test_town_named_venue(place: str, town: str | None) -> None:
    assert town_named_venue(place) == town


@pytest.mark.parametrize(
    ("place", "town"),
    [
        ("Springfield, IL", "Springfield"),
        ("Fort Worth, Texas", "Fort Worth"),
        ("Red Deer, AB", "Red Deer"),
        ("Halifax, Nova Scotia", "Halifax"),
        ("Geelong, VIC 3220", "Geelong"),
        ("Tacoma, WA 98402, USA", "Tacoma"),
        ("St. Paul, MN", "St. Paul"),
        ("Albany, New York", "Albany"),
        ("Hamilton, ON, Canada", "Hamilton"),
        ("Cork, Ireland", "Cork, Ireland"),  # a country, no state
        ("Kirkwall, Orkney", "Kirkwall, Orkney"),
        ("Harbour Rooms, Whitby", "Harbour Rooms, Whitby"),
        ("Springfield IL", "Springfield IL"),  # no comma: left to the venue readers
    ],
)
def test_the_town_without_its_state_or_province(place: str, town: str) -> None:
    assert town_without_region(place) == town


@pytest.mark.parametrize(
    ("address", "town"),
    [
        ("Oamaru", "Oamaru"),
        ("Grand Junction, CO", "Grand Junction"),
        ("Moose Jaw, Saskatchewan, Canada", "Moose Jaw"),
        ("Nakuru, Kenya", "Nakuru"),
        ("Pottery Lane", None),  # a street without its number
        ("4 Pottery Lane", None),
        ("Kiln Yard Studio", None),  # a venue's name
        ("Tasmania", None),  # a state alone
        ("Portugal", None),  # a country alone
        ("Somerset", None),  # a county alone
        ("Jesmond, Newcastle", None),  # a district and its town: which is which?
        ("Online", None),
    ],
)
def test_the_town_an_address_line_names_alone(address: str, town: str | None) -> None:
    assert town_of_address_line(address) == town


@pytest.mark.parametrize(
    ("place", "parts"),
    [
        ("Canary Wharf, London", ("Canary Wharf", "London")),
        ("Jesmond, Newcastle", ("Jesmond", "Newcastle")),
        ("Kelowna, BC", None),  # a province
        ("Austin, Texas", None),  # a state
        ("Lisburn, UK", None),  # a country's code
        ("Unit 4, Leeds", None),
        ("Harbour Rooms, Mill Lane", None),  # a street, no town
        ("Leeds", None),
    ],
)
def test_a_place_as_its_district_and_its_town(place: str, parts: tuple[str, str] | None) -> None:
    assert district_and_town(place) == parts


def test_a_street_or_quay_names_a_district_not_a_town() -> None:
    assert names_street("Canary Wharf") and names_street("Park Row")
    assert not names_street("Jesmond") and not names_street("Guildford")


def test_a_venue_named_by_its_street_takes_the_town_of_the_pages_address() -> None:
    from prospectus.extract.patterns.own_venue import street_towns, venue_field

    page = "Courses\n...\nContact us\nSuite 4, 9 Mill Lane, Suite 2\n9 Mill Lane, Dunmore 0110\n"
    venues = ["Mill campus, 9 Mill Lane", "Mill campus", "Riverside Hall", "7 Kiln Road"]
    assert street_towns(venues, page) == {
        "Mill campus, 9 Mill Lane": "Dunmore",
        "Mill campus": "Dunmore",  # the same site without its street
    }
    assert venue_field("Dates: 4 May 2027\nLocation: Mill campus\nFee: $90") == "Mill campus"
    assert venue_field("Dates: 4 May 2027\nFee: $90") is None


def test_a_suite_names_a_venue_before_its_town() -> None:
    assert place_city("The Albany Suite, Durham") == "Durham"
    assert place_city("Riverside Suites, Perth") == "Perth"


@pytest.mark.parametrize(
    ("place", "text", "town"),
    [
        ("Salt Quay", "Acme Safety, Unit 2, Salt Quay, Hull HU1 2AB", "Hull"),
        ("Docklands", "5 Hanover Quay, Docklands, Dublin D02 XY45", "Dublin"),
        ("Southbank", "Level 3, 8 River St, Southbank, Melbourne 3006", "Melbourne"),
        # a county, a review's month, no postcode, or two towns: none
        ("Ashford", "Eureka Park, Ashford, Kent TN25 4AB", None),
        # an island, not a town: the district is the town ("St Helier, Jersey JE2 3QA")
        ("St Helier", "Acme Sailing, 3 Quay Road, St Helier, Jersey JE2 3QA", None),
        ("Beaumaris", "Acme Sailing, 4 Castle Street, Beaumaris, Anglesey LL58 8AP", None),
        ("Bendigo", "Great day – Tom, Bendigo, Oct 2026", None),
        ("Salt Quay", "Our centre on Salt Quay, Hull.", None),
        ("Newtown", "Newtown, Wellington 6021 · Newtown, Auckland 1010", None),
    ],
)
def test_a_district_takes_the_town_an_address_writes_after_it(
    place: str, text: str, town: str | None
) -> None:
    assert town_of_district(place, text) == town


@pytest.mark.parametrize(
    ("town", "place", "text", "other"),
    [
        # the page writes the town's district in brackets: a bare place beside it is a town
        ("Hastings", "Havelock North", "Hastings (Flaxmere) · Havelock North · Napier", True),
        ("Brisbane", "Redcliffe", "Wed 3 Mar 2027 – Brisbane (Fortitude Valley)", True),
        # the same district in brackets, a status or a format: no other district
        ("Hull", "Salt Quay", "Venues: Hull (Salt Quay), Beverley", False),
        ("Hull", "Salt Quay", "Hull (Sold out) · Hull (Online)", False),
        ("Hull", "Salt Quay", "Unit 2, Salt Quay, Hull HU1 2AB", False),
    ],
)
def test_a_town_written_with_another_district_in_brackets(
    town: str, place: str, text: str, other: bool
) -> None:
    assert other_district(town, place, text) is other


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("Plot 9 Moi Avenue, Mombasa, Kenya", "Plot 9 Moi Avenue, Mombasa"),
        ("Kisumu, Kenya", "Kisumu"),
        ("12 Harbour Road, Kingston, Jamaica.", "12 Harbour Road, Kingston"),
        ("Leeds, United Kingdom", "Leeds"),
        ("1 Raffles Place, Singapore", "1 Raffles Place, Singapore"),  # a city-state's
        ("Unit 4, 22 Kenya Road", "Unit 4, 22 Kenya Road"),  # no country last
        ("Omaha, NE", "Omaha, NE"),
    ],
)
def test_a_country_after_an_address_is_taken_off(place: str, expected: str) -> None:
    assert without_country(place) == expected


@pytest.mark.parametrize(
    ("line", "town"),
    [
        ("Riverside Basecamp, Boone, NC", "Boone"),  # a venue with no venue's word
        ("Pine Lake Group Camp, Big Bear Lake, CA", "Big Bear Lake"),
        ("Harbourfront Dock, Nanaimo, BC", "Nanaimo"),  # a Canadian province
        ("Gumtree Farm, Bellingen, NSW", "Bellingen"),  # an Australian state
        ("Riverside Basecamp, Boone", None),  # no state's code
        ("Smith, Boone, NC", None),  # a surname, not a venue's name
        ("12 Elm St, Boone, NC", None),  # a street address (read elsewhere)
        ("Riverside Basecamp, Online, NC", None),  # a format, no town
        ("Riverside Basecamp, Boone, XY", None),  # no state's code
    ],
)
def test_town_before_state(line: str, town: str | None) -> None:
    assert town_before_state(line) == town


@pytest.mark.parametrize(
    ("place", "town"),
    [
        # a venue's word and its town, then the street without a number (nl / de)
        ("Vormingscentrum Brugge, Gistelsesteenweg", "Brugge"),
        ("Bildungszentrum Kassel, Wilhelmshöher Allee", "Kassel"),
        ("Seminarhaus Bad Tölz, Marktstraße", "Bad Tölz"),
        ("Kursuscenter Odense, Vestergade 12", "Odense"),
        # a hall named first, its town after the comma
        ("Zaal Het Anker, Lokeren", "Lokeren"),
        ("Saal Zur Linde, Tübingen", "Tübingen"),
        # no venue's word first, or no street after: the place as given
        ("Jan Peeters Brugge, Gistelsesteenweg", "Jan Peeters Brugge, Gistelsesteenweg"),
        ("Vormingscentrum Brugge, Lokaal 3", "Vormingscentrum Brugge, Lokaal 3"),
    ],
)
def test_a_venue_named_with_its_town_before_its_street(place: str, town: str) -> None:
    assert place_city(place) == town


@pytest.mark.parametrize(
    ("place", "text", "town"),
    [
        # the address writes the town beside its postcode, before it or after it
        (
            "Senawang, Seremban",
            "Lot 12, Jalan Senawang Jaya, 70450 Seremban, Negeri Sembilan",
            "Seremban",
        ),
        ("Kirkstall, Leeds", "Unit 3, Abbey Mills, Kirkstall, Leeds LS5 3BT", "Leeds"),
        ("Seremban, Senawang", "Jalan Senawang Jaya\n70450 Seremban", "Seremban"),
        # no postcode, a year, or both parts with one: none
        ("Senawang, Seremban", "Our centre in Senawang near Seremban", None),
        ("Senawang, Seremban", "Courses from March, 2027 Seremban", None),
        ("Hull, Beverley", "Hull HU1 2AB · Beverley HU17 8AA", None),
    ],
)
def test_a_district_and_town_takes_the_town_the_address_writes_by_its_postcode(
    place: str, text: str, town: str | None
) -> None:
    assert town_by_postcode(place, text) == town


@pytest.mark.parametrize(
    ("place", "town"),
    [
        ("Castries lab, Bridge Street", "Castries"),
        ("Kisumu campus, 12 Oginga Odinga Rd", "Kisumu"),
        ("Port Louis office, Royal Road", "Port Louis"),
        ("Main lab, Bridge Street", None),  # no town: the provider's main premises
        ("Castries lab", None),  # no street after it: a lab's name
        ("Castries Lab Suite, Bridge Street", None),  # no plain word for premises
    ],
)
def test_a_town_s_premises_before_its_street(place: str, town: str | None) -> None:
    assert town_premises(place) == town


@pytest.mark.parametrize(
    ("line", "town"),
    [
        ("Brackley Bowls Club function room", "Brackley"),  # its room written small after it
        ("Mudgee Golf Club main lounge", "Mudgee"),
        ("Dubbo Regional Showground", "Dubbo"),
        ("Hilton Hotel main hall", None),  # the venue's whole name, then its room
    ],
)
def test_a_city_before_its_venue_and_its_room(line: str, town: str | None) -> None:
    assert city_before_venue(line) == town


@pytest.mark.parametrize(
    ("line", "town"),
    [
        ("Seminar Room, Orange Regional Conference Centre", "Orange"),  # a room, then its venue
        ("Main Room, Wagga Civic Hall", "Wagga"),
        ("Kiln Room, Grand Central Hotel", None),  # a venue named by no town
        ("Whitby Town Council Chambers, Whitby", "Whitby"),  # a civic venue, then its town
    ],
)
def test_a_room_in_a_venue_named_after_its_town(line: str, town: str | None) -> None:
    assert venue_and_town(line) == town


@pytest.mark.parametrize(
    ("place", "town"),
    [
        ("Avenida Brasil, 455 – Zona 7, Maringá/PR", "Maringá"),  # street, district, town/state
        ("Rua Halfeld, 80 - Juiz de Fora/MG", "Juiz de Fora"),
        ("Feira de Santana / BA", "Feira de Santana"),
        ("Sala 4/B2", None),  # a room's number, no town
        ("Maringá, PR", None),  # a comma (read by the region's table), no slash
    ],
)
def test_a_town_and_its_state_s_code_after_a_slash(place: str, town: str | None) -> None:
    assert town_before_slashed_code(place) == town


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Riverside Learning Suite, Mill Lane, Dorchester DT1 1XJ", True),
        ("Old Mill Studios, Tralee V92 F3K7", True),  # an Eircode
        ("Quarry Works, Bahnhofweg, 6020 Innsbruck", True),  # the postcode before the town
        ("Lakeside Pavilion, Bergamo 24121", True),
        ("Spanish Conversation, Level B2", False),  # an outward code alone: a level
        ("Project Management, Spring 2027", False),  # a season's year
        ("Report Writing, March 2027", False),
        ("Harbour Rooms, Mill Lane", False),  # no postcode
    ],
)
def test_a_line_ending_in_a_town_and_its_postcode_is_an_address(line: str, expected: bool) -> None:
    assert ends_in_postal_town(line) is expected


@pytest.mark.parametrize(
    ("place", "town"),
    [
        ("Marlow Halls, Henley", "Henley"),  # a venue's word in the plural still names it
        ("Quayside Studios, Dundee", "Dundee"),
        ("Wells", "Wells"),  # a town ending in "s" stays a town
    ],
)
def test_a_venue_named_in_the_plural_gives_the_town_after_it(place: str, town: str) -> None:
    assert place_city(place) == town

"""Course records from structured data: the shapes real sites publish, one small snippet each."""

from __future__ import annotations

from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

from prospectus.extract.courses import courses_from_graph
from prospectus.extract.entries import articles_from_graph, organizations_from_graph
from prospectus.extract.graph import build_graph
from prospectus.extract.markup import read_microdata
from prospectus.extract.offers import read_offer
from prospectus.records import Course

BASE = "https://www.example.ac.uk/training/page"


def _jsonld(value: Any, base_url: str | None = BASE) -> list[Course]:
    return courses_from_graph(build_graph([("jsonld", value)]), page="p", base_url=base_url)


def _microdata(html: str, base_url: str | None = BASE) -> list[Course]:
    nodes = read_microdata(LexborHTMLParser(html))
    graph = build_graph(("microdata", n) for n in nodes)
    return courses_from_graph(graph, page="p", base_url=base_url)


def _dated(courses: list[Course]) -> list[Course]:
    return sorted((c for c in courses if c.start_date), key=lambda c: c.start_date or "")


def _offer(name: str, price: float, **extra: Any) -> dict[str, Any]:
    return {"@type": "Offer", "name": name, "price": price, "priceCurrency": "GBP", **extra}


# ---------------------------------------------------------------- Product, one offer per run

_SHOP_PRODUCT = {
    "@context": "https://schema.org",
    "@type": "Product",
    "name": "ITIL 4 Foundation",
    "url": "https://shop.example.com/products/itil-4",
    "brand": {"@type": "Brand", "name": "Example Academy"},
    "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.6", "reviewCount": "31"},
    "offers": [
        _offer(
            "ITIL 4 Foundation - 3–5 March 2027 / Live Online",
            895.0,
            availability="https://schema.org/InStock",
            priceValidUntil="2027-12-31",
        ),
        _offer(
            "ITIL 4 Foundation - 14–16 April 2027 / Classroom – Leeds",
            995.0,
            availability="https://schema.org/OutOfStock",
            priceSpecification=[
                {"@type": "UnitPriceSpecification", "price": 995.0},
                {"@type": "UnitPriceSpecification", "priceType": "ListPrice", "price": 1195.0},
            ],
        ),
    ],
}

PRODUCT_RUNS = [
    # (field, first run, second run)
    ("name", "ITIL 4 Foundation", "ITIL 4 Foundation"),
    ("start_date", "2027-03-03", "2027-04-14"),
    ("end_date", "2027-03-05", "2027-04-16"),
    ("price", 895.0, 995.0),
    ("list_price", None, 1195.0),
    ("currency", "GBP", "GBP"),
    ("mode", "online", "in_person"),
    ("location", None, "Leeds"),
    ("availability", "InStock", "OutOfStock"),
    ("rating", 4.6, 4.6),
    ("review_count", 31, 31),
    ("provider", "Example Academy", "Example Academy"),
    ("url", "https://shop.example.com/products/itil-4", "https://shop.example.com/products/itil-4"),
]


@pytest.mark.parametrize(("field", "first", "second"), PRODUCT_RUNS)
def test_product_offers_are_runs(field: str, first: object, second: object) -> None:
    runs = _dated(_jsonld(_SHOP_PRODUCT))
    assert len(runs) == 2
    assert (getattr(runs[0], field), getattr(runs[1], field)) == (first, second)


PRODUCTS = [
    # (what, product, expected (start_date, price) of every record)
    (
        "a product that is not a course",
        {"@type": "Product", "name": "Desk lamp", "offers": _offer("Desk lamp", 20)},
        [],
    ),
    (
        "a course product without dates: one dateless record, lowest price",
        {
            "@type": "Product",
            "name": "Excel training voucher",
            "offers": [_offer("Standard", 300), _offer("Premium", 250)],
        },
        [(None, 250.0)],
    ),
    (
        "dates in the SKU only",
        {
            "@type": "Product",
            "name": "First aid at work",
            "offers": [_offer("Standard", 250, sku="FAW-20270111")],
        },
        [("2027-01-11", 250.0), (None, 250.0)],
    ),
    (
        "a booking deadline is not a run date",
        {
            "@type": "Product",
            "name": "Python course",
            "offers": [_offer("Early bird, book by 1 March 2027", 400)],
        },
        [(None, 400.0)],
    ),
    (
        "variants of a ProductGroup",
        {
            "@type": "ProductGroup",
            "name": "Agile workshop",
            "hasVariant": [
                {
                    "@type": "Product",
                    "name": "Agile workshop 9 June 2027",
                    "offers": _offer("", 99),
                },
            ],
        },
        [("2027-06-09", 99.0), (None, None)],
    ),
]


@pytest.mark.parametrize(("what", "product", "expected"), PRODUCTS, ids=[p[0] for p in PRODUCTS])
def test_when_a_product_is_a_course(what: str, product: dict[str, Any], expected: list) -> None:
    assert [(c.start_date, c.price) for c in _jsonld(product)] == expected


def test_a_course_with_one_dated_offer_per_run() -> None:
    course = {
        "@type": "Course",
        "name": "NEBOSH General Certificate",
        "provider": {"@type": "Organization", "name": "Safe Co"},
        "offers": [_offer("12/01/2027 – 22/01/2027", 1400), _offer("02/03/2027", 1300)],
    }
    runs = _dated(_jsonld(course))
    assert [(r.start_date, r.end_date, r.price) for r in runs] == [
        ("2027-01-12", "2027-01-22", 1400.0),
        ("2027-03-02", None, 1300.0),
    ]
    assert {r.provider for r in runs} == {"Safe Co"}


# ---------------------------------------------------------------- offers and price specifications

OFFERS = [
    # (what, offer, (price, list_price, includes_vat))
    ("top-level price", {"price": "1,495.00"}, (1495.0, None, None)),
    (
        "sale and list price in specifications only",
        {
            "priceSpecification": [
                {"@type": "UnitPriceSpecification", "price": 2995},
                {"@type": "UnitPriceSpecification", "priceType": "https://schema.org/ListPrice",
                 "price": 3295},
            ]
        },
        (2995.0, 3295.0, None),
    ),
    (
        "list price first, strikethrough type",
        {
            "priceSpecification": [
                {"priceType": "StrikethroughPrice", "price": 500},
                {"price": 450, "valueAddedTaxIncluded": "false"},
            ]
        },
        (450.0, 500.0, False),
    ),
    (
        "one specification, as an object",
        {"priceSpecification": {"price": 3695, "valueAddedTaxIncluded": True}},
        (3695.0, None, True),
    ),
    ("an AggregateOffer: the from price", {"lowPrice": 795, "highPrice": 995}, (795.0, None, None)),
    ("no number", {"price": ["n/a"]}, (None, None, None)),
]  # fmt: skip


@pytest.mark.parametrize(("what", "offer", "expected"), OFFERS, ids=[o[0] for o in OFFERS])
def test_read_offer(what: str, offer: dict[str, Any], expected: tuple) -> None:
    info = read_offer(offer)
    assert (info.price, info.list_price, info.includes_vat) == expected


# ---------------------------------------------------------------- schedules and course-level offers


def _cohort_course(offers: list[dict[str, Any]], names: tuple[str, str]) -> dict[str, Any]:
    def instance(name: str, start: str, end: str) -> dict[str, Any]:
        schedule = {"@type": "Schedule", "repeatFrequency": "P1W", "byDay": "Tuesday",
                    "startDate": start, "endDate": end}  # fmt: skip
        return {"@type": "CourseInstance", "name": name, "courseMode": "Online",
                "courseSchedule": schedule}  # fmt: skip

    return {
        "@type": "Course",
        "name": "Product discovery",
        "hasCourseInstance": [
            instance(names[0], "2026-10-06", "2026-11-12"),
            instance(names[1], "2027-01-12", "2027-02-18"),
        ],
        "offers": offers,
    }


COHORTS = [
    (
        "offers named like the runs",
        [_offer("Cohort 8", 1599, availability="PreOrder"), _offer("Cohort 7", 1299)],
        ("Cohort 7", "Cohort 8"),
        [(1299.0, None), (1599.0, "PreOrder")],
    ),
    (
        "as many offers as runs, in order",
        [_offer("Early", 1299, availability="InStock"), _offer("Later", 1599)],
        ("Autumn", "Winter"),
        [(1299.0, "InStock"), (1599.0, None)],
    ),
    (
        "one course-wide offer",
        [_offer("Standard", 999)],
        ("Autumn", "Winter"),
        [(999.0, None), (999.0, None)],
    ),
]


@pytest.mark.parametrize(
    ("what", "offers", "names", "expected"), COHORTS, ids=[c[0] for c in COHORTS]
)
def test_weekly_schedule_runs(what: str, offers: list, names: tuple, expected: list) -> None:
    runs = _dated(_jsonld(_cohort_course(offers, names)))
    assert [(r.start_date, r.end_date) for r in runs] == [
        ("2026-10-06", "2026-11-12"),
        ("2027-01-12", "2027-02-18"),
    ]
    assert [(r.price, r.availability) for r in runs] == expected
    assert {r.mode for r in runs} == {"online"}


def test_event_sub_events_inherit_the_organizer() -> None:
    event = {
        "@type": "EducationEvent",
        "name": "Leadership programme",
        "organizer": {"@type": "Organization", "name": "Lead Co"},
        "eventStatus": "https://schema.org/EventCancelled",
        "subEvent": [
            {"@type": "Event", "startDate": "2027-02-01", "location": "Manchester"},
            {"@type": "Event", "startDate": "2027-03-01", "location": "Online"},
        ],
    }
    runs = _dated(_jsonld(event))
    assert [(r.start_date, r.mode, r.location, r.provider) for r in runs] == [
        ("2027-02-01", "in_person", "Manchester", "Lead Co"),
        ("2027-03-01", "online", None, "Lead Co"),
    ]
    assert {r.availability for r in runs} == {None}


# ---------------------------------------------------------------- URLs

_MICRODATA_EVENT = """
<div itemscope itemtype="https://schema.org/Event">
  <meta itemprop="name" content="GDPR essentials">
  <link itemprop="url" href="/training/gdpr">
  <time itemprop="startDate" datetime="2027-05-04T09:00:00Z">4 May</time>
</div>
"""

URLS = [
    ("JSON-LD path", lambda b: _jsonld({"@type": "Course", "name": "X", "url": "/x"}, b),
     BASE, "https://www.example.ac.uk/x"),
    ("JSON-LD relative file", lambda b: _jsonld({"@type": "Course", "name": "X", "url": "x.html"},
     b), BASE, "https://www.example.ac.uk/training/x.html"),
    ("JSON-LD absolute stays", lambda b: _jsonld({"@type": "Course", "name": "X",
     "url": "https://other.org/x"}, b), BASE, "https://other.org/x"),
    ("microdata link", lambda b: _microdata(_MICRODATA_EVENT, b), BASE,
     "https://www.example.ac.uk/training/gdpr"),
    ("no base: kept as written", lambda b: _microdata(_MICRODATA_EVENT, b), None,
     "/training/gdpr"),
]  # fmt: skip


@pytest.mark.parametrize(("what", "build", "base", "url"), URLS, ids=[u[0] for u in URLS])
def test_relative_urls_are_resolved(what: str, build: Any, base: str | None, url: str) -> None:
    assert {c.url for c in build(base)} == {url}


def test_organization_and_article_urls_are_resolved() -> None:
    graph = build_graph(
        [
            ("jsonld", {"@type": "Organization", "name": "Org", "url": "/", "logo": "/logo.png"}),
            ("jsonld", {"@type": "Article", "headline": "News", "url": "/news/1"}),
        ]
    )
    (org,) = organizations_from_graph(graph, page="p", base_url=BASE)
    (article,) = articles_from_graph(graph, page="p", base_url=BASE)
    assert (org.url, org.logo) == (
        "https://www.example.ac.uk/",
        "https://www.example.ac.uk/logo.png",
    )
    assert article.url == "https://www.example.ac.uk/news/1"


# ---------------------------------------------------------------- ratings

RATINGS = [
    # (aggregateRating, (rating, review_count))
    ({"ratingValue": "4,7", "reviewCount": "126"}, (4.7, 126)),
    ({"ratingValue": "9.2", "bestRating": "10", "ratingCount": "88"}, (9.2, 88)),
    ({"ratingValue": 92, "bestRating": 100, "ratingCount": "1.204"}, (92.0, 1204)),
    ({"ratingValue": "4.7", "ratingCount": "1203", "reviewCount": "310"}, (4.7, 310)),
    ({"ratingValue": "6", "bestRating": "5"}, (None, None)),
    ({"ratingValue": "0", "reviewCount": "0"}, (None, 0)),
]


@pytest.mark.parametrize(("rating", "expected"), RATINGS)
def test_ratings(rating: dict[str, Any], expected: tuple) -> None:
    (course,) = _jsonld({"@type": "Course", "name": "Rated", "aggregateRating": rating})
    assert (course.rating, course.review_count) == expected


_MICRODATA_RATED = """
<div itemscope itemtype="https://schema.org/Course">
  <h1 itemprop="name">Scrum Master</h1>
  <div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">
    <span itemprop="ratingValue">8,9</span>/<span itemprop="bestRating">10</span>
    (<span itemprop="ratingCount">1.204</span> reviews)
  </div>
</div>
"""


def test_microdata_rating_with_a_decimal_comma() -> None:
    (course,) = _microdata(_MICRODATA_RATED)
    assert (course.rating, course.review_count) == (8.9, 1204)


# ---------------------------------------------------------------- places

PLACES = [
    # (location value, courseMode, (mode, location))
    ("Leeds", None, ("in_person", "Leeds")),
    ("Online", None, ("online", None)),
    ("Leeds", "blended", ("blended", "Leeds")),
    ({"@type": "Place", "address": {"addressLocality": "Cork"}}, None, ("in_person", "Cork")),
    ({"@type": "VirtualLocation", "url": "https://zoom.us/"}, None, ("online", None)),
    # a venue with a postal address: the address's city, not the building's name
    (
        {
            "@type": "Place",
            "name": "Riverside Conference Centre, Hall B",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": "1 Quay St",
                "addressLocality": "Bristol",
            },
        },
        None,
        ("in_person", "Bristol"),
    ),
    # a venue without a city keeps its name; an address line alone is the place
    (
        {"@type": "Place", "name": "Riverside Conference Centre"},
        None,
        ("in_person", "Riverside Conference Centre"),
    ),
    (
        {"@type": "Place", "address": "1 Quay St, Bristol"},
        None,
        ("in_person", "1 Quay St, Bristol"),
    ),
    # a venue named apart from its one-line address of a town (and its state): the town
    (
        {"@type": "Place", "name": "Old Mill Lecture Barn", "address": "Taupō"},
        None,
        ("in_person", "Taupō"),
    ),
    (
        {"@type": "Place", "name": "Carver Street Studio", "address": "Bozeman, MT"},
        None,
        ("in_person", "Bozeman"),
    ),
    # an address line of a street or of a country alone tells no town: the venue's name
    (
        {"@type": "Place", "name": "Kiln Yard Workshop", "address": "Pottery Lane"},
        None,
        ("in_person", "Kiln Yard Workshop"),
    ),
    (
        {"@type": "Place", "name": "Fjordside Lodge", "address": "Norway"},
        None,
        ("in_person", "Fjordside Lodge"),
    ),
    # a Place of a country alone says nothing about the venue, nor that there is one
    (
        {"@type": "Place", "address": {"addressLocality": "", "addressCountry": "Norway"}},
        None,
        (None, None),
    ),
]


@pytest.mark.parametrize(("location", "course_mode", "expected"), PLACES)
def test_places(location: Any, course_mode: str | None, expected: tuple) -> None:
    instance = {"@type": "CourseInstance", "startDate": "2027-01-05", "location": location}
    if course_mode:
        instance["courseMode"] = course_mode
    course = {"@type": "Course", "name": "Placed", "hasCourseInstance": [instance]}
    (run,) = _dated(_jsonld(course))
    assert (run.mode, run.location) == expected


# ---------------------------------------------------------------- provider: organisation first


def test_an_organisation_among_the_organisers_is_the_provider_not_the_coordinator() -> None:
    course = {
        "@type": "Course",
        "name": "Field Ecology",
        "provider": {"@type": "Organization", "name": "Example Institute"},
        "hasCourseInstance": [
            {
                "@type": "CourseInstance",
                "startDate": "2027-05-03",
                "organizer": [
                    {"@type": "Person", "name": "Alex Morgan"},
                    {"@type": "Organization", "name": "Example Institute"},
                ],
            },
            {
                "@type": "CourseInstance",
                "startDate": "2027-06-07",
                "organizer": {"@type": "Person", "name": "Alex Morgan"},
            },
        ],
    }
    runs = _dated(_jsonld(course))
    assert runs[0].provider == "Example Institute"
    # a person alone is still the one who offers the run
    assert runs[1].provider == "Alex Morgan"


def test_the_mode_a_run_name_ends_with_beats_a_guess_from_its_place() -> None:
    def run(name: str, **extra: Any) -> Course:
        instance = {
            "@type": "Event",
            "name": name,
            "startDate": "2027-01-05",
            "location": {"@type": "Place", "address": {"streetAddress": "1 Quay St"}},
            **extra,
        }
        (found,) = _dated(_jsonld(instance))
        return found

    assert run("Train the Trainer (Online)").mode == "online"
    assert run("Excel Basics - Live Online").mode == "online"
    assert run("Excel Basics (Hybrid)").mode == "blended"
    assert run("Excel Basics (Level 2)").mode == "in_person"
    # an explicit attendance mode stays the markup's word
    explicit = run("Excel Basics (Online)", eventAttendanceMode="MixedEventAttendanceMode")
    assert explicit.mode == "blended"


def test_a_place_that_is_only_online_beats_the_default_offline_attendance_mode() -> None:
    event = {
        "@type": "Event",
        "name": "Data Wrangling Workshop",
        "startDate": "2027-09-15",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {"@type": "Place", "name": "Online", "address": {"@type": "PostalAddress"}},
    }
    (run,) = _dated(_jsonld(event))
    assert (run.mode, run.location) == ("online", None)
    event["location"] = [event["location"], {"@type": "Place", "name": "Town Hall, Leeds"}]
    (run,) = _dated(_jsonld(event))
    assert run.mode == "in_person"  # a physical place as well: the markup's word stands


def test_workshops_before_and_after_a_conference_are_courses_of_their_own() -> None:
    event = {
        "@type": "Event",
        "name": "Data Summit 2027",
        "startDate": "2027-06-15",
        "endDate": "2027-06-16",
        "location": {"@type": "Place", "name": "Expo Hall", "address": "Main Road 3, 4020 Linz"},
        "offers": {"@type": "Offer", "price": "890", "priceCurrency": "EUR"},
        "subEvent": [
            {"@type": "Event", "name": "Workshop: dbt in practice", "startDate": "2027-06-14"},
            {"@type": "Event", "name": "Keynote", "startDate": "2027-06-15"},
            {"@type": "Event", "name": "Workshop: Data contracts", "startDate": "2027-06-17"},
        ],
    }
    runs = _dated(_jsonld(event))
    workshops = [(r.name, r.start_date, r.price, r.location) for r in runs if "Workshop" in r.name]
    assert workshops == [
        ("Workshop: dbt in practice", "2027-06-14", None, "Linz"),  # no conference ticket
        ("Workshop: Data contracts", "2027-06-17", None, "Linz"),
    ]
    # the keynote inside the conference's days is a session of it, not a course
    assert {r.name for r in runs if r.start_date == "2027-06-15"} == {"Data Summit 2027"}


def test_a_bare_type_name_left_as_a_performer_names_no_instructor() -> None:
    event = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Manual Handling",
        "startDate": "2027-02-03T09:00:00+00:00",
        "performer": "Organization",
        "organizer": {"@type": "Organization", "name": "Safe Lift Ltd"},
    }
    (run,) = _jsonld(event)
    assert run.instructor is None
    named = {**event, "performer": {"@type": "Person", "name": "Ruth Okafor"}}
    assert _jsonld(named)[0].instructor == "Ruth Okafor"


def _event_at(place: dict[str, Any], organizer: str = "Harbour Skills") -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Forklift Refresher",
        "startDate": "2027-03-04",
        "organizer": {"@type": "Organization", "name": organizer},
        "location": place,
    }


@pytest.mark.parametrize(
    ("place", "location"),
    [
        # a venue named by the provider and its town: the town
        ({"@type": "Place", "name": "Harbour Skills Portsmouth"}, "Portsmouth"),
        ({"@type": "Place", "name": "Harbour Skills Centre"}, "Harbour Skills Centre"),
        # a venue's name and its town and state, with a street address or without, or a
        # Place named by the town itself: the town alone (the project's convention)
        (
            {
                "@type": "Place",
                "name": "Lakeside Conference Rooms",
                "address": {"addressLocality": "Duluth", "addressRegion": "MN"},
            },
            "Duluth",
        ),
        (
            {
                "@type": "Place",
                "name": "Lakeside Conference Rooms",
                "address": {
                    "streetAddress": "12 Lake Ave",
                    "addressLocality": "Duluth",
                    "addressRegion": "MN",
                },
            },
            "Duluth",
        ),
        (
            {
                "@type": "Place",
                "name": "Duluth",
                "address": {"addressLocality": "Duluth", "addressRegion": "MN"},
            },
            "Duluth",
        ),
    ],
)
def test_the_town_of_an_events_venue(place: dict[str, Any], location: str) -> None:
    (run,) = _jsonld(_event_at(place))
    assert run.location == location


def test_an_event_without_a_url_takes_its_offer_s_page_on_the_site() -> None:
    def event(offer_url: str) -> dict[str, Any]:
        return {
            "@type": "Event",
            "name": "Fall Arrest Awareness",
            "startDate": "2027-02-10",
            "offers": {"@type": "Offer", "price": "195", "priceCurrency": "CAD", "url": offer_url},
        }

    assert [c.url for c in _jsonld(event("/events/fall-arrest-feb-10/"))] == [
        "https://www.example.ac.uk/events/fall-arrest-feb-10/"
    ]
    # a ticket shop elsewhere, or a cart's link: no page of the event's own
    assert [c.url for c in _jsonld(event("https://tickets.example.com/e/123"))] == [None]
    assert [c.url for c in _jsonld(event("/shop/?add-to-cart=77"))] == [None]


def test_a_page_saved_without_its_address_takes_the_offer_s_page_on_the_organizer_s_site() -> None:
    """A saved page without a base or canonical link: an Event's absolute offer link into the
    site its organizer names is the event's (course's) page; a link elsewhere, a relative
    link (no site to resolve it on) or the organizer's home page is none."""

    def event(offer_url: str, organizer: str = "https://www.harbourfirstaid.example") -> Any:
        return {
            "@type": "Event",
            "name": "Emergency First Aid",
            "startDate": "2027-03-06T09:00:00+11:00",
            "organizer": {"@type": "Organization", "name": "Harbour First Aid", "url": organizer},
            "offers": {"@type": "Offer", "price": "120", "priceCurrency": "AUD", "url": offer_url},
        }

    page = "https://www.harbourfirstaid.example/courses/emergency-first-aid/"
    assert [c.url for c in _jsonld(event(page), base_url=None)] == [page]
    assert [c.url for c in _jsonld(event("https://harbourfirstaid.example/c/efa"), None)] == [
        "https://harbourfirstaid.example/c/efa"
    ]
    elsewhere = "https://bookings.example.com/harbour/efa"
    assert [c.url for c in _jsonld(event(elsewhere), base_url=None)] == [None]
    assert [c.url for c in _jsonld(event("/courses/emergency-first-aid/"), None)] == [None]
    assert [c.url for c in _jsonld(event("https://www.harbourfirstaid.example/"), None)] == [None]
    assert [c.url for c in _jsonld(event(page, organizer=""), base_url=None)] == [None]


def _instance(name: str, start: str, offer_url: str | None = None) -> dict[str, Any]:
    offer: dict[str, Any] = {"@type": "Offer", "price": "180", "priceCurrency": "AUD"}
    if offer_url:
        offer["url"] = offer_url
    return {"@type": "CourseInstance", "name": name, "startDate": start, "offers": offer}


def _umbrella(*instances: dict[str, Any]) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": "Chainsaw Operation & Tree Felling",
        "url": "https://www.example.ac.uk/courses/chainsaw-operation/",
        "hasCourseInstance": list(instances),
    }


def test_a_course_whose_name_covers_the_two_courses_its_instances_name() -> None:
    """One Course named for two courses ("A & B"), each instance named by the one it runs:
    each run is its own course's, at the page its offer links to (a booking link is none)."""
    course = _umbrella(
        _instance("Chainsaw Operation", "2027-03-02", "/courses/chainsaw-operation/"),
        _instance("Tree Felling (Chainsaw)", "2027-03-03", "/courses/tree-felling/"),
        _instance("Tree Felling (Chainsaw)", "2027-04-07", "/checkout/?add-to-cart=12"),
    )
    site = "https://www.example.ac.uk/courses/"
    runs = [(r.name, r.start_date, r.url) for r in _dated(_jsonld(course))]
    assert runs == [
        ("Chainsaw Operation", "2027-03-02", site + "chainsaw-operation/"),
        ("Tree Felling (Chainsaw)", "2027-03-03", site + "tree-felling/"),
        # no page of its own: the course's, as before
        ("Tree Felling (Chainsaw)", "2027-04-07", site + "chainsaw-operation/"),
    ]


def test_an_instance_offered_at_the_course_page_with_a_query_has_that_page() -> None:
    """A shop's product of dated variants: each instance's offer links the course's page
    with its variant chosen in the query, the run's own address; an offer linking the page
    as it is, another page or a cart adds none."""
    page = "https://www.example.ac.uk/courses/chainsaw-operation/"
    course = {
        **_umbrella(
            _instance("Chainsaw Operation", "2027-03-02", page + "?sku=CS-0302"),
            _instance("Chainsaw Operation", "2027-03-09", "/courses/chainsaw-operation?sku=3"),
            _instance("Chainsaw Operation", "2027-03-16", page),
            _instance("Chainsaw Operation", "2027-03-23", "/courses/other/?sku=CS-0323"),
            _instance("Chainsaw Operation", "2027-03-30", "/basket/?sku=CS-0330"),
        ),
        "name": "Chainsaw Operation",
    }
    assert [r.url for r in _dated(_jsonld(course))] == [
        page + "?sku=CS-0302",
        "https://www.example.ac.uk/courses/chainsaw-operation?sku=3",
        page,
        page,
        page,
    ]


@pytest.mark.parametrize(
    "names",
    [
        # every instance named as the course, or by one short form of it
        ("Chainsaw Operation & Tree Felling", "Chainsaw Operation & Tree Felling"),
        ("Chainsaw Operation", "Chainsaw Operation & Tree Felling"),
        ("Chainsaw Operation", "Chainsaw Operation"),
        # a short and a long form of one course: neither names a course of its own
        ("Chainsaw Operation", "Chainsaw Operation Tree"),
        # a run's town or session in its name: no part of the course's name
        ("Chainsaw Operation – Leeds", "Tree Felling – York"),
    ],
)
def test_instances_named_by_the_course_keep_the_course_s_name(names: tuple[str, str]) -> None:
    course = _umbrella(_instance(names[0], "2027-03-02"), _instance(names[1], "2027-03-03"))
    assert {r.name for r in _jsonld(course)} == {"Chainsaw Operation & Tree Felling"}


def test_an_instance_naming_a_sibling_course_of_its_parent_is_a_run_of_that_course() -> None:
    """A course whose instances bear its own name and a sibling's ("Welding Stage 1" and
    "Welding Stage 2" under "Welding Stage 1"): each run is of the course it names, the
    sibling's without the parent's page or offer; a run's note ("… – Evening") keeps the
    course's name."""

    def instance(name: str, start: str) -> dict[str, Any]:
        return {"@type": "CourseInstance", "name": name, "startDate": start}

    course = {
        "@type": "Course",
        "name": "Welding Stage 1",
        "url": "https://www.example.ac.uk/welding-stage-1",
        "offers": {"@type": "Offer", "price": 400, "priceCurrency": "GBP"},
        "hasCourseInstance": [
            instance("Welding Stage 1", "2027-04-05"),
            instance("Welding Stage 2", "2027-04-12"),
            instance("Welding Stage 1 – Evening", "2027-04-19"),
        ],
    }
    runs = [(c.name, c.url, c.price) for c in _dated(_jsonld(course))]
    assert runs == [
        ("Welding Stage 1", "https://www.example.ac.uk/welding-stage-1", 400.0),
        ("Welding Stage 2", None, None),
        ("Welding Stage 1", "https://www.example.ac.uk/welding-stage-1", 400.0),
    ]

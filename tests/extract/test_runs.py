"""A page's course records assembled from markup, visible runs and dateless cards."""

from __future__ import annotations

import dataclasses
from typing import Any

from prospectus.extract.patterns.schedule import ScheduleContext
from prospectus.extract.prices import Price
from prospectus.extract.run_names import status_free
from prospectus.extract.runs import PageWide, assemble_courses
from prospectus.records import Course

_CTX = ScheduleContext(page="p.html", course_name=None, default_currency="EUR")


def _course(name: str, source: str = "html", **values: Any) -> Course:
    return Course(page="p.html", source=source, name=name, **values)


def _names(courses: list[Course]) -> list[tuple[str, float | None, str | None]]:
    return [(c.name, c.price, c.url) for c in courses]


def test_cards_of_a_listing_with_close_names_are_different_courses() -> None:
    cards = [
        _course("Spreadsheet Skills Beginner", price=190.0),
        _course("Spreadsheet Skills Intermediate", price=240.0),
        _course("Spreadsheet Skills Advanced", price=290.0),
        _course("Spreadsheet Skills Beginner", url="/beginner"),  # the same card again
    ]
    assert _names(assemble_courses([], [], _CTX, cards=cards)) == [
        ("Spreadsheet Skills Beginner", 190.0, "/beginner"),
        ("Spreadsheet Skills Intermediate", 240.0, None),
        ("Spreadsheet Skills Advanced", 290.0, None),
    ]


def test_a_card_fills_the_markup_course_it_names() -> None:
    marked = [_course("Agile Project Management Foundation Course", source="jsonld")]
    cards = [
        _course("Agile Project Management Foundation", price=950.0),  # shortened
        _course("Agile Project Management Practitioner", price=1150.0),
    ]
    assert _names(assemble_courses(marked, [], _CTX, cards=cards)) == [
        ("Agile Project Management Foundation Course", 950.0, None),
        ("Agile Project Management Practitioner", 1150.0, None),
    ]


def test_beside_runs_a_dateless_record_of_a_close_name_is_the_same_course() -> None:
    runs = [_course("Data Protection Officer Course", start_date="2027-03-08", price=1200.0)]
    cards = [
        _course("Data Protection Officer Course", price=1200.0),  # the course's price box
        _course("Certified Data Protection Officer", price=1200.0),
        _course("Cyber Security Awareness", price=300.0),  # another course: stays
    ]
    out = assemble_courses([], runs, _CTX, cards=cards)
    assert [(c.name, c.start_date) for c in out] == [
        ("Data Protection Officer Course", "2027-03-08"),
        ("Cyber Security Awareness", None),
    ]


def test_runs_about_the_pages_course_share_the_pages_url() -> None:
    marked = [
        _course("Contract Law Essentials", source="jsonld", rating=4.5),
        _course("Session Contract Law Essentials – Bristol", source="jsonld",
                start_date="2027-02-01", price=600.0),
    ]  # fmt: skip
    ctx = ScheduleContext(page="p.html", course_name="Contract Law Essentials")
    page = PageWide(url="https://example.org/contract-law/")
    (run,) = assemble_courses(marked, [], ctx, page=page)
    assert (run.start_date, run.url, run.rating) == ("2027-02-01", page.url, 4.5)


def test_a_visible_run_takes_the_url_its_courses_marked_runs_share() -> None:
    marked = [
        _course("Leadership Essentials – Online", "jsonld", start_date="2027-03-01", url="/le"),
        _course("Leadership Essentials – Leeds", "jsonld", start_date="2027-04-01", url="/le"),
        _course(
            "Advanced Leadership Essentials – Online", "jsonld", start_date="2027-03-08", url="/ale"
        ),
    ]
    seen = [_course("Leadership Essentials", start_date="2027-05-01", price=900.0)]
    out = assemble_courses(marked, seen, _CTX)
    assert [(c.start_date, c.url) for c in out if c.source == "html"] == [("2027-05-01", "/le")]


def test_a_visible_run_whose_named_runs_lead_to_two_places_gets_no_url() -> None:
    marked = [
        _course("Negotiation Day – Bristol", "jsonld", start_date="2027-03-01", url="/event/1"),
        _course("Negotiation Day – Bath", "jsonld", start_date="2027-04-01", url="/event/2"),
    ]
    seen = [_course("Negotiation Day", start_date="2027-05-01", price=400.0)]
    out = assemble_courses(marked, seen, _CTX)
    assert [(c.start_date, c.url) for c in out if c.source == "html"] == [("2027-05-01", None)]


def test_quote_signatures_sentence_fragments_and_named_trainers_are_no_runs() -> None:
    marked = [
        _course(
            "Soil Science Basics", source="jsonld", start_date="2027-04-12", instructor="Kim Lee"
        )
    ]
    seen = [
        _course("Jo Bloggs (@jobloggs", start_date="2026-03-21"),  # "— Jo Bloggs (@jobloggs) …"
        _course("Sam Roe @samroe", start_date="2026-03-22"),
        _course("Starting from the", start_date="2027-01-15"),  # a sentence cut at its date
        _course("Ab dem", start_date="2027-01-15"),
        _course("Kim Lee", start_date="2027-03-29"),  # the trainer beside a deadline date
        _course("CET + 1", start_date="2027-03-30"),  # a time zone above a card's date
        _course("UTC-05:00", start_date="2027-03-30"),
        _course("CST", start_date="2027-03-31"),  # Certified Scrum Trainer: a course
        _course("Live Online only", start_date="2027-04-01"),  # a filter's label
        _course("Excel Online", start_date="2027-04-02"),  # a course
        _course("Acme Training 4,8★★★★★ 212 reviews", start_date="2027-04-03"),
        _course("Ausgebucht", start_date="2027-04-04"),  # "fully booked" badge
        _course("Sold out – join the waiting list", start_date="2027-04-05"),
        _course("Complete Python", start_date="2027-04-06"),  # a course
        _course("TBC", start_date="2027-04-07"),
        _course("Soil Science in the Field", start_date="2027-05-10"),
    ]
    assert [c.name for c in assemble_courses(marked, seen, _CTX)] == [
        "Soil Science Basics",
        "CST",
        "Excel Online",
        "Complete Python",
        "Soil Science in the Field",
    ]


def test_the_site_section_word_is_no_part_of_the_provider() -> None:
    runs = [_course("Intro to Clusters", start_date="2027-02-01")]
    for site, owner in (
        ("Example HPC Documentation", "Example HPC"),
        ("Acme Docs", "Acme"),
        ("Acme Blog", "Acme"),
        ("Northgate First Aid Training", "Northgate First Aid Training"),
        ("Documentation", "Documentation"),
    ):
        (run,) = assemble_courses([], runs, _CTX, page=PageWide(provider=site))
        assert run.provider == owner


def test_the_pages_labelled_fee_prices_its_one_course() -> None:
    fee = Price(amount=650.0, currency="GBP", list_price=None, includes_vat=None)
    ctx = ScheduleContext(page="p.html", course_name=None, page_vat=False)
    marked = [_course("Field Ecology", source="jsonld", start_date="2027-06-03")]
    (run,) = assemble_courses(marked, [], ctx, page=PageWide(fee=lambda: fee))
    assert (run.price, run.currency, run.price_includes_vat) == (650.0, "GBP", False)
    # two courses, or a course priced already: the fee is nobody's
    two = [*marked, _course("Soil Science", source="jsonld", start_date="2027-07-01")]
    assert {r.price for r in assemble_courses(two, [], ctx, page=PageWide(fee=lambda: fee))} == {
        None
    }
    priced = [_course("Field Ecology", source="jsonld", start_date="2027-06-03", price=90.0)]
    (run,) = assemble_courses(priced, [], ctx, page=PageWide(fee=lambda: fee))
    assert run.price == 90.0


def test_a_run_takes_the_link_of_its_name_with_dates_around_it() -> None:
    links = {
        "24 oct 2026 cluster basics 25 november 2026": "https://hpc.example.org/news/cluster-basics",
        "cluster basics for advanced users": "https://hpc.example.org/news/advanced",
    }
    runs = [_course("Cluster Basics", start_date="2026-11-25")]
    (run,) = assemble_courses([], runs, _CTX, page=PageWide(links=links))
    assert run.url == "https://hpc.example.org/news/cluster-basics"


def test_the_cards_own_link_wins_over_a_markup_url_off_the_site() -> None:
    page = PageWide(
        url="https://training.example.org/events",
        links={
            "genome assembly": "https://training.example.org/events/genome-assembly",
            "data carpentry": "https://training.example.org/events/data-carpentry",
        },
    )
    marked = [
        _course(
            "Genome Assembly",
            source="jsonld",
            start_date="2027-03-01",
            url="https://videos.example.com/playlist/123",
        ),
        _course(
            "Data Carpentry",
            source="jsonld",
            start_date="2027-04-01",
            url="https://training.example.org/events/data-carpentry?utm=x",
        ),
    ]
    assert [r.url for r in assemble_courses(marked, [], _CTX, page=page)] == [
        "https://training.example.org/events/genome-assembly",
        "https://training.example.org/events/data-carpentry?utm=x",  # same site: markup stays
    ]


def _offer(c: Course) -> tuple[Any, ...]:
    return (c.start_date, c.end_date, c.price, c.list_price, c.currency, c.availability)


def test_the_pages_currency_and_discount_win_over_markup_that_contradicts_them() -> None:
    """A booking plugin's markup says USD and the regular price; the page shows zł, an
    early-booking price under a struck regular one, and a full run."""
    marked = [
        _course(
            "Excel",
            "jsonld",
            start_date="2027-03-01",
            price=990.0,
            currency="USD",
            availability="InStock",
        ),
        _course(
            "Excel",
            "jsonld",
            start_date="2027-04-05",
            price=1290.0,
            currency="USD",
            availability="InStock",
        ),
    ]
    seen = [
        _course(
            "Excel", start_date="2027-03-01", price=990.0, currency="PLN", availability="SoldOut"
        ),
        _course("Excel", start_date="2027-04-05", price=1190.0, list_price=1290.0, currency="PLN"),
    ]
    assert [_offer(c) for c in assemble_courses(marked, seen, _CTX)] == [
        ("2027-03-01", None, 990.0, None, "PLN", "SoldOut"),
        ("2027-04-05", None, 1190.0, 1290.0, "PLN", "InStock"),
    ]


def test_a_dollar_sign_does_not_contradict_canadian_dollar_markup() -> None:
    marked = [_course("Theatre", "jsonld", start_date="2027-03-01", price=35.0, currency="CAD")]
    seen = [_course("Theatre", start_date="2027-03-01", price=35.0, currency="USD")]
    assert [c.currency for c in assemble_courses(marked, seen, _CTX)] == ["CAD"]


def test_markup_dates_a_day_off_in_utc_take_the_pages_dates() -> None:
    """Evening classes in UTC markup: one ends "a day late", one starts a day late."""
    marked = [
        _course("HR Exam Prep", "jsonld", start_date="2027-01-12", end_date="2027-03-03"),
        _course("HR Exam Prep", "jsonld", start_date="2027-04-08", end_date="2027-05-27"),
    ]
    seen = [
        _course("HR Exam Prep", start_date="2027-01-12", end_date="2027-03-02", price=900.0),
        _course("HR Exam Prep", start_date="2027-04-07", end_date="2027-05-26", price=900.0),
    ]
    out = assemble_courses(marked, seen, _CTX)
    assert [(c.source, c.start_date, c.end_date, c.price) for c in out] == [
        ("jsonld", "2027-01-12", "2027-03-02", 900.0),
        ("jsonld", "2027-04-07", "2027-05-26", 900.0),
    ]


def test_a_visible_run_named_by_its_format_is_a_run_of_the_marked_up_course() -> None:
    marked = [_course("Data Analytics Program", "jsonld", url="/da")]
    seen = [
        _course("Weekend Batch", start_date="2027-01-09", price=500.0),
        _course("Weekday Evening Cohort", start_date="2027-01-18", price=500.0),
    ]
    assert _names(assemble_courses(marked, seen, _CTX)) == [
        ("Data Analytics Program", 500.0, "/da"),
        ("Data Analytics Program", 500.0, "/da"),
    ]


def test_a_town_with_its_district_or_postcode_is_the_runs_town() -> None:
    from prospectus.extract import Document, extract

    rows = "".join(
        f'<div class="session"><p>Du {d} 2027</p><p>{place}</p><p>790 € HT</p>'
        "<a href='#'>S'inscrire</a></div>"
        for d, place in (("18 au 19 janvier", "Paris 8e"), ("15 au 16 février", "Lyon 69003"))
    )
    page = f"<html lang='fr'><body><h1>Formation Excel</h1><h2>Sessions</h2>{rows}</body></html>"
    result = extract(Document(body=page.encode(), url="https://example.fr/excel", page="p"))
    assert [r.location for r in result.records if r.kind == "course"] == ["Paris", "Lyon"]


def test_a_schedule_of_several_courses_gives_each_run_its_courses_link() -> None:
    links = {
        "negotiation skills": "https://t.example.org/courses/negotiation",
        "coaching for managers": "https://t.example.org/courses/coaching",
    }
    marked = [_course("Negotiation Skills", source="jsonld", start_date="2027-04-06")]
    seen = [_course("Coaching for Managers", start_date="2027-04-20", price=640.0)]
    ctx = ScheduleContext(page="p.html", course_name="Negotiation Skills")
    schedule = PageWide(url="https://t.example.org/dates/", links=links, heading="Open dates")
    assert [r.url for r in assemble_courses(marked, seen, ctx, page=schedule)] == [
        "https://t.example.org/courses/negotiation",  # not the schedule's own URL
        "https://t.example.org/courses/coaching",
    ]
    # the course's own page (its heading names it) keeps its URL for its runs
    own = PageWide(url="https://t.example.org/n/", links=links, heading="Negotiation Skills")
    first = assemble_courses(marked, seen, ctx, page=own)[0]
    assert first.url == "https://t.example.org/n/"


def test_a_run_named_by_its_class_code_is_a_class_of_the_marked_course() -> None:
    marked = [_course("PMP Exam Preparation", source="jsonld", rating=4.6, url="/pmp")]
    runs = [
        _course("PMP-2703E (evening class)", start_date="2027-03-02", price=1500.0),
        _course("PMP-2704（粵語授課）", start_date="2027-04-10", price=1500.0),
    ]
    out = assemble_courses(marked, runs, _CTX)
    assert [(c.name, c.start_date, c.rating) for c in out] == [
        ("PMP Exam Preparation", "2027-03-02", 4.6),
        ("PMP Exam Preparation", "2027-04-10", 4.6),
    ]


def test_a_run_named_by_a_marked_courses_code_and_its_town_is_a_run_of_that_course() -> None:
    """A booking widget titles each session "<unit code> · <town>" under the course the
    markup names with that code in its name: the session is a run of that course."""
    marked = [
        _course("MARB2031 Operate a tower crane safely", source="jsonld", url="/crane"),
        _course("MARB2044 Dogging and slinging loads", source="jsonld", url="/dogging"),
    ]
    runs = [
        _course("MARB2031 · Tamworth", start_date="2027-03-02", location="Tamworth"),
        _course("MARB2044 – Live online", start_date="2027-03-09", mode="online"),
        _course("MARB2044 · Armidale", start_date="2027-04-13", location="Armidale"),
        _course("MARB2099 · Tamworth", start_date="2027-05-04", location="Tamworth"),  # no such
        _course("MARB2031 · Evening intake", start_date="2027-05-11", location="Tamworth"),
    ]
    out = assemble_courses(marked, runs, _CTX)
    assert [(c.name, c.start_date, c.url) for c in out] == [
        ("MARB2031 Operate a tower crane safely", "2027-03-02", "/crane"),
        ("MARB2044 Dogging and slinging loads", "2027-03-09", "/dogging"),
        ("MARB2044 Dogging and slinging loads", "2027-04-13", "/dogging"),
        ("MARB2099 · Tamworth", "2027-05-04", None),
        ("MARB2031 · Evening intake", "2027-05-11", None),  # a label, not its town
    ]


def test_the_page_shows_the_town_of_a_venue_the_markup_names_otherwise() -> None:
    """An event plugin names the venue by the provider and the town, or gives the town and
    state of a venue: the page's town wins, and a location is the town alone (no state)."""
    marked = [
        _course("Forklift", "jsonld", start_date="2027-03-01", location="Harbour Skills Leeds"),
        _course("Forklift", "jsonld", start_date="2027-04-01", location="Duluth, MN"),
        _course("Forklift", "jsonld", start_date="2027-05-03", location="Duluth, MN"),
        _course("Forklift", "jsonld", start_date="2027-06-07", location="Duluth, MN"),
    ]
    seen = [
        _course("Forklift", start_date="2027-03-01", location="Leeds"),
        _course("Forklift", start_date="2027-04-01", location="Duluth, MN"),
        _course("Forklift", start_date="2027-05-03"),  # its city heads the group of runs
    ]  # the June run is in the markup alone
    assert [c.location for c in assemble_courses(marked, seen, _CTX)] == [
        "Leeds",
        "Duluth",
        "Duluth",
        "Duluth",
    ]


def test_events_named_by_the_short_course_name_and_their_town_are_the_pages_course() -> None:
    """An Event per run named "<short name> – <town>" on the course's own page: the page's
    course (and URL) where the suffix is the run's town or format, not a sibling's name."""
    course = "Curso Excel Avançado – Tabelas Dinâmicas e Power Query (16h)"
    marked = [
        _course("Excel Avançado – Recife", "jsonld", start_date="2027-03-01", location="Recife"),
        _course("Excel Avançado | Online", "jsonld", start_date="2027-04-05", mode="online"),
        _course("Excel – Recife", "jsonld", start_date="2027-05-03", location="Recife"),
        _course("Excel Avançado – Módulo 2", "jsonld", start_date="2027-06-07", location="Recife"),
    ]
    ctx = ScheduleContext(page="p.html", course_name=course)
    page = PageWide(url="https://t.example.com.br/excel/", heading=course)
    assert _names(assemble_courses(marked, [], ctx, page=page)) == [
        (course, None, "https://t.example.com.br/excel/"),
        (course, None, "https://t.example.com.br/excel/"),
        ("Excel – Recife", None, None),  # "Excel" is not how the course's name opens
        ("Excel Avançado – Módulo 2", None, None),  # a part, not the run's town
    ]


def test_a_listing_of_events_named_by_a_course_and_a_town_keeps_each_events_name() -> None:
    """Where the page's course is only the first event's own name (a listing without a
    heading of its own), each event keeps its name."""
    marked = [
        _course("CSM – Denver", "jsonld", start_date="2027-03-01", location="Denver"),
        _course("CSM – Boston", "jsonld", start_date="2027-04-05", location="Boston"),
    ]
    ctx = ScheduleContext(page="p.html", course_name="CSM – Denver")
    assert [c.name for c in assemble_courses(marked, [], ctx)] == ["CSM – Denver", "CSM – Boston"]


def test_markup_runs_under_a_short_name_of_the_page_course_get_the_page_url() -> None:
    ctx = ScheduleContext(page="p.html", course_name="Fire Safety and Evacuation Training (1 day)")
    page = PageWide(url="https://example.org/fire-safety/")
    marked = [
        _course("Fire Safety Training", "jsonld", start_date="2027-03-01"),
        _course("Fire Training Kit", "jsonld", start_date="2027-03-08"),  # other words
        _course("Evacuation Training", "jsonld", start_date="2027-03-15"),  # not its start
    ]
    assert [c.url for c in assemble_courses(marked, [], ctx, page=page)] == [
        "https://example.org/fire-safety/",
        None,
        None,
    ]


def test_a_marked_runs_description_names_its_trainer() -> None:
    """An event plugin's run whose markup names no trainer but whose description does
    ("Lektorius: …", "Trainer: …") gets that trainer; a free-text "with …" names nobody."""
    ctx = ScheduleContext(page="p.html", course_name=None)
    marked = [
        _course(
            "ITSM Basics",
            source="jsonld",
            start_date="2027-02-02",
            description="Lektorė: Aistė Vaitkutė.",
        ),
        _course(
            "ITSM Basics",
            source="jsonld",
            start_date="2027-03-02",
            description="Learn with Microsoft Teams: live.",
        ),
    ]
    runs = assemble_courses(marked, [], ctx, page=PageWide())
    assert sorted((r.start_date, r.instructor) for r in runs) == [
        ("2027-02-02", "Aistė Vaitkutė"),
        ("2027-03-02", None),
    ]


def test_events_named_by_the_courses_abbreviation_and_their_town_are_the_pages_course() -> None:
    """An Event "CISA EXM – Leeds" on the page of "CISA Examination Preparation (EXM)": the
    full name's opening words and its bracketed abbreviation name the page's course."""
    course = "CISA Examination Preparation (EXM)"
    marked = [
        _course("CISA EXM – Leeds", "jsonld", start_date="2027-03-01", location="Leeds"),
        _course("EXM – York", "jsonld", start_date="2027-04-05", location="York"),
        _course("CISM EXM – Hull", "jsonld", start_date="2027-05-03", location="Hull"),
    ]
    ctx = ScheduleContext(page="p.html", course_name=course)
    page = PageWide(url="https://t.example.co.uk/cisa/", heading=course)
    assert [c.name for c in assemble_courses(marked, [], ctx, page=page)] == [
        course,
        course,
        "CISM EXM – Hull",  # another course's opening word
    ]


def test_a_marked_run_named_by_its_course_and_town_takes_the_rows_course_name() -> None:
    """Events named "<course> – <town>" or "<course> (<town>)" beside a sessions list whose
    rows name the course: the row's name wins where the markup's tail is the run's town;
    a tail that is not the town, or a row that names the town too, keeps the markup's name."""
    marked = [
        _course("Forklift Basics – Leeds", "jsonld", start_date="2027-03-01", location="Leeds"),
        _course("Forklift Licence (York)", "jsonld", start_date="2027-04-05", location="York, NY"),
        _course("Forklift Basics – Module 2", "jsonld", start_date="2027-05-03", location="Hull"),
        _course("Forklift Basics, Bath", "jsonld", start_date="2027-06-07", location="Bath"),
    ]
    seen = [
        _course("Counterbalance Forklift Basics", start_date="2027-03-01", location="Leeds"),
        _course("Counterbalance Forklift Licence", start_date="2027-04-05", location="York, NY"),
        _course("Counterbalance Forklift Basics", start_date="2027-05-03", location="Hull"),
        _course("Forklift Basics in Bath", start_date="2027-06-07", location="Bath"),
    ]
    assert [c.name for c in assemble_courses(marked, seen, _CTX)] == [
        "Counterbalance Forklift Basics",
        "Counterbalance Forklift Licence",
        "Forklift Basics – Module 2",  # a part, not the run's town
        "Forklift Basics, Bath",  # the row names the town too
    ]


def test_a_marked_run_named_by_a_shorter_course_name_and_the_same_town_takes_the_rows() -> None:
    """An Event "Site Induction – Leeds (March)" beside the row "Construction Site Induction –
    Leeds": both end in the run's town, and the row's course name holds the markup's words,
    so the row's name wins; another course's words keep the markup's."""
    marked = [
        _course(
            "Site Induction – Leeds (March)", "jsonld", start_date="2027-03-01", location="Leeds"
        ),
        _course("Rigging Basics – York", "jsonld", start_date="2027-04-05", location="York"),
    ]
    seen = [
        _course("Construction Site Induction – Leeds", start_date="2027-03-01", location="Leeds"),
        _course("Scaffold Inspection – York", start_date="2027-04-05", location="York"),
    ]
    assert [c.name for c in assemble_courses(marked, seen, _CTX)] == [
        "Construction Site Induction – Leeds",
        "Rigging Basics – York",  # other words: another course's name
    ]


def test_marked_runs_naming_the_page_course_in_another_word_order_get_the_page_url() -> None:
    """The heading "Manual Handling (QQI Level 3)" and events "QQI Level 3 Manual Handling –
    Cork": the same words, the page's course and its URL; other words are another course."""
    ctx = ScheduleContext(page="p.html", course_name="Manual Handling (QQI Level 3)")
    page = PageWide(url="https://example.ie/manual-handling/")
    marked = [
        _course("QQI Level 3 Manual Handling – Cork", "jsonld", start_date="2027-03-01"),
        _course("QQI Level 5 Manual Handling – Cork", "jsonld", start_date="2027-03-08"),
    ]
    assert [c.url for c in assemble_courses(marked, [], ctx, page=page)] == [
        "https://example.ie/manual-handling/",
        None,
    ]


def test_a_marked_up_run_named_with_a_tail_takes_the_link_of_its_short_name() -> None:
    event = _course("Remote First Aid (2 days) Blenheim", source="jsonld", start_date="2027-03-13")
    page = PageWide(links={"remote first aid": "https://aid.example/courses/remote/"})
    ctx = ScheduleContext(page="p.html", course_name="Upcoming courses", source="html")
    [run] = [c for c in assemble_courses([event], [], ctx, page=page) if c.start_date]
    assert run.url == "https://aid.example/courses/remote/"


def test_a_marked_run_named_with_a_note_in_brackets_takes_the_pages_title() -> None:
    """An Event "Excel Macros + VBA (1-day)" beside the card "Excel Macros & VBA" of the same
    day: the page's title is the course's name, as its other runs show it."""
    marked = [
        _course("Excel Macros + VBA (1-day)", "jsonld", start_date="2027-03-04"),
        _course("Power BI Essentials (Online)", "jsonld", start_date="2027-03-09"),
    ]
    seen = [
        _course("Excel Macros & VBA", start_date="2027-03-04"),
        _course("Excel Macros & VBA", start_date="2027-04-08"),
        _course("Power BI Dashboards", start_date="2027-03-09"),  # other words: kept
    ]
    assert [c.name for c in assemble_courses(marked, seen, _CTX)] == [
        "Excel Macros & VBA",
        "Power BI Essentials (Online)",
        "Excel Macros & VBA",
    ]


def test_a_run_given_a_siblings_url_takes_the_link_of_its_own_item() -> None:
    """An events listing whose markup gives one run's page: its sibling of the same title,
    seen only on the page, takes the link its own item gives, not the sibling's."""
    marked = [_course("First Aid at Work", "jsonld", start_date="2027-03-01", url="/e/faw-mar/")]
    seen = [
        _course("First Aid at Work", start_date="2027-03-01"),
        _course("First Aid at Work", start_date="2027-05-03"),
    ]
    links = {("first aid at work", "2027-03-01"): "/e/faw-mar/"}
    links[("first aid at work", "2027-05-03")] = "/e/faw-may/"
    page = PageWide(url="/events/", dated_links=lambda names: links)
    out = assemble_courses(marked, seen, _CTX, page=page)
    assert [(c.start_date, c.url) for c in out] == [
        ("2027-03-01", "/e/faw-mar/"),
        ("2027-05-03", "/e/faw-may/"),
    ]


def test_a_page_without_an_address_gives_its_own_course_s_runs_their_marked_up_url() -> None:
    """A listing saved without its address whose markup gives some runs of each course
    (with their course's page): the runs seen only on the page take their course's URL,
    those of the first marked-up course (the page's main course) too where two of its
    runs share that URL (one run's URL may be that run's own event page); with the
    page's own address, the page's own course keeps to it."""
    cpr, efa = "https://x.example/courses/cpr/", "https://x.example/courses/efa/"
    marked = [
        _course("Emergency First Aid", "jsonld", start_date="2027-03-06", url=efa),
        _course("CPR Refresher", "jsonld", start_date="2027-03-13", url=cpr),
        _course("Emergency First Aid", "jsonld", start_date="2027-06-05", url=efa),
    ]
    seen = [
        _course("Emergency First Aid", start_date="2027-03-06"),
        _course("Emergency First Aid", start_date="2027-04-10"),
        _course("CPR Refresher", start_date="2027-03-13"),
        _course("CPR Refresher", start_date="2027-05-08"),
    ]
    ctx = dataclasses.replace(_CTX, course_name="Emergency First Aid")
    out = assemble_courses(marked, seen, ctx)
    assert sorted((c.start_date, c.url) for c in out) == [
        ("2027-03-06", efa),
        ("2027-03-13", cpr),
        ("2027-04-10", efa),
        ("2027-05-08", cpr),
        ("2027-06-05", efa),
    ]
    # the main course's one marked-up run links its own event page: not the course's
    out = assemble_courses(marked[:2], seen, ctx)
    assert ("2027-04-10", None) in [(c.start_date, c.url) for c in out]
    page = PageWide(url="https://x.example/public-courses/")
    out = assemble_courses(marked, seen, ctx, page=page)
    assert ("2027-04-10", "https://x.example/public-courses/") in [
        (c.start_date, c.url) for c in out
    ]


def test_an_event_titled_with_its_town_takes_the_name_its_sibling_runs_bear() -> None:
    """An events list titles one run "Course – Town" (no markup of its own) while the
    course's other runs bear its name alone: the town is the run's place, not its name."""
    runs = [
        _course("Payroll Basics Course", start_date="2027-01-12", location="Leeds"),
        _course("Payroll Basics Course – Bristol", start_date="2027-02-09", location="Bristol"),
        _course("Tax Clinic – Cardiff", start_date="2027-03-02", location="Cardiff"),
    ]
    out = assemble_courses([], runs, _CTX)
    assert [(c.name, c.location) for c in out] == [
        ("Payroll Basics Course", "Leeds"),
        ("Payroll Basics Course", "Bristol"),
        ("Tax Clinic – Cardiff", "Cardiff"),  # no sibling of that name: as titled
    ]


def test_a_runs_location_is_its_town_without_its_state() -> None:
    marked = [
        _course("Grant Writing Boot Camp", "jsonld", start_date="2027-03-01", location="Tulsa, OK"),
    ]
    seen = [
        _course("Grant Writing Boot Camp", start_date="2027-05-10", location="Boise, Idaho"),
        _course("Grant Writing Boot Camp", start_date="2027-06-07", location="Dunedin, Otago"),
    ]
    out = assemble_courses(marked, seen, _CTX)
    assert sorted((c.start_date, c.location) for c in out) == [
        ("2027-03-01", "Tulsa"),
        ("2027-05-10", "Boise"),
        ("2027-06-07", "Dunedin, Otago"),  # a region outside the US, Canada and Australia
    ]


def test_a_run_at_a_venue_the_markup_places_in_a_town_is_in_that_town() -> None:
    """The page reads "Riverside" from "Riverside Skills Centre"; the markup's Place of that
    name is in Norwich, so the page's other runs there are in Norwich too."""
    seen = [
        _course("Asbestos Awareness", start_date="2027-03-01", location="Riverside"),
        _course("Asbestos Awareness", start_date="2027-04-05", location="Cromer"),
        _course("Asbestos Awareness", start_date="2027-05-03", location="Mill Yard Rooms"),
    ]
    page = PageWide(
        venue_towns={"riverside skills centre": "Norwich", "mill yard rooms": "Salem, OR"}
    )
    out = assemble_courses([], seen, _CTX, page=page)
    assert [(c.start_date, c.location) for c in out] == [
        ("2027-03-01", "Norwich"),
        ("2027-04-05", "Cromer"),
        ("2027-05-03", "Salem"),
    ]


def test_places_written_as_district_and_town_give_the_town() -> None:
    seen = [
        _course("Manual Handling", start_date="2027-03-01", location="Canary Wharf, London"),
        _course("Manual Handling", start_date="2027-04-05", location="Jesmond, Newcastle"),
        _course("Manual Handling", start_date="2027-05-03", location="Leeds"),
    ]
    out = assemble_courses([], seen, _CTX)
    assert [c.location for c in out] == ["London", "Newcastle", "Leeds"]


def test_a_town_and_its_county_stay_without_a_street_among_the_places() -> None:
    seen = [
        _course("Manual Handling", start_date="2027-03-01", location="Guildford, Surrey"),
        _course("Manual Handling", start_date="2027-04-05", location="Truro, Cornwall"),
    ]
    out = assemble_courses([], seen, _CTX)
    assert [c.location for c in out] == ["Guildford, Surrey", "Truro, Cornwall"]


def test_list_rows_without_a_status_read_as_their_marked_up_siblings_in_stock() -> None:
    """An events list labels only some rows ("Sold out", "Only 4 seats left"); its markup
    calls "InStock" the runs whose rows show no status, and leaves two rows out: those rows
    are bookable too, but not one called off, and not where no row shows a status."""
    marked = [
        _course("Food Hygiene – Leeds", "jsonld", start_date="2027-01-04", availability="InStock"),
        _course("Food Hygiene – York", "jsonld", start_date="2027-02-01", availability="SoldOut"),
        _course(
            "Food Hygiene – Hull", "jsonld", start_date="2027-04-05", availability="Discontinued"
        ),
    ]
    seen = [
        _course("Food Hygiene – Leeds", start_date="2027-01-04"),
        _course("Food Hygiene – York", start_date="2027-02-01", availability="SoldOut"),
        _course("Food Hygiene – Hull", start_date="2027-04-05"),
        _course("Food Hygiene – Bath", start_date="2027-03-01"),
        _course("Postponed: Food Hygiene – Ely", start_date="2027-05-03"),
    ]
    runs = assemble_courses(marked, seen, _CTX)
    assert [(c.start_date, c.availability) for c in runs if c.start_date] == [
        ("2027-01-04", "InStock"),
        ("2027-02-01", "SoldOut"),
        ("2027-04-05", "Discontinued"),
        ("2027-03-01", "InStock"),
        ("2027-05-03", None),
    ]
    unlabelled = [dataclasses.replace(c, availability=None) for c in seen[:4]]
    runs = assemble_courses(marked[:1], unlabelled, _CTX)
    assert [c.availability for c in runs if c.start_date == "2027-03-01"] == [None]


def test_rows_without_a_status_beside_scarce_ones_are_open_where_the_markup_says_none() -> None:
    """An events plugin's list shows a status only where places are short or gone ("Only 3
    spaces left", "Fully booked"), and its markup states no availability for any run: the
    rows showing none are open, marked up or not, but not one called off, and not where
    other rows say "Places available" (then saying nothing is no status)."""
    marked = [
        _course("First Aid – Derby", "jsonld", start_date="2027-01-04"),
        _course("First Aid – Leek", "jsonld", start_date="2027-02-01"),
        _course("Cancelled: First Aid – Ely", "jsonld", start_date="2027-03-01"),
    ]
    seen = [
        _course("First Aid – Derby", start_date="2027-01-04"),
        _course("First Aid – Leek", start_date="2027-02-01", availability="LimitedAvailability"),
        _course("Cancelled: First Aid – Ely", start_date="2027-03-01"),
        _course("First Aid – Bath", start_date="2027-04-05"),
        _course("First Aid – Rye", start_date="2027-05-03", availability="SoldOut"),
    ]
    runs = assemble_courses(marked, seen, _CTX)
    assert [(c.start_date, c.availability) for c in runs if c.start_date] == [
        ("2027-01-04", "InStock"),
        ("2027-02-01", "LimitedAvailability"),
        ("2027-03-01", None),
        ("2027-04-05", "InStock"),
        ("2027-05-03", "SoldOut"),
    ]
    said = [*seen[:4], dataclasses.replace(seen[4], availability="InStock")]
    runs = assemble_courses(marked, said, _CTX)
    assert [c.availability for c in runs if c.start_date in ("2027-01-04", "2027-04-05")] == [
        None,
        None,
    ]


def test_a_district_the_pages_address_puts_in_a_town_gives_the_town() -> None:
    """A venue cell's district ("Salt Quay" of "Acme Centre, Salt Quay") is in the town the
    page's own address writes after it with a postcode; a county there is no town, and a
    review's month after a town is no address."""
    seen = [
        _course("Fire Warden", start_date="2027-03-01", location="Salt Quay"),
        _course("Fire Warden", start_date="2027-04-05", location="Ashby"),
        _course("Fire Warden", start_date="2027-05-03", location="Tamworth"),
    ]
    text = (
        "Acme Safety, Unit 2, Salt Quay, Hull HU1 2AB\n"
        "Ashby Hub, Ashby, Leicestershire LE65 1AA\n"
        "“Great trainer” – Jo, Tamworth, Oct 2026"
    )
    out = assemble_courses([], seen, _CTX, page=PageWide(text=text))
    assert [c.location for c in out] == ["Hull", "Ashby", "Tamworth"]


def test_a_status_set_before_a_runs_name_is_no_part_of_it() -> None:
    assert status_free("POSTPONED: Manual Handling – Bristol") == "Manual Handling – Bristol"
    assert status_free("Cancelled - Food Hygiene Level 2") == "Food Hygiene Level 2"
    assert status_free("Sold out: Excel Basics") == "Excel Basics"
    assert status_free("Abgesagt: Erste Hilfe – Köln") == "Erste Hilfe – Köln"
    assert (
        status_free("Annulé – Sauveteur Secouriste du Travail") == "Sauveteur Secouriste du Travail"
    )
    assert status_free("Full Stack Web Development") == "Full Stack Web Development"
    assert status_free("Fullness of Life Retreat") == "Fullness of Life Retreat"
    assert status_free(None) is None


def test_a_place_beside_a_town_written_with_its_district_in_brackets_stays() -> None:
    """The page writes its town's district in brackets ("Hastings (Flaxmere)"): a run's bare
    place that the provider's address writes before the town ("Havelock North, Hastings
    4130") is a town of its own, not the town's district."""
    seen = [
        _course("Chainsaw Safety", start_date="2027-03-01", location="Havelock North"),
        _course("Chainsaw Safety", start_date="2027-04-05", location="Hastings"),
    ]
    text = (
        "Dates & venues\nMon 1 Mar 2027 – Havelock North\nMon 5 Apr 2027 – Hastings (Flaxmere)\n"
        "Acme Skills, 3 Te Mata Rd, Havelock North, Hastings 4130"
    )
    out = assemble_courses([], seen, _CTX, page=PageWide(text=text))
    assert [c.location for c in out] == ["Havelock North", "Hastings"]
    bare = text.replace("Hastings (Flaxmere)", "Hastings")  # no districts in brackets
    out = assemble_courses([], seen, _CTX, page=PageWide(text=bare))
    assert [c.location for c in out] == ["Hastings", "Hastings"]


def test_without_an_address_of_its_own_a_run_takes_the_link_its_row_gives_its_name() -> None:
    links = {
        "forklift truck operator": "https://lift.example.com/forklift/",
    }
    marked = [_course("Forklift Hobart – 4 March", source="jsonld", start_date="2027-03-04")]
    seen = [
        _course("Forklift Truck Operator", start_date="2027-03-04", price=450.0),
        _course("Forklift Truck Operator", start_date="2027-04-08", price=450.0),
    ]
    ctx = dataclasses.replace(_CTX, course_name="Forklift Truck Operator")
    out = assemble_courses(marked, seen, ctx, page=PageWide(links=links))
    assert [(r.start_date, r.url) for r in out] == [
        ("2027-03-04", "https://lift.example.com/forklift/"),  # the markup's run, by its row
        ("2027-04-08", "https://lift.example.com/forklift/"),  # the page's course, by its name
    ]
    page = PageWide(url="https://lift.example.com/dates/", links=links)
    assert (
        assemble_courses(marked, seen, ctx, page=page)[1].url == "https://lift.example.com/dates/"
    )


def test_a_place_written_as_a_town_and_a_venue_the_markup_places_there_is_the_town() -> None:
    seen = [
        _course("Crevasse Rescue", start_date="2027-03-01", location="Bend, Mt Bachelor Base"),
        _course("Crevasse Rescue", start_date="2027-04-05", location="Mt Bachelor Base, Bend"),
        _course("Crevasse Rescue", start_date="2027-05-03", location="Sisters, Mt Bachelor Base"),
    ]
    page = PageWide(venue_towns={"mt bachelor base": "Bend"})
    out = assemble_courses([], seen, _CTX, page=page)
    assert [(c.start_date, c.location) for c in out] == [
        ("2027-03-01", "Bend"),
        ("2027-04-05", "Bend"),
        ("2027-05-03", "Sisters, Mt Bachelor Base"),  # not the town the markup gives
    ]


def test_a_visible_run_takes_the_markup_course_of_the_closest_name() -> None:
    marked = [
        _course("Wilderness 1 Navigation Course", "jsonld", url="/nav-1/"),
        _course("Rope Rescue Course", "jsonld", url="/rope-rescue/"),
    ]
    seen = [
        _course("Wilderness Rope Rescue", start_date="2027-02-06", price=180.0),
        _course("Wilderness 1 Navigation Course", start_date="2027-02-13", price=320.0),
    ]
    out = assemble_courses(marked, seen, _CTX)
    assert [(c.start_date, c.url) for c in out if c.start_date] == [
        ("2027-02-06", "/rope-rescue/"),
        ("2027-02-13", "/nav-1/"),
    ]


def test_a_run_named_by_its_course_and_its_own_month_is_named_by_its_course() -> None:
    marked = [
        _course("Confined Space Entry – Sept. 2027", "jsonld", start_date="2027-09-13"),
        _course("Confined Space Entry – 4 October 2027", "jsonld", start_date="2027-10-04"),
        _course("Brandschutzhelfer – März", "jsonld", start_date="2027-03-02"),
        _course("Gas Detection – June 2027", "jsonld", start_date="2027-05-30"),  # not its month
        _course("Gas Detection – July 2027", "jsonld", start_date="2027-07-30"),
        _course("Rigging Basics Perth – May", "jsonld", start_date="2027-05-11"),  # its one title
    ]
    seen = [_course("Brandschutzhelfer", start_date="2027-04-06")]  # the course named so
    assert [c.name for c in assemble_courses(marked, seen, _CTX)] == [
        "Confined Space Entry",
        "Confined Space Entry",
        "Brandschutzhelfer",
        "Gas Detection – June 2027",
        "Gas Detection – July 2027",
        "Rigging Basics Perth – May",
        "Brandschutzhelfer",
    ]


def test_a_run_named_by_its_course_and_its_own_badge_is_named_by_its_course() -> None:
    """A card's status or offer badge set after its title on one line ("… Full", "… 2 spots
    left", "… Spring rate") is no part of the course's name where the page names the course
    without it; a name the page gives no course without the words stays."""
    marked = [_course("Chainsaw Cross-Cutting", "jsonld"), _course("Tree Climbing", "jsonld")]
    seen = [
        _course("Chainsaw Cross-Cutting Full", start_date="2027-05-03"),
        _course("Chainsaw Cross-Cutting – 2 spots left", start_date="2027-05-10"),
        _course("Tree Climbing Spring rate", start_date="2027-05-17"),
        _course("Aerial Rescue Open", start_date="2027-05-24"),  # no course named so
    ]
    assert [c.name for c in assemble_courses(marked, seen, _CTX)] == [
        "Chainsaw Cross-Cutting",
        "Chainsaw Cross-Cutting",
        "Tree Climbing",
        "Aerial Rescue Open",
    ]


def test_rows_naming_a_course_by_its_opening_words_take_its_linked_title() -> None:
    text = "Dinghy Sailing with VHF Radio Licence\nKeelboat Sailing Refresher\nDates\n"
    links = {
        "dinghy sailing with vhf radio licence": "https://s.example.org/dinghy-vhf",
        "keelboat sailing refresher": "https://s.example.org/keelboat-refresher",
        "dinghy sailing": "https://s.example.org/menu/dinghy",  # the menu's item
    }
    rows = [
        _course("Dinghy Sailing (3 days)", start_date="2027-05-08", price=310.0),
        _course("Keelboat Sailing", start_date="2027-05-15", price=280.0),  # a sibling's
        _course("Sailing", start_date="2027-05-22", price=99.0),  # one word: too short
    ]
    page = PageWide(links=links, text=text)
    assert _names(assemble_courses([], rows, _CTX, page=page)) == [
        ("Dinghy Sailing with VHF Radio Licence", 310.0, "https://s.example.org/dinghy-vhf"),
        ("Keelboat Sailing", 280.0, None),
        ("Sailing", 99.0, None),
    ]


def test_a_row_keeps_its_name_beside_two_titles_or_a_title_after_a_colon() -> None:
    text = (
        "Pottery Wheel Level 1\nPottery Wheel Level 2\nGlaze Mixing: is it safe at home?\n"
        "Kiln Firing and Studio Tour\nRaku Glazing compared with Raku Firing\n"
    )
    links = {
        "pottery wheel level 1": "/p1",
        "pottery wheel level 2": "/p2",
        "glaze mixing is it safe at home": "/blog/glaze",
        "kiln firing and studio tour": "/kiln-tour",
        "raku glazing compared with raku firing": "/blog/raku",
    }
    names = ["Pottery Wheel", "Glaze Mixing", "Kiln Firing", "Raku Glazing"]
    rows = [_course(name, start_date=f"2027-06-0{i}") for i, name in enumerate(names, 1)]
    runs = assemble_courses([], rows, _CTX, page=PageWide(links=links, text=text))
    assert [run.name for run in runs] == names


def test_markup_named_shorter_plus_a_note_takes_the_rows_fuller_title() -> None:
    marked = [
        _course("Woodturning & Finishing (weekend)", source="jsonld", start_date="2027-07-03")
    ]
    rows = [_course("Woodturning with Lathe Finishing", start_date="2027-07-03", price=95.0)]
    (run,) = assemble_courses(marked, rows, _CTX)
    assert run.name == "Woodturning with Lathe Finishing"

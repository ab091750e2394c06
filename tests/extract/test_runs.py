"""A page's course records assembled from markup, visible runs and dateless cards."""

from __future__ import annotations

from typing import Any

from prospectus.extract.patterns.schedule import ScheduleContext
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

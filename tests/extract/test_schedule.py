"""Dated runs read from a page's visible schedule: tables, cards, labelled cohorts."""

from __future__ import annotations

from typing import Any

from prospectus.extract import Document, extract

_FIELDS = ("name", "start_date", "end_date", "price", "list_price", "mode", "location")


def _runs(body: str, *fields: str) -> list[tuple[Any, ...]]:
    html = f"<html><head><title>Page</title></head><body>{body}</body></html>"
    result = extract(Document(body=html.encode(), page="schedule.html"))
    return sorted(
        tuple(getattr(r, f) for f in (fields or _FIELDS))
        for r in result.records
        if r.kind == "course"
    )


def test_a_status_chip_beside_the_course_name_is_its_availability_not_its_name() -> None:
    body = """<h1>Public schedule</h1><h3>March 2027</h3><table>
    <tr><th>Course</th><th>Dates</th><th>Location</th><th>Price</th></tr>
    <tr><td><a href="/c/a">Scrum Master Foundation</a> <span>Few places left</span></td>\
<td>8-9 March</td><td>Leeds</td><td>£795 + VAT</td></tr>
    <tr><td><a href="/c/b">Kanban Essentials</a> <span>Spring offer</span></td>\
<td>15 March</td><td>Leeds</td><td>£395 + VAT</td></tr></table>"""
    assert _runs(body, "name", "start_date", "availability") == [
        ("Kanban Essentials", "2027-03-15", None),
        ("Scrum Master Foundation", "2027-03-08", "LimitedAvailability"),
    ]


def test_a_cell_with_a_line_break_keeps_its_row_together() -> None:
    body = """<h1>Negotiation Skills Course</h1><table>
    <tr><th>Date</th><th>Venue</th><th>Trainer</th><th>Price</th><th></th></tr>
    <tr><td>4 May 2027 – 5 May 2027<br>09:00–17:00</td><td>Bristol</td><td>Alan Crowe</td>\
<td><s>£900</s> £750<br>early bird until 01/04/2027</td><td>Book</td></tr></table>"""
    assert _runs(body, "name", "start_date", "end_date", "price", "list_price", "instructor") == [
        ("Negotiation Skills Course", "2027-05-04", "2027-05-05", 750.0, 900.0, "Alan Crowe")
    ]


def test_a_start_only_intake_has_no_end_date() -> None:
    body = """<h1>Certificate in Digital Marketing</h1><table>
    <tr><th>Intake</th><th>Start</th><th>Delivery</th><th>Fee</th></tr>
    <tr><td>Spring</td><td>Starts Mon 1 March 2027 · 10 weeks<br>Monday evenings</td>\
<td>Online</td><td>€1,200</td></tr></table>"""
    assert _runs(body, "start_date", "end_date", "mode", "price") == [
        ("2027-03-01", None, "online", 1200.0)
    ]


def test_a_statistics_block_near_a_price_is_no_course() -> None:
    body = """<h1>About us</h1><h2>Our results</h2><p>Completion rate: 97 %</p>
    <p>Figures updated on 10 February 2027.</p><p>Acme Training</p><p>1 High Street</p>
    <p>Registered capital 50 000 €</p>"""
    assert _runs(body) == []


def test_a_mode_before_the_venue_is_not_part_of_the_location() -> None:
    body = """<h1>First Aid at Work</h1><table>
    <tr><th>Date</th><th>Venue</th><th>Price</th></tr>
    <tr><td>Tue 2 Feb 2027</td><td>Blended – Durham</td><td>£120</td></tr></table>"""
    assert _runs(body, "mode", "location") == [("blended", "Durham")]


def test_cohorts_as_definition_lists() -> None:
    body = """<h1>Project Planning Certificate</h1>
    <h3>Cohort 3</h3><dl><dt>Dates</dt><dd>Mar 3rd–5th 2027</dd><dt>Format</dt>
    <dd>Classroom – Bath</dd><dt>Tutor</dt><dd>Nina Shah</dd><dt>Fee</dt><dd>£990</dd></dl>
    <h3>Cohort 4</h3><dl><dt>Dates</dt><dd>Apr 7th–9th 2027</dd><dt>Format</dt>
    <dd>Live online</dd><dt>Tutor</dt><dd>Tom Reed</dd><dt>Fee</dt><dd>£890</dd></dl>"""
    assert _runs(body, "name", "start_date", "end_date", "mode", "location", "instructor") == [
        (
            "Project Planning Certificate",
            "2027-03-03",
            "2027-03-05",
            "in_person",
            "Bath",
            "Nina Shah",
        ),
        ("Project Planning Certificate", "2027-04-07", "2027-04-09", "online", None, "Tom Reed"),
    ]


def test_a_grid_of_labelled_cells_whose_text_runs_together() -> None:
    row = (
        '<div class="run"><div class="c"><span class="lbl-label">Date</span>'
        '<span class="v">{}</span></div><div class="c"><span class="lbl-label">Venue</span>'
        '<span class="v">{}</span></div><div class="c"><span class="lbl-label">Price</span>'
        '<span class="v">£450</span></div><a href="/book">Book</a></div>'
    )
    body = (
        "<h1>Excel Power User Course</h1>"
        + row.format("12 May 2027", "Oxford")
        + row.format("9 June 2027", "Reading")
    )
    assert _runs(body, "name", "start_date", "location") == [
        ("Excel Power User Course", "2027-05-12", "Oxford"),
        ("Excel Power User Course", "2027-06-09", "Reading"),
    ]


def test_a_section_heading_over_a_table_is_not_the_course_name() -> None:
    body = """<h1>Leadership Essentials Course</h1><h2>Termine und Preise</h2><table>
    <tr><th>Datum</th><th>Ort</th><th>Preis</th></tr>
    <tr><td>12.04.2027</td><td>Köln</td><td>890 €</td></tr></table>"""
    assert _runs(body, "name") == [("Leadership Essentials Course",)]


def test_days_under_a_month_heading_take_its_month_and_year() -> None:
    body = """<h1>Confined Space Training</h1><h3>October 2027</h3><ul>
    <li>Mon 11 – Tue 12 · Glasgow · £450 · Book now</li></ul>"""
    assert _runs(body, "start_date", "end_date") == [("2027-10-11", "2027-10-12")]


def test_event_cards_that_open_with_their_date() -> None:
    body = """<h1>Data Guild</h1><h2>Upcoming events</h2><ul>
    <li><p>SAT, MAR 6TH 2027 · 10:00 AM – 4:00 PM EST</p>
    <h3>Intro to Data Visualisation Workshop</h3>
    <p>USD 249.00 per person</p><p>Hosted by Lena Ortiz</p><p>Attend</p></li>
    <li><p>SAT, APR 3RD 2027 · 10:00 AM – 4:00 PM EDT</p><h3>Advanced SQL Workshop</h3>
    <p>USD 299.00 per person</p><p>Hosted by Sam Okoro</p><p>Attend</p></li></ul>"""
    assert _runs(body, "name", "start_date", "instructor", "location") == [
        ("Advanced SQL Workshop", "2027-04-03", "Sam Okoro", None),
        ("Intro to Data Visualisation Workshop", "2027-03-06", "Lena Ortiz", None),
    ]


def test_a_card_stops_before_the_questions_below_it() -> None:
    body = """<h1>Events</h1><h2>Free webinar: Risk Basics</h2>
    <p>Thursday, March 4, 2027 · 12:00 PM · Free</p><p>Save your spot</p><h2>FAQs</h2>
    <h3>Do members pay less?</h3><p>Yes. Members receive a code that takes $150 off.</p>"""
    assert all(price != 150.0 for (price,) in _runs(body, "price"))


def test_a_card_stops_at_the_next_cards_title_and_price() -> None:
    body = """<h1>Service Excellence</h1><h2>Related courses</h2><h3>Customer Service Skills</h3>
    <p>Next date: Wed 3 Mar 2027 · £199</p><h3>Complaint Handling Course</h3>
    <p>Micro-course · 2 hours · £99</p>"""
    assert _runs(body, "name", "start_date", "price", "location") == [
        ("Customer Service Skills", "2027-03-03", 199.0, None)
    ]


def test_an_inclusive_trainer_label() -> None:
    body = """<h1>Gestion de projet</h1><ul><li><p>Le 9 mars 2027</p><p>Lille</p>
    <p>Formateur·rice : Marc Dubois</p><p>990 € HT</p><p>S'inscrire</p></li></ul>"""
    assert _runs(body, "instructor") == [("Marc Dubois",)]


def test_a_row_of_items_names_its_course_in_the_cell_before_the_date() -> None:
    row = (
        '<li><a href="/c/{slug}">{name}</a><span>{date}</span><span>Live Online</span>'
        "<span>${price}</span></li>"
    )
    body = (
        "<h1>Upcoming classes</h1><ul>"
        + row.format(slug="a", name="Kubernetes Fundamentals", date="10/13/2026", price="795")
        + row.format(slug="b", name="Terraform Essentials", date="11/03/2026", price="995")
        + "</ul>"
    )
    assert _runs(body, "name", "start_date", "price") == [
        ("Kubernetes Fundamentals", "2026-10-13", 795.0),
        ("Terraform Essentials", "2026-11-03", 995.0),
    ]


def test_labelled_cells_whose_label_and_value_share_a_line() -> None:
    cell = '<div class="c"><span class="run-label">{}</span><span>{}</span></div>'
    run = '<div class="run">{}</div>'
    body = "<h1>Projektledning i praktiken</h1>" + "".join(
        run.format(
            cell.format("Vecka", week)
            + cell.format("Datum", date)
            + cell.format("Ort", place)
            + cell.format("Lärare", "Eva Holm")
            + cell.format("Pris", "7 900 kr")
        )
        for week, date, place in (
            ("v. 42", "12 okt 2026", "Malmö"),
            ("v. 46", "9 nov 2026", "Uppsala"),
        )
    )
    assert _runs(body, "name", "start_date", "location", "instructor") == [
        ("Projektledning i praktiken", "2026-10-12", "Malmö", "Eva Holm"),
        ("Projektledning i praktiken", "2026-11-09", "Uppsala", "Eva Holm"),
    ]

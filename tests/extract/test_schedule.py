"""Dated runs read from a page's visible schedule: tables, cards, labelled cohorts."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

from prospectus.extract import Document, extract
from prospectus.extract.dates import find_date_ranges
from prospectus.extract.patterns.card_guards import glued_cross_sell, under_cross_sell
from prospectus.extract.patterns.card_names import priced_dotted_name, titled_date_name
from prospectus.extract.patterns.card_urls import card_url, slug_title
from prospectus.extract.patterns.cell_dates import cell_runs
from prospectus.extract.patterns.cell_links import linked_cells
from prospectus.extract.patterns.date_counts import without_date_count
from prospectus.extract.patterns.inline_runs import inline_runs
from prospectus.extract.patterns.options import without_addon_price
from prospectus.extract.patterns.panels import course_panels, panel_place
from prospectus.extract.patterns.place_dates import place_date_rows
from prospectus.extract.patterns.place_groups import place_groups
from prospectus.extract.patterns.schedule import ScheduleContext, find_runs
from prospectus.extract.patterns.schedule_values import course_in_call
from prospectus.extract.patterns.schedule_words import (
    BUTTON,
    could_be_course_name,
    is_run_label,
    promo_badge,
    title_before_trainer,
)
from prospectus.extract.patterns.section_lists import section_lists
from prospectus.extract.patterns.section_tables import (
    Section,
    names_course,
    section_courses,
    with_section_course,
)
from prospectus.extract.patterns.tabs import without_course_tabs, without_mixed_places
from prospectus.extract.patterns.transposed import transpose_run_tables
from prospectus.extract.vat import vat_marker
from prospectus.extract.visible import visible_from_text, visible_from_tree
from prospectus.records import Course

_FIELDS = ("name", "start_date", "end_date", "price", "list_price", "mode", "location")


def _runs(body: str, *fields: str) -> list[tuple[Any, ...]]:
    html = f"<html><head><title>Page</title></head><body>{body}</body></html>"
    result = extract(Document(body=html.encode(), page="schedule.html"))
    return sorted(
        tuple(getattr(r, f) for f in (fields or _FIELDS))
        for r in result.records
        if r.kind == "course"
    )


def _dump_runs(text: str, **context: Any) -> list[Course]:
    """The runs ``find_runs`` reads from a text dump's ``text``, in a context of ``context``."""
    ctx = ScheduleContext(page="p.txt", **context)
    return find_runs(visible_from_text(text, "p.txt"), ctx)


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


def test_a_list_heading_naming_the_provider_is_not_a_course_name() -> None:
    """A "Trainingen bij <provider>" or "Courses at <provider>" heading over a list of
    linked courses with their next dates heads the list: no run takes it as its name."""
    body = """<h1>Begrippenlijst bosbouw</h1><p>Woorden uit onze cursussen.</p>
    <h2>Trainingen bij Bosbouw Noord</h2><ul>\
<li><a href="/c/cs30">Motorzaag basis</a> — di 9 maart 2027 · Zwolle — € 320,-</li>\
<li><a href="/c/cs31">Vellen van bomen</a> — 14-04-2027 · Assen — € 290,-</li></ul>"""
    assert _runs(body, "name", "start_date") == [
        ("Motorzaag basis", "2027-03-09"),
        ("Vellen van bomen", "2027-04-14"),
    ]


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


def test_dates_listed_under_a_course_heading_share_its_price_and_place() -> None:
    body = """<h1>Open course dates</h1>
    <h3><a href="/c/first-aid">Paediatric First Aid</a></h3>
    <p>2 days · 9:30am–4:00pm · Classroom, Bristol (Temple Quay)</p><p>£240 + VAT per person</p>
    <ul><li>3–4 March 2027 <span>Places available</span> <a href="#">Book</a></li>
    <li>Mon 12 April 2027 <span>Fully booked</span> <a href="#">Waiting list</a></li></ul>
    <p><a href="/c/first-aid">Full course details →</a></p>
    <h3><a href="/c/manual">Manual Handling Awareness</a></h3>
    <p>Half day · Live online</p><p>£85 + VAT per person</p>
    <ul><li>Tue 9 March 2027 <a href="#">Book</a></li>
    <li>Thu 8 April 2027 <a href="#">Book</a></li></ul>
    """
    assert _runs(body, "name", "start_date", "end_date", "price", "mode", "location") == [
        ("Manual Handling Awareness", "2027-03-09", "2027-03-09", 85.0, "online", None),
        ("Manual Handling Awareness", "2027-04-08", "2027-04-08", 85.0, "online", None),
        ("Paediatric First Aid", "2027-03-03", "2027-03-04", 240.0, "in_person", "Bristol"),
        ("Paediatric First Aid", "2027-04-12", "2027-04-12", 240.0, "in_person", "Bristol"),
    ]


def test_a_blog_date_beside_a_footers_booking_terms_link_is_no_run() -> None:
    body = """<h1>Blog</h1><h4>Five myths about fire drills</h4><p>3 July 2027</p>
    <footer><p>Acme Safety Ltd</p><p>Privacy · Booking terms</p></footer>"""
    assert _runs(body) == []


def test_a_cohort_sessions_list_runs_from_its_first_to_its_last_day() -> None:
    body = """<h1>Excel Power Query Course</h1>
    <div><h3>Class A</h3><dl><dt>Sessions</dt><dd>2, 9 and 16 March 2027</dd>
    <dt>Time</dt><dd>6:30pm – 9:30pm</dd><dt>Venue</dt><dd>Live online via Teams</dd>
    <dt>Fee</dt><dd>€390</dd></dl></div>
    <div><h3>Class B</h3><dl><dt>Sessions</dt><dd>27 April, 4 &amp; 11 May 2027</dd>
    <dt>Time</dt><dd>6:30pm – 9:30pm</dd><dt>Venue</dt><dd>Cork</dd>
    <dt>Fee</dt><dd>€420</dd></dl></div>"""
    assert _runs(body, "name", "start_date", "end_date", "price") == [
        ("Excel Power Query Course", "2027-03-02", "2027-03-16", 390.0),
        ("Excel Power Query Course", "2027-04-27", "2027-05-11", 420.0),
    ]


def test_a_cohort_column_heading_is_not_the_course_name() -> None:
    body = """<h1>UX Design Bootcamp</h1>
    <div><h3>Spring 2027 Cohort</h3><p>Mar 1 – Apr 23, 2027</p><p>$3,200</p><p>Live Online</p>
    <a href="#">Enroll now</a></div>"""
    assert _runs(body, "name", "start_date", "price") == [
        ("UX Design Bootcamp", "2027-03-01", 3200.0)
    ]


def test_link_words_and_questions_are_no_location() -> None:
    body = """<h1>Scrum Master Kurs</h1><h3>Prefer weekends?</h3><h4>Kanban Kurs</h4>
    <p>Neste kurs: 3. mars 2027 · kr 9 900,-</p><a href="#">Les mer</a>"""
    assert [loc for (loc,) in _runs(body, "location")] == [None]


def test_a_session_list_needs_an_and_or_three_days() -> None:
    from prospectus.extract.dates import find_date_ranges
    from prospectus.extract.patterns.sessions import session_list

    def span(text: str) -> tuple[str | None, str | None]:
        """The list's first and last day, as the date parser or the session reader reads it."""
        first = find_date_ranges(text, day_first=True)[0]
        found = session_list(text, first) or first
        return (found.dates.start, found.dates.end)

    assert span("Saturdays 6 & 13 March 2027") == ("2027-03-06", "2027-03-13")
    assert span("29 December, 5 and 12 January 2027") == ("2026-12-29", "2027-01-12")
    assert span("4, 11, 18 May 2027") == ("2027-05-04", "2027-05-18")
    assert span("Room 4, 27 October 2027") == ("2027-10-27", None)  # one date, not 4–27
    # the last two days read as a pair across a month: the list still starts at its first
    assert span("12, 19, 26 January and 2 February 2027") == ("2027-01-12", "2027-02-02")
    assert span("17, 24 Nov and 1 Dec 2026") == ("2026-11-17", "2026-12-01")
    assert span("Room 4, 3 – 5 May 2027") == ("2027-05-03", "2027-05-05")  # a range, no list


def test_a_date_select_offers_runs_of_the_page_course_but_not_a_cross_sells() -> None:
    body = """<h1>Emergency First Aid at Work</h1><form class="cart">
    <label for="d">Choose your date</label><select id="d" name="date">
    <option value="">Choose your date…</option>
    <option value="a">Thu 4 Mar 2027 — Leeds — £120</option>
    <option value="b">Sat 20 Mar 2027 — York — £99 (was £120) — SOLD OUT</option>
    </select><button type="submit">Add to basket</button></form>
    <aside class="related"><h3>Paediatric First Aid</h3><p>from £150</p>
    <select><option>Mon 8 Mar 2027 — Leeds — £150</option></select></aside>"""
    assert _runs(body, "name", "start_date", "price", "list_price", "location", "availability") == [
        ("Emergency First Aid at Work", "2027-03-04", 120.0, None, "Leeds", None),
        ("Emergency First Aid at Work", "2027-03-20", 99.0, 120.0, "York", "SoldOut"),
    ]


def test_shop_variant_options_give_their_town_before_the_price_and_open_dates() -> None:
    body = """<h1>Chainsaw Safety Level 1</h1><form action="/cart/add">
    <label for="v">Choose a date</label><select id="v" name="id">
    <option value="1">Mon 7 Jun 2027 – Taupo (North yard) - $420.00 NZD</option>
    <option value="2">21/06/2027 – Rotorua - $380.00 NZD</option>
    <option value="3" disabled>Fri 2 Jul 2027 – Tokoroa – Sold out - $420.00 NZD</option>
    </select><button type="submit">Add to cart</button></form>
    <div class="dates"><button>21/06/2027 – Rotorua <span>$380</span> <span>1 spot left</span>
    </button></div>"""
    assert _runs(body, "start_date", "price", "mode", "location", "availability") == [
        ("2027-06-07", 420.0, "in_person", "Taupo", "InStock"),
        ("2027-06-21", 380.0, "in_person", "Rotorua", "LimitedAvailability"),
        ("2027-07-02", 420.0, "in_person", "Tokoroa", "SoldOut"),
    ]


def test_a_select_that_disables_no_date_says_nothing_of_its_dates_status() -> None:
    body = """<h1>Chainsaw Safety Level 1</h1><form action="/cart/add">
    <select name="id"><option value="1">Mon 7 Jun 2027 – Taupo - $420.00 NZD</option>
    <option value="2">Mon 14 Jun 2027 – Rotorua - $420.00 NZD</option></select></form>"""
    assert _runs(body, "start_date", "location", "availability") == [
        ("2027-06-07", "Taupo", None),
        ("2027-06-14", "Rotorua", None),
    ]


def test_date_radios_of_a_product_form_are_runs_with_their_town_and_status() -> None:
    body = """<h1>Confined Space Entry</h1><p>Prices exclude GST.</p>
    <form action="/cart/add"><fieldset><legend>Date</legend>
    <input type="radio" id="r1" name="Date" value="Mon, Apr 5, 2027 — Red Deer" checked>
    <label for="r1">Mon, Apr 5, 2027 — Red Deer</label>
    <input type="radio" id="r2" name="Date" value="Fri, Apr 16, 2027 — Brooks" disabled>
    <label for="r2" class="disabled">Fri, Apr 16, 2027 — Brooks</label>
    <label><input type="radio" name="Date" value="x"> Tue, May 4, 2027 — Airdrie \
(2 seats left)</label>
    </fieldset><button type="submit">Add to cart</button></form>
    <aside class="related"><h3>Fall Protection</h3>
    <input type="radio" id="o1" name="o"><label for="o1">Sat, Apr 10, 2027 — Red Deer</label>
    <input type="radio" id="o2" name="o"><label for="o2">Sat, Apr 24, 2027 — Brooks</label>
    </aside>"""
    assert _runs(body, "name", "start_date", "mode", "location", "availability") == [
        ("Confined Space Entry", "2027-04-05", "in_person", "Red Deer", "InStock"),
        ("Confined Space Entry", "2027-04-16", "in_person", "Brooks", "SoldOut"),
        ("Confined Space Entry", "2027-05-04", "in_person", "Airdrie", "LimitedAvailability"),
    ]


def test_a_date_radios_label_of_spans_reads_as_a_cards_lines() -> None:
    body = """<h1>PRINCE2 Foundation</h1><form class="booking"><div class="pick">
    <input type="radio" id="s1" name="session" value="71"><label for="s1">
    <span>Tue 6 &ndash; Thu 8 April 2027</span><span>Hamilton &mdash; Victoria Street</span>
    <span>with Ana Tupou</span><span>NZ$1,450 + GST</span></label>
    <input type="radio" id="s2" name="session" value="72"><label for="s2">
    <span>Tue 4 &ndash; Thu 6 May 2027</span><span>Live online (NZT)</span>
    <span>with Ana Tupou</span><span>NZ$1,350 + GST</span>
    <span class="pill">Last few seats</span></label></div></form>"""
    assert _runs(body, "name", "start_date", "price", "mode", "location", "instructor") == [
        ("PRINCE2 Foundation", "2027-04-06", 1450.0, "in_person", "Hamilton", "Ana Tupou"),
        ("PRINCE2 Foundation", "2027-05-04", 1350.0, "online", None, "Ana Tupou"),
    ]


def test_radios_that_are_no_date_picker_are_no_runs() -> None:
    body = """<h1>Forklift Operator</h1><p>Next course 12 May 2027.</p><form>
    <input type="radio" id="a" name="size"><label for="a">Small</label>
    <input type="radio" id="b" name="size"><label for="b">Large</label>
    <input type="radio" id="c" name="start"><label for="c">Start on 3 May 2027</label>
    </form>"""
    assert _runs(body, "start_date") == []


def test_a_sessions_line_with_a_weekday_range_between_its_dashes() -> None:
    body = """<h1>Upcoming sessions</h1><ul>
    <li><b>Forklift Licence (TLILIC0003)</b> — Mon 8 – Tue 9 Mar 2027 — Unit 2, 14 Kent Rd, \
Mascot — $650 incl. GST — <em>Last few spots</em> <a href="/t/1">Get tickets</a></li>
    <li><b>Forklift Licence (TLILIC0003)</b> — Wednesday 7th – Thursday 8th April 2027 — \
Unit 2, 14 Kent Rd, Mascot — $650 incl. GST — <em>Tickets available</em></li></ul>"""
    assert _runs(body, "start_date", "end_date", "price", "availability") == [
        ("2027-03-08", "2027-03-09", 650.0, "LimitedAvailability"),
        ("2027-04-07", "2027-04-08", 650.0, "InStock"),
    ]


def test_woocommerce_date_variations_take_their_price_and_stock_from_the_form() -> None:
    variations = (
        (
            '[{"attributes": {"attribute_pa_date": "2-4-feb"}, "price_html": '
            '"<del>£700.00</del> <ins>£600.00</ins>", "availability_html": "<p>In stock</p>"},'
            ' {"attributes": {"attribute_pa_date": "9-11-mar"}, "price_html": "£650.00", '
            '"availability_html": "<p class=\\"stock out-of-stock\\">Fully booked</p>"}]'
        )
        .replace("&", "&amp;")
        .replace('"', "&quot;")
    )
    body = f"""<script type="application/ld+json">{{"@context": "https://schema.org",
    "@type": "Product", "name": "Award in Counselling Skills"}}</script>
    <h1>Award in Counselling Skills</h1>
    <form class="variations_form cart" data-product_variations="{variations}">
    <select name="attribute_pa_date" data-attribute_name="attribute_pa_date">
    <option value="">Choose an option</option>
    <option value="2-4-feb">2–4 Feb 2027 – Bristol</option>
    <option value="9-11-mar">9–11 Mar 2027 – Online (Zoom)</option></select>
    <button type="submit">Book now</button></form>"""
    assert _runs(body, "start_date", "end_date", "price", "list_price", "mode", "availability") == [
        ("2027-02-02", "2027-02-04", 600.0, 700.0, "in_person", "InStock"),  # "In stock"
        ("2027-03-09", "2027-03-11", 650.0, None, "online", "SoldOut"),
    ]


def test_woocommerce_variations_without_price_html_take_their_display_prices() -> None:
    variations = (
        (
            '[{"attributes": {"attribute_pa_session": "6-7-may"}, "price_html": "", '
            '"availability_html": "", "display_price": 450, "display_regular_price": 520, '
            '"is_in_stock": true},'
            ' {"attributes": {"attribute_pa_session": "3-4-jun"}, "price_html": "", '
            '"availability_html": "", "display_price": 520, "display_regular_price": 520, '
            '"is_in_stock": false}]'
        )
        .replace("&", "&amp;")
        .replace('"', "&quot;")
    )
    body = f"""<h1>Mental Health First Aid Course</h1><p class="price">€450.00 – €520.00</p>
    <form class="variations_form cart" data-product_variations="{variations}">
    <select name="attribute_pa_session" data-attribute_name="attribute_pa_session">
    <option value="">Choose a session</option>
    <option value="6-7-may">6–7 May 2027 – Cork</option>
    <option value="3-4-jun">3–4 Jun 2027 – Galway</option></select>
    <button type="submit">Book now</button></form>"""
    assert _runs(body, "start_date", "price", "list_price", "currency", "availability") == [
        ("2027-05-06", 450.0, 520.0, "EUR", None),
        ("2027-06-03", 520.0, None, "EUR", "SoldOut"),
    ]


def test_webflow_date_variants_take_their_price_and_stock_from_the_sku_json() -> None:
    skus = json.dumps(
        {
            "product": {"name": "Pool Lifeguard Award"},
            "skus": [
                {
                    "id": "a1",
                    "f_price_": {"unit": "NZD", "value": 42000},
                    "f_compare_at_price_x1": {"unit": "NZD", "value": 48000},
                    "inventory": {"type": "finite", "quantity": 5},
                },
                {
                    "id": "a2",
                    "f_price_": {"unit": "NZD", "value": 45000},
                    "f_compare_at_price_x1": None,
                    "inventory": {"type": "finite", "quantity": 0},
                },
                {"id": "a9", "f_price_": {"unit": "NZD", "value": 99000}},
            ],
        }
    )
    body = f"""<h1>Pool Lifeguard Award</h1><p>From $420.00 NZD</p>
    <form class="w-commerce-commerceaddtocartform">
    <select data-node-type="commerce-add-to-cart-option-select">
    <option value="">Pick a session</option>
    <option value="a1">Mon, Mar 8, 2027 — Hamilton</option>
    <option value="a2">Mon, Apr 12, 2027 — Tauranga</option>
    <option value="a9">Group booking — on request</option></select>
    <input type="submit" value="Add to Cart"></form>
    <script type="application/json" id="product-data">{skus}</script>"""
    assert _runs(body, "start_date", "price", "list_price", "currency", "availability") == [
        ("2027-03-08", 420.0, 480.0, "NZD", None),
        ("2027-04-12", 450.0, None, "NZD", "SoldOut"),
    ]


def test_shopify_date_variants_take_their_cents_from_the_product_json() -> None:
    product = json.dumps(
        {
            "title": "Barista Skills Workshop",
            "variants": [
                {
                    "id": 4101,
                    "title": "12 May 2027",
                    "price": 18500,
                    "compare_at_price": None,
                    "available": True,
                },
                {
                    "id": 4102,
                    "title": "9 Jun 2027",
                    "price": 16500,
                    "compare_at_price": 18500,
                    "available": False,
                },
            ],
        }
    )
    body = f"""<h1>Barista Skills Workshop</h1><p>£185.00</p>
    <form action="/cart/add" method="post"><select name="id">
    <option value="4101">12 May 2027 - Leeds</option>
    <option value="4102">9 Jun 2027 - York</option></select>
    <button type="submit">Add to cart</button></form>
    <script type="application/json" id="ProductJson-main">{product}</script>"""
    assert _runs(body, "start_date", "price", "list_price", "availability") == [
        ("2027-05-12", 185.0, None, None),
        ("2027-06-09", 165.0, 185.0, "SoldOut"),
    ]


def test_cross_sell_cards_in_a_row_keep_their_own_titles() -> None:
    body = """<h1>Minute Taking</h1><h2>More events from this organiser</h2>
    <div><h3>Report Writing Skills</h3><p>Thu, 22 Oct 2026, 09:30</p><p>From €275.00</p></div>
    <div><h3>Chairing Effective Meetings</h3><p>Wed, 4 Nov 2026, 10:00</p><p>Online</p>
    <p>From €195.00</p></div>"""
    assert _runs(body, "name", "start_date") == [
        ("Chairing Effective Meetings", "2026-11-04"),
        ("Report Writing Skills", "2026-10-22"),
    ]


def test_a_testimonial_date_is_no_run() -> None:
    body = """<h1>Data Protection Officer Course</h1>
    <p>„Very practical, I passed first time.“ – M. R., 02.04.2026</p>
    <h3>Newsletter</h3><p>Sign up</p><button>Anmelden</button>"""
    assert _runs(body, "start_date") == []


def test_a_struck_price_then_the_price_of_a_price_table_column() -> None:
    body = """<h1>Data Analytics Bootcamp</h1><div class="price-table">
    <h3>Fall 2026 Cohort</h3><p>Oct 6 – Nov 24, 2026</p><div>$2,895</div>
    <div>$2,495 tuition</div><ul><li>Live Online</li><li>Lead instructor: Dana Fox</li>
    <li>Exam voucher ($253 value) included</li></ul><a href="#">Enroll now</a></div>"""
    assert _runs(body, "start_date", "price", "list_price", "mode", "instructor") == [
        ("2026-10-06", 2495.0, 2895.0, "online", "Dana Fox")
    ]


def test_trainer_labels_in_other_languages_name_the_run_trainer() -> None:
    body = """<h1>Curso de Gestión de Proyectos</h1><ul>
    <li>12/04/2027 – 16/04/2027 · Madrid · Docente: Marta Gil · 1.200 €</li>
    <li>10/05/2027 – 14/05/2027 · Sevilla · Docente: Pablo Ortega · 1.200 €</li></ul>"""
    assert _runs(body, "start_date", "instructor") == [
        ("2027-04-12", "Marta Gil"),
        ("2027-05-10", "Pablo Ortega"),
    ]


def test_a_trainer_named_without_a_colon_before_a_sentence_on_price_is_the_run_trainer() -> None:
    body = """<h1>Training calendar</h1>
    <div class="event"><a href="/e/forklift?i=1">Forklift Safety</a><div>Mar 9, 2027 8:00 am – \
Mar 10, 2027 4:00 pm</div><div>Instructor Maria Lopez. Cost: $310.00 per person.</div></div>
    <div class="event"><a href="/e/first-aid?i=2">First Aid at Work</a><div>Apr 13, 2027 8:00 am – \
Apr 14, 2027 4:00 pm</div><div>Instructor Dan Hughes. Cost: $290.00 per person.</div></div>"""
    assert _runs(body, "start_date", "price", "instructor") == [
        ("2027-03-09", 310.0, "Maria Lopez"),
        ("2027-04-13", 290.0, "Dan Hughes"),
    ]


def test_a_fee_cell_with_a_struck_span_gives_the_runs_was_price() -> None:
    body = """<h1>Data Analytics Bootcamp</h1><h2>Upcoming batches</h2><table>
    <tr><th>Start date</th><th>End date</th><th>Mode</th><th>Fee</th></tr>
    <tr><td>06 Mar 2027</td><td>18 Apr 2027</td><td>Live online</td>\
<td>₹18,500 <span class="strike">₹21,000</span></td></tr>
    <tr><td>10 Apr 2027</td><td>23 May 2027</td><td>Live online</td><td>₹18,500</td></tr></table>"""
    assert _runs(body, "start_date", "price", "list_price") == [
        ("2027-03-06", 18500.0, 21000.0),
        ("2027-04-10", 18500.0, None),
    ]


def test_a_column_header_after_a_trainer_label_is_no_trainer() -> None:
    body = """<h1>Kurs i prosjektledelse</h1><div>Dato</div><div>Sted</div>\
<div>Kursleder</div><div>Status</div>
    <div><div>3.–4. mai 2027</div><div>Trondheim</div><div>Kursleder: Kari Nilsen</div>\
<div>kr 9 900,-</div></div>
    <div><div>7.–8. juni 2027</div><div>Tromsø</div><div>Kursleder: Ola Berg</div>\
<div>kr 9 900,-</div></div>"""
    assert _runs(body, "start_date", "instructor") == [
        ("2027-05-03", "Kari Nilsen"),
        ("2027-06-07", "Ola Berg"),
    ]


def test_a_shared_price_per_format_is_given_to_each_run_by_its_format() -> None:
    body = """<h1>Agile Project Management</h1>
    <p>Fee: £1,495 for classroom courses · £1,295 for live online courses. All prices excl. VAT.</p>
    <div><div>3–5 May 2027</div><div>Classroom, Leeds</div><div>Book</div></div>
    <div><div>7–9 June 2027</div><div>Live online</div><div>Book</div></div>"""
    assert _runs(body, "start_date", "price", "mode", "price_includes_vat") == [
        ("2027-05-03", 1495.0, "in_person", False),
        ("2027-06-07", 1295.0, "online", False),
    ]


def test_a_status_badge_in_a_dl_cards_header_is_the_runs_availability() -> None:
    body = """<h1>Data Analysis Course</h1>
    <article><header><h3>Group 1</h3><span>Sold out</span></header><dl>\
<dt>Dates</dt><dd>3 May 2027</dd><dt>Fee</dt><dd>£450</dd></dl><a>Waitlist</a></article>
    <article><header><h3>Group 2</h3><span>Only 2 places left</span></header><dl>\
<dt>Dates</dt><dd>7 June 2027</dd><dt>Fee</dt><dd>£450</dd></dl><a>Book</a></article>"""
    assert _runs(body, "start_date", "availability") == [
        ("2027-05-03", "SoldOut"),
        ("2027-06-07", "LimitedAvailability"),
    ]


def test_norwegian_and_danish_excluding_vat_notes() -> None:
    assert vat_marker("kr 12 500,- eks. mva.") is False
    assert vat_marker("DKK 9.500 ekskl. moms") is False
    assert vat_marker("f.eks. mva-registrerte bedrifter") is None


def test_calendar_badges_under_month_headings_take_the_headings_year() -> None:
    body = """<h1>Workshop calendar</h1><h2>March 2027</h2>
    <div><div><span>4</span><span>MAR</span><span>THU</span></div><h3>Time Management Basics</h3>\
<p>9:00 a.m. – 4:00 p.m. Leeds</p><p><span>£295 + VAT</span>\t<span>Sold out</span>\t\
<a>Register</a></p></div>
    <h2>April 2027</h2>
    <div><div><span>8</span><span>APR</span><span>THU</span></div><h3>Presentation Skills Day</h3>\
<p>9:00 a.m. – 4:00 p.m. York</p><p><span>£325 + VAT</span>\t<span>Few places left</span>\t\
<a>Register</a></p></div>"""
    assert _runs(body, "name", "start_date", "end_date", "price", "availability") == [
        ("Presentation Skills Day", "2027-04-08", "2027-04-08", 325.0, "LimitedAvailability"),
        ("Time Management Basics", "2027-03-04", "2027-03-04", 295.0, "SoldOut"),
    ]


def test_dates_grouped_under_a_course_take_its_price_place_and_session_lists() -> None:
    body = """<h1>Open course dates</h1><p>All prices exclude VAT.</p>
    <h2><a href="/courses/team-leader/">Certificate in Team Leadership</a></h2>
    <p>Duration: 6 days over 3 months</p><p>Price: £1,980 + VAT per delegate</p>
    <p>Cohort dates</p><ul>
    <li>5 &amp; 6 Oct, 2 &amp; 3 Nov 2026, 7 &amp; 8 Dec 2026 · Sheffield <a href="#">Book</a></li>
    <li>11 &amp; 12 Jan, 8 &amp; 9 Feb, 15 &amp; 16 Mar 2027 · Virtual classroom (FULL) \
<a href="#">Join waiting list</a></li></ul>
    <h2><a href="/courses/feedback/">Giving Feedback Workshop</a></h2>
    <p>Duration: 1 day</p><p>Price: <s>£320</s> £280 + VAT</p><p>Upcoming dates</p><ul>
    <li>Thu 22 Oct 2026 · Nottingham <a href="#">Book</a></li>
    <li>Mon 30 Nov 2026 · Derby (1 place left) <a href="#">Book now</a></li></ul>"""
    assert _runs(
        body, "name", "start_date", "end_date", "price", "list_price", "mode", "location"
    ) == [
        ("Certificate in Team Leadership", "2026-10-05", "2026-12-08", 1980.0, None,
         "in_person", "Sheffield"),
        ("Certificate in Team Leadership", "2027-01-11", "2027-03-16", 1980.0, None,
         "online", None),
        ("Giving Feedback Workshop", "2026-10-22", "2026-10-22", 280.0, 320.0,
         "in_person", "Nottingham"),
        ("Giving Feedback Workshop", "2026-11-30", "2026-11-30", 280.0, 320.0,
         "in_person", "Derby"),
    ]  # fmt: skip


def test_a_session_list_over_months_is_one_run_but_dates_of_runs_are_not() -> None:
    from prospectus.extract.dates import find_date_ranges
    from prospectus.extract.patterns.sessions import month_sessions

    def span(text: str, year: int | None = None) -> list[tuple[str | None, str | None]]:
        found = month_sessions(text, find_date_ranges(text, year=year, day_first=True))
        return [(m.dates.start, m.dates.end) for m in found]

    assert span("3 & 4 Nov, 1 & 2 Dec 2026, 12 & 13 Jan 2027 · Leeds") == [
        ("2026-11-03", "2027-01-13")
    ]
    assert span("Nov 30 & Dec 1, Jan 11 & 12 2027") == [("2026-11-30", "2027-01-12")]
    assert span("2 & 3 Feb, 2 & 3 Mar, 13 & 14 Apr", year=2027) == [("2027-02-02", "2027-04-14")]
    # dates of separate runs (no month with two days), and days out of order, stay as found
    for text in ("12 Oct, 9 Nov, 7 Dec 2026", "3 & 4 Dec, 1 & 2 Nov 2026"):
        found = find_date_ranges(text, year=2026, day_first=True)
        assert month_sessions(text, found) == found


def test_a_card_under_a_cross_sell_heading_is_another_courses() -> None:
    page = """<h1>Gestion de projet agile</h1><h2>Prochaines sessions</h2>
    <p>Du lundi 12 au mardi 13 octobre 2026</p><p>Lieu : Nantes</p><p>Tarif : 1 290 € HT</p>
    <p>Places disponibles</p>
    <h2>{heading}</h2><h3><a href="/f/x">{title}</a></h3>
    <p>2 jours · 1 190 € HT · Prochaine session : 3 décembre 2026</p>"""
    for heading in ("Ces formations pourraient aussi vous intéresser", "Formations similaires"):
        # a title that reads as a format ("… à distance") is no card title: no run at all
        body = page.format(heading=heading, title="Animer une équipe à distance")
        assert _runs(body, "name", "start_date") == [("Gestion de projet agile", "2026-10-12")]
        body = page.format(heading=heading, title="Conduite du changement")
        assert ("Gestion de projet agile", "2026-12-03") not in _runs(body, "name", "start_date")


def test_every_card_under_a_cross_sell_heading_is_another_courses() -> None:
    page = """<h1>Manual Handling Course</h1><h2>Dates</h2>
    <p>Tue 9 March 2027 · Leeds · £120 + VAT · Book now</p>
    <h2>Popular courses</h2>
    <div><h3>Ladder Safety</h3><p>Next date 12/01/2027</p><p>£80 + VAT</p></div>
    <div><h3>Abrasive Wheels</h3><p>Next date 03/02/2027</p><p>£140 + VAT</p></div>
    <div><h3>Fire Warden</h3><p>Next date 18/02/2027</p><p>£95 + VAT</p></div>"""
    runs = _runs(page, "name", "start_date")
    assert ("Manual Handling Course", "2027-03-09") in runs
    assert not any(day in {"2027-01-12", "2027-02-03", "2027-02-18"} for _, day in runs)


def test_a_card_reached_from_a_cross_sell_heading_only_through_cards_like_it() -> None:
    box = ["You may also like", "Ladder Safety", "Next date 12/01/2027", "£80 + VAT"]
    later = ["Abrasive Wheels", "Next date 03/02/2027", "£140 + VAT"]
    assert under_cross_sell([*box, *later], 5)
    # a date line of another shape between: the box has ended, the run below is the page's
    other = [*box, "Our dates", "Starts 3 February 2027 in Leeds", "£140 + VAT"]
    assert not under_cross_sell(other, 5)


def test_a_bare_date_under_a_question_is_a_posts_not_a_run() -> None:
    body = """<h1>Negotiation Skills Course</h1><h2>From the blog</h2>
    <h3>How do you open a negotiation?</h3><p>4 September 2026</p>
    <h2>Get our new dates</h2><a href="#">Register</a>"""
    assert _runs(body) == []


def test_a_bare_date_under_a_question_and_over_a_price_is_a_run() -> None:
    body = """<h1>Negotiation Skills Course</h1><h2>When is the next course?</h2>
    <p>4 September 2026</p><p>£495 + VAT</p><a href="#">Book now</a>"""
    assert _runs(body, "name", "start_date", "price") == [
        ("Negotiation Skills Course", "2026-09-04", 495.0)
    ]


def test_a_course_group_with_one_date_keeps_its_price_and_the_next_group_its_own() -> None:
    body = """<h1>Open course dates</h1>
    <h2><a href="/c/feedback/">Giving Feedback Workshop</a></h2>
    <p>Duration: 1 day</p><p>Price: £280 + VAT</p><ul>
    <li>Thu 22 Oct 2026 · Nottingham <a href="#">Book</a></li></ul>
    <h2><a href="/c/time/">Time Management Course</a></h2>
    <p>Duration: 1 day</p><p>Price: £250 + VAT</p><ul>
    <li>Thu 5 Nov 2026 · Derby <a href="#">Book</a></li>
    <li>Thu 3 Dec 2026 · Online <a href="#">Book</a></li></ul>"""
    assert _runs(body, "name", "start_date", "price", "location") == [
        ("Giving Feedback Workshop", "2026-10-22", 280.0, "Nottingham"),
        ("Time Management Course", "2026-11-05", 250.0, "Derby"),
        ("Time Management Course", "2026-12-03", 250.0, None),
    ]


def test_a_cards_start_and_end_dates_in_separate_elements_are_one_run() -> None:
    body = """<h1>Data Analytics Bootcamp</h1><h2>Upcoming cohorts</h2>
    <div class="card"><div class="dates"><div>Mar 1, 2027</div><div>–</div>\
<div>Mar 5, 2027</div></div><div>Live Online</div><div>9:00 AM – 4:00 PM CT</div>\
<div>Instructor: <span>Priya Raman</span></div><div>$2,195</div><div>Few seats left</div>\
<a href="/enroll">Enroll</a></div>
    <div class="card"><div class="dates"><div>Starts</div><div>Apr 12, 2027</div>\
<div>Ends</div><div>Apr 16, 2027</div></div><div>In Person</div><div>Omaha</div>\
<div>$2,395</div><a href="/enroll">Enroll</a></div>"""
    assert _runs(body, "name", "start_date", "end_date", "price", "availability") == [
        ("Data Analytics Bootcamp", "2027-03-01", "2027-03-05", 2195.0, "LimitedAvailability"),
        ("Data Analytics Bootcamp", "2027-04-12", "2027-04-16", 2395.0, "InStock"),  # not "Starts"
    ]
    # the trainer line is the first card's own: the second run does not inherit it
    assert _runs(body, "start_date", "instructor") == [
        ("2027-03-01", "Priya Raman"),
        ("2027-04-12", None),
    ]


def test_a_tall_cards_status_under_its_price_is_the_runs() -> None:
    body = """<h1>Cloud Architect Bootcamp</h1><div>Jun 7, 2027</div><div>–</div>\
<div>Jun 11, 2027</div><div>In Person</div><div>Reston</div><div>8:30 AM – 5:30 PM ET</div>\
<div>Instructor: <span>Sam Ortiz</span></div><div>$3,100</div><div>Sold Out</div>\
<a href="/waitlist">Join waitlist</a>"""
    assert _runs(body, "start_date", "end_date", "availability") == [
        ("2027-06-07", "2027-06-11", "SoldOut")
    ]


def test_a_calendar_badge_over_a_cards_title_and_date_leaves_the_title_to_the_card() -> None:
    body = """<h1>Open Agile Classes</h1><h2>March 2027</h2>
    <div><div>MAR 4</div><h3>Kanban System Design</h3>\
<p>Thu, Mar 4 – Fri, Mar 5, 2027 · 9:00am–5:00pm ET</p><p>Live Online · Trainer: Ana Ruiz</p>\
<p>$1,095</p><a>Register</a></div>
    <div><div>MAR 18</div><h3>Team Kanban Practitioner</h3>\
<p>Thu, Mar 18, 2027 · 9:00am–5:00pm ET</p><p>Live Online · Trainer: Ana Ruiz</p>\
<p>$595</p><a>Register</a></div>"""
    assert _runs(body, "name", "start_date", "end_date", "price") == [
        ("Kanban System Design", "2027-03-04", "2027-03-05", 1095.0),
        ("Team Kanban Practitioner", "2027-03-18", "2027-03-18", 595.0),
    ]


def test_a_labelled_line_under_a_flattened_table_row_is_that_rows_field() -> None:
    text = (
        "Upcoming dates\nVenue\tDates\tPrice\n"
        "Leeds\tMon 1 Mar 2027 – Wed 3 Mar 2027\t£650 + VAT\tBook now\n"
        "Trainer: Gareth Hughes\n"
        "Sheffield Central Depot\tMon 8 Mar 2027 – Wed 10 Mar 2027\t£650 + VAT\tBook now\n"
        "Trainer: Olwen Price-Davies\n"
        "York\tMon 15 Mar 2027 – Wed 17 Mar 2027\t£650 + VAT\tBook now\n"
        "Trainer: TBC\n"
        "Need another date? Call us.\n"
    )
    runs = _dump_runs(text, course_name="Forklift Operator Course", source="text")
    assert [(r.start_date, r.end_date, r.instructor) for r in runs] == [
        ("2027-03-01", "2027-03-03", "Gareth Hughes"),
        ("2027-03-08", "2027-03-10", "Olwen Price-Davies"),
        ("2027-03-15", "2027-03-17", None),
    ]


def test_a_lead_in_naming_the_events_kind_is_not_part_of_its_title() -> None:
    body = """<h1>Open Data Classes</h1><p>All classes are taught online by certified trainers.</p>
    <div><p>New workshop: Dashboards with Power BI</p>\
<p>Tuesday, March 9, 2027 · 1:00–4:00pm ET · $149</p><a>Save my seat</a></div>"""
    assert _runs(body, "name", "start_date", "price") == [
        ("Dashboards with Power BI", "2027-03-09", 149.0)
    ]


def test_a_cards_title_is_not_its_place() -> None:
    body = """<h1>Agile Classes</h1><h2>Upcoming</h2>
    <div><h3>Scaled Agile Lead (SAL)</h3><p>Mon 8 Mar 2027 · 9:00–17:00</p>\
<p>Trainer: Ana Ruiz</p><p>€1,450</p><a>Book</a></div>"""
    assert _runs(body, "name", "location") == [("Scaled Agile Lead (SAL)", None)]


def test_pricing_table_columns_are_runs_of_the_page_course() -> None:
    """Plan columns used as run cards: title, badge and price above the date, the
    column's features and button below it; a column's own label is no course name."""
    column = """<div class="pricing-table"><h3>{}</h3><span class="badge">{}</span>
    <div class="price"><span>{}</span><span>+ VAT</span></div>
    <ul><li>Dates: {} · 9:30–16:30</li><li>Format: {}</li><li>Trainer: {}</li>
    <li>Certificate included</li></ul><a class="button" href="#">Book now</a></div>"""
    columns = [
        "Leeds · Autumn cohort|Last places|£1,450|Saturdays 10, 17, 24 and 31 October 2026|"
        "Classroom in Leeds|Anna Marsh",
        "Live online · Evenings|Popular|<del>£1,250</del> £1,150|"
        "12, 19, 26 January and 2 February 2027|Live online|Tom Hale",
    ]
    body = "<h1>Certificate in Data Protection Practice</h1><h2>Upcoming cohorts</h2>" + "".join(
        column.format(*cells.split("|")) for cells in columns
    )
    name = "Certificate in Data Protection Practice"
    assert _runs(body, "name", "start_date", "end_date", "price", "list_price", "mode") == [
        (name, "2026-10-10", "2026-10-31", 1450.0, None, "in_person"),
        (name, "2027-01-12", "2027-02-02", 1150.0, 1250.0, "online"),
    ]
    assert _runs(body, "instructor", "availability", "price_includes_vat") == [
        ("Anna Marsh", "LimitedAvailability", False),
        ("Tom Hale", "InStock", False),  # the column's own "Book now"
    ]


def test_a_pricing_column_in_german_with_a_date_range() -> None:
    body = """<h1>Scrum Master Zertifizierung</h1>
    <div class="plan"><h3>Online · Abendkurs</h3><p class="price">1.290 € zzgl. MwSt.</p>
    <ul><li>Termin: dienstags und donnerstags vom 3. bis 26. November 2026</li>
    <li>Trainerin: Eva Roth</li></ul><a class="btn" href="#">Jetzt buchen</a></div>"""
    assert _runs(body, "name", "start_date", "end_date", "price", "instructor") == [
        ("Scrum Master Zertifizierung", "2026-11-03", "2026-11-26", 1290.0, "Eva Roth")
    ]


def test_a_fact_boxs_fee_above_a_deadline_is_no_run() -> None:
    """The facts above a date ("Fee" / "€1,450" / "Applications close") are no pricing
    column, and neither is a sentence holding a date above a heading."""
    body = """<h1>Certificate in Payroll Practice</h1><dl class="facts">
    <div><span>Duration</span><span>12 weeks</span></div><p>Fee</p><p>€1,450</p>
    <p>Course code</p><p>CPD-1</p><p>Applications close</p><p>Friday 25 September 2026</p></dl>
    <p>Exam: €350 + VAT</p><p>10% off when you enrol by 4 September 2026</p>
    <h2>Course overview</h2><p>Learn the payroll cycle end to end.</p>"""
    assert _runs(body, "start_date") == []


def test_one_day_runs_in_labelled_rows_are_the_page_courses() -> None:
    """An <ol> of dated rows with no course name: the runs are the page's own course; the
    section heading and the row's "Meld på" button are no name, "Sted:" gives the city."""
    row = """<li><div><time datetime="{}">{}</time> kl. 08.30–15.30</div>
    <div>Sted: {}<br><small>Kurslokale: {}</small></div><div>Instruktør: {}</div>
    <div>{} eks. mva.</div><div>{}</div><div><a href="#">{}</a></div></li>"""
    rows = [
        "2027-03-09|tirsdag 9. mars 2027|Tromsø|Scandic Ishavshotel|Ola Berg|kr 4 200,–|"
        "Ledige plasser|Meld på",
        "2027-03-18|torsdag 18. mars 2027|Bodø|Thon Hotel Nordlys|Siri Dahl|"
        "Tilbud: kr 3 600,– (ord. kr 4 200,–)|Fulltegnet|Fulltegnet – sett meg på venteliste",
        "2027-04-06|tirsdag 6. april 2027|Tromsø|Scandic Ishavshotel|Ola Berg|kr 4 200,–|"
        "Få plasser igjen|Meld på",
    ]
    body = "<h1>Kurs i arbeid på tak</h1><h2>Kursdatoer og påmelding</h2><ol>"
    body += "".join(row.format(*cells.split("|")) for cells in rows) + "</ol>"
    name = "Kurs i arbeid på tak"
    assert _runs(body, "name", "start_date", "end_date", "price", "list_price") == [
        (name, "2027-03-09", "2027-03-09", 4200.0, None),
        (name, "2027-03-18", "2027-03-18", 3600.0, 4200.0),
        (name, "2027-04-06", "2027-04-06", 4200.0, None),
    ]
    assert _runs(body, "start_date", "location", "instructor", "availability") == [
        ("2027-03-09", "Tromsø", "Ola Berg", "InStock"),
        ("2027-03-18", "Bodø", "Siri Dahl", "SoldOut"),
        ("2027-04-06", "Tromsø", "Ola Berg", "LimitedAvailability"),
    ]


def test_a_pricing_column_whose_price_is_split_over_lines() -> None:
    """Elementor's price table: currency and whole part, then the cents and the period on
    a line of their own; "Profesora:" names the trainer."""
    body = """<h1>Curso de Scrum Master</h1><h2>Próximas convocatorias</h2>
    <div class="elementor-price-table"><div><h3>Madrid</h3><span>Presencial</span></div>
    <div><span>€</span><span>890</span><div><span>00</span><span>+ IVA</span></div></div>
    <ul><li><span>Inicio: del 3 al 26 de noviembre de 2026</span></li>
    <li><span>Profesora: Lucía Gómez</span></li></ul>
    <div><a class="elementor-price-table__button" href="#">Inscríbete</a></div></div>"""
    assert _runs(body, "name", "start_date", "end_date", "price", "location", "instructor") == [
        ("Curso de Scrum Master", "2026-11-03", "2026-11-26", 890.0, "Madrid", "Lucía Gómez")
    ]


def test_dates_grouped_by_venue_are_runs_of_the_page_course_there() -> None:
    """An accordion per training centre (city and street address in its button) over a
    price line and its dates: the centre is the runs' place, never their name."""
    body = """<h1>Manual Handling Course</h1><h2>Dates by venue</h2>
    <div class="acc"><button><span>Leeds</span> <small>Suite 4, 21 Park Row, Leeds LS1</small>
    </button><div><p>£120 + VAT per delegate</p><ul>
    <li><span>Tue 9 Mar 2027</span> <span>9:00am – 4:00pm</span> Places available <a>Book</a></li>
    <li><span>Wed 14 Apr 2027</span> <span>9:00am – 4:00pm</span> Fully booked</li></ul></div></div>
    <div class="acc"><button><span>York</span> <small>3 Coney Street, York</small></button>
    <div><p>£110 + VAT per delegate — spring price (usually £140)</p><ul>
    <li><span>Thu 11 Mar 2027</span> <span>9:00am – 4:00pm</span> Places available <a>Book</a>
    </li></ul></div></div>"""
    name = "Manual Handling Course"
    assert _runs(body) == [
        (name, "2027-03-09", "2027-03-09", 120.0, None, "in_person", "Leeds"),
        (name, "2027-03-11", "2027-03-11", 110.0, 140.0, "in_person", "York"),
        (name, "2027-04-14", "2027-04-14", 120.0, None, "in_person", "Leeds"),
    ]


def test_a_trainer_line_under_the_table_names_one_trainer_per_format() -> None:
    """ "Trainer: X (title) for the classroom dates; the online edition is taught by Y":
    each run gets its format's trainer, a name only; a struck price before the price in
    the price cell is the list price."""
    body = """<h1>Agile Coaching Essentials</h1><table>
    <tr><th>Date</th><th>Location</th><th>Price</th><th>Status</th></tr>
    <tr><td>Mon 8 – Tue 9 March 2027</td><td>Bristol</td><td>£1,250 + VAT</td>\
<td>Places available</td></tr>
    <tr><td>Thu 15 – Fri 16 April 2027</td><td>Online (Zoom)</td>\
<td><span class="old">£1,250</span> £1,100 <em>early bird</em></td><td>Places available</td></tr>
    </table><p>Trainer: <b>Maria Lopez</b> (ICAgile Expert) for all classroom dates; the online
    edition is taught by <b>Ben Carter</b>.</p>"""
    assert _runs(body, "start_date", "price", "list_price", "mode", "instructor") == [
        ("2027-03-08", 1250.0, None, "in_person", "Maria Lopez"),
        ("2027-04-15", 1100.0, 1250.0, "online", "Ben Carter"),
    ]


def test_a_map_pin_before_a_cards_place() -> None:
    body = """<h1>Formation premiers secours</h1><h2>Sessions</h2>
    <div class="w-dyn-item"><div>Les 4 et 5 mars 2027</div><div>📍 Rennes</div>
    <div>320 € HT</div><div>Places disponibles</div><a href="#">S'inscrire</a></div>"""
    assert _runs(body, "start_date", "end_date", "price", "mode", "location") == [
        ("2027-03-04", "2027-03-05", 320.0, "in_person", "Rennes")
    ]


def test_a_swedish_course_leader_column_is_the_trainer() -> None:
    body = """<h1>Kurs i kommunikation</h1><table>
    <tr><th>Datum</th><th>Ort</th><th>Kursledare</th><th>Pris</th></tr>
    <tr><td>3–4 mars 2027</td><td>Malmö</td><td>Eva Berg</td><td>9 900 kr</td></tr></table>"""
    assert _runs(body, "start_date", "location", "instructor") == [
        ("2027-03-03", "Malmö", "Eva Berg")
    ]


def test_a_sidebar_heading_and_a_newsletter_box_are_no_courses() -> None:
    """An "upcoming seminars" teaser heading is no course's name, and a blog date with the
    newsletter box's sign-up button below it is no run."""
    body = """<h1>Häufige Fragen</h1><p>Antworten auf Ihre Fragen.</p>
    <aside><h3>Kommende Seminare</h3><ul>
    <li>Konfliktmanagement · 08.–09.03.2027 · Köln · 690 € zzgl. MwSt.</li></ul></aside>
    <div class="blog"><h3>Drei Tipps für kurze Meetings</h3><p>12.02.2027</p></div>
    <div class="newsletter"><h3>Newsletter abonnieren</h3><form><button>Anmelden</button>
    </form></div>"""
    names = [name for (name,) in _runs(body, "name")]
    assert "Kommende Seminare" not in names
    assert "Newsletter abonnieren" not in names
    assert "Drei Tipps für kurze Meetings" not in names


def test_a_cards_title_that_is_a_venue_is_the_runs_place() -> None:
    body = """<h1>Forklift Licence Course</h1><h2>Where we train</h2>
    <div class="card"><h3>Geelong – 12 Moorabool St, Geelong VIC</h3><p>Mon 8 Mar 2027</p>
    <p>$650 inc. GST</p><a href="#">Book</a></div>"""
    assert _runs(body, "name", "start_date", "price", "mode", "location") == [
        ("Forklift Licence Course", "2027-03-08", 650.0, "in_person", "Geelong")
    ]


def test_a_venue_cell_spanning_two_rows_in_the_middle_of_the_table() -> None:
    """A merged (rowspan) venue cell leaves the second row a cell short in the middle: the
    row's own cells stay under their columns, and the venue is borrowed from the row above."""
    body = """<h1>Our public dates</h1><table>
    <tr><th>Dates</th><th>Course</th><th>Venue</th><th>Fee</th><th>Status</th></tr>
    <tr><th colspan="5">May 2027</th></tr>
    <tr><td>Tue 4 – Wed 5 May</td><td>Change Management Foundation</td>\
<td rowspan="2">Bristol</td><td>£850 + VAT</td><td>Available</td></tr>
    <tr><td>Mon 10 – Fri 14 May</td><td>Change Management Practitioner</td>\
<td>£1,650 + VAT</td><td>Few places left</td></tr></table>"""
    assert _runs(body, "name", "start_date", "end_date", "location", "price") == [
        ("Change Management Foundation", "2027-05-04", "2027-05-05", "Bristol", 850.0),
        ("Change Management Practitioner", "2027-05-10", "2027-05-14", "Bristol", 1650.0),
    ]


def test_rows_naming_the_page_course_without_its_generic_word_get_the_page_url() -> None:
    """The page's heading "Agile Coaching Course" names the course its rows call "Agile
    Coaching": those runs are the page's own and get its canonical URL."""
    html = """<html><head><title>Agile Coaching Course | Acme</title>
    <link rel="canonical" href="https://acme.example/courses/agile-coaching/"></head><body>
    <nav><a href="/old/agile-coaching-2/">Agile Coaching</a></nav>
    <h1>Agile Coaching Course</h1><table>
    <tr><th>Dates</th><th>Course</th><th>Price</th></tr>
    <tr><td>3 – 4 June 2027</td><td><a href="/courses/agile-coaching/">Agile Coaching</a></td>\
<td>£700 + VAT</td></tr>
    <tr><td>7 – 9 June 2027</td><td><a href="/courses/team-coaching/">Team Coaching</a></td>\
<td>£900 + VAT</td></tr></table></body></html>"""
    result = extract(Document(body=html.encode(), page="p.html"))
    urls = {r.name: r.url for r in result.records if r.kind == "course"}
    assert urls["Agile Coaching"] == "https://acme.example/courses/agile-coaching/"
    assert urls["Team Coaching"] == "https://acme.example/courses/team-coaching/"


def test_event_list_cards_with_a_postcode_and_a_start_and_end_each_with_its_time() -> None:
    """An events calendar's list: a street address ending in a postcode ("NSW 2000") is no
    year heading that ends the card; a card whose place is only its address gets the town
    before the state; a two-day event gives its start and end date, each with its time."""
    body = """<h1>Book a course</h1>
    <article><div>Mar</div><div>2</div><h2>Working Safely at Heights</h2>
    <p>Tuesday, 2 March 2027</p><p>8:00 am4:00 pm</p>
    <p>Suite 4, 18 King Street, Sydney NSW 2000(map)</p>
    <p>Full-day course. <b>$310 incl. GST</b> per person.</p><a href="#">View Event →</a>
    </article>
    <article><div>Mar</div><div>6</div><h2>Confined Space Entry and Gas Testing Refresher</h2>
    <p>Saturday, 6 March 2027 9:00 amSunday, 7 March 2027 1:00 pm</p>
    <p>Training Rooms, 5 Hunter Street, Newcastle NSW 2300(map)</p>
    <p>Two half-days. <b>$420 incl. GST</b>.</p><a href="#">View Event →</a></article>"""
    assert _runs(body, "start_date", "end_date", "price", "mode", "location") == [
        ("2027-03-02", "2027-03-02", 310.0, "in_person", "Sydney"),
        ("2027-03-06", "2027-03-07", 420.0, "in_person", "Newcastle"),
    ]


def test_a_format_per_tab_gives_the_runs_in_its_panel_their_mode() -> None:
    """Tabs labelled by format ("Classroom (Leeds)", "Virtual (Teams)") over panels of dates:
    each run takes its panel's format, and a tab label is never the course's name."""
    body = """<h1>Certified Product Owner</h1><section><h2>Dates and fees</h2>
    <div role="tablist"><button role="tab" aria-controls="p-class">Classroom (Leeds)</button>
    <button role="tab" aria-controls="p-virtual">Virtual (Teams)</button></div>
    <div role="tabpanel" id="p-class"><div><div>Mon, 7 – Tue, 8 Jun 2027</div>
    <div>Trainer: Ann Lee</div><div>£1,100</div><div>Available</div><a href="#">Register</a>
    </div></div>
    <div role="tabpanel" id="p-virtual" hidden><div><div>Mon, 14 – Tue, 15 Jun 2027</div>
    <div>Trainer: Ann Lee</div><div>£950</div><div>Available</div><a href="#">Register</a>
    </div></div></section>"""
    assert _runs(body, "name", "start_date", "mode") == [
        ("Certified Product Owner", "2027-06-07", "in_person"),
        ("Certified Product Owner", "2027-06-14", "online"),
    ]


def test_bootstrap_tabs_without_a_role_give_their_panels_format() -> None:
    """Bootstrap 3 tabs (Joomla, Drupal themes) are bare "#panel" links with data-toggle and
    no role: each panel's runs take its tab's format, over the next panel's heading read
    into the last row of the one before ("online intakes")."""
    body = """<h1>Project Management Fundamentals</h1><ul class="nav nav-tabs">
    <li class="active"><a href="#about" data-toggle="tab">About</a></li>
    <li><a href="#class" data-toggle="tab">Classroom dates</a></li>
    <li><a href="#web" data-toggle="tab">Online dates</a></li></ul><div class="tab-content">
    <div class="tab-pane active" id="about"><p>Three days of planning practice.</p></div>
    <div class="tab-pane" id="class" style="display:none">
    <p>2nd – 4th June 2027 Arusha TSh 950,000</p>
    <p>9th – 11th June 2027 Moshi TSh 950,000</p></div>
    <div class="tab-pane" id="web" style="display:none"><h3>online dates</h3>
    <p>5th – 7th July 2027 Zoom TSh 800,000</p></div></div>"""
    assert _runs(body, "start_date", "price", "mode") == [
        ("2027-06-02", 950000.0, "in_person"),
        ("2027-06-09", 950000.0, "in_person"),
        ("2027-07-05", 800000.0, "online"),
    ]


def test_a_place_per_tab_gives_the_runs_in_its_panel_their_town() -> None:
    """Tabs by place beside a format's tab ("[Chicago] [Denver] [Live Online]"): a run in a
    place's panel is in that town and in person, and the tab's label is not its name."""
    body = """<h1>PMP Exam Prep Boot Camp</h1><h2>Upcoming classes</h2>
    <div role="tablist"><button role="tab" aria-controls="t1">Chicago</button>
    <button role="tab" aria-controls="t2">Denver</button>
    <button role="tab" aria-controls="t3">Live Online</button></div>
    <div role="tabpanel" id="t1"><ul><li>Jan 11 – 14, 2027 · $1,895 <a href="#">Register</a></li>
    <li>Mar 15 – 18, 2027 · $1,895 <a href="#">Register</a></li></ul></div>
    <div role="tabpanel" id="t2" hidden><ul><li>Apr 5 – 8, 2027 · $1,795 <a href="#">Register</a>
    </li></ul></div>
    <div role="tabpanel" id="t3" hidden><ul><li>Feb 8 – 11, 2027 · $1,695 <a href="#">Register</a>
    </li></ul></div>"""
    assert _runs(body, "name", "start_date", "mode", "location") == [
        ("PMP Exam Prep Boot Camp", "2027-01-11", "in_person", "Chicago"),
        ("PMP Exam Prep Boot Camp", "2027-02-08", "online", None),
        ("PMP Exam Prep Boot Camp", "2027-03-15", "in_person", "Chicago"),
        ("PMP Exam Prep Boot Camp", "2027-04-05", "in_person", "Denver"),
    ]


def test_a_blended_run_in_a_places_tab_stays_blended() -> None:
    """A run in a town's panel that says it is blended (its theory online, its practical
    day in that town) is in that town, and still blended: the tab gives the place only."""
    body = """<h1>Food Safety Supervisor</h1><h2>Upcoming classes</h2>
    <div role="tablist"><button role="tab" aria-controls="t1">Ballarat</button>
    <button role="tab" aria-controls="t2">Bendigo</button></div>
    <div role="tabpanel" id="t1"><ul><li>Jun 7, 2027 · $240 <a href="#">Register</a></li>
    <li>Jul 12, 2027 · Blended (e-learning, then a practical day) · $210 <a href="#">Register</a>
    </li></ul></div>
    <div role="tabpanel" id="t2" hidden><ul><li>Jun 21, 2027 · $240 <a href="#">Register</a>
    </li></ul></div>"""
    assert _runs(body, "start_date", "mode", "location") == [
        ("2027-06-07", "in_person", "Ballarat"),
        ("2027-06-21", "in_person", "Bendigo"),
        ("2027-07-12", "blended", "Ballarat"),
    ]
    # the same on a schedule of several courses, each row titled by its own
    listing = body.replace("<h1>Food Safety Supervisor</h1>", "<h1>Class schedule</h1>")
    listing = listing.replace("<li>Jun", "<li>Food Safety Supervisor · Jun")
    listing = listing.replace("<li>Jul", "<li>Responsible Service of Alcohol · Jul")
    assert _runs(listing, "start_date", "mode", "location") == [
        ("2027-06-07", "in_person", "Ballarat"),
        ("2027-06-21", "in_person", "Bendigo"),
        ("2027-07-12", "blended", "Ballarat"),
    ]


def test_a_format_label_is_no_course_title() -> None:
    from prospectus.extract.patterns.schedule_words import is_mode_label

    assert is_mode_label("Virtual (Zoom)")
    assert is_mode_label("Classroom (Raffles Place)")
    assert is_mode_label("Live online training")
    assert not is_mode_label("Excel Online Course")
    assert not is_mode_label("Online Marketing Fundamentals")


def test_a_dumped_row_whose_price_cell_broke_onto_the_next_line() -> None:
    """A text dump breaks a cell holding a list item: the row's price and button go onto
    the next line; they finish that row (the price is not the row above's)."""
    text = (
        "Sprachkurs Italienisch\n"
        "Gruppe\tTermine\tOrt\tTrainer\tPreis\t\n"
        "Abendkurs\t5. Mai – 30. Juni 2027\tZürich\tLuca Bianchi\tCHF 720\tAnmelden\t\n"
        "Online\t12. Mai – 7. Juli 2027\tOnline (Zoom)\tSara Conti\t\n"
        "  • CHF 640\tAnmelden\t\n"
    )
    runs = _dump_runs(text, course_name="Sprachkurs Italienisch", source="text")
    assert [(r.start_date, r.price, r.instructor) for r in runs] == [
        ("2027-05-05", 720.0, "Luca Bianchi"),
        ("2027-05-12", 640.0, "Sara Conti"),
    ]


def test_an_faq_pages_title_names_no_course() -> None:
    assert not could_be_course_name("よくあるご質問")
    assert not could_be_course_name("Veelgestelde vragen")
    assert not could_be_course_name("Häufige Fragen")
    assert could_be_course_name("Scrum Master Foundation")
    html = """<html><head><title>Veelgestelde vragen</title></head><body>
    <h1>Veelgestelde vragen</h1><h2>Komende trainingen</h2>
    <p>12 en 13 maart 2027 · Utrecht · € 895 excl. btw</p>
    <p>9 en 10 april 2027 · Online · € 795 excl. btw</p></body></html>"""
    result = extract(Document(body=html.encode(), page="faq.html"))
    assert all(r.name != "Veelgestelde vragen" for r in result.records if r.kind == "course")


def test_a_schedule_column_with_a_session_list_and_member_fees() -> None:
    """A "Schedule" column whose cell lists every session date on its own line, a fee cell
    with a members' and a non-members' fee (the open fee is the run's price), a trainer with
    a designation after a comma."""
    sessions = "".join(f"<li>Mar {d}, 2027</li>" for d in (3, 10, 17, 24))
    body = f"""<h1>Payroll Compliance Course</h1><table>
    <tr><th>Section</th><th>Format</th><th>Schedule</th><th>Instructor</th><th>Fee</th>\
<th>Seats</th><th></th></tr>
    <tr><td>PAY-01</td><td>Online</td><td>Wednesdays, 6–8 p.m.<br>March 3 – March 24, 2027\
<details><summary>All dates</summary><ul>{sessions}</ul></details></td>\
<td>Lena Park, CPA</td><td>Member: $420<br>Non-member: $560</td><td>Full</td>\
<td><a href="#">Join waitlist</a></td></tr></table>"""
    assert _runs(body, "start_date", "end_date", "price", "instructor", "availability") == [
        ("2027-03-03", "2027-03-24", 560.0, "Lena Park", "SoldOut")
    ]


def test_of_a_dates_and_a_schedule_column_the_dates_give_the_run() -> None:
    body = """<h1>Forklift Operator Course</h1><table>
    <tr><th>Dates</th><th>Schedule</th><th>Location</th><th>Tuition</th></tr>
    <tr><td>03/08/2027 - 03/09/2027</td><td>Mon–Tue, 8:00 AM - 4:00 PM</td>\
<td>Austin, TX</td><td>$395.00</td></tr></table>"""
    assert _runs(body, "start_date", "end_date", "price") == [("2027-03-08", "2027-03-09", 395.0)]


def test_a_polish_trener_label_names_the_run_trainer() -> None:
    body = """<h1>Szkolenie z negocjacji</h1><div class="event">
    <div>15–16.03.2027</div><div>Gdańsk</div><div>Trener: Marek Nowak</div>
    <div>1 190,00 zł netto</div><a href="#">Zapisz się</a></div>"""
    assert _runs(body, "start_date", "instructor") == [("2027-03-15", "Marek Nowak")]


def test_an_assessor_or_examiner_label_names_the_run_trainer() -> None:
    """A licence's run names who assesses it, not who teaches it: that person is its trainer."""
    body = """<h1>Crane licences</h1>
    <div class="event"><h3>Slewing Crane Licence</h3><div>9–10 March 2027</div>\
<div>4 Quarry Road, Lindfield</div><div>Assessor: Maree Dunstall</div><div>$840</div></div>
    <div class="event"><h3>Slewing Crane Licence</h3><div>13–14 April 2027</div>\
<div>4 Quarry Road, Lindfield</div><div>Examiner: Colin Prest</div><div>$840</div></div>"""
    assert _runs(body, "start_date", "instructor") == [
        ("2027-03-09", "Maree Dunstall"),
        ("2027-04-13", "Colin Prest"),
    ]


def test_tag_remnants_of_a_text_dump_are_not_part_of_card_titles() -> None:
    """A dump keeps bits of tags at a title's ends ("/span>Title", "Title/span>"): each card
    keeps its own title, and a lower price after a higher one is a sale under its was-price."""
    text = (
        "Related courses\n\nSpreadsheet Modelling/span>\n\n"
        "Next batch: 14 Mar 2027 · ₹19,999\n\n/span>Machine Learning Program\n\n"
        "Next batch: 11 Apr 2027 · ₹89,999 ₹79,999\n"
    )
    runs = _dump_runs(text, course_name="Data Analytics", default_currency="INR")
    assert [(r.name, r.start_date, r.price, r.list_price) for r in runs] == [
        ("Spreadsheet Modelling", "2027-03-14", 19999.0, None),
        ("Machine Learning Program", "2027-04-11", 79999.0, 89999.0),
    ]


def test_masterclass_cards_under_a_days_heading_keep_their_titles() -> None:
    body = """<h1>Testing Days 2027</h1>
    <h2>Pre-conference: Monday 8 March 2027</h2>
    <div><p>Track 1 · Automation</p><h3>Masterclass: Contract testing</h3>
    <p>Monday 8 March 2027, 9:00–16:00</p><p>£450 + VAT</p><a>Buy ticket</a></div>
    <div><p>Track 2 · People</p><h3>Masterclass: Exploratory testing</h3>
    <p>Monday 8 March 2027, 9:00–16:00</p><p>£450 + VAT</p><p>Sold out</p><a>Buy ticket</a></div>"""
    assert _runs(body, "name", "start_date", "availability") == [
        ("Contract testing", "2027-03-08", "InStock"),  # its own "Buy ticket"
        ("Exploratory testing", "2027-03-08", "SoldOut"),
    ]


def test_a_venue_cell_gives_its_city_on_the_line_above_the_address() -> None:
    body = """<h1>Manual Handling</h1><table>
    <tr><th>Course</th><th>Date</th><th>Venue</th><th>Price</th></tr>
    <tr><td>Manual Handling</td><td>12/03/2027</td>\
<td><strong>Geelong</strong><br>Waterfront Pavilion, 8 Eastern Beach Rd</td><td>$160</td></tr>
    <tr><td>Manual Handling – Blended<br>(online theory + practical)</td><td>19/03/2027</td>\
<td><strong>Ballarat</strong><br>Lakeside Hall</td><td>$140</td></tr></table>"""
    assert _runs(body, "start_date", "mode", "location") == [
        ("2027-03-12", "in_person", "Geelong"),
        ("2027-03-19", "blended", "Ballarat"),
    ]


def test_same_day_markup_runs_are_filled_from_the_visible_card_of_their_own_name() -> None:
    event = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Testing Days 2027",
        "startDate": "2027-03-09",
        "endDate": "2027-03-10",
        "subEvent": [
            {"@type": "Event", "name": "Masterclass: Contract testing", "startDate": "2027-03-08"},
            {
                "@type": "Event",
                "name": "Masterclass: Exploratory testing",
                "startDate": "2027-03-08",
            },
        ],
    }
    body = f"""<script type="application/ld+json">{json.dumps(event)}</script>
    <h1>Testing Days 2027</h1>
    <div><h3>Masterclass: Exploratory testing</h3>
    <p>Monday 8 March 2027, 9:00–16:00</p><p>£520 + VAT</p><a>Buy ticket</a></div>
    <div><h3>Masterclass: Contract testing</h3>
    <p>Monday 8 March 2027, 9:00–16:00</p><p>£450 + VAT</p><a>Buy ticket</a></div>"""
    runs = [r for r in _runs(body, "name", "start_date", "price") if r[1] == "2027-03-08"]
    assert runs == [
        ("Masterclass: Contract testing", "2027-03-08", 450.0),
        ("Masterclass: Exploratory testing", "2027-03-08", 520.0),
    ]


def test_a_line_describing_a_run_is_no_course_name() -> None:
    from prospectus.extract.patterns.schedule_words import is_run_label, names_one_run

    for label in (
        "Cohort 9 · Weekend mornings",
        "Intake B – Evenings",
        "Part-time · Leeds (city centre campus)",
        "Full-time · Remote (live + recorded)",
        "Tuesdays",
        "Onsdagar",
        "Weekend Classroom",
        "Spring 2027 Intake",
        "Durchführung Herbstsemester 2027",
        "Choose your cohort",
        "Vælg dato",
        "Sélectionnez votre date",  # the prompt's "your" in its own language
        "Wählen Sie Ihren Kurstermin",
        "Elige tu turno",
        "March Intensive",
        "September intake · Evenings",
        "February 2027 Galway Cohort",  # its month and year, its place, its kind
        "October 2027 Port of Spain intake",
    ):
        assert is_run_label(label), label
    for title in (
        "Evening Pottery for Beginners",
        "Summer School in Archaeology",
        "Full-time · Data Science Bootcamp",
        "Online · Excel Advanced Course",
        "Intensive Care Nursing",
        "Portugisiska A2 – fortsättning",
        "Project Management (Live Cohort)",
        "2027 Leadership Cohort",
    ):
        assert not is_run_label(title), title
    assert names_one_run("Level 2 Food Hygiene – weekend intensive (Cardiff)")
    assert not names_one_run("ITIL 4: Foundation")


def test_cohort_cards_titled_by_their_run_are_runs_of_the_page_course() -> None:
    """An LMS sales page: each card's heading is its cohort and days, not a course."""
    card = """<div class="cohort"><h3>{}</h3><p>{}</p><p>Mon &amp; Wed, 6–8 pm</p>
    <p>{}</p><a href="#">Enrol now</a></div>"""
    body = "<h1>Service Design Essentials (Live Cohort)</h1><h2>Pick your cohort</h2>" + "".join(
        card.format(*cells.split("|"))
        for cells in (
            "Cohort 3 · Weekday evenings|8 Mar – 14 Apr 2027|€890",
            "Cohort 4 · Weekend mornings|10 Apr – 29 May 2027|€890",
        )
    )
    name = "Service Design Essentials (Live Cohort)"
    assert _runs(body, "name", "start_date", "end_date", "price") == [
        (name, "2027-03-08", "2027-04-14", 890.0),
        (name, "2027-04-10", "2027-05-29", 890.0),
    ]


def test_a_card_titled_above_its_weekday_line_keeps_its_title() -> None:
    """A course grid whose cards open with a status badge, the title, then the weekday
    line: the title names the run, the weekday line and the next card's badge do not."""
    card = """<div class="card">{}<h3>{}</h3><div class="sub">{}</div>
    <div>{}</div><div>{}</div><div>Lärare: {}</div><div>{}</div><a href="#">Boka plats</a></div>"""
    body = "<h1>Kvällskurser våren 2027</h1>" + "".join(
        card.format(*cells.split("|"))
        for cells in (
            "<span>Få platser kvar</span>|Portugisiska A1 – nybörjare|Måndagar|"
            "18 januari – 22 mars 2027|Måndagar 18.00–19.30|Ana Costa|3 450 kr",
            "|Grekiska A1 – nybörjare|Torsdagar|"
            "21 januari – 25 mars 2027|Torsdagar 18.15–19.45|Eleni Pappas|3 650 kr",
            "<span>Fullbokad</span>|Polska A2 – fortsättning|Tisdagar|"
            "19 januari – 23 mars 2027|Tisdagar 17.30–19.00|Marta Nowak|3 450 kr",
        )
    )
    assert _runs(body, "name", "start_date", "price") == [
        ("Grekiska A1 – nybörjare", "2027-01-21", 3650.0),
        ("Polska A2 – fortsättning", "2027-01-19", 3450.0),
        ("Portugisiska A1 – nybörjare", "2027-01-18", 3450.0),
    ]


def test_runs_grouped_in_divs_of_one_dl_take_their_sections_heading() -> None:
    """A university page: each course a section (heading, description, one <dl> whose
    <div>s are its runs); a deadline inside a run's values is no run of its own."""
    run = """<div><dt>Durchführung {}</dt><dd></dd><dt>Datum</dt><dd>{}</dd>
    <dt>Ort</dt><dd>{}</dd><dt>Kosten</dt><dd>CHF {}</dd>
    <dt>Anmeldeschluss</dt><dd>{}</dd></div>"""
    section = "<section><h3><a href='#'>{}</a> <span>3 ECTS</span></h3><p>{}</p>{}</section>"
    body = "<h1>Weiterbildungskurse Geoinformatik</h1>" + "".join(
        section.format(title, "Praxisnah.", f"<dl>{''.join(run.format(*r) for r in runs)}</dl>")
        for title, runs in (
            (
                "WBK Fernerkundung mit Python",
                (
                    ("Frühling 2027", "12.02.2027 – 13.03.2027", "Luzern", "2'800.–", "01.02.2027"),
                    ("Herbst 2027", "17.09.2027 – 16.10.2027", "Online", "2'800.–", "06.09.2027"),
                ),
            ),
            (
                "WBK Kartografie",
                (("Frühling 2027", "05.03.2027 – 06.03.2027", "Luzern", "1'200.–", "20.02.2027"),),
            ),
        )
    )
    assert _runs(body, "name", "start_date", "end_date", "price") == [
        ("WBK Fernerkundung mit Python 3 ECTS", "2027-02-12", "2027-03-13", 2800.0),
        ("WBK Fernerkundung mit Python 3 ECTS", "2027-09-17", "2027-10-16", 2800.0),
        ("WBK Kartografie 3 ECTS", "2027-03-05", "2027-03-06", 1200.0),
    ]


def test_a_review_line_and_a_booking_opening_date_are_no_runs() -> None:
    body = """<h1>Cloud Engineering Bootcamp</h1><h2>Intakes</h2>
    <div><h3>Full-time · Durban (Umhlanga campus)</h3><p>7 June 2027 – 24 September 2027</p>
    <p>R59 000 incl. VAT</p><p>Applications open 1 March 2027</p><p>Register interest</p></div>
    <h2>What graduates say</h2>
    <p>★★★★★ Tough but worth it. — Lerato K., CT-04 · 9 July 2026</p>
    <h2>Policies</h2><p>A second deferral costs R2 500.</p>"""
    assert _runs(body, "name", "start_date", "end_date") == [
        ("Cloud Engineering Bootcamp", "2027-06-07", "2027-09-24")
    ]


def test_a_deadline_by_date_on_the_price_line_and_the_days_line_are_no_run_or_place() -> None:
    """ "… senast 31 januari 2027": the early-bird deadline ends no card; "Mån–fre" is the
    run's days, no place."""
    body = """<h1>Sommarkurser 2027</h1><div class="card"><h3>Franska B1 – sommarintensiv</h3>
    <div>Sommar</div><div>14–25 juni 2027 · 10 förmiddagar</div><div>Mån–fre 09.00–12.00</div>
    <div><s>5 200 kr</s> 4 700 kr Tidig bokning: 4 700 kr vid bokning senast 31 januari 2027</div>
    <a href="#">Boka plats</a></div>"""
    assert _runs(body, "name", "start_date", "end_date", "price", "list_price", "location") == [
        ("Franska B1 – sommarintensiv", "2027-06-14", "2027-06-25", 4700.0, 5200.0, None)
    ]


def test_a_description_list_with_one_pair_per_div_is_one_run() -> None:
    """A grid-styled <dl> wraps each dt/dd pair in its own <div>: still one run."""
    pair = "<div><dt>{}</dt><dd>{}</dd></div>"
    body = "<h1>Advanced Excel for Analysts</h1><dl>{}</dl>".format(
        "".join(
            pair.format(*p)
            for p in (("Date", "9 March 2027"), ("Venue", "Dublin"), ("Fee", "€450"))
        )
    )
    assert _runs(body, "name", "start_date", "price", "location") == [
        ("Advanced Excel for Analysts", "2027-03-09", 450.0, "Dublin")
    ]


def test_a_run_line_naming_its_city_and_venue_is_its_place_not_its_name() -> None:
    body = """<h1>Fire Warden Training</h1><p>Duration: 1 day</p><h2>Next dates</h2><ul>
    <li><span>Tue 2 Mar 2027 – Wed 3 Mar 2027</span>
    <span>Leeds (City Centre)</span>
    <span>£240 + VAT</span>
    <span>3 places left</span>
    <a href="/b/1">Book now</a></li>
    <li><span>Thu 8 Apr 2027 – Fri 9 Apr 2027</span>
    <span>Cardiff (Bay Conference Rooms)</span>
    <span>£240 + VAT</span>
    <a href="/b/2">Book now</a></li></ul>"""
    assert _runs(body, "name", "start_date", "location") == [
        ("Fire Warden Training", "2027-03-02", "Leeds"),
        ("Fire Warden Training", "2027-04-08", "Cardiff"),
    ]


def test_a_listing_of_different_events_names_each_by_its_own_heading() -> None:
    body = """<h1>Member events</h1><section>
    <article><h2>Negotiating with Difficult Parties</h2><dl><dt>When</dt>
    <dd>Tuesday 9 March 2027</dd><dt>Where</dt>
    <dd>Riverside Centre, 12 Quay Street, Newcastle NSW</dd>
    <dt>Cost</dt><dd>$320</dd></dl><a href="/e/1">Register</a></article>
    <article><h2>Ethics Refresher for Practitioners</h2><dl><dt>When</dt>
    <dd>Thursday 15 April 2027</dd><dt>Where</dt><dd>Suite 2, 40 King St, Hobart TAS</dd>
    <dt>Cost</dt><dd>$280</dd></dl><a href="/e/2">Register</a></article></section>"""
    assert _runs(body, "name", "start_date", "location") == [
        ("Ethics Refresher for Practitioners", "2027-04-15", "Hobart"),
        ("Negotiating with Difficult Parties", "2027-03-09", "Newcastle"),
    ]


def test_courses_sections_name_their_runs_past_a_generic_dates_subheading() -> None:
    """A page of several courses (one tab panel each): the course's linked heading, its
    blurb and a generic "Termine" subheading over a ``<dl>`` card per run."""
    section = (
        '<div role="tabpanel" id="p-{0}"{3}><h2><a href="https://ex.at/kurse/{0}">{1}</a>'
        "</h2><p>Zweitägige Ausbildung mit Praxisteil.</p><h3>Termine</h3>{2}</div>"
    )
    card = (
        '<div class="termin"><dl><dt>Termin</dt><dd>{0}</dd><dt>Ort</dt><dd>{1}</dd>'
        "<dt>Vortragende:r</dt><dd>{2}</dd><dt>Preis</dt><dd>€ 380,–</dd></dl>"
        '<a href="/anmeldung">Anmelden</a></div>'
    )
    first = card.format("Di., 9. März 2027", "Linz, Festsaal Hafenstraße", "Ing. Eva Moser")
    second = card.format("14.04.2027", "Wels, Seminarraum Nord", "Karl Huber")
    third = card.format("3. bis 4. Mai 2027", "Linz, Festsaal Hafenstraße", "Mag. Petra Lang")
    body = (
        "<h1>Arbeitssicherheit – Ausbildungen in Oberösterreich</h1>"
        '<div role="tablist"><button role="tab" aria-controls="p-ersthelfer">Ersthelfer</button>'
        '<button role="tab" aria-controls="p-kran">Kranführer</button></div>'
        + section.format("ersthelfer", "Betriebsersthelfer (16 h)", first + second, "")
        + section.format("kran", "Kranführer-Ausbildung", third, " hidden")
    )
    assert _runs(body, "name", "url", "start_date", "location", "instructor") == [
        (
            "Betriebsersthelfer (16 h)",
            "https://ex.at/kurse/ersthelfer",
            "2027-03-09",
            "Linz",
            "Ing. Eva Moser",
        ),
        (
            "Betriebsersthelfer (16 h)",
            "https://ex.at/kurse/ersthelfer",
            "2027-04-14",
            "Wels",
            "Karl Huber",
        ),
        (
            "Kranführer-Ausbildung",
            "https://ex.at/kurse/kran",
            "2027-05-03",
            "Linz",
            "Mag. Petra Lang",
        ),
    ]


def test_a_row_gives_one_run_per_format_column_with_that_columns_price() -> None:
    body = """<h1>Agile Project Foundation</h1><h2>Dates and fees</h2><table>
    <tr><th>Dates</th><th>Length</th><th>Classroom</th><th>Live online</th></tr>
    <tr><td>3 - 4 May 2027</td><td>2 days</td>
    <td>Leeds<br>£890 + VAT<br>Few places left<br><a href="/b/1">Book</a></td>
    <td>£790 + VAT<br><a href="/b/2">Book</a></td></tr>
    <tr><td>7 - 8 Jun 2027</td><td>2 days</td>
    <td>–</td>
    <td>From £750 + VAT<br><a href="/b/3">Book</a></td></tr></table>"""
    assert _runs(body, "start_date", "mode", "location", "price", "availability") == [
        ("2027-05-03", "in_person", "Leeds", 890.0, "LimitedAvailability"),
        ("2027-05-03", "online", None, 790.0, "InStock"),
        ("2027-06-07", "online", None, 750.0, "InStock"),
    ]


def test_a_run_row_gives_the_city_before_its_venue() -> None:
    body = """<h1>Projektmanagement Grundlagen</h1><h2>Termine</h2>
    <div class="row"><div>03.03. – 04.03.2027</div><div>Salzburg, Tagungshaus Mönchsberg</div>\
<div>€ 890,–</div><div>freie Plätze</div><a href="/a">Anmelden</a></div>
    <div class="row"><div>07.04. – 08.04.2027</div><div>Innsbruck, Hotel Alpenblick</div>\
<div>€ 890,–</div><div>ausgebucht</div><a href="/b">Warteliste</a></div>"""
    assert _runs(body, "start_date", "location", "mode") == [
        ("2027-03-03", "Salzburg", "in_person"),
        ("2027-04-07", "Innsbruck", "in_person"),
    ]


def test_format_prices_on_adjacent_lines_price_the_runs_of_a_table_without_prices() -> None:
    body = """<h1>Gestion de projet agile</h1><table>
    <tr><th>Dates</th><th>Lieu</th><th>Modalité</th></tr>
    <tr><td>Du 1 au 2 mars 2027</td><td>Nantes</td><td>Présentiel</td>\
<td><a href="/i?s=1">S'inscrire</a></td></tr>
    <tr><td>Du 5 au 6 avril 2027</td><td>—</td><td>Classe virtuelle</td>\
<td><a href="/i?s=2">S'inscrire</a></td></tr></table>
    <h3>Tarifs</h3><p>Présentiel : 1 250 € HT par personne (1 500 € TTC).<br>\
Classe virtuelle : 1 050 € HT par personne (1 260 € TTC).</p>"""
    assert _runs(body, "start_date", "price", "price_includes_vat") == [
        ("2027-03-01", 1250.0, False),
        ("2027-04-05", 1050.0, False),
    ]


def test_an_early_bird_ticket_beside_general_admission_is_the_price_of_now() -> None:
    body = """<h1>Brand Strategy Workshop</h1><div class="card"><p>SAT, MAR 6, 2027</p>\
<h3>Brand Strategy Workshop</h3><p>Studio 4 · Vancouver, BC</p>\
<p>Early Bird CA$150.00 <span>General Admission CA$190.00</span></p></div>"""
    assert _runs(body, "start_date", "price", "list_price") == [("2027-03-06", 150.0, 190.0)]


def test_an_early_bird_deadline_inside_a_card_keeps_the_card_together() -> None:
    body = """<h1>Data Science Bootcamp</h1><h2>Próximas convocatorias</h2>
    <article><h3>Data Science · Valencia</h3><p>Inicio: 1 de marzo de 2027<br>\
Fin: 28 de mayo de 2027</p><p><s>6.500 €</s> 5.900 €</p>\
<p>Early bird: reserva antes del 20 de diciembre de 2026</p><p>Plazas disponibles</p>\
<a href="/r">Reservar plaza</a></article>"""
    assert _runs(body, "start_date", "price", "list_price", "availability") == [
        ("2027-03-01", 5900.0, 6500.0, "InStock")
    ]


def test_a_month_accordion_reads_each_runs_title_not_the_months_heading() -> None:
    body = """<link rel="canonical" href="https://train.example.co.uk/dates/">
    <nav><ul><li><a href="/old/negotiation">Negotiation Skills</a></li></ul></nav>
    <h1>Open course dates</h1><div class="accordion">
    <div class="acc-title">April 2027 (2 dates)</div><div class="acc-panel"><ul>
    <li><div><strong>6–7 April 2027</strong><span>2 days</span></div>
    <div><a href="/courses/negotiation">Negotiation Skills</a><span>Trainer: Ruth Ames</span></div>
    <div>Leeds, 12 Park Row</div><div>£690 + VAT</div><div>Places left <a>Book</a></div></li>
    <li><div><strong>20–21 April 2027</strong><span>2 days</span></div>
    <div><a href="/courses/coaching">Coaching for Managers</a><span>Trainer: Ian Bell</span></div>
    <div>Live online (Zoom)</div><div>£640 + VAT</div><div>Places left <a>Book</a></div></li>
    </ul></div>
    <div class="acc-title">May 2027 (1 date)</div><div class="acc-panel" style="display:none"><ul>
    <li><div><strong>11–12 May 2027</strong><span>2 days</span></div>
    <div><a href="/courses/negotiation">Negotiation Skills</a><span>Trainer: Ruth Ames</span></div>
    <div>York, 3 Station Road</div><div>£690 + VAT</div><div>Places left <a>Book</a></div></li>
    </ul></div></div>"""
    site = "https://train.example.co.uk/courses"
    assert _runs(body, "name", "start_date", "instructor", "location", "url") == [
        ("Coaching for Managers", "2027-04-20", "Ian Bell", None, f"{site}/coaching"),
        ("Negotiation Skills", "2027-04-06", "Ruth Ames", "Leeds", f"{site}/negotiation"),
        ("Negotiation Skills", "2027-05-11", "Ruth Ames", "York", f"{site}/negotiation"),
    ]


def test_a_catalogue_of_calendar_badged_runs_names_each_run_by_its_title() -> None:
    body = """<h1>Training calendar</h1><form><label>Month</label><select>
    <option>January 2027</option><option>February 2027</option><option>April 2027</option>
    </select><button>Filter</button></form>
    <ul class="runs">
    <li><span class="badge">JAN 18</span><h3>ISO 27001 Foundation</h3>
    <p>Mon 18 – Tue 19 Jan 2027 · 2 days · 9:00–17:00</p>
    <p>Galway – Harbour Conference Centre</p><p>€890 + VAT</p><p>Places available Book</p></li>
    <li><span class="badge">JAN 21</span><h3>Python 3 Essentials</h3>
    <p>Thu 21 Jan 2027 · 1 day · 9:00–17:00</p>
    <p>Virtual classroom (Teams)</p><p>€390 + VAT</p><p>Fully booked Join waiting list</p></li>
    <li><span class="badge">FEB 2</span><h3>ISO 27001 Foundation</h3>
    <p>Tue 2 – Wed 3 Feb 2027 · 2 days · 9:00–17:00</p>
    <p>Sligo – Riverside Business Centre</p><p>€890 + VAT</p><p>Places available Book</p></li>
    </ul>"""
    assert _runs(body, "name", "start_date", "end_date", "mode", "availability") == [
        ("ISO 27001 Foundation", "2027-01-18", "2027-01-19", "in_person", "InStock"),
        ("ISO 27001 Foundation", "2027-02-02", "2027-02-03", "in_person", "InStock"),
        ("Python 3 Essentials", "2027-01-21", "2027-01-21", "online", "SoldOut"),
    ]


def test_a_status_label_and_an_application_deadline_in_other_languages_are_no_run() -> None:
    body = """<h1>Maksuttomat koulutukset</h1>
    <article><h3>Excel-perusteet</h3><p>4.–5.3.2027</p>
    <dl><dt>Paikka</dt><dd>Oulun toimipiste, Isokatu 9, Oulu</dd><dt>Hinta</dt><dd>0 €</dd>
    <dt>Tilanne</dt><dd>Vapaita paikkoja 4</dd></dl><a href="/i">Ilmoittaudu</a></article>
    <article><h3>Verkkokehittäjän koulutus</h3><p>1.4.–30.9.2027</p>
    <dl><dt>Paikka</dt><dd>Etäopetus (Teams)</dd><dt>Hinta</dt><dd>0 €</dd>
    <dt>Tilanne</dt><dd>Haku päättyy 15.3.2027</dd></dl><a href="/h">Hae koulutukseen</a></article>
    <h2>Katso myös</h2><p>Ensiapu EA1</p><p>Maksullinen koulutus, 150 €.</p>"""
    assert _runs(body, "name", "start_date", "end_date") == [
        ("Excel-perusteet", "2027-03-04", "2027-03-05"),
        ("Verkkokehittäjän koulutus", "2027-04-01", "2027-09-30"),
    ]


def test_a_titles_trainer_label_on_its_line_is_no_part_of_the_title() -> None:
    assert title_before_trainer("Power BI Basics Trainer: Ann Lee") == "Power BI Basics"
    assert title_before_trainer("Excel dla analityków Trener: Jan Nowak") == "Excel dla analityków"
    assert title_before_trainer("Trainer: Ann Lee") is None
    assert title_before_trainer("ITIL® 4 Specialist: Create, Deliver and Support") is None
    assert title_before_trainer("Train the Trainer: Advanced Skills") is None
    assert title_before_trainer("Mentoring Trainer: Level 3 Award") is None  # no person


def test_a_table_row_per_course_lists_its_runs_in_one_cell() -> None:
    body = """<h1>Open courses</h1><table>
    <tr><th>Course</th><th>Duration</th><th>Venue</th><th>2027 dates</th><th>Price</th></tr>
    <tr><td><a href="/c/ladders">Ladder Safety</a></td><td>1 day</td><td>Leeds</td>\
<td>Tue 9 Mar | Tue 13 Apr</td><td>£120 + VAT</td></tr>
    <tr><td><a href="/c/scaffold">Scaffold Inspection</a></td><td>2 days</td><td>York</td>\
<td>4–5 May<br>8–9 Jun</td><td>£390 + VAT</td></tr>
    <tr><td><a href="/c/crane">Crane Signaller</a></td><td>3 days</td><td>Hull</td>\
<td>7, 8 &amp; 9 Jul; 1, 2 &amp; 3 Sep</td><td>£650 + VAT</td></tr></table>"""
    assert _runs(body, "name", "start_date", "end_date", "location") == [
        ("Crane Signaller", "2027-07-07", "2027-07-09", "Hull"),
        ("Crane Signaller", "2027-09-01", "2027-09-03", "Hull"),
        ("Ladder Safety", "2027-03-09", "2027-03-09", "Leeds"),
        ("Ladder Safety", "2027-04-13", "2027-04-13", "Leeds"),
        ("Scaffold Inspection", "2027-05-04", "2027-05-05", "York"),
        ("Scaffold Inspection", "2027-06-08", "2027-06-09", "York"),
    ]


def test_one_runs_sessions_in_a_cell_stay_one_run() -> None:
    body = """<h1>Evening classes</h1><table>
    <tr><th>Course</th><th>Duration</th><th>2027 dates</th><th>Price</th></tr>
    <tr><td>Bookkeeping Basics</td><td>3 days</td><td>12 Jan, 19 Jan, 2 Feb</td>\
<td>£300</td></tr>
    <tr><td>Payroll Essentials</td><td>Evenings</td><td>Mar 2, Mar 9, Mar 16</td>\
<td>£280</td></tr></table>"""
    assert _runs(body, "name", "start_date") == [
        ("Bookkeeping Basics", "2027-01-12"),
        ("Payroll Essentials", "2027-03-02"),
    ]


def test_a_table_row_links_its_course_where_the_menu_links_the_name_elsewhere() -> None:
    body = """<nav><a href="/old/ladder-safety-training">Ladder Safety Training</a></nav>
    <h1>Open courses</h1><table>
    <tr><th>Course</th><th>Dates</th><th>Venue</th><th>Price</th></tr>
    <tr><td><a href="/c/ladders"><b>Ladder Safety Training</b></a><br>LSAF101X</td>\
<td>9 Mar 2027</td><td>Leeds</td><td>£120 + VAT</td></tr></table>"""
    html = f"<html><head><base href='https://t.example/'></head><body>{body}</body></html>"
    result = extract(Document(body=html.encode(), page="s.html"))
    assert [r.url for r in result.records if r.kind == "course"] == ["https://t.example/c/ladders"]


def _day(iso: str, events: str = "") -> str:
    return (
        f'<div role="gridcell" aria-labelledby="cal-day-{iso}"><h3>'
        f'<time datetime="{iso}">{int(iso[-2:])}</time></h3>{events}</div>'
    )


def test_a_calendar_month_grid_gives_a_run_per_event_from_its_day_cell() -> None:
    event = """<article class="cal-event"><h3>
    <a href="/event/gdpr-essentials-2/">GDPR Essentials</a></h3>
    <div class="tooltip"><time>March 3 @ 9:30 am - March 4 @ 4:00 pm</time>
    <p>Tutor: Priya Natarajan. <span class="event-venue">Quayside House, Gateshead</span></p>
    <span>£450 + VAT</span> <a href="/event/gdpr-essentials-2/#book">Book now</a></div></article>"""
    bar = '<div aria-hidden="true"><span>GDPR Essentials</span></div>'
    online = """<article><a href="/event/dpo-briefing/">DPO Briefing Online</a>
    <p>March 5 @ 2:00 pm - 4:00 pm · Live online</p><p>£95 + VAT</p><p>Sold out</p></article>"""
    grid = "".join(
        [
            _day("2027-03-01"),
            _day("2027-03-02"),
            _day("2027-03-03", event),
            _day("2027-03-04", bar),
            _day("2027-03-05", online),
        ]
    )
    body = f"""<h1>Events for March 2027</h1><div role="grid"><div role="row">
    <div>Mon</div><div>Tue</div><div>Wed</div><div>Thu</div><div>Fri</div></div>
    <div role="row">{grid}</div></div>
    <section><h3>Wednesday 3 March</h3><p>9:30 am - 4:00 pm</p><p>GDPR Essentials</p>
    <p>£450 + VAT</p></section>"""
    html = f"<html><head><base href='https://t.example/'></head><body>{body}</body></html>"
    result = extract(Document(body=html.encode(), page="cal.html"))
    fields = ("name", "start_date", "end_date", "url", "instructor", "location", "mode")
    runs = [tuple(getattr(r, f) for f in fields) for r in result.records if r.kind == "course"]
    assert sorted(runs) == [
        ("DPO Briefing Online", "2027-03-05", "2027-03-05",
         "https://t.example/event/dpo-briefing/", None, None, "online"),
        ("GDPR Essentials", "2027-03-03", "2027-03-04",
         "https://t.example/event/gdpr-essentials-2/", "Priya Natarajan", "Gateshead",
         "in_person"),
    ]  # fmt: skip
    sold = [r.availability for r in result.records if r.kind == "course"]
    assert "SoldOut" in sold


@pytest.mark.parametrize(
    ("line", "trainer"),
    [
        ("Trainer: Maeve Dunne. Riverside Centre, Leeds", "Maeve Dunne"),
        ("Trainer: Maeve Dunne.", "Maeve Dunne"),
        ("Trainer: Dr. A. J. Dunne", "Dr. A. J. Dunne"),  # a title and initials end nothing
        ("Trainer: Engr. Dario Montemayor", "Engr. Dario Montemayor"),  # an engineer's title
        ("Trainer: Atty. Celia Ocampo. Riverside Centre", "Atty. Celia Ocampo"),
    ],
)
def test_a_trainer_name_ends_with_its_sentence(line: str, trainer: str) -> None:
    body = f"""<h1>Coaching Skills Workshop</h1><div class="run"><p>14 April 2027</p>
    <p>{line}</p><p>£350 + VAT</p><p>Book now</p></div>"""
    assert _runs(body, "instructor") == [(trainer,)]


def test_cell_runs_splits_a_list_of_runs_but_not_prose_or_sessions() -> None:
    def runs(cell: str, days: int | None = None) -> list[str | None]:
        found = find_date_ranges(cell, year=2027, day_first=True)
        return [m.dates.start for m in cell_runs(cell, found, days)]

    assert runs("3 Mar / 7 Apr / 5 May", 1) == ["2027-03-03", "2027-04-07", "2027-05-05"]
    assert runs("3 Mar, then 7 Apr if full") == ["2027-03-03"]  # prose between the dates
    assert runs("3 Mar, 10 Mar, 17 Mar") == ["2027-03-03"]  # a weekly class's sessions
    assert runs("3 Mar, 7 Apr", 2) == ["2027-03-03"]  # "2 days": one run's two days


def test_a_table_row_of_a_course_run_on_request_is_one_dateless_course() -> None:
    body = """<h1>Open courses</h1><table>
    <tr><th>Course</th><th>Venue</th><th>Dates</th><th>Price</th><th></th></tr>
    <tr><td>Ladder Safety</td><td>Leeds</td><td>9 Mar 2027</td><td>£120</td><td>Book</td></tr>
    <tr><td>Abrasive Wheels</td><td>Your site</td><td>On request – enquire</td><td>POA</td>\
<td>Book</td></tr>
    <tr><td>Total</td><td></td><td></td><td>£120</td><td></td></tr></table>"""
    assert _runs(body, "name", "start_date", "price") == [
        ("Abrasive Wheels", None, None),
        ("Ladder Safety", "2027-03-09", 120.0),
    ]


def test_cell_runs_keeps_a_runs_consecutive_days_together() -> None:
    cell = "Mon 4 May, Tue 5 May"
    found = find_date_ranges(cell, year=2027, day_first=True)
    assert [m.dates.start for m in cell_runs(cell, found, None)] == ["2027-05-04"]


def test_a_japanese_schedule_table_takes_the_outlines_fee() -> None:
    body = """<h1>Python入門講座</h1><table><tr><th>受講料</th><td>1名様 44,000円（税込）</td></tr>
    <tr><th>時間</th><td>10:00～17:00</td></tr></table>
    <h2>開催日程</h2><table><tr><th>日程</th><th>会場</th><th>講師</th><th>状況</th><th></th></tr>
    <tr><td>2027年5月11日(火)～12日(水)<br>10:00～17:00</td><td>福岡（天神）</td>\
<td>中村 真一</td><td>受付中</td><td><a href="/apply">申し込む</a></td></tr>
    <tr><td>2027/06/08(火)〜06/09(水)</td><td>オンライン（Teams）</td><td>木下 優</td>\
<td>満席</td><td>キャンセル待ち</td></tr></table>"""
    assert _runs(
        body, "start_date", "end_date", "price", "price_includes_vat", "mode", "location",
        "instructor", "availability",
    ) == [
        ("2027-05-11", "2027-05-12", 44000.0, True, "in_person", "福岡（天神）", "中村 真一",
         "InStock"),
        ("2027-06-08", "2027-06-09", 44000.0, True, "online", None, "木下 優", "SoldOut"),
    ]  # fmt: skip


def test_korean_and_chinese_schedule_tables() -> None:
    korean = """<h1>정보보안 실무 과정</h1><table>
    <tr><th>교육일정</th><th>장소</th><th>강사</th><th>수강료</th><th>상태</th></tr>
    <tr><td>2027.03.02(화) ~ 03.05(금)</td><td>서울 여의도</td><td>홍길동 강사</td>\
<td>1,200,000원 (VAT 별도)</td><td>모집중</td></tr></table>"""
    assert _runs(korean, "start_date", "end_date", "price", "price_includes_vat", "instructor") == [
        ("2027-03-02", "2027-03-05", 1200000.0, False, "홍길동")
    ]
    chinese = """<h1>PMP 考照班</h1><table>
    <tr><th>日期</th><th>地點</th><th>講師</th><th>費用</th><th>狀態</th></tr>
    <tr><td>2027/05/08(六)～05/30(日)</td><td>線上直播</td><td>陳怡君</td>\
<td>NT$30,000</td><td>額滿</td></tr></table>"""
    assert _runs(chinese, "start_date", "end_date", "price", "mode", "availability") == [
        ("2027-05-08", "2027-05-30", 30000.0, "online", "SoldOut")
    ]


def test_the_site_name_after_a_full_width_bar_is_the_provider() -> None:
    html = """<html><head><title>Excel実践講座｜公開講座｜ミドリ研修センター</title></head><body>
    <h1>Excel実践講座</h1><table><tr><th>開催日時</th><th>会場</th><th>受講料</th></tr>
    <tr><td>2027年3月2日(火)</td><td>名古屋</td><td>33,000円（税込）</td></tr></table></body></html>"""
    result = extract(Document(body=html.encode(), page="ja.html"))
    (run,) = [r for r in result.records if r.kind == "course"]
    assert (run.provider, run.start_date, run.price) == (
        "ミドリ研修センター",
        "2027-03-02",
        33000.0,
    )


_COHORT_DUMP = """홈
과정 안내
{"@context": "https://schema.org", "@type": "Course", "name": "데이터 시각화 실무반", \
"provider": {"@type": "Organization", "name": "코드온 아카데미"}}
데이터 시각화 실무반
모집 일정
판교 평일반
모집중
기간
2027-03-08(월) ~ 2027-03-26(금)
장소
판교 테크캠퍼스
강사
이하늘 강사
정상가 750,000원 → 얼리버드 650,000원 (부가세 포함)
수강신청
라이브 온라인반
마감
기간
2027. 4. 5.(월) ~ 4. 30.(금)
장소
온라인 (ZOOM)
강사
최민수 강사
수강료 590,000원 (부가세 포함)
수강신청
함께 들으면 좋은 과정
파이썬 데이터 분석 입문
2027. 5. 8.(토) 개강 · 390,000원
"""


def test_cohort_blocks_with_a_label_line_over_each_value() -> None:
    result = extract(Document(body=_COHORT_DUMP.encode(), page="cohorts.txt"))
    runs = [r for r in result.records if r.kind == "course"]
    assert [
        (r.name, r.start_date, r.end_date, r.price, r.list_price, r.price_includes_vat, r.mode,
         r.location, r.instructor, r.availability)
        for r in runs
    ] == [
        ("데이터 시각화 실무반", "2027-03-08", "2027-03-26", 650000.0, 750000.0, True,
         "in_person", "판교 테크캠퍼스", "이하늘", "InStock"),
        ("데이터 시각화 실무반", "2027-04-05", "2027-04-30", 590000.0, None, True, "online",
         None, "최민수", "SoldOut"),
        # the cross-sell card under "함께 들으면 좋은 과정" is its own course's, not the page's
        ("파이썬 데이터 분석 입문", "2027-05-08", "2027-05-08", 390000.0, None, True, None,
         None, None, None),
    ]  # fmt: skip


def test_an_english_cohort_block_reads_its_labelled_lines_too() -> None:
    text = "\n".join([
        '{"@context": "https://schema.org", "@type": "Course", "name": "Bookkeeping Level 2"}',
        "Upcoming cohorts", "Weekend cohort", "Dates", "6 Mar – 24 Apr 2027", "Venue",
        "Manchester", "Tutor", "Priya Shah", "£1,250 + VAT", "Enrol",
    ])  # fmt: skip
    result = extract(Document(body=text.encode(), page="cohort.txt"))
    (run,) = [r for r in result.records if r.kind == "course"]
    assert (run.start_date, run.location, run.instructor, run.price) == (
        "2027-03-06",
        "Manchester",
        "Priya Shah",
        1250.0,
    )


def test_cards_of_a_korean_course_list_take_their_own_titles() -> None:
    text = """{"@context": "https://schema.org", "@type": "Organization", "name": "미래인재교육원"}
공개교육 일정
리더십 코칭 과정
2027. 3. 10.(수) ~ 3. 11.(목)
수강료 480,000원 (VAT 포함)
수강신청
문제해결 워크숍
2027. 3. 24.(수) · 온라인
수강료 220,000원 (VAT 포함)
수강신청
"""
    result = extract(Document(body=text.encode(), page="list.txt"))
    assert [(r.name, r.start_date, r.price) for r in result.records if r.kind == "course"] == [
        ("리더십 코칭 과정", "2027-03-10", 480000.0),
        ("문제해결 워크숍", "2027-03-24", 220000.0),
    ]


def _collection_item(tags: str, start: str, end: str, place: str, trainer: str, cost: str) -> str:
    """One item of a CMS collection list (Webflow), its badges hidden unless true."""
    return f"""<div role="listitem" class="session w-dyn-item"><div class="card">
    <div class="tags">{tags}</div>
    <div class="when"><div class="lbl">Début</div><div>{start}</div>\
<div class="lbl">Fin</div><div>{end}</div></div>
    <div class="where{"" if place else " w-condition-invisible"}"><img src="pin.svg" alt="">\
<div>{place}</div></div>
    <div class="who"><div class="lbl">Formateur</div><div>{trainer}</div></div>
    <div class="cost">{cost}</div>
    <a href="/inscription" class="w-button">S'inscrire</a></div></div>"""


def test_a_collection_list_of_sessions_with_start_and_end_labels_and_hidden_badges() -> None:
    full = '<div class="tag-full w-condition-invisible">Complet</div>'
    shown = '<div class="tag-full">Complet</div>'
    plain = '<div class="old w-condition-invisible"></div><div class="now">650 $</div>'
    items = [
        _collection_item(f'{full}<div>En classe</div>', "3 févr. 2027", "4 févr. 2027",
                         "Sherbrooke", "Luc Gagnon", plain),
        _collection_item(f'{full}<div>En ligne (Zoom)</div>', "9 mars 2027", "10 mars 2027",
                         "", "Anne Roy",
                         '<div class="old">650 $</div><div class="now">590 $</div>'),
        _collection_item(f'{shown}<div>En classe</div>', "6 avr. 2027", "7 avr. 2027",
                         "Trois-Rivières", "Luc Gagnon", plain),
    ]  # fmt: skip
    body = f"""<h1>Excel avancé – tableaux croisés dynamiques</h1>
    <h2>Sessions à venir</h2><p>Les tarifs excluent la TPS et la TVQ.</p>
    <div class="w-dyn-list"><div role="list" class="w-dyn-items">{"".join(items)}</div></div>"""
    assert _runs(
        body, "name", "start_date", "end_date", "location", "mode", "instructor", "price",
        "list_price", "price_includes_vat", "availability",
    ) == [
        ("Excel avancé – tableaux croisés dynamiques", "2027-02-03", "2027-02-04", "Sherbrooke",
         "in_person", "Luc Gagnon", 650.0, None, False, "InStock"),
        ("Excel avancé – tableaux croisés dynamiques", "2027-03-09", "2027-03-10", None,
         "online", "Anne Roy", 590.0, 650.0, False, "InStock"),
        ("Excel avancé – tableaux croisés dynamiques", "2027-04-06", "2027-04-07",
         "Trois-Rivières", "in_person", "Luc Gagnon", 650.0, None, False, "SoldOut"),
    ]  # fmt: skip


def test_a_booking_widget_s_day_list_under_a_month_filter_and_an_offer_s_last_day() -> None:
    body = """<h1>BHV Herhaling</h1><h2>Data en locaties</h2>
    <label>Maand <select><option value="">Alle maanden</option><option>maart 2027</option>
    <option>mei 2027</option></select></label>
    <ul class="sessions">
    <li class="session" data-start="2027-03-02" data-end="2027-03-03">
    <div><span>di 2 en wo 3 maart 2027</span><span>09.00 – 16.00 uur</span></div>
    <div>Arnhem · Trainingscentrum</div><div>Docent: Joris Smit</div>
    <div><span>€ 310,-</span> <small>excl. btw</small></div>
    <div><span>Beschikbaar</span></div><button>Inschrijven</button></li>
    <li class="session" data-start="2027-05-17" data-end="2027-05-18">
    <div><span>ma 17 en di 18 mei 2027</span><span>09.00 – 16.00 uur</span></div>
    <div>Breda · Trainingscentrum</div><div>Docent: Eva Mulder</div>
    <div><s>€ 310,-</s> <span>€ 279,-</span> <small>excl. btw</small>\
<span>Actieprijs t/m 28 februari</span></div>
    <div><span>Beschikbaar</span></div><button>Inschrijven</button></li></ul>"""
    fields = ("start_date", "end_date", "location", "instructor", "price", "list_price")
    assert _runs(body, *fields) == [
        ("2027-03-02", "2027-03-03", "Arnhem", "Joris Smit", 310.0, None),
        ("2027-05-17", "2027-05-18", "Breda", "Eva Mulder", 279.0, 310.0),
    ]


def test_related_courses_named_before_their_next_date_label_on_the_same_line() -> None:
    body = """<h1>Fire Marshal Training</h1>
    <table><tr><th>Date</th><th>Venue</th><th>Price</th></tr>
    <tr><td>12 January 2027</td><td>Leeds</td><td>£195 + VAT</td></tr></table>
    <aside><h3>Other safety training</h3>
    <div class="mini"><a href="/c/manual-handling">Manual Handling Awareness</a>\
<span>Next date: Tue 9 February 2027 · £145</span></div>
    <div class="mini"><a href="/c/ladder">Ladder Safety Course</a>\
<span>Next date: Thu 4 March 2027 · £165</span></div></aside>"""
    assert _runs(body, "name", "start_date") == [
        ("Fire Marshal Training", "2027-01-12"),
        ("Ladder Safety Course", "2027-03-04"),
        ("Manual Handling Awareness", "2027-02-09"),
    ]


def test_a_teaser_line_names_its_course_before_its_length_a_dash_and_next() -> None:
    body = """<h1>Fire Marshal Training</h1>
    <table><tr><th>Date</th><th>Venue</th><th>Price</th></tr>
    <tr><td>12 January 2027</td><td>Leeds</td><td>£195 + VAT</td></tr></table>
    <h2>Refreshers</h2>
    <p>Fire Marshal Refresher (half day) — next Tue 9 Feb 2027, £95 + VAT. See dates</p>"""
    assert _runs(body, "name", "start_date", "price") == [
        ("Fire Marshal Refresher", "2027-02-09", 95.0),
        ("Fire Marshal Training", "2027-01-12", 195.0),
    ]


def test_short_titles_over_the_same_next_date_label_each_name_their_card() -> None:
    body = """<h1>Fire Marshal Training</h1>
    <table><tr><th>Date</th><th>Venue</th><th>Price</th></tr>
    <tr><td>12 January 2027</td><td>Leeds</td><td>£195 + VAT</td></tr></table>
    <aside><h3>Popular courses</h3>
    <div><h4>Ladder Safety (LS101)</h4><p>Next date: Tue 9 Feb 2027 · Leeds</p><p>£145</p></div>
    <div><h4>Manual Handling</h4><p>Next date: Thu 4 Mar 2027 · York</p><p>£120</p></div>
    <div><h4>Fire Extinguisher Use</h4><p>Next date: Mon 8 Mar 2027 · Hull</p><p>£99</p></div>
    </aside>"""
    assert _runs(body, "name", "start_date", "price") == [
        ("Fire Extinguisher Use", "2027-03-08", 99.0),
        ("Fire Marshal Training", "2027-01-12", 195.0),
        ("Ladder Safety (LS101)", "2027-02-09", 145.0),
        ("Manual Handling", "2027-03-04", 120.0),
    ]


def test_cards_each_with_a_title_and_a_next_session_label_over_their_dates() -> None:
    body = """<h1>Agile Coaching Essentials</h1><p>Book below. £990 + VAT.</p>
    <h2>You might also like</h2>
    <div class="card"><h4>Scrum Master Foundation</h4><div><div>Next session:</div>\
<div>12 Jan 2027</div><div>to</div><div>13 Jan 2027</div></div><div>£695</div></div>
    <div class="card"><h4>Kanban System Design</h4><div><div>Next session:</div>\
<div>8 Feb 2027</div><div>to</div><div>9 Feb 2027</div></div><div>£745</div></div>
    <div class="card"><h4>Product Owner Bootcamp</h4><div><div>Next session:</div>\
<div>3 Mar 2027</div><div>to</div><div>5 Mar 2027</div></div><div>£1,095</div></div>"""
    assert _runs(body, "name", "start_date", "end_date", "price", "location") == [
        ("Kanban System Design", "2027-02-08", "2027-02-09", 745.0, None),
        ("Product Owner Bootcamp", "2027-03-03", "2027-03-05", 1095.0, None),
        ("Scrum Master Foundation", "2027-01-12", "2027-01-13", 695.0, None),
    ]


def test_cards_each_with_a_title_and_a_status_badge_end_where_the_next_ones_head_starts() -> None:
    """Title / status / date / venue / trainer / price, card after card: a status with its
    count of places ("2 spots left") is a badge like "Open", so the next card's title and
    badge are its own head, also where a town's heading stands between two cards."""

    def card(title: str, status: str, date: str, town: str, fee: str) -> str:
        return (
            f'<div class="item"><h4>{title}</h4><span>{status}</span><p>{date} · 9:00–15:00</p>'
            f"<p>Harbour Depot, {town}, NS</p><p>Trainer: Ola Berg</p><p>{fee} + tax</p></div>"
        )

    body = f"""<h1>Upcoming classes</h1><div class="tabs"><h3>Kingsport classes</h3>
    {card("Forklift Operator Refresher", "Open", "9 March 2027", "Kingsport", "$310")}
    {card("Confined Space Entry Level 1", "2 spots left", "2027-03-15", "Kingsport", "$280")}
    {card("Forklift Operator Refresher", "Full", "April 6, 2027", "Kingsport", "$310")}
    <h3>Baxter Harbour classes</h3>
    {card("Confined Space Entry Level 1", "1 seat left", "2027-04-20", "Baxter", "$280")}
    {card("Forklift Operator Refresher", "Open", "May 4, 2027", "Baxter", "$310")}</div>"""
    assert _runs(body, "name", "start_date", "availability") == [
        ("Confined Space Entry Level 1", "2027-03-15", "LimitedAvailability"),
        ("Confined Space Entry Level 1", "2027-04-20", "LimitedAvailability"),
        ("Forklift Operator Refresher", "2027-03-09", "InStock"),
        ("Forklift Operator Refresher", "2027-04-06", "SoldOut"),
        ("Forklift Operator Refresher", "2027-05-04", "InStock"),
    ]


def test_related_products_titled_with_their_length_keep_their_own_titles() -> None:
    long = "Institute of Occupational Safety Managing Safely Certificate – 4 Day Course"
    body = f"""<h1>Certificate in Health and Safety at Work</h1>
    <table><tr><th>Date</th><th>Venue</th><th>Price</th></tr>
    <tr><td>2 March 2027</td><td>Bristol</td><td>£395 + VAT</td></tr></table>
    <section class="related products"><h2>You may also like</h2>
    <div><h3>{long}</h3>
    <p>Next date: 8–11 February 2027, Bristol</p><p>£1,195.00 + VAT</p></div>
    <div><h3>Fire Risk Assessment – 2 Day Course</h3>
    <p>Next date: 15–16 March 2027, Live online</p><p>From £495.00 + VAT</p></div></section>"""
    assert _runs(body, "name", "start_date") == [
        ("Certificate in Health and Safety at Work", "2027-03-02"),
        ("Fire Risk Assessment – 2 Day Course", "2027-03-15"),
        (long, "2027-02-08"),
    ]


def test_a_fee_cell_broken_over_two_lines_gives_the_early_bird_and_the_standard_fee() -> None:
    """A text dump breaks a fee cell holding two fees: the early-bird fee with its deadline,
    then the standard fee with the row's last cells on the next line."""
    text = (
        "Class code\tDates\tVenue\tTutor\tFee\tStatus\n"
        "PMP-2701\t16/01/2027 – 06/02/2027\tCentral\tAmy Ho\t"
        "Early Bird S$1,480 (until 15/12/2026)\n"
        "Standard S$1,680\tOpen\n"
        "PMP-2702\t13/03/2027 – 03/04/2027\tJurong\tBen Tan\tS$1,680\tOpen\n"
    )
    runs = _dump_runs(text, course_name="PMP Exam Prep", day_first=True, source="text")
    assert [(r.start_date, r.end_date, r.price, r.list_price) for r in runs] == [
        ("2027-01-16", "2027-02-06", 1480.0, 1680.0),
        ("2027-03-13", "2027-04-03", 1680.0, None),
    ]


def test_a_chinese_class_block_after_a_table_is_a_run_of_its_own() -> None:
    """Lines of CJK script below a flattened table (no spaces, so one "word" each) end the
    table: the class block under it is read as a card."""
    text = (
        "Class code\tDates\tVenue\tFee\tStatus\n"
        "ACC-2701\t09/01/2027 – 30/01/2027\tMong Kok Centre\tHK$6,800\tEnrolling\n"
        "普通話授課班 Putonghua class\n"
        "ACC-2704P（普通話授課）\n"
        "日期：2027年3月6日至3月27日（逢星期六）\n"
        "學費：HK$6,800\n"
        "額滿 Full\n"
    )
    runs = _dump_runs(text, course_name="ACC Exam Prep", day_first=True, source="text")
    assert [(r.start_date, r.end_date, r.price, r.availability) for r in runs] == [
        ("2027-01-09", "2027-01-30", 6800.0, None),
        ("2027-03-06", "2027-03-27", 6800.0, "SoldOut"),
    ]


def test_a_glossary_pages_title_names_no_course() -> None:
    assert not could_be_course_name("POPIA glossary")
    assert not could_be_course_name("Woordenlijst")
    assert not could_be_course_name("用語集")
    assert could_be_course_name("Medical Terminology Course")


def test_a_cards_venue_field_makes_its_run_in_person() -> None:
    """A venue the page names in a field ("Venue: …", "地點：…") but no town: in person."""
    text = (
        "Weekend class\n"
        "Dates: 6 March 2027 to 27 March 2027 (Saturdays)\n"
        "Venue: Harbour Learning Centre\n"
        "Fee: HK$6,800\n"
        "Book now\n"
        "\n"
        "網上班 Online class\n"
        "日期：2027年5月8日至5月29日\n"
        "地點：Zoom 網上授課 (online)\n"
        "學費：HK$6,200\n"
        "Book now\n"
        "\n"
        "平日班\n"
        "日期：2027年6月7日至6月11日\n"
        "地點：待定\n"
        "學費：HK$6,800\n"
    )
    runs = _dump_runs(text, course_name="ACC Exam Prep", day_first=True, source="text")
    assert [(r.start_date, r.mode) for r in runs] == [
        ("2027-03-06", "in_person"),
        ("2027-05-08", "online"),
        ("2027-06-07", None),
    ]


def test_a_table_written_one_cell_per_line_in_the_markup_gives_its_runs() -> None:
    body = """<h1>Excel for Finance Teams</h1>
<table>
<tr><th>Date</th><th>Venue</th><th>Fee</th></tr>
<tr>
  <td>9 March 2027</td>
  <td>Bristol</td>
  <td>£395 + VAT</td>
</tr>
<tr>
  <td>11 May 2027</td>
  <td>Cardiff</td>
  <td>£395 + VAT</td>
</tr>
</table>"""
    assert _runs(body, "start_date", "location", "price") == [
        ("2027-03-09", "Bristol", 395.0),
        ("2027-05-11", "Cardiff", 395.0),
    ]


def test_a_listing_table_with_merged_cells_and_a_course_given_on_request() -> None:
    """Hungarian headers; the course cell spans its runs and has its code and hours below
    its name; a second "course" column (Program: the hours) names no course; a row that
    gives its course on request, with merged cells, is one dateless record."""
    body = """<h1>Képzési naptár 2027</h1><table>
<tr><th>Képzés</th><th>Időpont</th><th>Program</th><th>Helyszín</th><th>Díj</th></tr>
<tr><td rowspan="2"><b>Adatvédelmi felelős</b><br><small>OKJ 35 345 01 · 30 óra</small></td>
<td>2027. május 3–5.</td><td>9:00–16:00</td><td>Szeged</td><td>98 000 Ft</td></tr>
<tr><td>2027. június 7., 14. és 21.</td><td>17:00–20:00</td><td>Online</td><td>89 000 Ft</td></tr>
<tr><td><b>Belső auditor</b><br><small>20 óra</small></td>
<td colspan="3">Igény szerint, cégeknek</td><td>Egyedi ajánlat</td></tr>
</table>"""
    assert _runs(body, "name", "start_date", "end_date", "price", "location") == [
        ("Adatvédelmi felelős", "2027-05-03", "2027-05-05", 98000.0, "Szeged"),
        ("Adatvédelmi felelős", "2027-06-07", "2027-06-21", 89000.0, None),
        ("Belső auditor", None, None, None, None),
    ]


def test_an_intake_shown_as_a_timeline_of_module_dates_is_one_run() -> None:
    """Each intake lists its module blocks without a year, a divider item where the year
    changes; the intake runs from its first module day to its last, at its own fee."""
    module = '<li><span class="date">{days}</span><h4>{title}</h4><p>{length}</p></li>'
    titles = ["Unit 1 Leading teams", "Unit 2 Budgets and finance", "Unit 3 Strategy"]

    def intake(head: str, days: list[str], fee: str, status: str) -> str:
        items = "".join(
            '<li class="year"><span>2027</span></li>'
            if d == "2027"
            else module.format(days=d, title=titles[k % 3], length="2 evenings")
            for k, d in enumerate(days)
        )
        return (
            f"<div class='intake'><h3>{head}</h3><ol class='timeline'>{items}</ol>"
            f"<aside><dl><dt>Fee</dt><dd>£2,450</dd><dt>Status</dt><dd>{status}</dd></dl>"
            f"<a href='/apply'>Apply now</a></aside></div>"
        ).replace("£2,450", fee)

    body = (
        "<h1>ILM Level 5 Certificate in Leadership and Management</h1><h2>Intakes</h2>"
        + intake("Leeds · November 2026 intake", ["17 & 18 Nov", "2027", "12 & 13 Jan",
                                                  "9 & 10 Feb"], "£2,450", "Places available")
        + intake("Online · March 2027 intake", ["2 & 4 Mar", "23 & 25 Mar", "13 & 15 Apr"],
                 "£2,150", "Fully booked")
    )  # fmt: skip
    assert _runs(body, "start_date", "end_date", "price", "availability") == [
        ("2026-11-17", "2027-02-10", 2450.0, "InStock"),
        ("2027-03-02", "2027-04-15", 2150.0, "SoldOut"),
    ]


def test_a_list_of_runs_each_with_its_price_is_no_timeline() -> None:
    body = """<h1>Scrum Master Certification</h1><h2>Dates 2027</h2><ul>
<li><div>12–13 Jan</div><div>London</div><div>£995</div><div>Book now</div></li>
<li><div>9–10 Feb</div><div>Manchester</div><div>£995</div><div>Book now</div></li>
<li><div>16–17 Mar</div><div>Leeds</div><div>£995</div><div>Book now</div></li>
</ul>"""
    assert _runs(body, "start_date", "end_date", "location") == [
        ("2027-01-12", "2027-01-13", "London"),
        ("2027-02-09", "2027-02-10", "Manchester"),
        ("2027-03-16", "2027-03-17", "Leeds"),
    ]


def test_a_format_badge_after_the_town_is_not_part_of_the_location() -> None:
    body = """<h1>Negotiation Skills</h1><h2>Upcoming sessions</h2><ul>
    <li><div>March 9–10, 2027</div><div>Portland, OR <span>In person</span></div>
    <div>$1,150</div><a href="/r">Register</a></li></ul>"""
    assert _runs(body, "mode", "location") == [("in_person", "Portland")]


def test_a_featured_course_box_names_its_linked_course_not_its_badge() -> None:
    body = """<h1>Open courses</h1><aside><h3>Featured course</h3>
    <p><a href="/c/sql">SQL for Analysts</a> · Next date: 12 - 13 Apr 2027 · Leeds · £450 + VAT</p>
    </aside>"""
    assert _runs(body, "name", "start_date", "price") == [("SQL for Analysts", "2027-04-12", 450.0)]


@pytest.mark.parametrize("badge", ["Featured course", "Curso destacado", "Formation à la une"])
def test_a_featured_badge_is_no_course_name(badge: str) -> None:
    assert not could_be_course_name(badge)


def test_dates_under_a_heading_per_place_are_the_pages_course_in_that_place() -> None:
    body = """<h1>Emergency First Aid at Work</h1><p>One-day course, certificate included.</p>
    <div class="tabs"><ul role="tablist"><li role="presentation"><a role="tab" href="#bri">Bristol\
</a></li><li role="presentation"><a role="tab" href="#exe">Exeter</a></li></ul>
    <div id="bri" role="tabpanel"><h3>Bristol</h3><ul>
    <li>Tue 12 January 2027 · £110 + VAT · <a href="/b/1">Book</a></li>
    <li>Tue 9 February 2027 · £110 + VAT · <a href="/b/2">Book</a></li></ul></div>
    <div id="exe" role="tabpanel"><h3>Exeter</h3><ul>
    <li>Thu 21 January 2027 · £99 + VAT · <a href="/b/3">Book</a></li></ul></div></div>"""
    assert _runs(body, "name", "start_date", "price", "location") == [
        ("Emergency First Aid at Work", "2027-01-12", 110.0, "Bristol"),
        ("Emergency First Aid at Work", "2027-01-21", 99.0, "Exeter"),
        ("Emergency First Aid at Work", "2027-02-09", 110.0, "Bristol"),
    ]


@pytest.mark.parametrize(
    "headings",
    [
        ("Excel Pivot Tables", "Power BI Essentials"),  # courses' titles
        ("Beginners", "Advanced"),  # levels
        ("Weekdays", "Weekends"),  # a run's label
    ],
)
def test_headings_over_dates_that_name_no_place(headings: tuple[str, str]) -> None:
    lines = [
        headings[0],
        "Mon 11 January 2027 · £195 + VAT · Book",
        "Mon 8 February 2027 · £195 + VAT · Book",
        headings[1],
        "Wed 13 January 2027 · £395 + VAT · Book",
    ]
    assert place_groups(lines, 1, set(), find_date_ranges, lambda line: "£" in line) is None
    places = place_groups(
        ["Leeds", *lines[1:3], "Milton Keynes", lines[4]],
        1,
        set(),
        find_date_ranges,
        lambda line: "£" in line,
    )
    assert [(place, i) for place, i, _ in places or []] == [
        ("Leeds", 1),
        ("Leeds", 2),
        ("Milton Keynes", 4),
    ]


def test_tabs_that_each_name_a_place_give_their_panels_dates_that_place() -> None:
    body = """<h1>Manual Handling Train the Trainer</h1><p>Two days. Certificate included.</p>
    <ul class="nav"><li><a role="tab" aria-controls="p-gla" href="#p-gla">Glasgow</a></li>
    <li><a role="tab" aria-controls="p-edi" href="#p-edi">Edinburgh</a></li></ul>
    <div id="p-gla" role="tabpanel"><ul>
    <li>Mon 11 – Tue 12 January 2027 · £450 + VAT · <a href="/b/1">Book</a></li>
    <li>Mon 8 – Tue 9 February 2027 · £450 + VAT · <a href="/b/2">Book</a></li></ul></div>
    <div id="p-edi" role="tabpanel"><ul>
    <li>Wed 20 – Thu 21 January 2027 · £475 + VAT · <a href="/b/3">Book</a></li></ul></div>"""
    assert _runs(body, "name", "start_date", "location") == [
        ("Manual Handling Train the Trainer", "2027-01-11", "Glasgow"),
        ("Manual Handling Train the Trainer", "2027-01-20", "Edinburgh"),
        ("Manual Handling Train the Trainer", "2027-02-08", "Glasgow"),
    ]


def test_a_schedule_of_many_courses_names_each_by_its_cells_link_not_its_tag() -> None:
    body = """<h1>Open training calendar</h1><table>
    <tr><th>Course</th><th>Date</th><th>Place</th><th>Price</th><th></th></tr>
    <tr><td><a href="/c/xl">Excel for Controllers</a><span class="tag">Office tools</span></td>\
<td>3–4 March 2027</td><td>Gdańsk</td><td><span>1 190 zł</span><small>brutto</small></td>\
<td><a href="/book">Book</a></td></tr>
    <tr><td><a href="/c/sql">SQL for Analysts</a><span class="tag">Data and reporting</span></td>\
<td>10–11 March 2027</td><td>Łódź</td><td><span>1 390 zł</span><small>brutto</small></td>\
<td><a href="/book">Book</a></td></tr>
    <tr><td><a href="/c/ws">Workplace First Aid</a><br><small>(blended)</small></td>\
<td>17 March 2027</td><td>Łódź</td><td><span>390 zł</span><small>brutto</small></td>\
<td><a href="/book">Book</a></td></tr></table>"""
    assert _runs(body, "name", "start_date", "location", "price") == [
        ("Excel for Controllers", "2027-03-03", "Gdańsk", 1190.0),
        ("SQL for Analysts", "2027-03-10", "Łódź", 1390.0),
        ("Workplace First Aid (blended)", "2027-03-17", "Łódź", 390.0),  # a qualifier stays
    ]


def test_a_date_cards_guarantee_or_offer_badge_is_neither_its_name_nor_its_place() -> None:
    body = """<h1>Agile Project Management Foundation</h1><h2>Upcoming dates</h2>
    <div class="card"><span class="badge">Guaranteed to run</span><h3>Tue 9 – Thu 11 March 2027</h3>
    <ul><li>Leeds</li><li>9:00 – 16:30</li></ul><p>£1,195 + VAT</p><a href="/b/1">Book</a></div>
    <div class="card"><span class="badge">Early bird</span><h3>Tue 13 – Thu 15 April 2027</h3>
    <ul><li>Bristol</li><li>9:00 – 16:30</li></ul><p><span>£995</span> <s>£1,195</s> + VAT</p>
    <a href="/b/2">Book</a></div>"""
    assert _runs(body, "name", "start_date", "location", "price") == [
        ("Agile Project Management Foundation", "2027-03-09", "Leeds", 1195.0),
        ("Agile Project Management Foundation", "2027-04-13", "Bristol", 995.0),
    ]


def test_a_courses_price_range_gives_way_to_the_price_the_page_shows_for_a_run() -> None:
    markup = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": "Lean Six Sigma Green Belt",
        "offers": {"@type": "AggregateOffer", "lowPrice": 1800, "highPrice": 2100,
                   "priceCurrency": "EUR"},
        "hasCourseInstance": [
            {"@type": "CourseInstance", "startDate": "2027-02-01", "endDate": "2027-02-03"},
            {"@type": "CourseInstance", "startDate": "2027-05-03", "endDate": "2027-05-05"},
        ],
    }  # fmt: skip
    body = f"""<script type="application/ld+json">{json.dumps(markup)}</script>
    <h1>Lean Six Sigma Green Belt</h1><h2>Dates</h2>
    <div class="card"><h3>1 – 3 February 2027</h3><p>Utrecht</p><p>€ 2.100</p>
    <a href="/b/1">Book</a></div>"""
    assert _runs(body, "start_date", "price") == [("2027-02-01", 2100.0), ("2027-05-03", 1800.0)]


def test_only_a_tag_set_apart_after_a_cells_link_is_left_out_of_the_name() -> None:
    tree = LexborHTMLParser(
        """<table><tr><td><a href="/a">Excel for Controllers</a><span>Office tools</span></td>
        <td><a href="/b">Excel</a> – Level 2</td>
        <td><a href="/c">Excel</a><span> – Level 3</span></td>
        <td>New: <a href="/d">SQL Basics</a><span>Data</span></td>
        <td><a href="/e">Power BI</a><small>(blended)</small></td></tr></table>"""
    )
    assert linked_cells(tree) == {"excel for controllers office tools": "Excel for Controllers"}


@pytest.mark.parametrize(
    ("line", "badge"),
    [
        ("Guaranteed to run", True),
        ("Garanteret afholdelse", True),
        ("Termin gwarantowany", True),
        ("Durchführungsgarantie", True),
        ("Early bird!", True),
        ("Kampagnepris", True),
        ("Sale", False),  # a town (Sale, Victoria; Sale, Greater Manchester)
        ("Winter sale", True),
        ("Autumn offer!", True),
        ("MONSOON PROMO", True),  # a promotion named by its season
        ("Anniversary promotion", True),
        ("Spring rate", True),  # a special price named by its season
        ("Early Bird Marketing Masterclass", False),
        ("New Zealand", False),
        ("Early bird ends 15 March", True),
        ("Frühbucher bis 31.01.", True),
        ("New to Excel", False),
    ],
)
def test_a_guarantee_or_offer_badge(line: str, badge: bool) -> None:
    assert promo_badge(line) is badge


def test_a_table_under_a_heading_naming_its_format_gives_its_rows_that_mode() -> None:
    """Separate tables per format, flattened to lines: each table's heading (with an intro
    sentence between) names the mode of its rows, which have no format column."""
    text = (
        "Upcoming dates\n"
        "Classroom courses\n"
        "Held at our training centres, with lunch and refreshments included all day.\n"
        "Dates\tVenue\tFee\t\n"
        "Mon 1 – Wed 3 Mar 2027\tLeeds\t£950\tBook now\n"
        "Live online courses\n"
        "Dates\tTimes\tFee\t\n"
        "Tue 9 – Thu 11 Mar 2027\t9:00am – 4:30pm\t£850\tBook now\n"
        "Mon 12 – Wed 14 Apr 2027\t9:00am – 4:30pm\t£850\tBook now\n"
    )
    runs = _dump_runs(text, course_name="Train the Trainer", source="text")
    assert [(r.start_date, r.mode, r.location) for r in runs] == [
        ("2027-03-01", "in_person", "Leeds"),
        ("2027-03-09", "online", None),
        ("2027-04-12", "online", None),
    ]


def test_a_table_under_a_heading_that_names_no_format_gets_no_mode_from_it() -> None:
    text = (
        "Upcoming dates\n"
        "Dates\tTimes\tFee\t\n"
        "Tue 9 – Thu 11 Mar 2027\t9:00am – 4:30pm\t£850\tBook now\n"
    )
    runs = _dump_runs(text, course_name="Train the Trainer", source="text")
    assert [(r.start_date, r.mode) for r in runs] == [("2027-03-09", None)]


@pytest.mark.parametrize(
    ("cell", "town"),
    [
        ("Dublin – Liffey Training Centre, 14 Ormond Quay", "Dublin"),
        ("Cork - Lee Conference Suite, Lapp's Quay", "Cork"),
        ("Galway – Harbour Business Hub", "Galway"),
        ("Leeds | Hilton Hotel", "Leeds"),
        ("New York – 5 Park Avenue", "New York"),
        ("Kanata – Hazeldean", "Kanata"),  # a town and its district: the town
    ],
)
def test_a_location_cell_town_dash_venue_gives_the_town(cell: str, town: str) -> None:
    text = f"Dates\tVenue\tFee\t\nMon 1 – Wed 3 Mar 2027\t{cell}\t€695\tBook now\n"
    runs = _dump_runs(text, course_name="Train the Trainer", source="text")
    assert [(r.location, r.mode) for r in runs] == [(town, "in_person")]


def test_html_tables_under_format_headings_take_their_heading_mode() -> None:
    body = """<h1>Corso Excel Avanzato</h1>
    <h2>Corsi in aula</h2><table><tr><th>Date</th><th>Sede</th><th>Prezzo</th></tr>
    <tr><td>15-16 marzo 2027</td><td>Milano</td><td>€ 490 + IVA</td><td>Iscriviti</td></tr>
    </table>
    <h2>Corsi online</h2><p>In diretta su Microsoft Teams con lo stesso docente e gli stessi \
materiali del corso in aula, con esercitazioni guidate.</p>
    <table><tr><th>Date</th><th>Orario</th><th>Prezzo</th></tr>
    <tr><td>12-13 aprile 2027</td><td>9:00-13:00</td><td>€ 390 + IVA</td><td>Iscriviti</td></tr>
    </table>"""
    assert _runs(body, "start_date", "mode", "location") == [
        ("2027-03-15", "in_person", "Milano"),
        ("2027-04-12", "online", None),
    ]


def test_a_rows_own_format_wins_over_its_tables_heading() -> None:
    text = (
        "Classroom courses\n"
        "Dates\tVenue\tFee\t\n"
        "Mon 1 – Wed 3 Mar 2027\tLeeds\t£950\tBook now\n"
        "Mon 5 – Wed 7 Apr 2027\tOnline (Zoom)\t£850\tBook now\n"
    )
    runs = _dump_runs(text, course_name="Train the Trainer", source="text")
    assert [(r.start_date, r.mode, r.location) for r in runs] == [
        ("2027-03-01", "in_person", "Leeds"),
        ("2027-04-05", "online", None),
    ]


def test_an_accordion_of_runs_with_a_label_over_each_value() -> None:
    """A ``<details>`` per run: the town and dates in its summary, then a ``<dl>`` whose
    labels and values the page shows on lines of their own, the price below the trainer."""
    runs = "".join(
        f"<details><summary><span>{town} · {dates}</span> <span>{status}</span></summary>"
        f"<dl><dt>Sted</dt><dd>{venue}</dd><dt>Tid</dt><dd>Kl. 09.00–16.00</dd>"
        f"<dt>Kursholder</dt><dd>{trainer}</dd><dt>Pris</dt><dd>{price}</dd></dl>"
        "<a href='#'>Meld deg på</a></details>"
        for town, dates, status, venue, trainer, price in (
            (
                "Tromsø",
                "2.–4. februar 2027",
                "Fulltegnet",
                "Hotell Nord, Storgata 1, 9008 Tromsø",
                "Ola Berg",
                "kr 7 900,- eks. mva",
            ),
            (
                "Bodø",
                "8.–10. mars 2027",
                "Ledige plasser",
                "Kurssenter, Sjøgata 5, 8006 Bodø",
                "Eva Lie",
                "Tilbud: kr 6 900,- (ordinær pris kr 7 900,-) eks. mva",
            ),
        )
    )
    body = f"<h1>Brannvernleder</h1><h2>Kursdatoer</h2>{runs}"
    fields = ("start_date", "end_date", "price", "list_price", "location", "instructor")
    assert _runs(body, *fields, "availability") == [
        ("2027-02-02", "2027-02-04", 7900.0, None, "Tromsø", "Ola Berg", "SoldOut"),
        ("2027-03-08", "2027-03-10", 6900.0, 7900.0, "Bodø", "Eva Lie", "InStock"),
    ]


def test_a_booking_widgets_format_chips_above_its_first_slot_name_no_course() -> None:
    slots = "".join(
        f"<div class='slot'><div>{d}</div><div>{where}</div><div>Instrutor: {who}</div>"
        f"<div>{price}</div><button>Reservar vaga</button></div>"
        for d, where, who, price in (
            (
                "08/03/2027 a 12/03/2027",
                "Presencial · Recife (Boa Viagem)",
                "Ana Souza",
                "R$ 1.450,00",
            ),
            (
                "12/04/2027 a 16/04/2027",
                "Online ao vivo (Zoom)",
                "Ana Souza",
                "de R$ 1.450,00 por R$ 1.250,00",
            ),
        )
    )
    body = (
        "<h1>Curso NR-33 Espaço Confinado</h1><h2>Próximas turmas</h2>"
        "<div><button>Todas</button><button>Presencial</button>"
        f"<button>Online ao vivo</button></div>{slots}"
    )
    assert _runs(body, "name", "start_date", "price", "list_price", "mode", "location") == [
        ("Curso NR-33 Espaço Confinado", "2027-03-08", 1450.0, None, "in_person", "Recife"),
        ("Curso NR-33 Espaço Confinado", "2027-04-12", 1250.0, 1450.0, "online", None),
    ]


def test_with_before_an_acronym_names_no_trainer() -> None:
    body = """<h1>Upcoming courses</h1>
    <div><p>March 6, 2027</p><h3>Emergency First Aid with CPR Level C & AED</h3>
    <p>One day. Includes CPR with AED. Ideal for workplaces.</p><p>$115.00 Get Tickets</p></div>"""
    assert _runs(body, "name", "instructor") == [
        ("Emergency First Aid with CPR Level C & AED", None)
    ]


def test_an_event_listings_venue_address_and_a_title_with_its_format() -> None:
    """An events calendar's list view: the date, the event's title below it (its format
    after a dash), the venue and its street address ending in the town and province."""
    events = "".join(
        f"<article><time>{d}</time><h3><a href='#'>{title}</a></h3>"
        f"<address>{venue}</address><p>{price} Get Tickets</p></article>"
        for d, title, venue, price in (
            (
                "March 6 @ 9:00 am - 4:00 pm",
                "Wilderness First Aid Level 1 – Blended",
                "Lakeside Centre 12 Shore Rd, Unit 4, Barrie, ON",
                "$149.00",
            ),
            (
                "March 13 @ 9:00 am - 1:00 pm",
                "Wilderness First Aid Level 1",
                "Hall B 450 King St W, Kitchener, ON",
                "$89.00",
            ),
        )
    )
    body = f"<h1>Upcoming Events</h1><h2>March 2027</h2>{events}"
    assert _runs(body, "name", "start_date", "mode", "location") == [
        ("Wilderness First Aid Level 1", "2027-03-13", "in_person", "Kitchener"),
        ("Wilderness First Aid Level 1 – Blended", "2027-03-06", "blended", "Barrie"),
    ]


def test_a_sidebar_booking_box_select_offers_the_page_course_runs() -> None:
    """A course page's booking box in an aside: a registration form whose select lists
    the sessions ("date · town · price"); a disabled option is a full session (and the
    enabled one beside it open to book); a related box's select in the same sidebar stays
    another course's."""
    body = """<h1>Gestion de projet agile</h1><p>Deux jours de pratique.</p>
    <aside class="sidebar booking"><h3>Réserver</h3>
    <form class="course-booking" action="/inscription" method="post">
    <select name="session"><option value="" disabled selected>Choisir une date</option>
    <option value="1">12.04.2027 – 13.04.2027 · Lyon · 1 450 €</option>
    <option value="2" disabled>03.05.2027 – 04.05.2027 · Nantes · 1 450 €</option>
    </select><button>S'inscrire</button></form></aside>
    <aside class="related"><h3>Scrum Master</h3>
    <form class="course-booking" action="/inscription"><select>
    <option>07.06.2027 · Lille · 990 €</option></select></form></aside>"""
    assert _runs(body, "name", "start_date", "end_date", "location", "availability") == [
        ("Gestion de projet agile", "2027-04-12", "2027-04-13", "Lyon", "InStock"),
        ("Gestion de projet agile", "2027-05-03", "2027-05-04", "Nantes", "SoldOut"),
    ]


def test_a_next_dates_widget_without_years_takes_the_year_of_each_weekday() -> None:
    """A sidebar 'Upcoming courses' list writes "Thu 9 Dec" without a year: the year near
    the page's (its footer's) on which that weekday falls, across the new year too."""
    body = """<h1>Manual Handling</h1><aside><h3>Upcoming courses</h3><ul>
    <li><p><b>Thu 9 – Fri 10 Dec</b></p><p>Manual Handling</p><p>Leeds</p>
    <p>£145 + VAT <a href="/book">Book</a></p></li>
    <li><p><b>Tue 18 Jan</b></p><p>Manual Handling Refresher</p><p>York</p>
    <p>£95 + VAT <span>Fully booked</span></p></li>
    <li><p><b>Mon 14 Feb</b></p><p>Manual Handling</p><p>Hull</p>
    <p>£145 + VAT <a href="/book">Book</a></p></li></ul></aside>
    <footer>© 2021 Liftwell Training</footer>"""
    assert _runs(body, "name", "start_date", "end_date", "location") == [
        ("Manual Handling", "2021-12-09", "2021-12-10", "Leeds"),
        ("Manual Handling", "2022-02-14", "2022-02-14", "Hull"),
        ("Manual Handling Refresher", "2022-01-18", "2022-01-18", "York"),
    ]


def test_a_yearless_date_takes_the_one_year_its_weekday_fits() -> None:
    from prospectus.extract.patterns.yearless import year_of_weekday_date

    assert year_of_weekday_date("Tue 8 – Wed 9 Dec", 2026) == "Tue 8 – Wed 9 Dec 2026"
    assert year_of_weekday_date("Mon 1 – Tue 2 Feb · Wellington", 2026) == (
        "Mon 1 – Tue 2 Feb 2027 · Wellington"
    )
    assert year_of_weekday_date("Mittwoch, 13. Januar", 2026) == "Mittwoch, 13. Januar 2027"
    assert year_of_weekday_date("Fri 11 Dec 2026", 2026) == "Fri 11 Dec 2026"  # has its year
    assert year_of_weekday_date("Fri 11 Dec", None) == "Fri 11 Dec"  # no page year
    assert year_of_weekday_date("Sat 11 Dec", 2026) == "Sat 11 Dec 2027"
    assert year_of_weekday_date("Mon 29 Feb", 2026) == "Mon 29 Feb"  # no near year fits


def test_a_yearless_month_first_date_takes_the_year_its_weekday_fits() -> None:
    from prospectus.extract.patterns.yearless import page_year, year_of_weekday_date

    assert year_of_weekday_date("Fri, Dec 11 • 9:00 AM EST", 2026) == (
        "Fri, Dec 11, 2026 • 9:00 AM EST"
    )
    assert year_of_weekday_date("Tue, Feb 2", 2026) == "Tue, Feb 2, 2027"
    assert year_of_weekday_date("Wed, Dec 30 – Fri, Jan 1", 2026) == (
        "Wed, Dec 30 – Fri, Jan 1, 2027"
    )
    assert year_of_weekday_date("Mon, Feb 29", 2026) == "Mon, Feb 29"  # fits no near year
    # a name's year written often ("Act 2004") loses to the later copyright year
    assert page_year("Safety Act 2004\nSafety Act 2004 refresher\n© 2026 Acme") == 2026


def test_a_text_dump_event_list_without_years() -> None:
    """An organizer profile scraped to text: title, month-first date without a year, venue,
    price; the year is the one each date's weekday falls in near the page's."""
    text = (
        "Harbour Skills Events\nUpcoming\n"
        "Forklift Operator Basics\nFri, Dec 11 • 8:00 AM EST\nDock Training Centre, Kingsport\n"
        "US$420.00\nSave this event: Forklift Operator Basics\n"
        "Working at Heights\nTue, Feb 2 • 8:00 AM EST\nDock Training Centre, Kingsport\n"
        "US$380.00\nSave this event: Working at Heights\n"
        "Past events\n© 2026 Harbour Skills\n"
    )
    records = extract(Document(body=text.encode(), page="events.txt"))
    runs = sorted((r.name, r.start_date) for r in records.records if r.kind == "course")
    assert ("Forklift Operator Basics", "2026-12-11") in runs
    assert ("Working at Heights", "2027-02-02") in runs


def test_greek_sessions_with_weekdays_a_trainer_and_vat() -> None:
    body = """<h1>Σεμινάριο Διαχείρισης Έργων</h1><ul>
    <li><div>Τρίτη 10 – Πέμπτη 12 Νοεμβρίου 2026</div><div>Εισηγήτρια: Μαρία Γεωργίου</div>
    <div>520 € + ΦΠΑ 24%</div></li>
    <li><div>Δευτέρα 30 Νοεμβρίου – Τετάρτη 2 Δεκεμβρίου 2026</div>
    <div>Εισηγητής: Κώστας Ιωάννου</div><div>520 € + ΦΠΑ 24%</div></li></ul>"""
    assert _runs(body, "start_date", "end_date", "instructor", "price_includes_vat") == [
        ("2026-11-10", "2026-11-12", "Μαρία Γεωργίου", False),
        ("2026-11-30", "2026-12-02", "Κώστας Ιωάννου", False),
    ]


def test_hebrew_cohorts_under_a_month_heading_with_labelled_start_and_end() -> None:
    body = """<h1>קורס ניהול פרויקטים</h1><h2>מחזורים קרובים</h2>
    <h3>נובמבר 2026</h3><div><p>פתיחה: יום ג׳, 03.11 · סיום: 26.11 · 8 מפגשים</p>
    <p>מרצה: דנה שפירא</p><p>₪4,800 + מע״מ</p><p>הקורס מלא – רשימת המתנה</p></div>
    <h3>דצמבר 2026</h3><div><p>פתיחה: יום א׳, 13.12 · סיום: 07.01.2027 · 8 מפגשים</p>
    <p>מרצה: יואב ברק</p><p>₪4,800 + מע״מ</p></div>"""
    assert _runs(body, "start_date", "end_date", "instructor", "availability") == [
        ("2026-11-03", "2026-11-26", "דנה שפירא", "SoldOut"),
        ("2026-12-13", "2027-01-07", "יואב ברק", None),
    ]


def test_an_offer_valid_hasta_a_date_inside_an_accordion_run_is_no_run() -> None:
    """ "Preventa … hasta el 15 de marzo": the offer's last day, no run of its own; the
    runs before and after it keep their titles."""
    body = """<h1>Curso de Gestión Ágil</h1><h2>Próximos grupos</h2><div class="accordion">
    <div class="item"><h3><button><span>Lunes 8 al viernes 12 de marzo de 2027</span> · \
<span>Puebla</span></button></h3><div hidden><ul><li><strong>Modalidad:</strong> Presencial</li>
    <li><strong>Inversión:</strong> $12,500 MXN + IVA</li></ul><a href="/r1">Inscribirme</a>
    </div></div>
    <div class="item"><h3><button><span>Lunes 10 al viernes 14 de mayo de 2027</span> · \
<span>Querétaro</span></button></h3><div hidden><ul><li><strong>Modalidad:</strong> Presencial</li>
    <li><strong>Inversión:</strong> Preventa $11,000 MXN + IVA (precio regular $12,500 MXN) \
hasta el 2 de abril</li></ul><a href="/r2">Inscribirme</a></div></div>
    <div class="item"><h3><button><span>Lunes 7 al viernes 11 de junio de 2027</span> · \
<span>Puebla</span></button></h3><div hidden><ul><li><strong>Modalidad:</strong> Presencial</li>
    <li><strong>Inversión:</strong> $12,500 MXN + IVA</li></ul><a href="/r3">Inscribirme</a>
    </div></div></div>"""
    assert _runs(body, "name", "start_date", "price") == [
        ("Curso de Gestión Ágil", "2027-03-08", 12500.0),
        ("Curso de Gestión Ágil", "2027-05-10", 11000.0),
        ("Curso de Gestión Ágil", "2027-06-07", 12500.0),
    ]


def test_a_year_planner_matrix_gives_a_run_per_dated_cell() -> None:
    body = """<h1>Open courses 2027</h1>
    <p><span>MCR Manchester (city centre)</span> <span>BRS Bristol, Temple Quay</span>
    <span>VIR Virtual classroom (Teams)</span></p>
    <table><thead><tr><th>Course</th><th>Feb 2027</th><th>Mar 2027</th><th>Apr 2027</th>\
<th>Price</th></tr></thead><tbody>
    <tr><th><a href="/c/first-aid">First Aid at Work</a> <small>3 days</small></th>\
<td>2-4 MCR</td><td>–</td><td>27 Apr-1 May BRS</td><td>£350 + VAT</td></tr>
    <tr><th><a href="/c/fire">Fire Marshal Training</a></th><td>–</td>\
<td>9 VIR</td><td>14 MCR FULL</td><td>£120 + VAT</td></tr>
    </tbody></table>"""
    assert _runs(body, "name", "start_date", "end_date", "mode", "location", "price") == [
        ("Fire Marshal Training", "2027-03-09", "2027-03-09", "online", None, 120.0),
        ("Fire Marshal Training", "2027-04-14", "2027-04-14", "in_person", "Manchester", 120.0),
        ("First Aid at Work", "2027-02-02", "2027-02-04", "in_person", "Manchester", 350.0),
        ("First Aid at Work", "2027-04-27", "2027-05-01", "in_person", "Bristol", 350.0),
    ]
    full = [r for r in _runs(body, "start_date", "availability") if r[1]]
    assert full == [("2027-04-14", "SoldOut")]


def test_city_tabs_with_count_badges_give_each_panel_its_town() -> None:
    # Bootstrap tabs whose labels carry a count badge ("Leeds 2"); each panel's rows end
    # with a "Register" button and a status line, neither of them a name nor a place
    tabs = "".join(
        f'<li><button role="tab" data-bs-target="#{key}">{label} <span class="badge">{n}'
        "</span></button></li>"
        for key, label, n in (("ha", "Hải Phòng", 1), ("ct", "TP. Cần Thơ Mới", 1),
                              ("on", "Trực tuyến", 1))
    )  # fmt: skip

    def panel(key: str, date: str, line: str) -> str:
        return (
            f'<div class="tab-pane" id="{key}" role="tabpanel"><div class="item">'
            f"<span>{date}</span><small>Thứ Bảy, {date[:10]} · Thứ Bảy &amp; Chủ Nhật</small>"
            f"<div>{line}</div><div>Giảng viên: Đỗ Văn Nam</div><div>5.500.000 ₫</div>"
            '<div>Đang nhận đăng ký</div><a class="btn" href="/dk">Đăng ký</a></div></div>'
        )

    body = (
        "<h1>Khóa học Kiểm thử phần mềm</h1><h2>Lịch khai giảng</h2>"
        "<p>Học phí chưa bao gồm VAT.</p>"
        f"<ul>{tabs}</ul>"
        + panel("ha", "06/02/2027 – 14/02/2027", "Tầng 3, 12 Lạch Tray, Hải Phòng")
        + panel("ct", "13/03/2027 – 21/03/2027", "Lầu 2, 8 Hòa Bình")
        + panel("on", "17/04/2027 – 25/04/2027", "Học qua Zoom")
    )
    assert _runs(body, "name", "start_date", "location", "mode", "instructor") == [
        ("Khóa học Kiểm thử phần mềm", "2027-02-06", "Hải Phòng", "in_person", "Đỗ Văn Nam"),
        ("Khóa học Kiểm thử phần mềm", "2027-03-13", "TP. Cần Thơ Mới", "in_person", "Đỗ Văn Nam"),
        ("Khóa học Kiểm thử phần mềm", "2027-04-17", None, "online", "Đỗ Văn Nam"),
    ]


def test_weekday_names_and_a_time_zone_are_no_place() -> None:
    body = """<h1>Pelatihan Manajemen Risiko</h1>
    <div class="card"><h3>Angkatan 7</h3><p>9 – 13 Agustus 2027</p>
    <p>Selasa – Sabtu · 09.00 – 16.00 WITA · 5 hari</p><p>Online (Zoom)</p>
    <p>Rp 4.200.000</p><p>belum termasuk PPN</p><p>Pendaftaran dibuka Daftar sekarang</p></div>
    <div class="card"><h3>Angkatan 8</h3><p>6 – 10 September 2027</p>
    <p>Selasa – Sabtu · 09.00 – 16.00 WITA · 5 hari</p><p>Makassar – Hotel Pantai, Jl. Somba 3</p>
    <p>Rp 4.200.000</p><p>belum termasuk PPN</p><p>Kelas penuh Daftar waiting list</p></div>"""
    assert _runs(body, "name", "start_date", "location", "price_includes_vat", "availability") == [
        ("Pelatihan Manajemen Risiko", "2027-08-09", None, False, None),
        ("Pelatihan Manajemen Risiko", "2027-09-06", "Makassar", False, "SoldOut"),
    ]


def test_a_dotted_line_of_a_related_course_names_it_before_its_date() -> None:
    # a sidebar's list on a page that is no course page: "Name · date · town · price"
    body = """<h1>Sanasto – työturvallisuus</h1><p>Selityksiä työsuojelun sanoille.</p>
    <aside><h2>Tulevat koulutukset</h2><ul>
    <li><a href="/k/tulityo">Tulityökortti</a> · 14 tammikuuta 2027 · Oulu · 290 €</li>
    <li><a href="/k/ea">Ensiapu EA1</a> · 2–3 helmikuuta 2027 · Tampere · 340 €</li></ul></aside>"""
    assert _runs(body, "name", "start_date", "location") == [
        ("Ensiapu EA1", "2027-02-02", "Tampere"),
        ("Tulityökortti", "2027-01-14", "Oulu"),
    ]


def test_glossary_titles_and_register_buttons_in_more_languages_name_no_course() -> None:
    assert not could_be_course_name("Ordlista – brandskydd från A till Ö")
    assert not could_be_course_name("Glosarium Keselamatan Kerja")
    assert could_be_course_name("Heta arbeten")
    assert BUTTON.search("Đăng ký ngay")
    assert BUTTON.search("Daftar sekarang")


def test_a_transposed_table_whose_columns_are_runs() -> None:
    body = """<h1>Conflict Resolution Workshop</h1><h2>Upcoming dates</h2><table>
    <thead><tr><th><span>Item</span></th><th>Cohort 4</th><th>Cohort 5</th><th>Cohort 6</th></tr>
    </thead><tbody>
    <tr><th scope="row">Dates</th><td>Tue 9 – Wed 10 Mar 2027</td><td>Thu 8 – Fri 9 Apr 2027</td>\
<td>Mon 10 – Tue 11 May 2027</td></tr>
    <tr><th scope="row">Venue</th><td><strong>Bristol</strong>\
<br><small>Harbour House, 3 Quay St</small></td><td>Cardiff</td><td>Online (Teams)</td></tr>
    <tr><th scope="row">Fee</th><td>£640</td><td><s>£640</s><br>£590</td><td>£520</td></tr>
    <tr><th scope="row">Status</th><td>Places available</td><td>Sold out</td>\
<td>Places available</td></tr>
    <tr><th></th><td><a href="/b/4">Book</a></td><td>Waiting list</td>\
<td><a href="/b/6">Book</a></td></tr>
    </tbody></table>"""
    assert _runs(body, "start_date", "end_date", "location", "mode", "price", "list_price") == [
        ("2027-03-09", "2027-03-10", "Bristol", "in_person", 640.0, None),
        ("2027-04-08", "2027-04-09", "Cardiff", "in_person", 590.0, 640.0),
        ("2027-05-10", "2027-05-11", None, "online", 520.0, None),
    ]
    assert _runs(body, "start_date", "availability")[1] == ("2027-04-08", "SoldOut")


def test_a_table_of_fields_with_one_run_or_no_dates_stays_as_it_is() -> None:
    one = """<h1>Data Protection Essentials</h1><table>
    <tr><th>Date</th><td>Tue 9 – Wed 10 Mar 2027</td></tr>
    <tr><th>Venue</th><td>Bristol</td></tr><tr><th>Fee</th><td>£640</td></tr></table>"""
    view = visible_from_tree_of(one)
    assert "Date\tTue 9 – Wed 10 Mar 2027" in view
    facts = """<table><tr><th></th><th>Basic</th><th>Pro</th></tr>
    <tr><th>Price</th><td>£10</td><td>£20</td></tr><tr><th>Location</th><td>UK</td><td>EU</td></tr>
    <tr><th>Status</th><td>Open</td><td>Open</td></tr></table>"""
    assert "Price\t£10\t£20" in visible_from_tree_of(facts)


def visible_from_tree_of(body: str) -> str:
    tree = LexborHTMLParser(f"<html><body>{body}</body></html>")
    transpose_run_tables(tree)
    return visible_from_tree(tree, "t.html", lang=None, base_url=None).text


def test_an_arabic_schedule_with_arabic_indic_digits() -> None:
    body = """<h1>دورة إدارة المشاريع</h1><h2>المواعيد القادمة</h2>
    <p>جميع الأسعار لا تشمل ضريبة القيمة المضافة.</p><table>
    <tr><th></th><th>الدفعة ١</th><th>الدفعة ٢</th></tr>
    <tr><th>التاريخ</th><td>الأحد ١٤ – الخميس ١٨ فبراير ٢٠٢٧</td>\
<td>الأحد ٢٨ فبراير – الخميس ٤ مارس ٢٠٢٧</td></tr>
    <tr><th>المكان</th><td>أبوظبي<br>فندق الواحة، شارع الكورنيش</td>\
<td>دبي<br>برج النخيل، الطابق ٣</td></tr>
    <tr><th>الرسوم</th><td>٤٬٥٠٠ د.إ</td><td>٤٬٥٠٠ د.إ</td></tr>
    <tr><th>الحالة</th><td>التسجيل متاح</td><td>مكتمل العدد</td></tr></table>"""
    assert _runs(
        body, "start_date", "end_date", "location", "price", "currency", "availability"
    ) == [
        ("2027-02-14", "2027-02-18", "أبوظبي", 4500.0, "AED", None),
        ("2027-02-28", "2027-03-04", "دبي", 4500.0, "AED", "SoldOut"),
    ]
    assert {r for (r,) in _runs(body, "price_includes_vat")} == {False}


def test_cohort_cards_in_a_text_dump_with_a_town_named_city_before_its_venue() -> None:
    text = """Product Management Bootcamp
Upcoming cohorts
Cohort 8 · Full-time, in person
Apr 5 – May 14, 2027
Mon – Fri, 9:00 AM – 5:00 PM
Quezon City – Eastwood Tech Park, Libis
₱49,900
Reserve my slot
Cohort 9 · Full-time, in person
Jun 7 – Jul 16, 2027
Mon – Fri, 9:00 AM – 5:00 PM
Davao City – 5F Abreeza Tower, J.P. Laurel Avenue
₱45,900
SOLD OUT
Join the waitlist
"""
    result = extract(Document(body=text.encode(), page="cohorts.txt"))
    courses = [r for r in result.records if r.kind == "course"]
    assert sorted((r.start_date, r.location) for r in courses) == [
        ("2027-04-05", "Quezon City"),
        ("2027-06-07", "Davao City"),
    ]  # and no course named after a place ("Quezon City – Eastwood Tech Park, Libis")


def test_an_early_bird_price_over_a_regular_one_on_the_next_line() -> None:
    text = """Cloud Engineering Bootcamp
Cohort 3 · Weeknights
Mar 2 – May 20, 2027
Live online via Zoom
Early bird S$2,900
Regular S$3,400
Reserve my slot
"""
    result = extract(Document(body=text.encode(), page="bootcamp.txt"))
    assert [(r.price, r.list_price) for r in result.records if r.kind == "course"] == [
        (2900.0, 3400.0)
    ]


def test_a_thai_dates_table_reads_its_header_words_and_status() -> None:
    """Thai headers run their words together ("วันที่อบรม", "ค่าอบรม (ไม่รวม VAT 7%)"); a
    run's status "เต็ม" alone means full."""
    body = """<h1>หลักสูตร Project Management Essentials</h1><table>
    <tr><th>วันที่อบรม</th><th>สถานที่</th><th>วิทยากร</th><th>ค่าอบรม</th><th>สถานะ</th></tr>
    <tr><td>อ. 9 มี.ค. 2570 – พ. 10 มี.ค. 2570</td><td>ขอนแก่น</td><td>สมศักดิ์ ใจดี</td>\
<td>฿12,500</td><td>เต็ม</td></tr>
    <tr><td>อ. 6 เม.ย. 2570 – พ. 7 เม.ย. 2570</td><td>ภูเก็ต</td><td>สมศักดิ์ ใจดี</td>\
<td>฿12,500</td><td>ว่าง</td></tr></table>"""
    assert _runs(body, "start_date", "end_date", "location", "price", "availability") == [
        ("2027-03-09", "2027-03-10", "ขอนแก่น", 12500.0, "SoldOut"),
        ("2027-04-06", "2027-04-07", "ภูเก็ต", 12500.0, None),
    ]


_SECTIONS = """<h1>Fire and First Aid Courses</h1><p>Public courses at our two centres.</p>
<section><h2>First Aid at Work Refresher</h2><p>A two-day refresher.</p>
<p>Course tutor: Helen Marsh</p><table><tr><th>Date</th><th>Venue</th><th>Fee</th></tr>
<tr><td>Tuesday 9 March 2027<br>09:00 – 16:00</td><td>Derby</td><td>£150</td></tr>
<tr><td>Tuesday 13 April 2027<br>09:00 – 16:00</td><td>Leicester</td><td>£150</td></tr>
</table></section>
<section><h2>Fire Marshal Training</h2><p>Half a day on evacuation and extinguishers.</p>
<p>Course tutor: Owen Pike</p><table><tr><th>Date</th><th>Venue</th><th>Fee</th></tr>
<tr><td>Friday 5 March 2027</td><td>Derby</td><td>£95</td></tr>
<tr><td>Friday 23 April 2027</td><td>Leicester</td><td>£95</td></tr></table></section>"""


def test_each_course_section_names_the_runs_of_its_own_dates_table() -> None:
    assert _runs(_SECTIONS, "name", "start_date", "location", "instructor") == [
        ("Fire Marshal Training", "2027-03-05", "Derby", "Owen Pike"),
        ("Fire Marshal Training", "2027-04-23", "Leicester", "Owen Pike"),
        ("First Aid at Work Refresher", "2027-03-09", "Derby", "Helen Marsh"),
        ("First Aid at Work Refresher", "2027-04-13", "Leicester", "Helen Marsh"),
    ]


_SESSION_LISTS = """<script type="application/ld+json">{"@context": "https://schema.org",
"@type": "Course", "name": "Manual Handling Awareness", "description": "Lifting safely."}
</script><h1>Upcoming courses in Derby</h1><p>All prices include VAT.</p>
<h2>Upcoming sessions</h2><h3>Manual Handling Awareness</h3><ul>
<li><strong>Tuesday 9 March 2027</strong> · Derby · £95 ·\
<a href="/c/manual-handling/#book">Book</a></li>
<li><strong>Tue 13th April 2027</strong> · Leicester · £95 ·\
<a href="/c/manual-handling/#book">Book</a></li>
</ul><h3>Fire Warden Training</h3><p>Half a day on evacuation.</p><ul>
<li><strong>Fri 5 March 2027</strong> · Derby · £85 · <a href="/c/fire-warden/#book">Book</a></li>
<li><strong>Fri 23 April 2027</strong> · Leicester · £85 ·\
<a href="/c/fire-warden/#book">Book</a></li>
</ul>"""


def test_each_course_heading_names_the_runs_of_its_own_sessions_list() -> None:
    assert _runs(_SESSION_LISTS, "name", "start_date", "location") == [
        ("Fire Warden Training", "2027-03-05", "Derby"),
        ("Fire Warden Training", "2027-04-23", "Leicester"),
        ("Manual Handling Awareness", "2027-03-09", "Derby"),
        ("Manual Handling Awareness", "2027-04-13", "Leicester"),
    ]


def test_a_sessions_list_s_one_linked_page_less_its_anchor_is_its_course_s_url() -> None:
    html = f"<html><head><title>Courses</title></head><body>{_SESSION_LISTS}</body></html>"
    doc = Document(body=html.encode(), page="p.html", url="https://train.example.org/courses/")
    urls = {(r.name, r.url) for r in extract(doc).records if r.kind == "course"}
    assert urls == {
        ("Manual Handling Awareness", "https://train.example.org/c/manual-handling/"),
        ("Fire Warden Training", "https://train.example.org/c/fire-warden/"),
    }


_WRAPPED_HEADING_LISTS = """<script type="application/ld+json">{"@context": "https://schema.org",
"@type": "Course", "name": "Chainsaw Maintenance", "description": "Sharpening and care."}
</script><h1>Course dates</h1><p>Prices include GST.</p>
<div class="wp-block-heading-box"><h2><a href="/c/chainsaw/">CHAINSAW MAINTENANCE</a></h2></div>
<p>Half a day in the workshop.</p><ul class="dates">
<li><span>3 Mar 2027</span> — <span>Bendigo</span> — <span>$140 inc GST</span></li>
<li><span>Wednesday 7 April 2027</span> — <span>Shepparton</span> — <span>$150 inc GST</span></li>
</ul><div class="wp-block-heading-box"><div class="inner"><h2>Tree Felling Basics</h2></div></div>
<p>Two days in the field.</p><ul class="dates">
<li><span>10 Mar 2027</span> — <span>Bendigo</span> — <span>$420 inc GST</span></li>
<li><span>Thursday 15 April 2027</span> — <span>Echuca</span> — <span>$420 inc GST</span></li>
</ul>"""


def test_a_course_heading_in_a_page_builder_s_wrapper_names_the_list_after_it() -> None:
    """Page builders wrap each heading in a block of its own: the course's list follows the
    wrapper, and its sessions are that course's, not the page's markup course."""
    assert _runs(_WRAPPED_HEADING_LISTS, "name", "start_date", "location") == [
        ("CHAINSAW MAINTENANCE", "2027-03-03", "Bendigo"),
        ("CHAINSAW MAINTENANCE", "2027-04-07", "Shepparton"),
        ("Tree Felling Basics", "2027-03-10", "Bendigo"),
        ("Tree Felling Basics", "2027-04-15", "Echuca"),
    ]


def test_a_wrapper_holding_more_than_its_heading_is_no_heading_block() -> None:
    body = """<div><h3>Manual Handling Awareness</h3><p>Lifting safely.</p></div>
    <ul><li>Tuesday 9 March 2027 · £95</li></ul>
    <div><h3>Fire Warden Training</h3><p>Evacuation.</p></div>
    <ul><li>Friday 5 March 2027 · £85</li></ul>"""
    assert section_lists(LexborHTMLParser(body), day_first=True) == {}


_SUBHEADED_LISTS = """<script type="application/ld+json">{"@context": "https://schema.org",
"@type": "Course", "name": "Working at Heights Awareness", "description": "Ladders."}
</script><h1>Open courses – Ballarat</h1>
<div><h2>Working at Heights Awareness</h2><p>One day, in our training room.</p>
<h3>Upcoming dates</h3><ul>
<li><span>Monday 8 March 2027</span> <span>Ballarat</span> <span>$320 inc GST</span> \
<a href="/book/?c=wah&amp;d=2027-03-08">Book</a></li>
<li><span>2027-04-12</span> <span>Bendigo</span> <span>$320 inc GST</span> \
<a href="/book/?c=wah&amp;d=2027-04-12">Book</a></li>
<li><span>Monday 10 May 2027</span> <span>Ballarat</span> <span>$320 inc GST</span> \
<span>Moved from <s>Monday 3 May 2027</s></span> \
<a href="/book/?c=wah">Book</a></li></ul></div>
<div><h2>Confined Space Entry Refresher</h2><p>Half a day.</p>
<h3>Upcoming dates</h3><ul>
<li><span>Thu 11 Mar 2027</span> <span>Ballarat</span> <span>$190 inc GST</span> \
<a href="/book/?c=cse&amp;d=2027-03-11">Book</a></li>
<li><span>Thursday 15 April 2027</span> <span>Bendigo</span> <span>$190 inc GST</span> \
<a href="/book/?c=cse&amp;d=2027-04-15">Book</a></li></ul></div>"""


def test_a_generic_dates_subheading_leaves_its_list_to_the_course_heading_above() -> None:
    """ "Upcoming dates" under each course's own heading: the course heading names the
    list's sessions, the last one included (not the next course's heading below it)."""
    assert _runs(_SUBHEADED_LISTS, "name", "start_date", "price") == [
        ("Confined Space Entry Refresher", "2027-03-11", 190.0),
        ("Confined Space Entry Refresher", "2027-04-15", 190.0),
        ("Working at Heights Awareness", "2027-03-08", 320.0),
        ("Working at Heights Awareness", "2027-04-12", 320.0),
        ("Working at Heights Awareness", "2027-05-10", 320.0),
    ]


_FIELD_WRAPPED_LISTS = """<script type="application/ld+json">{"@context": "https://schema.org",
"@type": "Course", "name": "Chainsaw Cross-cutting", "description": "Felling and cutting."}
</script><h1>Upcoming courses</h1><p>All prices include GST.</p>
<article class="node"><h2><a href="https://saws.example.com.au/course/chainsaw">Chainsaw \
Cross-cutting</a></h2><div class="field--summary">Two days in the bush block.</div>
<div class="field field--sessions"><div class="field__label">Sessions</div><ul>
<li><time datetime="2027-03-09">Tuesday 9 March 2027</time>
<span class="s-t">8:00am – 4:00pm</span><span class="s-p">Depot Yard, Mill Rd, Tumut</span>\
<span class="s-w">Instructor: Dale Ruiz</span>
<span class="s-f">$420 inc GST</span><span class="s-s">Seats open</span>\
<a href="/book?d=1">Book</a></li>
<li><time datetime="2027-04-13">13/04/2027</time>
<span class="s-t">8:00am – 4:00pm</span><span class="s-p">Depot Yard, Mill Rd, Tumut</span>\
<span class="s-w">Instructor: Dale Ruiz</span>
<span class="s-f">$420 inc GST</span><span class="s-s">Seats open</span>\
<a href="/book?d=2">Book</a></li></ul></div></article>
<article class="node"><h2><a href="https://saws.example.com.au/course/brushcutter">Brushcutter \
Operation</a></h2><div class="field--summary">One day.</div>
<div class="field field--sessions"><div class="field__label">Sessions</div><ul>
<li><time datetime="2027-03-16">Tuesday 16 March 2027</time>
<span class="s-t">8:00am – 1:00pm</span><span class="s-p">Depot Yard, Mill Rd, Tumut</span>\
<span class="s-w">Instructor: Dale Ruiz</span>
<span class="s-f">$180 inc GST</span><span class="s-s">Seats open</span>\
<a href="/book?d=3">Book</a></li>
<li><time datetime="2027-05-04">04/05/2027</time>
<span class="s-t">8:00am – 1:00pm</span><span class="s-p">Depot Yard, Mill Rd, Tumut</span>\
<span class="s-w">Instructor: Dale Ruiz</span>
<span class="s-f">$180 inc GST</span><span class="s-s">2 seats left</span>\
<a href="/book?d=4">Book</a></li></ul></div></article>"""


def test_a_session_s_fields_side_by_side_below_its_date_are_that_session_s() -> None:
    """A session item's date, then its time, venue and trainer as one row of items and its
    fee and status as another: the rows are the session's card, not a table's rows."""
    assert _runs(_FIELD_WRAPPED_LISTS, "start_date", "price", "instructor", "location") == [
        ("2027-03-09", 420.0, "Dale Ruiz", "Tumut"),
        ("2027-03-16", 180.0, "Dale Ruiz", "Tumut"),
        ("2027-04-13", 420.0, "Dale Ruiz", "Tumut"),
        ("2027-05-04", 180.0, "Dale Ruiz", "Tumut"),
    ]


def test_a_sessions_list_in_a_field_wrapper_is_the_course_heading_s_above_it() -> None:
    """A CMS's dates field (its label and its list in one wrapper) after the course's
    heading: its sessions are that course's, not the page's markup course."""
    assert _runs(_FIELD_WRAPPED_LISTS, "name", "start_date") == [
        ("Brushcutter Operation", "2027-03-16"),
        ("Brushcutter Operation", "2027-05-04"),
        ("Chainsaw Cross-cutting", "2027-03-09"),
        ("Chainsaw Cross-cutting", "2027-04-13"),
    ]


def test_a_wrapper_s_nested_list_is_no_field_s_list() -> None:
    """Only a list the wrapper holds itself: one deeper in a card's body is another's."""
    body = """<h3>Manual Handling Awareness</h3><div><div class="card">
    <ul><li>Tuesday 9 March 2027 · £95</li></ul></div></div>
    <h3>Fire Warden Training</h3><div><div class="card">
    <ul><li>Friday 5 March 2027 · £85</li></ul></div></div>"""
    assert section_lists(LexborHTMLParser(body), day_first=True) == {}


def test_a_generic_subheading_under_a_heading_naming_no_course_is_no_section() -> None:
    body = """<h1>Scaffold Inspection Course</h1>
    <h2>Weekday sessions</h2><h3>Upcoming dates</h3>
    <ul><li>Tuesday 9 March 2027 · £395</li></ul>
    <h2>Weekend sessions</h2><h3>Upcoming dates</h3>
    <ul><li>Saturday 13 March 2027 · £395</li></ul>"""
    assert section_lists(LexborHTMLParser(body), day_first=True) == {}


def test_lists_under_venue_cards_with_an_address_name_no_course_section() -> None:
    body = """<h1>Scaffold Inspection Course</h1>
    <h3>Derby — Riverside Rooms</h3><address>2 Mill Lane, Derby</address><ul>
    <li>Tuesday 9 March 2027 · £395</li><li>Tuesday 13 April 2027 · £395</li></ul>
    <h3>Leicester — Hub Offices</h3><address>8 High Street, Leicester</address><ul>
    <li>Friday 5 March 2027 · £395</li><li>Friday 23 April 2027 · £395</li></ul>"""
    assert section_lists(LexborHTMLParser(body), day_first=True) == {}


def test_lists_under_headings_of_a_kind_of_run_name_no_course_section() -> None:
    body = """<h1>Scaffold Inspection Course</h1>
    <h3>Weekday sessions</h3><ul><li>Tuesday 9 March 2027 · £395</li></ul>
    <h3>Weekend sessions</h3><ul><li>Saturday 13 March 2027 · £395</li></ul>"""
    assert section_lists(LexborHTMLParser(body), day_first=True) == {}


def test_tables_under_place_or_format_headings_stay_runs_of_the_page_course() -> None:
    body = """<h1>Fire Marshal Training</h1>
    <h2>Online</h2><table><tr><th>Date</th><th>Fee</th></tr>
    <tr><td>Friday 5 March 2027</td><td>£85</td></tr>
    <tr><td>Friday 2 April 2027</td><td>£85</td></tr></table>
    <h2>Dates in 2027</h2><table><tr><th>Date</th><th>Venue</th><th>Fee</th></tr>
    <tr><td>Friday 12 March 2027</td><td>Derby</td><td>£95</td></tr>
    <tr><td>Friday 23 April 2027</td><td>Leicester</td><td>£95</td></tr></table>"""
    assert {name for (name,) in _runs(body, "name")} == {"Fire Marshal Training"}


def test_tables_under_headings_of_a_kind_of_run_stay_runs_of_the_page_course() -> None:
    body = """<h1>Project Management Diploma</h1>
    <h2>Weekend Programme</h2><table><tr><th>Date</th><th>Fee</th></tr>
    <tr><td>Saturday 6 March 2027</td><td>£1,450</td></tr></table>
    <h2>Evening classes</h2><table><tr><th>Date</th><th>Fee</th></tr>
    <tr><td>Monday 8 March 2027</td><td>£1,450</td></tr></table>"""
    assert section_courses(LexborHTMLParser(body), day_first=True) == {}


def test_a_presale_tier_while_open_else_the_regular_one_never_the_company_tier() -> None:
    body = """<h1>Curso Scrum Master Profesional</h1><table>
    <tr><th>Fecha</th><th>Relator</th><th>Early bird</th><th>Regular fee</th>\
<th>Company fee (4+)</th></tr>
    <tr><td>8 March 2027</td><td>Ana Ruiz</td><td>Closed</td><td>$1,200</td><td>$990</td></tr>
    <tr><td>10 May 2027</td><td>Luis Peña</td><td>$950<br>until 10 April 2027</td>\
<td>$1,200</td><td>$990</td></tr></table>"""
    assert _runs(body, "start_date", "price", "instructor") == [
        ("2027-03-08", 1200.0, "Ana Ruiz"),
        ("2027-05-10", 950.0, "Luis Peña"),
    ]


def test_one_early_bird_price_column_stays_the_price() -> None:
    body = """<h1>Negotiation Skills Course</h1><table>
    <tr><th>Date</th><th>Venue</th><th>Early bird price</th></tr>
    <tr><td>4 May 2027</td><td>Bristol</td><td>£750</td></tr>
    <tr><td>8 June 2027</td><td>Leeds</td><td>£750</td></tr></table>"""
    assert _runs(body, "start_date", "price") == [("2027-05-04", 750.0), ("2027-06-08", 750.0)]


def test_batch_blocks_in_a_text_dump_each_start_with_their_batch_label() -> None:
    text = """PROGRAMME INTAKES 2027
Evening Batch – Leeds (LE-01)
Starts: Monday, 11th January 2027 | Ends: 28th June 2027
Mondays & Wednesdays 6.00 – 9.00 p.m.
Fee: GBP 1,450
Live Online Batch (LO-02)
Starts: Saturday, 16th January 2027 | Ends: 3rd July 2027
Saturdays 9.00 a.m. – 1.00 p.m. (Teams)
Fee: GBP 1,150
Weekend Batch – York (YW-03)
Starts: Sunday, 7th February 2027 | Ends: 25th July 2027
Fee: GBP 1,350"""
    ctx = ScheduleContext(
        page="p.txt", course_name="Diploma in Bookkeeping", source="text", default_currency="GBP"
    )
    runs = find_runs(visible_from_text(text, "p.txt"), ctx)
    assert sorted((r.start_date, r.end_date, r.price, r.mode, r.location) for r in runs) == [
        ("2027-01-11", "2027-06-28", 1450.0, "in_person", "Leeds"),
        ("2027-01-16", "2027-07-03", 1150.0, "online", None),
        ("2027-02-07", "2027-07-25", 1350.0, "in_person", "York"),
    ]


def test_cards_headed_by_a_format_and_town_tag_keep_their_own_tag() -> None:
    body = """<h1>Lean Six Sigma Green Belt</h1><h2>Upcoming classes</h2>
    <div><p>Classroom · Leeds</p><p>Mon 8 Mar 2027 – Fri 12 Mar 2027</p><p>Trainer: Ann Cole</p>
    <p><s>£1,500</s> £1,350 Early bird</p><a href="/b/1">Book now</a></div>
    <div><p>Classroom · York</p><p>Mon 12 Apr 2027 – Fri 16 Apr 2027</p><p>Trainer: Ann Cole</p>
    <p>£1,500</p><p>Fully booked</p></div>"""
    assert _runs(body, "name", "start_date", "price", "mode", "location") == [
        ("Lean Six Sigma Green Belt", "2027-03-08", 1350.0, "in_person", "Leeds"),
        ("Lean Six Sigma Green Belt", "2027-04-12", 1500.0, "in_person", "York"),
    ]


def test_a_dates_heading_over_a_sessions_list_is_no_course_and_no_title() -> None:
    body = """<h1>ITIL 4 Foundation s certifikáciou</h1><h2>Obsah kurzu</h2>
    <ul><li>Služby a hodnota</li><li>Praktiky riadenia</li></ul>
    <h2>Najbližšie termíny</h2><ul>
    <li><p>3. – 4. marca 2027</p><p>Bratislava</p><p>540,00 € bez DPH</p></li>
    <li><p>7. – 8. apríla 2027</p><p>Košice</p><p>540,00 € bez DPH Obsadené</p></li></ul>"""
    assert _runs(body, "name", "start_date", "location", "availability") == [
        ("ITIL 4 Foundation s certifikáciou", "2027-03-03", "Bratislava", None),
        ("ITIL 4 Foundation s certifikáciou", "2027-04-07", "Košice", "SoldOut"),
    ]


def test_session_days_over_several_months_split_by_middle_dots_are_one_run() -> None:
    body = """<h1>Corso di comunicazione efficace</h1><h2>Prossime edizioni</h2>
    <div><p>6 sabati dal 9 gennaio al 13 marzo 2027</p>
    <p>Giornate: 9, 23 gen. · 6, 20 feb. · 6, 13 mar. 2027</p><p>Lugano</p>
    <p>CHF 1'200.–</p><a href="/i/1">Iscriviti</a></div>"""
    assert _runs(body, "start_date", "end_date", "price") == [("2027-01-09", "2027-03-13", 1200.0)]


def test_a_ukrainian_cards_grid_headed_by_format_tags() -> None:
    """Cards headed by a format tag ("Онлайн (Teams)", "Очно · Одеса") under a "next groups"
    heading, each with a weekday range, a trainer line and a footer of price, stock and a
    button in a row: one run each, of the page's course, the tag its format and town."""
    card = (
        '<li class="card"><div class="tag">{tag}</div><h3>{dates}</h3><p>4 заняття, 10:00–14:00</p>'
        '<p>Тренер: {trainer}</p><span class="price">{price} грн</span> '
        '<span class="stock">Є місця</span> <a class="button">Записатися</a></li>'
    )
    rows = [
        ("Онлайн (Teams)", "сб, 6 – нд, 14 березня 2027", "Андрій Шевчук", "9 800"),
        ("Очно · Одеса", "пн, 12 – ср, 14 квітня 2027", "Наталія Бойко", "11 200"),
        ("Онлайн (Teams)", "сб, 8 – нд, 16 травня 2027", "Наталія Бойко", "9 800"),
    ]
    cards = "".join(card.format(tag=t, dates=d, trainer=n, price=p) for t, d, n, p in rows)
    body = f"<h1>Курс Scrum Master</h1><section><h2>Найближчі групи</h2><ul>{cards}</ul></section>"
    assert _runs(body, "name", "start_date", "end_date", "mode", "location", "instructor") == [
        ("Курс Scrum Master", "2027-03-06", "2027-03-14", "online", None, "Андрій Шевчук"),
        ("Курс Scrum Master", "2027-04-12", "2027-04-14", "in_person", "Одеса", "Наталія Бойко"),
        ("Курс Scrum Master", "2027-05-08", "2027-05-16", "online", None, "Наталія Бойко"),
    ]


def test_format_words_of_other_scripts_make_a_format_label() -> None:
    from prospectus.extract.patterns.schedule_words import is_mode_label, is_run_tag

    assert is_mode_label("Онлайн (Zoom)")
    assert is_run_tag("Очно · Харків")
    assert not is_mode_label("Онлайн-маркетинг для початківців")
    assert BUTTON.search("Записатися") and BUTTON.search("Лист очікування")


def test_a_dates_table_whose_place_cell_gives_the_venue_then_the_town() -> None:
    body = """<h1>First Aid at Work</h1><table>
    <tr><th>Dates</th><th>Venue</th><th>Price</th></tr>
    <tr><td>Tue 9 – Thu 11 Mar 2027</td><td>Quayside Conference Centre, Dundee</td>\
<td>£420</td></tr>
    <tr><td>Tue 13 – Thu 15 Apr 2027</td><td>Castle View Training Rooms, Stirling</td>\
<td>£420</td></tr>
    </table>"""
    assert _runs(body, "start_date", "location") == [
        ("2027-03-09", "Dundee"),
        ("2027-04-13", "Stirling"),
    ]


def test_a_serbian_newsletter_calendar_reads_its_labelled_runs() -> None:
    text = (
        "KALENDAR OBUKA\n"
        "DECEMBAR 2026.\n\n"
        "Upravljanje rizicima u projektima\n"
        "Dvodnevna obuka za vođe projekata.\n"
        "Termin: 14–15. decembar 2026. (ponedeljak – utorak), 09:00–16:00\n"
        "Mesto: Poslovni centar Sava, Nemanjina 22, Zemun\n"
        "Predavač: dr Jelena Marković\n"
        "Kotizacija: 30.000 RSD + PDV (rana prijava; redovna kotizacija 34.000 RSD + PDV)\n"
        "PRIJAVI SE (https://example.list-manage.com/track/click?id=1)\n\n"
        "Interni audit kvaliteta\n"
        "Trodnevna obuka za interne auditore.\n"
        "Termin: 12–14. januar 2027. (utorak – četvrtak), 09:00–16:00\n"
        "Mesto: Dom kulture, Trg slobode 3, Novi Sad\n"
        "Predavač: Nikola Savić\n"
        "Kotizacija: 45.000 RSD + PDV\n"
        "*** POPUNJENO ***\n"
    )
    result = extract(Document(body=text.encode(), page="kalendar.txt"))
    runs = sorted(
        (r.start_date, r.end_date, r.location, r.instructor, r.price, r.list_price,
         r.price_includes_vat, r.availability)
        for r in result.records
        if r.kind == "course"
    )  # fmt: skip
    assert runs == [
        ("2026-12-14", "2026-12-15", "Zemun", "dr Jelena Marković", 30000.0, 34000.0, False, None),
        ("2027-01-12", "2027-01-14", "Novi Sad", "Nikola Savić", 45000.0, None, False, "SoldOut"),
    ]


def test_runs_listed_in_trainer_cards_are_their_trainers() -> None:
    def card(name: str, items: str) -> str:
        first = name.split()[0]
        return (
            f'<div class="card"><img src="t.jpg" alt="{name}"><h3>{name}</h3>'
            f"<p>Trainer since 2011, on site for 15 years.</p>"
            f"<p>Next sessions with {first}:</p><ul>{items}</ul></div>"
        )

    body = (
        "<h1>Forklift Operator Certification</h1><h2>Choose your trainer</h2><div>"
        + card(
            "Gina Alvarez",
            "<li><b>Tue, Mar 2 – Wed, Mar 3, 2027</b> · Tulsa, OK · $450 <a>Register</a></li>"
            "<li><b>Tue, Jun 8 – Wed, Jun 9, 2027</b> · Tulsa, OK · $450 <a>Register</a></li>",
        )
        + card(
            "Owen Price",
            "<li><b>Tue, Apr 6 – Wed, Apr 7, 2027</b> · Online (Zoom) · $390 <a>Register</a></li>",
        )
        + "</div>"
    )
    assert _runs(body, "start_date", "instructor", "mode", "location") == [
        ("2027-03-02", "Gina Alvarez", "in_person", "Tulsa"),
        ("2027-04-06", "Owen Price", "online", None),
        ("2027-06-08", "Gina Alvarez", "in_person", "Tulsa"),
    ]


def test_date_chip_tabs_with_a_labelled_grid_per_run_in_its_pane() -> None:
    """A tab menu of yearless date chips, each run's details in its tab pane as label /
    value cells (Bulgarian labels), a status line beside the pane's grid."""
    chips = "".join(
        f'<a class="w-tab-link" role="tab" href="#p{i}"><div>{chip}</div><div>{fmt}</div></a>'
        for i, (chip, fmt) in enumerate((("3–5 мар.", "Присъствено"), ("12–14 апр.", "Онлайн")))
    )

    def pane(i: int, dates: str, fmt: str, place: str, who: str, price: str, extra: str) -> str:
        cells = (("Дати", dates), ("Формат", fmt), ("Място", place), ("Лектор", who))
        grid = "".join(
            f'<div class="run-label">{label}</div><div class="run-value">{value}</div>'
            for label, value in (*cells, ("Цена", price))
        )
        return (
            f'<div class="w-tab-pane" id="p{i}" role="tabpanel"><div class="run-grid">{grid}'
            f"</div>{extra}<a href='/enrol' class='button'>Запиши се</a></div>"
        )

    body = (
        "<h1>Основи на Python за анализ на данни</h1><p>Всички цени са без ДДС.</p>"
        f'<div class="w-tabs"><div class="w-tab-menu" role="tablist">{chips}</div>'
        '<div class="w-tab-content">'
        + pane(
            0,
            "сряда, 3 март – петък, 5 март 2027 г.",
            "Присъствено, Варна",
            "ул. „Драгоман“ 8, хотел „Морско око“, Варна",
            "Мария Илиева",
            "640 €",
            '<div class="run-full">Няма свободни места</div>',
        )
        + pane(
            1,
            "понеделник, 12 април – сряда, 14 април 2027 г.",
            "Онлайн на живо (Zoom)",
            "—",
            "Георги Колев",
            "590 €",
            "",
        )
        + "</div></div>"
    )
    assert _runs(
        body,
        "start_date",
        "end_date",
        "price",
        "price_includes_vat",
        "mode",
        "location",
        "instructor",
        "availability",
    ) == [
        ("2027-03-03", "2027-03-05", 640.0, False, "in_person", "Варна", "Мария Илиева", "SoldOut"),
        ("2027-04-12", "2027-04-14", 590.0, False, "online", None, "Георги Колев", None),
    ]


def test_an_events_list_links_each_run_of_a_repeated_title_to_its_own_page() -> None:
    """An events collection list: one article per run, the same course's title twice, each
    title linking to that run's own page; Icelandic dates, trainer, format and full price."""
    items = (
        ("/vidburdir/2027/2/3/excel-rvk", "2027-02-03", "miðvikudagur, 3. febrúar 2027",
         "Laugavegur 120, 105 Reykjavík", "Staðnámskeið", "Verð: 52.000 kr."),
        ("/vidburdir/2027/3/9/excel-fjar", "2027-03-09", "þriðjudagur, 9. mars 2027",
         "Fjarnámskeið á Teams", "Fjarnám í beinni", "Verð: 45.000 kr. (fullt verð 52.000 kr.)"),
    )  # fmt: skip
    body = "<h1>Viðburðir</h1><p>Öll námskeið eru kennd á íslensku.</p>" + "".join(
        f'<article class="eventlist-event"><h1 class="eventlist-title"><a href="{href}">'
        f"Excel í daglegu starfi</a></h1><ul><li><time class='event-date' datetime='{iso}'>"
        f"{day}</time> 09:00–16:00</li><li>{place}</li></ul>"
        f"<p>Leiðbeinandi: Þóra Sigurðardóttir. {kind}, kennt 09:00–16:00.</p><p>{price}</p>"
        f'<a href="{href}">Nánar og skráning</a></article>'
        for href, iso, day, place, kind, price in items
    )
    html = f"<html><head><title>Viðburðir</title></head><body>{body}</body></html>"
    result = extract(
        Document(body=html.encode(), page="v.html", url="https://fraedsla.example/vidburdir")
    )
    runs = sorted(
        (r.start_date, r.url, r.mode, r.location, r.instructor, r.price, r.list_price)
        for r in result.records
        if r.kind == "course"
    )
    assert runs == [
        ("2027-02-03", "https://fraedsla.example/vidburdir/2027/2/3/excel-rvk", "in_person",
         "Reykjavík", "Þóra Sigurðardóttir", 52000.0, None),
        ("2027-03-09", "https://fraedsla.example/vidburdir/2027/3/9/excel-fjar", "online",
         None, "Þóra Sigurðardóttir", 45000.0, 52000.0),
    ]  # fmt: skip


def test_albanian_session_cards_with_status_badges_and_a_trainer_label() -> None:
    card = (
        '<div class="card"><div class="badge">{badge}</div><div>{date}</div>'
        "<div>{place}</div><div>10:00 – 16:00</div><div>Trajner: {trainer}</div>"
        "{old}<div>{price} lekë</div><div>pa TVSH</div><a href='/r'>{button}</a></div>"
    )
    body = "<h1>Menaxhimi i projekteve me Scrum</h1><h2>Datat e ardhshme</h2>" + "".join(
        card.format(badge=b, date=d, place=p, trainer=t, old=o, price=c, button=n)
        for b, d, p, t, o, c, n in (
            ("Vende të lira", "Mar 2 – Enj 4 mars 2027", "Shkodër", "Besa Lika", "", "41.000",
             "Regjistrohu"),
            ("Ofertë e hershme", "Hën 12 – Mër 14 prill 2027", "Vlorë", "Genti Muça",
             "<div>44.000 lekë</div>", "39.000", "Regjistrohu"),
            ("Plot", "Hën 10 – Mër 12 maj 2027", "Shkodër", "Besa Lika", "", "41.000",
             "Lista e pritjes"),
        )
    )  # fmt: skip
    runs = _runs(body, "name", "start_date", "instructor", "price", "list_price", "availability")
    assert runs == [
        ("Menaxhimi i projekteve me Scrum", "2027-03-02", "Besa Lika", 41000.0, None, "InStock"),
        # "Ofertë e hershme" (early offer): a run on sale, so open for booking
        ("Menaxhimi i projekteve me Scrum", "2027-04-12", "Genti Muça", 39000.0, 44000.0,
         "InStock"),
        ("Menaxhimi i projekteve me Scrum", "2027-05-10", "Besa Lika", 41000.0, None, "SoldOut"),
    ]  # fmt: skip


def test_inflected_blog_headings_are_no_course_titles() -> None:
    from prospectus.extract.patterns.schedule_words import looks_like_title

    assert not looks_like_title("Nga blogu")  # sq "From the blog"
    assert not looks_like_title("Fra bloggen")
    assert not looks_like_title("Datat e ardhshme")  # sq "Upcoming dates"
    assert looks_like_title("Blogging for Small Business")


def _venue_card(title: str, address: str, trainer: str, chips: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f"<li class=chip><span>{dates}</span> <span>{price}</span> <span>{status}</span> "
        "<a href='/book'>Book</a></li>"
        for dates, price, status in chips
    )
    return (
        f"<div class=store-card><h3 class=store-title>{title}</h3><address>{address}</address>"
        f"<p>Trainer: {trainer}</p><ul class=chips>{items}</ul></div>"
    )


def test_venue_cards_each_listing_their_own_dates() -> None:
    body = (
        "<h1>Food Safety Level 3 Award</h1><h2>Choose a venue</h2><div class=stores>"
        + _venue_card(
            "Leeds — Riverside Training Rooms",
            "12 Wharf Street, Leeds LS2 7EQ",
            "Jane Doe",
            [
                ("14.12.2026 – 16.12.2026", "£395 + VAT", "Places left"),
                ("08.03.2027 – 10.03.2027", "£395 + VAT", "Sold out"),
            ],
        )
        + _venue_card(
            "York, The Minster Suite",
            "4 Gate Lane, York YO1 7HH",
            "Omar Patel",
            [("18.01.2027 – 20.01.2027", "£375 + VAT", "Places left")],
        )
        + _venue_card(
            "Online (live, Zoom)",
            "Join from anywhere",
            "Jane Doe",
            [("01.02.2027 – 03.02.2027", "£345 + VAT", "Places left")],
        )
        + "</div>"
    )
    fields = ("start_date", "price", "mode", "location", "instructor", "availability")
    assert _runs(body, *fields) == [
        ("2026-12-14", 395.0, "in_person", "Leeds", "Jane Doe", "InStock"),
        ("2027-01-18", 375.0, "in_person", "York", "Omar Patel", "InStock"),
        ("2027-02-01", 345.0, "online", None, "Jane Doe", "InStock"),
        ("2027-03-08", 395.0, "in_person", "Leeds", "Jane Doe", "SoldOut"),
    ]


def test_month_sections_of_course_items_are_no_venue_cards() -> None:
    def month(title: str, course: str, day: str) -> str:
        return (
            f"<section><h2>{title}</h2><ol><li><h3><a href='/c'>{course}</a></h3>"
            f"<p>{day} · Leeds</p><p>£295 + VAT</p><a href='/b'>Book</a></li></ol></section>"
        )

    body = (
        "<h1>Workshop calendar</h1><div>"
        + month("October 2026", "Minute Taking", "13 October 2026")
        + month("November 2026", "Business Writing", "5 November 2026")
        + "</div>"
    )
    assert _runs(body, "name", "start_date") == [
        ("Business Writing", "2026-11-05"),
        ("Minute Taking", "2026-10-13"),
    ]


def test_a_macedonian_sessions_list() -> None:
    body = (
        "<h1>ISO 9001 Интерен проверувач</h1><h2>Претстојни термини</h2><ul>"
        "<li><p>9–11 декември 2026 (сре–пет) · 09:00–16:30 · Битола, хотел „Молика“ · "
        "Предавач: Ана Стојановска · 18.500 ден. + ДДВ · Пополнето</p>"
        "<a href='/w'>Листа на чекање</a></li>"
        "<li><p>13–15 јануари 2027 (сре–пет) · 09:00–16:30 · Онлајн (Zoom) · "
        "Предавач: Ѓорѓи Јовановски · 15.000 ден. + ДДВ · Слободни места</p>"
        "<a href='/p'>Пријави се</a></li></ul>"
    )
    fields = ("name", "start_date", "price", "currency", "price_includes_vat", "mode")
    assert _runs(body, *fields, "location", "instructor", "availability") == [
        ("ISO 9001 Интерен проверувач", "2026-12-09", 18500.0, "MKD", False, "in_person",
         "Битола", "Ана Стојановска", "SoldOut"),
        ("ISO 9001 Интерен проверувач", "2027-01-13", 15000.0, "MKD", False, "online",
         None, "Ѓорѓи Јовановски", None),
    ]  # fmt: skip


def test_course_cards_listing_their_dates_are_no_venue_cards() -> None:
    def card(title: str, day: str) -> str:
        return (
            f"<div class=card><h3>{title}</h3><p>Two days, hands-on.</p><ul>"
            f"<li>{day} · £495 + VAT · Book</li></ul></div>"
        )

    body = (
        "<h1>Excel training</h1><div class=grid>"
        + card("Excel Advanced", "14.12.2026")
        + card("Power Query", "18.01.2027")
        + "</div>"
    )
    names = {name for name, _ in _runs(body, "name", "start_date")}
    assert "Excel training" not in names


def test_a_pricing_card_schedule_line_names_its_town_and_venue_in_brackets() -> None:
    """Cohorts as pricing cards: a label title, dates, a schedule line whose town stands
    before its venue in brackets, a price, a payment plan and a button."""
    html = (
        "<html><head><title>Data Cohort – Acme School</title></head><body>"
        "<h1>Data Analytics Cohort</h1><h2>Pick your cohort</h2><div class='row'>"
        "<div class='card'><h3>March Intensive</h3><p>Mon 1 March – Fri 5 March 2027</p>"
        "<p>5 full days, 09:00–16:00, Ndola (Kansenshi campus)</p><p>$900</p>"
        "<a href='/checkout/1'>Enrol now</a></div>"
        "<div class='card'><h3>Cohort 4 — Blended</h3><p>Sat 3 April – Sat 29 May 2027</p>"
        "<p>8 Saturdays in Kitwe (Parklands hub) + online labs</p><p>$950</p>"
        "<a href='/checkout/2'>Enrol now</a></div></div></body></html>"
    )
    result = extract(Document(body=html.encode(), page="cohorts.html"))
    runs = sorted((r.name, r.start_date, r.location) for r in result.records if r.kind == "course")
    assert runs == [
        ("Data Analytics Cohort", "2027-03-01", "Ndola"),
        ("Data Analytics Cohort", "2027-04-03", "Kitwe"),
    ]


def test_an_accordion_panel_per_course_names_its_run_lines_and_links_its_page() -> None:
    body = """<h1>Open courses 2027</h1><p>All prices per delegate incl. VAT.</p>
    <div class="accordion">
    <div class="item"><button aria-controls="p1" aria-expanded="true">Fire Marshal Training \
– 1 day</button>
    <div id="p1"><p>For wardens and team leaders. <a href="/courses/fire-marshal/">Course \
details</a></p><p>Dates:</p><ul>
    <li>12 May 2027 | Leeds | £295 | <a href="/book?d=1">Book</a></li>
    <li>9 June 2027 | Online (Zoom) | £255 | <a href="/book?d=2">Book</a></li></ul></div></div>
    <div class="item"><button aria-controls="p2" aria-expanded="false">manual handling \
awareness (2 days)</button>
    <div id="p2" hidden><p>Safe lifting for warehouse staff. <a href="/courses/handling/">\
More info</a></p><p>Dates:</p><ul>
    <li>3 – 4 May 2027 | York | £390 | <a href="/book?d=3">Book</a></li></ul></div></div>
    </div>"""
    html = f"<html><head><link rel='canonical' href='https://safe.example/dates/'></head>\
<body>{body}</body></html>"
    result = extract(Document(body=html.encode(), page="schedule.html"))
    runs = sorted(
        (r.name, r.start_date, r.price, r.location, r.url)
        for r in result.records
        if r.kind == "course"
    )
    assert runs == [
        (
            "Fire Marshal Training",
            "2027-05-12",
            295.0,
            "Leeds",
            "https://safe.example/courses/fire-marshal/",
        ),
        (
            "Fire Marshal Training",
            "2027-06-09",
            255.0,
            None,
            "https://safe.example/courses/fire-marshal/",
        ),
        (
            "manual handling awareness",
            "2027-05-03",
            390.0,
            "York",
            "https://safe.example/courses/handling/",
        ),
    ]


def test_accordion_headers_without_aria_controls_name_the_runs_of_the_body_after_them() -> None:
    # Angular Material's expansion panels: the header says whether it is open, the body
    # follows it; a short title ("Payroll administrator") beside a course's is a course's too
    body = """<h1>Course calendar</h1><mat-accordion>
    <mat-expansion-panel><mat-expansion-panel-header role="button" aria-expanded="true">
    <span class="mat-content"><mat-panel-title>Certified Project Manager (CPM)</mat-panel-title>
    <mat-panel-description>2 dates</mat-panel-description></span></mat-expansion-panel-header>
    <div class="mat-expansion-panel-content"><p>Five-day course.
    <a href="/courses/cpm">Course details</a></p>
    <div class="run"><div>3 – 7 May 2027</div><div>Riverside House, 4 Mill Lane, Derby</div>
    <div>Trainer: Ann Lee</div><div>£1,450</div><div>Places available</div><a>Book</a></div>
    <div class="run"><div>7 – 11 June 2027</div><div>online, on Zoom</div>
    <div>Trainer: Ann Lee</div><div>£1,350</div><div>Last few places</div><a>Book</a></div>
    </div></mat-expansion-panel>
    <mat-expansion-panel><mat-expansion-panel-header role="button" aria-expanded="false">
    <span class="mat-content"><mat-panel-title>Payroll administrator</mat-panel-title>
    <mat-panel-description>1 date</mat-panel-description></span></mat-expansion-panel-header>
    <div class="mat-expansion-panel-content" style="visibility:hidden;height:0"><p>Two days.
    <a href="/courses/payroll">Course details</a></p>
    <div class="run"><div>17 – 18 May 2027</div><div>Riverside House, 4 Mill Lane, Derby</div>
    <div>Trainer: Raj Patel</div><div>£390</div><div>Places available</div><a>Book</a></div>
    </div></mat-expansion-panel></mat-accordion>"""
    assert _runs(body, "name", "start_date", "instructor") == [
        ("Certified Project Manager (CPM)", "2027-05-03", "Ann Lee"),
        ("Certified Project Manager (CPM)", "2027-06-07", "Ann Lee"),
        ("Payroll administrator", "2027-05-17", "Raj Patel"),
    ]


def test_a_romanian_trainer_label_and_an_engineers_title() -> None:
    body = """<h1>Curs Auditor intern</h1><ul>
    <li>12.04.2027 – 16.04.2027 · Brașov · Formator: ing. Mihai Stan · 1.200 lei</li>
    <li>10.05.2027 – 14.05.2027 · Sibiu · Formatoare: Elena Dobre · 1.200 lei</li></ul>"""
    assert _runs(body, "start_date", "instructor") == [
        ("2027-04-12", "ing. Mihai Stan"),
        ("2027-05-10", "Elena Dobre"),
    ]


def test_details_boxes_of_places_are_no_course_panels() -> None:
    body = """<h1>Fire Marshal Training</h1>
    <details><summary>Leeds</summary><ul><li>12 May 2027 | £295 | Book</li></ul></details>
    <details><summary>York</summary><ul><li>9 June 2027 | £295 | Book</li></ul></details>"""
    assert _runs(body, "name", "start_date") == [
        ("Fire Marshal Training", "2027-05-12"),
        ("Fire Marshal Training", "2027-06-09"),
    ]


def test_accordion_panels_of_places_and_formats_give_runs_the_page_course() -> None:
    body = """<h1>Food Hygiene Level 2</h1><p>Prices per learner, VAT extra.</p>
    <h2>Dates by venue</h2><div class="accordion">
    <button aria-controls="v1">Leeds – Holbeck (2)</button><div id="v1"><ul>
    <li><div>14 May 2027</div><div>Instructor: Jo Hart</div><div>£95 + VAT</div>
    <div>Places available</div><a href="/book?d=1">Book</a></li>
    <li><div>11 June 2027</div><div>Instructor: Jo Hart</div><div>£95 + VAT</div>
    <div>Places available</div><a href="/book?d=2">Book</a></li></ul></div>
    <button aria-controls="v2">Harrogate (1)</button><div id="v2" hidden><ul>
    <li><div>21 May 2027</div><div>Instructor: Sam Lee</div><div>£99 + VAT</div>
    <div>Places available</div><a href="/book?d=3">Book</a></li></ul></div>
    <button aria-controls="v3">Hybrid (online + Wakefield)</button><div id="v3" hidden><ul>
    <li><div>E-learning, then classroom day 2 July 2027</div><div>Instructor: Sam Lee</div>
    <div>£89 + VAT</div><div>Places available</div><a href="/book?d=4">Book</a></li></ul>
    </div></div>"""
    assert _runs(body, "name", "start_date", "location", "mode") == [
        ("Food Hygiene Level 2", "2027-05-14", "Leeds", "in_person"),
        ("Food Hygiene Level 2", "2027-05-21", "Harrogate", "in_person"),
        ("Food Hygiene Level 2", "2027-06-11", "Leeds", "in_person"),
        ("Food Hygiene Level 2", "2027-07-02", "Wakefield", "blended"),
    ]


@pytest.mark.parametrize(
    ("title", "place", "mode"),
    [
        ("Kanata (2)", "Kanata", None),
        ("Leeds – Holbeck", "Leeds", None),
        ("Blended (online + Harrogate)", "Harrogate", "blended"),
        ("Classroom – York", "York", "in_person"),
        ("Live online (3)", None, "online"),
        ("In-Person Classes", None, "in_person"),
        ("Classroom", None, "in_person"),
        ("Face-to-face sessions", None, "in_person"),
    ],
)
def test_a_panel_title_of_a_place_or_format_names_them(
    title: str, place: str | None, mode: str | None
) -> None:
    found = panel_place(title)
    assert found is not None and (found.place, found.mode) == (place, mode)


@pytest.mark.parametrize(
    "title", ["Fire Marshal Training – 1 day", "Manual Handling Awareness", "Excel – Online"]
)
def test_a_panel_title_of_a_course_is_no_place(title: str) -> None:
    assert panel_place(title) is None


def test_a_format_cell_places_its_town_and_a_button_word_is_no_town() -> None:
    text = (
        "Negotiation Skills\nTermine\nTermin\tForm\tPreis\tStatus\n"
        "Mo, 07.06.2027 – Di, 08.06.2027\tPräsenz in Bremen\t890,00 €\tJetzt buchen\n"
        "19. – 20. Juli 2027\tBlended: Samstage in Kiel + Onlinephasen\t790,- €\tJetzt buchen\n"
    )
    runs = _dump_runs(text, course_name="Negotiation Skills", source="text")
    assert [(r.start_date, r.mode, r.location) for r in runs] == [
        ("2027-06-07", "in_person", "Bremen"),
        ("2027-07-19", "blended", "Kiel"),
    ]


def test_a_long_run_line_that_opens_with_its_date_and_ends_with_an_early_bird_note() -> None:
    body = (
        "<h1>Grant Writing for NGOs</h1><h2>Upcoming dates</h2>"
        "<div><h4>Grant Writing for NGOs</h4><div><span>Tuesday, 9 March – Thursday, 11 March"
        " 2027</span> <span>Kampala</span> <span>Facilitator: Amina Nsubuga</span> <span>UGX"
        " 1,200,000 <s>UGX 1,500,000</s> (early bird – register by 20 Feb 2027)</span></div>"
        "</div><div><h4>Grant Writing for NGOs</h4><div><span>10.05.2027 – 12.05.2027</span>"
        " <span>Gulu</span> <span>Facilitator: Peter Okello</span> <span>UGX 1,500,000</span>"
        "</div></div>"
    )
    assert _runs(body, "start_date", "price", "list_price", "instructor") == [
        ("2027-03-09", 1200000.0, 1500000.0, "Amina Nsubuga"),
        ("2027-05-10", 1500000.0, None, "Peter Okello"),
    ]


def test_a_venue_of_its_town_and_a_plural_sold_out_word_in_italian() -> None:
    body = """<h1>Corso Carrellisti</h1><h3>Prossime edizioni</h3><ul>
    <li>lunedì 8 e martedì 9 marzo 2027 · sede di Verona · docente Luca Bassi · € 320,00 + IVA</li>
    <li>lunedì 12 e martedì 13 aprile 2027 · presso la sede di Padova · € 320,00 + IVA</li>
    <li>lunedì 10 e martedì 11 maggio 2027 · aula virtuale · € 280,00 + IVA · posti esauriti</li>
    </ul>"""
    assert _runs(body, "start_date", "mode", "location", "availability") == [
        ("2027-03-08", "in_person", "Verona", None),
        ("2027-04-12", "in_person", "Padova", None),
        ("2027-05-10", "online", None, "SoldOut"),
    ]


def test_dotted_session_lines_name_their_course_before_a_weekday_date() -> None:
    body = (
        "<h1>Upcoming courses</h1><ul><li>"
        '<a href="https://aid.example/courses/basic-life-support/">Basic Life Support</a> · Sat'
        " 6 &amp; Sun 7 March 2027 · 9am–4pm · Nelson · Trainer: Kiri Walker · $210 incl. GST —"
        ' FULL <a href="https://aid.example/book?d=1">Book</a></li><li>'
        '<a href="https://aid.example/courses/advanced-resus/">Advanced Resuscitation</a> · Sat 13'
        " &amp; Sun 14 March 2027 · 9am–4pm · Blenheim · Trainer: Sam Reid · $360 incl. GST"
        ' <a href="https://aid.example/book?d=2">Book</a></li></ul>'
    )
    assert _runs(body, "name", "start_date", "location", "availability", "url") == [
        (
            "Advanced Resuscitation",
            "2027-03-13",
            "Blenheim",
            "InStock",
            "https://aid.example/courses/advanced-resus/",
        ),
        (
            "Basic Life Support",
            "2027-03-06",
            "Nelson",
            "SoldOut",
            "https://aid.example/courses/basic-life-support/",
        ),
    ]


def test_a_dashed_line_of_a_related_course_names_it_before_its_date() -> None:
    # "Name – Weekday date – place – price" under another block's heading
    body = """<h1>Forklift Safety</h1><p>Read our guide</p><h2>More courses</h2>
    <p>Working at Height – Thu 14 Jan 2027 – Leeds – £120</p>
    <p>Manual Handling Level 2 – 03/02/2027 – Online – £60</p>"""
    assert _runs(body, "name", "start_date", "end_date", "location") == [
        ("Manual Handling Level 2", "2027-02-03", "2027-02-03", None),
        ("Working at Height", "2027-01-14", "2027-01-14", "Leeds"),
    ]


def test_a_line_naming_its_course_before_a_dash_and_its_parts_between_dots() -> None:
    # "Name — date · Town (Suburb – street) · format · Trainer: … · price": each line its
    # course's run, the town before the bracket the dash inside it cut open
    body = """<h2>Upcoming public workshops</h2><ul>
    <li><a href="/w/excel.html">Excel Intermediate</a> — Tue 8 Dec 2026 · Perth (Subiaco – \
12 Rokeby Rd) · Classroom · Trainer: Ann Lee · $390 incl. GST</li>
    <li><a href="/w/word.html">Word Essentials</a> — 14/01/2027 · Fremantle (Port Hall – 3 \
Quay St) · Classroom · Trainer: Ann Lee · $290 incl. GST</li></ul>"""
    assert _runs(body, "name", "start_date", "location", "instructor") == [
        ("Excel Intermediate", "2026-12-08", "Perth", "Ann Lee"),
        ("Word Essentials", "2027-01-14", "Fremantle", "Ann Lee"),
    ]


def test_a_booking_widget_s_date_and_session_hours_on_one_line_open_a_card() -> None:
    # a widget's event: its date and its session description run together on one line,
    # then the place, the presenter, the price (a code before the symbol) and a button
    body = """<h1>Advanced Data Analysis</h1><h2>Dates &amp; locations</h2><ul>
    <li><div><span>Wed 3 Feb 2027 – Fri 5 Feb 2027</span> <span>3 days, 9:00 AM – 4:30 PM MST
    </span></div><div>Calgary – Bow Valley Conference Centre</div>
    <div><del>CAD $1,450.00</del> <span>CAD $1,250.00</span> excl. GST</div>
    <div><a href="/register?e=1">Register</a></div></li>
    <li><div><span>Tue 9 Mar 2027 – Thu 11 Mar 2027</span> <span>3 evenings, 6:00 PM – 9:00 PM MST
    </span></div><div>Live Online</div>
    <div><span>CAD $1,450.00</span> excl. GST</div>
    <div><a href="/register?e=2">Register</a></div></li></ul>"""
    assert _runs(body, "name", "start_date", "end_date", "price", "list_price", "location") == [
        ("Advanced Data Analysis", "2027-02-03", "2027-02-05", 1250.0, 1450.0, "Calgary"),
        ("Advanced Data Analysis", "2027-03-09", "2027-03-11", 1450.0, None, None),
    ]


def test_a_sessions_list_names_each_run_s_course_after_its_date_and_a_dash() -> None:
    # two courses in one list, each row "date — course · venue · time · price Book", the
    # row's button leading to its course's page
    body = (
        "<h1>Safety courses in Cumbria</h1><h2>Upcoming sessions</h2><ul>"
        "<li>Tuesday 12 January 2027 — <span>Basic Fire Safety</span> · Lakes Hall, Kendal"
        ' · 9am–1pm · £65 <a href="/courses/basic-fire-safety/#book">Book</a></li>'
        "<li>Mon 8 – Wed 10 Feb 2027 — <span>Fire Marshal Training</span> · Town Hall,"
        ' Penrith · 9am–4pm · £240 <a href="/courses/fire-marshal/#book">Book</a></li>'
        "<li>04.03.2027 — <span>Basic Fire Safety</span> · Quay Centre, Whitehaven · 9am–1pm"
        ' · £65 <a href="/courses/basic-fire-safety/#book">Book</a></li></ul>'
        "<p>Prices are per person.</p>"
    )
    html = (
        '<html><head><link rel="canonical" href="https://safe.example/cumbria/"></head>'
        f"<body>{body}</body></html>"
    )
    result = extract(Document(body=html.encode(), page="sessions.html"))
    runs = sorted(
        (r.name, r.start_date, r.price, r.location, r.url)
        for r in result.records
        if r.kind == "course"
    )
    assert runs == [
        ("Basic Fire Safety", "2027-01-12", 65.0, "Kendal",
         "https://safe.example/courses/basic-fire-safety/"),
        ("Basic Fire Safety", "2027-03-04", 65.0, "Whitehaven",
         "https://safe.example/courses/basic-fire-safety/"),
        ("Fire Marshal Training", "2027-02-08", 240.0, "Penrith",
         "https://safe.example/courses/fire-marshal/"),
    ]  # fmt: skip


def test_a_card_s_waitlist_button_is_no_status_of_the_card_below() -> None:
    body = """<h1>Scrum Master Prep</h1><h2>Upcoming sessions</h2>
    <div><span>In person · Austin</span><h3>Mon, Mar 1–3, 2027</h3><p>$1,200</p>
    <p>Sold out – join waitlist</p><a href="/wait">Waitlist</a></div>
    <div><span>Live Online</span><h3>Mon, Apr 5–7, 2027</h3><p>$1,100</p>
    <p>Seats available</p><a href="/reg">Register</a></div>"""
    assert _runs(body, "start_date", "availability") == [
        ("2027-03-01", "SoldOut"),
        ("2027-04-05", "InStock"),
    ]
    assert BUTTON.search("Waitlist") and BUTTON.search("Join the waiting list")


def test_a_related_card_s_button_over_a_blog_date_makes_no_group() -> None:
    body = """<h1>Lean Basics</h1><h2>Dates</h2><p>Mon 8 Mar 2027 · Leeds · £450 Book</p>
    <h2>Related courses</h2><h3>Lean Advanced</h3><p>Starts May 2027 · York</p>
    <p>from £900</p><a href="/lean-advanced">View course</a>
    <h2>From the blog</h2><p>12 November 2026</p><h3>Planning your training budget</h3>"""
    assert _runs(body, "name", "start_date") == [("Lean Basics", "2027-03-08")]


def test_a_widget_s_presenter_element_names_the_run_s_trainer() -> None:
    # a booking widget's card: the presenter a bare name under the venue, its element's
    # class naming the role; "Presenter TBA" names nobody
    body = (
        "<h1>Advanced Data Analysis</h1><h2>Dates</h2><ul>"
        "<li><div>Wed 3 Feb 2027 – Fri 5 Feb 2027</div><div>Calgary – Bow Valley Conference"
        ' Centre</div><div class="event-presenters">Maya Okafor</div><div>$1,250.00</div>'
        '<a href="/register?e=1">Register</a></li>'
        "<li><div>Tue 9 Mar 2027 – Thu 11 Mar 2027</div><div>Red Deer</div>"
        '<div class="event-presenters">Presenter TBA</div><div>$1,450.00</div>'
        '<a href="/register?e=2">Register</a></li></ul>'
    )
    assert _runs(body, "start_date", "instructor") == [
        ("2027-02-03", "Maya Okafor"),
        ("2027-03-09", None),
    ]


def test_an_organisers_tall_event_cards_each_keep_their_own_title() -> None:
    """An organiser's event list as text: title / date / place / price / organiser /
    followers, card after card; the next card's title is never this card's last line."""
    text = (
        "Events\n"
        "Python for Analysts\n"
        "Tue, Mar 2, 2027 • 9:00 AM GMT – Wed, Mar 3\n"
        "Online\n"
        "From £420.00\n"
        "Riverside Data Academy\n"
        "1.4k followers\n"
        "SQL Reporting Bootcamp\n"
        "Thursday, Mar 11, 2027 • 9:30 AM GMT\n"
        "Online\n"
        "£290\n"
        "Riverside Data Academy\n"
        "1.4k followers\n"
        "Python for Analysts\n"
        "Tue, Apr 6, 2027 • 9:00 AM GMT – Wed, Apr 7\n"
        "Online\n"
        "From £420.00\n"
        "Sales ended\n"
        "Riverside Data Academy\n"
        "1.4k followers\n"
    )
    runs = _dump_runs(text, course_name="Python for Analysts", source="text")
    assert [(r.name, r.start_date, r.end_date, r.availability) for r in runs] == [
        ("Python for Analysts", "2027-03-02", "2027-03-03", None),
        ("SQL Reporting Bootcamp", "2027-03-11", "2027-03-11", None),
        ("Python for Analysts", "2027-04-06", "2027-04-07", "SoldOut"),
    ]


def test_a_blended_intakes_practical_days_name_its_town() -> None:
    body = """<h1>NEBOSH General Certificate</h1><ul>
    <li><label><input type=radio name=s> <span>Mon 8 Mar – Fri 19 Mar 2027</span> ·
    <span>Blended: online theory + 2 days Leeds practical</span> · <span>£1,150</span></label></li>
    <li><label><input type=radio name=s> <span>Mon 12 Apr – Fri 23 Apr 2027</span> ·
    <span>York – Clifton Moor</span> · <span>£1,250</span></label></li></ul>"""
    assert _runs(body, "start_date", "mode", "location") == [
        ("2027-03-08", "blended", "Leeds"),
        ("2027-04-12", "in_person", "York"),
    ]


def test_a_posts_reading_time_beside_its_date_is_no_run() -> None:
    body = """<article><header><h1>Forklift safety words</h1><p>What the terms mean.</p>
    <p><time datetime="2026-09-14">Sep 14, 2026</time> · 6 min read</p></header>
    <p>Plain definitions for the words used on our courses.</p></article>"""
    assert _runs(body, "name", "start_date") == []


def test_an_events_speaker_label_names_the_run_trainer() -> None:
    body = """<h1>Upcoming seminars</h1><ul>
    <li>Negotiation Basics · 12/04/2027 · Leeds · Resource speaker: Marta Gilbert · £300</li>
    <li>Negotiation Basics · 10/05/2027 · York · Speaker: Paul Ortega · £300</li>
    <li>Negotiation Basics · 14/06/2027 · Hull · Speaker Series Spring · £300</li></ul>"""
    assert _runs(body, "start_date", "instructor") == [
        ("2027-04-12", "Marta Gilbert"),
        ("2027-05-10", "Paul Ortega"),
        ("2027-06-14", None),
    ]


def test_an_organisers_event_list_names_each_run_by_its_title_not_its_venue() -> None:
    text = (
        "Upcoming events\n"
        "All prices include GST.\n"
        "Working with Children Check Prep – Refresher – Geelong\n"
        "Wed 3 Mar 2027, 10:00am - 2:00pm AEDT\n"
        "Geelong Library Meeting Room, Geelong VIC\n"
        "Tickets from $60.00\n"
        "Book now\n"
        "Food Safety Supervisor – Warrnambool\n"
        "Thu 18 Mar 2027, 9:00am - 3:00pm AEDT\n"
        "Lighthouse Conference Centre, 4 Merri St, Warrnambool VIC\n"
        "$145.00\n"
        "Only 3 tickets left\n"
        "Book now\n"
    )
    result = extract(Document(body=text.encode(), page="events.txt"))
    runs = sorted(
        (r.name, r.start_date, r.location, r.availability)
        for r in result.records
        if r.kind == "course"
    )
    assert runs == [
        ("Food Safety Supervisor – Warrnambool", "2027-03-18", "Warrnambool", _LIMITED),
        ("Working with Children Check Prep – Refresher – Geelong", "2027-03-03", "Geelong", _IN),
    ]


_LIMITED = "LimitedAvailability"
_IN = "InStock"  # the row's own "Book now"


def test_a_venue_with_its_district_and_town_under_a_date_is_the_runs_place() -> None:
    body = """<h1>Abrasive Wheels Training</h1><div class="events">
    <div class="event"><div class="tile">09 MAR</div><p>Tue 09 Mar 2027 · 09:30 – 16:30</p>
    <p>Riverside Skills Centre, Ballincollig, Cork</p><p>€180.00 inc. VAT</p><p>4 places</p>
    <a href="#">Book now</a></div>
    <div class="event"><div class="tile">23 MAR</div><p>Tue 23 Mar 2027 · 09:30 – 16:30</p>
    <p>Granary Hotel Function Room, Clonmel</p><p>€180.00 inc. VAT</p><p>1 place</p>
    <a href="#">Book now</a></div></div>"""
    assert _runs(body, "name", "start_date", "location", "availability") == [
        ("Abrasive Wheels Training", "2027-03-09", "Cork", "InStock"),
        ("Abrasive Wheels Training", "2027-03-23", "Clonmel", "LimitedAvailability"),
    ]


def test_cross_sell_cards_under_a_reviews_date_keep_their_own_titles() -> None:
    text = (
        "Great course, well paced.\n"
        "Priya K., Leeds · Sep 3, 2026\n"
        "You might also like\n"
        "CISSP® 2024: Domains, Exam and Practice\n"
        "Next: Jan 19–23, 2027\n"
        "$2,495\n"
        "AWS Solutions Architect: Associate, Hands-on Labs\n"
        "Next: Feb 8–10, 2027\n"
        "$1,795\n"
    )
    runs = _dump_runs(text, course_name="CompTIA Security+", source="text")
    assert [(r.name, r.start_date) for r in runs] == [
        ("CISSP® 2024: Domains, Exam and Practice", "2027-01-19"),
        ("AWS Solutions Architect: Associate, Hands-on Labs", "2027-02-08"),
    ]


def test_a_card_title_closing_on_its_length_in_brackets_names_the_run() -> None:
    """A teaser card's title notes its length in brackets ("SEO Basics (1 day)"): still
    the title, not a sessions line, so the section heading above ("Learn it properly")
    does not name the run."""
    from prospectus.extract.patterns.schedule_words import looks_like_title

    assert looks_like_title("SEO Basics (1 day)")
    assert looks_like_title("Excel Intermediate (2 days)")
    assert not looks_like_title("3 days")
    assert not looks_like_title("Excel – 2 days")
    body = (
        '<main><h1>Marketing glossary</h1><div class="teaser"><h2>Learn it properly</h2>'
        '<div class="card"><h3><a href="/c/seo">SEO Basics (1 day)</a></h3>'
        "<p>Next: Thu 11 Mar 2027 · Leeds · £395 + VAT</p></div></div></main>"
    )
    assert _runs(body, "name", "start_date", "price") == [
        ("SEO Basics (1 day)", "2027-03-11", 395.0)
    ]


def test_a_second_dates_table_under_another_course_s_heading_is_that_course_s() -> None:
    """A course's page lists its own dates under a generic heading, then a shorter
    course's dates under a heading naming it and ending in "– 1 day dates"."""
    body = """<h1>Advanced Rope Access Technician</h1><h2>Upcoming dates &amp; prices</h2>
    <table><tr><th>Dates</th><th>Venue</th><th>Price</th></tr>
    <tr><td>7 – 9 June 2027</td><td>Hull</td><td>£650 + VAT</td></tr>
    <tr><td>5 – 7 July 2027</td><td>Leeds</td><td>£650 + VAT</td></tr></table>
    <h2>Rope Access Refresher – 1 day dates</h2><p>The shorter course.</p>
    <table><tr><th>Date</th><th>Venue</th><th>Price</th></tr>
    <tr><td>11 June 2027</td><td>Hull</td><td>£220 + VAT</td></tr></table>"""
    assert _runs(body, "name", "start_date", "price") == [
        ("Advanced Rope Access Technician", "2027-06-07", 650.0),
        ("Advanced Rope Access Technician", "2027-07-05", 650.0),
        ("Rope Access Refresher", "2027-06-11", 220.0),
    ]


def test_a_sessions_line_names_its_course_before_the_dash_beside_a_street_address() -> None:
    """'Course — Weekday date, hours · venue, street, town · price Book': the part before
    the dash names the course, though the venue's part has a house number."""
    body = """<h1>Plant tickets – Southland</h1><h2>Upcoming sessions</h2><ul>
    <li>Excavator Operator — Tuesday 8 June 2027, 8:00am–4:30pm · Yard 3, 22 Quarry Rd, \
Gore · $410 incl GST <a href="/book/1">Book</a></li>
    <li>Roller Operator — Friday 11 June 2027, 8:00am–4:30pm · Yard 3, 22 Quarry Rd, \
Gore · $290 incl GST <a href="/book/2">Book</a></li></ul>"""
    assert _runs(body, "name", "start_date", "price", "location") == [
        ("Excavator Operator", "2027-06-08", 410.0, "Gore"),
        ("Roller Operator", "2027-06-11", 290.0, "Gore"),
    ]


def _page_runs(head: str, body: str, *fields: str) -> list[tuple[Any, ...]]:
    html = f"<html><head><title>Page</title>{head}</head><body>{body}</body></html>"
    result = extract(Document(body=html.encode(), page="schedule.html"))
    runs = [r for r in result.records if r.kind == "course"]
    return sorted(tuple(getattr(r, f) for f in fields) for r in runs)


def test_a_run_linked_to_its_course_s_section_of_this_page_takes_the_page_s_url() -> None:
    """The menu links a second course to its section of this page ("…/plant/#roller"):
    that course's runs are described here, so their URL is the page's own."""
    head = '<link rel="canonical" href="https://plant.example.nz/courses/plant/">'
    body = """<nav><a href="/courses/plant/">Excavator Operator</a> \
<a href="/courses/plant/#roller">Roller Operator</a></nav>
    <h1>Plant tickets – Southland</h1><h2 id="roller">Roller Operator</h2><p>One day.</p>
    <h2>Upcoming sessions</h2><ul>
    <li>Excavator Operator — 8 June 2027 · Quarry Hall, Gore · $410 incl GST</li>
    <li>Roller Operator — 11 June 2027 · Quarry Hall, Gore · $290 incl GST</li></ul>"""
    assert _page_runs(head, body, "name", "url") == [
        ("Excavator Operator", "https://plant.example.nz/courses/plant/"),
        ("Roller Operator", "https://plant.example.nz/courses/plant/"),
    ]


def test_an_older_markup_price_is_no_net_at_a_rate_the_currency_does_not_charge() -> None:
    """An Event's "350.00" NZD beside the row's "$385 incl GST": 385 is 350 plus 10 %, but
    New Zealand's GST is 15 %, so the markup's price is an older one and the page's wins."""
    head = """<script type="application/ld+json">{"@context": "https://schema.org",
    "@type": "Event", "name": "Excavator Operator", "startDate": "2027-06-08",
    "location": {"@type": "Place", "name": "Quarry Hall", "address": "Gore"},
    "offers": {"@type": "Offer", "price": "350.00", "priceCurrency": "NZD"}}</script>"""
    body = """<h1>Excavator Operator</h1><h2>Upcoming sessions</h2><ul>
    <li>Excavator Operator — 8 June 2027 · Quarry Hall, Gore · $385 incl GST</li>
    <li>Excavator Operator — 15 June 2027 · Quarry Hall, Gore · $385 incl GST</li></ul>"""
    assert _page_runs(head, body, "start_date", "price") == [
        ("2027-06-08", 385.0),
        ("2027-06-15", 385.0),
    ]


def test_related_cards_titled_with_their_length_in_brackets_keep_their_titles() -> None:
    """'You might also like' cards: 'Course Name (12 hours)' / 'Next date: …' / price. The
    bracketed length ends the course's title; it is no session count line ("3 days")."""
    from prospectus.extract.patterns.schedule_words import looks_like_title

    assert looks_like_title("Manual Handling Train the Trainer (2 days)")
    assert not looks_like_title("3 days")
    body = """<h1>Fire Marshal Training</h1><h2>You might also like</h2>
    <div><h3><a href="/c/a">Fire Extinguisher Awareness Refresher (3 hours)</a></h3>
    <p>Next date: Tue 15 Jun 2027</p><p>£90 + VAT</p></div>
    <div><h3><a href="/c/b">Evacuation Chair Operator Training (4 hours)</a></h3>
    <p>Next date: 22/06/2027</p><p>£120 + VAT</p></div>"""
    assert _runs(body, "name", "start_date", "price", "location") == [
        ("Evacuation Chair Operator Training (4 hours)", "2027-06-22", 120.0, None),
        ("Fire Extinguisher Awareness Refresher (3 hours)", "2027-06-15", 90.0, None),
    ]


def test_a_booking_widget_row_names_its_course_in_the_cell_after_the_date() -> None:
    row = (
        '<li><a href="https://book.example/e/{}"><span>{} · 9:00am – 4:00pm</span><span>{}</span>'
        "<span>{}</span><span>{}</span><span>{}</span></a></li>"
    )
    rows = [
        ("1", "Tue 4 May 2027", "Forklift Operator Course (Leeds)", "Leeds – Unit 4, Mill Road"),
        ("2", "Wed 12 May 2027", "Slinger Signaller and Banksman (York)", "York – Clifton Moor"),
        ("3", "Thu 3 Jun 2027", "Slinger Signaller and Banksman (Leeds)", "Leeds – 4 Mill Rd"),
    ]
    items = [row.format(*r, "£395", "3 spaces left") for r in rows]
    body = (
        "<h1>Forklift and Rigging Training</h1><h2>Book a class</h2><h3>May 2027</h3>"
        f'<ul class="bw-list">{"".join(items[:2])}</ul><h3>June 2027</h3><ul>{items[2]}</ul>'
    )
    names = [run[:2] for run in _runs(body, "start_date", "name")]
    assert [(start, name.split(" (")[0]) for start, name in names] == [
        ("2027-05-04", "Forklift Operator Course"),
        ("2027-05-12", "Slinger Signaller and Banksman"),
        ("2027-06-03", "Slinger Signaller and Banksman"),
    ]


def test_a_town_and_venue_cell_after_the_date_is_the_runs_place_not_its_name() -> None:
    row = (
        '<div class="intake"><span class="v">{}</span><span class="v">Kisumu – Lakeside Centre,'
        ' Oginga Road</span><span class="v">{}</span><span class="st">{}</span></div>'
    )
    body = (
        "<h1>CISM Exam Preparation</h1><h2>Classroom intakes</h2>"
        + row.format("Mon 7 – Fri 11 Dec 2026", "KSh 90,000", "Open")
        + row.format("Mon 18 – Fri 22 Jan 2027", "KSh 84,000", "Early bird")
    )
    assert _runs(body, "name", "start_date", "location") == [
        ("CISM Exam Preparation", "2026-12-07", "Kisumu"),
        ("CISM Exam Preparation", "2027-01-18", "Kisumu"),
    ]


def test_a_post_teaser_under_a_blog_heading_is_no_run() -> None:
    body = """<h1>Manual Handling Training</h1><table><tr><th>Date</th><th>Venue</th>
    <th>Price</th></tr><tr><td>14 January 2027</td><td>Leeds</td><td>£95</td></tr></table>
    <section><h2>Latest news</h2><article><h3><a href="#">New lifting rules explained</a></h3>
    <time>November 9, 2026</time><p>What employers need to know.</p></article>
    <article><h3><a href="#">Storage spaces and racking</a></h3><time>October 12, 2026</time>
    <p>Spaces, racks and aisles.</p></article></section>"""
    assert [run[0] for run in _runs(body, "start_date")] == ["2027-01-14"]


def test_a_venue_named_after_its_town_gives_the_town() -> None:
    body = """<h1>Manual Handling Instructor</h1><h2>Upcoming dates</h2><table>
    <tr><th>Dates</th><th>Venue</th><th>Price</th><th></th></tr>
    <tr><td>3 Feb 2027</td><td>Derby Conference Centre, 22 Wardwick St</td><td>£195 + VAT</td>\
<td><a href="/b?1">Book</a></td></tr>
    <tr><td>10 Mar 2027</td><td>Coventry Science Park</td><td>£195 + VAT</td>\
<td><a href="/b?2">Book</a></td></tr></table>"""
    assert _runs(body, "start_date", "location") == [
        ("2027-02-03", "Derby"),
        ("2027-03-10", "Coventry"),
    ]


def test_a_run_row_at_a_venue_and_its_county_or_blended_in_a_city_gives_the_town() -> None:
    body = """<h1>Safe Pass Trainer Course</h1><h2>Upcoming courses</h2><div class="events">
    <div class="ev"><p>Mon 1 – Fri 5 Mar 2027</p><p>Tralee Enterprise Centre, Co. Kerry</p>\
<p>Tutor: Mary Walsh</p><div>€650</div><div>4 places</div><a href="/Book?e=1">Book</a></div>
    <div class="ev"><p>Tuesday evenings 6 Apr – 4 May 2027</p>\
<p>Blended: 4 live online evenings + one Saturday in Galway city</p><p>Tutor: John Ryan</p>\
<div>€650</div><div>6 places</div><a href="/Book?e=2">Book</a></div></div>"""
    assert _runs(body, "start_date", "location") == [
        ("2027-03-01", "Tralee"),
        ("2027-04-06", "Galway"),
    ]


def test_a_sessions_list_line_with_dashed_fields_is_a_run_not_prose() -> None:
    """A run's fields apart by dashes on one list line: course, date, venue, price, status."""
    body = (
        "<h1>Public sessions</h1><h2>Upcoming sessions</h2><ul>"
        "<li><a href='/c/forklift'>Forklift Licence (TLILIC0003)</a> – Monday 11 January 2027,"
        " 7:30am – 3:30pm – Mitchell yard, 4 Hoskins St, Mitchell – $450.00 incl. GST –"
        " <strong>Last few spots</strong></li>"
        "<li><a href='/c/first-aid'>First Aid</a> – 25/01/2027, 9:00am – 5:00pm –"
        " Yass Bowling Club, Meehan St – $180 incl GST</li></ul>"
    )
    assert _runs(body, "name", "start_date", "price", "location", "availability") == [
        ("First Aid", "2027-01-25", 180.0, "Yass", None),
        ("Forklift Licence (TLILIC0003)", "2027-01-11", 450.0, "Mitchell", "LimitedAvailability"),
    ]


def test_a_text_cards_price_and_status_on_one_tabbed_line_keep_the_card() -> None:
    text = (
        "Upcoming events\n"
        "Spreadsheet Basics – Dunedin\n"
        "Thu 14 Jan 2027, 9:00am – 4:00pm\n"
        "Dunedin – Octagon Rooms\n"
        "Sort, filter and chart your data with confidence.\n"
        "from $199\tOnly 2 tickets left\n"
        "Get tickets\n"
        "Spreadsheet Basics – Nelson\n"
        "Fri 5 Feb 2027, 9:00am – 4:00pm\n"
        "Nelson – Trafalgar Centre\n"
        "Sort, filter and chart your data with confidence.\n"
        "$199\tSold out\n"
        "Join waitlist\n"
        "You might also like\n"
        "Intro to SQL – Hamilton Data Club\tSat 6 Mar 2027\t$120\n"
        "Python Basics – Napier Code Hub\tSat 13 Mar 2027\tfrom $90\n"
    )
    runs = _dump_runs(text, course_name="Events", day_first=True, source="text")
    assert [(r.start_date, r.price, r.availability) for r in runs] == [
        ("2027-01-14", 199.0, "LimitedAvailability"),
        ("2027-02-05", 199.0, "SoldOut"),
    ]


def test_a_reviews_box_below_a_card_gives_it_no_place() -> None:
    """A promo card's lines end at the reviews box under it ("What our students say"): a
    reviewer's initials ("J. K. · 2 weeks ago") are no venue of the card's run."""
    body = """<h1>Plumbing Glossary</h1><p>Words you will meet on site.</p>
    <div class="promo"><h3>Gas Safety Refresher</h3><p>14 March 2027 · £180</p></div>
    <section class="reviews"><h2>What our students say</h2><p>Rated 4.8 from 90 reviews</p>
    <blockquote><p>Great tutor.</p><footer>J. K. · 2 weeks ago</footer></blockquote>
    </section>"""
    assert _runs(body, "name", "start_date", "location") == [
        ("Gas Safety Refresher", "2027-03-14", None)
    ]


def test_a_row_with_its_own_booking_button_and_no_status_is_in_stock() -> None:
    body = """<h1>Mediation Skills Course</h1><h2>Dates and prices</h2><table>
    <tr><th>Dates</th><th>Venue</th><th>Price</th><th>Status</th><th></th></tr>
    <tr><td>3–4 March 2027</td><td>Leeds</td><td>£450 + VAT</td><td></td><td>Book now</td></tr>
    <tr><td>7–8 April 2027</td><td>York</td><td>£450 + VAT</td><td>Full</td>\
<td>Join the waiting list</td></tr>
    <tr><td>5–6 May 2027</td><td>Hull</td><td>£450 + VAT</td><td>Postponed</td>\
<td>Book now</td></tr>
    <tr><td>9–10 June 2027</td><td>Leeds</td><td>£450 + VAT</td><td>Summer offer</td>\
<td>Enquire</td></tr></table>"""
    assert _runs(body, "start_date", "availability") == [
        ("2027-03-03", "InStock"),
        ("2027-04-07", "SoldOut"),
        ("2027-05-05", None),
        ("2027-06-09", None),
    ]


def test_a_list_line_ending_in_its_booking_link_is_in_stock() -> None:
    body = """<h1>Upcoming sessions</h1><ul>
    <li>Mon 1 March 2027 — Forklift Safety Course · Depot North · $180 incl GST \
<a href="/b1">Register</a></li>
    <li>Tue 9 March 2027 — Forklift Safety Course · Depot South · $180 incl GST · Last few places \
<a href="/b2">Register</a></li>
    <li>Wed 17 March 2027 — Forklift Safety Course · Depot North · $180 incl GST · Cancelled</li>
    </ul>"""
    assert _runs(body, "start_date", "availability") == [
        ("2027-03-01", "InStock"),
        ("2027-03-09", "LimitedAvailability"),
        ("2027-03-17", None),
    ]


def test_a_text_dump_block_ending_in_its_button_is_in_stock() -> None:
    text = (
        "Book Online\n\nSafe Lifting Course\nTue, 2 Feb 2027, 09:00 – 13:00\n"
        "Harbour Campus, Sliema\n"
        "€70\nAdd to cart\n\nSafe Lifting Course\nWed, 3 Mar 2027, 09:00 – 13:00\n"
        "Harbour Campus, Sliema\n€70\nSold Out\n"
    )
    result = extract(Document(body=text.encode(), page="dump.txt"))
    runs = sorted((r.start_date, r.availability) for r in result.records if r.kind == "course")
    assert ("2027-02-02", "InStock") in runs
    assert ("2027-03-03", "SoldOut") in runs


def test_a_page_wide_booking_button_leaves_its_rows_unread() -> None:
    body = """<header><a href="/book">Book now</a></header><h1>Welding Basics</h1><table>
    <tr><th>Dates</th><th>Venue</th><th>Price</th></tr>
    <tr><td>3 March 2027</td><td>Leeds</td><td>£250</td></tr>
    <tr><td>7 April 2027</td><td>York</td><td>£250</td></tr></table>"""
    assert _runs(body, "start_date", "availability") == [("2027-03-03", None), ("2027-04-07", None)]


def test_a_related_course_line_with_a_dashed_next_label_names_its_course() -> None:
    text = (
        "Knife Skills Workshop\nSat, 6 Feb 2027, 10:00 – 14:00\nMarket Kitchen, Valletta\n€90\n"
        "Book Now\n\nRelated\nPastry Basics – next 5 Dec 2026 from €60\n"
        "Bread Making Course – 2 days – next start 9 Jan 2027 – €150\n"
    )
    result = extract(Document(body=text.encode(), page="dump.txt"))
    names = {r.name: r.start_date for r in result.records if r.kind == "course"}
    assert names.get("Pastry Basics") in (None, "2026-12-05")
    assert names.get("Bread Making Course") in (None, "2027-01-09")  # not "… – 2 days"
    assert names.get("Knife Skills Workshop") == "2027-02-06"
    assert all(
        r.start_date not in ("2026-12-05", "2027-01-09")
        or r.name in ("Pastry Basics", "Bread Making Course")
        for r in result.records
        if r.kind == "course"
    )


def test_a_sessions_list_line_whose_date_fills_a_dashed_field_is_a_run() -> None:
    """A long sessions-list line without hours: its date alone between two dashes marks it a
    run, where a related course's line words its next date ("next start …")."""
    body = (
        "<h1>Public courses</h1><h2>Upcoming sessions</h2><ul>"
        "<li><strong>Manual Handling (HLTWHS005)</strong> — THU 11 FEB 2027 — Ballarat Civic"
        " Hall meeting room 2, Ballarat — $95 incl. GST — <em>Places available</em></li>"
        "<li><strong>Manual Handling (HLTWHS005)</strong> — Tuesday 2 March 2027 — Bendigo"
        " Library community room, Bendigo — $95 incl. GST — <em>Fully booked – join the"
        " waitlist</em></li></ul>"
    )
    assert _runs(body, "name", "start_date", "price", "location") == [
        ("Manual Handling (HLTWHS005)", "2027-02-11", 95.0, "Ballarat"),
        ("Manual Handling (HLTWHS005)", "2027-03-02", 95.0, "Bendigo"),
    ]


def test_a_sessions_list_line_with_a_note_after_its_date_is_a_run() -> None:
    """A dashed sessions-list line whose date field ends with a note in brackets ("(two days
    incl. Saturday practical)"): still the run's date field, the line a run and not prose."""
    body = (
        "<h1>Public courses</h1><h2>Upcoming sessions</h2><ul>"
        "<li><strong>Chainsaw Safety (FWPCOT2239)</strong> — 6–7 March 2027 (two days incl."
        " Saturday practical) — Orange — $480 incl. GST — <em>Booked out</em></li>"
        "<li><strong>Chainsaw Safety (FWPCOT2239)</strong> — Tue 13 April 2027 (weekday) —"
        " Dubbo — $480 incl. GST — <em>Places available</em></li></ul>"
    )
    assert _runs(body, "start_date", "end_date", "price", "location", "availability") == [
        ("2027-03-06", "2027-03-07", 480.0, "Orange", "SoldOut"),
        ("2027-04-13", "2027-04-13", 480.0, "Dubbo", "InStock"),
    ]


def test_a_listing_s_sort_and_filter_bar_is_no_title() -> None:
    from prospectus.extract.patterns.schedule_words import looks_like_title

    assert not looks_like_title("Sort byDateFilterAll towns")  # glued in a text dump
    assert not looks_like_title("Sort by: Date")
    assert not looks_like_title("Filter by location")
    assert not looks_like_title("FiltersAll courses")
    assert looks_like_title("Order Picker Training")
    assert looks_like_title("Filter Maintenance Course")
    assert looks_like_title("Sorting Office Skills")


def test_a_text_dump_event_list_names_its_first_run_below_its_date_not_the_sort_bar() -> None:
    text = (
        "Upcoming events (2)\nSort byDateFilterAll venues\n\n"
        "Wed, 9 Dec 2026, 09:00 - 16:00 GMT\nLevel 3 Award in Emergency First Aid at Work\n"
        "Leeds – Training Hub, Wellington St\n£120\tTickets available\nGet tickets\n\n"
        "Thu, 14 Jan 2027, 09:00 - 16:00 GMT\nLevel 3 Award in Emergency First Aid at Work\n"
        "York – Guildhall\n£120\tFew tickets left\nGet tickets\n"
    )
    result = extract(Document(body=text.encode(), page="events.txt"))
    runs = sorted((r.name, r.start_date) for r in result.records if r.kind == "course")
    assert runs == [
        ("Level 3 Award in Emergency First Aid at Work", "2026-12-09"),
        ("Level 3 Award in Emergency First Aid at Work", "2027-01-14"),
    ]


def test_a_cohort_panel_gives_its_range_and_restates_its_first_day() -> None:
    """A cohort's panel: its heading (month, year, place and kind), a schedule line with the
    cohort's whole range, a "Starts:" line that gives its first day again, then its fields."""
    body = (
        "<h1>Diploma in Project Management</h1><h2>Upcoming intakes</h2>"
        "<div><button>September 2027 Leeds Intake</button><div>"
        "<p>Schedule: Mondays &amp; Wednesdays, 6:00 – 9:00 pm · 6 September 2027 to"
        " 29 November 2027</p><p>Starts: Monday, 6 September 2027</p>"
        "<p>Venue: Wellington Place, Leeds</p><p>Fee: £2,400 + VAT</p>"
        "<p>Status: Places available</p></div></div>"
        "<div><button>October 2027 Sheffield Intake</button><div>"
        "<p>Schedule: Saturdays · Oct 2 – Dec 18, 2027</p><p>Starts: Saturday, 2 October"
        " 2027</p><p>Venue: Kelham Island Works, Sheffield</p><p>Fee: £2,400 + VAT</p>"
        "<p>Status: Few places left</p></div></div>"
    )
    assert _runs(body, "name", "start_date", "end_date") == [
        ("Diploma in Project Management", "2027-09-06", "2027-11-29"),
        ("Diploma in Project Management", "2027-10-02", "2027-12-18"),
    ]


def test_runs_at_the_providers_own_premises_take_its_addresss_town() -> None:
    """A run's venue written as the provider's site and street, without the town, which the
    footer's address gives; the same site named without its street shares the town."""
    body = (
        "<h1>Certificate in Bookkeeping</h1><h2>Upcoming classes</h2>"
        "<div><h3>January 2027 Day Class</h3><p>Dates: 11 Jan 2027 – 22 Mar 2027</p>"
        "<p>Venue: Harbour campus, 22 Quay Street</p><p>Fee: NZ$1,450</p>"
        "<p>Status: Places available</p></div>"
        "<div><h3>April 2027 Evening Class</h3><p>Dates: 12 Apr 2027 – 21 Jun 2027</p>"
        "<p>Venue: Harbour campus</p><p>Fee: NZ$1,450</p><p>Status: Places available</p></div>"
        "<p>All fees include course materials and the exam entry.</p>"
        "<footer><h4>Contact us</h4><p>22 Quay Street, Whangārei 0110</p></footer>"
    )
    assert _runs(body, "start_date", "location") == [
        ("2027-01-11", "Whangārei"),
        ("2027-04-12", "Whangārei"),
    ]


def test_a_time_zone_after_a_12_hour_time_is_no_place() -> None:
    body = (
        "<h1>Public courses</h1><h2>Upcoming sessions</h2><ul>"
        "<li><strong>Provide CPR (HLTAID009)</strong> — Saturday 5 June 2027, 8:30am – 11:30am"
        " AEST — Geelong Library meeting room, Geelong — $65 incl. GST — <em>Places"
        " available</em></li></ul>"
    )
    assert _runs(body, "start_date", "location") == [("2027-06-05", "Geelong")]


def test_a_ticketing_sites_event_blocks_with_tickets_available_are_runs() -> None:
    """A ticketing site's organiser page as text: title / weekday date / venue / 'From price'
    and its status run together by a tab / button.  'Tickets available' is the status of a
    bookable event, as 'Only 2 left' and 'Sold out' are of the others; a sale price carries
    its 'was' price; the organiser's other events below 'More events from this organizer'
    are not runs of the page."""
    text = (
        "Upcoming events (3)\n"
        "Chainsaw Safety Basics – Hamilton\n"
        "Mon 11 Jan 2027 8:00 AM - 4:00 PM NZDT\n"
        "Frankton Hall, 2 Commerce St\n"
        "From $210.00\tTickets available\n"
        "Book tickets\n"
        "\n"
        "Chainsaw Safety Basics – Cambridge\n"
        "Friday 5 February 2027 8:00 AM - 4:00 PM NZDT\n"
        "Town Hall, Cambridge\n"
        "From $180.00 (was $210.00)\tTickets available\n"
        "Book tickets\n"
        "\n"
        "Chainsaw Safety Basics – Tauranga\n"
        "Tue 9 Mar - Wed 10 Mar 2027\n"
        "Mount Hall, Tauranga\n"
        "From $210.00\tOnly 2 left\n"
        "Book tickets\n"
        "\n"
        "More events from this organizer\n"
        "Quad Bike Handling  ·  14/01/2027  ·  $150.00\n"
    )
    ctx = ScheduleContext(
        page="p.txt", course_name="Chainsaw Safety Basics", source="text", default_currency="NZD"
    )
    runs = find_runs(visible_from_text(text, "p.txt"), ctx)
    assert [(r.start_date, r.price, r.list_price, r.availability) for r in runs] == [
        ("2027-01-11", 210.0, None, "InStock"),
        ("2027-02-05", 180.0, 210.0, "InStock"),
        ("2027-03-09", 210.0, None, "LimitedAvailability"),
    ]


def test_listing_blocks_priced_in_a_bare_k_read_on_a_page_that_names_its_kwacha() -> None:
    text = (
        "Upcoming events\n"
        "First Aid at Work – Blantyre\n"
        "Tue 12 Jan 2027 08:00 - 16:00 CAT\n"
        "Mandala House, Blantyre\n"
        "From K95,000.00\tTickets available\n"
        "Book now\n"
        "Forklift Safety – Lilongwe\n"
        "Wed 3 Feb - Thu 4 Feb 2027 08:00 - 16:00 CAT\n"
        "Area 47 Depot, Lilongwe\n"
        "From K120,000.00 (was K140,000.00)\tSold out\n"
        "Unavailable\n"
        "Fire Marshal – Zomba\n"
        "Fri 5 Mar 2027 08:00 - 13:00 CAT\n"
        "Zomba Hall, Zomba\n"
        "From K60,000.00\tOnly 2 left\n"
        "Book now\n"
        "Past events\n"
        "First Aid at Work – Blantyre\n"
        "Tue 10 Nov 2026 08:00 - 16:00 CAT\n"
        "Mandala House, Blantyre\n"
        "From K95,000.00\tSales closed\n"
    )
    runs = _dump_runs(text, course_name=None, default_currency="MWK", source="text")
    assert [(r.name, r.start_date, r.price, r.list_price, r.availability) for r in runs] == [
        ("First Aid at Work – Blantyre", "2027-01-12", 95000.0, None, "InStock"),
        ("Forklift Safety – Lilongwe", "2027-02-03", 120000.0, 140000.0, "SoldOut"),
        ("Fire Marshal – Zomba", "2027-03-05", 60000.0, None, "LimitedAvailability"),
    ]
    assert {r.currency for r in runs} == {"MWK"}


def test_month_panels_rows_with_spaced_czech_dates_and_a_bare_sign_up_button() -> None:
    body = """<h1>ITIL 4 Foundation</h1><h2>Termíny</h2>
    <div class="accordion">
     <div class="panel"><h3><button>Červen 2027</button></h3><div class="body">
      <div class="row"><p>8.–10. 6. 2027 (úterý – čtvrtek)</p><p>prezenčně – Plzeň</p>
       <p>12 500 Kč bez DPH</p><p>Volná místa</p><a href="/p">Přihlásit</a></div>
      <div class="row"><p>29. 6. – 1. 7. 2027 (úterý – čtvrtek)</p><p>online</p>
       <p>11 500 Kč bez DPH</p><p>Poslední 2 místa</p><a href="/p">Přihlásit</a></div>
     </div></div>
     <div class="panel"><h3><button>Září 2027</button></h3><div class="body">
      <div class="row"><p>20. 9. 2027 – 22. 9. 2027 (pondělí – středa)</p><p>prezenčně – Plzeň</p>
       <p>12 500 Kč bez DPH</p><p>Volná místa</p><a href="/p">Přihlásit</a></div>
     </div></div>
    </div>"""
    runs = _runs(body, "name", "start_date", "end_date", "price", "availability")
    assert runs == [
        ("ITIL 4 Foundation", "2027-06-08", "2027-06-10", 12500.0, "InStock"),
        ("ITIL 4 Foundation", "2027-06-29", "2027-07-01", 11500.0, "LimitedAvailability"),
        ("ITIL 4 Foundation", "2027-09-20", "2027-09-22", 12500.0, "InStock"),
    ]


def test_an_early_registration_deadline_in_a_fee_line_is_no_run_of_its_own() -> None:
    text = (
        "MAJ 2027.\n"
        "Upravljanje rizicima\n"
        "Termin: 11–12. maj 2027. (utorak – sreda), 09:00–16:00\n"
        "Mesto: Hotel Park, Novi Sad\n"
        "Kotizacija: 30.000 RSD + PDV (rana prijava do 20. 4. 2027; inače 34.000 RSD + PDV)\n"
        "PRIJAVI SE\n"
    )
    runs = _dump_runs(text, course_name=None, default_currency="RSD", source="text")
    assert [(r.name, r.start_date, r.end_date) for r in runs] == [
        ("Upravljanje rizicima", "2027-05-11", "2027-05-12")
    ]


def _class_list(rows: list[tuple[str, str, str, str, str]]) -> str:
    items = "".join(
        f'<div class="select-item class-item"><div class="appointment-type-name">{name}</div>'
        f'<div class="class-time">{when}</div><div class="class-location">{place}</div>'
        f'<div class="appointment-type-price">{price}</div><div class="class-spots">{spots}</div>'
        '<button class="btn">Book</button></div>'
        for name, when, place, price, spots in rows
    )
    return f'<h1>Book a class</h1><h2>Upcoming classes</h2><div class="classes">{items}</div>'


def test_a_product_named_online_in_a_course_name_is_no_online_run_at_a_venue() -> None:
    """A "SharePoint Online Essentials" run held in Leeds is a classroom one: the product's name
    says "Online", the row's venue says where it is held; a row saying "Live online" is."""
    body = _class_list(
        [
            ("SharePoint Online Essentials", "Tuesday, March 9, 2027", "Leeds – 4 Park Row",
             "£450", "Book now"),
            ("SharePoint Online Essentials", "Tuesday, April 13, 2027", "Live online (Teams)",
             "£400", "Book now"),
            ("Exchange Online Administration", "Monday, May 3, 2027", "York – The Hub",
             "£520", "Book now"),
        ]
    )  # fmt: skip
    assert _runs(body, "name", "start_date", "mode", "location") == [
        ("Exchange Online Administration", "2027-05-03", "in_person", "York"),
        ("SharePoint Online Essentials", "2027-03-09", "in_person", "Leeds"),
        ("SharePoint Online Essentials", "2027-04-13", "online", None),
    ]


def test_a_widget_counting_the_places_left_on_every_row_shows_scarcity_only_when_small() -> None:
    """A class list counting the places left on each open row ("9 seats left", "14 seats
    left") shows how many there are, not that they are short: only a small count is."""
    rows = [
        ("Bookkeeping Basics", "Saturday, March 6, 2027", "Leeds – 4 Park Row", "£150",
         "9 seats left"),
        ("Bookkeeping Basics", "Saturday, April 10, 2027", "Leeds – 4 Park Row", "£150",
         "3 seats left"),
        ("Payroll Essentials", "Saturday, May 8, 2027", "York – The Hub", "£180",
         "14 seats left"),
        ("Payroll Essentials", "Saturday, June 12, 2027", "York – The Hub", "£180", "Full"),
    ]  # fmt: skip
    assert _runs(_class_list(rows), "start_date", "availability") == [
        ("2027-03-06", "InStock"),
        ("2027-04-10", "LimitedAvailability"),
        ("2027-05-08", "InStock"),
        ("2027-06-12", "SoldOut"),
    ]
    # beside an open row saying "Seats available", a count is the list's scarce rows alone
    rows[0] = (*rows[0][:4], "Seats available")
    assert _runs(_class_list(rows), "start_date", "availability")[2] == (
        "2027-05-08",
        "LimitedAvailability",
    )


def test_booking_engine_item_blocks_with_a_tabbed_price_and_status_then_a_button() -> None:
    text = """Available classes

Beginner Sailing Day
Sun 14 Mar 2027 10:00 - 16:00
Westport – Harbour pontoon
€120.00\tAvailable
Select

Keelboat Skipper
Sat 20 Mar - Sun 21 Mar 2027 09:00 - 17:00
Kinsale – Marina office
€340.00 (was €380.00)\tAvailable
Select

Beginner Sailing Day
Sun 28 Mar 2027 10:00 - 16:00
Westport – Harbour pontoon
€120.00\t3 left
Select
"""
    runs = _dump_runs(text, course_name=None, source="text", default_currency="EUR")
    assert [
        (r.name, r.start_date, r.end_date, r.price, r.list_price, r.location, r.availability)
        for r in runs
    ] == [
        ("Beginner Sailing Day", "2027-03-14", "2027-03-14", 120.0, None, "Westport", "InStock"),
        ("Keelboat Skipper", "2027-03-20", "2027-03-21", 340.0, 380.0, "Kinsale", "InStock"),
        (
            "Beginner Sailing Day",
            "2027-03-28",
            "2027-03-28",
            120.0,
            None,
            "Westport",
            "LimitedAvailability",
        ),
    ]


def test_a_trainer_cell_that_repeats_its_label_gives_the_name_after_it() -> None:
    """A table whose trainer cells repeat the column's label ("Lesgever: …", as a card
    template turned table writes each value): the name after the colon is the trainer."""
    body = """<h1>EHBO-opleiding</h1><table>
    <tr><th>Datum</th><th>Locatie</th><th>Lesgever</th><th>Prijs</th></tr>
    <tr><td>12/03/2027</td><td>Gent</td><td>Lesgever: Sofie De Smet</td><td>€ 210</td></tr>
    <tr><td>9/04/2027</td><td>Brugge</td><td>Lesgever: Pieter Janssens</td><td>€ 210</td></tr>
    </table>"""
    assert _runs(body, "start_date", "instructor") == [
        ("2027-03-12", "Sofie De Smet"),
        ("2027-04-09", "Pieter Janssens"),
    ]


def test_rows_of_courses_whose_codes_the_heading_names_get_the_page_url() -> None:
    """A page on two related courses ("First Aid at Work (FAW) & EFAW") lists the runs of
    both, each row's name ending with its code: both are the page's own courses and get its
    canonical URL; a row whose code the heading does not name does not."""
    html = """<html><head><title>First Aid | Acme</title>
    <link rel="canonical" href="https://acme.example/courses/first-aid/"></head><body>
    <h1>First Aid at Work (FAW) &amp; EFAW in Leeds</h1><table>
    <tr><th>Course</th><th>Date</th><th>Price</th></tr>
    <tr><td>First Aid at Work (FAW)</td><td>3 June 2027</td><td>£395</td></tr>
    <tr><td>Emergency First Aid at Work (EFAW)</td><td>8 June 2027</td><td>£125</td></tr>
    <tr><td>Paediatric First Aid (PFA)</td><td>9 June 2027</td><td>£195</td></tr>
    </table></body></html>"""
    result = extract(Document(body=html.encode(), page="p.html"))
    urls = {r.name: r.url for r in result.records if r.kind == "course" and r.start_date}
    page = "https://acme.example/courses/first-aid/"
    assert urls["First Aid at Work (FAW)"] == page
    assert urls["Emergency First Aid at Work (EFAW)"] == page
    assert urls["Paediatric First Aid (PFA)"] is None


def test_a_disabled_button_left_over_a_table_row_is_no_part_of_the_next_name() -> None:
    body = """<h1>Excel training</h1><table>
    <tr><th>Course</th><th>Dates</th><th>Venue</th><th>Price</th><th></th></tr>
    <tr><td>Excel Intermediate Course</td><td>3 March 2027</td><td>Leeds</td><td>£295</td>\
<td><button disabled>Sold out</button></td></tr>
    <tr><td>Excel Advanced Course</td><td>10 March 2027</td><td>York</td><td>£345</td>\
<td><a href="#">Book</a></td></tr>
    <tr><td>Full Stack Web Development</td><td>17 March 2027</td><td>Hull</td><td>£995</td>\
<td><a href="#">Book</a></td></tr></table>"""
    assert _runs(body, "name", "start_date") == [
        ("Excel Advanced Course", "2027-03-10"),
        ("Excel Intermediate Course", "2027-03-03"),
        ("Full Stack Web Development", "2027-03-17"),
    ]


def test_a_compound_glossary_title_names_no_course() -> None:
    assert not could_be_course_name("Rakennusalan sanasto")
    assert not could_be_course_name("Sähköalansanasto")
    assert not could_be_course_name("Arbeitsschutzglossar")
    assert not could_be_course_name("Säkerhetsordlista")
    assert could_be_course_name("Tulityökorttikoulutus")


def test_a_weekday_after_a_dash_belongs_to_the_date_not_the_name() -> None:
    text = (
        "Pottery FAQ\nHow long is a class?\nEach class runs for three hours.\n\n"
        "Upcoming workshops\n"
        "Pottery for Beginners – Sat 6 Mar 2027 – $120\n"
        "Wheel Throwing Weekend – Fri, 12 Mar 2027 – $240\n"
    )
    result = extract(Document(body=text.encode(), page="p.txt"))
    names = sorted((r.name, r.start_date) for r in result.records if r.kind == "course")
    assert names == [
        ("Pottery for Beginners", "2027-03-06"),
        ("Wheel Throwing Weekend", "2027-03-12"),
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Sat 5 Dec 2026\n12 spots left\nBook", 12),
        ("Sat 5 Dec 2026\n12 SPOTS LEFT\nBook", 12),  # a widget's capitals
        ("Tue 8 Dec 2026\n8 seats remaining", 8),
        ("Tue 8 Dec 2026\nOnly 2 seats left", None),  # a scarcity phrase, not a bare count
        ("Tue 8 Dec 2026\nBook now", None),
    ],
)
def test_a_rows_bare_count_of_places_left(text: str, count: int | None) -> None:
    from prospectus.extract.patterns.spot_counts import plain_count

    assert plain_count(text) == count


def test_nameless_lines_under_an_also_available_heading_are_other_courses() -> None:
    """A box headed "Also available" alone lists other courses as "Title (code) · date ·
    price": a line whose title the reader cannot part from its date is another course's
    run, not the page's; "Also available online" over a date is still the page's course."""
    text = (
        "Upcoming sessions\n"
        "Forklift Operator (TLILIC0003) — Sat 6 Mar 2027 — Mackay — $690\n"
        "Also available\n"
        "Working Safely at Heights in Confined Roof Spaces (RIIWHS204E) · 12/03/2027 · $240\n"
        "Elevating Work Platform (TLILIC0005) · 20 Mar 2027 · $480\n"
    )
    ctx = ScheduleContext(
        page="p.txt", course_name="Forklift Operator (TLILIC0003)", day_first=True, source="text"
    )
    runs = find_runs(visible_from_text(text, "p.txt"), ctx)
    assert [(r.name, r.start_date) for r in runs] == [
        ("Forklift Operator (TLILIC0003)", "2027-03-06")
    ]
    online = "Forklift Theory\nAlso available online\nSat 13 Mar 2027 · $290\n"
    ctx = ScheduleContext(
        page="p.txt", course_name="Forklift Theory", day_first=True, source="text"
    )
    runs = find_runs(visible_from_text(online, "p.txt"), ctx)
    assert [(r.name, r.start_date) for r in runs] == [("Forklift Theory", "2027-03-13")]


def test_sessions_of_several_courses_under_each_towns_dates_heading() -> None:
    body = """<h1>Health &amp; safety dates – Perth and Dundee</h1><div class="acc">
    <div class="acc-head">Perth course dates</div><ul>
    <li><a href="https://safety.example.co.uk/ipaf/">IPAF Mobile Platform Operator</a> · \
<span>Tue 12th – Wed 13th January 2027</span> · <span>£395</span> <a href="#b">Book</a></li>
    <li><a href="https://safety.example.co.uk/manual/">Manual Handling Awareness</a> · \
<span>21/01/2027</span> · <span>£60</span> <a href="#b">Book</a></li></ul>
    <div class="acc-head">DUNDEE course dates</div><ul>
    <li><a href="https://safety.example.co.uk/manual/">Manual Handling Awareness</a> · \
<span>04.02.2027</span> · <span>£60.00</span> · <em>Fully booked</em> <a href="#b">Book</a></li>
    </ul></div>"""
    assert _runs(body, "name", "start_date", "price", "mode", "location", "url") == [
        (
            "IPAF Mobile Platform Operator",
            "2027-01-12",
            395.0,
            "in_person",
            "Perth",
            "https://safety.example.co.uk/ipaf/",
        ),
        (
            "Manual Handling Awareness",
            "2027-01-21",
            60.0,
            "in_person",
            "Perth",
            "https://safety.example.co.uk/manual/",
        ),
        (
            "Manual Handling Awareness",
            "2027-02-04",
            60.0,
            "in_person",
            "Dundee",
            "https://safety.example.co.uk/manual/",
        ),
    ]


def test_place_dates_headings_need_two_places_and_no_season() -> None:
    rows = "Fire Warden Training · 3 March 2027 · £95\n"
    assert place_date_rows(f"Leeds course dates\n{rows}") == {}
    assert place_date_rows(f"Spring course dates\n{rows}Summer dates\n{rows}") == {}
    york = "First Aid at Work · 9/3/2027 · £195"
    two = f"LEEDS training dates\n{rows}York – upcoming dates\n{york}\n"
    assert place_date_rows(two) == {
        "Fire Warden Training · 3 March 2027 · £95": "Leeds",
        york: "York",
    }


def test_a_dotted_row_names_its_course_before_date_and_price_not_its_place() -> None:
    def name(line: str) -> str | None:
        return priced_dotted_name(line, find_date_ranges(line, day_first=True)[0])

    assert name("Working at Height Awareness · 14/01/2027 · £120 Book") == (
        "Working at Height Awareness"
    )
    assert name("Salford Quays · 14/01/2027 · £120 Book") is None  # a place first
    assert name("Asbestos · 14/01/2027 · £120 Book") is None  # too short to tell


def test_a_format_tab_over_a_table_with_a_location_column_keeps_each_rows_town() -> None:
    """Tabs per format ("In-Person Classes" / "Live online"): the classroom tab names no
    town, so each row keeps the town its Location cell names."""
    body = """<h1>Forklift Operator Certification</h1>
    <div role="tablist"><button role="tab" aria-controls="t-room">In-Person Classes</button>\
<button role="tab" aria-controls="t-web">Live online</button></div>
    <div id="t-room" role="tabpanel"><table>
    <tr><th>Dates</th><th>Location</th><th>Price</th><th>Status</th></tr>
    <tr><td>Mar 2 – Mar 3, 2027</td><td>Spokane – Valley Yard, 40 E Main Ave</td>\
<td>$395</td><td>Open</td></tr>
    <tr><td>04/06/2027 – 04/07/2027</td><td>Yakima – Depot Hall</td><td>$395.00</td>\
<td>Sold out</td></tr></table></div>
    <div id="t-web" role="tabpanel" hidden><ul><li>May 10–11, 2027 (evenings) · $345 · Register\
</li></ul></div>"""
    assert _runs(body, "start_date", "mode", "location") == [
        ("2027-03-02", "in_person", "Spokane"),
        ("2027-04-06", "in_person", "Yakima"),
        ("2027-05-10", "online", None),
    ]


def test_one_line_program_cards_are_named_by_their_first_dotted_part() -> None:
    """An aside's one-line cards ("Name · Starts Mon 11 Jan 2027 · $6,450", "Name ·
    14/12/2026 · $850.00") are named by their own first part, not the aside's heading,
    and a dashed part of that name is no place."""
    body = """<h1>Welding glossary</h1><p>Words of the trade, from arc to zone.</p>
    <aside><h3>Start your trade</h3>\
<div class="card">Pipe Fitting – Pre-Employment · Starts Mon 11 Jan 2027 · $5,900</div>\
<div class="card">Brazing Test Prep · 14/12/2026 · $650.00</div></aside>"""
    assert _runs(body, "name", "start_date", "price", "location") == [
        ("Brazing Test Prep", "2026-12-14", 650.0, None),
        ("Pipe Fitting – Pre-Employment", "2027-01-11", 5900.0, None),
    ]


def test_an_event_portal_dump_whose_venue_sits_on_a_grid_coded_street() -> None:
    """Some cities name streets by a grid code and a number, with no house number ("KN 4
    Ave", "NE 8th St"): the town after such a street is the run's place."""
    text = """Events by Umurage Learning Hub
Upcoming (2)
MAR
3
Financial Modelling Essentials
Wed, 3 Mar 2027 09:00 AM - Fri, 5 Mar 2027 05:00 PM CAT
Umurage Tower, KN 4 Ave, Kigali
Facilitator: Grace Mukamana
Tickets from RWF 300,000
Register
APR
12
Financial Modelling Essentials
Mon, 12 Apr 2027 09:00 AM - Wed, 14 Apr 2027 05:00 PM PDT
Lakeside Plaza, NE 8th St, Bellevue
Facilitator: Grace Mukamana
Tickets from USD 900
Register
"""
    result = extract(Document(body=text.encode(), page="portal.txt"))
    courses = [r for r in result.records if r.kind == "course"]
    assert sorted((r.start_date, r.mode, r.location) for r in courses) == [
        ("2027-03-03", "in_person", "Kigali"),
        ("2027-04-12", "in_person", "Bellevue"),
    ]


def test_an_italian_edition_line_gives_the_town_before_its_lower_case_street() -> None:
    """Italian addresses write the street word in lower case, often with a particle
    ("Padova, via dei Colli 8", "Verona, piazza Bra 3"): the town before it is the place,
    not a later part of the line such as the run's status."""
    body = """<h1>Corso Preposti alla sicurezza</h1><h2>Prossime edizioni</h2><ul>
    <li><b>dal 10 al 12 marzo 2027</b> — orario 9:00–13:00 — sede: Padova, via dei Colli 8
    — docente: Ing. Marco Rossi — € 390,00 + IVA — <i>Disponibile</i></li>
    <li><b>dal 14 al 16 aprile 2027</b> — orario 9:00–13:00 — sede: Verona, piazza Bra 3
    — docente: Ing. Marco Rossi — € 390,00 + IVA — <i>Ultimi posti</i></li></ul>"""
    assert _runs(body, "start_date", "mode", "location") == [
        ("2027-03-10", "in_person", "Padova"),
        ("2027-04-14", "in_person", "Verona"),
    ]


def test_a_dashed_run_line_opening_with_a_ranges_lead_word_is_a_run_not_prose() -> None:
    """A sessions list writes each run on one long line opening with the range's own word
    ("dal … al …", "du … au …") and without hours: still a run's fields, not a sentence."""
    body = """<h1>Corso Primo Soccorso aziendale</h1><h2>Prossime edizioni</h2><ul>
    <li><b>dal 8 al 10 marzo 2027</b> — sede: Modena — docente: Dott. Luca Bianchi — € 290,00 +
    IVA — <i>Disponibile</i></li>
    <li><b>dal lunedì 12 aprile 2027 al mercoledì 14 aprile 2027</b> — sede: Parma — docente:
    Dott. Luca Bianchi — € 290,00 + IVA — <i>Ultimi posti</i></li></ul>"""
    assert _runs(body, "start_date", "end_date", "location", "price") == [
        ("2027-03-08", "2027-03-10", "Modena", 290.0),
        ("2027-04-12", "2027-04-14", "Parma", 290.0),
    ]


_ORGANISER_DUMP = (
    "Upcoming events (3)\n"
    "\n"
    "Mon, Mar 8, 2027 8:30 AM - Tue, Mar 9, 2027 4:30 PM (GMT+3)\n"
    "Records Management Fundamentals\n"
    "Plot 9 Moi Avenue, Mombasa, Kenya\n"
    "KES 24,000.00\n"
    "https://tickets.example.net/e/records-management-fundamentals-5512\n"
    "Filing plans, retention schedules and audits for office teams.\n"
    "Register\n"
    "\n"
    "Wed, Apr 14, 2027 9:00 AM - 3:00 PM (GMT+3)\n"
    "Payroll with Sage 50 – Advanced\n"
    "Kenyatta Conference Hall, Nakuru, Kenya\n"
    "KES 12,500.00 · Few tickets left\n"
    "https://tickets.example.net/e/payroll-with-sage-50--advanced-5530\n"
    "Year-end returns for people who work with Sage 50 every day.\n"
    "Register\n"
    "\n"
    "Mon, May 3, 2027 9:00 AM - Tue, May 4, 2027 4:00 PM (GMT+3)\n"
    "Records Management Fundamentals\n"
    "Online event · Zoom\n"
    "KES 20,000.00\n"
    "https://tickets.example.net/e/records-management-fundamentals-5547\n"
    "Register\n"
)


def test_an_organisers_dump_gives_each_event_its_address_line_and_its_town() -> None:
    result = extract(Document(body=_ORGANISER_DUMP.encode(), page="organiser.txt"))
    runs = sorted(
        (r.start_date, r.name, r.url, r.location, r.instructor)  # type: ignore[attr-defined]
        for r in result.records
        if r.kind == "course"
    )
    slug = "https://tickets.example.net/e/"
    assert runs == [
        (
            "2027-03-08",
            "Records Management Fundamentals",
            f"{slug}records-management-fundamentals-5512",
            "Mombasa",
            None,
        ),
        (
            "2027-04-14",
            "Payroll with Sage 50 – Advanced",
            f"{slug}payroll-with-sage-50--advanced-5530",
            "Nakuru",
            None,
        ),
        (
            "2027-05-03",
            "Records Management Fundamentals",
            f"{slug}records-management-fundamentals-5547",
            None,
            None,
        ),
    ]


def test_a_called_off_card_is_no_run_and_its_badge_no_title() -> None:
    card = (
        '<div class="card"><span class="badge">{badge}</span><h3>{date}</h3>'
        '<p class="meta">Tuesday – Thursday</p><p class="where">{place}</p>'
        '<p class="price">{price}</p><a href="#">Register</a></div>'
    )
    body = (
        "<h1>Forklift Operator Certification</h1><h2>Upcoming classes</h2>"
        + card.format(badge="Few seats left", date="Mar 2–4, 2027", place="Tulsa, OK", price="$695")
        + card.format(badge="Cancelled", date="Mar 16–18, 2027", place="Enid, OK", price="$695")
        + card.format(badge="", date="Apr 6–8, 2027", place="Tulsa, OK", price="$695")
    )
    assert _runs(body, "name", "start_date", "location") == [
        ("Forklift Operator Certification", "2027-03-02", "Tulsa"),
        ("Forklift Operator Certification", "2027-04-06", "Tulsa"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (  # the event's own page: its slug spells the name
            "Wed 3 Mar 2027\nCraft Beer Tasting\nhttps://tix.example.org/e/craft-beer-tasting-991",
            "Craft Beer Tasting",
            "https://tix.example.org/e/craft-beer-tasting-991",
        ),
        (  # a meeting's or a map's link names no course
            "Wed 3 Mar 2027\nCraft Beer Tasting\nhttps://zoom.us/j/88123456",
            "Craft Beer Tasting",
            None,
        ),
        (  # an address inside a sentence is no line of its own
            "Wed 3 Mar 2027\nCraft Beer Tasting\nSee https://x.example.org/craft-beer-tasting",
            "Craft Beer Tasting",
            None,
        ),
        ("Wed 3 Mar 2027\nhttps://tix.example.org/e/tasting-991", "Tasting", None),  # one word
        (  # the button's label glued to its address in a text dump
            "Sat 6 Mar 2027\nPottery for Beginners\nBook seatshttps://tix.example.org/pottery-beginners",
            "Pottery for Beginners",
            "https://tix.example.org/pottery-beginners",
        ),
        (  # a label set off by a colon; the slug leaves out the name's small words
            "Sat 6 Mar 2027\nIntro to Welding with MIG\nRegister: https://x.example.org/intro-welding-mig",
            "Intro to Welding with MIG",
            "https://x.example.org/intro-welding-mig",
        ),
        (  # a labelled map link names no course
            "Sat 6 Mar 2027\nPottery for Beginners\nMap: https://maps.example.org/place/12-mill-lane",
            "Pottery for Beginners",
            None,
        ),
    ],
)
def test_a_cards_own_address_line_is_its_url_where_its_slug_spells_the_name(
    text: str, name: str, expected: str | None
) -> None:
    assert card_url(text, name) == expected


def test_the_slug_tells_a_title_without_course_words_from_the_cards_other_lines() -> None:
    lines = [
        "Thu, Jun 3, 2027 9:00 AM - 5:00 PM",
        "Kitchen Knife Skills – Advanced",
        "Unit 2 Mill Lane, Leeds",
        "£85.00",
        "https://tix.example.org/e/kitchen-knife-skills--advanced-7781",
    ]
    assert slug_title(lines, [1, 2, 3, 4]) == "Kitchen Knife Skills – Advanced"
    assert slug_title(lines[:4], [1, 2, 3]) is None  # no address line: no evidence


def test_a_run_s_register_link_picking_its_date_on_the_page_is_the_page_s_url() -> None:
    """An Event's URL that is the page's own address with a query picking the run's date
    ("?start=20270308") is the run's register link: the course's URL is the page."""
    head = """<link rel="canonical" href="https://academy.example.com/training/netsec/">
    <script type="application/ld+json">{"@context": "https://schema.org",
    "@type": "EducationEvent", "name": "Network Security Bootcamp", "startDate": "2027-03-08",
    "endDate": "2027-03-12", "url": "https://academy.example.com/training/netsec/?start=20270308",
    "offers": {"@type": "Offer", "price": "1995", "priceCurrency": "USD"}}</script>"""
    body = """<h1>Network Security Bootcamp</h1><div class="cards">
    <div><h4>Mar 8–12, 2027</h4><p>Spokane, WA</p><p>$1,995</p>
    <a href="https://academy.example.com/training/netsec/?start=20270308">Register</a></div>
    <div><h4>Apr 12–16, 2027</h4><p>Live Online</p><p>$1,795</p>
    <a href="https://academy.example.com/training/netsec/?start=20270412">Register</a></div>
    </div>"""
    assert _page_runs(head, body, "start_date", "url") == [
        ("2027-03-08", "https://academy.example.com/training/netsec/"),
        ("2027-04-12", "https://academy.example.com/training/netsec/"),
    ]


def test_a_run_named_by_the_next_course_s_heading_takes_its_own_section_s_course() -> None:
    sections = {
        "2027-03-08": Section("Working at Heights Awareness", None, False),
        "2027-03-11": Section("Confined Space Entry Refresher", None, False),
    }
    run = Course(
        page="p.html", source="html", name="Confined Space Entry Refresher", start_date="2027-03-08"
    )
    named = with_section_course(run, sections, "Working at Heights Awareness", None)
    assert named.name == "Working at Heights Awareness"
    other = dataclasses.replace(run, name="Manual Handling", start_date="2027-03-11")
    assert with_section_course(other, sections, "Working at Heights Awareness", None) is other


def test_a_booking_platform_dump_lists_each_run_at_a_venue_town_and_state() -> None:
    text = """Blue Gap Outdoor Academy
Upcoming courses
Swiftwater Rescue Technician
Sat, Apr 10, 2027 – Sun, Apr 11, 2027
9:00 AM – 5:00 PM CST
Riverbend Put-In, Harrison, AR
$340.00 per person
Book now

Swiftwater Rescue Technician
5/15/2027 – 5/16/2027
9:00 AM – 5:00 PM CST
Cedar Hollow Outpost, Ponca, AR
$340.00 per person
Book now
\u00a9 2026 Blue Gap Outdoor Academy"""
    result = extract(Document(body=text.encode(), page="dump.txt"))
    runs = sorted(
        (r.name, r.start_date, r.location, r.mode) for r in result.records if r.kind == "course"
    )
    assert runs == [
        ("Swiftwater Rescue Technician", "2027-04-10", "Harrison", "in_person"),
        ("Swiftwater Rescue Technician", "2027-05-15", "Ponca", "in_person"),
    ]


def test_a_teaser_s_call_to_action_names_its_course() -> None:
    body = """<h1>Mining words explained</h1><p>Terms used on site.</p>
    <a class="back-top" href="#top">Back to top</a>
    <aside class="teaser"><h2>Start your forklift refresher</h2>
    <p>Next intake: Tue 9 Mar 2027 \u00b7 $450 per learner.</p><a href="#">Book now</a></aside>"""
    assert _runs(body, "name", "start_date", "location") == [
        ("Forklift refresher", "2027-03-09", None)
    ]


@pytest.mark.parametrize(
    ("name", "course"),
    [
        ("Start your underground induction", "Underground induction"),
        ("Book your forklift refresher.", "Forklift refresher"),
        ("Start Your Own Business", "Start Your Own Business"),  # a title's words
        ("Start your own business plan", "Start your own business plan"),
        ("Start your career in nursing", "Start your career in nursing"),
        ("Book your place", "Book your place"),
    ],
)
def test_course_in_call(name: str, course: str) -> None:
    assert course_in_call(name) == course


def test_a_german_table_names_its_trainer_column_ausbilder_and_its_street_apart() -> None:
    body = """<h1>Kranführer-Grundlehrgang</h1><table>
    <tr><th>Termin</th><th>Ort</th><th>Ausbilder/in</th><th>Gebühr</th></tr>
    <tr><td>12.04.2027 – 14.04.2027</td><td>Erfurt, Weimarer Straße 40</td>\
<td>Jana Roloff</td><td>410,00 € zzgl. MwSt.</td></tr>
    <tr><td>10.05.2027 – 12.05.2027</td><td>Dessau, Kavalierstr. 9</td>\
<td>Tim Kessler</td><td>410,00 € zzgl. MwSt.</td></tr></table>"""
    assert _runs(body, "start_date", "location", "instructor") == [
        ("2027-04-12", "Erfurt", "Jana Roloff"),
        ("2027-05-10", "Dessau", "Tim Kessler"),
    ]


def test_a_blended_place_cell_gives_the_town_of_its_classroom_part() -> None:
    body = """<h1>Site Supervisor Course</h1><table>
    <tr><th>Dates</th><th>Venue</th><th>Price</th></tr>
    <tr><td>8 Mar 2027 – 12 Mar 2027</td><td>Norwich Training Hub</td><td>£650 + VAT</td></tr>
    <tr><td>12 Apr 2027 – 16 Apr 2027</td>\
<td>Blended: theory online (4 evenings), practical in Ipswich</td><td>£620 + VAT</td></tr>
    </table>"""
    assert _runs(body, "start_date", "mode", "location") == [
        ("2027-03-08", "in_person", "Norwich"),
        ("2027-04-12", "blended", "Ipswich"),
    ]


def test_a_shop_s_required_date_option_is_a_run_at_the_product_s_price() -> None:
    body = """<script type="application/ld+json">{"@context": "https://schema.org",
    "@type": "Product", "name": "Chainsaw Maintenance Course", "sku": "CS-2",
    "url": "https://shop.example.nz/chainsaw-maintenance.html",
    "description": "One-day chainsaw course with unit standard assessment.",
    "offers": {"@type": "Offer", "price": "280.00", "priceCurrency": "NZD"}}</script>
    <h1>Chainsaw Maintenance Course</h1>
    <div class="price-box"><span class="special-price">
    <span class="price-label">Special Price</span>
    <span class="price">$280.00</span></span> <span class="old-price">
    <span class="price-label">Regular Price</span> <span class="price">$320.00</span></span></div>
    <p>All prices include GST.</p>
    <form id="product_addtocart_form" action="https://shop.example.nz/checkout/cart/add/product/7/">
    <label for="s1">Course date</label>
    <select id="s1" name="options[12]" class="product-custom-option">
    <option value="">-- Please Select --</option>
    <option value="1">Fri 26/02/2027 – Nelson</option>
    <option value="2">Friday 19 March 2027 – Motueka</option>
    <option value="3" disabled>Fri 16/04/2027 – Nelson (Sold out)</option>
    </select><button>Add to Cart</button></form>"""
    assert _runs(body, "start_date", "price", "list_price", "location") == [
        ("2027-02-26", 280.0, 320.0, "Nelson"),
        ("2027-03-19", 280.0, 320.0, "Motueka"),
        ("2027-04-16", 280.0, 320.0, "Nelson"),
    ]


def test_an_add_on_date_select_s_surcharges_are_no_prices_its_table_gives_trainers() -> None:
    body = """<script type="application/ld+json">{"@context": "https://schema.org",
    "@type": "Product", "name": "Hedge Laying Course", "sku": "HL-2",
    "url": "https://rural.example.ie/product/hedge-laying/",
    "description": "Two days of hedge laying with a certified tutor.",
    "offers": {"@type": "Offer", "price": "210.00", "priceCurrency": "EUR"}}</script>
    <h1>Hedge Laying Course</h1>
    <p class="price"><del>€240.00</del> <ins>€210.00</ins> <small>incl. VAT</small></p>
    <form class="cart" method="post"><div class="wc-pao-addon-container">
    <label>Pick a weekend</label><select class="wc-pao-addon-select" name="addon-9-date" required>
    <option value="">Select an option...</option>
    <option value="a">Sat 6 Mar 2027 – Kilkenny (+€0.00)</option>
    <option value="b" disabled>Sat 20 Mar 2027 – Carlow – sold out (+€0.00)</option>
    <option value="c">Sat 10 Apr 2027 – Kilkenny (+€0.00)</option></select></div>
    <label><input type="checkbox" name="addon-9-extras[]"> Tool hire (+€25.00)</label>
    <button name="add-to-cart">Book</button></form>
    <h3>Dates</h3><table><tr><th>Date</th><th>Venue</th><th>Tutor</th><th>Status</th></tr>
    <tr><td>06/03/2027</td><td>Castle Farm, Kilkenny</td><td>Niamh Doyle</td><td>Open</td></tr>
    <tr><td>20/03/2027</td><td>Rath Yard, Carlow</td><td>Ciaran Walsh</td><td>Sold out</td></tr>
    <tr><td>10/04/2027</td><td>Castle Farm, Kilkenny</td><td>Niamh Doyle</td><td>Open</td></tr>
    </table>"""
    assert _runs(body, "start_date", "price", "list_price", "location", "instructor") == [
        ("2027-03-06", 210.0, 240.0, "Kilkenny", "Niamh Doyle"),
        ("2027-03-20", 210.0, 240.0, "Carlow", "Ciaran Walsh"),
        ("2027-04-10", 210.0, 240.0, "Kilkenny", "Niamh Doyle"),
    ]


@pytest.mark.parametrize(
    ("label", "date"),
    [
        ("Thu 4 Feb 2027 – Leeds (+£0.00)", "Thu 4 Feb 2027 – Leeds"),
        ("4 Feb 2027 – Graz (+10,00 €)", "4 Feb 2027 – Graz"),
        ("Feb 4, 2027 (+ US$25.00)", "Feb 4, 2027"),
        ("4 Feb 2027 + €15,00", "4 Feb 2027"),
        ("4 Feb 2027 (+150 kr)", "4 Feb 2027"),
        # no amount after the plus: the label's own words
        ("Feb 4 + Feb 11", "Feb 4 + Feb 11"),
        ("4 Feb 2027 (+2 more)", "4 Feb 2027 (+2 more)"),
        ("4 Feb 2027 – £395 + VAT", "4 Feb 2027 – £395 + VAT"),
    ],
)
def test_an_option_s_add_on_surcharge_is_left_off_its_label(label: str, date: str) -> None:
    assert without_addon_price(label) == date


def test_a_date_select_outside_a_cart_form_still_needs_its_prices() -> None:
    body = """<h1>Upcoming events</h1><form action="/search">
    <select name="month"><option>March 2027</option><option>April 2027</option></select></form>"""
    assert _runs(body, "start_date") == []


@pytest.mark.parametrize(
    ("line", "glued"),
    [
        ("Similar events near BathFood Hygiene Level 2 · Feb 2, 2027 · £60Manual Handling", True),
        ("You may also like: Manual Handling · 9 Feb 2027 · £45", True),
        ("Related events: Fire Marshal · Mar 3, 2027 · $120", True),
        ("Emergency First Aid at Work · Feb 2, 2027 · £95", False),
        ("Fire Marshal refresher, similar events in Leeds · Mar 3, 2027", False),
    ],
)
def test_a_cross_sell_heading_glued_to_its_cards_marks_other_courses_dates(
    line: str, glued: bool
) -> None:
    assert glued_cross_sell(line, find_date_ranges(line)[0]) is glued


def test_a_course_accordion_s_date_count_and_more_link_are_its_name_s_and_url_s() -> None:
    row = (
        '<div class="views-row"><div class="field smart-date">{}</div>'
        '<div class="field">09:00 – 16:00</div><div class="field">Riverside Suite, Leeds</div>'
        '<div class="field">Trainer: Ann Hale</div><div class="field">{}</div>'
        '<a class="button" href="https://ex.com/book?s={}">Book</a></div>'
    )
    body = f"""<main><h1>Course calendar</h1><p>All prices per delegate, plus VAT.</p>
    <details open><summary>Manual Handling Awareness <span>(2 dates)</span></summary>
    <div class="accordion__body"><p>A half-day course on safe lifting for all staff.
    <a href="https://ex.com/training/manual-handling">More about this course</a></p>
    <div class="view"><div class="view-content">
    {row.format("Tuesday 12 January 2027", "£95.00 + VAT", 1)}
    {row.format("Tuesday 9 February 2027", "£95.00 + VAT", 2)}</div></div></div></details>
    <details><summary>Fire Marshal Training <span>(1 date)</span></summary>
    <div class="accordion__body"><p>A one-day course for appointed fire marshals.
    <a href="https://ex.com/training/fire-marshal">More about this course</a></p>
    <div class="view"><div class="view-content">
    {row.format("Thursday 4 March 2027", "£150.00 + VAT", 3)}</div></div></div></details></main>"""
    assert _runs(body, "name", "start_date", "url", "location") == [
        ("Fire Marshal Training", "2027-03-04", "https://ex.com/training/fire-marshal", "Leeds"),
        (
            "Manual Handling Awareness",
            "2027-01-12",
            "https://ex.com/training/manual-handling",
            "Leeds",
        ),
        (
            "Manual Handling Awareness",
            "2027-02-09",
            "https://ex.com/training/manual-handling",
            "Leeds",
        ),
    ]


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Manual Handling Awareness (3 dates)", "Manual Handling Awareness"),
        ("Erste Hilfe Grundkurs (4 Termine)", "Erste Hilfe Grundkurs"),
        ("Veilig werken op hoogte (2 data)", "Veilig werken op hoogte"),
        ("Fire Warden [5 upcoming dates]", "Fire Warden"),
        ("Driving Lessons (10 sessions)", "Driving Lessons (10 sessions)"),  # a package's
        ("Excel (Level 2)", "Excel (Level 2)"),
    ],
)
def test_a_heading_s_count_of_dates_is_no_part_of_the_name(name: str, bare: str) -> None:
    assert without_date_count(name) == bare


def test_a_run_s_shift_relator_and_branch_line_gives_its_town_and_trainer() -> None:
    """A Spanish run line: the shift and its hours ("Diurno 08:30 a 17:30"), the branch with
    its address in brackets, then "Relator: …" (the trainer); the status beside the price."""
    body = """<h1>Curso de Operador de Grúa</h1><h3>Próximas fechas</h3><ul>
    <li><span>Del 9 al 13 de agosto de 2027</span>\
<span>Matutino 08:00 a 13:00 · Sede Temuco (Av. Alemania 310, Temuco) · Relator: Ana Soto</span>\
<span>$120.000</span> <span>¡Últimos cupos!</span></li>
    <li><span>Del 6 al 17 de septiembre de 2027</span>\
<span>Vespertino 18:00 a 22:00 · Sede Osorno (Mackenna 88, Osorno) · Relatora: Inés Vera</span>\
<span>$120.000</span> <span>Inscripciones abiertas</span></li></ul>"""
    assert _runs(body, "start_date", "location", "instructor", "availability") == [
        ("2027-08-09", "Temuco", "Ana Soto", "LimitedAvailability"),
        ("2027-09-06", "Osorno", "Inés Vera", None),
    ]


def test_a_run_header_of_a_date_and_a_two_word_town_is_no_byline() -> None:
    # "date · Two Words" reads like a post's byline; the place field below names the town
    text = (
        "Chainsaw Safety\n"
        "2027-03-13 · Port Hardy\n"
        "Time: 8:00 am – 4:00 pm\n"
        "Location: Harbour Community Hall, 12 Main Street, Port Hardy\n"
        "Fee: $240 + GST\n"
        "Register\n"
        "2027-04-10 · Kelowna · 2 seats left\n"
        "Time: 8:00 am – 4:00 pm\n"
        "Location: Valley Rooms, 88 Lake Avenue, Kelowna\n"
        "Fee: $240 + GST\n"
        "Register\n"
    )
    runs = _dump_runs(text, course_name="Chainsaw Safety", default_currency="CAD")
    assert sorted((r.start_date, r.location, r.price) for r in runs) == [
        ("2027-03-13", "Port Hardy", 240.0),
        ("2027-04-10", "Kelowna", 240.0),
    ]


def test_a_dated_byline_stays_no_run() -> None:
    text = "Blog\n12 March 2027 · Jane Smith\nWhy first aid refreshers matter\nRead more\n"
    ctx = ScheduleContext(page="p.txt", course_name=None, default_currency="GBP")
    assert find_runs(visible_from_text(text, "p.txt"), ctx) == []


def test_a_dumped_store_names_each_session_block_by_the_course_title_above_it() -> None:
    """A booking engine's catalogue as a text dump: each product's title, its notes and
    bullets, then a "Select a date" list of session blocks; every block is its title's."""
    text = """Kestrel Bay Sailing School
Sailing Courses
RYA Competent Crew Course
Duration: 5 days
Live aboard and learn the ropes on a 36 ft yacht.
From NZD $1,150.00
What's included
  • All meals aboard
  • RYA logbook and certificate
Select a date
Mon 1 Mar 2027 - Fri 5 Mar 2027
9:00 AM · Picton Marina
NZD $1,150.00 per person
Book now
Mon 12 Apr 2027 - Fri 16 Apr 2027
9:00 AM · Picton Marina
NZD $1,150.00 per person
Only 1 seat left
RYA Day Skipper Practical
Duration: 5 days
Skipper the yacht on short passages.
Select a date
Mon 3 May 2027 - Fri 7 May 2027
9:00 AM · Picton Marina
NZD $1,390.00 per person
Book now
"""
    runs = _dump_runs(text, course_name="Sailing Courses", source="text")
    assert sorted((r.name, r.start_date, r.price) for r in runs) == [
        ("RYA Competent Crew Course", "2027-03-01", 1150.0),
        ("RYA Competent Crew Course", "2027-04-12", 1150.0),
        ("RYA Day Skipper Practical", "2027-05-03", 1390.0),
    ]


def test_a_dumped_catalogue_s_title_over_its_description_names_its_blocks() -> None:
    """A no-code app's repeating group dumped as text: each cell's title, its description,
    its status and its session's lines.  A title is a title over its description whatever
    its words; a block's "CANCELLED" badge (read on from the full block above, which has no
    button to end it) is none."""
    text = """Harmattan Skills Centre
Upcoming trainings
Bookkeeping for Market Traders
Simple books for a stall or a shop: cash book, stock, credit sales and month-end.
FULL
Tue 2 Mar 2027 - Thu 4 Mar 2027
9:00am - 3:00pm
Centre Hall, Zongo Road, Tamale
Facilitator: Ama Owusu
Fee: GHS 700.00

Pricing Crafts for Export Buyers
How to cost materials and hours, quote in dollars and survive a buyer's first order.
CANCELLED
16/03/2027 - 17/03/2027
9:00am - 3:00pm
Centre Hall, Zongo Road, Tamale
Facilitator: Kojo Mensah
Fee: GHS 450.00

Bookkeeping for Market Traders
Simple books for a stall or a shop: cash book, stock, credit sales and month-end.
Open
Tue 6 Apr 2027 - Thu 8 Apr 2027
9:00am - 3:00pm
Centre Hall, Zongo Road, Tamale
Facilitator: Ama Owusu
Fee: GHS 700.00
Register

Pricing Crafts for Export Buyers
How to cost materials and hours, quote in dollars and survive a buyer's first order.
Open
20/04/2027 - 21/04/2027
9:00am - 3:00pm
Centre Hall, Zongo Road, Tamale
Facilitator: Kojo Mensah
Fee: GHS 450.00
Register
"""
    runs = _dump_runs(text, course_name=None, source="text")
    named = {(r.name, r.start_date) for r in runs}
    assert named >= {
        ("Bookkeeping for Market Traders", "2027-03-02"),
        ("Bookkeeping for Market Traders", "2027-04-06"),
        ("Pricing Crafts for Export Buyers", "2027-04-20"),
    }
    assert {name for name, _ in named} == {
        "Bookkeeping for Market Traders",
        "Pricing Crafts for Export Buyers",
    }


def test_a_section_label_over_its_text_is_no_dumped_block_s_title() -> None:
    """A store page's "Meeting point" over its directions, then "Select a date": a label
    over its text, not a cell's title over its description and its sessions."""
    text = """Kestrel Bay Sailing School
RYA Competent Crew Course
Live aboard and learn the ropes on a 36 ft yacht.
From NZD $1,150.00
Meeting point
Day 1: Picton Marina, pontoon B, at 9:00 AM. Bring soft bags only and wet weather gear.
Select a date
Mon 1 Mar 2027 - Fri 5 Mar 2027
9:00 AM · Picton Marina
NZD $1,150.00 per person
Book now
RYA Day Skipper Practical
Skipper the yacht on short passages.
Select a date
Mon 3 May 2027 - Fri 7 May 2027
9:00 AM · Picton Marina
NZD $1,390.00 per person
Book now
"""
    runs = _dump_runs(text, course_name="Sailing Courses", source="text")
    assert sorted((r.name, r.start_date) for r in runs) == [
        ("RYA Competent Crew Course", "2027-03-01"),
        ("RYA Day Skipper Practical", "2027-05-03"),
    ]


def test_a_dumped_page_of_one_course_keeps_its_own_name_for_its_sessions() -> None:
    """One title above every session block: the page's course names them as before."""
    text = """Harbour First Aid
Emergency First Aid at Work Course
Select a date
Tue 2 Mar 2027
9:00 AM · Nelson
NZD $180.00 per person
Tue 6 Apr 2027
9:00 AM · Nelson
NZD $180.00 per person
"""
    runs = _dump_runs(text, course_name="First Aid Courses", source="text")
    assert {r.name for r in runs} == {"First Aid Courses"}


def test_a_dumped_was_price_beside_the_sale_price_on_one_line() -> None:
    """A shop's struck price lost in a text dump: "AUD $420.00 AUD $380.00 per person"."""
    text = """Rope Access Level 1
Mon 1 Mar 2027 - Fri 5 Mar 2027
8:00 AM · Townsville
AUD $420.00 AUD $380.00 per person
Mon 3 May 2027 - Fri 7 May 2027
8:00 AM · Townsville
AUD $420.00 per person
"""
    ctx = ScheduleContext(
        page="p.txt", course_name="Rope Access Level 1", default_currency="AUD", source="text"
    )
    runs = find_runs(visible_from_text(text, "p.txt"), ctx)
    assert sorted((r.start_date, r.price, r.list_price) for r in runs) == [
        ("2027-03-01", 380.0, 420.0),
        ("2027-05-03", 420.0, None),
    ]


def test_a_dumped_blocks_own_venue_or_status_line_names_no_course() -> None:
    """Capitals in a session block's venue ("Leeds – LS1 Tower, IT Suite") or status ("SOLD
    OUT") make no course title for the block after it: one course, the page's name."""
    text = """Cyber Security Bootcamp
Upcoming cohorts
Cohort 3 · Weekend
Mar 6 – May 29, 2027
Leeds – LS1 Tower, IT Suite
£2,900
SOLD OUT
Cohort 4 · Evenings
Jun 1 – Aug 24, 2027
Live online via Zoom
£2,900
"""
    runs = _dump_runs(text, course_name="Cyber Security Bootcamp", source="text")
    assert {r.name for r in runs} == {"Cyber Security Bootcamp"}


def _edition(label: str, dates: str, venue: str, price: str, status: str) -> str:
    return (
        f"<div class='edition'><h4>{label}</h4><p><b>Dates:</b> {dates}</p>"
        f"<p><b>Venue:</b> {venue}</p><p><b>Trainer:</b> Ann Lee</p>"
        f"<p><b>Price:</b> <strong>{price}</strong></p><p>{status}</p></div>"
    )


def test_runs_headed_by_their_labels_are_runs_of_the_course_heading_above() -> None:
    body = (
        "<h1>Upcoming dates – accredited training in Leeds</h1>"
        "<div role='tablist'><button role='tab' aria-controls='p1'>Train the Trainer</button>"
        "<button role='tab' aria-controls='p2'>First Aid</button>"
        "<button role='tab' aria-controls='p3'>Terms and payment</button></div>"
        "<div id='p1' role='tabpanel'>"
        "<h2><a href='https://example.org/courses/ttt'>Train the Trainer Certificate (TTT)</a></h2>"
        "<p>A 90-hour course for new trainers.</p>"
        + _edition(
            "Edition 31 · Evenings",
            "7 December 2026 to 22 January 2027",
            "In person – Leeds",
            "£390",
            "Open for booking",
        )
        + _edition(
            "Edition 32 · Live online",
            "11/01/2027 to 19/02/2027",
            "Live online (Zoom)",
            "£350",
            "Last few places",
        )
        + _edition(
            "Edition 33 · Weekends",
            "1 to 26 March 2027",
            "In person – York",
            "£370",
            "Open for booking",
        )
        + "</div><div id='p2' role='tabpanel' style='display:none'>"
        "<h2><a href='https://example.org/courses/first-aid'>Emergency First Aid at Work</a></h2>"
        "<p>One day, with CPR practice.</p>"
        + _edition(
            "December class", "14 December 2026", "In person – Leeds", "£95", "Open for booking"
        )
        + _edition("Weekend class", "23 January 2027", "In person – Hull", "£95", "Fully booked")
        + "</div><div id='p3' role='tabpanel' style='display:none'><h2>Terms and payment</h2>"
        "<p>Deposit £50 on booking.</p></div>"
    )
    assert _runs(body, "name", "start_date", "url", "location", "mode") == [
        (
            "Emergency First Aid at Work",
            "2026-12-14",
            "https://example.org/courses/first-aid",
            "Leeds",
            "in_person",
        ),
        (
            "Emergency First Aid at Work",
            "2027-01-23",
            "https://example.org/courses/first-aid",
            "Hull",
            "in_person",
        ),
        (
            "Train the Trainer Certificate (TTT)",
            "2026-12-07",
            "https://example.org/courses/ttt",
            "Leeds",
            "in_person",
        ),
        (
            "Train the Trainer Certificate (TTT)",
            "2027-01-11",
            "https://example.org/courses/ttt",
            None,
            "online",
        ),
        (
            "Train the Trainer Certificate (TTT)",
            "2027-03-01",
            "https://example.org/courses/ttt",
            "York",
            "in_person",
        ),
    ]


@pytest.mark.parametrize(
    "label",
    [
        "Edição 31 · Pós-laboral",
        "Turma de fim de semana",
        "Turma de fevereiro",
        "Edición 12 · Fin de semana",
        "Edição 4 · Laboral",
    ],
)
def test_portuguese_and_spanish_editions_and_classes_are_run_labels(label: str) -> None:
    assert is_run_label(label)


@pytest.mark.parametrize(
    "title", ["Curso de Excel", "Formação de Formadores", "Gestão de Conflitos"]
)
def test_a_course_with_a_joining_word_is_no_run_label(title: str) -> None:
    assert not is_run_label(title)


def test_a_tab_whose_runs_are_at_two_places_of_their_own_names_no_place() -> None:
    places = {"2026-12-07": "First Aid", "2027-01-11": "First Aid", "2027-02-01": "Leeds"}
    located = {"2026-12-07": "York", "2027-01-11": "Hull", "2027-02-01": "Leeds"}
    assert without_mixed_places(places, located) == {"2027-02-01": "Leeds"}


def test_a_postponed_badge_over_a_card_is_no_place() -> None:
    card = (
        "<div class='card'><span class='badge'>{badge}</span>"
        "<h3><a href='/c/avalanche-1'>Avalanche Skills Level 1</a></h3><p>{date}</p>"
        "<p>Bend, OR · Mt Bachelor Lodge</p><p>Lead instructor: Ann Lee</p>"
        "<p>$320 per person</p><a href='/c/avalanche-1#register'>Register</a></div>"
    )
    body = "<h1>Winter courses</h1>" + "".join(
        card.format(badge=b, date=d)
        for b, d in (("Open", "Jan 9–10, 2027"), ("Postponed – new date TBA", "Feb 6–7, 2027"))
    )
    assert _runs(body, "start_date", "location") == [
        ("2027-01-09", "Bend"),
        ("2027-02-06", "Bend"),
    ]


def test_a_tab_whose_label_is_part_of_its_runs_name_names_no_place() -> None:
    places = {"2027-03-02": "Forklift", "2027-04-06": "Forklift", "2027-05-04": "Leeds"}
    named = {
        "2027-03-02": "Forklift Operator (Counterbalance)",
        "2027-05-04": "Manual Handling Trainer",
    }
    assert without_course_tabs(places, named) == {"2027-05-04": "Leeds"}


def test_cross_sell_card_titles_with_commas_in_a_row_keep_their_own_runs() -> None:
    """A card title listing subjects with commas ("Fire, Evacuation and …") is the next
    card's title, not a line of the card above: each card keeps its own name."""
    body = """<h1>Scaffold Inspection</h1><h2>You may also like</h2>
    <div><h3>Working at Height Awareness</h3><p>Next: Tue 12 Jan 2027</p><p>£145 + VAT</p></div>
    <div><h3>Fire Safety, Evacuation and Fire Marshal Course</h3>
    <p>Half day, 3 Feb 2027</p><p>£85</p></div>
    <div><h3>Manual Handling Training</h3><p>Next: 9 Mar 2027</p><p>£70 + VAT</p></div>"""
    assert _runs(body, "name", "start_date") == [
        ("Fire Safety, Evacuation and Fire Marshal Course", "2027-02-03"),
        ("Manual Handling Training", "2027-03-09"),
        ("Working at Height Awareness", "2027-01-12"),
    ]


def test_a_venue_with_its_street_address_below_a_date_is_not_the_course_name() -> None:
    """Session cards whose long title (over the card's word limit) sits above a date range,
    with the venue and its street address below: the title names the run, not the venue."""
    card = """<li><p class="chip">{chip}</p>
    <h3><a href="/sessions/{slug}">{title}</a></h3><p>{date} · 9:00am – 4:00pm</p>
    <p>Riverside Safety training room, 22 Mill St, Bathurst</p><p>Face-to-face</p>
    <p>Trainer: Dana Ruiz</p><p>$195</p><p>Book now</p></li>"""
    long_title = "Certificate in Working Safely at Heights and in Confined Spaces Course"
    body = (
        "<h1>Upcoming sessions</h1><ul>"
        + "".join(
            card.format(chip=chip, slug=slug, title=title, date=date)
            for chip, slug, title, date in (
                ("TUE 9 Feb", "a", "Confined Space Entry Course", "Tue 9 Feb 2027"),
                (
                    "MON 15 Feb",
                    "b",
                    long_title,
                    "Monday 15 February 2027 – Tuesday 16 February 2027",
                ),
                ("FRI 26 Feb", "c", long_title, "Fri 26 Feb – Mon 1 Mar 2027"),
            )
        )
        + "</ul>"
    )
    assert _runs(body, "name", "start_date", "end_date", "location") == [
        (
            "Certificate in Working Safely at Heights and in Confined Spaces Course",
            "2027-02-15",
            "2027-02-16",
            "Bathurst",
        ),
        (
            "Certificate in Working Safely at Heights and in Confined Spaces Course",
            "2027-02-26",
            "2027-03-01",
            "Bathurst",
        ),
        ("Confined Space Entry Course", "2027-02-09", "2027-02-09", "Bathurst"),
    ]


def test_a_shop_item_s_title_ends_on_its_run_s_dates() -> None:
    def name(line: str) -> str | None:
        return titled_date_name(line, find_date_ranges(line, day_first=True)[0])

    assert name("Sage Payroll Essentials – Sat 6 Mar & Sat 13 Mar 2027") == (
        "Sage Payroll Essentials"
    )
    assert name("Xero Online Accounting | 08/03/2027 – 19/03/2027") == "Xero Online Accounting"
    assert name("Certificate in Spreadsheets: Monday 1 March 2027") == (
        "Certificate in Spreadsheets"
    )
    assert name("Upcoming Course Dates – 6 March 2027") is None  # a heading
    assert name("Bridge Street Campus – 6 March 2027") is None  # a venue
    assert name("Maria K., Rotterdam – 6 March 2027") is None  # a review's signature
    assert name("Live Online – 6 March 2027") is None  # a format
    assert name("Sage Payroll Essentials – 6 March 2027 – Castries") is None  # more after it


def test_a_dump_of_shop_items_titled_with_their_dates() -> None:
    text = (
        "Computer classes in Castries, Saint Lucia\n"
        "Classes — March to May 2027\n"
        "Sage Payroll Essentials – Sat 6 Mar & Sat 13 Mar 2027\n"
        "Two Saturdays, 9am–3pm. Payslips, deductions and year-end.\n"
        "Castries lab, Bridge Street · Tutor: Ann Joseph\n"
        "EC$300.00\nAdd to cart\n\n"
        "Spreadsheets with Excel | 08/03/2027 – 19/03/2027\n"
        "Ten evenings. Formulas, tables and charts.\n"
        "Castries lab, Bridge Street · Tutor: Paul Felix\n"
        "EC$550.00Sold out\n"
    )
    visible = visible_from_text(text, "shop.txt")
    ctx = ScheduleContext(page="shop.txt", course_name=None, default_currency="XCD")
    runs = find_runs(visible, ctx)
    assert sorted((r.name, r.start_date, r.end_date, r.location, r.instructor) for r in runs) == [
        ("Sage Payroll Essentials", "2027-03-06", "2027-03-13", "Castries", "Ann Joseph"),
        ("Spreadsheets with Excel", "2027-03-08", "2027-03-19", "Castries", "Paul Felix"),
    ]
    elsewhere = text.replace("Computer classes in Castries, Saint Lucia\n", "")
    runs = find_runs(visible_from_text(elsewhere, "shop.txt"), ctx)
    assert [r.location for r in runs] == [None, None]  # no town the page places anything in


def test_a_line_listing_several_courses_next_runs() -> None:
    line = (
        "Next intakes: Dive Master programme 11 January – 5 March 2027 (N$18,000) · "
        "Open Water course 8–12 March 2027 (N$6,500)"
    )
    runs = inline_runs(line, find_date_ranges(line, day_first=True))
    assert [(r.name, r.match.dates.start, r.match.dates.end) for r in runs] == [
        ("Dive Master programme", "2027-01-11", "2027-03-05"),
        ("Open Water course", "2027-03-08", "2027-03-12"),
    ]
    unpriced = "Open days: Windhoek 11 January 2027 · Walvis Bay 8 March 2027"
    assert inline_runs(unpriced, find_date_ranges(unpriced, day_first=True)) == []


def test_a_cards_grid_with_a_status_badge_after_its_place_tag() -> None:
    card = (
        '<div class="card"><div class="top"><span class="tag">In person · {town}, ME</span>'
        '<span class="badge">{badge}</span></div><h3><a href="/c/{slug}">{title}</a></h3>'
        "<div>{date}</div><div>{venue}, {town}, ME</div><div>Instructor: Capt. {who}</div>"
        '<div>${price}</div><a href="/r">{button}</a></div>'
    )
    rows = [
        ("Portland", "Open", "mm", "Master Mariner (Unlimited)", "Mar 1–5, 2027",
         "Pier 9 classroom", "Jo Reyes", "1,200", "Register"),
        ("Rockland", "Sold Out", "rr", "Radio Operator (Restricted)", "Apr 12–14, 2027",
         "Harbor Hall", "Ana Weiss", "450", "Join waitlist"),
        ("Portland", "Postponed", "mm", "Master Mariner (Unlimited)", "May 3–7, 2027",
         "Pier 9 classroom", "Jo Reyes", "1,200", "Get notified"),
        ("Rockland", "Open", "rr", "Radio Operator (Restricted)", "Jun 7–9, 2027",
         "Harbor Hall", "Ana Weiss", "450", "Register"),
    ]  # fmt: skip
    keys = ("town", "badge", "slug", "title", "date", "venue", "who", "price", "button")
    body = (
        "<h1>Upcoming sessions</h1><div class='grid'>"
        + "".join(card.format(**dict(zip(keys, row, strict=True))) for row in rows)
        + "</div>"
    )
    assert _runs(body, "name", "start_date", "location", "instructor") == [
        ("Master Mariner (Unlimited)", "2027-03-01", "Portland", "Capt. Jo Reyes"),
        ("Master Mariner (Unlimited)", "2027-05-03", "Portland", "Capt. Jo Reyes"),
        ("Radio Operator (Restricted)", "2027-04-12", "Rockland", "Capt. Ana Weiss"),
        ("Radio Operator (Restricted)", "2027-06-07", "Rockland", "Capt. Ana Weiss"),
    ]


_TIMETABLE_DUMP = """Kafue Safety Institute, Kabwe, Zambia
Event
Date
Time
Venue
Forklift Safety Course
Tue 12 Jan 2027 - Thu 14 Jan 2027
08:00 - 16:00
Mulungushi Training Hall, Freedom Way, Kabwe
Trainer: Mrs. Mutale Zulu
Fee: K2,100
Book now

Fire Marshal Training
Wednesday, 3 February 2027
09:00 - 15:30
Kapiri Council Chambers, Kapiri Mposhi
Trainer: Mr. Bwalya Mwape
Fee: K850
FULLY BOOKED

Forklift Safety Course
18/03/2027 - 20/03/2027
08:00 - 16:00
Mulungushi Training Hall, Freedom Way, Kabwe
Trainer: Mrs. Mutale Zulu
Fee: ZMW 2,100.00
Book now
"""


def test_a_timetable_dumps_blocks_end_at_their_status_and_keep_their_own_titles() -> None:
    # "K2,100" is priced on a kwacha page, so a block ends at its status line: the next
    # block keeps its title; the column header above the first block is no venue, the
    # venue line of a block no dateless course
    result = extract(Document(body=_TIMETABLE_DUMP.encode(), page="timetable.txt"))
    assert [
        (r.name, r.start_date, r.price, r.location, r.availability)
        for r in result.records
        if r.kind == "course"
    ] == [
        ("Forklift Safety Course", "2027-01-12", 2100.0, "Kabwe", "InStock"),
        ("Fire Marshal Training", "2027-02-03", 850.0, "Kapiri Mposhi", "SoldOut"),
        ("Forklift Safety Course", "2027-03-18", 2100.0, "Kabwe", "InStock"),
    ]


def test_an_agenda_date_tile_is_no_run_of_its_own() -> None:
    # "3 MAR WED" / title / status / the run's own date line: one run, titled
    body = """<h2>March 2027</h2>
    <div class="ev"><div class="tile">3 MAR WED</div><h3>Confined Space Entry – Beaumont</h3>
    <div>Sold out</div><div>March 3, 2027 – March 4, 2027 · 7:00 am – 3:00 pm CT</div>
    <div>Lamar Training Center, Beaumont</div><div>Ticket: $450 per student</div>
    <a href="/e/1">Details</a></div>"""
    assert _runs(body, "name", "start_date", "end_date", "availability") == [
        ("Confined Space Entry – Beaumont", "2027-03-03", "2027-03-04", "SoldOut")
    ]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Working at Heights Refresher — Feb 9, 2027 — $185", "Working at Heights Refresher"),
        ("Site Safety Induction — 03/02/2027 — $60", "Site Safety Induction"),
        ("Salford Quays — 08/01/2027 — £85", None),  # a place first
    ],
)
def test_a_one_line_teaser_with_dashes_names_its_course(line: str, name: str | None) -> None:
    (date,) = find_date_ranges(line, day_first=False)
    assert priced_dotted_name(line, date) == name


def test_a_date_tile_right_above_its_runs_date_is_no_title() -> None:
    tiles = "".join(
        f"""<div class="ev"><div class="tile">{tile}</div><div>{day} @ 9:00 am - 1:00 pm</div>
        <h3>{name}</h3><div>Athlone Enterprise Centre, Athlone</div><div>{price}</div></div>"""
        for tile, day, name, price in (
            ("FEB 9", "February 9", "Abrasive Wheels Training", "€140"),
            ("FEB 23", "February 23", "Manual Handling Training", "€95"),
        )
    )
    assert _runs(f"<h2>February 2027</h2>{tiles}", "name", "start_date") == [
        ("Abrasive Wheels Training", "2027-02-09"),
        ("Manual Handling Training", "2027-02-23"),
    ]


def test_month_titled_accordion_panels_are_no_course_panels() -> None:
    """An accordion of months ("March 2027" with its count, "2 classes", in the toggle): each
    panel holds several courses' runs, so a month names no course's panel."""
    html = """<div class="calendar">
    <button aria-expanded="true"><span>March 2027</span><span>2 classes</span></button>
    <div><p>Forklift Safety Refresher</p><p>Tue 9 Mar 2027</p>
    <p>Working at Heights</p><p>Thu 18 Mar 2027</p></div>
    <button aria-expanded="false"><span>April 2027</span><span>1 class</span></button>
    <div><p>Forklift Safety Refresher</p><p>Tue 13 Apr 2027</p></div></div>"""
    assert course_panels(LexborHTMLParser(html), None) == {}


@pytest.mark.parametrize(
    ("heading", "names"),
    [
        ("March 2027", False),
        ("January 20272 classes", False),  # a count glued to the year
        ("Sept. 2026 intake", False),
        ("Forklift Safety Refresher", True),
        ("March Hare Storytelling Workshop", True),  # a month's word, no year after it
    ],
)
def test_a_heading_opening_with_a_month_and_its_year_names_no_course(
    heading: str, names: bool
) -> None:
    """The shared test of a heading over one course's runs (tables' sections, panels): a
    month and its year open a month's group of any course's runs."""
    assert names_course(heading) is names


@pytest.mark.parametrize(
    "heading", ["Other welding courses", "Related products", "Productos relacionados"]
)
def test_rows_under_a_cross_sell_heading_naming_its_field_are_other_courses(heading: str) -> None:
    """A cross-sell box headed by its field ("Other welding courses") or a shop's box of
    related products: its rows' dates are other courses', even where a row's title has no
    course word to read it by."""
    body = f"""<h1>MIG Welding Basics</h1><div class="run"><p>Sat 6 March 2027</p>
    <p>Workshop 2, Leeds</p><p>£240 + VAT</p><a href="/book">Book</a></div>
    <h2>{heading}</h2><div class="grid">
    <div class="card"><a href="/c/tig">Pipe Fitting (3G, 4G)</a><span>Sat 13 Mar 2027</span>
    <span>£310 + VAT</span><a href="/c/tig">View course</a></div>
    <div class="card"><a href="/c/arc">Stick Welder</a><span>20/03/2027</span>
    <span>£280.00 + VAT</span><a href="/c/arc">View course</a></div></div>"""
    runs = _runs(body, "name", "start_date")
    assert ("MIG Welding Basics", "2027-03-06") in runs
    # the rows' dates: none the page's course's, nor the heading's (a row may keep its own)
    others = {name for name, start in runs if start != "2027-03-06"}
    assert others <= {"Pipe Fitting (3G, 4G)", "Stick Welder"}


def test_a_card_s_tag_line_over_its_status_badge_gives_its_format_and_place() -> None:
    """Cards of a tag line ("In person · Town, ST"), a status badge, the title and the date:
    the tag is the card's, its place the run's where the venue line names no town."""
    card = """<div class="card"><div class="tag">{}</div><div class="badge">{}</div>
    <a href="/c/{}"><h3>{}</h3></a><div>{}</div><div>8:00 AM – 4:00 PM</div><div>{}</div>
    <div>Instructor: Lee Park</div><div>$240</div><a href="#">Register</a></div>"""
    cards = [
        ("In person · Laramie, WY", "Sold Out", "rig", "Rigging Basics", "Feb 3, 2027", "Elk Hut"),
        ("Live Online (MT)", "Open", "hoist", "Hoist Safety", "Feb 10, 2027", "Zoom link"),
        ("In person · Cody, WY", "Open", "rig", "Rigging Basics", "Mar 3, 2027", "County Barn"),
    ]
    body = "<h1>Upcoming classes</h1>" + "".join(card.format(*values) for values in cards)
    assert _runs(body, "name", "start_date", "mode", "location", "availability") == [
        ("Hoist Safety", "2027-02-10", "online", None, "InStock"),
        ("Rigging Basics", "2027-02-03", "in_person", "Laramie", "SoldOut"),
        ("Rigging Basics", "2027-03-03", "in_person", "Cody", "InStock"),
    ]


def test_a_status_badge_glued_onto_the_place_tag_s_line_is_no_part_of_the_town() -> None:
    """Inline tag and badge run on as one line ("In person · Moab, UT Available"): the
    words after the region that read as a status, in any language, are the badge's."""
    card = """<div class="card"><span class="tag">In person · {}</span><span class="badge">{}</span>
    <h3><a href="/c/{}">{}</a></h3><p>{}</p><p>Instructor: Lee Park</p><p>$240</p></div>"""
    cards = [
        ("Moab, UT", "Available", "rope", "Rope Access Level 1", "Feb 3, 2027"),
        ("Ogden, UT", "Plazas disponibles", "rope", "Rope Access Level 1", "Mar 3, 2027"),
        ("Provo, UT", "Last 2 seats", "rope", "Rope Access Level 1", "Apr 7, 2027"),
    ]
    body = "<h1>Upcoming classes</h1>" + "".join(card.format(*values) for values in cards)
    assert _runs(body, "start_date", "location", "availability") == [
        ("2027-02-03", "Moab", "InStock"),
        ("2027-03-03", "Ogden", "InStock"),
        ("2027-04-07", "Provo", "LimitedAvailability"),
    ]


def test_portuguese_labelled_rows_give_the_run_s_town_price_and_status() -> None:
    """A definition list per run whose labels are Portuguese ("Local", "Investimento",
    "Situação"): each names its field, and a place ends with its town and state's code
    after a slash ("…, Maringá/PR")."""
    row = """<dl><dt>Curso</dt><dd><a href="/cursos/{slug}">{title}</a></dd><dt>Data</dt>
    <dd>{date}</dd><dt>Local</dt><dd>{place}</dd><dt>Investimento</dt><dd>R$ {price}</dd>
    <dt>Situação</dt><dd>{status}</dd></dl>"""
    rows = [
        ("primeiros", "Primeiros Socorros", "02/08/2027", "Av. Brasil, 455 – Zona 7, Maringá/PR",
         "390,00", "Vagas abertas"),
        ("brigada", "Brigada de Incêndio – Nível Básico", "16/08/2027",
         "Rua Halfeld, 80 - Juiz de Fora/MG", "520,00", "Últimas 3 vagas"),
    ]  # fmt: skip
    body = "<h1>Agenda de turmas</h1>" + "".join(
        row.format(slug=slug, title=title, date=date, place=place, price=price, status=status)
        for slug, title, date, place, price, status in rows
    )
    assert _runs(body, "name", "start_date", "location", "availability") == [
        ("Brigada de Incêndio – Nível Básico", "2027-08-16", "Juiz de Fora", "LimitedAvailability"),
        ("Primeiros Socorros", "2027-08-02", "Maringá", "InStock"),
    ]


def _class_rows(place: str) -> str:
    """A month list of class rows (title link, date, place line, price, status)."""
    row = (
        "<div class='row'><div><a href='https://drills.example.ca/c/{slug}'>{title}</a></div>"
        "<div>{date}</div><div>{place}</div><div>Instructor: Mara Quill</div>"
        "<div>$210 + HST</div><div>Open</div></div>"
    )
    return "<h1>Class list</h1><p>All prices plus HST.</p>" + "".join(
        row.format(slug=slug, title=title, date=date, place=place)
        for slug, title, date in (
            ("rigging", "Rigging Fundamentals", "February 3, 2027"),
            ("scaffold", "Scaffold User Safety", "2027-02-17"),
        )
    )


def test_a_town_and_province_after_a_venue_is_the_run_s_town_not_the_venue_s_first_word() -> None:
    # "Kestrel County Arena": a venue named after its county; the town comes after it
    body = _class_rows("Kestrel County Arena · Port Hollis, NS")
    assert _runs(body, "start_date", "location", "mode") == [
        ("2027-02-03", "Port Hollis", "in_person"),
        ("2027-02-17", "Port Hollis", "in_person"),
    ]
    # without a town after it, the venue still gives its first word as the town
    body = _class_rows("Kestrel County Wellness Centre")
    assert _runs(body, "location") == [("Kestrel",), ("Kestrel",)]


def test_a_venue_s_note_that_puts_one_part_online_makes_the_run_blended() -> None:
    body = _class_rows("Millbrook Legion Hall (practical day; reading done online) · Dunmore, NB")
    assert _runs(body, "start_date", "location", "mode") == [
        ("2027-02-03", "Dunmore", "blended"),
        ("2027-02-17", "Dunmore", "blended"),
    ]
    # a note that is only a format is no second part: the run is online, no place
    body = _class_rows("Live stream (online) · evenings")
    assert _runs(body, "location", "mode") == [(None, "online"), (None, "online")]


def test_a_sale_or_offer_badge_between_a_cards_title_and_date_is_not_its_name() -> None:
    """Cards of a title, a badge ("Summer sale", "Spring offer") and a date: the badge is an
    offer's, its one word before "sale"/"offer" naming the season; the title above names the run."""
    text = (
        "Upcoming sessions\n"
        "Pressure Washer Operator Course\nSummer sale\nJune 8, 2027\nRiverside Yard, Hull\n"
        "$120 (was $160)\nBook now\n\n"
        "Pressure Washer Operator Course\nSpring offer\nJune 22, 2027\nRiverside Yard, Hull\n"
        "$140\nBook now\n"
    )
    runs = _dump_runs(text, course_name=None, source="text")
    assert [(r.name, r.start_date) for r in runs] == [
        ("Pressure Washer Operator Course", "2027-06-08"),
        ("Pressure Washer Operator Course", "2027-06-22"),
    ]


def test_cards_without_buttons_leave_the_next_cards_title_and_other_badge_to_it() -> None:
    """Cards of title / badge / date / details / price and no button: a card's lines run on
    to the next card's title and badge, which are that card's head though the badge is
    another ("Full" here, "Cancelled" there, "Available" after)."""
    text = (
        "Upcoming sessions\n"
        "Chainsaw Maintenance Course\nFull\nMarch 3, 2027\nNorth Yard, Penrith\n$210\n"
        "Chainsaw Maintenance Course\nCancelled\nMarch 17, 2027\nNorth Yard, Penrith\n$210\n"
        "Tree Felling Essentials\nAvailable\nApril 7, 2027\nNorth Yard, Penrith\n$260\n"
    )
    runs = _dump_runs(text, course_name=None, source="text")
    assert [(r.name, r.start_date) for r in runs] == [
        ("Chainsaw Maintenance Course", "2027-03-03"),
        ("Tree Felling Essentials", "2027-04-07"),
    ]


def test_a_blog_headings_list_of_dated_posts_is_no_run_though_a_price_follows() -> None:
    """A blog heading ("From our blog") over dated post titles, then the next section with
    a fee in it: the posts are no runs, the fee below is not theirs."""
    text = (
        "Knot Tying for Sailors\nSaturday, May 8, 2027\nHarbour Room, Oban\n$85\nBook now\n"
        "From our blog\n"
        "April 2, 2027 · Five knots every crew member should know\n"
        "March 15, 2027 · Reading the tide tables\n"
        "CANCELLATIONS\n"
        "Cancel up to a week before for a refund less a $15 fee.\n"
    )
    runs = _dump_runs(text, course_name=None, source="text")
    assert [(r.name, r.start_date) for r in runs] == [("Knot Tying for Sailors", "2027-05-08")]


def _tagged_card(tag: str, status: str, date: str, last: str) -> str:
    return f"""<div class="card"><p><span>{tag}</span> <span>{status}</span></p>
    <h3>Rigging Basics</h3><p>{date}</p><p>9:00 am – 4:00 pm</p><p>Mill Hall, Dock Road</p>
    <p>Trainer: Ann Lee</p><p>£300 inc VAT</p><p>{last}</p></div>"""


def test_the_next_cards_tag_line_and_its_status_stay_with_that_card() -> None:
    """A card whose lines run on past its own footer ("Dates may move") reaches the next
    card's tag line over that card's title: its status ("Last 3 places") is the next run's."""
    body = "<h1>Rigging</h1>" + "".join(
        (
            _tagged_card(
                "In person · Leeds", "Places available", "Tue 9 Mar 2027", "Dates may move"
            ),
            _tagged_card("In person · York", "Last 3 places", "Tue 16 Mar 2027", "Book now"),
        )
    )
    assert _runs(body, "start_date", "availability") == [
        ("2027-03-09", "InStock"),
        ("2027-03-16", "LimitedAvailability"),
    ]


def test_a_price_restated_in_brackets_below_is_the_same_cards() -> None:
    """ "£300 + VAT" / "(£360 inc VAT)": the second price is the first with its tax, so the
    card goes on to its status below, not ending as if the next card's price began."""
    card = """<div><p>{date}</p><p>9:00–15:00</p><p>Dock Hall, Hull</p><p>Trainer: Ann Lee</p>
    <p>£300 + VAT</p><p>(£360 inc VAT)</p><p>{status}</p></div>"""
    body = "<h1>Rigging Basics</h1>" + "".join(
        card.format(date=d, status=s)
        for d, s in (("9 March 2027", "Sold out"), ("16 March 2027", "Places available"))
    )
    assert _runs(body, "start_date", "price", "availability") == [
        ("2027-03-09", 300.0, "SoldOut"),
        ("2027-03-16", 300.0, "InStock"),
    ]


def test_a_title_heading_the_pages_other_cards_wins_over_a_line_of_one_card() -> None:
    """Title / "Winter deal" / date: the title names the course's other cards too, the line
    below it names this card alone, so it is the badge and the title names the run."""
    card = """<div><h3>{title}</h3><p>{badge}</p><p>{date}</p><p>Dock Hall, Hull</p>
    <p>£300</p><a href="/book">Book now</a></div>"""
    body = "<h1>Class calendar</h1>" + "".join(
        card.format(title=t, badge=b, date=d)
        for t, b, d in (
            ("Rigging Basics", "Open", "9 March 2027"),
            ("Slinging Practice", "Open", "12 March 2027"),
            ("Rigging Basics", "Winter deal", "16 March 2027"),
        )
    )
    assert _runs(body, "name", "start_date") == [
        ("Rigging Basics", "2027-03-09"),
        ("Rigging Basics", "2027-03-16"),
        ("Slinging Practice", "2027-03-12"),
    ]


def test_a_cards_button_over_the_next_cards_title_heads_no_card() -> None:
    """ "View" ends each card, so it stands over the next card's title and date: it heads
    no card by itself (another title sits between it and the date), so it names no run."""
    card = (
        """<div><p>{title}</p><p>{date}</p><p>₹{price} + 18% GST</p><a href="/c">View</a></div>"""
    )
    body = "<h1>Students also enrolled in</h1>" + "".join(
        card.format(title=t, date=d, price=p)
        for t, d, p in (
            ("Steel Detailing Basics", "Next batch: 04-01-2027 · Pune", "9,500"),
            ("Bar Bending Schedules", "Starts Sat, 16 Jan 2027", "21,000"),
            ("Site Levelling Practice", "Next batch: 1 March 2027 · Nagpur", "11,000"),
        )
    )
    assert "View" not in {name for (name,) in _runs(body, "name")}


def test_a_group_heading_over_a_courses_own_name_stays_the_lower_line() -> None:
    """ "Excel" over "Excel Level 2" on each card: the repeated upper line is the group's
    heading, part of the name below it, which names the run."""
    card = """<div><h3>Excel</h3><h4>{name}</h4><p>{date}</p><p>£150</p>
    <a href="/book">Book now</a></div>"""
    body = "<h1>Office courses</h1>" + "".join(
        card.format(name=n, date=d)
        for n, d in (("Excel Level 1", "9 March 2027"), ("Excel Level 2", "16 March 2027"))
    )
    assert _runs(body, "name", "start_date") == [
        ("Excel Level 1", "2027-03-09"),
        ("Excel Level 2", "2027-03-16"),
    ]


def test_a_line_repeated_down_the_page_is_no_title_over_a_cards_own() -> None:
    """ "Back to top" recurs after each section, never over a dated card of its own: the card's
    title below it names the run."""
    body = """<h1>Rigging guide</h1><h2>A</h2><p>Anchor: a fixed point.</p><p>Back to top</p>
    <h2>B</h2><p>Bridle: two legs to one hook.</p><p>Back to top</p>
    <h3>Rigging Basics</h3><p>9 March 2027</p><p>£300</p><a href="/book">Book now</a>"""
    assert _runs(body, "name", "start_date") == [("Rigging Basics", "2027-03-09")]


def test_a_status_badge_between_a_cards_strapline_and_date_leaves_the_title_above() -> None:
    """Title / strapline / status / date: the status is the run's, the strapline a
    description; the course is the title over both."""
    text = (
        "Our spring classes\n\n"
        "Welding Level 1\nArc, gas and stick welding basics\nSlots available\n"
        "3 March – 14 March 2027\nNorth Yard Workshop, Tacoma\nFee: $1,200\nBook now\n\n"
        "Forklift Operator Certificate\nSafe lifting for warehouse staff\nFew slots left\n"
        "5 April – 6 April 2027\nNorth Yard Workshop, Tacoma\nFee: $450\nBook now\n"
    )
    runs = [(r.name, r.start_date) for r in _dump_runs(text, course_name=None, source="text")]
    assert runs == [
        ("Welding Level 1", "2027-03-03"),
        ("Forklift Operator Certificate", "2027-04-05"),
    ]


def test_a_status_with_its_count_glued_after_a_cards_title_leaves_the_title() -> None:
    """ "Dry Stone Walling 3 places left" over a date: the badge ends the card's title
    line, no status of the card above; the title is the words before it."""
    text = (
        "Winter courses\n\nFebruary 2027\n"
        "Hedge Laying Basics Open\n3 February 2027\n9:00 – 16:00\nOrchard Barn, Ludlow\n"
        "Fee: £95\nBook now\n"
        "Dry Stone Walling 3 places left\n10 February 2027\n9:00 – 16:00\n"
        "Orchard Barn, Ludlow\nFee: £120\nBook now\n"
    )
    runs = [(r.name, r.start_date) for r in _dump_runs(text, course_name=None, source="text")]
    assert ("Dry Stone Walling", "2027-02-10") in runs


def test_a_called_off_badge_glued_after_a_cards_title_drops_its_run() -> None:
    """ "Evening group Cancelled" over a date: the heading's inline badge calls the run off."""
    text = (
        "Upcoming groups\n\n"
        "Evening group Open\n12 May 2027 to 16 June 2027\nRoom 4, Harbour House\n"
        "Fee: €640\nRegister\n\n"
        "Morning group Cancelled\n14 May 2027 to 18 June 2027\nRoom 4, Harbour House\n"
        "Fee: €640\n"
    )
    runs = _dump_runs(text, course_name="Conversational Italian A2", source="text")
    starts = [r.start_date for r in runs]
    assert starts == ["2027-05-12"]


def test_a_kinds_word_alone_below_a_card_is_a_menus_heading_not_its_title() -> None:
    """A card that opens with its date takes its title from the line below, but not a
    course's kind alone ("Courses", the footer menu's heading): that names what a menu
    lists, never the card's course."""
    from prospectus.extract.patterns.card_names import title_below

    lines = ["Hedge laying · 12–13 June 2027 · $420", "Courses", "Hedging", "Fencing"]
    assert title_below(lines, [1, 2, 3]) is None
    lines[1] = "Hedge Laying Workshop"
    assert title_below(lines, [1, 2, 3]) == "Hedge Laying Workshop"


def test_a_course_panel_titled_with_a_standards_edition_links_its_page_in_spanish() -> None:
    # a title's "NOM-031-STPS-2021" is the standard's edition, no year of dates; each panel
    # links its course's page with the page's own words ("Ver detalles del curso")
    body = """<h1>Calendario 2027</h1>
    <div class="acc"><a href="#" aria-expanded="true">Soldadura por Arco Eléctrico</a>
    <div><p>Dos días. <a href="https://cap.example/soldadura/">Ver detalles del curso</a></p>
    <ul><li>8 de marzo de 2027 — Monterrey — $4,100 MXN — Cupos disponibles</li>
    <li>12 de abril de 2027 — Saltillo — $4,100 MXN — Cupo agotado</li></ul></div></div>
    <div class="acc"><a href="#" aria-expanded="false">Andamios Seguros NOM-031-STPS-2021</a>
    <div style="display:none"><p>Un día. <a href="https://cap.example/andamios/">Ver detalles \
del curso</a></p>
    <ul><li>20 de marzo de 2027 — Monterrey — $1,900 MXN — Cupos disponibles</li>
    <li>17 de mayo de 2027 — Saltillo — $1,900 MXN — Últimos 2 cupos</li></ul></div></div>"""
    assert _runs(body, "name", "start_date", "url", "availability") == [
        ("Andamios Seguros NOM-031-STPS-2021", "2027-03-20", "https://cap.example/andamios/",
         "InStock"),
        ("Andamios Seguros NOM-031-STPS-2021", "2027-05-17", "https://cap.example/andamios/",
         "LimitedAvailability"),
        ("Soldadura por Arco Eléctrico", "2027-03-08", "https://cap.example/soldadura/",
         "InStock"),
        ("Soldadura por Arco Eléctrico", "2027-04-12", "https://cap.example/soldadura/",
         "SoldOut"),
    ]  # fmt: skip


def test_a_venue_line_ending_in_its_towns_postcode_is_no_runs_title() -> None:
    # a card opening with its date, its venue below: the venue's address ends in a town and
    # its postcode, so the run is of the page's course, not a course named after the venue
    body = (
        "<h1>Confined Space Entry</h1><p>Two-day course for site teams.</p><h2>Dates</h2><ul>"
        + "".join(
            f'<li><div><a href="/c?d={day}">{day}/10/2027</a></div><div>{venue}</div>'
            "<div>Tutor: Ellen Marsh</div><div>£420.00 + VAT</div><div>Available</div></li>"
            for day, venue in (
                ("12", "Kingsmead Business Hub, Tollgate Way, Colchester CO3 8AB"),
                ("19", "Riverside Learning Rooms, Ipswich IP4 1LT"),
            )
        )
        + "</ul>"
    )
    assert _runs(body, "name", "start_date") == [
        ("Confined Space Entry", "2027-10-12"),
        ("Confined Space Entry", "2027-10-19"),
    ]


def test_a_town_and_its_campus_under_a_date_badge_is_no_runs_title() -> None:
    # a card whose first line is its date alone, the run's town and campus below it: the
    # run keeps the page's course, not a course named after the place
    body = "<h1>Pastry Arts Diploma</h1><p>Six weeks of pastry and bakery practice.</p>" + "".join(
        f"<div><p>{day} May 2027</p><p>{place}</p><p>Tutor: Anura Silva</p>"
        "<p>LKR 80,000</p><p>Apply</p></div>"
        for day, place in (("3", "Galle · Fort campus"), ("17", "Matara · Beach Road campus"))
    )
    assert {name for name, _ in _runs(body, "name", "start_date")} == {"Pastry Arts Diploma"}


def test_a_called_off_badge_with_its_reason_names_no_run() -> None:
    """A dump's session block opens with its status; a called-off one may give the reason
    after a dash ("Postponed – trainer unwell"): still a status line, no course title."""
    block = "{title}\n{status}\n{date}\n10:00 – 15:00 · Town Hall, Keswick\n£80.00 incl. VAT\n"
    text = "Sessions 2027\n\n" + "\n".join([
        block.format(title="Map and Compass Basics", status="OPEN", date="04/03/2027"),
        block.format(title="River Crossing Safety", status="Postponed – trainer unwell",
                     date="11/03/2027"),
        block.format(title="River Crossing Safety", status="OPEN", date="18/03/2027"),
    ])  # fmt: skip
    result = extract(Document(body=text.encode(), page="sessions.txt"))
    names = {r.name for r in result.records if r.kind == "course"}
    assert names == {"Map and Compass Basics", "River Crossing Safety"}


def test_a_called_off_badge_after_a_place_tag_is_cut_in_any_language() -> None:
    from prospectus.extract.patterns.schedule_values import _without_status_after_place

    assert _without_status_after_place("Bellingham, WA Postponed") == "Bellingham, WA"
    assert _without_status_after_place("Anacortes, WA CANCELLED") == "Anacortes, WA"
    assert _without_status_after_place("Hallein, AT Abgesagt") == "Hallein, AT"
    assert _without_status_after_place("Moab, UT") == "Moab, UT"

"""What a reader sees of a page: items laid out side by side, screen-reader-only text."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from prospectus.extract import Document, extract
from prospectus.extract.visible import (
    html_to_lines,
    node_lines,
    one_space,
    visible_from_text,
    visible_from_tree,
)


def _text(body: str) -> str:
    tree = LexborHTMLParser(f"<html><body>{body}</body></html>")
    return visible_from_tree(tree, "p.html", lang=None, base_url=None).text


GLUED = [
    ("two items", "<p><span>OCT</span><span>13</span></p>", "OCT 13"),
    ("label and value", '<div><span class="k">Venue</span><span>Leeds</span></div>', "Venue Leeds"),
    ("a link after text", "<p><span>Settings</span><a href='#'>Accept</a></p>", "Settings Accept"),
    ("closing several", "<p><span>£695 <abbr>+ VAT</abbr></span><a>Go</a></p>", "£695 + VAT Go"),
    ("a price after a name", "<p><span>Online</span><span>$795</span></p>", "Online $795"),
    ("a note in small print", "<p><span>1 490 zł</span><small>brutto</small></p>",
     "1 490 zł brutto"),
    ("a date in parts", "<p><span>12</span><span>Oct</span><span>2026</span></p>", "12 Oct 2026"),
    # A row of three or more items: cells, as in a table.
    ("a row", "<li><span>4 – 6 May</span><span>Leeds</span><span>£900</span><a>Book</a></li>",
     "4 – 6 May\tLeeds\t£900\tBook"),
    # Left as they are: parts of a word or an amount, and white space already there.
    ("a lone sign", "<p><span>€</span><span>695</span></p>", "€695"),
    ("decimals", "<p><span>1,299</span><span>.00</span></p>", "1,299.00"),
    ("a comma", "<p><span>Leeds</span><span>, UK</span></p>", "Leeds, UK"),
    ("bold inside a word", "<p><b>Data</b><i>base</i> design</p>", "Database design"),
    ("a superscript", "<p><span>May 12</span><sup>th</sup></p>", "May 12th"),
    ("spaced", "<p><span>Leeds</span> <span>York</span></p>", "Leeds York"),
    # A row of four classed items or more with spaces between them: cells, as in a table.
    ("a spaced row", '<div><span class="d">4 – 6 May</span> <span class="f">Classroom</span> '
     '<span class="v">Leeds</span> <span class="p">£900</span> <a>Book</a></div>',
     "4 – 6 May\tClassroom\tLeeds\t£900 Book"),
    ("a spaced byline", '<p>By <span class="a">Ann Lee</span> <span class="d">4 May 2027</span> '
     '<span class="c">News</span></p>', "By Ann Lee 4 May 2027 News"),
]  # fmt: skip


def test_an_angular_material_panel_title_and_its_note_are_lines_of_their_own() -> None:
    body = (
        '<mat-expansion-panel-header role="button"><span class="mat-content">'
        "<mat-panel-title>Payroll basics</mat-panel-title>"
        "<mat-panel-description>2 dates</mat-panel-description></span>"
        "</mat-expansion-panel-header>"
    )
    assert _text(body) == "Payroll basics\n2 dates"


@pytest.mark.parametrize(("what", "body", "expected"), GLUED, ids=[g[0] for g in GLUED])
def test_items_glued_in_the_markup_are_read_apart(what: str, body: str, expected: str) -> None:
    assert _text(body) == expected


def test_a_row_inside_a_table_cell_keeps_the_cells_of_the_table() -> None:
    body = (
        "<table><tr><th>Course</th><th>Dates</th></tr><tr><td>"
        "<span>Excel</span><span>Level 2</span><span>Online</span></td><td>4 May</td></tr></table>"
    )
    assert _text(body).splitlines()[-1] == "Excel Level 2 Online\t4 May\t"


STYLED_STRUCK = [
    ("class", '<p>$1,195 <span class="strike">$1,395</span></p>', "$1,195 was $1,395"),
    (
        "bem class, nested span",
        '<p><span class="price price--old"><span class="amount">€520</span></span>'
        ' <span class="price">€480</span></p>',
        "was €520 €480",
    ),
    (
        "utility class",
        '<p><span class="text-muted text-decoration-line-through">£950</span> £850</p>',
        "was £950 £850",
    ),
    ("old-price", '<div><span class="old-price">R4 500</span> R3 900</div>', "was R4 500 R3 900"),
    (
        "inline style",
        '<p><span style="color:#999; text-decoration: line-through">NZ$690</span> NZ$590</p>',
        "was NZ$690 NZ$590",
    ),
]
NOT_STRUCK = [
    '<p><span class="walkthrough">Tour</span> <span class="card-price">£95</span></p>',
    '<p><span class="price">$450</span> <span class="text-bold">per person</span></p>',
    '<p><span style="text-decoration: underline">Save 10%</span> on $300</p>',
]


@pytest.mark.parametrize(("case", "body", "text"), STYLED_STRUCK)
def test_a_span_struck_through_by_its_class_or_style_is_a_was_price(
    case: str, body: str, text: str
) -> None:
    assert _text(body) == text, case


@pytest.mark.parametrize("body", NOT_STRUCK)
def test_a_span_whose_class_strikes_nothing_is_read_as_it_is(body: str) -> None:
    assert "was" not in _text(body)


def test_text_for_screen_readers_only_is_not_seen() -> None:
    body = (
        '<a class="screen-reader-text" href="#main">Skip to content</a>'
        '<p><del>£900</del> <span class="sr-only">Original price was £900.</span> £750</p>'
        '<p>Python<span class="visually-hidden"> (opens in a new tab)</span></p>'
        '<h2 class="element-invisible">Main menu</h2>'
    )
    assert _text(body) == "was £900 £750\nPython"


def test_an_element_webflow_hides_by_condition_is_not_seen() -> None:
    body = (
        '<div class="session"><div>Mar 3, 2027</div>'
        '<div class="tag w-condition-invisible">Sold Out</div><div>Seats available</div></div>'
    )
    assert _text(body) == "Mar 3, 2027\nSeats available"


def test_a_header_cell_for_screen_readers_still_names_its_column() -> None:
    body = (
        '<table><tr><th>Dates</th><th>Price</th><th><span class="sr-only">Book</span></th></tr>'
        "<tr><td>4 May</td><td>£900</td><td><a>Register</a></td></tr></table>"
    )
    assert _text(body).splitlines()[0] == "Dates\tPrice\tBook\t"


def _courses(body: str, *fields: str) -> list[tuple[Any, ...]]:
    html = f"<html><head><title>Page</title></head><body>{body}</body></html>"
    result = extract(Document(body=html.encode(), page="p.html"))
    return [tuple(getattr(r, f) for f in fields) for r in result.records if r.kind == "course"]


def test_runs_in_rows_of_items_under_month_headings() -> None:
    row = (
        '<li class="row"><span class="d">{days}</span><span class="v">{place}</span>'
        '<span class="p">€{price} ex. VAT</span><a class="btn" href="/book">Book now</a></li>'
    )
    body = (
        "<h1>Fire Warden Training</h1><h2>Course dates</h2>"
        "<h3><button>March 2027 (2 dates)</button></h3><ul>"
        + row.format(days="Tue 9 – Wed 10", place="Galway", price="395")
        + row.format(days="Mon 22 – Tue 23", place="Limerick", price="375")
        + "</ul><h3><button>April 2027 (1 date)</button></h3><ul hidden>"
        + row.format(days="Thu 8 – Fri 9", place="Galway", price="395")
        + "</ul>"
    )
    assert _courses(body, "start_date", "end_date", "location", "price") == [
        ("2027-03-09", "2027-03-10", "Galway", 395.0),
        ("2027-03-22", "2027-03-23", "Limerick", 375.0),
        ("2027-04-08", "2027-04-09", "Galway", 395.0),
    ]


def test_a_cell_spanning_rows_is_read_in_each_row() -> None:
    tree = LexborHTMLParser(
        "<table><tr><th>Ort</th><th>Termin</th><th>Preis</th></tr>"
        '<tr><td rowspan="2">Berlin</td><td>12.01.2027</td><td>1.490 €</td></tr>'
        "<tr><td>16.03.2027</td><td>1.490 €</td></tr>"
        '<tr><td>Online</td><td>02.02.2027</td><td rowspan="9">990 €</td></tr></table>'
    )
    visible = visible_from_tree(tree, "p", lang=None, base_url=None)
    assert visible.text.split("\n") == [
        "Ort\tTermin\tPreis\t",
        "Berlin\t12.01.2027\t1.490 €\t",
        "Berlin\t16.03.2027\t1.490 €\t",
        "Online\t02.02.2027\t990 €\t",
    ]


def test_a_line_break_between_a_rows_cells_in_the_markup_keeps_the_row_on_one_line() -> None:
    body = (
        "<table>\n<tr>\n  <th>Date</th>\n  <th>Venue</th>\n</tr>\n"
        "<tr>\n  <td>4 May 2027</td>\n  <td>Bristol</td>\n</tr>\n</table>"
    )
    assert _text(body).split("\n") == ["Date\tVenue\t", "4 May 2027\tBristol\t"]


def _tidied_line_by_line(text: str) -> str:
    """What visible_from_text did before it tidied the whole text at once."""
    spaces = re.compile(r"[ \r\f\v\u00a0\u200b]+")
    lines = (spaces.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


@given(
    st.lists(
        st.sampled_from(
            ["a", "Bc", " ", "  ", "\t", "\n", "\r", "\r\n", "\f", "\v", "\u00a0", "\u200b",
             "\u2028", "\x1c", "\u3000", "\x85"]
        ),
        max_size=40,
    ).map("".join)
)  # fmt: skip
def test_a_text_dump_is_tidied_as_line_by_line(text: str) -> None:
    assert visible_from_text(text, "p").text == _tidied_line_by_line(text)


def test_a_text_dump_keeps_lone_spaces_and_joins_runs() -> None:
    text = "  Price:\u00a0 €495 \r\n\n\tTwo  days\u200b online \fend"
    assert visible_from_text(text, "p").text == "Price: €495\nTwo days online\nend"


PLAIN = [
    "<p>Two days &amp; a test</p>",
    "<div>\n  <p>First  line</p>\n  <p>Second<br>line &nbsp;x</p>\n</div>",
    "<dd>Text <b>bold</b> <em>it</em>al<sup>2</sup></dd>",
    "<div><p>a</p>b<ul><li> c </li><li>\t</li></ul></div>",
    "<span>inline only</span>",
    "<div>tab\there \u200b and\u00a0there</div>",
    "<div><pre>\ncode</pre></div>",
    "<p></p>",
]
NOT_PLAIN = [
    "<div><a href='/x'>link</a><span>item</span></div>",
    "<div><s>£900</s> £800</div>",
    '<div><span class="strike">£900</span> £800</div>',
    "<div>a<!-- <p>hidden</p> -->b</div>",
    "<td>cell</td>",
]


@pytest.mark.parametrize("markup", PLAIN + NOT_PLAIN)
def test_node_lines_reads_an_element_as_html_to_lines_reads_its_markup(markup: str) -> None:
    tree = LexborHTMLParser(f"<html><body><table><tr>{markup}</tr></table></body></html>")
    if not markup.startswith("<td>"):
        tree = LexborHTMLParser(f"<html><body>{markup}</body></html>")
    node = tree.body.child if not markup.startswith("<td>") else tree.css_first("td")
    assert node is not None
    assert node_lines(node) == html_to_lines(node.html or "")


def test_node_lines_joins_the_texts_a_removed_element_leaves_side_by_side() -> None:
    tree = LexborHTMLParser('<html><body><p>a<span class="sr-only">x</span>b</p></body></html>')
    visible_from_tree(tree, "p.html", lang=None, base_url=None)
    node = tree.css_first("p")
    assert node is not None
    assert node_lines(node) == html_to_lines(node.html or "") == "ab"


def test_node_lines_reads_deep_markup_as_markup() -> None:
    tree = LexborHTMLParser(
        "<html><body>" + "<div>" * 60 + "deep" + "</div>" * 60 + "</body></html>"
    )
    node = tree.body.child
    assert node is not None
    assert node_lines(node) == "deep"


@given(st.text(alphabet=" a\n\t", max_size=40))
def test_one_space_makes_runs_of_spaces_one_as_the_regex_does(text: str) -> None:
    assert one_space(text) == re.sub("  +", " ", text)


def test_lines_are_the_text_split_once_and_shared() -> None:
    view = visible_from_text("Title\n\tCell\tCell\n\nEnd", "p.txt")
    assert view.lines == tuple(view.text.split("\n"))
    assert view.lines is view.lines
    assert view == visible_from_text("Title\n\tCell\tCell\n\nEnd", "p.txt")  # not compared


def test_runs_in_rows_of_spaced_classed_fields_read_their_place_and_status() -> None:
    row = (
        '<div class="ev-row"><span class="ev-date">{dates}</span> <span class="ev-format">'
        'Klassikaal</span> <span class="ev-loc">{place}</span> <span class="ev-price">'
        '€ 495,- excl. btw</span> <span class="ev-status">{status}</span> '
        '<a class="btn" href="/aanmelden">Aanmelden</a></div>'
    )
    body = (
        "<h1>BHV Basis</h1><h2>Data en locaties</h2>"
        + row.format(dates="12-04-2027 t/m 13-04-2027", place="Tilburg", status="Vol")
        + row.format(dates="10-05-2027 t/m 11-05-2027", place="Breda", status="Beschikbaar")
    )
    assert _courses(body, "start_date", "location", "availability", "price") == [
        ("2027-04-12", "Tilburg", "SoldOut", 495.0),
        ("2027-05-10", "Breda", "InStock", 495.0),
    ]

"""Dateless course cards (listing grids, a course page's pricing box) and ratings in text."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from prospectus.extract.patterns.cards import find_course_cards, find_page_course
from prospectus.extract.patterns.grid import find_grid_cards
from prospectus.extract.patterns.outline import Outline
from prospectus.extract.patterns.rating import find_course_rating, rating_in
from prospectus.extract.patterns.schedule import ScheduleContext
from prospectus.extract.visible import strip_invisible, visible_from_text
from prospectus.records import Course

RATINGS = [
    ("4.7 (183 reviews)", (4.7, 183)),
    ("4,5/5 (1 204 avis)", (4.5, 1204)),
    ("Rated 4.60 out of 5 based on 21 customer ratings", (4.6, 21)),
    ("Valorado con 4.25 de 5 basado en 16 valoraciones de clientes", (4.25, 16)),
    ("4.9 out of 5 from 64 learner reviews", (4.9, 64)),
    ("Rated 4.4/5 by 230 former students", (4.4, 230)),
    ("★★★★★ 4.8/5 · rated by 97 participants", (4.8, 97)),
    ("4,3/5 · note donnée par 52 stagiaires", (4.3, 52)),
    ("4.86 stars · 1.047 Bewertungen", (4.86, 1047)),
    ("4.5 / 5（88 位學員評價）", (4.5, 88)),
    ("4,6 (52 értékelés)", (4.6, 52)),  # Hungarian, Romanian, Turkish, Russian counts
    ("4,8/5 (140 recenzii)", (4.8, 140)),
    ("4,9 (61 değerlendirme)", (4.9, 61)),
    ("4,7 (23 отзыва)", (4.7, 23)),
    ("2.5 days, 12 students per class", None),  # people without a scale: not a rating
    ("4.5/5 for 3 days with 12 students", None),
    ("£1,600 (3 reviews pending)", None),  # a price is no rating value
    ("4.5 hours of video (12 modules)", None),
]


@pytest.mark.parametrize(("text", "expected"), RATINGS)
def test_rating_in_text(text: str, expected: tuple[float, int] | None) -> None:
    assert rating_in(text) == expected


def test_course_rating_under_its_title_or_for_the_course_but_not_the_business() -> None:
    hero = "Courses\nData Modelling Basics\nMenu\nData Modelling Basics\nLearn to model.\n"
    view = visible_from_text(hero + "Rated 4.6/5 by 140 delegates", "p.txt")
    assert find_course_rating(view, "Data Modelling Basics") == (4.6, 140)
    far = "Data Modelling Basics\n" + "Line\n" * 20
    view = visible_from_text(far + "4.2/5 from 35 learners who took this course", "p.txt")
    assert find_course_rating(view, "Data Modelling Basics") == (4.2, 35)
    business = hero + "Trustindex 4.9 (1,020 reviews)\nGoogle 4.8/5 by 300 customers"
    view = visible_from_text(business, "p.txt")
    assert find_course_rating(view, "Data Modelling Basics") is None


def _ctx(**changes: object) -> ScheduleContext:
    values: dict[str, object] = {"page": "p.html", "course_name": None, "default_currency": "EUR"}
    values.update(changes)
    return ScheduleContext(**values)  # type: ignore[arg-type]


def _product(name: str, slug: str, price: str, extra: str = "") -> str:
    return f"""<li class="product"><a class="loop-link" href="/course/{slug}/">
    <span class="badge">Sale!</span><img src="/{slug}.jpg" alt="">
    <h2 class="loop-title">{name}</h2>{extra}
    <span class="price">{price} <small>+ VAT</small></span></a>
    <a class="button" href="?add-to-cart=1">View course</a></li>"""


SHOP = f"""<html><body><h1>Spreadsheet courses</h1><ul class="products">
{
    _product(
        "Spreadsheets for Beginners",
        "beginners",
        "95,00&nbsp;€",
        '<div class="star-rating" role="img"><span>Rated <strong>4.60</strong> out of 5 based '
        "on <span>21</span> customer ratings</span></div>"
        '<ul class="meta"><li>Live online</li><li>6 h</li></ul>',
    )
}
{
    _product(
        "Spreadsheets for Analysts",
        "analysts",
        '<del aria-hidden="true">180,00&nbsp;€</del> <span class="screen-reader-text">Original '
        'price was: 180,00&nbsp;€.</span><ins aria-hidden="true">150,00&nbsp;€</ins><span '
        'class="screen-reader-text">Current price is: 150,00&nbsp;€.</span>',
        '<ul class="meta"><li>Classroom · Valencia</li><li>12 h</li></ul>',
    )
}
{_product("Charts That Persuade", "charts", "120,00&nbsp;€", "<p>4.7 ★★★★★ (1,012)</p>")}
</ul></body></html>"""


def _grid(html: str) -> list[Course]:
    tree = LexborHTMLParser(html)
    strip_invisible(tree)
    return find_grid_cards(tree, _ctx(), "https://example.org/shop/")


def test_shop_loop_cards_carry_their_rating_mode_place_and_sale_price() -> None:
    cards = {c.name: c for c in _grid(SHOP)}
    assert set(cards) == {
        "Spreadsheets for Beginners",
        "Spreadsheets for Analysts",
        "Charts That Persuade",
    }
    first = cards["Spreadsheets for Beginners"]
    assert (first.price, first.rating, first.review_count, first.mode, first.location) == (
        95.0,
        4.6,
        21,
        "online",
        None,
    )
    assert first.url == "https://example.org/course/beginners/"
    sale = cards["Spreadsheets for Analysts"]
    assert (sale.price, sale.list_price, sale.price_includes_vat) == (150.0, 180.0, False)
    assert (sale.mode, sale.location, sale.rating) == ("in_person", "Valencia", None)
    charts = cards["Charts That Persuade"]
    assert (charts.mode, charts.rating, charts.review_count) == (None, 4.7, 1012)


def test_grid_cards_read_the_same_from_the_outline_s_headings() -> None:
    tree = LexborHTMLParser(SHOP.replace("<h1>", "<h6>x</h6><h1>"))
    strip_invisible(tree)
    outline = Outline(tree)
    base = "https://example.org/shop/"
    assert find_grid_cards(tree, _ctx(), base, outline) == find_grid_cards(tree, _ctx(), base)
    assert [level for level, _ in outline.headings] == [6, 1, 2, 2, 2]


HERO = """Summer sale: save $50 on Bookkeeping for Makers until Friday
Courses
Free guides
SELF-PACED ONLINE COURSE
Bookkeeping for Makers
From receipts to a tidy year-end, in twelve short lessons.
★★★★★ 4.9/5 · rated by 120 students
One payment
was $299 $249
or 3 payments of $90
Enrol now
Lifetime access"""


def test_a_dateless_course_page_is_one_course_from_its_pricing_box() -> None:
    view = visible_from_text(HERO, "p.txt")
    (course,) = find_page_course(view, _ctx(course_name="Bookkeeping for Makers"))
    assert (course.name, course.price, course.list_price, course.mode) == (
        "Bookkeeping for Makers",
        249.0,
        299.0,
        "online",
    )


def test_no_page_course_without_a_box_or_with_dates() -> None:
    ctx = _ctx(course_name="Bookkeeping for Makers")
    no_button = HERO.replace("Enrol now", "Lifetime updates")
    assert find_page_course(visible_from_text(no_button, "p.txt"), ctx) == []
    dated = HERO.replace("One payment", "Starts 12 October 2026")
    assert find_page_course(visible_from_text(dated, "p.txt"), ctx) == []
    assert find_page_course(visible_from_text(HERO, "p.txt"), _ctx(course_name="Other")) == []


def _delivery_card(name: str, slug: str, delivery: str, price: str) -> str:
    return f"""<div class="e-loop-item"><h3><a href="/courses/{slug}/">{name}</a></h3>
    <p>4.8 (120 reviews)</p><p>1 day</p><p>{delivery}</p><p>Perth · Fremantle</p>
    <p>{price}</p><a href="/courses/{slug}/">View dates</a></div>"""


def test_a_long_delivery_line_gives_the_mode_its_lead_word_names() -> None:
    html = (
        "<html><body><h1>Workplace safety</h1><div class='grid'>"
        + "".join(
            (
                _delivery_card(
                    "Manual Handling", "mh", "Blended – eLearning + half a day on site", "$89"
                ),
                _delivery_card("Fire Safety Awareness", "fs", "Online – live on Zoom", "$59"),
                _delivery_card("Spill Response", "sr", "Face-to-face", "From $120"),
            )
        )
        + "</div></body></html>"
    )
    modes = {c.name: c.mode for c in _grid(html)}
    assert modes == {
        "Manual Handling": "blended",
        "Fire Safety Awareness": "online",
        "Spill Response": "in_person",
    }


def test_a_category_heading_has_no_pricing_box_of_its_own() -> None:
    listing = """Workplace Safety Courses
Accredited training in Perth and online. Group training from $1,200.
Manual Handling (HLTWHS005)
4.8 (120 reviews)
From $89
View dates & book"""
    view = visible_from_text(listing, "p.txt")
    assert find_page_course(view, _ctx(course_name="Workplace Safety Courses")) == []


def test_a_venue_with_its_street_address_over_a_price_is_no_course_card() -> None:
    card = "MIG Welding Course\nEUR 90\nBook now\n"
    venue = "Lakeside Training Room, 88 King St W, Toronto\nEUR 90 EUR 80\nRegister\n"
    assert [c.name for c in find_course_cards(visible_from_text(card, "p.txt"), _ctx())] == [
        "MIG Welding Course"
    ]
    assert find_course_cards(visible_from_text(venue, "p.txt"), _ctx()) == []


def test_a_venue_and_its_town_over_a_price_is_no_course_card() -> None:
    # an event block's venue written without a street number: a run's place, no title
    venue = "09:00 - 15:00\nRiverside Training Hall, Mill Road, Ennis\nFee: EUR 120\nBook now\n"
    assert find_course_cards(visible_from_text(venue, "p.txt"), _ctx()) == []


def test_a_place_whose_middle_part_is_a_street_is_no_course_card() -> None:
    """ "Hub Workshop, Quarry Road, Tamale": its venue's name holds a course's word, but a
    street between it and a town makes the line a place."""
    venue = "Mechanics Workshop, Quarry Road, Tamale\nFee: GHS 600\nRegister\n"
    course = "Welding Workshop, Level 2\nFee: GHS 600\nRegister\n"
    assert find_course_cards(visible_from_text(venue, "p.txt"), _ctx()) == []
    assert [c.name for c in find_course_cards(visible_from_text(course, "p.txt"), _ctx())] == [
        "Welding Workshop, Level 2"
    ]


def test_a_trainers_line_over_a_price_is_no_course_card() -> None:
    # the trainer's label and name, a designation after a comma: the card's field, no title
    field = "Instructor: Marisol Quezon, CPA\nEUR 140\nBook now\n"
    assert find_course_cards(visible_from_text(field, "p.txt"), _ctx()) == []

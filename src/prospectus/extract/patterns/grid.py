"""Dateless course cards in HTML: a heading and a price in one small container.

Category and listing pages show courses as a grid of cards::

    <a class="card" href="/courses/x"><h3>Essential Management Skills</h3>
      <div>2 days · Virtual</div><div>4.8 (112 reviews)</div><div>From £795 + VAT</div></a>

A card is the smallest element around an ``h2``–``h5`` that holds exactly one heading
and a line that is mostly a price, and no date (dated cards are the schedule reader's).
A card links somewhere (to the course's own page).  A heading that names a course
(course words, a code such as "PL-300") is enough on its own; any other heading counts
only when three or more cards share the same container shape, which is what a grid of
courses looks like and a page of prose or a key-facts box does not.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.dates import find_date_ranges
from prospectus.extract.modes import ONLINE, mode_from_text, parse_count, parse_rating
from prospectus.extract.patterns.outline import Outline
from prospectus.extract.patterns.rating import rating_in
from prospectus.extract.patterns.schedule import (
    ScheduleContext,
    looks_like_course_name,
    looks_like_title,
)
from prospectus.extract.prices import Price, find_prices
from prospectus.extract.text import clean_text, join_url
from prospectus.extract.visible import html_to_lines
from prospectus.records import Course

_HEADINGS = "h2, h3, h4, h5"
_LEVELS = frozenset({2, 3, 4, 5})  # theirs
_MAX_CLIMB = 4
_MAX_PRICE_LINE_WORDS = 9
_MIN_GRID = 3
_STOP_TAGS = {"body", "main", "html", "section", "nav", "header", "footer", "ul", "ol"}
_PRICE_HINT = re.compile(r"[£$€¥₹₩]|\b[A-Z]{3}\b|\b(?:Fr|CHF|kr|zł)\b")
# On a card, a count in brackets beside a score is its number of ratings: "4.6 ★★★★★ (1,234)".
_BARE_CARD_RATING = re.compile(
    r"(?<![\d.,])([0-5][.,]\d{1,2})(?!\d)\s*(?:/\s*5|out of 5|★+|stars?)?\s*\(\s*(\d[\d,.]*)\s*\)",
    re.I,
)
_MAX_CHIP_WORDS = 5
_MAX_LEAD_WORDS = 2  # a long delivery line's lead: "Blended – online theory + 1-day practical"
# A mode chip naming the place: "Presencial · Zaragoza", "Classroom – Leeds", "Blended: York".
_CHIP_PARTS = re.compile(r"\s+[·|•–—-]\s+|\s*:\s+|,\s+")
_PLACE = re.compile(r"[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ýa-z][^\W\d_]+){0,2}")
# _PRICE_HINT less its \b's, led by a set of first characters that the regex engine
# skips ahead to ("[£$€¥₹₩]|[A-Z]{3}|Fr|kr|zł" would be tried at every character).
_ANY_PRICE_HINT = re.compile(
    r"[£$€¥₹₩A-Zkz](?:(?<=[£$€¥₹₩])|(?<=[A-Z])[A-Z]{2}|(?<=F)r|(?<=[kz])[rł])"
)


def _price_hint(text: str) -> bool:
    """``_PRICE_HINT.search(text)``, tried only where ``_ANY_PRICE_HINT`` finds a lead: every
    hint starts at one ("From" is a lead, no hint), and ``match`` at a position still sees
    the characters before it for the pattern's ``\\b``."""
    return any(_PRICE_HINT.match(text, lead.start()) for lead in _ANY_PRICE_HINT.finditer(text))


@dataclass(slots=True)
class _Card:
    title: str
    price: Price
    shape: str
    text: str
    href: str | None


def _lines(node: LexborNode) -> str:
    """The visible text of a card, a line per block (screen-reader-only text is already out
    of the tree: ``visible.strip_invisible``)."""
    return html_to_lines(node.html or "")


def _mode_and_place(lines: list[str], title: str) -> tuple[str | None, str | None]:
    """The card's mode from its short chips ("Online en directo", "Presencial · Zaragoza"),
    and the place an in-person chip names."""
    modes: set[str] = set()
    place = None
    for line in lines:
        if line == title:
            continue
        if len(line.split()) > _MAX_CHIP_WORDS:
            line = _CHIP_PARTS.split(line, maxsplit=1)[0]  # "Blended – eLearning + 1 day"
            if len(line.split()) > _MAX_LEAD_WORDS:
                continue
        mode = mode_from_text(line)
        if mode is None:
            continue
        modes.add(mode)
        parts = _CHIP_PARTS.split(line)
        if (
            mode != ONLINE
            and len(parts) == 2
            and mode_from_text(parts[0]) is not None
            and _PLACE.fullmatch(parts[1])
            and mode_from_text(parts[1]) is None
        ):
            place = parts[1]
    if len(modes) != 1:
        return None, None
    mode = modes.pop()
    return mode, place if mode != ONLINE else None


def _price(lines: list[str], ctx: ScheduleContext) -> Price | None:
    for line in lines:
        if len(line.split()) <= _MAX_PRICE_LINE_WORDS:  # find_prices skips digitless lines
            found = find_prices(line, default_currency=ctx.default_currency)
            if found and found[0].price.amount is not None:
                return found[0].price
    return None


def _href(heading: LexborNode, container: LexborNode) -> str | None:
    node: LexborNode | None = heading
    while node is not None and node is not container.parent:
        if node.tag == "a" and node.attributes.get("href"):
            return node.attributes["href"]
        node = node.parent
    link = heading.css_first("a[href]") or container.css_first("a[href]")
    return link.attributes.get("href") if link is not None else None


def _crowded(headings: list[LexborNode]) -> set[int]:
    """The elements (by ``mem_id``) holding two or more of ``headings``, themselves included.

    One walk up from each heading, stopping at an element already known to be crowded
    (its ancestors are too): the same answer as ``len(node.css(_HEADINGS)) > 1`` for every
    node at once, without a selector query per ancestor.
    """
    seen: set[int] = set()
    crowded: set[int] = set()
    for heading in headings:
        node: LexborNode | None = heading
        while node is not None and (key := node.mem_id) not in crowded:
            if key in seen:
                crowded.add(key)
            else:
                seen.add(key)
            node = node.parent
    return crowded


def _climb(heading: LexborNode, crowded: set[int]) -> list[LexborNode]:
    """The containers a card of ``heading`` may be: up to ``_MAX_CLIMB`` ancestors that
    hold no other heading and no stop tag."""
    chain: list[LexborNode] = []
    node = heading
    for _ in range(_MAX_CLIMB):
        parent = node.parent
        if parent is None or parent.mem_id in crowded or parent.tag in _STOP_TAGS:
            break
        chain.append(parent)
        node = parent
    return chain


def _card(heading: LexborNode, ctx: ScheduleContext, crowded: set[int]) -> _Card | None:
    chain = _climb(heading, crowded)
    # Each container's text is a piece of the outermost one's, so a price hint in any of
    # them leaves this looser pattern's match in the outermost: without it, none has one.
    if not chain or not _ANY_PRICE_HINT.search(chain[-1].text(deep=True)):
        return None
    for node in chain:
        if not _price_hint(node.text(deep=True)):
            continue  # no currency anywhere inside: no price line to find yet
        text = _lines(node)
        if find_date_ranges(text):  # at once [] for a text without a digit
            return None
        price = _price(text.split("\n"), ctx)
        if price is not None:  # the title last: few headings get this far
            title = clean_text(heading.text(deep=True))
            if not looks_like_title(title):
                return None
            shape = f"{node.tag}.{node.attributes.get('class') or ''}"
            return _Card(title, price, shape, text, _href(heading, node))
    return None


def _rating(text: str) -> tuple[float | None, int | None]:
    text = text.replace("\n", " ")
    if (rated := rating_in(text)) is not None:
        return rated
    bare = _BARE_CARD_RATING.search(text)
    return (parse_rating(bare.group(1)), parse_count(bare.group(2))) if bare else (None, None)


def _record(card: _Card, ctx: ScheduleContext, base_url: str | None) -> Course:
    rating, count = _rating(card.text)
    mode, place = _mode_and_place(card.text.split("\n"), card.title)
    vat = card.price.includes_vat if card.price.includes_vat is not None else ctx.page_vat
    values: dict[str, Any] = {
        "name": card.title,
        "url": join_url(base_url, card.href) if base_url and card.href else card.href,
        "price": card.price.amount,
        "list_price": card.price.list_price,
        "currency": card.price.currency or ctx.default_currency,
        "price_includes_vat": vat,
        "mode": mode,
        "location": place,
        "rating": rating,
        "review_count": count if rating is not None else None,
    }
    prov = tuple((k, ctx.source) for k, v in values.items() if v is not None)
    return Course(page=ctx.page, source=ctx.source, provenance=prov, **values)


def find_grid_cards(
    tree: LexborHTMLParser,
    ctx: ScheduleContext,
    base_url: str | None,
    outline: Outline | None = None,
) -> list[Course]:
    """Dateless courses shown as heading + price cards (see the module's docstring).

    ``outline`` is the tree's :class:`Outline` where the caller has one: its headings
    spare a query of the tree for them.
    """
    if outline is None:
        headings = tree.css(_HEADINGS)
    else:
        headings = [node for level, node in outline.headings if level in _LEVELS]
    crowded = _crowded(headings)
    cards = [c for h in headings if (c := _card(h, ctx, crowded)) is not None]
    shapes = Counter(card.shape for card in cards)
    return [
        _record(card, ctx, base_url)
        for card in cards
        if card.href and (looks_like_course_name(card.title) or shapes[card.shape] >= _MIN_GRID)
    ]

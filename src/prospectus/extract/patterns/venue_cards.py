"""Venue cards each listing their own dates: a store locator's results, a "choose your
location" grid.

    <div class=store-card>
      <h3>Leeds — Riverside Training Rooms</h3>          ← the venue: its town before a dash
      <address>12 Wharf Street, Leeds LS2 7EQ</address>
      <p>Trainer: Jane Doe</p>                              ← the card's trainer, for each date
      <ul>
        <li>14.12.2026 – 18.12.2026 · £1,250 + VAT · Places left · Book</li>   ← one run each
        <li>08.03.2027 – 12.03.2027 · £1,250 + VAT · Book</li>
      </ul>
    </div>
    <div class=store-card><h3>Online (live, Zoom)</h3> … </div>

Two cards or more side by side (one parent), each a heading over a list of dated, priced
items: each item is a run of the page's course, held in the card's town (the heading's
words before a spaced dash or comma; none for an online card) and led by the trainer a
labelled line of the card names.  A venue's card shows its address (an ``<address>`` or a
line with a number and the town): cards of courses over their dates are no venues.  The
items' lines are handed back too, so that the line readers do not read them again without
their card.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.dates import DateMatch, find_date_ranges
from prospectus.extract.modes import mode_from_text
from prospectus.extract.months import MONTH_PATTERN
from prospectus.extract.patterns.schedule_candidate import Candidate
from prospectus.extract.prices import find_prices
from prospectus.extract.text import clean_text
from prospectus.extract.visible import node_lines

_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_TITLE_CLASS = re.compile(r"title|name|heading", re.I)
_MIN_CARDS = 2
_MAX_ITEMS = 12
_MAX_ITEM_CHARS = 240
_MAX_UP = 3  # boxes between a card and its list of dates
_MAX_TOWN_WORDS = 3
_TOWN_END = re.compile(r"\s+[–—|-]\s+|,\s*|\s*\(")
_DIGIT = re.compile(r"\d")
_MONTH = re.compile(rf"\b(?:{MONTH_PATTERN})\b", re.I)


def venue_card_candidates(
    tree: LexborHTMLParser, *, year: int | None, day_first: bool
) -> tuple[list[Candidate], set[str]]:
    """(runs, the lines of their items) of the page's venue cards."""
    cards: dict[int, tuple[LexborNode, LexborNode, list[LexborNode]]] = {}
    for listed in tree.css("ul, ol"):
        first = listed.child
        while first is not None and first.tag != "li":
            first = first.next
        text = "" if first is None else first.text(deep=True) or ""
        if len(text) > _MAX_ITEM_CHARS or not _DIGIT.search(text):
            continue  # cheap: a menu's first item has no digit
        items = [child for child in listed.iter(include_text=False) if child.tag == "li"]
        if len(items) > _MAX_ITEMS:
            continue
        card = _card(listed)
        if card is not None and card[0].mem_id not in cards:
            cards[card[0].mem_id] = (card[0], card[1], items)
    by_parent: dict[int, list[tuple[LexborNode, LexborNode, list[LexborNode]]]] = {}
    for entry in cards.values():
        parent = entry[0].parent
        if parent is not None:
            by_parent.setdefault(parent.mem_id, []).append(entry)
    found: list[Candidate] = []
    lines: set[str] = set()
    for group in by_parent.values():
        if len(group) < _MIN_CARDS:
            continue
        runs = [_runs(card, heading, items, year, day_first) for card, heading, items in group]
        if any(read is None for read in runs):
            continue  # a card whose items are no dated runs: no venue cards
        for read in runs:
            assert read is not None
            cands, texts = read
            found.extend(cands)
            lines.update(texts)
    return found, lines


def _card(listed: LexborNode) -> tuple[LexborNode, LexborNode] | None:
    """(card, heading) of a list of dates: the nearest box above it that opens with a
    heading of its own."""
    node = listed
    for _ in range(_MAX_UP):
        parent = node.parent
        if parent is None or parent.tag in ("body", "html", "main"):
            return None
        for child in parent.iter(include_text=False):
            if child.mem_id == node.mem_id:
                break
            if _heading(child):  # the box's first words must be its heading's
                if (child.text(deep=True) or "").strip():
                    return parent, child
            elif (child.text(deep=True) or "").strip():
                break
        node = parent
    return None


def _heading(node: LexborNode) -> bool:
    return node.tag in _HEADINGS or (
        node.tag in ("div", "p", "span", "strong", "a")
        and bool(_TITLE_CLASS.search(node.attrs.get("class") or ""))
    )


def _runs(
    card: LexborNode,
    heading: LexborNode,
    items: list[LexborNode],
    year: int | None,
    day_first: bool,
) -> tuple[list[Candidate], list[str]] | None:
    """The runs of one card and its items' lines; None where an item is no dated, priced run."""
    title = clean_text(heading.text(deep=True) or "")
    if _DIGIT.search(title) or _MONTH.search(title):
        return None  # a month's heading ("October 2026"): dates grouped by time, not place
    dated: list[tuple[str, DateMatch]] = []
    texts: list[str] = []
    for item in items:
        if item.css_first("h1, h2, h3, h4, h5, h6") is not None:
            return None  # an item with a heading of its own: a course's, not a run's
        item_lines = [line.strip() for line in node_lines(item).splitlines() if line.strip()]
        text = " · ".join(item_lines)
        if len(text) > _MAX_ITEM_CHARS:
            return None
        dates = find_date_ranges(text, year=year, day_first=day_first)
        if len(dates) != 1 or not find_prices(text):
            return None
        texts.extend(item_lines)
        dated.append((text, dates[0]))
    item_ids = {item.mem_id for item in items}
    details = [
        line
        for child in card.iter(include_text=False)
        if child.mem_id != heading.mem_id and not _holds(child, item_ids)
        for line in node_lines(child).splitlines()
        if line.strip()
    ]
    cells: dict[str, str] = {}
    if mode_from_text(title) == "online":
        cells["mode"] = title
    elif (town := _town(title)) is not None and _addressed(card, town, details):
        cells["location"] = town
    else:
        return None  # a course's card ("Excel Advanced" over its dates), no venue's
    cands = [
        Candidate("\n".join([text, *details]), match, cells=dict(cells)) for text, match in dated
    ]
    return cands, texts


def _addressed(card: LexborNode, town: str, details: list[str]) -> bool:
    """Whether a card shows its venue's address: an ``<address>``, or a line with a number
    naming the heading's town ("Wharf Street 12, Leeds LS2 7EQ")."""
    return card.css_first("address") is not None or any(
        town in line and _DIGIT.search(line) for line in details
    )


def _holds(node: LexborNode, ids: set[int]) -> bool:
    """Whether ``node`` is one of the items or holds one (the list of dates)."""
    if node.mem_id in ids:
        return True
    return any(child.mem_id in ids for child in node.iter(include_text=False))


def _town(title: str) -> str | None:
    """The town a venue's heading opens with ("Leeds — Riverside Rooms", "Leeds, Hotel
    Metropole", "Leeds"), else None."""
    town = _TOWN_END.split(title, 1)[0].strip()
    words = town.split()
    if not 0 < len(words) <= _MAX_TOWN_WORDS or not town[:1].isupper() or _DIGIT.search(town):
        return None
    return town

"""Runs listed inside trainer profile cards: each card is headed by a trainer's name (often
beside their photo) and lists that trainer's own dates ("Upcoming classes with Dale:" over
"Mon, Dec 7 – Thu, Dec 10, 2026 · Columbus, OH · $595").

The line readers see the cards' text one after another: a card's last date runs on into the
next card's name and biography, and "with Dale" gives a first name only.  Here each dated
item of such a card is read alone, under its card's trainer.

A card is the nearest element around a person-like heading (two to four capitalised words)
that holds dated items and no other such heading, and that says it is the trainer's:
"with <first name>" in its text (looked for in the page's text first, with a line of that
name: a cheap test that most pages fail).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.dates import find_date_ranges

_HEADINGS = "h2, h3, h4, h5, h6"
_CAPITAL = "A-ZÀ-ÝĐŁŚŠŽČŘ"
_PERSON = re.compile(
    rf"^(?:(?:Dr|Prof)\.?\s+)?[{_CAPITAL}][a-zà-ÿ'’-]+(?:\s+[{_CAPITAL}][a-zà-ÿ'’.-]*){{1,3}}$"
)
_MAX_LEVELS = 5  # elements up from a card's heading to the card
_ITEMS = "li, p"
# (Opening with the literal word, which the regex engine finds fast; "\b" first would not.)
_WITH_NAME = re.compile(r"with[ \t]+([A-ZÀ-ÝĐŁŚŠŽČŘ][a-zà-ÿ'’-]+)")


@dataclass(frozen=True, slots=True)
class CardRun:
    """One dated item of a trainer's card: the trainer and the item's own text."""

    trainer: str
    text: str


def trainer_card_runs(tree: LexborHTMLParser, text: str, *, day_first: bool) -> dict[str, CardRun]:
    """The dated items of the page's trainer cards (``text``: the page's visible text), by
    their start date (ISO); a date two cards list is left out."""
    found: dict[str, CardRun] = {}
    clashes: set[str] = set()
    firsts = frozenset(_WITH_NAME.findall(text)) if "with " in text else frozenset()
    if not firsts or not _named_lines(text, firsts):
        return {}  # no "with <first name>" over a line of that name: no trainer's card
    for heading in tree.css(_HEADINGS):
        name = " ".join((heading.text(deep=True) or "").split())
        if not _PERSON.match(name) or _first_name(name) not in firsts:
            continue
        card = _card(heading, name)
        if card is None:
            continue
        for item in card.css(_ITEMS):
            if item.tag == "p" and item.parent is not None and item.parent.tag == "li":
                continue  # the item's own paragraph: read once, as the item
            line = " ".join((item.text(deep=True) or "").split())
            if not line or not any(c.isdigit() for c in line):
                continue
            dates = find_date_ranges(line, day_first=day_first)
            if len(dates) != 1 or dates[0].dates.start is None:
                continue
            start = dates[0].dates.start
            if start in found and found[start].trainer != name:
                clashes.add(start)
            found[start] = CardRun(name, line)
    for start in clashes:
        del found[start]
    return found


def _named_lines(text: str, firsts: frozenset[str]) -> bool:
    """Whether a line of ``text`` is a name opening with one of ``firsts``: "Dale Hutchins"
    (a plain search for each: a pattern made for each page would be compiled anew)."""
    for first in firsts:
        at = text.find(f"\n{first} ")
        while at >= 0:
            if text[at + len(first) + 2 : at + len(first) + 3].isupper():
                return True
            at = text.find(f"\n{first} ", at + 1)
    return False


def _first_name(name: str) -> str:
    words = name.split()
    return words[1] if words[0].rstrip(".") in ("Dr", "Prof") else words[0]


def _person(heading: LexborNode) -> bool:
    return _PERSON.match(" ".join((heading.text(deep=True) or "").split())) is not None


def _card(heading: LexborNode, name: str) -> LexborNode | None:
    """The trainer's card around ``heading``: see the module's note."""
    first = _first_name(name)
    node = heading.parent
    for _ in range(_MAX_LEVELS):
        if node is None:
            return None
        if sum(_person(h) for h in node.css(_HEADINGS)) > 1:
            return None  # the cards' list: past the card
        text = node.text(deep=True) or ""
        if (
            re.search(r"\d", text)
            and re.search(rf"\bwith\s+{re.escape(first)}\b", text)
            and (node.css_first("li") is not None or len(node.css("p")) > 1)
        ):
            return node
        node = node.parent
    return None

"""Each dated item's own link where a listing repeats a title with other links.

An events listing (Squarespace's events collection, The Events Calendar's list view, a
"what's on" page) gives every run its own page: the same course's title comes twice or
more, each time linking to that run's page ("/events/2026/12/7/excel", "/events/2027/3/4/
excel").  A link text that leads to several places names no one URL, so such runs are
matched to their links by their start dates.  Each title link (in a heading, as listings
write their items' titles) gives the first date of its item -- the smallest element around
it that shows a date and holds no link of that text to another place: a ``<time
datetime>``'s, else the first date of its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.dates import find_date_ranges
from prospectus.extract.text import link_key

_MENUS = frozenset({"nav", "header", "footer"})
_TITLE_LINKS = ", ".join(f"h{n} a[href]" for n in range(1, 6))
_HEADINGS = frozenset(f"h{n}" for n in range(1, 7))
_CARD_LINKS = f"a[href]:has({', '.join(sorted(_HEADINGS))})"
_MAX_LEVELS = 5  # from the link up to its item: a heading, the item's column, the item
_MIN_KEY_WORDS = 2  # a title, not "More" or "Book"
_MIN_CARD_CHARS = 40  # a card's text: more than its title
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")


def dated_links(
    tree: LexborHTMLParser, *, day_first: bool = True, cards: Sequence[LexborNode] | None = None
) -> dict[tuple[str, str], str]:
    """(title's link key, start date ISO) → the item's URL (as written in its ``href``),
    for every title that links to several places; the pairs read two ways are left out.

    ``cards`` are the links that wrap a whole card under its title's heading, where the
    caller found them already; else they are looked for."""
    anchors: dict[str, list[tuple[str, LexborNode]]] = {}
    for anchor in tree.css(_TITLE_LINKS):
        key = link_key(anchor.text(deep=True))
        href = (anchor.attributes.get("href") or "").strip()
        if len(key.split()) >= _MIN_KEY_WORDS and href and not href.startswith("#"):
            anchors.setdefault(key, []).append((href, anchor))
    wrapping: set[int] = set()
    for anchor, key, href in _card_links(_wrapping_links(tree) if cards is None else cards):
        anchors.setdefault(key, []).append((href, anchor))
        wrapping.add(anchor.mem_id)
    out: dict[tuple[str, str], str] = {}
    clashes: set[tuple[str, str]] = set()
    for key, found in anchors.items():
        if len({href for href, _ in found}) < 2:
            continue
        for href, anchor in found:
            if in_menu(anchor):
                continue
            start = _item_start(anchor, key, href, day_first, card=anchor.mem_id in wrapping)
            if start is None:
                continue
            if out.get((key, start), href) != href:
                clashes.add((key, start))
            out.setdefault((key, start), href)
    return {pair: href for pair, href in out.items() if pair not in clashes}


def _wrapping_links(tree: LexborHTMLParser) -> list[LexborNode]:
    """The links that wrap a card whole, its title in a heading and more besides."""
    return [
        anchor
        for anchor in tree.css(_CARD_LINKS)
        if len(anchor.text(deep=True)) > _MIN_CARD_CHARS  # not "<a><h3>Title</h3></a>"
    ]


def _card_links(anchors: Iterable[LexborNode]) -> list[tuple[LexborNode, str, str]]:
    """(link, its heading's link key, href) of the cards these links wrap whole, each with
    its title in a heading ("<a href=/event/x><h3>Title</h3> date, venue, price</a>", as
    events listings write their items).  The link's item is the link itself."""
    found: list[tuple[LexborNode, str, str]] = []
    for anchor in anchors:
        heading = next((n for n in anchor.traverse(include_text=False) if n.tag in _HEADINGS), None)
        if heading is None:
            continue
        key = link_key(heading.text(deep=True))
        href = (anchor.attributes.get("href") or "").strip()
        if len(key.split()) >= _MIN_KEY_WORDS and href and not href.startswith("#"):
            found.append((anchor, key, href))
    return found


def _item_start(
    anchor: LexborNode, key: str, href: str, day_first: bool, *, card: bool = False
) -> str | None:
    """The start date of the item around a title link: the first ancestor (a few levels up)
    that shows a date, unless it holds a link of the same text to another place first.  A
    link that wraps a whole ``card`` is the item itself."""
    node = anchor if card else anchor.parent
    for _ in range(_MAX_LEVELS):
        if node is None or node.tag in ("body", "html"):
            return None
        for other in node.css("a[href]"):
            if (
                other is not anchor
                and (other.attributes.get("href") or "").strip() != href
                and link_key(other.text(deep=True)) == key
            ):
                return None  # the list of items, not one item
        stamp = node.css_first("time[datetime]")
        if stamp is not None and (iso := _ISO.match(stamp.attributes.get("datetime") or "")):
            return iso.group()
        found = find_date_ranges(node.text(deep=True, separator=" "), day_first=day_first)
        if found:
            return found[0].dates.start
        node = node.parent
    return None


def in_menu(anchor: LexborNode) -> bool:
    """Whether a link sits in a ``<nav>``, the page's ``<header>`` or ``<footer>``."""
    node = anchor.parent
    while node is not None:
        if node.tag in _MENUS or node.attributes.get("role") == "navigation":
            return True
        node = node.parent
    return False

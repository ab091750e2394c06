"""Sessions lists under course headings: a page of several courses lists each course's
dates as a bulleted list under the course's heading, one item per session (WordPress
block themes' "sessions" lists, page builders' icon lists):

    <h3>Manual Handling Awareness</h3>
    <ul><li><strong>Tue 9 March 2027</strong> · Derby · £95 · <a href="/c/mh/#book">Book</a></li>
        <li><strong>Tue 13 April 2027</strong> · Leicester · £95 · …</li></ul>
    <h3>Fire Warden Training</h3>
    <ul><li>…</li></ul>

The items of each list are runs of the course its heading names (the lines give only the
first item its heading), and the one page every item's link leads to, less its anchor
("/c/mh/#book"), is that course's page.  Read as :mod:`.section_tables` reads tables.
"""

from __future__ import annotations

import re
from urllib.parse import urldefrag

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.dates import find_date_ranges
from prospectus.extract.patterns.card_urls import slug_words
from prospectus.extract.patterns.section_tables import Section, by_start, names_course
from prospectus.extract.text import clean_text, folded_words, join_url, leads_to_page

_HEADINGS = frozenset({"h2", "h3", "h4"})
_LISTS = frozenset({"ul", "ol"})
_MAX_BETWEEN = 3  # a blurb or a trainer line between a heading and its list
_MIN_SECTIONS = 2
_MAX_LEAD = 24  # an item opens with its date (a weekday before it at most)
_MIN_SHARED = 3  # letters of a shared word: "manual", not "of"
_DIGIT = re.compile(r"\d")


def _lists_after(heading: LexborNode) -> list[LexborNode]:
    """The lists among the few elements after ``heading``, up to the next heading; none
    where an address comes between (a venue's card: its heading names a place)."""
    found: list[LexborNode] = []
    sibling = _heading_block(heading).next
    seen = 0
    while sibling is not None and seen <= _MAX_BETWEEN:
        tag = sibling.tag
        if tag == "address":
            return []
        if tag in _HEADINGS or tag in ("table", "hr", "section"):
            break
        if tag == "div" and sibling.css_first("h2, h3, h4") is not None:
            break  # the next course's heading in its block's wrapper
        if tag in _LISTS:
            found.append(sibling)
        elif tag == "div":
            found.extend(_field_lists(sibling))
        if tag != "-text":
            seen += 1
        sibling = sibling.next
    return found


def _field_lists(block: LexborNode) -> list[LexborNode]:
    """The lists a field's wrapper holds as its own children: a CMS renders a course's
    dates field as a block with its label and the list ("<div class="field"><div
    class="field__label">Upcoming sessions</div><ul>…</ul></div>", Drupal's, ACF's)."""
    found: list[LexborNode] = []
    node = block.child
    while node is not None:
        if node.tag in _LISTS:
            found.append(node)
        node = node.next
    return found


_MAX_WRAPPERS = 2  # a heading block's wrapper and its inner box


def _heading_block(heading: LexborNode) -> LexborNode:
    """The outermost ``<div>`` (two at most) that holds ``heading`` alone, else ``heading``:
    page builders wrap each heading in a block of its own ("<div class="wp-block-stackable-
    heading"><h2>…</h2></div>", Elementor's heading widget), so the course's list follows
    the wrapper, not the heading."""
    block = heading
    for _ in range(_MAX_WRAPPERS):
        parent = block.parent
        if parent is None or parent.tag != "div" or _other_elements(parent, block):
            break
        block = parent
    return block


def _other_elements(parent: LexborNode, child: LexborNode) -> bool:
    """Whether ``parent`` holds an element besides ``child``, or text of its own."""
    node = parent.child
    while node is not None:
        if node.tag == "-text":
            if (node.text_content or "").strip():
                return True
        elif node.tag != "-comment" and node.mem_id != child.mem_id:
            return True
        node = node.next
    return False


def _course_over(heading: LexborNode) -> tuple[LexborNode, str] | None:
    """The heading of a higher rank a few elements before ``heading`` (a generic "Upcoming
    sessions" or "Dates" subheading over a course's list) and the course it names, where
    it names one; else None.

        <h2>Manual Handling Awareness</h2><p>Half-day course.</p>
        <h3>Upcoming sessions</h3><ul><li>Tue 9 March 2027 · Derby · £95</li></ul>
    """
    rank = heading.tag or ""  # "h3": compared as text with its sibling headings' "h2"
    sibling = heading.prev
    seen = 0
    while sibling is not None and seen <= _MAX_BETWEEN:
        tag = sibling.tag or ""
        if tag in _HEADINGS:
            if tag >= rank:
                return None  # a sibling subheading: no course heading straight above
            name = clean_text(sibling.text(deep=True))
            return (sibling, name) if names_course(name) else None
        if tag in _LISTS or tag in ("table", "hr", "section", "address"):
            return None
        if tag != "-text":
            seen += 1
        sibling = sibling.prev
    return None


def _item_starts(items: list[LexborNode], *, day_first: bool) -> set[str]:
    """The start dates of the items that each open with a date (a sessions list's items)."""
    starts: set[str] = set()
    for item in items:
        text = clean_text(item.text(deep=True, separator=" "))
        found = find_date_ranges(text, day_first=day_first)[:1]
        if found and found[0].dates.start and found[0].span[0] < _MAX_LEAD:
            starts.add(found[0].dates.start)
    return starts


def _shared_page(items: list[LexborNode], name: str, base: str | None) -> str | None:
    """The one page the items' links lead to, less its anchor, where its path's last part
    has a word of the course's name ("/courses/manual-handling/#book"); else None."""
    pages = {
        urldefrag(href).url
        for item in items
        for anchor in item.css("a[href]")
        if leads_to_page(href := (anchor.attributes.get("href") or "").strip())
    }
    if len(pages) != 1:
        return None
    page = pages.pop()
    slug = slug_words(page.rstrip("/").rsplit("/", 1)[-1])
    if not any(len(word) >= _MIN_SHARED for word in slug & folded_words(name)):
        return None
    return join_url(base, page) if base else page


def section_lists(
    tree: LexborHTMLParser, *, day_first: bool, base_url: str | None = None
) -> dict[str, Section]:
    """The course section each run's start date (ISO) sits in, where two headings or more,
    each naming a course of its own, each stand over a list of dated items.  A date that
    two sections share names neither."""
    found: list[tuple[Section, set[str]]] = []
    for heading in tree.css("h2, h3, h4"):
        lists = _lists_after(heading)
        if not lists:
            continue
        items = [item for node in lists for item in node.iter() if item.tag == "li"]
        # a sessions list opens with a session (a menu's or a feature list's first item
        # holds no digit): its first item's date read first, the others' after it
        if not items or _DIGIT.search(items[0].text(deep=True)) is None:
            continue
        starts = _item_starts(items[:1], day_first=day_first)
        if starts:
            starts |= _item_starts(items[1:], day_first=day_first)
        if not starts:
            continue
        name = clean_text(heading.text(deep=True))
        if not names_course(name):
            # "Upcoming sessions" under the course's own heading: that heading names it
            if (over := _course_over(heading)) is None:
                continue
            heading, name = over
        linked = heading.css_first("a[href]") is not None
        url = _shared_page(items, name, base_url)
        found.append((Section(name, None, linked, url), starts))
    if len(found) < _MIN_SECTIONS or len({section.name for section, _ in found}) < len(found):
        return {}
    return by_start(found)

"""Course lists without markup: items that each pair a course's name with its date.

Research centres, universities and training networks list their courses (upcoming and
past) as plain lists, one item per run, with no price and no booking button:

* ``<li><a>Introduction to Git</a>, 3-7 November 2025, ONLINE</li>``;
* ``<li><a>Tools workshop (Gothenburg)</a> (Aug 27-29, 2024)</li>``;
* ``<li><a>User introduction</a><p>Online event 9th Sep 2025</p></li>``;
* a table row ``27 - 28 August | AWK Workshop | online | ...``;
* a card (``<div class="post">``, ``<article>``) with a title heading and a date line.

An item is read when it holds one title (a heading, a link, or the text before its date)
and one date expression, and a list is read when at least two sibling items are, under a
heading that names courses, training, workshops or events (not news, a blog or
articles; see :func:`_section`).  A date without a year takes it from the item's own
link ("/courses/2026/..."), the nearest heading ("2024"), the list's other items, or the
lists above it.  "(online)", "ONLINE" give the mode, a "(City)" suffix of the name the
place; cancelled and postponed items are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborNode

from prospectus.extract.dates import ANY_YEAR, DateMatch, find_date_ranges, year_hint
from prospectus.extract.modes import mode_from_text
from prospectus.extract.months import MONTH_PATTERN, WEEKDAY_PATTERN, is_weekday_phrase
from prospectus.extract.patterns.events import CANCELLED, find_listed_events
from prospectus.extract.patterns.schedule_candidate import ScheduleContext
from prospectus.extract.patterns.schedule_words import BUTTON, TIME_ZONE, has_digit
from prospectus.extract.text import is_web_address, join_url, link_key
from prospectus.extract.visible import Visible, node_lines
from prospectus.records import Course

# The elements a list's items are: list items, table rows, cards named as such.
_ITEMS = (
    "li, tr, article, div[class*=post], div[class*=event], div[class*=item], "
    "div[class*=card], div[class*=entry], div[class*=teaser], div[class*=listing]"
)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_HEADING_TAGS = ",".join(_HEADINGS)
# A quick necessary condition for a date: a day next to a month's name, or a numeric date.
_DATE_HINT = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s*(?:{MONTH_PATTERN})\b|\b(?:{MONTH_PATTERN})\.?\s*\d"
    r"|\d{1,2}\.\s*-?\s*\d{0,2}\.?\d{1,2}\.20\d\d|\b20\d\d-\d\d-\d\d\b",
    re.I,
)
_SECTION = re.compile(
    r"\b(?:courses?|events?|workshops?|training|trainings|schools?|classes|tutorials|"
    r"kurser|kurse|kursen|termine|veranstaltungen|schulungen|formations?|cursos?|corsi|"
    r"cursussen|opleidingen|koulutukset|utbildningar|kurs)\b",
    re.I,
)
_NOT_SECTION = re.compile(
    r"\b(?:news|blog|articles?|posts?|press|stories|insights|testimonials?|reviews?|"
    r"publications?|related|nyheter|uutiset|aktuelles|nachrichten|actualités|noticias|"
    r"notizie|nieuws|webinars?|podcasts?|videos?|recordings?|jobs?|vacancies|careers?|"
    r"also|similar|recommended|popular|you might|aussi|auch|også|också|ook|other|more|"
    r"further|weitere|autres|andere|övriga|andre|muut|otros|altri|"
    r"what .{0,20}say|says)\b",
    re.I,
)
_NOT_A_NAME = re.compile(
    r"^(?:information|info|details|more|read|link|rss|subscribe|registration|register|date|"
    r"dates|when|where|time|deadline|updated|posted|published|location|venue|online|"
    r"upcoming|previous|past|next|see|view|show|all)\b",
    re.I,
)
# A list item that is only a zone's name ("CET", "UTC"): a list's time-zone note.
_BARE_ZONE = re.compile(r"^(?:UTC|GMT|[CEW]E?S?T|[ECMP][SD]T)$")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_TRIM = " ,;:·|-–—(/"
# A place in brackets after a name: "(Gothenburg)", "(Den Haag)"; not "(NAMD)", "(online)".
_PLACE_SUFFIX = re.compile(r"\s*\(((?:[A-ZÀ-Ý][a-zà-ÿ'’-]+)(?:\s[A-ZÀ-Ý][a-zà-ÿ'’-]+)?)\)$")
# Words going on after a link, up to a comma, a bracket, a dash or a full stop.
_NAME_GOES_ON = re.compile(r" (?=[a-z])[^,;(\n.–—]*?(?=\s*(?:[,;(\n.–—]| - |$))")
# A link to a post rather than a course: "/blog/...", "/news/2026/...".
_POST_LINK = re.compile(
    r"/(?:blog|blogs|news|articles?|posts?|press|stories|insights|magazine|nyheter|uutiset|"
    r"aktuelles|actualites|noticias|notizie|nieuws)(?:/|$|\.)",
    re.I,
)
# A range whose end the date reader did not take ("25 Feb 2026 - 31 Dec 2030"): no one-day run.
_RANGE_GOES_ON = re.compile(r"\s*(?:[-–—]|to\b|until\b|bis\b)\s*\w")
_CONTINUES = re.compile(r"(?:[-–—]|\band|&|,)\s*$")
_CONTINUED = re.compile(r"^(?:and|&|[-–—+])\s", re.I)
_MAX_DATE_CHARS = 30
_MAX_ITEM_CHARS = 1500  # a longer item is a section of text, not a list's item
_MAX_NAME_WORDS = 20
_MAX_HEADING_STEPS = 60
_MAX_HEADINGS = 4
_SHORT_LINE_WORDS = 6
_PLACEHOLDER_YEAR = 2000  # finds the dates written without a year (the real one comes later)


@dataclass(slots=True)
class _Item:
    node: LexborNode
    name: str
    url: str | None
    match: DateMatch
    year: int | None  # written, or lent by the item's own link
    line: str  # the date's line
    short: str  # the item's short lines (format, place), for its mode


def find_listed_runs(view: Visible, ctx: ScheduleContext, runs: list[Course]) -> list[Course]:
    """Runs of course lists without markup (see the module's docstring), on a page where
    the schedule readers found no ``runs`` (beside a priced schedule, such a list is
    another page's: related courses, a partner's events)."""
    if runs or view.tree is None or not _SECTION.search(view.text):
        return []
    nodes = {node.mem_id: node for node in view.tree.css(_ITEMS)}  # one node may match twice
    items = [item for node in nodes.values() if (item := _item(node, view, ctx))]
    if len(items) < 2:
        return []
    groups: dict[int, list[_Item]] = {}
    for item in items:
        parent = item.node.parent
        if parent is not None:
            groups.setdefault(parent.mem_id, []).append(item)
    out: list[Course] = []
    seen: set[tuple[str | None, str]] = set()
    last_year: int | None = None
    for group in groups.values():
        if len(group) < 2:
            continue
        heading_year, ok = _section(group[0].node)
        if not ok:
            continue
        for k, item in enumerate(group):
            year = item.year or heading_year or _neighbour_year(group, k) or last_year
            course = _course(item, year, ctx)
            if course is None:
                continue
            last_year = int(course.start_date[:4]) if course.start_date else last_year
            key = (course.start_date, link_key(course.name))
            if key not in seen:
                seen.add(key)
                out.append(course)
    if out:  # the page's other title-and-date lines, which page.py reads only without runs
        dates = {run.start_date for run in out}
        out.extend(run for run in find_listed_events(view, ctx) if run.start_date not in dates)
    return out


def _item(node: LexborNode, view: Visible, ctx: ScheduleContext) -> _Item | None:
    """The name and date of one list item, or ``None`` when it lacks either."""
    flat = node.text(deep=True, separator=" ")
    if len(flat) > _MAX_ITEM_CHARS or not has_digit(flat) or not _DATE_HINT.search(flat):
        return None
    if CANCELLED.search(flat) or len(node.css(_HEADING_TAGS)) > 1:
        return None  # cancelled or postponed: no run; several headings: a section, no item
    lines = _joined(node_lines(node).split("\n"))
    best: tuple[float, int, DateMatch] | None = None
    for index, line in enumerate(lines):
        for match in find_date_ranges(line, year=_PLACEHOLDER_YEAR, day_first=ctx.day_first):
            share = len(match.text) / len(line)
            if best is None or share > best[0]:
                best = (share, index, match)
    if best is None:
        return None
    _, index, match = best
    line = lines[index]
    href, name = _name(node, lines, index, match)
    if name is None:
        return None
    written = [m for m in find_date_ranges(line, day_first=ctx.day_first) if m.span == match.span]
    year = int(written[0].dates.start[:4]) if written and written[0].dates.start else None
    if year is None and href and len(years := set(ANY_YEAR.findall(href))) == 1:
        year = int(years.pop())
    if href and _POST_LINK.search(href):
        return None  # a news item or a blog post
    url = join_url(view.base_url, href) if href and view.base_url else href
    if not is_web_address(url):
        url = None
    short = "\n".join(x for x in lines if len(x.split()) <= _SHORT_LINE_WORDS)
    return _Item(node, name, url, match, year, line, short)


def _joined(lines: list[str]) -> list[str]:
    """Lines with a date split over two put together: "Nov 3rd, 2025 -" / "Jan 18th, 2026",
    and a start date's line and an end date's line ("Oct 4th, 2021" / "Jan 16th, 2022")."""
    out: list[str] = []
    for line in lines:
        line = line.strip(" \t")
        if not line:
            continue
        if out and (_CONTINUES.search(out[-1]) or _CONTINUED.match(line)):
            out[-1] = f"{out[-1]} {line}"
        elif out and _only_date(out[-1]) and _only_date(line):
            out[-1] = f"{out[-1]} - {line}"
        else:
            out.append(line)
    return out


def _only_date(line: str) -> bool:
    """Whether ``line`` is one date and nothing else ("Jan 16th, 2022")."""
    if not has_digit(line) or len(line) > _MAX_DATE_CHARS:
        return False
    found = find_date_ranges(line, year=_PLACEHOLDER_YEAR)
    return len(found) == 1 and found[0].dates.end is None and len(found[0].text) == len(line)


def _name(
    node: LexborNode, lines: list[str], index: int, match: DateMatch
) -> tuple[str | None, str | None]:
    """The item's link (its ``href``) and title: a heading's, else a link's before the
    date (or anywhere in a table row), else the text before the date, else a line above."""
    heading = node.css_first(_HEADING_TAGS)
    if heading is not None and _is_name(text := _clean(heading.text(deep=True))):
        anchor = heading.css_first("a[href]") or _parent_link(heading)
        return (anchor.attributes.get("href") if anchor else None), text
    before = "\n".join([*lines[:index], lines[index][: match.span[0]]])
    anchors = node.css("a[href]")
    for anchor in anchors:
        text = _clean(anchor.text(deep=True))
        if _is_name(text) and (at := before.find(text)) >= 0:
            return anchor.attributes.get("href"), _continued(text, before[at + len(text) :])
        if _is_name(text) and node.tag == "tr":
            return anchor.attributes.get("href"), text
    texts = [_TRAILING_WEEKDAY.sub("", lines[index][: match.span[0]]), *reversed(lines[:index])]
    name = next((text for raw in texts if _is_name(text := _clean(raw))), None)
    if name is None:
        return None, None
    href = next((a.attributes.get("href") for a in anchors if name in a.text(deep=True)), None)
    return href, name


# A weekday the date's match left before it, set off from the name: "VCA Basis – tuesday"
# (of "… – tuesday 8 december 2026"), "First Aid, Mon." (of "…, Mon. 12 Jan").
_TRAILING_WEEKDAY = re.compile(rf"\s*[-–—,|·:]\s*(?:{WEEKDAY_PATTERN})\.?,?\s*$", re.I)


def _continued(name: str, after: str) -> str:
    """A link's text and the words that go on from it: "<a>Running R and Julia</a> in HPC"."""
    rest = _NAME_GOES_ON.match(after)
    return f"{name}{rest.group()}".rstrip() if rest else name


def _parent_link(node: LexborNode) -> LexborNode | None:
    parent = node.parent
    return parent if parent is not None and parent.tag == "a" else None


def _clean(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text.rstrip(_TRIM).lstrip(" ,;:·|-–—")


def _is_name(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= _MAX_NAME_WORDS
        and (text[:1].isupper() or text[:1].isdigit())
        and len(_LETTERS.findall(text)) >= 1
        and sum(len(w) for w in _LETTERS.findall(text)) >= 4
        and not _NOT_A_NAME.match(text)
        and not TIME_ZONE.match(text)
        and not _BARE_ZONE.match(text)
        and not text.endswith((":", "."))  # a label, a sentence, "Sophie O."
        and not (text.endswith("?") and ":" not in text)  # a question: a post's title
        and not find_date_ranges(text, year=_PLACEHOLDER_YEAR)
        and not (len(words) <= 3 and BUTTON.search(text))
        and not is_weekday_phrase(text)  # "Friday" (of "Friday 27 November"): a date's part
    )


def _section(listing: LexborNode | None) -> tuple[int | None, bool]:
    """The year the list's nearest heading gives, and whether the headings above it (up to
    the first that names courses, training, workshops or events) are not news or posts."""
    year: int | None = None
    seen = 0
    for nearest, text in enumerate(_headings_before(listing)):
        if nearest == 0:
            year = year_hint(text)
        if _NOT_SECTION.search(text):
            return year, False
        if _SECTION.search(text):
            return year, True
        seen += len(text.split()) > 2  # "2024", "Upcoming", "Past events" lead on
        if seen >= _MAX_HEADINGS:
            break
    return year, False


def _headings_before(node: LexborNode | None) -> Any:
    """The texts of the headings before ``node`` in the page, nearest first: ``<h1>``..
    ``<h6>`` and short lines standing alone ("<p><strong>2024</strong></p>")."""
    steps = 0
    while node is not None and node.tag not in ("body", "html") and steps < _MAX_HEADING_STEPS:
        sibling = node.prev
        while sibling is not None and steps < _MAX_HEADING_STEPS:
            steps += 1
            if sibling.is_element_node:
                yield from _headings_in(sibling)
            sibling = sibling.prev
        node = node.parent


def _headings_in(node: LexborNode) -> list[str]:
    """The headings of one element before a list, last first."""
    if node.tag in _HEADINGS:
        return [node.text(deep=True).strip()]
    inner = node.css(_HEADING_TAGS)
    if inner:
        return [h.text(deep=True).strip() for h in reversed(inner)]
    if node.tag in ("p", "div", "strong", "b", "span", "dt"):
        text = node.text(deep=True).strip()
        if 0 < len(text.split()) <= _SHORT_LINE_WORDS and "\n" not in text:
            return [text]
    return []


def _neighbour_year(group: list[_Item], k: int) -> int | None:
    """The year of the nearest item of the list that states one."""
    for distance in range(1, len(group)):
        for j in (k + distance, k - distance):
            if 0 <= j < len(group) and group[j].year is not None:
                return group[j].year
    return None


def _course(item: _Item, year: int | None, ctx: ScheduleContext) -> Course | None:
    found = find_date_ranges(item.line, year=item.year or year, day_first=ctx.day_first)
    dates = next((m.dates for m in found if m.span == item.match.span), None)
    if dates is None:
        return None
    if dates.start is None:
        return None
    end = dates.end or (
        None if _RANGE_GOES_ON.match(item.line, item.match.span[1]) else dates.start
    )
    mode = mode_from_text(f"{item.name}\n{item.line}\n{item.short}")
    place = _PLACE_SUFFIX.search(item.name)
    location = None
    if place and mode_from_text(place.group(1)) is None and mode != "online":
        location = place.group(1)
        mode = mode or "in_person"
    values: dict[str, Any] = {
        "name": item.name,
        "start_date": dates.start,
        "end_date": end,
        "mode": mode,
        "location": location,
        "url": item.url,
    }
    prov = tuple((k, ctx.source) for k, v in values.items() if v is not None)
    return Course(page=ctx.page, source=ctx.source, provenance=prov, **values)

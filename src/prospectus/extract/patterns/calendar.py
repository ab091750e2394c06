"""Runs in an event calendar's month grid: one cell per day, the day's events inside it.

Calendar plugins (The Events Calendar, FullCalendar, and the like) give each day's cell its
date in the markup: a ``data-date="2026-12-07"``, a ``<time datetime="2026-12-07">`` day
number, or an id naming it ("calendar-day-2026-12-07").  Each event linked in a cell starts
there; its block (title, tooltip with times, trainer, venue, price, status) is read as a
run, ending on the last date its block gives ("December 7 @ 9:00 am - December 10 @ 4:30
pm").  A multi-day event's continuation bars on later days carry no link and start nothing.

Found only on a page with such cells whose text shows a week's header (a weekday per line
or cell).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.dates import DateMatch, DateRange, find_date_ranges
from prospectus.extract.months import WEEKDAYS
from prospectus.extract.patterns.schedule_candidate import Candidate, ScheduleContext
from prospectus.extract.patterns.schedule_values import build_course
from prospectus.extract.patterns.schedule_words import BUTTON
from prospectus.extract.text import join_url
from prospectus.extract.visible import Visible, node_lines
from prospectus.records import Course

# Three one-word lines or cells in a row, to be checked for a calendar's weekdays (a regex
# of three short words is much cheaper to scan for than one of every weekday's name).
_THREE_WORDS = re.compile(
    r"[\t\n]([^\W\d_]{2,11})\.?[\t\n]+([^\W\d_]{2,11})\.?[\t\n]+([^\W\d_]{2,11})\.?(?=[\t\n])"
)
DAY_CELLS = '[role="gridcell"], td[data-date], div[data-date]'  # a month grid's day cells
_HIDDEN = '[aria-hidden="true"]'
_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ]{3})\.[ \t]+(?=[A-ZÀ-Ý])")
_VENUE = '[class*="venue"]'
_TOWN = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2}")
_ISO = re.compile(r"(20\d\d)-(\d\d)-(\d\d)(?!\d)")
_MAX_DAYS = 62  # an end date further on is another event's, not this one's
_MIN_WORDS = 2
_BUTTON_CHARS = 30  # "Book now", "Join the waiting list": a button's label, no event's title


def find_calendar_runs(view: Visible, ctx: ScheduleContext) -> list[Course]:
    """The runs a month grid shows, one per event that starts in one of its day cells."""
    if view.tree is None or view.tree.css_first(DAY_CELLS) is None or not _week_header(view.text):
        return []  # the cheap query first: most pages have no such cell
    runs: list[Course] = []
    seen: set[tuple[str, str]] = set()
    for cell in _day_cells(view.tree):
        day = _cell_date(cell)
        if day is None:
            continue
        for anchor in cell.css("a[href]"):
            if not _named(anchor):
                continue
            name = " ".join(anchor.text(deep=True).split())
            href = _page_of(anchor)
            if not href or (href, day) in seen:
                continue
            seen.add((href, day))
            block = _block(anchor, cell)
            run = _run(block, name, day, ctx)
            if run is not None:
                url = join_url(view.base_url, href) if view.base_url else href
                runs.append(_with_venue(_with(run, ctx, url=url), block, ctx))
    return runs


def _week_header(text: str) -> bool:
    """Whether ``text`` shows three weekdays in a row, each a line or a cell of its own."""
    return any(
        all(word.casefold() in WEEKDAYS for word in found.groups())
        for found in _THREE_WORDS.finditer(text)
    )


def _day_cells(tree: LexborHTMLParser) -> list[LexborNode]:
    return [cell for cell in tree.css(DAY_CELLS) if cell.attributes.get("aria-hidden") != "true"]


def _cell_date(cell: LexborNode) -> str | None:
    """The ISO date a day cell names in its markup, if any."""
    attrs = cell.attributes
    for key in ("data-date", "aria-labelledby", "id"):
        if (value := attrs.get(key)) and (found := _ISO.search(value)):
            return found.group(0)
    time = cell.css_first("time[datetime]")
    if time is not None and (found := _ISO.fullmatch(time.attributes.get("datetime") or "")):
        return found.group(0)
    return None


def _block(anchor: LexborNode, cell: LexborNode) -> LexborNode:
    """The largest element around ``anchor`` inside ``cell`` that holds no other event."""
    block = anchor
    node = anchor.parent
    while node is not None and node.mem_id != cell.mem_id:
        if node.css_first(_HIDDEN) is not None and block.css_first(_HIDDEN) is None:
            break  # another event's continuation bar beside this one
        links = {_page_of(a) for a in node.css("a[href]") if _named(a)}
        if len(links) > 1:
            break
        block = node
        node = node.parent
    return block


def _named(anchor: LexborNode) -> bool:
    """Whether ``anchor`` names an event: a title, not its "Book now" button."""
    text = anchor.text(deep=True)
    return len(text.split()) >= _MIN_WORDS and not (
        len(text) < _BUTTON_CHARS and BUTTON.search(text)
    )


def _page_of(anchor: LexborNode) -> str:
    """The page a link leads to, without its fragment ("…/event/x/#tickets" is "…/event/x/")."""
    return (anchor.attributes.get("href") or "").split("#", 1)[0].strip()


def _run(block: LexborNode, name: str, day: str, ctx: ScheduleContext) -> Course | None:
    # a tooltip's sentences, each a line: "Trainer: Jo Bloggs. Riverside Centre, Leeds"
    text = _SENTENCE_END.sub(".\n", node_lines(block))
    end = _end_date(text, day, ctx.day_first)
    match = DateMatch(span=(0, 0), text="", dates=DateRange(day, end))
    return build_course(Candidate(text=text, match=match, name=name), ctx)


def _end_date(text: str, day: str, day_first: bool) -> str | None:
    """The last date the event's block gives from ``day`` on ("December 10"), else None."""
    year = int(day[:4])
    ends = [
        date
        for match in find_date_ranges(text, year=year, day_first=day_first)
        for date in (match.dates.start, match.dates.end)
        if date and day <= date <= _plus(day, _MAX_DAYS)
    ]
    return max(ends) if ends else None


def _plus(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _with(run: Course, ctx: ScheduleContext, **changes: Any) -> Course:
    prov = (*run.provenance, *((key, ctx.source) for key in changes))
    return dataclasses.replace(run, provenance=prov, **changes)


def _with_venue(run: Course, block: LexborNode, ctx: ScheduleContext) -> Course:
    """``run`` given the town of the venue its block marks ("Riverside Centre, Leeds"):
    the last part of the venue's address, where that is a town's name."""
    if run.mode == "online":
        return run
    venue = block.css_first(_VENUE)
    if venue is None:
        return run
    town = " ".join(venue.text(deep=True).split()).rsplit(",", 1)[-1].strip()
    if "," not in venue.text(deep=True) or not _TOWN.fullmatch(town):
        return run
    if run.mode is None:
        return _with(run, ctx, location=town, mode="in_person")
    return _with(run, ctx, location=town)

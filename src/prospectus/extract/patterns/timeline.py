"""An intake shown as a timeline of its module dates: one run from the first module day
to the last.

Programmes taught in blocks (a diploma's modules, a cohort's weekends) list each block
as an item of a list, its dates first and its module below, with the year written only
where it changes (a divider item "2027") or above the list ("December 2026 – June 2027"):

    <ol class="timeline">
      <li><span>8–10 Dec</span><h4>Module 1 Scope of procurement</h4></li>
      <li><span>2027</span></li>
      <li><span>12–14 Jan</span><h4>Module 2 Business needs</h4></li>
      …
    </ol>
    <aside>Programme fee AED 14,900 · Status: Seats available</aside>

The dates are the blocks of one run, not runs of their own; the block around the list
(an intake's tab, its card) gives the run's fee, place, tutor and status.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.dates import ANY_YEAR, DateMatch, DateRange, find_date_ranges
from prospectus.extract.modes import mode_from_text
from prospectus.extract.patterns.schedule_words import booking_evidence, has_digit
from prospectus.extract.prices import find_prices
from prospectus.extract.visible import node_lines

_MIN_ITEMS = 3
_MIN_DAYS = 14
_MAX_LEVELS = 3  # from the list up to the block that holds its intake's fee and status
_YEAR_DIVIDER = re.compile(r"20\d\d")
# What a date line may hold besides its dates: separators and list words ("6 & 13 Feb").
_DATE_LINE_REST = re.compile(r"[\W\d_]*(?:\b\w{1,4}\b[\W\d_]*){0,2}")


@dataclass(frozen=True, slots=True)
class Timeline:
    """One intake's timeline: its block's text, and the run from first to last module."""

    text: str
    match: DateMatch


def find_timelines(tree: LexborHTMLParser, *, day_first: bool = True) -> list[Timeline]:
    """The timelines of module dates on the page, in page order."""
    # a list's first item opens with a date (or a year): a cheap test before the list is read
    opened = (li.parent for li in tree.css("li:first-child") if has_digit(li.text(deep=True)[:60]))
    lists = [(node, items) for node in opened if node is not None and (items := _dated_items(node))]
    if not lists:
        return []
    ids = {node.mem_id for node, _ in lists}
    out = []
    for node, items in lists:
        block = _block(node, ids)
        text = node_lines(block)
        year = _year_before(text, items[0])
        found = _run(items, year, day_first)
        if found is not None:
            span = (0, 0)
            out.append(Timeline(text, DateMatch(span, f"{items[0]} – {items[-1]}", found)))
    return out


def _dated_items(node: LexborNode) -> list[str] | None:
    """The first lines of a list's items where each opens with a date (or is a year
    divider) and goes on with a module's title; else None."""
    items = [child for child in node.iter() if child.tag == "li"]
    if len(items) < _MIN_ITEMS:
        return None
    out = []
    for item in items:
        lines = [line for line in item.text(deep=True, separator="\n").split("\n") if line.strip()]
        if not lines:
            return None
        head = lines[0].strip()
        if len(lines) == 1 and _YEAR_DIVIDER.fullmatch(head):
            out.append(head)
            continue
        if len(lines) < 2 or not _is_date_line(head) or not _is_module(lines[1:]):
            return None
        out.append(head)
    dated = sum(1 for head in out if not _YEAR_DIVIDER.fullmatch(head))
    return out if dated >= _MIN_ITEMS else None


def _is_module(lines: list[str]) -> bool:
    """Whether the lines below an item's date are a module's, not a run's: a title of two
    words or more, and no price, no status and no place of its own (those are the runs of
    a list of dates: "9–11 Dec 2026" / "Online" / "€1,450" / "Places left")."""
    title = lines[0].strip()
    text = " ".join(lines)
    return (
        len(title.split()) >= 2
        and not find_prices(text)
        and not booking_evidence(text)
        and mode_from_text(title) is None
    )


def _is_date_line(line: str) -> bool:
    if ANY_YEAR.search(line):
        return False  # each block's own year: runs of their own, not a timeline's blocks
    found = find_date_ranges(line, year=2000)
    if not found or found[0].span[0] > 3:
        return False
    rest = "".join(
        line[a.span[1] : b.span[0]] for a, b in zip(found, [*found[1:], None], strict=False) if b
    )
    rest = line[: found[0].span[0]] + rest + line[found[-1].span[1] :]
    return _DATE_LINE_REST.fullmatch(rest) is not None


def _block(node: LexborNode, timelines: set[int]) -> LexborNode:
    """The block around a timeline that holds its intake, and no other timeline."""
    block = node
    for _ in range(_MAX_LEVELS):
        parent = block.parent
        if parent is None or parent.tag in ("body", "html"):
            break
        if sum(1 for n in parent.css("ol, ul") if n.mem_id in timelines) > 1:
            break
        block = parent
    return block


def _year_before(text: str, first: str) -> int | None:
    """The year of the line nearest above the timeline that gives one (its first year:
    "December 2026 – June 2027" starts in 2026)."""
    at = text.find(first)
    lines = text[: max(at, 0)].split("\n")
    for line in reversed(lines[-6:]):
        if year := ANY_YEAR.search(line):
            return int(year.group(1))
    return None


def _run(items: list[str], year: int | None, day_first: bool) -> DateRange | None:
    """The first and last day of the timeline's items, each block after the one before."""
    start: str | None = None
    last: str | None = None
    for head in items:
        if _YEAR_DIVIDER.fullmatch(head):
            year = int(head)
            continue
        block = _block_days(head, year, day_first)
        if block is not None and last is not None and block[0] <= last and year is not None:
            year += 1  # past December: the next year
            block = _block_days(head, year, day_first)
        if block is None or (last is not None and block[0] <= last):
            return None
        year = int(block[1][:4])
        start, last = start or block[0], block[1]
    if start is None or last is None:
        return None
    if (dt.date.fromisoformat(last) - dt.date.fromisoformat(start)).days < _MIN_DAYS:
        return None  # a programme in blocks spans weeks, not the days of one course
    return DateRange(start, last)


def _block_days(head: str, year: int | None, day_first: bool) -> tuple[str, str] | None:
    """The first and last day of one block's date line ("27 Feb & 6 Mar")."""
    found = find_date_ranges(head, year=year, day_first=day_first)
    first = found[0].dates.start if found else None
    end = (found[-1].dates.end or found[-1].dates.start) if found else None
    return (first, end) if first and end and end >= first else None

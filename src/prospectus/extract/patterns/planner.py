"""Runs in a year planner: a table of courses (rows) by months (columns).

Training calendars print a whole season as one matrix::

    Course                     Dec 2026    Jan 2027    Feb 2027         Fee
    Lead Auditor  5 days       14-18 LHE   –           8-12 ONL         Rs 185,000 + tax
    Payroll Basics  2 days     –           12-13 ONL   30 Jan-1 Feb KHI Rs 48,000 + tax

A cell gives only the days (the month and year are its column's header, unless the cell
names a month: a run across two months) and a place code; a legend elsewhere on the page
spells the codes out ("LHE Lahore (Gulberg centre)", "ONL Live online (Zoom)").  A word
after the code is the run's status ("FULL").  Each dated cell is a run of its row's
course, at its row's fee.

Found only where a table's header row (a line of tab-separated cells) names three months
with their year.
"""

from __future__ import annotations

import dataclasses
import re

from prospectus.extract.dates import DateMatch, find_date_ranges
from prospectus.extract.modes import mode_from_text
from prospectus.extract.months import MONTH_PATTERN, month_number
from prospectus.extract.patterns.schedule_candidate import Candidate, ScheduleContext
from prospectus.extract.patterns.schedule_values import build_course
from prospectus.extract.text import join_url
from prospectus.extract.visible import Visible
from prospectus.records import Course

# Three header cells in a row that each look like "Dec 2026" (checked against the month
# names afterwards): cheap to scan for on every page, led by a tab the engine skips to.
_MONTH_YEARS = re.compile(
    r"\t(?:[^\W\d_]{3,10}\.? (?:19|20)\d\d\t){2}[^\W\d_]{3,10}\.? (?:19|20)\d\d(?=\t|$)", re.M
)
_MONTH_YEAR = re.compile(r"([^\W\d_]{3,10})\.? ((?:19|20)\d\d)")
_MONTH = rf"(?:{MONTH_PATTERN})\.?"
_NAMED_MONTH = re.compile(_MONTH, re.I)
# "14-18", "20", "30 Mar-1 Apr", "30 Mar – 1 Apr", then a place code and a status.
_DAYS = re.compile(
    rf"(?<![\d.,/])(\d{{1,2}}(?:\s*{_MONTH})?(?:\s*[-–—]\s*\d{{1,2}}(?:\s*{_MONTH})?)?)"
    r"(?![\d.,/:])(?:\s+([A-Z]{2,5})\b)?",
    re.I,
)
_DURATION = re.compile(r"\s+\d+(?:[.,]\d)?\s*(?:days?|hours?|hrs?|weeks?)$", re.I)
_PLACE_END = re.compile(r"\s*(?:[(,;]|\s[-–—·]\s).*$")
_EMPTY = frozenset({"", "–", "—", "-", "·", "x"})
_MIN_MONTHS = 3


def find_planner_runs(view: Visible, ctx: ScheduleContext) -> tuple[list[Course], frozenset[str]]:
    """The runs a year planner shows, and the table's lines (read here, not as lines)."""
    if "\t" not in view.text or not _MONTH_YEARS.search(view.text):
        return [], frozenset()  # most pages have no such header
    lines = view.text.split("\n")
    runs: list[Course] = []
    taken: set[str] = set()
    for i, line in enumerate(lines):
        months = _header_months(line)
        if months is None:
            continue
        for row in lines[i + 1 :]:
            cells = row.strip("\n").rstrip("\t").split("\t")
            if len(cells) != len(months):
                break
            found = _row_runs(cells, months, view, ctx)
            if found is None:
                break
            runs.extend(found)
            taken.add(row.strip())
    return runs, frozenset(taken)


def _header_months(line: str) -> list[str | None] | None:
    """Per cell of a header row, "Dec 2026" where the cell is a month of a year, "fee" where it
    is the price column, else None; None for a line that is no planner's header."""
    if "\t" not in line:
        return None
    cells = line.rstrip("\t").split("\t")
    roles: list[str | None] = []
    for cell in cells:
        found = _MONTH_YEAR.fullmatch(cell.strip())
        if found is not None and month_number(found.group(1)) is not None:
            roles.append(cell.strip())
        elif re.search(r"(?i)\b(?:fee|price|cost|preis|prix|precio|tarif)", cell):
            roles.append("fee")
        else:
            roles.append(None)
    if sum(1 for role in roles if role not in (None, "fee")) < _MIN_MONTHS or roles[0]:
        return None
    return roles


def _row_runs(
    cells: list[str], roles: list[str | None], view: Visible, ctx: ScheduleContext
) -> list[Course] | None:
    """The runs of one course row, or None for a row that is no planner row."""
    name = _DURATION.sub("", cells[0].strip())
    if len(name) < 3 or not any(ch.isalpha() for ch in name):
        return None
    fee = next((cell for cell, role in zip(cells, roles, strict=True) if role == "fee"), "")
    runs: list[Course] = []
    url: str | None = None
    for cell, role in zip(cells, roles, strict=True):
        cell = cell.strip()
        if role in (None, "fee") or cell in _EMPTY:
            continue
        parts = list(_DAYS.finditer(cell))
        if not parts:
            return None  # a month cell with something other than days: no planner
        for part in parts:
            run = _run(name, part, cell, role, fee, view, ctx)
            if run is None:
                continue
            if url is None:
                url = _link(view, name) or ""
            runs.append(run if not url else _with_url(run, url))
    return runs


def _run(
    name: str,
    part: re.Match[str],
    cell: str,
    month: str,
    fee: str,
    view: Visible,
    ctx: ScheduleContext,
) -> Course | None:
    days, code = part.group(1), part.group(2)
    year = month.rsplit(" ", 1)[1]
    # a run across months names them: "30 Mar-1 Apr"
    when = f"{days} {year}" if _NAMED_MONTH.search(days) else f"{days} {month}"
    found = find_date_ranges(when, year=int(year), day_first=True)
    if not found or found[0].dates.start is None:
        return None
    place = _legend(view.text, code) if code else None
    status = cell[part.end() :].strip()
    cells: dict[str, str] = {"price": fee} if fee else {}
    if place:
        cells["mode"] = place
        if mode_from_text(place) != "online":
            cells["location"] = _PLACE_END.sub("", place)
    if status and status[:1].isalpha():
        cells["availability"] = status
    text = "\n".join(part for part in (name, when, place or "", status, fee) if part)
    match = DateMatch(span=(0, 0), text=when, dates=found[0].dates)
    return build_course(Candidate(text=text, match=match, name=name, cells=cells), ctx)


def _legend(text: str, code: str) -> str | None:
    """What the page's legend says a place code stands for ("LHE Lahore (Gulberg centre)"),
    the legend's entries each a cell or a line of their own or one after another on a line
    ("MCR Manchester (city centre) BRS Bristol"): up to the next code."""
    pattern = re.compile(
        rf"(?<![\w-]){re.escape(code)}\s*[:=–-]?\s+([^\t\n]{{3,80}}?)"
        r"(?=\s+[A-Z]{2,5}\s|\s*[\t\n;|·]|$)",
        re.M,
    )
    for found in pattern.finditer(text):
        value = found.group(1).strip()
        if any(ch.islower() for ch in value) and not _DAYS.match(value):
            return value
    return None


def _link(view: Visible, name: str) -> str | None:
    """Where the row's course name links to (its own page)."""
    if view.tree is None:
        return None
    for anchor in view.tree.css("a[href]"):
        if " ".join(anchor.text(deep=True).split()) == name:
            href = (anchor.attributes.get("href") or "").strip()
            if href and not href.startswith("#"):
                return join_url(view.base_url, href) if view.base_url else href
    return None


def _with_url(run: Course, url: str) -> Course:
    prov = (*run.provenance, ("url", run.source))
    return dataclasses.replace(run, url=url, provenance=prov)

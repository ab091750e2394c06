"""A schedule table's date cell that lists several runs: one row per course, its dates in one cell.

"14 Jan, 11 Feb, 18 Mar", "19–20 Jan<br>23–24 Feb", "Fri 15 Jan | Fri 29 Jan",
"1, 2 & 3 Feb; 8, 9 & 10 Mar": each date (or range, or list of days in one month) the
parser finds in the cell is a run of its own -- unless the dates are one run's sessions:
a "Duration" cell gives at least as many days as the dates cover between them, the dates
are consecutive days ("Mon 4 May, Tue 5 May"), or they come exactly a week apart (a weekly
evening class: "Jan 12, Jan 19, Jan 26").
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from prospectus.extract.dates import DateMatch, DateRange
from prospectus.extract.months import WEEKDAY_PATTERN

# A duration column's header: "Duration", "Length", "Days", "Dauer", "Durée", "Duración".
_DURATION_HEADER = re.compile(
    r"^(?:duration|length|days|course length|dauer|durée|duración|durata|duur|varighet|"
    r"varaktighet|längd|kesto|czas trwania|délka)\b",
    re.I,
)
_DAYS = re.compile(
    r"^(\d{1,2})(?:\.5)?\s*(?:days?|tage?n?|jours?|días?|giorni|dagen|dager|dagar)\b", re.I
)
_HOURS = re.compile(r"^\d{1,2}(?:[.,]\d)?\s*(?:hours?|hrs?|h|stunden|heures|horas|ore|uur)\b", re.I)
# Only separators between two of the cell's dates: a list, not prose ("…, then 11 Feb").
# A weekday may open the next date ("Fri 15 Jan | Fri 29 Jan").
_BETWEEN = re.compile(
    rf"^[\s,;|/·•&+]*(?:(?:and|und|et|y)\s+)?(?:(?:{WEEKDAY_PATTERN})\.?,?\s*)?$", re.I
)
_WEEK = 7


def duration_days(header: list[str], cells: list[str]) -> int | None:
    """The days a row's "Duration" cell gives ("2 days" -> 2, "4 hours" -> 1), if any."""
    for label, cell in zip(header, cells, strict=False):
        if label and _DURATION_HEADER.match(label.strip()):
            text = cell.strip()
            if found := _DAYS.match(text):
                return int(found.group(1))
            return 1 if _HOURS.match(text) else None
    return None


def cell_runs(cell: str, found: list[DateMatch], days: int | None) -> list[DateMatch]:
    """The runs a date cell lists: each of ``found`` (the cell's dates, in order) where
    they are a list of runs, else ``found[:1]`` (the reader's one run)."""
    if len(found) < 2 or any(m.dates.start is None for m in found):
        return found[:1]
    if not all(_BETWEEN.match(cell[a.span[1] : b.span[0]]) for a, b in pairwise(found)):
        return found[:1]
    starts = [_day(m.dates.start) for m in found]
    if any((b - a).days <= 1 for a, b in pairwise(starts)):
        return found[:1]  # out of order, or one run's days one by one ("Mon 4 May, Tue 5 May")
    if days is not None and sum(_length(m.dates) for m in found) <= days:
        return found[:1]  # one run's sessions ("3 days": "12, 19 and 26 Jan")
    if days is None and all((b - a).days == _WEEK for a, b in pairwise(starts)):
        return found[:1]  # a weekly class's sessions
    return found


def _day(iso: str | None) -> dt.date:
    return dt.date.fromisoformat(iso or "")


def _length(dates: DateRange) -> int:
    if dates.end is None:
        return 1
    return (_day(dates.end) - _day(dates.start)).days + 1

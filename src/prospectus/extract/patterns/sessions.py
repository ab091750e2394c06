"""A run given as its list of session days: "13, 20 and 27 October 2026".

The date parser reads only the last day of such a list (the one with the month
and year); the days listed before it, bare or with a month of their own
("26 November, 3 and 10 December 2026"), are the run's earlier sessions.  The
run goes from the first listed day to the last.

A cohort's days over several months ("3 & 4 Nov, 1 & 2 Dec 2026, 12 & 13 Jan 2027")
are read by :func:`month_sessions`, for a line that is known to hold one run.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import pairwise

from prospectus.extract.dates import DateMatch, DateRange
from prospectus.extract.months import MONTH_PATTERN, month_number

_JOIN = r"\s*(?:,|&|\+|and|und|et|en|og|och|y|e|i)\s*"
_DAY = rf"(\d{{1,2}})\.?(?:\s+({MONTH_PATTERN})\.?)?"
# The days before the dated one, up to the joiner just before it ("13, 20 and ").
_LEADING_DAYS = re.compile(
    rf"(?:^|(?<=\s)){_DAY}(?:{_JOIN}\d{{1,2}}\.?(?:\s+(?:{MONTH_PATTERN})\.?)?)*{_JOIN}$", re.I
)
_WORD_JOIN = re.compile(r"\s(?:&|\+|and|und|et|en|og|och|y|e|i)\s*$", re.I)
_DAYS = re.compile(r"\d{1,2}")
_PAIR = re.compile(r"\s(?:&|\+|and|und|et|en|og|och|y|e|i)\s", re.I)  # two days, not a range


def session_list(line: str, found: DateMatch) -> DateMatch | None:
    """The whole list of session days ending with ``found``, else None.

    ``found`` is a single date, or the list's last two days read as a pair across a
    month ("12, 19, 26 January and 2 February 2027": the parser reads "26 January and
    2 February"), whose end is the list's end.
    """
    start = found.dates.start
    if not start or found.span[0] < 3:
        return None
    if found.dates.end is not None and not _PAIR.search(found.text):
        return None  # a range ("3 – 5 May"), not the last two days of a list
    head = line[: found.span[0]]
    match = _LEADING_DAYS.search(head)
    if match is None:
        return None
    days = len(_DAYS.findall(match.group(0))) + (found.dates.end is not None)
    if not (_WORD_JOIN.search(head) or days > 1):
        return None  # "Room 4, 27 October": a list needs an "and" or three days
    year, month = int(start[:4]), int(start[5:7])
    first_month = month_number(match.group(2)) if match.group(2) else month
    if first_month is None:
        return None
    if first_month > month:
        year -= 1  # "29 December, 5 and 12 January 2027"
    first = f"{year:04d}-{first_month:02d}-{int(match.group(1)):02d}"
    if not 1 <= int(match.group(1)) <= 31 or first >= start:
        return None
    span = (match.start(), found.span[1])
    return DateMatch(span, line[span[0] : span[1]], DateRange(first, found.dates.end or start))


# Session days over several months: "3 & 4 Nov, 1 & 2 Dec 2026, 12 & 13 Jan 2027" or
# "Nov 3 & 4, Dec 1 & 2, 2026": groups of days, each with its month, the year said once
# or more.  The parser reads the groups apart (a list spans a few weeks at most).
# (A group opens with its days, or with its month's name and then its days: the look-aheads,
# which that implies, let the engine pass over the words that open none without trying each
# month's name on them.)
_DAY_LIST = rf"\d{{1,2}}(?!\d)(?:{_JOIN}\d{{1,2}}(?!\d))*"
_GROUP = re.compile(
    r"(?=\d|[^\s\d]++\s*+\d)"
    rf"(?:(?P<days>{_DAY_LIST})\.?\s*(?=[^\W\d_])(?P<month>{MONTH_PATTERN})\b\.?"
    rf"|(?P<month2>{MONTH_PATTERN})\b\.?\s*(?P<days2>{_DAY_LIST}))"
    r"(?:,?\s*(?P<year>20\d\d)(?!\d))?",
    re.I,
)
_BETWEEN = re.compile(r"\s*(?:[,;&+/·•]|and|und|et|en|og|och|y|e|i)?\s*", re.I)
_TWO_DAYS = re.compile(rf"\d(?!\d){_JOIN}\d")
_MAX_SESSIONS_GAP = 92  # days between two sessions of one run


@dataclass(frozen=True, slots=True)
class _Group:
    start: int
    end: int
    days: tuple[int, ...]
    month: int
    year: int | None


def month_sessions(line: str, found: list[DateMatch]) -> list[DateMatch]:
    """``found`` with a list of session days over several months as one match, first day to
    last; ``found`` as it is where ``line`` holds no such list.

    A list needs two months or more and a month with two days or more ("3 & 4 Nov"), which
    tells it from dates of separate runs ("12 Oct, 9 Nov 2026").
    """
    if not found or not _TWO_DAYS.search(line):
        return found
    chain = _chain(line, found[0])
    if chain is None:
        return found
    dates = _chain_dates(chain, found[0])
    if dates is None:
        return found
    span = (min(chain[0].start, found[0].span[0]), chain[-1].end)
    merged = DateMatch(span, line[span[0] : span[1]], DateRange(dates[0], dates[1]))
    return [merged, *(m for m in found[1:] if m.span[0] >= span[1])]


def _chain(line: str, first: DateMatch) -> list[_Group] | None:
    """The groups of the list that holds the start of ``first``, if there is one."""
    chain: list[_Group] = []
    for match in _GROUP.finditer(line):
        group = _group(match)
        if group is None:
            continue
        if chain and not _BETWEEN.fullmatch(line, chain[-1].end, group.start):
            if chain[-1].end > first.span[0]:
                break
            chain = []
        chain.append(group)
    if not chain or not chain[0].start <= first.span[0] < chain[-1].end:
        return None
    if len(chain) < 2 or not any(len(g.days) > 1 for g in chain):
        return None
    return chain


def _group(match: re.Match[str]) -> _Group | None:
    month = month_number(match["month"] or match["month2"])
    days = tuple(int(d) for d in _DAYS.findall(match["days"] or match["days2"]))
    if month is None or any(not 1 <= d <= 31 for d in days):
        return None
    year = int(match["year"]) if match["year"] else None
    return _Group(match.start(), match.end(), days, month, year)


def _chain_dates(chain: list[_Group], first: DateMatch) -> tuple[str, str] | None:
    """The list's first and last day.  Years run on from those stated (else from the year
    of ``first``, the date the parser found): a month later in the year than the next
    one is in the year before, a month earlier than the one before in the year after."""
    years: list[int | None] = [g.year for g in chain]
    if all(y is None for y in years):
        if not first.dates.start:
            return None
        at = next(k for k, g in enumerate(chain) if g.end > first.span[0])
        years[at] = int(first.dates.start[:4])
    for k in range(len(chain) - 2, -1, -1):
        if years[k] is None and (later := years[k + 1]) is not None:
            years[k] = later - 1 if chain[k].month > chain[k + 1].month else later
    for k in range(1, len(chain)):
        if years[k] is None and (earlier := years[k - 1]) is not None:
            years[k] = earlier + 1 if chain[k].month < chain[k - 1].month else earlier
    days: list[dt.date] = []
    for group, year in zip(chain, years, strict=True):
        for day in group.days:
            try:
                days.append(dt.date(year or 0, group.month, day))
            except ValueError:
                return None
    if any(not 0 < (b - a).days <= _MAX_SESSIONS_GAP for a, b in pairwise(days)):
        return None  # out of order, or months apart: "3 & 4 Dec, 1 & 2 Nov 2026"
    return days[0].isoformat(), days[-1].isoformat()

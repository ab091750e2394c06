"""A run given as its list of session days: "13, 20 and 27 October 2026".

The date parser reads only the last day of such a list (the one with the month
and year); the days listed before it, bare or with a month of their own
("26 November, 3 and 10 December 2026"), are the run's earlier sessions.  The
run goes from the first listed day to the last.
"""

from __future__ import annotations

import re

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


def session_list(line: str, found: DateMatch) -> DateMatch | None:
    """The whole list of session days ending with ``found`` (a single date), else None."""
    start = found.dates.start
    if found.dates.end is not None or not start or found.span[0] < 3:
        return None
    head = line[: found.span[0]]
    match = _LEADING_DAYS.search(head)
    if match is None or not (_WORD_JOIN.search(head) or len(_DAYS.findall(match.group(0))) > 1):
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
    return DateMatch(span, line[span[0] : span[1]], DateRange(first, start))

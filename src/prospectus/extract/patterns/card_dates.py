"""A card's dates past its first match: a list of dates read as one run, an end date on a line
of its own ("–" / "Oct 23, 2026", "End date: 7 October"), a start date restated below."""

from __future__ import annotations

import re
from datetime import date

from prospectus.extract.dates import DateMatch, DateRange, find_date_ranges
from prospectus.extract.months import WEEKDAY_PATTERN
from prospectus.extract.patterns.schedule_words import (
    STRAY_DATE,
    has_digit,
)

END_WORD = re.compile(r"(?:\bends?\b|\bfinish(?:es)?\b|\buntil\b|\bbis\b|\bto\b|–|-)\W*$", re.I)


RANGE_OPEN = re.compile(r"^\s*(?:to|until|till|bis|au|al|tot|t/m|[-–—])\s*$", re.I)

END_LABEL = re.compile(
    r"^\W*(?:end(?:s| date)?|finish(?:es)?|until|to|enddatum|ende|bis|fin|date de fin|"
    r"fecha de (?:fin|finalización)|data (?:di )?fine|einddatum|tot)\b\W*",
    re.I,
)


_MAX_RESTATED_WORDS = 6  # "Starts: Tuesday, 1 December 2026", "First class: Sat 9 Jan 2027"


def restated_start(date: DateMatch, later: list[DateMatch], line: str) -> bool:
    """A short line below a run's date range that gives its first day again ("Schedule:
    … 1 December 2026 to 23 February 2027" / "Starts: Tuesday, 1 December 2026"): the same
    run's card, where another run's date would end it."""
    return (
        date.dates.end is not None
        and len(later) == 1
        and later[0].dates.start == date.dates.start
        and later[0].dates.end in (None, date.dates.end)
        and len(line.split()) <= _MAX_RESTATED_WORDS
    )


def date_list(line: str, found: list[DateMatch], day_first: bool) -> list[DateMatch]:
    """ "Sat 7 Nov, Sun 8 Nov, Sat 14 Nov and Sun 15 Nov 2026": one run, 7 to 15 November.

    Dates listed before the one that carries the year borrow it; the list is one match
    from its first date to its last.
    """
    first = found[0]
    if first.dates.end is not None or not first.dates.start:
        return found
    if (
        len(found) > 1
        and found[1].dates.end is None
        and found[1].dates.start
        and (
            re.fullmatch(r"\s*(?:&|and|und|et|y|e|,|\+)\s*", line[first.span[1] : found[1].span[0]])
            or _timed_end(line[first.span[1] : found[1].span[0]], first.dates.start, found[1])
        )
    ):  # "21 Nov 2026 & 28 Nov 2026": the run's two days
        pair = DateRange(first.dates.start, found[1].dates.start)
        return [
            DateMatch(
                (first.span[0], found[1].span[1]), line[first.span[0] : found[1].span[1]], pair
            ),
            *found[2:],
        ]
    head = line[: first.span[0]]
    if not STRAY_DATE.search(head) or not re.fullmatch(
        r"[\w\s.,&/]*(?:and|und|et|en|y)?[\w\s.,]*", head
    ):
        return found
    again = find_date_ranges(line, year=int(first.dates.start[:4]), day_first=day_first)
    singles = [m for m in again if m.dates.end is None and m.span[1] <= first.span[1]]
    if len(singles) < 2:
        return found
    whole = DateMatch(
        (singles[0].span[0], first.span[1]),
        line[singles[0].span[0] : first.span[1]],
        DateRange(singles[0].dates.start, first.dates.start),
    )
    return [whole, *found[1:]]


# Between a start date and an end date each with its time: the start's time, a dash or
# "to", the end's weekday ("Sat 13 March 2027 9:00 am – Sunday, 14 March 2027 1:00 pm";
# an event calendar's meta runs them together: "9:00 amSunday, 14 March 2027").
_TIMED_GAP = re.compile(
    rf"\s*,?\s*\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)?\s*"
    rf"(?:[-–—]|to|until|bis|au|à|al|tot)?\s*(?:(?:{WEEKDAY_PATTERN})\.?,?\s*)?",
    re.I,
)
_MAX_TIMED_DAYS = 14


def _timed_end(gap: str, start: str, end: DateMatch) -> bool:
    """Whether ``end`` closes the run a date starting ``start`` opens, ``gap`` (the text
    between them) holding the start's time: a run of a few days, given start and end."""
    if not has_digit(gap) or len(gap) > 40 or not _TIMED_GAP.fullmatch(gap):
        return False
    try:
        days = (date.fromisoformat(end.dates.start or "") - date.fromisoformat(start)).days
    except ValueError:
        return False  # a month without its day
    return 0 < days <= _MAX_TIMED_DAYS


def end_below(between: str, line: str, year: int | None) -> str:
    """The end date on ``line`` where the line before it, ``between``, only joins it to the
    start date above: a dash (which the lines have lost as a leading bullet), "to", or an
    end label ("Ends", "End date")."""
    if between and not (RANGE_OPEN.search(between) or END_LABEL.fullmatch(between)):
        return ""
    later = find_date_ranges(line, year=year) if has_digit(line) else []
    if not later or later[0].dates.end is not None or later[0].span[0] > 4:
        return ""
    return later[0].text

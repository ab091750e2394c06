"""Dates grouped under places' headings: the page's own course, run in each place.

    London                                               ← a place: a short capitalised line
    Mon 11 – Wed 13 January 2027 · £265 + VAT · Book     ← its rows, each opening with its
    Mon 8 – Wed 10 February 2027 · £265 + VAT · Book       date and priced on its own line
    Birmingham                                           ← the next place, and its rows
    Tue 19 – Thu 21 January 2027 · £245 + VAT · Book

A tab or a heading per city (or per format: "Online") over the same kind of rows.
The heading is each row's place, not a course's name: it takes two headings or more,
each over rows written alike, none a course's name, a level or a run's label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from prospectus.extract.dates import DateMatch
from prospectus.extract.modes import parse_availability
from prospectus.extract.patterns.schedule_words import (
    FIELD,
    has_digit,
    is_run_label,
    looks_like_course_name,
)

_MAX_PLACE_WORDS = 3
_MAX_LEAD = 5  # "Mon ", "Tue, ": a weekday may come before the row's date
_MAX_ROW = 160
_MAX_DIGIT_AT = 12  # where a row's date has its first digit: "Mon 11 …", "September 12, …"
# Headings over a page's dates that group them by something else than a place.
_NOT_A_PLACE = re.compile(
    r"\b(?:all|dates?|schedule|upcoming|public|private|in-house|beginners?|intermediate"
    r"|advanced|foundation|practitioner|level|module|part|weekdays?|weekends?|evenings?"
    r"|mornings?|afternoons?|termine|dates|fechas|date|datum)\b",
    re.IGNORECASE,
)


def place_groups(
    lines: Sequence[str],
    i: int,
    used: set[int],
    dates_of: Callable[[str], list[DateMatch]],
    is_priced: Callable[[str], bool],
) -> list[tuple[str, int, DateMatch]] | None:
    """(place, line, date) of each row of the place groups whose first row is line ``i``,
    else None: two groups or more in a row, each a place's heading over priced rows."""
    if not _two_groups_shape(lines, i):
        return None
    found: list[tuple[str, int, DateMatch]] = []
    groups = 0
    j = i
    while 0 < j < len(lines) and j - 1 not in used and is_place_heading(lines[j - 1]):
        place, start = lines[j - 1].strip(), j
        while j < len(lines) and j not in used and (match := _row_date(lines[j], dates_of)):
            if not is_priced(lines[j]):
                return None
            found.append((place, j, match))
            j += 1
        if j == start:
            break
        groups += 1
        j += 1  # past the next group's heading
    return found if groups >= 2 else None


def _two_groups_shape(lines: Sequence[str], i: int) -> bool:
    """The cheap test first: a short heading above line ``i``, rows of digits from it, then
    another short heading over another such row."""
    if i == 0 or not _short_heading(lines[i - 1]):
        return False
    j = i
    while j < len(lines) and _row_like(lines[j]):
        j += 1
    return j > i and j + 1 < len(lines) and _short_heading(lines[j]) and _row_like(lines[j + 1])


def _short_heading(line: str) -> bool:
    return (
        line[:1].isupper()
        and line.count(" ") < _MAX_PLACE_WORDS
        and not has_digit(line)
        and not line.rstrip().endswith((":", ".", "?", "!"))
    )


def _row_like(line: str) -> bool:
    """A line that may open with a date: a digit near its start ("Mon 11", "January 12")."""
    return line[:1].isalnum() and len(line) <= _MAX_ROW and has_digit(line[:_MAX_DIGIT_AT])


def is_place_heading(line: str) -> bool:
    """A place's short name: "Leeds", "Gold Coast", "Newcastle upon Tyne" (not "Excel Pivot
    Tables": three capitalised words name a course more often than a town)."""
    words = line.split()
    return (
        0 < len(words) <= _MAX_PLACE_WORDS
        and (len(words) < _MAX_PLACE_WORDS or words[1].islower())
        and line[:1].isupper()
        and not has_digit(line)
        and not line.rstrip().endswith((":", ".", "?", "!"))
        and not FIELD.match(line)
        and not is_run_label(line)
        and parse_availability(line) is None
        and not looks_like_course_name(line)
        and _NOT_A_PLACE.search(line) is None
    )


def _row_date(line: str, dates_of: Callable[[str], list[DateMatch]]) -> DateMatch | None:
    """The date a row opens with ("Mon 11 – Wed 13 January 2027 · £265 + VAT · Book")."""
    if not line[:1].isalnum() or len(line) > _MAX_ROW or not has_digit(line):
        return None
    found = dates_of(line)
    if len(found) != 1 or found[0].span[0] > _MAX_LEAD:
        return None
    return found[0]

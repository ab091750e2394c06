"""Dates grouped under a course's heading: one header for the group, then bare dates.

    IOSH Managing Safely                                   ← the group's heading
    4 days · 9:00am–4:30pm · Classroom, Leeds              ← shared lines: format, place,
    £695 + VAT per delegate                                  price, said once for the group
    12–15 October 2026 Places available Book               ← one run per date line
    9–12 November 2026 Fully booked
    3 & 4 Nov, 1 & 2 Dec 2026 · Leeds Book                 ← sessions over months: one run
    Course content, entry requirements →                   ← the group's end

Each date line is a run of the heading's course with the shared lines' values.
A group needs its heading, at least one shared line and date lines that open
with their date: two or more, or one under a shared price line and over the next
heading, so a lone dated card stays the card reader's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from prospectus.extract.dates import DateMatch
from prospectus.extract.patterns.schedule_words import BUTTON
from prospectus.extract.patterns.sessions import month_sessions

_MAX_SHARED = 3
_MAX_REST_WORDS = 12  # what a date line holds beside its date: a status, a button
_MAX_SHARED_WORDS = 16
_MAX_LINE = 160  # characters: a date (or a list of session days), a place, a status
_MAX_LEAD = 4  # "Wed ", "Tue, ": a weekday may come before the date
_MAX_BUTTON_WORDS = 3  # "View course", "Book now"


@dataclass(frozen=True, slots=True)
class DateGroup:
    """A heading's line, its shared lines and its date lines (with their dates)."""

    heading: int
    shared: tuple[int, ...]
    dates: tuple[tuple[int, DateMatch], ...]


def date_group(
    lines: Sequence[str],
    i: int,
    used: set[int],
    dates_of: Callable[[str], list[DateMatch]],
    is_heading: Callable[[str], bool],
    is_status: Callable[[str], bool],
    is_priced: Callable[[str], bool],
) -> DateGroup | None:
    """The group whose first date line is line ``i``, else None.

    Beside its date, a date line holds nothing or a status and a button (``is_status``):
    a date before a news item's title ("12.05.2026 What is new in 6.1?") is no run.
    A group of one date needs the group's price among its shared lines (``is_priced``),
    and the next group's heading (or nothing) right below its date.
    """
    first = _opening_date(lines[i], dates_of, is_status)
    if first is None:
        return None
    after = lines[i + 1] if i + 1 < len(lines) else ""
    single = _opening_date(after, dates_of, is_status) is None if after else True
    if single and after and not is_heading(after):
        return None  # a lone date with more of its run below (a place, a price): a card's
    shared: list[int] = []
    heading = -1
    for j in range(i - 1, max(-1, i - 2 - _MAX_SHARED), -1):
        line = lines[j]
        if j in used or not line or len(line.split()) > _MAX_SHARED_WORDS or dates_of(line):
            return None
        if shared and is_heading(line):
            heading = j
            break
        if shared and len(line.split()) <= _MAX_BUTTON_WORDS and BUTTON.search(line):
            return None  # "View course" over "From the blog": a card's end, not a group's
        shared.insert(0, j)
    if heading < 0 or len(shared) > _MAX_SHARED:
        return None
    if single and not any(is_priced(lines[j]) for j in shared):
        return None
    found = [(i, first)]
    for j in range(i + 1, len(lines)):
        match = _opening_date(lines[j], dates_of, is_status) if j not in used else None
        if match is None:
            break
        found.append((j, match))
    return DateGroup(heading, tuple(shared), tuple(found))


def _opening_date(
    line: str, dates_of: Callable[[str], list[DateMatch]], is_status: Callable[[str], bool]
) -> DateMatch | None:
    """The date a short line opens with ("Wed 21 October 2026 Places available Book")."""
    if not line[:1].isalnum() or len(line) > _MAX_LINE:
        return None
    found = month_sessions(line, dates_of(line))  # "3 & 4 Nov, 1 & 2 Dec 2026": one run
    if len(found) != 1 or found[0].span[0] > _MAX_LEAD:
        return None
    rest = line[found[0].span[1] :].strip(" ·|–—-")
    if len(rest.split()) > _MAX_REST_WORDS or (rest and not is_status(rest)):
        return None
    return found[0]

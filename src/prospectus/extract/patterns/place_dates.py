"""Rows under a place's dates heading: each run the row shows is held in that place.

    Stirling course dates                                        ← a place's heading
    Door Supervisor · Mon 7 – Sat 12 December 2026 · £245 Book   ← its rows, of any course
    Emergency First Aid at Work · 08/01/2027 · £85 Book
    FALKIRK course dates                                         ← the next place's
    Door Supervisor · Mon 28 Dec 2026 – Sat 2 Jan 2027 · £219 Book

An accordion or a list of sections per town, each headed "<town> course dates" (or
"… dates", "… training dates", "… schedule"), over the rows of the courses run there.
It takes two such headings or more, of different places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prospectus.extract.patterns.place_groups import is_place_heading
from prospectus.extract.patterns.schedule_words import has_digit

# "Stirling course dates", "FALKIRK training dates", "Leeds – upcoming dates", "Alloa schedule"
_HEADING = re.compile(
    r"(?P<place>[^\W\d][^\d\n:]{0,40}?)(?:\s*[–—:|-]\s*|\s+)"
    r"(?:(?:upcoming|course|courses|training|class|public)\s+)*(?:dates|schedule)",
    re.IGNORECASE,
)
# the cheap test: a line that ends in such a heading's last word (as the lines are cased)
_TAILS = ("dates\n", "Dates\n", "DATES\n", "schedule\n", "Schedule\n", "SCHEDULE\n")
# a season's or a year's part, not a place ("Spring course dates", "Summer dates")
_NOT_A_PLACE = re.compile(
    r"\b(?:spring|summer|autumn|fall|winter|next|future|new|more|other|our|key|all|your)\b",
    re.IGNORECASE,
)
_MIN_PLACES = 2


def place_date_rows(text: str) -> dict[str, str]:
    """Each row line (stripped) under a place's dates heading → that place, for a page with
    two such headings or more; a row shown under two places belongs to neither."""
    # the lines ending in such a heading's last word first: most pages have no two such headings
    headings = {named for line in _tail_lines(text) if (named := _heading_place(line))}
    if len(headings) < _MIN_PLACES:
        return {}
    found: dict[str, set[str]] = {}
    places: set[str] = set()
    place: str | None = None
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if not has_digit(line):
            place = _heading_place(line)
            if place is not None:
                places.add(place)
            continue
        if place is not None:
            found.setdefault(line, set()).add(place)
    if len(places) < _MIN_PLACES:
        return {}
    return {row: where.pop() for row, where in found.items() if len(where) == 1}


def _tail_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` that end in a dates heading's last word (found as plain text)."""
    for tail in _TAILS:
        at = text.find(tail)
        while at != -1:
            yield text[text.rfind("\n", 0, at) + 1 : at + len(tail) - 1].strip()
            at = text.find(tail, at + 1)


def _heading_place(line: str) -> str | None:
    """The place a dates heading names ("FALKIRK course dates" → "Falkirk"), else None."""
    match = _HEADING.fullmatch(line) if line else None
    if match is None:
        return None
    place = match.group("place").strip()
    if place.isupper():  # an upper-case heading's town, not an acronym's course
        place = place.title()
    if not is_place_heading(place) or _NOT_A_PLACE.search(place):
        return None
    return place

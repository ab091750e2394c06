"""Counts of places left that a booking widget shows on every open row of its list.

A class list that shows a count on each row it takes bookings for ("6 spots left", "12 spots
left", "15 spots left", "Full"; Acuity Scheduling, SimplyBook, a plugin's seat counter) says
how many places each run has, not that places are short: only a small count there is
("2 spots left").  A count on one row among "Places available" rows, or one with "only"
("Only 6 seats left"), still is."""

from __future__ import annotations

import re
from collections.abc import Sequence

from prospectus.extract.modes import FEW_LEFT

# a row's line holding only a count of the places left: "12 spots left", "8 seats remaining"
_PLAIN_COUNT = re.compile(
    r"^[ \t]*(\d+)\s+(?:places?|seats?|spaces?|spots?|tickets?)\s+(?:left|remaining)[ \t]*$",
    re.I | re.M,
)
_PLENTY = FEW_LEFT + 1  # a count of places left from which a run is plainly open
_ROWS = 3  # the counted rows that show the list counts every row


def plain_count(text: str) -> int | None:
    """The one count of places left a row's text shows on a line of its own, else None."""
    folded = text.casefold()  # widgets write "12 SPOTS LEFT" too
    if "left" not in folded and "remaining" not in folded:
        return None  # cheap: most rows show no count
    counts = _PLAIN_COUNT.findall(text)
    return int(counts[0]) if len(counts) == 1 else None


def open_counts(texts: Sequence[str], statuses: Sequence[str | None]) -> list[str | None]:
    """``statuses`` (each row's availability, its text in ``texts``) with "InStock" for each
    row of a list that counts the places left on every open row, where its count is no small
    one.  Rows showing no status (a cross-sell box's) are not the list's; a row with another
    open status ("Places available") shows the counts are the list's scarce rows alone."""
    pairs = zip(texts, statuses, strict=True)
    counts = [plain_count(t) if s == "LimitedAvailability" else None for t, s in pairs]
    counted = sum(c is not None for c in counts)
    if counted < _ROWS:
        return list(statuses)
    for status, count in zip(statuses, counts, strict=True):
        if status is not None and status != "SoldOut" and count is None:
            return list(statuses)  # "Places available", "Only 2 seats left": the list's own words
    return [
        "InStock" if count is not None and count >= _PLENTY else status
        for status, count in zip(statuses, counts, strict=True)
    ]

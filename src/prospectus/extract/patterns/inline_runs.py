"""One line listing several courses' next runs, each its name, date and price: "Upcoming
intakes: Nature Guide course 11 January – 19 February 2027 (N$14,500) · Marine Guide short
course 8–12 March 2027 (N$4,200)", a notice box's or a post's teaser line.

Each dotted part holding one date, a title before it and a price after it is one run of the
course that part names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from prospectus.extract.dates import DateMatch
from prospectus.extract.patterns.card_names import before_weekday, is_titled, named
from prospectus.extract.patterns.schedule_candidate import Candidate
from prospectus.extract.patterns.schedule_words import has_digit
from prospectus.extract.prices import find_prices

_PART = re.compile(r"\s+[·•|]\s+")
_MIN_PARTS = 2


def inline_runs(line: str, dates: list[DateMatch]) -> list[Candidate]:
    """A run per dotted part of ``line`` (its ``dates`` found) that names a course before its
    one date and prices it after; none unless every part does and there are two or more."""
    if len(dates) < _MIN_PARTS or not _PART.search(line):
        return []  # most date lines hold one date or no dots
    bounds = [0]
    for sep in _PART.finditer(line):
        bounds.extend((sep.start(), sep.end()))
    bounds.append(len(line))
    out: list[Candidate] = []
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        inside = [d for d in dates if d.span[0] >= start and d.span[1] <= end]
        if len(inside) != 1:
            return []
        date = inside[0]
        # "Upcoming intakes: Name", "Name Mon 11 January 2027"
        head = before_weekday(line, date)[start:].rpartition(": ")[2]
        name = head.strip().rstrip(" –—-,")
        if has_digit(name) or not is_titled(name) or not named(name):
            return []
        if not find_prices(line[date.span[1] : end]):
            return []
        text = line[start:end]
        shifted = (date.span[0] - start, date.span[1] - start)
        out.append(Candidate(text=text, match=replace(date, span=shifted), name=name))
    return out if len(out) >= _MIN_PARTS else []

"""A course's own rating shown in the visible text: "4,7/5 (126 avis)", "4.7 (183 reviews)".

Pages also show the *business's* score (Google, Trustpilot, Feefo, "for Acme Ltd"), which
is not the course's.  A rating line counts when it says it rates the course ("this
course", "cette formation"), or when it sits in the page's opening lines (the course's
hero) and names no review platform or business.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prospectus.extract.modes import parse_count, parse_rating
from prospectus.extract.visible import Visible

_RATING = re.compile(
    r"(?<![\d.,])([0-5][.,]\d{1,2})\s*(?:/\s*5\b|out of 5\b|von 5\b|sur 5\b|op 5\b|su 5\b|"
    r"de 5\b|★+)?\s*(?:[·,]?\s*(?:from|de|von|sur|op|basado en)?\s*)?"
    r"\(?\s*(\d[\d,.\u202f ]*)\s*(?:verified\s+)?(?:reviews?|ratings?|avis|bewertungen|"
    r"beoordelingen|recensioni|opiniones|valoraciones)\b",
    re.I,
)
_FOR_THE_COURSE = re.compile(
    r"\b(?:this|the|our)\s+(?:course|training|class|workshop|programme)\b|"
    r"\b(?:cette|la)\s+formation\b|\b(?:diesen?|dieses|der|des)\s+(?:kurs|seminars?|schulung)\b|"
    r"\bdeze\s+(?:training|cursus)\b|\bquesto\s+corso\b|\beste\s+curso\b",
    re.I,
)
_BUSINESS = re.compile(
    r"\b(?:google|trustpilot|feefo|reviews\.io|yelp|facebook|tripadvisor|ekomi|provenexpert|"
    r"trusted\s*shops|kununu|springest|avis\s+v[ée]rifi[ée]s|judge\.me|yotpo|"
    r"for\s+[A-Z]|über\s+[A-Z]|pour\s+[A-Z])",
    re.I,
)
_HERO_LINES = 12
# "[0-5][.,]\d", where every _RATING match starts ("4.7", "4,7"), as two patterns led by
# a plain character, which the regex engine finds many times faster than a character set.
_DECIMALS = (re.compile(r"\.(?<=[0-5]\.)\d"), re.compile(r",(?<=[0-5],)\d"))


def _lines_with(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` that holds a match of ``pattern`` (which spans no line break),
    with its index in ``text.split("\\n")``, in order: a regex scan of the whole text that
    skips to the next line at each match, rather than a scan per line."""
    index, begin = 0, 0
    while (match := pattern.search(text, begin)) is not None:
        at = match.start()
        index += text.count("\n", begin, at)
        begin = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield index, text[begin:end]
        begin = end  # the next search starts at this line's break, counted next time


def _start(lines: list[str], course_name: str | None) -> int:
    """The index of the line naming the course, or 0."""
    if course_name:
        return next((i for i, line in enumerate(lines) if line.strip() == course_name), 0)
    return 0


def find_course_rating(view: Visible, course_name: str | None) -> tuple[float, int | None] | None:
    """The course's rating and review count from the visible text, or None."""
    start: int | None = None  # found when first needed: most pages show no rating
    found = dict(pair for pattern in _DECIMALS for pair in _lines_with(view.text, pattern))
    for index, line in sorted(found.items()):
        if len(line) > 200:
            continue
        match = _RATING.search(line)
        if match is None or _BUSINESS.search(line):
            continue
        if start is None:
            start = _start(view.text.split("\n"), course_name)
        in_hero = start <= index <= start + _HERO_LINES and start > 0
        if in_hero or _FOR_THE_COURSE.search(line):
            rating = parse_rating(match.group(1))
            if rating is not None:
                return rating, parse_count(match.group(2).replace("\u202f", "").replace(" ", ""))
    return None

"""A course's own rating shown in the visible text: "4,7/5 (126 avis)", "4.7 (183 reviews)".

Pages also show the *business's* score (Google, Trustpilot, Feefo, "for Acme Ltd"), which
is not the course's.  A rating line counts when it says it rates the course ("this
course", "cette formation"), or when it sits in the page's opening lines (the course's
hero) and names no review platform or business.
"""

from __future__ import annotations

import re

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
_DIGIT = re.compile(r"\d")


def find_course_rating(view: Visible, course_name: str | None) -> tuple[float, int | None] | None:
    """The course's rating and review count from the visible text, or None."""
    lines = view.text.split("\n")
    start = 0
    if course_name:
        start = next((i for i, line in enumerate(lines) if line.strip() == course_name), 0)
    for index, line in enumerate(lines):
        if len(line) > 200 or not _DIGIT.search(line):
            continue
        match = _RATING.search(line)
        if match is None or _BUSINESS.search(line):
            continue
        in_hero = start <= index <= start + _HERO_LINES and start > 0
        if in_hero or _FOR_THE_COURSE.search(line):
            rating = parse_rating(match.group(1))
            if rating is not None:
                return rating, parse_count(match.group(2).replace("\u202f", "").replace(" ", ""))
    return None

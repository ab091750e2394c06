"""A course's own rating shown in the visible text: "4,7/5 (126 avis)", "4.7 (183 reviews)".

Pages also show the *business's* score (Google, Trustpilot, Feefo, "for Acme Ltd"), which
is not the course's.  A rating line counts when it says it rates the course ("this
course", "cette formation"), or when it sits a few lines below a line naming the course
(the course's hero) and names no review platform or business.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from prospectus.extract.modes import parse_count, parse_rating
from prospectus.extract.visible import Visible

_VALUE = r"(?<![\d.,])([0-5][.,]\d{1,2})(?!\d|[.,]\d)"
_SCALE = r"(?:(?:/\s*5|out of 5|von 5|sur 5|op 5|su 5|de 5)\b(?:\s*stars?\b)?|stars?\b|★+)"
_COUNT = r"\(?\s*(\d[\d,.\u202f]*(?: \d{3}(?!\d))*)\s*"  # "1,204", "1 204", "1\u202f204"
_QUALIFIERS = r"(?:[^\W\d_]+\s+){0,2}?"  # "customer", "learner", "past", "verified"
# "4.7 (183 reviews)", "4,7/5 (126 avis)", "4.80 de 5 basado en 35 valoraciones de clientes",
# "4.9 out of 5 from 73 learner reviews": a count of reviews or ratings.
_REVIEWS = re.compile(
    rf"{_VALUE}\s*{_SCALE}?\s*(?:[·,]?\s*(?:from|de|von|sur|op|basado en|based on|"
    rf"basierend auf|sur la base de)?\s*)?{_COUNT}{_QUALIFIERS}(?:reviews?|ratings?|avis|"
    r"bewertungen|beoordelingen|recensioni|opiniones|valoraciones|avaliações|avaliacoes|"
    r"omdömen|anmeldelser|votes?|értékelés\w*|vélemény\w*|recenzii|evaluări|"
    r"değerlendirme\w*|yorum\w*|отзыв\w*|оцен\w*|відгук\w*|opinii|ocen|hodnocení|recenzí)\b",
    re.I,
)
# "4.8 / 5（212 位學員評價）", "4.6（35件のレビュー）": no spaces, a counter word before the noun.
_CJK_REVIEWS = re.compile(
    rf"{_VALUE}\s*{_SCALE}?\s*[（(]\s*(\d[\d,]*)\s*\S{{0,4}}?(?:評價|评价|評論|评论|レビュー|評価|口コミ)"
)
# "Rated 4.7/5 by 158 past delegates", "4.9/5 · rated by 312 students": a count of people,
# which says a rating only with a scale and a "by"/"from" (not "2.5 days, 12 students").
_RATED_BY = re.compile(
    rf"{_VALUE}\s*{_SCALE}\s*[·,]?\s*{_QUALIFIERS}(?:[^\W\d_]+\s+)?(?:by|from|von|par|de|por)"
    rf"\s+{_COUNT}{_QUALIFIERS}(?:students|learners|delegates|participants|attendees|trainees|"
    r"customers|clients|graduates|alumni|people|users|teilnehmer(?:innen)?|teilnehmende|"
    r"stagiaires|apprenants|participantes|alumnos|estudiantes|alunos|partecipanti|deelnemers|"
    r"cursisten|deltagare|kursister)\b",
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
    r"trusted\s*shops|kununu|springest|avis\s+v[ée]rifi[ée]s|judge\.me|yotpo|trustindex|meetup|"
    r"hellopeter|reclame\s*aqui|capterra|glassdoor|checkatrade|"
    r"(?-i:for\s+[A-Z]|über\s+[A-Z]|pour\s+[A-Z]))",
    re.I,
)
_HERO_LINES = 12
# "[0-5][.,]\d", where every rating match starts ("4.7", "4,7"), as two patterns led by
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


def _title_lines(lines: Sequence[str], course_name: str | None) -> list[int]:
    """The indices of the lines naming the course, the first line aside (a menu may name
    it before the page's own heading does)."""
    if not course_name:
        return []
    return [i for i, line in enumerate(lines) if i and line.strip() == course_name]


def rating_in(text: str) -> tuple[float, int] | None:
    """The first rating with a count in ``text`` ("4.7 (183 reviews)", "Rated 4.7/5 by 158
    delegates"), as (rating, count), or None."""
    # Every match starts one character before a decimal point: try the patterns only there.
    found = (m.start() for pattern in _DECIMALS for m in pattern.finditer(text))
    starts = sorted({max(at - 1, 0) for at in found})
    for start in starts:
        for pattern in (_REVIEWS, _RATED_BY, _CJK_REVIEWS):
            if (match := pattern.match(text, start)) is not None:
                rating = parse_rating(match.group(1))
                count = parse_count(match.group(2).replace("\u202f", "").replace(" ", ""))
                if rating is not None and count is not None:
                    return rating, count
    return None


# "★★★★★", "⭐⭐⭐⭐": a review's stars, three or more in a row (one "★" may mark an item).
_STAR_RUN = re.compile(r"[★☆⭐]{3,}")


def has_star_run(text: str) -> bool:
    """True where ``text`` shows a review's row of stars ("★★★★★ Clear and quick.")."""
    return _STAR_RUN.search(text) is not None


def find_course_rating(view: Visible, course_name: str | None) -> tuple[float, int | None] | None:
    """The course's rating and review count from the visible text, or None."""
    titles: list[int] | None = None  # found when first needed: most pages show no rating
    found = dict(pair for pattern in _DECIMALS for pair in _lines_with(view.text, pattern))
    for index, line in sorted(found.items()):
        if len(line) > 200:
            continue
        rated = rating_in(line)
        if rated is None or _BUSINESS.search(line):
            continue
        if titles is None:
            titles = _title_lines(view.lines, course_name)
        in_hero = any(title <= index <= title + _HERO_LINES for title in titles)
        if in_hero or _FOR_THE_COURSE.search(line):
            return rated
    return None

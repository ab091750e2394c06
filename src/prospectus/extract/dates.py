"""Dates and date ranges as pages write them, normalised to ISO ``YYYY-MM-DD``.

The scanner finds *atoms* (one written date, possibly missing its day-month
order, month or year), then pairs neighbouring atoms joined by a range word
("–", "to", "bis", "au", "al", "t/m" ...) and lets each half lend the other what
it lacks: ``3–7 Aug 2026``, ``28 Sep – 2 Oct 2026``, ``June 8–12, 2026``,
``6.–8.10.2026``.  A year is never invented: without one in the text, the
``year=`` hint (a heading's "2026 dates", see :func:`year_hint`) is the only
source, and without either the date is dropped.  Invalid dates come back as
``None``, never as an exception.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from prospectus.extract.months import MONTH_PATTERN, RISKY_MONTHS, WEEKDAY_PATTERN, month_number
from prospectus.extract.text import digit_lines


@dataclass(frozen=True, slots=True)
class DateRange:
    """A run's first and last day, ISO ``YYYY-MM-DD``; ``end`` is ``None`` for a lone date."""

    start: str | None
    end: str | None


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date or range found in a text: where it is, what it says, what it means."""

    span: tuple[int, int]
    text: str
    dates: DateRange


class _Atom(NamedTuple):
    """One written date; ``month_first`` marks "June 8" (it may lend its month onward).

    A named tuple, not a dataclass: a page's lines make thousands, and a tuple is made in
    a fraction of the time.
    """

    start: int
    end: int
    day: int
    month: int | None
    year: int | None
    kind: str  # "iso", "num", "dm", "text", "ymd" (CJK), "day"
    month_first: bool = False
    risky: bool = False


_ORD = r"(?:st|nd|rd|th|er|e|º|°)"
# CJK "2026年10月12日", "10月16日", "15日" (年/月/日, Korean 년/월/일): digits next to letters.
_CJK_ATOM = (
    r"(?<!\d)(?:(?:(?P<cy>\d{4})\s*[年년]\s*)?(?P<cm>\d{1,2})\s*[月월]\s*)?(?P<cd>\d{1,2})\s*[日일]"
)
# Year first, as Hungarian (and Korean, Lithuanian) pages write a date: "2027. január 11.",
# "2027. 01. 18.", "2027.04.12." (the day's closing dot tells it from an ISO-like date).
_YEAR_FIRST = (
    rf"(?P<fy>\d{{4}})\.\s?(?:(?P<fm>{MONTH_PATTERN})\b\.?\s*|(?P<fn>\d{{1,2}})\.\s?)"
    r"(?P<fd>\d{1,2})(?(fn)\.(?!\d)|\.?(?![\d:%]))"
)
_ATOM_PATTERN = (
    r"(?<![\w.,/:])"
    # Every date opens with a digit, or with a month's name and then its day ("June 8"): the
    # look-ahead, which that implies, lets the engine pass over the many words of a line that
    # open no date without trying each branch (and each month's name) on them.
    r"(?=\d|[^\s\d]++\s*+\d)(?:"
    # "2026-10-12", "2026/10/12", "2026.10.12", Korean "2026. 10. 12." (its last dot kept)
    r"(?P<iy>\d{4})(?P<isep>[-/]|\.\s?)(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})"
    r"(?:(?<=\.\d)\.|(?<=\.\d\d)\.|(?<=\.\s\d)\.|(?<=\.\s\d\d)\.)?"
    r"(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d/.]\d)"
    "|"
    + _YEAR_FIRST
    # (Czech and Slovak pages space their dots: "7. 12. 2026", a range "30. 3. – 1. 4. 2027")
    + r"|(?P<na>\d{1,2})(?P<nsep>[/-]|\.\s?)(?P<nb>\d{1,2})(?P=nsep)"
    r"(?P<ny>\d{4}|(?<!\s)\d{2})(?![\d/.-]\d)"
    r"|(?P<dd>\d{1,2})\.(?:\s(?=\d{1,2}\.\s*[-–—]))?(?P<dm>\d{1,2})\.(?!\d)"
    # a range's first date in slashes without the year its last date gives: "26/04 – 30/04/2027",
    # "04/26 to 04/30/2027" (only before such a date: alone, "3/4" may be a fraction)
    r"|(?P<sd>\d{1,2})/(?P<sm>\d{1,2})(?=[^\d\n]{1,12}\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/]))"
    # (or with hyphens, as Indian and Oracle-style pages write it: "12-Dec-2026")
    rf"|(?P<d1>\d{{1,2}}){_ORD}?\.?(?:(?P<dh>-)|\s*(?:de\s+|of\s+)?)(?=[^\W\d_])"
    rf"(?P<m1>{MONTH_PATTERN})\b\.?"
    r"(?:(?(dh)-|,?\s*(?:de\s+)?)(?P<y1>\d{4})(?!\d))?"
    rf"|(?P<m2>{MONTH_PATTERN})\b\.?\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])"
    r"(?:,?\s*(?P<y2>\d{4})(?!\d))?"
    rf"|(?P<d3>\d{{1,2}}){_ORD}?\.?(?![\d:%])(?:,?\s*(?P<y3>\d{{4}})(?!\d))?"
    r")"
)
_ATOM = re.compile(_ATOM_PATTERN, re.IGNORECASE)


@lru_cache(maxsize=1)
def _atom_or_cjk() -> re.Pattern[str]:
    """:data:`_ATOM` with CJK dates first, compiled when a page first needs it."""
    return re.compile(f"{_CJK_ATOM}|{_ATOM_PATTERN}", re.IGNORECASE)


# A weekday in brackets after a date: "12日（月）", "12 Oct (Mon)".
_BRACKETED_DAY = r"(?:\s*[（(][^（）()\d]{1,4}[）)])?"
# The first day's time before the dash: "Jun 8, 2026 9:00 AM - Jun 12, 2026", "8 June 2026 @
# 9:00 am – 12 June 2026", "8.6.2026, 09:00 Uhr - 12.6.2026" (a time says ":" or am/pm);
# a bullet before it and a time zone after it as ticketing sites write them: "Thu, Dec 10 •
# 9:00 AM SGT – Fri, Dec 11".
_TIME_BEFORE_DASH = (
    r"(?:(?:,|\s*[•·])?\s*(?:@|at|um|à|alle|from)?\s*\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?"
    r"|\s*[ap]\.?m\.?)(?-i:\s+[A-Z]{2,4}T)?(?=\s*[-–—~]))?"
)
# An Estonian weekday's one capital letter before a day's number: "E 07.12. – K 09.12.2026"
# (E, T, K, N, R, L, P: Monday to Sunday).
_LETTER_DAY = r"(?-i:[ETKNRLP])\s+"  # the next date follows: the gap ends there
# A spaced ">" between two dates is a range as ticketing sites write it: "Sat Dec 19, 2026 >
# Sun Dec 20, 2026".
_GAP = re.compile(
    _BRACKETED_DAY
    + _TIME_BEFORE_DASH
    + r"\s*(?:[-–—~〜～－→]|(?<=\s)>(?=\s)|至|到|から|to|till|until|through|thru|bis(?:\s+zum)?|au"
    r"|jusqu'au|al|a"
    r"|hasta(?:\s+el)?|fino\s+al|até|t/m|tot|tom|och|til|do)\s*"
    rf"(?:(?:{WEEKDAY_PATTERN})\b\.?,?\s*|{_LETTER_DAY})?(?:(?:de[lnr]?|the)\s+)?",
    re.IGNORECASE,
)
# The end of a year-first numeric range written without its year, as Japanese, Korean and
# Chinese pages write it: "2027/02/04(木)〜02/05(金)", "2027. 1. 9.(토) ~ 2. 27.(토)",
# "2027.01.18 ~ 01.29", "2027/2/4(木)～5(金)" (a bare day only with its weekday after it).
_MONTH_DAY_END = re.compile(
    _BRACKETED_DAY + r"\s*(?:[-–—~〜～－]|(?P<list>[・、]))\s*"
    r"(?:(?P<m>\d{1,2})(?P<sep>[-/]|\.\s?))?(?P<d>\d{1,2})\.?"
    r"(?![\d/.]?\d)(?P<day>\s*[（(][^（）()\d]{1,4}[）)])?"
)


def _year_first_end(text: str, atom: _Atom) -> tuple[int, DateRange] | None:
    """Where a range from a year-first date (``atom``) to a month and day (or a day) ends,
    and the range; the end takes the start's year, or the next across December."""
    match = _MONTH_DAY_END.match(text, atom.end)
    if match is None or atom.month is None or atom.year is None:
        return None
    if match["m"] is None:
        if match["day"] is None:
            return None  # "2026-06-08 – 15 participants": no day of a range
        month = atom.month
    elif match["sep"].strip() != text[atom.start + 4]:
        return None
    else:
        month = int(match["m"])
    year = atom.year + 1 if month < atom.month else atom.year
    start, end = _iso(atom.year, atom.month, atom.day), _iso(year, month, int(match["d"]))
    if start is None or end is None:
        return None
    days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days
    if not 0 < days <= (_MAX_LIST_DAYS if match["list"] else _MAX_SPAN_DAYS):
        return None  # a list's dates ("2027/02/04・02/05") are days of one run
    return match.end("d"), DateRange(start, end)


# Between the dates of a list ("23 & 30", "5 + 6", "13 et 14", "25. maj samt 1. juni",
# "7 Nov, Sun 8 Nov and ...", "7日・8日"); a plus or an ampersand may follow a short note on
# the part before it: "26 Jan (online theory) + 2 Feb 2027 (practical)".
_LIST_WORDS = r"and|et|und|y|e|en|og|samt|i|sowie|és|și|şi|ja|и|ve"
_PART_NOTE = r"(?:\s*\([^()\d]{2,24}\))?"
_LIST = re.compile(
    _BRACKETED_DAY
    + rf"\s*(?:(?P<comma>,)\s*(?:(?:{_LIST_WORDS})\s+)?|{_PART_NOTE}\s*[&+]|(?:{_LIST_WORDS})\b"
    r"|[・、，])\s*"
    rf"(?:(?:{WEEKDAY_PATTERN})\b\.?,?\s*)?(?:(?:the|le|el|den|am|der|il)\s+)?",
    re.IGNORECASE,
)
_MAX_LIST_DAYS = 45
_MAX_LIST_GAP = 24  # characters: ", Sunday, " and a bracketed weekday fit
_YEAR_WORDS = (
    r"(?:course\s+)?dates?|schedule|timetable|calendar|courses|sessions|intakes?|programme"
    r"|termine|kurstermine|kalender|fechas|calendario|date|data|datums?|planning|agenda"
)
# A year word and its year, either way round ("Dates for 2026", "2027 course dates").  The
# first digits after the match's start are the year's: the look-ahead skips each word whose
# next digits are no year without trying every word of the list on it.
_YEAR_NEAR_WORD = re.compile(
    r"\b(?=\D*+20)"
    rf"(?:(?:{_YEAR_WORDS})\b\W*(?:for|in|für|pour|para|per|voor|de|del)?\s*(?P<a>20\d\d)\b"
    rf"|(?P<b>20\d\d)\s+(?:{_YEAR_WORDS})\b)",
    re.IGNORECASE,
)
# A year of this century standing alone ("2027", "…-2027-…"), its digits in group 1.
ANY_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
# A postcode after a state's code, not a year: "Sydney NSW 2000", "Canberra ACT 2600".
_POSTCODE = re.compile(r"\b(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|ACT|NT)\s+20\d\d(?!\d)")
# A standard's edition year closing its code, not a year of dates: "NOM-009-STPS-2011",
# "ISO 9001:2015", "ISO/IEC 27001:2022".
_CODE_EDITION = re.compile(
    r"\b[A-Z]{2,}(?:-[A-Z0-9]+)*-\d{2,}(?:-[A-Z0-9]+)*-20\d\d(?!\d)|\b\d{3,5}:20\d\d(?!\d)"
)
# (A month's name opens with a letter: the look-ahead spares the other numbers the names.)
_ATOM_HAS_DAY = re.compile(
    rf"\d{{1,2}}[./-]\d{{1,2}}[./-]\d|\b\d{{1,2}}\b\W*(?=[^\W\d_])(?:{MONTH_PATTERN})\b",
    re.IGNORECASE,
)
# The look-behind sits after the first digit so that the regex engine can skip to digits.
_NUMERIC_DATE = re.compile(r"(\d(?<![\d.,/]\d)\d?)[./-](\d{1,2})[./-](?:\d{4}|\d{2})(?![\d])")
_DIGIT = re.compile(r"\d")
_ISO_VALUE = re.compile(r"\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s]\d|Z|[+-]\d)")
_MONTH_FIRST_LOCALES = frozenset({"en-us", "es-us", "en-ph", "en-fm", "en-pr", "en-um"})
_DAY_FIRST_TLDS = frozenset(
    {"uk", "ie", "de", "at", "ch", "fr", "be", "nl", "lu", "es", "pt", "it", "se", "no", "dk",
     "fi", "pl", "cz", "nz", "au", "in", "za", "sg", "hk", "my", "eu", "ae", "br", "mx"}
)  # fmt: skip
_MAX_SPAN_DAYS = 730


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None or month is None or day is None or not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# Thai pages count years in the Buddhist Era ("14 ธ.ค. 2569" is 14 Dec 2026): 543 ahead.
_BUDDHIST_ERA = 543


def _full_year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    if 2500 <= year < 2600:  # a Buddhist-Era year: no Common-Era year of a course is so late
        return year - _BUDDHIST_ERA
    return year + 2000 if year < 100 else year


def _day_month(a: int, b: int, day_first: bool) -> tuple[int, int]:
    """(day, month) from a numeric date's first two fields; a field over 12 settles it."""
    if a > 12 >= b:
        return a, b
    if b > 12 >= a:
        return b, a
    return (a, b) if day_first else (b, a)


# Each branch of the date patterns closes with a group of its own, which names the branch.
_DAY_MONTH = frozenset({"m1", "y1"})  # "12 October (2026)"
_MONTH_DAY = frozenset({"d2", "y2"})  # "October 12(, 2026)"
_BARE_DAY = frozenset({"d3", "y3"})  # "12", "12th(, 2026)"


def _atom(match: re.Match[str], day_first: bool) -> _Atom:
    """The date one match of the atom pattern writes.

    Its branch is told by its last group (``match.lastgroup``): one lookup, where asking
    each branch's groups in turn took several.
    """
    g = match.group  # group by group: quicker than a dict of all the pattern's groups
    start, end = match.span()
    branch = match.lastgroup
    if branch in _BARE_DAY:  # the commonest: a number that may be a range's first day
        return _Atom(start, end, int(g("d3")), None, _full_year(g("y3")), "day", False, False)
    if branch in _DAY_MONTH or branch in _MONTH_DAY:
        day_then_month = branch in _DAY_MONTH
        name = g("m1") if day_then_month else g("m2")
        year_text = g("y1") if day_then_month else g("y2")
        return _Atom(
            start,
            end,
            int(g("d1") if day_then_month else g("d2")),
            month_number(name),
            _full_year(year_text),
            "text",
            not day_then_month,  # month_first: "October 12" may lend its month onward
            not year_text and name.casefold() in RISKY_MONTHS,
        )
    if branch == "cd":  # CJK (only that pattern has the group)
        cd = g("cd")
        if (cm := g("cm")) is None:
            return _Atom(start, end, int(cd), None, None, "day", False, False)
        year = int(cy) if (cy := g("cy")) else None
        return _Atom(start, end, int(cd), int(cm), year, "ymd", True, False)
    if branch == "fd":  # year, month, day: the month goes before the day, as in "June 8"
        month = int(fn) if (fn := g("fn")) else month_number(g("fm"))
        return _Atom(start, end, int(g("fd")), month, int(g("fy")), "ymd", True, False)
    if branch == "id":
        return _Atom(start, end, int(g("id")), int(g("im")), int(g("iy")), "iso", False, False)
    if branch == "ny":
        day, month = _day_month(int(g("na")), int(g("nb")), day_first)
        return _Atom(start, end, day, month, _full_year(g("ny")), "num", False, False)
    if branch == "sm":
        day, month = _day_month(int(g("sd")), int(g("sm")), day_first)
        return _Atom(start, end, day, month, None, "dm", False, False)
    return _Atom(start, end, int(g("dd")), int(g("dm")), None, "dm", False, False)


def _atoms(text: str, day_first: bool) -> list[_Atom]:
    if not _DIGIT.search(text):
        return []  # every written date has a digit: most lines of a page have none
    cjk = "日" in text or "일" in text  # every CJK date has one: others use the quicker pattern
    return [_atom(m, day_first) for m in (_atom_or_cjk() if cjk else _ATOM).finditer(text)]


# A labelled end after a labelled start: "Start: 07.12 · End: 31.12", "Beginn: 7.12. | Ende:
# 31.12.", "Début : 7 déc. – Fin : 31 déc.", Hebrew "פתיחה: 07.12 · סיום: 31.12".
_END_LABEL = re.compile(
    r"\s*[·•|,;/–-]?\s*(?:ends?|ending|finish(?:es)?|ende|fin|fine|einde|slut|término|termino"
    r"|λήξη|סיום)\s*:\s*"
    rf"(?:(?:{WEEKDAY_PATTERN})\b\.?,?\s*)?",
    re.IGNORECASE,
)


# Day and month, two digits each, with no closing dot, as a labelled start and end give them:
# "Start: Mon, 07.12 · End: 31.12", "פתיחה: 20.12 · סיום: 13.01.2027" (alone, "07.12" may be a
# time or a number, so only the end's label makes it a date).
_LABELLED_NUMERIC = re.compile(
    r"(?<![\d.,/:])(?P<d1>\d\d)\.(?P<m1>\d\d)(?:\.(?P<y1>\d{4}))?\.?"
    + _END_LABEL.pattern
    + r"(?P<d2>\d\d)\.(?P<m2>\d\d)(?:\.(?P<y2>\d{4}))?\.?(?![\d.,/:]?\d)",
    re.IGNORECASE,
)


def _labelled_numeric(text: str, hint: int | None) -> list[DateMatch]:
    """Ranges of :data:`_LABELLED_NUMERIC` in ``text``, their years lent as a range's."""
    found = []
    for match in _LABELLED_NUMERIC.finditer(text):
        ends = []
        for k in "12":
            year = match["y" + k]
            day, month = int(match["d" + k]), int(match["m" + k])
            kind = "num" if year else "dm"
            ends.append(_Atom(0, 0, day, month, int(year) if year else None, kind))
        pair = _pair(ends[0], ends[1], hint)
        if pair is not None:
            found.append(DateMatch(match.span(), match.group(), pair))
    return found


def _joined(text: str, first: _Atom, second: _Atom) -> bool:
    return (
        _GAP.fullmatch(text, first.end, second.start) is not None
        or _END_LABEL.fullmatch(text, first.end, second.start) is not None
    )


# A label numbering a level, a part or a day of a course, its number no range's first day:
# "HACCP Level 2 – 20/01/2027", "Module 3 – 14 March 2027", "Day 1 - 12 Jan".
_NUMBERED = re.compile(
    r"(?<![^\W\d_])(?:level|module|modul|part|unit|stage|step|phase|grade|tier|block|week|day"
    r"|session|lesson|chapter|section|no|nr|number|cohort|group|batch|book|volume|vol|round"
    r"|stufe|teil|niveau|nivel|nível|livello|modulo|módulo)\.?\s*$",
    re.IGNORECASE,
)


def _numbered(text: str, atom: _Atom) -> bool:
    """Whether ``atom`` is a bare number after a label's word ("Level 2 – 20/01/2027")."""
    if atom.kind != "day":
        return False
    return _NUMBERED.search(text, max(0, atom.start - 10), atom.start) is not None


def _years(first: _Atom, second: _Atom, hint: int | None) -> tuple[int | None, int | None]:
    """Years for both halves of a range, lent across it and rolled over December."""
    m1, m2 = first.month or 0, second.month or 0
    y1, y2 = first.year, second.year
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if m1 > m2 else y2
    elif y2 is None and y1 is not None:
        y2 = y1 + 1 if m2 < m1 else y1
    elif y1 is None and y2 is None and hint is not None:
        y1, y2 = hint, (hint + 1 if m2 < m1 else hint)
    return y1, y2


def _pair(first: _Atom, second: _Atom, hint: int | None) -> DateRange | None:
    """The range two joined atoms describe, or ``None`` when they do not make one."""
    if first.risky or second.risky or (first.kind == "dm" and second.kind not in ("num", "dm")):
        return None
    if second.kind == "day":
        if not first.month_first or second.day < first.day:
            return None
        second = _Atom(second.start, second.end, second.day, first.month, second.year, "day")
    if second.month is None:
        return None
    if first.month is None:
        first = _Atom(first.start, first.end, first.day, second.month, second.year, "day")
    y1, y2 = _years(first, second, hint)
    start, end = _iso(y1, first.month, first.day), _iso(y2, second.month, second.day)
    if start is None or end is None:
        return None
    days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days
    return DateRange(start, end) if 0 <= days <= _MAX_SPAN_DAYS else None


def _list_end(text: str, atoms: list[_Atom], i: int) -> int:
    """Index of the last atom of a date list starting at ``atoms[i]``, or ``i`` for none."""
    j, conjunction = i, False
    while j + 1 < len(atoms) and atoms[j + 1].start - atoms[j].end <= _MAX_LIST_GAP:
        gap = _LIST.fullmatch(text, atoms[j].end, atoms[j + 1].start)
        if gap is None:
            break
        # "&", "and", "・", or a comma followed by a list word: not a bare comma
        conjunction |= gap["comma"] is None or bool(gap.group().replace(",", "").strip())
        j += 1
    commas_only = j - i >= 2 and all(a.month is None for a in atoms[i:j])
    if j == i or not (conjunction or commas_only):
        # A list joined by commas alone is three or more days before one month ("5, 12,
        # 19 May"); two ("Room 4, 27 May") are a number and a date.
        return i
    return j


def _year_turn(chain: list[_Atom], years: list[_Atom]) -> bool:
    """Whether a list's two years are where the year turns: its first date full, in
    December, and its last in January of the next year ("Wed 30 Dec 2026, Mon 4 & Tue 5 Jan
    2027")."""
    first, last = chain[0], chain[-1]
    return (
        years == [first, last]
        and first.month == 12
        and last.month == 1
        and first.year is not None
        and last.year == first.year + 1
    )


def _day_after_day(chain: list[_Atom]) -> bool:
    """Whether a list's dates, each written in full, are consecutive days: a course's days
    written out one by one ("Tue 13 Apr 2027 & Wed 14 Apr 2027"), one run; full dates a
    week apart ("4 Mar 2027, 11 Mar 2027") are runs of their own."""
    days = [_iso(a.year, a.month, a.day) for a in chain]
    dates = [dt.date.fromisoformat(d) for d in days if d is not None]
    return len(dates) == len(chain) and all((b - a).days == 1 for a, b in pairwise(dates))


def _lends_year(chain: list[_Atom]) -> bool:
    """Whether a list's first date lends its year to the dates after it: in year-first CJK
    writing, or a full date before dates that name their months ("Tuesday 8 December 2026
    and Wednesday 9 December", Dutch "8 december 2026 en 9 december")."""
    first = chain[0]
    if first.kind == "ymd":
        return True
    return first.kind == "text" and all(a.kind == "text" and a.year is None for a in chain[1:])


def _list(chain: list[_Atom], hint: int | None) -> DateRange | None:
    """The first and last day of a list of dates ("23 & 30 Jan 2027", "7日・8日・14日").

    The dates lend each other only what one end states: a year at the list's end (or
    at its start in year-first CJK writing), else the ``hint`` when all the other dates
    are bare days; dates that each state their year are one run only over the year's
    turn or day after day. Each day must come after the one before, all within a few weeks.
    """
    first, last = chain[0], chain[-1]
    years = [a for a in chain if a.year is not None]
    if any(a.risky or a.kind in ("iso", "num") for a in chain):
        return None
    if len(years) > 1 and not _year_turn(chain, years) and not _day_after_day(chain):
        return None
    if years and years[-1] is not last and not (years[0] is first and _lends_year(chain)):
        return None
    if not years and not (
        all(a.month is None for a in chain[:-1]) or all(a.month is None for a in chain[1:])
    ):
        return None
    # Month of each bare day: the one before it ("January 23 & 30"), else the one after
    # it ("13 et 14 octobre"), whichever way the list's first date is written.
    months: list[int | None] = [a.month for a in chain]
    sweeps = (range(len(chain)), range(len(chain) - 1, -1, -1))
    for sweep in sweeps if first.month_first else sweeps[::-1]:
        carried = None
        for k in sweep:
            carried = months[k] = months[k] or carried
    order = [((m or 0), a.day) for m, a in zip(months, chain, strict=True)]
    rolled = [(o[0] + 12 if k and o < order[0] else o[0], o[1]) for k, o in enumerate(order)]
    if any(b <= a for a, b in pairwise(rolled)):
        return None
    # The ends take the months the sweeps gave them: "2 & 3 Feb, … 14 Apr" starts in February.
    if first.month is None:
        first = _Atom(first.start, first.end, first.day, months[0], None, "day")
    if last.month is None and months[-1]:
        last = _Atom(last.start, last.end, last.day, months[-1], last.year, "text")
    dates = _pair(first, last, hint)
    if dates is None or dates.start is None or dates.end is None:
        return None
    days = (dt.date.fromisoformat(dates.end) - dt.date.fromisoformat(dates.start)).days
    return dates if 0 < days <= _MAX_LIST_DAYS else None


# Between the parts of a multi-part date: a range ("6-8"), a list word ("and", "&", ","),
# a plus ("6-8+10 October") or a slash between days ("25/26 September").
_PART_GAP = re.compile(r"\s*(?:(?P<plus>[+/])|(?P<comma>,))\s*")
_MAX_CHAIN_DAYS = 100  # "Nov 20, Dec 4, 2025 and Feb 16-17, 2026": one course, three months


def _chain_end(text: str, atoms: list[_Atom], i: int) -> tuple[int, bool, bool, bool]:
    """The last atom of a run of atoms joined by ranges and list words from ``atoms[i]``,
    and whether a range, a list word (not a bare comma) and only commas join them."""
    j, ranged, listed, commas = i, False, False, True
    while j + 1 < len(atoms) and atoms[j + 1].start - atoms[j].end <= _MAX_LIST_GAP:
        start, end = atoms[j].end, atoms[j + 1].start
        if _GAP.fullmatch(text, start, end):
            ranged, commas = True, False
        elif (part := _PART_GAP.fullmatch(text, start, end)) and part["plus"]:
            listed, commas = True, False
        elif (part or (part := _LIST.fullmatch(text, start, end))) and part["comma"] is not None:
            pass  # a bare comma
        elif part is not None:
            listed, commas = True, False
        else:
            break
        j += 1
    return j, ranged, listed, commas


def _chain(chain: list[_Atom], hint: int | None) -> DateRange | None:
    """The first and last day of a multi-part date ("6-8+10 October 2026", "Mar 25-27 &
    Apr 1-3, 2026", "27 Nov, 28 Nov, Dec 1, Dec 2"): each part in order, within a few
    months; a year is written at the end, or where it changes ("Dec 4, 2025 and Feb 16-17,
    2026"), and bare days take the month written before them, else after them."""
    if any(a.risky or a.kind in ("iso", "num", "dm", "ymd") for a in chain):
        return None
    n = len(chain)
    months: list[int | None] = [a.month for a in chain]
    sweeps = (range(n), range(n - 1, -1, -1))
    for sweep in sweeps if chain[0].month_first else sweeps[::-1]:
        carried = None
        for k in sweep:
            carried = months[k] = months[k] or carried
    known = [m for m in months if m is not None]
    if len(known) < n:
        return None
    years = _chain_years(known, [a.year for a in chain], hint)
    if years is None:
        return None
    found = [_iso(y, m, a.day) for y, m, a in zip(years, known, chain, strict=True)]
    days = [dt.date.fromisoformat(d) for d in found if d is not None]
    if len(days) < n or any(b <= a for a, b in pairwise(days)):
        return None
    if (days[-1] - days[0]).days > _MAX_CHAIN_DAYS:
        return None
    return DateRange(days[0].isoformat(), days[-1].isoformat())


def _chain_years(
    months: list[int], years: list[int | None], hint: int | None
) -> list[int | None] | None:
    """Each part's year: lent back from where it is written (one year less across a new
    year), forward to parts after it, else the ``hint`` from the first part on."""
    written = [y for y in years if y is not None]
    if any(a == b for a, b in pairwise(written)):
        return None  # a year written twice: dates of their own ("4 Mar 2027, 11 Mar 2027")
    if not written:
        if hint is None:
            return None
        years = [hint, *years[1:]]
    cur: int | None = None
    for k in range(len(years) - 1, -1, -1):
        if years[k] is not None:
            cur = years[k]
        elif cur is not None:
            cur = cur - 1 if months[k] > months[k + 1] else cur
            years[k] = cur
    for k in range(1, len(years)):
        if years[k] is None and (before := years[k - 1]) is not None:
            years[k] = before + 1 if months[k] < months[k - 1] else before
    return years


def _single(atom: _Atom, hint: int | None) -> DateRange | None:
    if atom.kind in ("day", "dm") or atom.risky:
        return None
    year = atom.year if atom.year is not None else hint
    start = _iso(year, atom.month, atom.day)
    return DateRange(start, None) if start else None


def find_date_ranges(
    text: str, *, year: int | None = None, day_first: bool = True
) -> list[DateMatch]:
    """Every date or date range in ``text``, in order, with its span.

    A lone date comes back as ``DateRange(start, None)``.  ``year`` fills dates
    written without one; ``day_first`` reads ambiguous ``05/10/2026``.
    """
    if not text or not _DIGIT.search(text):
        return []  # every written date has a digit: most lines of a page have none
    return list(_date_ranges(text, year, day_first))


@lru_cache(maxsize=8192)
def _date_ranges(text: str, year: int | None, day_first: bool) -> tuple[DateMatch, ...]:
    """:func:`find_date_ranges`, remembered: the readers ask about one line many times."""
    atoms = all_atoms = _atoms(text, day_first)
    found: list[DateMatch] = []
    if ":" in text and (labelled := _labelled_numeric(text, year)):
        found = labelled  # "07.12 · End: 31.12": the atoms inside are its own
        spans = [m.span for m in labelled]
        atoms = [a for a in atoms if not any(s <= a.start < e for s, e in spans)]
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if atom.kind == "iso" and (ended := _year_first_end(text, atom)) is not None:
            end_at, dates = ended
            found.append(DateMatch((atom.start, end_at), text[atom.start : end_at], dates))
            while i < len(atoms) and atoms[i].start < end_at:
                i += 1
            continue
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        if nxt is not None and nxt.start - atom.end <= _MAX_LIST_GAP:
            j, ranged, worded, commas = _chain_end(text, atoms, i)
            multi = (ranged and worded) or (commas and j - i >= 3 and atom.month is not None)
            chained = _chain(atoms[i : j + 1], year) if multi and j - i >= 2 else None
            if chained is not None:
                span = (atom.start, atoms[j].end)
                found.append(DateMatch(span, text[span[0] : span[1]], chained))
                i = j + 1
                continue
        last = _list_end(text, atoms, i) if nxt and nxt.start - atom.end <= _MAX_LIST_GAP else i
        listed = _list(atoms[i : last + 1], year) if last > i else None
        if listed is not None:
            span = (atom.start, atoms[last].end)
            found.append(DateMatch(span, text[span[0] : span[1]], listed))
            i = last + 1
            continue
        if nxt is not None and _joined(text, atom, nxt) and not _numbered(text, atom):
            pair = _pair(atom, nxt, year)
            if pair is not None:
                found.append(DateMatch((atom.start, nxt.end), text[atom.start : nxt.end], pair))
                i += 2
                continue
        single = _single(atom, year)
        if single is not None:
            found.append(DateMatch((atom.start, atom.end), text[atom.start : atom.end], single))
        i += 1
    if atoms is not all_atoms:
        found.sort(key=lambda m: m.span)  # the labelled ranges first found, among the others
    return tuple(found)


def parse_date_range(
    text: str | None, *, year: int | None = None, day_first: bool = True
) -> DateRange | None:
    """The first date range (or lone date, ``end=None``) in ``text``."""
    found = find_date_ranges(text or "", year=year, day_first=day_first)
    return found[0].dates if found else None


def parse_date(text: str | None, *, year: int | None = None, day_first: bool = True) -> str | None:
    """The first date in ``text`` as ISO (a range gives its first day)."""
    found = parse_date_range(text, year=year, day_first=day_first)
    return found.start if found else None


def parse_iso(value: str | None) -> str | None:
    """A markup date value ("2026-06-08", "2026-06-08T09:00:00+01:00", "20260608").

    The calendar date is kept as written (no time-zone shift); anything else is
    read by :func:`parse_date`.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    match = _ISO_VALUE.match(value)
    if match:
        return _iso(int(match[1]), int(match[2]), int(match[3]))
    return parse_date(value)


def _text_evidence(text: str) -> bool | None:
    """Whether numeric dates in ``text`` prove an order (a field over 12), else ``None``."""
    day_first = month_first = False
    # A numeric date is digits and separators, never across a line: only lines with a
    # digit and a separator are read (from their first digit; look-behinds still see the
    # text before).
    found = (
        m
        for digit, end in digit_lines(text)
        if _has_separator(text, digit, end)
        for m in _NUMERIC_DATE.finditer(text, digit, end)
    )
    for match in found:
        a, b = int(match[1]), int(match[2])
        day_first |= 12 < a <= 31 and 1 <= b <= 12
        month_first |= 12 < b <= 31 and 1 <= a <= 12
    return day_first if day_first != month_first else None


def _has_separator(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a numeric date's separator (".", "/" or "-"):
    three plain searches, quicker than the date's regex on the many lines without one."""
    return (
        text.find(".", start, end) >= 0
        or text.find("/", start, end) >= 0
        or text.find("-", start, end) >= 0
    )


def guess_day_first(
    *,
    lang: str | None = None,
    currency: str | None = None,
    url: str | None = None,
    text: str | None = None,
) -> bool:
    """Whether ``05/10/2026`` means 5 October on this page.

    Evidence in order: a date in ``text`` that only one reading allows, the
    language tag (en-US → month first; a tag without region, such as plain "en",
    says nothing), the currency (USD → month first), the domain; default True.
    """
    evidence = _text_evidence(text) if text else None
    if evidence is not None:
        return evidence
    tag = (lang or "").strip().casefold().replace("_", "-")
    if tag in _MONTH_FIRST_LOCALES:
        return False
    if (tag and not tag.startswith("en")) or "-" in tag:
        return True
    if currency:
        return currency.strip().upper() != "USD"
    host = re.sub(r"^[a-z]+://", "", (url or "").casefold()).split("/")[0].split(":")[0]
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    return tld not in ("us", "gov", "edu", "mil")


def year_hint(text: str | None) -> int | None:
    """The year a heading sets for dates below it ("Dates for 2026", "2027 course dates").

    A short text (a heading) with one year and nothing else to say is read as
    that year too; otherwise ``None``.
    """
    if not text or "20" not in text:
        return None  # every year read here is 20xx
    match = _YEAR_NEAR_WORD.search(text)
    if match:
        return int(match["a"] or match["b"])
    years = set(ANY_YEAR.findall(text))
    if (
        len(text) <= 80
        and len(years) == 1
        and not _ATOM_HAS_DAY.search(text)
        and not _POSTCODE.search(text)
        and not _CODE_EDITION.search(text)
    ):
        return int(years.pop())
    return None

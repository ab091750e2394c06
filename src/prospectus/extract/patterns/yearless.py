"""The year of a run's date written without one, from its weekday.

A compact "Next dates" widget, a sidebar or a mailing's list gives its upcoming runs
as "Tue 8 – Wed 9 Dec", "Fri 11 Dec", "Mon 1 – Tue 2 Feb": the year is the page's
(this December, next February).  The weekday tells it: a day of a month falls on a
given weekday once in any five years running, so the year near the page's years on
which the written weekday falls is the run's.  A line without a weekday, or whose
weekday fits no such year, or more than one, is left as it is.

    year_of_weekday_date("Tue 8 – Wed 9 Dec", 2026)  →  "Tue 8 – Wed 9 Dec 2026"
"""

from __future__ import annotations

import calendar
import re
from collections import Counter

from prospectus.extract.months import MONTH_PATTERN, WEEKDAY_PATTERN, month_number, strip_accents

# Each language's weekday names, Monday first; a written name is one of them or the
# start of one (at least two letters: "Tue", "Mi", "jeu").
_WEEKDAY_NAMES = (
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"),
    ("lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica"),
    ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lordag", "sondag"),
    ("mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag"),
)

_DAY = rf"({WEEKDAY_PATTERN})\.?,?\s+(\d{{1,2}})(?:st|nd|rd|th)?\.?"
# The whole date at a line's start: a weekday's day, its month or the range's, and no year.
_WEEKDAY_DATE = re.compile(
    rf"^{_DAY}(?:\s+({MONTH_PATTERN})\.?)?"
    rf"(?:\s*(?:[–—-]|to|bis|au|al)\s*(?:{WEEKDAY_PATTERN})\.?,?\s+\d{{1,2}}(?:st|nd|rd|th)?\.?)?"
    rf"\s+({MONTH_PATTERN})\b\.?(?!\s*[,.]?\s*'?\d)",
    re.I,
)
# Month first, as US sites and Eventbrite write it: "Sat, Dec 12", "Tue, Jan 5 – Wed, Jan 6".
_WEEKDAY_MONTH_DATE = re.compile(
    rf"^({WEEKDAY_PATTERN})\.?,?\s+({MONTH_PATTERN})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:\s*(?:[–—-]|to)\s*(?:(?:{WEEKDAY_PATTERN})\.?,?\s+)?(?:({MONTH_PATTERN})\.?\s+)?"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\b)?(?!\s*[,.]?\s*'?\d)",
    re.I,
)
_YEAR = re.compile(r"\b20\d\d\b")
# A copyright line's year, the latest of a span: "© 2026", "© 2019–2026", "Copyright 2026".
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:20\d\d\s*[-–]\s*)?(20\d\d)(?!\d)", re.I)
_SPAN = 5  # the years around the page's own that a date may fall in: one fits


def page_year(text: str) -> int | None:
    """The year the page writes most often (its news dates), or its later copyright year
    ("© 2026"), else ``None``."""
    counts = Counter(_YEAR.findall(text))
    if not counts:
        return None
    common = int(counts.most_common(1)[0][0])
    # an older year written more often names something ("OSH Act 2004", "since 2020"):
    # a later copyright year is the page's
    copyright = [int(y) for y in _COPYRIGHT_YEAR.findall(text)] if "20" in text else []
    return max([common, *copyright])


def _weekdays(written: str) -> set[int]:
    """The weekdays (0 = Monday) a written name may stand for."""
    name = strip_accents(written.casefold().rstrip("."))
    if len(name) < 2:
        return set()
    return {i for names in _WEEKDAY_NAMES for i, full in enumerate(names) if full.startswith(name)}


def year_of_weekday_date(line: str, near: int | None) -> str:
    """``line`` with the year its leading yearless weekday date falls in, after its month;
    ``line`` itself where it has none, or no one year near ``near`` fits its weekday."""
    if near is None or not line[:1].isalpha() or _YEAR.search(line):
        return line
    found = _WEEKDAY_DATE.match(line)
    if found is None:
        return _year_of_month_first(line, near)
    weekday, day, first_month, month = found.groups()
    number = month_number(first_month or month)
    year = _one_year(weekday, int(day), number, near)
    if number is None or year is None:
        return line
    if first_month is None or (month_number(month) or number) >= number:
        end_year = year
    else:
        end_year = year + 1  # "Wed 30 Dec – Fri 1 Jan": the range runs into the next year
    return f"{line[: found.end()]} {end_year}{line[found.end() :]}"


def _one_year(weekday: str, day: int, month: int | None, near: int) -> int | None:
    """The one year near ``near`` in which ``day`` of ``month`` falls on the written
    ``weekday``; None where none or several do."""
    days = _weekdays(weekday)
    if month is None or not days:
        return None
    years = [
        year
        for year in range(near - 1, near - 1 + _SPAN)
        if day <= calendar.monthrange(year, month)[1] and calendar.weekday(year, month, day) in days
    ]
    return years[0] if len(years) == 1 else None


def _year_of_month_first(line: str, near: int) -> str:
    """:func:`year_of_weekday_date` for a month-first date ("Sat, Dec 12 • 8:30 AM"):
    the year goes after its (last) day, "Sat, Dec 12, 2026 • 8:30 AM"."""
    found = _WEEKDAY_MONTH_DATE.match(line)
    if found is None:
        return line
    weekday, month, day, end_month = found.groups()
    number = month_number(month)
    start_year = _one_year(weekday, int(day), number, near)
    if number is None or start_year is None:
        return line
    end_number = month_number(end_month) if end_month else None
    year = start_year + 1 if end_number is not None and end_number < number else start_year
    return f"{line[: found.end()]}, {year}{line[found.end() :]}"

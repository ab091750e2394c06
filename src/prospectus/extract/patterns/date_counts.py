"""A course heading's count of its dates, which is no part of the course's name.

Schedules that group their runs under one heading per course (an accordion, a tab, a
views block) often show how many dates the group holds after the course's name:

    Basic Forklift Operator (3 dates)              ← the name, then the count
    Erste Hilfe Grundkurs (4 Termine)
    Veiligheid op de werkvloer (2 data)

:func:`without_date_count` gives the name alone.
"""

from __future__ import annotations

import re

# A bracketed count of dates ending a heading: "(3 dates)", "(4 upcoming dates)", "(2
# Termine)", "(5 data)", "(1 fecha disponible)". Only words for dates: a count of sessions
# or classes may be a package's ("Driving lessons (10 sessions)"), part of its name.
_DATE_COUNT = re.compile(
    r"\s*[(\[]\s*\d{1,3}\s+(?:(?:upcoming|open|available|more|beschikbare|kommende|freie)\s+)?"
    r"(?:dates?|data|datums?|termine?|fechas?|datoer|datum|terminy|termíny|tillfällen|"
    r"kurstermine|startdata|startdatums?)"
    r"(?:\s+(?:available|left|beschikbaar|verfügbar|disponibles?|disponibili))?\s*[)\]]\s*$",
    re.I,
)


def without_date_count(name: str) -> str:
    """``name`` without the count of its dates after it ("Basic Forklift Operator (3
    dates)" → "Basic Forklift Operator"); ``name`` itself where it has none."""
    if not name.endswith((")", "]")):
        return name
    match = _DATE_COUNT.search(name)
    if match is None or match.start() < 2:
        return name
    return name[: match.start()].rstrip(" -–—|·:")

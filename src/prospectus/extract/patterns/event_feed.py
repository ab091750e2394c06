"""Event feeds in text dumps: a calendar's events, each a date line over its title.

Event platforms' calendar and organiser pages (Luma, Meetup, Eventbrite and the like),
dumped to text, show each event as a few short lines::

    Dec 5                                   (a date chip, optional)
    Saturday
    Sat, Dec 5, 2026 – Sun, Dec 6, 2026 · 8:30 AM – 4:30 PM CST
    Standard First Aid
    Two-day course: CPR, AED, choking and more.
    By Acme First Aid
    Hosted by Jane Doe
    Acme Training Room, 12 Main St, Saskatoon
    CA$149 · Register

A date chip ("Dec 5", "Saturday") is over the date line, which opens with a dated day (a
weekday first at most); the title is the line below it (a list whose titles are over their
dates, without chips, is the line reader's); the event's other lines follow up to the next
event's chip or date line.  The "By" line names the organiser (the provider, not a place)
and the blurb says nothing of the run: both are left out of what the run is read from.  A
numeric date is read in the order of day and month its chip agrees with.  Read on text dumps
without course markup, where it finds more runs than the line reader (or as many, named
otherwise), and only where two events or more are read; cancelled events are left out.
"""

from __future__ import annotations

import re

from prospectus.extract.dates import DateMatch, find_date_ranges
from prospectus.extract.modes import CALLED_OFF
from prospectus.extract.months import MONTH_PATTERN, WEEKDAY_PATTERN
from prospectus.extract.patterns.schedule_candidate import Candidate, ScheduleContext
from prospectus.extract.patterns.schedule_values import build_course
from prospectus.extract.patterns.schedule_words import FIELD, looks_like_title
from prospectus.extract.visible import Visible
from prospectus.records import Course

# The date opens the line: a weekday at most before it ("Sat, Dec 5, 2026", "Saturday January 9").
_MAX_LEAD = 11
_MAX_DATE_LINE = 90
_MAX_LINES = 9  # an event's lines after its title
_MAX_SHORT_WORDS = 14  # longer lines past the blurb end the event: the page's prose
_MIN_EVENTS = 2
_YEAR_LINE = re.compile(r"^20\d\d$")
_CHIP = re.compile(
    rf"^(?:(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_PATTERN})\.?|"
    rf"(?:{WEEKDAY_PATTERN})\.?)$",
    re.I,
)
_WEEKDAY = re.compile(rf"^(?:{WEEKDAY_PATTERN})\.?$", re.I)
_ORGANISER = re.compile(r"^(?:by|organi[sz]ed by|organi[sz]er:?)\s+\S", re.I)
_CALLED_OFF = re.compile(rf"\b(?:{CALLED_OFF})\b", re.I)
_YEAR = re.compile(r"\b20\d\d\b")


def find_feed_events(view: Visible, ctx: ScheduleContext) -> list[Course]:
    """The runs of a text dump's event feed (see the module's docstring)."""
    if view.tree is not None or "\n" not in view.text:
        return []
    lines = view.text.split("\n")
    starts: list[tuple[int, DateMatch]] = []
    year: int | None = None
    for i, line in enumerate(lines):
        if _YEAR_LINE.match(line):
            year = int(line)
        elif (
            i + 1 < len(lines)
            and any(_CHIP.match(lines[j]) for j in (i - 2, i - 1) if j >= 0)
            and (match := _date_line(line, year, ctx.day_first)) is not None
            and looks_like_title(lines[i + 1])
            and not FIELD.match(lines[i + 1])
        ):  # a chip over the date line, the title below it (no labelled value, "Venue: …")
            starts.append((i, match))
    if len(starts) < _MIN_EVENTS:
        return []
    runs: list[Course] = []
    for k, (i, match) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        body = _event_lines(lines, i, stop)
        if any(_CALLED_OFF.search(line) for line in body):
            continue
        match = _as_chip_says(lines, i, match, year, ctx.day_first)
        cand = Candidate("\n".join(body), match, name=lines[i + 1].strip())
        if (course := build_course(cand, ctx)) is not None:
            runs.append(course)
    return runs if len(runs) >= _MIN_EVENTS else []


def _date_line(line: str, year: int | None, day_first: bool) -> DateMatch | None:
    """The date a feed's date line opens with; None for any other line."""
    if len(line) > _MAX_DATE_LINE or not any(ch.isdigit() for ch in line[: _MAX_LEAD + 12]):
        return None
    if year is None and not _YEAR.search(line):
        return None
    found = find_date_ranges(line, year=year, day_first=day_first)
    if len(found) != 1 or found[0].dates.start is None or found[0].span[0] > _MAX_LEAD:
        return None
    lead = line[: found[0].span[0]].strip(" ,.")
    return found[0] if not lead or _WEEKDAY.match(lead) else None  # not "Termin: 14–15. …"


def _as_chip_says(
    lines: list[str], i: int, match: DateMatch, year: int | None, day_first: bool
) -> DateMatch:
    """``match`` read in the other order of day and month where the event's chip above it
    ("Dec 10" over "12/10/2026 – 12/11/2026") says so: the chip names its month."""
    chips = [
        lines[j]
        for j in (i - 2, i - 1)
        if j >= 0 and _CHIP.match(lines[j]) and any(ch.isdigit() for ch in lines[j])
    ]
    start = match.dates.start
    if not chips or start is None:
        return match
    said = find_date_ranges(f"{chips[-1]} {start[:4]}", day_first=day_first)
    if not said or said[0].dates.start in (None, start):
        return match
    other = _date_line(lines[i], year, not day_first)
    return other if other is not None and other.dates.start == said[0].dates.start else match


def _event_lines(lines: list[str], i: int, stop: int) -> list[str]:
    """An event's lines from its date line: up to the next event's chip or date line, or the
    page's prose; its organiser and its blurb left out."""
    while stop - 1 > i + 1 and _CHIP.match(lines[stop - 1]):
        stop -= 1  # the next event's "Dec 10" / "Thursday"
    body = [lines[i], lines[i + 1]]
    for j in range(i + 2, min(stop, i + 2 + _MAX_LINES)):
        line = lines[j]
        long = len(line.split()) > _MAX_SHORT_WORDS
        if long and j > i + 2:
            break  # the page's prose below the last event
        if long or _ORGANISER.match(line) or (j == i + 2 and line.endswith(".")):
            continue  # the blurb, the organiser
        body.append(line)
    return body

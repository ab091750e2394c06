"""Course lists without prices: "Introduction to Git, 3-7 November 2025, ONLINE".

Research centres and universities list their courses as lines of title and date under a
heading such as "Upcoming courses", with no price and no booking button, which the
schedule reader (that wants booking evidence) leaves alone.  This reader takes them,
but only inside such a section (a short heading naming courses, events, workshops or
training; a "Past"/"Previous"/"News" heading ends it), only lines that pair a date with
a title, and only on pages where no other course run was found.
"""

from __future__ import annotations

import re
from typing import Any

from prospectus.extract.dates import find_date_ranges
from prospectus.extract.modes import CALLED_OFF, mode_from_text
from prospectus.extract.months import WEEKDAY_PATTERN
from prospectus.extract.patterns.schedule_candidate import ScheduleContext
from prospectus.extract.patterns.schedule_words import (
    LEADING,
    NEWS_WORDS,
    STRAY_DATE,
    TIME_ZONE,
    heading_year,
    looks_like_title,
)
from prospectus.extract.visible import Visible
from prospectus.records import Course

_SECTION = re.compile(
    r"\b(?:upcoming|courses?|events?|workshops?|training|trainings|seminars?|schedule|"
    r"calendar|kurser|kurse|termine|veranstaltungen|formations?|cursos?|corsi|cursussen)\b",
    re.I,
)
# A blog's heading named by its posts: "Latest articles", "Recent posts", "Insights".
_POSTS = r"articles|posts|insights|artikel|artículos|articoli|artikelen"
_END_SECTION = re.compile(
    rf"\b(?:past|previous|archive[ds]?|earlier|{NEWS_WORDS}|{_POSTS}|last updated|"
    r"tidigare|vergangene|passés?|anteriores)\b",
    re.I,
)
_NEWS_HEADING = re.compile(rf"\b(?:{NEWS_WORDS}|{_POSTS})\b", re.I)
_TRIM = " ,;:·|-–—()"
# A date fragment the parser left behind: "…in HPC, 6-8+" → "…in HPC" ("Linux 101" stays).
_TAIL = re.compile(r"(?:[\s,;:]+\d+[-–+&/][\d+\-–&/]*)?[\s,;:+&/\-–—.]*$")
_NOT_A_NAME = re.compile(
    r"^(?:information|info|details|more|read|link|rss|subscribe|registration|register|date|dates|"
    r"course dates|when|where|time|deadline|updated|posted)\b",
    re.I,
)
# A date's label before it, a weekday and all: "Starts Tuesday", "Next date: Mon", "Begins on".
_DATE_LABEL = re.compile(
    rf"(?:starts?|starting|begins?|beginning|commencing|next(?: date| start| run)?)"
    rf"(?:\s+on)?(?:\s+(?:{WEEKDAY_PATTERN})\.?)?",
    re.I,
)
# The page's own review date ("Last reviewed: 16 November 2026 by …"): no event, nor is the
# heading above it.
_PAGE_DATE = re.compile(
    r"^(?:(?:page |content )?last (?:reviewed|updated|modified|revised|checked|edited)|"
    r"(?:page |content )?(?:reviewed|revised) on|"
    # the same in other languages: "Laatst bijgewerkt:", "Zuletzt aktualisiert am", "Stand:"
    r"laatst (?:bijgewerkt|gewijzigd)|bijgewerkt op|zuletzt (?:aktualisiert|geändert)|"
    r"stand(?=\s*:)|"
    r"derni[eè]re mise [àa] jour|mis [àa] jour le|[úu]ltima actualizaci[óo]n|actualizado el|"
    r"ultimo aggiornamento|aggiornato il|senast (?:uppdaterad|ändrad)|sist (?:oppdatert|endret)|"
    r"sidst (?:opdateret|ændret))\b",
    re.I,
)
_STRAYS = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b", re.I
)
# A run called off ("CANCELLED", "was 29 April POSTPONED"): no run to list.
CANCELLED = re.compile(rf"\b(?:{CALLED_OFF})\b", re.I)
_HANDLE = re.compile(r"@\w")  # "Dan Denney (@dandenney)": who wrote a post, no course
# A sentence broken off before its date ("Mit der am 15. Januar ..."): a short lower-case
# word (an article, a preposition) cannot end a title.
_OPEN_END = re.compile(r"(?<![\w-])[a-zäöüß]{1,3}$")
_WORDY = re.compile(r"[A-Za-zÀ-ÿ]{4,}")
# How a reviewer signs: a given name and the initial of a surname ("Anna B. · 21 November
# 2026"). A title never ends on a lone capital and its full stop.
_SIGNATURE = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'’-]+\s+[A-ZÀ-Þ]\.$")
_RECENT_YEARS = 1  # runs more than this many years before the page's latest are history
_MAX_HEADING_WORDS = 6


def _clean(name: str) -> str:
    """The title less its trailing date fragment and separators; a closing bracket stays
    when it closes one ("Tools workshop (Gothenburg) (" → "Tools workshop (Gothenburg)")."""
    text = _TAIL.sub("", name.split(" · ")[0]).strip(_TRIM)
    if text.count("(") > text.count(")") and name.startswith(f"{text})"):
        return f"{text})"
    return text


def _title(text: str) -> bool:
    return (
        len(text.split()) >= 2
        and looks_like_title(text)
        and not _NOT_A_NAME.match(text)
        and not _STRAYS.search(text)
        and not STRAY_DATE.search(text)
        and not TIME_ZONE.match(text)
        and not _HANDLE.search(text)
        and not _OPEN_END.search(text)
    )


# The date's weekday set off from the name before it by a dash or a bar, the date after it
# ("Professional Bartending – Mon 7 Dec 2026 – $1,250"), with the date's lead-in in lower
# case before it ("Glass Fusing – weekly from Thu 4 Feb 2027"): no part of the name.
_WEEKDAY_END = re.compile(
    rf"\s(?:[–—|·,]|-)\s*(?:(?-i:[a-z])[^–—|·,]*\s)?(?:{WEEKDAY_PATTERN})\.?,?\s*$", re.I
)


def _weekday_free(head: str) -> str:
    """``head``, the text before a date, less the date's weekday after a dash or a bar and
    the lower-case lead-in before it: a weekday and its "every"/"from" belong to the date."""
    return _WEEKDAY_END.sub("", head) if head[-1:] in " .," else head


# The end of a sentence before the next one's capital: "… every second Monday. Grader: 1
# February 2027" (a lower-case word of three letters or more before the stop, so that "Dr.",
# "St." and "Ltd." go on).
_SENTENCE_BREAK = re.compile(r"(?<=[a-zäöüßà-ÿ]{3}[.!?])\s+(?=[A-ZÄÖÜÀ-Þ])")

_CLAUSE = re.compile(r"[;,]\s*")


def _last_sentence(head: str) -> str:
    """``head``, the text before a date, from its last sentence on: the sentences before it
    in a line of prose are about something else, the title is the one next to the date."""
    if ". " not in head and "! " not in head and "? " not in head:
        return head
    parts = _SENTENCE_BREAK.split(head)
    return parts[-1]


def _name(line: str, start: int, end: int, previous: str | None) -> str | None:
    """The run's title: the text before its date, else the line above a date-only line or
    above one whose date has only its label before it ("Starts Tuesday 2 March 2027")."""
    head = _last_sentence(line[:start])
    if _PAGE_DATE.match(_CLAUSE.split(head)[-1]):
        return None  # "… audits. Compiled by our trainers; last updated 20 November 2026."
    if _SIGNATURE.match(head.strip(_TRIM)):
        return None  # a review's signature and the day it was written
    before = _clean(_weekday_free(head))
    label = bool(_DATE_LABEL.fullmatch(before))
    if _title(before) and not label:
        return before
    rest = line[:start] + line[end:]
    if (
        not _WORDY.search(rest) or label or _NOT_A_NAME.match(before or rest.strip(_TRIM))
    ) and previous:
        candidate = _clean(previous)
        if _title(candidate):
            return candidate
    return None


def _record(name: str, line: str, dates: Any, ctx: ScheduleContext) -> Course:
    values: dict[str, Any] = {
        "name": name,
        "start_date": dates.start,
        "end_date": dates.end or dates.start,
        "mode": mode_from_text(line),
    }
    prov = tuple((k, ctx.source) for k, v in values.items() if v is not None)
    return Course(page=ctx.page, source=ctx.source, provenance=prov, **values)


def _without_headings_over_teasers(
    runs: list[Course], bare: list[tuple[int, Course | None]]
) -> list[Course]:
    """``runs`` less those that took their title from the line above a date-only line in a
    section where most date-only lines have no title above them.

    A list writes its titles on one side of its dates. Where most lines above its dates are
    no titles ("Read more" closing the teaser before), each title sits below its date, and
    the line above the first date is the section's heading ("Latest updates" / "25 November
    2026" / a post's title), not a run's title.
    """
    dropped: set[int] = set()
    for section in {number for number, _ in bare}:
        titled = [id(run) for number, run in bare if number == section and run is not None]
        untitled = sum(1 for number, run in bare if number == section and run is None)
        if untitled > len(titled):
            dropped.update(titled)
    return [run for run in runs if id(run) not in dropped] if dropped else runs


def find_listed_events(view: Visible, ctx: ScheduleContext) -> list[Course]:
    """Runs listed as "title, date" lines under an upcoming-courses heading."""
    lines = [LEADING.sub("", line) for line in view.text.split("\n")]
    out: list[Course] = []
    in_section, year = False, None
    news = False  # under a news or blog heading: its posts' titles may name a year
    opened: tuple[int, int | None] | None = None  # a year's line that opened a section there
    section = 0  # how many course headings so far: the section a line is in
    bare: list[tuple[int, Course | None]] = []  # date-only lines: (section, the run above)
    for index, line in enumerate(lines):
        words = len(line.split())
        has_digit = any(ch.isdigit() for ch in line)
        if (hint := heading_year(line)) and not find_date_ranges(line):
            if news and not in_section and _SECTION.search(line):
                opened = (index, year)
            year, in_section = hint, in_section or bool(_SECTION.search(line))
            continue
        if words <= _MAX_HEADING_WORDS and not has_digit:
            if _END_SECTION.search(line):
                in_section, news = False, bool(_NEWS_HEADING.search(line))
            elif _SECTION.search(line):
                in_section, news, section = True, False, section + 1
            continue
        if not in_section or not has_digit or words > 40 or CANCELLED.search(line):
            continue
        if _PAGE_DATE.match(line):
            continue
        found = find_date_ranges(line, year=year, day_first=ctx.day_first)
        if len(found) != 1 or found[0].dates.start is None:
            continue
        previous = lines[index - 1] if index else None
        name = _name(line, *found[0].span, previous)
        if opened and opened[0] == index - 1 and name == _clean(lines[opened[0]]):
            # "Latest news" / "Planning your 2027 training budget" / "10 November 2026": a
            # post's title over its date, no heading of runs
            in_section, year, opened = False, opened[1], None
            continue
        record = _record(name, line, found[0].dates, ctx) if name else None
        if record is not None:
            out.append(record)
        if not _WORDY.search(line[: found[0].span[0]] + line[found[0].span[1] :]):
            bare.append((section, record))
    out = _without_headings_over_teasers(out, bare)
    latest = max((int(c.start_date[:4]) for c in out if c.start_date), default=0)
    return [c for c in out if c.start_date and int(c.start_date[:4]) >= latest - _RECENT_YEARS]

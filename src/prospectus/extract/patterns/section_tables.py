"""Dates tables under course sections: a page of several courses ("Health & Safety
Courses") gives each course a section of its own, its heading naming the course, then its
blurb, its trainer line and its own dates table:

    <section><h2>First Aid at Work</h2><p>Lead trainer: Ann Lee</p>
      <table><tr><th>Date</th><th>Venue</th><th>Fee</th></tr>…</table></section>
    <section><h2>Fire Marshal Training</h2>…<table>…</table></section>

The rows of each table are runs of the course its section's heading names, not of the
page's own title, and the trainer line of that section is theirs.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.dates import find_date_ranges, year_hint
from prospectus.extract.modes import mode_from_text
from prospectus.extract.months import MONTH_PATTERN
from prospectus.extract.patterns.schedule_words import could_be_course_name, is_format_label
from prospectus.extract.patterns.trainers import find_page_trainer
from prospectus.extract.patterns.venues import city_with_venue
from prospectus.extract.text import clean_text
from prospectus.records import Course

_HEADINGS = frozenset({"h2", "h3", "h4"})
_MAX_UP = 3  # the containers a table may sit in below its section's heading
_MIN_WORDS = 2  # a course's name, not a place's or a format's one word ("Online")


class Section(NamedTuple):
    name: str  # the course its heading names
    trainer: str | None  # the one trainer its lines before the table name
    linked: bool  # whether its heading links to a page of the course's own
    url: str | None = None  # the course's page, where its runs' links all lead there


def _heading_before(table: LexborNode) -> tuple[LexborNode, list[LexborNode]] | None:
    """The nearest heading before ``table`` among its and its containers' earlier siblings,
    and the elements between them; ``None`` where another table comes first."""
    node: LexborNode | None = table
    between: list[LexborNode] = []
    for _ in range(_MAX_UP + 1):
        if node is None or node.tag in ("body", "html"):
            return None
        sibling = node.prev
        while sibling is not None:
            tag = sibling.tag
            if tag in _HEADINGS:
                return sibling, between
            if tag == "table" or (tag != "-text" and sibling.css_first("table") is not None):
                return None  # another table's section
            if tag != "-text":
                between.append(sibling)
            sibling = sibling.prev
        node = node.parent
    return None


# Words of a heading over one course's runs of one kind ("Weekend Programme", "Evening
# classes", "Spring term", "In-company training"): no course's own name.
_KIND_WORDS = frozenset((
    "weekend", "weekends", "weekday", "weekdays", "evening", "evenings", "morning", "mornings",
    "daytime", "part-time", "full-time", "part", "full", "time", "open", "public", "in-company",
    "in-house", "company", "closed", "spring", "summer", "autumn", "fall", "winter", "term",
    "terms", "semester", "intake", "intakes", "programme", "programmes", "program", "programs",
    "class", "classes", "course", "courses", "session", "sessions", "batch", "batches", "group",
    "groups", "cohort", "cohorts", "and", "&", "the", "our", "dates", "schedule", "training",
    "trainings", "upcoming", "next", "other", "more",
))  # fmt: skip


def _names_course(text: str) -> bool:
    """A section heading that names a course, not a place, a format or a year's dates."""
    return (
        len(text.split()) >= _MIN_WORDS
        and not set(re.findall(r"[\w&-]+", text.casefold())) <= _KIND_WORDS
        and could_be_course_name(text)
        and not text.endswith((".", ":", "?", "!"))
        and not is_format_label(text)
        and mode_from_text(text) is None
        and not find_date_ranges(text)
        and year_hint(text) is None
        and not _MONTH_YEAR.match(text)
        and city_with_venue(text) is None
    )


# A heading opening with a month and its year ("December 2026", "January 20272 classes" with
# a count glued on, which no year reader takes for a year): a month's runs, of any course.
_MONTH_YEAR = re.compile(rf"^(?:{MONTH_PATTERN})\.?\s+20\d\d", re.I)


# A heading's tail over a course's dates ("Emergency First Aid at Work – 1 day dates",
# "Fire Marshal course dates & prices"): the words before it name the course.
_DATES_TAIL = re.compile(
    r"\s*(?:[–—:|-]\s*)?(?:\(?\d+(?:\.5)?[- ]?(?:day|days|hour|hours|hr|hrs)\)?\s*)?"
    r"(?:(?:course|training|class|upcoming|public)\s+)*(?:dates|schedule)"
    r"(?:\s*(?:&|and)\s*(?:prices|fees|booking))?\s*$",
    re.IGNORECASE,
)


def _heading_course(text: str) -> str:
    """The course a section's heading names, without a dates tail it ends in."""
    if _names_course(text):
        return text
    cut = _DATES_TAIL.sub("", text) if text[-1:].isalpha() else text
    return cut if cut != text and _names_course(cut) else text


def _own_words(name: str, page_course: str) -> bool:
    """Whether ``name`` has a word of its own beyond the page course's words, so it names
    another course ("Emergency First Aid at Work" beside "First Aid at Work")."""
    page = set(re.findall(r"\w+", page_course.casefold()))
    return any(len(word) > 2 and word not in page for word in re.findall(r"\w+", name.casefold()))


def names_course(text: str) -> bool:
    """:func:`_names_course`, for other readers of headings over one course's runs."""
    return _names_course(text)


def _row_text(row: LexborNode) -> str:
    return clean_text(row.text(deep=True, separator=" "))


def _table_starts(table: LexborNode, *, day_first: bool) -> set[str]:
    return {
        match.dates.start
        for row in table.css("tr")
        for match in find_date_ranges(_row_text(row), day_first=day_first)[:1]
        if match.dates.start
    }


def section_courses(
    tree: LexborHTMLParser, *, day_first: bool, page_course: str | None = None
) -> dict[str, Section]:
    """The course section each run's start date (ISO) sits in, where the page has two or
    more dates tables, each under a heading of its own that names a course. A date that two
    sections share names neither. Given ``page_course``, one such section is enough where
    the page's first dates table sits under a heading naming no course ("Upcoming dates &
    prices": the page's own course's dates) and the section's heading names another."""
    tables = tree.css("table")
    if len(tables) < 2:
        return {}
    found: list[tuple[Section, set[str]]] = []
    own: set[str] = set()  # the dates of tables under no course's heading, before any section
    for table in tables:
        if (head := _heading_before(table)) is None:
            continue
        heading, between = head
        name = _heading_course(clean_text(heading.text(deep=True)))
        if not _names_course(name):
            if not found:
                own |= _table_starts(table, day_first=day_first)
            continue
        starts = _table_starts(table, day_first=day_first)
        if starts:
            lines = "\n".join(_row_text(node) for node in reversed(between))
            trainer = find_page_trainer(lines) if lines else None
            linked = heading.css_first("a[href]") is not None
            found.append((Section(name, trainer, linked), starts))
    single = (
        len(found) == 1
        and bool(own)
        and page_course is not None
        and _own_words(found[0][0].name, page_course)
    )
    if (len(found) < 2 and not single) or len({section.name for section, _ in found}) < len(found):
        return {}
    return by_start(found)


def by_start(found: list[tuple[Section, set[str]]]) -> dict[str, Section]:
    """Each start date → the one section whose runs hold it; a date two sections hold
    belongs to neither."""
    out: dict[str, Section] = {}
    shared: set[str] = set()
    for section, starts in found:
        shared.update(starts & out.keys())
        out.update(dict.fromkeys(starts, section))
    return {start: section for start, section in out.items() if start not in shared}


def _other_section(name: str, sections: dict[str, Section]) -> bool:
    """Whether ``name`` is the heading of one of the page's course sections."""
    return any(section.name == name for section in sections.values())


def with_section_course(
    run: Course, sections: dict[str, Section], page_course: str, page_url: str | None
) -> Course:
    """``run``, named by the page's own title, given the course and trainer of the section
    whose dates table lists its start date, and the page's URL: the page is where that
    course is described, unless its heading links to a page of its own.  The section's own
    course page (see :mod:`.section_lists`), where it has one, is the URL of its runs."""
    section = sections.get(run.start_date or "")
    if section is None:
        return run
    if run.name != section.name and _other_section(run.name, sections):
        # the last row of one course's list, named by the next course's heading below it
        run = dataclasses.replace(run, name=page_course)
    if run.name not in (page_course, section.name):
        return run
    if run.name != page_course:  # named by its heading already: its course's page only
        if run.url is not None or section.url is None:
            return run
        prov = (*run.provenance, ("url", run.source))
        return dataclasses.replace(run, url=section.url, provenance=prov)
    changes: dict[str, Any] = {"name": section.name}
    if run.instructor is None and section.trainer:
        changes["instructor"] = section.trainer
    if run.url is None and section.url:
        changes["url"] = section.url
    elif run.url is None and page_url and not section.linked:
        changes["url"] = page_url
    prov = (*run.provenance, *((field, run.source) for field in changes if field != "name"))
    return dataclasses.replace(run, **changes, provenance=prov)

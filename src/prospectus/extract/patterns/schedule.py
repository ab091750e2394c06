"""Course runs in the visible text: schedule tables and date cards.

Works on the line-based visible text (one block per line, table cells separated
by tabs), so HTML pages and text dumps share one reader.  Two layouts:

* **tables**: a header line whose cells name roles (Dates, Location, Trainer,
  Price, ...) followed by rows; each row with a date is a run
  (:mod:`.schedule_tables`);
* **cards and lines**: a line holding a date (range), with the few short lines
  around it (title, format, trainer, price, status) read as one run
  (:mod:`.schedule_cards`).

A candidate counts as a run only with booking evidence next to its date (a
price, a status such as "Places available", a "Book" button), which keeps review
dates, blog dates and exam dates out (:mod:`.schedule_values`).  The words the
readers share are in :mod:`.schedule_words`; this module walks the lines and is
the entry point, :func:`find_runs`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from prospectus.extract.dates import DateMatch, find_date_ranges
from prospectus.extract.modes import BLENDED, IN_PERSON, mode_from_text, parse_availability
from prospectus.extract.months import MONTH_PATTERN, WEEKDAY_PATTERN
from prospectus.extract.patterns.calendar import DAY_CELLS, find_calendar_runs
from prospectus.extract.patterns.cell_links import cell_name, linked_cells
from prospectus.extract.patterns.dump_titles import dump_course_titles
from prospectus.extract.patterns.event_feed import find_feed_events
from prospectus.extract.patterns.grouped import DateGroup, date_group
from prospectus.extract.patterns.inline_runs import inline_runs
from prospectus.extract.patterns.labelled import LabelledRow, labelled_rows
from prospectus.extract.patterns.listings import find_listed_runs
from prospectus.extract.patterns.options import (
    RADIOS,
    SELECTS,
    date_options,
    date_radios,
    without_addon_price,
)
from prospectus.extract.patterns.own_venue import premises_towns, street_towns, venue_field
from prospectus.extract.patterns.panels import (
    Panel,
    PlacePanel,
    course_panels,
    in_panel,
    place_panels,
    with_panel_url,
)
from prospectus.extract.patterns.place_dates import place_date_rows
from prospectus.extract.patterns.place_groups import is_place_heading, place_groups
from prospectus.extract.patterns.planner import find_planner_runs
from prospectus.extract.patterns.presenters import presenter_names
from prospectus.extract.patterns.run_sections import run_sections, with_run_section
from prospectus.extract.patterns.schedule_candidate import Candidate, ScheduleContext
from prospectus.extract.patterns.schedule_cards import read_card
from prospectus.extract.patterns.schedule_tables import chip_free, header_roles, read_table
from prospectus.extract.patterns.schedule_values import (
    PICKED,
    build_course,
    mode_prices,
    with_mode_price,
)
from prospectus.extract.patterns.schedule_words import (
    BUTTON,
    FIELD,
    LEADING,
    LEADING_CHARS,
    ROLE_WORDS,
    STRAY_DATE,
    booking_evidence,
    cell_role,
    could_be_course_name,
    has_digit,
    heading_year,
    is_date_label,
    is_label,
    is_run_label,
    looks_like_course_name,
    looks_like_title,
    strip_label,
)
from prospectus.extract.patterns.section_lists import section_lists
from prospectus.extract.patterns.section_tables import section_courses, with_section_course
from prospectus.extract.patterns.sessions import session_list
from prospectus.extract.patterns.spot_counts import open_counts
from prospectus.extract.patterns.tabs import (
    TABS,
    tab_label,
    tab_modes,
    tab_places,
    without_course_tabs,
    without_mixed_places,
)
from prospectus.extract.patterns.timeline import find_timelines
from prospectus.extract.patterns.trainer_cards import CardRun, trainer_card_runs
from prospectus.extract.patterns.trainers import find_page_trainer, mode_trainers
from prospectus.extract.patterns.venue_cards import venue_card_candidates
from prospectus.extract.patterns.venues import city_with_venue, place_city
from prospectus.extract.patterns.yearless import page_year, year_of_weekday_date
from prospectus.extract.prices import find_prices
from prospectus.extract.visible import Visible
from prospectus.records import Course

__all__ = [
    "BUTTON",
    "LEADING",
    "STRAY_DATE",
    "ScheduleContext",
    "could_be_course_name",
    "find_page_trainer",
    "find_runs",
    "looks_like_course_name",
    "looks_like_title",
    "strip_label",
]


def _option_candidates(
    view: Visible, ctx: ScheduleContext, bookable: list[Candidate] | None = None
) -> tuple[list[Candidate], frozenset[str]]:
    """The runs a date ``<select>`` offers (see :mod:`.options`), and the option labels
    the line reader leaves alone: those read here and a cross-sell's; ``bookable`` gets
    those of the runs an enabled option offers beside disabled (full) ones."""
    if view.tree is None or not ctx.course_name:
        return [], frozenset()
    out: list[Candidate] = []
    taken: set[str] = set()
    for option in [
        *date_options(view.tree, _has_date, ctx.default_currency),
        *date_radios(view.tree, _has_date),
    ]:
        if option.elsewhere:
            taken.add(option.label)
            continue
        label = without_addon_price(option.label)
        text = f"{label}\n{option.extra}" if option.extra else label
        found = find_date_ranges(label, day_first=ctx.day_first)
        # (a product option of several dates, "10/12 e 11/12/2026", is left to the lines)
        product = option.product and len(found) == 1
        if found and (option.radio or product or find_prices(text)):
            found[0] = session_list(label, found[0]) or found[0]
            cells = {PICKED: "radio"} if option.radio or product else {}
            out.append(Candidate(text, found[0], name=ctx.course_name, cells=cells))
            taken.add(option.label)
            if option.radio:  # a card-like label's date line: read here with its card
                taken.update(line for line in option.label.split("\n") if _has_date(line))
            if option.bookable and bookable is not None:
                bookable.append(out[-1])
    return out, frozenset(taken)


def _offered_row(cand: Candidate) -> Candidate:
    """A dates table's row of a date the page's date options offer: that run, whether or
    not the row shows a price or a status (its trainer and venue are the run's)."""
    return dataclasses.replace(cand, cells={**cand.cells, PICKED: "offered"})


def _open_options(runs: list[Course], opened: set[str]) -> list[Course]:
    """``runs`` with each run an enabled date option offers (its start in ``opened``), and
    which no reader gives a status, open to book ("InStock"): beside the select's disabled
    dates, an enabled one can be booked."""
    shown = {run.start_date for run in runs if run.availability is not None}
    return [
        dataclasses.replace(
            run,
            availability="InStock",
            provenance=(*run.provenance, ("availability", run.source)),
        )
        if run.availability is None and run.start_date in opened and run.start_date not in shown
        else run
        for run in runs
    ]


def _timeline_candidates(view: Visible, ctx: ScheduleContext) -> list[Candidate]:
    """One run per timeline of module dates (see :mod:`.timeline`), of the page's course."""
    if view.tree is None or not ctx.course_name:
        return []
    return [
        Candidate(found.text, found.match, name=ctx.course_name)
        for found in find_timelines(view.tree, day_first=ctx.day_first)
    ]


def _has_date(text: str) -> bool:
    return has_digit(text) and bool(find_date_ranges(text))


def _candidates(
    view: Visible, ctx: ScheduleContext, skip: frozenset[str] = frozenset()
) -> tuple[list[Candidate], bool]:
    """The runs the lines show, and whether a date there has a label (see _labels_date)."""
    raw = view.lines  # the lines with their leading tabs, for a table's rows
    lines = [line.lstrip(LEADING_CHARS) for line in raw]
    out: list[Candidate] = []
    labelled = False  # whether a date has a label of its own: a labelled layout may be near
    used: set[int] = {i for i, line in enumerate(lines) if line.strip() in skip} if skip else set()
    year: int | None = None
    month = ""  # " October 2026" below a month's heading, for rows that give days only
    after_table = 0
    dates_year = year
    dates_of = _dates_in(year, ctx.day_first)  # a line's dates, under the year's heading
    busy = _busy_lines(view.text)  # a year, a table header and a run's date all need one
    _with_weekday_years(lines, busy, view.text)
    for i in busy:
        if i < after_table:
            continue
        line = lines[i]
        if "20" in line and (hint := heading_year(line)):  # year_hint's own first test
            year = hint
            heading = _MONTH_HEADING.match(line)
            month = f" {heading.group(1)} {heading.group(2)}" if heading else ""
        if (
            month
            and (days := _DAYS_ONLY.match(line))
            and not _heading_month(line, month)
            and not _YEAR.search(line, days.end())  # "di 8 en wo 9 december 2026": dated
        ):  # "Mon 12 – Wed 14" under "October 2026" (but "OCT 15" is the month's)
            line = lines[i] = line[: days.end()] + month + line[days.end() :]
        roles = header_roles(line) if "\t" in line else None
        if roles:
            rows, after_table = read_table(lines, i, roles, ctx, year, raw)
            out.extend(rows)
            continue
        if i not in used and has_digit(line):
            labelled = labelled or _labels_date(lines, i)
            if year != dates_year:
                dates_of, dates_year = _dates_in(year, ctx.day_first), year
            if not dates_of(line):
                continue  # each reader below reads from this line's date: most lines have none
            if (inline := inline_runs(line, dates_of(line))) and i not in used:
                out.extend(inline)  # "Intakes: Name 11 Jan 2027 ($95) · Name 8 Mar 2027 ($60)"
                used.add(i)
                continue
            if places := place_groups(lines, i, used, dates_of, _priced):
                out.extend(_in_places(lines, places, used))
                continue
            group = date_group(lines, i, used, dates_of, _group_heading, _status, _priced)
            if group is not None:
                out.extend(_grouped(lines, group, used))
                continue
            if card := read_card(lines, i, used, ctx, year):
                out.append(card)
    return out, labelled


def _venue_cards(view: Visible, ctx: ScheduleContext) -> tuple[list[Candidate], set[str]]:
    """Runs in venue cards (see :mod:`.venue_cards`), read where the page has lists."""
    if view.tree is None or view.tree.css_first("li") is None:
        return [], set()
    return venue_card_candidates(view.tree, year=None, day_first=ctx.day_first)


def _with_weekday_years(lines: list[str], busy: list[int], text: str) -> None:
    """Each yearless weekday date at a line's start ("Tue 8 – Wed 9 Dec") given the year its
    weekday falls in near the page's year (see :mod:`.yearless`), before any reader looks
    ahead to it as the next run's date."""
    near: int | None = None
    for i in busy:
        # every weekday's name opens with a letter: most busy lines open with a digit
        if lines[i][:1].isalpha() and _WEEKDAY_START.match(lines[i]):
            near = near or page_year(text)
            if near is None:
                return
            lines[i] = year_of_weekday_date(lines[i], near)


def _dates_in(year: int | None, day_first: bool) -> Callable[[str], list[DateMatch]]:
    # each line's dates once: the readers ask again about the lines around theirs, and none
    # of them changes the list it is given
    seen: dict[str, list[DateMatch]] = {}

    def dates(line: str) -> list[DateMatch]:
        found = seen.get(line)
        if found is None:
            found = seen[line] = find_date_ranges(line, year=year, day_first=day_first)
        return found

    return dates


def _group_heading(line: str) -> bool:
    """A course's heading over its dates; a place ("Leeds (City Centre)") is a run's line."""
    return looks_like_title(line) and not FIELD.match(line) and city_with_venue(line) is None


def _priced(line: str) -> bool:
    return has_digit(line) and bool(find_prices(line))


def _status(text: str) -> bool:
    """A date line's status and button: "Places available Book", "Fully booked"."""
    return (
        booking_evidence(text) or parse_availability(text) is not None or bool(BUTTON.search(text))
    )


def _in_places(
    lines: list[str], places: list[tuple[str, int, DateMatch]], used: set[int]
) -> list[Candidate]:
    """One run of the page's course per row under a place's heading (see :mod:`.place_groups`)."""
    used.update(j for _, i, _ in places for j in (i - 1, i))
    return [Candidate(lines[i], match, cells={"location": place}) for place, i, match in places]


def _grouped(lines: list[str], group: DateGroup, used: set[int]) -> list[Candidate]:
    """One run per date of a group (see :mod:`.grouped`), with the group's shared lines."""
    shared = "\n".join(lines[j] for j in group.shared)
    name = strip_label(lines[group.heading])
    used.update([group.heading, *group.shared, *(j for j, _ in group.dates)])
    return [Candidate(f"{lines[j]}\n{shared}", match, name=name) for j, match in group.dates]


_YEAR = re.compile(r"\b20\d\d\b")
_WEEKDAY_START = re.compile(
    rf"(?:{WEEKDAY_PATTERN})\.?,?\s+(?:\d|(?:{MONTH_PATTERN})\.?\s+\d)", re.I
)
_MONTH_HEADING = re.compile(rf"^((?:{MONTH_PATTERN})\.?)\s+(20\d\d)\b", re.I)


# "Mon 12", "Tue 3rd"; a weekday's, not a name's ("ITIL 4") nor a month's ("JAN 11")
_DAY = rf"(?:{WEEKDAY_PATTERN})\.?,?\s+\d{{1,2}}(?:st|nd|rd|th)?"


_DAYS_ONLY = re.compile(  # the whole range or nothing ("Mon 11 – Wed 13 Jan 2027" has its month)
    rf"^(?:{_DAY})(?:\s*[–—-]\s*{_DAY})?(?!\d|\s*[./:–—-]|\s*(?:{MONTH_PATTERN})\b)", re.I
)


def _heading_month(line: str, month: str) -> bool:
    """Whether ``line`` opens with the heading's month itself, not a weekday: "OCT 15"
    under " October 2026" (``month``) is a calendar badge's date."""
    word = line.split(None, 1)[0].rstrip(".,").casefold()
    return len(word) >= 3 and month.split(None, 1)[0].casefold().startswith(word)


# Every ASCII character but the digits, the tab and the newline.
_PLAIN_ASCII = bytes(c for c in range(128) if chr(c) not in "0123456789\t\n")


def _busy_lines(text: str) -> list[int]:
    """The numbers of the lines of ``text`` that hold a digit or a tab.

    Found on the UTF-8 bytes less the plain ASCII ones: what is left of a line is
    empty, ASCII digits and tabs, or also other characters, which are checked.
    """
    kept = text.encode("utf-8", "surrogatepass").translate(None, _PLAIN_ASCII)
    return [
        i
        for i, rest in enumerate(kept.split(b"\n"))
        if rest and (rest.isascii() or _digit_or_tab(rest.decode("utf-8", "surrogatepass")))
    ]


def _digit_or_tab(text: str) -> bool:
    return "\t" in text or has_digit(text)


_DATE_LABEL_AT = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, ROLE_WORDS["date"]), key=len, reverse=True)) + ")",
    re.I,
)


def _labels_date(lines: list[str], i: int) -> bool:
    """Whether the date on line ``i`` has a label: on the line before ("Dates", a ``<dt>``),
    before it on its line ("Datum mån 12 – tis 13 okt 2026"), or run into it by the page's
    text ("Datummån 12 – tis 13 okt 2026")."""
    if (
        0 < i < len(lines) - 1
        and len(lines[i - 1]) <= 20
        and len(lines[i + 1]) <= 20
        and is_date_label(lines[i - 1].strip(" :"))
        and (is_label(lines[i + 1].strip(" :")) or len(lines[i + 1].split()) == 1)
    ):
        return True  # "Dates" / "Oct 12th–14th 2026" / "Format": labels and values take turns
    return _opens_with_date_label(lines[i])


@lru_cache(maxsize=4096)
def _opens_with_date_label(line: str) -> bool:
    """Whether a date's line opens with its label ("Datum mån 12 – tis 13 okt 2026",
    "Datummån 12 – …"). Remembered: a site's pages repeat their lines."""
    if not line[:1].isalpha():
        return False  # a label opens with a letter
    head = line[:24].split(None, 1)[0]
    if head != line and is_date_label(head.rstrip(":")):
        return True  # "Datum mån 12 – tis 13 okt 2026": the label, then its value
    # the label and at least a letter of its value ("Datummån")
    return len(head) >= 6 and _glued_label(head)


@lru_cache(maxsize=4096)
def _glued_label(head: str) -> bool:
    """Whether a line's first word is a date's label run into its value ("Datummån",
    "Date12"). Remembered: a page's lines open with the same few words."""
    match = _DATE_LABEL_AT.match(head)
    glued = head[match.end() : match.end() + 1] if match is not None else ""
    return glued.islower() or glued.isdigit()


def _labelled_candidates(view: Visible, ctx: ScheduleContext) -> list[Candidate]:
    """Runs written as label/value pairs (see :mod:`.labelled`), one per dated group."""
    if view.tree is None:
        return []
    out = []
    rows = labelled_rows(view.tree, is_date_label)
    titles = _event_titles(rows)
    for row in rows:
        cells: dict[str, str] = {}
        for label, value in row.pairs:
            if value and (role := cell_role(label)) is not None:
                cells.setdefault(role, value)
        found = find_date_ranges(cells["date"], day_first=ctx.day_first) if "date" in cells else []
        if not found:
            continue
        found[0] = session_list(cells["date"], found[0]) or found[0]
        heading = (
            row.heading
            if row.heading
            and (
                looks_like_course_name(row.heading)
                or row.heading in titles
                or (row.sectioned and _section_title(row.heading))
            )
            else None
        )
        name = chip_free(cells["course"]) if "course" in cells else heading
        text = "\n".join(value for _, value in row.pairs)
        if row.around:
            cells["_around"] = "\n".join(row.around)
        out.append(Candidate(text, found[0], cells.get("end", ""), name, cells))
    return out


def _section_title(heading: str) -> bool:
    """Whether a course section's heading over its generic dates subheading ("<h2>Erste
    Hilfe Grundkurs</h2>…<h3>Termine</h3>") names its course: no generic title, no place."""
    return (
        could_be_course_name(heading)
        and not is_place_heading(heading)
        and city_with_venue(heading) is None
    )


_DATE_CELLS = frozenset({"date", "end", "_around"})


def _dates_only(cand: Candidate) -> bool:
    """Whether a labelled group holds only a run's dates ("Début" / "8 déc. 2026" / "Fin" /
    "11 déc. 2026"), its card's place, trainer and price in the elements beside it: the
    lines read the whole card."""
    return cand.cells.keys() <= _DATE_CELLS


_MIN_EVENT_TITLE_WORDS = 3  # "Mediation Skills Refresher"; not a city ("New York")
_MAX_EVENT_TITLE_WORDS = 14


def _event_titles(rows: list[LabelledRow]) -> frozenset[str]:
    """The headings of a listing of different events, each over its own labelled card
    ("<h2>Negotiation for Mediators</h2><dl><dt>When</dt>…"): a heading of its own per row,
    of a few words, that is no run's label ("Cohort 14") nor a place, names that row's event
    even without a course's word in it."""
    headings = [row.heading for row in rows]
    if len(headings) < 2 or None in headings or len(set(headings)) != len(headings):
        return frozenset()
    return frozenset(
        heading
        for heading in headings
        if heading is not None
        and len(heading.split()) >= _MIN_EVENT_TITLE_WORDS
        and heading[:1].isupper()
        and len(heading.split()) <= _MAX_EVENT_TITLE_WORDS
        and not heading.endswith((".", ":", "?", "!"))
        and not find_date_ranges(heading)
        and not is_run_label(heading)
        and city_with_venue(heading) is None
    )


def _with_mode_trainer(run: Course, trainers: dict[str, str]) -> Course:
    """A run of the page's course given its format's trainer from the page's trainer line
    (see mode_trainers), unless a trainer of its own, not named on that line, is given."""
    name = trainers.get(run.mode) if run.mode else None
    if name is None or run.instructor == name:
        return run
    if run.instructor is not None and run.instructor not in trainers.values():
        return run
    prov = run.provenance if run.instructor else (*run.provenance, ("instructor", run.source))
    return dataclasses.replace(run, instructor=name, provenance=prov)


def _with_card_trainer(run: Course, cards: dict[str, CardRun], ctx: ScheduleContext) -> Course:
    """``run`` under the trainer whose profile card lists its date (see :mod:`.trainer_cards`),
    with the format and place its card's item gives: the lines after a card's last date are
    the next card's trainer and biography, no part of the run."""
    card = cards.get(run.start_date or "")
    if card is None:
        return run
    changes: dict[str, Any] = {}
    if run.instructor != card.trainer:
        changes["instructor"] = card.trainer
    dates = find_date_ranges(card.text, day_first=ctx.day_first)
    item = build_course(Candidate(card.text, dates[0], name=run.name), ctx) if dates else None
    if item is not None and item.start_date == run.start_date:
        if item.mode is not None and item.mode != run.mode:
            changes["mode"] = item.mode
        if item.location != run.location and (item.location or item.mode):
            changes["location"] = item.location
    if not changes:
        return run
    prov = (*run.provenance, *((field, run.source) for field in changes))
    return dataclasses.replace(run, **changes, provenance=prov)


def _with_tab_mode(run: Course, modes: dict[str, str]) -> Course:
    """``run`` given the format of the tab whose panel lists its start date: the tab's
    label over a format the row's lines gave (the next panel's heading, "online INTAKES",
    read into the last row of the one before)."""
    if run.start_date not in modes or run.mode == modes[run.start_date]:
        return run
    prov = (*run.provenance, ("mode", run.source))
    return dataclasses.replace(run, mode=modes[run.start_date], provenance=prov)


def _with_tab_place(run: Course, places: dict[str, str], ctx: ScheduleContext) -> Course:
    """``run`` held in the panel of a place's tab ("[London] [Leeds] [Online]"): in that
    place, in person (see :func:`_at_place`), and named by the page's course rather than by
    the tab's label."""
    changes: dict[str, Any] = {}
    # a place's tab label ("Leeds 2", with its count) names no course
    if run.name and tab_label(run.name) in places.values() and ctx.course_name:
        changes["name"] = ctx.course_name
    label = places.get(run.start_date or "")
    if (
        label is not None
        # the tab's town over what the row's lines gave ("Đang nhận", a status's words)
        and (city := place_city(label)) != run.location
    ):
        changes["location"] = city
    if label is not None and run.mode != (held := _at_place(run.mode)):
        changes["mode"] = held
    if not changes:
        return run
    prov = (*run.provenance, *((field, run.source) for field in changes if field != "name"))
    return dataclasses.replace(run, **changes, provenance=prov)


def _at_place(mode: str | None) -> str:
    """The mode of a run that a place's tab or panel holds: in person, but blended where the
    run says so (its theory online, its practical day at that place)."""
    return BLENDED if mode == BLENDED else IN_PERSON


def _with_panel_place(
    run: Course, places: dict[str, PlacePanel], titles: frozenset[str], ctx: ScheduleContext
) -> Course:
    """``run`` held in a place's or a format's panel ("Kanata (2)", "Blended (online +
    Orléans)"): named by the page's course rather than by the panel's title, in the
    panel's place and format."""
    changes: dict[str, Any] = {}
    if run.name and ctx.course_name and tab_label(run.name) in titles:
        changes["name"] = ctx.course_name
    panel = places.get(run.start_date or "")
    if panel is None or changes.get("name", run.name) != ctx.course_name:
        return dataclasses.replace(run, **changes) if changes else run
    if panel.place is not None and panel.place != run.location:
        changes["location"] = panel.place
    mode = panel.mode or (_at_place(run.mode) if panel.place else None)
    if mode is not None and mode != run.mode:
        changes["mode"] = mode
    prov = (*run.provenance, *((field, run.source) for field in changes if field != "name"))
    return dataclasses.replace(run, **changes, provenance=prov) if changes else run


def _panels(view: Visible, ctx: ScheduleContext, lined: list[Candidate]) -> dict[str, Panel]:
    """The course panels (see :mod:`.panels`) of an HTML page whose lines show two runs or
    more."""
    if view.tree is None or len(lined) < 2:
        return {}
    return course_panels(view.tree, view.base_url, day_first=ctx.day_first)


# The elements three readers start from (a date <select>, tabs, a month grid's day cells):
# one query for them all, since most pages have none, where each reader's own query walked
# the whole tree.
_READERS_STARTS = ", ".join((SELECTS, RADIOS, TABS, DAY_CELLS))


def _with_presenter(run: Course, cand: Candidate, presenters: frozenset[str]) -> Course:
    """The run given the trainer its card names as a bare line that the page's markup
    marks as a trainer's (see :mod:`prospectus.extract.patterns.presenters`)."""
    name = next((line for line in cand.text.split("\n") if line.strip() in presenters), None)
    if name is None:
        return run
    changes: dict[str, Any] = {"instructor": name.strip()}
    if run.location == changes["instructor"]:
        changes["location"] = None  # the name below the venue, read as its place
    provenance = (*run.provenance, ("instructor", run.source))
    return dataclasses.replace(run, **changes, provenance=provenance)


def _with_open_counts(runs: list[Course], shown: list[tuple[int, str]]) -> list[Course]:
    """``runs`` with "InStock" where the list's rows count the places left on every open row
    and a run's count is no small one (:func:`open_counts`)."""
    statuses = open_counts([text for _, text in shown], [runs[i].availability for i, _ in shown])
    runs = list(runs)
    for (index, _), status in zip(shown, statuses, strict=True):
        if status != runs[index].availability:
            runs[index] = dataclasses.replace(runs[index], availability=status)
    return runs


def _with_heading_places(
    runs: list[Course], shown: list[tuple[int, str]], placed: dict[str, str], ctx: ScheduleContext
) -> list[Course]:
    """The runs of rows under a place's dates heading (see :mod:`.place_dates`) without a
    place of their own held there, in person."""
    runs = list(runs)
    for index, text in shown:
        run = runs[index]
        place = placed.get(text.split("\n", 1)[0].strip())
        if place is None or run.location is not None or run.mode not in (None, IN_PERSON):
            continue
        provenance = (*run.provenance, ("location", ctx.source), ("mode", ctx.source))
        runs[index] = dataclasses.replace(
            run, location=place, mode=IN_PERSON, provenance=provenance
        )
    return runs


def _block_head(text: str) -> list[str]:
    """A session block's lines down to its price (its date, time and venue): a block read on
    past its status may hold the next product's title."""
    head: list[str] = []
    for line in text.split("\n"):
        head.append(line.strip())
        if _priced(line):
            break
    return head


def _with_dump_titles(view: Visible, lined: list[Candidate]) -> list[Candidate]:
    """A text dump's nameless session blocks named by the course titles above them (see
    :func:`dump_course_titles`), where they name two courses or more."""
    nameless = [cand for cand in lined if cand.name is None]
    if len(nameless) < 2:
        return lined
    firsts = [cand.text.split("\n", 1)[0] for cand in nameless]
    blocks = {line for cand in lined for line in _block_head(cand.text)}
    titles = dump_course_titles(view.lines, firsts, blocks)
    if titles is None:
        return lined
    named = {id(cand): title for cand, title in zip(nameless, titles, strict=True)}
    return [
        dataclasses.replace(cand, name=named[id(cand)]) if id(cand) in named else cand
        for cand in lined
    ]


def find_runs(view: Visible, ctx: ScheduleContext) -> list[Course]:
    """Every run the page's visible schedule shows."""
    if view.tree is None and not ctx.marked and (feed := find_feed_events(view, ctx)):
        # a dump's event feed (two events or more under their date chips): the line reader
        # would take a chip's weekday for a title and the platform's footer for runs
        return feed
    # none of them on the page: the option, tab and calendar readers find nothing there
    starts = view.tree is not None and view.tree.css_first(_READERS_STARTS) is not None
    bookable: list[Candidate] = []
    options, taken = _option_candidates(view, ctx, bookable) if starts else ([], frozenset[str]())
    timelines = _timeline_candidates(view, ctx)
    if timelines:  # their blocks' lines are read: no runs of their own
        options = [*options, *timelines]
        taken = taken.union(line.strip() for cand in timelines for line in cand.text.split("\n"))
    planner, planned = find_planner_runs(view, ctx)
    lined, hinted = _candidates(view, ctx, taken | planned if planned else taken)
    venues: list[Candidate] = []
    if len(lined) >= 2:  # venue cards' dates read as lines first (cheap on other pages)
        venues, venue_lines = _venue_cards(view, ctx)
        if venue_lines:  # read again without them: their lines need their cards
            skip = (taken | planned) | venue_lines
            lined, hinted = _candidates(view, ctx, skip)
    labelled = _labelled_candidates(view, ctx) if hinted else []
    # a run's labelled values hold its date and its deadlines ("Frühbucherpreis … bis
    # 15.12.2026", "Anmeldung ab 01.03.2027 möglich"): no run of their own
    built = [(cand, build_course(cand, ctx)) for cand in labelled]
    dates = [cand.text for cand, course in built if course is not None or not _dates_only(cand)]
    built_options = [(cand, build_course(cand, ctx)) for cand in options]
    runs = [course for _, course in built_options if course is not None]
    opened = {
        course.start_date
        for cand, course in built_options
        if course is not None and course.start_date and any(cand is b for b in bookable)
    }
    runs.extend(planner)
    runs.extend(course for cand in venues if (course := build_course(cand, ctx)) is not None)
    runs.extend(course for _, course in built if course is not None)
    cells: dict[str, str] | None = None  # the tree's course cells that tag their link
    presenters: frozenset[str] | None = None  # the bare names of trainer elements
    panels = _panels(view, ctx, lined)
    if view.tree is None and len(lined) >= 2:  # a dump's catalogue: a title over each block
        lined = _with_dump_titles(view, lined)
    unplaced: list[tuple[int, str]] = []  # (run, its venue): runs at a venue without a town
    shown: list[tuple[int, str]] = []  # (run, its row's text): the lines' runs
    offered = {course.start_date for _, course in built_options if course is not None}
    for cand in lined:
        if any(cand.match.text in date for date in dates):
            continue  # the same run, read from its labelled cells, or one's deadline
        if offered and "date" in cand.cells and cand.match.dates.start in offered:
            cand = _offered_row(cand)
        if cand.name and "course" in cand.cells and view.tree is not None:
            cells = linked_cells(view.tree) if cells is None else cells
            cand = dataclasses.replace(cand, name=cell_name(cand.name, cells))
        panel: Panel | None = None
        if panels:  # a course's collapsible panel: its run lines are that course's
            cand, panel = in_panel(cand, panels)
        if (course := build_course(cand, ctx)) is not None:
            if course.instructor is None and view.tree is not None and "\n" in cand.text:
                presenters = presenter_names(view.tree) if presenters is None else presenters
                course = _with_presenter(course, cand, presenters) if presenters else course
            if (
                course.location is None
                and course.mode != "online"
                and (venue := venue_field(cand.text)) is not None
            ):
                unplaced.append((len(runs), venue))
            shown.append((len(runs), cand.text))
            runs.append(with_panel_url(course, panel) if panel else course)
    if len(shown) >= 3:  # a widget's count of places left on every open row
        runs = _with_open_counts(runs, shown)
    if unplaced and (towns := street_towns((venue for _, venue in unplaced), view.text)):
        for index, venue in unplaced:  # the provider's own premises: its address's town
            if (town := towns.get(venue)) is not None:
                runs[index] = dataclasses.replace(
                    runs[index],
                    location=town,
                    provenance=(*runs[index].provenance, ("location", runs[index].source)),
                )
    if view.tree is None and shown:  # a dump's runs at "Castries lab, Bridge Street"
        runs = premises_towns(runs, shown, view.text)
    if shown and (headed := place_date_rows(view.text)):
        runs = _with_heading_places(runs, shown, headed, ctx)
    if (
        not panels
        and view.tree is not None
        and ctx.course_name
        and len(runs) > 1
        and (placed := place_panels(view.tree, day_first=ctx.day_first))[1]
    ):  # one course's dates in a panel per place or format
        runs = [_with_panel_place(run, *placed, ctx) for run in runs]
    if starts and (calendar := find_calendar_runs(view, ctx)):
        # the grid's days are the schedule: the lines read again its cells or its list view
        days = {run.start_date for run in calendar}
        runs = [*calendar, *(run for run in runs if run.start_date not in days)]
    if (
        starts
        and view.tree is not None
        and any(run.start_date for run in runs)
        and (modes := tab_modes(view.tree, day_first=ctx.day_first))
    ):
        runs = [_with_tab_mode(run, modes) for run in runs]
    if (
        starts
        and view.tree is not None
        and runs
        and (places := tab_places(view.tree, day_first=ctx.day_first))
    ):
        located = {run.start_date: run.location for run in runs if run.start_date}
        places = without_mixed_places(places, located)
        named = {run.start_date: run.name for run in runs if run.start_date and run.name}
        places = without_course_tabs(places, named)
        runs = [_with_tab_place(run, places, ctx) for run in runs]
    if (
        view.tree is not None
        and runs
        and (cards := trainer_card_runs(view.tree, view.text, day_first=ctx.day_first))
    ):  # runs listed in their trainers' profile cards
        runs = [_with_card_trainer(run, cards, ctx) for run in runs]
    if any(run.mode for run in runs) and (trainers := mode_trainers(view.text, mode_from_text)):
        runs = [
            _with_mode_trainer(run, trainers) if run.name == ctx.course_name else run
            for run in runs
        ]
    if any(run.price is None and run.mode for run in runs) and (
        prices := mode_prices(view.text, ctx)
    ):
        runs = [with_mode_price(run, prices, ctx) for run in runs]
    if (
        view.tree is not None
        and ctx.course_name
        and sum(run.name == ctx.course_name for run in runs) > 1
        and (
            sections := section_courses(
                view.tree, day_first=ctx.day_first, page_course=ctx.course_name
            )
            or (
                # a heading's list: the lines name its first item by its heading (or, under
                # a generic "Upcoming dates" subheading, every item by the page's course)
                section_lists(view.tree, day_first=ctx.day_first, base_url=view.base_url)
            )
        )
    ):  # a page of several courses, a dates table (or list) under each one's heading
        runs = [with_section_course(run, sections, ctx.course_name, view.base_url) for run in runs]
    if (
        view.tree is not None
        and any(run.name and is_run_label(run.name) for run in runs)
        and (
            labelled_runs := run_sections(
                view.tree, day_first=ctx.day_first, base_url=view.base_url
            )
        )
    ):  # runs named by their own labels ("Edition 31 · Evenings") under their course's heading
        runs = [with_run_section(run, labelled_runs) for run in runs]
    if opened:
        runs = _open_options(runs, opened)
    return [*runs, *find_listed_runs(view, ctx, runs)]

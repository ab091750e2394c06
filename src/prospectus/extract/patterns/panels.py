"""Course panels: a schedule page of several courses, one collapsible panel per course.

Builders write a page's courses as an accordion (Elementor, Divi, Bootstrap) or as
``<details>`` boxes: each panel's title names the course, often with its length, and its
body holds the course's blurb, a link to its own page and its run lines:

    <div role="button" aria-controls="tab-2">Fire Marshal Training – 1 day</div>
    <div id="tab-2" hidden><p>For wardens … <a href="/courses/fire-marshal/">Course details</a>
      <ul><li>12 – 13 May 2027 | Leeds | £295 + VAT | Book</li>…</ul></div>

In the visible text the titles stand among the blurbs, so a run line cannot tell which
title is its own, and a line read as a card runs on into the next panel's title:
:func:`course_panels` reads the panels from the tree and gives each run line its panel's
course, and :func:`in_panel` keeps a candidate's lines to its own panel.

Under one course's page the panels may split its dates by place or format instead:

    <button aria-controls="p0">Leeds – City Centre (2)</button>     ← a place, its count
    <button aria-controls="p2">Blended (online + Harrogate) (1)</button>  ← a format, a place

:func:`place_panels` reads those: their titles name no course but each run's place and
format, and the run's course is the page's.
"""

from __future__ import annotations

import dataclasses
import re
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.dates import find_date_ranges
from prospectus.extract.modes import ONLINE, mode_from_text, without_mode_words
from prospectus.extract.patterns.place_groups import is_place_heading
from prospectus.extract.patterns.schedule_candidate import Candidate
from prospectus.extract.patterns.schedule_words import LENGTH_UNITS, has_digit
from prospectus.extract.patterns.section_tables import names_course
from prospectus.extract.patterns.tabs import tab_label
from prospectus.extract.patterns.venues import place_city
from prospectus.extract.text import clean_text, join_url
from prospectus.extract.visible import node_lines
from prospectus.records import Course

# A course's length after its name: "SAMTRAC — 10 days", "First Aid (2 days)",
# "Excel Basics | 6 hours".
_LENGTH = re.compile(
    r"\s*(?:[-–—|:,]\s*|\()\d+(?:[.,]\d)?\s*(?:-\s*)?"
    rf"{LENGTH_UNITS}\)?$",
    re.I,
)
# The link of a panel that leads to its course's own page, in the page's language ("Course
# details", "Ver ficha del curso", "Fiche formation", "Mehr erfahren", "Saiba mais").
_DETAILS = re.compile(
    r"^(?:(?:view |see |full |more |read )?(?:course |programme |program )?"
    r"(?:details|info(?:rmation)?|overview|page)|(?:learn|read|find out) more"
    r"|more about (?:this|the) course|about (?:this|the) course|view course"
    r"|(?:ver |voir (?:la |le )?)?(?:ficha|fiche|detalles|détails?)"
    r"(?: (?:del|de la|du) (?:curso|formation|cours)| formation)?"
    r"|más información|más info|en savoir plus|plus d'infos?|mehr erfahren|zum kurs|kursdetails"
    r"|weitere informationen|saiba mais|ver detalhes|scopri di più|dettagli(?: del corso)?"
    r"|meer informatie|lees meer|bekijk (?:de )?(?:cursus|training))\W*$",
    re.I,
)
_MIN_PANELS = 2  # a page of several courses: one course's panel is its page's course


class Panel(NamedTuple):
    name: str  # the course its title names, less its length
    title: str  # the title as written
    url: str | None  # the course's own page, where the panel links it
    lines: frozenset[str]  # its visible lines


def _pairs(tree: LexborHTMLParser) -> list[tuple[LexborNode, LexborNode]]:
    """(title, body) of each collapsible panel: a control and the element its
    ``aria-controls`` names, or a ``<details>`` box's ``<summary>`` and the box."""
    out: list[tuple[LexborNode, LexborNode]] = []
    for control in tree.css("[aria-controls]"):
        target = (control.attributes.get("aria-controls") or "").strip()
        if not target or '"' in target or "\\" in target:
            continue
        body = tree.css_first(f'[id="{target}"]')
        if body is not None:
            out.append((control, body))
    for box in tree.css("details"):
        summary = box.css_first("summary")
        if summary is not None:
            out.append((summary, box))
    if not out:
        out = _sibling_pairs(tree)
    return out


def _sibling_pairs(tree: LexborHTMLParser) -> list[tuple[LexborNode, LexborNode]]:
    """(title, body) of each panel whose toggle names no body: a header that says whether
    it is open (``aria-expanded``) and the element right after it, as Angular Material's
    ``mat-expansion-panel-header`` and its content are written."""
    out: list[tuple[LexborNode, LexborNode]] = []
    for control in tree.css("[aria-expanded]:not([aria-controls])"):
        body = control.next
        while body is not None and not body.is_element_node:
            body = body.next
        if body is not None:
            out.append((_title_part(control), body))
    return out


def _title_part(header: LexborNode) -> LexborNode:
    """A header's own title element where it sets one beside a note ("4 sessions"), as
    Angular Material's ``mat-panel-title`` beside ``mat-panel-description``; else the
    header."""
    title = header.css_first("mat-panel-title, [class*=panel-title]")
    return title if title is not None else header


def _run_line(line: str, day_first: bool) -> bool:
    return has_digit(line) and bool(find_date_ranges(line, day_first=day_first))


def _url(title: LexborNode, body: LexborNode, base: str | None) -> str | None:
    """The panel's link to its course's page: a "Course details" link in its body, else
    the title's own link (not one to the page itself: ``href=""`` or ``#``)."""
    hrefs = [
        a.attributes.get("href") or ""
        for a in body.css("a[href]")
        if _DETAILS.match(clean_text(a.text(deep=True)))
    ]
    if not hrefs:
        own = title if title.tag == "a" else title.css_first("a[href]")
        hrefs = [own.attributes.get("href") or ""] if own is not None else []
    hrefs = [h.strip() for h in hrefs if h and h.strip() and not h.strip().startswith("#")]
    if len(set(hrefs)) != 1:
        return None
    return join_url(base, hrefs[0]) if base else hrefs[0]


def _format_title(text: str) -> bool:
    """Whether a panel's title names a format ("Live online", "Classroom – Leeds")."""
    place = panel_place(text)
    return place is not None and place.mode is not None


def course_panels(
    tree: LexborHTMLParser, base: str | None, *, day_first: bool = True
) -> dict[str, Panel]:
    """Each run line (stripped) → the panel of the course it belongs to, where two panels
    or more each name a course (not a place, a format or a kind of run) and list dated
    lines. A line two courses' panels share belongs to neither."""
    if tree.css_first("[aria-controls], details, [aria-expanded]") is None:
        return {}  # most pages have no panels
    panels: list[Panel] = []
    placelike: list[Panel] = []  # titles a town's name might be too ("Manager resurse umane")
    others: list[str] = []  # the titles that name no course (a format's, a question's ...)
    formats = False  # whether a panel names a format: the panels split dates by place
    for title, body in _pairs(tree):
        text = clean_text(title.text(deep=True))
        if not names_course(text):
            others.append(text)
            continue
        place = panel_place(text)
        if place is not None and place.mode is not None:
            formats = True  # a format's panel: "Live online", "Classroom – Leeds"
            continue
        lines = frozenset(line.strip() for line in node_lines(body).split("\n") if line.strip())
        if not any(_run_line(line, day_first) for line in lines):
            continue
        name = _LENGTH.sub("", text).strip() or text
        panel = Panel(name, text, _url(title, body, base), lines)
        if place is None and not is_place_heading(text):
            panels.append(panel)
        elif not has_digit(text):  # not a tab's count badge: "Leeds (2)"
            placelike.append(panel)
    if panels and placelike and not formats and not any(map(_format_title, others)):
        panels = [*panels, *placelike]  # beside a course's, a short title is a course's
    if len({panel.name for panel in panels}) < _MIN_PANELS:
        return {}
    out: dict[str, Panel] = {}
    shared: set[str] = set()
    for panel in panels:
        for line in panel.lines:
            if line in out and out[line].name != panel.name:
                shared.add(line)
            out.setdefault(line, panel)
    return {line: panel for line, panel in out.items() if line not in shared}


def in_panel(cand: Candidate, panels: dict[str, Panel]) -> tuple[Candidate, Panel | None]:
    """``cand`` kept to the lines of the panel its date line sits in and named by that
    panel's course (a line above its date there is the course's blurb); the panel, or
    None."""
    lines = cand.text.split("\n")
    at = next((k for k, line in enumerate(lines) if cand.match.text in line), None)
    panel = panels.get(lines[at].strip()) if at is not None else None
    if panel is None or at is None:
        return cand, None
    start, end = at, at + 1
    while start > 0 and lines[start - 1].strip() in panel.lines:
        start -= 1
    while end < len(lines) and lines[end].strip() in panel.lines:
        end += 1
    text = "\n".join(lines[start:end])
    return dataclasses.replace(cand, text=text, name=panel.name), panel


def with_panel_url(run: Course, panel: Panel) -> Course:
    """``run`` given its panel's link to the course's own page."""
    if run.url is not None or panel.url is None:
        return run
    provenance = (*run.provenance, ("url", run.source))
    return dataclasses.replace(run, url=panel.url, provenance=provenance)


class PlacePanel(NamedTuple):
    title: str  # the title as written, less its count badge
    place: str | None  # the town it names, if any
    mode: str | None  # the format it names, if any


# The words a format's title wraps its place in: "Blended (online + Orléans)",
# "Classroom – Leeds", "Online & in person".
_FORMAT_GLUE = re.compile(r"[\s()\[\]+&/,|–—-]+|\b(?:and|then|or|plus|with)\b", re.I)
# What a format's title may add to its format words: "Live online", "Classroom sessions".
_FORMAT_FILLER = frozenset(
    (
        "live", "learning", "training", "course", "courses", "class", "classes", "session",
        "sessions", "delivery", "only", "instructor", "led", "dates", "workshop", "workshops",
    )
)  # fmt: skip


def panel_place(title: str) -> PlacePanel | None:
    """The place and format a panel's title names, where it names those and nothing else
    ("Kanata (2)", "Ottawa – Centretown", "Blended (online + Orléans)", "Live online"),
    else None. An online panel has no place."""
    label = tab_label(clean_text(title))
    if not label or has_digit(label):
        return None
    mode = mode_from_text(label)
    place = _place_of(label)
    if place is not None and mode is not None and _format_words_only(place):
        place = None  # "Classroom", "In-Person Classes": a format's title, no town
    if place is None and mode is not None:
        rest = set(re.findall(r"\w+", without_mode_words(label)))
        words = [w for w in _FORMAT_GLUE.split(label) if w and _fold_word(w) in rest]
        left = [w for w in words if w.casefold() not in _FORMAT_FILLER]
        if left:
            place = _place_of(" ".join(left))
            if place is None or mode == ONLINE:
                return None  # a course's name in a format's words: "Excel – Online"
    if place is None and mode is None:
        return None
    return PlacePanel(label, None if mode == ONLINE else place, mode)


def _format_words_only(text: str) -> bool:
    """``text`` made of a format's words and their filler alone ("In-Person Classes",
    "Face-to-face sessions"): no place's word left."""
    return all(w in _FORMAT_FILLER for w in re.findall(r"\w+", without_mode_words(text)))


def _fold_word(word: str) -> str:
    return without_mode_words(word).strip()


def _place_of(label: str) -> str | None:
    """The town a title names: a place's short name, or a town before its district or
    venue ("Ottawa – Centretown" → "Ottawa")."""
    if is_place_heading(label):
        return place_city(label)
    city = place_city(label)
    return city if city != label and is_place_heading(city) else None


def place_panels(
    tree: LexborHTMLParser, *, day_first: bool = True
) -> tuple[dict[str, PlacePanel], frozenset[str]]:
    """Start date (ISO) → the place panel whose lines list it, and the panels' titles,
    where two panels or more with dated lines each name a place or a format (none a
    course): one course's dates by place. A date two panels list belongs to neither."""
    if tree.css_first("[aria-controls], details") is None:
        return {}, frozenset()  # most pages have no panels
    found: list[tuple[PlacePanel, set[str]]] = []
    for title, body in _pairs(tree):
        text = clean_text(title.text(deep=True))
        starts = {
            match.dates.start
            for line in node_lines(body).split("\n")
            if has_digit(line)
            for match in find_date_ranges(line, day_first=day_first)[:1]
            if match.dates.start
        }
        if not starts:
            continue
        if (panel := panel_place(text)) is not None:
            found.append((panel, starts))
        elif names_course(text):
            return {}, frozenset()  # a page of courses' panels
    if len({panel.title for panel, _ in found}) < _MIN_PANELS:
        return {}, frozenset()
    by_start: dict[str, PlacePanel] = {}
    shared: set[str] = set()
    for panel, starts in found:
        for start in starts:
            if start in by_start and by_start[start] != panel:
                shared.add(start)
            by_start.setdefault(start, panel)
    titles = frozenset(panel.title for panel, _ in found)
    return {k: v for k, v in by_start.items() if k not in shared}, titles

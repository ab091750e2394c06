"""A format per tab: a schedule split into tabs whose labels name the format.

Pages that run a course both in a classroom and online often show one tab per
format, each tab's panel listing that format's dates:

    [Classroom (Raffles Place)] [Virtual (Zoom)]       ← role="tab", aria-controls
    <div role="tabpanel" id="panel-virtual" hidden>    ← the panel the tab opens
      Mon, 11 – Tue, 12 Jan 2027 · Trainer … · S$1,308

In the visible text the labels stand together above all the panels' rows, so a
row cannot tell which label is its own: :func:`tab_modes` reads the tabs and their
panels from the tree and gives each start date listed in a panel the panel's format.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.dates import find_date_ranges
from prospectus.extract.modes import mode_from_text
from prospectus.extract.patterns.place_groups import is_place_heading
from prospectus.extract.patterns.schedule_words import has_digit, is_run_label

_MAX_LABEL_WORDS = 6
_TARGETS = ("aria-controls", "data-bs-target", "data-target", "href")
# a tab's button: ARIA's role, or Bootstrap's toggle on a bare "#panel" link (Bootstrap 3
# themes of Joomla, Drupal and older WordPress write no role)
TABS = (
    '[role="tab"], [data-toggle="tab"], [data-bs-toggle="tab"], [data-toggle="pill"],'
    ' [data-bs-toggle="pill"]'
)


def tab_modes(tree: LexborHTMLParser, *, day_first: bool = True) -> dict[str, str]:
    """Start date (ISO) → the format of the one tab whose panel lists it."""
    tabs = _labelled_tabs(tree)
    return _by_start(tree, [(t, m) for t, label in tabs if (m := mode_from_text(label))], day_first)


def tab_places(tree: LexborHTMLParser, *, day_first: bool = True) -> dict[str, str]:
    """Start date (ISO) → the place of the one tab whose panel lists it.

    Tabs split by place as well as by format ("[London] [Manchester] [Live online]"): where
    one tab names a format (or every tab a place's short name: "[Glasgow] [Edinburgh]"),
    the others, of a few capitalised words with no digit, no format and no run's words
    ("Weekends", "Cohort 3"), name the places.
    """
    tabs = _labelled_tabs(tree)
    if not any(mode_from_text(label) for _, label in tabs) and not _all_places(tabs):
        return {}
    places = [
        (tab, label)
        for tab, label in tabs
        if mode_from_text(label) is None
        and _place_sized(label)
        and not has_digit(label)
        and not is_run_label(label)
        and not _NOT_A_PLACE.search(label)
    ]
    return _by_start(tree, places, day_first)


def without_mixed_places(places: dict[str, str], located: dict[str, str | None]) -> dict[str, str]:
    """``places`` (start date → a tab's label) less the tabs whose panels' runs name two
    places of their own ("Braga" and "Guimarães" under "[Formação de Formadores]"): such
    a tab names a course or a topic, not the place of its runs; ``located`` gives each
    run's place by its start date."""
    seen: dict[str, set[str]] = {}
    for start, label in places.items():
        if town := located.get(start):
            seen.setdefault(label, set()).add(town.casefold())
    mixed = {label for label, towns in seen.items() if len(towns) > 1}
    return {start: label for start, label in places.items() if label not in mixed}


def without_course_tabs(places: dict[str, str], named: dict[str, str]) -> dict[str, str]:
    """``places`` (start date → a tab's label) less the tabs whose label is part of the name
    of a run in its panel ("[Kranführer]" over "Kranführer-Ausbildung" runs): such a tab
    names its panel's course, not a place; ``named`` gives each run's name by its start."""
    courses = {
        label
        for start, label in places.items()
        if (name := named.get(start)) and label.casefold() in name.casefold()
    }
    return {start: label for start, label in places.items() if label not in courses}


def _place_sized(label: str) -> bool:
    """A label of a place's size: a few words opening with a capital, or four that all
    do ("TP. Hồ Chí Minh", "Rio De Janeiro Centro")."""
    words = label.split()
    if len(words) > _MAX_PLACE_WORDS:
        return len(words) == _MAX_PLACE_WORDS + 1 and all(w[:1].isupper() for w in words)
    return label[:1].isupper()


def _all_places(tabs: list[tuple[LexborNode, str]]) -> bool:
    """Tabs that all name places ("[London] [Birmingham]"), no format among them."""
    return len(tabs) > 1 and all(
        is_place_heading(label) and not _NOT_A_PLACE.search(label) for _, label in tabs
    )


_MAX_PLACE_WORDS = 3
# Tabs of a course page that are no place: "Overview", "All dates", "Course content" …
_NOT_A_PLACE = re.compile(
    r"\b(?:all|overview|dates?|schedule|outline|content|details|prices?|fees?|faqs?|reviews?"
    r"|syllabus|info|information|description|modules?|agenda|termine|alle|inhalt|tous|toutes"
    r"|todas|todos|tutte|tutti|programme|program|curriculum|objectives|exam|upcoming|public"
    r"|private|in-house|onsite)\b",
    re.IGNORECASE,
)


# A count badge after a tab's label: "Leeds 2", "Online (3)" → "Leeds", "Online".
_COUNT_BADGE = re.compile(r"\s+\(?\d{1,2}\)?$")


def tab_label(text: str) -> str:
    """A tab's text without its count badge ("Leeds 2" → "Leeds")."""
    return _COUNT_BADGE.sub("", text)


def _labelled_tabs(tree: LexborHTMLParser) -> list[tuple[LexborNode, str]]:
    found = []
    for tab in tree.css(TABS):
        label = tab_label(" ".join(tab.text(deep=True).split()))
        if label and len(label.split()) <= _MAX_LABEL_WORDS:
            found.append((tab, label))
    return found


def _by_start(
    tree: LexborHTMLParser, tabs: list[tuple[LexborNode, str]], day_first: bool
) -> dict[str, str]:
    """Start date (ISO) → the value of the one tab (of ``tabs``) whose panel lists it."""
    found: dict[str, set[str]] = {}
    for tab, value in tabs:
        panel = _panel(tree, tab)
        if panel is None:
            continue
        for line in panel.text(deep=True, separator="\n").split("\n"):
            if not has_digit(line):
                continue
            for match in find_date_ranges(line, day_first=day_first):
                if match.dates.start:
                    found.setdefault(match.dates.start, set()).add(value)
    return {start: values.pop() for start, values in found.items() if len(values) == 1}


def _panel(tree: LexborHTMLParser, tab: LexborNode) -> LexborNode | None:
    """The panel a tab opens: the element its aria-controls, data target or "#id" link names."""
    for name in _TARGETS:
        target = (tab.attributes.get(name) or "").strip().removeprefix("#")
        if target and (name != "href" or (tab.attributes.get(name) or "").startswith("#")):
            if '"' in target or "\\" in target:
                return None
            return tree.css_first(f'[id="{target}"]')
    return None

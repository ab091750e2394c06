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

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.dates import find_date_ranges
from prospectus.extract.modes import mode_from_text
from prospectus.extract.patterns.schedule_words import has_digit

_MAX_LABEL_WORDS = 6
_TARGETS = ("aria-controls", "data-bs-target", "data-target", "href")


def tab_modes(tree: LexborHTMLParser, *, day_first: bool = True) -> dict[str, str]:
    """Start date (ISO) → the format of the one tab whose panel lists it."""
    found: dict[str, set[str]] = {}
    for tab in tree.css('[role="tab"]'):
        label = " ".join(tab.text(deep=True).split())
        if not label or len(label.split()) > _MAX_LABEL_WORDS:
            continue
        mode = mode_from_text(label)
        panel = _panel(tree, tab) if mode else None
        if mode is None or panel is None:
            continue
        for line in panel.text(deep=True, separator="\n").split("\n"):
            if not has_digit(line):
                continue
            for match in find_date_ranges(line, day_first=day_first):
                if match.dates.start:
                    found.setdefault(match.dates.start, set()).add(mode)
    return {start: modes.pop() for start, modes in found.items() if len(modes) == 1}


def _panel(tree: LexborHTMLParser, tab: LexborNode) -> LexborNode | None:
    """The panel a tab opens: the element its aria-controls, data target or "#id" link names."""
    for name in _TARGETS:
        target = (tab.attributes.get(name) or "").strip().removeprefix("#")
        if target and (name != "href" or (tab.attributes.get(name) or "").startswith("#")):
            if '"' in target or "\\" in target:
                return None
            return tree.css_first(f'[id="{target}"]')
    return None

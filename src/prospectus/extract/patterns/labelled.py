"""Runs written as label/value pairs: a ``<dl>`` per cohort, a CSS grid of labelled cells.

Such a run has no header row: each of its values carries its own label
("Dates", "Tutor", "Fee"; "Datum", "Lärare", "Pris").  The pairs are read from
the tree, where label and value stay apart even when the page's text runs them
together ("Datummån 12 – tis 13 okt 2026"):

* a ``<dl>``: each ``<dt>`` with the ``<dd>`` after it;
* a labelled cell: an element whose class names a label ("tf-label",
  "field__label") and the element after it; the cells of one run share a row.

Each group of pairs is one row, keyed by the role of each label.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.patterns.schedule_words import has_digit, is_date_label
from prospectus.extract.visible import node_lines

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MAX_LABEL_WORDS = 4
_MIN_PAIRS = 2
_HEADING_LEVELS = 3  # a run's group, its list, the list's card
_HEADING_REACH = 4  # elements back to its section's heading: a description, earlier runs
_MAX_AROUND = 120  # characters of a card's header or footer beside its <dl>
_LABELS = '[class*="label"]'
_FORM_TAGS = frozenset({"label", "input", "select", "option", "button", "form", "dl"})


@dataclass(frozen=True, slots=True)
class LabelledRow:
    """One run's labelled values, in page order, and the heading just above it."""

    pairs: tuple[tuple[str, str], ...]  # (label, value)
    heading: str | None
    around: tuple[str, ...] = ()  # the card's short lines beside a <dl> ("Class full")
    # the heading is a course section's own, above its generic dates subheading
    sectioned: bool = False


def labelled_rows(tree: LexborHTMLParser, wanted: Callable[[str], bool]) -> list[LabelledRow]:
    """Every group of at least two label/value pairs one of whose labels is ``wanted``."""
    rows: dict[int, tuple[LexborNode, list[tuple[str, LexborNode]]]] = {}
    for row, label, value in _pairs(tree):
        text = _clean(label.text(deep=True))
        if text and len(text.split()) <= _MAX_LABEL_WORDS:
            rows.setdefault(row.mem_id, (row, []))[1].append((text, value))
    return [
        LabelledRow(
            tuple((label, node_lines(value)) for label, value in pairs),
            heading,
            _around(row),
            sectioned,
        )
        for row, pairs in rows.values()
        if len(pairs) >= _MIN_PAIRS and any(wanted(label) for label, _ in pairs)
        for heading, sectioned in (_heading_before(row),)
    ]


def _pairs(tree: LexborHTMLParser) -> Iterator[tuple[LexborNode, LexborNode, LexborNode]]:
    """(row, label, value) for each ``<dt>``/``<dd>`` and each labelled cell, in one pass."""
    for node in tree.css(f"dl, {_LABELS}"):
        if node.tag == "dl":
            grouped = _grouped(node)
            for dt in node.css("dt"):
                value = _next_element(dt)
                if value is not None and value.tag == "dd":
                    yield _group(node, dt) if grouped else node, dt, value
        elif node.tag not in _FORM_TAGS and (pair := _cell_pair(node)) is not None:
            yield pair


def _grouped(dl: LexborNode) -> bool:
    """Whether a ``<dl>`` groups a run's pairs in a ``<div>`` each (``<dl><div><dt>Datum
    </dt><dd>…</dd><dt>Ort</dt>…</div><div>…</div></dl>``), not one pair per div (a
    description list styled as a grid: the whole list is one run)."""
    return any(child.tag == "div" and len(child.css("dt")) >= _MIN_PAIRS for child in dl.iter())


def _group(dl: LexborNode, dt: LexborNode) -> LexborNode:
    """A ``<dt>``'s run in a grouped list: its ``<div>``, else the whole list."""
    parent = dt.parent
    return parent if parent is not None and parent.tag == "div" and parent.parent == dl else dl


def _cell_pair(label: LexborNode) -> tuple[LexborNode, LexborNode, LexborNode] | None:
    value = _next_element(label)
    cell = label.parent
    if value is None or cell is None:
        return None
    alone = _next_element(value) is None and _previous_element(label) is None
    row = cell.parent if alone and cell.parent is not None else cell
    return row, label, value


def _next_element(node: LexborNode) -> LexborNode | None:
    sibling = node.next
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.next
    return sibling


def _previous_element(node: LexborNode) -> LexborNode | None:
    sibling = node.prev
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.prev
    return sibling


def _heading_before(row: LexborNode) -> tuple[str | None, bool]:
    """The heading right before the row ("<h3>Cohort 14</h3><dl>..."), or the one its course's
    section opens with, past a description and the course's earlier runs ("<section><h3>
    Course</h3><p>…</p><dl><div>run 1</div><div>run 2</div></dl>"); none past an element
    holding a heading of its own (another course's card); and whether it is a course
    section's heading found past its generic dates subheading."""
    node: LexborNode | None = row
    for _ in range(_HEADING_LEVELS):
        if node is None:
            return None, False
        previous = _previous_element(node)
        for _ in range(_HEADING_REACH):
            if previous is None:
                break
            if previous.tag in _HEADINGS:
                return _course_heading_over(previous)
            if previous.css_first("h1, h2, h3, h4, h5, h6") is not None:
                return None, False
            previous = _previous_element(previous)
        else:
            return None, False
        node = node.parent if node.parent is not None and node.parent.tag != "body" else None
    return None, False


def _course_heading_over(heading: LexborNode) -> tuple[str | None, bool]:
    """A heading's text, or, where it is a course section's generic dates subheading
    ("<h2>Fire Warden</h2><p>…</p><h3>Dates</h3>", "Termine", "Upcoming sessions"), the
    text of the section's own heading of a higher level just before it (and True)."""
    text = _clean(heading.text(deep=True))
    if len(text.split()) > _MAX_LABEL_WORDS or not is_date_label(text) or has_digit(text):
        return text or None, False
    previous = _previous_element(heading)
    for _ in range(_HEADING_REACH):
        if previous is None:
            break
        if previous.tag in _HEADINGS:
            if previous.tag < (heading.tag or "") and (title := _clean(previous.text(deep=True))):
                return title, True
            break
        if previous.css_first("h1, h2, h3, h4, h5, h6") is not None:
            break
        previous = _previous_element(previous)
    return text, False


def _around(row: LexborNode) -> tuple[str, ...]:
    """The short lines just before and after a card's one ``<dl>``: a status badge in the
    card's header ("<header><h3>Class C</h3><span>Class full</span></header>"), a footer.
    Alike beside a card's one grid of labelled cells (a tab pane per run: "<div
    class=grid>…</div><div>Fully booked</div>")."""
    parent = row.parent
    if parent is None:
        return ()
    if row.tag == "dl":
        if len(parent.css("dl")) != 1:
            return ()
    elif parent.tag == "body" or len(parent.css(_LABELS)) != len(row.css(_LABELS)):
        return ()  # the row is one of several in its parent
    out: list[str] = []
    for node in (_previous_element(row), _next_element(row)):
        if node is not None and node.tag not in _HEADINGS:
            text = node_lines(node)
            if len(text) <= _MAX_AROUND:
                out.extend(line for line in text.splitlines() if line.strip())
    return tuple(out)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split()).strip(" :")

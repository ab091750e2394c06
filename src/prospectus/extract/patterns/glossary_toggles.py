"""Glossary terms in an accordion: a toggle names the term, the panel it opens defines it.

In a glossary region, each of these is a toggle:

- a ``<button>`` (``<button aria-controls=p3><span>Kanban</span><span>+</span></button>``),
  on its own or inside a heading (``<h3><button>Kanban</button></h3>``, the WAI-ARIA and
  Bootstrap accordions);
- a ``<summary>`` of a ``<details>``;
- an element with ``role=button`` or ``aria-expanded`` (a page builder's tab title:
  ``<div class=tab-title role=button><i class=icon></i><a>Kanban</a></div>``, a Bootstrap
  collapse link: ``<a data-toggle=collapse href="#c3" aria-expanded=false>Kanban</a>``).

Its panel is the element its ``aria-controls`` (or ``#id`` target) names, the rest of its
``<details>``, or else the next element after it (after the heading or title box that holds
the toggle alone).  A panel may be a modal ``<dialog>`` (or ``role=dialog``) elsewhere on the
page, often after the footer (Framer, Webflow term chips: ``<button aria-haspopup=dialog
aria-controls=t3>Kanban</button>`` … ``<dialog id=t3><h3>Kanban</h3><p>…</p><form
method=dialog><button>×</button></form></dialog>``): its title heading and close button aside,
its paragraphs define the term.  Such chips are read on a glossary page even outside the
glossary heading's own section, where at least :data:`_MIN_DIALOG_CHIPS` of them open a dialog
each.
The toggle's words, icons ("+", "▾") and ``aria-hidden`` parts aside, name the term when
they can name a heading term (a short noun phrase, no question, label or call to action);
the panel's paragraphs are the definition, less a line of reference links ("Read more:
Wikipedia · Wikidata") whose links it keeps.  A panel holding a table, a form, headings or
a long list is a section, not a definition.

A panel often opens with a gloss or an expansion of its term ("Japanese for waste: any
activity …", "Single-Minute Exchange of Die: a method …"): the panel is read here, whole,
as the toggle's definition, and :func:`toggle_terms` hands back the spans of the items read
(the box holding a toggle and its panel alone, or else the panel) so that no other reader
takes such a line, or the item, for a term of its own.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.patterns.cues import GLOSSARY, excluded, is_trivial, side_box
from prospectus.extract.patterns.glossary_headings import (
    Found,
    is_term_heading,
    link_line,
)
from prospectus.extract.patterns.glossary_text import word_count
from prospectus.extract.patterns.outline import Outline, heading_level
from prospectus.extract.text import clean_text
from prospectus.extract.visible import node_lines

# Bootstrap's collapse links carry role=button or aria-expanded as its documentation writes them.
TOGGLES = "button, summary, [role=button], [aria-expanded]"
_COLLAPSE = ("data-toggle", "data-bs-toggle")
_TARGETS = ("aria-controls", "data-target", "data-bs-target", "href")
_TOGGLE_TAGS = frozenset({"button", "summary"})
_GLYPHS = "+−–—\\-▾▴▸▹▼▲►◂◃◄›‹»«⌄⌃^˅˄∨∧×✕✖✚➕➖"
# An icon set apart from the words: "Kanban +", "▸ Kanban" (not the "++" of "C++").
_ICONS = re.compile(rf"^[{_GLYPHS}]+\s+|\s+[{_GLYPHS}]+$")
_NOT_DEFINITION = "table, form, h1, h2, h3, h4, h5, h6, select, input, textarea"
_LISTS = frozenset({"ul", "ol"})
_BLOCK_PARTS = frozenset({"p", "div", "ul", "ol", "dl", "blockquote", "section", "pre"})
_SHORT_LIST = 3
_MAX_PARTS = 6
_MIN_DEFINITION_WORDS = 4
_MAX_DEFINITION_WORDS = 200
_PANEL_CLASS = re.compile(
    r"collaps|panel|content|body|answer|accordion|drawer|toggle|expand|reveal|dropdown|"
    r"definition|description",
    re.I,
)
_WRAPPERS = 2  # heading or title boxes holding the toggle alone
_MIN_DIALOG_CHIPS = 3
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MAX_NAME_WORDS = 10  # a toggle's words, icons and hidden words included

Span = tuple[int, int]


def toggle_terms(
    tree: LexborHTMLParser, nodes: list[LexborNode], outline: Outline
) -> tuple[list[Found], list[Span]]:
    """Terms named by accordion toggles in glossary regions, and the spans of their items.

    ``nodes``: the tree's elements matching :data:`TOGGLES` (and maybe others), in document
    order, as one query over the page gives them to several readers.
    """
    if not outline.has(GLOSSARY):
        return [], []
    toggles = [
        node
        for node in nodes
        if _toggle(node)
        and outline.flags(node) & GLOSSARY
        and _short(node)
        and not _inner_toggle(node)
    ]
    ids = _ids(tree) if any(t.attrs.get(a) for t in toggles for a in _TARGETS) else {}
    chips = _dialog_chips(tree, nodes, toggles)
    if chips:
        ids = ids or _ids(tree)
        toggles = sorted([*toggles, *chips], key=outline.position)
    if not toggles:
        return [], []
    found: list[Found] = []
    spans: list[Span] = []
    memo: dict[int, bool] = {}
    beside: dict[int, bool] = {}
    for toggle in toggles:
        name = _name(toggle)
        if name is None:
            continue
        panel = _panel(toggle, ids)
        if panel is None:
            continue
        entry = _definition(panel, skip=toggle if toggle.tag == "summary" else None)
        if entry is None or excluded(toggle, memo) or side_box(toggle, beside):
            continue
        if panel.tag != "details" and side_box(panel, beside):  # a newsletter, a CTA box
            continue
        definition, links = entry
        found.append((outline.position(toggle), name, definition, links))
        spans.append(outline.span(_item(toggle, panel)))
    return found, spans


def _dialog_chips(
    tree: LexborHTMLParser, nodes: list[LexborNode], toggles: list[LexborNode]
) -> list[LexborNode]:
    """Toggles outside the glossary sections that each open their own dialog, where at least
    :data:`_MIN_DIALOG_CHIPS` of them do (a grid of term chips, not one "Book now" button)."""
    if tree.css_first("dialog, [role=dialog]") is None:  # cheap: most pages have none
        return []
    seen = {node.mem_id for node in toggles}
    ids: dict[str, LexborNode] | None = None
    chips: list[LexborNode] = []
    targets: set[int] = set()
    for node in nodes:
        if node.mem_id in seen or not _toggle(node) or not _short(node) or _inner_toggle(node):
            continue
        target = (node.attrs.get("aria-controls") or "").strip()
        if not target:
            target = node.attrs.get("data-target") or node.attrs.get("data-bs-target") or ""
            target = target.strip()[1:] if target.strip().startswith("#") else ""
        if not target:
            continue
        ids = _ids(tree) if ids is None else ids
        panel = ids.get(target.split()[0])
        if panel is None or not _dialog(panel) or panel.mem_id in targets:
            continue
        targets.add(panel.mem_id)
        chips.append(node)
    return chips if len(chips) >= _MIN_DIALOG_CHIPS else []


def _dialog(node: LexborNode) -> bool:
    return node.tag == "dialog" or node.attrs.get("role") in ("dialog", "alertdialog")


def _dialog_body(panel: LexborNode) -> list[LexborNode] | None:
    """The parts of a dialog that show its content: inside its one wrapper box, its title
    heading and close form or button left out; None where more headings follow."""
    parts = _parts(panel, None)
    while len(parts) == 1 and parts[0].tag in ("div", "section", "article"):
        parts = _parts(parts[0], None)
    if parts and parts[0].tag in _HEADINGS:
        parts = parts[1:]
    kept = [
        part
        for part in parts
        if part.tag not in ("form", "button")
        and not (
            part.tag == "div" and part.css_first("p, ul, ol") is None and part.css_first("button")
        )
    ]
    if any(part.tag in _HEADINGS or part.css_first(_NOT_DEFINITION) is not None for part in kept):
        return None
    return kept


def _item(toggle: LexborNode, panel: LexborNode) -> LexborNode:
    """The accordion item holding the toggle (or its title box) and the panel alone; the
    panel itself where no such box holds the two."""
    box = panel.parent
    if box is None or panel.tag == "details":
        return panel
    children = [child for child in box.iter(include_text=True) if not is_trivial(child)]
    if len(children) != 2 or children[1].mem_id != panel.mem_id:
        return panel
    node: LexborNode | None = toggle
    for _ in range(_WRAPPERS + 1):
        if node is None:
            break
        if node.mem_id == children[0].mem_id:
            return box
        node = node.parent
    return panel


def _toggle(node: LexborNode) -> bool:
    attrs = node.attrs
    return (
        node.tag in _TOGGLE_TAGS
        or attrs.get("role") == "button"
        or "aria-expanded" in attrs
        or any(attrs.get(name) == "collapse" for name in _COLLAPSE)
    )


def _short(node: LexborNode) -> bool:
    """A cheap first look: a few words that ask nothing (an FAQ's questions are no terms)."""
    text = (node.text(deep=True) or "").strip()
    return 0 < len(text.split()) <= _MAX_NAME_WORDS and not text.endswith(("?", "？"))


def _inner_toggle(node: LexborNode) -> bool:
    """True for a toggle inside another (a ``<button>`` in a ``role=button`` title)."""
    parent = node.parent
    for _ in range(_WRAPPERS):
        if parent is None:
            return False
        if parent.tag in ("button", "summary") or (
            "role" in parent.attrs and (parent.attrs.get("role") == "button")
        ):
            return True
        parent = parent.parent
    return False


def _ids(tree: LexborHTMLParser) -> dict[str, LexborNode]:
    return {node.attrs.get("id") or "": node for node in tree.css("[id]")}


def _name(toggle: LexborNode) -> str | None:
    """The toggle's words, icons and ``aria-hidden`` parts aside, where they name a term."""
    hidden = [clean_text(node.text(deep=True) or "") for node in toggle.css("[aria-hidden=true]")]
    text = clean_text(toggle.text(deep=True, separator=" ") or "")
    for part in hidden:
        if part:
            text = text.replace(part, " ", 1)
    name = _ICONS.sub("", clean_text(text)).rstrip(":").strip()
    return name if name and is_term_heading(name) else None


def _panel(toggle: LexborNode, ids: dict[str, LexborNode]) -> LexborNode | None:
    """The element the toggle opens."""
    for attribute in _TARGETS:
        target = (toggle.attrs.get(attribute) or "").strip()
        if attribute != "aria-controls":
            target = target[1:] if target.startswith("#") else ""  # "#panel-3"
        if target and (panel := ids.get(target.split()[0])) is not None:
            return panel
    if toggle.tag == "summary":
        details = toggle.parent
        return details if details is not None and details.tag == "details" else None
    node = toggle
    words = _words(toggle)
    for _ in range(_WRAPPERS + 1):
        sibling = node.next
        while sibling is not None and (not sibling.is_element_node or is_trivial(sibling)):
            if sibling.tag == "-text" and not is_trivial(sibling):
                return None  # loose text beside the toggle: no accordion item
            sibling = sibling.next
        if sibling is not None:
            if sibling.tag in _TOGGLE_TAGS or not _collapsible(toggle, sibling):
                return None
            return sibling
        parent = node.parent
        if parent is None or _words(parent) != words:
            return None
        node = parent
    return None


def _collapsible(toggle: LexborNode, panel: LexborNode) -> bool:
    """True where the toggle or the element after it says it opens and closes (a plain
    "Load more" button over a newsletter box does not)."""
    if any(name in toggle.attrs for name in ("aria-expanded", *_COLLAPSE)):
        return True
    attrs = panel.attrs
    return (
        "hidden" in attrs
        or "aria-hidden" in attrs
        or "aria-labelledby" in attrs
        or attrs.get("role") == "region"
        or bool(_PANEL_CLASS.search(attrs.get("class") or ""))
    )


def _words(node: LexborNode) -> list[str]:
    return (node.text(deep=True) or "").split()


def _definition(panel: LexborNode, skip: LexborNode | None) -> tuple[str, tuple[str, ...]] | None:
    """(definition, links) of a panel; None where it holds no definition."""
    if _dialog(panel):
        body = _dialog_body(panel)
        if body is None:
            return None
        parts = body
    elif panel.css_first(_NOT_DEFINITION) is not None or heading_level(panel):
        return None
    else:
        parts = _parts(panel, skip)
    while len(parts) == 1 and parts[0].tag == "div" and _has_blocks(parts[0]):
        parts = _parts(parts[0], None)  # <div class=accordion-body><p>…</p></div>
    if not parts or len(parts) > _MAX_PARTS:
        return None
    texts: list[str] = []
    links: list[str] = []
    inline: list[str] = []  # words and inline elements between blocks, read as one line
    for part in parts:
        links.extend(a.attrs.get("href") or "" for a in part.css("a[href]"))
        if part.tag == "-text" or part.tag not in _BLOCK_PARTS:
            inline.append(part.text(deep=True) or "")
            continue
        if inline:
            texts.append(clean_text("".join(inline)))
            inline = []
        text = _text(part)
        if part.tag in _LISTS and not _short_list(part):
            return None
        if not link_line(part, text):  # "Read more: Wikipedia · Wikidata", a menu's links
            texts.append(text)
    if inline:
        texts.append(clean_text("".join(inline)))
    definition = " ".join(text for text in texts if text).strip()
    if not _MIN_DEFINITION_WORDS <= word_count(definition) <= _MAX_DEFINITION_WORDS:
        return None
    return definition, tuple(links)


def _parts(node: LexborNode, skip: LexborNode | None) -> list[LexborNode]:
    """The children of ``node`` that show something (a full stop after a link too)."""
    return [
        child
        for child in node.iter(include_text=True)
        if (
            (child.text(deep=False) or "").strip()
            if child.tag == "-text"
            else not is_trivial(child)
        )
        and (skip is None or child.mem_id != skip.mem_id)
    ]


def _has_blocks(node: LexborNode) -> bool:
    return any(child.tag in _BLOCK_PARTS for child in node.iter(include_text=False))


def _short_list(node: LexborNode) -> bool:
    return 0 < len(node.css("li")) <= _SHORT_LIST


def _text(node: LexborNode) -> str:
    if node.tag == "-text":
        return clean_text(node.text(deep=False) or "")
    return clean_text(" ".join(node_lines(node).splitlines()))

"""Boxes titled as glossaries: a callout, admonition or comment box whose title says
"Definitions", "Key terms", "Glossary" … holds terms, wherever it stands on the page.

Tutorials and documentation put their definitions in such boxes between the steps
(``<blockquote class=comment><div class=box-title>Comment: Definitions 1</div><ul><li>…``,
``<div class="admonition note"><p class=admonition-title>Key terms</p>…``).  The title is no
heading, so no glossary region reaches past it, and the box's class often reads like a side
box ("comment", "note"): its entries are read here, the box being a glossary itself.

A box title is the first thing in its box: a short line (a label such as "Comment:" or
"Note:" and a number such as "Definitions 2" allowed) whose element has a title-like class
(``box-title``, ``admonition-title``, ``callout-heading`` …).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from prospectus.extract.patterns.cues import GLOSSARY, is_trivial, region_flags
from prospectus.extract.text import clean_text

TITLES = "[class*=title i], [class*=heading i]"
_TITLE_CLASS = re.compile(r"title|heading", re.I)
_MAX_TITLE_WORDS = 8
_NOT_BOXES = frozenset({"body", "html", "main", "article", "-document"})
_BLOCKS = frozenset(
    {"p", "div", "ul", "ol", "dl", "table", "li", "h1", "h2", "h3", "h4", "h5", "h6"}
)


def titled_boxes(nodes: list[LexborNode]) -> list[LexborNode]:
    """The boxes whose title says they hold definitions, in document order.

    ``nodes``: the tree's elements matching :data:`TITLES` (and maybe others), in document
    order, as one query over the page gives them to several readers.
    """
    boxes: list[LexborNode] = []
    seen: set[int] = set()
    for title in nodes:
        if not _TITLE_CLASS.search(title.attrs.get("class") or ""):
            continue
        box = title.parent
        if box is None or box.tag in _NOT_BOXES or box.mem_id in seen:
            continue
        text = clean_text(title.text(deep=True) or "")
        if not text or len(text.split()) > _MAX_TITLE_WORDS or _holds_blocks(title):
            continue
        if not region_flags(text) & GLOSSARY or not _first_in(box, title):
            continue
        seen.add(box.mem_id)
        boxes.append(box)
    return boxes


def _holds_blocks(node: LexborNode) -> bool:
    """True when blocks lie inside ``node`` (a title holds a line of words and icons)."""
    return any(
        inner.tag in _BLOCKS and inner.mem_id != node.mem_id
        for inner in node.traverse(include_text=False)
    )


def _first_in(box: LexborNode, title: LexborNode) -> bool:
    """True when ``title`` opens ``box`` and more follows it."""
    children = (child for child in box.iter(include_text=True) if not is_trivial(child))
    first = next(children, None)
    return first is not None and first.mem_id == title.mem_id and next(children, None) is not None

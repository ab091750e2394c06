"""Question and answer labels in an HTML tree: "<p>Q1：…", "<dt><span>Q.</span>…",
"<div><b>Q</b><p>…</p></div>" -- finding the elements they start and reading past them.

The labels themselves (which words, which separators) are :mod:`cues`' to know.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.patterns.cues import (
    is_badge,
    is_trivial,
    label_start,
    may_start_label,
    word_count,
)
from prospectus.extract.text import clean_text

MAX_WORDS = 25  # a question after a badge, with no question mark
_WORD = re.compile(r"\w")

# Elements that may hold a labelled question ("<p>Q1：…", "<dt><span>Q.</span>…").
_LABEL_SELECTOR = "p, div, dt, li, h2, h3, h4, h5, h6, strong, b, span, summary, button, td"


def labelled_nodes(tree: LexborHTMLParser) -> list[LexborNode]:
    """Elements that start with a question label: as text ("<p>Q1：…") or as a child holding
    the label alone ("<p><strong>Otázka:</strong> …", "<dt><span>Q.</span>…")."""
    found: list[LexborNode] = []
    for node in tree.css(_LABEL_SELECTOR):
        first = _first_child(node)
        if first is None:
            continue
        if first.tag == "-text":
            if label_start((first.text_content or "").lstrip()):
                found.append(node)
        elif badge_text(node) is not None:
            found.append(node)
    return found


def _first_child(node: LexborNode) -> LexborNode | None:
    """The first child of ``node`` that a reader reads (icons and comments skipped)."""
    first = node.child
    while first is not None and (first.tag == "-comment" or is_trivial(first)):
        first = first.next
    return first


def badge_text(node: LexborNode, *, answer: bool = False) -> str | None:
    """The text of a label badge that starts ``node`` ("<span class=q>Q</span>…"), if any."""
    first = node.child
    while first is not None and (
        first.tag == "-comment" or (first.tag == "-text" and not (first.text_content or "").strip())
    ):
        first = first.next
    if first is None or not first.is_element_node or first.child is None:
        return None
    label = (first.text(deep=True) or "").strip()
    return label if 0 < len(label) <= 16 and is_badge(label, answer=answer) else None


def unbadged(node: LexborNode, text: str, *, answer: bool = False) -> tuple[str, bool]:
    """``text`` (of ``node``) less the label badge it starts with, and whether it had one."""
    stripped = text.lstrip()
    if not may_start_label(stripped, answer=answer):
        return text, False
    label = badge_text(node, answer=answer)
    if label is None or not stripped.startswith(label):
        return text, False
    return stripped[len(label) :], True


def badged_question(raw: str, found: tuple[str, bool] | None) -> tuple[str, bool] | None:
    """A question after a label badge: labelled, with or without a question mark."""
    if found is not None:
        return found[0], True
    text = clean_text(raw)
    return (text, True) if 2 <= word_count(text) <= MAX_WORDS else None


def is_decoration(node: LexborNode) -> bool:
    """True for what a reader skips beside a question: icons, blank text, a "Q" badge."""
    if node.tag in ("br", "img", "hr", "-comment"):
        return True
    text = (node.text(deep=True) or "").strip()
    if not _WORD.search(text):
        return True
    return len(text) <= 12 and node.is_element_node and is_badge(text)

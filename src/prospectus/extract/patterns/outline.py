"""A page's outline: its document order, and the FAQ and glossary regions that its
containers and headings mark."""

from __future__ import annotations

import bisect
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.patterns.cues import (
    FAQ,
    FAQ_ATTR,
    GLOSSARY,
    GLOSSARY_ATTR,
    HEADINGS,
    flagged_lines,
    is_letter_heading,
    is_trivial,
    question_text,
)
from prospectus.extract.text import clean_text

_LEVELS = {f"h{n}": n for n in range(1, 7)}


def heading_level(node: LexborNode) -> int:
    return _LEVELS.get(node.tag or "", 0)


# The longest clean text is_letter_heading takes: "A - Z" (clean text has single spaces).
_LETTER_MAX = 5

_Span = tuple[int, int]  # first and last document index of an element and its descendants


class _Heading(NamedTuple):  # a tuple: a page has dozens of headings, quick to make
    start: int  # its document index
    level: int
    own: int  # flags the heading's own text gives
    marks: tuple[tuple[int, _Span], ...]  # (flags, region) of it and the headings above


class Outline:
    """Document order and FAQ/glossary regions of one parsed page."""

    __slots__ = (
        "_containers", "_heads", "_root_id", "_starts", "heading_texts", "headings", "nodes",
        "order",
    )  # fmt: skip

    def __init__(self, tree: LexborHTMLParser) -> None:
        root = tree.body or tree.root
        self.nodes: list[LexborNode] = []  # the elements, in document order
        self._root_id = -1 if root is None else root.mem_id
        raw: list[tuple[int, int, LexborNode]] = []
        if root is not None:
            self.nodes = list(root.traverse(include_text=False))
        self.order = {node.mem_id: index for index, node in enumerate(self.nodes)}
        if root is not None:
            for node in root.css(HEADINGS):
                if (level := _LEVELS.get(node.tag or "")) is not None:
                    raw.append((self.order[node.mem_id], level, node))
            raw.sort()  # by document index (each is a different one: nodes are never compared)
        # (level, element) of the h1-h6 in document order, for readers that look at
        # headings too: one query of the tree for all of them
        self.headings = [(level, node) for _, level, node in raw]
        # the clean text of each of them (``clean_text(node.text(deep=True))``), in the same
        # order: read once here, for the readers that look at heading words too
        self.heading_texts = [clean_text(node.text(deep=True)) for _, _, node in raw]
        self._heads = _outline(raw, self.heading_texts, self)
        self._starts = [h.start for h in self._heads]
        self._containers: list[tuple[int, _Span]] = []
        for selector, flag in ((FAQ_ATTR, FAQ), (GLOSSARY_ATTR, GLOSSARY)):
            last = -1
            for node in tree.css(selector):
                span = self.span(node)
                if span[0] > last:  # nested matches add nothing
                    self._containers.append((flag, span))
                    last = span[1]

    def position(self, node: LexborNode) -> int:
        return self.order.get(node.mem_id, -1)

    def span(self, node: LexborNode) -> _Span:
        start = self.position(node)
        if start < 0:
            return (-1, -2)
        return (start, self._after(node) - 1)

    def _after(self, node: LexborNode) -> int:
        """Document index of the first node after ``node`` and its descendants."""
        current: LexborNode | None = node
        while current is not None and current.mem_id != self._root_id:
            sibling = current.next
            while sibling is not None:
                index = self.order.get(sibling.mem_id)
                if index is not None:  # not a text node
                    return index
                sibling = sibling.next
            current = current.parent
        return len(self.order)

    def has(self, flag: int) -> bool:
        """True when any region of the page carries ``flag``."""
        return any(f & flag for f, _ in self._containers) or any(
            mark & flag for head in self._heads for mark, _ in head.marks
        )

    def regions(self, flag: int) -> list[_Span]:
        """The document spans, sorted and apart, whose nodes :meth:`flags` marks with ``flag``:
        its containers, and each heading's marked regions cut to the heading's section (up to
        the next heading), where that heading is the one :meth:`flags` asks."""
        spans = [span for mark, span in self._containers if mark & flag]
        ends = [*self._starts, len(self.order)][1:]  # where each heading's section ends
        for head, end in zip(self._heads, ends, strict=True):
            for mark, (first, last) in head.marks:
                low, high = max(first, head.start), min(last, end - 1)
                if mark & flag and low <= high:
                    spans.append((low, high))
        merged: list[_Span] = []
        for first, last in sorted(spans):
            if merged and first <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
            else:
                merged.append((first, last))
        return merged

    def flags(self, node: LexborNode, *, own_text: bool = True) -> int:
        """FAQ/GLOSSARY flags of ``node``: from its containers and the headings above it.

        With ``own_text=False`` a heading's own words do not count for itself.
        """
        index = self.order.get(node.mem_id, -1)
        if index < 0:
            return 0
        flags = 0
        for flag, (first, last) in self._containers:
            if first <= index <= last:
                flags |= flag
        at = bisect.bisect_right(self._starts, index) - 1
        if at >= 0:
            head = self._heads[at]
            marks = (
                head.marks[1:] if head.start == index and head.own and not own_text else head.marks
            )
            for mark, (first, last) in marks:
                if first <= index <= last:
                    flags |= mark
        return flags


def _region_root(node: LexborNode) -> LexborNode:
    """The smallest element around a heading that holds more than the heading."""
    current = node
    while (parent := current.parent) is not None and parent.tag not in ("body", "html"):
        if any(
            child.mem_id != current.mem_id and not is_trivial(child)
            for child in parent.iter(include_text=True)
        ):
            return parent
        current = parent
    return current.parent if current.parent is not None else current


def _outline(
    raw: list[tuple[int, int, LexborNode]], texts: list[str], outline: Outline
) -> list[_Heading]:
    """The headings that bound sections (all but question headings), each with the regions
    it and the headings above it mark.

    The region cues are looked for in all the texts at once (see :func:`flagged_lines`): a
    page has dozens of headings, and a few at most name a region.  A heading that marks
    nothing of its own and carries the same marks as the section before it is left out:
    its section only extends that one, which :meth:`Outline.flags` and
    :meth:`Outline.regions` read alike.
    """
    owns = flagged_lines(texts)
    if sum(len(text) <= _LETTER_MAX and is_letter_heading(text) for text in texts) >= 3:
        for at, text in enumerate(texts):
            if len(text) <= _LETTER_MAX and is_letter_heading(text):
                owns[at] = owns.get(at, 0) | GLOSSARY
    levels: list[int] = []  # the open sections' headings: their levels and marks
    stack: list[tuple[tuple[int, _Span], ...]] = []
    heads: list[_Heading] = []
    for at, ((index, level, node), text) in enumerate(zip(raw, texts, strict=True)):
        if question_text(text) is not None:
            continue  # question headings are items, never section boundaries
        own = owns.get(at, 0)
        while levels and levels[-1] >= level:
            levels.pop()
            stack.pop()
        above = stack[-1] if stack else ()
        marks = ((own, outline.span(_region_root(node))), *above) if own else above
        levels.append(level)
        stack.append(marks)
        if own or marks != (heads[-1].marks if heads else ()):
            heads.append(_Heading(index, level, own, marks))
    return heads

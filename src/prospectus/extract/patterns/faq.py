"""FAQs from the visible page: a question and the answer shown after it.

In an HTML tree every FAQ layout comes down to one shape: an element whose text is a
question (a ``<summary>``, a ``<dt>``, an accordion ``<button>``, a heading, a bold line, a
labelled paragraph -- "Q:", "Q1：", "Otázka:", a "Q" badge: see
:mod:`prospectus.extract.patterns.faq_labels` --, a plain ``<div>``), and the answer in the
elements that follow it up to the next question or heading -- or, for ARIA accordions, in the
element its ``aria-controls`` names; labelled pairs may also share one block ("Q: …?<br>A: …").
Tab labels and category headers that are not questions are never FAQs.  So the steps are:

1. find elements whose whole text is a question (or an accordion header);
2. climb from each to the outermost element holding nothing else (icons aside), the *anchor*;
3. read the answer from the anchor's following siblings (or its controlled panel);
4. keep the question when the page says it is an FAQ: an FAQ region (heading, id, class),
   accordion/``<dt>``/"Q:" structure, or a run of at least two sibling questions with answers.

Article titles (links), navigation, forms and cookie dialogs never count.  Text dumps go
to :mod:`prospectus.extract.patterns.faq_text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.dates import find_date_ranges
from prospectus.extract.patterns.cues import (
    FAQ,
    answer_text,
    cut_feedback,
    excluded,
    has_answer_prefix,
    is_badge,
    is_feedback,
    is_title,
    label_start,
    labelled_pairs,
    may_hold_labels,
    question_text,
    split_answer,
)
from prospectus.extract.patterns.faq_headings import is_content_heading
from prospectus.extract.patterns.faq_labels import (
    badged_question,
    is_decoration,
    labelled_nodes,
    unbadged,
)
from prospectus.extract.patterns.faq_text import faqs_from_text, is_call_to_action, is_intro
from prospectus.extract.patterns.outline import Outline, heading_level
from prospectus.extract.text import clean_text, leads_to_page
from prospectus.extract.visible import Visible, node_lines
from prospectus.records import Faq, fold

_Q_TAGS = (
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "summary",
    "dt",
    "button",
    "p",
    "li",
    "strong",
    "b",
    "span",
    "a",
    "div",
    "th",
    "td",
)
# ``:lexbor-contains`` tests each of an element's own text nodes, a costly test.  Asked once
# per element (not once per tag and needle) it finds the "?" elements several times faster.
_HAS_QUESTION_MARK = ':lexbor-contains("?")'
_HAS_WIDE_QUESTION_MARK = ':lexbor-contains("？")'  # Chinese and Japanese
_Q_TAG_SET = frozenset(_Q_TAGS)
_ACCORDION_ATTRS = ("aria-controls", "aria-expanded", "data-toggle", "data-bs-toggle")
_ACCORDION = ", ".join(["summary", *(f"[{name}]" for name in _ACCORDION_ATTRS)])
_QUESTION_OR_ACCORDION = f"{_HAS_QUESTION_MARK}, {_ACCORDION}"
_ANY_QUESTION_OR_ACCORDION = f"{_HAS_QUESTION_MARK}, {_HAS_WIDE_QUESTION_MARK}, {_ACCORDION}"
_STRUCTURAL = frozenset({"summary", "dt", "button"})
_HEADER_TAGS = frozenset({"summary", "dt", "button", "a", "h2", "h3", "h4", "h5", "h6"})
_CLIMB_STOP = frozenset(
    {
        "body",
        "html",
        "main",
        "dl",
        "ul",
        "ol",
        "table",
        "tbody",
        "tr",
        "details",
        "section",
        "article",
        "dd",
        "li",
        "td",
        "th",
    }
)
_HEADING_TAGS = frozenset(f"h{n}" for n in range(1, 7))
_TITLE_TAG = frozenset({"h1"})
_LINK_TAG = frozenset({"a"})
_HEADINGS_UP_TO = ["", *(", ".join(f"h{n}" for n in range(1, level + 1)) for level in range(1, 7))]
_MAX_HEADER_WORDS = 12
_MAX_RUN_WORDS = 25
_MAX_SIBLINGS = 20
_MAX_CHARS = 400
_DIGIT = re.compile(r"\d")
_TOGGLE_CLASS = re.compile(r"toggle|accordion|collaps|faq|question", re.I)


@dataclass(slots=True)
class _Item:
    anchor: LexborNode
    question: str
    question_like: bool
    structural: bool
    prefixed: bool  # "Q:" before the question: structure only when an "A:" answers it
    panel: str | None
    inline: str | None = None  # "Q: Why?<br>A: Because." -- the answer in the question's block
    answer: str | None = None

    def read_answer(self, ids: _Ids, stops: set[int]) -> None:
        raw, badged = (self.inline, True) if self.inline else _answer(ids, self, stops)
        self.answer = answer_text(raw) if raw else None
        self.structural |= self.prefixed and bool(raw) and (badged or has_answer_prefix(raw))


def find_faqs(view: Visible, outline: Outline | None = None) -> list[Faq]:
    """FAQs shown on the page: ``html`` records from its tree, ``text`` ones for a dump.

    ``outline`` is the tree's :class:`Outline` where the caller has one already.
    """
    if view.tree is None:
        return [
            Faq(
                page=view.page,
                source="text",
                provenance=_provenance("text", answer),
                question=question,
                answer=answer,
            )
            for question, answer in faqs_from_text(view.text)
        ]
    return [
        Faq(
            page=view.page,
            source="html",
            provenance=_provenance("html", answer),
            question=question,
            answer=answer,
        )
        for question, answer in _tree_faqs(view.tree, outline)
    ]


def _provenance(source: str, answer: str | None) -> tuple[tuple[str, str], ...]:
    return (("question", source), ("answer", source)) if answer else (("question", source),)


def _tree_faqs(tree: LexborHTMLParser, outline: Outline | None) -> list[tuple[str, str | None]]:
    items = _candidates(tree)
    if not items:
        return []
    stops = _stop_ids(items)
    ids = _Ids(tree)
    outline = outline or Outline(tree)
    kept: list[_Item] = []
    loose: dict[tuple[str, ...], list[_Item]] = {}
    for item in items:
        item.read_answer(ids, stops)
        if not (item.structural or item.answer):
            continue  # a question-shaped line with nothing after it
        if not (item.question_like or item.answer):
            continue  # a tab or category label ("General", "Payment & refunds")
        if not (item.prefixed or item.structural) and is_intro(item.question):
            continue  # "Answers to what our clients ask most. Can't find yours?"
        if not item.structural and is_call_to_action(item.question) and _links_only(item.anchor):
            continue  # "Ready to get certified?" over a "See class dates" button: a banner
        region = bool(outline.flags(item.anchor) & FAQ)
        if (item.structural and (item.question_like or region)) or (item.question_like and region):
            kept.append(item)
        elif (
            item.question_like
            and item.question.endswith(("?", "？"))  # "Question: Our motivation" is a title
            and len(item.question.split()) <= _MAX_RUN_WORDS
            and not is_title(item.question)
        ):
            loose.setdefault(_run_key(item.anchor), []).append(item)
    lone: list[_Item] = []
    for group in loose.values():
        if len(group) >= 2:
            # a run of section headings asked as questions ("What will you learn?") counts
            # for the run's layout, but such a heading is the course's content, no FAQ
            kept.extend(item for item in group if not is_content_heading(item.question))
        else:
            lone.extend(group)
    if lone:  # kept where laid out like the kept questions
        layouts = {_layout(item.anchor) for item in kept} - {None}
        kept.extend(item for item in lone if _layout(item.anchor) in layouts)
    kept.sort(key=lambda it: outline.position(it.anchor))
    return _dedupe(kept)


_ACTIONS = frozenset({"a", "button"})


def _links_only(anchor: LexborNode) -> bool:
    """Whether all a question's "answer" shows is links or buttons ("See class dates",
    "Book now"): a call to action's banner, up to the next heading of its rank."""
    seen = False
    sibling = anchor.next
    while sibling is not None:
        if sibling.tag == "-text":
            if (sibling.text_content or "").strip():
                return False
        elif sibling.tag != "-comment":
            if _is_boundary(sibling, anchor):
                break
            text = clean_text(sibling.text(deep=True))
            if text:
                actions = [n for n in sibling.traverse(include_text=False) if n.tag in _ACTIONS]
                if clean_text(" ".join(n.text(deep=True) or "" for n in actions)) != text:
                    return False
                seen = True
        sibling = sibling.next
    return seen


def _run_key(anchor: LexborNode) -> tuple[str, ...]:
    """Questions of one run: same tag and class under the same parent (or item wrappers
    of the same tag and class under the same grandparent).  Numbered classes, which page
    builders give each module ("et_pb_toggle_3", "faq-item-12"), do not tell items apart."""
    key: tuple[str, ...] = (anchor.tag or "", _class_kind(anchor))
    parent = anchor.parent
    if parent is None or not parent.is_element_node:
        return key
    if sum(1 for _ in parent.iter(include_text=False)) <= 3 and parent.parent is not None:
        key = (*key, parent.tag or "", _class_kind(parent))
        parent = parent.parent
    return (*key, str(parent.mem_id))


def _layout(anchor: LexborNode) -> tuple[str, str] | None:
    """The tag and class of a question element whose class names a toggle ("<h5 class=
    toggle_title>", "<button class=faq-question>"): a lone question shaped like the page's
    FAQ items is one of them.  (A class shared by all headings says nothing.)"""
    kind = _class_kind(anchor)
    return (anchor.tag or "", kind) if _TOGGLE_CLASS.search(kind) else None


def _class_kind(node: LexborNode) -> str:
    """The element's class less its numbered names: "toggle toggle_3" -> "toggle"."""
    classes = node.attrs.get("class") or ""
    if not _DIGIT.search(classes):
        return classes
    return " ".join(name for name in classes.split() if not _DIGIT.search(name))


def _dedupe(items: list[_Item]) -> list[tuple[str, str | None]]:
    out: dict[str, tuple[str, str | None]] = {}
    for item in items:
        key = fold(item.question)
        if key and (key not in out or (out[key][1] is None and item.answer)):
            out[key] = (item.question, item.answer)
    return list(out.values())


def _candidates(tree: LexborHTMLParser) -> list[_Item]:
    by_anchor: dict[tuple[int, str], _Item] = {}
    outside: dict[int, bool] = {}  # excluded()'s memo
    for node in _candidate_nodes(tree):
        raw = node.text(deep=True) or ""
        labelled = bool(label_start(raw.lstrip()))
        block = _block_items(node, raw, outside) if labelled else []
        for pair in block:  # one element holding several "Q: … A: …" pairs
            by_anchor.setdefault((pair.anchor.mem_id, fold(pair.question)), pair)
        item = None if block else _candidate(node, raw, labelled, outside)
        if item is None:
            continue
        known = by_anchor.get((item.anchor.mem_id, ""))
        if known is None:
            by_anchor[(item.anchor.mem_id, "")] = item
        else:
            known.structural |= item.structural
            known.panel = known.panel or item.panel
            if item.question_like and not known.question_like:
                known.question, known.question_like = item.question, True
    return list(by_anchor.values())


def _block_items(node: LexborNode, raw: str, outside: dict[int, bool]) -> list[_Item]:
    """The labelled pairs of an element that holds several: "<p>Q: Why?<br>A: Because.<br>
    Q: When?<br>A: Now.</p>", one item each (all anchored at the element)."""
    if len(raw) > _MAX_CHARS * 20:
        return []
    pairs = [
        (found[0], answer)
        for question, answer in labelled_pairs(raw)
        if (found := question_text(question)) is not None
    ]
    if len(pairs) < 2 or _is_link(node) or excluded(node, outside):
        return []
    anchor, _, _ = _climb(node, node.attributes)
    return [
        _Item(anchor, question, True, True, True, None, inline=answer) for question, answer in pairs
    ]


def _candidate_nodes(tree: LexborHTMLParser) -> list[LexborNode]:
    """Elements with a "?" in their own text, labelled questions ("Q:", "Otázka:") and
    accordion headers, each group in document order.

    A question element holds a text node with "?" or a label, so the page's text does too:
    where it has no "?" the question selector is left out, and where it has no label the
    (slower) label walk.
    """
    root = tree.root
    text = root.text(deep=True) if root is not None else ""
    labelled = labelled_nodes(tree) if may_hold_labels(text) else []
    wide = "？" in text
    if "?" not in text and not wide:
        return [*labelled, *tree.css(_ACCORDION)]
    # Both in one walk.  An element that several selectors match is listed once per selector.
    selector = _ANY_QUESTION_OR_ACCORDION if wide else _QUESTION_OR_ACCORDION
    found = {node.mem_id: node for node in tree.css(selector)}.values()
    headers: list[LexborNode] = []
    questions: list[LexborNode] = []
    for node in found:
        tag = node.tag
        header = _accordion_match(tag, node.attributes)
        if header:
            headers.append(node)
        if tag in _Q_TAG_SET and (not header or _own_question_mark(node)):
            questions.append(node)
    return [*questions, *labelled, *headers]


def _accordion_match(tag: str | None, attributes: dict[str, str | None]) -> bool:
    """True where ``_ACCORDION`` matches the element itself (its tag and ``attributes``)."""
    return tag == "summary" or any(name in attributes for name in _ACCORDION_ATTRS)


def _own_question_mark(node: LexborNode) -> bool:
    """``:lexbor-contains("?")`` (or "？"): one of the node's own text nodes holds one."""
    return any(
        "?" in (text := child.text_content or "") or "？" in text
        for child in node.iter(include_text=True)
    )


def _candidate(
    node: LexborNode, raw: str, labelled: bool, outside: dict[int, bool]
) -> _Item | None:
    """The question ``node`` asks (``raw`` its text, ``labelled`` if that starts with a
    "Q:" label), anchored where it stands alone; None where it asks none."""
    inline = None
    if labelled and (pair := split_answer(raw)) is not None:
        raw, inline = pair
    if len(raw) > _MAX_CHARS * 2:
        return None
    raw, badged = unbadged(node, raw)
    found = question_text(raw)
    if badged:
        found = badged_question(raw, found)
    attributes = node.attributes
    accordion = _accordion_node(node.tag, attributes)
    if found is None and not (
        accordion and _is_header(node, attributes) and _attr(attributes, "role") != "tab"
    ):
        return None  # a tab's label that is no question names a category ("General")
    text = found[0] if found else clean_text(raw)
    if found is None and find_date_ranges(text):
        return None  # a session's header ("Mon 7 and Tue 8 Dec 2026 · Leeds  Places left")
    if not text or len(text) > _MAX_CHARS or _is_link(node) or excluded(node, outside):
        return None
    if found and is_feedback(text):
        return None  # "Was this helpful?" under an answer
    anchor, structural, panel = _climb(node, attributes)
    if _first_of(anchor, _TITLE_TAG) is not None:
        return None  # the page's title
    prefixed = bool(found and found[1])
    return _Item(
        anchor,
        text,
        found is not None,
        structural | accordion,
        prefixed,
        panel,
        inline if prefixed else None,
    )


def _attr(attributes: dict[str, str | None], name: str) -> str:
    return (attributes.get(name) or "").strip().lower()


def _accordion_node(tag: str | None, attributes: dict[str, str | None]) -> bool:
    """An accordion header or list term: by its tag, or by its ``attributes``.

    Readers take an element's ``attributes`` (a plain dict, made in one call) once and
    ask it several things: each ``node.attrs`` lookup is a call into the parser.
    """
    return (
        tag in _STRUCTURAL
        or "aria-controls" in attributes
        or "aria-expanded" in attributes
        or "data-toggle" in attributes
        or "data-bs-toggle" in attributes
    )


def _is_header(node: LexborNode, attributes: dict[str, str | None]) -> bool:
    """An accordion header (not its panel): a short button, link, summary or heading."""
    return (node.tag in _HEADER_TAGS or attributes.get("role") == "button") and len(
        clean_text(node.text(deep=True)).split()
    ) <= _MAX_HEADER_WORDS


def _panel_id(attrs: dict[str, str | None]) -> str | None:
    """The id of the panel an accordion header (with these ``attrs``) opens, if it names one."""
    target = attrs.get("aria-controls") or attrs.get("data-target") or attrs.get("data-bs-target")
    if not target and ("data-toggle" in attrs or "data-bs-toggle" in attrs):
        target = attrs.get("href")
    target = (target or "").strip().split()[0] if target and target.strip() else ""
    return target.removeprefix("#") or None


def _is_link(node: LexborNode) -> bool:
    """True for text that is a link to another page (an article or course title)."""
    current: LexborNode | None = node
    for _ in range(4):
        if current is None:
            break
        if current.tag == "a" and _is_page_link(current):
            return True
        current = current.parent
    link = _first_of(node, _LINK_TAG, "href")
    return (
        link is not None
        and _is_page_link(link)
        and clean_text(link.text(deep=True)) == clean_text(node.text(deep=True))
    )


def _is_page_link(link: LexborNode) -> bool:
    attributes = link.attributes
    href = (attributes.get("href") or "").strip()
    return (
        leads_to_page(href)
        and "data-toggle" not in attributes
        and "data-bs-toggle" not in attributes
    )


def _first_of(node: LexborNode, tags: frozenset[str], attribute: str = "") -> LexborNode | None:
    """``node.css_first`` for elements of ``tags`` (with ``attribute``, if named): the first
    in document order, ``node`` itself included.

    A question element and its anchor hold a few elements at most (their text is short):
    walking them is quicker than having lexbor parse a selector for each.
    """
    for element in node.traverse(include_text=False):
        if element.tag in tags and (not attribute or attribute in element.attributes):
            return element
    return None


def _climb(
    node: LexborNode, attributes: dict[str, str | None]
) -> tuple[LexborNode, bool, str | None]:
    """The outermost element around ``node`` (whose ``attributes`` are given) that holds
    nothing else a reader reads."""
    structural = node.tag in _STRUCTURAL
    panel = _panel_id(attributes)
    current = node
    while (parent := current.parent) is not None and parent.tag not in _CLIMB_STOP:
        if any(
            child.mem_id != current.mem_id and not is_decoration(child)
            for child in parent.iter(include_text=True)
        ):
            break
        current = parent
        attributes = current.attributes
        structural |= _accordion_node(current.tag, attributes)
        panel = panel or _panel_id(attributes)
    return current, structural, panel


def _stop_ids(items: list[_Item]) -> set[int]:
    """Anchors and everything around them: an answer never runs into another question."""
    stops: set[int] = set()
    for item in items:
        current: LexborNode | None = item.anchor
        while current is not None and current.mem_id not in stops:
            stops.add(current.mem_id)
            current = current.parent
    return stops


def _answer(ids: _Ids, item: _Item, stops: set[int]) -> tuple[str, bool]:
    """The raw text after the question (its controlled panel, or its following siblings),
    less an answer badge ("<span class=a>A</span>"), and whether it had one."""
    if item.panel:
        panel = ids.get(item.panel)
        if panel is not None and panel.mem_id not in stops:
            text = " ".join(cut_feedback(node_lines(panel).splitlines()))
            return unbadged(panel, text, answer=True)
    parts: list[str] = []
    badged = False
    sibling = item.anchor.next
    seen = 0
    while sibling is not None and seen < _MAX_SIBLINGS:
        if sibling.tag == "-text":
            parts.append(sibling.text(deep=True) or "")
        elif sibling.tag != "-comment":
            if sibling.mem_id in stops or _is_boundary(sibling, item.anchor):
                break
            lines = node_lines(sibling).splitlines()
            kept = cut_feedback(lines)
            text = " ".join(kept)
            if not seen and is_badge(text.strip(), answer=True):
                badged = True  # "<span class=a>A</span><p>answer</p>"
            else:
                if not seen:
                    text, badged = unbadged(sibling, text, answer=True)
                parts.append(text)
            if len(kept) < len(lines):
                break  # the answer's "Was this helpful?" footer ends it
            seen += 1
        sibling = sibling.next
    return " ".join(parts), badged


def _is_boundary(node: LexborNode, anchor: LexborNode) -> bool:
    """A heading of the question's rank or above (or holding one), or a new list term."""
    if node.tag == "summary" or (node.tag == "dt" and anchor.tag == "dt"):
        return True
    rank = heading_level(anchor)
    if not rank and (inner := _first_of(anchor, _HEADING_TAGS)) is not None:
        rank = heading_level(inner)
    rank = rank or 6
    level = heading_level(node)
    if level:
        return level <= rank
    return node.css_first(_HEADINGS_UP_TO[rank]) is not None


class _Ids:
    """The page's elements by ``id`` (the first of each, as ``[id="…"]`` finds it), read
    on the first look-up: one walk of the tree serves every accordion panel on the page."""

    __slots__ = ("_found", "_tree")

    def __init__(self, tree: LexborHTMLParser) -> None:
        self._tree = tree
        self._found: dict[str, LexborNode] | None = None

    def get(self, ident: str) -> LexborNode | None:
        if self._found is None:
            self._found = {}
            for node in self._tree.css("[id]"):
                self._found.setdefault(node.attributes.get("id") or "", node)
        return self._found.get(ident)

"""Glossary terms from the visible page.

HTML layouts, in the order they are read (the first reading of a term wins):

1. ``<dl>`` of terms: every ``<dl>`` inside a glossary region, and elsewhere one that looks
   like a glossary (three or more short terms with sentence-long definitions, no key facts,
   dates or questions -- nutrition facts, specs, comments and course facts do not);
2. tables with a term column and a definition column, chosen by header words in many
   languages (Term/Begriff/Pojem/用語 … Definition/Bedeutung/Definice/説明 …) or, inside a
   glossary region or a table captioned with a letter, by shape
   (:mod:`prospectus.extract.patterns.glossary_tables`);
3. inside a glossary region (heading "Glossary", "Jargon buster", "Key terms", an A–Z run of
   letter headings, a glossary page title, or an id/class saying so): "Term — definition",
   "用語：definition" or "**Term**: definition" blocks (one per line where ``<br>`` separates
   several in one block), a name element beside its definition
   (``<li><a>Term</a><p>definition</p></li>``), outside side boxes (asides, sidebars,
   call-to-action and related-links boxes); a heading per term followed by its definition
   (prose, or in a glossary region a short list), there or in a run of definition-like
   heading/paragraph pairs (:mod:`prospectus.extract.patterns.glossary_headings`);
4. in a glossary region, an accordion: a toggle (``<button>``, ``<summary>``, a
   ``role=button`` title) names a term and the panel it opens defines it, gloss and all
   ("Muda" over "Japanese for waste: any activity …";
   :mod:`prospectus.extract.patterns.glossary_toggles`) -- the blocks of such an item are
   read no further;
5. anywhere: "Definition: X is …" fact sheets.

A "term" read from a line that opens another term's definition ("Japanese for waste: any
activity …" under a heading "Muda") is that definition's gloss, no term of its own.

Whatever the layout, a "term" that is a date, time, price, key-facts label, numbered step
("Lesson 2") or question, or whose "definition" opens with a date, time or price
("**Starts 5 October 2026** – blended …"), is no term.  An abbreviation marker leaves the
name ("PAYE (abbr.)" → "PAYE"), and a reference link's words leave the definition
("… (Wikipedia)").

``same_as`` holds links to reference sites (Wikipedia, Wikidata, …) found in the term or its
definition, made absolute against the page's base URL; ``wikidata_id`` comes from a Wikidata
link.  Text dumps are read by :mod:`prospectus.extract.patterns.glossary_text`.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.patterns.cues import (
    GLOSSARY,
    GLOSSARY_ATTR,
    GLOSSARY_HINTS,
    excluded,
    is_trivial,
    region_flags,
    side_box,
)
from prospectus.extract.patterns.glossary_blocks import block_entries, is_entry_label
from prospectus.extract.patterns.glossary_boxes import TITLES, titled_boxes
from prospectus.extract.patterns.glossary_headings import (
    Found,
    heading_terms,
    is_term_heading,
    link_line,
    other_name_line,
)
from prospectus.extract.patterns.glossary_names import name_words, strip_marker
from prospectus.extract.patterns.glossary_tables import table_entries
from prospectus.extract.patterns.glossary_text import (
    asks,
    fact_sheet_terms,
    is_cross_reference,
    is_fact_definition,
    is_fact_name,
    is_key_fact,
    is_other_names_label,
    is_step,
    term_from_line,
    terms_from_lines,
    word_count,
)
from prospectus.extract.patterns.glossary_toggles import TOGGLES, toggle_terms
from prospectus.extract.patterns.outline import Outline, heading_level
from prospectus.extract.patterns.rating import has_star_run, rating_in
from prospectus.extract.text import clean_text, join_url
from prospectus.extract.visible import Visible, node_lines
from prospectus.records import Term, fold

_REFERENCE_HOSTS = re.compile(
    r"(?:^|\.)(?:wikipedia\.org|wikidata\.org|dbpedia\.org|britannica\.com|merriam-webster\.com|"
    r"dictionary\.cambridge\.org|oxfordreference\.com|investopedia\.com|google\.com|"
    r"wiktionary\.org|iso\.org|schema\.org)$"
)
# "… (Wikipedia)", "… See Wikipedia", "… Més informació: Viquipèdia (en anglès)": a reference
# link's words end the definition, the label and the site's name in the page's language.
_REFERENCE_TAIL = re.compile(
    r"\s*[-–—·|]?\s*[(\[]?(?:(?:see|source|more|read more|learn more|more info(?:rmation)?|"
    r"més informació|más información|más info|en savoir plus|plus d'informations?|mehr dazu|"
    r"mehr erfahren|weitere informationen|saiba mais|leia mais|meer informatie|lees meer|"
    r"per saperne di più|maggiori informazioni|vegeu|vegeu també|véase|voir|siehe|zie)"
    r"(?: on| at| a| en| na| auf| su| op)?\s*:?\s*)?"
    r"(?:wikipedia|wikipédia|viquipèdia|wikipedie|vikipedi[a-z]*|википедия|вікіпедія|wikidata|"
    r"wiktionary|britannica|investopedia)(?:\s*\((?:in|en|em|auf|in het|na)\s+\w+\))?"
    r"(?:\s*\W?\s*(?:wikipedia|wikidata))*[)\]]?\.?$",
    re.I,
)
_WIKIDATA = re.compile(r"wikidata\.org/(?:wiki|entity)/(Q\d+)")
_KEY_FACT_TERM = re.compile(
    r"^(?:price|cost|fees?|duration|dates?|times?|location|venue|level|format|delivery|mode|"
    r"language|exam|certificate|accreditation|prerequisites?|who should attend|group size|"
    r"materials|calories|fat|protein|sodium|carbohydrates?|sugars?|weight|size|colou?r|"
    r"material|brand|model|sku|posted|joined|location|beiträge|mitglied)\b",
    re.I,
)
_DATE_LIKE = re.compile(  # a clock time, not a ratio ("60:40 portfolio")
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?<!\d:)\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:19|20)\d{2}\b"
)
_LETTER_LINES = re.compile(r"^[A-ZÄÖÜ]$", re.M)
_BR = re.compile(r"<br\b[^>]*>", re.I)

_Found = Found
_NESTED = "p, div, li, ul, ol, dl, table, h2, h3, h4"
_BLOCKS = frozenset({"p", "li", "ul", "ol", "dl", "table", "h2", "h3", "h4"})
_HEADINGS = "h1, h2, h3, h4, h5, h6"
_NAME_TAGS = frozenset({"a", "strong", "b", "dfn", "em", "span", "code", "abbr"})
_DEFINITION_TAGS = frozenset({"p", "div", "span"})
_MAX_NAME_WORDS = 6
_MIN_DEFINITION_WORDS = 4
_MIN_RUN = 3
_END = 40  # characters that end a definition, to find the longer ones ending alike
_LIST_TAGS = frozenset({"dl", "table"})
_REGION_BLOCKS = frozenset({"p", "li", "div"})
_SCANNED = f"dl, table, {TOGGLES}, {TITLES}"  # lists, accordion toggles and box titles


def find_terms(view: Visible, outline: Outline | None = None) -> list[Term]:
    """Glossary terms shown on the page (``html`` records from a tree, ``text`` from a dump).

    ``outline`` is the tree's :class:`Outline` where the caller has one already.
    """
    if view.tree is None:
        lines = view.text.splitlines()
        pairs: list[tuple[str, str, tuple[str, ...]]] = [
            (name, definition, ())
            for name, definition in terms_from_lines(lines) + fact_sheet_terms(view.text)
            if not is_entry_label(name, definition)
        ] + block_entries(lines)
        found: list[_Found] = [
            (n, name, definition, links) for n, (name, definition, links) in enumerate(pairs)
        ]
        return _records(view, found, "text")
    return _records(view, _tree_terms(view.tree, view.text, outline), "html")


def _records(view: Visible, found: list[_Found], source: str) -> list[Term]:
    out: dict[str, Term] = {}
    endings = _endings(found)
    for _, raw, text, links in sorted(found, key=lambda f: f[0]):
        name = strip_marker(raw)
        definition = _without_reference(text) if text and links else text
        key = fold(name)
        if not key or key in out or not _term_like(name, definition):
            continue
        if text and _gloss(key, text, endings):
            continue  # the opening gloss of another term's definition
        same_as = _same_as(links, view.base_url)
        wikidata = next((m.group(1) for u in same_as if (m := _WIKIDATA.search(u))), None)
        provenance = (
            (("name", source), ("definition", source)) if definition else (("name", source),)
        )
        out[key] = Term(
            page=view.page,
            source=source,
            provenance=provenance,
            name=name,
            definition=definition,
            same_as=same_as,
            wikidata_id=wikidata,
        )
    return list(out.values())


def _endings(found: list[_Found]) -> dict[str, list[str]]:
    """The definitions found, by their last characters."""
    endings: dict[str, list[str]] = {}
    for _, _, text, _ in found:
        if text:
            endings.setdefault(text[-_END:], []).append(text)
    return endings


def _gloss(key: str, text: str, endings: dict[str, list[str]]) -> bool:
    """True for a "term" (folded ``key``, definition ``text``) that is the opening gloss or
    expansion of another term's definition ("Japanese for waste: any activity …" under
    "Muda"): a line of that definition read on its own as "Term: definition"."""
    for other in endings.get(text[-_END:], ()):
        if len(other) > len(text) and other.endswith(text):
            pair = term_from_line(other)
            if pair is not None and fold(pair[0]) == key:
                return True
    return False


def _without_reference(definition: str) -> str | None:
    """``definition`` without the words of a reference link that ends it ("… (Wikipedia).")."""
    match = _REFERENCE_TAIL.search(definition)
    if match is None:
        return definition
    kept = definition[: match.start()].rstrip()
    if match.group().endswith(".") and not kept.endswith((".", "!", "?")):
        kept += "."
    return kept or None


def _term_like(name: str, definition: str | None) -> bool:
    """Not a question, nor a date, price or schedule line posing as a term, nor a "See
    also" label, nor a heading over reviews (a "definition" showing a review's row of
    stars is testimonials, whatever the heading says)."""
    return (
        not asks(name)
        and not is_fact_name(name)
        and not is_cross_reference(name)
        and not is_other_names_label(name)
        and not (definition and is_fact_definition(definition))
        and not (definition and _score_line(definition))
        and not (definition and has_star_run(definition))
    )


_SCORE_WORDS = 8


def _score_line(definition: str) -> bool:
    """True for a "definition" that is a short review score with its count ("4.9 based on
    287 reviews" beside a reviews widget's "Google"): a business's rating, not prose."""
    return len(definition.split()) <= _SCORE_WORDS and rating_in(definition) is not None


def _tree_terms(tree: LexborHTMLParser, text: str, outline: Outline | None) -> list[_Found]:
    scanned = _unique(tree.css(_SCANNED))  # one walk over the tree for several readers
    lists = [node for node in scanned if node.tag in _LIST_TAGS]
    if not lists and not _glossary_cue(tree, text, outline):
        return [
            (n, name, definition, ()) for n, (name, definition) in enumerate(fact_sheet_terms(text))
        ]
    outline = outline or Outline(tree)
    toggled, panels = toggle_terms(tree, scanned, outline)
    found = [
        *_dl_terms([node for node in lists if node.tag == "dl"], outline),
        *_table_terms([node for node in lists if node.tag == "table"], outline),
        *toggled,
        *_region_terms(outline, panels),
        *_box_terms(scanned, outline),
        *_callout_terms(scanned, text, outline),
        *heading_terms(outline),
    ]
    end = len(outline.order)
    found.extend(
        (end + n, name, definition, ())
        for n, (name, definition) in enumerate(fact_sheet_terms(text))
    )
    return found


def _unique(nodes: list[LexborNode]) -> list[LexborNode]:
    """``nodes`` without repeats (a node matching two selectors of a list comes twice)."""
    unique: dict[int, LexborNode] = {}
    for node in nodes:
        unique.setdefault(node.mem_id, node)
    return list(unique.values())


def _glossary_cue(tree: LexborHTMLParser, text: str, outline: Outline | None) -> bool:
    """True where a reader other than fact sheets might find terms in a page without lists or
    tables: glossary words, a glossary id/class, an A–Z run of letters or a few subheadings
    (counted in the ``outline``'s headings where there is one)."""
    low = text.lower()
    return (
        any(h in low for h in GLOSSARY_HINTS)
        or tree.css_first(GLOSSARY_ATTR) is not None
        or len(_LETTER_LINES.findall(text)) >= 3
        or (
            sum(level >= 2 for level, _ in outline.headings)
            if outline is not None
            else len(tree.css("h2, h3, h4, h5, h6"))
        )
        >= _MIN_RUN
    )


def _links(*nodes: LexborNode) -> tuple[str, ...]:
    return tuple(link.attrs.get("href") or "" for node in nodes for link in node.css("a[href]"))


def _same_as(hrefs: tuple[str, ...], base_url: str | None) -> tuple[str, ...]:
    out: list[str] = []
    for href in hrefs:
        url = join_url(base_url, href.strip()) if base_url else href.strip()
        try:
            parts = urlsplit(url)
            host = parts.hostname or ""
        except ValueError:  # "http://[x": no URL to keep
            continue
        if parts.scheme in ("http", "https") and _REFERENCE_HOSTS.search(host) and url not in out:
            out.append(url)
    return tuple(out)


def _text(node: LexborNode) -> str:
    return clean_text(" ".join(node_lines(node).splitlines()))


def _term_name(raw: str) -> str:
    return clean_text(raw).rstrip(":–—- ").strip()


def _dl_terms(dls: list[LexborNode], outline: Outline) -> list[_Found]:
    found: list[_Found] = []
    for dl in dls:
        if excluded(dl):
            continue
        items = _dl_items(dl)
        if not items or sum(asks(name) for name, *_ in items) * 2 >= len(items):
            continue  # an FAQ list
        # The names decide most lists (a course's key facts: "Duration", "Price"): their
        # definitions, the costly part to read, are read only where the names allow.
        region = bool(outline.flags(dl) & GLOSSARY)
        if not (region or _names_like_glossary([name for name, *_ in items])):
            continue
        entries = _dl_entries(items, dl.css_first("a[href]") is not None)
        if not (region or _definitions_like_glossary([definition for _, definition, _ in entries])):
            continue
        base = outline.position(dl)
        found.extend(
            (base + n, name, definition or None, links)
            for n, (name, definition, links) in enumerate(entries)
        )
    return found


def _dl_items(dl: LexborNode) -> list[tuple[str, LexborNode, list[LexborNode]]]:
    """(term, its ``<dt>``, its ``<dd>`` elements) of each named ``<dt>``, in the order of
    their entries."""
    items: list[tuple[str, LexborNode, list[LexborNode]]] = []
    term: LexborNode | None = None
    defs: list[LexborNode] = []
    for child in [*dl.iter(include_text=False), None]:
        if child is not None and child.tag == "div":  # <div><dt/><dd/></div> groups
            items.extend(_dl_items(child))
            continue
        if child is None or child.tag == "dt":
            if term is not None:
                items.append((_term_name(term.text(deep=True) or ""), term, defs))
            term, defs = child, []
        elif child.tag == "dd" and term is not None:
            defs.append(child)
    return [item for item in items if item[0]]


def _dl_entries(
    items: list[tuple[str, LexborNode, list[LexborNode]]], linked: bool
) -> list[tuple[str, str, tuple[str, ...]]]:
    """(term, definition, links) of each of :func:`_dl_items`; ``linked`` False where the
    list holds no links, to look for none."""
    return [
        (
            name,
            " ".join(_text(d) for d in defs).strip(),
            _links(term, *defs) if linked else (),
        )
        for name, term, defs in items
    ]


def _names_like_glossary(names: list[str]) -> bool:
    """The names of a glossary's list: three or more, short, no dates, no key facts."""
    if len(names) < 3:
        return False
    if any(len(n.split()) > 8 or _DATE_LIKE.search(n) for n in names):
        return False
    return sum(bool(_KEY_FACT_TERM.match(n)) for n in names) < 2


def _definitions_like_glossary(defs: list[str]) -> bool:
    """The definitions of a glossary's list: most of them sentences, none a date."""
    long_defs = sum(word_count(d) >= 5 and not _DATE_LIKE.search(d[:40]) for d in defs)
    return long_defs * 4 >= len(defs) * 3


def _table_terms(tables: list[LexborNode], outline: Outline) -> list[_Found]:
    """Terms of glossary tables, with the reference links of each term's whole row: a table
    often gives them a column of their own ("Sources", "Learn more") beside the definitions."""
    found: list[_Found] = []
    for table in tables:
        if excluded(table):
            continue
        base = outline.position(table)
        for n, (term, definition) in enumerate(
            table_entries(table, bool(outline.flags(table) & GLOSSARY))
        ):
            name = _term_name(term.text(deep=True) or "")
            if name:
                row = term.parent if term.parent is not None and term.parent.tag == "tr" else term
                found.append((base + n, name, _text(definition) or None, _links(row)))
    return found


def _region_terms(outline: Outline, panels: list[tuple[int, int]]) -> list[_Found]:
    """Terms of the blocks in glossary regions, outside the accordion ``panels`` (spans of
    document positions) that toggles have read already."""
    found: list[_Found] = []
    outside: dict[int, bool] = {}
    beside: dict[int, bool] = {}
    for first, last in outline.regions(GLOSSARY):
        for position in range(first, last + 1):
            node = outline.nodes[position]
            if node.tag not in _REGION_BLOCKS:
                continue
            if panels and _within_panel(position, panels):
                continue
            if side_box(node, beside):
                continue
            entries = _node_terms(node, outside)
            if entries and _names_heading_otherwise(node):
                continue
            found.extend((position, *entry) for entry in entries)
    return found


def _names_heading_otherwise(node: LexborNode) -> bool:
    """True for a block right under a term's heading that names the term otherwise
    ("<h3>Kraal</h3><p><em>Also: boma</em></p>", "Abbr.: LU"): the entry's note, which
    reads as "Label: value" but is no term of its own (the heading reader leaves it out
    of the definition too)."""
    before = node.prev
    while before is not None and not before.is_element_node:
        if before.tag == "-text" and (before.text(deep=False) or "").strip():
            return False
        before = before.prev
    if before is None or not heading_level(before):
        return False
    return is_term_heading(clean_text(before.text(deep=True) or "")) and other_name_line(
        node, _text(node)
    )


def _box_terms(marked: list[LexborNode], outline: Outline) -> list[_Found]:
    """Terms of the boxes titled as glossaries (:mod:`~.glossary_boxes`), side boxes or not."""
    found: list[_Found] = []
    outside: dict[int, bool] = {}
    for box in titled_boxes(marked):
        for node in box.css("p, li, div"):
            found.extend((outline.position(node), *entry) for entry in _node_terms(node, outside))
    return found


def _node_terms(node: LexborNode, outside: dict[int, bool]) -> list[_Entry]:
    """The terms one block of a glossary holds: a name element beside its definition, or
    "Term — definition" lines.  ``outside``: the memo of :func:`excluded` for the tree."""
    nested = node.tag != "p" and node.css_first(_NESTED) is not None
    if nested and node.tag == "div" and node.css_first("p, div") is None:
        return []
    if node.parent is None or node.parent.tag in ("dl", "dt", "dd") or excluded(node, outside):
        return []
    named = _named_block(node) if node.tag != "p" else None
    if named is not None:
        return [named]
    if node.tag != "div" or not nested:
        return _block_terms(node)
    return []


def _within_panel(position: int, panels: list[tuple[int, int]]) -> bool:
    return any(first <= position <= last for first, last in panels)


def _named_block(node: LexborNode) -> _Entry | None:
    """A name element beside its definition elements: ``<li><a>Term</a><p>definition</p></li>``,
    ``<div><strong>Term</strong><div>definition</div></div>``,
    ``<li><span>Term</span><span>definition</span></li>``, a card's header over its body
    ``<div><div class=card-header>Term</div><div class=card-body>…</div></div>``."""
    children = [child for child in node.iter(include_text=True) if not is_trivial(child)]
    if len(children) < 2 or not (children[0].tag in _NAME_TAGS or _name_box(children[0])):
        return None
    if any(child.tag not in _DEFINITION_TAGS for child in children[1:]):
        return None
    if any(child.css_first(_HEADINGS) is not None for child in children[1:]):
        return None  # a titled box of sections (a docs page's "Upcoming courses" callout)
    name = _term_name(children[0].text(deep=True) or "")
    texts = [_text(child) for child in children[1:]]
    while len(texts) > 1 and link_line(children[len(texts)], texts[-1]):
        texts.pop()  # a card's footer of links ("Wikipedia · Wikidata", "Read more")
    definition = " ".join(texts).lstrip(" :：–—-")
    if not name or name_words(name) > _MAX_NAME_WORDS or is_key_fact(name) or is_step(name):
        return None
    if word_count(definition) < _MIN_DEFINITION_WORDS:
        return None
    return name, definition, _links(node)


def _name_box(node: LexborNode) -> bool:
    """A ``<div>`` holding a name alone: a few words, no blocks (a card's header)."""
    if node.tag != "div" or not 1 <= len((node.text(deep=True) or "").split()) <= _MAX_NAME_WORDS:
        return False
    return not any(inner.tag in _BLOCKS for inner in node.traverse(include_text=False))


_Entry = tuple[str, str, tuple[str, ...]]  # name, definition, links


# The title line of a callout box ("Comment: Definitions 1", a <details>' summary), by
# the class names site generators and documentation themes give it (the page's one query,
# _SCANNED, holds these elements: TOGGLES has summary, TITLES these classes).
_BOX_TITLE_CLASSES = (
    "box-title",
    "callout-title",
    "admonition-title",
    "panel-title",
    "alert-heading",
)
# Words a definitions box's title has ("Definitions", "Key terms", "Glossary", "Jargon"):
# substring tests of the page's text, so that pages without them never query the tree.
_BOX_HINTS = ("efinition", "lossar", "argon", "egriff", "erms", "EFINITION", "LOSSAR", "ERMS")


def _callout_terms(scanned: list[LexborNode], text: str, outline: Outline) -> list[_Found]:
    """Terms of a callout box titled as definitions ("Comment: Definitions", "Key terms"):
    a list of bold term + definition items, or bold-only paragraphs each followed by their
    definition.  The box's title is a line of its own, not a heading, so no heading region
    covers the box."""
    if not any(hint in text for hint in _BOX_HINTS):
        return []
    found: list[_Found] = []
    seen: set[int] = set()
    for title in scanned:
        if title.tag != "summary" and not _box_title_class(title.attrs.get("class") or ""):
            continue
        box = title.parent
        if (
            box is None
            or box.mem_id in seen
            or not region_flags(clean_text(title.text(deep=True) or "")) & GLOSSARY
            or any(n.mem_id != title.mem_id for n in title.css("p, li, dl, table"))
            or excluded(box)
        ):
            continue
        seen.add(box.mem_id)
        items = [li for li in box.css("li") if len(li.css("li")) == 1]  # css() holds li itself
        blocks = items or [c for c in box.iter(include_text=False) if c is not title]
        entries = _item_terms(items) if items else _paragraph_terms(blocks)
        found.extend((outline.position(node), *entry) for node, entry in entries)
    return found


def _box_title_class(classes: str) -> bool:
    return any(name in classes for name in _BOX_TITLE_CLASSES)


def _item_terms(items: list[LexborNode]) -> list[tuple[LexborNode, _Entry]]:
    """A list's items that each name a term in bold and define it after the name."""
    out: list[tuple[LexborNode, _Entry]] = []
    for item in items:
        children = [c for c in item.iter(include_text=False) if not is_trivial(c)]
        if len(children) >= 2 and children[0].tag == "p" and _bold_only(children[0]):
            entry = _bold_then(children[0], children[1:])
        else:
            entry = _block_term(item)
        if entry is not None:
            out.append((item, entry))
    return out


def _paragraph_terms(blocks: list[LexborNode]) -> list[tuple[LexborNode, _Entry]]:
    """Bold-only paragraphs, each followed by the paragraphs that define it."""
    out: list[tuple[LexborNode, _Entry]] = []
    for index, block in enumerate(blocks):
        if block.tag != "p" or not _bold_only(block):
            continue
        definition: list[LexborNode] = []
        for after in blocks[index + 1 :]:
            if after.tag != "p" or _bold_only(after):
                break
            definition.append(after)
        if (entry := _bold_then(block, definition)) is not None:
            out.append((block, entry))
    return out


def _bold_then(name_node: LexborNode, definition: list[LexborNode]) -> _Entry | None:
    name = _term_name(_text(name_node))
    body = " ".join(_text(node) for node in definition).strip()
    if not name or len(name.split()) > _MAX_NAME_WORDS or is_key_fact(name) or is_step(name):
        return None
    if word_count(body) < _MIN_DEFINITION_WORDS:
        return None
    return name, body, _links(name_node, *definition)


def _block_terms(node: LexborNode) -> list[_Entry]:
    """Terms of one block: one, or one per line where ``<br>`` separates several."""
    if node.css_first("br") is not None:
        parts = _br_parts(node)
        entries = _line_terms([_block_term(part) for part in parts], parts)
        if len(entries) >= 2:
            return entries
    entry = _block_term(node)
    return [entry] if entry is not None else []


def _br_parts(node: LexborNode) -> list[LexborNode]:
    """The stretches of ``node`` between its ``<br>`` tags, each parsed on its own."""
    parts = []
    for chunk in _BR.split(node.html or ""):
        body = LexborHTMLParser(f"<div>{chunk}</div>").css_first("div")
        if body is not None and _text(body):
            parts.append(body)
    return parts


def _line_terms(entries: list[_Entry | None], parts: list[LexborNode]) -> list[_Entry]:
    """Line readings put together: a bold-only line names the definition on the next line,
    and a line that is no term continues the definition before it."""
    out: list[_Entry] = []
    pending: str | None = None
    for entry, part in zip(entries, parts, strict=True):
        text = _text(part)
        if entry is not None:
            out.append(entry)
            pending = None
        elif _bold_only(part) and len(text.split()) <= 6:
            pending = _term_name(text)
        elif pending is not None:
            out.append((pending, text, _links(part)))
            pending = None
        elif out:
            name, definition, links = out[-1]
            out[-1] = (name, f"{definition} {text}", links + _links(part))
    return out


def _split_in_link(node: LexborNode, name: str, definition: str) -> bool:
    """True where one link's words run from the ``name`` on into the ``definition``
    ("<a>Rope access at height: a checklist</a> — 3 May"): the colon or dash is inside a
    link's title (a post's or page's "Title: subtitle"), which no glossary splits into a
    term and its definition."""
    for link in node.css("a"):
        words = _text(link)
        if len(words) > len(name) and words.startswith(name):
            rest = words[len(name) :].lstrip(" :：–—-")
            if rest and definition.startswith(rest):
                return True
    return False


def _bold_only(node: LexborNode) -> bool:
    first = node.css_first("strong, b, dfn")
    return first is not None and clean_text(first.text(deep=True)) == _text(node)


def _block_term(node: LexborNode) -> _Entry | None:
    text = _text(node)
    pair = term_from_line(text)
    if pair is not None and _split_in_link(node, pair[0], pair[1]):
        return None
    if pair is None:
        first = node.css_first("strong, b, dfn")
        bold = clean_text(first.text(deep=True)) if first is not None else ""
        rest = text[len(bold) :].lstrip(" :：–—-") if bold and text.startswith(bold) else ""
        if (
            not bold
            or len(bold.split()) > _MAX_NAME_WORDS
            or word_count(rest) < _MIN_DEFINITION_WORDS
            or is_key_fact(bold)
            or is_step(bold)
        ):
            return None
        pair = (_term_name(bold), rest)
    return pair[0], pair[1], _links(node)

"""Glossary terms from the visible page.

HTML layouts, in the order they are read (the first reading of a term wins):

1. ``<dl>`` of terms: every ``<dl>`` inside a glossary region, and elsewhere one that looks
   like a glossary (three or more short terms with sentence-long definitions, no key facts,
   dates or questions -- nutrition facts, specs, comments and course facts do not);
2. tables with a term column and a definition column, chosen by header words
   (Term/Begriff … Definition/Meaning/Bedeutung …) or, inside a glossary region, by shape;
3. inside a glossary region (heading "Glossary", "Jargon buster", "Key terms", an A–Z run of
   letter headings, a glossary page title, or an id/class saying so): "Term — definition" or
   "**Term**: definition" blocks (one per line where ``<br>`` separates several in one block),
   outside side boxes (asides, sidebars, call-to-action and related-links boxes);
   a heading per term followed by its definition, there or in a run of definition-like
   heading/paragraph pairs (:mod:`prospectus.extract.patterns.glossary_headings`);
4. anywhere: "Definition: X is …" fact sheets.

Whatever the layout, a "term" that is a date, time, price or key-facts label, or whose
"definition" opens with one ("**Starts 5 October 2026** – blended …"), is a schedule line
and no term.

``same_as`` holds links to reference sites (Wikipedia, Wikidata, …) found in the term or its
definition, made absolute against the page's base URL; ``wikidata_id`` comes from a Wikidata
link.  Text dumps are read by :mod:`prospectus.extract.patterns.glossary_text`.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.patterns.cues import (
    GLOSSARY,
    GLOSSARY_ATTR,
    GLOSSARY_HINTS,
    Outline,
    excluded,
    question_text,
    side_box,
)
from prospectus.extract.patterns.glossary_headings import Found, heading_terms
from prospectus.extract.patterns.glossary_text import (
    fact_sheet_terms,
    is_fact_definition,
    is_fact_name,
    is_key_fact,
    term_from_line,
    terms_from_lines,
)
from prospectus.extract.text import clean_text
from prospectus.extract.visible import Visible, node_lines
from prospectus.records import Term, fold

_REFERENCE_HOSTS = re.compile(
    r"(?:^|\.)(?:wikipedia\.org|wikidata\.org|dbpedia\.org|britannica\.com|merriam-webster\.com|"
    r"dictionary\.cambridge\.org|oxfordreference\.com|investopedia\.com|google\.com|"
    r"wiktionary\.org|iso\.org|schema\.org)$"
)
_WIKIDATA = re.compile(r"wikidata\.org/(?:wiki|entity)/(Q\d+)")
_TERM_HEADER = re.compile(
    r"\b(?:terms?|begriff\w*|word|name|acronyms?|abbreviations?|abkürzung\w*|fachbegriff\w*|"
    r"stichwort\w*|terme|término|concept|keyword)\b",
    re.I,
)
_DEF_HEADER = re.compile(
    r"\b(?:definitions?|meaning|means|bedeutung|erklärung|erläuterung|description|beschreibung|"
    r"explanation|what it means|signification|definición|definizione)\b",
    re.I,
)
_KEY_FACT_TERM = re.compile(
    r"^(?:price|cost|fees?|duration|dates?|times?|location|venue|level|format|delivery|mode|"
    r"language|exam|certificate|accreditation|prerequisites?|who should attend|group size|"
    r"materials|calories|fat|protein|sodium|carbohydrates?|sugars?|weight|size|colou?r|"
    r"material|brand|model|sku|posted|joined|location|beiträge|mitglied)\b",
    re.I,
)
_DATE_LIKE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b")
_LETTER_LINES = re.compile(r"^[A-ZÄÖÜ]$", re.M)
_BR = re.compile(r"<br\b[^>]*>", re.I)

_Found = Found
_MIN_RUN = 3


def find_terms(view: Visible, outline: Outline | None = None) -> list[Term]:
    """Glossary terms shown on the page (``html`` records from a tree, ``text`` from a dump).

    ``outline`` is the tree's :class:`Outline` where the caller has one already.
    """
    if view.tree is None:
        pairs = terms_from_lines(view.text.splitlines()) + fact_sheet_terms(view.text)
        found: list[_Found] = [
            (n, name, definition, ()) for n, (name, definition) in enumerate(pairs)
        ]
        return _records(view, found, "text")
    return _records(view, _tree_terms(view.tree, view.text, outline), "html")


def _records(view: Visible, found: list[_Found], source: str) -> list[Term]:
    out: dict[str, Term] = {}
    for _, name, definition, links in sorted(found, key=lambda f: f[0]):
        key = fold(name)
        if not key or key in out or not _term_like(name, definition):
            continue
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


def _term_like(name: str, definition: str | None) -> bool:
    """Not a question, nor a date, price or schedule line posing as a term."""
    return (
        question_text(name) is None
        and not is_fact_name(name)
        and not (definition and is_fact_definition(definition))
    )


def _tree_terms(tree: LexborHTMLParser, text: str, outline: Outline | None) -> list[_Found]:
    lists = tree.css("dl, table")
    if not lists and not _glossary_cue(tree, text):
        return [
            (n, name, definition, ()) for n, (name, definition) in enumerate(fact_sheet_terms(text))
        ]
    outline = outline or Outline(tree)
    found = [
        *_dl_terms([node for node in lists if node.tag == "dl"], outline),
        *_table_terms([node for node in lists if node.tag == "table"], outline),
        *_region_terms(tree, outline),
        *heading_terms(tree, outline),
    ]
    end = len(outline.order)
    found.extend(
        (end + n, name, definition, ())
        for n, (name, definition) in enumerate(fact_sheet_terms(text))
    )
    return found


def _glossary_cue(tree: LexborHTMLParser, text: str) -> bool:
    """True where a reader other than fact sheets might find terms in a page without lists or
    tables: glossary words, a glossary id/class, an A–Z run of letters or a few subheadings."""
    low = text.lower()
    return (
        any(h in low for h in GLOSSARY_HINTS)
        or tree.css_first(GLOSSARY_ATTR) is not None
        or len(_LETTER_LINES.findall(text)) >= 3
        or len(tree.css("h2, h3, h4, h5, h6")) >= _MIN_RUN
    )


def _links(*nodes: LexborNode) -> tuple[str, ...]:
    return tuple(link.attrs.get("href") or "" for node in nodes for link in node.css("a[href]"))


def _same_as(hrefs: tuple[str, ...], base_url: str | None) -> tuple[str, ...]:
    out: list[str] = []
    for href in hrefs:
        url = urljoin(base_url, href.strip()) if base_url else href.strip()
        parts = urlsplit(url)
        if (
            parts.scheme in ("http", "https")
            and _REFERENCE_HOSTS.search(parts.hostname or "")
            and url not in out
        ):
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
        entries = _dl_entries(dl, dl.css_first("a[href]") is not None)
        if not entries or sum(question_text(name) is not None for name, *_ in entries) * 2 >= len(
            entries
        ):
            continue  # an FAQ list
        if not (outline.flags(dl) & GLOSSARY or _looks_like_glossary(entries)):
            continue
        base = outline.position(dl)
        found.extend(
            (base + n, name, definition or None, links)
            for n, (name, definition, links) in enumerate(entries)
        )
    return found


def _dl_entries(dl: LexborNode, linked: bool) -> list[tuple[str, str, tuple[str, ...]]]:
    """(term, definition, links) of each ``<dt>``; ``linked`` False where the list holds no
    links, to look for none."""
    entries: list[tuple[str, str, tuple[str, ...]]] = []
    term: LexborNode | None = None
    defs: list[LexborNode] = []
    for child in [*dl.iter(include_text=False), None]:
        if child is not None and child.tag == "div":  # <div><dt/><dd/></div> groups
            entries.extend(_dl_entries(child, linked))
            continue
        if child is None or child.tag == "dt":
            if term is not None:
                definition = " ".join(_text(d) for d in defs).strip()
                links = _links(term, *defs) if linked else ()
                entries.append((_term_name(term.text(deep=True) or ""), definition, links))
            term, defs = child, []
        elif child.tag == "dd" and term is not None:
            defs.append(child)
    return [e for e in entries if e[0]]


def _looks_like_glossary(entries: list[tuple[str, str, tuple[str, ...]]]) -> bool:
    if len(entries) < 3:
        return False
    names = [name for name, *_ in entries]
    defs = [definition for _, definition, _ in entries]
    if any(len(n.split()) > 8 or _DATE_LIKE.search(n) for n in names):
        return False
    if sum(bool(_KEY_FACT_TERM.match(n)) for n in names) >= 2:
        return False
    long_defs = sum(len(d.split()) >= 5 and not _DATE_LIKE.search(d[:40]) for d in defs)
    return long_defs * 4 >= len(defs) * 3


def _table_terms(tables: list[LexborNode], outline: Outline) -> list[_Found]:
    found: list[_Found] = []
    for table in tables:
        if excluded(table):
            continue
        rows = _two_or_three_columns(table)
        if len(rows) < 3:
            continue
        columns = _term_columns(rows, bool(outline.flags(table) & GLOSSARY))
        if columns is None:
            continue
        term_col, def_col, body = columns
        base = outline.position(table)
        for n, cells in enumerate(body):
            if len(cells) <= max(term_col, def_col):
                continue
            name = _term_name(cells[term_col].text(deep=True) or "")
            if name and len(name.split()) <= 10:
                found.append(
                    (
                        base + n,
                        name,
                        _text(cells[def_col]) or None,
                        _links(cells[term_col], cells[def_col]),
                    )
                )
    return found


def _two_or_three_columns(table: LexborNode) -> list[list[LexborNode]]:
    """The cells of the table's rows (empty rows left out); none where a row has fewer than
    two cells or more than three (read no further than that row)."""
    rows = []
    for row in table.css("tr"):
        cells = row.css("th, td")
        if cells and not 2 <= len(cells) <= 3:
            return []
        if cells:
            rows.append(cells)
    return rows


def _term_columns(
    rows: list[list[LexborNode]], region: bool
) -> tuple[int, int, list[list[LexborNode]]] | None:
    """(term column, definition column, body rows) by header words, or by shape in a region."""
    header = [clean_text(cell.text(deep=True)) for cell in rows[0]]
    terms = [i for i, h in enumerate(header) if _TERM_HEADER.search(h) and len(h) < 40]
    defs = [i for i, h in enumerate(header) if _DEF_HEADER.search(h) and len(h) < 40]
    if terms and defs and terms[0] != defs[0]:
        return terms[0], defs[0], rows[1:]
    if not region:
        return None
    body = rows[1:] if all(cell.tag == "th" for cell in rows[0]) else rows
    width = min(len(cells) for cells in body)
    lengths = [
        sum(len(clean_text(c[i].text(deep=True)).split()) for c in body) for i in range(width)
    ]
    def_col = max(range(width), key=lengths.__getitem__)
    if def_col == 0 or lengths[0] * 2 > lengths[def_col]:
        return None
    return 0, def_col, body


def _region_terms(tree: LexborHTMLParser, outline: Outline) -> list[_Found]:
    found: list[_Found] = []
    if not outline.has(GLOSSARY):
        return found
    for node in tree.css("p, li, div"):
        if not outline.flags(node) & GLOSSARY:
            continue
        if node.tag == "div" and node.css_first("p, div, li, ul, ol, dl, table, h2, h3, h4"):
            continue
        if excluded(node) or node.parent is None or node.parent.tag in ("dl", "dt", "dd"):
            continue
        if side_box(node):
            continue
        position = outline.position(node)
        found.extend((position, *entry) for entry in _block_terms(node))
    return found


_Entry = tuple[str, str, tuple[str, ...]]  # name, definition, links


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


def _bold_only(node: LexborNode) -> bool:
    first = node.css_first("strong, b, dfn")
    return first is not None and clean_text(first.text(deep=True)) == _text(node)


def _block_term(node: LexborNode) -> _Entry | None:
    text = _text(node)
    pair = term_from_line(text)
    if pair is None:
        first = node.css_first("strong, b, dfn")
        bold = clean_text(first.text(deep=True)) if first is not None else ""
        rest = text[len(bold) :].lstrip(" :–—-") if bold and text.startswith(bold) else ""
        if not bold or len(bold.split()) > 6 or len(rest.split()) < 4 or is_key_fact(bold):
            return None
        pair = (_term_name(bold), rest)
    return pair[0], pair[1], _links(node)

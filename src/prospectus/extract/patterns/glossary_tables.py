"""Glossary tables: a term column and a definition column.

A table is read as a glossary where

- its header row names a term column and a definition column, in any of the languages
  glossary pages are written in ("Term | Definition", "Begriff | Bedeutung", "Pojem | Zkratka
  | Definice", "Termo | Definição", "用語 | 説明"); other columns (an abbreviation, a
  category, an English translation) are neither name nor definition;
- it stands in a glossary region (see :mod:`prospectus.extract.patterns.cues`) or has a
  letter for a caption (one table per letter of an A–Z), and its shape says which column
  holds the definitions: the one with the most words, the first column holding the names.

In a glossary region or a lettered table one row is enough (an A–Z often has a table per
letter, ``<caption>E</caption>`` over one ``<th scope="row">Term</th><td>…</td>`` row);
elsewhere a glossary table has a header and two rows at least.  The header words serve the
tab-separated tables of text dumps as well (:mod:`prospectus.extract.patterns.glossary_text`).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from prospectus.extract.patterns.cues import is_letter_heading
from prospectus.extract.patterns.glossary_text import header_columns, word_count
from prospectus.extract.text import clean_text

_MAX_NAME_WORDS = 10
_MIN_ROWS = 3  # a header and two rows, where nothing else says "glossary"
_MAX_COLUMNS = 4
_MAX_SHAPED = 3


def table_rows(table: LexborNode) -> list[list[LexborNode]]:
    """The cells of the table's rows (empty rows left out); none where a row has fewer than
    two cells or more than four (read no further than that row)."""
    rows = []
    for row in table.css("tr"):
        cells = row.css("th, td")
        if len(cells) == 1 and _spans_row(cells[0]):
            continue  # a letter's row across the table ("<th colspan=2 id=letter-D>D</th>")
        if cells and not 2 <= len(cells) <= _MAX_COLUMNS:
            return []
        if cells:
            rows.append(cells)
    return rows


def _spans_row(cell: LexborNode) -> bool:
    """A cell spanning two columns or more that holds a letter, as an A–Z's table opens each
    letter with ("D", "D ↑ back to top", "Č")."""
    span = (cell.attrs.get("colspan") or "").strip()
    if not span.isdigit() or int(span) < 2:
        return False
    words = clean_text(cell.text(deep=True)).split()
    first = words[0] if words else ""
    return is_letter_heading(first) or (len(first) == 1 and first.isupper())  # "Č", "Ž"


def lettered(table: LexborNode) -> bool:
    """True for a table captioned with a letter: one letter of an A–Z."""
    caption = table.css_first("caption")
    return caption is not None and is_letter_heading(clean_text(caption.text(deep=True)))


def term_columns(
    rows: list[list[LexborNode]], region: bool
) -> tuple[int, int, list[list[LexborNode]]] | None:
    """(term column, definition column, body rows) by header words, or by shape in a region."""
    header = [clean_text(cell.text(deep=True)) for cell in rows[0]]
    named = header_columns(header)
    if named is not None and len(rows) >= 2:
        return named[0], named[1], rows[1:]
    return _shaped_columns(rows) if region else None


def _shaped_columns(rows: list[list[LexborNode]]) -> tuple[int, int, list[list[LexborNode]]] | None:
    """(0, the column with the most words, body rows) where it has twice the first's words."""
    body = rows[1:] if len(rows) > 1 and all(cell.tag == "th" for cell in rows[0]) else rows
    width = min(len(cells) for cells in body)
    if width > _MAX_SHAPED:  # four columns need header words
        return None
    lengths = [
        sum(word_count(clean_text(c[i].text(deep=True))) for c in body) for i in range(width)
    ]
    def_col = max(range(width), key=lengths.__getitem__)
    if def_col == 0 or lengths[0] * 2 > lengths[def_col]:
        return None
    return 0, def_col, body


def table_entries(table: LexborNode, region: bool) -> list[tuple[LexborNode, LexborNode]]:
    """(name cell, definition cell) of each glossary row of ``table``; none for a table that
    is no glossary.  ``region``: the table stands in a glossary region."""
    rows = table_rows(table)
    if not rows:
        return []
    if len(rows) < _MIN_ROWS and not region:
        if not lettered(table):  # a small table outside a glossary, unless a letter's
            return []
        region = True
    columns = term_columns(rows, region)
    if columns is None and not region and lettered(table):
        columns = term_columns(rows, region=True)
    if columns is None:
        return []
    term_col, def_col, body = columns
    return [
        (cells[term_col], cells[def_col])
        for cells in body
        if len(cells) > max(term_col, def_col)
        and 0 < len(clean_text(cells[term_col].text(deep=True)).split()) <= _MAX_NAME_WORDS
    ]

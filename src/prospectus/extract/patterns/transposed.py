"""Transposed schedule tables: each COLUMN is a run, each row one of its fields.

Some sites turn the usual dates table on its side so that a few runs fit side by side::

            | Group 31          | Group 32          | Group 33
    Date    | 6 – 10 Dec 2026   | 10 – 14 Jan 2027  | 24 – 28 Jan 2027
    Venue   | Leeds             | York              | Online (Zoom)
    Fee     | £1,290            | £1,290            | £990

The rows' first cells name fields as a dates table's header does (Date, Venue, Fee,
Trainer, Status); the table is turned back here, before the page is read as lines, so
that the schedule readers see one row per run under a header naming the fields.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.dates import find_date_ranges
from prospectus.extract.patterns.schedule_words import cell_role

_CELLS = frozenset({"td", "th"})
_MIN_RUNS = 2  # runs side by side: one column alone is a labelled box, read as such
_MIN_FIELDS = 3  # field rows (a date's and two others) that make a schedule
_MAX_LABEL_WORDS = 6
_MAX_ROWS = 16
_MAX_COLUMNS = 12


def transpose_run_tables(tree: LexborHTMLParser) -> None:
    """Turn each table whose columns are runs (see the module's doc) into one whose rows
    are, in ``tree`` itself."""
    for table in tree.css("table"):
        rows = _rows(table)
        if not _MIN_FIELDS <= len(rows) <= _MAX_ROWS or not _fields_first(rows):
            continue  # most tables: a header of fields over rows of runs
        grid = _grid(rows, table)
        if grid is not None and _is_transposed(grid):
            if cell_role(_label(grid[0][0])) is None:
                grid = grid[1:]  # the runs' names ("Group 31"), no field of theirs
            table.replace_with(_turned(grid))


_SECTIONS = frozenset({"thead", "tbody", "tfoot"})


def _rows(table: LexborNode) -> list[LexborNode]:
    """The table's own rows (those of its head, body and foot), up to one past the most
    a transposed table has: walked, which is quicker than a selector."""
    rows: list[LexborNode] = []
    for child in table.iter():
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in _SECTIONS:
            rows.extend(row for row in child.iter() if row.tag == "tr")
        if len(rows) > _MAX_ROWS:
            break
    return rows


def _fields_first(rows: list[LexborNode]) -> bool:
    """A quick look: whether the rows' first cells name a date and two other fields (the
    second row's at least: the first may name the runs)."""
    roles = set()
    for index, row in enumerate(rows):
        cell = row.child
        while cell is not None and cell.tag not in _CELLS:
            cell = cell.next
        role = cell_role(_label(cell)) if cell is not None else None
        if role is None and index == 1:
            return False
        roles.add(role)
    roles.discard(None)
    return "date" in roles and len(roles) >= _MIN_FIELDS


def _grid(rows: list[LexborNode], table: LexborNode) -> list[list[LexborNode]] | None:
    """The table's cells row by row; None where it is no plain grid of a few rows
    (a spanned cell, a nested table, rows of unequal width)."""
    grid = []
    for row in rows:
        cells = [c for c in row.iter() if c.tag in _CELLS]
        if any((c.attributes.get("colspan") or "1").strip() != "1" for c in cells):
            return None
        grid.append(cells)
    width = len(grid[0])
    if not _MIN_RUNS + 1 <= width <= _MAX_COLUMNS or any(len(r) != width for r in grid):
        return None
    if table.css_first("table table") is not None:
        return None
    return grid


def _is_transposed(grid: list[list[LexborNode]]) -> bool:
    """Whether the first column names fields (a date's among them) and the date row holds
    a date under every run."""
    roles: dict[str, int] = {}
    for index, row in enumerate(grid):
        label = _label(row[0])
        if not label or len(label.split()) > _MAX_LABEL_WORDS or find_date_ranges(label):
            continue
        role = cell_role(label)
        if role is not None:
            roles.setdefault(role, index)
    if "date" not in roles or len(roles) < _MIN_FIELDS:
        return False
    dates = grid[roles["date"]][1:]
    return all(find_date_ranges(cell.text(separator=" ") or "") for cell in dates)


def _label(cell: LexborNode) -> str:
    return (cell.text(separator=" ") or "").strip()


def _turned(grid: list[list[LexborNode]]) -> LexborNode:
    rows = (
        "<tr>" + "".join(row[column].html or "" for row in grid) + "</tr>"
        for column in range(len(grid[0]))
    )
    markup = f"<table><tbody>{''.join(rows)}</tbody></table>"
    node = LexborHTMLParser(markup).css_first("table")
    assert node is not None  # the markup holds one
    return node

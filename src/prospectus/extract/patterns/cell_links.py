"""A schedule table's course cell that links the course's name and tags it beside the link.

A public schedule of many courses writes each row's course as a link to the course's page,
often with a small tag after it in the same cell: the course's category, level or a badge
("<td><a href=…>Excel – Advanced</a><span class="cat">Office software</span></td>",
"<td><a>ITIL 4 Foundation</a><br><small>IT service management</small></td>").  Read as
text, the cell is the name and the tag run together; the link's text is the name.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.text import clean_or_none, link_key

# A tag beside a course's link is a few words ("Kompetencje cyfrowe", "New", "2 days"); a
# longer text after the link is the cell's description, read as the lines give it.
_MAX_TAG_WORDS = 5


def linked_cells(tree: LexborHTMLParser) -> dict[str, str]:
    """The text of each table cell that opens with a link and has a short tag after it
    (its words, case- and punctuation-blind: see :func:`link_key`), mapped to the link's
    text: the course's name."""
    out: dict[str, str] = {}
    for anchor in tree.css("td > a[href]"):
        cell = anchor.parent
        if cell is None or _text_before(anchor):
            continue
        name = clean_or_none(anchor.text(deep=True))
        whole = clean_or_none(cell.text(deep=True, separator=" "))
        if not name or not whole:
            continue
        name_key, whole_key = link_key(name), link_key(whole)
        if not name_key or not whole_key.startswith(name_key + " "):
            continue
        tag = whole_key[len(name_key) + 1 :]
        if len(tag.split()) <= _MAX_TAG_WORDS and _set_apart(anchor):
            out.setdefault(whole_key, name)
    return out


# What opens a text that goes on with the link's name rather than tagging it: a bracketed
# qualifier ("(NZQA 6400, 6401)"), a dash, colon or comma before the rest of the name.
_GOES_ON = ("(", "[", "{", "-", "–", "—", ":", ",", "/", "|", "·", "&", "+")


def _set_apart(anchor: LexborNode) -> bool:
    """Whether all the cell shows after the link stands in elements of its own (a
    ``<span>``, ``<small>``, a line after a ``<br>``) and opens as a tag, not as the rest of
    the name: "<a>Excel</a> – Level 2" and "<a>First Aid</a><small>(NZQA 6400)</small>" go
    on with the name."""
    node = anchor.next
    first = ""
    while node is not None:
        text = (node.text(deep=True) or "").strip()
        if node.tag == "-text" and text:
            return False  # the cell's own words right after the link: the name goes on
        first = first or text
        node = node.next
    return bool(first) and not first.startswith(_GOES_ON)


def _text_before(anchor: LexborNode) -> bool:
    """Whether the anchor's cell shows text before it (the link is not the cell's opening)."""
    node = anchor.prev
    while node is not None:
        if (node.text(deep=True) or "").strip():
            return True
        node = node.prev
    return False


def cell_name(name: str, cells: dict[str, str]) -> str:
    """A table row's course ``name`` less the tag beside its link, where the page's cells
    (see :func:`linked_cells`) show one; else ``name``."""
    return cells.get(link_key(name), name)

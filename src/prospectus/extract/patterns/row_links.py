"""The one link of the list rows that name a course, where its name is no link itself.

A sessions list of several courses ("Thu 3 Dec 2026 — Basic Food Hygiene · Leeds · £95
Book") writes each row's course as plain text and links the row's "Book" button to that
course's own page ("/courses/basic-food-hygiene/#book").  The rows that name one course
(and no other) and all link to one place (its fragment dropped) give that course's URL.
"""

from __future__ import annotations

from collections.abc import Sequence

from selectolax.lexbor import LexborHTMLParser

from prospectus.extract.patterns.dated_links import in_menu
from prospectus.extract.text import leads_to_page, link_key

_ROWS = "li, tr"


def row_links(tree: LexborHTMLParser, names: Sequence[str]) -> dict[str, str]:
    """Link key of each of ``names`` → the one link (as its ``href`` writes it, without its
    fragment) of the rows (``<li>`` / ``<tr>``) that show that name and no other; names
    whose rows link to no place, or to several, are left out."""
    keys = {link_key(name) for name in names if name}
    keys.discard("")
    if not keys:
        return {}
    found: dict[str, set[str]] = {}
    for row in tree.css(_ROWS):
        anchors = row.css("a[href]")
        if not anchors or len(row.css(_ROWS)) > 1:  # (the row itself among them)
            continue  # no link, or a list of rows rather than one row
        text = link_key(row.text(deep=True, separator=" "))
        shown = [key for key in keys if key in text]
        if len(shown) != 1 or in_menu(row):
            continue
        hrefs = found.setdefault(shown[0], set())
        for anchor in anchors:
            href = (anchor.attributes.get("href") or "").strip()
            if leads_to_page(href):
                hrefs.add(href.split("#", 1)[0])
    return {key: next(iter(hrefs)) for key, hrefs in found.items() if len(hrefs) == 1}

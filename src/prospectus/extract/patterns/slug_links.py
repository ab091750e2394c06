"""A course's page that the content links under a generic label, found by its slug.

Schedules that group their runs per course (an accordion, a tab, a views block) often
write the course's name as plain text and link its page from the group's intro under a
generic label in the site's language::

    Forklift Operator (Counterbalance) (3 dates)
      Two-day course with the RTITB test.
      <a href="/courses/forklift-operator">More about this course</a>
      Tue 8 Dec 2026 …  Book

The link's text names no course, but its address's last part (its slug) does: every word
of "forklift-operator" is a word of the course's name.  Such a link is the course's where
it is the one place outside the menus whose slug the name spells so.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from prospectus.extract.patterns.card_urls import slug_words
from prospectus.extract.patterns.dated_links import in_menu
from prospectus.extract.text import folded_words, leads_to_page, link_key

_MIN_WORDS = 2  # a slug of one word ("/ehbo/") is a category's or a menu's as often


def last_slug(href: str) -> frozenset[str]:
    """The folded words of an address's last path part ("/courses/first-aid-at-work/"
    gives "first", "aid", "at", "work"), its file ending left out."""
    path = urlsplit(href).path.rstrip("/")
    part = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return slug_words(part)


def slug_links(tree: LexborHTMLParser, names: Sequence[str]) -> dict[str, str]:
    """Link key of each of ``names`` → the one link outside the menus (as its ``href``
    writes it, without its fragment) whose last path part is two words or more, all of
    them words of the name; names with no such link, or several, are left out."""
    wanted = {link_key(name): folded_words(name) for name in names if name}
    wanted.pop("", None)
    if not wanted:
        return {}
    found: dict[str, set[str]] = {}
    for anchor in tree.css("a[href]"):
        href = (anchor.attributes.get("href") or "").strip()
        if not leads_to_page(href):
            continue
        slug = last_slug(href)
        if len(slug) < _MIN_WORDS:
            continue
        keys = [key for key, words in wanted.items() if slug <= words]
        if keys and not in_menu(anchor):
            for key in keys:
                found.setdefault(key, set()).add(href.partition("#")[0])
    return {key: hrefs.pop() for key, hrefs in found.items() if len(hrefs) == 1}

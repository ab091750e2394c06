"""A run card's own address, written out as a line of its text.

Text dumps of event listings and organiser pages (Eventbrite, Eventzilla, Meetup-like
ticketing sites, a CMS's "print" view) keep each event's link as a bare address on a line
of its own inside the event's block::

    Tue, Feb 23, 2027 9:00 AM - Wed, Feb 24, 2027 4:00 PM (GMT-4)
    Payroll Basics – Intermediate
    Lot 4 Main Street, Kingston
    JMD 32,000.00
    https://tickets.example.com/e/payroll-basics--intermediate-48213

An address glued after its link's label ("Get ticketshttps://…") counts as such a line.
The address is the run's only where its path's last readable part (its slug) spells the
run's name: a booking engine's, a map's or a meeting's link names no course.  The same
slug also tells the card's title from its other lines where the title has none of a course
name's words ("Payroll Basics – Intermediate").
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from prospectus.extract.text import folded_words

# A line that is one absolute web address and nothing else.
_URL_LINE = re.compile(r"https?://[^\s/]+\.[^\s/]+/\S+")
# A link's few words, then its address glued to them in a text dump ("Get
# ticketshttps://…") or set off by a colon ("Book now: https://…"): the button's label,
# then its target (an address after a space is a sentence's: "See https://…").
_LABELLED_URL = re.compile(
    r"[^\W\d_]+(?:[ \t][^\W\d_]+){0,3}(?:[ \t]*[:→»›][ \t]*)?(" + _URL_LINE.pattern + ")"
)
# Small words a slug often leaves out ("customer-service-hospitality" for "Customer Service
# Excellence for Hospitality").
_SMALL_WORDS = frozenset(
    ("a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to", "with")
)
_MIN_TOKENS = 2
_SHARE = 2 / 3  # the share of a name's words its slug must spell


def card_url(text: str, name: str | None) -> str | None:
    """The one address a card's lines give whose slug spells ``name``, else None."""
    if not name or "://" not in text:
        return None
    words = folded_words(name) - _SMALL_WORDS
    if len(words) < _MIN_TOKENS:
        return None
    found = {
        url
        for line in text.split("\n")
        if (url := _bare_url(line)) is not None and _spells(_slug_tokens(url), words)
    }
    return found.pop() if len(found) == 1 else None


def slug_title(lines: list[str], after: list[int]) -> str | None:
    """The card's title below its date: the first of its lines (``after``, the lines under
    the date) whose every word the slug of an address line among them spells, else None."""
    slugs = [
        _slug_tokens(url)
        for j in after
        if "://" in lines[j] and (url := _bare_url(lines[j])) is not None
    ]
    if not slugs:
        return None
    for j in after:
        line = lines[j].strip()
        if "://" in line or not line[:1].isalpha():
            continue
        words = folded_words(line)
        if len(words) >= _MIN_TOKENS and any(words <= slug for slug in slugs):
            return line
    return None


def _bare_url(line: str) -> str | None:
    line = line.strip()
    if _URL_LINE.fullmatch(line):
        return line
    labelled = _LABELLED_URL.fullmatch(line) if line[:1].isalpha() else None
    return labelled.group(1) if labelled else None


def _slug_tokens(url: str) -> frozenset[str]:
    """The words of an address's path ("/e/payroll-basics--intermediate-48213" gives
    "e", "payroll", "basics", "intermediate", "48213")."""
    return slug_words(urlsplit(url).path)


def slug_words(path: str) -> frozenset[str]:
    """The folded words of a URL's path or one part of it, its "-" and "_" word breaks."""
    return folded_words(path.replace("-", " ").replace("_", " "))


def _spells(slug: frozenset[str], words: frozenset[str]) -> bool:
    return len(words & slug) >= max(_MIN_TOKENS, _SHARE * len(words))

"""Clean text: entities decoded, tags and tag remnants removed, white space collapsed.

Also :func:`word_alternation`, the regex the word tables (months, currencies, modes)
are compiled into.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from prospectus.records import fold

_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?\s*>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
# An inline element's closing tag right before punctuation ("<a>payment page</a>.",
# "<b>ISACA</b>’s") and its opening tag right after an opening bracket or quote: no word
# break there.
_INLINE = r"(?:a|abbr|b|code|em|i|mark|small|span|strong|sub|sup|u)"
_TIGHT_TAG = re.compile(
    rf"</{_INLINE}\s*>(?=[.,;:!?)\]…’”'])|(?<=[(\[“‘])<{_INLINE}(?:\s[^<>]*)?>", re.I
)
# Remnants of tags cut in half by a text dump: "p>", "/strong>", "li>" at a word start, a lone "<".
_REMNANT = re.compile(
    r"(?:(?<=\s)|^)/?(?:p|br|li|ul|ol|strong|em|b|i|u|span|div|a|h[1-6]|td|tr|th|dt|dd|small)\s*/?>"
    r"|<\s*/?\s*(?:p|br|li|ul|ol|strong|em|b|i|u|span|div|a|h[1-6]|td|tr|th|dt|dd|small)?\s*(?=\s|$)",
    re.I,
)
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_ANY_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def clean_text(value: object) -> str:
    """``value`` as clean one-line text ('' for None)."""
    if value is None:
        return ""
    return _clean(value if type(value) is str else str(value))


@lru_cache(maxsize=16384)
def _clean(text: str) -> str:
    """:func:`clean_text` of a string, remembered: menus, headings and labels recur."""
    if "&" in text:
        text = html.unescape(html.unescape(text)) if "&amp;" in text else html.unescape(text)
    if "<" in text or ">" in text:
        text = _COMMENT.sub(" ", text)
        text = _TIGHT_TAG.sub("", text)
        text = _TAG.sub(" ", text)
        text = _REMNANT.sub(" ", text)
    if not text.isascii() and _ANY_ZERO_WIDTH.search(text):  # all of them are non-ASCII
        text = text.translate(_ZERO_WIDTH)
    return " ".join(text.split())  # white space (no-break spaces too) collapsed and trimmed


def clean_or_none(value: object) -> str | None:
    """Clean text, or None where nothing is left.

    A "<" that opens a value ("<0", "< Back") is what is left of a tag, never its words.
    """
    text = clean_text(value)
    if text.startswith("<"):
        text = text.lstrip("< ")
    return text or None


def word_alternation(
    words: Iterable[str],
    *,
    after: Callable[[str], str] = lambda word: "",
    char: Callable[[str], str] = re.escape,
) -> str:
    """A regex for any of ``words``, longest first, shaped as a trie (``jun(?:e|)|...``).

    It matches what ``word1|word2|...`` sorted longest first matches (two words that
    both fit the text at one place are a word and its prefix, and the longer is still
    tried first), but the regex engine tests one branch per letter instead of every
    word: several times faster on long texts.  ``after(word)`` is written where a word
    ends (a lookahead, say); ``char`` writes one character.
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = word

    def render(node: dict[str, Any]) -> str:
        branches = [char(ch) + render(node[ch]) for ch in sorted(node) if ch]
        if "" in node:
            branches.append(after(node[""]))  # a word ends here: tried after the longer ones
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return render(root) if root else "(?!)"


_NOT_WORD = re.compile(r"[^\w\s]")
_DIGIT = re.compile(r"\d")
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")


@lru_cache(maxsize=64)
def digit_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(first digit, line end) of every line of ``text`` that holds a digit, in order.

    Prices and dates have digits, and most lines of a page have none: the scanners
    read only these lines.  Remembered, as several of them read one page's text.
    """
    # One byte per character ("?" for each non-ASCII one), every ASCII digit made "0":
    # each next digit is then one plain byte search away, much quicker than a regex.
    data = ascii_bytes(text)
    at = data.find(b"?")
    while at >= 0:
        if text[at].isdecimal():  # a non-ASCII digit ("٣", "３"), which ``\d`` matches too
            return _digit_lines_by_regex(text)
        at = data.find(b"?", at + 1)
    data = data.translate(_DIGITS_AS_ZERO)
    found: list[tuple[int, int]] = []
    digit = data.find(b"0")
    while digit >= 0:
        end = data.find(b"\n", digit)
        end = len(data) if end < 0 else end
        found.append((digit, end))
        digit = data.find(b"0", end)
    return tuple(found)


@lru_cache(maxsize=8)
def ascii_bytes(text: str) -> bytes:
    """``text`` as one byte per character, "?" for each non-ASCII one.

    Remembered: the page-wide scanners (digit lines, VAT words) each read the page's
    text so.
    """
    return text.encode("ascii", "replace")


def _digit_lines_by_regex(text: str) -> tuple[tuple[int, int], ...]:
    found: list[tuple[int, int]] = []
    pos, size = 0, len(text)
    while (digit := _DIGIT.search(text, pos)) is not None:
        end = text.find("\n", digit.end())
        end = size if end < 0 else end
        found.append((digit.start(), end))
        pos = end + 1
    return tuple(found)


@lru_cache(maxsize=8192)
def link_key(text: str | None) -> str:
    """A link text or course name, compared case- and punctuation-blind (cheaply).

    Remembered: menus, footers and course lists repeat the same texts page after page.
    """
    return " ".join(_NOT_WORD.sub(" ", (text or "").casefold()).split())


# How an href starts that leads to no other page: an anchor on this one, mail, a phone, a script.
_NO_PAGE_LINKS = ("#", "mailto:", "tel:", "javascript:")


def leads_to_page(href: str) -> bool:
    """Whether a (stripped) href leads to a page: not empty, not an anchor on this one, not
    mail, a phone or a script.  A scheme is read in any case ("JavaScript:", "TEL:")."""
    if not href or href[0] == "#":
        return False
    # most hrefs open with "/", "h" or a path's letter: only "m", "t" and "j" need a closer look
    return href[0] not in "mMtTjJ" or not href[:11].lower().startswith(_NO_PAGE_LINKS)


def is_web_address(url: str | None) -> bool:
    """Whether ``url`` is an absolute http(s) address ("https://x/y", not "/y" or "#y")."""
    return bool(url and url[:8].lower().startswith(("http://", "https://")))


@lru_cache(maxsize=1024)
def url_host(url: str | None) -> str:
    """The URL's host less "www.", remembered: a page's runs share a few URLs."""
    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:  # "http://[x"
        return ""
    return host.removeprefix("www.")


def join_url(base: str, url: str) -> str:
    """``urljoin(base, url)``; a URL it cannot read (an unclosed IPv6 bracket, "http://[x")
    is kept as the page wrote it rather than costing the page its records."""
    try:
        return urljoin(base, url)
    except ValueError:
        return url


@lru_cache(maxsize=4096)
def folded_words(text: str | None) -> frozenset[str]:
    """The folded words of ``text``, remembered: a page's course names are compared often."""
    return frozenset(fold(text).split())

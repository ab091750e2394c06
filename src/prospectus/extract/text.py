"""Clean text: entities decoded, tags and tag remnants removed, white space collapsed.

Also :func:`word_alternation`, the regex the word tables (months, currencies, modes)
are compiled into.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from typing import Any

_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?\s*>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
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
    text = str(value)
    if "&" in text:
        text = html.unescape(html.unescape(text)) if "&amp;" in text else html.unescape(text)
    if "<" in text or ">" in text:
        text = _COMMENT.sub(" ", text)
        text = _TAG.sub(" ", text)
        text = _REMNANT.sub(" ", text)
    if _ANY_ZERO_WIDTH.search(text):
        text = text.translate(_ZERO_WIDTH)
    return " ".join(text.split())  # white space (no-break spaces too) collapsed and trimmed


def clean_or_none(value: object) -> str | None:
    """Clean text, or None where nothing is left."""
    text = clean_text(value)
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


def link_key(text: str | None) -> str:
    """A link text or course name, compared case- and punctuation-blind (cheaply)."""
    return " ".join(_NOT_WORD.sub(" ", (text or "").casefold()).split())

"""Glossary entries in a text dump written as blocks, one line each part.

A scraped glossary page loses its markup but keeps its lines: a term's name on a line of
its own, its definition paragraph on the next, then the entry's own labelled lines
("Source: POPIA section 1", "Related terms: Consent", "Read more: Wikipedia"), which are
no part of the definition and no terms.  Such a name line is a short title, and the
paragraph prose of one or more sentences.

Name-and-paragraph pairs are common outside glossaries ("Newsletter" / "Monthly updates
on …"), so they only count inside a glossary *stretch*: after an A–Z letter line on a page
with several of them and a line naming a glossary (an A–Z list of courses is none), or
after a heading line naming a glossary, until three lines in a row are no entry.  A
stretch opened by a heading keeps its entries only where it holds at least three.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from prospectus.extract.patterns.cues import GLOSSARY, is_letter_heading, region_flags
from prospectus.extract.patterns.glossary_names import name_words
from prospectus.extract.patterns.glossary_text import (
    asks,
    is_cross_reference,
    is_fact_definition,
    is_fact_name,
    is_key_fact,
    is_step,
    word_count,
)

# An entry's labelled line: "Source: …", "Related terms: …", "Read more: Wikipedia · Wikidata".
_LABEL_LINE = re.compile(r"^[^\W\d_][^:：\t]{0,30}[:：]\s*\S")
# The label of an entry's line, or of a page's letter index, that names no term.
_ENTRY_LABEL = re.compile(
    r"(?:sources?|references?|citation|read more|learn more|more|jump to|go to|skip to|"
    r"browse|quelle|quellen|fuente|fuentes|fonte|fonti|bron|bronnen|źródło|källa|kilde|"
    r"lähde|forrás|zdroj|kaynak|sursa|sursă|出典|出处|出處|来源|來源|출처)",
    re.I,
)
_LETTER_INDEX = re.compile(r"[A-ZÀ-Þ#0-9](?:[\s·•|/,–-]+[A-ZÀ-Þ#0-9])+")
_SENTENCE_END = (".", "!", ")", "”", '"', "’", "。", "…")
_BULLET = "•·▪◦‣*-–—>|"
_MAX_NAME = 90
_MAX_NAME_WORDS = 6
_MAX_NAME_TOKENS = 10
_MIN_PARAGRAPH_WORDS = 6
_MISSES = 3
_MIN_HEADED = 3
# "by Admin User - Monday, 2 November 2026, 10:14 AM": a few words, a dash, then a date stamp.
_BYLINE = re.compile(r"^[^\W\d_]\S*(?:\s+\S+){0,5}\s+[-–—|]\s+\S.{0,80}$")
_STAMP = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d\d\b")
_URL = re.compile(r"https?://[^\s()<>]+(?:\([^\s()<>]*\)[^\s()<>]*)*")


def is_entry_label(name: str, definition: str) -> bool:
    """True for a "term" that is an entry's labelled line ("Source: POPIA section 1") or a
    letter index ("Jump to: A · C · D")."""
    return (
        _ENTRY_LABEL.fullmatch(name.strip(" :：")) is not None
        or _LETTER_INDEX.fullmatch(definition.strip()) is not None
    )


def block_terms(lines: Iterable[str]) -> list[tuple[str, str]]:
    """(name, definition) of every name line followed by its definition paragraph inside a
    glossary stretch of ``lines``."""
    return [(name, definition) for name, definition, _ in block_entries(lines)]


def block_entries(lines: Iterable[str]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(name, definition, links) of every name line followed by its definition paragraph
    inside a glossary stretch of ``lines``; links are the URLs of the entry's labelled
    lines."""
    texts = [text for line in lines if (text := line.strip())]
    letters = sum(1 for t in texts if len(t) <= 5 and is_letter_heading(t)) >= _MIN_HEADED
    out: list[tuple[str, str, tuple[str, ...]]] = []
    stretch: list[tuple[str, str, tuple[str, ...]]] = []
    active, lettered, misses, i = False, False, 0, 0
    while i < len(texts):
        text = texts[i]
        letter = letters and len(text) <= 5 and is_letter_heading(text)
        if letter or (len(text) <= _MAX_NAME and region_flags(text) & GLOSSARY):
            if lettered or len(stretch) >= _MIN_HEADED:
                out.extend(stretch)
            stretch, active, lettered, misses = [], True, letter, 0
            i += 1
            continue
        start = i + 2 if i + 2 < len(texts) and _byline(texts[i + 1]) else i + 1
        if (
            active
            and start < len(texts)
            and _name_line(text)
            and ((after := _wrapped(texts, start)) is not None)
        ):
            definition = " ".join(" ".join(texts[start:after]).split())
            i, misses = after, 0
            links: list[str] = []
            while i < len(texts) and _LABEL_LINE.match(texts[i]):
                links.extend(_URL.findall(texts[i]))  # "See also: Wikipedia (https://…)"
                i += 1  # "Source: …", "Related terms: …"
            stretch.append((" ".join(text.split()), definition, tuple(links)))
            continue
        if active:
            misses += 1
            active = misses < _MISSES
        i += 1
    if lettered or len(stretch) >= _MIN_HEADED:
        out.extend(stretch)
    if out and letters and not any(region_flags(t) & GLOSSARY for t in texts):
        return []  # an A–Z list of courses or products, no glossary
    return out


def _byline(text: str) -> bool:
    """An entry's "who - when" line ("by Admin User - Monday, 2 November 2026, 10:14 AM")."""
    return (
        len(text) <= _MAX_NAME + 30
        and not text.endswith((".", "!", "?"))
        and _BYLINE.match(text) is not None
        and _STAMP.search(text) is not None
    )


def _name_line(text: str) -> bool:
    """A term's name alone on its line: a short title, no sentence, label or fact."""
    if len(text) > _MAX_NAME or "\t" in text or text[0] in _BULLET or ":" in text:
        return False
    if text.endswith((".", ",", ";", "!", "?", "？", "：")) or not text[0].isalnum():
        return False
    bare = re.sub(r"\([^)]*\)", "", text)
    if (
        not 1 <= len(bare.split()) <= _MAX_NAME_WORDS
        and not 1 <= name_words(text) <= _MAX_NAME_WORDS
    ):
        return False  # a long official name counts its joining words out ("… e Gestão da …")
    if len(text.split()) > _MAX_NAME_TOKENS:
        return False
    return not (
        asks(text)
        or is_fact_name(text)
        or is_key_fact(text)
        or is_step(text)
        or is_cross_reference(text)
    )


_MAX_WRAPS = 3  # lines a definition paragraph goes on over


def _wrapped(texts: list[str], start: int) -> int | None:
    """The line after the definition paragraph at line ``start``, else None: the paragraph
    is that line, or, where a dump broke it mid-sentence ("… within the next 4 hours, for a"
    / "total of 6 hours."), that line and the lines that go on with a small letter."""
    if _paragraph(texts[start]):
        return start + 1
    first = texts[start]
    if "\t" in first or first[0] in _BULLET or first.endswith(_SENTENCE_END):
        return None
    end = start + 1
    while end < len(texts) and end - start <= _MAX_WRAPS and texts[end][0].islower():
        if _paragraph(joined := " ".join(texts[start : end + 1])):
            return end + 1
        if joined.endswith(_SENTENCE_END):
            return None
        end += 1
    return None


def _paragraph(text: str) -> bool:
    """A definition paragraph: prose of a few words ending as a sentence does."""
    return (
        "\t" not in text
        and text.endswith(_SENTENCE_END)
        and word_count(text) >= _MIN_PARAGRAPH_WORDS
        and text[0] not in _BULLET
        and not asks(text)
        and not is_fact_definition(text)
    )

"""Glossary terms written as text: "Term — definition" lines and "Definition: …" fact sheets.

A line is a term line when it starts (after any list number: "1. Pivoting: …") with a short
term (at most six words, parenthetical expansions aside) followed by an em/en dash, a spaced
hyphen or a colon, and then a definition of at least four words.  Such lines are common
outside glossaries too ("Price: £995", "Joanne P. – posted 14/03/2026", a trainer's bio), so
they only count inside a glossary *stretch*: after a heading line such as "Jargon buster",
"Key terms" or "Glossary" (or an A–Z letter line), until the layout stops.

A fact sheet says "Definition: A Project Management Office (PMO) is …": the term is the
subject of that first sentence, without its article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from prospectus.extract.dates import find_date_ranges
from prospectus.extract.patterns.cues import GLOSSARY, is_letter_heading, region_flags
from prospectus.extract.prices import find_prices
from prospectus.extract.text import clean_text

_TERM_LINE = re.compile(
    r"^(?P<term>[^\W_][^–—:?!]{0,90}?)\s*(?:\s-\s|[–—]|:\s)\s*(?P<definition>[^\s–—:-].*)$"
)
_PAREN = re.compile(r"\([^)]*\)")
_LEAD = re.compile(r"^[\s•·▪◦‣*|>-]+")
_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+(?=[^\W\d_])")  # "1. Pivoting: …", a list remnant
_TRAILING_LINK = re.compile(r"\s*\b(?:read|learn|find out|see) more\W*$", re.I)
_DEFINITION = re.compile(r"Definition\s*[:–—]\s*(?P<body>\S.*)")
_GLUE = re.compile(r"(?<=[a-z0-9%)\]”’][.!?])(?=[A-Z][a-z])")
_SUBJECT = re.compile(
    r"^(?:(?:an?|the|der|die|das|ein|eine)\s+)?(?P<name>[^\s.,;:][^.,;:]{0,80}?)\s+"
    r"(?:is|are|refers to|means|describes|ist|sind|bezeichnet|beschreibt)\s",
    re.I,
)
_KEY_FACTS = re.compile(
    r"^(?:price|prices|cost|fee|fees|duration|length|dates?|times?|location|venue|level|format|"
    r"delivery|mode|language|exam|certificate|certification|accreditation|prerequisites?|"
    r"requirements|who should attend|audience|group size|materials|course code|code|"
    r"rating|note|contact|phone|tel|email|address|start(?:s|ing)?|begins?|ends?|preis|dauer|ort|"
    r"termine?|sprache)\b",
    re.I,
)
_TIME = re.compile(r"\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b", re.I)
_SOME_YEAR = 2000
_FACT_OPENING_WORDS = 4
_MISSES_BEFORE_FIRST = 3
_MISSES_AFTER = 2


def term_from_line(text: str) -> tuple[str, str] | None:
    """(term, definition) when ``text`` reads "Term — definition"; None otherwise."""
    match = _TERM_LINE.match(_NUMBER.sub("", text, count=1))
    if match is None:
        return None
    term = match.group("term").strip()
    definition = _TRAILING_LINK.sub("", match.group("definition").strip())
    bare = _PAREN.sub("", term)
    if not 1 <= len(bare.split()) <= 6 or len(term.split()) > 10 or "," in bare or ". " in term:
        return None
    if len(definition.split()) < 4 or _KEY_FACTS.match(term) or not any(c.isalpha() for c in bare):
        return None
    if is_fact_name(term):
        return None
    return term, definition


def is_fact_name(name: str) -> bool:
    """True for a "name" that is a date, a time or a price: a schedule or key-facts line.

    ("Starts 5 October 2026", "Tue & Thu, 12–2pm", "From £795" -- never glossary terms.)
    """
    if not any(c.isdigit() for c in name):
        return False
    return bool(
        _TIME.search(name)
        or find_date_ranges(name, year=_SOME_YEAR)  # "Starts 11 January": a year is no matter
        or find_prices(name)
    )


def is_fact_definition(definition: str) -> bool:
    """True for a "definition" that opens with a date, time or price: a schedule, not prose."""
    return is_fact_name(" ".join(definition.split()[:_FACT_OPENING_WORDS]))


def is_key_fact(name: str) -> bool:
    """True for a key-facts label ("Price", "Duration", "Starts") rather than a term."""
    return bool(_KEY_FACTS.match(name))


def terms_from_lines(lines: Iterable[str], *, forced: bool = False) -> list[tuple[str, str]]:
    """Term lines inside glossary stretches of ``lines`` (all of them when ``forced``)."""
    texts = [line.strip() for line in lines]
    letters = sum(1 for text in texts if len(text) <= 5 and is_letter_heading(text)) >= 3
    out: list[tuple[str, str]] = []
    active, hits, misses = forced, 0, 0
    for raw in texts:
        text = _LEAD.sub("", clean_text(raw)) if active or len(raw) <= 90 else ""
        if not text:
            continue
        if region_flags(text) & GLOSSARY or (letters and is_letter_heading(text)):
            active, hits, misses = True, 0, 0
            continue
        if not active:
            continue
        found = term_from_line(text)
        if found is not None:
            out.append(found)
            hits, misses = hits + 1, 0
            continue
        misses += 1
        if not forced and misses >= (_MISSES_AFTER if hits else _MISSES_BEFORE_FIRST):
            active = False
    return out


def fact_sheet_terms(text: str) -> list[tuple[str, str]]:
    """Terms defined by "Definition: X is …" lines."""
    if "Definition" not in text:
        return []
    out: list[tuple[str, str]] = []
    for match in _DEFINITION.finditer(text):
        body = clean_text(_GLUE.split(match.group("body"), maxsplit=1)[0])
        subject = _SUBJECT.match(body)
        if subject is None or len(body.split()) < 5:
            continue
        name = subject.group("name").strip()
        if 1 <= len(_PAREN.sub("", name).split()) <= 6:
            out.append((name, body))
    return out

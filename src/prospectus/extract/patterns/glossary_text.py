"""Glossary terms written as text: "Term — definition" lines and "Definition: …" fact sheets.

A line is a term line when it starts (after any list number: "1. Pivoting: …") with a short
term (at most six words, parenthetical expansions aside) followed by an em/en dash, a spaced
hyphen or bar, a colon (a full-width one: "用語：…"), or a tab, and then a definition of at
least four words (two characters of CJK script counting as one).  Such lines are common
outside glossaries too ("Price: £995", "Joanne P. – posted 14/03/2026", a trainer's bio), so
they only count inside a glossary *stretch*: after a heading line such as "Jargon buster",
"Key terms" or "Glossary" (or an A–Z letter line), until the layout stops.

A flattened table ("Termo<TAB>Definição", then one term<TAB>definition line per row) is a
stretch of its own: its header names the term and definition columns (:func:`header_columns`;
an abbreviation or category column is neither), its names may be longer (ten words), and it
ends with the first line that is no row -- save a cell's second line: a definition that stops
mid-sentence goes on on the next line when that opens with a small letter (or the cell ended
with a comma).  A term line's definition wraps alike.  A colon between digits is part of a
term ("60:40 portfolio: …", "ISO 9001:2015 – …"), and such a ratio is no clock time.

A fact sheet says "Definition: A Project Management Office (PMO) is …": the term is the
subject of that first sentence, without its article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from prospectus.extract.dates import find_date_ranges
from prospectus.extract.months import month_number
from prospectus.extract.patterns.cues import (
    GLOSSARY,
    is_letter_heading,
    question_text,
    region_flags,
)
from prospectus.extract.prices import find_prices
from prospectus.extract.text import clean_text

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{_CJK}]")
# "Term — definition", "Term: definition", "用語：定義" (a full-width colon, or a colon
# touching CJK script), "Term | definition"
_SEPARATOR = (
    rf"(?:\s-\s|——|[–—：]|:\s|(?<=[{_CJK}]):|:(?=[{_CJK}])|\s\|\s)"
    r"\s*(?P<definition>[^\s–—:：|-].*)$"
)
_TERM_LINE = re.compile(r"^(?P<term>[^\W_][^–—:：|?？!！]{0,90}?)\s*" + _SEPARATOR)
# A colon between digits stays in the term ("60:40 portfolio", "ISO 9001:2015"): read so
# only where the line has one (the pattern is slower).
_DIGIT_COLON = re.compile(r"\d:\d")
_RATIO_TERM_LINE = re.compile(
    r"^(?P<term>[^\W_](?:[^–—:：|?？!！]|(?<=\d):(?=\d)){0,90}?)\s*" + _SEPARATOR
)
_MAX_CJK_NAME = 20  # characters of CJK script in a name (a CJK term is one "word")
_MIN_DEFINITION_WORDS = 4
_PAREN = re.compile(r"\([^)]*\)")
_LEAD = re.compile(r"^[\s•·▪◦‣*|>-]+")
_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+(?=[^\W\d_])")  # "1. Pivoting: …", a list remnant
# A teaser's link label closing a line: "… read more", "Title – read the full post."
_TRAILING_LINK = re.compile(
    r"\s*\b(?:(?:read|learn|find out|see) more|continue reading|keep reading"
    r"|read (?:the )?(?:full |whole |complete )?(?:blog )?(?:post|article|story))\W*$",
    re.I,
)
_DEFINITION = re.compile(r"Definition\s*[:–—]\s*(?P<body>\S.*)")
# A cross-reference label ("See also: Sprint, Scrum", "Veja também: …"): never a term.
_CROSS_REFERENCE = re.compile(
    r"(?:see also|see|compare|cf\.?|related(?: terms?)?|siehe auch|siehe|vgl\.?|"
    r"voir aussi|voir|ver también|véase también|véase|vedi anche|vedi|zie ook|zie|"
    r"veja também|ver também|consulte também|veja|zobacz (?:też|także|również)|zob\.|"
    r"se även|se också|se også|katso myös|viz (?:též|také|i)|lásd (?:még|továbbá)|lásd|"
    r"ayrıca bakınız|ayrıca bkz\.?|см\.? также|参照|関連項目|関連用語|参见|另见|參見|另見|"
    r"관련 항목|참고|참조)",
    re.I,
)
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
_TERM_HEADER = re.compile(
    r"\b(?:terms?|begriff\w*|word|name|acronyms?|abbreviations?|abkürzung\w*|fachbegriff\w*|"
    r"stichwort\w*|termes?|términos?|termin[ei]|termos?|termin|pojem|pojmy|pojęci[ea]|hasło|"
    r"begrepp?|begreb|udtryk|uttryck|ord|begrip(?:pen)?|woord|concept[oi]?|conceitos?|"
    r"palavra|parola|keyword|käsite|termi|fogalom|kifejezés|výraz|izraz|izrazi|pojam|pojmovi|"
    r"terminas|termins)\b"
    r"|用語|用语|術語|术语|名詞|名词|詞彙|词汇|詞語|词语|용어",
    re.I,
)
_DEF_HEADER = re.compile(
    r"\b(?:d[eé]fini\w*|meaning|means|bedeutung|erklärung|erläuterung|description|"
    r"beschreibung|explanation|what it means|signification|significad[oa]|significato|"
    r"betekenis|omschrijving|uitleg|význam|vysvětlení|znaczenie|wyjaśnienie|betydning|"
    r"betydelse|forklaring|förklaring|beskrivelse|beskrivning|selitys|merkitys|jelentés|"
    r"magyarázat|descrição|descripción|descrizione|explicação|explicación|spiegazione|"
    r"määritelmä|razlaga|pojasnilo|pomen|opis|objašnjenje|značenje|vysvetlenie|selgitus|"
    r"paaiškinimas|skaidrojums)\b"
    r"|定義|定义|意味|説明|说明|說明|解説|解說|解釋|解释|含義|含义|정의|의미|설명",
    re.I,
)
# An abbreviation column: the name only where no other column names the terms
# ("Abbreviation | Term | Definition" names each row by its Term, the abbreviation being another
# name of it; "Acronym | Meaning" by the acronym).
_ABBREVIATION_HEADER = re.compile(
    r"\b(?:acronyms?|abbreviations?|abbr\.?|abkürzung\w*|kürzel|akronym\w*)\b", re.I
)
_MAX_HEADER = 40


def header_columns(header: list[str]) -> tuple[int, int] | None:
    """(term column, definition column) named by a header row's words; None otherwise."""
    terms = [i for i, h in enumerate(header) if len(h) < _MAX_HEADER and _TERM_HEADER.search(h)]
    terms.sort(key=lambda i: _ABBREVIATION_HEADER.search(header[i]) is not None)
    defs = [i for i, h in enumerate(header) if len(h) < _MAX_HEADER and _DEF_HEADER.search(h)]
    defs = [i for i in defs if i not in terms[:1]]
    if terms and defs:
        return terms[0], defs[0]
    return None


def word_count(text: str) -> int:
    """Words in ``text``, two characters of CJK script (written without spaces) counting as
    one word."""
    return len(text.split()) + len(_CJK_CHAR.findall(text)) // 2


# A numbered step of an outline ("1. Basics", "Lesson 2", "Lección 3", "Tag 1"), no term --
# unless a common noun follows its number, whole with any decimals: "Section 21 notice",
# "Section 16.2 appointment", "Part 8 claim" name things ("Lesson 3 of 10" is a step).
_STEP = re.compile(
    r"^(?:\d{1,2}[.)]\s|(?:step|module|day|week|part|chapter|unit|lesson|section|session|class|"
    r"schritt|tag|modul|lektion|teil|kapitel|sitzung|étape|leçon|jour|semaine|partie|chapitre|"
    r"paso|fase|lección|día|semana|parte|capítulo|unidad|sesión|lezione|giorno|settimana|"
    r"capitolo|lição|dia|módulo|modulo|sessão|lekcja|dzień|tydzień|część|rozdział|krok|moduł|"
    r"les|dag|hoofdstuk|vecka|uge|lekce|den|týden|kapitola)\s*\d{1,2}(?:[.,]\d{1,3})*"
    r"(?![\d.,]*\d)(?!\s+(?!(?:of|von|de|du|des|di|del|van|af|av|z|ze|do)\b)"
    r"(?-i:[a-zäöüßàâçéèêëîïôûùáíóúñ])))",
    re.I,
)
# A clock time ("9am", "18:30"), not a ratio: "60:40 portfolio" has no hour 60, and in
# "80:20:10" no "20:10" after a colon.
_TIME = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|(?<!\d:)\b(?:[01]?\d|2[0-3]):[0-5]\d\b", re.I
)
_SOME_YEAR = 2000
_FACT_OPENING_WORDS = 4
_FACT_SEPARATOR = re.compile(r"\s+[·•|]\s+")  # "Online · £45 + VAT"
_FACT_LINE = 120  # a card's line of facts is no longer
_MISSES_BEFORE_FIRST = 3
_MISSES_AFTER = 2
_SHORT_LINE = 90  # a heading or table header line is no longer
_MAX_CELLS = 4
_MAX_ROW_NAME = 10  # words of a name in a table whose header says "Term"
_SENTENCE_ENDS = (".", "!", "?", "…", ":", "。", "！", "？")
_OPEN_ENDS = (",", ";", "(", "–", "—", "-", "、", "，")


def term_from_line(text: str) -> tuple[str, str] | None:
    """(term, definition) when ``text`` reads "Term — definition"; None otherwise."""
    line = _NUMBER.sub("", text, count=1)
    match = _TERM_LINE.match(line)
    if match is None and _DIGIT_COLON.search(line):
        match = _RATIO_TERM_LINE.match(line)
    if match is None:
        return None
    return term_pair(match.group("term"), match.group("definition"))


def term_pair(term: str, definition: str, *, words: int = 6) -> tuple[str, str] | None:
    """(term, definition) when the two read as a name and its definition; None otherwise.

    ``words`` bounds the name's words, parenthetical expansions aside."""
    term = term.strip()
    definition = _TRAILING_LINK.sub("", definition.strip())
    bare = _PAREN.sub("", term)
    if not 1 <= len(bare.split()) <= words or len(term.split()) > 10 or "," in bare or ". " in term:
        return None
    if len(_CJK_CHAR.findall(bare)) > _MAX_CJK_NAME or not any(c.isalpha() for c in bare):
        return None
    if word_count(definition) < _MIN_DEFINITION_WORDS or _KEY_FACTS.match(term) or is_step(term):
        return None
    if is_fact_name(term) or definition.endswith(("?", "？")):  # "Q1：How do I …?"
        return None
    if _is_name_list(definition):  # "Popular: COSHH · RIDDOR · PPE": links to terms
        return None
    return term, definition


_LIST_SEPARATOR = re.compile(r"\s+[·|•]\s+")


def _is_name_list(definition: str) -> bool:
    """True for a "definition" that is only a row of three or more short names set off by
    dots or bars ("COSHH · RIDDOR · PPE · ALARP", "Risk | Hazard | Control"): a row of
    links, never prose."""
    if "·" not in definition and "|" not in definition and "•" not in definition:
        return False
    parts = _LIST_SEPARATOR.split(definition.strip())
    return len(parts) >= 3 and all(1 <= len(p.split()) <= 3 and "." not in p for p in parts)


def is_fact_name(name: str) -> bool:
    """True for a "name" that is a date, a time or a price: a schedule or key-facts line.

    ("Starts 5 October 2026", "Tue & Thu, 12–2pm", "From £795" -- never glossary terms.)
    """
    if not any(map(str.isdigit, name)):
        return False
    return bool(
        _TIME.search(name)
        or find_date_ranges(name, year=_SOME_YEAR)  # "Starts 11 January": a year is no matter
        or find_prices(name)
    )


def is_fact_definition(definition: str) -> bool:
    """True for a "definition" that opens with a date, time or price, or a short line of
    facts one of which is one ("Online on demand · £45 + VAT", "Leeds | 3 days | £495"): a
    schedule or a course card's facts, not prose."""
    if is_fact_name(" ".join(definition.split()[:_FACT_OPENING_WORDS])):
        return True
    if _is_stamp(definition) or _opens_with_month(definition):
        return True
    if len(definition) > _FACT_LINE or not _FACT_SEPARATOR.search(definition):
        return False
    return any(is_fact_name(part) for part in _FACT_SEPARATOR.split(definition))


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_STAMP_WORDS = 8


def _is_stamp(definition: str) -> bool:
    """True for a "definition" that is a short date stamp with a clock time ("Monday, 2
    November 2026, 10:14 AM" after "by Admin User - "): a byline, in any language."""
    return (
        len(definition.split()) <= _STAMP_WORDS
        and _TIME.search(definition) is not None
        and _YEAR.search(definition) is not None
    )


_MONTH_YEAR = re.compile(r"^([^\W\d_]+)\.?\s+(?:19|20)\d\d\b")


# A course card's start month after its label ("From February 2027", "Starts March 2027",
# "Next intake: May 2027"), the card's price after it.
_LEAD_MONTH_YEAR = re.compile(
    r"^(?:from|starts?|starting|begins?|beginning|next(?:\s+(?:intake|start|course|run))?|"
    r"intake|opens?|available)\s*:?\s+([^\W\d_]+)\.?\s+(?:19|20)\d\d\b",
    re.I,
)
_LEAD_WORDS = 12  # a longer "definition" so opened is prose ("From April 2025, the …")


def _opens_with_month(definition: str) -> bool:
    """True for a "definition" that opens with a month and year ("November 2026. All
    details subject to change." after "Stand:" / "Last updated:"): a dated note; or, short,
    with a month and year after a start label ("From February 2027 · from FJ$2,100" under a
    course card's title): a card's facts."""
    match = _MONTH_YEAR.match(definition)
    if match is not None and month_number(match.group(1)) is not None:
        return True
    if len(definition.split()) > _LEAD_WORDS:
        return False
    match = _LEAD_MONTH_YEAR.match(definition)
    return match is not None and month_number(match.group(1)) is not None


def asks(name: str) -> bool:
    """True for a "name" that is a question ("What is a sprint?", "受講資格はありますか？")."""
    return name.endswith(("?", "？")) or question_text(name) is not None


def is_step(name: str) -> bool:
    """True for a numbered step of an outline ("Lesson 2", "Day 1", "3. Reporting")."""
    return bool(_STEP.match(name))


def is_cross_reference(name: str) -> bool:
    """True for a cross-reference label ("See also", "Siehe auch", "Veja também", "参照")
    rather than a term: the line after it names other terms."""
    return _CROSS_REFERENCE.fullmatch(name.strip(" :：–—-")) is not None


# A label for a term's other names ("Also called: fuse box, fuseboard", "Also known as: …",
# "AKA: …"): the line under a term's heading, never a term of its own.
_OTHER_NAMES_LABEL = re.compile(
    r"(?:also|otherwise|sometimes|often|commonly)\s+(?:called|known\s+as|referred\s+to\s+as)"
    r"|a\.?k\.?a\.?|other\s+names?|alternative\s+names?|auch\s+genannt|aussi\s+appel[ée]e?s?"
    r"|également\s+appel[ée]e?s?|también\s+llamad[oa]s?|tamb[ée]m\s+chamad[oa]s?",
    re.I,
)


def is_other_names_label(name: str) -> bool:
    """True for the label of a term's other names ("Also called", "Also known as") rather
    than a term: the words after it are the term's synonyms."""
    return _OTHER_NAMES_LABEL.fullmatch(name.strip(" :：–—-")) is not None


def is_key_fact(name: str) -> bool:
    """True for a key-facts label ("Price", "Duration", "Starts") rather than a term."""
    return bool(_KEY_FACTS.match(name))


def terms_from_lines(lines: Iterable[str], *, forced: bool = False) -> list[tuple[str, str]]:
    """Term lines inside glossary stretches of ``lines`` (all of them when ``forced``), and
    the rows of tab-separated tables whose header names a term and a definition column."""
    texts = [line.strip() for line in lines]
    letters = sum(1 for text in texts if len(text) <= 5 and is_letter_heading(text)) >= 3
    out: list[tuple[str, str]] = []
    active, hits, misses = forced, 0, 0
    columns: tuple[int, int] | None = None  # of the tab-separated table being read
    for raw in texts:
        if "\t" in raw and (active or columns is not None or len(raw) <= _SHORT_LINE):
            cells = [clean_text(cell) for cell in raw.split("\t") if cell.strip()]
            named = header_columns(cells) if len(raw) <= _SHORT_LINE else None
            if named is not None:
                columns, active, hits, misses = named, True, 0, 0
                continue
            found = (
                _row_pair(cells, columns or (0, 1), named=columns is not None)
                if columns or active
                else None
            )
            if found is not None:
                out.append(found)
                hits, misses = hits + 1, 0
                continue
        if columns is not None and hits and "\t" not in raw and _wraps(out[-1][1], raw):
            out[-1] = (out[-1][0], f"{out[-1][1]} {clean_text(raw)}")  # a cell's second line
            continue
        if columns is not None:  # the table has ended, and its glossary stretch with it
            columns, active = None, forced
        text = _LEAD.sub("", clean_text(raw)) if active or len(raw) <= _SHORT_LINE else ""
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
        if hits and not misses and _wraps(out[-1][1], text):
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")  # the definition's second line
            continue
        misses += 1
        if not forced and misses >= (_MISSES_AFTER if hits else _MISSES_BEFORE_FIRST):
            active = False
    return out


def _row_pair(
    cells: list[str], columns: tuple[int, int], *, named: bool = False
) -> tuple[str, str] | None:
    """(term, definition) of one row of a tab-separated glossary table; a table whose header
    names its term column (``named``) may hold longer names ("Plan de formación de la empresa
    para el empleo (PFE)")."""
    term_col, def_col = columns
    if len(cells) <= max(term_col, def_col) or len(cells) > _MAX_CELLS:
        return None
    return term_pair(cells[term_col], cells[def_col], words=_MAX_ROW_NAME if named else 6)


def _wraps(definition: str, line: str) -> bool:
    """True where ``line`` is the second line of a definition (or table cell) that ends with
    ``definition``: that stops mid-sentence, and the line goes on with a small letter ("… to
    mark the edge of" / "a field or a garden.") or after a comma or an open bracket."""
    text = line.strip()
    if not text or definition.endswith(_SENTENCE_ENDS):
        return False
    return text[0].islower() or definition.endswith(_OPEN_ENDS)


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

"""The names one glossary term goes by, so that its readings can be told apart or merged.

A page often names a term twice: the markup says "Confidentiality, integrity and
availability" (``termCode`` "CIA") and the text says "**CIA** (Confidentiality, integrity and
availability): …".  A short form *abbreviates* a long name when its letters are taken, in
order, from the starts of the long name's words ("PMBOK": Project Management Body Of
Knowledge, "InfoSec": Information security), every word but small ones such as "and" or "of"
giving at least one, and it is not itself one of those words ("Scrum" and "Scrum master" are
two terms).  A hyphenated compound gives letters either part by part ("RBAC": Role-based
access control) or its initial alone ("ABS": Anti-lock braking system).  Then:

- "X (Y)" goes by X and by Y as well when one of them abbreviates the other (not for
  qualifiers: "Sprint (Scrum)" stays one name);
- a short form and a long name it abbreviates are the same term.

A marker saying that a name is an abbreviation ("PAYE (abbr.)", "GmbH (Abk.)") is no part
of the name: :func:`strip_marker`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from prospectus.records import fold

_PAREN_NAME = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
_SHORT_FORM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z][A-Za-z0-9&./-]{1,11}$")
_WORDS = re.compile(r"[^\W_]+")
_SKIPPABLE = frozenset(
    {"and", "of", "the", "for", "in", "on", "to", "a", "an", "with", "und", "der", "die", "das",
     "des", "für", "de", "la", "le", "les", "et", "du", "van", "het", "en", "y", "del", "di"}
)  # fmt: skip
_MAX_LONG_WORDS = 12
_MARKER = re.compile(
    r"\s*[(\[](?:abbr|abbrev|abbreviation|acr|acronym|abk|abkürzung|akronym|abr|abrév|abrev|"
    r"abreviatura|abréviation|sigla|zkr|zkratka|skr|skrót|förk|fork|afk|略|略語|略称|缩写|縮寫)\.?"
    r"[)\]]$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class TermNames:
    """Folded full names, short forms and long names of one term."""

    full: frozenset[str]
    short: frozenset[str]
    long: frozenset[str]

    @classmethod
    def of(cls, name: str) -> TermNames:
        return _names_of(name)

    def union(self, other: TermNames) -> TermNames:
        return TermNames(self.full | other.full, self.short | other.short, self.long | other.long)

    def matches(self, other: TermNames) -> bool:
        """True when the two are names of one term."""
        if self.full & other.full:
            return True
        return any(_spells(s, lg) for s in self.short for lg in other.long) or any(
            _spells(s, lg) for s in other.short for lg in self.long
        )


@lru_cache(maxsize=4096)
def _names_of(name: str) -> TermNames:
    """:meth:`TermNames.of`, remembered: a page's terms are named again by the merge."""
    name = " ".join(name.split())
    parts = [name]
    match = _PAREN_NAME.match(name)
    if match is not None:
        outer, inner = match.group("outer").strip(), match.group("inner").strip()
        if abbreviates(outer, inner) or abbreviates(inner, outer):
            parts += [outer, inner]
    folded = [fold(p) for p in parts]
    short = frozenset(_letters(p) for p in parts if _SHORT_FORM.match(p))
    long = frozenset(
        _compounds(p)
        for p, f in zip(parts, folded, strict=True)
        if 2 <= len(f.split()) <= _MAX_LONG_WORDS
    )
    return TermNames(frozenset(folded) - {""}, short - {""}, long)


_HYPHENS = re.compile(r"[-\u2010\u2011]")


def _compounds(name: str) -> str:
    """``name`` folded word by word, the parts of a hyphenated compound joined by "-"
    ("Trace-back system" → "trace-back system"): :func:`_match` may read such a compound as
    one word or as its parts."""
    return " ".join(
        "-".join(part for part in (fold(p) for p in _HYPHENS.split(word)) if part)
        for word in name.split()
    )


# The small words joining a long name's words, in the languages of the readers
# ("Sistema de Informação e Gestão da Oferta", "Register of Regulated Qualifications").
_JOINING = _SKIPPABLE | frozenset(
    {"e", "da", "do", "das", "dos", "o", "os", "as", "og", "i", "och", "af", "av", "w", "z",
     "na", "dla", "und", "et", "ed", "della", "dei", "delle", "al", "los", "las", "voor"}
)  # fmt: skip
_BRACKETED = re.compile(r"\([^()]*\)")
_MAX_JOINED = 12  # words of a name counted as a term's at most, joining words and all


def name_words(name: str) -> int:
    """The words of a term's name that count against its length: its bracketed acronym or
    expansion aside ("(SIGO)"), and the small words joining the others ("de", "e", "of",
    "and"), so that an official name of a few words is a term's name; a longer text (over
    twelve words) counts whole."""
    words = name.split()
    if len(words) > _MAX_JOINED:
        return len(words)
    return sum(1 for w in _BRACKETED.sub(" ", name).split() if w not in _JOINING)


def spelled_out(name: str) -> bool:
    """True for a name written as a long form and its abbreviation, either way round: "Hazard
    Analysis and Critical Control Points (HACCP)", "RSPP (Responsabile del Servizio di
    Prevenzione e Protezione)" -- a term's name however many words its long form has."""
    match = _PAREN_NAME.match(" ".join(name.split())) if name.endswith(")") else None
    if match is None:
        return False
    outer, inner = match.group("outer").strip(), match.group("inner").strip()
    return abbreviates(inner, outer) or abbreviates(outer, inner)


def strip_marker(name: str) -> str:
    """``name`` without a trailing abbreviation marker: "PAYE (abbr.)" → "PAYE"."""
    if not name.endswith((")", "]")):
        return name
    return _MARKER.sub("", name) or name


def abbreviates(short: str, long: str) -> bool:
    """True when ``short`` ("RBAC") is an abbreviation of ``long`` ("Role-based access control")."""
    if not _SHORT_FORM.match(short.strip()):
        return False
    return 2 <= len(fold(long).split()) <= _MAX_LONG_WORDS and _spells(
        _letters(short), _compounds(long)
    )


def _letters(short: str) -> str:
    return "".join(ch for ch in fold(short) if ch.isalnum())


@lru_cache(maxsize=1024)
def _spells(letters: str, long: str) -> bool:
    """Whether ``letters`` abbreviate ``long`` (a name as :func:`_compounds` gives it)."""
    if letters in _WORDS.findall(long):
        return False  # "SCRUM" ≠ "Scrum master"
    return _match(letters, tuple(w for w in long.split() if _WORDS.search(w)))


def _match(letters: str, words: tuple[str, ...]) -> bool:
    """``letters`` taken in order from prefixes of ``words``, each word used or, if a joining
    word of any of the readers' languages (``_JOINING``: "of", "di", "e"), skipped; a
    hyphenated compound ("trace-back") used part by part, or as one word giving its initial
    only (more would let "EVP" spell "Evidence-based practice")."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if "-" in word:
        parts = tuple(word.split("-"))
        return (
            _match(letters, parts + rest)
            or (  # or its initial alone: "Anti-lock" → A
                letters[:1] == parts[0][:1] and _match(letters[1:], rest)
            )
        )
    if word in _JOINING and _match(letters, rest):
        return True
    return _prefix_then(letters, word, rest)


def _prefix_then(letters: str, word: str, rest: tuple[str, ...]) -> bool:
    """``letters`` opening with a prefix of ``word``, the others taken from ``rest``."""
    size = 0
    while size < min(len(word), len(letters)) and letters[size] == word[size]:
        size += 1
        if _match(letters[size:], rest):
            return True
    return False

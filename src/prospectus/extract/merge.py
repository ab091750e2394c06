"""Stage 7: one real thing, one record.

Records of the same thing found by different readers are folded together:
structured data first, the visible text filling what it left empty.  Each value
keeps its provenance.  Here: the folding itself and the FAQ and term mergers;
a course's runs are merged in :mod:`.run_merge`, and which of two wordings of an
answer or definition to keep is told by :mod:`.wording`.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from prospectus.extract.patterns.glossary_names import TermNames
from prospectus.extract.text import folded_words
from prospectus.extract.wording import (
    added_to,
    amended,
    condensed,
    cut_off,
    expanded,
    lengthened,
    outdated,
    refigured,
    repriced,
    restated,
    retold,
    rewritten,
    stub_of,
    summarised,
    summed_up,
    truncated,
)
from prospectus.records import SOURCES, Course, Faq, Record, Term, fold

R = TypeVar("R", bound=Record)

_SOURCE_RANK = {s: i for i, s in enumerate(SOURCES)}
_TRAILING_JUNK = re.compile(r"(?<=\?)[^\w?]+$")
# A sentence's end: ".", "!" or "?" before a space and a capital, or at the end of the text.
_SENTENCE_END = re.compile(r"[.!?。](?:\s+(?=[A-ZÀ-Þ])|\s*$)")
_MARKUP = frozenset(SOURCES[: SOURCES.index("html")])
_SAME_ANSWER_WORDS = 8  # words of an answer that two FAQs can share only by being one
_ELLIPSES = ("…", "...", "[…]", "[...]")
_SUPERSEDED_SHARE = 0.4  # of a markup definition's words the page's newer wording keeps


def rank(record: Record) -> int:
    return _SOURCE_RANK.get(record.source, len(_SOURCE_RANK))


def fill(primary: R, secondary: Record) -> R:
    """``primary`` with the fields it leaves empty taken from ``secondary``."""
    changes: dict[str, Any] = {}
    for name in _shared_fields(type(primary), type(secondary)):
        mine = getattr(primary, name)
        if (mine is None or mine == ()) and (other := getattr(secondary, name)) not in (None, ()):
            changes[name] = other
    return taken_from(primary, secondary, changes)


def taken_from(record: R, other: Record, changes: dict[str, Any]) -> R:
    """``record`` with ``changes`` made, values of ``other``: each changed field keeps
    ``other``'s provenance for it (its source where it has none)."""
    if not changes:
        return record
    theirs = dict(other.provenance)
    provenance = dict(record.provenance)
    provenance.update({name: theirs.get(name, other.source) for name in changes})
    return replaced(record, provenance=tuple(provenance.items()), **changes)


def _shared_fields(mine: type[Record], theirs: type[Record]) -> tuple[str, ...]:
    """The value fields of records of type ``mine`` that records of type ``theirs`` have too."""
    known = _SHARED_FIELDS.get((mine, theirs))
    if known is None:
        names = {f.name for f in dataclasses.fields(theirs)}
        known = _SHARED_FIELDS[(mine, theirs)] = tuple(
            f.name
            for f in dataclasses.fields(mine)
            if f.name not in ("page", "source", "provenance") and f.name in names
        )
    return known


def _field_names(kind: type[Record]) -> tuple[str, ...]:
    known = _FIELD_NAMES.get(kind)
    if known is None:
        known = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return known


# The fields of each record type (and pair of types), read once: ``dataclasses.fields`` and
# ``dataclasses.replace`` read them afresh at every call.
_SHARED_FIELDS: dict[tuple[type[Record], type[Record]], tuple[str, ...]] = {}
_FIELD_NAMES: dict[type[Record], tuple[str, ...]] = {}


def replaced(record: R, **changes: Any) -> R:
    """``replaced(record, **changes)``, quicker: a record's fields are all plain
    ``__init__`` fields, so its values and the changes are all its constructor needs."""
    values = {name: getattr(record, name) for name in _field_names(type(record))}
    values.update(changes)
    return type(record)(**values)


def with_changes(record: R, changes: dict[str, Any], source: str) -> R:
    """``record`` with ``changes`` made, each field's provenance set to ``source``."""
    if not changes:
        return record
    provenance = dict(record.provenance)
    provenance.update(dict.fromkeys(changes, source))
    return replaced(record, provenance=tuple(provenance.items()), **changes)


def tokens(text: str | None) -> set[str]:
    return set(folded_words(text))


def similar(a: str | None, b: str | None, threshold: float = 0.8) -> bool:
    return _Key.of(a).similar(_Key.of(b), threshold)


@dataclasses.dataclass(frozen=True, slots=True)
class _Key:
    """A name or question folded once, for the many comparisons of one merge."""

    folded: str
    words: frozenset[str]

    @classmethod
    def of(cls, text: str | None) -> _Key:
        return _key_of(text)

    def similar(self, other: _Key, threshold: float) -> bool:
        """:func:`similar`: most of the words of the two shared."""
        if not self.words or not other.words:
            return False
        shared = len(self.words & other.words)
        return shared / (len(self.words) + len(other.words) - shared) >= threshold


@lru_cache(maxsize=8192)
def _key_of(text: str | None) -> _Key:
    """:meth:`_Key.of`, remembered: a page's names and questions come from several readers,
    and each merge compares them again."""
    folded = fold(text)
    return _Key(folded, frozenset(folded.split()))


def _group(records: Iterable[R], key_text: str, combine: Callable[[R, R], R] = fill) -> list[R]:
    """Fold records naming the same thing (by ``key_text`` field), best source first."""
    ordered = sorted(enumerate(records), key=lambda p: (rank(p[1]), p[0]))
    kept: list[tuple[R, _Key]] = []
    for _, record in ordered:
        key = _Key.of(getattr(record, key_text))
        for index, (existing, known) in enumerate(kept):
            if known.folded == key.folded or known.similar(key, 0.85):
                merged = combine(existing, record)
                text = getattr(merged, key_text)
                if text != getattr(existing, key_text):  # else its key is known
                    known = _Key.of(text)
                kept[index] = (merged, known)
                break
        else:
            kept.append((record, key))
    return [record for record, _ in kept]


def tidy_question(faq: Faq) -> Faq:
    question = _TRAILING_JUNK.sub("", faq.question).strip()
    return faq if question == faq.question else replaced(faq, question=question)


def merge_faqs(faqs: Sequence[Faq]) -> list[Faq]:
    """One record per question, markup first, the visible text filling its gaps -- and
    giving the answer where the markup's is a stale version of it (:func:`outdated`) or
    cut short (:func:`truncated`)."""
    tidied = [tidy_question(f) for f in faqs]
    shown = [_Key.of(f.question) for f in tidied if f.source not in _MARKUP]
    return _reworded(_group(tidied, "question", _fill_faq), shown)


def _reworded(faqs: list[Faq], shown: list[_Key]) -> list[Faq]:
    """``faqs`` with a markup FAQ whose question the page does not show (none of the ``shown``
    questions) folded into the one visible FAQ that gives its answer, word for word or
    reworded (:func:`retold`): the markup rewords the question ("Who pays for the training?"
    beside the page's "Who pays for an apprenticeship?").  An answer that two FAQs of a side
    could give is left."""
    marked = [
        index
        for index, faq in enumerate(faqs)
        if faq.source in _MARKUP and faq.answer and not _asked(faq.question, shown)
    ]
    if not marked:
        return faqs
    visible = [index for index, faq in enumerate(faqs) if faq.source not in _MARKUP and faq.answer]
    partners = {
        index: [other for other in visible if _one_answer(faqs[index].answer, faqs[other].answer)]
        for index in marked
    }
    claims = Counter(other for others in partners.values() for other in others)
    drop: set[int] = set()
    merged = list(faqs)
    for index, others in partners.items():
        if len(others) == 1 and claims[others[0]] == 1:
            merged[index] = _with_answer_of(faqs[index], faqs[others[0]])
            drop.add(others[0])
    return [faq for index, faq in enumerate(merged) if index not in drop] if drop else faqs


def _asked(question: str, shown: list[_Key]) -> bool:
    """Whether one of the page's ``shown`` questions is ``question`` (as :func:`_group` tells)."""
    key = _Key.of(question)
    return any(known.folded == key.folded or known.similar(key, 0.85) for known in shown)


def _one_answer(marked: str | None, shown: str | None) -> bool:
    """Whether two FAQs' answers are one: the same long answer, one :func:`retold`, or the
    markup's a few words stating the page's facts (:func:`summed_up`)."""
    if not marked or not shown:
        return False
    same = fold(marked) == fold(shown) and len(marked.split()) >= _SAME_ANSWER_WORDS
    return same or retold(marked, shown) or summed_up(marked, shown)


def _with_answer_of(marked: Faq, shown: Faq) -> Faq:
    """The markup's FAQ filled from the page's, with the page's answer: the page rewords the
    markup's question, so the markup is the older copy of the two."""
    merged = fill(marked, shown)
    if merged.answer == shown.answer:
        return merged
    return taken_from(merged, shown, {"answer": shown.answer})


def _fill_faq(primary: Faq, secondary: Faq) -> Faq:
    merged = fill(primary, secondary)
    if primary.source not in _MARKUP or secondary.source in _MARKUP:
        return merged  # markup beside the visible text only
    if (
        not outdated(merged.answer, secondary.answer)
        and not truncated(merged.answer, secondary.answer)
        and not rewritten(merged.answer, secondary.answer)
        and not condensed(merged.answer, secondary.answer)
        and not expanded(merged.answer, secondary.answer)
        and not summarised(merged.answer, secondary.answer)
        and not lengthened(merged.answer, secondary.answer)
        and not added_to(merged.answer, secondary.answer, merged.question)
        and not repriced(merged.answer, secondary.answer)
        and not refigured(merged.answer, secondary.answer)
        and not amended(merged.answer, secondary.answer)
        and not restated(merged.answer, secondary.answer)
    ):
        return merged
    provenance = dict(merged.provenance)
    provenance["answer"] = dict(secondary.provenance).get("answer", secondary.source)
    return replaced(merged, answer=secondary.answer, provenance=tuple(provenance.items()))


def merge_terms(terms: Sequence[Term]) -> list[Term]:
    """One record per term, markup first, the others filling its gaps.

    Besides equal (or near-equal) names, a name and its abbreviation are one term: "CIA",
    "CIA (Confidentiality, integrity and availability)" and "Confidentiality, integrity and
    availability" (see :mod:`prospectus.extract.patterns.glossary_names`).
    """
    ordered = [t for _, t in sorted(enumerate(terms), key=lambda p: (rank(p[1]), p[0]))]
    kept: list[tuple[Term, TermNames, _Key]] = []
    for term in ordered:
        names, key = TermNames.of(term.name), _Key.of(term.name)
        for index, (existing, known, known_key) in enumerate(kept):
            if known.matches(names) or known_key.similar(key, 0.85):
                merged = _fill_term(existing, term)
                kept[index] = (merged, known.union(names), _Key.of(merged.name))
                break
        else:
            kept.append((term, names, key))
    return _renamed([term for term, _, _ in kept])


def _renamed(terms: list[Term]) -> list[Term]:
    """``terms`` with a markup term and a visible one that give the same long definition
    folded into one, where one's name holds the other's words: the markup names the term by
    its loanword ("Phishing") and the page by its own word with the loanword after it
    ("Pesca de credencials (phishing)").  The page's definition may go on with a link's
    words ("… Read more: Wikipedia")."""
    marked = [i for i, t in enumerate(terms) if t.source in _MARKUP and t.definition]
    if not marked or len(marked) == len(terms):
        return terms
    drop: set[int] = set()
    merged = list(terms)
    for index in marked:
        mine = fold(terms[index].definition)
        if len(mine.split()) < _SAME_ANSWER_WORDS:
            continue
        names = folded_words(terms[index].name)
        same = [
            other
            for other, term in enumerate(terms)
            if term.source not in _MARKUP
            and other not in drop
            and term.definition
            and fold(term.definition).startswith(mine)
            and _named_alike(names, folded_words(term.name))
        ]
        if len(same) == 1:
            merged[index] = _fill_term(merged[index], terms[same[0]])
            drop.add(same[0])
    return [term for index, term in enumerate(merged) if index not in drop] if drop else terms


_STEM = 4  # letters a word must have to stand for the longer words it begins


# Words that join a name's parts, which one wording of a name writes and another leaves to
# a slash or a hyphen ("Lockout and tagout", "Lockout/tagout").
_JOINING_WORDS = frozenset({"and", "&", "und", "et", "y", "en"})


def _named_alike(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """True where one name's words are all among the other's, or begin them: "Phishing" in
    "Pesca de credencials (phishing)", the noun "Stone dust" in the process "Stone dusting";
    a joining word apart ("Lockout and tagout", "Lockout/tagout (LOTO)")."""
    if mine <= theirs or theirs <= mine:
        return True
    if (mine | theirs) & _JOINING_WORDS:
        mine, theirs = mine - _JOINING_WORDS, theirs - _JOINING_WORDS
        if mine and theirs and (mine <= theirs or theirs <= mine):
            return True
    short, long = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)
    return bool(short) and all(
        word in long or (len(word) >= _STEM and any(other.startswith(word) for other in long))
        for word in short
    )


def _fill_term(primary: Term, secondary: Term) -> Term:
    """``primary`` filled from ``secondary``, with the reference links of both, and with the
    full definition of ``secondary`` where ``primary``'s is a one-sentence summary of it."""
    merged = fill(primary, secondary)
    if (
        stub_of(merged.definition, secondary.definition)
        or cut_off(merged.definition, secondary.definition)
        or _superseded(merged.definition, secondary.definition, primary, secondary)
    ):
        provenance = dict(merged.provenance)
        provenance["definition"] = dict(secondary.provenance).get("definition", secondary.source)
        merged = replaced(
            merged, definition=secondary.definition, provenance=tuple(provenance.items())
        )
    extra = tuple(u for u in secondary.same_as if u not in merged.same_as)
    if not extra:
        return merged
    return replaced(merged, same_as=merged.same_as + extra)


def _superseded(short: str | None, full: str | None, primary: Term, secondary: Term) -> bool:
    """True where the markup's one-sentence definition ``short`` is an older wording that the
    page's own definition ``full`` replaces: ``full`` has at least twice the words and does not
    hold ``short`` (a page's definition run on into the next block's text would) -- "System
    that filters network traffic." beside "A device or program that controls the traffic
    coming into and out of a network by set rules, and blocks unauthorised connections.";
    it keeps some of ``short``'s words, as a wording of the same thing does."""
    if not short or not full or primary.source not in _MARKUP or secondary.source in _MARKUP:
        return False
    if len(_SENTENCE_END.findall(short)) > 1 or full.endswith(_ELLIPSES):
        return False
    mine, theirs = fold(short), fold(full)
    words, known = mine.split(), set(theirs.split())
    return (
        bool(words)
        and len(known) >= 2 * len(set(words))
        and len(theirs.split()) >= 2 * len(words)
        and mine not in theirs
        and sum(word in known for word in words) >= _SUPERSEDED_SHARE * len(words)
    )


def inherit(run: Course, course: Course, fields: Iterable[str]) -> Course:
    """``run`` with course-level ``fields`` it lacks taken from ``course``."""
    changes = {
        f: getattr(course, f)
        for f in fields
        if getattr(run, f) is None and getattr(course, f) is not None
    }
    return taken_from(run, course, changes)

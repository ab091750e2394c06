"""Stage 7: one real thing, one record.

Records of the same thing found by different readers are folded together:
structured data first, the visible text filling what it left empty.  Each value
keeps its provenance.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import lru_cache
from typing import Any, TypeVar

from prospectus.extract.currencies import DOLLAR_CURRENCIES, KRONA_CURRENCIES, RUPEE_CURRENCIES
from prospectus.extract.patterns.events import CANCELLED
from prospectus.extract.patterns.glossary_names import TermNames
from prospectus.extract.prices import find_prices
from prospectus.extract.run_names import status_free, takes_page_name
from prospectus.extract.text import folded_words
from prospectus.records import SOURCES, Course, Faq, Record, Term, fold

R = TypeVar("R", bound=Record)

_SOURCE_RANK = {s: i for i, s in enumerate(SOURCES)}
_TRAILING_JUNK = re.compile(r"(?<=\?)[^\w?]+$")
# A sentence's end: ".", "!" or "?" before a space and a capital, or at the end of the text.
_SENTENCE_END = re.compile(r"[.!?。](?:\s+(?=[A-ZÀ-Þ])|\s*$)")
_STUB_SHARE = 0.6
_SENTENCE_STOPS = frozenset(".!?。！？")
_MARKUP = frozenset(SOURCES[: SOURCES.index("html")])
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_KEPT_SHARE = 0.7
_SAME_ANSWER_WORDS = 8  # words of an answer that two FAQs can share only by being one
_ELLIPSES = ("…", "...", "[…]", "[...]")
_CONDENSED_LENGTH = 1.3  # how much longer a page's answer is than the markup's condensed one
_CONDENSED_SHARE = 0.9  # of the condensed answer's words the page's answer holds
_MIN_CUT = 4  # words of a cut answer, its last perhaps cut in the middle
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
    if not changes:
        return primary
    theirs = dict(secondary.provenance)
    provenance = dict(primary.provenance)
    provenance.update({name: theirs.get(name, secondary.source) for name in changes})
    return replaced(primary, provenance=tuple(provenance.items()), **changes)


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
    return _reworded(_group((tidy_question(f) for f in faqs), "question", _fill_faq))


def _reworded(faqs: list[Faq]) -> list[Faq]:
    """``faqs`` with a markup FAQ and a visible one that give the same long answer folded into
    one: the markup rewords the question ("Who pays for the training?" beside the page's "Who
    pays for an apprenticeship?").  Answers shared by more than one FAQ of a side are left."""
    by_answer: dict[str, list[int]] = {}
    for index, faq in enumerate(faqs):
        if faq.answer and len(faq.answer.split()) >= _SAME_ANSWER_WORDS:
            by_answer.setdefault(fold(faq.answer), []).append(index)
    drop: set[int] = set()
    merged = list(faqs)
    for indices in by_answer.values():
        if len(indices) != 2:
            continue
        first, second = indices
        if (faqs[first].source in _MARKUP) == (faqs[second].source in _MARKUP):
            continue
        merged[first] = fill(faqs[first], faqs[second])
        drop.add(second)
    return [faq for index, faq in enumerate(merged) if index not in drop] if drop else faqs


def _fill_faq(primary: Faq, secondary: Faq) -> Faq:
    merged = fill(primary, secondary)
    if primary.source not in _MARKUP or secondary.source in _MARKUP:
        return merged  # markup beside the visible text only
    if (
        not outdated(merged.answer, secondary.answer)
        and not truncated(merged.answer, secondary.answer)
        and not _rewritten(merged.answer, secondary.answer)
        and not _condensed(merged.answer, secondary.answer)
        and not _expanded(merged.answer, secondary.answer)
        and not _summarised(merged.answer, secondary.answer)
        and not _lengthened(merged.answer, secondary.answer)
        and not _added_to(merged.answer, secondary.answer, merged.question)
        and not _repriced(merged.answer, secondary.answer)
        and not _refigured(merged.answer, secondary.answer)
    ):
        return merged
    provenance = dict(merged.provenance)
    provenance["answer"] = dict(secondary.provenance).get("answer", secondary.source)
    return replaced(merged, answer=secondary.answer, provenance=tuple(provenance.items()))


_DIGIT = re.compile(r"\d")
_REPRICED_SHARE = 0.5  # of the markup answer's words the page's answer holds


def _repriced(marked: str | None, shown: str | None) -> bool:
    """True where ``marked`` (the markup's answer) is an older answer on the same fees as
    ``shown`` (the page's), with figures the page no longer states: both give prices in
    the same currency, the page's at least as many and at least as long an answer, some of
    the markup's amounts are gone from it, and it holds half the markup's words -- "Regular
    batch fee is Rs. 11,000, inclusive of GST." beside "Fees depend on the batch: Regular
    ₹12,500, Fast track ₹14,000. All fees include GST."."""
    if not marked or not shown or len(shown) < len(marked) or not _DIGIT.search(marked):
        return False  # (quick to tell first)
    old = [m.price for m in find_prices(marked) if m.price.amount is not None]
    new = [m.price for m in find_prices(shown) if m.price.amount is not None]
    if not old or len(new) < len(old):
        return False
    if not {p.currency for p in old} <= {p.currency for p in new}:
        return False
    if {p.amount for p in old} <= {p.amount for p in new}:
        return False  # the page states every figure the markup does
    words = [w for w in fold(marked).split() if w.isalpha()]
    known = set(fold(shown).split())
    return bool(words) and sum(w in known for w in words) >= _REPRICED_SHARE * len(words)


def _refigured(marked: str | None, shown: str | None) -> bool:
    """True where ``marked`` (the markup's answer) is an older policy on the same matter as
    ``shown`` (the page's), every figure of it changed: the page's answer is at least as long,
    states figures of its own but none of the markup's, and holds half the markup's words --
    "Cancellations 7 days or more before the course are free." beside "You can cancel free
    of charge up to 14 days before the course; after that 50% of the fee is payable."."""
    if not marked or not shown or len(shown) < len(marked) or not _DIGIT.search(marked):
        return False  # (quick to tell first)
    old, new = set(_FIGURE.findall(marked)), set(_FIGURE.findall(shown))
    if not new or old & new:
        return False
    words = [w for w in fold(marked).split() if w.isalpha()]
    known = set(fold(shown).split())
    return bool(words) and sum(w in known for w in words) >= _REPRICED_SHARE * len(words)


def _rewritten(short: str | None, full: str | None) -> bool:
    """True where ``short`` is a one-line summary of ``full`` (:func:`stub_of`) that ``full``
    rewrites rather than goes on from: a visible answer that opens with the markup's is
    more likely the answer and the next block's text run together."""
    return stub_of(short, full) and not fold(full or "").startswith(fold(short or ""))


def _condensed(short: str | None, full: str | None) -> bool:
    """True where ``short`` (the markup's answer) is an older, condensed wording of ``full``
    (the page's): ``full`` is a good part longer, has more sentences and holds nearly all of
    ``short``'s words, but does not open with it (an answer run into the next block's text
    would) -- "Full refund if you cancel …; 50% between …; no refund after that." beside
    "You get a full refund if you cancel …. Between … we refund 50%. After that …"."""
    if not short or not full or len(full) < _CONDENSED_LENGTH * len(short):
        return False
    if full.startswith(short[: len(short) // 2]):
        return False  # goes on from it, as a run-on answer does (and quick to tell)
    if len(_SENTENCE_END.findall(full)) <= len(_SENTENCE_END.findall(short)):
        return False
    mine, theirs = fold(short).split(), fold(full).split()
    if not mine or " ".join(theirs).startswith(" ".join(mine)):
        return False
    known = set(theirs)
    return sum(word in known for word in mine) >= _CONDENSED_SHARE * len(mine)


def _expanded(short: str | None, full: str | None) -> bool:
    """True where ``short`` (the markup's answer) is an older, shorter wording that ``full`` (the
    page's) fills out clause by clause: ``full`` is half as long again and holds nearly all of
    ``short``'s words in their order, but not ``short`` itself (an answer run on into the next
    block's text, or with a label before it, would) -- "Yes, within 7 days of purchase. Just
    email support." beside "Yes, within 7 days of purchase if you have watched under 20% of the
    lessons. Email support with your order number; we refund you within 10 working days."."""
    if not short or not full or len(full) < 1.5 * len(short) or short in full:
        return False  # (holding it whole: quick to tell)
    mine, theirs = fold(short).split(), fold(full).split()
    if len(mine) < _MIN_CUT or " ".join(mine) in " ".join(theirs):
        return False
    found, at = 0, 0
    for word in mine:
        try:
            at = theirs.index(word, at) + 1
        except ValueError:
            continue
        found += 1
    return found >= _CONDENSED_SHARE * len(mine)


def _lengthened(short: str | None, full: str | None) -> bool:
    """True where ``short`` (the markup's answer) is one sentence that ``full`` (the page's)
    opens with and then carries on past its full stop, in the same sentence: the page added
    to an older answer -- "You can pay by card or by cheque." beside "You can pay by card,
    or by cheque or EFT if you have an account. Companies can also ask for an invoice.".  An
    answer run on into the next block's text keeps the markup's sentence whole."""
    if not short or not full or len(full) < 1.5 * len(short) or short[-1:] not in ".!?。":
        return False
    if full[:3].casefold() != short[:3].casefold() or len(_SENTENCE_END.findall(short)) != 1:
        return False  # (quick to tell first)
    end = _SENTENCE_END.search(full)
    stop = end.start() if end else len(full)
    if stop < len(short):
        return False  # the page's first sentence is the shorter
    first = fold(full[:stop])
    mine = fold(short)
    return len(mine.split()) >= _MIN_CUT and first != mine and first.startswith(mine + " ")


def _added_to(short: str | None, full: str | None, question: str | None) -> bool:
    """True where ``full`` (the page's answer) is ``short`` (the markup's, whole sentences)
    and one more sentence on the same matter (it shares a word with the question or the
    answer): the page added a line to an older answer -- "Yes, on 30-day terms." beside
    "Yes, on 30-day terms. Individuals pay by card when booking." for "Can I pay by
    invoice?".  A longer tail, or one on another matter ("Call us on … today."), is more
    likely the next block's text run on."""
    if not short or not full or len(full) <= len(short) + 1 or short[-1:] not in ".!?":
        return False
    if not full.startswith(short) or full[len(short)] != " ":
        return False  # (quick to tell first)
    tail = full[len(short) :].strip()
    if (
        len(tail) > len(short) * _ADDED_LENGTH
        or not tail[:1].isupper()
        or tail[-1:] not in ".!"
        or "?" in tail  # "Still got a question? Call us": the next block's
        or len(_SENTENCE_END.findall(tail)) != 1
    ):
        return False
    said = f" {fold(question)} {fold(short)} "
    return any(
        len(word) >= 3 and word not in _FUNCTION_WORDS and f" {word} " in said
        for word in fold(tail).split()
    )  # a word that carries the matter ("pay", "card"), not "the", "for"


_FUNCTION_WORDS = frozenset(
    """the and for you your our are can not but any all its may has was who how why per via
    off out this that with from what when will have been they them their there here also
    more into than then just only some such each other""".split()  # noqa: SIM905 - a word list
)
_ADDED_LENGTH = 1.5  # how much longer than the markup's answer the added sentence may be
_SUMMARY_LENGTH = 2.5  # how much longer a page's answer is than the markup's one-line summary
_CONTENT_LETTERS = 3  # letters of a word that is more than "en", "of", "la"


def _summarised(short: str | None, full: str | None) -> bool:
    """True where ``short`` (the markup's answer) is one sentence summing up ``full`` (the
    page's, an intro and a list or several paragraphs): ``full`` is far longer, holds every
    content word of ``short`` ("and", "en", "of" aside) but does not open with it -- "We accept
    EFT and card." beside "We accept the following: EFT to our bank account Credit card via
    PayFast Purchase orders for companies Payment is due before the course starts."."""
    if not short or not full or len(full) < _SUMMARY_LENGTH * len(short):
        return False
    if full.startswith(short[: len(short) // 2]) or len(_SENTENCE_END.findall(short)) > 1:
        return False
    mine = [w for w in fold(short).split() if len(w.strip(".,;:!?")) >= _CONTENT_LETTERS]
    known = {w.strip(".,;:!?") for w in fold(full).split()}
    return len(mine) >= _MIN_CUT - 1 and all(w.strip(".,;:!?") in known for w in mine)


def outdated(old: str | None, new: str | None) -> bool:
    """True where ``old`` is an outdated version of ``new``: most of its words are kept, but
    a figure changed -- each holds a number the other lacks ("A resit costs €95." beside "A
    resit costs €125, online or in person.")."""
    if not old or not new or old == new:
        return False
    mine = set(_FIGURE.findall(old))
    if not mine:
        return False
    theirs = set(_FIGURE.findall(new))
    if mine <= theirs or theirs <= mine:
        return False
    words = [w for w in fold(old).split() if not w.isdigit()]
    known = set(fold(new).split())
    return bool(words) and sum(w in known for w in words) >= _KEPT_SHARE * len(words)


def truncated(short: str | None, full: str | None) -> bool:
    """True where ``short`` is ``full`` cut off with an ellipsis: "Fill in the form and pay
    by card or…" beside the whole answer the page shows."""
    if not short or not full or not short.endswith(_ELLIPSES):
        return False
    kept = fold(short.rstrip(".… ")).split()
    whole = fold(full).split()
    return len(whole) > len(kept) >= _MIN_CUT and whole[: len(kept) - 1] == kept[:-1]


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
            and (names <= folded_words(term.name) or folded_words(term.name) <= names)
        ]
        if len(same) == 1:
            merged[index] = _fill_term(merged[index], terms[same[0]])
            drop.add(same[0])
    return [term for index, term in enumerate(merged) if index not in drop] if drop else terms


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


def cut_off(short: str | None, full: str | None) -> bool:
    """True where ``short`` is cut off with an ellipsis and ``full`` is whole, longer and
    holds most of ``short``'s words: the same definition, perhaps in an older wording
    ("Account credited in hours, then euros, that lets…" beside "Account credited in euros
    each year that lets any worker fund certified courses.")."""
    if not short or not full or not short.endswith(_ELLIPSES) or full.endswith(_ELLIPSES):
        return False
    kept = fold(short.rstrip(".… ")).split()[:-1]  # the last word perhaps cut in the middle
    whole = fold(full).split()
    if len(kept) < _MIN_CUT or len(whole) <= len(kept):
        return False
    known = set(whole)
    return sum(word in known for word in kept) >= _KEPT_SHARE * len(kept)


def stub_of(short: str | None, full: str | None) -> bool:
    """True where ``short`` is a one-sentence summary of ``full``: ``full`` has more sentences,
    at least twice the words, and holds most of ``short``'s words ("A breach of security
    affecting personal data." beside "A breach of security leading to … . Breaches that …")."""
    if not short or not full:
        return False
    if _first_sentences(short, full):
        return True
    if len(full) < 2 * len(short):
        return False
    if len(_SENTENCE_END.findall(short)) > 1 or len(_SENTENCE_END.findall(full)) < 2:
        return False
    mine, theirs = fold(short).split(), fold(full).split()
    if len(theirs) < 2 * len(mine):
        return False
    known = set(theirs)
    return sum(word in known for word in mine) >= _STUB_SHARE * len(mine)


def _first_sentences(short: str, full: str) -> bool:
    """True where ``short`` is ``full``'s opening sentence word for word and ``full`` goes on
    for a good part more: in a language written without spaces too ("…経路。" beside
    "…経路。この経路上の…")."""
    head = short.rstrip()
    return (
        head[-1:] in _SENTENCE_STOPS
        and len(full) >= 1.5 * len(head)
        and full.startswith(head)
        and not (head[-1] == "." and full[len(head) : len(head) + 1].isalnum())  # "v1.2"
    )


def same_course(a: str | None, b: str | None) -> bool:
    """Loose: one name's words mostly contained in the other's."""
    ta, tb = folded_words(a), folded_words(b)
    if not ta or not tb:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) >= 0.6


def merge_runs(marked: Sequence[Course], seen: Sequence[Course]) -> list[Course]:
    """Markup runs filled from visible runs of the same date; visible-only runs added.

    A markup run a day off a visible run of its course that has no other partner is that
    run with its dates in UTC (an evening class: "2027-04-08T02:00:00Z" for 7 April, 7 p.m.
    Pacific time): the dates the page shows win, as they do where only the end is a day off.
    """
    out = list(marked)
    paired: set[int] = set()
    unpaired: list[Course] = []
    unlabelled: list[str | None] = []  # the markup's term for each paired row showing none
    for run in seen:
        dated = [
            i
            for i, existing in enumerate(out)
            if existing.start_date == run.start_date
            and existing.start_date is not None
            and not _other_format(existing, run)
        ]
        # the run of its own name first (three masterclasses on one day), else any markup run
        named = [i for i in dated if same_course(out[i].name, run.name)]
        # (not one a run of its own name already filled: another course's run that day)
        other = [i for i in dated if out[i].source != run.source and i not in paired]
        at = named[0] if named else other[0] if other else None
        if at is None:
            out.append(run)
            if run.start_date is not None:
                unpaired.append(run)
            continue
        existing = out[at]
        if existing.source != run.source:
            if run.availability is None and existing.availability != "Discontinued":
                unlabelled.append(existing.availability)  # (not a run called off)
            existing = _page_place(_page_offer(_page_dates(existing, run), run), run)
            if run.name and takes_page_name(existing, run):
                existing = with_changes(existing, {"name": status_free(run.name)}, run.source)
            paired.add(at)
        out[at] = fill(existing, run)
    if unpaired and len(marked) > len(paired):
        out = _day_off(out, len(marked), paired, unpaired)
    if unpaired and unlabelled and set(unlabelled) == {"InStock"}:
        out = _unlabelled_in_stock(out, seen, unpaired)
    elif unpaired and unlabelled and not any(run.availability for run in marked):
        shown = [out[i] for i in sorted(paired)] + unpaired
        out = _unlabelled_in_stock(out, seen, shown, scarce=True)
    return out


def _unlabelled_in_stock(
    out: list[Course], seen: Sequence[Course], unpaired: list[Course], *, scarce: bool = False
) -> list[Course]:
    """``out`` with each run only the page lists, and whose row shows no status, "InStock":
    an events list whose markup calls "InStock" every run of it whose row shows no status (a
    plugin's list that labels only "Sold out" / "Only 4 seats left"), beside rows that do show
    one, leaves out some runs; their rows read as their siblings' do.

    With ``scarce``, ``unpaired`` are all the runs the page shows, of a list whose markup
    states no availability at all: its rows show a status only where places are short or
    gone ("Only 3 spaces left", "Fully booked"), so a row showing none is open."""
    if not any(run.availability is not None for run in seen):
        return out  # no row of the list shows a status: its absence says nothing
    if scarce and any(run.availability not in _SCARCE for run in seen if run.availability):
        return out  # the rows say "open" too: one saying nothing is not read as open
    bare = {
        id(run)
        for run in unpaired
        if run.availability is None and not CANCELLED.search(run.name or "")
    }
    return [
        with_changes(run, {"availability": "InStock"}, run.source) if id(run) in bare else run
        for run in out
    ]


def _other_format(a: Course, b: Course) -> bool:
    """Two runs the page shows side by side on the same dates in different formats (a
    row's classroom and virtual columns): each its own run, never one filling the other."""
    return a.source == b.source and bool(a.mode and b.mode) and a.mode != b.mode


def _day_off(
    out: list[Course], marked: int, paired: set[int], unpaired: list[Course]
) -> list[Course]:
    """``out`` with each unpaired visible run folded into the one unpaired markup run of its
    course a day off it (dates in UTC), where there is exactly one."""
    gone: set[int] = set()
    present = {id(r) for r in out}
    for run in unpaired:
        if id(run) not in present:
            continue  # filled into another visible run of its date
        near = [
            i
            for i in range(marked)
            if i not in paired
            and out[i].source != run.source
            and _days_apart(out[i].start_date, run.start_date) == 1
            and _days_apart(out[i].end_date, run.end_date) in (None, 0, 1)
            and same_course(out[i].name, run.name)
        ]
        if len(near) != 1:
            continue
        index = near[0]
        paired.add(index)
        marked_run = _page_offer(_page_dates(out[index], run, shift=True), run)
        out[index] = fill(_page_place(marked_run, run), run)
        gone.add(id(run))
    return [r for r in out if id(r) not in gone]


def _days_apart(a: str | None, b: str | None) -> int | None:
    if a is None or b is None:
        return None
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return None


def _page_dates(marked: Course, shown: Course, *, shift: bool = False) -> Course:
    """``marked`` with the page's dates where the markup's are a day off (UTC): the start
    where ``shift`` (paired a day off), the end where the page's end is a day off it."""
    changes: dict[str, Any] = {}
    if shift and shown.start_date:
        changes["start_date"] = shown.start_date
    if shown.end_date and _days_apart(marked.end_date, shown.end_date) == 1:
        changes["end_date"] = shown.end_date
    return with_changes(marked, changes, shown.source)


# The offer fields the visible run states over a markup run that contradicts the page.
_SHOWN_OFFER = ("price", "list_price", "currency")


def _page_offer(marked: Course, shown: Course) -> Course:
    """``marked`` with the page's own offer where the two disagree in a way the page settles.

    * another currency than the page shows ("USD" in a plugin's markup beside "1 290 zł"):
      the page's price, list price and currency;
    * the page's struck price is the markup's price and the page's is lower (an early-booking
      discount the markup does not carry): the page's price and list price;
    * the markup's default "InStock" beside an HTML page saying the run is full or nearly so
      (not a text dump's, whose cards' ends are a guess: a status may be the card above's).
    """
    changes: dict[str, Any] = {}
    if shown.price is not None and shown.currency is not None:
        other_currency = marked.currency is not None and not _one_sign(
            marked.currency, shown.currency
        )
        discounted = (
            shown.list_price is not None
            and marked.price == shown.list_price
            and shown.price < shown.list_price
        )
        if (
            other_currency
            or discounted
            or _stale_price(marked, shown)
            or _stale_net(marked, shown)
            or _stale_gross(marked, shown)
        ):
            changes.update({f: getattr(shown, f) for f in _SHOWN_OFFER})
    scarce = shown.availability in _SCARCE and shown.source == "html"
    if marked.availability == "InStock" and scarce:
        changes["availability"] = shown.availability
    if not changes:
        return marked
    provenance = dict(marked.provenance)
    theirs = dict(shown.provenance)
    provenance.update({f: theirs.get(f, shown.source) for f in changes})
    return replaced(marked, provenance=tuple(provenance.items()), **changes)


_SCARCE = ("SoldOut", "LimitedAvailability")


def _stale_price(marked: Course, shown: Course) -> bool:
    """Whether the markup's price is an older one than the HTML page shows for the run (the
    same currency, no VAT said either way, the page's card the one it is paired with), or a
    text dump's run shows (its row: "Tue 8 Dec 2026<TAB>Cardiff<TAB>£85" beside "75.00")."""
    return (
        shown.source in ("html", "text")
        and marked.price is not None
        and shown.price is not None
        and marked.price != shown.price
        and marked.currency == shown.currency
        and marked.price_includes_vat is None
        and shown.price_includes_vat is None
    )


def _stale_net(marked: Course, shown: Course) -> bool:
    """Whether the markup's price (its VAT unsaid) is an older one than the page's price said
    to be without VAT: the markup's is lower, so no gross form of the page's ("49000" in the
    markup beside "54.000 lekë excl. VAT" on the card; "64800" would be the gross and stays).
    A text dump's run says so as well: its row states the price, the VAT said for the page."""
    return (
        shown.source in ("html", "text")
        and marked.price is not None
        and shown.price is not None
        and marked.price < shown.price
        and marked.currency == shown.currency
        and marked.price_includes_vat is None
        and shown.price_includes_vat is False
    )


# The VAT, GST and sales tax rates (per cent) a gross price may add to a net one.
_TAX_RATES: tuple[float, ...] = (5, 6, 7, 7.7, 8, 8.1, 9, 10, 12, 13, 14, 15, 16, 17, 18)
_TAX_RATES += (19, 20, 21, 22, 23, 24, 25, 27)
# The rates of a currency spent in one country of one GST or VAT scheme: a net price there
# adds one of these (NZ's 15 % GST: "350.00" beside "$385 incl GST" is no net at 10 %).
_CURRENCY_TAX_RATES: dict[str, tuple[float, ...]] = {
    "NZD": (15,),
    "GBP": (20, 5),
    "SGD": (7, 8, 9),
    "ZAR": (15,),
    "INR": (5, 12, 18, 28),
}


def _stale_gross(marked: Course, shown: Course) -> bool:
    """Whether the markup's price (its VAT unsaid) is an older one than the HTML page's
    price said to include VAT: it differs, and is no net form of the page's at any VAT rate
    ("60.00" in the markup beside "$65.00 incl. GST" in the row; "59.09" would be the net
    at 10 % and stays)."""
    if (
        shown.source != "html"
        or marked.price is None
        or shown.price is None
        or marked.price == shown.price
        or marked.currency != shown.currency
        or marked.price_includes_vat is not None
        or shown.price_includes_vat is not True
    ):
        return False
    rates = _CURRENCY_TAX_RATES.get(shown.currency or "", _TAX_RATES)
    return all(abs(marked.price * (1 + rate / 100) - shown.price) > 0.02 for rate in rates)


def _page_place(marked: Course, shown: Course) -> Course:
    """``marked`` with the town as the page shows it, where the markup's place is that town
    and more: a venue named by the town ("Acme Training Leeds", "Leeds Conference Centre"
    beside "Leeds")."""
    mine, theirs = marked.location, shown.location
    if not theirs or not mine or mine == theirs or not theirs[:1].isupper():
        return marked
    words, town = fold(mine).split(), fold(theirs).split()
    if not town or len(words) <= len(town) or len(theirs) < 3 or "," in theirs:
        return marked
    if words[-len(town) :] == town or words[: len(town)] == town:
        return with_changes(marked, {"location": theirs}, shown.source)
    return marked


_SHARED_SIGNS = (
    DOLLAR_CURRENCIES,
    KRONA_CURRENCIES,
    RUPEE_CURRENCIES,
    frozenset({"JPY", "CNY"}),
)


def _one_sign(a: str, b: str) -> bool:
    """True where the page's sign may stand for the markup's currency: the same currency, or
    two of one sign ("$" read as USD beside CAD markup, "kr", "¥")."""
    return a == b or any(a in sign and b in sign for sign in _SHARED_SIGNS)


def inherit(run: Course, course: Course, fields: Iterable[str]) -> Course:
    """``run`` with course-level ``fields`` it lacks taken from ``course``."""
    changes = {
        f: getattr(course, f)
        for f in fields
        if getattr(run, f) is None and getattr(course, f) is not None
    }
    if not changes:
        return run
    provenance = dict(run.provenance)
    theirs = dict(course.provenance)
    provenance.update({f: theirs.get(f, course.source) for f in changes})
    return replaced(run, provenance=tuple(provenance.items()), **changes)

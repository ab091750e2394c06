"""How two wordings of one answer or definition relate: one cut off, condensed, expanded,
summarised, repriced or outdated by the other.  The mergers (see :mod:`.merge`) ask these
to choose which of a markup's and a page's wording a record keeps."""

from __future__ import annotations

import re

from prospectus.extract.prices import find_prices
from prospectus.records import fold

# A sentence's end: ".", "!" or "?" before a space and a capital, or at the end of the text.
_SENTENCE_END = re.compile(r"[.!?。](?:\s+(?=[A-ZÀ-Þ])|\s*$)")
_STUB_SHARE = 0.6
_SENTENCE_STOPS = frozenset(".!?。！？")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_KEPT_SHARE = 0.7
_ELLIPSES = ("…", "...", "[…]", "[...]")
_CONDENSED_LENGTH = 1.3  # how much longer a page's answer is than the markup's condensed one
_CONDENSED_SHARE = 0.9  # of the condensed answer's words the page's answer holds
_MIN_CUT = 4  # words of a cut answer, its last perhaps cut in the middle


_DIGIT = re.compile(r"\d")
_REPRICED_SHARE = 0.5  # of the markup answer's words the page's answer holds


def repriced(marked: str | None, shown: str | None) -> bool:
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


def refigured(marked: str | None, shown: str | None) -> bool:
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


_RESTATED_LENGTH = 1.5  # how much longer the page's answer is than the markup's older one
_RESTATED_SHARE = 0.6  # of the markup answer's content words the page's answer holds
_STEM = 5  # letters that tell a word's forms apart ("employer" / "employers")


def restated(marked: str | None, shown: str | None) -> bool:
    """True where ``marked`` (the markup's answer) is an older one-sentence answer with a
    figure that ``shown`` (the page's, longer and of several sentences) restates with no
    figure at all: the page dropped the amount but keeps most of the words that carry the
    matter -- "Yes, registered employers can claim a grant of up to £500 per course." beside
    "If your employer is registered and pays the levy, they can usually claim a grant for
    most courses. We help with the forms."."""
    if not marked or not shown or len(shown) < _RESTATED_LENGTH * len(marked):
        return False  # (quick to tell first)
    if not _DIGIT.search(marked) or _DIGIT.search(shown):
        return False
    if len(_SENTENCE_END.findall(marked)) != 1 or len(_SENTENCE_END.findall(shown)) < 2:
        return False
    words = [w[:_STEM] for w in _content(marked)]
    known = {w[:_STEM] for w in fold(shown).split()}
    return len(words) >= _MIN_CUT and sum(w in known for w in words) >= _RESTATED_SHARE * len(words)


_RETOLD_WORDS = 6  # content words of an answer that a rewording must hold nearly all of


def retold(one: str | None, other: str | None) -> bool:
    """True where one of two answers holds nearly all the content words of the other (six
    at least; "and", "are", "for" aside), in any order: one answer in two wordings, older and
    newer, or shorter and longer -- "Many students qualify for WIOA funding." beside "Many
    students qualify for WIOA funding. Veterans can use GI Bill benefits.", or a fee line
    beside the table of fees it was turned into."""
    if not one or not other:
        return False
    mine, theirs = _content_words(one), _content_words(other)
    short, long = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)
    return len(short) >= _RETOLD_WORDS and len(short & long) >= _CONDENSED_SHARE * len(short)


_SUMMED_WORDS = 4  # content words and figures of an answer that a longer one sums up
_SUMMED_SHARE = 0.75  # of the short answer's content words the longer one holds


def summed_up(short: str | None, full: str | None) -> bool:
    """True where ``short`` is a few words summing up ``full``, a good part longer: every
    figure ``short`` states is ``full``'s, and nearly all its content words (four words and
    figures at least): what makes an answer this answer is its facts, not its wording --
    "A full kit is £60 and a half kit £35." beside "Kit hire: Full kit (bat, pads, helmet)
    £60 per season Half kit £35 …", or "There is a written quiz and a practical drill."
    beside "Assessment has two parts: the written quiz … the practical drill …"."""
    if not short or not full or len(full) < _CONDENSED_LENGTH * len(short):
        return False
    figures = set(_FIGURE.findall(short))
    if not figures <= set(_FIGURE.findall(full)):
        return False
    mine = _content_words(short)
    if len(mine) + len(figures) < _SUMMED_WORDS:
        return False
    return len(mine & _content_words(full)) >= _SUMMED_SHARE * len(mine)


def _content_words(text: str) -> frozenset[str]:
    return frozenset(_content(text))


def _content(text: str) -> list[str]:
    """``text``'s words that carry its matter, folded, in order: letters only, long enough,
    no function word ("and", "are", "for")."""
    return [
        w
        for w in fold(text).split()
        if len(w) >= _CONTENT_LETTERS and w.isalpha() and w not in _FUNCTION_WORDS
    ]


def rewritten(short: str | None, full: str | None) -> bool:
    """True where ``short`` is a one-line summary of ``full`` (:func:`stub_of`) that ``full``
    rewrites rather than goes on from: a visible answer that opens with the markup's is
    more likely the answer and the next block's text run together."""
    return stub_of(short, full) and not fold(full or "").startswith(fold(short or ""))


def condensed(short: str | None, full: str | None) -> bool:
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


def expanded(short: str | None, full: str | None) -> bool:
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
    return _in_order(mine, theirs) >= _CONDENSED_SHARE * len(mine)


def lengthened(short: str | None, full: str | None) -> bool:
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


def added_to(short: str | None, full: str | None, question: str | None) -> bool:
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


def summarised(short: str | None, full: str | None) -> bool:
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


_EDGE_WORDS = 3  # words an amended answer keeps at each end of the markup's
_AMENDED_SHARE = 0.8  # of the markup answer's words, in order, the amended answer holds


def amended(short: str | None, full: str | None) -> bool:
    """True where ``full`` (the page's answer) is ``short`` (the markup's) with words put in
    or changed inside it: it opens and ends with the same words, is longer, and holds nearly
    all of ``short``'s words in their order -- "You need a medical issued by an approved
    doctor. Bring it on day one." beside "You need a medical (ENG1 or equivalent) issued by a
    doctor on the approved list. Bring it on day one.".  An answer run on into the next
    block's text, or with a label before it, would not keep both ends."""
    if not short or not full or len(full) <= len(short) or short in full:
        return False
    mine, theirs = fold(short).split(), fold(full).split()
    if len(mine) < 2 * _EDGE_WORDS + 2 or len(theirs) <= len(mine):
        return False
    if mine[:_EDGE_WORDS] != theirs[:_EDGE_WORDS] or mine[-_EDGE_WORDS:] != theirs[-_EDGE_WORDS:]:
        return False
    return _in_order(mine, theirs) >= _AMENDED_SHARE * len(mine)


def truncated(short: str | None, full: str | None) -> bool:
    """True where ``short`` is ``full`` cut off with an ellipsis: "Fill in the form and pay
    by card or…" beside the whole answer the page shows."""
    if not short or not full or not short.endswith(_ELLIPSES):
        return False
    kept = fold(short.rstrip(".… ")).split()
    whole = fold(full).split()
    return len(whole) > len(kept) >= _MIN_CUT and whole[: len(kept) - 1] == kept[:-1]


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


def _in_order(mine: list[str], theirs: list[str]) -> int:
    """How many of ``mine``'s words ``theirs`` holds in the same order (a word not found is
    passed over, the next looked for after the last one found)."""
    found, at = 0, 0
    for word in mine:
        try:
            at = theirs.index(word, at) + 1
        except ValueError:
            continue
        found += 1
    return found

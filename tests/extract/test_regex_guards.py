"""The look-aheads that let the date, session and trainer patterns skip words quickly.

Each guard is a necessary condition of the pattern it heads, so adding it changes no
match: these tests hold the premises (the words the patterns list) and compare each
pattern with its unguarded form on dated, undated and tricky lines.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the regex's parse, to read the first letters it allows
from re import _parser as sre_parser
from typing import Any

import pytest

from prospectus.extract import currencies, dates
from prospectus.extract.months import MONTHS
from prospectus.extract.patterns import (
    card_guards,
    grid,
    schedule_tables,
    schedule_values,
    schedule_words,
    sessions,
)
from prospectus.extract.patterns.schedule import _glued_label, _labels_date
from prospectus.extract.patterns.schedule_values import _cell_place

_LINES = [
    "Posted 14 November 2025",
    "Helen Park · 1 July 2025 · Verified attendee",
    "Module 1: With our accredited trainers",
    "ITIL 4 Foundation",
    "A$3,005",
    "11–12 Aug 2027",
    "February 14–18, 2026",
    "2026-09-02 to 2026-09-04\tBoston\tClassroom\t€1,205\tSold out\tBook now\t",
    "Mon 12 – Wed 14 October 2026 · £1,295 + VAT · Book",
    "3 & 4 Nov, 1 & 2 Dec 2026, 12 & 13 Jan 2027",
    "Nov 3 & 4, Dec 1 & 2, 2026",
    "Sept.12, 2026 and 14octobre 2026",
    "le 8 déc. 2026 · 12.05. – 14.05. · 6.–8.10.2026",
    "2027. január 11. – 2027.01.18 ~ 01.29",
    "Our trainers have delivered PRINCE2 courses to 4,000 delegates since 2009.",
    "Dates for 2026",
    "2027 course dates",
    "Kurstermine 2027 – Stand 2026",
    "Trainer: Dr. Maria Keller",
    "Formateur·rice : Jean Dupont · Led by Sam Lee with Priya Shah",
    "kursleiterin Anna Berg, DOZENT Karl Weiß",
    "Expert in public procurement\tOn request, for groups\tPrice on request",
    "Newsletter abonnieren · Subscribe to our newsletter",
    "Was £1,250 Now £995 (statt 1.290 €)",
    "You may also like · Ähnliche Seminare · Altri corsi",
    "Read more · Læs mere · Join the waiting list · Fully booked",
    "Trusted since 2009 · © 2026 Acme Training · Established in 1998",
    "",
    "x x x 9",
]


def _same_matches(old: re.Pattern[str], new: re.Pattern[str], texts: list[str]) -> None:
    for text in texts:
        want = [(m.span(), m.groupdict()) for m in old.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in new.finditer(text)] == want, text


def test_month_names_open_with_a_letter_and_hold_no_space_nor_digit() -> None:
    # the premise of the date and session patterns' look-aheads
    for name in MONTHS:
        assert re.fullmatch(r"[^\W\d_][^\s\d]*", name), name


def test_date_atoms_match_as_without_the_look_aheads() -> None:
    plain = dates._ATOM_PATTERN.replace(r"(?=\d|[^\s\d]++\s*+\d)", "").replace(r"(?=[^\W\d_])", "")
    assert plain != dates._ATOM_PATTERN
    _same_matches(re.compile(plain, re.IGNORECASE), dates._ATOM, _LINES)


def test_session_groups_match_as_without_the_look_aheads() -> None:
    guarded = sessions._GROUP
    plain = guarded.pattern.replace(r"(?=\d|[^\s\d]++\s*+\d)", "").replace(r"(?=[^\W\d_])", "")
    assert plain != guarded.pattern
    _same_matches(re.compile(plain, re.IGNORECASE), guarded, _LINES)


@pytest.mark.parametrize("pattern", [dates._ATOM_HAS_DAY, schedule_words.STRAY_DATE])
def test_day_and_month_patterns_match_as_without_the_look_ahead(
    pattern: re.Pattern[str],
) -> None:
    plain = pattern.pattern.replace(r"(?=[^\W\d_])", "")
    assert plain != pattern.pattern
    _same_matches(re.compile(plain, pattern.flags), pattern, _LINES)


def test_year_words_hold_no_digit() -> None:
    # the premise of _YEAR_NEAR_WORD's look-ahead: the first digits after its start are
    # the year's
    assert not re.search(r"\d", dates._YEAR_WORDS)
    guarded = dates._YEAR_NEAR_WORD
    plain = guarded.pattern.replace(r"(?=\D*+20)", "")
    assert plain != guarded.pattern
    _same_matches(re.compile(plain, re.IGNORECASE), guarded, _LINES)


def _first_chars(pattern: str, flags: int) -> set[str]:
    """The characters a match of ``pattern`` may start with, read from the regex's parse
    (CPython's own parser); ValueError where a class or any character may start one."""
    chars, nullable = _first(sre_parser.parse(pattern, flags))
    if nullable:
        raise ValueError("the pattern matches the empty string")
    return chars


def _first(items: Any) -> tuple[set[str], bool]:
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_item(op, av)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_item(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN and all(item is sre.LITERAL for item, _ in av):  # "[as]u richiesta"
        return {chr(code) for _, code in av}, False
    if op is sre.BRANCH:
        found = [_first(alt) for alt in av[1]]
        return set().union(*(f for f, _ in found)), any(n for _, n in found)
    if op is sre.SUBPATTERN:
        return _first(av[3])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        chars, nullable = _first(av[2])
        return chars, nullable or av[0] == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True
    raise ValueError(f"{op} may start a match")


_LETTER_GUARD = re.compile(r"\(\?=(?:\(\?i:)?\[([^\]]+)\]\)?\)")


@pytest.mark.parametrize(
    ("pattern", "unguarded"),
    [
        (schedule_values._TRAINER, ""),
        (schedule_values._LINK_WORDS, ""),
        (card_guards._BYLINE, ""),
        (schedule_words._BOOKING_LATIN, ""),
        (schedule_words._BUTTON_LATIN, ""),
        (schedule_words._CROSS_SELL_LATIN, ""),
        (schedule_words._LATER_PRICE_LATIN, ""),
        (schedule_words.NEWSLETTER, ""),
        (schedule_tables._ASKED, ""),
        # its other branch, which the look-ahead does not head
        (schedule_words._NOT_YEAR_HINT, "©"),
    ],
)
def test_word_list_guard_holds_every_word_s_first_letter(
    pattern: re.Pattern[str], unguarded: str
) -> None:
    guard = _LETTER_GUARD.search(pattern.pattern)
    assert guard is not None and pattern.pattern.startswith(r"\b" + guard.group())
    plain = pattern.pattern.replace(guard.group(), "", 1)
    firsts = {c.lower() for c in _first_chars(plain, pattern.flags)} - set(unguarded)
    assert len(firsts) > 1 and firsts <= set(guard.group(1)), firsts - set(guard.group(1))
    _same_matches(re.compile(plain, pattern.flags), pattern, _LINES)


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("12/05/2026", 0, 10, True),
        ("Room 12, 3 days", 5, 15, False),
        ("2026-05-12", 0, 10, True),
        ("v1.2 released", 1, 13, True),
        ("abc 12 def / 3", 4, 9, False),  # the slash lies past the end
    ],
)
def test_has_separator(text: str, start: int, end: int, expected: bool) -> None:
    assert dates._has_separator(text, start, end) is expected


def test_day_first_evidence_reads_separated_lines_only() -> None:
    text = "Posted 14 November 2025\nStarts 25/03/2027\nRoom 12"
    assert dates.guess_day_first(text=text) is True
    assert dates.guess_day_first(text="Room 12\nDue 03/25/2027") is False
    assert dates.guess_day_first(text="Room 12, 3 days", lang="en-US") is False


@pytest.mark.parametrize(
    ("head", "expected"),
    [("Datummån", True), ("Date12", True), ("Posted", False), ("Dates", False)],
)
def test_glued_label(head: str, expected: bool) -> None:
    assert _glued_label(head) is expected


def test_labels_date_needs_a_letter_first() -> None:
    assert _labels_date(["Datum mån 12 – tis 13 okt 2026"], 0)
    assert _labels_date(["Datummån 12 – tis 13 okt 2026"], 0)
    assert not _labels_date(["12 – 13 okt 2026"], 0)
    assert _labels_date(["Dates", "12 – 13 okt 2026", "Format"], 1)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Leeds (City Centre)", "Leeds"),
        ("TBC", None),
        ("Online", None),
        ("-", None),
    ],
)
def test_cell_place(cell: str, expected: str | None) -> None:
    assert _cell_place(cell) == expected


_HINT_TEXTS = [
    *_LINES,
    "£1,295 + VAT",
    "xGBP 40 · GBPx · ABCD · AB CHF 12 · Fr. 40.– · 40 kr · 12 zł · krone",
    "ZZZZ USD 10",
    "Frühbucher · Freitag · 690 CHF",
    "no price here at all",
    "IOSH Managing Safely",
    "K12,500 · OK9 · $K1 · aK1 · (K2,000) · K 3",
]


@pytest.mark.parametrize("text", _HINT_TEXTS)
def test_grid_price_hint_finds_what_the_plain_pattern_does(text: str) -> None:
    plain = grid._PRICE_HINT.search(text) is not None
    assert grid._price_hint(text) is plain
    for cut in range(len(text)):  # every suffix: the lead sits anywhere
        assert grid._price_hint(text[cut:]) is (grid._PRICE_HINT.search(text[cut:]) is not None)


@pytest.mark.parametrize("text", _HINT_TEXTS)
def test_kwacha_price_led_by_its_k_finds_what_the_look_behind_form_does(text: str) -> None:
    plain = re.compile(r"(?<![A-Za-z$])K\d")
    for cut in range(len(text)):
        assert (currencies._K_PRICE.search(text[cut:]) is None) is (
            plain.search(text[cut:]) is None
        )

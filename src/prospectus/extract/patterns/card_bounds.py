"""Where a card's lines start and end: the next card's head among its lines, its footer, a
status badge above it, a pricing column's head, a day's heading over several cards."""

from __future__ import annotations

import re

from prospectus.extract.dates import DateMatch, find_date_ranges
from prospectus.extract.modes import parse_availability
from prospectus.extract.months import WEEKDAY_PATTERN
from prospectus.extract.patterns.card_guards import run_dates
from prospectus.extract.patterns.card_names import (
    availability_of,
    is_titled,
    next_card_title,
    title_below,
    untagged,
)
from prospectus.extract.patterns.schedule_words import (
    BUTTON,
    FIELD,
    GENERIC_TITLE,
    has_digit,
    is_label,
    is_run_label,
    is_run_tag,
    looks_like_title,
)
from prospectus.extract.patterns.venues import (
    is_venue,
)
from prospectus.extract.prices import find_prices


def day_heading(
    lines: list[str], i: int, after: list[int], date: DateMatch, year: int | None, day_first: bool
) -> bool:
    """Whether the date on line ``i`` heads the cards below it: the next date line gives
    the same day again."""
    j = (after[-1] if after else i) + 1
    if j >= len(lines) or not has_digit(lines[j]):
        return False
    below = find_date_ranges(lines[j], year=year, day_first=day_first)
    return bool(below) and date.dates.start is not None and below[0].dates.start == date.dates.start


def opens_with_date(lines: list[str], i: int, after: list[int]) -> bool:
    """Whether the card starts at its date line, its title on the line below."""
    return not is_titled(lines[i - 1]) and title_below(lines, after) is not None


def title_over_next_date(
    lines: list[str], i: int, before: list[int], after: list[int], year: int | None
) -> bool:
    """Whether a titled card's last line, where its lines run out, is the next card's title:
    that card's date line just below it (an organiser's event list: "Title" / date / place /
    price / organiser / followers / "Next title" / date).  Alike where each card is headed
    by its run's label ("Edition 31 · Evenings" / date / … / "Edition 32 · Live online" /
    date), even a label naming a format, no title's."""
    if not after or not before or before[-1] != i - 1:
        return False
    labelled = run_label_heads(lines[i - 1], lines[after[-1]])
    if not labelled and not is_titled(lines[i - 1]):
        return False
    below = after[-1] + 1
    if below >= len(lines) or not has_digit(lines[below]):
        return False
    later = run_dates(find_date_ranges(lines[below], year=year), lines[below])
    return bool(later) and (labelled or next_card_title(lines[after[-1]]))


def head_over_next_date(
    lines: list[str], i: int, before: list[int], after: list[int], year: int | None
) -> bool:
    """Whether a card's last two lines, where its lines run out, are the next card's head
    as this card's own is written (see :func:`repeated_head`), that card's date line just
    below them: a title and its badge over each date, every card alike."""
    below = after[-1] + 1 if after else len(lines)
    return (
        below < len(lines)
        and has_digit(lines[below])
        and repeated_head(lines, i, before, after)
        and bool(run_dates(find_date_ranges(lines[below], year=year), lines[below]))
    )


def run_label_heads(head: str, line: str) -> bool:
    """Whether this card's head and a line after it are both runs' labels ("Edição 31 ·
    Pós-laboral" / … / "Edição 32 · Online síncrono"), neither a status."""
    return (
        is_run_label(head)
        and is_run_label(line)
        and parse_availability(line) is None
        and parse_availability(head) is None
    )


def batch_heads(head: str, line: str) -> bool:
    """Whether this card and the next are both headed by a run's tag ("Weekend Batch – Leeds
    (LW-27)" / date / fee / "Online Live Batch (OL-27)" / date; "Classroom · Doha" / date /
    fee / "Live Virtual" / date): the tag after this card's fee is the next card's head,
    even where its words name a format."""
    return (
        is_run_tag(head)
        and is_run_tag(line)
        and len(line.split()) >= 2
        and parse_availability(line) is None
        and not has_digit(line.split("(")[0])
    )


def restated_price(previous: str, line: str) -> bool:
    """Whether a line wholly in brackets restates the price on the line above, with its tax
    or in another currency ("£300 + VAT" / "(£360 inc VAT)"): one price of one card, not
    the next card's."""
    text = line.strip()
    return (
        text.startswith("(")
        and text.endswith(")")
        and bool(find_prices(previous))
        and bool(find_prices(text))
    )


_MAX_TITLE_WORDS = 14


def long_title_above(lines: list[str], i: int, used: set[int]) -> bool:
    """Whether the line above the date is a title too long to be read as the card's head
    ("APM Project Management Qualification (PMQ) – 5 Day Course"), no other card's line."""
    return i > 0 and i - 1 not in used and len(lines[i - 1].split()) <= _MAX_TITLE_WORDS


_MAX_BADGE_WORDS = 4


def status_badge(lines: list[str], j: int, used: set[int]) -> bool:
    """Whether line ``j`` is a status badge heading a card ("Complet", "Sold out") above its
    format badge and its date's label."""
    if j < 0 or j in used:
        return False
    line = lines[j]
    return (
        len(line.split()) <= _MAX_BADGE_WORDS
        and not has_digit(line)
        and availability_of(line) is not None
    )


def title_over_badge(lines: list[str], before: list[int], used: set[int]) -> bool:
    """Whether a card's two lines over its date are its strapline and its status badge, its
    title one line further up ("Welding Level 1" / "Arc, MIG and TIG basics" / "Places
    available" / date): the badge is the run's, no line of the card's head."""
    j = before[0] - 1
    return (
        len(before) == 2
        and j >= 0
        and j not in used
        and status_badge(lines, before[1], used)
        and not (has_digit(lines[j]) and (find_date_ranges(lines[j]) or find_prices(lines[j])))
        and is_titled(untagged(lines[j]))
    )


def tag_over_badge(lines: list[str], j: int, used: set[int]) -> bool:
    """Whether line ``j`` is a card's tag line over its status badge, the card's title and
    date below ("In person · Leeds" / "Sold out" / title / date): the run's format and place,
    written at the card's top."""
    return (
        j >= 0
        and j not in used
        and j + 1 not in used
        and status_badge(lines, j + 1, used)
        and not has_digit(lines[j])
        and is_run_tag(lines[j])
    )


def repeated_head(lines: list[str], i: int, before: list[int], after: list[int]) -> bool:
    """Whether the card's last two lines are the next card's head as this card's own is
    written: a title, then the same label over the date ("Agile Coaching" / "Next session:"
    / date … "Lean Basics" / "Next session:" / date), or a badge over it in both, each its
    own ("Sold out" here, "3 seats left" there: no title's words)."""
    return (
        len(after) >= 2
        and before[-2:] == [i - 2, i - 1]
        and (
            (lines[after[-1]] == lines[i - 1] and not has_digit(lines[i - 1]))
            or (_badge(lines[i - 1]) and _badge(lines[after[-1]]))
        )
        and is_titled(untagged(lines[i - 2]))
        and next_card_title(lines[after[-2]])
    )


_MAX_BADGE_WORDS = 4


def _badge(line: str) -> bool:
    """A card's short line over its date that is no title: a status or offer badge, a
    status even with its count of places ("Open" on one card, "3 seats left" on the next)."""
    if len(line.split()) > _MAX_BADGE_WORDS:
        return False
    if has_digit(line):
        return availability_of(line) is not None
    return not is_titled(untagged(line))


_MAX_SAME_LEAD_TITLE_WORDS = 8  # "ITIL® 4 Strategist: Direct, Plan and Improve"


def same_lead(line: str, date: DateMatch, later_line: str, later: DateMatch, title: str) -> bool:
    """Whether the next card's date line opens with this card's date label ("Next date:"),
    so the short title-like line above it is that card's title ("Asbestos Awareness"), as
    this card's is above its own."""
    lead = _label_before(line, date)
    return (
        len(lead) > 2
        and lead == _label_before(later_line, later)
        # a version's digit may stand in a title ("ITIL® 4 Strategist"), not a date or price
        and not (has_digit(title) and (find_date_ranges(title) or find_prices(title)))
        and word_count(title) <= _MAX_SAME_LEAD_TITLE_WORDS
        and is_titled(untagged(title))
        and not is_venue(title)
    )


_TRAILING_WEEKDAY = re.compile(rf"(?:{WEEKDAY_PATTERN})\.?,?$", re.I)


def _label_before(line: str, date: DateMatch) -> str:
    """What a date line writes before its date, without the date's weekday ("Next date:")."""
    return _TRAILING_WEEKDAY.sub("", line[: date.span[0]].strip()).strip()


def next_title(lines: list[str], after: list[int]) -> int:
    """Where the next card starts among a card's ``after`` lines: its title, then at most
    a description, just before the next card's price; ``len(after)`` where none does."""
    for k in range(len(after) - 1, max(-1, len(after) - 3), -1):
        line = untagged(lines[after[k]])
        if looks_like_title(line) and parse_availability(line) is None and not FIELD.match(line):
            return k
        if not line.endswith("."):
            break
    return len(after)


def word_count(line: str) -> int:
    """A line's words, not its dashes and bars ("RSA – Victoria – Ballarat" is three)."""
    return sum(1 for token in line.split() if any(c.isalnum() for c in token))


_MAX_HEAD = 7  # a pricing table's lines above its date: title, badge, price, period, features


def price_head(lines: list[str], i: int, used: set[int]) -> list[int]:
    """The head of a pricing table's column whose date has no price below it: the lines
    up from the date to the previous column's button or the section's heading, one of
    them the column's price ("Milan · Autumn edition" / "Last places" / "€1,290 + VAT" /
    "Dates: 10, 17, 24 and 31 October 2026" / "Enrol").  [] where none is."""
    head: list[int] = []
    for j in range(i - 1, max(-1, i - 1 - _MAX_HEAD), -1):
        line = lines[j]
        if (
            j in used
            or not line.strip()
            or len(line.split()) > 8
            or (line.endswith((".", "?", ":")) and not _price_line(line))  # "+ MwSt." is none
            or BUTTON.search(line)
            or GENERIC_TITLE.search(line)
            or (has_digit(line) and find_date_ranges(line))
            or _fact_label(line)
        ):
            break
        head.insert(0, j)
    priced = [j for j in head if _price_line(lines[j])]
    if len(priced) != 1:
        return []
    return head


def _price_line(line: str) -> bool:
    return has_digit(line) and bool(find_prices(line))


def column_foot(lines: list[str], i: int, after: list[int]) -> bool:
    """Whether a date line and the lines below it end as a pricing table's column does:
    with its button ("Enrol", "Join the waiting list"); a sentence or a news title holding
    a date ("Sconto 10% per iscrizioni entro il 4 settembre 2026.") is none."""
    return (
        bool(after)
        and not lines[i].endswith((".", "?", "!"))
        and any(BUTTON.search(lines[j]) and len(lines[j].split()) <= 6 for j in after)
    )


def _fact_label(line: str) -> bool:
    """A fact box's label on a line of its own ("Fee", "Course code"): the page's facts,
    each label above its value, and no pricing table's column."""
    return len(line.split()) <= 2 and is_label(line) and availability_of(line) is None


def footer(lines: list[str], start: int) -> list[int]:
    """A tall card's status and button lines past the lines a card is read from: "Sold Out",
    "Enroll" under its price; not a status that heads the next card (a date line below it)."""
    out: list[int] = []
    for j in range(start, min(len(lines), start + 2)):
        line = lines[j]
        button = len(line.split()) <= 5 and BUTTON.search(line) is not None
        if has_digit(line) or not (button or parse_availability(line) is not None):
            break
        if j + 1 < len(lines) and has_digit(lines[j + 1]) and find_date_ranges(lines[j + 1]):
            break
        out.append(j)
        if button:
            break
    return out


def struck_then_price(previous: str, line: str) -> bool:
    """A line that is a bare price, then a lower price: the regular price struck through
    ("$2,895" / "$2,495 tuition"), one price of one card."""
    if not has_digit(previous):
        return False
    before, now = find_prices(previous), find_prices(line)
    return (
        len(before) == 1
        and bool(now)
        and not (previous[: before[0].span[0]] + previous[before[0].span[1] :]).strip()
        and (before[0].price.amount or 0) > (now[0].price.amount or 0)
    )

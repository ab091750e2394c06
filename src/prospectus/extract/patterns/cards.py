"""Courses without dates shown as cards: a title, a line or two, a price, a button.

    HGV Category C (Class 2) Licence Training
    Everything you need to pass your Category C test ...
    Was £2,195 Now £1,895 + VAT
    Enquire now

Each such card is one dateless course record (the contract's "one per course where
no date is given").  A card needs all three parts, title, a line that is mostly a
price, and a call to action right after it, so prices in prose never count.

A dateless course page (a self-paced course's sales page) is the same shape at the size
of its hero: the page's own title, a tagline or two, a rating, then a pricing box::

    SELF-PACED ONLINE COURSE
    Xero Bookkeeping Essentials
    Go from shoebox receipts to confident month-end ...
    was NZ$449 NZ$349 incl. GST
    Enrol now
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from prospectus.extract.dates import find_date_ranges
from prospectus.extract.modes import mode_from_text
from prospectus.extract.patterns.schedule import (
    BUTTON,
    LEADING,
    ScheduleContext,
    looks_like_course_name,
    looks_like_title,
    strip_label,
)
from prospectus.extract.patterns.schedule_words import LEADING_CHARS, trainer_field
from prospectus.extract.patterns.venues import (
    is_venue,
    street_place,
    town_before_state,
    town_dash_venue,
    venue_and_town,
)
from prospectus.extract.prices import Price, find_prices
from prospectus.extract.text import digit_lines
from prospectus.extract.visible import Visible
from prospectus.records import Course

_REACH = 3  # lines between a title and its price
_MAX_PRICE_LINE_WORDS = 9
_MAX_BUTTON_WORDS = 4
_HERO_REACH = 8  # lines between the page's title and its pricing box
_MAX_TITLES = 3  # lines naming the page's course (menus repeat it) tried as its hero
_MAX_KICKER_WORDS = 6  # "SELF-PACED ONLINE COURSE" above the title, "Live online" below
_DIGIT = re.compile(r"\d")
# A title naming courses in the plural heads a category's listing: its prices are its cards'.
_CATALOGUE = re.compile(
    r"\b(?:courses|trainings|workshops|seminars|programmes|programs|kurse|seminare|"
    r"schulungen|lehrgänge|formations|cursos|corsi|cursussen|opleidingen|trainingen|"
    r"kurser|szkolenia|kursy)$",
    re.I,
)


def _is_card_title(line: str) -> bool:
    return (
        looks_like_title(line)
        and looks_like_course_name(strip_label(line))
        and not trainer_field(line)  # "Trainer: Ann Lee, RN": the card's trainer
        and not town_dash_venue(line)  # "Cebu City – Cebu IT Park": a run's place
        and town_before_state(line) is None  # "Pine Lake Group Camp, Dunlap, TN": a run's place
        and not is_venue(line)  # "Acme Training Room, 410 33rd St W, Saskatoon": a run's place
        # "Riverside Training Hall, Mill Road, Ennis": a run's place written without a number
        and ("," not in line or (venue_and_town(line) is None and not street_place(line)))
    )


def _price_line(line: str, ctx: ScheduleContext) -> Price | None:
    if len(line.split()) > _MAX_PRICE_LINE_WORDS:
        return None
    found = find_prices(line, default_currency=ctx.default_currency)
    return found[0].price if found else None


def _button_follows(lines: list[str], index: int) -> bool:
    for k in (index + 1, index + 2):
        if (
            k < len(lines)
            and len(lines[k].split()) <= _MAX_BUTTON_WORDS
            and BUTTON.search(lines[k])
        ):
            return True
    return False


def _record(name: str, price: Price, ctx: ScheduleContext, mode: str | None = None) -> Course:
    vat = price.includes_vat if price.includes_vat is not None else ctx.page_vat
    values: dict[str, Any] = {
        "name": name,
        "price": price.amount,
        "list_price": price.list_price,
        "currency": price.currency or ctx.default_currency,
        "price_includes_vat": vat,
        "mode": mode,
    }
    prov = tuple((k, ctx.source) for k, v in values.items() if v is not None)
    return Course(page=ctx.page, source=ctx.source, provenance=prov, **values)


def _card(lines: list[str], i: int, ctx: ScheduleContext) -> Course | None:
    if i > 0 and _DIGIT.search(lines[i - 1]) and find_date_ranges(lines[i - 1]):
        return None  # an event listing's place under its date: a dated card's line
    for j in range(i + 1, min(len(lines), i + 1 + _REACH)):
        if find_date_ranges(lines[j]):  # at once [] for a line without a digit
            return None  # a dated card: the schedule reader's
        price = _price_line(lines[j], ctx)
        if price is None:
            if _is_card_title(lines[j]):
                return None  # a nearer title owns whatever price follows
            continue
        if price.amount is None or not _button_follows(lines, j):
            return None
        return _record(strip_label(lines[i]), price, ctx)
    return None


def _hero_mode(lines: list[str]) -> str | None:
    """The mode the hero's short lines agree on ("SELF-PACED ONLINE COURSE")."""
    modes = {
        mode
        for line in lines
        if len(line.split()) <= _MAX_KICKER_WORDS and (mode := mode_from_text(line)) is not None
    }
    return modes.pop() if len(modes) == 1 else None


def _hero(lines: list[str], i: int, ctx: ScheduleContext) -> Course | None:
    """The page's course at line ``i`` with the pricing box a few lines below it."""
    for j in range(i + 1, min(len(lines), i + 1 + _HERO_REACH)):
        if not _DIGIT.search(lines[j]):
            continue
        if find_date_ranges(lines[j]):
            return None  # a dated course: its runs are the schedule reader's
        price = _price_line(lines[j], ctx)
        if price is None:
            continue
        if price.amount is None or not _button_follows(lines, j):
            return None  # the first price is the course's: a price in passing is no box
        mode = _hero_mode(lines[max(0, i - 1) : i] + lines[i + 1 : j])
        return _record(lines[i], price, ctx, mode)
    return None


def _title_lines(text: str, name: str) -> Iterator[tuple[list[str], int]]:
    """Each line of ``text`` that is ``name`` (up to ``_MAX_TITLES``), as the hero's lines
    (the one above it, it, and ``_HERO_REACH`` + 3 below) and its index among them: a
    string search, so a page that never shows its title as a line costs one scan."""
    at, tried = 0, 0
    while tried < _MAX_TITLES and (at := text.find(name, at)) >= 0:
        end = at + len(name)
        if (at == 0 or text[at - 1] == "\n") and (end == len(text) or text[end] == "\n"):
            tried += 1
            begin = text.rfind("\n", 0, max(at - 1, 0)) + 1
            stop = end
            for _ in range(_HERO_REACH + 3):
                stop = text.find("\n", stop + 1)
                if stop < 0:
                    stop = len(text)
                    break
            lines = text[begin:stop].split("\n")
            yield [LEADING.sub("", line) for line in lines], int(begin < at)
        at = end


def find_course_cards(view: Visible, ctx: ScheduleContext) -> list[Course]:
    """Dateless courses shown as title + price + call-to-action cards."""
    text = view.text
    lines = [line.lstrip(LEADING_CHARS) for line in view.lines]  # LEADING.sub's
    # A card's price line has a digit, as every price has: a title needs one in its reach.
    digit = [False] * len(lines)
    index = previous = 0
    for at, _ in digit_lines(text):  # a few plain searches, not a regex test a line
        index += text.count("\n", previous, at)
        previous = at
        digit[index] = True
    out = []
    for i, line in enumerate(lines):
        if (
            any(digit[i + 1 : i + 1 + _REACH])
            and _is_card_title(line)
            and (card := _card(lines, i, ctx)) is not None
        ):
            out.append(card)
    return out


def find_page_course(view: Visible, ctx: ScheduleContext) -> list[Course]:
    """The page's own course, without dates, from the pricing box below its title."""
    if not ctx.course_name or _CATALOGUE.search(ctx.course_name):
        return []
    for lines, i in _title_lines(view.text, ctx.course_name):
        if (card := _hero(lines, i, ctx)) is not None:
            return [card]
    return []

"""Courses without dates shown as cards: a title, a line or two, a price, a button.

    HGV Category C (Class 2) Licence Training
    Everything you need to pass your Category C test ...
    Was £2,195 Now £1,895 + VAT
    Enquire now

Each such card is one dateless course record (the contract's "one per course where
no date is given").  A card needs all three parts, title, a line that is mostly a
price, and a call to action right after it, so prices in prose never count.
"""

from __future__ import annotations

import re
from typing import Any

from prospectus.extract.dates import find_date_ranges
from prospectus.extract.patterns.schedule import (
    BUTTON,
    LEADING,
    ScheduleContext,
    looks_like_course_name,
    looks_like_title,
    strip_label,
)
from prospectus.extract.prices import Price, find_prices
from prospectus.extract.visible import Visible
from prospectus.records import Course

_REACH = 3  # lines between a title and its price
_MAX_PRICE_LINE_WORDS = 9
_MAX_BUTTON_WORDS = 4
_DIGIT = re.compile(r"\d")


def _is_card_title(line: str) -> bool:
    return looks_like_title(line) and looks_like_course_name(strip_label(line))


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


def _card(lines: list[str], i: int, ctx: ScheduleContext) -> Course | None:
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
        vat = price.includes_vat if price.includes_vat is not None else ctx.page_vat
        values: dict[str, Any] = {
            "name": strip_label(lines[i]),
            "price": price.amount,
            "list_price": price.list_price,
            "currency": price.currency or ctx.default_currency,
            "price_includes_vat": vat,
        }
        prov = tuple((k, ctx.source) for k, v in values.items() if v is not None)
        return Course(page=ctx.page, source=ctx.source, provenance=prov, **values)
    return None


def find_course_cards(view: Visible, ctx: ScheduleContext) -> list[Course]:
    """Dateless courses shown as title + price + call-to-action cards."""
    lines = [LEADING.sub("", line) for line in view.text.split("\n")]
    # A card's price line has a digit, as every price has: a title needs one in its reach.
    digit = [_DIGIT.search(line) is not None for line in lines]
    out = []
    for i, line in enumerate(lines):
        if (
            any(digit[i + 1 : i + 1 + _REACH])
            and _is_card_title(line)
            and (card := _card(lines, i, ctx)) is not None
        ):
            out.append(card)
    return out

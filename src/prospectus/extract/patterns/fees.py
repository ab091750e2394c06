"""The one fee a course page states under a label, for the page's course without a price.

A single-course page often gives its price as a fact of its own, away from any booking
box or schedule row::

    Registration fee:
    £500

    Price & availability
    Members    € 0,00    Tickets: 4

    Teilnahmegebühr: 450 EUR zzgl. MwSt.

A label (course/registration/participation fee, price, cost, in several languages) opens
a short line with the price after it, or stands alone above a short line with exactly one
price.  The page's fee is the one such price; two different fee prices (academic and
industry rates, two packages, "Academic fee" beside "Price") are no single fee, and a fee
the labels do not name ("Exam fee", "Cancellation fee") is not read as the course's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prospectus.extract.prices import Price, find_prices
from prospectus.extract.text import word_alternation

_LABEL = re.compile(
    r"^(?:(?:registration|course|participation|workshop|tuition|training|attendance|"
    r"enrol?ment|delegate|seminar)\s+)?(?:fees?|prices?|costs?)(?:\s*(?:&|and)\s*availability)?"
    r"|^(?:teilnahme|kurs|seminar)?(?:gebühr(?:en)?|preis|kosten)"
    r"|^(?:inschrijvings|deelname)?(?:geld|kosten|prijs)"
    r"|^(?:prix|tarifs?|frais(?: d'inscription| de participation)?|precio|coste|prezzo|"
    r"costo|pris|kursavgift|avgift|deltagaravgift|hinta|cena|preço|custo)"
    # Japanese, Korean and Chinese fee labels, glued to the next word as these scripts write
    r"|^(?:受講料金?|参加費|料金|수강료|교육비|참가비|수강비|课程费用|課程費用|学费|學費|费用|費用)",
    re.I,
)
# Every label holds one of these words: the lines to look at are found by one search of
# the lower-cased text (a trie of plain words: fast on long pages).
_FEE_WORDS = (
    "fee", "price", "cost", "gebühr", "preis", "kosten", "prijs", "geld", "prix", "tarif",
    "frais", "precio", "coste", "prezzo", "pris", "avgift", "hinta", "cena", "preço", "custo",
)  # fmt: skip
_FEE_WORD = re.compile(word_alternation(_FEE_WORDS))
# Japanese, Korean and Chinese labels, searched for only in a text holding one of these
# letters, which each of them holds (a quick test: most pages have none of them).
_CJK_FEE_WORDS = (
    "受講料", "参加費", "料金", "수강료", "교육비", "참가비", "수강비",
    "费用", "費用", "学费", "學費",
)  # fmt: skip
_CJK_FEE_LETTERS = "料費费료비"
_ANY_FEE_WORD = re.compile(word_alternation((*_FEE_WORDS, *_CJK_FEE_WORDS)))
_MAX_LABEL_WORDS = 8
_MAX_PRICE_WORDS = 8


def _line_price(line: str, default_currency: str | None) -> Price | None:
    """The one price of a short line, else None."""
    if len(line.split()) > _MAX_PRICE_WORDS:
        return None
    found = find_prices(line, default_currency=default_currency)
    if len(found) != 1 or found[0].price.amount is None:
        return None
    return found[0].price


def _lines_with_fee_words(text: str) -> Iterator[tuple[str, str]]:
    """(line, next line) of each line with a fee word, once each."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lowers to two characters: read the lowered lines
        text = low
    done = -1
    cjk = not text.isascii() and any(letter in text for letter in _CJK_FEE_LETTERS)
    for match in (_ANY_FEE_WORD if cjk else _FEE_WORD).finditer(low):
        if match.start() <= done:
            continue
        begin = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        after = text.find("\n", end + 1)
        done = end
        yield text[begin:end].strip(), text[end + 1 : len(text) if after < 0 else after].strip()


def _glued(line: str, at: int) -> bool:
    """Whether a word goes on after a label ("Pricing", "Costume"); a CJK label's value may
    follow it without a space ("受講料1名様 132,000円"), so only a Latin letter counts."""
    ch = line[at : at + 1]
    return ch.isalpha() and ch < "\u3000"


def find_page_fee(text: str, default_currency: str | None = None) -> Price | None:
    """The single fee the page states under a fee/price label, else None."""
    fees: list[Price] = []
    others: set[float | None] = set()  # prices of other fee lines ("Academic fee: CHF 200")
    for line, following in _lines_with_fee_words(text):
        if len(line.split()) > _MAX_LABEL_WORDS:
            continue
        label = _LABEL.match(line)
        if label is None or _glued(line, label.end()):
            # "Pricing", "Costume": another word; "Academic fee: CHF 200": another fee
            others.update(
                m.price.amount for m in find_prices(line, default_currency=default_currency)
            )
            continue
        rest = line[label.end() :].lstrip(" :：-–—")
        price = _line_price(rest, default_currency) if rest else None
        if price is None and not rest and following:
            price = _line_price(following, default_currency)
        if price is not None:
            fees.append(price)
    kinds = {(p.amount, p.currency) for p in fees}
    if len(kinds) != 1 or not others <= {fees[0].amount}:
        return None
    return fees[0]


# A shop's product price box, its special (sale) price beside its struck regular price:
# Magento "Special Price $395.00 Regular Price $450.00", Shopify "Sale price $395.00
# Regular price $450.00" (either first, "was" between them).
_PRICE_BOX = re.compile(
    r"^(?:(?:special|sale)\s+price\s+(?P<now>[^\n]{1,25}?)\s+(?:was\s+)?regular\s+price\s+"
    r"(?P<was>[^\n]{1,25})"
    r"|regular\s+price\s+(?P<was2>[^\n]{1,25}?)\s+(?:special|sale)\s+price\s+(?P<now2>[^\n]{1,25}))$",
    re.I | re.M,
)


def shop_regular_price(text: str) -> tuple[float, float] | None:
    """The special price and the higher regular price of the one product price box the
    page shows, else None (no box, or boxes of different prices: a related product's)."""
    boxes: set[tuple[float, float]] = set()
    for found in _PRICE_BOX.finditer(text):
        now = find_prices(found.group("now") or found.group("now2") or "")
        was = find_prices(found.group("was") or found.group("was2") or "")
        if len(now) != 1 or len(was) != 1:
            return None
        price, regular = now[0].price.amount, was[0].price.amount
        if price is None or regular is None or regular <= price:
            return None
        boxes.add((price, regular))
    return boxes.pop() if len(boxes) == 1 else None


# A price box whose regular price is struck (WooCommerce's "<del>$395.00</del> <ins>$345.00</ins>
# + GST"), a line of its own that the visible text reads "was $395.00 $345.00 + GST".
_STRUCK_BOX = re.compile(r"^was\s+(?P<box>[^\n]{3,60})$", re.M)


def struck_price_boxes(text: str) -> dict[float, float]:
    """The sale price → the struck regular price, of each price box the page shows as a
    line alone (see _STRUCK_BOX); a sale price struck beside two regular prices is left
    out (two products' boxes)."""
    boxes: dict[float, float | None] = {}
    for found in _STRUCK_BOX.finditer(text):
        box = found.group("box")
        prices = find_prices(box)
        if len(prices) != 1 or prices[0].span[0] != 0 or len(box[prices[0].span[1] :].split()) > 3:
            continue  # a sentence, or a line of several prices
        price, regular = prices[0].price.amount, prices[0].price.list_price
        if price is None or regular is None or regular <= price:
            continue
        boxes[price] = regular if boxes.get(price, regular) == regular else None
    return {price: regular for price, regular in boxes.items() if regular is not None}

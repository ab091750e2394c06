"""Prices as pages write them: amount, currency, was-price, VAT and "from".

Amounts: the last of two different separators is the decimal one
("1.295,00", "1,699.00"); a lone separator followed by exactly three digits
groups thousands ("1,699", "1.295", "2'450"), anything else marks decimals
("12.50", "12,5").  In running text a number is only a price when a currency
marker stands next to it (a symbol or code, :mod:`prospectus.extract.currencies`),
so years, durations, phone numbers, percentages and ratings never pass.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from prospectus.extract.currencies import (
    ISO_CODES,
    MARKER_ANYWHERE,
    PREFIX_MARKERS,
    PREFIX_PATTERN,
    SUFFIX_PATTERN,
    TEN_THOUSANDS,
    currency_of,
    parse_currency,
)
from prospectus.extract.months import MONTH_PATTERN
from prospectus.extract.text import digit_lines
from prospectus.extract.vat import vat_marker, vat_statement

__all__ = [
    "Price",
    "PriceMatch",
    "find_prices",
    "parse_amount",
    "parse_currency",
    "parse_price",
    "vat_statement",
]


@dataclass(frozen=True, slots=True)
class Price:
    """One offer's price: what a buyer pays now, and what the page says around it."""

    amount: float | None
    currency: str | None
    list_price: float | None
    includes_vat: bool | None
    is_from: bool = False


@dataclass(frozen=True, slots=True)
class PriceMatch:
    """A price found in a longer text ("Was £1,250 Now £995" is one match)."""

    span: tuple[int, int]
    text: str
    price: Price


@dataclass(frozen=True, slots=True)
class _Mention:
    """One number with its currency marker, and the words right around it."""

    start: int
    end: int
    amount: float
    currency: str | None
    is_from: bool
    was: bool
    now: bool
    vat: bool | None


_SPACES = "\u00a0\u202f\u2009 "
_ARABIC_GROUPING = "\u066c"  # the Arabic thousands separator ("٦٬٩٠٠")
_NUMBER = (
    # Indian lakh / crore grouping first: "1,18,000", "12,50,000" (pairs, then a last three)
    r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d{1,2})?(?!\d)|"
    rf"\d{{1,3}}(?:[,.'’{_SPACES}{_ARABIC_GROUPING}]\d{{3}})+(?:[.,]\d{{1,2}})?(?!\d)"
    r"|\d+(?:[.,]\d{1,2})?(?!\d)"
)
# _NUMBER after its first digit.
_NUMBER_REST = (
    r"(?:\d?(?:,\d\d)+,\d{3}(?:\.\d{1,2})?(?!\d)|"
    rf"\d{{0,2}}(?:[,.'’{_SPACES}{_ARABIC_GROUPING}]\d{{3}})+(?:[.,]\d{{1,2}})?(?!\d)|"
    r"\d*(?:[.,]\d{1,2})?(?!\d))"
)
_NO_CENTS = r"[.,](?:[-–—]{1,2}|=)"
_MENTION = re.compile(
    rf"(?P<pre>{PREFIX_PATTERN}|(?<![A-Za-z])R(?=\s?\d))[{_SPACES}]{{0,2}}"
    rf"(?P<n1>{_NUMBER})(?:{_NO_CENTS})?"
    # A letter may stand right before the number: a label run into its value ("Pris6 900 kr",
    # "受講料198,000円"); a digit or separator may not (the number would be cut).
    # (The look-behind sits after the first digit so that the regex engine skips to digits.)
    rf"|(?P<n2>\d(?<![\d.,_]\d){_NUMBER_REST})(?:{_NO_CENTS})?[{_SPACES}]{{0,2}}"
    # (a sign with a digit right after it opens that number: "… Dec 2026 £95" is £95, not £2,026)
    rf"(?P<post>{SUFFIX_PATTERN})(?!\d)"
)
_NOT_A_PRICE_AFTER = re.compile(
    r"\s*(?:%|million|billion|bn\b|m\b|k\b|Mio\b|Mrd\b|Milliarden|millions?|milliards?"
    r"|off\b(?!-)|discount\b|Rabatt\b|de\s+(?:descuento|desconto|réduction|remise)\b|korting\b"
    r"|:\$?[A-Z]{1,3}\$?\d)",  # "$200 off"; "A$1:B$9" is a spreadsheet range
    re.IGNORECASE,
)

# A day of the month, not an amount: a marker that is also a weekday's abbreviation
# before it ("Fr. 5. Februar 2027": Freitag, not Swiss francs).
_DAY_NUMBER = re.compile(r"(?:[1-9]|[12]\d|3[01])")
_MONTH_AFTER = re.compile(rf"\.?\s*(?:{MONTH_PATTERN})\b", re.IGNORECASE)


def _cue_before(words: tuple[str, ...], tail: str, *, also: str = "") -> re.Pattern[str]:
    r"""One of ``words`` at a word's start, then ``tail``, at the end of a text, case-blind.

    Each word is a regex that starts with a plain letter.  ``\b(?=[<first letters>])
    (?:w1|w2|...)`` matches what ``\bw1|\bw2|...`` does, but the look-ahead lets every
    place where no word can start fail at once.  ``also`` is one more alternative,
    without the word start.
    """
    firsts = "".join(sorted({word[0] for word in words}))
    cue = rf"\b(?=[{firsts}])(?:{'|'.join(words)})" + (f"|{also}" if also else "")
    return re.compile(rf"(?:{cue}){tail}$", re.IGNORECASE)


_FROM_BEFORE = _cue_before(
    (r"from", r"starting\s+(?:at|from)", r"ab", r"dès", r"desde", r"a\s+partir\s+de",
     r"vanaf", r"fra", r"från", r"da"),
    r"\s*(?:only\s*)?:?\s*",
    also=r"à\s+partir\s+de",
)  # fmt: skip
_WAS_BEFORE = _cue_before(
    (r"was", r"previously", r"regular(?:ly)?", r"normal(?:ly)?", r"usual(?:ly)?",
     r"original(?:ly)?", r"list", r"RRP", r"statt", r"bisher", r"UVP", r"regulär",
     r"normalpreis", r"au\s+lieu\s+de", r"avant", r"antes", r"invece\s+di", r"van",
     r"ordinarie", r"ordinarie\s+pris", r"normalnie", r"cena\s+regularna", r"běžná\s+cena",
     r"normalpris", r"førpris", r"ordinær", r"full\s+price", r"fullt\s+verð",
     r"redovn[aio]\s+(?:cena|cijena|kotizacija)", r"puna\s+(?:cena|cijena|kotizacija)"),
    r"\s*(?:price|preis|prix|pris)?\s*[:：]?\s*",
    also=r"通常価格|通常料金|定価|原[價价]|정가|정상가(?:격)?",
)  # fmt: skip
_NOW_BEFORE = _cue_before(
    (r"now", r"only", r"sale", r"offer", r"early[\s-]*bird", r"special", r"discounted",
     r"jetzt", r"nur", r"frühbucher\w*", r"voor", r"maintenant", r"seulement", r"ahora",
     r"ora", r"nu", r"endast", r"promo(?:cja|ção|cion)?", r"akce", r"por", r"agora"),
    r"\s*(?:price|preis|prix|pris|rate|pre[çc]o|cena)?\s*[:：]?\s*",
    also=r"早割(?:価格|料金)?|割引価格|特別価格|早[鳥鸟][價价]?|優惠[價价]|优惠价|特[價价]"
    r"|조기\s?등록가|얼리\s?버드(?:\s?가격|가)?|할인가(?:격)?|특가",
)  # fmt: skip
# Before an amount saved, not paid: "save £100", "Sie sparen 200 €".
_SAVING_BEFORE = _cue_before(
    (r"save", r"saving(?:s)?(?:\s+of)?", r"you\s+save", r"sparen\s+Sie", r"Sie\s+sparen",
     r"Ersparnis", r"économisez", r"ahorra[sr]?", r"ahorre", r"risparmia(?:te)?", r"bespaar",
     r"economize", r"spara", r"du\s+sparar", r"spar"),
    r"\s*(?:up\s+to|bis\s+zu|jusqu.à|hasta|fino\s+a|tot|até)?\s*:?\s*",
)  # fmt: skip
# Between a regular price and the lower one paid now: an arrow, and the now-price's label
# ("정가 ₩990,000 → 조기등록가 ₩890,000", "$1,200 ➔ $990").
_ARROW = re.compile(r"[^\d\n]{0,20}?(?:→|⇒|➔|➜|->|=>|⇨)[^\d\n]{0,20}")
_NEXT_NUMBER = re.compile(r"[\d£€$¥₹￥]")
_POA = re.compile(
    r"\b(?:POA|P\.O\.A|price\s+on\s+(?:application|request)|on\s+request|auf\s+Anfrage"
    r"|sur\s+demande|a\s+consultar|su\s+richiesta|op\s+aanvraag|på\s+förfrågan"
    r"|(?:call|contact\s+us)\s+for\s+(?:a\s+)?(?:price|pricing|quote)|TBC|TBA)\b",
    re.IGNORECASE,
)
_FREE = re.compile(
    r"\b(?:free(?:\s+of\s+charge)?|no\s+charge|kostenlos|kostenfrei|gebührenfrei|gratis"
    r"|gratuit[eo]?|gratuita|complimentary)\b",
    re.IGNORECASE,
)
_PRICE_WORDS = re.compile(
    r"\b(?:price|prices|cost|fee|preis|prix|precio|prezzo|prijs|pris|from|ab|only|now|per"
    r"|person|pp|p\.p|pro|each|total|course|seat|delegate|participant)\b|[():;·|/.,\-–*]",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(rf"(?<![\w.,])(?:{_NUMBER})(?:{_NO_CENTS})?")
_BARE_AMOUNT = re.compile(
    rf"(?<![\w.,:/+\-])(?P<n2>{_NUMBER})(?:{_NO_CENTS})?(?![\w%/:]|[.,\-]\d|\s*%)"
    r"(?!\s*(?:days?|hrs?|hours?|weeks?|months?|years?|mins?|minutes?|people|places|seats"
    r"|reviews?|ratings?|students?|delegates?|modules?|lessons?|Tage|Stunden|jours|heures)\b)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")
# A mention starts at most this far before its first digit: a marker and two spaces.
_MARKER_REACH = max(len(marker) for marker in PREFIX_MARKERS | {"R"}) + 2
_LOOKBACK = 30
_LOOKAHEAD = 40
_MERGE_GAP = 40


def _split_decimal(digits: str) -> tuple[str, str]:
    """(integer part, fraction) of a number with its separators still in place."""
    seps = [c for c in digits if c in ".,"]
    if len(set(seps)) == 2:
        point = max(digits.rfind("."), digits.rfind(","))
        return digits[:point], digits[point + 1 :]
    if not seps:
        return digits, ""
    head, _, tail = digits.rpartition(seps[0])
    if len(seps) == 1 and not (len(tail) == 3 and head.lstrip("0")):
        return head, tail
    return digits, ""


def parse_amount(value: str | int | float | None) -> float | None:
    """A price's number as a float ("1,699.00", "1.295,00", "CHF 2'450.–", 1699).

    Separators are resolved as the module docstring says; signs are ignored
    and anything not finite, or with no digits, is ``None``.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        number = abs(float(value))
        return number if math.isfinite(number) else None
    return _text_amount(value)


_AMOUNT_TEXT = re.compile(r"\d[\d.,'’\u00a0\u202f\u2009\u066c ]*")
_GROUPING = re.compile(r"[\s'’\u00a0\u202f\u2009\u066c]")
_DECIMAL_MARK = re.compile(r"[.,]")


@lru_cache(maxsize=4096)
def _text_amount(value: str) -> float | None:
    """:func:`parse_amount` of a string, remembered: pages repeat their prices."""
    match = _AMOUNT_TEXT.search(value)
    if match is None:
        return None
    digits = match.group(0).rstrip(".,'’ \u00a0\u202f\u2009")
    digits = _GROUPING.sub("", digits)
    head, tail = _split_decimal(digits)
    groups = _DECIMAL_MARK.split(head)
    if len(groups) > 1 and not all(len(g) in (2, 3) for g in groups[1:]):
        return None
    number = float("".join(groups) + ("." + tail if tail else ""))
    return number if math.isfinite(number) else None


# A currency's code before its symbol: "CAD $1,895.00", "AUD $450".
_CODE_BEFORE = re.compile(r"\b([A-Z]{3})\s$")


def _mention(text: str, match: re.Match[str], default: str | None) -> _Mention | None:
    groups = match.groupdict()
    marker = (groups.get("pre") or groups.get("post") or "").strip()
    number = groups.get("n1") or groups["n2"]
    if not marker and _YEAR.fullmatch(number):
        return None
    if marker == "R" and default != "ZAR" and not re.search(r"[.,\s]", number):
        return None
    if marker == "K" and currency_of(marker, default) is None:
        return None  # "K12": a kwacha only on a page that names its country
    if _NOT_A_PRICE_AFTER.match(text, match.end()):
        return None
    if _DAY_NUMBER.fullmatch(number) and _MONTH_AFTER.match(text, match.end()):
        return None
    amount = parse_amount(number)
    if amount is None:
        return None
    if marker in TEN_THOUSANDS:
        amount *= 10_000
    before = text[max(0, match.start() - _LOOKBACK) : match.start()]
    if (
        before[-4:-1].isupper()
        and (code := _CODE_BEFORE.search(before)) is not None
        and code.group(1) in ISO_CODES
    ):  # "was CAD $1,895.00": its cue before the code
        before = before[: code.start()]
    if _SAVING_BEFORE.search(before):
        return None
    after = text[match.end() : match.end() + _LOOKAHEAD]
    cut = _NEXT_NUMBER.search(after)
    return _Mention(
        start=match.start(),
        end=match.end(),
        amount=amount,
        currency=currency_of(marker, default) if marker else default,
        is_from=_FROM_BEFORE.search(before) is not None,
        was=_WAS_BEFORE.search(before) is not None,
        now=_NOW_BEFORE.search(before) is not None,
        vat=vat_marker(after[: cut.start()] if cut else after),
    )


def _mention_matches(text: str) -> Iterator[re.Match[str]]:
    """``_MENTION.finditer(text)``, searched only on lines that hold a digit and a marker.

    A mention never spans a line break, and the look-arounds at a line's end say the
    same whether they see the break or the end of the search.
    """
    pos = 0
    for digit, end in digit_lines(text):
        start = max(pos, digit - _MARKER_REACH)
        if MARKER_ANYWHERE.search(text, start, end) is not None:
            yield from _MENTION.finditer(text, start, end)
        pos = end + 1


def _mentions(text: str, default: str | None, require_currency: bool) -> list[_Mention]:
    found = [_mention(text, m, default) for m in _mention_matches(text)]
    marked = [m for m in found if m is not None]
    if require_currency:
        return marked
    taken = [(m.start, m.end) for m in marked]
    for match in _BARE_AMOUNT.finditer(text):
        if not any(a < match.end() and match.start() < b for a, b in taken):
            bare = _mention(text, match, default)
            marked += [bare] if bare is not None else []
    return sorted(marked, key=lambda m: m.start)


def _price(now: _Mention | None, was: _Mention | None, vat: bool | None) -> Price:
    """One price from the amount a buyer pays and the higher was-price beside it."""
    list_price = was.amount if was is not None else None
    if now is not None and list_price is not None and list_price <= now.amount:
        list_price = None
    anchor = now or was
    assert anchor is not None
    return Price(
        amount=now.amount if now is not None else None,
        currency=anchor.currency,
        list_price=list_price,
        includes_vat=anchor.vat if anchor.vat is not None else vat,
        is_from=anchor.is_from,
    )


def _partners(first: _Mention, second: _Mention, text: str) -> tuple[_Mention, _Mention] | None:
    """(now, was) when two neighbouring mentions are one offer's two prices, else ``None``."""
    gap = text[first.end : second.start]
    if len(gap) > _MERGE_GAP or "\n" in gap or first.currency != second.currency:
        return None
    if first.was and not second.was:
        return second, first
    if second.was and not first.was:
        return first, second
    if first.now and not second.now and second.amount > first.amount and not gap.strip(" \t-|/"):
        return first, second
    if second.amount < first.amount and _ARROW.fullmatch(gap):
        return second, first  # "₩990,000 → ₩890,000": from the regular price to today's
    if _now_after(first, second, gap):
        return second, first
    if _struck_lost(first, second, gap):
        return second, first
    return None


# What may stand between a regular price and its now-cue: a space, a bracket, a dash.
_GAP_PUNCT = " \t,;:/|()–—-"


def _now_after(first: _Mention, second: _Mention, gap: str) -> bool:
    """A higher price, then a lower one whose cue is all that stands between them ("de
    R$ 1.290,00 por R$ 1.190,00", "£1,250 now £995", "1.490 € – jetzt 1.290 €"): the
    regular price, then today's."""
    return (
        second.now
        and not (first.now or first.was or first.is_from or second.was)
        and second.amount < first.amount
        and _NOW_BEFORE.match(gap.lstrip(_GAP_PUNCT)) is not None
    )


def _struck_lost(first: _Mention, second: _Mention, gap: str) -> bool:
    """A higher price, a space, then a lower one, neither marked ("₹54,999 ₹39,999"): a sale
    price after its regular price that lost its strike-through (in a text dump, a copy)."""
    return (
        not (first.was or first.now or second.was or second.now or first.is_from)
        and first.currency is not None
        and 0 < len(gap) <= 2
        and not gap.strip(" ")
        and second.amount < first.amount
    )


def _matches(text: str, mentions: list[_Mention]) -> list[PriceMatch]:
    found: list[PriceMatch] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        second = mentions[i + 1] if i + 1 < len(mentions) else None
        pair = _partners(first, second, text) if second is not None else None
        if pair is not None and second is not None:
            price = _price(pair[0], pair[1], second.vat)
            span = (first.start, second.end)
            i += 2
        else:
            price = _price(None, first, None) if first.was else _price(first, None, None)
            span = (first.start, first.end)
            i += 1
        found.append(PriceMatch(span, text[span[0] : span[1]], price))
    return found


def find_prices(
    text: str | None, *, default_currency: str | None = None, require_currency: bool = True
) -> list[PriceMatch]:
    """Every price in ``text``, in order; a was/now pair ("Was £1,250 Now £995") is one match.

    Only numbers with a currency marker beside them count.  ``default_currency``
    says which dollar "$" is and which krona "kr" is.  A was-price standing
    alone comes back with ``amount=None`` and the value in ``list_price``.
    ``require_currency=False`` also takes bare numbers (for a column known to
    hold prices), skipping years, percentages, times and counted units ("5 days").
    """
    if not text or not _DIGIT.search(text):
        return []  # every price has a digit
    default = default_currency.upper() if default_currency else None
    return list(_prices(text, default, require_currency))


@lru_cache(maxsize=8192)
def _prices(text: str, default: str | None, require_currency: bool) -> tuple[PriceMatch, ...]:
    """:func:`find_prices`, remembered: the readers ask about one line many times."""
    return tuple(_matches(text, _mentions(text, default, require_currency)))


def _bare_price(text: str, default: str | None) -> Price | None:
    """A phrase that is only a number among price words ("1,699", "Price: 1699.00 pp")."""
    numbers = _BARE_NUMBER.findall(text)
    if len(numbers) != 1 or _YEAR.fullmatch(numbers[0]):
        return None
    rest = _PRICE_WORDS.sub(" ", _BARE_NUMBER.sub(" ", text))
    rest = re.sub(_FROM_BEFORE.pattern.removesuffix("$"), " ", rest, flags=re.IGNORECASE)
    if vat_marker(text) is not None:
        rest = re.sub(r"\S*(?:VAT|GST|MwSt|TVA|IVA|BTW|HT|TTC)\S*", " ", rest, flags=re.I)
        rest = re.sub(r"\b(?:inc\w*|ex\w*|plus|zzgl|inkl|\+)\b|\+", " ", rest, flags=re.I)
    if rest.strip():
        return None
    amount = parse_amount(numbers[0])
    is_from = _FROM_BEFORE.search(text[: text.find(numbers[0])]) is not None
    return Price(amount, default.upper() if default else None, None, vat_marker(text), is_from)


def parse_price(text: str | None, *, default_currency: str | None = None) -> Price | None:
    """One price phrase: "£1,795 + VAT", "From £995", "Was £1,250 Now £995", "1.450 EUR HT".

    "POA"/"Price on application" is ``None``; "Free" (with no number) is 0.0.
    A phrase that is a bare number among price words takes ``default_currency``.
    """
    if not text or not text.strip():
        return None
    matches = find_prices(text, default_currency=default_currency)
    default_currency = default_currency.upper() if default_currency else None
    priced = [m for m in matches if m.price.amount is not None]
    if priced:
        best = next((m for m in priced if m.price.list_price is not None), priced[0])
        price = best.price
        if price.includes_vat is None:
            price = dataclasses.replace(price, includes_vat=vat_marker(text))
        return price
    if matches:
        return matches[0].price
    if _POA.search(text):
        return None
    bare = _bare_price(text, default_currency)
    if bare is not None:
        return bare
    if _FREE.search(text):
        return Price(0.0, default_currency.upper() if default_currency else None, None, None)
    return None

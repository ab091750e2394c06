"""Currency markers as pages write them, mapped to ISO 4217 codes.

Three kinds of marker: symbols ("£", "NZ$", "Fr."), ISO codes ("EUR"), and the
context-dependent ones — a bare "$" (USD unless the page's currency is another
dollar), "kr" (the page's Nordic krone/krona, else unknown) and "R" (rand, only
before digits).  :data:`PREFIX_PATTERN` / :data:`SUFFIX_PATTERN` are the regex
alternations the price scanner uses around a number.
"""

from __future__ import annotations

import re

from prospectus.extract.text import word_alternation

ISO_CODES: frozenset[str] = frozenset(
    """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD
    BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR
    FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD
    JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT
    MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG
    QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS
    TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR
    ZMW ZWL""".split()  # noqa: SIM905 - a table is easier to read as one block
)
# Codes that are also ordinary upper-case words ("ALL 5 modules", "TOP 10"): never
# taken as a currency from running text, only from a markup value.
_WORDLIKE_CODES = frozenset({"ALL", "TOP", "CUP", "SOS", "PEN", "MAD", "TRY", "BOB", "MOP", "AMD"})
_WORDLIKE_CODES |= frozenset({"GEL", "BAM", "NAD", "DOP", "LAK", "WST", "ERN"})

SYMBOLS: dict[str, str] = {
    "NZ$": "NZD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD",
    "S$": "SGD", "SG$": "SGD", "HK$": "HKD", "US$": "USD", "USD$": "USD", "R$": "BRL",
    "MX$": "MXN", "NT$": "TWD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "Rs.": "INR",
    "Rs": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS", "₱": "PHP", "₦": "NGN",
    "zł": "PLN", "Kč": "CZK", "Ft": "HUF", "Fr.": "CHF", "SFr.": "CHF", "sFr.": "CHF",
    "euro": "EUR", "euros": "EUR", "Euro": "EUR", "Euros": "EUR", "EURO": "EUR",
}  # fmt: skip
DOLLAR_CURRENCIES: frozenset[str] = frozenset(
    {"USD", "NZD", "AUD", "CAD", "SGD", "HKD", "TWD", "MXN", "JMD", "TTD", "BSD", "BBD", "FJD"}
)
KRONA_CURRENCIES: frozenset[str] = frozenset({"SEK", "NOK", "DKK", "ISK"})
_KRONA_MARKERS = ("kr.", "kr", "Kr.", "Kr")
_WORD_SYMBOLS = frozenset({"euro", "euros", "Euro", "Euros", "EURO"})
# Written only after the number ("100 euro", "1.450 Ft"), never before it.
_SUFFIX_ONLY = frozenset({"Ft", "zł", "Kč"}) | _WORD_SYMBOLS


def _alternation(tokens: set[str]) -> str:
    """Any of ``tokens``, longest first; one ending in a letter must end a word."""
    words = word_alternation(tokens, after=lambda t: "(?![A-Za-z])" if t[-1].isalpha() else "")
    return "(?<![A-Za-z])(?:" + words + ")"


_TEXT_CODES = set(ISO_CODES - _WORDLIKE_CODES)
_MARKERS = set(SYMBOLS) | _TEXT_CODES | {"$", "kr.", "kr", "Kr.", "Kr"}
PREFIX_MARKERS: frozenset[str] = frozenset(_MARKERS - _SUFFIX_ONLY)
PREFIX_PATTERN: str = _alternation(set(PREFIX_MARKERS))
SUFFIX_PATTERN: str = _alternation(_MARKERS - {"Rs", "Rs."})

# Any marker, wherever it stands (no word-boundary checks): a line without one holds no
# price, and this pattern, led by one plain character per marker, skips through text fast.
MARKER_ANYWHERE: re.Pattern[str] = re.compile(
    word_alternation(_MARKERS | {"R"}, after=lambda t: r"(?=\s?\d)" if t == "R" else "")
)

_CURRENCY_IN_TEXT = re.compile(
    r"(?:(?<![A-Za-z])(?:R(?=\s?\d))|"
    + PREFIX_PATTERN.removeprefix("(?<![A-Za-z])")
    + "|"
    + SUFFIX_PATTERN.removeprefix("(?<![A-Za-z])")
    + ")"
)


def currency_of(marker: str, default: str | None = None) -> str | None:
    """ISO code for one marker as the price scanner found it; ``default`` resolves "$" and "kr"."""
    default = default.upper() if default else None
    if marker == "$":
        return default if default in DOLLAR_CURRENCIES else "USD"
    if marker in _KRONA_MARKERS:
        return default if default in KRONA_CURRENCIES else None
    if marker == "R":
        return "ZAR"
    if marker in SYMBOLS:
        return SYMBOLS[marker]
    code = marker.upper()
    return code if code in ISO_CODES else None


def parse_currency(value: str | None, *, default: str | None = None) -> str | None:
    """ISO 4217 code for a currency value ("£", "NZ$", "eur", "Fr.", "CHF", "R1,500").

    A markup value that is an ISO code comes back upper-cased; "$" means USD
    unless ``default`` is another dollar; "kr" needs a Nordic ``default``; "R"
    means rand only when digits follow.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.upper() in ISO_CODES:
        return text.upper()
    match = _CURRENCY_IN_TEXT.search(text)
    if match is None:
        return None
    return currency_of(match.group(0).strip(), default)

"""Currency markers as pages write them, mapped to ISO 4217 codes.

Three kinds of marker: symbols ("£", "NZ$", "Fr."), ISO codes ("EUR"), and the
context-dependent ones — a bare "$" (USD unless the page's currency is another
dollar), "kr" (the page's Nordic krone/krona, else unknown) and "R" (rand, only
before digits).  :data:`PREFIX_PATTERN` / :data:`SUFFIX_PATTERN` are the regex
alternations the price scanner uses around a number.
"""

from __future__ import annotations

import re
from collections import Counter

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
    "MX$": "MXN", "NT$": "TWD",
    # the Caribbean and other dollars' own prefixes ("J$185,000", "TT$850.00", "EC$")
    "J$": "JMD", "JA$": "JMD", "TT$": "TTD", "BDS$": "BBD", "Bds$": "BBD", "EC$": "XCD",
    "BZ$": "BZD", "GY$": "GYD", "FJ$": "FJD", "N$": "NAD", "CI$": "KYD",
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "Rs.": "INR",
    "Rs": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS", "₱": "PHP", "₦": "NGN",
    "zł": "PLN", "Kč": "CZK", "Ft": "HUF", "Fr.": "CHF", "SFr.": "CHF", "sFr.": "CHF",
    "euro": "EUR", "euros": "EUR", "Euro": "EUR", "Euros": "EUR", "EURO": "EUR",
    "円": "JPY", "元": "CNY", "₫": "VND", "₴": "UAH", "฿": "THB", "원": "KRW", "￦": "KRW",
    # ten thousand of a currency, as Korean, Japanese and Chinese write a round sum ("89만원")
    "만원": "KRW", "만 원": "KRW", "万円": "JPY", "万元": "CNY", "萬元": "CNY",
    "руб.": "RUB", "руб": "RUB", "грн.": "UAH", "грн": "UAH", "лв.": "BGN", "лв": "BGN",
    # the Macedonian denar only with its dot or in full ("ден" alone is "day")
    "ден.": "MKD", "денари": "MKD", "дин.": "RSD", "динара": "RSD",
    # the Caucasus and Central Asia's signs ("2 450 ₼", "1 450 ₾", "350 000 ₸")
    "₼": "AZN", "₾": "GEL", "₸": "KZT",
    "TL": "TRY", "lei": "RON", "RM": "MYR", "Rp": "IDR", "Rp.": "IDR",
    "lekë": "ALL", "Lekë": "ALL", "lek": "ALL",  # Albania ("54.000 lekë")
    # the Gulf's dotted Arabic abbreviations ("٦٬٩٠٠ ر.س" is 6,900 Saudi riyals)
    "ر.س": "SAR", "ر.ق": "QAR", "د.إ": "AED", "د.ك": "KWD", "د.ب": "BHD", "ر.ع.": "OMR",
    # the East African shillings' own abbreviations ("KSh 85,000/=", "Kshs. 85,000/-", "USh")
    "KSh": "KES", "Ksh": "KES", "KSH": "KES", "Ksh.": "KES", "KSh.": "KES", "KShs": "KES",
    "Kshs": "KES", "KShs.": "KES", "Kshs.": "KES", "KES.": "KES",
    "USh": "UGX", "Ush": "UGX", "USh.": "UGX", "Ush.": "UGX", "UShs": "UGX", "Ushs": "UGX",
    "UShs.": "UGX", "Ushs.": "UGX", "UGX.": "UGX",
    "TSh": "TZS", "Tsh": "TZS", "TSh.": "TZS", "Tsh.": "TZS", "TShs": "TZS", "Tshs": "TZS",
    "TShs.": "TZS", "Tshs.": "TZS", "TZS.": "TZS",
    # the Ghanaian cedi's sign, alone or after the country's letters ("GH₵ 2,400", "GH¢50")
    "₵": "GHS", "GH₵": "GHS", "GH¢": "GHS",
}  # fmt: skip
# The markers that count in tens of thousands ("89만원" is 890,000 won, "13.2万円" 132,000 yen).
TEN_THOUSANDS: frozenset[str] = frozenset({"만원", "만 원", "万円", "万元", "萬元"})
DOLLAR_CURRENCIES: frozenset[str] = frozenset(
    {"USD", "NZD", "AUD", "CAD", "SGD", "HKD", "TWD", "MXN", "JMD", "TTD", "BSD", "BBD", "FJD"}
    # the Caribbean's and the Pacific's other dollars ("$350.00 EC" on a page pricing in XCD)
    | {"XCD", "BZD", "GYD", "KYD", "BMD", "SBD", "BND"}
    # the pesos that write "$" too: "$ 1.890.000" on a Colombian page is pesos
    | {"COP", "ARS", "CLP", "UYU", "DOP", "CUP"}
)
# The rupees that write "Rs": "Rs 185,000" on a Pakistani page is Pakistani rupees.
RUPEE_CURRENCIES: frozenset[str] = frozenset({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"})
_RUPEE_MARKERS = ("Rs", "Rs.")
KRONA_CURRENCIES: frozenset[str] = frozenset({"SEK", "NOK", "DKK", "ISK"})
_KRONA_MARKERS = ("kr.", "kr", "Kr.", "Kr")
# "K8,500" is the Zambian or Malawian kwacha or the kina, on a page that says which.
KWACHA_CURRENCIES: frozenset[str] = frozenset({"ZMW", "MWK", "PGK"})
_WORD_SYMBOLS = frozenset({"euro", "euros", "Euro", "Euros", "EURO"})
# Written only after the number ("100 euro", "1.450 Ft"), never before it.
_SUFFIX_ONLY = frozenset(
    {"Ft", "zł", "Kč", "円", "元", "원", "руб.", "руб", "грн.", "грн", "лв.", "лв"}
)
_SUFFIX_ONLY |= frozenset({"ден.", "денари", "дин.", "динара"})
_SUFFIX_ONLY |= frozenset({"TL", "lei", "lekë", "Lekë", "lek"}) | _WORD_SYMBOLS | TEN_THOUSANDS
# Markers whose currency the page decides: "¥" is the yuan on a Chinese page, "元" the
# local dollar in Taiwan or Hong Kong.
_YEN_OR_YUAN = ("¥", "￥")
_YUAN_CURRENCIES = frozenset({"CNY", "TWD", "HKD", "MOP"})
# A page's own currency from its language tag or its country's domain, where a marker
# needs one ("kr", "$", "¥"). Two tables: "ca" is Catalan as a language, Canada as a domain.
_LANG_CURRENCY = {
    "sv": "SEK", "da": "DKK", "nb": "NOK", "nn": "NOK", "no": "NOK", "is": "ISK", "fo": "DKK",
    "ja": "JPY", "zh-cn": "CNY", "zh-tw": "TWD", "zh-hk": "HKD", "en-hk": "HKD",
    "en-au": "AUD", "en-nz": "NZD", "mi": "NZD", "en-ca": "CAD", "fr-ca": "CAD",
    "en-sg": "SGD", "zh-sg": "SGD",
    "es-co": "COP", "es-mx": "MXN", "es-ar": "ARS", "es-cl": "CLP", "es-uy": "UYU",
    "es-do": "DOP", "es-cu": "CUP",
    "en-pk": "PKR", "ur": "PKR", "ur-pk": "PKR", "en-lk": "LKR", "si": "LKR", "ta-lk": "LKR",
    "ne": "NPR", "en-np": "NPR", "en-mu": "MUR",
    "en-zm": "ZMW", "bem": "ZMW", "en-mw": "MWK", "ny": "MWK", "en-pg": "PGK", "tpi": "PGK",
}  # fmt: skip
_DOMAIN_CURRENCY = {
    "se": "SEK", "dk": "DKK", "no": "NOK", "is": "ISK", "fo": "DKK", "gl": "DKK",
    "jp": "JPY", "cn": "CNY", "tw": "TWD", "hk": "HKD",
    "au": "AUD", "nz": "NZD", "ca": "CAD", "sg": "SGD",
    "mx": "MXN", "ar": "ARS", "cl": "CLP", "uy": "UYU", "do": "DOP", "cu": "CUP",
    "pk": "PKR", "lk": "LKR", "np": "NPR", "mu": "MUR", "zm": "ZMW", "mw": "MWK", "pg": "PGK",
}  # fmt: skip
# Letters before which a marker cannot start ("$A$1" is a spreadsheet cell, not A$1).
_NOT_AFTER = "(?<![A-Za-z$])"


def _alternation(tokens: set[str]) -> str:
    """Any of ``tokens``, longest first; one ending in a letter must end a word."""
    words = word_alternation(
        tokens,
        after=lambda t: r"(?=\d)" if t == "K" else "(?![A-Za-z])" if t[-1].isalpha() else "",
    )
    return _NOT_AFTER + "(?:" + words + ")"


_TEXT_CODES = set(ISO_CODES - _WORDLIKE_CODES)
_MARKERS = set(SYMBOLS) | _TEXT_CODES | {"$", "kr.", "kr", "Kr.", "Kr", "￥", "K"}
PREFIX_MARKERS: frozenset[str] = frozenset(_MARKERS - _SUFFIX_ONLY)
PREFIX_PATTERN: str = _alternation(set(PREFIX_MARKERS))
SUFFIX_PATTERN: str = _alternation(_MARKERS - {"Rs", "Rs.", "K"})  # "500K" is thousands

# Any marker, wherever it stands (no word-boundary checks): a line without one holds no
# price, and this pattern, led by one plain character per marker, skips through text fast.
MARKER_ANYWHERE: re.Pattern[str] = re.compile(
    word_alternation(
        _MARKERS | {"R"},
        after=lambda t: r"(?=\s?\d)" if t == "R" else r"(?=\d)" if t == "K" else "",
    )
)

_CURRENCY_IN_TEXT = re.compile(
    r"(?:(?<![A-Za-z])(?:R(?=\s?\d))|"
    + PREFIX_PATTERN.removeprefix(_NOT_AFTER)
    + "|"
    + SUFFIX_PATTERN.removeprefix(_NOT_AFTER)
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
    if marker == "K":
        return default if default in KWACHA_CURRENCIES else None
    if marker in _RUPEE_MARKERS:
        return default if default in RUPEE_CURRENCIES else "INR"
    if marker in _YEN_OR_YUAN:
        return "CNY" if default == "CNY" else "JPY"
    if marker in ("元", "万元", "萬元"):
        return default if default in _YUAN_CURRENCIES else "CNY"
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


def local_currency(lang: str | None = None, url: str | None = None) -> str | None:
    """The currency a page's language tag or domain implies, for markers that need one.

    Only where one currency is clear: "sv"/".se" give SEK (so "6 900 kr" is kronor),
    "da"/".dk" DKK, "nb"/".no" NOK, "ja" JPY, "zh-TW" TWD, "zh-CN" CNY, "en-AU"/".au"
    AUD (so "$" is the Australian dollar), ".ca" CAD, ".nz" NZD, ".sg" SGD; "en" and
    ".com" say nothing.
    """
    tag = (lang or "").strip().casefold().replace("_", "-")
    for key in (tag, tag.split("-")[0]):
        if key in _LANG_CURRENCY:
            return _LANG_CURRENCY[key]
    host = re.sub(r"^[a-z]+://", "", (url or "").casefold()).split("/")[0].split(":")[0]
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    return _DOMAIN_CURRENCY.get(tld)


# What a page writes about where it is, for a bare "$" when neither its language tag nor
# its address says which dollar: its own web and mail hosts, phone numbers, company
# numbers, a state or province before a postcode of that country's shape, the country's
# own tax and qualification words. The US side counts too (a state before a five-digit
# ZIP code), and so do North American phone numbers (the US's or Canada's), so a US page
# that names an office abroad stays USD. Each pattern opens with the few characters its
# cue can start with, so a page is scanned fast.
_HOST_CUES = re.compile(
    r"\.(?:(?P<AUD>(?:com|net|org|edu|gov|asn|id)\.au)|(?P<NZD>(?:co|org|net|ac|govt|school"
    r"|iwi)\.nz)|(?P<SGD>(?:com|edu|gov|org|net)\.sg)|(?P<HKD>(?:com|edu|org|gov)\.hk)"
    r"|(?<=[a-z0-9-]\.)(?P<CAD>ca)(?=/|\b(?!\.)))\b"
)
_PLUS_CUES = re.compile(
    r"\+(?:(?P<AUD>61)|(?P<NZD>64)|(?P<SGD>65)|(?P<HKD>852))[\s(]*\d|\+(?P<NANP>1)[\s.-]\(?\d{3}"
    r"|\+\s?(?P<CAD>HST)\b"
)
_WORD_CUES = re.compile(
    r"(?:(?P<AUD>ABN:?\s*\d{2}\s?\d{3}|Pty\.? Ltd|RTO(?: No\.?| number| code|:)?\s*\d{4,6})"
    r"|(?P<NZD>NZBN|NZQA|Aotearoa)|(?P<CAD>GST/HST|TPS/TVQ)"
    r"|(?P<SGD>SkillsFuture|UEN:?\s*\d|Singapore\s+\d{6}))\b"
)
# Where one of those words may start: one plain alternation is the fast scan.
_WORD_SPOT = re.compile(
    r"ABN|Pty|RTO|NZBN|NZQA|Aotearoa|GST/HST|TPS/TVQ|SkillsFuture|UEN|Singapore"
)
# A state's or province's code before a postcode: checked against the tables below.
_POSTCODE = re.compile(
    r"[A-Z](?<![\w][A-Z])[A-Z]{1,2}\s+(?:\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b(?![\s-]?\d)"
)
_AU_POSTCODE = re.compile(
    r"(?:NSW\s+[12]|VIC\s+[38]|QLD\s+[49]|SA\s+5|WA\s+6|TAS\s+7|NT\s+08\d|ACT\s+(?:26[01]|29[0-2]))"
    r"\d{2,3}"
)
_CA_POSTCODE = re.compile(r"(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d")
_US_STATES = frozenset(
    """AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE
    NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY""".split()  # noqa: SIM905
)
# A phone number of groups of digits, then its country by its shape.
_PHONE = re.compile(r"[(\d](?<![\d+][(\d])\d{0,3}\)?[\s-]?\d{3,4}[\s-]\d{3,4}\b(?![\s-]?\d)")
_PHONE_SHAPES = (
    ("AUD", re.compile(r"(?:\(0[2378]\)|0[2378])\s\d{4}\s\d{4}|(?:1[38]00|04\d\d)\s\d{3}\s\d{3}")),
    ("NZD", re.compile(r"(?:\(0[34679]\)|0[34679])\s\d{3}\s\d{4}")),
    ("NANP", re.compile(r"\(\d{3}\)\s?\d{3}-\d{4}|\d{3}-\d{3}-\d{4}")),
)


def _country_cues(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for pattern in (_HOST_CUES, _PLUS_CUES):
        for match in pattern.finditer(text):
            counts[match.lastgroup or ""] += 1
    for spot in _WORD_SPOT.finditer(text):
        start = spot.start()
        if start and text[start - 1].isalnum():
            continue  # inside a word
        if (cue := _WORD_CUES.match(text, start)) and cue.lastgroup:
            counts[cue.lastgroup] += 1
    for match in _POSTCODE.finditer(text):
        code = match.group()
        if _AU_POSTCODE.fullmatch(code):
            counts["AUD"] += 1
        elif _CA_POSTCODE.fullmatch(code):
            counts["CAD"] += 1
        elif code[:2] in _US_STATES and code[2] in " \t" and len(code.split()[1]) >= 5:
            counts["USD"] += 1
    for match in _PHONE.finditer(text):
        for country, shape in _PHONE_SHAPES:
            if shape.fullmatch(match.group()):
                counts[country] += 1
                break
    return counts


def dollar_country(text: str) -> str | None:
    """The dollar a page's bare "$" means by what the page says about where it is:
    "ABN 31 622 194 087", "QLD 4102", "07 3180 4452", "www.x.com.au" → AUD; ".co.nz",
    "NZBN", "+64" → NZD; "ON M5V 3L9", "GST/HST" → CAD; "+65", "SkillsFuture" → SGD.
    None when the page says nothing, or says as much of the US (a state before a ZIP
    code; a North American phone number, unless the other side is Canada) as of the
    other dollar, or as much of two other dollars."""
    counts = _country_cues(text)
    ranked = [(code, n) for code, n in counts.most_common() if code not in ("USD", "NANP")]
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    best, hits = ranked[0]
    us = counts["USD"] + (0 if best == "CAD" else counts["NANP"])
    return best if hits > us else None


# A page's kwacha or kina: its country or currency named in its text.
_KWACHA_CUES = re.compile(
    r"\b(?:(?P<ZMW>Zambia|Zambian|ZMW)|(?P<MWK>Malawi|Malawian|MWK)|(?P<PGK>Papua|PGK))\b"
)
# "K" first, its lead looked at behind it: a pattern that opens with the look-behind
# ("(?<![A-Za-z$])K\d") is tried at every character of the page's text, ~40x slower.
_K_PRICE = re.compile(r"K(?<![A-Za-z$]K)\d")


def kwacha_country(text: str) -> str | None:
    """The currency a bare "K8,500" on a page means: the one of Zambia, Malawi or Papua New
    Guinea its text names more than the others; None where it has no such price."""
    if _K_PRICE.search(text) is None:
        return None
    counts = Counter(m.lastgroup for m in _KWACHA_CUES.finditer(text) if m.lastgroup)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]

"""Whether a price includes VAT (or GST, MwSt., TVA, IVA, BTW, moms ...).

Two tables of phrases, one per answer, each a list of regex fragments with
``TAX`` standing for any tax name.  :func:`vat_marker` reads the words right
after one price ("+ VAT", "inc. GST", "zzgl. MwSt.", "HT"); :func:`vat_statement`
weighs every phrase on a page, counting those that speak about prices in
general ("All prices exclude VAT") three times, and skipping questions ("Are
the prices GST inclusive?").
"""

from __future__ import annotations

import re
from functools import lru_cache

from prospectus.extract.text import ascii_bytes, word_alternation

# The characters a tax name (or its rate) can start with, in lower case: the regex engine
# skips a place that starts with none of them at once, instead of trying every name there
# (the phrases try the names at every word, and some inside words: "ƏDV daxil deyil").
# tests/extract/test_vat_guard.py holds it to the names below.
_TAX_FIRST = r"\dvghmuitbakdpsáнпдəφמاضภდ"
_TAX = (
    rf"(?=[{_TAX_FIRST}])"
    r"(?:\d{1,2}(?:[.,]\d{1,2})?\s?%\s+)?"  # a rate may stand first: "exkl. 8.1% MWST"
    r"(?:VAT|GST|HST|MwSt\.?|Mehrwertsteuer|USt\.?|Umsatzsteuer|TVA|IVA|BTW|moms|mva|ALV|DPH"
    r"|KDV|ÁFA|AFA|НДС|ПДВ|ДДС|PPN|PDV"
    r"|ДДВ"  # mk, bg
    r"|ƏDV"  # az
    r"|PVM|PVN"  # lt, lv
    r"|TVSH"  # sq
    r"|დღგ"  # ka
    r"|GCT"  # Jamaica's general consumption tax: "excl. GCT", "J$159,000 + GCT"
    r"|TPS|TVQ|TVH"  # Québec / Canada in French: GST, QST, HST
    r"|SST"  # Malaysia's sales and service tax: "exclude 8% SST", "RM 890 + SST"
    r"|ΦΠΑ|מע[״\"]מ"  # el, he
    r"|ภาษีมูลค่าเพิ่ม|ภาษี"  # th
    r"|(?:ال)?ضريبة(?:\s+القيمة\s+المضافة)?"  # ar "(الـ)ضريبة (القيمة المضافة)"
    r"|imp(?:ostos?|uestos?)"  # pt / es "taxes": "com impostos inclusos", "impuestos incluidos"
    r"|sales\s+tax|tax(?:es)?)"
)
_LEGAL = r"(?:(?:der\s+)?gesetzl\w*\.?\s+)?"
# A place naming the tax, in capitals ("include UK VAT", "plus Irish VAT", "include Isle of
# Man VAT", "excl. Australian GST"): up to three capitalised words, "of" between them.
_WHOSE = r"(?:(?-i:[A-Z][\w'’]*)\s+(?:of\s+)?){0,3}"
# Every tax the price holds, as a page sums them up: "Fees include all taxes", "inclusive of
# all the applicable taxes", "plus all taxes".
_ALL = r"all\s+(?:the\s+)?"
_PRICE_PLACE = (
    r"(?:(?<=[\d€$£])|(?<=[\d€$£]\s)|(?<=[\d€$£]\u00a0)|(?<=prix\s)|(?<=Prix\s)|(?<=sont\s))"
)
_EXCLUSIVE = (
    r"\+\s*(?:the\s+)?TAX",
    r"\bplus\s+(?:the\s+|" + _ALL + r")?(?:applicable\s+)?" + _WHOSE + "TAX",
    r"\bex[ck]?l?\.?\s*(?:of\s+)?TAX",
    r"\bexclud\w*\s+(?:the\s+|" + _ALL + r")?(?:applicable\s+)?" + _WHOSE + "TAX",
    r"\bexclusive\s+of\s+(?:the\s+|" + _ALL + r")?(?:applicable\s+)?TAX",
    r"\bnot\s+including\s+TAX",
    r"\bdo(?:es)?\s+not\s+include\s+(?:the\s+)?TAX",
    r"\bTAX[- ]exclusive",
    r"\bTAX\s+(?:is\s+|are\s+|will\s+be\s+)?(?:not\s+included|extra|added|payable\s+in\s+addition)",
    r"\bnet\s+of\s+TAX",
    r"\bzzgl\.?\s*" + _LEGAL + "TAX",
    r"\bzuzüglich\s+" + _LEGAL + "TAX",
    r"\bnetto(?:preise?)?\b",
    r"\bhors\s+tax\w*",
    r"\bhors\s+TAX",  # fr "hors TVA"
    # fr: "Les prix excluent la TPS et la TVQ", "excluant les taxes", "taxes en sus"
    r"\bexclu(?:ent|ant|s|es?)?\s+(?:(?:la|les|le)\s+|l['’]\s*)?TAX",
    r"\bTAX(?:\s+et\s+(?:la\s+)?TAX)?\s+(?:applicables\s+)?en\s+sus",
    r"\bavant\s+(?:les\s+)?TAX",
    r"\bbefore\s+(?:the\s+)?(?:\d{1,2}(?:[.,]\d)?\s?%\s+)?TAX",  # "before GST", "before 9% GST"
    _PRICE_PLACE + r"(?-i:HT)\b",
    r"\b(?:sin|sem)\s+TAX",  # es / pt "sin IVA", "sem impostos"
    # it / es / pt "IVA esclusa", "impuestos no incluidos", "impostos não inclusos"
    r"\bTAX\s+(?:esclusa|(?:no|não|nao|non)\s+inclu\w*)",
    r"\bexclusief\s+TAX",
    r"(?<!f\.)\beks(?:k?l)?\.?\s*TAX",  # da / no "ekskl. moms", "eks. mva." (not "f.eks.")
    r"\bbez\s+TAX",  # cs / sk / pl "bez DPH", "bez VAT"
    r"\b(?:acresce|acrescem|acresce-se|mais)\s+IVA",
    # es / pt / it / fr: "no incluyen (el) IVA", "não incluem IVA", "non include l'IVA"
    r"\b(?:no|não|nao|non|ne)\s+(?:se\s+)?(?:inclu|compren)\w*\s+(?:el\s+|o\s+|la\s+|l['’]\s*)?TAX",
    r"\bex\s+TAX",
    r"\bTAX\s+hari[çc]",  # tr "KDV hariç"
    r"TAX\s+(?:\(\d{1,2}\s?%\)\s+)?daxil\s+(?:deyil|edilməyib)",  # az "ƏDV (18%) daxil deyil"
    r"\bf[ăa]r[ăa]\s+TAX",  # ro "fără TVA"
    r"(?<!\w)без\s+TAX",  # ru / uk "без НДС", "без ПДВ"
    r"\bnett[óo](?!\w)",  # hu "nettó"
    r"税抜き?|税別|外税|不含[稅税]|未[稅税]|[稅税]外",  # ja / zh: tax excluded
    # ko: "VAT 별도", "부가세 10% 별도", "부가세(VAT) 미포함"
    r"(?:부가(?:가치)?세|\bTAX)(?:\s*\(\s*TAX\s*\))?\s*(?:\d{1,2}\s?%\s*)?(?:별도|미포함|불포함)",
    # el "χωρίς ΦΠΑ", "δεν περιλαμβάνουν ΦΠΑ"; he "לא כולל מע״מ", "אינם כוללים מע״מ"
    r"\b(?:χωρίς|πλέον)\s+(?:του\s+)?TAX|\bδεν\s+περιλαμβάν\w*\s+(?:τον\s+|το\s+)?TAX",
    # id / ms "belum termasuk PPN", "tidak termasuk SST"; vi "chưa bao gồm VAT"
    r"\b(?:belum|tidak)\s+termasuk\s+TAX|\b(?:chưa|không)\s+(?:bao\s+)?gồm\s+TAX",
    r"\bו?(?:לא|אינ\w*)\s+כולל\w*\s+TAX|\bבתוספת\s+TAX",
    # ar "ولا تشمل ضريبة القيمة المضافة", "غير شاملة الضريبة"
    r"(?<!\w)و?(?:لا\s+[تي]شمل\w*|غير\s+شامل[ةه]?)\s+TAX",
    # th "ไม่รวม VAT 7%", "ยังไม่รวมภาษีมูลค่าเพิ่ม" (not including)
    r"ไม่รวม\s*TAX",
    # et "Hinnad ei sisalda käibemaksu", "käibemaksuta", "240 € + km" (km: käibemaks)
    r"\bei\s+sisalda\w*\s+käibemaks\w*|\bkäibemaksuta\b|\bkm-ta\b",
    _PRICE_PLACE + r"\+\s*(?-i:km)\b(?!\s*\d)",
    # lt "be PVM", "neįskaitant PVM"; lv "neieskaitot PVN" ("bez PVN" is above)
    r"\bbe\s+PVM\b|\bne(?:įskaitant|ieskaitot)\s+TAX",
    # sq "pa TVSH", "nuk përfshijnë TVSH-në"; lb "ouni TVA"
    r"\bpa\s+TAX|\bnuk\s+p[ëe]rfshi\w*\s+TAX|\bouni\s+TAX",
    # ka "დღგ-ს გარეშე" (without VAT), "არ შეიცავს დღგ-ს" (does not contain VAT)
    r"\bTAX(?:-ის|-ს)?\s+(?:გარეშე|გარდა)|\bარ\s+შეიცავ\w*\s+TAX",
)
_INCLUSIVE = (
    r"\binc(?:l|s)?\.?\s*(?:of\s+)?TAX",
    # it "include l'IVA" too
    r"\binclud\w*\s+(?:the\s+|" + _ALL + r"|l['’]\s*)?(?:applicable\s+)?" + _WHOSE + "TAX",
    r"\binclusive\s+of\s+(?:the\s+|" + _ALL + r")?(?:applicable\s+)?TAX",
    r"\bTAX[- ]inclusive",
    r"\bTAX\s+(?:is\s+)?included",
    r"\binkl\.?\s*" + _LEGAL + "TAX",
    r"\binklusive\s+" + _LEGAL + "TAX",
    r"\bbrutto(?:preise?)?\b",
    _PRICE_PLACE + r"(?-i:TTC)\b",
    r"\btoutes\s+taxes\s+comprises",
    r"\bTAX\s+(?:et\s+(?:la\s+)?TAX\s+)?(?:incluses?|compris(?:es)?)\b",
    # es / pt / it "IVA incluido", "impostos inclusos", "impuestos incluidos"
    r"\bTAX\s+(?:inclu[ií]d[oa]s?|inclus[oa]s?|incl\.?)",
    r"\b(?:con|com)\s+TAX",  # es / pt "con IVA", "com impostos"
    r"\binclusief\s+TAX",
    r"\b(?:s|se|vč\.?|včetně|vrátane)\s+DPH\b|\b(?:z|wraz\s+z)\s+VAT\b",  # cs / sk / pl
    # es / pt / it: "Todos los precios incluyen IVA", "incluye el IVA", "incluem IVA"
    r"\binclu(?:y|e[mn]|i\b|í)\w*\s+(?:el\s+|o\s+|l['’]\s*)?TAX",
    r"\bsis(?:ält\w*)?\.?\s*TAX",  # fi "sis. alv", "sisältää ALV:n"
    r"\bTAX\s+(?:dahil|inclus[ăa]?\b)",  # tr "KDV dahil", ro "TVA inclus"
    r"TAX\s+(?:\(\d{1,2}\s?%\)\s+)?daxil(?:dir)?(?!\s+(?:deyil|edilməyib))\b",  # az "ƏDV daxildir"
    r"(?<!\w)(?:с|включая|в\s+т\.\s?ч\.|з|включно\s+з)\s+TAX",  # ru / uk "с НДС", "з ПДВ"
    r"\bTAX\s+включ\w*",  # ru "НДС включён"
    r"(?<!\w)(?:со|вклучувајќи|включително)\s+TAX|\bTAX\s+(?:е\s+)?вклуч\w*",  # mk / bg
    r"\bTAX-?val\b|\bbrutt[óo](?!\w)",  # hu "ÁFA-val", "bruttó"
    r"税込み?|内税|(?<!不)含[稅税]|[稅税]込",  # ja / zh: tax included
    # ko: "VAT 포함", "부가세 포함", "부가세(VAT) 포함"
    r"(?:부가(?:가치)?세|\bTAX)(?:\s*\(\s*TAX\s*\))?\s*(?:\d{1,2}\s?%\s*)?포함",
    # el "με ΦΠΑ", "συμπεριλαμβανομένου ΦΠΑ"; he "כולל מע״מ" (not after "לא")
    r"\b(?:με|συμπεριλαμβ\w*)\s+(?:του\s+|το\s+)?TAX",
    r"(?<!לא\s)\bכולל\s+TAX",
    # id / ms "sudah termasuk PPN", "termasuk SST"; vi "đã bao gồm VAT" (not after a "not")
    r"(?<!belum\s)(?<!tidak\s)\btermasuk\s+TAX|(?<!chưa\s)(?<!không\s)\b(?:bao\s+)?gồm\s+TAX",
    # ar "تشمل ضريبة القيمة المضافة", "شاملة الضريبة" (not after "لا", "غير")
    r"(?<!\w)(?<!لا\s)(?<!غير\s)(?:[تي]شمل\w*|شامل[ةه]?)\s+TAX",
    # th "รวม VAT แล้ว", "ราคารวมภาษีมูลค่าเพิ่ม" (including; not after "ไม่", "not")
    r"(?<!ไม่)รวม\s*TAX",
    # et "Hinnad sisaldavad käibemaksu" (not after "ei"), "koos käibemaksuga", "km-ga"
    r"(?<!ei\s)\bsisalda\w*\s+käibemaks\w*|\bkäibemaksuga\b|\bkm-ga\b",
    # lt "su PVM", "įskaitant PVM", "PVM įskaičiuotas"; lv "ieskaitot PVN", "1 190 EUR ar PVN"
    # (not "rēķinu ar PVN", an invoice showing VAT)
    r"(?<!\w)(?:su|įskaitant|ieskaitot)\s+TAX|\bPV[MN]\s+(?:įskaičiuot|iekļaut)\w*",
    r"(?:(?<=\d)|(?<=\d\s)|(?<=€\s)|(?<=EUR\s))ar\s+PVN\b",
    # sr / hr / bs "sa PDV-om", "uključujući PDV", "PDV uključen"
    r"\b(?:sa|uklju[čc]uju[ćc]i)\s+PDV\b|\bPDV\s+(?:je\s+)?uklju[čc]en",
    # sq "me TVSH", "përfshirë TVSH-në", "TVSH e përfshirë" (not after "nuk")
    r"\bme\s+TVSH\b|\b(?<!nuk\s)p[ëe]rfshi\w*\s+TVSH|\bTVSH(?:-ja)?\s+(?:e\s+)?p[ëe]rfshir",
    # lb "mat TVA", "TVA abegraff"
    r"\bmat\s+TVA\b|\bTVA\s+abegraff",
    # ka "დღგ-ს ჩათვლით" (VAT included), "შეიცავს დღგ-ს" (contains VAT; not after "არ")
    r"\bTAX(?:-ის|-ს)?\s+ჩათვლით|\b(?<!არ\s)შეიცავ\w*\s+TAX",
)


def _table(fragments: tuple[str, ...]) -> str:
    """The fragments as one alternation, in their order, with ``TAX`` written out.

    Each run of fragments that open at a word's start (``\\b``) shares one ``\\b`` ahead of
    it: inside a word, the regex engine skips the whole run at once instead of trying each
    fragment (the fragments keep their own ``\\b``, so each matches as before).
    """
    parts: list[str] = []
    run: list[str] = []
    for fragment in (*fragments, ""):  # the empty one ends the last run
        if fragment.startswith(r"\b"):
            run.append(f"(?:{fragment.replace('TAX', _TAX)})")
            continue
        if run:
            parts.append(rf"\b(?:{'|'.join(run)})")
            run = []
        if fragment:
            parts.append(f"(?:{fragment.replace('TAX', _TAX)})")
    return "|".join(parts)


_VAT = re.compile(rf"(?P<exc>{_table(_EXCLUSIVE)})|(?P<inc>{_table(_INCLUSIVE)})", re.IGNORECASE)
# Cheap first pass: only the neighbourhood of a tax word is searched with _VAT.  A tax
# word, in any case, or "HT"/"TTC" in capitals; each must be a whole word.
_TAX_WORDS = ("VAT", "GST", "HST", "MwSt", "Mehrwertsteuer", "USt", "Umsatzsteuer", "TVA", "IVA",
              "BTW", "moms", "mva", "ALV", "DPH", "KDV", "AFA", "ÁFA", "НДС", "ПДВ", "nettó", "PPN",
              "PDV", "GCT", "ДДС", "TPS", "TVQ", "TVH", "SST", "PVM", "PVN", "TVSH", "ДДВ", "ƏDV",
              "ΦΠΑ", "מע״מ", 'מע"מ', "ضريبة", "დღგ", "الضريبة",
              "bruttó", "tax", "km", "käibemaks*",
              "taxes", "netto*", "imposto", "impostos", "impuesto", "impuestos",
              "brutto*")  # fmt: skip
# Tax words the ASCII fast path cannot see ("ÁFA", "НДС"): a text with one is read by the
# regex.  Each is looked for only where its telling letter is (a letter is found far quicker).
_NON_ASCII_TAX = {
    "á": ("áfa",), "Á": ("ÁFA", "Áfa"), "Н": ("НДС",), "н": ("ндс",), "П": ("ПДВ",),
    "п": ("пдв",), "ó": ("nettó", "bruttó", "Nettó", "Bruttó"), "Φ": ("ΦΠΑ",),
    "Д": ("ДДС", "ДДВ"), "д": ("ддс", "ддв"), "Ə": ("ƏDV",), "ə": ("ədv",),
    "ע": ("מע״מ", 'מע"מ'), "ض": ("ضريبة",), "ä": ("käibemaks", "Käibemaks"),
    "დ": ("დღგ",),
}  # fmt: skip
# The tax character of Japanese, Chinese and Korean phrases ("税込", "含稅", "부가세 포함"),
# found without word ends.
_CJK_TAX = "税稅세"
_THAI_TAX = "ภาษี"  # th "tax" ("ภาษีมูลค่าเพิ่ม", VAT), also found without word ends
_CAPITALS_ONLY = ("HT", "TTC")


def _cases(letter: str) -> list[str]:
    """What ``letter`` matches when case is ignored (the dotted and dotless i too)."""
    found = {letter.lower(), letter.upper(), "\u0130", "\u0131"}
    return sorted(c for c in found if re.fullmatch(re.escape(letter), c, re.IGNORECASE))


def _trigger_pattern() -> str:
    r"""``\b(?i:VAT|GST|...)\b|\b(?:HT|TTC)\b`` written to start with a plain letter.

    The regex engine then skips ahead to the letters a tax word can start with instead
    of trying every position; ``(?<!\w.)`` after the first letter is the leading ``\b``.
    A trailing ``*`` in :data:`_TAX_WORDS` allows any ending ("Nettopreise").
    """
    rests: dict[str, list[str]] = {}
    for word in _TAX_WORDS:
        rest = re.escape(word[1:].rstrip("*")) + (r"\w*" if word.endswith("*") else "")
        rests.setdefault(word[0].lower(), []).append(rest)
    branches = [
        rf"{re.escape(case)}(?<!\w.)(?i:{'|'.join(words)})\b"
        for letter, words in rests.items()
        for case in _cases(letter)
    ]
    branches += [rf"{word[0]}(?<!\w.){word[1:]}\b" for word in _CAPITALS_ONLY]
    branches.append(f"[{_CJK_TAX}]")
    branches.append(_THAI_TAX)
    return "|".join(branches)


_TRIGGER = re.compile(_trigger_pattern())
# How every trigger is spelt in lower case: a long text is searched for these plainly.
_PLAIN_SEARCH_FROM = 500  # characters; below, one regex pass is quicker
_WHOLE_SPELLINGS = [
    w.lower() for w in (*_TAX_WORDS, *_CAPITALS_ONLY) if not w.endswith("*") and w.isascii()
]  # the ASCII fast path sees no other word: _non_ascii_tax looks for those
_OPEN_SPELLINGS = [w.rstrip("*").lower() for w in _TAX_WORDS if w.endswith("*")]
# Non-ASCII letters the regex reads as ASCII ones ("İ", "ı" as "i", "ſ" as "s").
_ASCII_LOOKALIKES = ("\u0130", "\u0131", "\u017f")
# A byte as words see it: an ASCII letter (lower-cased), digit or "_", else a space.
_WORD_BYTES = bytes(
    ord(chr(b).lower()) if chr(b).isascii() and (chr(b).isalnum() or chr(b) == "_") else 32
    for b in range(256)
)
# A spelling at a word's start in such bytes: a whole word, or the start of an open one.
_SPELT = re.compile(
    (
        " ("
        + word_alternation(_WHOLE_SPELLINGS, after=lambda _: "(?= )")
        + "|"
        + "|".join(_OPEN_SPELLINGS)
        + ")"
    ).encode()
)


def _triggers(text: str) -> list[re.Match[str]]:
    """``_TRIGGER.finditer(text)``, found faster where the text allows.

    A trigger is a whole word spelt as in :data:`_TAX_WORDS`.  The text is read as
    bytes, one per character ("?" for a non-ASCII one), lower-cased, with a space for
    every character that is not an ASCII letter, digit or "_": each trigger then
    stands there as a word, found by one quick pass of :data:`_SPELT`, and each place
    found is checked with the regex.  Where a non-ASCII letter could be read as part
    of a trigger, the regex reads the whole text instead.
    """
    if (
        len(text) < _PLAIN_SEARCH_FROM
        or any(c in text for c in (*_ASCII_LOOKALIKES, *_CJK_TAX, _THAI_TAX))
        or (not text.isascii() and _non_ascii_tax(text))
    ):
        return list(_TRIGGER.finditer(text))
    data = b" " + ascii_bytes(text).translate(_WORD_BYTES) + b" "
    starts = (spelt.start(1) - 1 for spelt in _SPELT.finditer(data))  # less the space added
    return [m for at in starts if (m := _TRIGGER.match(text, at)) is not None]


def _non_ascii_tax(text: str) -> bool:
    return any(
        letter in text and any(word in text for word in words)
        for letter, words in _NON_ASCII_TAX.items()
    )


_WINDOW = 40
_QUESTION_AFTER = re.compile(r"[^.!\n]{0,60}\?")
_GENERAL_BEFORE = re.compile(
    r"\b(?:prices?|fees?|costs?|rates?|amounts?|preise?|prix|tarifs?|precios?|prezzi"
    r"|prijzen|priser|ceny|cen[ií]k|preços|valores|hinnat|all|alle|tous|todos|todas|wszystkie"
    r"|všechny|kainos|visos|cenas|visas)\b[^.!?\n]{0,60}$",
    re.IGNORECASE,
)
_GENERAL_WEIGHT = 3


def _phrases(text: str) -> list[re.Match[str]]:
    """Every VAT phrase in ``text``, found only around tax words (a long page stays fast)."""
    found: list[re.Match[str]] = []
    for trigger in _triggers(text):
        if found and trigger.end() <= found[-1].end():
            continue
        start = max(0, trigger.start() - _WINDOW)
        end = min(len(text), trigger.end() + _WINDOW)
        for match in _VAT.finditer(text, start, end):
            if match.end() >= trigger.end() and (not found or match.start() >= found[-1].end()):
                found.append(match)
                break
    return found


@lru_cache(maxsize=4096)
def vat_marker(text: str) -> bool | None:
    """The first VAT phrase in ``text`` (the words after one price): True inclusive, False not.

    Remembered: the words after the prices of one schedule repeat from row to row.
    """
    found = _phrases(text or "")
    return found[0].group("inc") is not None if found else None


def vat_statement(text: str | None) -> bool | None:
    """What a page says about VAT on its prices, or ``None`` when it says nothing.

    Every phrase counts once, a general one ("All prices exclude VAT",
    "Alle Preise zzgl. MwSt.") three times; the larger side wins, a tie is ``None``.
    """
    if not text:
        return None
    score = 0
    for match in _phrases(text):
        if _QUESTION_AFTER.match(text, match.end()):
            continue
        before = text[max(0, match.start() - 80) : match.start()]
        weight = _GENERAL_WEIGHT if _GENERAL_BEFORE.search(before) else 1
        score += weight if match.group("inc") is not None else -weight
    if score == 0:
        return None
    return score > 0

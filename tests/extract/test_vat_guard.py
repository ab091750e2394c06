"""The look-ahead that lets the VAT phrases skip places where no tax name starts.

``_TAX_FIRST`` must hold the first character of every tax name (and of its rate), in
every case the regex engine matches it in: then the look-ahead is a necessary condition
of the names and changes no match.
"""

from __future__ import annotations

import re
import sys
from re import _constants as sre  # the regex's parse, to read the characters it starts with
from re import _parser as sre_parser
from typing import Any

from prospectus.extract import vat

_GUARD = rf"(?=[{vat._TAX_FIRST}])"
# Every code point but the surrogates, which no text holds: searched once per character
# for what the regex engine matches it with when case is ignored.
_ALL = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)


def _firsts(items: Any) -> tuple[set[str], bool]:
    """The literal characters (and ``\\d``) a match of the parsed ``items`` may start with,
    and whether the items may match nothing."""
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            return out | {chr(av)}, False
        if op is sre.IN:
            for kind, value in av:
                assert kind is sre.LITERAL or (kind, value) == (sre.CATEGORY, sre.CATEGORY_DIGIT)
                out.add(chr(value) if kind is sre.LITERAL else r"\d")
            return out, False
        if op is sre.BRANCH:
            found = [_firsts(alternative) for alternative in av[1]]
            out |= set().union(*(chars for chars, _ in found))
            if not any(empty for _, empty in found):
                return out, False
        elif op is sre.SUBPATTERN:
            chars, empty = _firsts(av[3])
            out |= chars
            if not empty:
                return out, False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            chars, empty = _firsts(av[2])
            out |= chars
            if not (empty or av[0] == 0):
                return out, False
        else:
            raise AssertionError(f"{op} may start a tax name")
    return out, True


def test_the_guard_holds_every_tax_name_s_first_character() -> None:
    assert vat._TAX.startswith(_GUARD)
    firsts, empty = _firsts(sre_parser.parse(vat._TAX[len(_GUARD) :], re.IGNORECASE))
    assert not empty and len(firsts) > 20
    guard = re.compile(f"[{vat._TAX_FIRST}]", re.IGNORECASE)
    for first in firsts:
        pattern = first if first == r"\d" else re.escape(first)
        for match in re.finditer(pattern, _ALL, re.IGNORECASE):
            assert guard.fullmatch(match.group()), (first, match.group())


def test_phrases_match_as_without_the_guard() -> None:
    plain = re.compile(vat._VAT.pattern.replace(_GUARD, ""), vat._VAT.flags)
    assert plain.pattern != vat._VAT.pattern
    texts = [
        "£1,295 + VAT · Book",
        "All prices exclude VAT. Prices incl. 19% MwSt.",
        "Preise zzgl. gesetzl. MwSt., 1.190 € brutto",
        "450 € HT, 540 € TTC; les prix excluent la TPS et la TVQ",
        "ƏDV (18%) daxil deyil · ƏDV daxildir · xƏDV daxil",
        "1 190 EUR ar PVN · su PVM · sa PDV-om · ΦΠΑ · מע״מ · ضريبة القيمة المضافة",
        "税込 · 不含稅 · 부가세 포함 · ราคารวมภาษีมูลค่าเพิ่ม · ไม่รวม VAT 7%",
        "İVA dahil · KDV hariç · ſales tax · 8.1% MWST · ٨% VAT",
        "The course fee is listed here and everything else applies as usual",
    ]
    for text in texts:
        want = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in vat._VAT.finditer(text)] == want, text

"""JSON-LD script blocks parsed, repairing what real sites break.

The happy path is one ``json.loads``.  When it fails the block is unwrapped (a BOM,
an entity-escaped block as React writes it, ``<!-- -->`` and ``<![CDATA[ ]]>``
wrappers, stray ``;`` and ``,`` between or after values, text that is not JSON) and
each top-level value is read on its own by the lenient reader in
:mod:`prospectus.extract.jsonscan`, so one broken object never costs its siblings.
Every repair becomes an :class:`~prospectus.records.ExtractionIssue`: one per kind
of repair per block, with how often and where (line and column) it was applied.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from prospectus.extract.jsonscan import Repair, scan_value, skip_space
from prospectus.records import ExtractionIssue

log = logging.getLogger(__name__)

_STAGE = "jsonld"
_ENTITY_BLOCK = re.compile(
    r"\s*(?:<!--\s*|//\s*<!\[CDATA\[\s*|<!\[CDATA\[\s*)?[\[{]\s*&\s*(?:quot|#\s*0*34|#x0*22)\s*;",
    re.I,
)
_MANGLED_ENTITY = re.compile(
    r"&\s*#\s*(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}))\s*;|&\s*(quot|amp|lt|gt|apos)\s*;"
)
_NAMED = {"quot": '"', "amp": "&", "lt": "<", "gt": ">", "apos": "'"}


@dataclass(frozen=True, slots=True)
class JsonLdResult:
    """What one ld+json block holds, and what had to be repaired or dropped to get it."""

    values: tuple[Any, ...]  # top-level values: dicts, or items of a top-level array, in order
    issues: tuple[ExtractionIssue, ...]  # one per kind of repair applied, per part not saved


def parse_jsonld(raw: str, *, page: str, where: str) -> JsonLdResult:
    """Parse the text of one ``<script type="application/ld+json">``; never raises."""
    try:
        return JsonLdResult(_flatten(json.loads(raw)), ())
    except (json.JSONDecodeError, RecursionError):
        pass
    repairs: list[Repair] = []
    text = raw
    if text.startswith("\ufeff"):
        text = text[1:]
        repairs.append(Repair("byte-order mark", 0))
    if _ENTITY_BLOCK.match(text):
        text = _unescape_block(text)
        repairs.append(Repair("entity-escaped block", 0, detail="HTML entities decoded"))
    values = _loads_quickly(text, repairs)
    if values is None:
        values = _read_block(text, repairs)
    issues = issues_from(repairs, text, page=page, stage=_STAGE, where=where)
    if issues:
        log.debug("%s %s: %d JSON-LD repairs", page, where, len(issues))
    return JsonLdResult(tuple(values), issues)


def parse_embedded(
    text: str, start: int, *, page: str, where: str, stage: str = _STAGE
) -> tuple[tuple[Any, ...], int, tuple[ExtractionIssue, ...]]:
    """Read the one JSON value starting at ``text[start]`` leniently (for text dumps).

    Returns its top-level values, where it ended, and the repairs as issues.
    """
    scan = scan_value(text, start)
    values = _flatten(scan.value) if isinstance(scan.value, (dict, list)) else ()
    issues = issues_from(scan.repairs, text, page=page, stage=stage, where=where)
    return values, scan.end, issues


def _loads_quickly(text: str, repairs: list[Repair]) -> list[Any] | None:
    """``json.loads``, strict then allowing raw control characters; None if neither works."""
    for strict in (True, False):
        try:
            value = json.loads(text, strict=strict)
        except (json.JSONDecodeError, RecursionError):
            continue
        if not strict:
            repairs.append(Repair("raw control character in string", 0))
        return list(_flatten(value))
    return None


def _flatten(value: Any) -> tuple[Any, ...]:
    if isinstance(value, list):
        return tuple(value)
    if value is None:
        return ()
    return (value,)


def _unescape_block(text: str) -> str:
    """Decode a block whose JSON punctuation is entity-escaped, mangled entities too."""

    def one(m: re.Match[str]) -> str:
        if m.group(3):
            return _NAMED[m.group(3)]
        try:
            code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
            return chr(code)
        except (ValueError, OverflowError):
            return m.group()

    return html.unescape(_MANGLED_ENTITY.sub(one, text))


def _read_block(text: str, repairs: list[Repair]) -> list[Any]:
    """Every top-level value in ``text``, each read on its own; junk between noted."""
    values: list[Any] = []
    pos = 0
    while True:
        pos = _skip_junk(text, pos, repairs)
        if pos >= len(text):
            return values
        scan = scan_value(text, pos)
        repairs.extend(scan.repairs)
        if isinstance(scan.value, (dict, list)):
            if values:
                repairs.append(Repair("several values in one block", pos, detail="read apart"))
            values.extend(_flatten(scan.value))
        pos = max(scan.end, pos + 1)


def _skip_junk(text: str, pos: int, repairs: list[Repair]) -> int:
    """Skip what sits between top-level values: wrappers, separators, stray text."""
    n = len(text)
    while True:
        pos, comments = skip_space(text, pos)
        repairs.extend(comments)
        if pos >= n or text[pos] in "{[":
            return pos
        pos = _skip_one_junk(text, pos, repairs)


def _skip_one_junk(text: str, pos: int, repairs: list[Repair]) -> int:
    if text.startswith("<!--", pos):
        end = text.find("-->", pos + 4)
        inner = text[pos + 4 : end if end >= 0 else len(text)]
        if "{" in inner or "[" in inner:
            repairs.append(Repair("HTML comment wrapper", pos))
            return pos + 4
        repairs.append(Repair("HTML comment", pos, detail=inner.strip()[:60]))
        return len(text) if end < 0 else end + 3
    for marker, kind in (
        ("-->", "HTML comment wrapper"),
        ("<![CDATA[", "CDATA wrapper"),
        ("]]>", "CDATA wrapper"),
    ):
        if text.startswith(marker, pos):
            repairs.append(Repair(kind, pos))
            return pos + len(marker)
    if text[pos] in ";,":
        repairs.append(Repair("stray separator", pos, detail=repr(text[pos])))
        return pos + 1
    ends = [i for i in (text.find("{", pos), text.find("[", pos), text.find("<!--", pos)) if i >= 0]
    end = min(ends) if ends else len(text)
    junk = text[pos:end].strip()
    repairs.append(Repair("text that is not JSON", pos, "dropped", junk[:60]))
    return max(end, pos + 1)


def issues_from(
    repairs: Iterable[Repair], text: str, *, page: str, stage: str, where: str
) -> tuple[ExtractionIssue, ...]:
    """One issue per (kind, action): how many times, where first, and what."""
    groups: dict[tuple[str, str], list[Repair]] = {}
    for repair in repairs:
        groups.setdefault((repair.kind, repair.action), []).append(repair)
    issues = []
    for (kind, _action), group in groups.items():
        first = group[0]
        line = text.count("\n", 0, first.pos) + 1
        col = first.pos - (text.rfind("\n", 0, first.pos) + 1) + 1
        times = f" ({len(group)}x)" if len(group) > 1 else ""
        details = "; ".join(dict.fromkeys(r.detail for r in group if r.detail))
        what = f": {details[:200]}" if details else ""
        detail = f"{kind}{times} at line {line}, column {col}{what}"
        issues.append(ExtractionIssue(page, stage, first.action, detail, where))
    return tuple(issues)

"""Text dumps: JSON-LD found inline in a page's visible text, and the text without it.

A text dump is a page's visible text with its JSON-LD left where the scripts were,
glued to the words around it (``...Simon Buehring{"@context": ...}``).  Objects are
found by scanning for a ``{`` followed by ``"@context"`` / ``"@type"`` / ``"@graph"``
/ ``"@id"`` (or a ``[`` opening an array of such), read with ``json``'s
``raw_decode`` (raw control characters allowed) and, where that fails, with the
lenient reader behind :func:`~prospectus.extract.jsonld.parse_embedded` (an object
cut off by the end of the file is kept as far as it is complete).  Any other
``{"key": ...`` that parses as an object of three members or more is taken out of
the visible text too, but not returned as an object.

Polluted strings (visible text spliced into a JSON string, see
:mod:`prospectus.extract.pollution`) are taken out of the objects and their text is
put back into the visible text where the object stood.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from prospectus.extract.jsonld import parse_embedded
from prospectus.extract.pollution import Pollution, strip_pollution
from prospectus.records import ExtractionIssue

log = logging.getLogger(__name__)

_STAGE = "textdump"
_INLINE = re.compile(r"""\{\s*["']@(?:context|type|graph)["']\s*:""")
_LD_START = re.compile(r"""(?:\[\s*)?\{\s*["']@(?:context|type|graph|id)["']\s*:""")
# Where a JSON value worth reading may start: an array of JSON-LD objects, or an object
# whose first key is quoted (see _next_candidate).
_LD_ARRAY = re.compile(r"""\[\s*\{\s*["']@(?:context|type|graph|id)["']""")
_OBJECT = re.compile(r"""\{\s*["']""")
_DECODER = json.JSONDecoder(strict=False)
_LD_KEYS = ("@context", "@type", "@graph")
_MIN_OTHER_MEMBERS = 3
_MIN_OTHER_CHARS = 60


@dataclass(frozen=True, slots=True)
class TextDump:
    """A text dump split into its JSON-LD and its visible text."""

    objects: tuple[Any, ...]  # JSON-LD values found in the dump, in order
    visible: str  # the dump without them; text that polluted their strings put back
    issues: tuple[ExtractionIssue, ...]


@dataclass(frozen=True, slots=True)
class _Found:
    """One JSON value found at ``start``: its JSON-LD values, where it ended, its issues."""

    start: int
    end: int
    values: tuple[Any, ...]
    issues: tuple[ExtractionIssue, ...]


def has_inline_json(text: str) -> bool:
    """Whether ``text`` holds inline JSON-LD (a ``{"@context"``, ``{"@type"``...)."""
    return _INLINE.search(text) is not None


def split_textdump(text: str, *, page: str) -> TextDump:
    """Take the JSON-LD out of a text dump; never raises."""
    objects: list[Any] = []
    issues: list[ExtractionIssue] = []
    pieces: list[str] = []
    prev = pos = 0
    while (start := _next_candidate(text, pos)) >= 0:
        found = _read_at(text, start, page)
        if found is None:
            pos = start + 1
            continue
        pieces.append(text[prev : found.start])
        pieces.append("\n")
        issues.extend(found.issues)
        for value in found.values:
            clean, polluted = strip_pollution(value)
            objects.append(clean)
            for pollution in polluted:
                pieces.append(pollution.moved + "\n")
                issues.append(_pollution_issue(pollution, page, found.start))
        prev = pos = found.end
    pieces.append(text[prev:])
    if issues:
        log.debug("%s: %d text-dump issues", page, len(issues))
    return TextDump(tuple(objects), "".join(pieces), tuple(issues))


def _next_candidate(text: str, pos: int) -> int:
    """Where the first value from ``pos`` on may start (-1 for none): the first ``{"`` (or
    ``{'``), or the ``[`` before it that opens an array of JSON-LD objects.

    The same as searching for ``_LD_ARRAY|_OBJECT``, which finds that ``[`` first, only
    as an array that matches goes on to its object's brace through white space alone.
    Found from the braces (a plain search for the next one), as a dump of 100 KB holds a
    few dozen: a regex search led by a set of characters tests each character in turn.
    """
    brace = text.find("{", pos)
    while brace >= 0 and _OBJECT.match(text, brace) is None:
        brace = text.find("{", brace + 1)
    if brace < 0:
        return -1
    start = brace
    while start > pos and text[start - 1].isspace():
        start -= 1
    if start > pos and text[start - 1] == "[" and _LD_ARRAY.match(text, start - 1):
        return start - 1
    return brace


def _read_at(text: str, start: int, page: str) -> _Found | None:
    """The JSON value at ``start``, or None where there is none worth taking out."""
    is_ld = _LD_START.match(text, start) is not None
    where = f"offset {start}"
    try:
        value, end = _DECODER.raw_decode(text, start)
        values: tuple[Any, ...] = tuple(value) if isinstance(value, list) else (value,)
        issues: tuple[ExtractionIssue, ...] = ()
    except (json.JSONDecodeError, RecursionError):
        if not is_ld:
            return None
        values, end, issues = parse_embedded(text, start, page=page, where=where, stage=_STAGE)
    ld_values = tuple(v for v in values if _is_jsonld(v))
    if ld_values or (is_ld and values):
        return _Found(start, end, tuple(v for v in values if isinstance(v, dict)), issues)
    if len(values) == 1 and isinstance(values[0], dict) and _big_enough(values[0], end - start):
        detail = f"JSON object with no @context/@type taken out of the text ({end - start} chars)"
        return _Found(start, end, (), (ExtractionIssue(page, _STAGE, "warning", detail, where),))
    return None


def _is_jsonld(value: Any) -> bool:
    return isinstance(value, dict) and any(key in value for key in _LD_KEYS)


def _big_enough(value: dict[str, Any], chars: int) -> bool:
    return len(value) >= _MIN_OTHER_MEMBERS and chars >= _MIN_OTHER_CHARS


def _pollution_issue(pollution: Pollution, page: str, start: int) -> ExtractionIssue:
    reasons = ", ".join(pollution.reasons)
    moved = f"{len(pollution.moved)} characters moved to the visible text"
    if pollution.kept is None:
        detail = f"polluted string {pollution.path} ({reasons}) dropped; {moved}"
        return ExtractionIssue(page, _STAGE, "dropped", detail, f"offset {start}")
    detail = f"polluted string {pollution.path} ({reasons}) cut to its first line; {moved}"
    return ExtractionIssue(page, _STAGE, "repaired", detail, f"offset {start}")


# "© 2026 Acme Training", "Copyright © 2019–2026 Acme Training Ltd. All rights reserved":
# the holder's capitalised words after the sign and its years.
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?\s*)?"
    r"(?P<holder>[A-Z][\w&'’-]*(?:[ \t]+(?:&|[A-Z][\w&'’-]*)){0,5})"
)
# A holder in a language that writes a name's other words small ("Copyright © 2026 Dunavski
# centar za kvalitet, All rights reserved"): its words up to the end of the line or a comma.
_SMALL_WORDS_HOLDER = re.compile(
    r"(?P<holder>[A-Z][\w&'’-]*(?:[ \t]+[\w&'’-]+){1,5})[ \t]*(?=[,|·]|\.?[ \t]*(?:\n|$))"
)
_LEGAL_FORM = re.compile(
    r"(?:[ \t]+(?:\(Pvt\)|Pvt|Ltd|Limited|GmbH|AG|Inc|LLC|LLP|Plc|PLC|S\.?A|BV|Oy|AB|AS|Kft|"
    r"s\.r\.o|Sp|z|o\.o))+$"
)


def copyright_holder(text: str) -> str | None:
    """The name a text dump's copyright line gives its site's owner, less its legal form
    ("© 2026 Acme Training Ltd" gives "Acme Training"); None without such a line."""
    if "©" not in text and "opyright" not in text:
        return None
    found = list(_COPYRIGHT.finditer(text))
    if not found:
        return None
    holder = _LEGAL_FORM.sub("", found[-1]["holder"]).strip()
    if len(holder.split()) < 2:
        whole = _SMALL_WORDS_HOLDER.match(text, found[-1].start("holder"))
        if whole is not None:
            holder = _LEGAL_FORM.sub("", whole["holder"]).strip()
    if len(holder.split()) < 2 or re.search(r"\bAll\b|\bRights\b", holder, re.I):
        return None
    return holder


# A contact line's email address, and the dots or bars that set its parts apart
# ("Acme Training · 4 Mill Rd, Leeds · hello@acme.org").
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT_PARTS = re.compile(r"\s+[·|•–—]\s+")
_MAX_NAME_WORDS = 6


def contact_holder(text: str) -> str | None:
    """The business a text dump names at the head of its contact line (name, address and
    email set apart by dots or bars), where the dump also shows that name as a line of its
    own (the header's logo text): a name given twice, once beside the page's email, is the
    site's owner.  None without such a line."""
    if "@" not in text:
        return None
    lines = [line.strip() for line in text.splitlines()]
    whole = set(lines)
    for line in lines:
        if _EMAIL.search(line) is None:
            continue
        head = _CONTACT_PARTS.split(line, maxsplit=1)[0]
        if head != line and head in whole and _name_like(head):
            return head
    return None


def _name_like(head: str) -> bool:
    """A business's name: two to a few words, capitalised, no address of its own."""
    return head[:1].isupper() and "@" not in head and 2 <= len(head.split()) <= _MAX_NAME_WORDS

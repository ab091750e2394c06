"""Stage 1: a document's bytes decoded to text, and whether it is HTML or a text dump.

Decoding follows the order a browser uses: a byte-order mark, the HTTP
``Content-Type`` charset, a ``<meta charset>`` (or ``http-equiv``) in the first
kilobytes, then detection.  Windows-1252 stands in for ISO-8859-1/ASCII labels,
as browsers do, because pages labelled Latin-1 are nearly always cp1252.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from charset_normalizer import from_bytes

from prospectus.records import ExtractionIssue

DocumentKind = Literal["html", "textdump"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_BROWSER_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
}
_HTML_SIGNS = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]",
    re.I,
)
_FRAGMENT_START = re.compile(
    r"\s*<(?:!--|!doctype|html|head|body|div|section|article|main|span|p|ul|ol|dl|table|h[1-6]|"
    r"script|meta|link|nav|header|footer|a|li|form|aside|figure)[\s>/]",
    re.I,
)
_TAG_ANY = re.compile(r"<[a-zA-Z/!][^<>]{0,200}>")


@dataclass(frozen=True, slots=True)
class Document:
    """One fetched or saved document: what extraction works on."""

    body: bytes
    url: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    page: str = ""  # how records name this document: the path given, or the URL


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    kind: DocumentKind
    issues: tuple[ExtractionIssue, ...] = ()


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


def _known(label: str | None) -> str | None:
    if not label:
        return None
    label = _BROWSER_ALIASES.get(label.strip().lower(), label.strip().lower())
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def sniff_encoding(body: bytes, headers: Mapping[str, str]) -> tuple[str, str]:
    """The encoding to decode ``body`` with, and how it was chosen."""
    for bom, bom_encoding in _BOMS:
        if body.startswith(bom):
            return bom_encoding, "bom"
    declared = _HEADER_CHARSET.search(_header(headers, "content-type") or "")
    if declared and (encoding := _known(declared.group(1))):
        return encoding, "header"
    meta = _META_CHARSET.search(body[:4096])
    if meta and (encoding := _known(meta.group(1).decode("ascii", "replace"))):
        return encoding, "meta"
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8", "valid-utf8"
    best = from_bytes(body[:65536]).best()
    if best is not None and (encoding := _known(best.encoding)):
        return encoding, "detected"
    return "cp1252", "fallback"


def detect_kind(text: str) -> DocumentKind:
    """HTML when the text is mostly markup; a text dump when it is prose with stray tags.

    A page, or a fragment of one that starts with an element, is HTML; otherwise the
    share of lines carrying tags decides.
    """
    head = text[:20000]
    if _HTML_SIGNS.search(head[:2000]) or _FRAGMENT_START.match(head):
        return "html"
    tags = len(_TAG_ANY.findall(head))
    lines = max(1, head.count("\n"))
    return "html" if tags >= 3 and tags / lines > 0.5 else "textdump"


def decode(doc: Document) -> Decoded:
    """Decode ``doc``; bytes that do not fit the encoding are replaced and reported."""
    encoding, how = sniff_encoding(doc.body, doc.headers)
    issues: list[ExtractionIssue] = []
    try:
        text = doc.body.decode(encoding)
    except UnicodeDecodeError as exc:
        text = doc.body.decode(encoding, errors="replace")
        issues.append(
            ExtractionIssue(
                doc.page,
                "decode",
                "repaired",
                f"bytes invalid in {encoding} ({how}) replaced: {exc.reason}",
                f"offset {exc.start}",
            )
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    return Decoded(text=text, encoding=encoding, kind=detect_kind(text), issues=tuple(issues))

"""Sitemaps: XML url sets and indexes (gzipped or not), parsed with defusedxml, and lastmod."""

from __future__ import annotations

import logging
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Sitemap:
    """What one sitemap file lists: more sitemaps (an index) and/or page URLs with lastmod."""

    sitemaps: tuple[str, ...] = ()
    urls: tuple[tuple[str, str | None], ...] = ()


def _gunzip(data: bytes, limit: int) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit)
    except zlib.error as exc:
        raise ValueError(f"bad gzip sitemap: {exc}") from exc
    return out


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(element: Element, name: str) -> str | None:
    for child in element:
        if _local(child.tag) == name and child.text:
            return child.text.strip()
    return None


def parse_sitemap(data: bytes, limit: int = 50 * 1024 * 1024) -> Sitemap:
    """Parse sitemap bytes; raises ValueError when they are not a sitemap."""
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, limit)
    stripped = data.lstrip()
    if not stripped.startswith(b"<"):
        lines = stripped.decode("utf-8", errors="replace").splitlines()
        return Sitemap(urls=tuple((u.strip(), None) for u in lines if u.strip().startswith("http")))
    try:
        root = fromstring(data)
    except (ParseError, DefusedXmlException) as exc:
        raise ValueError(f"bad sitemap XML: {exc}") from exc
    sitemaps: list[str] = []
    urls: list[tuple[str, str | None]] = []
    for entry in root:
        loc = _child_text(entry, "loc")
        if not loc:
            continue
        if _local(entry.tag) == "sitemap":
            sitemaps.append(loc)
        elif _local(entry.tag) == "url":
            urls.append((loc, _child_text(entry, "lastmod")))
    return Sitemap(tuple(sitemaps), tuple(urls))


def parse_lastmod(value: str | None) -> datetime | None:
    """A W3C datetime (``2026-05-01`` or ``2026-05-01T10:00:00+01:00``) as aware UTC."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)

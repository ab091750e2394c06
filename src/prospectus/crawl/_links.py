"""Links and the canonical URL of an HTML page (with selectolax)."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from prospectus.crawl._urls import try_canonicalise


@dataclass(frozen=True, slots=True)
class PageLinks:
    """Canonical absolute links of a page, its rel=canonical URL, and whether to follow."""

    links: tuple[str, ...]
    canonical: str | None


def _charset(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return "utf-8"


def extract_links(body: bytes, url: str, content_type: str) -> PageLinks:
    """Every http(s) link on an HTML page, resolved against its <base> and canonicalised."""
    charset = _charset(content_type)
    try:
        utf8 = codecs.lookup(charset).name == "utf-8"
    except LookupError:
        utf8 = True
    # lexbor reads bytes as UTF-8 (bad sequences become U+FFFD, as decode's "replace" does)
    tree = LexborHTMLParser(body if utf8 else body.decode(charset, errors="replace"))
    base_node = tree.css_first("base[href]")
    base = try_canonicalise(base_node.attributes.get("href") or "", url) if base_node else None
    base = base or url
    canonical = None
    for node in tree.css("link[rel][href]"):
        if "canonical" in (node.attributes.get("rel") or "").lower().split():
            canonical = try_canonicalise(node.attributes.get("href") or "", base)
            break
    robots = tree.css_first('meta[name="robots"]')
    if robots is not None and "nofollow" in (robots.attributes.get("content") or "").lower():
        return PageLinks((), canonical)
    found: dict[str, None] = {}
    for node in tree.css("a[href], area[href]"):
        link = try_canonicalise(node.attributes.get("href") or "", base)
        if link is not None:
            found[link] = None
    return PageLinks(tuple(found), canonical)

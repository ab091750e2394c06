"""Stage 2b: microdata and RDFa (Lite) read straight from the parsed tree.

Both are turned into the same JSON-LD-like dictionaries that ``graph`` handles:
``{"@type": [...], "@id": ..., "name": "...", "offers": {...}}``.  Reading them
from the selectolax tree we already have costs a fraction of a millisecond, where
a general RDFa processor spends tens of milliseconds per page; only the
attributes schema.org publishers use are interpreted (``itemscope``/``itemprop``/
``itemref``/``itemid``; ``vocab``/``typeof``/``property``/``resource``/``prefix``).
"""

from __future__ import annotations

from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.text import clean_text

Node = dict[str, Any]

_URL_VALUE_TAGS = {"a": "href", "area": "href", "link": "href", "img": "src", "audio": "src",
                   "video": "src", "source": "src", "embed": "src", "iframe": "src",
                   "track": "src", "object": "data"}
_MAX_DEPTH = 40


def _add(node: Node, key: str, value: Any) -> None:
    if value is None or value == "":
        return
    if key in node:
        old = node[key]
        node[key] = [*old, value] if isinstance(old, list) else [old, value]
    else:
        node[key] = value


def _literal(el: LexborNode) -> str:
    attrs = el.attributes
    if attrs.get("content") is not None:
        return clean_text(attrs["content"])
    tag = el.tag or ""
    url_attr = _URL_VALUE_TAGS.get(tag)
    if url_attr and attrs.get(url_attr):
        return (attrs[url_attr] or "").strip()
    if tag in ("data", "meter") and attrs.get("value") is not None:
        return str(attrs["value"]).strip()
    if tag == "time" and attrs.get("datetime"):
        return (attrs["datetime"] or "").strip()
    return clean_text(el.text(deep=True, separator=" "))


# ---------------------------------------------------------------- microdata


def _microdata_item(el: LexborNode, tree: LexborHTMLParser, depth: int) -> Node:
    node: Node = {}
    itemtype = el.attributes.get("itemtype")
    if itemtype:
        node["@type"] = itemtype.split()
    if el.attributes.get("itemid"):
        node["@id"] = el.attributes["itemid"]
    roots = [el]
    for ref in (el.attributes.get("itemref") or "").split():
        target = tree.css_first(f'[id="{ref}"]')
        if target is not None:
            roots.append(target)
    for index, root in enumerate(roots):
        if index and root.attributes.get("itemprop") is not None:
            _microdata_prop(node, root, tree, depth)
        _microdata_children(node, root, tree, depth)
    return node


def _microdata_prop(node: Node, el: LexborNode, tree: LexborHTMLParser, depth: int) -> None:
    names = (el.attributes.get("itemprop") or "").split()
    if "itemscope" in el.attributes and depth < _MAX_DEPTH:
        value: Any = _microdata_item(el, tree, depth + 1)
    else:
        value = _literal(el)
    for name in names:
        _add(node, name, value)


def _microdata_children(node: Node, el: LexborNode, tree: LexborHTMLParser, depth: int) -> None:
    for child in el.iter():
        if child.attributes.get("itemprop") is not None:
            _microdata_prop(node, child, tree, depth)
        if "itemscope" not in child.attributes:
            _microdata_children(node, child, tree, depth)


def read_microdata(tree: LexborHTMLParser) -> list[Node]:
    """Top-level microdata items of the page."""
    items = []
    for el in tree.css("[itemscope]"):
        if el.attributes.get("itemprop") is None:
            items.append(_microdata_item(el, tree, 0))
    return items


# ---------------------------------------------------------------- RDFa Lite


def _rdfa_name(term: str, vocab: str, prefixes: dict[str, str]) -> str:
    if ":" in term and not term.startswith(("http:", "https:")):
        prefix, _, local = term.partition(":")
        base = prefixes.get(prefix)
        return f"{base}{local}" if base else term
    if term.startswith(("http:", "https:")):
        return term
    return f"{vocab}{term}" if vocab else term


def _rdfa_prefixes(value: str | None, inherited: dict[str, str]) -> dict[str, str]:
    if not value:
        return inherited
    out = dict(inherited)
    parts = value.split()
    for name, iri in zip(parts[::2], parts[1::2], strict=False):
        out[name.rstrip(":")] = iri
    return out


def _rdfa_value(el: LexborNode) -> str:
    attrs = el.attributes
    for key in ("content", "resource", "href", "src", "datetime"):
        if attrs.get(key) is not None and (key != "resource" or "typeof" not in attrs):
            return clean_text(attrs[key]) if key == "content" else (attrs[key] or "").strip()
    return clean_text(el.text(deep=True, separator=" "))


def _rdfa_walk(el: LexborNode, subject: Node | None, vocab: str, prefixes: dict[str, str],
               out: list[Node], depth: int) -> None:
    attrs = el.attributes
    vocab = attrs.get("vocab") or vocab
    prefixes = _rdfa_prefixes(attrs.get("prefix"), prefixes)
    props = [_rdfa_name(p, vocab, prefixes) for p in (attrs.get("property") or "").split()]
    new: Node | None = None
    if "typeof" in attrs and depth < _MAX_DEPTH:
        types = [_rdfa_name(t, vocab, prefixes) for t in (attrs.get("typeof") or "").split()]
        new = {"@type": types} if types else {}
        ident = attrs.get("resource") or attrs.get("about")
        if ident:
            new["@id"] = ident
        if subject is None or not props:
            out.append(new)
    if props and subject is not None:
        value: Any = new if new is not None else _rdfa_value(el)
        for prop in props:
            _add(subject, prop, value)
        if new is None:
            return  # a literal property: its children are its value, not new statements
    for child in el.iter():
        _rdfa_walk(child, new if new is not None else subject, vocab, prefixes, out, depth + 1)


def read_rdfa(tree: LexborHTMLParser) -> list[Node]:
    """Top-level RDFa nodes of the page (subjects made by ``typeof``)."""
    out: list[Node] = []
    root = tree.root
    if root is not None:
        _rdfa_walk(root, None, "", {"schema": "https://schema.org/"}, out, 0)
    return out


# ---------------------------------------------------------------- OpenGraph


def read_opengraph(tree: LexborHTMLParser) -> dict[str, str]:
    """``og:*`` meta properties (first value of each)."""
    out: dict[str, str] = {}
    for meta in tree.css('meta[property^="og:"]'):
        key = (meta.attributes.get("property") or "")[3:]
        if key and key not in out and meta.attributes.get("content"):
            out[key] = clean_text(meta.attributes["content"])
    return out

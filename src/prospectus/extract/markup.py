"""Stage 2b: microdata and RDFa (Lite) read straight from the parsed tree.

Both are turned into the same JSON-LD-like dictionaries that ``graph`` handles:
``{"@type": [...], "@id": ..., "name": "...", "offers": {...}}``.  Reading them
from the selectolax tree we already have costs a fraction of a millisecond, where
a general RDFa processor spends tens of milliseconds per page; only the
attributes schema.org publishers use are interpreted (``itemscope``/``itemprop``/
``itemref``/``itemid``; ``vocab``/``typeof``/``property``/``resource``/``prefix``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.text import clean_text

Node = dict[str, Any]

_URL_VALUE_TAGS = {
    "a": "href",
    "area": "href",
    "link": "href",
    "img": "src",
    "audio": "src",
    "video": "src",
    "source": "src",
    "embed": "src",
    "iframe": "src",
    "track": "src",
    "object": "data",
}
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
    if vocab and not vocab.endswith(("/", "#")):
        vocab += "/"
    return f"{vocab}{term}" if vocab else term


def _rdfa_prefixes(value: str | None, inherited: dict[str, str]) -> dict[str, str]:
    if not value:
        return inherited
    out = dict(inherited)
    parts = value.split()
    for name, iri in zip(parts[::2], parts[1::2], strict=False):
        out[name.rstrip(":")] = iri
    return out


def _rdfa_value(el: LexborNode) -> tuple[str, bool]:
    """The literal or IRI an element gives its property, and whether it came from an attribute."""
    attrs = el.attributes
    for key in ("content", "resource", "href", "src", "datetime"):
        if attrs.get(key) is not None and (key != "resource" or "typeof" not in attrs):
            value = attrs[key] or ""
            return (clean_text(value) if key == "content" else value.strip()), True
    return clean_text(el.text(deep=True, separator=" ")), False


@dataclass(slots=True)
class _Scope:
    """What an element's children inherit: subject, vocabulary, prefixes, pending ``rel``s."""

    subject: Node | None
    vocab: str
    prefixes: dict[str, str]
    rels: list[str]


def _rdfa_new_node(el: LexborNode, scope: _Scope) -> Node:
    attrs = el.attributes
    types = [
        _rdfa_name(t, scope.vocab, scope.prefixes) for t in (attrs.get("typeof") or "").split()
    ]
    node: Node = {"@type": types} if types else {}
    ident = attrs.get("resource") or attrs.get("about") or attrs.get("href") or attrs.get("src")
    if ident:
        node["@id"] = ident
    return node


def _rdfa_walk(
    el: LexborNode, scope: _Scope, out: list[Node], depth: int, wanted: set[int]
) -> None:
    attrs = el.attributes
    vocab = attrs.get("vocab") or scope.vocab
    prefixes = _rdfa_prefixes(attrs.get("prefix"), scope.prefixes)
    inner = _Scope(scope.subject, vocab, prefixes, scope.rels)
    props = [_rdfa_name(p, vocab, prefixes) for p in (attrs.get("property") or "").split()]
    rels = [_rdfa_name(p, vocab, prefixes) for p in (attrs.get("rel") or "").split()]
    new: Node | None = None
    if "typeof" in attrs and depth < _MAX_DEPTH:
        new = _rdfa_new_node(el, inner)
        links = props or rels or scope.rels
        if scope.subject is not None and links:
            for prop in links:
                _add(scope.subject, prop, new)
        else:
            out.append(new)
        inner = _Scope(new, vocab, prefixes, [])
    elif props and scope.subject is not None:
        value, from_attribute = _rdfa_value(el)
        for prop in props:
            _add(scope.subject, prop, value)
        if not from_attribute:
            return  # a literal from the text: the children are its value, not statements
    if rels and new is None:
        if attrs.get("resource") and inner.subject is not None:
            for prop in rels:
                _add(inner.subject, prop, attrs["resource"])
        inner = _Scope(inner.subject, vocab, prefixes, rels)
    elif new is None and not props:
        inner = _Scope(inner.subject, vocab, prefixes, scope.rels)
    for child in el.iter():
        if child.mem_id in wanted:
            _rdfa_walk(child, inner, out, depth + 1, wanted)


# The attributes that make an element more than a pass-through: one without any of them
# hands its scope on to its children unchanged and adds nothing.
_RDFA_ATTRS = "[vocab], [prefix], [property], [rel], [typeof]"


def read_rdfa(tree: LexborHTMLParser) -> list[Node]:
    """Top-level RDFa nodes of the page (subjects made by ``typeof``).

    The walk goes down only to the elements with RDFa attributes (and their ancestors, to
    carry the scope): a subtree without any says nothing, and reading every element's
    attributes costs milliseconds on a large page.
    """
    out: list[Node] = []
    root = tree.root
    if root is not None:
        wanted = _with_ancestors(tree.css(_RDFA_ATTRS))
        scope = _Scope(None, "", {"schema": "https://schema.org/"}, [])
        _rdfa_walk(root, scope, out, 0, wanted)
    return out


def _with_ancestors(nodes: list[LexborNode]) -> set[int]:
    """The ``mem_id`` of each of ``nodes`` and of every element above it."""
    found: set[int] = set()
    for node in nodes:
        current: LexborNode | None = node
        while current is not None and (key := current.mem_id) not in found:
            found.add(key)
            current = current.parent
    return found


# ---------------------------------------------------------------- OpenGraph


def read_opengraph(tree: LexborHTMLParser) -> dict[str, str]:
    """``og:*`` meta properties (first value of each)."""
    out: dict[str, str] = {}
    for meta in tree.css('meta[property^="og:"]'):
        key = (meta.attributes.get("property") or "")[3:]
        if key and key not in out and meta.attributes.get("content"):
            out[key] = clean_text(meta.attributes["content"])
    return out

"""Stage 3: one node shape for every syntax.

JSON-LD blocks, microdata items and RDFa subjects all become plain dictionaries
with short schema.org names (``"@type": ["Course"]``, ``"startDate": ...``),
``@graph`` containers flattened, ``{"@value": ...}`` wrappers unwrapped and
``{"@id": ...}`` references replaced by the node they point to (cycles cut).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from prospectus.extract.text import clean_or_none, join_url

Node = dict[str, Any]

_SCHEMA_PREFIXES = (
    "https://schema.org/",
    "http://schema.org/",
    "schema:",
    "https://schema.org#",
    "http://schema.org#",
    "sdo:",
)
_MAX_DEPTH = 12
_CONTAINERS = (list, dict)  # a tuple made once (``list | dict`` is made at every test)


@dataclass(frozen=True, slots=True)
class Graph:
    """The page's structured data: top-level nodes in document order, all tagged with syntax."""

    roots: tuple[Node, ...]
    # Every node in walking order, found on the first walk (readers walk a page's graph often),
    # and the walking positions of the nodes of each type (readers ask for types often).
    _nodes: list[Node] = field(default_factory=list, init=False, repr=False, compare=False)
    _by_type: dict[str, list[int]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def walk(self) -> Iterator[Node]:
        """Every node, nested ones included, each once."""
        if not self._nodes:
            self._take(_walk(self.roots))
        return iter(self._nodes)

    def _take(self, nodes: Iterable[Node]) -> None:
        """Take ``nodes`` (every node, in walking order) and index them by type."""
        self._nodes.extend(nodes)
        by_type = self._by_type
        for position, node in enumerate(self._nodes):
            kinds = node.get("@type")  # types_of(node), without a list made for each node
            if kinds is None:
                continue
            for kind in kinds if isinstance(kinds, list) else (kinds,):
                if isinstance(kind, str):
                    positions = by_type.setdefault(kind, [])
                    if not positions or positions[-1] != position:  # "@type" may repeat one
                        positions.append(position)

    def types(self) -> list[str]:
        """The types of the graph's nodes, each once."""
        self.walk()
        return list(self._by_type)

    def of_type(self, *types: str) -> list[Node]:
        """The nodes of any of ``types``, in walking order."""
        self.walk()
        found = [self._by_type.get(kind, []) for kind in types]
        positions = found[0] if len(found) == 1 else sorted({p for ps in found for p in ps})
        return [self._nodes[position] for position in positions]


def _walk(roots: Iterable[Node]) -> Iterator[Node]:
    """``roots`` and every node inside them, depth first, each once."""
    seen: set[int] = set()
    stack = list(reversed(list(roots)))
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        stack.extend(reversed(_children(node)))


def _children(node: Node) -> list[Node]:
    """The nodes directly inside ``node``, in order (``as_list`` of each value, inlined)."""
    children: list[Node] = []
    for value in node.values():
        if isinstance(value, dict):
            children.append(value)
        elif isinstance(value, list):
            children.extend(v for v in value if isinstance(v, dict))
    return children


def short_name(term: str) -> str:
    """``https://schema.org/Course`` → ``Course``; other vocabularies keep their IRI."""
    if ":" not in term:
        return term  # every prefix has a colon: most keys ("name", "startDate") end here
    for prefix in _SCHEMA_PREFIXES:
        if term.startswith(prefix):
            return term[len(prefix) :]
    return term


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def types_of(node: Node) -> list[str]:
    kinds = node.get("@type")
    if isinstance(kinds, list):
        return [t for t in kinds if isinstance(t, str)]
    return [kinds] if isinstance(kinds, str) else []


def first_text(value: Any) -> str | None:
    """The first plain-text value (or a node's name) of a property."""
    if value is None:
        return None
    if type(value) is str:  # most properties: one plain string
        return clean_or_none(value)
    for item in value if isinstance(value, list) else (value,):
        if isinstance(item, dict):
            item = item.get("name") or item.get("@value") or _language_map(item)
        if isinstance(item, (str, int, float)) and (text := clean_or_none(item)):
            return text
    return None


def _language_map(value: Node) -> str | None:
    """The English (or else first) text of a JSON-LD language map ``{"en": ..., "fr": ...}``."""
    keys = [k for k in value if k != "_syntax"]
    if not keys or not all(
        isinstance(k, str) and 2 <= len(k) <= 7 and not k.startswith("@") for k in keys
    ):
        return None
    texts = {k.lower(): v for k, v in value.items() if k != "_syntax" and isinstance(v, str)}
    return (
        texts.get("en")
        or next((v for k, v in texts.items() if k.startswith("en")), None)
        or (next(iter(texts.values()), None))
    )


def absolute_url(value: Any, base_url: str | None) -> str | None:
    """The first URL of a property (a string, or a node's ``url``/``@id``), made absolute.

    A relative URL ("/training/x", "x.html", "//host/x") is resolved against
    ``base_url``; without a base it is kept as written.
    """
    for item in as_list(value):
        if isinstance(item, dict):
            item = item.get("url") or item.get("@id")
        text = clean_or_none(item) if isinstance(item, str) else None
        if text and not text.startswith("_:"):
            return _join(base_url, text) if base_url else text
    return None


@lru_cache(maxsize=4096)
def _join(base_url: str, url: str) -> str:
    """``join_url``, remembered: a page's readers resolve its URLs several times each."""
    return join_url(base_url, url)


def _unwrap(value: Any, syntax: str, depth: int) -> Any:
    if isinstance(value, list):  # plain items (most of them) kept without a call each
        items = [_unwrap(v, syntax, depth) if isinstance(v, _CONTAINERS) else v for v in value]
        return [v for v in items if v is not None and v != []]
    if isinstance(value, dict):
        if "@value" in value:
            return value["@value"]
        if "@list" in value:
            return _unwrap(value["@list"], syntax, depth)
        return _normalise(value, syntax, depth + 1) if depth < _MAX_DEPTH else None
    return value


def _normalise(node: Node, syntax: str, depth: int = 0) -> Node:
    out: Node = {"_syntax": syntax}
    for key, value in node.items():
        if key[:1] == "@":  # a keyword: a few of them, most keys are terms
            if key == "@context":
                continue
            if key == "@type":
                out["@type"] = [short_name(t) for t in as_list(value) if isinstance(t, str)]
                continue
            if key == "@id":
                if isinstance(value, str):
                    out["@id"] = value
                continue
            name = key
        else:  # most terms ("name", "startDate") have no prefix to take off
            name = short_name(key) if ":" in key else key
        out[name] = _unwrap(value, syntax, depth) if isinstance(value, _CONTAINERS) else value
    return out


def _flatten(values: Iterable[Any]) -> Iterator[Node]:
    for value in values:
        if isinstance(value, list):
            yield from _flatten(value)
        elif isinstance(value, dict):
            if "@graph" in value:
                yield from _flatten(as_list(value["@graph"]))
                rest = {k: v for k, v in value.items() if k not in ("@graph", "@context")}
                if any(not k.startswith("@") for k in rest):
                    yield rest
            else:
                yield value


def _survey(roots: list[Node]) -> tuple[dict[str, Node], set[str]]:
    """What resolving ``roots`` needs, from one walk of them (that of :func:`_walk`): every
    node with an ``@id`` and something more, by its ``@id`` (definitions merged in walking
    order), and the ``@id`` of every node a node's properties hold (the referenced ones)."""
    index: dict[str, Node] = {}
    referenced: set[str] = set()
    seen: set[int] = set()
    stack = list(reversed(roots))
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        ident = node.get("@id")
        if isinstance(ident, str) and len(node) > 2:  # more than @id and _syntax: a definition
            known = index.get(ident)
            index[ident] = {**known, **node} if known else node
        children: list[Node] = []
        for key, value in node.items():
            if isinstance(value, dict):
                children.append(value)
                values: Iterable[Any] = (value,)
            elif isinstance(value, list):
                values = [v for v in value if isinstance(v, dict)]
                children.extend(values)
            else:
                continue
            if not (key.startswith("@") or key == "_syntax"):  # a property
                for child in values:
                    if isinstance(child_id := child.get("@id"), str):
                        referenced.add(child_id)
        stack.extend(reversed(children))
    return index, referenced


@dataclass(slots=True)
class _Walk:
    """The nodes a walk of a resolved root meets, listed while :func:`_resolve` makes them.

    ``exact`` turns False where a reference cycle is cut: the cut node keeps values of the
    unresolved tree, which other places may share, and only a real walk then tells.
    """

    nodes: list[Node] = field(default_factory=list)
    exact: bool = True


def _resolve(value: Any, index: dict[str, Node], trail: frozenset[str], walk: _Walk | None) -> Any:
    """``value`` with its references replaced by the nodes they name, each a new copy.

    The new nodes a walk meets are listed in ``walk`` (None for a value no walk reaches: a
    list inside a list).
    """
    if isinstance(value, list):
        return [
            _resolve(v, index, trail, walk if isinstance(v, dict) else None)
            if isinstance(v, _CONTAINERS)
            else v
            for v in value
        ]
    if not isinstance(value, dict):
        return value
    ident = value.get("@id")
    if isinstance(ident, str) and ident in index and ident not in trail:
        target = index[ident]
        if len(value) <= 3:  # only a reference (@id, maybe @type, _syntax)
            value = {
                **target,
                **{k: v for k, v in value.items() if k == "@type" and not target.get(k)},
            }
        trail = trail | {ident}
    elif isinstance(ident, str) and ident in trail:
        if walk is not None:
            walk.exact = False
        return {k: v for k, v in value.items() if k in ("@id", "@type", "_syntax", "name")}
    out: Node = {}
    if walk is not None:
        walk.nodes.append(out)  # before its children: a walk meets a node first
    for k, v in value.items():
        out[k] = _resolve(v, index, trail, walk) if isinstance(v, _CONTAINERS) else v
    return out


def build_graph(blocks: Iterable[tuple[str, Any]]) -> Graph:
    """Nodes from ``(syntax, value)`` blocks, normalised and with references resolved."""
    roots = [_normalise(n, syntax) for syntax, value in blocks for n in _flatten([value])]
    index, referenced = _survey(roots)
    walks = [_Walk() for _ in roots]
    resolved = [_resolve(n, index, frozenset(), walk) for n, walk in zip(roots, walks, strict=True)]
    # A root that is only referenced from elsewhere is reached through its referrer.
    kept = [
        (n, walk)
        for n, walk in zip(resolved, walks, strict=True)
        if not (n.get("@id") in referenced and _is_child_type(n))
    ]
    graph = Graph(tuple(n for n, _ in kept))
    if all(walk.exact for _, walk in kept):  # the walk is known already
        graph._take(node for _, walk in kept for node in walk.nodes)
    return graph


_CHILD_TYPES = {
    "Offer",
    "AggregateOffer",
    "Person",
    "Place",
    "PostalAddress",
    "CourseInstance",
    "DefinedTerm",
    "Question",
    "Answer",
    "AggregateRating",
    "ListItem",
    "ImageObject",
    "VirtualLocation",
    "UnitPriceSpecification",
    "PriceSpecification",
    "Schedule",
}


def _is_child_type(node: Node) -> bool:
    return not _CHILD_TYPES.isdisjoint(types_of(node))

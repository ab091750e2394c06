"""Course runs from structured data: Course + hasCourseInstance, CourseInstance, *Event, Product.

A course node gives the course-level values (name, provider, URL, rating, an
offer); each of its instances (``hasCourseInstance``, ``subEvent``) gives one run,
which inherits what it does not say from its course (but its name, where the course's
name covers the two courses or more its instances name).  A course that lists one
offer per run at course level has each offer paired with its run (by name, else
by order).  A course or course-selling Product without instances but with dated
offers has one run per dated offer (see :mod:`variants`).  A course with no dated
run is one dateless record.
"""

from __future__ import annotations

from typing import Any

from prospectus.extract.graph import Graph, Node, as_list, first_text, types_of
from prospectus.extract.offers import amount, offer_nodes, pair_offers, read_offer
from prospectus.extract.text import folded_words
from prospectus.extract.values import (
    OFFER_FIELDS,
    merge_values,
    offer_page,
    offer_values,
    read_values,
    variant_page,
)
from prospectus.extract.variants import PRODUCT_TYPES, dated_runs, is_course_product, seller
from prospectus.records import Course

__all__ = ["COURSE_TYPES", "courses_from_graph", "first_text", "is_course_like"]

COURSE_TYPES = {
    "Course",
    "EducationEvent",
    "CourseInstance",
    "Event",
    "BusinessEvent",
    "EducationalOccupationalProgram",
}
_INSTANCE_KEYS = ("hasCourseInstance", "subEvent", "subEvents", "event", "events")
_NESTED_KEYS = (*_INSTANCE_KEYS, "hasVariant")


def _instances(node: Node) -> list[Node]:
    return [i for key in _INSTANCE_KEYS for i in as_list(node.get(key)) if isinstance(i, dict)]


def is_course_like(node: Node) -> bool:
    """Course, CourseInstance, EducationalOccupationalProgram and every kind of Event."""
    return any(t in COURSE_TYPES or t.endswith("Event") for t in types_of(node))


def _course_or_product(kind: str) -> bool:
    """A type :func:`is_course_like` or :func:`is_course_product` may accept."""
    return kind in COURSE_TYPES or kind.endswith("Event") or kind in PRODUCT_TYPES


def _record(values: dict[str, Any], *, page: str, syntax: str) -> Course | None:
    if not values.get("name"):
        return None
    provenance = tuple([(k, syntax) for k, v in values.items() if v is not None])
    return Course(page=page, source=syntax, provenance=provenance, **values)


def _instance_runs(node: Node, base: dict[str, Any], base_url: str | None) -> list[dict[str, Any]]:
    """One run per instance; course-level offers listed one per run go to their runs."""
    instances = _instances(node)
    own = [read_values(i, base_url) for i in instances]
    pairable = all(v["price"] is None for v in own)
    offers = offer_nodes(node.get("offers")) if pairable else []
    paired = pair_offers(offers, [first_text(i.get("name")) for i in instances])
    runs = []
    # A course priced from a low to a higher price prices none of its runs in particular:
    # a run without a price of its own takes the page's price for it, else the "from" price
    # (inherited again where the page shows none).
    ranged = {"price": None, "list_price": None} if pairable and _ranged(node) else {}
    if _umbrella(base.get("name"), [v["name"] for v in own]):
        # Each instance is a run of the course it names, at the page its offer links to.
        base = {**base, "name": None}
        own = [
            {**v, "url": v["url"] or offer_page(i, base_url)}
            for v, i in zip(own, instances, strict=True)
        ]
    own = [
        {**v, "url": v["url"] or variant_page(i, base.get("url"), base_url)}
        for v, i in zip(own, instances, strict=True)
    ]
    names = [v["name"] for v in own]
    for values, offer in zip(own, paired, strict=True):
        if _sibling_course(values.get("name"), base.get("name"), names):
            # A run of another course the page sells beside this one: its own name, and
            # none of the course's page nor its offer.
            sibling = {**base, "name": None, "url": None, **dict.fromkeys(OFFER_FIELDS)}
            runs.append(merge_values(sibling, {**values, **_offer_of(offer)}))
            continue
        if _own_event(values, base):
            # A masterclass the day before a conference: its own course, its own ticket.
            runs.append(merge_values({**base, "name": None, **dict.fromkeys(OFFER_FIELDS)}, values))
            continue
        if offer is None:
            runs.append(merge_values({**base, **ranged}, values))
            continue
        # The run's own offer stands in for the course's: none of the course's offer leaks in.
        runs.append(
            merge_values({**base, **dict.fromkeys(OFFER_FIELDS)}, {**values, **_offer_of(offer)})
        )
    return runs


def _offer_of(offer: Node | None) -> dict[str, Any]:
    """The values the offer paired with a run says, if any."""
    if offer is None:
        return {}
    return {k: v for k, v in offer_values(read_offer(offer)).items() if v is not None}


def _sibling_course(name: str | None, course: str | None, names: list[str | None]) -> bool:
    """Whether an instance names a sibling course of its parent ("Excel Level 2" among
    instances of "Excel Level 1"): other instances bear the course's own name, so the
    markup names each run by its course, and this one's words neither hold the course's
    nor are among them (no run's note like "Excel Level 1 – Leeds", no short form)."""
    mine, whole = folded_words(name), folded_words(course)
    if not mine or not whole or mine <= whole or whole <= mine:
        return False
    return any(folded_words(other) == whole for other in names)


def _umbrella(course: str | None, names: list[str | None]) -> bool:
    """Whether a course's name covers the two courses or more its instances name ("Forklift
    Certificate & F Endorsement" over instances "Forklift Certificate" and "F Endorsement
    (Forklift)"): every instance names a course, each name's words are of the course's name
    and none is the course's, and two names differ so that neither holds the other's words
    (not a short and a long form of one course).  Each instance then names its own run."""
    whole = folded_words(course)
    words = {folded_words(name) for name in names}
    if not whole or frozenset() in words or len(words) < 2:
        return False
    if any(not (w < whole) for w in words):
        return False
    return any(not (a <= b or b <= a) for a in words for b in words)


def _ranged(node: Node) -> bool:
    """Whether the course's offer is a range of prices (an AggregateOffer whose highPrice is
    above its lowPrice)."""
    for offer in as_list(node.get("offers")):
        if isinstance(offer, dict):
            low, high = amount(offer.get("lowPrice")), amount(offer.get("highPrice"))
            if low is not None and high is not None and high > low:
                return True
    return False


def _own_event(run: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether a sub-event is an event of its own rather than a run or session of its parent.

    A conference's programme may list the workshops or masterclasses held the day before
    or after it as its sub-events: each has its own name and lies outside the dates of
    the event it belongs to (a session inside them is a part of the event).
    """
    name, parent = (run.get("name") or "").casefold(), (event.get("name") or "").casefold()
    start, first, last = run.get("start_date"), event.get("start_date"), event.get("end_date")
    if not name or not parent or parent in name or not start or not first:
        return False
    return start < first or start > (last or first)


def _runs(node: Node, base: dict[str, Any], base_url: str | None) -> list[dict[str, Any]]:
    if _instances(node):
        return _instance_runs(node, base, base_url)
    return dated_runs(node, base)


def courses_from_graph(graph: Graph, *, page: str, base_url: str | None = None) -> list[Course]:
    """One record per dated run, or per course where it has none.

    Relative URLs in the markup are resolved against ``base_url``.
    """
    out: list[Course] = []
    nested = {
        id(child)
        for node in graph.walk()
        for key in _NESTED_KEYS
        if key in node
        for child in as_list(node[key])
        if isinstance(child, dict)
    }
    # Only nodes of a course or product type can be either (the test below still decides).
    kinds = [kind for kind in graph.types() if _course_or_product(kind)]
    for node in graph.of_type(*kinds) if kinds else []:
        if id(node) in nested or not (is_course_like(node) or is_course_product(node)):
            continue
        syntax = node.get("_syntax", "jsonld")
        base = read_values(node, base_url)
        base["provider"] = base["provider"] or seller(node)
        # The course itself comes too: runs the visible schedule adds inherit from it, and
        # it stands as the dateless record when no run is found at all.
        for values in [*_runs(node, base, base_url), base]:
            if (record := _record(values, page=page, syntax=syntax)) is not None:
                out.append(record)
    return out

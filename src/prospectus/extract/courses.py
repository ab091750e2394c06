"""Course runs from structured data: Course + hasCourseInstance, CourseInstance, *Event.

A course node gives the course-level values (name, provider, URL, rating, an
offer); each of its instances (``hasCourseInstance``, ``subEvent``) gives one run,
which inherits what it does not say from its course.  A course with no dated
instance is one dateless record.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from prospectus.extract.dates import parse_iso
from prospectus.extract.graph import Graph, Node, as_list, types_of
from prospectus.extract.modes import parse_availability, parse_count, parse_mode, parse_rating
from prospectus.extract.prices import parse_amount, parse_currency
from prospectus.extract.text import clean_or_none
from prospectus.records import Course

COURSE_TYPES = {
    "Course",
    "EducationEvent",
    "CourseInstance",
    "Event",
    "BusinessEvent",
    "EducationalOccupationalProgram",
}
_INSTANCE_KEYS = ("hasCourseInstance", "subEvent", "subEvents", "event", "events")
_LIST_PRICE_TYPES = ("StrikethroughPrice", "ListPrice", "SRP", "MSRP", "RegularPrice")


@dataclass(frozen=True, slots=True)
class OfferInfo:
    price: float | None = None
    list_price: float | None = None
    currency: str | None = None
    includes_vat: bool | None = None
    availability: str | None = None


def first_text(value: Any) -> str | None:
    """The first plain-text value (or a node's name) of a property."""
    for item in as_list(value):
        if isinstance(item, dict):
            item = item.get("name") or item.get("@value") or _language_map(item)
        if isinstance(item, (str, int, float)) and (text := clean_or_none(item)):
            return text
    return None


def _language_map(value: Node) -> str | None:
    """The English (or else first) text of a JSON-LD language map ``{"en": ..., "fr": ...}``."""
    if not value or not all(
        isinstance(k, str) and 2 <= len(k) <= 7 and not k.startswith("@") and k != "_syntax"
        for k in value
        if k != "_syntax"
    ):
        return None
    texts = {k.lower(): v for k, v in value.items() if k != "_syntax" and isinstance(v, str)}
    return (
        texts.get("en")
        or next((v for k, v in texts.items() if k.startswith("en")), None)
        or (next(iter(texts.values()), None))
    )


def _bool(value: Any) -> bool | None:
    for item in as_list(value):
        if isinstance(item, bool):
            return item
        if isinstance(item, str) and item.strip().lower() in ("true", "false"):
            return item.strip().lower() == "true"
    return None


def _spec_prices(offer: Node) -> tuple[float | None, float | None, bool | None]:
    price = list_price = None
    vat = _bool(offer.get("valueAddedTaxIncluded"))
    for spec in as_list(offer.get("priceSpecification")):
        if not isinstance(spec, dict):
            continue
        amount = parse_amount(
            spec.get("price") if spec.get("price") is not None else spec.get("minPrice")
        )
        kind = " ".join(str(t) for t in as_list(spec.get("priceType")))
        if any(word in kind for word in _LIST_PRICE_TYPES):
            list_price = amount if list_price is None else list_price
        elif price is None:
            price = amount
        if vat is None:
            vat = _bool(spec.get("valueAddedTaxIncluded"))
    return price, list_price, vat


def read_offer(offer: Node) -> OfferInfo:
    """Price, list price, currency, VAT and availability of one Offer node."""
    spec_price, list_price, vat = _spec_prices(offer)
    price = parse_amount(offer.get("price"))
    if price is None:
        price = spec_price if spec_price is not None else parse_amount(offer.get("lowPrice"))
    elif list_price is None and spec_price is not None and spec_price > price:
        list_price = spec_price
    currency_raw = first_text(offer.get("priceCurrency"))
    if currency_raw is None:
        for spec in as_list(offer.get("priceSpecification")):
            if isinstance(spec, dict) and spec.get("priceCurrency"):
                currency_raw = first_text(spec.get("priceCurrency"))
                break
    if list_price is not None and price is not None and list_price <= price:
        list_price = None
    return OfferInfo(
        price=price,
        list_price=list_price,
        currency=parse_currency(currency_raw),
        includes_vat=vat,
        availability=parse_availability(first_text(offer.get("availability"))),
    )


def read_offers(value: Any) -> OfferInfo | None:
    """The offer a buyer takes now among several: the lowest current price wins."""
    offers = [read_offer(o) for o in as_list(value) if isinstance(o, dict)]
    offers = [o for o in offers if o.price is not None or o.availability]
    if not offers:
        return None
    priced = [o for o in offers if o.price is not None]
    best = min(priced, key=lambda o: o.price or 0.0) if priced else offers[0]
    higher = [
        o.price
        for o in priced
        if o.price is not None and best.price is not None and o.price > best.price
    ]
    if best.list_price is None and higher and len(priced) == 2:
        best = replace(best, list_price=max(p for p in higher if p is not None))
    return best


def _place(value: Any) -> tuple[str | None, bool, bool]:
    """(location name, seen a physical place, seen a virtual one)."""
    name, physical, virtual = None, False, False
    for loc in as_list(value):
        if isinstance(loc, str):
            physical, name = True, name or clean_or_none(loc)
            continue
        if not isinstance(loc, dict):
            continue
        if "VirtualLocation" in types_of(loc):
            virtual = True
            continue
        physical = True
        address = loc.get("address")
        locality = None
        for addr in as_list(address):
            if isinstance(addr, dict):
                locality = locality or first_text(addr.get("addressLocality"))
            elif isinstance(addr, str):
                locality = locality or clean_or_none(addr)
        name = name or first_text(loc.get("name")) or locality
    return name, physical, virtual


def _mode(node: Node, physical: bool, virtual: bool) -> str | None:
    for key in ("courseMode", "eventAttendanceMode", "learningMode", "deliveryMode"):
        values = [str(v) for v in as_list(node.get(key)) if isinstance(v, (str, int, float))]
        if values and (mode := parse_mode(" ".join(values) if len(values) > 1 else values[0])):
            return mode
    if physical and virtual:
        return "blended"
    if virtual:
        return "online"
    return "in_person" if physical else None


def _person(value: Any) -> str | None:
    names = [first_text(v) for v in as_list(value)]
    return next((n for n in names if n), None)


def _fields(node: Node) -> dict[str, Any]:
    """The values one node states about a course or run (None where it says nothing)."""
    location, physical, virtual = _place(node.get("location"))
    mode = _mode(node, physical, virtual)
    offer = read_offers(node.get("offers"))
    rating = node.get("aggregateRating")
    rating = next((r for r in as_list(rating) if isinstance(r, dict)), {})
    return {
        "name": first_text(node.get("name")),
        "url": first_text(node.get("url")),
        "provider": _person(node.get("provider")) or _person(node.get("organizer")),
        "start_date": parse_iso(first_text(node.get("startDate"))),
        "end_date": parse_iso(first_text(node.get("endDate"))),
        "mode": mode,
        "location": location if mode != "online" else None,
        "instructor": _person(node.get("instructor")) or _person(node.get("performer")),
        "rating": parse_rating(rating.get("ratingValue")),
        "review_count": parse_count(rating.get("reviewCount") or rating.get("ratingCount")),
        "price": offer.price if offer else None,
        "list_price": offer.list_price if offer else None,
        "currency": offer.currency if offer else None,
        "price_includes_vat": offer.includes_vat if offer else None,
        "availability": offer.availability if offer else None,
        "description": first_text(node.get("description")),
    }


def _merge_fields(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if value is not None and not (key == "name" and out.get("name")):
            out[key] = value
    if over.get("price") is not None:  # an instance's own offer replaces the course's whole offer
        for key in ("list_price", "currency", "price_includes_vat"):
            out[key] = over.get(key) if over.get(key) is not None else base.get(key)
    return out


def _instances(node: Node) -> list[Node]:
    return [i for key in _INSTANCE_KEYS for i in as_list(node.get(key)) if isinstance(i, dict)]


def is_course_like(node: Node) -> bool:
    """Course, CourseInstance, EducationalOccupationalProgram and every kind of Event."""
    return any(t in COURSE_TYPES or t.endswith("Event") for t in types_of(node))


def _record(values: dict[str, Any], *, page: str, syntax: str) -> Course | None:
    if not values.get("name"):
        return None
    provenance = tuple((k, syntax) for k, v in values.items() if v is not None)
    return Course(page=page, source=syntax, provenance=provenance, **values)


def courses_from_graph(graph: Graph, *, page: str) -> list[Course]:
    """One record per dated run, or per course where it has none."""
    out: list[Course] = []
    nested: set[int] = set()
    for node in graph.walk():
        for inst in _instances(node):
            nested.add(id(inst))
    for node in graph.walk():
        if id(node) in nested or not is_course_like(node):
            continue
        syntax = node.get("_syntax", "jsonld")
        base = _fields(node)
        runs = [_merge_fields(base, _fields(i)) for i in _instances(node)]
        # The course itself comes too: runs the visible schedule adds inherit from it, and
        # it stands as the dateless record when no run is found at all.
        for values in [*runs, base]:
            if (record := _record(values, page=page, syntax=syntax)) is not None:
                out.append(record)
    return out

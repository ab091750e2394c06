"""Runs sold as offers: one dated Offer (or Product variant) per run of a course.

Shops (Shopify, WooCommerce) mark a course up as a ``Product`` whose ``offers``
hold one Offer per variant, the variant's title carrying the run's dates and
format ("PRINCE2 – 12–16 October 2026 / Classroom – Birmingham"); some course
pages do the same with a ``Course`` and no CourseInstance.  Each dated offer is
one run; it inherits the product's name, provider and rating.

A Product is taken for a course when its name or category says so ("course",
"training", "workshop" ...) or when its offers carry dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from prospectus.extract.dates import (
    DateMatch,
    DateRange,
    find_date_ranges,
    guess_day_first,
    parse_iso,
)
from prospectus.extract.graph import Node, as_list, first_text, types_of
from prospectus.extract.modes import parse_mode
from prospectus.extract.offers import offer_nodes, read_offer
from prospectus.extract.values import OFFER_FIELDS, merge_values, offer_values, person
from prospectus.records import fold

PRODUCT_TYPES = {"Product", "ProductGroup", "ProductModel", "IndividualProduct"}
_COURSE_WORDS = re.compile(
    r"\b(?:courses?|training|trainings|certification|certificate|workshops?|boot\s?camps?"
    r"|master\s?class(?:es)?|seminars?|webinars?|classes|diploma|qualification|tuition"
    r"|formations?|schulung(?:en)?|seminare?|lehrgang|kurs(?:e|us)?|cursus|opleiding(?:en)?"
    r"|cursos?|corsos?|corsi|utbildning(?:ar)?)\b",
    re.IGNORECASE,
)
_DEADLINE = re.compile(
    r"\b(?:by|until|till|before|deadline|expires?|ends?|valid|book|bis|avant|vor|hasta)\W*$",
    re.IGNORECASE,
)
_COMPACT_DATE = re.compile(r"(?<!\d)(20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_PARTS = re.compile(r"\s+[-–—|·/]\s+|\s*[/|·;()\[\]]\s*|,\s+")
_PLACE = re.compile(r"[^\W\d_][^\d()/|]{1,60}")
_VALIDITY_KEYS = ("validFrom", "validThrough", "priceValidUntil", "availabilityEnds")


@dataclass(frozen=True, slots=True)
class _Variant:
    """One offer with the texts that describe it (its own, or its variant Product's)."""

    offer: Node
    labels: tuple[str, ...]


def _variants(node: Node) -> list[_Variant]:
    out = [_Variant(o, _labels(o)) for o in offer_nodes(node.get("offers"))]
    for variant in as_list(node.get("hasVariant")):
        if isinstance(variant, dict):
            labels = _labels(variant)
            for offer in offer_nodes(variant.get("offers")) or [{}]:
                out.append(_Variant(offer, (*_labels(offer), *labels)))
    return out


def _labels(node: Node) -> tuple[str, ...]:
    texts = (first_text(node.get(k)) for k in ("name", "description", "sku"))
    return tuple(t for t in texts if t)


def _not_run_dates(offer: Node) -> set[str]:
    """Dates an offer gives for its own validity, not for the run."""
    return {d for k in _VALIDITY_KEYS if (d := parse_iso(first_text(offer.get(k))))}


def _run_date(variant: _Variant, day_first: bool) -> tuple[DateMatch, str] | None:
    """The first run date in a variant's labels, with the label it was found in."""
    skip = _not_run_dates(variant.offer)
    for label in variant.labels:
        for match in find_date_ranges(label, day_first=day_first):
            before = label[: match.span[0]]
            if match.dates.start and match.dates.start not in skip and not _DEADLINE.search(before):
                return match, label
        if compact := _COMPACT_DATE.search(label):
            start = parse_iso("-".join(compact.groups()))
            if start and start not in skip:
                return DateMatch(compact.span(), compact.group(0), DateRange(start, None)), ""
    return None


def _day_first(node: Node, variants: list[_Variant]) -> bool:
    currency = next((first_text(v.offer.get("priceCurrency")) for v in variants), None)
    text = " ".join(label for v in variants for label in v.labels)
    return guess_day_first(currency=currency, url=first_text(node.get("url")), text=text)


def seller(node: Node) -> str | None:
    """Who sells what ``node`` offers: its offers' seller, else a Product's brand."""
    for offer in offer_nodes(node.get("offers")):
        if name := person(offer.get("seller")) or person(offer.get("offeredBy")):
            return name
    return None if PRODUCT_TYPES.isdisjoint(types_of(node)) else person(node.get("brand"))


def is_course_product(node: Node) -> bool:
    """A Product that sells a course: a course word in its name or category, or dated offers."""
    if PRODUCT_TYPES.isdisjoint(types_of(node)):
        return False
    words = " ".join(t for k in ("name", "category") if (t := first_text(node.get(k))))
    return bool(_COURSE_WORDS.search(words)) or bool(dated_runs(node, {}))


def _mode_and_place(label: str, name: str | None) -> tuple[str | None, str | None]:
    """Format and place from a variant title's other parts ("Classroom – Birmingham")."""
    if name and label.casefold().startswith(name.casefold()):
        label = label[len(name) :]
    parts = [p.strip() for p in _PARTS.split(label) if p and p.strip()]
    parts = [p for p in parts if not (name and fold(p) in fold(name))]
    modes = [parse_mode(p) for p in parts]
    found = {m for m in modes if m}
    mode = found.pop() if len(found) == 1 else None
    if mode != "in_person":
        return mode, None
    for index, part in enumerate(parts):
        near = modes[max(index - 1, 0) : index + 2]
        if modes[index] is None and "in_person" in near and _PLACE.fullmatch(part):
            return mode, part
    return mode, None


def dated_runs(node: Node, base: dict[str, Any]) -> list[dict[str, Any]]:
    """One run per dated offer of ``node``, over the course-level values ``base``."""
    variants = _variants(node)
    if not variants:
        return []
    day_first = _day_first(node, variants)
    common = {**base, **dict.fromkeys(OFFER_FIELDS)}
    runs = []
    for variant in variants:
        found = _run_date(variant, day_first)
        if found is None:
            continue
        match, label = found
        rest = label[: match.span[0]] + " / " + label[match.span[1] :] if label else ""
        mode, place = _mode_and_place(rest, base.get("name"))
        over = {**offer_values(read_offer(variant.offer)), "mode": mode, "location": place}
        over |= {"start_date": match.dates.start, "end_date": match.dates.end}
        runs.append(merge_values(common, over))
    return runs

"""Offers: what a buyer pays for a course or run, from ``Offer``/``AggregateOffer`` nodes.

* ``price`` is the price paid now: the Offer's ``price``, else its sale
  ``UnitPriceSpecification`` (a ``priceSpecification`` without a list-price
  ``priceType``), else an AggregateOffer's ``lowPrice`` (a "from" price).
* ``list_price`` is a higher regular price beside it: a ``ListPrice`` /
  ``StrikethroughPrice`` specification, or a higher second specification.
* Among several offers for one run, the lowest current price wins, except an offer
  only members may take ("Member", ``eligibleCustomerType`` Member) beside one any
  buyer may: the open price is the run's price.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from prospectus.extract.graph import Node, as_list, first_text
from prospectus.extract.modes import parse_availability
from prospectus.extract.prices import parse_amount, parse_currency
from prospectus.records import fold

_LIST_PRICE_TYPES = ("StrikethroughPrice", "ListPrice", "SRP", "MSRP", "RegularPrice")
# An offer for members only: "Member", "Members' rate", "Mitglieder"; not "Non-member".
_MEMBERS_ONLY = re.compile(
    r"(?<![-\w])(?<!non )(?:members?|mitglied(?:er)?|membres?|socios?|leden|medlem(?:mer)?)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class OfferInfo:
    price: float | None = None
    list_price: float | None = None
    currency: str | None = None
    includes_vat: bool | None = None
    availability: str | None = None
    members_only: bool = False


def _bool(value: Any) -> bool | None:
    for item in as_list(value):
        if isinstance(item, bool):
            return item
        if isinstance(item, str) and item.strip().lower() in ("true", "false"):
            return item.strip().lower() == "true"
    return None


def amount(value: Any) -> float | None:
    """The first number of a property ("1,495.00", 1495, ["1495"]); ``None`` without one."""
    for item in as_list(value):
        if isinstance(item, (str, int, float)) and not isinstance(item, bool):
            return parse_amount(item)
    return None


def _specs(offer: Node) -> list[Node]:
    return [s for s in as_list(offer.get("priceSpecification")) if isinstance(s, dict)]


def _spec_prices(offer: Node) -> tuple[float | None, float | None, bool | None]:
    """(sale price, list price, VAT included) from an offer's price specifications."""
    price = list_price = None
    vat = _bool(offer.get("valueAddedTaxIncluded"))
    for spec in _specs(offer):
        value = amount(spec.get("price"))
        value = amount(spec.get("minPrice")) if value is None else value
        kind = " ".join(str(t) for t in as_list(spec.get("priceType")))
        if any(word in kind for word in _LIST_PRICE_TYPES):
            list_price = value if list_price is None else list_price
        elif price is None:
            price = value
        elif value is not None and list_price is None and value > price:
            list_price = value  # a second, higher price: the regular one
        if vat is None:
            vat = _bool(spec.get("valueAddedTaxIncluded"))
    return price, list_price, vat


def _currency(offer: Node) -> str | None:
    raw = first_text(offer.get("priceCurrency"))
    for spec in _specs(offer):
        raw = raw or first_text(spec.get("priceCurrency"))
    return parse_currency(raw)


def read_offer(offer: Node) -> OfferInfo:
    """Price, list price, currency, VAT and availability of one Offer node."""
    spec_price, list_price, vat = _spec_prices(offer)
    price = amount(offer.get("price"))
    if price is None:
        price = spec_price if spec_price is not None else amount(offer.get("lowPrice"))
    elif list_price is None and spec_price is not None and spec_price > price:
        list_price = spec_price
    if list_price is not None and (price is None or list_price <= price):
        list_price = None
    return OfferInfo(
        price=price,
        list_price=list_price,
        currency=_currency(offer),
        includes_vat=vat,
        availability=parse_availability(first_text(offer.get("availability"))),
        members_only=_members_only(offer),
    )


def _members_only(offer: Node) -> bool:
    """True where an offer names a members' price ("Member", eligibleCustomerType "Member")."""
    for key in ("name", "eligibleCustomerType", "category"):
        text = first_text(offer.get(key))
        if text and _MEMBERS_ONLY.search(text):
            return True
    return False


def read_offers(value: Any) -> OfferInfo | None:
    """The offer a buyer takes now among several: the lowest current price wins."""
    offers = [read_offer(o) for o in as_list(value) if isinstance(o, dict)]
    offers = [o for o in offers if o.price is not None or o.availability]
    if not offers:
        return None
    if (open_offers := [o for o in offers if not o.members_only]) and any(
        o.price is not None for o in open_offers
    ):
        offers = open_offers
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


def offer_nodes(value: Any) -> list[Node]:
    """The Offer nodes of an ``offers`` value, an AggregateOffer's own ``offers`` included."""
    out: list[Node] = []
    for offer in as_list(value):
        if isinstance(offer, dict):
            inner = [o for o in as_list(offer.get("offers")) if isinstance(o, dict)]
            out.extend(inner or [offer])
    return out


def pair_offers(offers: Sequence[Node], names: Sequence[str | None]) -> list[Node | None]:
    """The course-level offer meant for each run, where a course lists one offer per run.

    An offer named like the run ("Cohort 7") goes to it; failing names, offers and
    runs are paired in order when there are as many of each.  Otherwise ``None``:
    the runs share the course's offer.
    """
    if len(offers) < 2:
        return [None] * len(names)
    by_name = {fold(first_text(o.get("name"))): o for o in offers if first_text(o.get("name"))}
    named = [by_name.get(fold(n)) if n else None for n in names]
    if any(o is not None for o in named):
        return named
    if len(offers) == len(names):
        return list(offers)
    return [None] * len(names)

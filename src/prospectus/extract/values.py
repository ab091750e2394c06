"""The values one course-like node states: name, dates, place, mode, people, rating, offer.

Every reader returns ``None`` where the node says nothing, so that a run's values
can be laid over its course's (:func:`merge_values`) without erasing them.
"""

from __future__ import annotations

import re
from typing import Any

from prospectus.extract.dates import parse_iso
from prospectus.extract.graph import Graph, Node, absolute_url, as_list, first_text, types_of
from prospectus.extract.modes import parse_count, parse_mode, parse_rating
from prospectus.extract.offers import OfferInfo, amount, read_offers
from prospectus.extract.patterns.venues import town_after_owner, town_of_address_line
from prospectus.extract.text import clean_or_none, is_web_address, url_host

_SCHEDULE_KEYS = ("courseSchedule", "eventSchedule")
_MODE_KEYS = ("courseMode", "eventAttendanceMode", "learningMode", "deliveryMode")
OFFER_FIELDS = ("price", "list_price", "currency", "price_includes_vat", "availability")


def read_dates(node: Node) -> tuple[str | None, str | None]:
    """(start, end) of a run: its own ``startDate``/``endDate``, else its schedule's.

    A ``courseSchedule``/``eventSchedule`` (a weekly ``Schedule``, say) gives the
    first start and the last end of its schedules.
    """
    start = parse_iso(first_text(node.get("startDate")))
    end = parse_iso(first_text(node.get("endDate")))
    if start is not None:
        return start, end
    schedules = [s for k in _SCHEDULE_KEYS for s in as_list(node.get(k)) if isinstance(s, dict)]
    starts = sorted(d for s in schedules if (d := parse_iso(first_text(s.get("startDate")))))
    ends = sorted(d for s in schedules if (d := parse_iso(first_text(s.get("endDate")))))
    if not starts:
        return None, end
    return starts[0], end or (ends[-1] if ends else None)


def _place(value: Any) -> tuple[str | None, bool, bool]:
    """(location name, seen a physical place, seen a virtual one)."""
    name, physical, virtual = None, False, False
    for loc in as_list(value):
        if isinstance(loc, str):
            if parse_mode(loc) == "online":  # "location": "Online"
                virtual = True
            else:
                physical, name = True, name or clean_or_none(loc)
            continue
        if not isinstance(loc, dict):
            continue
        if "VirtualLocation" in types_of(loc):
            virtual = True
            continue
        locality, street = None, None
        for addr in as_list(loc.get("address")):
            if isinstance(addr, dict):
                locality = locality or first_text(addr.get("addressLocality"))
            elif isinstance(addr, str):
                street = street or clean_or_none(addr)
        # the city where the address names one (a venue or room name is not the
        # place a reader looks for); else the venue's name, else the address line
        place = locality or _line_town(street) or first_text(loc.get("name")) or street
        if place and parse_mode(place) == "online":  # a Place called "Online" or "Zoom"
            virtual = True
            continue
        if place is None and not _has_venue(loc):
            continue  # a Place of a country alone ("addressCountry": "Sweden") is no venue
        physical = True
        name = name or place
    return name, physical, virtual


# A postcode and its town, one part of an address line: "8000 Aarhus", "75008 Paris",
# "1012 AB Amsterdam" (not a state's "TX 78701").
_POSTCODE_TOWN = re.compile(
    r"^(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?\s+"
    r"([A-ZÀ-Ý][a-zß-ÿ][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,2})$"
)


def _address_town(address: str | None) -> str | None:
    """The town of an address written as one line: "Havnegade 12, 8000 Aarhus" → "Aarhus"."""
    if not address or "," not in address:
        return None
    for part in reversed(address.split(",")[1:]):
        if match := _POSTCODE_TOWN.match(part.strip()):
            return match.group(1)
    return None


def _line_town(address: str | None) -> str | None:
    """The town of an address written as one line: beside its postcode ("Havnegade 12,
    8000 Aarhus"), or the whole line where it is a town alone or with its state ("Taupō",
    "Bozeman, MT"), as a venue named apart gives its address."""
    if not address:
        return None
    return _address_town(address) or town_of_address_line(address)


def address_town(address: str | None) -> str | None:
    """:func:`_address_town`, for the readers of the places a page shows ("Thon Hotel Opera,
    Dronning Eufemias gate 4, 0191 Oslo" → "Oslo")."""
    return _address_town(address)


def _has_venue(place: Node) -> bool:
    """True where a Place without a name or city still pins a venue: a street, a postcode,
    coordinates."""
    if place.get("geo"):
        return True
    return any(
        first_text(addr.get(key))
        for addr in as_list(place.get("address"))
        if isinstance(addr, dict)
        for key in ("streetAddress", "postalCode")
    )


# "Train the Trainer (Online)", "Excel Basics – Live Online": the mode the name ends with.
_NAME_MODE = re.compile(r"(?:\(([^()]{2,30})\)|\s[-–—|]\s([^-–—|]{2,30}))\s*$")


def _name_mode(name: str | None) -> str | None:
    match = _NAME_MODE.search(name or "")
    return parse_mode(match.group(1) or match.group(2)) if match else None


def _mode(node: Node, physical: bool, virtual: bool) -> str | None:
    for key in _MODE_KEYS:
        values = [str(v) for v in as_list(node.get(key)) if isinstance(v, (str, int, float))]
        if values and (mode := parse_mode(" ".join(values) if len(values) > 1 else values[0])):
            # "Offline" is what event plugins write by default: a place that is only
            # virtual (a Place called "Online", a VirtualLocation) says what the run is.
            return "online" if mode == "in_person" and virtual and not physical else mode
    if mode := _name_mode(first_text(node.get("name"))):
        return mode  # the name says it where the markup's place is only a guess
    if physical and virtual:
        return "blended"
    if virtual:
        return "online"
    return "in_person" if physical else None


def person(value: Any) -> str | None:
    """The first named person or organisation of a property; a bare type's name where a
    plugin left its template's value ("performer": "Organization") names nobody."""
    names = [first_text(v) for v in as_list(value)]
    return next((n for n in names if n and n not in _TYPE_NAMES), None)


_TYPE_NAMES = frozenset(("Person", "Organization", "Organisation", "Thing", "Place"))


def organisation(value: Any) -> str | None:
    """The first named organisation of a property, else its first named person.

    An organiser list of a coordinator (a ``Person``) and the institute (an
    ``Organization``) names the institute as the provider.
    """
    items = as_list(value)
    named = [i for i in items if not (isinstance(i, dict) and "Person" in types_of(i))]
    return person(named) or person(items)


# A site's name often carries the section of the site the page is in ("UPPMAX
# Documentation", "Acme Blog"): the organisation is the name before it.  Words that
# can end an organisation's name ("Training", "Academy") are not sections.
_SITE_SECTION = re.compile(
    r"\s+(?:documentation|docs|user\s+guide|handbook|blog|wiki|knowledge\s*base|"
    r"help\s*(?:center|centre))$",
    re.I,
)


def site_owner(site_name: str) -> str:
    """The organisation a site's name names, without a site-section word after it."""
    owner = _SITE_SECTION.sub("", site_name.strip())
    return owner if len(owner) >= 2 else site_name


def read_rating(node: Node) -> tuple[float | None, int | None]:
    """(rating, review count) of a node's ``aggregateRating``, on the page's own scale.

    "4,7" reads as 4.7; a value over its ``bestRating`` is dropped; ``reviewCount``
    is preferred to ``ratingCount``; a 0 rating from nobody is no rating.
    """
    rating = next((r for r in as_list(node.get("aggregateRating")) if isinstance(r, dict)), {})
    raw = next(
        (v for v in as_list(rating.get("ratingValue")) if isinstance(v, str | int | float)), None
    )
    best = amount(rating.get("bestRating"))
    value = parse_rating(raw)
    if value is None and best is not None and best > 10:
        value = amount(raw)
    if value is not None and best is not None and value > best:
        value = None
    count = parse_count(first_text(rating.get("reviewCount")))
    if count is None:
        count = parse_count(first_text(rating.get("ratingCount")))
    if value == 0 and not count:
        value = None
    return value, count


def offer_values(offer: OfferInfo | None) -> dict[str, Any]:
    """The record fields an offer gives (all ``None`` without one)."""
    if offer is None:
        return dict.fromkeys(OFFER_FIELDS)
    return {
        "price": offer.price,
        "list_price": offer.list_price,
        "currency": offer.currency,
        "price_includes_vat": offer.includes_vat,
        "availability": offer.availability,
    }


def _provider(node: Node) -> str | None:
    """``provider``, else ``organizer``; an organisation in either before a person."""
    both = [*as_list(node.get("provider")), *as_list(node.get("organizer"))]
    return organisation(both)


_PLACEHOLDER_YEARS = 3


def read_values(node: Node, base_url: str | None = None) -> dict[str, Any]:
    """The values one node states about a course or run (None where it says nothing)."""
    location, physical, virtual = _place(node.get("location"))
    mode = _mode(node, physical, virtual)
    start, end = read_dates(node)
    if start and end and int(end[:4]) - int(start[:4]) > _PLACEHOLDER_YEARS:
        end = None  # "2030-12-31" behind a 2026 start: a CMS placeholder, not the run's end
    rating, count = read_rating(node)
    provider = _provider(node)
    return {
        "name": first_text(node.get("name")),
        "url": absolute_url(node.get("url"), base_url) or _event_page(node, start, base_url),
        "provider": provider,
        "start_date": start,
        "end_date": end,
        "mode": mode,
        "location": _town_of(location, provider) if mode != "online" else None,
        "instructor": person(node.get("instructor")) or person(node.get("performer")),
        "rating": rating,
        "review_count": count,
        **offer_values(read_offers(node.get("offers"))),
        "description": first_text(node.get("description")),
    }


def _event_page(node: Node, start: str | None, base_url: str | None) -> str | None:
    """A dated Event's own page where the Event names none but its one offer does (an
    events plugin's offer "url" of "/events/fall-protection-dec-9/"): a page of the site
    the markup is on, neither that page nor a cart's or checkout's link.

    A page saved without its address is on the site its Event's organizer names: an
    absolute offer link into that site ("https://acme.example/courses/cpr/" beside an
    organizer of "https://acme.example") is the event's page there."""
    if start is None or "Event" not in "".join(types_of(node)):
        return None
    offers = [o for o in as_list(node.get("offers")) if isinstance(o, dict)]
    if len(offers) != 1 or not isinstance(link := offers[0].get("url"), str):
        return None
    site = base_url
    if not site:
        if not is_web_address(link):
            return None
        site = absolute_url(node.get("organizer"), None)
        if not site or not is_web_address(site):
            return None
    url = absolute_url(link, site)
    if url is None or url_host(url) != url_host(site) or url.rstrip("/") == site.rstrip("/"):
        return None
    return None if _CART.search(url) else url


# A shop's link that adds to a cart or checks out, no event's page.
_CART = re.compile(r"cart|checkout|basket|/book(?:ing)?\b|[?&](?:add|product|ticket)", re.I)


def offer_page(node: Node, base_url: str | None) -> str | None:
    """The page the node's one offer links to, where that is a page's absolute address and
    not a cart's, a checkout's or a booking form's link (an instance's offer linking the
    course it is a run of)."""
    offers = [o for o in as_list(node.get("offers")) if isinstance(o, dict)]
    if len(offers) != 1:
        return None
    url = absolute_url(offers[0].get("url"), base_url)
    return url if is_web_address(url) and not _CART.search(url or "") else None


def variant_page(node: Node, course_url: str | None, base_url: str | None) -> str | None:
    """The run's own address where its one offer links the course's page with a query
    added ("…/products/cpr-basics?variant=CPR-0412", "…/first-aid/?date=2027-04-12"): a
    shop's variant of the product the run is, the same page showing that run chosen."""
    link = offer_page(node, base_url)
    if not link or not course_url:
        return None
    page, _, query = link.partition("?")
    return link if query and page.rstrip("/") == course_url.split("?")[0].rstrip("/") else None


def _town_of(location: str | None, provider: str | None) -> str | None:
    """The run's place, less its provider's name where the venue is named by the provider
    and the town ("Acme Training Leeds": the event plugin's venue of the provider's Leeds
    office)."""
    if location and provider:
        return town_after_owner(location, provider) or location
    return location


def merge_values(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """A run's values over its course's: the run wins where it says something.

    The course's name stays; a run's own price comes with its own list price (the
    course's regular price was the regular price of the course's offer).
    """
    out = dict(base)
    for key, value in over.items():
        if value is not None and not (key == "name" and out.get("name")):
            out[key] = value
    if over.get("price") is not None:
        out["list_price"] = over.get("list_price")
    return out


def venue_towns(graph: Graph) -> dict[str, str]:
    """The town the markup gives each venue it names where the venue's name does not hold
    it (a Place "Harbourside Learning Hub" in "Hull", "Fernhill training centre" in
    "Dunedin") or opens with it ("Napier Yacht Club" in Napier, "Cairns City Training
    Rooms" in Cairns), by the venue's name folded: the page's runs at that venue are in that
    town, a suburb's name before the venue's word being no town of its own.  The town is
    the address's locality, or its one line where that is a town alone ("Whanganui")."""
    towns: dict[str, str] = {}
    for place in graph.of_type("Place"):
        name = first_text(place.get("name"))
        if not name or " " not in name.strip():
            continue
        folded = " ".join(name.casefold().split())
        for addr in as_list(place.get("address")):
            town = _address_locality(addr)
            if town and (town.casefold() not in folded or folded.startswith(town.casefold() + " ")):
                towns.setdefault(folded, town)
    return towns


def _address_locality(address: Any) -> str | None:
    """The town of a Place's address: a postal address's locality, or a text address that
    names a town alone (see :func:`town_of_address_line`)."""
    if isinstance(address, dict):
        return first_text(address.get("addressLocality"))
    return town_of_address_line(address) if isinstance(address, str) else None

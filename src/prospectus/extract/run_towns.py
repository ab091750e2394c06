"""A run's location as the town alone, whichever way the page wrote its place.

The project's convention is the town by itself ("Princeton", not "Princeton, NJ";
"Bristol", not "Temple Quay, Bristol").  The readers take a run's place as the page writes
it; these steps, run once over a page's assembled runs, bring each to its town:

* the state or province after a town goes, and a venue the markup places in a town gives
  that town (:func:`_town_alone`);
* "District, Town" places give the town where the page writes a street so (:func:`_district_towns`);
* a district the page's own address writes before its town and postcode gives the town
  (:func:`_address_towns`), as does a "District, Town" whose town the address writes by its
  postcode (:func:`_postcode_towns`).

Markup runs keep the place their markup gives.
"""

from __future__ import annotations

from collections.abc import Mapping

from prospectus.extract.merge import with_changes
from prospectus.extract.patterns.venues import (
    district_and_town,
    names_street,
    other_district,
    town_by_postcode,
    town_of_district,
    town_without_region,
)
from prospectus.records import Course

MARKUP = ("jsonld", "microdata", "rdfa")  # the sources a run's markup gives


def with_towns(runs: list[Course], venue_towns: Mapping[str, str], text: str) -> list[Course]:
    """``runs`` with each location the town alone (see the module's docstring); ``text`` is
    the page's visible text, ``venue_towns`` the towns its markup gives its venues."""
    return _postcode_towns(
        _address_towns(_district_towns([_town_alone(r, venue_towns) for r in runs]), text),
        text,
    )


def _postcode_towns(runs: list[Course], text: str) -> list[Course]:
    """The page's runs with the town alone where a run's place is a district and its town
    ("Lutong, Miri") and the page's own address writes that town beside its postcode
    ("…, 98100 Miri, Sarawak")."""
    places = {r.location for r in runs if r.location and "," in r.location}
    if not text or not places:
        return runs
    towns = {p: town for p in places if (town := town_by_postcode(p, text)) is not None}
    if not towns:
        return runs
    return [
        _relocated(r, towns[r.location]) if r.location in towns and r.source not in MARKUP else r
        for r in runs
    ]


def _address_towns(runs: list[Course], text: str) -> list[Course]:
    """The page's runs with the town where a run's place is a district the page's own
    address writes before its town and postcode ("Brunswick Dock" of "Unit 4, Brunswick
    Dock, Liverpool L3 4XX"): the venue cell named the district, the address the town."""
    places = {r.location for r in runs if r.location and r.source not in MARKUP}
    if not text or not places:
        return runs
    towns = {p: town for p in places if (town := town_of_district(p, text)) is not None}
    towns = {p: town for p, town in towns.items() if not other_district(town, p, text)}
    if not towns:
        return runs
    return [
        _relocated(r, towns[r.location]) if r.location in towns and r.source not in MARKUP else r
        for r in runs
    ]


def _town_alone(run: Course, venue_towns: Mapping[str, str]) -> Course:
    """``run`` with its location the town alone, without the state or province the markup
    or the page writes after it ("Princeton, NJ" → "Princeton"): the project's convention,
    whichever reader found the place.  A run the page shows at a venue the markup places
    in a town takes that town where its place is the venue's name or its first words
    ("Harbourside" read from "Harbourside Learning Hub", which the markup puts in Hull)."""
    if not run.location:
        return run
    town = run.location
    if venue_towns and run.source not in MARKUP:
        town = _venue_town(town, venue_towns) or _town_beside_venue(town, venue_towns) or town
    town = town_without_region(town) if "," in town else town
    if town == run.location:
        return run
    return _relocated(run, town)


def _district_towns(runs: list[Course]) -> list[Course]:
    """The page's runs with the town alone where the page writes each place as its district
    and its town ("Temple Quay, Bristol", "Widcombe, Bath"): where one run's first part is a
    street or quay by its name, the page's other places of that shape are written so too."""
    parts = {
        id(r): found
        for r in runs
        if r.location and "," in r.location and r.source not in MARKUP
        if (found := district_and_town(r.location)) is not None
    }
    if not parts or not any(names_street(district) for district, _ in parts.values()):
        return runs
    return [_relocated(r, parts[id(r)][1]) if id(r) in parts else r for r in runs]


def _relocated(run: Course, town: str) -> Course:
    """``run`` at ``town``, the place still credited to whichever source gave it."""
    return with_changes(run, {"location": town}, dict(run.provenance).get("location", run.source))


def _venue_town(place: str, venue_towns: Mapping[str, str]) -> str | None:
    """The town the markup gives the one venue named ``place`` or whose name starts with
    it, else None."""
    name = " ".join(place.casefold().split())
    lead = name + " "
    towns = {town for venue, town in venue_towns.items() if venue == name or venue.startswith(lead)}
    return towns.pop() if len(towns) == 1 else None


def _town_beside_venue(place: str, venue_towns: Mapping[str, str]) -> str | None:
    """The town of a place written as a town and a venue the markup places in that town,
    either way round ("Flagstaff, Arizona Snowbowl", "Arizona Snowbowl, Flagstaff" →
    "Flagstaff"), else None."""
    if "," not in place:
        return None
    parts = [" ".join(p.split()) for p in place.split(",")]
    if len(parts) != 2:
        return None
    for venue, town in (parts, parts[::-1]):
        found = venue_towns.get(venue.casefold())
        if found is not None and found.casefold() == town.casefold():
            return town
    return None

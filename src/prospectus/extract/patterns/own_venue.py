"""A run's venue that the page names by its street, and the town the page's address gives it.

Small providers hold their runs at their own premises and write the run's venue as the site's
name and street, without the town, which their address (the footer's, the contact block's)
gives:

    Location: Riverside campus, 14 Harbour Road             ← a run's venue: no town
    ...
    14 Harbour Road, Portmore 12, Jamaica                   ← the page's address: its town

A venue named as another run's, without its street ("Riverside campus"), is in the same town.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from prospectus.extract.merge import with_changes
from prospectus.extract.modes import IN_PERSON, mode_from_text
from prospectus.extract.patterns.venues import street_address, town_premises
from prospectus.records import Course

_VENUE_LABELS = frozenset(("location", "venue", "where", "place", "address", "campus"))

# The town after a street and its comma: "14 Harbour Road, Portmore 12" → "Portmore" (a
# postal district's number after it is left out).
_TOWN_AFTER = r",\s*((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2})\b"

# Words that name a part of a building, not a town: "14 Harbour Road, Suite 3".
_NOT_TOWN = re.compile(r"^(?:Unit|Suite|Level|Floor|Room|Building|Block|Shop|PO|P\.O\.)\b")


def venue_field(text: str) -> str | None:
    """The value of a run's labelled venue line ("Location: Riverside campus, 14 Harbour
    Road"), else None."""
    for line in text.split("\n"):
        label, colon, value = line.partition(":")
        if colon and value.strip() and label.strip().casefold() in _VENUE_LABELS:
            return value.strip()
    return None


def street_towns(venues: Iterable[str], page_text: str) -> dict[str, str]:
    """Each venue's town where the page's address (another line with the venue's street)
    gives it; a venue named as one of those without its street ("Riverside campus") shares
    its town."""
    towns: dict[str, str] = {}
    sites: dict[str, str] = {}
    wanted = set(venues)
    for venue in wanted:
        street = street_address(venue)
        if street is None:
            continue
        for found in re.finditer(re.escape(street) + _TOWN_AFTER, page_text):
            town = found.group(1)
            if not _NOT_TOWN.match(town):
                towns[venue] = town
                site = venue.partition(",")[0].strip()
                if site != street:
                    sites[site.casefold()] = town
                break
    for venue in wanted - towns.keys():
        if (town := sites.get(venue.partition(",")[0].strip().casefold())) is not None:
            towns[venue] = town
    return towns


# The parts of a run's lines: "Kingstown lab, Halifax Street · Tutor: …".
_PARTS = re.compile(r"\t| · | \| |\n")
_BRACKETS = re.compile(r"\s*\([^()]*\)")


def premises_towns(
    runs: list[Course], shown: list[tuple[int, str]], page_text: str
) -> list[Course]:
    """The page's runs without a place given the town of the premises their lines name as
    the town, a plain word and the street ("Castries lab, Bridge Street"), where the page
    also writes that town as a place (", Castries", "in Castries"): a lab's "Harbour" is no
    town where the page never places anything in it. Such a run is held in person, whatever
    its course's name says ("QuickBooks Online Bookkeeping")."""
    runs = list(runs)
    for index, text in shown:
        run = runs[index]
        if run.location is not None or "," not in text:
            continue
        town = next(
            (
                found
                for part in _PARTS.split(text)
                if "," in part and part != run.name
                if (found := town_premises(_BRACKETS.sub("", part).strip())) is not None
            ),
            None,
        )
        if town is None or not re.search(rf"(?:\bin|,)\s+{re.escape(town)}\b", page_text):
            continue
        rest = text.replace(run.name, " ") if run.name else text
        if run.mode not in (None, IN_PERSON) and mode_from_text(rest) is not None:
            continue  # "Live online on Zoom": its own format, no place
        changes = {"location": town, "mode": IN_PERSON}
        runs[index] = with_changes(run, changes, run.source)
    return runs

"""A venue heading over a group of dates: a city and its street address."""

from __future__ import annotations

import pytest

from prospectus.extract.patterns.venues import is_venue, venue_city


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Leeds Suite 4, 21 Park Row, Leeds LS1", "Leeds"),
        ("Perth – 9 Hay Street, Perth WA", "Perth"),
        ("Auckland: Level 2, 55 Queen St, Auckland CBD", "Auckland"),
        ("Köln Hohenzollernring 48, 50672 Köln", "Köln"),
        ("Lyon (12 rue Garibaldi)", "Lyon"),
        ("17 Harbour Road, Wellington", None),  # an address alone: a venue without a city
    ],
)
def test_a_city_before_its_street_address(line: str, city: str | None) -> None:
    assert is_venue(line)
    assert venue_city(line) == city


@pytest.mark.parametrize(
    "line",
    [
        "PRINCE2 Foundation and Practitioner",
        "Level 3 Award in Education and Training",
        "ISO 27001 Lead Implementer",
        "Excel Level 2",
    ],
)
def test_a_course_title_is_no_venue(line: str) -> None:
    assert not is_venue(line)
    assert venue_city(line) is None

"""A country's name closing a place's address: "Lot 12 Main Street, Kingston, Jamaica".

Event listings and ticketing sites print a venue's full postal address, country last; the
run's place is the town before it.  :func:`without_country` takes the country off so the
place readers find the town where they look for it, last.
"""

from __future__ import annotations

import re

# Countries by their English names as addresses write them.  City-states and countries
# named like their capital ("Singapore", "Monaco", "Kuwait", "Luxembourg", "Panama") are
# left out: there the last part is the town too.
_NAMES = (
    "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia",
    "Austria", "Azerbaijan", "Bahamas", "The Bahamas", "Bahrain", "Bangladesh", "Barbados",
    "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina",
    "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia",
    "Cameroon", "Canada", "Cape Verde", "Chad", "Chile", "China", "Colombia", "Congo",
    "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia", "Denmark",
    "Dominican Republic", "DR Congo", "Ecuador", "Egypt", "El Salvador", "England",
    "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon",
    "Gambia", "The Gambia", "Germany", "Ghana", "Greece", "Grenada", "Guinea", "Guyana",
    "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq",
    "Ireland", "Israel", "Italy", "Ivory Coast", "Côte d'Ivoire", "Jamaica", "Japan",
    "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kyrgyzstan", "Laos", "Latvia", "Lebanon",
    "Lesotho", "Liberia", "Libya", "Lithuania", "Madagascar", "Malawi", "Malaysia",
    "Maldives", "Mali", "Malta", "Mauritania", "Mauritius", "Moldova", "Mongolia",
    "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal", "Netherlands",
    "The Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Macedonia",
    "Northern Ireland", "Norway", "Oman", "Pakistan", "Papua New Guinea", "Paraguay", "Peru",
    "Philippines", "The Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia",
    "Rwanda", "Saint Lucia", "Saudi Arabia", "Scotland", "Senegal", "Serbia", "Seychelles",
    "Sierra Leone", "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea",
    "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan",
    "Tajikistan", "Tanzania", "Thailand", "Togo", "Trinidad and Tobago", "Tunisia",
    "Turkey", "Türkiye", "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates", "UAE",
    "United Kingdom", "UK", "United States", "United States of America", "USA", "Uruguay",
    "Uzbekistan", "Venezuela", "Vietnam", "Viet Nam", "Wales", "Yemen", "Zambia", "Zimbabwe",
)  # fmt: skip
_COUNTRIES = frozenset(name.casefold() for name in _NAMES)
_TOWN = re.compile(r"[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ýa-z][\w'’.-]*){0,2}")


def without_country(place: str) -> str:
    """``place`` less a country's name after its last comma, where what is left still ends
    in a town ("Lot 12 Main Street, Kingston, Jamaica" → "Lot 12 Main Street, Kingston",
    "Kisumu, Kenya" → "Kisumu"); ``place`` itself otherwise."""
    head, comma, last = place.rpartition(",")
    if not comma or last.strip(" .").casefold() not in _COUNTRIES:
        return place
    head = head.rstrip(" ,")
    if "," not in head and not _TOWN.fullmatch(head):
        return place  # "Hilton Garden Inn 12, Kenya": no town left to read
    return head


def names_country(place: str) -> bool:
    """Whether ``place`` is a country's name alone ("Norway", "New Zealand")."""
    return place.strip(" .").casefold() in _COUNTRIES

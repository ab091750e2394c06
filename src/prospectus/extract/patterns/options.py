"""Runs offered as the options of a date ``<select>``: "Choose your date", WooCommerce
date variations.

    <select name="attribute_pa_course-date">
      <option value="">Choose an option</option>
      <option value="13-16-oct-2026-leeds">13–16 Oct 2026 – Leeds</option>   ← a run
    </select>

Each option whose label holds a date is a run of the page's course; its label may
also give the venue, the price and the status ("— $149 — 3 spots left").  A
WooCommerce variable product keeps each variation's price and stock in its form's
``data-product_variations`` JSON, keyed by the option's value: the variation's
``price_html`` (regular price struck) and ``availability_html`` are read as the
option's own price and status.

A select in a cross-sell card or an aside ("Need CPR only?") offers another
course's dates: its options are no runs of this page's course.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

# Ancestors whose class or id says they hold another course: related products,
# cross-sells, sidebars.
_ELSEWHERE = re.compile(
    r"related|cross[-_]?sell|up[-_]?sells?|upsell|recommend|similar|sidebar|widget|"
    r"more[-_]courses|other[-_]courses",
    re.I,
)
_ELSEWHERE_TAGS = frozenset({"aside", "footer", "nav", "header"})
_MAX_DEPTH = 12


@dataclass(frozen=True, slots=True)
class DateOption:
    """One option's label, and what its variation adds (price, status), as the page shows it."""

    label: str
    extra: str
    elsewhere: bool  # in a cross-sell card or an aside: another course's date


def date_options(tree: LexborHTMLParser, has_date: Callable[[str], bool]) -> list[DateOption]:
    """The options with a date of every ``<select>`` of the page, in page order."""
    out: list[DateOption] = []
    for select in tree.css("select"):
        labelled = [
            (label, option.attributes.get("value") or "")
            for option in select.css("option")
            if (label := _clean(option.text(deep=True))) and has_date(label)
        ]
        if not labelled:
            continue
        elsewhere = _elsewhere(select)
        variations = {} if elsewhere else _variations(select)
        for label, value in labelled:
            out.append(DateOption(label, variations.get(value, ""), elsewhere))
    return out


def _elsewhere(node: LexborNode) -> bool:
    parent = node.parent
    for _ in range(_MAX_DEPTH):
        if parent is None or parent.tag in ("body", "html", "main"):
            return False
        if parent.tag in _ELSEWHERE_TAGS:
            return True
        attrs = parent.attributes
        if _ELSEWHERE.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"):
            return True
        parent = parent.parent
    return False


def _variations(select: LexborNode) -> dict[str, str]:
    """Option value → the variation's price and status text, from the WooCommerce form."""
    name = select.attributes.get("data-attribute_name") or select.attributes.get("name") or ""
    form = select.parent
    while form is not None and "data-product_variations" not in form.attributes:
        form = form.parent
    raw = form.attributes.get("data-product_variations") if form is not None else None
    if not name or not raw:
        return {}
    try:
        variations = json.loads(raw)
    except ValueError:
        return {}
    out: dict[str, str] = {}
    for variation in variations if isinstance(variations, list) else ():
        if not isinstance(variation, dict) or not isinstance(variation.get("attributes"), dict):
            continue
        value = variation["attributes"].get(name)
        if isinstance(value, str) and value:
            out[value] = "\n".join(
                text
                for key in ("price_html", "availability_html")
                if (text := _html_text(variation.get(key)))
            )
    return out


def _html_text(markup: object) -> str:
    """A price's or status's text; a struck price reads as the regular one ("was £595")."""
    if not isinstance(markup, str) or not markup.strip():
        return ""
    tree = LexborHTMLParser(markup)
    struck_texts = [_clean(node.text(deep=True)) for node in tree.css("del, s, strike")]
    for node in tree.css("del, s, strike"):
        node.decompose()
    body = tree.body
    text = _clean(body.text(deep=True) if body is not None else "")
    return f"{text} (was {struck_texts[0]})" if struck_texts and struck_texts[0] else text


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())

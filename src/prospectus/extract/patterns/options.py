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
Other shops (Webflow, Shopify) keep them in a product JSON script keyed by the
option's value (see :mod:`.sku_data`).

A select in a cross-sell card or an aside ("Need CPR only?") offers another
course's dates: its options are no runs of this page's course.  A course page's own
booking box is often a sidebar too ("Choose a session", a form that registers): a
select inside a booking or registration form in an aside or sidebar is this course's,
unless a related/cross-sell container holds it.  A disabled date option is a run with
no places left; beside one, an enabled date option is a run open to book.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.patterns.sku_data import sku_variations

# Ancestors whose class or id says they hold another course whatever is inside them.
_OTHER_COURSE = re.compile(
    r"related|cross[-_]?sell|up[-_]?sells?|upsell|recommend|similar|more[-_]courses|other[-_]courses",
    re.I,
)
# Those, and sidebars and widgets: another course's, unless a booking form says otherwise.
_ELSEWHERE = re.compile(_OTHER_COURSE.pattern + "|sidebar|widget", re.I)
# A form's class, id or action that says it books this page's course (English, French,
# German, Dutch, Spanish, Italian, Polish stems).
_BOOKING = re.compile(
    r"book|regist|enrol|inscri|anmeld|reserv|signup|sign[-_]up|checkout|cart|basket|"
    r"aanmeld|zapis|iscri",
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
    # enabled in a select that disables its full dates: open to book, unless the page
    # shows the run's own status elsewhere ("2 spots left" on its date button)
    bookable: bool = False
    radio: bool = False  # a radio of a date picker: a run, whether or not it shows a price
    # a required option of a shop's add-to-cart form (Magento's "Course date & location"):
    # a run whether or not it shows a price, the product's price box giving it
    product: bool = False


SELECTS = "select"  # where a page offers its dates
RADIOS = 'input[type="radio"]'  # or a product form's date "swatches" (see date_radios)


def date_options(
    tree: LexborHTMLParser, has_date: Callable[[str], bool], currency: str | None = None
) -> list[DateOption]:
    """The options with a date of every ``<select>`` of the page, in page order; ``currency``
    (the page's) is that of a variation's bare ``display_price``."""
    out: list[DateOption] = []
    for select in tree.css(SELECTS):
        labelled = [
            (label, option.attributes.get("value") or "", "disabled" in option.attributes)
            for option in select.css("option")
            if (label := _clean(option.text(deep=True))) and has_date(label)
        ]
        if not labelled:
            continue
        elsewhere = _elsewhere(select) and not _booking_box(select)
        variations = {} if elsewhere else _variations(select, currency)
        if not variations and not elsewhere:  # a shop's product JSON (see .sku_data)
            variations = sku_variations(
                select, {value for _, value, _ in labelled if value}, currency
            )
        # a select that disables its full dates offers the others: each is open to book
        disables = any(disabled for _, _, disabled in labelled)
        product = (
            not elsewhere
            and len(labelled) >= 2
            and (
                _cart_option(select) or all(_ADDON_PRICE.search(label) for label, _, _ in labelled)
            )
        )
        for label, value, disabled in labelled:
            extra = variations.get(value, "") or ("Sold out" if disabled else "")
            out.append(
                DateOption(label, extra, elsewhere, disables and not disabled, product=product)
            )
    return out


# An add-on's price over the product's, which ends the option's label (WooCommerce Product
# Add-Ons, Gravity Forms, Magento custom options): "Tue 8 Dec 2026 – Leeds (+£0.00)",
# "12 May 2027 + €25,00".  No price of the run: its date's surcharge, the product's price
# box giving the price.
# (A currency sign, maybe after a country's letters, or a code; before or after the amount.)
_ADDON_AMOUNT = (
    r"(?:(?:[A-Z]{0,3}[^\s\w()]|[A-Z]{3})\s?\d(?:[\d.,' ]*\d)?"
    r"|\d(?:[\d.,' ]*\d)?\s?(?:[^\s\w()]|[A-Z]{3}|kr|zł|Kč|Ft|lei))"
)
_ADDON_PRICE = re.compile(rf"\s*(?:\(\s*\+\s*{_ADDON_AMOUNT}\s*\)|\s\+\s?{_ADDON_AMOUNT})$")


def without_addon_price(label: str) -> str:
    """An option's label without the add-on price that ends it: "Tue 8 Dec 2026 – Leeds
    (+£0.00)" → "Tue 8 Dec 2026 – Leeds"."""
    return _ADDON_PRICE.sub("", label) if "+" in label else label


def date_radios(tree: LexborHTMLParser, has_date: Callable[[str], bool]) -> list[DateOption]:
    """The radio buttons with a date of every radio group of the page, in page order: a
    shop's product form offers its date variants as radios ("swatches") as often as in a
    ``<select>`` (Shopify, Appointo, Gravity Forms, WooCommerce swatches)::

        <fieldset><legend>Date</legend>
          <input type="radio" id="d1" name="Date" value="Tue, Dec 8, 2026 — Leeds">
          <label for="d1">Tue, Dec 8, 2026 — Leeds</label>
          <input type="radio" id="d2" name="Date" value="…" disabled>
          <label for="d2">Thu, Jan 14, 2027 — York (Sold out)</label>
        </fieldset>

    A radio's label is its ``<label for>``, the label that wraps it, or else its value.
    Only a group of two dated radios or more is a date picker; a disabled radio is a run
    with no places left, and beside one an enabled radio is a run open to book."""
    radios = tree.css(RADIOS)
    if len(radios) < 2:
        return []
    labels = {
        key: _lines(label)
        for label in tree.css("label[for]")
        if (key := label.attributes.get("for"))
    }
    groups: dict[str, list[tuple[str, bool, LexborNode]]] = {}
    for radio in radios:
        attrs = radio.attributes
        label = labels.get(attrs.get("id") or "") or _wrapping_label(radio)
        label = label or _clean(attrs.get("value"))
        if label and has_date(label):
            groups.setdefault(attrs.get("name") or "", []).append(
                (label, "disabled" in attrs, radio)
            )
    out: list[DateOption] = []
    for dated in groups.values():
        if len(dated) < 2:
            continue
        elsewhere = _elsewhere(dated[0][2]) and not _booking_box(dated[0][2])
        disables = any(disabled for _, disabled, _ in dated)
        for label, disabled, _ in dated:
            extra = "Sold out" if disabled else ""
            out.append(DateOption(label, extra, elsewhere, disables and not disabled, radio=True))
    return out


def _wrapping_label(radio: LexborNode) -> str:
    node = radio.parent
    for _ in range(3):
        if node is None:
            return ""
        if node.tag == "label":
            return _lines(node)
        node = node.parent
    return ""


def _lines(label: LexborNode) -> str:
    """A label's text, a line per part: a picker's card of spans (date, venue, trainer,
    price) reads as a card's lines do."""
    parts = (_clean(part) for part in label.text(deep=True, separator="\n").split("\n"))
    return "\n".join(part for part in parts if part)


# A shop's add-to-cart form (Magento "product_addtocart_form", ".../checkout/cart/add/…",
# WooCommerce "cart", Shopify "/cart/add").
_CART_FORM = re.compile(r"add[-_]?to[-_]?cart|addtocart|cart/add", re.I)


def _cart_option(select: LexborNode) -> bool:
    """Whether the select is a required option of a product's add-to-cart form: the
    product's own date choice, whose dates share the product's price."""
    node = select.parent
    for _ in range(_MAX_DEPTH):
        if node is None or node.tag in ("body", "html"):
            return False
        if node.tag == "form":
            attrs = node.attributes
            marks = " ".join(attrs.get(k) or "" for k in ("id", "class", "action"))
            return _CART_FORM.search(marks) is not None
        node = node.parent
    return False


def _booking_box(select: LexborNode) -> bool:
    """Whether the select is in a form that books a course (its class, id or action say
    so) and no related/cross-sell container holds it: a sidebar's own booking box."""
    node = select.parent
    booking = False
    for _ in range(_MAX_DEPTH):
        if node is None or node.tag in ("body", "html", "main"):
            break
        attrs = node.attributes
        marks = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if _OTHER_COURSE.search(marks):
            return False
        if node.tag == "form" and _BOOKING.search(f"{marks} {attrs.get('action') or ''}"):
            booking = True
        node = node.parent
    return booking


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


def _variations(select: LexborNode, currency: str | None = None) -> dict[str, str]:
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
            price = _html_text(variation.get("price_html")) or _display_price(variation, currency)
            status = _html_text(variation.get("availability_html"))
            if not status and variation.get("is_in_stock") is False:
                status = "Sold out"  # no stock of a date: no places left
            out[value] = "\n".join(text for text in (price, status) if text)
    return out


def _display_price(variation: dict[str, object], currency: str | None) -> str:
    """A variation's price from its numbers where its ``price_html`` is empty (WooCommerce
    leaves it so when every variation costs the same): "GBP 595.00 (was GBP 695.00)"."""
    price, regular = variation.get("display_price"), variation.get("display_regular_price")
    if (
        currency is None
        or variation.get("price_html") != ""  # none at all: not the form WooCommerce writes
        or not isinstance(price, int | float)
        or isinstance(price, bool)
    ):
        return ""
    text = f"{currency} {price:.2f}"
    if isinstance(regular, int | float) and not isinstance(regular, bool) and regular > price:
        text += f" (was {currency} {regular:.2f})"
    return text


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

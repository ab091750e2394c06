"""A shop's variant data for the options of a date ``<select>``: the price and stock of each
date variant, from the product JSON the page embeds for its add-to-cart form.

    <select data-node-type="commerce-add-to-cart-option-select">
      <option value="sku3">Sat, Jan 23, 2027 — Nanaimo</option>
    </select>
    <script type="application/json">{"skus": [{"id": "sku3",
      "f_price_": {"unit": "CAD", "value": 13900}, "inventory": {"quantity": 12}}]}</script>

Webflow writes a SKU's price as money in cents (``{"unit": "CAD", "value": 13900}``), its
compare-at price beside it; Shopify a variant's ``price`` and ``compare_at_price`` as
cents and ``available`` as a flag.  Each object whose ``id`` is an option's value is that
option's variant: its price reads as "CAD 139.00 (was CAD 149.00)", and no stock as
"Sold out", as a WooCommerce variation's do (see :mod:`.options`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

_JSON_SCRIPTS = 'script[type="application/json"]'
_MAX_NODES = 5000  # a product's data, not a site's catalogue


_ATTRIBUTE = "data-variant-json"  # where the select keeps its data once scripts are gone


def attach_sku_data(tree: LexborHTMLParser) -> None:
    """Give each ``<select>`` the text of the JSON scripts that name its options' values,
    before the page's scripts are removed (see :func:`sku_variations`)."""
    if tree.css_first("select") is None:
        return
    scripts = [script.text(deep=True) or "" for script in tree.css(_JSON_SCRIPTS)]
    if not scripts:
        return
    for select in tree.css("select"):
        values = {value for o in select.css("option") if (value := o.attributes.get("value"))}
        held = [raw for raw in scripts if any(_names(raw, value) for value in values)]
        if held:
            select.attrs[_ATTRIBUTE] = json.dumps(held)


def _names(raw: str, value: str) -> bool:
    """Whether a script's JSON may hold ``value``: as a string, or (a number's) as a number."""
    return f'"{value}"' in raw or (value.isdigit() and value in raw)


def sku_variations(
    select: LexborNode, values: set[str], currency: str | None = None
) -> dict[str, str]:
    """Option value → its variant's price and status text, from the JSON scripts that
    :func:`attach_sku_data` gave the select."""
    out: dict[str, str] = {}
    held = select.attributes.get(_ATTRIBUTE)
    if not values or not held:
        return out
    for raw in json.loads(held):
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for variant in _objects(data):
            key = variant.get("id")
            key = str(key) if isinstance(key, str | int) and not isinstance(key, bool) else ""
            if key in values and key not in out:
                text = _variant_text(variant, currency)
                if text:
                    out[key] = text
    return out


def _objects(data: object) -> Iterator[dict[str, object]]:
    """Every JSON object in ``data``, breadth first, up to a product's size."""
    queue: list[object] = [data]
    for seen, node in enumerate(queue):
        if seen > _MAX_NODES:
            return
        if isinstance(node, dict):
            yield node
            queue.extend(node.values())
        elif isinstance(node, list):
            queue.extend(node)


def _variant_text(variant: dict[str, object], currency: str | None) -> str:
    price = compare = None
    unit = currency
    for key, value in variant.items():
        name = key.lower()
        if "price" not in name:
            continue
        amount, money_unit = _money(value, shopify="compare_at_price" in variant)
        if amount is None:
            continue
        unit = money_unit or unit
        if "compare" in name or "regular" in name:
            compare = amount
        elif price is None:
            price = amount
    parts: list[str] = []
    if price is not None and unit:
        text = f"{unit} {price:.2f}"
        if compare is not None and compare > price:
            text += f" (was {unit} {compare:.2f})"
        parts.append(text)
    if _sold_out(variant):
        parts.append("Sold out")
    return "\n".join(parts)


def _money(value: object, *, shopify: bool) -> tuple[float | None, str | None]:
    """An amount in the main unit and its currency: Webflow's money in cents, or a
    Shopify variant's bare cents."""
    if isinstance(value, dict):
        cents, unit = value.get("value"), value.get("unit")
        if isinstance(cents, int) and not isinstance(cents, bool) and isinstance(unit, str):
            return cents / 100, unit.upper() if len(unit) == 3 else None
        return None, None
    if shopify and isinstance(value, int) and not isinstance(value, bool):
        return value / 100, None
    return None, None


def _sold_out(variant: dict[str, object]) -> bool:
    if variant.get("available") is False:
        return True
    inventory = variant.get("inventory")
    if isinstance(inventory, dict):
        quantity = inventory.get("quantity")
        kind = inventory.get("type")
        return kind == "finite" and isinstance(quantity, int) and quantity <= 0
    return False

"""JSON strings in a text dump that have visible page text spliced into them.

A text dump flattens a page, and sometimes the page's visible text lands inside a
JSON-LD string (an ``audience.name`` running over thirty lines of related-article
cards).  Such a value must not become a record field.  A string counts as polluted
when enough of these signs add up (score 2 or more):

- a line break in it (+1), or any line break in a one-line field (name, url, date...: +2);
- a tag remnant such as ``p>``, ``/strong>`` or a ``<`` ending a line (+2);
- a bullet ``•`` after a line break (+1);
- a name-like field (``name``, ``headline``, ...) longer than 200 characters or
  holding three sentences or more (+2).

What happens to it: the property is dropped from its object (siblings kept) and its
text goes back to the visible text.  The one exception is a description-like field
whose first line is clean prose (30+ characters, no remnant, no bullet): that first
line is kept as the value and only the rest goes back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_REMNANT = re.compile(
    r"(?:^|(?<=[\s>]))/?(?:p|br|li|ul|ol|strong|em|b|i|u|span|div|a|h[1-6]|td|tr|th|dt|dd|small)>"
    r"|(?:^|\s)<\s*$|^\s*>\s*$",
    re.I | re.M,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_NAME_KEYS = frozenset(
    {"name", "headline", "alternateName", "title", "legalName", "givenName", "familyName"}
)
_ONE_LINE_KEYS = _NAME_KEYS | {
    "courseCode",
    "@type",
    "@id",
    "url",
    "price",
    "priceCurrency",
    "startDate",
    "endDate",
    "sameAs",
    "courseMode",
}
_DESCRIPTION_KEYS = frozenset(
    {"description", "text", "abstract", "disambiguatingDescription", "articleBody", "about"}
)


@dataclass(frozen=True, slots=True)
class Pollution:
    """One polluted string: where in the object, why, and what happened to it."""

    path: str  # e.g. "audience.name", "hasCourseInstance[1].description"
    reasons: tuple[str, ...]
    moved: str  # the text given back to the visible text
    kept: str | None  # the clean leading part kept as the value, if any


def pollution_signs(key: str | None, value: str) -> tuple[str, ...]:
    """Why ``value`` looks like spliced page text; polluted when the score reaches 2."""
    name_like = key in _NAME_KEYS
    signs: list[tuple[str, int]] = []
    if "\n" in value or "\r" in value:
        signs.append(("line break", 2 if key in _ONE_LINE_KEYS else 1))
        if "\u2022" in value:
            signs.append(("bullet", 1))
    if (">" in value or "<" in value) and _REMNANT.search(value):
        signs.append(("tag remnant", 2))
    if name_like and (len(value) > 200 or len(_SENTENCE_END.findall(value)) >= 3):
        signs.append(("long text in a name field", 2))
    if sum(score for _, score in signs) < 2:
        return ()
    return tuple(sign for sign, _ in signs)


def strip_pollution(value: Any) -> tuple[Any, tuple[Pollution, ...]]:
    """``value`` without its polluted strings (a new value), and what was taken out."""
    found: list[Pollution] = []
    clean = _walk(value, None, "", found)
    return clean, tuple(found)


def _walk(value: Any, key: str | None, path: str, found: list[Pollution]) -> Any:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for k, v in value.items():
            sub = f"{path}.{k}" if path else k
            if isinstance(v, str):
                kept = _check(k, v, sub, found)
                if kept is not None:
                    out[k] = kept
            else:
                out[k] = _walk(v, k, sub, found)
        return out
    if isinstance(value, list):
        items = []
        for i, item in enumerate(value):
            sub = f"{path}[{i}]"
            if isinstance(item, str):
                kept = _check(key, item, sub, found)
                if kept is not None:
                    items.append(kept)
            else:
                items.append(_walk(item, key, sub, found))
        return items
    return value


def _check(key: str | None, text: str, path: str, found: list[Pollution]) -> str | None:
    """The value to keep for one string (None: drop it); pollution noted in ``found``."""
    reasons = pollution_signs(key, text)
    if not reasons:
        return text
    kept = _clean_lead(key, text)
    moved = text[len(kept) :] if kept is not None else text
    found.append(Pollution(path, reasons, moved.strip("\n"), kept.strip() if kept else None))
    return kept.strip() if kept is not None else None


def _clean_lead(key: str | None, text: str) -> str | None:
    """The clean first line of a description-like value, when it stands on its own."""
    if key not in _DESCRIPTION_KEYS:
        return None
    lead = re.split(r"[\r\n]", text, maxsplit=1)[0]
    stripped = lead.strip()
    if len(stripped) < 30 or "\u2022" in lead or _REMNANT.search(lead):
        return None
    return lead

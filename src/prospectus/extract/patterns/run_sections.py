"""Runs headed by their own label under their course's heading.

A page of several courses gives each course a heading (often linking to the course's own
page) over a block per run, each block headed by the run's label rather than the course's
name:

    <h2><a href="/courses/ttt">Train the Trainer (TTT)</a></h2>
    <div class="edition"><h4>Edition 31 · Evenings</h4><p>Dates: …</p>…</div>
    <div class="edition"><h4>Edition 32 · Live online</h4><p>Dates: …</p>…</div>
    <h2><a href="/courses/first-aid">Basic First Aid</a></h2>
    <div class="edition"><h4>December class</h4>…</div>

The lines name each run by its label ("Edition 31 · Evenings"); its course is the nearest
heading of a higher level above the label that names a course.
"""

from __future__ import annotations

import dataclasses
from typing import Any, NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.dates import find_date_ranges
from prospectus.extract.patterns.schedule_words import has_digit, is_run_label
from prospectus.extract.patterns.section_tables import names_course
from prospectus.extract.text import clean_text, join_url, leads_to_page
from prospectus.records import Course

_HEADINGS = "h1, h2, h3, h4, h5, h6"
_MAX_BLOCK = 8  # elements after a run's label read for its date


class RunSection(NamedTuple):
    name: str  # the course the heading above the run's label names
    url: str | None  # the page its heading links to


def run_sections(
    tree: LexborHTMLParser, *, day_first: bool, base_url: str | None
) -> dict[str, RunSection]:
    """Start date (ISO) → the course section of the run whose block, headed by a run's
    label, lists it; a date that two sections share names neither."""
    above: dict[int, RunSection] = {}  # the latest heading of each level
    found: dict[str, RunSection] = {}
    shared: set[str] = set()
    for heading in tree.css(_HEADINGS):
        level = int((heading.tag or "h6")[1])
        text = clean_text(heading.text(deep=True))
        if not text:
            continue
        if not is_run_label(text):
            for deeper in [lvl for lvl in above if lvl >= level]:
                del above[deeper]
            above[level] = RunSection(text, _link(heading, base_url))
            continue
        section = above[max(above)] if above else None
        if section is None or not names_course(section.name):
            continue
        start = _block_start(heading, day_first)
        if start is None:
            continue
        if start in found and found[start] != section:
            shared.add(start)
        found[start] = section
    return {start: section for start, section in found.items() if start not in shared}


def _link(heading: LexborNode, base_url: str | None) -> str | None:
    link = heading.css_first("a[href]")
    href = (link.attributes.get("href") or "").strip() if link is not None else ""
    if not leads_to_page(href):
        return None
    return join_url(base_url, href) if base_url else href


def _block_start(heading: LexborNode, day_first: bool) -> str | None:
    """The first date among the elements after a run's label, up to the next heading."""
    node = heading.next
    for _ in range(_MAX_BLOCK):
        if node is None:
            return None
        if node.is_element_node:
            if node.tag in ("h1", "h2", "h3", "h4", "h5", "h6") or node.css_first(_HEADINGS):
                return None
            text = node.text(deep=True, separator=" ")
            if has_digit(text):
                for match in find_date_ranges(text, day_first=day_first)[:1]:
                    return match.dates.start
        node = node.next
    return None


def with_run_section(run: Course, sections: dict[str, RunSection]) -> Course:
    """``run``, named by its run's label, named by its course's section heading, with the
    page that heading links to."""
    section = sections.get(run.start_date or "")
    if section is None or not run.name or not is_run_label(run.name):
        return run
    changes: dict[str, Any] = {"name": section.name}
    provenance = run.provenance
    if run.url is None and section.url is not None:
        changes["url"] = section.url
        provenance = (*provenance, ("url", run.source))
    return dataclasses.replace(run, **changes, provenance=provenance)

"""Stage 7 for courses: markup runs and schedule runs folded into one list of runs.

* A run in the markup and in the visible schedule (same start date) is one run.
* A run only in the visible schedule inherits its course's course-level values
  (provider, URL, rating, a course-wide offer).
* A course with dated runs is represented by its runs alone; a course without
  any stays one dateless record.
* Page-wide facts fill what is still empty: the provider named by the page's
  organisation markup, its currency, and a "prices exclude VAT" note.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from prospectus.extract.merge import fill, inherit, merge_runs, same_course, similar
from prospectus.extract.patterns.schedule import ScheduleContext
from prospectus.extract.text import link_key
from prospectus.records import Course, fold

_MARKUP = ("jsonld", "microdata", "rdfa")
_COURSE_LEVEL = ("provider", "url", "rating", "review_count", "description")
_OFFER_LEVEL = ("price", "list_price", "currency", "price_includes_vat")
# fold, remembered: a page's runs repeat a few course names, compared with each other many times.
_fold = lru_cache(maxsize=4096)(fold)


def _course_for(run: Course, courses: Sequence[Course]) -> Course | None:
    """The dateless course record a run belongs to: same name, else the closest name."""
    for course in courses:
        if _fold(course.name) == _fold(run.name):
            return course
    for course in courses:
        if same_course(course.name, run.name):
            return course
    return None


@dataclass(frozen=True, slots=True)
class PageWide:
    """What the page says once for all its courses: provider, URL, the course's rating."""

    provider: str | None = None
    url: str | None = None
    rating: tuple[float, int | None] | None = None
    instructor: str | None = None  # the one trainer the page names for all its runs
    links: Mapping[str, str] = field(default_factory=dict)  # folded link text → URL


def _page_fill(run: Course, ctx: ScheduleContext, page: PageWide) -> Course:
    changes: dict[str, Any] = {}
    if run.provider is None and page.provider:
        changes["provider"] = page.provider
    main = bool(ctx.course_name) and _fold(run.name) == _fold(ctx.course_name)
    if run.url is None and page.url and main:
        changes["url"] = page.url
    if run.rating is None and page.rating is not None and main:
        changes["rating"], changes["review_count"] = page.rating
    if run.url is None and not main and (link := page.links.get(link_key(run.name))):
        changes["url"] = link
    if run.instructor is None and page.instructor and main and run.start_date:
        changes["instructor"] = page.instructor
    if run.price is not None:
        if run.currency is None and ctx.default_currency:
            changes["currency"] = ctx.default_currency
        if run.price_includes_vat is None and ctx.page_vat is not None:
            changes["price_includes_vat"] = ctx.page_vat
    if not changes:
        return run
    provenance = dict(run.provenance)
    provenance.update(dict.fromkeys(changes, ctx.source))
    return dataclasses.replace(run, provenance=tuple(provenance.items()), **changes)


def _with_page_url(course: Course, ctx: ScheduleContext, page: PageWide) -> Course:
    """The page's own course given the page's URL, which its runs then inherit (Events
    "about" the page's Course, named "Session … – Lyon", share its URL)."""
    if course.url is not None or not page.url or not ctx.course_name:
        return course
    if _fold(course.name) != _fold(ctx.course_name):
        return course
    provenance = (*course.provenance, ("url", ctx.source))
    return dataclasses.replace(course, url=page.url, provenance=provenance)


def _dedupe(runs: Sequence[Course]) -> list[Course]:
    kept: dict[tuple[str, str | None, str | None, str | None], Course] = {}
    for run in runs:
        key = (_fold(run.name), run.start_date, _fold(run.location) or None, run.mode)
        kept[key] = fill(kept[key], run) if key in kept else run
    return list(kept.values())


def _with_cards(dateless: Sequence[Course], cards: Sequence[Course]) -> list[Course]:
    """The markup's dateless courses filled from the cards naming them, then the other cards.

    A card fills a markup course of the same or a similar name (the card may shorten it),
    but another card only of the same name: on a listing, cards of similar names are
    different courses ("Excel Level 1", "Excel Level 2").
    """
    out = list(dateless)
    for card in cards:
        name = _fold(card.name)
        for index, course in enumerate(out):
            if _fold(course.name) == name or (
                index < len(dateless) and similar(course.name, card.name, 0.8)
            ):
                out[index] = fill(course, card)
                break
        else:
            out.append(card)
    return out


def assemble_courses(
    marked: Sequence[Course],
    seen: Sequence[Course],
    ctx: ScheduleContext,
    *,
    cards: Sequence[Course] = (),
    page: PageWide = PageWide(),
) -> list[Course]:
    """The page's course records: one per run, or per course without runs."""
    dated = [c for c in marked if c.start_date]
    dateless = _with_cards([c for c in marked if not c.start_date], cards)
    runs = merge_runs(dated, seen)
    out: list[Course] = []
    markup = [_with_page_url(c, ctx, page) for c in dateless if c.source in _MARKUP]
    for run in runs:
        course = _course_for(run, markup)
        if course is not None:
            run = inherit(run, course, _COURSE_LEVEL)
            if run.price is None:
                run = inherit(run, course, _OFFER_LEVEL)
        out.append(run)
    # A course without runs stays unless it is the course of a run.  Beside runs, another
    # dateless record of a close name is most likely the same course again (a price box,
    # a card); on a listing without runs, close names are sibling courses ("Excel Level 1",
    # "Excel Level 2"), one only when their names are the same.
    named: dict[str, int] = {}
    for course in dateless:
        if runs and any(same_course(course.name, r.name) for r in out):
            continue
        name = _fold(course.name)
        if name in named:
            out[named[name]] = fill(out[named[name]], course)
        else:
            named[name] = len(out)
            out.append(course)
    return [_page_fill(r, ctx, page) for r in _with_sibling_urls(_dedupe(out), ctx.course_name)]


def _with_sibling_urls(runs: Sequence[Course], main: str | None) -> list[Course]:
    """Runs without a URL given the one URL the other runs of their course share.

    On a listing of several courses, a run only in the visible schedule has the name of
    its course, and the markup's runs that name with a run suffix ("CSM – Denver")
    or none give its course's URL.  The page's own course has the page's URL instead.
    """
    if all(run.url is not None for run in runs) or all(run.url is None for run in runs):
        return list(runs)
    out = []
    for run in runs:
        if (
            run.url is None
            and _fold(run.name) != _fold(main)
            and len(urls := _urls_of(run, runs)) == 1
        ):
            run = inherit(run, urls[0], ("url",))
        out.append(run)
    return out


def _urls_of(run: Course, runs: Sequence[Course]) -> list[Course]:
    """The dated runs named as ``run`` is, or so with a suffix set off by a dash
    ("CSM – Denver", not "CSM Advanced"), one per URL."""
    name = _fold(run.name)
    if not name or run.start_date is None:
        return []
    found: dict[str, Course] = {}
    for other in runs:
        if other.url is None or other.start_date is None or other.url in found:
            continue
        suffixed = other.name.startswith(run.name) and _SUFFIXED.match(other.name[len(run.name) :])
        if suffixed or _fold(other.name) == name:
            found[other.url] = other
    return list(found.values())


# A run's suffix after its course's name: " – Live Online", " | Denver", " - Leeds".
_SUFFIXED = re.compile(r"\s+[–—|-]\s+\S")

"""Stage 7 for courses: markup runs and schedule runs folded into one list of runs.

* A run in the markup and in the visible schedule (same start date) is one run.
* A run only in the visible schedule inherits its course's course-level values
  (provider, URL, rating, a course-wide offer).
* A course with dated runs is represented by its runs alone; a course without
  any stays one dateless record.
* Page-wide facts fill what is still empty: the provider named by the page's
  organisation markup (or its site name without a section word such as "Documentation"),
  its currency, a "prices exclude VAT" note, the link the page gives a run's name, and
  the one labelled fee of a page about one course.
* A "run" the text readers took from clutter is dropped: a quote's signature, a sentence
  cut at its date, a badge, a time zone, a trainer the markup names.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from prospectus.extract.merge import fill, inherit, replaced, similar, with_changes
from prospectus.extract.modes import parse_availability
from prospectus.extract.patterns.fees import shop_regular_price, struck_price_boxes
from prospectus.extract.patterns.schedule import ScheduleContext
from prospectus.extract.patterns.schedule_values import described_trainer
from prospectus.extract.patterns.schedule_words import TIME_ZONE, is_format_label
from prospectus.extract.prices import Price
from prospectus.extract.run_links import (
    coded_in_heading,
    page_link,
    session_query,
    with_links,
    with_page_url,
)
from prospectus.extract.run_merge import merge_runs, same_course
from prospectus.extract.run_names import (
    NAME_BREAK,
    RUN_SUFFIX,
    course_names,
    full_title,
    short_form,
    without_own_date,
)
from prospectus.extract.run_towns import MARKUP, with_towns
from prospectus.extract.text import folded_words, link_key
from prospectus.extract.values import site_owner
from prospectus.records import Course, fold

_COURSE_LEVEL = ("provider", "url", "rating", "review_count", "description")
_OFFER_LEVEL = ("price", "list_price", "currency", "price_includes_vat")
_INHERITED = (*_COURSE_LEVEL, *_OFFER_LEVEL)  # by a run without a price of its own
# fold, remembered: a page's runs repeat a few course names, compared with each other many times.
_fold = lru_cache(maxsize=4096)(fold)


# A name that ends in a social handle ("Jane Doe (@janedoe") is a person signing a
# quote; one that ends in a lower-case function word ("Mit der am", "Starting from the")
# is a sentence cut at its date.  Neither is a course.
_HANDLE = re.compile(r"(?:\(|\s)@\w{2,}\)?$")
_FRAGMENT_END = re.compile(
    r"\s(?:the|a|an|of|on|at|in|by|to|from|since|until|and|or|with|for|"
    r"am|der|die|das|den|dem|des|vom|zum|zur|im|ab|seit|bis|bei|mit|und|"
    r"le|la|les|du|de|au|aux|depuis|et|het|een|op|sinds|el|los|las|del|desde|y|"
    r"på|och|från|sedan|il|dal|dalla)$"
)

# "Live Online only", "In-person": a mode filter or badge, nothing of a course's name.
_MODE_ONLY = re.compile(
    r"^(?:(?:live|online|only|virtual|in-person|in|person|classroom|hybrid|remote|blended|"
    r"face-to-face|onsite|on-site|self-paced|instructor-led|and|or|&|/|-)(?:\s+|$))+$",
    re.I,
)
_PLACEHOLDER = re.compile(r"^(?:tbc|tba|tbd|n/a|to be (?:confirmed|announced|decided))$", re.I)
_PARTS = re.compile(r"\s[-–—:|/]\s")


def _availability_only(name: str) -> bool:
    """True for a booking badge, every part of it: "Ausgebucht", "Sold out – join the
    waiting list"."""
    parts = _PARTS.split(name)
    if len(parts) == 1 and " " in name:
        return False  # "Complete Python": a name that only contains such a word
    return all(parse_availability(part) is not None for part in parts)


def _not_a_run(run: Course, people: set[str]) -> bool:
    """A run read from the page's text whose "name" is no course: a quote's signature, a
    sentence cut at its date, a trainer the markup names, a time zone, a mode badge, a
    rating widget, an availability badge, a "TBC" placeholder."""
    if run.source in MARKUP:
        return False
    name = run.name.rstrip(" ,;:)(")
    return bool(
        _HANDLE.search(run.name)
        or _FRAGMENT_END.search(name)
        or TIME_ZONE.match(run.name)
        or _MODE_ONLY.match(run.name)
        or "★" in run.name  # a rating widget ("Acme Training 4,9★★★★★ from 1 136 reviews")
        or _availability_only(name)
        or _PLACEHOLDER.match(name)
    ) or (_fold(run.name) in people)


# A generic word after a course's name: the page's heading "PRINCE2 Foundation Course"
# names the course its schedule rows call "PRINCE2 Foundation".
_GENERIC_TAIL = re.compile(
    r" (?:course|courses|training|class|classes|programme|program|workshop|seminar|kurs|"
    r"schulung)$"
)


@lru_cache(maxsize=4096)
def _main_key(name: str | None) -> str:
    """``name`` folded, less a generic word after it ("… course", "… training"); remembered
    like ``_fold``."""
    return _GENERIC_TAIL.sub("", _fold(name))


_MIN_SHORT_WORDS = 2


def _short_name_of(name: str | None, course_name: str | None) -> bool:
    """Whether the markup's ``name`` is the page's course shortened by leaving out words
    ("Fire Safety Training" of "Fire Safety and Evacuation Training (1 day)"): its words,
    at least two, stand in the course's name in the same order, the first one first."""
    words, full = _fold(name).split(), _fold(course_name).split()
    if len(words) < _MIN_SHORT_WORDS or len(words) >= len(full) or words[0] != full[0]:
        return False
    rest = iter(full)
    return all(word in rest for word in words)


_MIN_REORDERED_WORDS = 3
_WORD = re.compile(r"\w+")


def _reordered_name(name: str | None, course_name: str | None) -> bool:
    """Whether the markup's run ``name``, less its town or format ("… – Dublin"), is the
    page's course with its words in another order: the heading "Occupational First Aid (QQI
    Level 5)" and the events "QQI Level 5 Occupational First Aid – Cork".  At least three
    words, all of both names."""
    if not name or not course_name:
        return False
    if suffix := RUN_SUFFIX.search(name):
        name = name[: suffix.start()]
    words = sorted(_WORD.findall(_fold(name)))
    return len(words) >= _MIN_REORDERED_WORDS and words == sorted(_WORD.findall(_fold(course_name)))


# The kind of course a page's heading names before the course ("Bootcamp Full Stack Web
# Development" is the course its cards call "Full Stack Web Development").
_LEADING_KIND = re.compile(
    r"^(?:bootcamp|course|curso|corso|cours|formation|kurs|seminar|seminario|programme|"
    r"program|programa|workshop|taller) "
)


def _names_main(name: str | None, course_name: str | None) -> bool:
    """Whether a run's name names the page's own course."""
    key, main = _main_key(name), _main_key(course_name)
    if key == main:
        return True
    if name and RUN_SUFFIX.search(name):
        key = _main_key(RUN_SUFFIX.sub("", name))
    return bool(key) and key in (main, _LEADING_KIND.sub("", main))


def _events_of_the_page(runs: Sequence[Course], course_name: str | None) -> bool:
    """Whether marked-up runs may be named by the page's course and their town: some run's
    name has a run suffix, and the page's course is named by the page (its heading or Course
    markup), not by a run's own name (a listing of "CSM – Denver", "CSM – Boston")."""
    if not course_name:
        return False
    marked = [r.name for r in runs if r.source in MARKUP]
    return course_name not in marked and any(RUN_SUFFIX.search(name) for name in marked)


def _without_town(run: Course, course_name: str) -> Course:
    """A marked-up run named by the page's course and its own town or format ("NR-10 Básico
    – São Paulo", "PRINCE2 Foundation | Online", an Event per run) given the page's course
    name: the page shows the course by that name, and the town is the run's place.  The
    name before the suffix must be the course's name or its short form (the full name's
    opening up to a dash, colon or bracket), not a sibling's ("Excel" of "Excel Advanced")."""
    if run.source not in MARKUP or (suffix := RUN_SUFFIX.search(run.name)) is None:
        return run
    if not _own_suffix(run, run.name[suffix.start() :].strip(" ·|–—")):
        return run
    short = run.name[: suffix.start()].strip()
    full = _LEADING_KIND.sub("", course_name.casefold())
    if (
        _main_key(short) != _main_key(course_name)
        and not (full.startswith(short.casefold()) and NAME_BREAK.match(full, len(short)))
        and not _abbreviated(short, course_name)
    ):
        return run
    provenance = {**dict(run.provenance), "name": "html"}
    return replaced(run, name=course_name, provenance=tuple(provenance.items()))


def _sibling_names(runs: Sequence[Course]) -> list[Course]:
    """Runs the page names by their course and their own town ("eNotary Course –
    Charlotte", an events list titling each event so) under the course's name, where
    another run on the page bears that name alone: the town is the run's place."""
    names = {_fold(r.name): r.name for r in runs if r.start_date}
    out = []
    for run in runs:
        suffix = RUN_SUFFIX.search(run.name) if run.location and run.start_date else None
        if suffix is not None and run.source not in MARKUP and run.location:
            place = fold(run.name[suffix.start() :].strip(" ·|–—"))
            short = names.get(_fold(run.name[: suffix.start()]))
            if short and place in (fold(run.location), fold(run.location.partition(",")[0])):
                run = with_changes(run, {"name": short}, run.source)
        out.append(run)
    return out


# A full name's abbreviation in brackets at its end: "… General Certificate (IGC)".
_BRACKETED_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Z0-9&-]{1,9})\)\s*$")


def _abbreviated(short: str, course_name: str) -> bool:
    """Whether ``short`` is the course's abbreviation, alone or after the full name's
    opening words ("NEBOSH IGC" of "NEBOSH International General Certificate (IGC)")."""
    match = _BRACKETED_ABBREVIATION.search(course_name)
    if match is None:
        return False
    words = short.split()
    if not words or words[-1] != match.group(1):
        return False
    lead = words[:-1]
    return course_name.split()[: len(lead)] == lead


def _course_for(run: Course, courses: Sequence[Course]) -> Course | None:
    """The dateless course record a run belongs to: same name, else the closest name."""
    for course in courses:
        if _fold(course.name) == _fold(run.name):
            return course
    close = [c for c in courses if same_course(c.name, run.name)]
    if len(close) > 1:  # "AIARE Avalanche Rescue" is "Avalanche Rescue Course", not "AIARE 1 …"
        return max(close, key=lambda c: _shared_words(c.name, run.name))
    return close[0] if close else None


def _shared_words(a: str | None, b: str | None) -> tuple[float, float]:
    """How much of the shorter of two names the longer holds, then how much the two names
    share of all their words (their words folded): the closer name scores higher."""
    ta, tb = folded_words(a), folded_words(b)
    if not ta or not tb:
        return 0.0, 0.0
    return len(ta & tb) / min(len(ta), len(tb)), len(ta & tb) / len(ta | tb)


@dataclass(frozen=True, slots=True)
class PageWide:
    """What the page says once for all its courses: provider, URL, the course's rating."""

    provider: str | None = None
    url: str | None = None
    rating: tuple[float, int | None] | None = None
    instructor: str | None = None  # the one trainer the page names for all its runs
    links: Mapping[str, str] = field(default_factory=dict)  # folded link text → URL
    heading: str | None = None  # the page's own heading (its h1)
    # texts the menus link elsewhere, where the page's content links them (see _schedule_links)
    content_links: Callable[[], Mapping[str, str]] | None = None
    # the one fee the page states under a label ("Course fee: £500"), read only where the
    # page turns out to be about one course without a price
    fee: Callable[[], Price | None] | None = None
    # (name's link key, start date) → the run's own page, where a listing links the same
    # title to each run's page (see :mod:`prospectus.extract.patterns.dated_links`); asked
    # with the titles wanted, it reads the page only where the text shows one twice
    dated_links: Callable[[Sequence[str]], Mapping[tuple[str, str], str]] | None = None
    # name's link key → the one link of the list rows that show that name, for names no
    # link text gives (see :mod:`prospectus.extract.patterns.row_links`)
    row_links: Callable[[Sequence[str]], Mapping[str, str]] | None = None
    # name's link key → the one content link whose slug the name spells, for runs no other
    # link gives a URL (see :mod:`prospectus.extract.patterns.slug_links`)
    slug_links: Callable[[Sequence[str]], Mapping[str, str]] | None = None
    # folded venue name → the town the markup gives it (see :func:`values.venue_towns`)
    venue_towns: Mapping[str, str] = field(default_factory=dict)
    text: str = ""  # the page's visible text (see :mod:`prospectus.extract.run_towns`)


def _page_fill(run: Course, ctx: ScheduleContext, page: PageWide) -> Course:
    changes: dict[str, Any] = {}
    if run.provider is None and page.provider:
        changes["provider"] = site_owner(page.provider)
    main = bool(ctx.course_name) and (
        _names_main(run.name, ctx.course_name)
        or (run.source in MARKUP and _short_name_of(run.name, ctx.course_name))
        or (run.source in MARKUP and _reordered_name(run.name, ctx.course_name))
    )
    if (run.url is None and page.url and (main or coded_in_heading(run.name, page.heading))) or (
        main and session_query(run, page.url)
    ):
        changes["url"] = page.url
    if run.rating is None and page.rating is not None and main:
        changes["rating"], changes["review_count"] = page.rating
    if link := page_link(run, page, main):
        changes["url"] = link
    if run.instructor is None and run.start_date and (trainer := _described(run)):
        changes["instructor"] = trainer  # an event's "Lektorius: …" in its description
    elif run.instructor is None and page.instructor and main and run.start_date:
        changes["instructor"] = page.instructor
    if run.price is not None:
        if run.currency is None and ctx.default_currency:
            changes["currency"] = ctx.default_currency
        if run.price_includes_vat is None and ctx.page_vat is not None:
            changes["price_includes_vat"] = ctx.page_vat
    return with_changes(run, changes, ctx.source)


def _described(run: Course) -> str | None:
    """The trainer a run's description names under a label ("Trainer: Jo Bloggs.")."""
    return described_trainer(run.description) if run.description else None


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
    people = {_fold(c.instructor) for c in marked if c.instructor}
    seen = [r for r in seen if not _not_a_run(r, people)]
    cards = [c for c in cards if not _not_a_run(c, people)]
    seen = _with_full_titles(seen, [*marked, *cards], page)
    titles = course_names(marked, seen, cards)
    seen = [without_own_date(r, titles) for r in seen]
    dated = [without_own_date(c, titles) for c in marked if c.start_date]
    dateless = _with_cards([c for c in marked if not c.start_date], cards)
    runs = merge_runs(dated, seen)
    out: list[Course] = []
    markup = [with_page_url(c, ctx, page) for c in dateless if c.source in MARKUP]
    for run in runs:
        run = _named_for_course(run, markup)
        course = _course_for(run, markup)
        if course is not None:  # its offer too where the run has no price (one new record)
            run = inherit(run, course, _COURSE_LEVEL if run.price is not None else _INHERITED)
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
    runs = _with_sibling_urls(_dedupe(out), ctx.course_name, page.url)
    if page.instructor and _a_run_s_trainer(runs, page.instructor):
        page = dataclasses.replace(page, instructor=None)
    if _events_of_the_page(runs, ctx.course_name):
        runs = [_without_town(r, ctx.course_name or "") for r in runs]
    filled = with_links([_page_fill(r, ctx, page) for r in runs], seen, page)
    if any(r.location and r.source not in MARKUP and RUN_SUFFIX.search(r.name) for r in filled):
        filled = _sibling_names(filled)
    if page.fee is not None and (unpriced := _unpriced_course(filled, ctx)) and (fee := page.fee()):
        filled = [_with_fee(r, fee, ctx) if id(r) in unpriced else r for r in filled]
    if "egular" in page.text and (box := shop_regular_price(page.text)) is not None:
        filled = [_with_regular_price(r, box) for r in filled]
    if "\nwas " in page.text and (struck := struck_price_boxes(page.text)):
        filled = [
            _with_regular_price(r, (r.price, struck[r.price])) if r.price in struck else r
            for r in filled
        ]
    return with_towns(filled, page.venue_towns, page.text)


def _with_full_titles(
    rows: Sequence[Course], records: Sequence[Course], page: PageWide
) -> list[Course]:
    """Schedule rows that name their course by its opening words ("Basic Sailing (3 days)")
    named by the one title the page links that they open (a heading "Basic Sailing with Radio
    Licence" above the tabs of dates): the course's own name, whose link the runs then take.
    The titles are the page's linked lines; the other records' names are no short forms."""
    if not rows or not page.links:
        return list(rows)
    named = {link_key(record.name) for record in records if record.name}
    shorts = [short_form(row.name, named) if row.start_date else None for row in rows]
    if not any(shorts):
        return list(rows)  # no row that may be a short form: the page's lines go unread
    titles = {key: line for line in page.text.splitlines() if (key := link_key(line)) in page.links}
    out = []
    for row, short in zip(rows, shorts, strict=True):
        if short is not None and (title := full_title(short, titles)) is not None:
            row = replaced(row, name=title, url=row.url or page.links[link_key(title)])
        out.append(row)
    return out


def _a_run_s_trainer(runs: Sequence[Course], trainer: str) -> bool:
    """Whether the page's one trainer line is a run's own ("Instructor: X" in one card of
    several): a run read from the page carries that name while another has no trainer."""
    return any(r.instructor == trainer and r.source not in MARKUP for r in runs) and any(
        r.instructor is None and r.start_date for r in runs
    )


def _with_regular_price(run: Course, box: tuple[float, float]) -> Course:
    """A run priced at the shop's special price (from the product's offer) with the
    regular price the product's price box shows struck beside it as its list price."""
    price, regular = box
    if run.price != price or run.list_price is not None or not run.start_date:
        return run
    return with_changes(run, {"list_price": regular}, "html")


def _unpriced_course(records: Sequence[Course], ctx: ScheduleContext) -> set[int]:
    """The runs (their ids) the page's labelled fee prices: those of its one course, none of
    them priced; else, beside other courses' priced runs (cross-sells), those of the course
    the page is about, none of them priced."""
    if _one_course_without_price(records):
        return {id(r) for r in records}
    own = [r for r in records if ctx.course_name and _fold(r.name) == _fold(ctx.course_name)]
    return {id(r) for r in own} if _one_course_without_price(own) else set()


def _one_course_without_price(records: Sequence[Course]) -> bool:
    """True for the runs of one course (or the one course), none of them priced."""
    return (
        bool(records)
        and all(r.price is None for r in records)
        and len({_fold(r.name) for r in records}) == 1
    )


def _with_fee(run: Course, fee: Price, ctx: ScheduleContext) -> Course:
    """The page's labelled fee as the price of its one course."""
    changes: dict[str, Any] = {"price": fee.amount, "list_price": fee.list_price}
    if currency := fee.currency or run.currency or ctx.default_currency:
        changes["currency"] = currency
    vat = fee.includes_vat if fee.includes_vat is not None else ctx.page_vat
    if vat is not None:
        changes["price_includes_vat"] = vat
    return with_changes(run, {k: v for k, v in changes.items() if v is not None}, ctx.source)


def _named_for_course(run: Course, markup: Sequence[Course]) -> Course:
    """A visible run named by its format's label ("Weekday Batch", "Weekend Classroom") or its
    class code ("CISA-2704C") given the name of the one course the page's markup describes,
    or named by a course's code ("BSBOPS304 · Dubbo") given the name of the marked course
    that code stands in: a label or a code names no course."""
    if run.source in MARKUP:
        return run
    if len(markup) == 1 and (is_format_label(run.name) or _class_code(run.name, markup[0].name)):
        course: Course | None = markup[0]
    else:
        course = _coded_course(run, markup)
    if course is None:
        return run
    provenance = {**dict(run.provenance), "name": course.source}
    return replaced(run, name=course.name, provenance=tuple(provenance.items()))


# A course's or a unit's code: one word of capitals and digits, both ("CPCCWHS1001", "H2S").
_CODE = re.compile(r"[A-Z0-9]*(?:[A-Z]\d|\d[A-Z])[A-Z0-9]*")


def _coded_course(run: Course, markup: Sequence[Course]) -> Course | None:
    """The one marked course whose name holds, as a word of its own, the code a visible run
    is named by, alone or before the run's own town or format ("BSBOPS304 · Dubbo",
    "BSBOPS304 – Live online", a booking widget's session titles): a code stands for its
    course.  None where no course's name holds it, or two do."""
    name = run.name
    if (suffix := RUN_SUFFIX.search(name)) is not None:
        if not _own_suffix(run, name[suffix.start() :].strip(" ·|–—")):
            return None
        name = name[: suffix.start()]
    code = name.strip()
    if not _CODE.fullmatch(code):
        return None
    found = [course for course in markup if code in _WORD.findall(course.name)]
    return found[0] if len(found) == 1 else None


def _own_suffix(run: Course, place: str) -> bool:
    """Whether what a run's name writes after its course is the run's own town or a mode
    ("… · Leeds" of a run in Leeds, "… – Live online")."""
    return fold(place) == fold(run.location) or bool(_MODE_ONLY.match(place))


# A class's code: the course's acronym and a number ("CISA-2704C", "PMP 2701", "ITIL4-F-03"),
# perhaps with a note in brackets ("CISA-2704C（粵語授課）", "PMP-2702 (evening)").
_CLASS_CODE = re.compile(r"([A-Z][A-Za-z0-9]{1,9})[-_/ ]?\d[\w-]*")
_BRACKETED = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def _class_code(name: str, course: str) -> bool:
    """True where ``name`` is a class code opening with a word of the ``course``'s name
    ("CISA-2704C" of "CISA Exam Preparation Course"): the run is a class of that course."""
    match = _CLASS_CODE.fullmatch(_BRACKETED.sub("", name))
    return match is not None and match.group(1).casefold() in course.casefold().split()


def _with_sibling_urls(
    runs: Sequence[Course], main: str | None, page_url: str | None = None
) -> list[Course]:
    """Runs without a URL given the one URL the other runs of their course share.

    On a listing of several courses, a run only in the visible schedule has the name of
    its course, and the markup's runs that name with a run suffix ("CSM – Denver")
    or none give its course's URL.  The page's own course (``main``) has the page's URL
    instead; on a page saved without its address, its runs take the URL that two or more
    of its dated runs share (the course's page, not one run's event page).
    """
    if all(run.url is not None for run in runs) or all(run.url is None for run in runs):
        return list(runs)
    out = []
    for run in runs:
        if (
            run.url is None
            and len(urls := _urls_of(run, runs)) == 1
            and (
                _main_key(run.name) != _main_key(main)
                or (page_url is None and _shared_by_runs(urls[0].url, runs))
            )
        ):
            run = inherit(run, urls[0], ("url",))
        out.append(run)
    return out


def _shared_by_runs(url: str | None, runs: Sequence[Course]) -> bool:
    """True where two or more dated runs give ``url``."""
    return sum(1 for run in runs if run.start_date and run.url == url) > 1


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

"""The links a page gives its runs: where each run's URL comes from when its markup gives
none, or one the page shows to be wrong.

In order (see :func:`with_links`): a schedule of several courses links each course's name to
its page; a course page's booking section ("…#register") is the page itself; an events listing
links each run of a repeated title to the run's own page; on a page saved without its
address, the link its row's name has, else the content link whose slug the name spells.
:func:`page_link` and :func:`with_page_url` give the page's own link to one course.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from prospectus.extract.merge import replaced, with_changes
from prospectus.extract.months import MONTHS, WEEKDAYS
from prospectus.extract.patterns.schedule_candidate import ScheduleContext
from prospectus.extract.run_merge import same_course
from prospectus.extract.run_names import NAME_BREAK
from prospectus.extract.run_towns import MARKUP
from prospectus.extract.text import is_web_address, link_key, url_host
from prospectus.records import Course, fold

if TYPE_CHECKING:
    from prospectus.extract.runs import PageWide


def with_links(runs: list[Course], seen: Sequence[Course], page: PageWide) -> list[Course]:
    """``runs`` with the URLs the page's links give them (``seen``: the runs as the page's
    schedule shows them, before merging)."""
    runs = _schedule_links(runs, page)
    runs = _own_run_links(_booking_section_links(runs, page), page)
    runs = _shown_name_links(runs, seen, page)
    return _slug_named_links(runs, page)


# A course or unit code after a name (link_key's words): "… riiwhs204e", "… tlilic0003".
_CODE_TAIL = re.compile(r" (?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{5,}$")


def session_query(run: Course, page_url: str | None) -> bool:
    """Whether the run's URL is the page's own address with a query picking the run's
    date ("…/a-plus-bootcamp/?session=2027-02-22", a run's register link in its markup):
    the course's URL is the page itself."""
    if not run.url or not page_url or not run.start_date or "?" not in run.url:
        return False
    here, query = run.url.split("?", 1)
    date = run.start_date
    if date not in query and date.replace("-", "") not in query:
        return False
    return urlsplit(here).path.rstrip("/") == urlsplit(page_url).path.rstrip("/") and (
        urlsplit(here).netloc == urlsplit(page_url).netloc
    )


# A course's code in brackets at the end of its name: "VCA Basisveiligheid (B-VCA)",
# "Emergency First Aid at Work (EFAW)", "Certified ScrumMaster (CSM)".
_CODE_AT_END = re.compile(r"\(([A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)\)$")


def coded_in_heading(name: str | None, heading: str | None) -> bool:
    """Whether a run's name ends with its course's code in brackets that the page's heading
    names too: the page is about that course, and one or two more ("First Aid at Work
    (FAW) & EFAW" over rows of "Emergency First Aid at Work (EFAW)" and "… (FAW)")."""
    if not name or not heading or not name.endswith(")"):
        return False
    found = _CODE_AT_END.search(name)
    if found is None or sum(c.isupper() for c in found.group(1)) < 2:
        return False
    code = re.escape(found.group(1))
    return re.search(rf"(?<![\w-]){code}(?![\w-])", heading) is not None


def _own_run_links(runs: list[Course], page: PageWide) -> list[Course]:
    """On an events listing that repeats a title, one item per run, each linking to the
    run's own page: the runs of such a title without a URL of their own (or with the
    page's) take the link whose item shows their start date.  Only titles two runs or more
    share, and that lead to several places, are looked up.  A URL two runs of a title share
    (one run's own, lent to a sibling) is no run's own either."""
    if page.dated_links is None:
        return runs
    shared: Counter[tuple[str, str | None]] = Counter(
        (link_key(run.name), run.url) for run in runs if run.start_date and run.url
    )
    unowned = {None, page.url}
    names = Counter(link_key(run.name) for run in runs if run.start_date)
    lacking = {
        link_key(run.name)
        for run in runs
        if run.start_date and (run.url in unowned or shared[link_key(run.name), run.url] > 1)
    }
    wanted = {key for key in lacking if names[key] > 1 and key not in page.links}
    if not wanted:
        return runs
    links = page.dated_links([run.name for run in runs if link_key(run.name) in wanted])
    out = []
    for run in runs:
        key = link_key(run.name)
        link = links.get((key, run.start_date or "")) if key in wanted else None
        if link and (run.url in unowned or shared[key, run.url] > 1):
            run = with_changes(run, {"url": link}, "html")
        out.append(run)
    return out


def _shown_name_links(runs: list[Course], seen: Sequence[Course], page: PageWide) -> list[Course]:
    """On a page that states no address of its own (no canonical link, no og:url), each run
    still without a URL takes the link the page gives the name its row shows: its own name's
    (a schedule whose rows link the course's name to the course's page), else the name of
    the one row of its start date (an Event "First Aid Cairns – 5 December" for the row
    "Provide First Aid (HLTAID011)" linked to that course's page).  Only absolute links to
    a page, not to a section of one.  A name the menus link elsewhere counts where the
    page's content links it to one place (see :func:`_content_wide`)."""
    if page.url or not (page.links or page.content_links):
        return runs
    if all(run.url or not run.start_date for run in runs):
        return runs
    links = _content_wide(runs, page)
    shown: dict[str, set[str]] = {}
    for row in seen:
        if row.start_date and (link := _page_address(_link_to(row.name, links))):
            shown.setdefault(row.start_date, set()).add(link)
    out = []
    for run in runs:
        if run.url is None and run.start_date:
            link = _page_address(_link_to(run.name, links))
            if link is None and len(found := shown.get(run.start_date, set())) == 1:
                link = next(iter(found))
            run = with_changes(run, {"url": link}, "html") if link else run
        out.append(run)
    return out


def _content_wide(runs: Sequence[Course], page: PageWide) -> Mapping[str, str]:
    """The page's links, and where a run's name leads to two places (the menu's item to an
    old page, each schedule row's title to the course's page) the one place the page's
    content links it; read only where a run without a URL has a name no link settles."""
    if page.content_links is None or all(
        run.url or not run.start_date or link_key(run.name) in page.links for run in runs
    ):
        return page.links
    return {**page.content_links(), **page.links}


def _slug_named_links(runs: list[Course], page: PageWide) -> list[Course]:
    """On a page that states no address of its own, each run still without a URL takes
    the one content link whose slug its name spells (a group's "More about this course"
    link over its dates): only absolute links to a page."""
    if page.url or page.slug_links is None:
        return runs
    missing = sorted({run.name for run in runs if run.url is None and run.start_date})
    if not missing:
        return runs
    links = page.slug_links(missing)
    out = []
    for run in runs:
        link = links.get(link_key(run.name)) if run.url is None and run.start_date else None
        link = _page_address(link)
        out.append(with_changes(run, {"url": link}, "html") if link else run)
    return out


def _page_address(link: str | None) -> str | None:
    """``link`` where it is a page's absolute address (not "/x", "#dates" or "…/x/#book")."""
    return link if link and is_web_address(link) and "#" not in link else None


def with_page_url(course: Course, ctx: ScheduleContext, page: PageWide) -> Course:
    """The page's own course given the page's URL, which its runs then inherit (Events
    "about" the page's Course, named "Session … – Lyon", share its URL)."""
    if course.url is not None or not page.url or not ctx.course_name:
        return course
    if fold(course.name) != fold(ctx.course_name):
        return course
    provenance = (*course.provenance, ("url", ctx.source))
    return replaced(course, url=page.url, provenance=provenance)


def page_link(run: Course, page: PageWide, main: bool) -> str | None:
    """The page's link for a run without a URL (not the page's own course: that one is the
    page), or for a marked-up run whose URL leads off the site while the page links its
    name to a page of its own."""
    if run.url is None:
        if main:
            return None
        found = _link_to(run.name, page.links)
        if found and "#" in found:
            return _anchor_on_page(found, page.url)
        return found or (_short_link(run.name, page.links) if run.source in MARKUP else None)
    if run.source in MARKUP and (link := page.links.get(link_key(run.name))):
        return link if _own_link_wins(run.url, link, page.url) else None
    return None


def _anchor_on_page(link: str, page_url: str | None) -> str:
    """A link to a section of the page itself ("…/forklift-and-ewp/#ewp", a menu's entry
    for the second course the page describes) is the page's own URL."""
    here = link.partition("#")[0]
    if page_url and here and here.rstrip("/") == page_url.partition("#")[0].rstrip("/"):
        return page_url
    return link


def _link_to(name: str, links: Mapping[str, str]) -> str | None:
    """Where the page links the run's name: a link of that text, else the one link whose
    text is the name with dates around it (a news card "24 Oct 2025 Running jobs on
    clusters, 25 November 2025" wrapped in one link)."""
    key = link_key(name)
    if key in links:
        return links[key]
    if (coded := _CODE_TAIL.search(key)) and (link := links.get(key[: coded.start()])):
        return link  # "Work Safely at Heights RIIWHS204E": the unit code under the linked title
    if key.count(" ") < 1:
        return None
    found = None
    for text, url in links.items():
        if key in text and all(
            word.isdigit() or word in MONTHS or word in WEEKDAYS
            for word in text.replace(key, " ").split()
        ):
            if found not in (None, url):
                return None
            found = url
    return found


def _short_link(name: str, links: Mapping[str, str]) -> str | None:
    """Where the page links a marked-up run's short name, its name's opening up to a bracket
    or dash ("Outdoor First Aid (2 days) Rotorua", an Event's name for the run the page
    lists under its linked "Outdoor First Aid"); two words at least."""
    cut = NAME_BREAK.search(name)
    if cut is None or len(short := name[: cut.start()].split()) < 2:
        return None
    return links.get(link_key(" ".join(short)))


def _own_link_wins(marked: str, link: str, page_url: str | None) -> bool:
    """True where the run's name links to a page of this site but its markup names a page
    elsewhere (a registry's card linking to its own event page, the markup to the
    organiser's site or a video playlist): the link the reader follows is the card's."""
    own = url_host(page_url)
    return bool(own) and url_host(link) == own and url_host(marked) not in ("", own)


def _schedule_links(runs: list[Course], page: PageWide) -> list[Course]:
    """On a schedule of several courses' runs that links each course's name to the course's
    own page and whose heading names none of them, the runs without a URL or given the
    page's (the course its markup describes) take their course's link: the schedule is no
    course's page.  A name the menus link elsewhere counts where the schedule's content
    links it (the menu may lead to an old page)."""
    if not page.url or not any(run.url in (None, page.url) and run.start_date for run in runs):
        return runs
    names = {link_key(run.name) for run in runs if run.start_date}
    if len(names) < 2 or not page.heading:
        return runs
    if any(same_course(page.heading, run.name) for run in runs):
        return runs  # a course's page (its heading names it), cross-sells' runs beside its own
    # the names of the runs without a link of their own: a marked-up run with its own URL
    # may carry its markup's wording ("… Course"), which the page links nowhere
    names = {link_key(run.name) for run in runs if run.start_date and run.url in (None, page.url)}
    links = page.links
    if page.content_links is not None and not names <= links.keys():
        links = {**links, **page.content_links()}
    if page.row_links is not None and not names <= links.keys():
        # a sessions list that names each course as text, its rows' "Book" buttons
        # leading to each course's page
        missing = sorted({run.name for run in runs if link_key(run.name) not in links})
        links = {**page.row_links(missing), **links}
    if not names <= links.keys():
        return runs
    own = url_host(page.url)
    out = []
    for run in runs:
        link = links.get(link_key(run.name)) if run.start_date else None
        if link and "#" in link and _anchor_on_page(link, page.url) != link:
            # a link to the course's section of this page: the page is the course's
            link = None if run.url else page.url
            run = with_changes(run, {"url": page.url}, "html") if link else run
        elif run.url in (None, page.url) and link and link != page.url and url_host(link) == own:
            run = with_changes(run, {"url": link}, "html")
        out.append(run)
    return out


# A booking section's anchor at the end of a course page's address: "…/first-aid#register",
# "…/first-aid/#book-now", "…/first-aid#enrol".
_BOOKING_SECTION = re.compile(
    r"/?#(?:register|registration|book|booking|book-now|enrol|enroll|enrolment|enrollment|"
    r"sign-?up|apply|tickets?|checkout)$",
    re.I,
)


def _booking_section_links(runs: list[Course], page: PageWide) -> list[Course]:
    """The runs whose URL is a course page's booking section ("…/first-aid#register", a
    marked-up offer's or a card's "Register" link) with that course page's own address,
    where the page links to it (a card's title): the section is where one books, the page
    is the course's."""
    if not page.links or not any(run.url and "#" in run.url for run in runs):
        return runs
    pages = {url.rstrip("/"): url for url in page.links.values()}
    out = []
    for run in runs:
        if (
            run.url
            and (section := _BOOKING_SECTION.search(run.url)) is not None
            and (own := pages.get(run.url[: section.start()].rstrip("/"))) is not None
        ):
            run = with_changes(run, {"url": own}, dict(run.provenance).get("url", run.source))
        out.append(run)
    return out

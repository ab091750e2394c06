"""One document in, its records out: the stages of ``prospectus.extract`` in order."""

from __future__ import annotations

import codecs
import logging
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache, partial
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.courses import courses_from_graph
from prospectus.extract.currencies import (
    DOLLAR_CURRENCIES,
    dollar_country,
    kwacha_country,
    local_currency,
)
from prospectus.extract.dates import guess_day_first
from prospectus.extract.document import Decoded, Document, decode
from prospectus.extract.entries import (
    articles_from_graph,
    breadcrumbs_from_graph,
    faqs_from_graph,
    organizations_from_graph,
    terms_from_graph,
)
from prospectus.extract.graph import Graph, build_graph, first_text
from prospectus.extract.jsonld import parse_jsonld
from prospectus.extract.markup import read_microdata, read_opengraph, read_rdfa
from prospectus.extract.merge import merge_faqs, merge_terms
from prospectus.extract.patterns.cards import find_course_cards, find_page_course
from prospectus.extract.patterns.dated_links import dated_links, in_menu
from prospectus.extract.patterns.events import find_listed_events
from prospectus.extract.patterns.faq import find_faqs
from prospectus.extract.patterns.fees import find_page_fee
from prospectus.extract.patterns.glossary import find_terms
from prospectus.extract.patterns.grid import find_grid_cards
from prospectus.extract.patterns.outline import Outline
from prospectus.extract.patterns.rating import find_course_rating
from prospectus.extract.patterns.row_links import row_links
from prospectus.extract.patterns.schedule import (
    ScheduleContext,
    could_be_course_name,
    find_page_trainer,
    find_runs,
)
from prospectus.extract.patterns.sku_data import attach_sku_data
from prospectus.extract.patterns.slug_links import slug_links
from prospectus.extract.patterns.transposed import transpose_run_tables
from prospectus.extract.prices import find_prices, vat_statement
from prospectus.extract.runs import PageWide, assemble_courses
from prospectus.extract.text import clean_or_none, join_url, leads_to_page, link_key
from prospectus.extract.textdump import contact_holder, copyright_holder, split_textdump
from prospectus.extract.values import organisation, venue_towns
from prospectus.extract.visible import Visible, visible_from_text, visible_from_tree
from prospectus.records import Course, ExtractionIssue, Organization, Record, fold

log = logging.getLogger(__name__)


# " | Site", " – Site"; Japanese and Chinese titles use the full-width bar without spaces
# ("研修名｜公開セミナー｜株式会社アオバ").
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$|\s*｜\s*[^｜|]{2,60}$")


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What the page says about itself, outside any one record."""

    base_url: str | None = None
    # the page's own address where a ``<base>`` (a site's root, as TYPO3 writes it) resolves
    # its links: its canonical link
    page_url: str | None = None
    lang: str | None = None
    title: str | None = None
    site_name: str | None = None
    links: Mapping[str, str] = field(default_factory=dict)  # folded link text → absolute URL
    # the texts that lead to two places, where the page's content (not its menus) leads,
    # found when asked (see _outside_menus)
    content_links: Callable[[], dict[str, str]] | None = None
    # the links that wrap a whole card under its title's heading (see _card_title)
    cards: tuple[LexborNode, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extraction learnt from one document."""

    page: str
    kind: str
    encoding: str
    records: tuple[Record, ...]
    issues: tuple[ExtractionIssue, ...]
    nodes: tuple[dict[str, Any], ...]
    visible_text: str


def _scripts(
    tree: LexborHTMLParser, page: str
) -> tuple[list[tuple[str, Any]], list[ExtractionIssue]]:
    blocks: list[tuple[str, Any]] = []
    issues: list[ExtractionIssue] = []
    for index, script in enumerate(tree.css("script")):
        kind = (script.attributes.get("type") or "").lower()
        if "ld+json" not in kind:
            continue
        result = parse_jsonld(script.text(deep=True) or "", page=page, where=f"script {index + 1}")
        blocks.extend(("jsonld", value) for value in result.values)
        issues.extend(result.issues)
    return blocks, issues


def _facts(tree: LexborHTMLParser, doc: Document, og: dict[str, str]) -> PageFacts:
    html = tree.css_first("html")
    lang = html.attributes.get("lang") if html is not None else None
    base = None
    for selector, attr in (("base[href]", "href"), ('link[rel="canonical"]', "href")):
        node = tree.css_first(selector)
        if node is not None and node.attributes.get(attr):
            base = node.attributes[attr]
            break
    base = base or og.get("url") or doc.url
    if base and doc.url and not re.match(r"https?://", base):
        base = join_url(doc.url, base)
    page_url = None
    if base and tree.css_first("base[href]") is not None:
        canonical = tree.css_first('link[rel="canonical"]')
        href = canonical.attributes.get("href") if canonical is not None else None
        page_url = join_url(base, href) if href else None
    h1 = tree.css_first("h1")
    title_node = tree.css_first("title")
    title = (
        (clean_or_none(h1.text(deep=True)) if h1 is not None else None)
        or og.get("title")
        or (
            clean_or_none(_TITLE_SUFFIX.sub("", title_node.text()))
            if title_node is not None
            else None
        )
    )
    site = og.get("site_name")
    if site is None and title_node is not None:
        suffix = _TITLE_SUFFIX.search(title_node.text() or "")
        site = clean_or_none(suffix.group(0).strip(" |–—-｜")) if suffix else None
        if site and re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", site):
            site = None  # a host name, not the provider's name
    return PageFacts(base_url=base, page_url=page_url, lang=lang, title=title, site_name=site)


def _read_html(
    decoded: Decoded, doc: Document
) -> tuple[Graph, Visible, PageFacts, list[ExtractionIssue]]:
    source = _utf8_source(decoded, doc)
    tree = LexborHTMLParser(decoded.text if source is None else source)
    blocks, issues = _scripts(tree, doc.page)
    # Asking the tree for the marked elements costs no more than looking for the
    # attributes' names in a page's bytes: microdata items need an itemscope attribute,
    # and RDFa nodes a typeof attribute.
    blocks.extend(("microdata", node) for node in read_microdata(tree))
    if tree.css_first("[typeof]") is not None and b"typeof=" in _lowered(decoded, source):
        blocks.extend(("rdfa", node) for node in read_rdfa(tree))
    og = read_opengraph(tree)
    facts = _facts(tree, doc, og)
    cards: list[LexborNode] = []
    links, content_links = _links(tree, facts.base_url, cards)
    facts = replace(facts, links=links, content_links=content_links, cards=tuple(cards))
    transpose_run_tables(tree)  # before the lines are read: a run per row
    attach_sku_data(tree)  # before the scripts go: a shop's date variants' prices
    visible = visible_from_tree(tree, doc.page, lang=facts.lang, base_url=facts.base_url)
    return build_graph(blocks), visible, facts, issues


def _lowered(decoded: Decoded, source: bytes | None) -> bytes:
    """The page's ASCII bytes lower-cased, to look for attribute names in.

    Only ASCII letters lower-case into such names ("İ" gives "i" and a dot, the Kelvin
    sign "k"), so the ASCII bytes lower-cased say the same, much faster than str.lower;
    UTF-8 writes ASCII characters as those bytes, and no other character with them.
    """
    return (decoded.text.encode("ascii", "replace") if source is None else source).lower()


def _utf8_source(decoded: Decoded, doc: Document) -> bytes | None:
    """The document's bytes where they are its text as UTF-8 (less a byte-order mark),
    else None.

    The parser reads UTF-8: given these bytes, it parses what it would get from encoding
    the text, without encoding ~100 KB again.  A strict UTF-8 decoding (one without
    replaced bytes) gives the text back exactly when encoded.
    """
    if decoded.encoding != "utf-8" or decoded.issues:
        return None
    body = doc.body
    return body[len(codecs.BOM_UTF8) :] if body.startswith(codecs.BOM_UTF8) else body


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _links(
    tree: LexborHTMLParser, base: str | None, cards: list[LexborNode] | None = None
) -> tuple[dict[str, str], Callable[[], dict[str, str]] | None]:
    """Where each name-like link text leads.  A text that leads to two places is left out,
    unless a heading (or a table's cell) links it to one of them: a course's heading, or its
    row in a schedule table, links to its page, while the menu's item of the same name may
    lead elsewhere.  A link that wraps a whole card links the card's title (and is added to
    ``cards``, where given)."""
    found: dict[str, str] = {}
    clashes: set[str] = set()
    seen: list[tuple[str, str, LexborNode]] = []
    carded: set[int] = set()  # cards wrapped whole in their links (see _card_title)
    for anchor in tree.css("a[href]"):
        shown = anchor.text(deep=True)
        href = anchor.attributes.get("href")
        link = _link(shown, href, base)
        if link is None and len(shown) > _MIN_CARD_CHARS:  # too long for a name: a card?
            link = _link(_card_title(anchor), href, base)
            if link is not None:
                carded.add(anchor.mem_id)
                if cards is not None:
                    cards.append(anchor)
        if link is None:
            continue
        text, url = link
        if found.get(text, url) != url:
            clashes.add(text)
        found.setdefault(text, url)
        seen.append((text, url, anchor))
    links = {text: url for text, url in found.items() if text not in clashes}
    if clashes:
        headed: dict[str, set[str]] = {}
        for text, url, anchor in seen:
            if text in clashes and (anchor.mem_id in carded or _in_heading_or_cell(anchor)):
                headed.setdefault(text, set()).add(url)
        links.update((text, urls.pop()) for text, urls in headed.items() if len(urls) == 1)
        if left := clashes - links.keys():
            return links, partial(_outside_menus, seen, left)
    return links, None


_MIN_CARD_CHARS = 40  # a link's text too long for a name (and past a few words): a card?


def _card_title(anchor: LexborNode) -> str | None:
    """The title of a card that one link wraps whole, in the card's heading (an events
    listing's item: "<a href=/event/x><h3>Title</h3> date, venue, price</a>"): the title
    links there, as a heading that links does."""
    for node in anchor.traverse(include_text=False):
        if node.tag in _HEADINGS:
            return node.text(deep=True)
    return None


def _outside_menus(seen: list[tuple[str, str, LexborNode]], clashes: set[str]) -> dict[str, str]:
    """Where a text that leads to two places leads outside the page's menus, where that is
    one place: a schedule's row links its course to the course's page, while the mega menu's
    item of the same name leads to an old or other page."""
    content: dict[str, set[str]] = {}
    for text, url, anchor in seen:
        if text in clashes and not in_menu(anchor):
            content.setdefault(text, set()).add(url)
    return {text: urls.pop() for text, urls in content.items() if len(urls) == 1}


def _in_heading_or_cell(anchor: LexborNode) -> bool:
    """Whether a link sits in a heading (``<h2><a><span>…``, up to three levels up) or in a
    table's data cell (``<td><a><strong>…``, up to two levels up): one walk up for both.  A
    link that wraps a heading (``<a><h3>…</h3></a>``, a card's title link block) is a
    heading's link too."""
    if any(child.tag in _HEADINGS for child in anchor.iter(include_text=False)):
        return True
    parent = anchor.parent
    for level in range(3):
        if parent is None:
            return False
        tag = parent.tag
        if tag in _HEADINGS or (tag == "td" and level < 2):
            return True
        parent = parent.parent
    return False


def _link(text: str | None, href: str | None, base: str | None) -> tuple[str, str] | None:
    """(key, absolute URL) of one name-like link, else None.

    A link from the root ("/courses/x") depends on the base's scheme and host only: it is
    resolved against them and remembered for the whole site (menus and footers repeat
    their links on every page of a site, each page with a base of its own).
    """
    key = link_key(text)
    href = (href or "").strip()
    if not key or not 2 <= key.count(" ") + 1 <= 14 or not leads_to_page(href):
        return None
    if not base:
        return key, href
    if href.startswith("/") and (origin := _origin(base)) is not None:
        return key, _from_root(origin, href)
    return key, _absolute(base, href)


@lru_cache(maxsize=256)
def _origin(base: str) -> str | None:
    """The scheme and host of ``base`` ("https://example.org"), None where it lacks one."""
    try:
        scheme, host = urlsplit(base)[:2]
    except ValueError:  # "http://[x": a base no link can be joined to
        return None
    return urlunsplit((scheme, host, "", "", "")) if scheme and host else None


@lru_cache(maxsize=4096)
def _absolute(base: str, href: str) -> str:
    """``join_url(base, href)``, remembered: menus and footers repeat their links on every page
    (links from the root go through :func:`_from_root`, remembered for the whole site)."""
    return join_url(base, href)


@lru_cache(maxsize=4096)
def _from_root(origin: str, href: str) -> str:
    return join_url(origin, href)


def _read_textdump(
    decoded: Decoded, doc: Document
) -> tuple[Graph, Visible, PageFacts, list[ExtractionIssue]]:
    dump = split_textdump(decoded.text, page=doc.page)
    graph = build_graph(("jsonld", value) for value in dump.objects)
    base = doc.url or _own_url(graph, doc.page)
    visible = visible_from_text(dump.visible, doc.page, base_url=base)
    owner = copyright_holder(dump.visible) or contact_holder(dump.visible)
    facts = PageFacts(base_url=base, site_name=owner)
    return graph, visible, facts, list(dump.issues)


_SITE = re.compile(r"https?://[^/\s]+\.[^/\s]+")
_WEB_URL = re.compile(_SITE.pattern + r"/\S")  # a page's address, not a site's root
_PAGE_TYPES = ("WebPage", "ItemPage")


def _own_url(graph: Graph, page: str) -> str | None:
    """A text dump's own address as its markup gives it: its WebPage's url, else the last
    step of its breadcrumb trail (the page itself, as Yoast, Rank Math and most themes
    write it); never a site's home page."""
    for node in graph.of_type(*_PAGE_TYPES):
        if (url := first_text(node.get("url"))) and _WEB_URL.match(url):
            return url.split("#")[0]
    for trail in breadcrumbs_from_graph(graph, page=page):
        if len(trail.urls) < 2 or not (url := trail.urls[-1]):
            continue
        if not _WEB_URL.match(url) and trail.urls[0] and _SITE.match(trail.urls[0]):
            url = join_url(trail.urls[0], url)  # "/courses/x" after "https://site/"
        if _WEB_URL.match(url):
            return url
    return None


def _page_currency(text: str, local: str | None = None) -> str | None:
    """The page's most frequent currency; ``local`` (from its language or domain) says
    which krona "kr" is and which currency "¥"/"元" are."""
    found = find_prices(text, default_currency=local)
    counts = Counter(m.price.currency for m in found if m.price.currency)
    return counts.most_common(1)[0][0] if counts else None


def _local_dollar(facts: PageFacts, marked: list[Course], text: str) -> str | None:
    """The currency the page's language or address implies; else, where it prices in a bare
    "$", the one other dollar its markup prices in, or the dollar of the country its own
    words place it in (see :func:`dollar_country`)."""
    if local := local_currency(facts.lang, facts.base_url):
        return local
    if kwacha := kwacha_country(text):
        return kwacha
    if "$" not in text:
        return None
    marked_currencies = {c.currency for c in marked if c.currency}
    if len(marked_currencies) == 1 and (code := marked_currencies.pop()) in DOLLAR_CURRENCIES:
        return code
    return dollar_country(text)


def _cards(visible: Visible, ctx: ScheduleContext, outline: Outline | None) -> list[Course]:
    """Dateless courses: the page's own (title + price box), then cards (from the tree for
    HTML, from the lines for a text dump)."""
    if visible.tree is not None:
        found = find_grid_cards(visible.tree, ctx, visible.base_url, outline)
    else:
        found = find_course_cards(visible, ctx)
    return [*find_page_course(visible, ctx), *found]


def _main_course(
    graph: Graph, marked: list[Course], title: str | None, site: str | None = None
) -> str | None:
    """The course the page is about: its Course markup, else a title that names a course,
    else its first marked-up run (an Event per run often carries run details in its name)."""
    for node in graph.of_type("Course"):
        if (name := first_text(node.get("name"))) is not None:
            return name
    if title and could_be_course_name(title) and fold(title) != fold(site):
        return title
    return next((c.name for c in marked), None)


def _dated_links(
    tree: LexborHTMLParser, day_first: bool, base: str | None, cards: Sequence[LexborNode]
) -> dict[tuple[str, str], str]:
    """:func:`dated_links` (the page's ``cards`` as :func:`_links` found them), their URLs
    made absolute against the page's base."""
    found = dated_links(tree, day_first=day_first, cards=cards)
    return {pair: _absolute(base, href) if base else href for pair, href in found.items()}


def _row_links(tree: LexborHTMLParser, base: str | None, names: Sequence[str]) -> dict[str, str]:
    """:func:`row_links`, their URLs made absolute against the page's base."""
    found = row_links(tree, names)
    return {key: _absolute(base, href) if base else href for key, href in found.items()}


def _slug_links(tree: LexborHTMLParser, base: str | None, names: Sequence[str]) -> dict[str, str]:
    """:func:`slug_links`, their URLs made absolute against the page's base."""
    found = slug_links(tree, names)
    return {key: _absolute(base, href) if base else href for key, href in found.items()}


def _titles_links(
    text: str, read: Callable[[], dict[tuple[str, str], str]]
) -> Callable[[Sequence[str]], dict[tuple[str, str], str]]:
    """:func:`_dated_links` (``read``, once) for titles of which one shows twice in the
    page's ``text`` (a listing's items each show their title); none otherwise."""

    def links(names: Sequence[str]) -> dict[tuple[str, str], str]:
        return read() if any(text.count(name) > 1 for name in set(names)) else {}

    return links


_EVENT_TYPES = ("Event", "EducationEvent", "BusinessEvent")


def _provider(orgs: list[Organization], facts: PageFacts, graph: Graph) -> str | None:
    """The site's organisation, unless the page's events all name another organiser: a
    ticketing or listing site's organiser page (the site sells, the organiser runs)."""
    if orgs and (organiser := _events_organiser(graph)) and fold(organiser) != fold(orgs[0].name):
        return organiser
    return orgs[0].name if orgs else facts.site_name


# A run's booking link under its course page's address: "<course page>/apply?cohort=…",
# "<course page>/book?date=…".
_BOOKING_PATH = re.compile(
    r"(https?://[^/?#]+/[^?#]*[^/?#])/(?:apply|book|booking|register|registration|enrol|"
    r"enroll|enrolment|enrollment|signup|sign-up|checkout)/?(?:[?#]|$)",
    re.I,
)


def _booked_page(tree: LexborHTMLParser | None) -> str | None:
    """The page's own address where it states none (no canonical link, no og:url): the one
    address its runs' booking links (two or more) sit under, else None."""
    if tree is None:
        return None
    pages: set[str] = set()
    hrefs: set[str] = set()
    for anchor in tree.css("a[href]"):
        href = anchor.attributes.get("href") or ""
        if "/" in href and (booking := _BOOKING_PATH.match(href)) is not None:
            pages.add(booking.group(1))
            hrefs.add(href)
    return pages.pop() if len(pages) == 1 and len(hrefs) > 1 else None


def _events_organiser(graph: Graph) -> str | None:
    """The one organisation every marked-up event names as its organizer, if they agree."""
    names = {
        organisation(node.get("organizer"))
        for node in graph.of_type(*_EVENT_TYPES)
        if "organizer" in node
    }
    return names.pop() if len(names) == 1 else None


def extract(doc: Document) -> Extraction:
    """Records, issues and structured data of one document. Never raises for bad input."""
    decoded = decode(doc)
    reader = _read_html if decoded.kind == "html" else _read_textdump
    graph, visible, facts, issues = reader(decoded, doc)
    issues = [*decoded.issues, *issues]
    page = doc.page
    base = facts.base_url

    marked_courses = courses_from_graph(graph, page=page, base_url=base)
    crumbs = breadcrumbs_from_graph(graph, page=page, base_url=base)
    title = facts.title or next((c.names[-1] for c in crumbs if c.names), None)
    orgs = organizations_from_graph(graph, page=page, base_url=base)
    currency = _page_currency(visible.text, _local_dollar(facts, marked_courses, visible.text))
    ctx = ScheduleContext(
        page=page,
        course_name=_main_course(graph, marked_courses, title, facts.site_name),
        day_first=guess_day_first(lang=facts.lang, currency=currency, url=base, text=visible.text),
        default_currency=currency,
        page_vat=vat_statement(visible.text),
        source="text" if visible.is_textdump else "html",
        marked=bool(marked_courses),
    )
    outline = Outline(visible.tree) if visible.tree is not None else None  # many readers'
    runs = find_runs(visible, ctx)
    if not runs and not marked_courses:
        runs = find_listed_events(visible, ctx)
    courses = assemble_courses(
        marked_courses,
        runs,
        ctx,
        cards=_cards(visible, ctx, outline),
        page=PageWide(
            links=facts.links,
            content_links=facts.content_links,
            heading=facts.title,
            instructor=find_page_trainer(visible.text),
            provider=_provider(orgs, facts, graph),
            url=facts.page_url or base or _booked_page(visible.tree),
            rating=find_course_rating(visible, ctx.course_name),
            fee=lambda: find_page_fee(visible.text, currency),
            dated_links=(
                _titles_links(
                    visible.text,
                    cache(partial(_dated_links, visible.tree, ctx.day_first, base, facts.cards)),
                )
                if visible.tree is not None and facts.content_links is not None
                else None  # only a title that links to two places or more needs them
            ),
            row_links=(
                partial(_row_links, visible.tree, base) if visible.tree is not None else None
            ),
            slug_links=(
                partial(_slug_links, visible.tree, base) if visible.tree is not None else None
            ),
            venue_towns=venue_towns(graph),
            text=visible.text,
        ),
    )
    records: list[Record] = [
        *courses,
        *merge_faqs([*faqs_from_graph(graph, page=page), *find_faqs(visible, outline)]),
        *merge_terms(
            [*terms_from_graph(graph, page=page, base_url=base), *find_terms(visible, outline)]
        ),
        *crumbs,
        *orgs,
        *articles_from_graph(graph, page=page, base_url=base),
    ]
    return Extraction(
        page=page,
        kind=decoded.kind,
        encoding=decoded.encoding,
        records=tuple(records),
        issues=tuple(issues),
        nodes=graph.roots,
        visible_text=visible.text,
    )

"""Realistic training-provider pages for the extraction benchmark, generated from a seed.

Every page is built here from word lists (nothing is copied from real sites) and looks
like what the crawler brings home: a mega menu, a cookie banner, inline CSS and JS,
several JSON-LD blocks (Organization, BreadcrumbList, Course with hasCourseInstance,
FAQPage), a visible schedule (table or date cards), a ``<details>`` FAQ accordion, a
``<dl>`` glossary, reviews, related-article cards and a footer -- 60 to 150 KB each.
Some pages carry microdata instead of JSON-LD, a few RDFa, and a few are text dumps
(visible text with the JSON-LD left inline).  Provider styles vary: language, currency,
how dates and prices are written, table or cards.

    uv run python benchmarks/pages.py --out /tmp/pages   # write them out to look at
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MIN_BYTES, MAX_BYTES = 60_000, 150_000
TEXT_PROFILES = ("real", "dense")


@dataclass(frozen=True, slots=True)
class Page:
    name: str
    url: str
    kind: str  # "jsonld", "microdata", "rdfa" or "textdump"
    body: bytes


@dataclass(frozen=True, slots=True)
class Style:
    """How one provider writes its pages."""

    provider: str
    domain: str
    lang: str
    currency: str
    symbol: str
    vat_note: str
    dates: str  # "uk", "us", "de", "iso"
    layout: str  # "table" or "cards"
    headings: dict[str, str]


_EN_HEADINGS = {
    "schedule": "Course dates",
    "faq": "Frequently asked questions",
    "glossary": "Glossary",
    "reviews": "What our delegates say",
    "related": "Related articles",
    "outline": "Course outline",
    "date": "Dates",
    "location": "Location",
    "format": "Format",
    "price": "Price",
    "availability": "Availability",
    "book": "Book now",
}
_DE_HEADINGS = {
    "schedule": "Kurstermine",
    "faq": "Häufige Fragen",
    "glossary": "Glossar",
    "reviews": "Bewertungen",
    "related": "Weitere Artikel",
    "outline": "Inhalte",
    "date": "Termin",
    "location": "Ort",
    "format": "Format",
    "price": "Preis",
    "availability": "Verfügbarkeit",
    "book": "Jetzt buchen",
}
STYLES = (
    Style(
        "Northgate Learning",
        "northgate-learning.co.uk",
        "en-GB",
        "GBP",
        "£",
        "All prices exclude VAT.",
        "uk",
        "table",
        _EN_HEADINGS,
    ),
    Style(
        "Bluefin Academy",
        "bluefin-academy.com",
        "en-US",
        "USD",
        "$",
        "Prices shown in US dollars.",
        "us",
        "cards",
        _EN_HEADINGS,
    ),
    Style(
        "Kestrel Schulungen",
        "kestrel-schulungen.de",
        "de-DE",
        "EUR",
        "€",
        "Alle Preise zzgl. MwSt.",
        "de",
        "table",
        _DE_HEADINGS,
    ),
    Style(
        "Harbourline Training",
        "harbourline.com.au",
        "en-AU",
        "AUD",
        "A$",
        "All prices include GST.",
        "uk",
        "cards",
        _EN_HEADINGS,
    ),
    Style(
        "Tidewater Institute",
        "tidewater-institute.ie",
        "en-IE",
        "EUR",
        "€",
        "Prices exclude VAT at 23%.",
        "iso",
        "table",
        _EN_HEADINGS,
    ),
    Style(
        "Summit Skills",
        "summitskills.co.nz",
        "en-NZ",
        "NZD",
        "NZ$",
        "All fees are GST inclusive.",
        "uk",
        "table",
        _EN_HEADINGS,
    ),
)
COURSES = (
    "PRINCE2 Foundation",
    "PRINCE2 Practitioner",
    "ITIL 4 Foundation",
    "AgilePM Practitioner",
    "CompTIA Security+",
    "AWS Solutions Architect Associate",
    "Microsoft Azure Fundamentals",
    "Power BI Data Analyst",
    "Excel Advanced",
    "NEBOSH General Certificate",
    "First Aid at Work",
    "Lean Six Sigma Green Belt",
    "CIPD Level 5 People Management",
    "PMP Exam Preparation",
    "Certified ScrumMaster",
    "Data Science with Python",
    "Change Management Practitioner",
    "ISTQB Certified Tester Foundation",
    "Cisco CCNA",
    "MSP Foundation",
)
TERMS = (
    ("Baseline", "the approved version of a plan against which progress is measured"),
    ("Stakeholder", "any person or group with an interest in the project or its outcome"),
    ("Tolerance", "the permissible deviation above and below a plan's target for time and cost"),
    ("Business case", "the justification for starting and continuing a project"),
    ("Work package", "a set of information about products collated to pass work to a team"),
    ("Sprint", "a fixed time box in which a team delivers a usable increment of the product"),
    ("Backlog", "an ordered list of everything that might be needed in the product"),
    ("Risk register", "a record of identified risks, their status and the planned responses"),
    ("Quality review", "a technique to check that a product is complete and fit for purpose"),
    ("Exception report", "a report raised when a stage is forecast to exceed its tolerances"),
    ("Critical path", "the longest sequence of dependent activities through a project plan"),
    ("Lessons log", "a log of lessons that apply to this project and to future ones"),
)
QUESTIONS = (
    (
        "Do I need any prerequisites for this course?",
        "No formal prerequisites are needed, although some familiarity with the subject helps.",
    ),
    (
        "Is the exam included in the course price?",
        "Yes, the exam voucher and the official manual are included in the price shown.",
    ),
    (
        "Can I take the course online?",
        "Every date is available both in our classrooms and as a live online virtual session.",
    ),
    (
        "How long is the certificate valid?",
        "The certificate does not expire, but we recommend refreshing your knowledge "
        "every three years.",
    ),
    (
        "What happens if I fail the exam?",
        "You can book a resit at a reduced fee, and your trainer will help you prepare for it.",
    ),
    (
        "Do you offer group discounts?",
        "Groups of three or more from one organisation receive ten percent off the listed price.",
    ),
    (
        "Can the course be run at our offices?",
        "Yes, any course can be delivered privately for your team at your premises or online.",
    ),
    (
        "What are the course hours?",
        "Sessions run from nine in the morning until five in the afternoon with an hour for lunch.",
    ),
)
CITIES = (
    "London",
    "Manchester",
    "Leeds",
    "Bristol",
    "Birmingham",
    "Edinburgh",
    "Dublin",
    "Berlin",
    "München",
    "Sydney",
    "Melbourne",
    "Auckland",
    "Chicago",
    "Boston",
)
PEOPLE = (
    "Sarah Whitfield",
    "James O'Connor",
    "Priya Raman",
    "Tomás Herrera",
    "Helen Park",
    "Markus Vogel",
    "Aisha Bello",
    "David Lindqvist",
    "Claire Dubois",
    "Owen Hughes",
)
WORDS = (
    "project",
    "team",
    "delivery",
    "practical",
    "exam",
    "method",
    "principles",
    "themes",
    "processes",
    "organisation",
    "experience",
    "learning",
    "materials",
    "trainer",
    "skills",
    "framework",
    "approach",
    "business",
    "manage",
    "improve",
    "deliver",
    "change",
    "quality",
    "risk",
    "planning",
    "successful",
    "workshop",
    "session",
    "understand",
    "apply",
    "real",
    "world",
    "examples",
    "case",
    "study",
    "exercises",
    "revision",
    "certification",
    "career",
    "professional",
    "accredited",
    "official",
    "the",
    "and",
    "of",
    "to",
    "a",
    "in",
    "with",
    "for",
    "your",
    "our",
    "on",
    "how",
    "will",
    "you",
    "is",
    "this",
    "that",
    "each",
    "every",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_DE = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def _sentence(rng: random.Random, low: int = 8, high: int = 22) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def _prose(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences))


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


# ------------------------------------------------------------------------- runs


@dataclass(frozen=True, slots=True)
class Run:
    start: tuple[int, int, int]  # y, m, d
    days: int
    city: str
    online: bool
    price: int
    was: int | None
    seats: str


def _runs(rng: random.Random) -> list[Run]:
    out = []
    y, m = 2026, rng.randint(1, 12)
    for _ in range(rng.randint(4, 14)):
        m += rng.randint(0, 2)
        if m > 12:
            y, m = y + 1, m - 12
        price = rng.randrange(495, 3495, 5)
        out.append(
            Run(
                (y, m, rng.randint(1, 23)),
                rng.randint(1, 5),
                rng.choice(CITIES),
                rng.random() < 0.4,
                price,
                price + rng.randrange(100, 600, 50) if rng.random() < 0.2 else None,
                rng.choice(
                    (
                        "Places available",
                        "Only 3 places left",
                        "Sold out",
                        "Limited places",
                        "Places available",
                    )
                ),
            )
        )
    return out


def _written_range(run: Run, style: Style) -> str:
    y, m, d = run.start
    e = d + run.days - 1
    if style.dates == "us":
        return f"{MONTHS_EN[m - 1]} {d}–{e}, {y}"
    if style.dates == "de":
        return f"{d:02d}.{m:02d}.{y} – {e:02d}.{m:02d}.{y}"
    if style.dates == "iso":
        return f"{y}-{m:02d}-{d:02d} to {y}-{m:02d}-{e:02d}"
    return f"{d}–{e} {MONTHS_EN[m - 1][:3]} {y}"


def _written_price(amount: int, style: Style) -> str:
    if style.currency == "EUR" and style.lang.startswith("de"):
        return f"{amount:,} €".replace(",", ".")
    return f"{style.symbol}{amount:,}"


def _iso(run: Run, offset: int = 0) -> str:
    y, m, d = run.start
    return f"{y}-{m:02d}-{d + offset:02d}"


# ------------------------------------------------------------------ structured data


def _jsonld_blocks(
    rng: random.Random, style: Style, course: str, url: str, runs: list[Run]
) -> list[dict[str, object]]:
    org: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "@id": f"https://www.{style.domain}/#org",
        "name": style.provider,
        "url": f"https://www.{style.domain}/",
        "logo": f"https://www.{style.domain}/static/logo.svg",
        "sameAs": [f"https://www.linkedin.com/company/{style.domain.split('.')[0]}"],
    }
    crumbs: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": n + 1,
                "name": name,
                "item": f"https://www.{style.domain}/{path}",
            }
            for n, (name, path) in enumerate(
                (("Home", ""), ("Courses", "courses"), (course, url.split("/", 3)[-1]))
            )
        ],
    }
    instances = [
        {
            "@type": "CourseInstance",
            "courseMode": "Online" if r.online else "Onsite",
            "startDate": _iso(r),
            "endDate": _iso(r, r.days - 1),
            "location": {
                "@type": "VirtualLocation" if r.online else "Place",
                "name": "Live online" if r.online else r.city,
            },
            "offers": {
                "@type": "Offer",
                "price": str(r.price),
                "priceCurrency": style.currency,
                "availability": "https://schema.org/"
                + ("SoldOut" if r.seats == "Sold out" else "InStock"),
            },
        }
        for r in runs[: rng.randint(1, len(runs))]
    ]
    course_node: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": course,
        "description": _prose(rng, 3),
        "url": url,
        "provider": {"@id": f"https://www.{style.domain}/#org"},
        "aggregateRating": {
            "@type": "AggregateRating",
            "ratingValue": round(rng.uniform(4.1, 4.9), 1),
            "reviewCount": rng.randint(12, 900),
        },
        "hasCourseInstance": instances,
    }
    faq: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}}
            for q, a in rng.sample(QUESTIONS, rng.randint(3, 6))
        ],
    }
    blocks: list[dict[str, object]] = [org, crumbs, course_node, faq]
    if rng.random() < 0.3:
        blocks = [
            {
                "@context": "https://schema.org",
                "@graph": [{k: v for k, v in b.items() if k != "@context"} for b in blocks],
            }
        ]
    return blocks


def _microdata_course(rng: random.Random, style: Style, course: str, runs: list[Run]) -> str:
    rows = "".join(
        f'<div itemprop="hasCourseInstance" itemscope itemtype="https://schema.org/CourseInstance">'
        f'<meta itemprop="startDate" content="{_iso(r)}">'
        f'<meta itemprop="endDate" content="{_iso(r, r.days - 1)}">'
        f'<span itemprop="courseMode">{"Online" if r.online else "Classroom"}</span>'
        f'<div itemprop="offers" itemscope itemtype="https://schema.org/Offer">'
        f'<meta itemprop="price" content="{r.price}">'
        f'<meta itemprop="priceCurrency" content="{style.currency}"></div></div>'
        for r in runs[:3]
    )
    return (
        f'<section itemscope itemtype="https://schema.org/Course">'
        f'<h2 itemprop="name">{_esc(course)}</h2>'
        f'<p itemprop="description">{_prose(rng, 2)}</p>{rows}</section>'
    )


def _rdfa_course(rng: random.Random, style: Style, course: str, runs: list[Run]) -> str:
    rows = "".join(
        f'<div property="hasCourseInstance" typeof="CourseInstance">'
        f'<meta property="startDate" content="{_iso(r)}">'
        f'<meta property="courseMode" content="Online">'
        f'<div property="offers" typeof="Offer"><meta property="price" content="{r.price}">'
        f'<meta property="priceCurrency" content="{style.currency}"></div></div>'
        for r in runs[:3]
    )
    return (
        f'<section vocab="https://schema.org/" typeof="Course">'
        f'<h2 property="name">{_esc(course)}</h2>'
        f'<p property="description">{_prose(rng, 2)}</p>{rows}</section>'
    )


# ------------------------------------------------------------------------ visible parts


def _mega_menu(rng: random.Random, style: Style) -> str:
    columns = []
    for _ in range(rng.randint(5, 9)):
        links = "".join(
            f'<li><a href="/courses/{c.lower().replace(" ", "-")}">{_esc(c)}</a></li>'
            for c in rng.sample(COURSES, rng.randint(6, 14))
        )
        columns.append(
            f'<div class="mega-col"><h4>{_esc(rng.choice(WORDS).title())} courses</h4>'
            f"<ul>{links}</ul></div>"
        )
    return (
        f'<header class="site-header"><a class="logo" href="/">{_esc(style.provider)}</a>'
        f'<nav class="mega-menu" role="navigation"><ul><li><button aria-expanded="false">Courses'
        f'</button><div class="mega-panel">{"".join(columns)}</div></li><li><a href="/about">About'
        f'</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>'
    )


def _cookie_banner() -> str:
    return (
        '<div class="cookie-banner" role="dialog" aria-label="Cookies"><p>We use cookies to '
        "improve your experience. Do you accept our cookie policy?</p><button>Accept all"
        '</button><button>Reject</button><a href="/privacy">Cookie settings</a></div>'
    )


def _css(rng: random.Random, rules: int) -> str:
    props = (
        "margin:0 auto",
        "padding:12px 16px",
        "color:#1a2b3c",
        "display:flex",
        "font-size:1.125rem",
        "line-height:1.6",
        "border-radius:4px",
        "gap:24px",
    )
    body = "\n".join(
        f".c-{rng.randrange(16**6):06x} .e-{n}{{{';'.join(rng.sample(props, 3))}}}"
        for n in range(rules)
    )
    return f"<style>\n{body}\n</style>"


def _js(rng: random.Random, lines: int) -> str:
    body = "\n".join(
        f"window.dataLayer.push({{event:'view_{n}',id:'{rng.randrange(16**8):08x}',"
        f"price:{rng.randint(100, 3000)},label:'if (a < b && c > d) {{ return; }}'}});"
        for n in range(lines)
    )
    return f"<script>\nwindow.dataLayer=window.dataLayer||[];\n{body}\n</script>"


def _schedule_table(style: Style, runs: list[Run]) -> str:
    h = style.headings
    rows = "".join(
        f"<tr><td>{_written_range(r, style)}</td><td>{'Live online' if r.online else r.city}</td>"
        f"<td>{'Virtual classroom' if r.online else 'Classroom'}</td>"
        f"<td>{_written_price(r.price, style)}"
        f"{f' <s>Was {_written_price(r.was, style)}</s>' if r.was else ''}</td>"
        f'<td>{r.seats}</td><td><a class="btn" href="/book">{h["book"]}</a></td></tr>'
        for r in runs
    )
    return (
        f'<section id="dates"><h2>{h["schedule"]}</h2><table class="schedule"><thead><tr>'
        f"<th>{h['date']}</th><th>{h['location']}</th><th>{h['format']}</th>"
        f"<th>{h['price']}</th><th>{h['availability']}</th><th></th></tr></thead>"
        f"<tbody>{rows}</tbody></table><p>{style.vat_note}</p></section>"
    )


def _schedule_cards(style: Style, runs: list[Run]) -> str:
    h = style.headings
    cards = "".join(
        f'<div class="date-card"><div class="when">{_written_range(r, style)}</div>'
        f'<div class="where">{"Live online" if r.online else r.city}</div>'
        f'<div class="price">{_written_price(r.price, style)}</div>'
        f'<div class="seats">{r.seats}</div><a class="btn" href="/book">{h["book"]}</a></div>'
        for r in runs
    )
    return (
        f'<section id="dates"><h2>{h["schedule"]}</h2><div class="cards">{cards}</div>'
        f"<p>{style.vat_note}</p></section>"
    )


def _faq(rng: random.Random, style: Style) -> str:
    items = "".join(
        f'<details><summary>{_esc(q)}</summary><div class="answer"><p>{_esc(a)} '
        f"{_sentence(rng)}</p></div></details>"
        for q, a in rng.sample(QUESTIONS, rng.randint(4, 8))
    )
    return f'<section class="faq"><h2>{style.headings["faq"]}</h2>{items}</section>'


def _glossary(rng: random.Random, style: Style) -> str:
    entries = "".join(
        f"<dt>{name}</dt><dd>{definition.capitalize()}.</dd>"
        for name, definition in rng.sample(TERMS, rng.randint(4, 9))
    )
    heading = style.headings["glossary"]
    return f'<section class="glossary"><h2>{heading}</h2><dl>{entries}</dl></section>'


def _reviews(rng: random.Random, style: Style) -> str:
    items = "".join(
        f'<blockquote class="review"><p>{_prose(rng, rng.randint(2, 4))}</p><footer>'
        f"{rng.choice(PEOPLE)} · {rng.randint(1, 28)} {rng.choice(MONTHS_EN)} 2025 · "
        "Verified attendee"
        f"</footer></blockquote>"
        for _ in range(rng.randint(3, 8))
    )
    return f'<section class="reviews"><h2>{style.headings["reviews"]}</h2>{items}</section>'


def _related(rng: random.Random, style: Style, count: int) -> str:
    cards = "".join(
        f'<article class="card"><a href="/blog/{n}"><h3>{_esc(_sentence(rng, 4, 8)[:-1])}</h3></a>'
        f'<p class="meta">Posted {rng.randint(1, 28)} {rng.choice(MONTHS_EN)} 2025</p>'
        f"<p>{_prose(rng, 2)}</p></article>"
        for n in range(count)
    )
    return f'<section class="related"><h2>{style.headings["related"]}</h2>{cards}</section>'


def _outline(rng: random.Random, style: Style, modules: int) -> str:
    parts = "".join(
        f"<h3>Module {n + 1}: {_esc(_sentence(rng, 3, 6)[:-1])}</h3><p>{_prose(rng, 4)}</p>"
        f"<ul>{''.join(f'<li>{_sentence(rng, 4, 10)}</li>' for _ in range(4))}</ul>"
        for n in range(modules)
    )
    return f'<section class="outline"><h2>{style.headings["outline"]}</h2>{parts}</section>'


def _footer(rng: random.Random, style: Style) -> str:
    links = "".join(
        f'<li><a href="/c/{n}">{_esc(c)}</a></li>' for n, c in enumerate(rng.sample(COURSES, 12))
    )
    return (
        f'<footer class="site-footer"><ul>{links}</ul><p>© 2026 {_esc(style.provider)}. '
        f"Registered in England. Company no. {rng.randint(10**6, 10**7)}.</p></footer>"
    )


# ------------------------------------------------------------------------- assembly


def _html_page(
    rng: random.Random,
    style: Style,
    course: str,
    url: str,
    runs: list[Run],
    kind: str,
    target: int,
    text: str = "real",
) -> str:
    blocks = (
        _jsonld_blocks(rng, style, course, url, runs)
        if kind == "jsonld"
        else _jsonld_blocks(rng, style, course, url, runs)[:2]
    )  # microdata/RDFa pages: org + crumbs
    scripts = "".join(
        f'<script type="application/ld+json">'
        f"{json.dumps(b, ensure_ascii=False, indent=rng.choice((None, 2)))}"
        "</script>"
        for b in blocks
    )
    marked = {"microdata": _microdata_course, "rdfa": _rdfa_course}.get(kind)
    schedule = (_schedule_table if style.layout == "table" else _schedule_cards)(style, runs)
    main = [
        f'<h1>{_esc(course)}</h1><p class="lead">{_prose(rng, 3)}</p>',
        marked(rng, style, course, runs) if marked else "",
        schedule,
        _faq(rng, style),
        _glossary(rng, style),
        _reviews(rng, style),
    ]
    head = (
        f'<head><meta charset="utf-8"><title>{_esc(course)} | {_esc(style.provider)}</title>'
        f'<link rel="canonical" href="{url}">'
        f'<meta property="og:site_name" content="{_esc(style.provider)}">'
        f"{_css(rng, rng.randint(80, 300))}{scripts}{_js(rng, rng.randint(40, 160))}</head>"
    )
    tail = [_related(rng, style, rng.randint(3, 8)), _footer(rng, style)]

    def page(extra: str) -> str:
        return (
            f'<!DOCTYPE html><html lang="{style.lang}">{head}<body>{_cookie_banner()}'
            f"{_mega_menu(rng, style)}<main>{''.join(main)}{extra}</main>{''.join(tail)}"
            f"{_js(rng, 20)}</body></html>"
        )

    extra: list[str] = []
    prose: tuple[Callable[[], str], ...] = (
        lambda: _outline(rng, style, 3),
        lambda: _related(rng, style, 3),
        lambda: f'<section class="promo">{_css(rng, 40)}<p>{_prose(rng, 5)}</p></section>',
    )
    if text == "dense":  # prose up to the page's size
        while len(page("".join(extra)).encode()) < target:
            extra.append(rng.choice(prose)())
        return page("".join(extra))
    # prose up to the page's share of text, then markup: what real pages are made of
    budget = _text_budget(rng)
    while _text_size(page("".join(extra))) < budget:
        extra.append(rng.choice(prose)())
    markup: tuple[Callable[[], str], ...] = (
        lambda: _feature_tiles(rng),
        lambda: _state_script(rng, rng.randint(4_000, 16_000)),
        lambda: (
            _mega_menu(rng, style)
            .replace("<header", "<div hidden", 1)
            .replace("</header>", "</div>")
        ),  # the mobile menu: the mega menu again, hidden
    )
    while len(page("".join(extra)).encode()) < target:
        extra.append(rng.choice(markup)())
    return page("".join(extra))


# Visible text (KB) of real pages of 40-250 KB at the deciles 0, 10 ... 100 %: 34 pages of
# ../shared/corpus/realpages, script, style, noscript, template and svg left out, runs of
# white space as one space (measured 2026-11-27).  Their median is 7.9 KB, 7 % of the bytes.
_REAL_TEXT_KB = (1.5, 2.1, 2.5, 4.3, 5.4, 7.9, 10.9, 13.5, 19.0, 28.3, 36.0)


def _text_budget(rng: random.Random) -> int:
    """A page's visible text in bytes, drawn to follow the real pages' deciles."""
    u = rng.random() * 10
    low, high = _REAL_TEXT_KB[int(u)], _REAL_TEXT_KB[int(u) + 1]
    return int((low + (high - low) * (u - int(u))) * 1000)


_INVISIBLE = re.compile(r"<(script|style|svg)\b.*?</\1>|<div hidden.*?</div></div>", re.S)


def _text_size(page: str) -> int:
    """About the visible text's size: tags and invisible blocks out, white space squeezed."""
    return len(" ".join(html.unescape(_TAG.sub(" ", _INVISIBLE.sub(" ", page))).split()))


_TAG = re.compile(r"<[^>]*>")

_UTILITY_CLASSES = (
    "flex items-center justify-between gap-4 px-6 py-3 md:px-8 lg:gap-6",
    "relative mx-auto w-full max-w-7xl overflow-hidden rounded-2xl bg-white shadow-sm",
    "grid grid-cols-1 gap-6 sm:grid-cols-2 lg:grid-cols-4 xl:gap-8",
    "inline-flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-slate-100",
    "text-sm font-semibold leading-6 tracking-tight text-slate-900 group-hover:text-brand-600",
    "mt-2 line-clamp-3 text-base leading-7 text-slate-600 dark:text-slate-300",
)


def _icon(rng: random.Random) -> str:
    points = " ".join(
        f"{rng.choice('MLCQ')}{rng.uniform(0, 24):.3f} {rng.uniform(0, 24):.3f}"
        for _ in range(rng.randint(12, 40))
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
        'stroke="currentColor" stroke-width="1.5" aria-hidden="true" class="h-6 w-6">'
        f'<path stroke-linecap="round" stroke-linejoin="round" d="{points}Z"/></svg>'
    )


def _feature_tiles(rng: random.Random) -> str:
    """A framework's feature grid: nested utility-class divs, an icon and a few words each."""
    tiles = "".join(
        f'<div class="{rng.choice(_UTILITY_CLASSES)}" data-testid="tile-{n}" '
        f'data-v-{rng.randrange(16**6):06x}=""><div class="{rng.choice(_UTILITY_CLASSES)}">'
        f'<span class="{rng.choice(_UTILITY_CLASSES)}">{_icon(rng)}</span></div>'
        f'<div class="{rng.choice(_UTILITY_CLASSES)}"><p class="{rng.choice(_UTILITY_CLASSES)}">'
        f"{_esc(_sentence(rng, 2, 5)[:-1])}</p></div></div>"
        for n in range(rng.randint(4, 8))
    )
    outer, grid = rng.choice(_UTILITY_CLASSES), _UTILITY_CLASSES[2]
    return f'<section class="{outer}"><div class="{grid}">{tiles}</div></section>'


def _state_script(rng: random.Random, size: int) -> str:
    """A framework's page state (``__NEXT_DATA__`` and the like): JSON, not JSON-LD."""
    items: list[dict[str, object]] = []
    while sum(len(json.dumps(i)) for i in items) < size:
        items.append(
            {
                "id": f"{rng.randrange(16**12):012x}",
                "slug": "-".join(rng.choice(WORDS) for _ in range(3)),
                "title": _sentence(rng, 2, 6),
                "price": {"amount": rng.randint(100, 3000), "currency": "GBP"},
                "tags": [rng.choice(WORDS) for _ in range(rng.randint(1, 5))],
                "published": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            }
        )
    state = {"props": {"pageProps": {"items": items}}, "page": "/courses/[slug]"}
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'


def _textdump(
    rng: random.Random, style: Style, course: str, url: str, runs: list[Run], target: int
) -> str:
    h = style.headings
    blocks = [
        json.dumps(b, ensure_ascii=False) for b in _jsonld_blocks(rng, style, course, url, runs)
    ]
    lines = [
        blocks[0],
        course,
        _prose(rng, 3),
        h["schedule"],
        "\t".join((h["date"], h["location"], h["price"], h["availability"])),
    ]
    lines += [
        "\t".join(
            (
                _written_range(r, style),
                "Live online" if r.online else r.city,
                _written_price(r.price, style),
                r.seats,
            )
        )
        for r in runs
    ]
    lines += [style.vat_note, *blocks[1:-1], h["faq"]]
    for q, a in rng.sample(QUESTIONS, 5):
        lines += [q, a]
    lines += [h["glossary"], *(f"{n} – {d}." for n, d in rng.sample(TERMS, 5)), *blocks[1:][-1:]]
    while len("\n\n".join(lines).encode()) < target:
        lines += [_sentence(rng, 3, 6)[:-1], _prose(rng, 6)]
    return "\n\n".join(lines)


def generate(count: int = 500, *, seed: int = 2026, text: str = "real") -> list[Page]:
    """``count`` pages, the same for the same seed: about 80% JSON-LD, 10% microdata,
    5% RDFa, 5% text dumps.

    ``text="real"`` gives an HTML page as much visible text as real pages of its size
    carry (see ``_REAL_TEXT_KB``) and makes up the rest of its bytes with markup;
    ``text="dense"`` (the benchmark's pages until session 5) fills it with prose instead,
    about five times the text of a real page.
    """
    if text not in TEXT_PROFILES:
        raise ValueError(f"text must be one of {TEXT_PROFILES}, not {text!r}")
    rng = random.Random(seed)
    pages = []
    for n in range(count):
        style = rng.choice(STYLES)
        course = rng.choice(COURSES)
        slug = course.lower().replace(" ", "-").replace("+", "plus")
        url = f"https://www.{style.domain}/courses/{slug}-{n}"
        runs = _runs(rng)
        target = rng.randint(MIN_BYTES + 2_000, MAX_BYTES - 8_000)
        roll = rng.random()
        kind = (
            "jsonld"
            if roll < 0.80
            else "microdata"
            if roll < 0.90
            else "rdfa"
            if roll < 0.95
            else "textdump"
        )
        body = (
            _textdump(rng, style, course, url, runs, target)
            if kind == "textdump"
            else _html_page(rng, style, course, url, runs, kind, target, text)
        )
        pages.append(Page(f"p{n:04d}_{kind}", url, kind, body.encode("utf-8")))
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--text", choices=TEXT_PROFILES, default="real", help=generate.__doc__)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for page in generate(args.pages, seed=args.seed, text=args.text):
        suffix = ".txt" if page.kind == "textdump" else ".html"
        (args.out / f"{page.name}{suffix}").write_bytes(page.body)


if __name__ == "__main__":
    main()

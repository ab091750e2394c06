"""Render the demo site from ``_data.py`` into ``site/`` (run once; the output is checked in).

    uv run python -m prospectus.demo.build

Links inside a provider's site are root-relative. ``{{origin}}`` (this provider's origin) and
``{{origin:SLUG}}`` (another provider's) are filled in by the server, which knows the ports.
"""

from __future__ import annotations

import html
import json
import shutil
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from prospectus.demo._data import (
    BLOG_TOPICS,
    FAQS,
    GLOSSARY,
    HARBOUR,
    KESTREL,
    NORTHWIND,
    PROVIDERS,
    Course,
    Provider,
    Run,
)  # fmt: skip

SITE = Path(__file__).parent / "site"
_MODES = {"online": "OnlineEventAttendanceMode", "classroom": "OfflineEventAttendanceMode"}


def money(value: float) -> str:
    """£1,295 style."""
    return f"£{value:,.0f}"


def _d(iso: str, style: str) -> str:
    day = date.fromisoformat(iso)
    if style == "long":
        return f"{day.day} {day:%B %Y}"
    if style == "short":
        return f"{day:%a} {day.day} {day:%b %Y}"
    if style == "slash":
        return f"{day:%d/%m/%Y}"
    suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return f"{day:%A} {day.day}{suffix} {day:%B %Y}"


def page(p: Provider, path: str, title: str, body: str, head: str = "",
         charset: str = "utf-8") -> str:  # fmt: skip
    """A whole HTML page in the provider's layout."""
    nav = "".join(
        f'<li><a href="{href}">{label}</a></li>'
        for href, label in (("/", "Home"), ("/courses/", "Courses"), ("/faq.html", "FAQ"),
                            ("/glossary.html", "Glossary"), ("/blog/", "Blog"),
                            ("/about.html", "About"), ("/contact.html", "Contact"))
    )  # fmt: skip
    private = {"northwind": "/account/login.html", "harbour": "/search?q=prince2",
               "kestrel": "/basket/"}[p.slug]  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="{charset}">
<title>{html.escape(title)} | {html.escape(p.name)}</title>
<link rel="canonical" href="{{{{origin}}}}{path}">
{head}</head>
<body>
<header><a class="logo" href="/">{html.escape(p.name)}</a>
<nav><ul>{nav}<li><a href="{private}">My account</a></li></ul></nav></header>
<nav class="breadcrumb"><a href="/">Home</a> › {html.escape(title)}</nav>
<main>
<h1>{html.escape(title)}</h1>
{body}
</main>
<footer><p>{html.escape(p.name)} — {html.escape(p.tagline)}</p>
<p><a href="/?utm_source=footer&amp;utm_medium=web">Home</a> ·
<a href="/contact.html#form">Contact us</a> ·
<a href="https://www.example-accreditor.org/find-a-trainer">Accredited trainer</a></p></footer>
</body>
</html>
"""


def _jsonld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def _course_jsonld(p: Provider, c: Course) -> str:
    runs = [
        {"@type": "CourseInstance", "courseMode": r.mode, "startDate": r.start, "endDate": r.end,
         "courseSchedule": {"@type": "Schedule", "duration": f"P{c.days}D"},
         "location": ({"@type": "Place", "name": r.location} if r.location
                      else {"@type": "VirtualLocation", "url": "{{origin}}/online-classroom"}),
         "offers": {"@type": "Offer", "price": f"{r.price:.2f}", "priceCurrency": "GBP",
                    "availability": "https://schema.org/InStock",
                    "url": f"{{{{origin}}}}/courses/{c.slug}.html"}}
        for r in c.runs
    ]  # fmt: skip
    return _jsonld({
        "@context": "https://schema.org", "@type": "Course", "name": c.name,
        "description": c.summary, "url": f"{{{{origin}}}}/courses/{c.slug}.html",
        "provider": {"@type": "Organization", "name": p.name, "sameAs": "{{origin}}/"},
        "hasCourseInstance": runs,
    })  # fmt: skip


def _run_row_jsonld(r: Run) -> str:
    where = r.location or "Online (live, virtual classroom)"
    return (f"<tr><td>{_d(r.start, 'long')} – {_d(r.end, 'long')}</td><td>{where}</td>"
            f"<td>{money(r.price)} + VAT</td>"
            "<td><a href='/account/book.html'>Book</a></td></tr>")  # fmt: skip


def _run_microdata(c: Course, r: Run) -> str:
    price = (f"<s>Was {money(r.was)}</s> Now " if r.was else "") + (
        f'<span itemprop="price" content="{r.price:.2f}">{money(r.price)}</span>'
    )
    where = (
        (
            f'<span itemprop="location" itemscope itemtype="https://schema.org/Place">'
            f'<span itemprop="name">{r.location}</span></span>'
        )
        if r.location
        else "Live online"
    )
    return f"""<div class="run" itemprop="hasCourseInstance" itemscope
 itemtype="https://schema.org/CourseInstance">
<meta itemprop="courseMode" content="{r.mode}">
<p><time itemprop="startDate" datetime="{r.start}">{_d(r.start, 'short')}</time> to
<time itemprop="endDate" datetime="{r.end}">{_d(r.end, 'short')}</time> · {where}</p>
<p itemprop="offers" itemscope itemtype="https://schema.org/Offer">
<meta itemprop="priceCurrency" content="GBP">{price} <small>(prices exclude VAT)</small></p>
</div>"""  # fmt: skip


def _run_plain(r: Run, i: int) -> str:
    start, end = date.fromisoformat(r.start), date.fromisoformat(r.end)
    when = (
        f"{start.day}–{_d(r.end, 'long')}"
        if start.month == end.month
        else (f"{_d(r.start, 'long')} – {_d(r.end, 'long')}")
    )
    vat = "(ex VAT)" if i % 2 else "+ VAT"
    where = f"Classroom, {r.location}" if r.location else "Virtual classroom"
    return f"<tr><td>{when}</td><td>{where}</td><td>{money(r.price)} {vat}</td></tr>"


def course_page(p: Provider, c: Course) -> str:
    """One course page, marked up the provider's way."""
    intro = f"<p class='lead'>{html.escape(c.summary)}</p><p>Duration: {c.days} days.</p>"
    if p.markup == "jsonld":
        rows = "".join(_run_row_jsonld(r) for r in c.runs)
        body = (f"{intro}<h2>Dates and prices</h2><table class='dates'><tr><th>Dates</th>"
                f"<th>Venue</th><th>Price</th><th></th></tr>{rows}</table>")  # fmt: skip
        return page(p, f"/courses/{c.slug}.html", c.name, body, _course_jsonld(p, c))
    if p.markup == "microdata":
        runs = "\n".join(_run_microdata(c, r) for r in c.runs)
        body = (f'<div itemscope itemtype="https://schema.org/Course"><meta itemprop="name" '
                f'content="{html.escape(c.name)}"><div itemprop="provider" itemscope '
                f'itemtype="https://schema.org/Organization"><meta itemprop="name" '
                f'content="{html.escape(p.name)}"></div>{intro}'
                f"<h2>Upcoming dates</h2>{runs}</div>")  # fmt: skip
        return page(p, f"/courses/{c.slug}.html", c.name, body)
    rows = "".join(_run_plain(r, i) for i, r in enumerate(c.runs))
    body = (f"{intro}<h2>Schedule</h2><table class='schedule'><thead><tr><th>Date</th><th>"
            f"Location</th><th>Fee</th></tr></thead><tbody>{rows}</tbody></table>"
            "<p>Call 0131 496 0000 to book.</p>")  # fmt: skip
    return page(p, f"/courses/{c.slug}.html", c.name, body)


def courses_index(p: Provider) -> str:
    items = "".join(
        f'<li><a href="/courses/{c.slug}.html">{html.escape(c.name)}</a> — from '
        f"{money(min(r.price for r in c.runs))}</li>"
        for c in p.courses
    )
    body = (f"<ul class='courses'>{items}</ul><p><a href='/courses/?sort=price'>Sort by price</a>"
            " · <a href='/brochure.pdf'>Download our brochure (PDF)</a></p>")  # fmt: skip
    return page(p, "/courses/", "All courses", body)


def faq_page(p: Provider) -> str:
    """FAQ: JSON-LD FAQPage (northwind, kestrel) and/or <details> accordions (harbour, kestrel)."""
    head = ""
    if p.slug in ("northwind", "kestrel"):
        head = _jsonld({"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
            {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}}
            for q, a in FAQS]})  # fmt: skip
    if p.slug == "northwind":
        body = "".join(f"<h3>{html.escape(q)}</h3><p>{html.escape(a)}</p>" for q, a in FAQS)
    else:
        body = "".join(f"<details><summary>{html.escape(q)}</summary><p>{html.escape(a)}</p>"
                       "</details>" for q, a in FAQS)  # fmt: skip
    return page(p, "/faq.html", "Frequently asked questions", body, head)


def glossary_page(p: Provider) -> str:
    """A <dl> glossary; DefinedTerm microdata on the terms that have a Wikidata id (not harbour)."""
    items = []
    for name, definition, qid in GLOSSARY:
        if qid and p.slug != "harbour":
            items.append(
                f'<div itemscope itemtype="https://schema.org/DefinedTerm"><dt itemprop="name">'
                f'{html.escape(name)}</dt><dd itemprop="description">{html.escape(definition)} '
                f'<a itemprop="sameAs" href="https://www.wikidata.org/wiki/{qid}">Wikidata</a>'
                "</dd></div>")  # fmt: skip
        else:
            items.append(f"<dt>{html.escape(name)}</dt><dd>{html.escape(definition)}</dd>")
    return page(p, "/glossary.html", "Glossary", f"<dl class='glossary'>{''.join(items)}</dl>")


def blog_pages(p: Provider) -> dict[str, str]:
    """Blog posts and a paged index (three posts a page)."""
    out: dict[str, str] = {}
    posts = sorted(BLOG_TOPICS, key=lambda t: t[2], reverse=True)
    for slug, title, day in posts:
        body = (f"<article><p class='meta'>Published {_d(day, 'long')}</p><p>{html.escape(title)}"
                " — notes from our trainers. See our <a href='/courses/'>course list</a> and "
                "<a href='/blog/?utm_source=blog&amp;utm_campaign=spring'>more posts</a>.</p>"
                "<p>Read the <a href='https://en.wikipedia.org/wiki/Project_management'>"
                "background</a>.</p></article>")  # fmt: skip
        head = _jsonld({"@context": "https://schema.org", "@type": "BlogPosting",
                        "headline": title, "datePublished": day})  # fmt: skip
        out[f"blog/{slug}.html"] = page(p, f"/blog/{slug}.html", title, body, head)
    for number in (1, 2):
        chunk = posts[(number - 1) * 3 : number * 3]
        items = "".join(f'<li><a href="/blog/{s}.html">{html.escape(t)}</a></li>'
                        for s, t, _ in chunk)  # fmt: skip
        pager = (
            "<a href='/blog/page/2.html'>Older posts</a>"
            if number == 1
            else ("<a href='/blog/'>Newer posts</a>")
        )
        path = "/blog/" if number == 1 else f"/blog/page/{number}.html"
        name = "blog/index.html" if number == 1 else f"blog/page/{number}.html"
        out[name] = page(p, path, f"Blog (page {number})", f"<ul>{items}</ul><p>{pager}</p>")
    return out


def home_page(p: Provider) -> str:
    others = [o for o in PROVIDERS if o.slug != p.slug]
    featured = "".join(f'<li><a href="/courses/{c.slug}.html?utm_source=home&amp;gclid=abc123">'
                       f"{html.escape(c.name)}</a></li>" for c in p.courses[:3])  # fmt: skip
    body = (f"<p>{html.escape(p.tagline)}</p><h2>Popular courses</h2><ul>{featured}</ul>"
            f"<p><a href='/courses/;jsessionid=A1B2C3'>Browse all courses</a></p>"
            f"<p>Partner: <a href='{{{{origin:{others[0].slug}}}}}/'>"
            f"{others[0].name}</a></p>")  # fmt: skip
    head = _jsonld({"@context": "https://schema.org", "@type": "Organization", "name": p.name,
                    "url": "{{origin}}/"})  # fmt: skip
    return page(p, "/", p.name, body, head)


def simple_pages(p: Provider) -> dict[str, str]:
    """About, contact and the pages robots.txt keeps us out of."""
    charset = "windows-1252" if p.slug == "kestrel" else "utf-8"
    about = (
        f"<p>{html.escape(p.name)} was founded by two former programme managers. Our fees "
        "are shown in £ sterling, exclusive of VAT — café-style breakout areas included.</p>"
    )
    pages = {
        "about.html": page(p, "/about.html", "About us", about, charset=charset),
        "contact.html": page(p, "/contact.html", "Contact", "<p>Email: hello@example.com</p>"),
    }
    private = {"northwind": "account/login.html", "harbour": "search",
               "kestrel": "basket/index.html"}[p.slug]  # fmt: skip
    pages[private] = page(p, "/" + private, "Private", "<p>Not for robots.</p>")
    if p.slug == "kestrel":
        rows = "".join(f"<tr><td>{html.escape(c.name)}</td><td>{_d(r.start, 'slash')}</td>"
                       f"<td>{r.location or 'Online'}</td><td>{money(r.price)} + VAT</td></tr>"
                       for c in p.courses for r in c.runs)  # fmt: skip
        pages["schedule.html"] = page(
            p, "/schedule.html", "Course schedule 2026–2027",
            f"<table class='schedule'><tr><th>Course</th><th>Start</th><th>Where</th>"
            f"<th>Price</th></tr>{rows}</table>")  # fmt: skip
    return pages


def _urlset(paths: Sequence[tuple[str, str | None]]) -> str:
    items = "".join(f"<url><loc>{{{{origin}}}}{path}</loc>"
                    + (f"<lastmod>{mod}</lastmod>" if mod else "") + "</url>\n"
                    for path, mod in paths)  # fmt: skip
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns='
            f'"http://www.sitemaps.org/schemas/sitemap/0.9">\n{items}</urlset>\n')  # fmt: skip


def sitemaps(p: Provider) -> dict[str, str]:
    """Northwind and Harbour: an index of two sitemaps (blog gzipped); Kestrel: /sitemap.xml."""
    course_paths: list[tuple[str, str | None]] = [("/courses/", None)]
    course_paths += [(f"/courses/{c.slug}.html", None) for c in p.courses]
    info: list[tuple[str, str | None]] = [
        ("/", None),
        ("/faq.html", None),
        ("/glossary.html", None),
        ("/about.html", None),
    ]
    blog: list[tuple[str, str | None]] = [
        (f"/blog/{slug}.html", day) for slug, _, day in BLOG_TOPICS
    ] + [("/blog/", None)]
    if p.slug == "kestrel":
        return {"sitemap.xml": _urlset(course_paths + info + blog + [("/schedule.html", None)])}
    blog_name = "sitemap-blog.xml.gz" if p.slug == "northwind" else "sitemap-blog.xml"
    index = "".join(f"<sitemap><loc>{{{{origin}}}}/{name}</loc></sitemap>\n"
                    for name in ("sitemap-pages.xml", blog_name))  # fmt: skip
    return {
        "sitemap_index.xml": '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns='
        f'"http://www.sitemaps.org/schemas/sitemap/0.9">\n{index}</sitemapindex>\n',
        "sitemap-pages.xml": _urlset(course_paths + info),
        "sitemap-blog.xml": _urlset(blog),  # served gzipped as .xml.gz for northwind
    }


def render(p: Provider) -> dict[str, str]:
    """Every file of one provider's site, by relative path."""
    files = {"index.html": home_page(p), "courses/index.html": courses_index(p),
             "faq.html": faq_page(p), "glossary.html": glossary_page(p),
             "robots.txt": p.robots, "brochure.pdf": "%PDF-1.4\n% demo brochure\n"}  # fmt: skip
    files.update({f"courses/{c.slug}.html": course_page(p, c) for c in p.courses})
    files.update(blog_pages(p))
    files.update(simple_pages(p))
    files.update(sitemaps(p))
    return files


def build(target: Path = SITE) -> int:
    """Write the site under ``target`` (replacing it); return how many files were written."""
    if target.exists():
        shutil.rmtree(target)
    count = 0
    for provider in (NORTHWIND, HARBOUR, KESTREL):
        for name, text in render(provider).items():
            path = target / provider.slug / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            count += 1
    return count


if __name__ == "__main__":
    build()

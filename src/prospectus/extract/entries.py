"""FAQs, glossary terms, breadcrumbs, organisations and articles from structured data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from prospectus.extract.dates import parse_iso
from prospectus.extract.graph import Graph, Node, absolute_url, as_list, first_text
from prospectus.extract.text import clean_or_none, join_url
from prospectus.records import Article, Breadcrumb, Faq, Organization, Term

_WIKIDATA = re.compile(r"wikidata\.org/(?:wiki|entity)/(Q\d+)", re.I)
_TERM_TYPES = {"DefinedTerm", "CategoryCode"}
_ORG_TYPES = {
    "Organization",
    "EducationalOrganization",
    "LocalBusiness",
    "CollegeOrUniversity",
    "Corporation",
    "ProfessionalService",
    "School",
    "NGO",
    "EmploymentAgency",
}
_ARTICLE_TYPES = {"Article", "BlogPosting", "NewsArticle", "TechArticle", "Report"}


def _urls(value: Any, base: str | None) -> tuple[str, ...]:
    out: list[str] = []
    for item in as_list(value):
        if isinstance(item, dict):
            item = item.get("@id") or item.get("url")
        if isinstance(item, str) and item.strip():
            url = join_url(base, item.strip()) if base else item.strip()
            if url not in out:
                out.append(url)
    return tuple(out)


def wikidata_id(urls: tuple[str, ...]) -> str | None:
    for url in urls:
        if match := _WIKIDATA.search(url):
            return match.group(1)
    return None


def _answer(question: Node) -> str | None:
    for key in ("acceptedAnswer", "suggestedAnswer"):
        for answer in as_list(question.get(key)):
            text = (
                first_text(answer.get("text"))
                if isinstance(answer, dict)
                else clean_or_none(answer)
            )
            if text:
                return text
    return None


def faqs_from_graph(graph: Graph, *, page: str) -> list[Faq]:
    out = []
    for node in graph.of_type("Question"):
        question = first_text(node.get("name")) or first_text(node.get("text"))
        if not question:
            continue
        syntax = node.get("_syntax", "jsonld")
        answer = _answer(node)
        prov = (("question", syntax),) + ((("answer", syntax),) if answer else ())
        out.append(Faq(page=page, source=syntax, provenance=prov, question=question, answer=answer))
    return out


def terms_from_graph(graph: Graph, *, page: str, base_url: str | None) -> list[Term]:
    out = []
    for node in graph.of_type(*_TERM_TYPES):
        name = first_text(node.get("name")) or first_text(node.get("termCode"))
        if not name:
            continue
        syntax = node.get("_syntax", "jsonld")
        same_as = _urls(node.get("sameAs"), base_url)
        definition = first_text(node.get("description"))
        prov = tuple(
            (f, syntax)
            for f, v in (("name", name), ("definition", definition), ("same_as", same_as))
            if v
        )
        out.append(
            Term(
                page=page,
                source=syntax,
                provenance=prov,
                name=name,
                definition=definition,
                same_as=same_as,
                wikidata_id=wikidata_id(same_as),
            )
        )
    return out


def _crumbs(node: Node, base_url: str | None) -> Iterator[tuple[int, str, str | None]]:
    for index, item in enumerate(as_list(node.get("itemListElement"))):
        if not isinstance(item, dict):
            continue
        target = item.get("item")
        name = first_text(item.get("name")) or (
            first_text(target.get("name")) if isinstance(target, dict) else None
        )
        url = absolute_url(target, base_url)
        position = item.get("position")
        try:
            order = int(position) if position is not None else index
        except (TypeError, ValueError):
            order = index
        if name:
            yield order, name, url


def breadcrumbs_from_graph(
    graph: Graph, *, page: str, base_url: str | None = None
) -> list[Breadcrumb]:
    out = []
    for node in graph.of_type("BreadcrumbList"):
        crumbs = sorted(_crumbs(node, base_url), key=lambda c: c[0])
        if crumbs:
            syntax = node.get("_syntax", "jsonld")
            out.append(
                Breadcrumb(
                    page=page,
                    source=syntax,
                    provenance=(("names", syntax),),
                    names=tuple(c[1] for c in crumbs),
                    urls=tuple(c[2] for c in crumbs),
                )
            )
    return out


def organizations_from_graph(
    graph: Graph, *, page: str, base_url: str | None
) -> list[Organization]:
    out: dict[str, Organization] = {}
    for node in graph.of_type(*_ORG_TYPES):
        if not (name := first_text(node.get("name"))):
            continue
        if name in out:
            continue
        syntax = node.get("_syntax", "jsonld")
        logo = node.get("logo")
        out[name] = Organization(
            page=page,
            source=syntax,
            provenance=(("name", syntax),),
            name=name,
            url=absolute_url(node.get("url"), base_url),
            same_as=_urls(node.get("sameAs"), base_url),
            logo=absolute_url(logo, base_url),
            telephone=first_text(node.get("telephone")),
        )
    return list(out.values())


def articles_from_graph(graph: Graph, *, page: str, base_url: str | None = None) -> list[Article]:
    out = []
    for node in graph.of_type(*_ARTICLE_TYPES):
        headline = first_text(node.get("headline")) or first_text(node.get("name"))
        if headline:
            syntax = node.get("_syntax", "jsonld")
            out.append(
                Article(
                    page=page,
                    source=syntax,
                    provenance=(("headline", syntax),),
                    headline=headline,
                    url=absolute_url(node.get("url"), base_url),
                    author=first_text(node.get("author")),
                    date_published=parse_iso(first_text(node.get("datePublished"))),
                    date_modified=parse_iso(first_text(node.get("dateModified"))),
                )
            )
    return out

"""The page's own facts: the bytes the parser reads, and where a link text leads."""

from __future__ import annotations

import codecs
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser

from prospectus.extract import Document, extract
from prospectus.extract.document import decode
from prospectus.extract.page import _links, _utf8_source
from prospectus.extract.patterns.dated_links import dated_links

_HTML = "<html><body><h1>Café Süd – Kurs</h1><p>Preis: 495 €</p></body></html>"


def test_utf8_bytes_are_parsed_as_they_are_less_their_byte_order_mark() -> None:
    body = _HTML.encode()
    for raw in (body, codecs.BOM_UTF8 + body):
        doc = Document(body=raw, headers={"Content-Type": "text/html; charset=utf-8"})
        assert _utf8_source(decode(doc), doc) == body
    assert LexborHTMLParser(body).html == LexborHTMLParser(_HTML).html


def test_other_encodings_and_repaired_bytes_are_parsed_from_the_text() -> None:
    latin = Document(body=_HTML.encode("cp1252"), headers={"Content-Type": "charset=cp1252"})
    broken = Document(body=_HTML.encode() + b"\xff", headers={"Content-Type": "charset=utf-8"})
    assert _utf8_source(decode(latin), latin) is None
    assert _utf8_source(decode(broken), broken) is None


def test_a_clashing_link_text_is_settled_by_the_heading_or_cell_that_links_it() -> None:
    tree = LexborHTMLParser(
        "<nav><a href='/old-lean'>Lean Basics Course</a><a href='/a'>Agile Team Course</a></nav>"
        "<h2><span><b><a href='/lean'>Lean Basics Course</a></b></span></h2>"
        "<table><tr><td><p><a href='/agile'>Agile Team Course</a></p></td></tr></table>"
        "<div><div><div><a href='/b'>Agile Team Course</a></div></div></div>"
    )
    links, _ = _links(tree, "https://example.com/")
    assert links["lean basics course"] == "https://example.com/lean"
    assert links["agile team course"] == "https://example.com/agile"


def test_links_resolve_as_urljoin_against_any_base() -> None:
    hrefs = ["/courses/lean", "lean", "../lean?x=1", "https://other.org/a", "//cdn.org/b", " /sp "]
    tree = LexborHTMLParser(
        "".join(f"<p><a href='{href}'>Course number {n}</a></p>" for n, href in enumerate(hrefs))
    )
    for base in ("https://example.com/a/b", "http://example.com", "file:///x/y", "/relative/"):
        links, _ = _links(tree, base)
        assert [links[f"course number {n}"] for n in range(len(hrefs))] == [
            urljoin(base, href.strip()) for href in hrefs
        ]
    links, _ = _links(tree, None)
    assert links["course number 0"] == "/courses/lean"


def test_marked_up_data_is_read_whatever_the_case_of_its_attributes() -> None:
    html = (
        '<html><body><div ITEMSCOPE itemtype="https://schema.org/Course">'
        '<span itemprop="name">Lean Basics</span></div>'
        '<div vocab="https://schema.org/" TYPEOF="Organization">'
        '<span property="name">Acme Training</span></div>'
        "<p>typeof= and itemscope in words only</p></body></html>"
    )
    names = {getattr(r, "name", None) for r in extract(Document(body=html.encode())).records}
    assert {"Lean Basics", "Acme Training"} <= names


def test_a_repeated_title_links_each_dated_item_to_its_own_page() -> None:
    html = """<nav><a href="/courses/negotiation">Negotiation Skills Day</a></nav>
    <div class="list">
      <div class="item"><h3><a href="/e/negotiation-leeds">Negotiation Skills Day</a></h3>
        <p>Thursday 4 February 2027 · Leeds</p></div>
      <div class="item"><h3><a href="/e/negotiation-york">Negotiation Skills Day</a></h3>
        <p><time datetime="2027-03-11">11 March</time> · York</p></div>
      <div class="item"><h3><a href="/e/other">Negotiation Skills Day</a></h3><p>Coming soon</p>
      </div>
    </div>
    <p><a href="/c/excel">Excel Basics</a> <a href="/c/excel">Excel Basics</a></p>"""
    assert dated_links(LexborHTMLParser(html)) == {
        ("negotiation skills day", "2027-02-04"): "/e/negotiation-leeds",
        ("negotiation skills day", "2027-03-11"): "/e/negotiation-york",
    }

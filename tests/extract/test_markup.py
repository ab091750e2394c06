"""RDFa read from the tree: the walk goes down only where RDFa attributes are."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from prospectus.extract.markup import read_rdfa

_PAGE = """<html><head><link rel="stylesheet" href="/s.css"></head><body>
<div><section><p>Intro, nothing marked.</p></section></div>
<div vocab="https://schema.org/" typeof="Course">
  <div class="wrap"><div class="inner"><h1 property="name">Lean <b>Basics</b></h1></div></div>
  <div rel="hasCourseInstance"><div><div typeof="CourseInstance">
    <span><span property="startDate" content="2026-03-02">2 March</span></span>
  </div></div></div>
</div>
<p>Outro <a href="/x">link</a></p>
</body></html>"""


def test_rdfa_is_read_through_unmarked_wrappers() -> None:
    (course,) = read_rdfa(LexborHTMLParser(_PAGE))
    assert course["@type"] == ["https://schema.org/Course"]
    assert course["https://schema.org/name"] == "Lean Basics"
    (run,) = [course["https://schema.org/hasCourseInstance"]]
    assert run["@type"] == ["https://schema.org/CourseInstance"]
    assert run["https://schema.org/startDate"] == "2026-03-02"


def test_a_page_without_rdfa_gives_nothing() -> None:
    assert read_rdfa(LexborHTMLParser("<p>Plain <a rel='nofollow' href='/'>page</a></p>")) == []

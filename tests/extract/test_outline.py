"""The page outline: heading texts kept, region cues found over all headings at once."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.patterns.cues import FAQ, GLOSSARY, flagged_lines, region_flags
from prospectus.extract.patterns.outline import Outline

PAGE = """<html><body>
<h1>Project management courses</h1><p>Intro</p>
<h2>Course  &amp; dates</h2><p>Text</p>
<h2>Frequently asked questions</h2>
<h3>How long is it?</h3><p>Two days.</p>
<h3>Who is it for?</h3><p>Managers.</p>
<h3>Booking</h3><p>Online.</p>
<h2>Key terms explained</h2><p>Words</p>
<h3>Agile</h3><p>A way of working.</p>
<h2>Contact</h2><p>Call us.</p>
</body></html>"""


def _by_text(outline: Outline, text: str) -> LexborNode:
    at = outline.heading_texts.index(text)
    return outline.headings[at][1]


def test_heading_texts_are_the_clean_texts_of_the_headings_in_order() -> None:
    outline = Outline(LexborHTMLParser(PAGE))
    assert outline.heading_texts[:2] == ["Project management courses", "Course & dates"]
    assert len(outline.heading_texts) == len(outline.headings) == 9


def test_sections_take_the_flags_of_the_headings_above_them() -> None:
    outline = Outline(LexborHTMLParser(PAGE))
    assert outline.flags(_by_text(outline, "Booking")) == FAQ
    assert outline.flags(_by_text(outline, "Agile")) == GLOSSARY
    assert outline.flags(_by_text(outline, "Contact")) == 0
    assert outline.flags(_by_text(outline, "Course & dates")) == 0
    assert outline.has(FAQ) and outline.has(GLOSSARY)
    # a heading's own words count for it unless asked otherwise
    faq_head = _by_text(outline, "Frequently asked questions")
    assert outline.flags(faq_head) == FAQ
    assert outline.flags(faq_head, own_text=False) == 0


def test_regions_are_the_same_with_unmarked_headings_in_between() -> None:
    plain = Outline(LexborHTMLParser(PAGE))
    more = Outline(LexborHTMLParser(PAGE.replace("<h3>Booking</h3>", "<h4>A</h4><h4>B</h4>")))
    assert len(plain.regions(FAQ)) == len(more.regions(FAQ)) == 1
    assert len(plain.regions(GLOSSARY)) == 1


def test_a_page_without_cues_marks_nothing() -> None:
    outline = Outline(LexborHTMLParser("<body><h2>One</h2><p>x</p><h2>Two</h2><p>y</p></body>"))
    assert not outline.has(FAQ | GLOSSARY)
    assert outline.regions(FAQ) == []
    assert outline.flags(outline.headings[1][1]) == 0


def test_flagged_lines_agree_with_region_flags_text_by_text() -> None:
    texts = [
        "",
        "FAQs",
        "Course outline",
        "Glossary of terms",
        "İstanbul FAQ",  # lower-cases to a longer text: later lines keep their numbers
        "Häufige Fragen",
        "Questions and answers about a course that go on for far too many words to count",
        "Jargon buster",
        "用語集",
    ]
    expected = {at: flags for at, text in enumerate(texts) if (flags := region_flags(text))}
    assert flagged_lines(texts) == expected
    assert expected[1] == FAQ and expected[3] == GLOSSARY and 4 in expected and 8 in expected
    assert flagged_lines([]) == {}

"""Text dumps: inline JSON-LD taken out, polluted strings given back to the text."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prospectus.extract import Document, extract
from prospectus.extract.pollution import pollution_signs
from prospectus.extract.textdump import (
    TextDump,
    _next_candidate,
    contact_holder,
    copyright_holder,
    has_inline_json,
    split_textdump,
)

SHARED = Path(__file__).parents[2] / ".." / "shared"
SAMPLE = SHARED / "samples" / "000_8d53c66af32cc3c4.txt"
DEVSET = SHARED / "devset"


def dump(path: Path) -> TextDump:
    return split_textdump(path.read_text(encoding="utf-8"), page=path.name)


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def types(result: TextDump) -> Counter[str]:
    return Counter(str(o.get("@type")) for o in result.objects)


# --- the sample and the dev set ------------------------------------------------------------


def test_sample_objects() -> None:
    result = dump(SAMPLE)
    assert types(result) == Counter({"BreadcrumbList": 1, "WebPage": 1, "EducationEvent": 1})
    page = next(o for o in result.objects if o["@type"] == "WebPage")
    article, faq_page = page["mainEntity"]
    assert len(article["about"]) == 20 and len(faq_page["mainEntity"]) == 5


def test_sample_polluted_audience_name_goes_back_to_the_text() -> None:
    result = dump(SAMPLE)
    event = next(o for o in result.objects if o["@type"] == "EducationEvent")
    assert event["audience"] == {"@type": "Audience"}
    assert event["offers"]["price"] == "1699.00" and event["performer"]["name"] == "Susan Tuttle"
    spliced = "Kickstart your consulting career in project management now."
    assert not any(spliced in s for o in result.objects for s in strings(o))
    assert spliced in result.visible
    issue = next(i for i in result.issues if "audience.name" in i.detail)
    assert issue.action == "dropped" and issue.stage == "textdump"


def test_sample_visible_text_has_no_json_left() -> None:
    result = dump(SAMPLE)
    assert '"@type"' not in result.visible and '{"@' not in result.visible
    assert "Simon Buehring\n" in result.visible  # the object's place is a line break
    assert "PRINCE2 practices: Free ebook" in result.visible


def test_dev08_polluted_course_description() -> None:
    result = dump(DEVSET / "dev08_ccna.txt")
    assert types(result) == Counter({"BreadcrumbList": 1, "FAQPage": 1, "Course": 1})
    course = next(o for o in result.objects if o["@type"] == "Course")
    assert "description" not in course
    assert len(course["hasCourseInstance"]) == 3 and course["provider"]["name"]
    assert not any("09 Nov - 13 Nov" in s for o in result.objects for s in strings(o))
    assert "09 Nov - 13 Nov (Online) £2,895" in result.visible
    faq_page = next(o for o in result.objects if o["@type"] == "FAQPage")
    assert len(faq_page["mainEntity"]) == 5
    assert "Manage {vendor_count} vendors" in result.visible


def test_dev09_events_terms_and_truncated_faq() -> None:
    result = dump(DEVSET / "dev09_mental_health_first_aid.txt")
    assert types(result) == Counter(
        {"Organization": 1, "Event": 3, "DefinedTermSet": 1, "FAQPage": 1}
    )
    terms = next(o for o in result.objects if o["@type"] == "DefinedTermSet")
    assert len(terms["hasDefinedTerm"]) == 7
    faq_page = next(o for o in result.objects if o["@type"] == "FAQPage")
    questions = faq_page["mainEntity"]
    assert len(questions) == 4
    assert all(q["acceptedAnswer"]["text"].endswith(".") for q in questions)
    lost = [i for i in result.issues if i.action == "dropped"]
    assert lost and "Do I receive a manual?" in lost[0].detail


def test_dev10_has_no_course_markup() -> None:
    result = dump(DEVSET / "dev10_hgv_driver_cpc.txt")
    assert types(result) == Counter({"BreadcrumbList": 1, "LocalBusiness": 1})
    assert result.issues == ()


@pytest.mark.parametrize("path", [SAMPLE, *sorted(DEVSET.glob("*.txt"))], ids=lambda p: p.name)
def test_dumps_are_detected_and_emptied(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert has_inline_json(text)
    assert not has_inline_json(split_textdump(text, page=path.name).visible)


# --- small cases ----------------------------------------------------------------------------


def test_words_around_an_object_do_not_glue() -> None:
    result = split_textdump('Hello{"@type": "Thing", "name": "A"}World', page="p")
    assert result.objects == ({"@type": "Thing", "name": "A"},)
    assert result.visible == "Hello\nWorld"
    assert result.issues == ()


def test_array_of_objects_in_a_dump() -> None:
    text = 'a [{"@context": "https://schema.org", "@type": "A"}, {"@type": "B"}] b'
    result = split_textdump(text, page="p")
    assert [o["@type"] for o in result.objects] == ["A", "B"]
    assert result.visible == "a \n b"


def test_braces_in_prose_stay() -> None:
    text = 'Manage {vendor_count} vendors; say {"hi"} and {"a": 1} there'
    result = split_textdump(text, page="p")
    assert result.objects == () and result.visible == text


def test_other_big_json_is_taken_out_but_not_returned() -> None:
    text = 'x {"config": true, "theme": "dark", "items": [1, 2, 3], "lang": "en-GB"} y'
    result = split_textdump(text, page="p")
    assert result.objects == () and result.visible == "x \n y"
    assert [i.action for i in result.issues] == ["warning"]


def test_broken_object_is_repaired() -> None:
    text = 'before {"@type": "Course", "name": "X",, "offers": {"price": 5,},} after'
    result = split_textdump(text, page="p")
    assert result.objects == ({"@type": "Course", "name": "X", "offers": {"price": 5}},)
    assert result.visible == "before \n after"
    assert {i.action for i in result.issues} == {"repaired"}


def test_object_cut_by_the_end_of_the_file() -> None:
    text = 'text {"@type": "Course", "name": "X", "hasCourseInstance": [{"startDate": "2026'
    result = split_textdump(text, page="p")
    assert result.objects == ({"@type": "Course", "name": "X", "hasCourseInstance": []},)
    assert result.visible == "text \n"
    assert any(i.action == "dropped" for i in result.issues)


def test_clean_first_line_of_a_description_is_kept() -> None:
    obj = {
        "@type": "Course",
        "name": "X",
        "description": "A clean description of the course itself.\n  • 09 Nov p> £2,895",
    }
    result = split_textdump("a" + json.dumps(obj) + "b", page="p")
    assert result.objects[0]["description"] == "A clean description of the course itself."
    assert "09 Nov p> £2,895" in result.visible
    assert result.issues[0].action == "repaired"


def test_polluted_list_item_is_dropped_and_siblings_kept() -> None:
    obj = {"@type": "Thing", "alternateName": ["Good", "bad\nstrong>text"], "x": 1}
    result = split_textdump(json.dumps(obj), page="p")
    assert result.objects == ({"@type": "Thing", "alternateName": ["Good"], "x": 1},)
    assert "bad\nstrong>text" in result.visible


@pytest.mark.parametrize(
    ("key", "value", "polluted"),
    [
        ("name", "AgilePM Practitioner", False),
        ("name", "AgilePM\nPractitioner", True),
        ("description", "Line one.\nLine two.", False),
        ("description", "Line one.\n  • 19 Feb 2026p>", True),
        ("description", "Uses <p>real</p> markup", False),
        ("description", "see strong>Cisco CCNA", True),
        ("name", "One. Two. Three. Four.", True),
        ("text", "a < b and c > d", False),
    ],
)
def test_pollution_signs(key: str, value: str, polluted: bool) -> None:
    assert bool(pollution_signs(key, value)) is polluted


def test_has_inline_json() -> None:
    assert has_inline_json('x {"@context": "https://schema.org"}')
    assert has_inline_json("x { '@type' : 'Course'}")
    assert not has_inline_json("Manage {vendor_count} vendors")
    assert not has_inline_json('{"name": "x"}')


# --- properties ------------------------------------------------------------------------------

_WORDS = st.text(alphabet=st.characters(categories=["L", "Nd"]) | st.just(" "), max_size=20)
_LD = st.fixed_dictionaries(
    {"@type": st.sampled_from(["Course", "Event", "FAQPage"])},
    optional={"name": _WORDS, "position": st.integers(0, 100), "sameAs": st.lists(_WORDS)},
)


@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    assert isinstance(split_textdump(text, page="p"), TextDump)


@given(st.text(alphabet="{}[]\",:'\\ \n@typecontx•<>p", max_size=80))
def test_json_like_junk_never_raises(text: str) -> None:
    assert isinstance(split_textdump(text, page="p"), TextDump)


@given(_WORDS, st.lists(_LD, min_size=1, max_size=3), _WORDS)
def test_embedded_objects_come_back(before: str, objects: list[dict[str, Any]], after: str) -> None:
    text = before + "\n".join(json.dumps(o) for o in objects) + after
    result = split_textdump(text, page="p")
    assert list(result.objects) == objects
    assert result.issues == ()
    assert result.visible.startswith(before) and result.visible.endswith(after)


def _crumbs(*items: tuple[str, str | None]) -> str:
    elements = [
        {"@type": "ListItem", "position": n, "name": name, **({"item": url} if url else {})}
        for n, (name, url) in enumerate(items, 1)
    ]
    return json.dumps({"@context": "https://schema.org", "@type": "BreadcrumbList",
                       "itemListElement": elements})  # fmt: skip


_SCHEDULE = (
    "\nForklift Licence\nUpcoming dates\nDate\tLocation\tPrice\t\n"
    "Mon 8 Feb 2027\tLeeds\t£395 + VAT\tBook now\n"
    "Mon 15 Mar 2027\tYork\t£395 + VAT\tBook now\n"
)


@pytest.mark.parametrize(
    ("crumbs", "url"),
    [
        # the trail's last step is the page itself
        (
            _crumbs(("Home", "https://lift.example.co.uk/"), ("Forklift Licence", "/c/forklift")),
            "https://lift.example.co.uk/c/forklift",
        ),
        (
            _crumbs(
                ("Home", "https://lift.example.co.uk/"),
                ("Forklift Licence", "https://lift.example.co.uk/c/forklift"),
            ),
            "https://lift.example.co.uk/c/forklift",
        ),
        # a last step without its address, or the home page alone, is no page's address
        (_crumbs(("Home", "https://lift.example.co.uk/"), ("Forklift Licence", None)), None),
        (_crumbs(("Forklift Licence", "https://lift.example.co.uk/")), None),
    ],
)
def test_a_text_dumps_runs_take_the_pages_address_from_its_breadcrumb_trail(
    crumbs: str, url: str | None
) -> None:
    text = crumbs + _SCHEDULE
    records = extract(Document(body=text.encode(), page="dump.txt")).records
    runs = [r for r in records if r.kind == "course" and getattr(r, "start_date", None)]
    assert len(runs) == 2
    assert {getattr(r, "url", None) for r in runs} == {url}


def test_a_text_dumps_webpage_markup_gives_its_address() -> None:
    page = {"@context": "https://schema.org", "@type": "WebPage", "name": "Forklift Licence",
            "url": "https://lift.example.co.uk/c/forklift#main"}  # fmt: skip
    text = json.dumps(page) + "\n" + _crumbs(("Forklift Licence", None)) + _SCHEDULE
    records = extract(Document(body=text.encode(), page="dump.txt")).records
    runs = [r for r in records if r.kind == "course" and getattr(r, "start_date", None)]
    assert {getattr(r, "url", None) for r in runs} == {"https://lift.example.co.uk/c/forklift"}


def test_a_ticketing_sites_organiser_page_names_the_organiser_as_provider() -> None:
    platform = {"@context": "https://schema.org", "@type": "Organization", "name": "TixNest",
                "url": "https://www.tixnest.example"}  # fmt: skip
    event = {"@context": "https://schema.org", "@type": "Event", "name": "Forklift – Geelong",
             "startDate": "2027-03-03T09:00:00+11:00", "url": "https://www.tixnest.example/E1",
             "organizer": {"@type": "Organization", "name": "Bayside Safety Training"}}  # fmt: skip
    text = (
        json.dumps(platform) + "Find an eventLog in\nBayside Safety Training\n"
        "Forklift – Geelong\nWed 3 Mar 2027, 9:00am - 3:00pm AEDT\nBay Hall, Geelong VIC\n"
        "$420.00\nBook now\n"
        "Elevated Work Platform – Geelong\nThu 11 Mar 2027, 9:00am - 3:00pm AEDT\n"
        "Bay Hall, Geelong VIC\n$390.00\nBook now\n" + json.dumps(event)
    )
    records = extract(Document(body=text.encode(), page="dump.txt")).records
    runs = [r for r in records if r.kind == "course" and getattr(r, "start_date", None)]
    assert len(runs) == 2
    assert {getattr(r, "provider", None) for r in runs} == {"Bayside Safety Training"}


# What split_textdump searched for before _next_candidate: the first place a value may start.
_CANDIDATE = re.compile(r"""\[\s*\{\s*["']@(?:context|type|graph|id)["']|\{\s*["']""")


@given(
    st.lists(
        st.sampled_from(
            ["[", "{", '"', "'", " ", "\n", "\u2003", "@type", "@id", "x", '{"@graph"']
        ),
        max_size=30,
    ).map("".join),
    st.integers(min_value=0, max_value=40),
)
def test_the_next_candidate_is_where_the_regex_for_one_finds_it(text: str, pos: int) -> None:
    match = _CANDIDATE.search(text, pos)
    assert _next_candidate(text, pos) == (match.start() if match else -1)


def test_an_array_of_json_ld_objects_starts_at_its_bracket() -> None:
    text = 'Course [ \n {"@type": "Course"}] and {"a": 1}'
    assert _next_candidate(text, 0) == text.index("[")
    assert _next_candidate(text, text.index("[") + 1) == text.index("{")
    assert _next_candidate("[x] no JSON {here", 0) == -1


def test_a_copyright_line_names_the_dumps_provider_less_its_legal_form() -> None:
    assert copyright_holder("PrivacyTerms© 2027 Harbour Skills Academy") == "Harbour Skills Academy"
    line = "Copyright © 2018–2027 Northgate Learning Ltd. All rights reserved."
    assert copyright_holder(line) == "Northgate Learning"
    assert copyright_holder("© 2027 All rights reserved") is None
    assert copyright_holder("No owner here") is None
    # a name whose other words are small, as Slavic and Romance names are written
    line = "Copyright © 2026 Centar za obuku Morava, Sva prava zadržana."
    assert copyright_holder(line) == "Centar za obuku Morava"
    line = "© 2026 Instituto de formación técnica\n"
    assert copyright_holder(line) == "Instituto de formación técnica"


def test_a_dumps_owner_is_the_name_heading_its_contact_line_and_its_own_line() -> None:
    """Without a copyright line, the name the header shows alone and the footer's contact
    line opens with (before the address and email) is the site's owner; a contact line
    whose name the page never shows alone names nobody."""
    text = "\n".join([
        "Menu Courses Contact", "Harbourside Sailing School", "Dinghy courses on the Tay",
        "Level 1 Start Sailing", "14 March 2027", "£180", "",
        "Harbourside Sailing School · 2 Marina Walk, Perth PH1 5AA · crew@harboursail.example",
    ])  # fmt: skip
    assert contact_holder(text) == "Harbourside Sailing School"
    assert contact_holder(text.replace("\nHarbourside Sailing School\n", "\n")) is None
    result = extract(Document(body=text.encode(), page="sail.txt"))
    assert [r.provider for r in result.records if r.kind == "course"] == [
        "Harbourside Sailing School"
    ]

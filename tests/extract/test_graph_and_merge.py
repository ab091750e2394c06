"""The graph's type index (prospectus.extract.graph) and the record helpers of
prospectus.extract.merge that the speed-ups added."""

from __future__ import annotations

import dataclasses

import pytest

from prospectus.extract.graph import build_graph, types_of
from prospectus.extract.merge import fill, replaced
from prospectus.extract.run_merge import merge_runs
from prospectus.extract.values import venue_towns
from prospectus.records import Course, Faq


def _graph():
    return build_graph(
        [
            (
                "jsonld",
                {
                    "@context": "https://schema.org",
                    "@graph": [
                        {"@type": "Organization", "name": "Acme"},
                        {
                            "@type": ["Course", "Course"],  # a repeated type counts once
                            "name": "Python",
                            "hasCourseInstance": [
                                {"@type": "CourseInstance", "startDate": "2027-01-04"},
                                {"@type": "Event", "startDate": "2027-02-01"},
                            ],
                        },
                        {"@type": "Person", "name": "Ada"},
                    ],
                },
            )
        ]
    )


def test_of_type_is_the_walk_filtered_by_type() -> None:
    graph = _graph()
    for kinds in [("Course",), ("Event", "Organization"), ("CourseInstance", "Course"), ("X",)]:
        expected = [n for n in graph.walk() if set(kinds) & set(types_of(n))]
        assert graph.of_type(*kinds) == expected
    assert [n["name"] for n in graph.of_type("Course")] == ["Python"]


def test_types_lists_each_type_once() -> None:
    assert sorted(_graph().types()) == [
        "Course",
        "CourseInstance",
        "Event",
        "Organization",
        "Person",
    ]


def test_an_empty_graph_has_no_types() -> None:
    graph = build_graph([])
    assert graph.types() == []
    assert graph.of_type("Course") == []


def test_replaced_is_dataclasses_replace() -> None:
    course = Course(page="p", source="jsonld", name="Python", provenance=(("name", "jsonld"),))
    changes = {"price": 100.0, "currency": "EUR", "name": "Python 3"}
    assert replaced(course, **changes) == dataclasses.replace(course, **changes)
    faq = Faq(page="p", source="html", question="Why?")
    assert replaced(faq, answer="Because.") == dataclasses.replace(faq, answer="Because.")


def test_fill_takes_empty_fields_with_their_provenance() -> None:
    marked = Course(page="p", source="jsonld", name="Python", provenance=(("name", "jsonld"),))
    seen = Course(
        page="p",
        source="html",
        name="Python course",
        price=100.0,
        currency="EUR",
        provenance=(("name", "html"), ("price", "html")),
    )
    filled = fill(marked, seen)
    assert (filled.name, filled.price, filled.currency) == ("Python", 100.0, "EUR")
    assert filled.provenance == (("name", "jsonld"), ("price", "html"), ("currency", "html"))
    assert fill(filled, seen) is filled  # nothing left to fill


def _fresh_walk(graph):
    from prospectus.extract.graph import _walk

    return list(_walk(graph.roots))


def test_the_walk_listed_while_resolving_is_the_walk() -> None:
    graph = build_graph(
        [
            (
                "jsonld",
                {
                    "@graph": [
                        {"@id": "#org", "@type": "Organization", "name": "Acme"},
                        {
                            "@type": "Course",
                            "name": "Python",
                            "provider": {"@id": "#org"},
                            "offers": [{"@type": "Offer", "price": 1}, [{"@type": "Offer"}]],
                            "hasCourseInstance": {"@id": "#run"},
                        },
                        {"@id": "#run", "@type": "CourseInstance", "organizer": {"@id": "#org"}},
                    ]
                },
            )
        ]
    )
    walked = list(graph.walk())
    fresh = _fresh_walk(graph)
    assert len(walked) == len(fresh) and all(a is b for a, b in zip(walked, fresh, strict=True))
    assert [n["name"] for n in graph.of_type("Organization")] == ["Acme", "Acme", "Acme"]


def test_a_reference_cycle_is_walked_as_it_stands() -> None:
    graph = build_graph(
        [
            (
                "jsonld",
                {
                    "@graph": [
                        {"@id": "#a", "@type": "Course", "name": "A", "about": {"@id": "#b"}},
                        {
                            "@id": "#b",
                            "@type": "Thing",
                            "name": {"en": "B"},
                            "about": {"@id": "#a"},
                        },
                    ]
                },
            )
        ]
    )
    walked = list(graph.walk())
    fresh = _fresh_walk(graph)
    assert len(walked) == len(fresh) and all(a is b for a, b in zip(walked, fresh, strict=True))


def test_the_survey_indexes_definitions_and_lists_the_references() -> None:
    from prospectus.extract.graph import _normalise, _survey

    roots = [
        _normalise(node, "jsonld")
        for node in [
            {"@id": "#org", "@type": "Organization", "name": "Acme"},
            {
                "@type": "Course",
                "name": "Python",
                "provider": {"@id": "#org"},
                "hasCourseInstance": [{"@id": "#run"}, "not a node"],
                "@reverse": {"@id": "#page"},  # a keyword, no property: no reference
            },
            {"@id": "#run", "@type": "CourseInstance", "startDate": "2027-01-04"},
            {"@id": "#org", "url": "https://acme.example"},  # a second definition, merged
        ]
    ]
    index, referenced = _survey(roots)
    assert set(index) == {"#org", "#run"}  # the bare references define nothing
    assert index["#org"]["name"] == "Acme" and index["#org"]["url"] == "https://acme.example"
    assert referenced == {"#org", "#run"}


def test_the_type_index_takes_the_types_types_of_gives() -> None:
    graph = build_graph(
        [("jsonld", {"@type": "Course", "name": "A", "about": {"@value": {"@type": ""}}})]
    )
    for node in graph.walk():
        for kind in types_of(node):
            assert node in graph.of_type(kind)
    assert sorted(graph.types()) == sorted({k for n in graph.walk() for k in types_of(n)})


def test_a_markup_definition_that_is_the_visible_ones_first_sentence_gives_way() -> None:
    from prospectus.extract.wording import stub_of

    short = "作業を階層的に分解した図。"
    assert stub_of(short, short + "成果物を基準に細かい単位へ分けていく。")
    assert stub_of(
        "A baseline is a fixed plan.",
        "A baseline is a fixed plan. It changes only by change control.",
    )
    assert not stub_of(short, short + "図。")  # hardly more: the same definition
    assert not stub_of("Costs rose.", "Costs rose.5 more")


def test_a_markup_faq_answer_that_is_a_one_line_summary_gives_way_to_the_visible_one() -> None:
    from prospectus.extract.merge import merge_faqs

    marked = Faq(
        page="p",
        source="jsonld",
        question="Are prices shown with tax?",
        answer="All prices are shown without tax.",
    )
    shown = Faq(
        page="p",
        source="html",
        question="Are prices shown with tax?",
        answer="Prices for companies are shown without tax (20 %). For private buyers the "
        "course page also shows the price with tax, and the invoice is issued with tax.",
    )
    assert [f.answer for f in merge_faqs([marked, shown])] == [shown.answer]


def test_a_markup_faq_answer_condensed_from_the_visible_one_gives_way_to_it() -> None:
    """The markup keeps an older, condensed wording; the page shows the answer rewritten at
    more length with all its facts: the page's wins.  An answer that opens with the markup's
    and goes on (the next block's text run in) does not."""
    from prospectus.extract.merge import merge_faqs

    marked = Faq(
        page="p",
        source="jsonld",
        question="Can I change my course date?",
        answer="Date changes are free up to seven days before the course; later a fee applies.",
    )
    shown = Faq(
        page="p",
        source="html",
        question="Can I change my course date?",
        answer="Yes. Date changes are free up to seven days before the course starts. Later "
        "changes are possible, but a fee applies and depends on the course.",
    )
    assert [f.answer for f in merge_faqs([marked, shown])] == [shown.answer]
    run_on = Faq(
        page="p",
        source="html",
        question="Can I change my course date?",
        answer=f"{marked.answer} Contact us. Our office is open Monday to Friday, 9 to 5.",
    )
    assert [f.answer for f in merge_faqs([marked, run_on])] == [marked.answer]


def test_a_markup_faq_answer_the_page_carries_on_past_its_full_stop_gives_way() -> None:
    """The markup keeps an older one-sentence answer; the page's opens with its words but
    carries that sentence on (and adds another): the page's wins.  An answer run on into the
    next block's text keeps the markup's sentence whole and does not."""
    from prospectus.extract.merge import merge_faqs

    marked = Faq(
        page="p",
        source="jsonld",
        question="How can I pay?",
        answer="You can pay online by credit card or by bank transfer.",
    )
    shown = Faq(
        page="p",
        source="html",
        question="How can I pay?",
        answer="You can pay online by credit card, or by bank transfer if your employer has an "
        "account with us. Companies may also ask for an invoice.",
    )
    assert [f.answer for f in merge_faqs([marked, shown])] == [shown.answer]
    run_on = dataclasses.replace(
        shown, answer=f"{marked.answer} Call us on 0123 456 789 for anything else today."
    )
    assert [f.answer for f in merge_faqs([marked, run_on])] == [marked.answer]


def test_the_price_the_page_shows_wins_over_an_older_markup_price() -> None:
    marked = [
        Course(page="p", source="jsonld", name="Data Protection Officer", start_date=day,
               price=price, currency="EUR")
        for day, price in (("2027-03-01", 1900.0), ("2027-05-03", 1900.0))
    ]  # fmt: skip
    shown = [
        Course(page="p", source="html", name="Data Protection Officer", start_date=day,
               price=price, currency="EUR")
        for day, price in (("2027-03-01", 1900.0), ("2027-05-03", 2100.0))
    ]  # fmt: skip
    merged = merge_runs(marked, shown)
    assert [(r.start_date, r.price) for r in merged] == [
        ("2027-03-01", 1900.0),
        ("2027-05-03", 2100.0),
    ]


@pytest.mark.parametrize(
    ("shown_place", "location"),
    [
        ("Laramie", "Laramie"),
        ("Laramie, WY", "Laramie"),  # the town with its state, as a card's tag writes it
        ("Cody, WY", "Laramie College Annex"),  # another town: the markup's venue stays
    ],
)
def test_a_markup_venue_named_by_its_town_gives_way_to_the_town_the_page_shows(
    shown_place: str, location: str
) -> None:
    marked = [Course(page="p", source="jsonld", name="Rigging", start_date="2027-03-01",
                     location="Laramie College Annex")]  # fmt: skip
    shown = [Course(page="p", source="html", name="Rigging", start_date="2027-03-01",
                    location=shown_place)]  # fmt: skip
    assert [r.location for r in merge_runs(marked, shown)] == [location]


def test_a_markup_net_price_beside_a_page_price_with_vat_stays() -> None:
    marked = [Course(page="p", source="jsonld", name="Excel", start_date="2027-03-01",
                     price=500.0, currency="EUR", price_includes_vat=False)]  # fmt: skip
    shown = [Course(page="p", source="html", name="Excel", start_date="2027-03-01",
                    price=600.0, currency="EUR", price_includes_vat=True)]  # fmt: skip
    assert [r.price for r in merge_runs(marked, shown)] == [500.0]


def test_a_one_line_markup_summary_of_a_listed_answer_gives_way_to_the_page() -> None:
    """The markup sums the answer up in one sentence; the page gives it as an intro, a list
    and a closing line, with every content word of the summary: the page's wins."""
    from prospectus.extract.merge import merge_faqs

    marked = Faq(
        page="p",
        source="jsonld",
        question="How can I pay?",
        answer="We accept bank transfer and cards.",
    )
    shown = Faq(
        page="p",
        source="html",
        question="How can I pay?",
        answer="We accept the following: Bank transfer to our account Credit and debit cards "
        "Purchase order for registered companies Fees are due before the first day.",
    )
    assert [f.answer for f in merge_faqs([marked, shown])] == [shown.answer]
    other = dataclasses.replace(shown, answer="Please contact our office for the details " * 3)
    assert [f.answer for f in merge_faqs([marked, other])] == [marked.answer]


def test_a_lower_markup_price_beside_a_page_price_without_vat_is_an_older_one() -> None:
    days = ("2027-03-01", "2027-05-03")
    marked = [
        Course(page="p", source="jsonld", name="Excel", start_date=day, price=price, currency="EUR")
        for day, price in zip(days, (450.0, 600.0), strict=True)
    ]
    shown = [
        Course(page="p", source="html", name="Excel", start_date=day, price=500.0, currency="EUR",
               price_includes_vat=False)
        for day in days
    ]  # fmt: skip
    # 450 is older than the page's 500 net; 600 may be its gross: it stays
    assert [r.price for r in merge_runs(marked, shown)] == [500.0, 600.0]


def test_a_text_dump_s_net_row_price_wins_over_a_lower_markup_price() -> None:
    marked = [
        Course(page="p", source="jsonld", name="AdA", start_date="2027-03-01", price=500.0,
               currency="EUR")
    ]  # fmt: skip
    shown = [
        Course(page="p", source="text", name="AdA", start_date="2027-03-01", price=560.0,
               currency="EUR", price_includes_vat=False)
    ]  # fmt: skip
    assert [r.price for r in merge_runs(marked, shown)] == [560.0]


def test_a_text_dump_s_row_price_wins_over_another_markup_price() -> None:
    marked = [
        Course(page="p", source="jsonld", name="Food Hygiene", start_date="2027-03-01",
               price=75.0, currency="GBP")
    ]  # fmt: skip
    shown = [
        Course(page="p", source="text", name="Food Hygiene", start_date="2027-03-01",
               price=85.0, currency="GBP")
    ]  # fmt: skip
    assert [r.price for r in merge_runs(marked, shown)] == [85.0]


def test_an_event_named_by_an_abbreviation_and_its_town_takes_the_page_s_name() -> None:
    # "AED Class Leeds" (no dash before the town) beside the row "Automated External
    # Defibrillator Awareness" in Leeds on its date
    marked = [
        Course(page="p", source="jsonld", name="AED Class Leeds", start_date="2027-03-01",
               location="Leeds")
    ]  # fmt: skip
    shown = [
        Course(page="p", source="html", name="Automated External Defibrillator Awareness",
               start_date="2027-03-01", location="Leeds")
    ]  # fmt: skip
    assert [r.name for r in merge_runs(marked, shown)] == [
        "Automated External Defibrillator Awareness"
    ]


def test_an_event_of_another_course_and_its_town_keeps_its_name() -> None:
    marked = [
        Course(page="p", source="jsonld", name="Excel Course Leeds", start_date="2027-03-01",
               location="Leeds")
    ]  # fmt: skip
    shown = [
        Course(page="p", source="html", name="Fire Marshal Training", start_date="2027-03-01",
               location="Leeds")
    ]  # fmt: skip
    assert [r.name for r in merge_runs(marked, shown)] == ["Excel Course Leeds"]


def test_a_markup_price_that_is_no_net_form_of_the_page_s_gross_price_is_older() -> None:
    def merged(marked_price: float) -> float | None:
        marked = [
            Course(page="p", source="jsonld", name="CPR", start_date="2027-03-01",
                   price=marked_price, currency="AUD")
        ]  # fmt: skip
        shown = [
            Course(page="p", source="html", name="CPR", start_date="2027-03-01",
                   price=66.0, currency="AUD", price_includes_vat=True)
        ]  # fmt: skip
        return merge_runs(marked, shown)[0].price

    assert merged(62.0) == 66.0  # an older price
    assert merged(55.0) == 55.0  # 66 incl. 20 % VAT: the markup's net, kept


def test_a_markup_run_filled_by_its_own_course_s_row_takes_no_other_course_s_run() -> None:
    """Two courses on one day: the markup's run pairs with the row of its own name; the
    other course's row (a related card's) stays its own run and lends it no price."""
    marked = [Course(page="p", source="jsonld", name="Food Hygiene Level 2",
                     start_date="2027-01-14", price=95.0, currency="GBP")]  # fmt: skip
    shown = [
        Course(page="p", source="html", name="Food Hygiene Level 2", start_date="2027-01-14",
               price=95.0, currency="GBP"),
        Course(page="p", source="html", name="Personal Licence", start_date="2027-01-14",
               price=175.0, currency="GBP"),
    ]  # fmt: skip
    merged = merge_runs(marked, shown)
    assert sorted((r.name, r.price) for r in merged) == [
        ("Food Hygiene Level 2", 95.0),
        ("Personal Licence", 175.0),
    ]


def test_the_town_the_markup_gives_a_venue() -> None:
    def place(name: str, town: str) -> dict[str, object]:
        return {"@type": "Place", "name": name, "address": {"addressLocality": town}}

    graph = build_graph(
        [
            (
                "jsonld",
                {
                    "@graph": [
                        {"@type": "Event", "location": place("Harbourside Learning Hub", "Hull")},
                        {"@type": "Event", "location": place("Leeds Training Centre", "Leeds")},
                        {"@type": "Event", "location": place("Beverley", "Beverley")},
                    ]
                },
            )
        ]
    )
    assert venue_towns(graph) == {
        "harbourside learning hub": "Hull",
        "leeds training centre": "Leeds",
    }


def test_a_venue_named_by_its_town_then_its_own_word_is_in_that_town() -> None:
    """A Place "Napier Yacht Club" in Napier: a run the page shows at "Napier Yacht Club"
    is in Napier; a venue whose name is its town alone ("Napier") names no venue."""

    def place(name: str, town: str) -> dict[str, object]:
        return {"@type": "Place", "name": name, "address": {"addressLocality": town}}

    graph = build_graph(
        [
            (
                "jsonld",
                [
                    {"@type": "Event", "location": place("Napier Yacht Club", "Napier")},
                    {"@type": "Event", "location": place("Harbourside Learning Hub", "Hull")},
                    {"@type": "Event", "location": place("Napier", "Napier")},
                ],
            )
        ]
    )
    assert venue_towns(graph) == {"napier yacht club": "Napier", "harbourside learning hub": "Hull"}


def test_a_venue_named_by_its_town_and_district_gives_the_town() -> None:
    """A Place "Townsville Central Training Rooms" in Townsville: the page's "Townsville
    Central" is that venue, in Townsville."""

    def place(name: str, town: str) -> dict[str, object]:
        return {"@type": "Place", "name": name, "address": {"addressLocality": town}}

    graph = build_graph(
        [
            (
                "jsonld",
                [
                    {
                        "@type": "Event",
                        "location": place("Townsville Central Training Rooms", "Townsville"),
                    },
                    {"@type": "Event", "location": place("Leeds Training Centre", "Leeds")},
                ],
            )
        ]
    )
    assert venue_towns(graph) == {
        "townsville central training rooms": "Townsville",
        "leeds training centre": "Leeds",
    }


def test_a_venue_with_an_address_line_of_its_town_is_in_that_town() -> None:
    """A Place "Rangitīkei Woolshed" whose address is the line "Marton": a run the page shows
    at that venue is in Marton; an address line of a street names no town."""
    graph = build_graph(
        [
            (
                "jsonld",
                [
                    {
                        "@type": "Event",
                        "location": {
                            "@type": "Place",
                            "name": "Rangitīkei Woolshed",
                            "address": "Marton",
                        },
                    },
                    {
                        "@type": "Event",
                        "location": {
                            "@type": "Place",
                            "name": "Totara Lodge",
                            "address": "Totara Lane",
                        },
                    },
                ],
            )
        ]
    )
    assert venue_towns(graph) == {"rangitīkei woolshed": "Marton"}


def test_a_markup_faq_answer_the_page_adds_a_sentence_to_gives_way() -> None:
    """The markup keeps an older answer; the page's is that answer and one sentence more on
    the same matter: the page's wins.  One more sentence on another matter (the next block's
    text run on) does not."""
    from prospectus.extract.merge import merge_faqs

    marked = Faq(
        page="p",
        source="jsonld",
        question="Do you offer group discounts?",
        answer="Yes, groups of five or more get 10% off.",
    )
    shown = dataclasses.replace(
        marked,
        source="html",
        answer=f"{marked.answer} Larger groups can ask for a quote for an on-site course.",
    )
    assert [f.answer for f in merge_faqs([marked, shown])] == [shown.answer]
    run_on = dataclasses.replace(shown, answer=f"{marked.answer} Sign up to our newsletter today.")
    assert [f.answer for f in merge_faqs([marked, run_on])] == [marked.answer]


def test_a_markup_faq_answer_with_fees_the_page_no_longer_states_gives_way() -> None:
    """The markup keeps an older fees answer; the page's answer to the same question gives
    other figures in the same currency (a fee table): the page's wins.  A page answer that
    still states the markup's figures does not replace it."""
    from prospectus.extract.merge import merge_faqs

    marked = Faq(
        page="p",
        source="jsonld",
        question="How much does the course cost?",
        answer="The weekday course is $450 and the weekend course is $520, including books.",
    )
    shown = Faq(
        page="p",
        source="html",
        question="How much does the course cost?",
        answer="It depends on the format: Format Fee Weekday course $495 Weekend course $560 "
        "Evening course $540 All fees include books and the exam.",
    )
    assert [f.answer for f in merge_faqs([marked, shown])] == [shown.answer]
    same = Faq(
        page="p",
        source="html",
        question="How much does the course cost?",
        answer="Weekday course $450, weekend course $520, evening course $540, with books.",
    )
    assert [f.answer for f in merge_faqs([marked, same])] == [marked.answer]


def test_a_markup_faq_answer_whose_every_figure_changed_gives_way() -> None:
    """The markup keeps an older policy ("full refund 10 days before"); the page's answer to
    the same question rewords it with other figures throughout (a new notice period and a
    share kept): the page's wins.  A page answer that still states one of the markup's
    figures, or is shorter, does not replace it."""
    from prospectus.extract.merge import merge_faqs

    def faq(source: str, answer: str) -> Faq:
        return Faq(page="p", source=source, question="Can I get a refund?", answer=answer)

    marked = faq(
        "jsonld",
        "Withdrawals made 10 days or more before the exam are refunded in full. "
        "Later ones lose the fee.",
    )
    shown = faq(
        "html",
        "You get a full refund if you withdraw up to 21 days before the exam. "
        "After that we keep 25% of the fee, and nothing is refunded in the last week.",
    )
    assert [f.answer for f in merge_faqs([marked, shown])] == [shown.answer]
    kept = faq(
        "html",
        "Withdraw 10 days before the exam for a full refund; after that we keep 25% "
        "of the fee and give the rest back as credit for a later exam date.",
    )
    assert [f.answer for f in merge_faqs([marked, kept])] == [marked.answer]
    other = faq(
        "html",
        "Call our office on weekdays between 9 and 5 and ask for the bookings team.",
    )
    assert [f.answer for f in merge_faqs([marked, other])] == [marked.answer]


def test_a_markup_faq_answer_with_a_figure_the_page_no_longer_states_gives_way() -> None:
    """The markup keeps an older one-line answer with an amount; the page restates the matter
    at more length and drops the figure: the page's wins.  A page answer that still states
    figures, or one on another matter, does not."""
    from prospectus.extract.merge import merge_faqs
    from prospectus.extract.wording import restated

    marked = Faq(
        page="p",
        source="jsonld",
        question="Is there a discount for students?",
        answer="Yes, full-time students get 15% off every evening class.",
    )
    shown = Faq(
        page="p",
        source="html",
        question="Is there a discount for students?",
        answer="Full-time students can usually get a reduced fee on our evening classes. "
        "Show your student card when you book and we apply the discount at checkout.",
    )
    assert [f.answer for f in merge_faqs([marked, shown])] == [shown.answer]
    assert not restated(marked.answer, shown.answer + " It is 10% this year.")
    assert not restated(
        marked.answer,
        "Parking is free behind the building. Bring your own lunch or use the café nearby.",
    )
    assert not restated("No figure here at all, only words.", shown.answer)


def test_a_markup_faq_asked_otherwise_joins_the_visible_faq_whose_facts_it_sums_up() -> None:
    """The markup asks "What does kit hire cost?" and sums up in a line the page's answer to
    "How much is it to hire a cricket kit?" (its figures, most of its words); a short markup
    answer with a figure the page does not state, or whose words two answers share, stays."""
    from prospectus.extract.merge import merge_faqs

    def faq(source: str, question: str, answer: str) -> Faq:
        return Faq(page="p", source=source, question=question, answer=answer)

    shown = [
        faq(
            "html",
            "How much is it to hire a cricket kit?",
            "Hire is per season: Kit Price Full (bat, pads, helmet, gloves) £60 "
            "Half (bat and pads) £35 Juniors get a half kit free in their first season.",
        ),
        faq(
            "html",
            "How are new players assessed?",
            "Every newcomer does two things in the first week: a fielding drill on the "
            "outfield a batting drill in the nets with a coach watching.",
        ),
        faq(
            "html",
            "Where do you train?",
            "In the nets behind the pavilion with a coach, fielding outside.",
        ),
    ]
    fees = faq("jsonld", "What does kit hire cost?", "A full kit is £60 and a half kit £35.")
    drills = faq(
        "jsonld", "Is there a trial?", "There is a fielding drill and a batting drill in the nets."
    )
    merged = merge_faqs([fees, drills, *shown])
    assert [f.question for f in merged] == [
        "What does kit hire cost?",
        "Is there a trial?",
        "Where do you train?",
    ]
    assert merged[0].answer == shown[0].answer
    assert merged[1].answer == shown[1].answer
    older = faq("jsonld", "What does kit hire cost?", "A full kit is £55 and a half kit £35.")
    assert len(merge_faqs([older, *shown])) == 4  # £55: a figure the page does not state
    vague = faq("jsonld", "Who watches?", "A coach watches fielding in the nets.")
    assert len(merge_faqs([vague, *shown])) == 4  # two answers hold its words

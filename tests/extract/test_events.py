"""Course lists without prices ("Introduction to Git, 3-7 November 2025, ONLINE")."""

from __future__ import annotations

from prospectus.extract import Document, extract
from prospectus.extract.patterns.event_feed import find_feed_events
from prospectus.extract.patterns.events import find_listed_events
from prospectus.extract.patterns.schedule_candidate import ScheduleContext
from prospectus.extract.visible import visible_from_text

PAGE = """<html><body><h1>Courses and seminars</h1>
<p>We give courses on high performance computing for our users.</p>
<h2>Upcoming</h2><ul>
<li>Introduction to Git, 3-7 November 2025, ONLINE. Given with our partners.</li>
<li>Linux Command Line 101, 20 October 2025, ONLINE</li>
</ul>
<h3>Running jobs on clusters</h3><p>25 November 2025</p>
<h2>News</h2>
<p>Cluster maintenance finished, 12 October 2025</p>
<h2>Previous</h2>
<ul><li>Introduction to Python, 10 March 2025, Umeå</li></ul>
</body></html>"""


def _courses(html: str) -> list[tuple[str, str | None, str | None, str | None]]:
    result = extract(Document(body=html.encode(), page="events.html"))
    return sorted(
        (r.name, r.start_date, r.end_date, r.mode)  # type: ignore[attr-defined]
        for r in result.records
        if r.kind == "course"
    )


def test_titles_with_dates_under_an_upcoming_heading_are_runs() -> None:
    assert _courses(PAGE) == [
        ("Introduction to Git", "2025-11-03", "2025-11-07", "online"),
        ("Linux Command Line 101", "2025-10-20", "2025-10-20", "online"),
        ("Running jobs on clusters", "2025-11-25", "2025-11-25", None),
    ]


def test_news_and_past_sections_and_priced_pages_are_left_alone() -> None:
    assert all("maintenance" not in name and "Python" not in name for name, *_ in _courses(PAGE))
    priced = PAGE.replace(
        "<h2>Upcoming</h2>",
        "<h2>Upcoming</h2><table><tr><th>Date</th>"
        "<th>Price</th></tr><tr><td>1 Dec 2025</td><td>£100</td></tr></table>",
    )
    assert ("Introduction to Git", "2025-11-03", "2025-11-07", "online") not in _courses(priced)


def test_time_zones_handles_and_broken_off_sentences_are_no_titles() -> None:
    page = """<html><body><h1>Events and training</h1><div>
    <p>Webinar</p><p>09:00 - 10:30</p><p>EET + 2</p><p>25.11.2027</p>
    <p>Mit der am 15. Januar 2027 geänderten Verordnung gelten neue Regeln für alle.</p>
    <p>Great course! — Ann Lee (@annlee) March 21, 2027</p>
    <p>Tools workshop (Bergen) (Aug 27-29, 2027)</p></div></body></html>"""
    assert _courses(page) == [("Tools workshop (Bergen)", "2027-08-27", "2027-08-29", None)]


def test_a_review_date_line_is_no_course() -> None:
    html = """<html><body><h1>Training courses</h1>
    <p>Last reviewed: 16 November 2026 by the training team</p>
    <ul><li>Introduction to Git, 3-7 December 2026, ONLINE</li></ul></body></html>"""
    assert _courses(html) == [("Introduction to Git", "2026-12-03", "2026-12-07", "online")]


def test_a_start_label_before_the_date_gives_the_title_line_above() -> None:
    page = """<html><body><h1>About us</h1><h2>Upcoming courses</h2>
<p>Bookkeeping for Small Firms</p><p>Starts Monday 12 April 2027 · Online</p>
<p>Spreadsheet Skills Level 2</p><p>Begins on 3 May 2027</p></body></html>"""
    assert _courses(page) == [
        ("Bookkeeping for Small Firms", "2027-04-12", "2027-04-12", "online"),
        ("Spreadsheet Skills Level 2", "2027-05-03", "2027-05-03", None),
    ]


def test_a_blog_teasers_section_in_another_language_ends_the_list() -> None:
    html = """<html><body><h1>Glossário</h1><h2>Próximos cursos</h2><ul>
    <li>Gestão de Projetos — 12/01/2027 a 14/01/2027 · Lisboa</li></ul>
    <h2>Do blogue</h2><article><time>18/11/2026</time><h3>Formação anual</h3>
    <p>Um guia rápido.</p></article><article><time>02/11/2026</time>
    <h3>Passaporte Qualifica</h3><p>O que mudou.</p></article></body></html>"""
    assert [name for name, *_ in _courses(html)] == ["Gestão de Projetos"]


def test_a_news_posts_title_that_names_a_year_and_training_opens_no_list() -> None:
    """A post's title under a news heading may read like a year's heading ("Your 2027
    safety training plan"); the date right under it shows it is a post's title, and the
    posts after it are no runs either."""
    html = """<html><body><h1>Frequently asked questions</h1><p>Answers to common questions.</p>
    <h2>From our blog</h2><div class="posts">
    <article><h3><a href="/blog/plan">Your 2027 safety training plan</a></h3>
    <p>3 December 2026</p><p>How to plan the year ahead...</p></article>
    <article><h3><a href="/blog/room">Our new classroom opens</a></h3>
    <p>Nov 19, 2026</p><p>We are pleased to...</p></article></div></body></html>"""
    assert _courses(html) == []
    upcoming = html.replace(
        "<h2>From our blog</h2>",
        "<h2>Upcoming courses</h2><ul><li>Manual Handling, 14 January 2027</li>"
        "<li>Fire Marshal, 21 January 2027</li></ul><h2>From our blog</h2>",
    )
    assert [name for name, *_ in _courses(upcoming)] == ["Fire Marshal", "Manual Handling"]


def test_a_years_heading_over_titles_and_dates_still_opens_a_list() -> None:
    html = """<html><body><h1>About us</h1><h2>News</h2><p>We moved office.</p>
    <h2>Courses 2027</h2><p>Welding Basics, 8 March 2027</p>
    <p>Advanced Welding, 12 April 2027</p></body></html>"""
    assert [name for name, *_ in _courses(html)] == ["Advanced Welding", "Welding Basics"]


def test_a_blog_section_named_by_its_articles_ends_the_upcoming_list() -> None:
    page = """<html><body><h1>Glossary</h1><p>Terms of the trade.</p>
<h3>Upcoming training</h3><ul>
<li>Basic Food Hygiene – 12 Dec 2026</li>
<li>Allergen Awareness – 9 Jan 2027</li></ul>
<h2>Latest articles</h2>
<article><h3>Five fridge mistakes to avoid</h3><time>18 Nov 2026</time></article>
<article><h3>Winter hygiene checklist</h3><time>2 Oct 2026</time></article>
</body></html>"""
    names = [name for name, *_ in _courses(page)]
    assert "Basic Food Hygiene" in names
    assert not any("fridge" in n or "Winter" in n for n in names)


def test_a_title_is_the_sentence_next_to_its_date_in_a_line_of_prose() -> None:
    """A sidebar's prose line ("Forklift and reach truck: every Tuesday. Crane: 4 March
    2027."): the sentence before the date's is about other courses, so the title is the
    date's own sentence, and a one-word one is no title."""
    html = """<html><body><h1>Upcoming courses</h1>
    <p>Forklift and reach truck: every Tuesday. Crane: 4 March 2027.</p>
    <p>Intakes are small. Mobile Crane Operator: 11 March 2027.</p>
    <p>Dr. Ama Mensah Leadership Day, 18 March 2027</p>
    <p>Terms our trainers use, explained simply. Last edited 2 March 2027.</p></body></html>"""
    assert _courses(html) == [
        ("Dr. Ama Mensah Leadership Day", "2027-03-18", "2027-03-18", None),
        ("Mobile Crane Operator", "2027-03-11", "2027-03-11", None),
    ]  # "Last edited 2 March 2027": the page's own date stamp, no course


# An event platform's calendar page dumped to text (Luma, Meetup and the like): a date chip,
# the event's date line, its title, a blurb, its organiser, host, venue, price and status.
FEED = """Harbour Safety Training
Events
2027
Mar 3
Wednesday
Wed, Mar 3, 2027 – Thu, Mar 4, 2027 · 9:00 AM – 5:00 PM EST
Working at Heights
Two days on harnesses, anchors and rescue plans, with a practical assessment.
By Harbour Safety Training
Hosted by Dana Whitfield
Pier Training Centre, 55 Water St, Halifax
CA$320 · Register
Apr 6
Tuesday
04/06/2027 – 04/07/2027 · 9:00 AM – 5:00 PM EST
Confined Space Entry
Gas testing, permits and rescue for entrants and attendants.
By Harbour Safety Training
Hosted by Luis Ortega
Online · Zoom
CA$250 CA$210
Sold Out
May 8
Saturday
Saturday May 8, 2027 · 9:00 AM EST
Working at Heights — Cancelled
By Harbour Safety Training
Pier Training Centre, 55 Water St, Halifax
CA$320
Cancelled
About Harbour Safety Training
We are a small training company run by former rope-access technicians, and every one of
our courses is taught in small groups by two trainers, with all the kit you need provided.
Also on this platform
Halifax Book Club · Mar 9
"""


def _feed_runs(text: str) -> list[tuple[object, ...]]:
    result = extract(Document(body=text.encode(), page="feed.txt"))
    return [
        (r.name, r.start_date, r.end_date, r.price, r.list_price, r.location, r.instructor, r.mode)  # type: ignore[attr-defined]
        for r in result.records
        if r.kind == "course"
    ]


def test_an_event_feeds_date_lines_over_their_titles_are_runs() -> None:
    assert _feed_runs(FEED) == [
        (
            "Working at Heights",
            "2027-03-03",
            "2027-03-04",
            320.0,
            None,
            "Halifax",
            "Dana Whitfield",
            "in_person",
        ),
        (
            "Confined Space Entry",
            "2027-04-06",
            "2027-04-07",
            210.0,
            250.0,
            None,
            "Luis Ortega",
            "online",
        ),
    ]


def test_an_event_feeds_chip_settles_a_numeric_dates_order() -> None:
    day_first = FEED.replace(
        "Apr 6\nTuesday\n04/06/2027 – 04/07/2027", "Jun 4\nFriday\n04/06/2027 – 05/06/2027"
    )
    runs = _feed_runs(day_first)
    assert [(run[0], run[1], run[2]) for run in runs][1] == (
        "Confined Space Entry",
        "2027-06-04",
        "2027-06-05",
    )


def test_one_dated_event_or_a_line_that_dates_in_passing_is_no_feed() -> None:
    ctx = ScheduleContext(page="feed.txt", course_name=None, day_first=False)
    one = FEED.split("Apr 6\n")[0]
    assert find_feed_events(visible_from_text(one, "feed.txt"), ctx) == []
    prose = "Next session: Wed, Mar 3, 2027, see below\nWorking at Heights\nCA$320 · Register\n"
    assert find_feed_events(visible_from_text(prose + prose, "feed.txt"), ctx) == []
    assert len(find_feed_events(visible_from_text(FEED, "feed.txt"), ctx)) == 2


def test_a_reviewers_signature_and_its_date_is_no_course() -> None:
    html = """<html><body><h1>Help centre</h1><h2>Upcoming workshops</h2>
    <p>Bread Baking Basics, 14 January 2027</p>
    <h2>What our learners say</h2><figure><blockquote>Loved every minute.</blockquote>
    <figcaption>Priya K. · <time datetime="2026-10-02">2 October 2026</time></figcaption></figure>
    <figure><blockquote>Friendly and clear.</blockquote>
    <figcaption>Ola N. · 9 September 2026</figcaption></figure></body></html>"""
    assert [name for name, *_ in _courses(html)] == ["Bread Baking Basics"]


def _listed(text: str) -> list[str | None]:
    view = visible_from_text(text, "list.txt")
    return [run.name for run in find_listed_events(view, ScheduleContext("list.txt", None))]


def test_a_heading_over_teasers_dated_above_their_titles_is_no_title() -> None:
    teasers = "\n".join(
        [
            "Our training",
            "Nothing is scheduled yet.",
            "Fresh from the workshop",
            *("20 November 2026", "Sharpening chisels", "Read more"),
            *("8 November 2026", "Choosing timber", "Read more"),
            *("1 November 2026", "Glue or screws?", "Read more"),
        ]
    )
    assert _listed(teasers) == []
    # titles above their dates, all of them: each date's title is the line above
    listed = "\n".join(
        [
            "Our training",
            *("Sharpening Chisels Workshop", "20 January 2027"),
            *("Choosing Timber Workshop", "8 February 2027"),
        ]
    )
    assert _listed(listed) == ["Sharpening Chisels Workshop", "Choosing Timber Workshop"]


def test_a_weekday_and_its_lower_case_lead_in_after_a_dash_are_no_part_of_the_title() -> None:
    """A title, a dash, "weekly from Thu, 4 Feb 2027": the weekday and the words leading
    into the date belong to the date; a capitalised part after the dash stays the title's."""
    html = """<html><body><h1>Upcoming classes</h1>
    <p>Stained Glass Basics – weekly from Thu, Feb 4, 2027</p>
    <p>Kiln Safety – Advanced Level, Feb 11, 2027</p></body></html>"""
    assert _courses(html) == [
        ("Kiln Safety – Advanced Level", "2027-02-11", "2027-02-11", None),
        ("Stained Glass Basics", "2027-02-04", "2027-02-04", None),
    ]


def test_a_copyright_line_naming_a_training_firm_opens_no_section_of_runs() -> None:
    """A copyright line ("© 2026 Northfield Training Ltd") is the page's foot: its year
    and its holder's name head no list, so the posts dated below it are no runs."""
    text = "\n".join(
        [
            "From the journal",
            "© 2026 Northfield Training Ltd",
            *("Winter hedge laying tips", "12 January 2027", "A short note on our hedges."),
            *("Choosing a chainsaw helmet", "3 February 2027", "What to look for in a fit."),
        ]
    )
    assert _listed(text) == []

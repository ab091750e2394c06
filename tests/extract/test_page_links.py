"""The page's own facts: the bytes the parser reads, and where a link text leads."""

from __future__ import annotations

import codecs
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser

from prospectus.extract import Document, extract
from prospectus.extract.document import decode
from prospectus.extract.page import _links, _utf8_source
from prospectus.extract.patterns.dated_links import dated_links
from prospectus.extract.patterns.slug_links import slug_links

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


def test_a_clashing_link_text_is_settled_by_the_link_that_wraps_a_heading() -> None:
    """A card's title link block (``<a><h3>…</h3></a>``) links its heading: the menu's item
    of the same text leads elsewhere."""
    tree = LexborHTMLParser(
        "<nav><a href='/old-rigging/'>Rigging Basics Course</a></nav>"
        "<div class='card'><a href='/classes/rigging'><h3>Rigging Basics Course</h3></a></div>"
        "<div class='card'><a href='/classes/rigging'><h3>Rigging Basics Course</h3></a></div>"
        "<nav><a href='/old-hoist/'>Hoist Safety Course</a></nav>"
        "<div class='card'><a href='/classes/hoist'><span>Hoist Safety Course</span></a></div>"
    )
    links, _ = _links(tree, "https://example.com/")
    assert links["rigging basics course"] == "https://example.com/classes/rigging"
    assert "hoist safety course" not in links  # no heading: the clash stays unsettled


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


def test_a_card_wrapped_in_its_link_links_its_title() -> None:
    card = (
        "<li><a href='/event/{slug}/'><div><h3>{title}</h3></div><div>{date}, 9:00 AM – 4:00 PM"
        "</div><div>Harbour Training Rooms, Leeds</div><div>Trainer: Ann Lee</div>"
        "<div>£450.00</div></a></li>"
    )
    items = [
        ("negotiation-leeds", "Negotiation Skills Day", "Mar 4, 2027"),
        ("negotiation-york", "Negotiation Skills Day", "Apr 8, 2027"),
        ("excel-leeds", "Excel Pivot Tables Workshop", "May 6, 2027"),
    ]
    tree = LexborHTMLParser(
        "<nav><a href='/menu/excel/'>Excel Pivot Tables Workshop</a></nav><ul>"
        + "".join(card.format(slug=s, title=t, date=d) for s, t, d in items)
        + "</ul><p><a href='/about/'>About our training team</a></p>"
    )
    links, _ = _links(tree, "https://example.com/")
    # the card's title links it, as a heading does: the menu's item leads elsewhere
    assert links["excel pivot tables workshop"] == "https://example.com/event/excel-leeds/"
    assert "negotiation skills day" not in links  # two places: read by each card's date
    assert dated_links(tree, day_first=False) == {
        ("negotiation skills day", "2027-03-04"): "/event/negotiation-leeds/",
        ("negotiation skills day", "2027-04-08"): "/event/negotiation-york/",
    }


def test_a_listing_of_cards_wrapped_in_links_gives_each_run_its_page() -> None:
    card = (
        "<li><a href='/event/{slug}/'><h3>{title}</h3><p>{date}, 9:00 am – 4:30 pm</p>"
        "<p>Harbour Training Rooms, Leeds</p><p>Trainer: Ann Lee</p><p>£450.00</p></a></li>"
    )
    items = [
        ("neg-mar", "Negotiation Skills Day", "4 March 2027"),
        ("neg-apr", "Negotiation Skills Day", "8 April 2027"),
        ("excel-may", "Excel Pivot Tables Workshop", "6 May 2027"),
    ]
    html = (
        "<html><head><link rel='canonical' href='https://example.co.uk/events/'></head><body>"
        "<h1>Upcoming events</h1><ul>"
        + "".join(card.format(slug=s, title=t, date=d) for s, t, d in items)
        + "</ul></body></html>"
    )
    records = extract(Document(body=html.encode(), page="events.html")).records
    runs = sorted((r.start_date, r.url) for r in records if r.kind == "course" and r.start_date)
    assert runs == [
        ("2027-03-04", "https://example.co.uk/event/neg-mar/"),
        ("2027-04-08", "https://example.co.uk/event/neg-apr/"),
        ("2027-05-06", "https://example.co.uk/event/excel-may/"),
    ]


def test_a_page_without_its_address_has_the_one_its_runs_booking_links_sit_under() -> None:
    row = (
        "<tr><td>{date}</td><td>Online</td><td>$1,200</td>"
        "<td><a href='https://academy.example.org/courses/ux-design/apply?intake={key}'>"
        "Apply</a></td></tr>"
    )
    html = (
        "<html><head><title>UX Design Certificate | Example Academy</title></head><body>"
        "<h1>UX Design Certificate</h1><table><tr><th>Start date</th><th>Format</th>"
        "<th>Fee</th><th></th></tr>"
        + row.format(date="11 January 2027", key="2027-01")
        + row.format(date="12 April 2027", key="2027-04")
        + "</table></body></html>"
    )
    records = extract(Document(body=html.encode(), page="ux.html")).records
    runs = sorted((r.start_date, r.url) for r in records if r.kind == "course" and r.start_date)
    assert runs == [
        ("2027-01-11", "https://academy.example.org/courses/ux-design"),
        ("2027-04-12", "https://academy.example.org/courses/ux-design"),
    ]


def test_a_generic_link_whose_slug_the_name_spells_is_the_course_s_page() -> None:
    tree = LexborHTMLParser(
        "<nav><a href='/forklift-operator/'>Forklift</a></nav>"
        "<p>Two days. <a href='https://ex.com/c/forklift-operator'>More about this course</a></p>"
        "<p><a href='https://ex.com/c/first-aid'>Details</a> <a href='https://ex.com/x/first-aid'>"
        "Details</a> <a href='https://ex.com/c/ehbo'>Details</a></p>"
    )
    found = slug_links(tree, ["Forklift Operator (Counterbalance)", "Emergency First Aid", "EHBO"])
    # the menu's link is left out; two places for one name, or a one-word slug, give none
    assert found == {"forklift operator counterbalance": "https://ex.com/c/forklift-operator"}


def test_a_card_grid_of_two_courses_gives_each_run_its_course_page() -> None:
    card = (
        "<div class='card'><span class='badge'>{badge}</span>"
        "<h3><a href='https://trails.example.com/courses/{slug}'>{title}</a></h3>"
        "<p>{date}</p><p>Salt Lake City, UT · Red Butte Field Station</p>"
        "<p>Lead instructor: Ann Lee</p><p>$240 per person</p>"
        "<a href='https://trails.example.com/courses/{slug}#register'>Register</a></div>"
    )
    cards = [
        ("Open", "avalanche-basics", "Avalanche Basics (AB)", "Jan 9–10, 2027"),
        ("Open", "swiftwater-rescue", "Swiftwater Rescue (SR)", "Feb 13–14, 2027"),
        ("Few spots left", "avalanche-basics", "Avalanche Basics (AB)", "Mar 6–7, 2027"),
    ]
    # the markup holds one run, worded its own way, its offer linking the course's booking
    # section; the page's title names no course
    event = (
        '{"@context": "https://schema.org", "@type": "EducationEvent", "name": '
        '"Swiftwater Rescue Course", "startDate": "2027-02-13", "endDate": "2027-02-14", '
        '"location": {"@type": "Place", "name": "Red Butte Field Station", "address": '
        '{"@type": "PostalAddress", "addressLocality": "Salt Lake City", "addressRegion": "UT"}},'
        ' "offers": {"@type": "Offer", "price": "240", "priceCurrency": "USD", "url": '
        '"https://trails.example.com/courses/swiftwater-rescue#register"}}'
    )
    html = (
        "<html><head><link rel='canonical' href='https://trails.example.com/dates'>"
        f"<script type='application/ld+json'>{event}</script></head><body>"
        "<h1>Upcoming Backcountry Courses</h1><div class='grid'>"
        + "".join(card.format(badge=b, slug=s, title=t, date=d) for b, s, t, d in cards)
        + "</div></body></html>"
    )
    records = extract(Document(body=html.encode(), page="dates.html")).records
    runs = sorted(
        (r.start_date, r.url, r.location, r.mode)
        for r in records
        if r.kind == "course" and r.start_date
    )
    course = "https://trails.example.com/courses/"
    assert runs == [
        ("2027-01-09", course + "avalanche-basics", "Salt Lake City", "in_person"),
        ("2027-02-13", course + "swiftwater-rescue", "Salt Lake City", "in_person"),
        ("2027-03-06", course + "avalanche-basics", "Salt Lake City", "in_person"),
    ]


def test_a_schedule_s_title_links_win_over_the_menu_s_on_a_page_without_its_address() -> None:
    # the menu links each course's name to an old page; every row's title (no heading)
    # links the course's own page; the page states no address of its own
    row = (
        "<li><div class='title'><a href='https://knots.example.org/class/{slug}'>{title}</a></div>"
        "<p>{date}</p><p>Harbour Shed, Wexley</p><p>$95</p><a href='/book'>Book</a></li>"
    )
    rows = [
        ("sbh-101", "Small Boat Handling", "April 8, 2027"),
        ("ks-204", "Knots and Splices", "April 15, 2027"),
        ("sbh-101", "Small Boat Handling", "May 6, 2027"),
    ]
    html = (
        "<html><head><title>Sailing Classes</title></head><body><nav>"
        "<a href='/boat-handling-old/'>Small Boat Handling</a>"
        "<a href='/knots-old/'>Knots and Splices</a></nav><h1>All classes</h1><ul>"
        + "".join(row.format(slug=s, title=t, date=d) for s, t, d in rows)
        + "</ul></body></html>"
    )
    records = extract(Document(body=html.encode(), page="classes.html")).records
    runs = sorted((r.start_date, r.url) for r in records if r.kind == "course" and r.start_date)
    site = "https://knots.example.org/class/"
    assert runs == [
        ("2027-04-08", site + "sbh-101"),
        ("2027-04-15", site + "ks-204"),
        ("2027-05-06", site + "sbh-101"),
    ]


def test_script_and_phone_links_lead_to_no_page() -> None:
    """A heading that opens a booking pop-up by script, or rings the office, names no page:
    its text must not get the script or the number as its course's page, nor clash with
    the link that does lead to one."""
    tree = LexborHTMLParser(
        "<h2><a href='javascript:void(0)'>Scaffold Inspection Course</a></h2>"
        "<h2><a href='tel:+441632960000'>Call About Crane Slinging</a></h2>"
        "<p><a href='JavaScript:openBooking(3)'>Hoist Operator Course</a></p>"
        "<td><a href='/hoist'>Hoist Operator Course</a></td>"
    )
    links, _ = _links(tree, "https://example.com/")
    assert "scaffold inspection course" not in links
    assert "call about crane slinging" not in links
    assert links["hoist operator course"] == "https://example.com/hoist"


def test_leads_to_page_reads_every_scheme_in_any_case() -> None:
    """Anchors, mail, phone and script links lead to no page, whatever the scheme's case;
    a relative path that merely opens with those letters does."""
    from prospectus.extract.text import leads_to_page

    for href in ("", "#dates", "mailto:a@x.org", "MAILTO:a@x.org", "tel:+1", "JavaScript:go()"):
        assert not leads_to_page(href)
    for href in ("/courses/a", "https://x.org/a", "mobile-training/", "telehandler/", "java"):
        assert leads_to_page(href)

"""Course lists without markup: list items, rows and cards pairing a name with a date."""

from __future__ import annotations

from typing import Any

from selectolax.lexbor import LexborHTMLParser

from prospectus.extract import Document, extract
from prospectus.extract.patterns.listings import find_listed_runs
from prospectus.extract.patterns.schedule_candidate import ScheduleContext
from prospectus.extract.visible import visible_from_tree

_FIELDS = ("name", "start_date", "end_date", "mode", "location")


def _runs(body: str, *fields: str, head: str = "") -> list[tuple[Any, ...]]:
    html = f"<html><head><title>Training</title>{head}</head><body>{body}</body></html>"
    result = extract(Document(body=html.encode(), page="listing.html"))
    return sorted(
        tuple(getattr(r, f) for f in (fields or _FIELDS))
        for r in result.records
        if r.kind == "course"
    )


def test_a_list_of_linked_courses_with_dates_in_the_text_is_read_item_by_item() -> None:
    body = """<h1>Workshops we run</h1><h2>Recent workshops</h2><ul>
    <li><a href="https://x.example/w1">Data carpentry (online)</a> (Feb 3-5, 2027)</li>
    <li><a href="https://x.example/w2">Data carpentry (Tromsø)</a> (Jan 12-14, 2027)</li>
    <li><a href="https://x.example/w3">Shell scripting basics</a>, 9 December 2026</li>
    </ul>"""
    assert _runs(body) == [
        ("Data carpentry (Tromsø)", "2027-01-12", "2027-01-14", "in_person", "Tromsø"),
        ("Data carpentry (online)", "2027-02-03", "2027-02-05", "online", None),
        ("Shell scripting basics", "2026-12-09", "2026-12-09", None, None),
    ]


def test_a_year_heading_gives_its_items_their_year_and_cancelled_items_are_left_out() -> None:
    body = """<h2>Courses given by the centre</h2><p><strong>2026</strong></p><ul>
    <li>Parallel programming with MPI, 2-4 March, ONLINE</li>
    <li>Version control with Git, 10 February</li>
    <li>Intro to the cluster, 20 January (postponed)</li></ul>
    <p><strong>2025</strong></p><ul>
    <li>GPU computing for beginners, 4-5 November</li>
    <li>Profiling tools, 8 October</li></ul>"""
    assert _runs(body, "name", "start_date", "end_date", "mode") == [
        ("GPU computing for beginners", "2025-11-04", "2025-11-05", None),
        ("Parallel programming with MPI", "2026-03-02", "2026-03-04", "online"),
        ("Profiling tools", "2025-10-08", "2025-10-08", None),
        ("Version control with Git", "2026-02-10", "2026-02-10", None),
    ]


def test_an_item_without_a_year_takes_it_from_its_neighbours_or_its_link() -> None:
    body = """<h1>Upcoming courses</h1><ul>
    <li>Advanced shell, 4-5 December</li>
    <li>Containers on clusters, 6-8+10 November 2027, ONLINE</li></ul>
    <h2>Events and courses open for registration</h2><table>
    <thead><tr><th>Date</th><th>Course</th><th>Location</th></tr></thead><tbody>
    <tr><td>2 - 3 June</td><td><a href="/adverts/2028/sed-june">Sed and awk</a></td>\
<td>online</td></tr>
    <tr><td>9 June</td><td><a href="/transfer">File transfer</a></td><td>online</td></tr>
    </tbody></table>"""
    assert _runs(body, "name", "start_date", "end_date") == [
        ("Advanced shell", "2027-12-04", "2027-12-05"),
        ("Containers on clusters", "2027-11-06", "2027-11-10"),
        ("File transfer", "2028-06-09", "2028-06-09"),
        ("Sed and awk", "2028-06-02", "2028-06-03"),
    ]


def test_cards_with_a_title_heading_and_a_date_split_over_two_lines() -> None:
    body = """<h1>Courses</h1><div class="listing">
    <div class="post"><h3><a href="a/">Genome assembly</a></h3>
    <div class="meta"><div>Mar 2nd, 2027 -</div><div>Mar 6th, 2027</div></div></div>
    <div class="post"><h3><a href="b/">Population genetics in R</a></h3>
    <p>Course dates: Jan 4th-8th, 2027 (registration closed)</p>
    <div class="meta"><div>Jan 4th -</div><div>Jan 8th, 2027</div></div></div></div>"""
    assert _runs(body, "name", "start_date", "end_date") == [
        ("Genome assembly", "2027-03-02", "2027-03-06"),
        ("Population genetics in R", "2027-01-04", "2027-01-08"),
    ]


def test_a_linked_title_above_a_dated_line_and_a_time_zone_is_no_name() -> None:
    body = """<h1>Events and training</h1><ul>
    <li><a href="/e/1">Cluster user introduction</a><p>Online event 9th Mar 2027</p></li>
    <li><div class="time">09:00 - 10:30 EET + 2</div><div class="date">25.03.2027</div>
    <a href="/e/2"><h2>Python for HPC</h2></a></li></ul>"""
    assert _runs(body, "name", "start_date", "mode") == [
        ("Cluster user introduction", "2027-03-09", "online"),
        ("Python for HPC", "2027-03-25", None),
    ]


def test_news_and_blog_lists_with_dates_are_no_courses() -> None:
    body = """<h1>Training courses</h1><p>We teach.</p><h2>Latest news</h2><ul>
    <li><a href="/n/1">New cluster opens for users</a>, 3 March 2027</li>
    <li><a href="/n/2">Maintenance window announced</a>, 1 March 2027</li></ul>
    <h2>From the blog</h2><div>
    <article><h3>Ten tips for faster jobs</h3><p>12 February 2027</p></article>
    <article><h3>Why we moved to Slurm</h3><p>2 February 2027</p></article></div>"""
    assert _runs(body) == []


def test_a_single_dated_item_is_no_list() -> None:
    body = """<h1>Courses</h1><ul><li><a href="/c">Linux basics</a>, 3 May 2027</li>
    <li><a href="/about">About us</a></li></ul>"""
    tree = LexborHTMLParser(f"<html><body>{body}</body></html>")
    view = visible_from_tree(tree, "listing.html", lang=None, base_url=None)
    assert find_listed_runs(view, ScheduleContext(page="listing.html", course_name=None), []) == []


def test_a_start_line_and_an_end_line_make_one_range_and_a_long_range_keeps_its_end_open() -> None:
    body = """<h1>Our courses</h1><div class="listing">
    <div class="post"><h3><a href="a/">Metagenomics in practice</a></h3>
    <div class="start">Oct 4th, 2027</div><div class="end">Jan 16th, 2028</div></div>
    <div class="post"><h3><a href="b/">Clinical genomics masterclass</a></h3>
    <p>25 February 2027 - 31 December 2031</p></div></div>"""
    assert _runs(body, "name", "start_date", "end_date") == [
        ("Clinical genomics masterclass", "2027-02-25", None),
        ("Metagenomics in practice", "2027-10-04", "2028-01-16"),
    ]


def test_other_courses_beside_a_course_page_are_no_runs_of_it() -> None:
    body = """<h1>Introduction to Docker</h1><p>A one-day hands-on course.</p>
    <h2>Other courses you may like</h2><ul>
    <li><a href="/c/k8s">Kubernetes basics</a>, 4 May 2027</li>
    <li><a href="/c/helm">Helm charts workshop</a>, 11 May 2027</li></ul>"""
    tree = LexborHTMLParser(f"<html><body>{body}</body></html>")
    view = visible_from_tree(tree, "listing.html", lang=None, base_url=None)
    ctx = ScheduleContext(page="listing.html", course_name="Introduction to Docker")
    assert find_listed_runs(view, ctx, []) == []


def test_a_weekday_left_before_an_item_s_date_is_no_part_of_its_name() -> None:
    body = """<h1>Begrippenlijst</h1><p>Uitleg van de begrippen.</p>
    <aside><h2>Volgende cursussen</h2><ul>
    <li>Heftruck Basis – tuesday 8 december 2026, Utrecht – € 165,- excl. btw</li>
    <li>Hoogwerker VOL – 12 en 13 januari 2027 – € 335 excl. btw</li></ul></aside>"""
    assert _runs(body, "name", "start_date") == [
        ("Heftruck Basis", "2026-12-08"),
        ("Hoogwerker VOL", "2027-01-12"),
    ]


def test_a_page_s_last_updated_note_in_any_language_is_no_run() -> None:
    body = """<h1>Cursussen</h1><ul>
    <li>EHBO Basis – 8 december 2026, Utrecht</li>
    <li>BHV Herhaling – 12 januari 2027, Utrecht</li></ul>
    <p>Laatst bijgewerkt: <time>2 november 2026</time></p>
    <p>Zuletzt aktualisiert am 3. November 2026</p>"""
    assert [name for name, _ in _runs(body, "name", "start_date")] == [
        "BHV Herhaling",
        "EHBO Basis",
    ]


def test_a_weekday_before_an_item_s_date_is_never_its_name() -> None:
    """ "Friday 5 March 2027": the text before the date is the date's weekday, no title."""
    body = """<h1>Forklift training</h1><h2>Upcoming courses</h2><ul>
    <li>Friday 5 March 2027<br>Depot training room</li>
    <li>Monday 12 April 2027<br>Depot training room</li></ul>"""
    assert [name for name, _ in _runs(body, "name", "start_date")] == []

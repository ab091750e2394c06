"""Loading: idempotence, history, gone runs, dedupe, and what each batch reports."""

from __future__ import annotations

from contextlib import closing
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from prospectus.records import Course
from prospectus.warehouse import (
    TABLES,
    PageResult,
    finish_run,
    load_batch,
    load_pages,
    open_readonly,
    open_writer,
    start_run,
)
from prospectus.warehouse._arrow import url_host

from .synthetic import T0, course_page, crawl

LATER = T0 + timedelta(days=7)


def snapshot(db: Path) -> dict[str, list[tuple]]:
    with open_readonly(db) as conn:
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
            for t in TABLES
            if t != "schema_version"
        }


def test_same_input_twice_gives_identical_tables(db: Path) -> None:
    load_pages(db, crawl(), "r1")
    first = snapshot(db)
    again = load_pages(db, crawl(), "r1")
    assert snapshot(db) == first
    assert again.new == again.changed == again.gone == ()
    assert again.counts["course"].unchanged == 72
    assert again.counts["faq"].unchanged == 8


def test_unchanged_record_in_a_later_crawl_changes_nothing(db: Path) -> None:
    load_pages(db, crawl(), "r1")
    before = snapshot(db)
    load_pages(db, crawl(LATER), "r2")
    after = snapshot(db)
    for table in ("course_runs", "course_observations", "faq_items", "glossary_terms"):
        assert after[table] == before[table], table
    assert len(after["page_fetches"]) == 2 * len(before["page_fetches"])


def test_changed_price_is_a_new_observation(db: Path) -> None:
    load_pages(db, [course_page(0)], "r1")
    changes = load_pages(db, [course_page(0, LATER, price_delta=-100)], "r2")
    assert len(changes.changed) == 18
    change = next(c for c in changes.changed if c.name == "PRINCE2 Practitioner")
    assert change.before is not None and change.after is not None
    assert (change.before.price, change.after.price) == (1295.0, 1195.0)
    with open_readonly(db) as conn:
        # "what did this run cost last month": one query against price_history
        (price,) = conn.execute(
            """SELECT price FROM price_history
               WHERE key = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)""",
            [change.key, T0 + timedelta(days=1), T0 + timedelta(days=1)],
        ).fetchall()[0]
        now = conn.execute("SELECT price FROM courses WHERE key = ?", [change.key]).fetchall()
        history = conn.execute(
            "SELECT price, previous_price, price_change FROM price_history "
            "WHERE key = ? ORDER BY valid_from",
            [change.key],
        ).fetchall()
    assert price == 1295.0
    assert now == [(1195.0,)]
    assert history == [(1295.0, None, None), (1195.0, 1295.0, -100.0)]


def test_run_no_longer_listed_is_gone_not_deleted(db: Path) -> None:
    load_pages(db, [course_page(0)], "r1")
    changes = load_pages(db, [course_page(0, LATER, drop_last_run=True)], "r2")
    assert [c.change for c in changes.gone] == ["gone"]
    key = changes.gone[0].key
    with open_readonly(db) as conn:
        row = conn.execute("SELECT listed, gone_at FROM courses WHERE key = ?", [key]).fetchall()
        upcoming = conn.execute(
            "SELECT count(*) FROM upcoming_runs WHERE key = ?", [key]
        ).fetchall()
        open_obs = conn.execute(
            "SELECT count(*) FROM course_observations WHERE key = ? AND valid_to IS NULL", [key]
        ).fetchall()
    assert row == [(False, LATER.replace(tzinfo=None))]
    assert open_obs == [(0,)]
    assert upcoming == [(0,)]
    back = load_pages(db, [course_page(0, LATER + timedelta(days=7))], "r3")
    assert [c.key for c in back.returned] == [key]


def test_failed_or_unmodified_fetch_marks_nothing_gone(db: Path) -> None:
    load_pages(db, [course_page(0)], "r1")
    page = course_page(0, LATER)
    for status, error in ((304, None), (503, None), (200, "extraction crashed")):
        result = load_pages(db, [replace(page, status=status, error=error, records=())], "r2")
        assert result.gone == (), status
    gone = load_pages(db, [replace(page, status=404, records=())], "r3")
    assert len(gone.gone) == 18


def test_batch_is_deduplicated_latest_fetch_wins(db: Path) -> None:
    old = course_page(0)
    new = course_page(0, LATER, price_delta=10)
    result = load_pages(db, [new, old, new], "r1")
    assert result.counts["course"].new == 18
    with open_readonly(db) as conn:
        prices = conn.execute(
            "SELECT DISTINCT price FROM courses WHERE name = 'PRINCE2 Practitioner'"
        ).fetchall()
        fetches = conn.execute("SELECT count(*) FROM page_fetches").fetchall()
    assert prices == [(1305.0,)]
    assert fetches == [(2,)]


def test_older_batch_after_newer_is_ignored(db: Path) -> None:
    load_pages(db, [course_page(0, LATER, price_delta=10)], "r2")
    result = load_pages(db, [course_page(0)], "r1")
    assert result.counts["course"].stale == 18
    assert result.changed == ()


def test_nodes_issues_and_runs_are_stored(db: Path) -> None:
    conn = open_writer(db)
    try:
        run = start_run(conn, ["https://knowledge-train.example/"], started_at=T0)
        load_batch(conn, crawl(), run)
        load_batch(conn, crawl(LATER), run)
        finish_run(conn, run, counts={"pages": 8}, summary={"ok": True}, finished_at=LATER)
        nodes = conn.execute("SELECT count(*), max(data->>'@type') FROM page_nodes").fetchall()
        issues = conn.execute("SELECT count(*) FROM extraction_issues").fetchall()
        runs = conn.execute("SELECT counts->>'pages', start_urls FROM crawl_runs").fetchall()
        pages = conn.execute("SELECT count(*), max(fetch_count) FROM pages").fetchall()
    finally:
        conn.close()
    assert nodes == [(4, "Course")]
    assert issues == [(4,)]
    assert runs == [("8", ["https://knowledge-train.example/"])]
    assert pages == [(4, 2)]


def test_bad_dates_become_null_and_lists_stay_lists(db: Path) -> None:
    page = course_page(0)
    odd = Course(page=page.url, source="text", name="Odd", start_date="sometime", price=1.0)
    load_pages(db, [replace(page, records=(*page.records, odd))], "r1")
    with open_readonly(db) as conn:
        assert conn.execute("SELECT start_date FROM courses WHERE name = 'Odd'").fetchall() == [
            (None,)
        ]
        same_as = conn.execute("SELECT DISTINCT typeof(same_as) FROM terms").fetchall()
    assert same_as == [("VARCHAR[]",)]


def test_failed_batch_rolls_back(db: Path) -> None:
    load_pages(db, crawl(), "r1")
    before = snapshot(db)
    conn = open_writer(db)
    try:
        conn.execute("ALTER TABLE glossary_terms RENAME TO glossary_terms_x")
        try:
            load_batch(conn, crawl(LATER, price_delta=5), "r2")
        except Exception as exc:
            assert "loading a batch" in str(exc)
        conn.execute("ALTER TABLE glossary_terms_x RENAME TO glossary_terms")
    finally:
        conn.close()
    assert snapshot(db) == before


def test_empty_batch(db: Path) -> None:
    assert load_pages(db, [], "r1").pages == 0
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM page_fetches").fetchall() == [(0,)]


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.Example.co.uk/courses/x", "example.co.uk"),
        ("http://example.com:80/a", "example.com"),
        ("https://example.com:443/a", "example.com"),
        ("http://127.0.0.1:8001/a", "127.0.0.1:8001"),
        ("http://127.0.0.1:8002/a", "127.0.0.1:8002"),
        ("https://example.com:8443/a", "example.com:8443"),
        ("not a url", None),
        ("http://[::1", None),
    ],
)
def test_site_keeps_a_port_other_than_the_default(url: str, site: str | None) -> None:
    assert url_host(url) == site


def _moved(page: PageResult, url: str) -> PageResult:
    """The same page and records, served from ``url``."""
    records = tuple(
        replace(r, page=url, url=f"{url}/{r.name}")
        if isinstance(r, Course)
        else replace(r, page=url)
        for r in page.records
    )
    return replace(page, url=url, final_url=url, records=records)


def test_two_servers_on_one_address_are_two_sites(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with closing(open_writer(db)) as conn:
        run = start_run(conn, ["http://127.0.0.1:8001/", "http://127.0.0.1:8002/"])
    load_pages(
        db, [_moved(course_page(0), f"http://127.0.0.1:{port}/c") for port in (8001, 8002)], run
    )
    with open_readonly(db) as conn:
        sites = conn.execute("SELECT DISTINCT site FROM course_runs ORDER BY site").fetchall()
    assert sites == [("127.0.0.1:8001",), ("127.0.0.1:8002",)]


def _run_page(url: str, *, linked: bool, fetched_at: datetime = T0) -> PageResult:
    """A page listing one PRINCE2 run, with the course's URL or (a schedule) without."""
    run = Course(
        page=url,
        source="html",
        name="PRINCE2® Foundation" if linked else "Prince2 foundation",
        url="https://acme.example/courses/prince2" if linked else None,
        start_date="2026-10-12",
        end_date="2026-10-14" if linked else "2026-10-12",
        price=1195.0,
        currency="GBP",
        mode="online",
    )
    return PageResult(url=url, final_url=url, fetched_at=fetched_at, status=200, records=(run,))


def test_a_run_listed_by_a_schedule_and_its_course_page_is_one_course(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    course_page_url = "https://acme.example/courses/prince2"
    schedule_url = "https://acme.example/schedule"
    with closing(open_writer(db)) as conn:
        run = start_run(conn, [course_page_url])
    load_pages(
        db, [_run_page(course_page_url, linked=True), _run_page(schedule_url, linked=False)], run
    )

    def shown() -> list[tuple]:
        with open_readonly(db) as conn:
            return conn.execute(
                "SELECT page_url, end_date::VARCHAR, listed FROM courses ORDER BY page_url"
            ).fetchall()

    assert shown() == [(course_page_url, "2026-10-14", True)]
    # The course page drops the run; the schedule still lists it, so it shows again.
    emptied = replace(_run_page(course_page_url, linked=True, fetched_at=LATER), records=())
    load_pages(db, [emptied], run)
    assert (schedule_url, "2026-10-12", True) in shown()

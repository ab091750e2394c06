"""``prospectus crawl`` as a user runs it: a real subprocess, the demo site on 127.0.0.1,
a DuckDB file under tmp_path."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from prospectus.demo._data import PROVIDERS
from prospectus.demo.server import DemoSite
from prospectus.warehouse import acquire_writer_lock, open_readonly


@pytest.fixture()
def site() -> Iterator[DemoSite]:
    with DemoSite() as demo:
        yield demo


def _crawl(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return _prospectus("crawl", args, cwd)


def _prospectus(command: str, args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PROSPECTUS_CRAWL_DELAY": "0",
        "PROSPECTUS_MAX_CRAWL_DELAY": "0",
        "PROSPECTUS_DATA_DIR": str(cwd / "data"),
        "PROSPECTUS_RAW_DIR": str(cwd / "raw"),
    }
    return subprocess.run(
        [sys.executable, "-m", "prospectus", command, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _counts(db: Path) -> tuple[int, int, int, int]:
    with open_readonly(db) as conn:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM courses), (SELECT count(*) FROM faqs), "
            "(SELECT count(*) FROM terms), (SELECT count(DISTINCT url) FROM pages)"
        ).fetchone()
    assert row is not None
    return row


def test_crawl_loads_and_a_second_crawl_duplicates_nothing(site: DemoSite, tmp_path: Path) -> None:
    db = tmp_path / "prospectus.duckdb"
    first = _crawl([*site.start_urls, "--db", str(db), "--no-main-text"], tmp_path)
    assert first.returncode == 0, first.stderr[-2000:]
    counts = _counts(db)
    runs = sum(len(course.runs) for provider in PROVIDERS for course in provider.courses)
    assert counts[0] >= runs and counts[1] >= 10 and counts[2] >= 10 and counts[3] >= 50

    second = _crawl([*site.start_urls, "--db", str(db), "--no-main-text"], tmp_path)
    assert second.returncode == 0, second.stderr[-2000:]
    assert _counts(db) == counts
    assert "0 changed, 0 gone" in second.stdout


def _page_urls(db: Path) -> list[str]:
    """Pages fetched with a 2xx answer (the archive has nothing of 404s and robots refusals)."""
    with open_readonly(db) as conn:
        rows = conn.execute(
            "SELECT url FROM pages WHERE status BETWEEN 200 AND 299 ORDER BY url"
        ).fetchall()
    return [row[0] for row in rows]


def test_reextract_rebuilds_the_crawl_from_the_archive_alone(
    site: DemoSite, tmp_path: Path
) -> None:
    db = tmp_path / "crawled.duckdb"
    crawled = _crawl([*site.start_urls, "--db", str(db), "--no-main-text"], tmp_path)
    assert crawled.returncode == 0, crawled.stderr[-2000:]
    site.stop()  # from here on, no network

    state = tmp_path / "crawled.duckdb.crawlstate.sqlite"
    for name, extra in (("with-state", ["--state", str(state)]), ("without-state", [])):
        rebuilt = tmp_path / f"{name}.duckdb"
        proc = _prospectus(
            "reextract",
            ["--db", str(rebuilt), "--archive", str(tmp_path / "raw"), "--no-main-text", *extra],
            tmp_path,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        urls = _page_urls(rebuilt)
        assert urls == _page_urls(db), name
        assert _counts(rebuilt)[:3] == _counts(db)[:3], name
        assert not [u for u in urls if u.endswith(("robots.txt", ".xml"))], name


def test_a_crawl_loads_what_an_interrupted_run_fetched_but_never_loaded(
    site: DemoSite, tmp_path: Path
) -> None:
    # What a run killed between fetch and load leaves: the archive and the crawl state.
    db = tmp_path / "caught-up.duckdb"
    state = tmp_path / "caught-up.duckdb.crawlstate.sqlite"
    urls = list(site.start_urls)
    fetched = _prospectus(
        "fetch",
        [*urls, "--archive", str(tmp_path / "raw"), "--state", str(state)],
        tmp_path,
    )
    assert fetched.returncode == 0, fetched.stderr[-2000:]
    site.stop()  # the sites are down now: everything must come from the archive

    proc = _crawl([*urls, "--db", str(db), "--no-main-text"], tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    courses, faqs, terms, _ = _counts(db)
    runs = sum(len(course.runs) for provider in PROVIDERS for course in provider.courses)
    assert courses == runs and faqs >= 10 and terms >= 10


def test_reextract_without_an_archive_is_one_line(tmp_path: Path) -> None:
    proc = _prospectus(
        "reextract",
        ["--db", str(tmp_path / "x.duckdb"), "--archive", str(tmp_path / "none")],
        tmp_path,
    )
    assert proc.returncode != 0
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "no archive" in proc.stderr, proc.stderr


def test_a_bad_start_url_is_one_line_and_non_zero(tmp_path: Path) -> None:
    proc = _crawl(["not a url", "--db", str(tmp_path / "db" / "x.duckdb")], tmp_path)
    assert proc.returncode != 0
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    # refused before anything was written: no database, lock or half-begun run left behind
    assert not (tmp_path / "db").exists()


def test_a_second_writer_gets_one_line(site: DemoSite, tmp_path: Path) -> None:
    db = tmp_path / "locked.duckdb"
    with acquire_writer_lock(db):
        proc = _crawl([*site.start_urls, "--db", str(db)], tmp_path)
    assert proc.returncode != 0
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "lock" in lines[0].lower(), proc.stderr

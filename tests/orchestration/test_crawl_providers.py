"""The crawl-providers flow, for real: a Prefect server (the session's test harness), the
demo site on 127.0.0.1, a DuckDB file under tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from flows.crawl_providers import crawl_providers
from prefect.artifacts import Artifact

from prospectus.crawl import CrawlConfig
from prospectus.demo._data import PROVIDERS
from prospectus.demo.server import DemoSite
from prospectus.warehouse import open_readonly


def _config(tmp_path: Path, db: Path) -> CrawlConfig:
    """The demo site is ours, on loopback: no politeness delays."""
    return CrawlConfig(
        state_path=db.with_name(db.name + ".crawlstate.sqlite"),
        archive_dir=tmp_path / "raw",
        delay=0.0,
        max_crawl_delay=0.0,
        per_host_concurrency=4,
    )


# What a record says (not when it was loaded): the contract's fields and the page.
CONTENT = {
    "courses": "page_url, name, provider, url, start_date, end_date, price, list_price, "
    "currency, price_includes_vat, mode, location, instructor, rating, review_count, "
    "availability",
    "faqs": "page_url, question, answer",
    "terms": "page_url, name, definition, same_as, wikidata_id",
}


def _run(site: DemoSite, tmp_path: Path, db: Path) -> dict[str, object]:
    return crawl_providers(site.start_urls, db, _config(tmp_path, db), batch_size=20)


def _changes_artifact() -> list[dict[str, object]]:
    artifact = Artifact.get("course-changes")
    assert artifact is not None
    data = artifact.data
    return json.loads(data) if isinstance(data, str) else list(data or [])


def _expected_runs() -> set[tuple[str, str, float]]:
    return {(p.name, run.start, run.price) for p in PROVIDERS for c in p.courses for run in c.runs}


def test_flow_loads_every_demo_course_run_faq_and_term(demo_site: DemoSite, tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    result = _run(demo_site, tmp_path, db)
    with open_readonly(db) as conn:
        runs = set(
            conn.execute(
                "SELECT provider, strftime(start_date, '%Y-%m-%d'), price FROM courses "
                "WHERE start_date IS NOT NULL"
            ).fetchall()
        )
        faqs = conn.execute("SELECT count(*) FROM faqs").fetchone()
        terms = conn.execute("SELECT count(*) FROM terms").fetchone()
    assert _expected_runs() <= runs, sorted(_expected_runs() - runs)[:5]
    assert faqs is not None and faqs[0] >= 10
    assert terms is not None and terms[0] >= 10
    assert int(result["pages"]) > 50  # type: ignore[call-overload]
    assert {row["change"] for row in _changes_artifact()} == {"new"}


def test_second_run_changes_nothing_and_a_price_change_is_reported(
    demo_site: DemoSite, tmp_path: Path
) -> None:
    db = tmp_path / "demo.duckdb"
    _run(demo_site, tmp_path, db)

    second = _run(demo_site, tmp_path, db)
    assert second["course_changes"] == {}
    assert _changes_artifact() == []

    demo_site.set_price("kestrel", "/courses/itil-4-foundation.html", 850.0, 825.0)
    third = _run(demo_site, tmp_path, db)
    rows = _changes_artifact()
    assert third["course_changes"] == {"changed": len(rows)}
    assert rows, "the price change was not reported"
    for row in rows:
        assert row["change"] == "changed"
        assert row["course"] and "ITIL 4 Foundation" in str(row["course"])
        assert row["price_before"] == "850.00 GBP" and row["price_after"] == "825.00 GBP"
        assert str(row["page"]).endswith("/courses/itil-4-foundation.html")


@pytest.mark.slow
def test_dask_runner_builds_the_same_database(demo_site: DemoSite, tmp_path: Path) -> None:
    from flows.crawl_providers import task_runner_for

    tables = {}
    for runner in ("thread", "dask"):
        work = tmp_path / runner
        work.mkdir()
        db = work / "demo.duckdb"
        flow = crawl_providers.with_options(task_runner=task_runner_for(runner))
        flow(demo_site.start_urls, db, _config(work, db), batch_size=10)
        with open_readonly(db) as conn:
            tables[runner] = {
                name: conn.execute(f"SELECT {columns} FROM {name} ORDER BY ALL").fetchall()
                for name, columns in CONTENT.items()
            }
    assert tables["thread"] == tables["dask"]

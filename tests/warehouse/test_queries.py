"""The ten example questions in docs/queries.md run against a real warehouse."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from prospectus.warehouse import load_pages, open_readonly, run_query

from .synthetic import crawl

QUERIES = Path(__file__).parents[2] / "docs" / "queries.md"


def example_queries() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", QUERIES.read_text(encoding="utf-8"), re.S)


def test_there_are_ten_examples() -> None:
    assert len(example_queries()) == 10


def test_every_example_runs(db: Path) -> None:
    now = datetime.now(UTC)
    load_pages(db, crawl(now - timedelta(days=40)), "r1")
    load_pages(db, crawl(now - timedelta(days=2), price_delta=-50, drop_last_run=True), "r2")
    with open_readonly(db) as conn:
        results = [run_query(conn, sql) for sql in example_queries()]
    assert all(r.num_columns > 0 for r in results)
    cuts = results[2].to_pylist()
    assert {r["provider"] for r in cuts} == {
        "Knowledge Train",
        "ILX Group",
        "QA Ltd",
        "Learning Tree",
    }
    assert results[3].num_rows > 0  # prices a month ago
    assert results[6].num_rows == 4  # one run gone per provider
    assert results[8].to_pylist()[0]["sites"] == 4

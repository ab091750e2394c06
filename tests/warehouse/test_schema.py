"""Migrations and the data dictionary."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from prospectus.errors import SchemaError
from prospectus.warehouse import (
    LATEST_VERSION,
    TABLES,
    VIEW_NAMES,
    data_dictionary,
    load_pages,
    migrate,
    open_readonly,
    open_writer,
    schema_version,
)

from .synthetic import course_page


def test_migrates_an_empty_file_to_the_latest_version(db: Path) -> None:
    conn = open_writer(db)
    try:
        assert schema_version(conn) == LATEST_VERSION
        versions = conn.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()
        tables = {r[0] for r in conn.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        views = {r[0] for r in conn.execute("SELECT view_name FROM duckdb_views()").fetchall()}
    finally:
        conn.close()
    assert [v for (v,) in versions] == list(range(1, LATEST_VERSION + 1))
    assert set(TABLES) <= tables
    assert set(VIEW_NAMES) <= views


def test_reopening_is_idempotent(db: Path) -> None:
    open_writer(db).close()
    conn = open_writer(db)
    try:
        assert migrate(conn) == LATEST_VERSION
        assert conn.execute("SELECT count(*) FROM schema_version").fetchall() == [(LATEST_VERSION,)]
    finally:
        conn.close()


def test_version_1_file_upgrades_and_keeps_its_data(db: Path) -> None:
    with duckdb.connect(str(db)) as conn:
        assert migrate(conn, target=1) == 1
        conn.execute(
            """INSERT INTO course_runs (key, page_url, name, price, currency, start_date,
                   first_seen_at, updated_at)
               VALUES ('k1', 'https://x.example/', 'PRINCE2 Foundation', 900, 'GBP',
                   DATE '2030-01-01', TIMESTAMP '2026-01-01', TIMESTAMP '2026-01-02')"""
        )
        tables = {r[0] for r in conn.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        assert "course_observations" not in tables
    with pytest.raises(SchemaError, match="schema version 1"):
        open_readonly(db)
    open_writer(db).close()
    with open_readonly(db) as conn:
        history = conn.execute(
            "SELECT key, price, valid_from, family FROM price_history"
        ).fetchall()
        courses = conn.execute("SELECT name, price_ex_vat FROM courses").fetchall()
    assert history == [("k1", 900.0, datetime(2026, 1, 2), "PRINCE2")]
    assert courses == [("PRINCE2 Foundation", None)]
    # and the upgraded file loads new batches like any other
    assert load_pages(db, [course_page(0)], "r1").counts["course"].new == 18


def test_file_from_a_newer_prospectus_is_refused(db: Path) -> None:
    open_writer(db).close()
    with duckdb.connect(str(db)) as conn:
        conn.execute("INSERT INTO schema_version VALUES (999, now(), 'future')")
    with pytest.raises(SchemaError, match="newer"):
        open_writer(db)


def test_every_column_of_every_table_and_view_has_a_comment(db: Path) -> None:
    open_writer(db).close()
    with open_readonly(db) as conn:
        columns = data_dictionary(conn)
        relations = conn.execute(
            """SELECT table_name, comment FROM duckdb_tables()
               UNION ALL SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"""
        ).fetchall()
    documented = {c.relation for c in columns}
    assert documented == set(TABLES) | set(VIEW_NAMES)
    assert [c for c in columns if not c.comment] == []
    assert [name for name, comment in relations if not comment] == []
    courses = [c.column for c in columns if c.relation == "courses"]
    contract = [
        "name",
        "provider",
        "url",
        "start_date",
        "end_date",
        "price",
        "list_price",
        "currency",
        "price_includes_vat",
        "mode",
        "location",
        "instructor",
        "rating",
        "review_count",
        "availability",
        "source",
        "page_url",
    ]
    assert set(contract) <= set(courses)

"""``prospectus sql``, ``schema`` and ``export`` against a real file."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import prospectus.cli.warehouse_cmd  # noqa: F401  (registers the commands)
from prospectus.cli import app
from prospectus.warehouse import load_pages

from .synthetic import crawl

runner = CliRunner()


@pytest.fixture
def loaded(db: Path) -> Path:
    load_pages(db, crawl(), "r1")
    return db


def test_sql_prints_a_table(loaded: Path) -> None:
    result = runner.invoke(
        app, ["sql", "SELECT name, price FROM courses LIMIT 2", "--db", str(loaded)]
    )
    assert result.exit_code == 0, result.output
    assert "name" in result.stdout and "price" in result.stdout


def test_sql_json_csv_and_parquet(loaded: Path, tmp_path: Path) -> None:
    query = "SELECT name, same_as FROM terms ORDER BY page_url"
    as_json = runner.invoke(app, ["sql", query, "--db", str(loaded), "--format", "json"])
    rows = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert rows[0]["same_as"] == ["https://www.wikidata.org/wiki/Q507232"]
    as_csv = runner.invoke(app, ["sql", query, "--db", str(loaded), "--format", "csv"])
    assert as_csv.stdout.splitlines()[0] == '"name","same_as"'
    out = tmp_path / "terms.parquet"
    runner.invoke(
        app, ["sql", query, "--db", str(loaded), "--format", "parquet", "--output", str(out)]
    )
    assert pq.read_table(out).num_rows == 4


def test_sql_errors_are_one_line(loaded: Path, tmp_path: Path) -> None:
    bad = runner.invoke(app, ["sql", "SELECT nope FROM courses", "--db", str(loaded)])
    assert bad.exit_code == 1
    assert len(bad.stderr.strip().splitlines()) == 1
    missing = runner.invoke(app, ["sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1
    assert "no database" in missing.stderr


def test_schema_lists_comments(loaded: Path) -> None:
    result = runner.invoke(app, ["schema", "--db", str(loaded)])
    assert result.exit_code == 0
    assert "price_history" in result.stdout
    assert "ISO 4217" in result.stdout


def test_export_parquet(loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    result = runner.invoke(app, ["export", "--parquet", str(out), "--db", str(loaded)])
    assert result.exit_code == 0
    assert pq.read_table(out / "courses.parquet").num_rows == 72
    assert (out / "price_history.parquet").exists()

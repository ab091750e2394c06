"""Reading the warehouse: ad-hoc SQL, the data dictionary, Parquet export."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

import duckdb
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from prospectus.errors import InputError
from prospectus.warehouse._docs import RELATIONS

logger = logging.getLogger(__name__)

OutputFormat = Literal["table", "csv", "json", "parquet"]


@dataclass(frozen=True, slots=True)
class ColumnDoc:
    """One column of the data dictionary."""

    relation: str
    relation_kind: Literal["table", "view"]
    relation_comment: str | None
    column: str
    data_type: str
    comment: str | None


def run_query(conn: duckdb.DuckDBPyConnection, sql: str) -> pa.Table:
    """Run one SQL query and return its result as an Arrow table."""
    try:
        relation = conn.sql(sql)
    except duckdb.Error as exc:
        raise InputError(f"query failed: {exc}".splitlines()[0]) from exc
    if relation is None:
        return pa.table({})
    try:
        return relation.to_arrow_table()
    except duckdb.Error as exc:
        raise InputError(f"query failed: {exc}".splitlines()[0]) from exc


def data_dictionary(conn: duckdb.DuckDBPyConnection) -> list[ColumnDoc]:
    """Every column of the warehouse's tables and views, with its comment."""
    rows = conn.execute(
        """SELECT c.table_name,
                  CASE WHEN v.view_name IS NULL THEN 'table' ELSE 'view' END,
                  coalesce(t.comment, v.comment), c.column_name, c.data_type, c.comment
           FROM duckdb_columns() AS c
           LEFT JOIN duckdb_tables() AS t
             ON t.table_name = c.table_name AND t.schema_name = c.schema_name
           LEFT JOIN duckdb_views() AS v
             ON v.view_name = c.table_name AND v.schema_name = c.schema_name
           WHERE c.schema_name = 'main' AND NOT c.internal AND c.table_name IN ?
           ORDER BY CASE WHEN v.view_name IS NULL THEN 1 ELSE 0 END, c.table_name,
                    c.column_index""",
        [list(RELATIONS)],
    ).fetchall()
    return [ColumnDoc(*row) for row in rows]


def export_parquet(conn: duckdb.DuckDBPyConnection, out_dir: str | Path) -> list[Path]:
    """Write every documented table and view to ``out_dir/<name>.parquet``."""
    directory = Path(out_dir)
    directory.mkdir(parents=True, exist_ok=True)
    present = {
        name
        for (name,) in conn.execute(
            "SELECT table_name FROM duckdb_tables() UNION SELECT view_name FROM duckdb_views()"
        ).fetchall()
    }
    written = []
    for name in RELATIONS:
        if name not in present:
            continue
        target = directory / f"{name}.parquet"
        conn.execute(f"COPY (SELECT * FROM {name}) TO '{_literal(target)}' (FORMAT parquet)")
        written.append(target)
        logger.info("exported %s to %s", name, target)
    return written


def write_result(table: pa.Table, fmt: OutputFormat, out: Path | IO[str]) -> None:
    """Write a query result as CSV, JSON lines or Parquet (Parquet needs a path)."""
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise InputError("--format parquet needs --output FILE")
        pq.write_table(table, out)
    elif fmt == "csv":
        _write_text(out, lambda f: f.write(_csv_text(table)))
    elif fmt == "json":
        _write_text(
            out,
            lambda f: f.writelines(
                json.dumps(row, default=str, ensure_ascii=False) + "\n" for row in table.to_pylist()
            ),
        )
    else:
        raise InputError(f"cannot write format {fmt!r} to a file")


def _csv_text(table: pa.Table) -> str:
    sink = pa.BufferOutputStream()
    flat = pa.table({f.name: _flatten(table.column(i)) for i, f in enumerate(table.schema)})
    pa_csv.write_csv(flat, sink)
    return bytes(sink.getvalue()).decode()


def _flatten(column: pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """Nested values (lists, maps, structs) as JSON text, for CSV."""
    if not pa.types.is_nested(column.type):
        return column
    return pa.array(
        [None if v is None else json.dumps(v, default=str) for v in column.to_pylist()],
        pa.string(),
    )


def _write_text(out: Path | IO[str], write: Callable[[IO[str]], object]) -> None:
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as handle:
            write(handle)
    else:
        write(out)


def _literal(path: Path) -> str:
    return str(path).replace("'", "''")

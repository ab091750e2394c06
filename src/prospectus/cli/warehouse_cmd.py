"""``prospectus sql``, ``prospectus schema`` and ``prospectus export``: reading the warehouse."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import pyarrow as pa
import typer
from rich.console import Console
from rich.table import Table

from prospectus.cli import app
from prospectus.errors import ProspectusError
from prospectus.warehouse import (
    OutputFormat,
    data_dictionary,
    export_parquet,
    open_readonly,
    run_query,
    write_result,
)

DEFAULT_DB = Path("data/prospectus.duckdb")

DbOption = Annotated[
    Path,
    typer.Option("--db", envvar="PROSPECTUS_DB", help="DuckDB file to read."),
]


def _fail(exc: ProspectusError) -> typer.Exit:
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(1)


@app.command("sql")
def sql_command(
    query: Annotated[str, typer.Argument(help='One SQL query, e.g. "SELECT * FROM courses".')],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[
        str, typer.Option("--format", help="table, csv, json (lines) or parquet.")
    ] = "table",
    output: Annotated[
        Path | None, typer.Option("--output", help="Write to this file instead of stdout.")
    ] = None,
) -> None:
    """Run a read-only SQL query against the warehouse."""
    if fmt not in ("table", "csv", "json", "parquet"):
        raise typer.BadParameter("must be table, csv, json or parquet", param_hint="--format")
    try:
        with open_readonly(db) as conn:
            result = run_query(conn, query)
        if fmt == "table":
            _print_table(result, output)
        else:
            fmt_checked: OutputFormat = fmt  # type: ignore[assignment]
            write_result(result, fmt_checked, output if output else sys.stdout)
    except ProspectusError as exc:
        raise _fail(exc) from exc


def _print_table(result: pa.Table, output: Path | None) -> None:
    table = Table(show_lines=False)
    for name in result.column_names:
        table.add_column(name, overflow="fold")
    for row in result.to_pylist():
        table.add_row(*("" if v is None else str(v) for v in row.values()))
    if output:
        with output.open("w", encoding="utf-8") as handle:
            Console(file=handle, width=200).print(table)
    else:
        Console().print(table)
        Console(stderr=True).print(f"{result.num_rows} rows", highlight=False)


@app.command("schema")
def schema_command(db: DbOption = DEFAULT_DB) -> None:
    """Print the data dictionary: every table and view, every column, what it means."""
    try:
        with open_readonly(db) as conn:
            columns = data_dictionary(conn)
    except ProspectusError as exc:
        raise _fail(exc) from exc
    console = Console()
    current = None
    table: Table | None = None
    for col in columns:
        if col.relation != current:
            if table is not None:
                console.print(table)
            current = col.relation
            table = Table(
                title=f"{col.relation} ({col.relation_kind}): {col.relation_comment}",
                title_justify="left",
            )
            table.add_column("column")
            table.add_column("type")
            table.add_column("meaning", overflow="fold")
        assert table is not None
        table.add_row(col.column, col.data_type, col.comment or "")
    if table is not None:
        console.print(table)


@app.command("export")
def export_command(
    parquet: Annotated[Path, typer.Option("--parquet", help="Directory for the Parquet files.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export every table and view to Parquet files (one per name)."""
    try:
        with open_readonly(db) as conn:
            written = export_parquet(conn, parquet)
    except ProspectusError as exc:
        raise _fail(exc) from exc
    Console(stderr=True).print(f"wrote {len(written)} files to {parquet}", highlight=False)

"""``prospectus extract``: records from saved pages and text dumps, as JSON lines or a table."""

from __future__ import annotations

import json
import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from prospectus.cli import app
from prospectus.extract import Document
from prospectus.pipeline import extract_page

log = logging.getLogger("prospectus.cli")


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


def _print_table(rows: list[dict[str, object]]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for kind, columns in (
        ("course", ("name", "start_date", "price", "currency", "mode", "location")),
        ("faq", ("question", "answer")),
        ("term", ("name", "definition")),
    ):
        chosen = [r for r in rows if r["kind"] == kind]
        if not chosen:
            continue
        table = Table(title=f"{kind} records ({len(chosen)})", show_lines=False)
        table.add_column("page", overflow="fold", max_width=24)
        for column in columns:
            table.add_column(column, overflow="fold", max_width=60)
        for row in chosen:
            table.add_row(
                str(row["page"]), *("" if row.get(c) is None else str(row.get(c)) for c in columns)
            )
        console.print(table)


@app.command("extract")
def extract_command(
    paths: Annotated[list[Path], typer.Argument(help="Saved HTML pages or text dumps.")],
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            help="jsonl: one JSON object per line on stdout; table: a readable summary.",
        ),
    ] = OutputFormat.jsonl,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="Resolve relative links against this URL when a page has no "
            "base element or canonical link.",
        ),
    ] = None,
    issues: Annotated[
        bool,
        typer.Option(
            "--issues/--no-issues",
            help="Also print what extraction repaired or lost (kind 'issue').",
        ),
    ] = False,
) -> None:
    """Extract course, FAQ and glossary records from saved pages (HTML or text dumps).

    Each PATH is read, its structured data (JSON-LD, microdata, RDFa) and visible text
    separated and merged into records. Problems go to standard error; a missing PATH
    makes the exit status 2 after the others are processed.
    """
    missing = 0
    rows: list[dict[str, object]] = []
    out = sys.stdout
    for path in paths:
        try:
            body = path.read_bytes()
        except FileNotFoundError:
            typer.echo(f"prospectus extract: {path}: no such file", err=True)
            missing += 1
            continue
        except OSError as exc:
            typer.echo(f"prospectus extract: {path}: cannot read ({exc.strerror})", err=True)
            continue
        result = extract_page(Document(body=body, url=base_url, page=str(path)))
        for issue in result.issues:
            level = logging.ERROR if issue.stage == "extract" else logging.INFO
            log.log(level, "%s: %s %s: %s", path, issue.stage, issue.action, issue.detail)
        if not result.records:
            typer.echo(f"prospectus extract: {path}: no records found", err=True)
        dicts = [r.to_dict() for r in result.records]
        if issues:
            dicts.extend(i.to_dict() for i in result.issues)
        if output_format is OutputFormat.jsonl:
            for row in dicts:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            rows.extend(dicts)
    if output_format is OutputFormat.table:
        _print_table(rows)
    out.flush()
    if missing:
        raise typer.Exit(code=2)

"""The ``prospectus`` command line: one Typer app, each command group in its own module."""

from __future__ import annotations

import logging
import sys

import typer

app = typer.Typer(
    help="Crawl training providers' sites, rebuild course, FAQ and glossary records, "
    "and query them in DuckDB.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)


@app.callback()
def _root(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log more (to standard error)."),
) -> None:
    """prospectus: crawl training providers' websites, rebuild course, FAQ and glossary
    records from their structured data and visible text, and query them with SQL."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )


def _register() -> None:
    # Each module adds its commands to ``app`` when imported.
    from prospectus.cli import (
        crawl_cmd,  # noqa: F401
        demo_cmd,  # noqa: F401
        extract_cmd,  # noqa: F401
        run_cmd,  # noqa: F401
        warehouse_cmd,  # noqa: F401
    )


def main() -> None:
    _register()
    app()

"""``prospectus fetch``: crawl and archive only (no extraction), and the crawl config builder
that ``prospectus crawl`` shares."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from prospectus.cli import app
from prospectus.cli.crawl_progress import crawl_progress, summary_table
from prospectus.crawl import CrawlConfig, run_crawl
from prospectus.errors import InputError
from prospectus.settings import Settings

log = logging.getLogger("prospectus.cli")


def crawl_config(
    settings: Settings, *, state_path: Path, archive_dir: Path | None = None,
    max_pages: int | None = None, delay: float | None = None,
) -> CrawlConfig:  # fmt: skip
    """The crawler's options from the settings, with command-line overrides."""
    return CrawlConfig(
        user_agent=settings.user_agent,
        state_path=state_path,
        archive_dir=archive_dir or settings.raw_dir,
        max_pages=max_pages if max_pages is not None else settings.max_pages,
        max_depth=settings.max_depth,
        concurrency=settings.concurrency,
        per_host_concurrency=settings.per_host_concurrency,
        delay=delay if delay is not None else settings.crawl_delay,
        read_timeout=settings.request_timeout,
        max_body_bytes=settings.max_body_bytes,
        max_crawl_delay=settings.max_crawl_delay,
        transport=settings.crawl_transport,
        max_attempts=settings.max_attempts,
    )


def state_path_for(db: Path) -> Path:
    """Where the crawl state of a database lives: ``<db>.crawlstate.sqlite`` beside it."""
    return db.with_name(db.name + ".crawlstate.sqlite")


@app.command("fetch")
def fetch_command(
    urls: Annotated[list[str], typer.Argument(help="Start URLs; their sites are crawled.")],
    archive: Annotated[Path, typer.Option("--archive", help="WARC directory.")] = Path("data/raw"),
    max_pages: Annotated[int | None, typer.Option("--max-pages", help="Stop after N.")] = None,
    state: Annotated[
        Path | None,
        typer.Option("--state", help="Crawl state file (default: ARCHIVE/crawlstate.sqlite)."),
    ] = None,
    delay: Annotated[
        float | None,
        typer.Option(
            "--delay", help="Seconds between requests to a host (Crawl-delay wins if larger)."
        ),
    ] = None,
    max_crawl_delay: Annotated[
        float | None, typer.Option("--max-crawl-delay", help="Cap on robots.txt Crawl-delay.")
    ] = None,
) -> None:
    """Crawl and archive to WARC, without extracting (a debugging seam for the crawler).

    Run it again after an interruption and it resumes; after a finished run it re-crawls
    with conditional requests.
    """
    settings = Settings()  # type: ignore[call-arg]
    config = crawl_config(settings, state_path=state or archive / "crawlstate.sqlite",
                          archive_dir=archive, max_pages=max_pages, delay=delay)  # fmt: skip
    if max_crawl_delay is not None:
        config = config.replace(max_crawl_delay=max_crawl_delay)
    console = Console(stderr=True)
    try:
        with crawl_progress(console) as on_progress:
            stats = run_crawl(urls, config, on_progress=on_progress)
    except InputError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    console.print(summary_table(stats))

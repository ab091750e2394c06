"""Showing a crawl: a live rich progress bar on a terminal, plain log lines elsewhere, and a
summary table at the end. Fed by the ``CrawlStats`` the crawler passes to ``on_progress``."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from prospectus.crawl import CrawlStats, ProgressCallback


def _line(stats: CrawlStats) -> str:
    return (
        f"{stats.done} done, {stats.queued} queued, {stats.unchanged} unchanged, "
        f"{stats.failed} failed, {stats.skipped} skipped, {stats.rate:.1f} pages/s"
    )


@contextmanager
def crawl_progress(
    console: Console | None = None, every: float = 5.0
) -> Iterator[ProgressCallback]:
    """A progress callback for ``crawl``: a live bar on a terminal, else a log line every
    ``every`` seconds (plain lines on standard error)."""
    console = console or Console(stderr=True)
    if not console.is_terminal:
        last = [0.0]

        def log_line(stats: CrawlStats) -> None:
            if time.monotonic() - last[0] >= every:
                last[0] = time.monotonic()
                console.print(f"crawl: {_line(stats)}", highlight=False)

        yield log_line
        return
    progress = Progress(
        SpinnerColumn(), TextColumn("[bold]crawl"), BarColumn(),
        TextColumn("{task.completed}/{task.total} pages"),
        TextColumn("[green]{task.fields[rate]:.1f}/s"),
        TextColumn("[red]{task.fields[errors]} errors"),
        TimeElapsedColumn(), console=console, transient=False,
    )  # fmt: skip
    with progress:
        task = progress.add_task("crawl", total=1, rate=0.0, errors=0)

        def update(stats: CrawlStats) -> None:
            progress.update(
                task, completed=stats.done, total=max(1, stats.done + stats.queued),
                rate=stats.rate, errors=stats.failed,
            )  # fmt: skip

        yield update


def summary_table(stats: CrawlStats) -> Table:
    """The end-of-crawl summary: counts, rate, statuses and reasons."""
    table = Table(title=f"Crawl run {stats.run_id}" + (" (resumed)" if stats.resumed else ""))
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [
        ("documents handed on", stats.done), ("fetched (new or changed)", stats.fetched),
        ("unchanged (304 / lastmod)", stats.unchanged), ("failed", stats.failed),
        ("skipped (robots, type)", stats.skipped), ("duplicates", stats.duplicates),
        ("off-site links recorded", stats.offsite), ("HTTP requests", stats.requests),
        ("retries", stats.retries), ("bytes received", stats.bytes_received),
    ]  # fmt: skip
    for name, value in rows:
        table.add_row(name, str(value))
    table.add_row("pages per second", f"{stats.rate:.1f}")
    for status, count in sorted(stats.statuses.items()):
        table.add_row(f"HTTP {status}", str(count))
    for reason, count in stats.reasons.most_common(10):
        table.add_row(f"  {reason}", str(count))
    return table

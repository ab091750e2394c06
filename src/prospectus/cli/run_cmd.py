"""The pipeline's commands: ``crawl``, ``reextract``, ``runs``, ``demo run``, ``schedule``."""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markdown import Markdown
from rich.table import Table

from prospectus.cli import app
from prospectus.cli.crawl_cmd import crawl_config, state_path_for
from prospectus.cli.crawl_progress import crawl_progress, summary_table
from prospectus.cli.demo_cmd import demo_app
from prospectus.crawl import CrawlConfig
from prospectus.errors import ProspectusError
from prospectus.settings import Settings

log = logging.getLogger("prospectus.cli")
err = Console(stderr=True)

RunnerOption = Annotated[
    str | None,
    typer.Option(
        "--task-runner",
        help="Where extraction batches run in the flow: thread (default) or dask "
        "(PROSPECTUS_TASK_RUNNER).",
    ),
]
DaskOption = Annotated[
    str | None,
    typer.Option(
        "--dask-address",
        help="A running Dask scheduler (tcp://host:8786); without one, --task-runner dask "
        "starts a local two-worker cluster.",
    ),
]
DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="The DuckDB file (default: PROSPECTUS_DB, data/prospectus.duckdb)."),
]


def prefect_defaults() -> None:
    """Prefect settings that suit a local run, unless the user set them otherwise.

    The embedded server can take a while to start on a small, busy machine, and a
    crawl on loopback has no business sending telemetry.
    """
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def _fail(exc: ProspectusError) -> typer.Exit:
    err.print(f"[red]prospectus:[/red] {exc}", highlight=False, soft_wrap=True)
    return typer.Exit(code=1)


def _print_summary(summary_text: str, changes: list[dict[str, object]]) -> None:
    console = Console()
    changes = [row for row in changes if row.get("change") != "new"]
    if changes:
        table = Table(title=f"Course-run changes ({len(changes)})")
        for column in (
            "change",
            "course",
            "provider",
            "price_before",
            "price_after",
            "dates_after",
        ):
            table.add_column(column, overflow="fold", max_width=40)
        for row in changes[:40]:
            table.add_row(
                *(
                    str(row.get(c) or "")
                    for c in (
                        "change",
                        "course",
                        "provider",
                        "price_before",
                        "price_after",
                        "dates_after",
                    )
                )
            )
        console.print(table)
    console.print(Markdown(summary_text))


@app.command("crawl")
def crawl_command(
    urls: Annotated[list[str], typer.Argument(help="Start URLs; their sites are crawled.")],
    db: DbOption = None,
    max_pages: Annotated[
        int | None, typer.Option("--max-pages", help="Stop after N pages.")
    ] = None,
    delay: Annotated[
        float | None,
        typer.Option(
            "--delay",
            help="Seconds between requests to a host (robots.txt Crawl-delay wins if larger).",
        ),
    ] = None,
    main_text: Annotated[
        bool,
        typer.Option("--main-text/--no-main-text", help="Store each page's main text (slower)."),
    ] = True,
    flow: Annotated[
        bool,
        typer.Option("--flow/--no-flow", help="Run as the Prefect flow (runs, artifacts, UI)."),
    ] = False,
    task_runner: RunnerOption = None,
    dask_address: DaskOption = None,
) -> None:
    """Crawl sites politely and load their courses, FAQs and terms into DuckDB.

    Obeys robots.txt, reads sitemaps, archives every response to WARC, and sends
    conditional requests on a re-crawl. Running it again on the same --db updates
    it: nothing is duplicated, changes are kept as history. An interrupted crawl
    resumes where it stopped.
    """
    from prospectus.pipeline import PipelineOptions, crawl_to_warehouse
    from prospectus.summary import change_rows, summary_markdown

    settings = Settings()
    db_path = db or settings.db
    config = crawl_config(
        settings, state_path=state_path_for(db_path), max_pages=max_pages, delay=delay
    )
    options = PipelineOptions(
        db_path=db_path, crawl=config, batch_size=settings.batch_size, with_main_text=main_text
    )
    if flow or task_runner == "dask":
        try:
            result = _crawl(
                urls,
                db_path,
                config,
                settings.batch_size,
                True,
                task_runner or settings.task_runner,
                dask_address or settings.dask_address,
            )
        except ProspectusError as exc:
            raise _fail(exc) from None
        _print_summary(str(result.get("markdown", "")), list(result.get("changes", [])))
        return
    try:
        with crawl_progress(err) as on_progress:
            summary = crawl_to_warehouse(urls, options, on_progress=on_progress)
    except ProspectusError as exc:
        raise _fail(exc) from None
    if summary.stats is not None:
        err.print(summary_table(summary.stats))
    _print_summary(summary_markdown(summary, str(db_path)), change_rows(summary.changes))


@app.command("reextract")
def reextract_command(
    db: DbOption = None,
    archive: Annotated[
        Path | None, typer.Option("--archive", help="WARC directory (default: PROSPECTUS_RAW_DIR).")
    ] = None,
    state: Annotated[
        Path | None,
        typer.Option(
            "--state",
            help="The crawl's state file, which says which archived responses were pages "
            "(default: the one beside --db, if there is one; without it robots.txt files "
            "and sitemaps are left out by their URL and type).",
        ),
    ] = None,
    main_text: Annotated[
        bool, typer.Option("--main-text/--no-main-text", help="Also rebuild each page's main text.")
    ] = True,
) -> None:
    """Rebuild every record from the raw archive, without the network."""
    from prospectus.pipeline import reextract_archive

    settings = Settings()
    db_path = db or settings.db
    archive_dir = archive or settings.raw_dir
    if not archive_dir.is_dir():
        raise _fail(ProspectusError(f"{archive_dir}: no archive there (see --archive)"))
    if state is None and state_path_for(db_path).is_file():
        state = state_path_for(db_path)
    if state is not None and not state.is_file():
        raise _fail(ProspectusError(f"{state}: no such crawl state file"))
    try:
        summary = reextract_archive(
            archive_dir,
            db_path,
            state_path=state,
            batch_size=settings.batch_size,
            with_main_text=main_text,
        )
    except ProspectusError as exc:
        raise _fail(exc) from None
    err.print(f"re-extracted {summary.pages} pages: {json.dumps(summary.change_counts())}")


@app.command("runs")
def runs_command(
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", help="How many runs to list.")] = 10,
) -> None:
    """List recent crawl runs with what each found and changed."""
    from prospectus.warehouse import open_readonly

    settings = Settings()
    try:
        with open_readonly(db or settings.db) as conn:
            rows = conn.execute(
                "SELECT id, started_at, finished_at, counts, summary FROM crawl_runs "
                "ORDER BY started_at DESC LIMIT ?",
                [limit],
            ).fetchall()
    except ProspectusError as exc:
        raise _fail(exc) from None
    table = Table(title="Recent crawl runs")
    for column in ("run", "started", "finished", "pages", "course changes", "errors"):
        table.add_column(column)
    for run_id, started, finished, _counts, summary in rows:
        info = json.loads(summary) if isinstance(summary, str) else (summary or {})
        table.add_row(
            str(run_id)[:8],
            str(started)[:19],
            str(finished or "unfinished")[:19],
            str(info.get("pages", "")),
            json.dumps(info.get("course_changes", {})),
            str(sum((info.get("errors") or {}).values())),
        )
    Console().print(table)


@demo_app.command("run")
def demo_run_command(
    db: DbOption = None,
    port: Annotated[
        int,
        typer.Option("--port", help="First port on 127.0.0.1; the providers get PORT..PORT+2."),
    ] = 8601,
    prefect: Annotated[
        bool,
        typer.Option(
            "--prefect/--no-prefect", help="Run through the Prefect flow (embedded server)."
        ),
    ] = True,
    task_runner: RunnerOption = None,
    dask_address: DaskOption = None,
) -> None:
    """The main job: serve the demo site on 127.0.0.1, crawl it through the flow, summarise.

    The ports stay the same from run to run, so a second run re-crawls the same URLs
    (conditional requests, no duplicates) and reports what changed.
    """
    from prospectus.demo.server import DemoSite

    settings = Settings()
    db_path = db or settings.data_dir / "prospectus.duckdb"
    # The demo site is ours, on loopback: a short delay instead of its robots.txt Crawl-delay.
    config = crawl_config(
        settings,
        state_path=state_path_for(db_path),
        archive_dir=settings.data_dir / "raw",
        delay=0.05,
    ).replace(max_crawl_delay=0.05)
    started = time.monotonic()
    slugs = DemoSite().providers
    try:
        site = DemoSite(ports={slug: port + i for i, slug in enumerate(slugs)}).start()
    except OSError as exc:
        err.print(
            f"[red]prospectus:[/red] cannot serve the demo site on ports {port}-"
            f"{port + len(slugs) - 1} ({exc.strerror}); try --port",
            soft_wrap=True,
        )
        raise typer.Exit(code=1) from None
    try:
        err.print(f"demo site: {' '.join(site.start_urls)}")
        summary = _crawl(
            site.start_urls,
            db_path,
            config,
            settings.batch_size,
            prefect,
            task_runner or settings.task_runner,
            dask_address or settings.dask_address,
        )
    except ProspectusError as exc:
        raise _fail(exc) from None
    finally:
        site.stop()
    _print_summary(str(summary.get("markdown", "")), list(summary.get("changes", [])))
    err.print(
        f"done in {time.monotonic() - started:.1f} s "
        f"({summary.get('pages', 0)} pages loaded into {db_path})"
    )


def _crawl(
    start_urls: list[str],
    db_path: Path,
    config: CrawlConfig,
    batch_size: int,
    prefect: bool,
    task_runner: str,
    dask_address: str | None,
) -> dict[str, Any]:
    """One crawl into ``db_path``, through the Prefect flow or the plain pipeline."""
    from prospectus.pipeline import PipelineOptions, crawl_to_warehouse, progress_sink
    from prospectus.summary import change_rows, summary_markdown

    with crawl_progress(err) as on_progress:
        if not prefect:
            result = crawl_to_warehouse(
                start_urls, PipelineOptions(db_path, config, batch_size), on_progress=on_progress
            )
            return {
                **result.as_dict(),
                "markdown": summary_markdown(result, str(db_path)),
                "changes": change_rows(result.changes),
            }
        prefect_defaults()
        from flows.crawl_providers import crawl_providers, task_runner_for

        err.print("starting Prefect (embedded server) and running the crawl-providers flow...")
        token = progress_sink.set(on_progress)
        try:
            flow = crawl_providers.with_options(
                task_runner=task_runner_for(task_runner, dask_address)
            )
            return flow(start_urls, db_path, config, batch_size=batch_size)
        finally:
            progress_sink.reset(token)


@app.command("schedule")
def schedule_command(
    cron: Annotated[
        str | None,
        typer.Option(
            "--cron", help='When to crawl, e.g. "0 6 * * 1" (default: PROSPECTUS_SCHEDULE_CRON).'
        ),
    ] = None,
    urls: Annotated[
        list[str] | None, typer.Argument(help="Start URLs (default: PROSPECTUS_START_URLS).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Serve the crawl flow on a schedule (a Prefect deployment); runs show in the Prefect UI."""
    prefect_defaults()
    from flows.crawl_providers import crawl_providers

    settings = Settings()
    start_urls = list(urls or [u.strip() for u in settings.start_urls.split(",") if u.strip()])
    if not start_urls:
        err.print("[red]prospectus:[/red] no start URLs: give them or set PROSPECTUS_START_URLS")
        raise typer.Exit(code=2)
    db_path = db or settings.db
    config = crawl_config(settings, state_path=state_path_for(db_path))
    crawl_providers.serve(
        name="scheduled-crawl",
        cron=cron or settings.schedule_cron,
        parameters={
            "start_urls": start_urls,
            "db_path": db_path,
            "config": config,
            "batch_size": settings.batch_size,
        },
    )

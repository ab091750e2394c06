"""The ``crawl_providers`` flow: start URLs → crawl and archive → extract in batches → load.

Each task is one call into ``prospectus.pipeline``; delete the decorators and
``prospectus.pipeline.crawl_to_warehouse`` is the same steps in the same order.
Pages go to tasks in batches (one task per batch, not per page), extraction
batches run on the flow's task runner (threads by default, Dask when asked), and
loading stays sequential because DuckDB has one writer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from prospectus.crawl import CrawlConfig, FetchedDocument
from prospectus.errors import InputError, ProspectusError
from prospectus.pipeline import (
    FetchOutcome,
    RunSummary,
    batches,
    begin_run,
    check_start_urls,
    end_run,
    extract_documents,
    fetch_sites,
    unloaded_documents,
)
from prospectus.summary import change_rows, error_rows, provider_rows, summary_markdown
from prospectus.warehouse import BatchChanges, PageResult, acquire_writer_lock, load_pages

_MAX_ARTIFACT_ROWS = 500  # the server refuses very large events; the counts say the rest


def _transient_only(task: Any, task_run: Any, state: Any) -> bool:
    """Retry a task only when it failed for a reason that may pass (network, lock)."""
    try:
        state.result()
    except ProspectusError as exc:
        return exc.transient
    except Exception:  # anything else is a bug or bad input: retrying will not help
        return False
    return False


@task(name="fetch", retries=2, retry_delay_seconds=10, retry_condition_fn=_transient_only)
def fetch_task(start_urls: list[str], config: CrawlConfig) -> FetchOutcome:
    return fetch_sites(start_urls, config)


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_task(
    batch: list[FetchedDocument], archive_dir: Path, with_main_text: bool
) -> list[PageResult]:
    return extract_documents(batch, archive_dir, with_main_text)


@task(
    name="load-batch",
    retries=3,
    retry_delay_seconds=2,
    retry_condition_fn=_transient_only,
    cache_policy=NO_CACHE,
)
def load_task(db_path: Path, results: list[PageResult], run_id: str) -> BatchChanges:
    return load_pages(db_path, results, run_id)


def task_runner_for(kind: str = "thread", dask_address: str | None = None) -> Any:
    """The task runner extraction batches run on: threads here, or a Dask cluster.

    ``dask`` with an address uses that running cluster (``tcp://host:8786``); without
    one it starts a local cluster of two single-threaded worker processes.
    """
    if kind == "thread":
        return ThreadPoolTaskRunner(max_workers=2)
    if kind != "dask":
        raise InputError(f"unknown task runner {kind!r}: use thread or dask")
    from prefect_dask import DaskTaskRunner

    if dask_address:
        return DaskTaskRunner(address=dask_address)
    return DaskTaskRunner(
        cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "dashboard_address": None}
    )


def publish(summary: RunSummary, db_path: Path) -> None:
    """The run's summary as Prefect artifacts: changes, per-provider counts, errors."""
    changes = change_rows(summary.changes)
    create_markdown_artifact(
        summary_markdown(summary, str(db_path)),
        key="crawl-summary",
        description="What this crawl found and changed",
    )
    shown = changes[:_MAX_ARTIFACT_ROWS]
    note = "" if len(shown) == len(changes) else f" (first {len(shown)} of {len(changes)})"
    create_table_artifact(
        shown,
        key="course-changes",
        description=f"New, changed, returned and gone course runs{note}",
    )
    providers = provider_rows(summary.changes)
    if providers:
        create_table_artifact(
            providers, key="changes-by-provider", description="Course-run changes per provider"
        )
    errors = error_rows(summary)
    if errors:
        create_table_artifact(errors, key="errors-by-reason", description="Failed pages by reason")


@flow(name="crawl-providers", log_prints=False, task_runner=ThreadPoolTaskRunner(max_workers=2))
def crawl_providers(
    start_urls: list[str],
    db_path: Path,
    config: CrawlConfig,
    batch_size: int = 50,
    with_main_text: bool = True,
) -> dict[str, Any]:
    """Crawl providers' sites into the DuckDB file at ``db_path``; returns the run summary."""
    logger = get_run_logger()
    check_start_urls(start_urls)
    with acquire_writer_lock(db_path):
        summary = RunSummary(run_id=begin_run(db_path, start_urls))
        outcome = fetch_task(start_urls, config)
        summary.stats = outcome.stats
        known = {(d.warc_file, d.warc_offset) for d in outcome.documents}
        leftovers = [
            d
            for d in unloaded_documents(db_path, config)
            if (d.warc_file, d.warc_offset) not in known
        ]
        todo = [*outcome.documents, *leftovers]
        logger.info(
            "fetched %d documents (%d left over from an interrupted run)",
            len(outcome.documents),
            len(leftovers),
        )
        futures: list[PrefectFuture[list[PageResult]]] = [
            extract_task.submit(batch, config.archive_dir, with_main_text)
            for batch in batches(todo, batch_size)
        ]
        for future in futures:
            results = future.result()
            # quote(): the results are plain data; Prefect need not walk them for futures.
            summary.add(load_task(db_path, quote(results), summary.run_id), results)
        end_run(db_path, summary)
    publish(summary, db_path)
    logger.info("run %s: %s", summary.run_id, summary.change_counts())
    return {
        **summary.as_dict(),
        "markdown": summary_markdown(summary, str(db_path)),
        "changes": change_rows(summary.changes),
    }

"""Load batches of page results: one transaction per batch, history kept.

The Python side only builds Arrow tables (``_arrow``); everything else is
set-based SQL over those tables registered with DuckDB, so a batch costs a few
statements whatever its size.  A failure (or a killed process) anywhere in the
batch leaves the database as it was before the batch.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from prospectus.errors import SchemaError
from prospectus.warehouse._arrow import (
    issues_table,
    nodes_table,
    pages_table,
    records_tables,
    utc_naive,
)
from prospectus.warehouse._changes import course_changes
from prospectus.warehouse._connection import open_writer
from prospectus.warehouse._kinds import KINDS
from prospectus.warehouse._merge import DELTA, DELTA_NEW, GONE, REFRESHED, merge_kind
from prospectus.warehouse._model import BatchChanges, KindCounts, PageResult, RetryPolicy

logger = logging.getLogger(__name__)

_REFRESHES = "(status IN (404, 410) OR (status BETWEEN 200 AND 299 AND error IS NULL))"
_TEMP = (DELTA, GONE, REFRESHED, "_stage_pages")


@dataclass(frozen=True, slots=True)
class StagedBatch:
    """A batch turned into Arrow tables, ready to load: built without the database.

    The Python half of a load (building Arrow tables, computing record keys) can
    run anywhere (a worker process, a Dask task); only ``load_staged`` needs the
    writer's connection.
    """

    pages: int
    tables: Mapping[str, pa.Table]


def stage_batch(pages: Sequence[PageResult]) -> StagedBatch:
    """Turn page results into the Arrow tables ``load_staged`` takes."""
    tables = {
        "_arrow_pages": pages_table(pages),
        "_arrow_nodes": nodes_table(pages),
        "_arrow_issues": issues_table(pages),
    }
    for kind, table in records_tables(pages).items():
        tables[f"_arrow_{kind}"] = table
    return StagedBatch(pages=len(pages), tables=tables)


def load_batch(
    conn: duckdb.DuckDBPyConnection, pages: Sequence[PageResult], run_id: str | None = None
) -> BatchChanges:
    """Load ``pages`` in one transaction and say what changed.

    Loading the same batch again changes nothing.  ``run_id`` (a ``crawl_runs.id``)
    is stamped on the rows the batch writes.
    """
    if not pages:
        return BatchChanges(pages=0)
    return load_staged(conn, stage_batch(pages), run_id)


def load_staged(
    conn: duckdb.DuckDBPyConnection, staged: StagedBatch, run_id: str | None = None
) -> BatchChanges:
    """Load a staged batch in one transaction (see ``load_batch``)."""
    for name, table in staged.tables.items():
        conn.register(name, table)
    logger.debug("loading batch of %d pages", staged.pages)
    try:
        conn.begin()
        try:
            result = _apply(conn, staged, run_id)
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
    except duckdb.Error as exc:
        raise SchemaError(f"loading a batch of {staged.pages} pages failed: {exc}") from exc
    finally:
        for name in staged.tables:
            conn.unregister(name)
        for name in _TEMP:
            conn.execute(f"DROP TABLE IF EXISTS {name}")
        conn.execute(f"DROP VIEW IF EXISTS {DELTA_NEW}")
    course = result.counts["course"]
    logger.info(
        "loaded %d pages: %d new, %d changed, %d gone course runs",
        staged.pages,
        course.new,
        course.changed,
        course.gone,
    )
    return result


def load_pages(
    db_path: str | Path,
    pages: Sequence[PageResult],
    run_id: str | None = None,
    retry: RetryPolicy | None = None,
) -> BatchChanges:
    """Open the file for writing, load one batch, close it again (so readers get turns)."""
    conn = open_writer(db_path, retry=retry)
    try:
        return load_batch(conn, pages, run_id)
    finally:
        conn.close()


def _apply(
    conn: duckdb.DuckDBPyConnection, staged: StagedBatch, run_id: str | None
) -> BatchChanges:
    _load_page_rows(conn, run_id)
    counts: dict[str, KindCounts] = {}
    changes = None
    for spec in KINDS:
        name = f"_arrow_{spec.kind}"
        keys = staged.tables[name]["key"]
        unique = pc.count_distinct(keys).as_py() == len(keys)
        counts[spec.kind], delta = merge_kind(conn, spec, name, run_id, unique_keys=unique)
        logger.debug("merged %s records: %s", spec.kind, counts[spec.kind])
        if spec.tracked:
            changes = course_changes(conn, delta)
    return BatchChanges(pages=staged.pages, course_changes=changes, counts=counts)


def _load_page_rows(conn: duckdb.DuckDBPyConnection, run_id: str | None) -> None:
    """Record every fetch; replace nodes and issues of the pages this batch refreshes."""
    conn.execute(
        """CREATE OR REPLACE TEMP TABLE _stage_pages AS SELECT * FROM _arrow_pages
           QUALIFY row_number() OVER (PARTITION BY url, fetched_at ORDER BY ord DESC) = 1"""
    )
    conn.execute(
        """INSERT INTO page_fetches
           SELECT url, final_url, status, fetched_at, headers, content_hash, etag,
                  last_modified, bytes, warc_file, warc_offset, error, main_text, ?
           FROM _stage_pages AS s WHERE NOT EXISTS (
               SELECT 1 FROM page_fetches AS f
               WHERE f.url = s.url AND f.fetched_at = s.fetched_at)""",
        [run_id],
    )
    conn.execute(
        f"""CREATE OR REPLACE TEMP TABLE {REFRESHED} AS
            SELECT url, max(fetched_at) AS fetched_at FROM _stage_pages AS s
            WHERE refreshes AND NOT EXISTS (
                SELECT 1 FROM page_fetches AS f
                WHERE f.url = s.url AND f.fetched_at > s.fetched_at AND {_REFRESHES})
            GROUP BY url"""
    )
    for table, arrow in (("page_nodes", "_arrow_nodes"), ("extraction_issues", "_arrow_issues")):
        conn.execute(f"DELETE FROM {table} AS x USING {REFRESHED} AS r WHERE x.page_url = r.url")
        conn.execute(
            f"""INSERT INTO {table} SELECT a.*, ? FROM {arrow} AS a
                JOIN {REFRESHED} AS r ON a.page_url = r.url AND a.fetched_at = r.fetched_at""",
            [run_id],
        )


def start_run(
    conn: duckdb.DuckDBPyConnection,
    start_urls: Sequence[str],
    *,
    run_id: str | None = None,
    started_at: datetime | None = None,
) -> str:
    """Record the start of a crawl run; returns its id (a new UUID unless given)."""
    run_id = run_id or uuid.uuid4().hex
    moment = utc_naive(started_at or datetime.now(UTC))
    conn.execute(
        "INSERT INTO crawl_runs (id, started_at, start_urls) VALUES (?, ?, ?)",
        [run_id, moment, list(start_urls)],
    )
    return run_id


def finish_run(
    conn: duckdb.DuckDBPyConnection,
    run_id: str,
    *,
    counts: Mapping[str, int] | None = None,
    summary: Mapping[str, Any] | None = None,
    finished_at: datetime | None = None,
) -> None:
    """Record the end of a crawl run with its counters and summary."""
    moment = utc_naive(finished_at or datetime.now(UTC))
    conn.execute(
        "UPDATE crawl_runs SET finished_at = ?, counts = ?, summary = ? WHERE id = ?",
        [
            moment,
            json.dumps(dict(counts or {}), default=str),
            json.dumps(dict(summary or {}), default=str),
            run_id,
        ],
    )

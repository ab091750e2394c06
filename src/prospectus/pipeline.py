"""The pipeline: crawl → extract → warehouse, in batches, and the one per-page guard.

Nothing here knows about Prefect: the flows in ``flows/`` call these functions, and
so does the command line ("remove the decorators and the code still works").

* :func:`extract_page` — one document to an :class:`Extraction`, failures recorded;
* :func:`page_result` / :func:`extract_batch` — fetched documents to warehouse input
  (pure functions of their arguments: safe to run in threads, processes or on Dask);
* :func:`crawl_to_warehouse` — a whole crawl, loading batches while it goes and, at
  the end, anything the archive holds that an interrupted run never loaded.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import logging
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from prospectus.crawl import (
    CrawlConfig,
    CrawlStats,
    FetchedDocument,
    archived_pages,
    canonicalise,
    crawl,
    delivered_locations,
    read_archived,
)
from prospectus.extract import Document, Extraction, extract
from prospectus.extract.maintext import main_text
from prospectus.records import ExtractionIssue
from prospectus.warehouse import (
    BatchChanges,
    CourseChange,
    PageResult,
    acquire_writer_lock,
    finish_run,
    load_pages,
    open_readonly,
    open_writer,
    start_run,
)

log = logging.getLogger(__name__)

# Where crawl progress goes when a caller (the command line) wants to show it: set for the
# duration of a run, read by whoever runs the crawl step (directly or inside a flow task).
progress_sink: ContextVar[Callable[[CrawlStats], None] | None] = ContextVar(
    "progress_sink", default=None
)


def extract_page(doc: Document) -> Extraction:
    """``extract(doc)``, with a failure recorded as an issue instead of raised.

    This is the pipeline's one per-item guard: a bug met on one page costs that
    page's records, never the batch, and the failure (page, stage, reason) is kept.
    """
    try:
        return extract(doc)
    except Exception as exc:  # the per-page guard: recorded with its cause, never silent
        where = traceback.extract_tb(exc.__traceback__)[-1]
        detail = (
            f"{type(exc).__name__}: {exc} (at {where.filename.rsplit('/', 1)[-1]}:{where.lineno})"
        )
        log.error("%s: extraction failed: %s", doc.page, detail)
        issue = ExtractionIssue(doc.page, "extract", "dropped", detail)
        return Extraction(
            page=doc.page,
            kind="unknown",
            encoding="",
            records=(),
            issues=(issue,),
            nodes=(),
            visible_text="",
        )


def _node_rows(extraction: Extraction) -> tuple[dict[str, Any], ...]:
    rows = []
    for node in extraction.nodes:
        types = node.get("@type") or []
        rows.append(
            {
                "syntax": node.get("_syntax", "jsonld"),
                "type": types[0] if types else None,
                "id": node.get("@id"),
                "json": {k: v for k, v in node.items() if k != "_syntax"},
            }
        )
    return tuple(rows)


def page_result(doc: FetchedDocument, *, with_main_text: bool = True) -> PageResult:
    """What the warehouse stores for one fetched document: the fetch, and its records."""
    base: dict[str, Any] = {
        "url": doc.url,
        "fetched_at": doc.fetched_at,
        "status": doc.status,
        "final_url": doc.final_url,
        "headers": dict(doc.headers),
        "etag": doc.etag,
        "last_modified": doc.last_modified,
        "bytes": len(doc.body),
        "warc_file": doc.warc_file,
        "warc_offset": doc.warc_offset,
        "error": doc.error,
    }
    if doc.error or doc.unchanged or not doc.body or not 200 <= doc.status < 300:
        return PageResult(**base)
    extraction = extract_page(
        Document(body=doc.body, url=doc.final_url, headers=dict(doc.headers), page=doc.url)
    )
    text = None
    if with_main_text and extraction.kind == "html":
        text = main_text(
            doc.body.decode(extraction.encoding or "utf-8", "replace"), url=doc.final_url
        )
    elif extraction.kind == "textdump":
        text = extraction.visible_text
    return PageResult(
        **base,
        content_hash=hashlib.sha256(doc.body).hexdigest(),
        main_text=text,
        records=extraction.records,
        issues=extraction.issues,
        nodes=_node_rows(extraction),
    )


def extract_batch(docs: Sequence[FetchedDocument], with_main_text: bool = True) -> list[PageResult]:
    """:func:`page_result` for each document of a batch."""
    return [page_result(doc, with_main_text=with_main_text) for doc in docs]


_SKIPS = ("blocked by robots", "skipped", "off-site", "offsite", "not html", "content type")


def _skipped(result: PageResult) -> bool:
    """A page left alone on purpose (robots.txt, a PDF, out of scope), not a failure."""
    return not result.status and (result.error or "").lower().startswith(_SKIPS)


@dataclass(slots=True)
class RunSummary:
    """What one crawl-and-load run did: counters, course changes, failures by reason."""

    run_id: str
    pages: int = 0
    stats: CrawlStats | None = None
    changes: list[CourseChange] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)

    def add(self, changes: BatchChanges, results: Sequence[PageResult]) -> None:
        self.pages += changes.pages
        self.changes.extend([*changes.new, *changes.changed, *changes.returned, *changes.gone])
        for kind, counts in changes.counts.items():
            mine = self.counts.setdefault(kind, {})
            for name in ("new", "changed", "unchanged", "gone"):
                mine[name] = mine.get(name, 0) + getattr(counts, name)
        for result in results:
            if result.error and not _skipped(result):
                reason = result.error.split(":", 1)[0]
                self.errors[reason] = self.errors.get(reason, 0) + 1
            elif any(issue.stage == "extract" for issue in result.issues):
                self.errors["extraction failed"] = self.errors.get("extraction failed", 0) + 1

    def change_counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for change in self.changes:
            out[change.change] = out.get(change.change, 0) + 1
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "pages": self.pages,
            "counts": self.counts,
            "course_changes": self.change_counts(),
            "errors": self.errors,
        }


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """How one crawl is loaded: where, in what batches, with main text or not."""

    db_path: Path
    crawl: CrawlConfig
    batch_size: int = 50
    with_main_text: bool = True


def _loaded_locations(db_path: Path) -> set[tuple[str, int]]:
    with closing(open_readonly(db_path)) as conn:
        rows = conn.execute(
            "SELECT warc_file, warc_offset FROM page_fetches WHERE warc_file IS NOT NULL"
        ).fetchall()
    return {(f, o) for f, o in rows}


@dataclass(frozen=True, slots=True)
class FetchOutcome:
    """A crawl's counters and a light reference to every document it delivered."""

    stats: CrawlStats
    documents: tuple[FetchedDocument, ...]


def _light(doc: FetchedDocument) -> FetchedDocument:
    """The document without its body when the archive holds it (read back on extraction)."""
    return dataclasses.replace(doc, body=b"") if doc.warc_file else doc


def fetch_sites(
    start_urls: Sequence[str],
    config: CrawlConfig,
    on_progress: Callable[[CrawlStats], None] | None = None,
) -> FetchOutcome:
    """Crawl and archive; bodies stay in the archive, so memory stays flat."""
    delivered: list[FetchedDocument] = []

    async def keep(doc: FetchedDocument) -> None:
        delivered.append(_light(doc))

    stats = asyncio.run(crawl(start_urls, config, keep, on_progress or progress_sink.get()))
    return FetchOutcome(stats=stats, documents=tuple(delivered))


def with_body(doc: FetchedDocument, archive_dir: Path) -> FetchedDocument:
    """``doc`` with its body read back from the archive where it was left out."""
    if doc.body or not doc.warc_file or doc.warc_offset is None:
        return doc
    archived = read_archived(archive_dir, doc.warc_file, doc.warc_offset)
    return dataclasses.replace(doc, body=archived.body)


def extract_documents(
    docs: Sequence[FetchedDocument], archive_dir: Path, with_main_text: bool = True
) -> list[PageResult]:
    """Warehouse input for a batch of fetched documents (bodies read from the archive)."""
    return extract_batch([with_body(d, archive_dir) for d in docs], with_main_text)


def unloaded_documents(db_path: Path, config: CrawlConfig) -> list[FetchedDocument]:
    """Documents the crawler delivered that no run loaded (a run killed between the two).

    Only what the crawler handed on counts (its state says which archive records), not
    the robots.txt files, sitemaps and canonical duplicates it archives too.
    """
    if not config.archive_dir.is_dir():
        return []
    wanted = delivered_locations(config.state_path) - _loaded_locations(db_path)
    if not wanted:
        return []
    found = []
    for warc_file, offset in sorted(wanted):  # read where they are, not the whole archive
        try:
            found.append(_light(read_archived(config.archive_dir, warc_file, offset)))
        except (OSError, ValueError) as exc:
            log.warning("archived document %s:%d not readable: %s", warc_file, offset, exc)
    return found


def batches(items: Iterable[FetchedDocument], size: int) -> Iterator[list[FetchedDocument]]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily."""
    it = iter(items)
    while batch := list(islice(it, max(1, size))):
        yield batch


def _extract_and_load(
    docs: Iterable[FetchedDocument],
    summary: RunSummary,
    db_path: Path,
    archive_dir: Path,
    batch_size: int,
    with_main_text: bool,
) -> None:
    for batch in batches(docs, batch_size):
        results = extract_documents(batch, archive_dir, with_main_text)
        summary.add(load_pages(db_path, results, summary.run_id), results)


def check_start_urls(start_urls: Sequence[str]) -> None:
    """Raise ``InputError`` for a start URL the crawler cannot use, before anything is written."""
    for url in start_urls:
        canonicalise(url)


def begin_run(db_path: Path, start_urls: Sequence[str]) -> str:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with closing(open_writer(db_path)) as conn:
        return start_run(conn, start_urls)


def end_run(db_path: Path, summary: RunSummary) -> None:
    with closing(open_writer(db_path)) as conn:
        finish_run(
            conn,
            summary.run_id,
            counts=_crawl_counts(summary.stats),
            summary=summary.as_dict(),
            finished_at=datetime.now(UTC),
        )


def crawl_to_warehouse(
    start_urls: Sequence[str],
    options: PipelineOptions,
    *,
    on_progress: Callable[[CrawlStats], None] | None = None,
) -> RunSummary:
    """Crawl ``start_urls`` and load what they hold into the DuckDB file; the run's summary.

    The same steps the Prefect flow runs, as plain calls: fetch and archive, then
    extract and load batch by batch (plus anything an interrupted run archived but
    never loaded).  Holds the database's writer lock for the whole run (a second crawl
    is refused with DatabaseLockedError) but its write connection only while a batch
    loads, so readers get turns.
    """
    check_start_urls(start_urls)
    with acquire_writer_lock(options.db_path):
        summary = RunSummary(run_id=begin_run(options.db_path, start_urls))
        outcome = fetch_sites(start_urls, options.crawl, on_progress)
        summary.stats = outcome.stats
        todo = [
            *outcome.documents,
            *_not_in(unloaded_documents(options.db_path, options.crawl), outcome.documents),
        ]
        _extract_and_load(
            todo,
            summary,
            options.db_path,
            options.crawl.archive_dir,
            options.batch_size,
            options.with_main_text,
        )
        end_run(options.db_path, summary)
    return summary


def _not_in(
    docs: Sequence[FetchedDocument], known: Sequence[FetchedDocument]
) -> list[FetchedDocument]:
    seen = {(d.warc_file, d.warc_offset) for d in known if d.warc_file}
    return [d for d in docs if (d.warc_file, d.warc_offset) not in seen]


def _crawl_counts(stats: CrawlStats | None) -> dict[str, int]:
    if stats is None:
        return {}
    return {
        name: getattr(stats, name)
        for name in (
            "fetched",
            "unchanged",
            "failed",
            "skipped",
            "duplicates",
            "offsite",
            "requests",
            "retries",
        )
    }


def reextract_archive(
    archive_dir: Path,
    db_path: Path,
    *,
    state_path: Path | None = None,
    batch_size: int = 50,
    with_main_text: bool = True,
) -> RunSummary:
    """Rebuild every record from the raw archive, without the network (its pages only)."""
    with acquire_writer_lock(db_path):
        summary = RunSummary(run_id=begin_run(db_path, [f"archive:{archive_dir}"]))
        _extract_and_load(
            archived_pages(archive_dir, state_path),
            summary,
            db_path,
            archive_dir,
            batch_size,
            with_main_text,
        )
        end_run(db_path, summary)
    return summary

"""Turn a batch of ``PageResult`` values into Arrow tables, one per staging table.

Pure functions: no database here.  Every row carries the page it came from, the
page's fetch time and ``ord`` (its position in the batch) so that SQL can keep the
latest copy of a record that a batch holds twice.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import pyarrow as pa

from prospectus.records import Record
from prospectus.warehouse._kinds import KIND_BY_TYPE, KINDS, KindSpec
from prospectus.warehouse._model import PageResult

logger = logging.getLogger(__name__)

_TS = pa.timestamp("us")
_MAP = pa.map_(pa.string(), pa.string())


def utc_naive(moment: datetime) -> datetime:
    """``moment`` in UTC without tzinfo (naive values are taken to be UTC already)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def pages_table(pages: Sequence[PageResult]) -> pa.Table:
    """One row per page result."""
    return pa.table(
        {
            "ord": pa.array(range(len(pages)), pa.int64()),
            "url": [p.url for p in pages],
            "final_url": pa.array([p.final_url for p in pages], pa.string()),
            "status": pa.array([p.status for p in pages], pa.int32()),
            "fetched_at": pa.array([utc_naive(p.fetched_at) for p in pages], _TS),
            "headers": pa.array([list(p.headers.items()) for p in pages], _MAP),
            "content_hash": pa.array([p.content_hash for p in pages], pa.string()),
            "etag": pa.array([p.etag for p in pages], pa.string()),
            "last_modified": pa.array([p.last_modified for p in pages], pa.string()),
            "bytes": pa.array([p.bytes for p in pages], pa.int64()),
            "warc_file": pa.array([p.warc_file for p in pages], pa.string()),
            "warc_offset": pa.array([p.warc_offset for p in pages], pa.int64()),
            "error": pa.array([p.error for p in pages], pa.string()),
            "main_text": pa.array([p.main_text for p in pages], pa.string()),
            "refreshes": pa.array([p.refreshes_records for p in pages], pa.bool_()),
        }
    )


def records_tables(pages: Sequence[PageResult]) -> dict[str, pa.Table]:
    """One staging table per record kind (every kind present, possibly empty)."""
    grouped: dict[str, list[tuple[int, Record]]] = {spec.kind: [] for spec in KINDS}
    for index, page in enumerate(pages):
        for record in page.records:
            spec = KIND_BY_TYPE.get(type(record))
            if spec is None:
                logger.warning("no warehouse table for %s records; skipped", type(record).__name__)
                continue
            grouped[spec.kind].append((index, record))
    pages_info = [(p.url, url_host(p.url), utc_naive(p.fetched_at)) for p in pages]
    return {spec.kind: _kind_table(spec, grouped[spec.kind], pages_info) for spec in KINDS}


def url_host(url: str) -> str | None:
    """The host of ``url``, lower case, without ``www.`` (the ``site`` column).

    A port other than the scheme's default is kept (``127.0.0.1:8001``): two servers on
    one address are two sites.
    """
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:
        return None
    if not host:
        return None
    if host.startswith("www."):
        host = host[4:]
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        return f"{host}:{port}"
    return host


_DEFAULT_PORTS = {"http": 80, "https": 443}


def _kind_table(
    spec: KindSpec,
    rows: list[tuple[int, Record]],
    pages_info: list[tuple[str, str | None, datetime]],
) -> pa.Table:
    records = [r for _, r in rows]
    columns: dict[str, Any] = {
        "ord": pa.array(range(len(rows)), pa.int64()),
        "page_url": pa.array([pages_info[i][0] for i, _ in rows], pa.string()),
        "site": pa.array([pages_info[i][1] for i, _ in rows], pa.string()),
        "fetched_at": pa.array([pages_info[i][2] for i, _ in rows], _TS),
        "key": pa.array([r.key for r in records], pa.string()),
    }
    for column in spec.columns:
        values = [getattr(r, column.name) for r in records]
        columns[column.name] = pa.array(values, column.arrow)
    columns["provenance"] = pa.array([list(r.provenance) for r in records], _MAP)
    return pa.table(columns)


def nodes_table(pages: Sequence[PageResult]) -> pa.Table:
    """One row per raw structured-data node of the pages that refresh their records."""
    rows = [
        (page, position, node)
        for page in pages
        if page.refreshes_records
        for position, node in enumerate(page.nodes)
    ]
    return pa.table(
        {
            "page_url": pa.array([p.url for p, _, _ in rows], pa.string()),
            "fetched_at": pa.array([utc_naive(p.fetched_at) for p, _, _ in rows], _TS),
            "position": pa.array([i for _, i, _ in rows], pa.int32()),
            "syntax": pa.array([_text(n.get("syntax")) for _, _, n in rows], pa.string()),
            "type": pa.array([_text(n.get("type")) for _, _, n in rows], pa.string()),
            "node_id": pa.array([_text(n.get("id")) for _, _, n in rows], pa.string()),
            "data": pa.array([_json(n.get("json")) for _, _, n in rows], pa.string()),
        }
    )


def issues_table(pages: Sequence[PageResult]) -> pa.Table:
    """One row per extraction issue of the pages that refresh their records."""
    rows = [(page, issue) for page in pages if page.refreshes_records for issue in page.issues]
    return pa.table(
        {
            "page_url": pa.array([p.url for p, _ in rows], pa.string()),
            "fetched_at": pa.array([utc_naive(p.fetched_at) for p, _ in rows], _TS),
            "stage": pa.array([i.stage for _, i in rows], pa.string()),
            "action": pa.array([i.action for _, i in rows], pa.string()),
            "detail": pa.array([i.detail for _, i in rows], pa.string()),
            "where_in_page": pa.array([i.where for _, i in rows], pa.string()),
        }
    )


def _text(value: object) -> str | None:
    """A node's type or id as text (a list of types is joined with spaces)."""
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return " ".join(str(v) for v in value)
    return str(value)


def _json(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            json.loads(value)
        except ValueError:
            return json.dumps(value)
        return value
    return json.dumps(value, ensure_ascii=False, default=str)

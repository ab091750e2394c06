"""What the warehouse takes in (``PageResult``) and gives back (``BatchChanges``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

import pyarrow as pa
import pyarrow.compute as pc

from prospectus.records import ExtractionIssue, Record

ChangeKind = Literal["new", "changed", "gone", "returned"]


@dataclass(frozen=True, slots=True)
class PageResult:
    """One fetched page and what extraction made of it: the unit the warehouse loads.

    ``url`` is the URL as requested and is what records are tied to (``page_url``).
    ``fetched_at`` should be timezone-aware (naive values are taken as UTC).
    ``nodes`` are the raw structured-data nodes, each a mapping with ``syntax``,
    ``type``, ``id`` and ``json`` (a dict/list, or a JSON string).

    A page whose fetch succeeded (2xx, no ``error``) or that is gone (404, 410)
    *refreshes* its records: runs it listed before and no longer lists are marked
    gone.  Other results (304, 5xx, errors) leave the page's records as they were.
    """

    url: str
    fetched_at: datetime
    status: int | None = None
    final_url: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    content_hash: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    bytes: int | None = None
    warc_file: str | None = None
    warc_offset: int | None = None
    error: str | None = None
    main_text: str | None = None
    records: tuple[Record, ...] = ()
    issues: tuple[ExtractionIssue, ...] = ()
    nodes: tuple[Mapping[str, Any], ...] = ()

    @property
    def refreshes_records(self) -> bool:
        """True if this result replaces what the page listed before (see class doc)."""
        if self.status is None:
            return False
        if self.status in (404, 410):
            return True
        return 200 <= self.status < 300 and self.error is None


@dataclass(frozen=True, slots=True)
class CourseState:
    """The tracked values of a course run: a change to any of them is a new observation."""

    price: float | None
    list_price: float | None
    currency: str | None
    start_date: date | None
    end_date: date | None
    availability: str | None


@dataclass(frozen=True, slots=True)
class CourseChange:
    """A course run that is new, changed, gone or back, with its values before and after."""

    change: ChangeKind
    key: str
    name: str | None
    provider: str | None
    page_url: str
    before: CourseState | None
    after: CourseState | None


@dataclass(frozen=True, slots=True)
class KindCounts:
    """How the records of one kind in a batch were applied."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    gone: int = 0
    stale: int = 0  # older than what the warehouse already holds: ignored


@dataclass(frozen=True, slots=True)
class BatchChanges:
    """What one loaded batch changed.

    ``course_changes`` has one row per course run that is new, changed (price,
    list price, currency, dates or availability), returned (listed again after
    being gone) or gone: columns ``change, key, name, provider, page_url`` and
    ``before_<f>`` / ``after_<f>`` for each ``CourseState`` field.  ``new``,
    ``changed``, ``returned`` and ``gone`` give the same rows as ``CourseChange``
    values.  ``counts`` has one entry per record kind (``course``, ``faq``, ...).
    """

    pages: int
    course_changes: pa.Table | None = None
    counts: Mapping[str, KindCounts] = field(default_factory=dict)

    @property
    def new(self) -> tuple[CourseChange, ...]:
        return self._of("new")

    @property
    def changed(self) -> tuple[CourseChange, ...]:
        return self._of("changed")

    @property
    def returned(self) -> tuple[CourseChange, ...]:
        return self._of("returned")

    @property
    def gone(self) -> tuple[CourseChange, ...]:
        return self._of("gone")

    def _of(self, change: ChangeKind) -> tuple[CourseChange, ...]:
        table = self.course_changes
        if table is None or table.num_rows == 0:
            return ()
        rows = table.filter(pc.equal(table["change"], change)).to_pylist()
        return tuple(_course_change(change, row) for row in rows)


def _course_change(change: ChangeKind, row: dict[str, Any]) -> CourseChange:
    def state(prefix: str) -> CourseState:
        return CourseState(*(row[prefix + f] for f in _STATE_FIELDS))

    return CourseChange(
        change=change,
        key=row["key"],
        name=row["name"],
        provider=row["provider"],
        page_url=row["page_url"],
        before=None if change == "new" else state("before_"),
        after=None if change == "gone" else state("after_"),
    )


_STATE_FIELDS = ("price", "list_price", "currency", "start_date", "end_date", "availability")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How long to wait for a database file another process holds: bounded backoff."""

    attempts: int = 60
    first_delay: float = 0.01
    max_delay: float = 0.25

    def delays(self) -> list[float]:
        """The sleeps between attempts (``attempts - 1`` of them)."""
        out, delay = [], self.first_delay
        for _ in range(max(self.attempts - 1, 0)):
            out.append(delay)
            delay = min(delay * 2, self.max_delay)
        return out

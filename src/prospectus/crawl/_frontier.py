"""The frontier and per-URL state, on disk in SQLite (WAL) so a crawl survives ``kill -9``.

One row per URL ever seen, holding its place in the current run (``queued``, ``inflight``,
``done``, ``duplicate``) and what the last fetch learned (status, validators, archive pointer).
A URL is queued at most once per run: the upsert only fires when its row belongs to an older
run. Writes go into one transaction that ``commit`` closes every ``COMMIT_MARKS`` completions or
``COMMIT_SECONDS`` (group commit): a crash loses at most those last few done marks, whose URLs are
then fetched again, never lost. The links a page led to commit together with its done mark.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from prospectus.crawl._urls import host_of

COMMIT_MARKS = 64  # done marks per transaction at most
COMMIT_SECONDS = 0.2  # age of a transaction at most before ``commit`` closes it

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, seeds TEXT NOT NULL, started_at REAL, finished_at REAL);
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY, host TEXT NOT NULL, run INTEGER NOT NULL, state TEXT NOT NULL,
    depth INTEGER NOT NULL, seq INTEGER NOT NULL, sitemap_lastmod TEXT,
    status INTEGER, error TEXT, fetched_at TEXT, etag TEXT, last_modified TEXT,
    warc_file TEXT, warc_offset INTEGER, alias_of TEXT);
CREATE INDEX IF NOT EXISTS urls_queue ON urls (run, state, seq);
CREATE TABLE IF NOT EXISTS patterns (
    run INTEGER NOT NULL, pattern TEXT NOT NULL, hits INTEGER NOT NULL,
    PRIMARY KEY (run, pattern));
CREATE TABLE IF NOT EXISTS meta (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, warc_file TEXT, warc_offset INTEGER);
CREATE TABLE IF NOT EXISTS offsite (url TEXT PRIMARY KEY, found_on TEXT, run INTEGER);
"""

_ENQUEUE = """
INSERT INTO urls (url, host, run, state, depth, seq, sitemap_lastmod)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (url) DO UPDATE SET run = excluded.run, state = excluded.state,
    depth = excluded.depth, seq = excluded.seq,
    sitemap_lastmod = coalesce(excluded.sitemap_lastmod, urls.sitemap_lastmod)
WHERE urls.run < excluded.run
"""

_ROW = (
    "url, depth, sitemap_lastmod, status, fetched_at, etag, last_modified, warc_file, warc_offset"
)


@dataclass(frozen=True, slots=True)
class UrlState:
    """A URL taken from the frontier, with what the last crawl learned about it."""

    url: str
    depth: int
    sitemap_lastmod: str | None = None
    status: int | None = None
    fetched_at: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    warc_file: str | None = None
    warc_offset: int | None = None


class Frontier:
    """Disk-backed queue and per-URL state for crawl runs."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self.run = 0
        self._marks = 0
        self._opened = 0.0
        self._seq = self._db.execute("SELECT coalesce(max(seq), 0) FROM urls").fetchone()[0]

    def close(self) -> None:
        """Commit what is pending and close the database."""
        self.commit(force=True)
        self._db.close()

    def _write(self) -> None:
        """Open the group transaction unless one is open."""
        if not self._db.in_transaction:
            self._db.execute("BEGIN")
            self._opened = time.monotonic()

    @property
    def pending(self) -> bool:
        """Whether writes wait for a commit."""
        return self._db.in_transaction

    def commit(self, force: bool = False) -> None:
        """Commit the group transaction if forced, full or old enough."""
        if not self._db.in_transaction:
            return
        if (force or self._marks >= COMMIT_MARKS
                or time.monotonic() - self._opened >= COMMIT_SECONDS):  # fmt: skip
            self._db.execute("COMMIT")
            self._marks = 0

    def begin(self, seeds: list[str]) -> bool:
        """Resume the last run if it did not finish with the same seeds, else start one.

        Returns True when resuming: URLs that were in flight go back to the queue.
        """
        key = json.dumps(sorted(seeds))
        last = self._db.execute(
            "SELECT id, seeds, finished_at FROM runs ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if last is not None and last[2] is None and last[1] == key:
            self.run = last[0]
            self._write()
            self._db.execute(
                "UPDATE urls SET state = 'queued' WHERE run = ? AND state = 'inflight'",
                (self.run,),
            )
            self.commit(force=True)
            return True
        now = time.time()
        self._write()
        with self._db:
            self._db.execute("UPDATE runs SET finished_at = ? WHERE finished_at IS NULL", (now,))
            cur = self._db.execute("INSERT INTO runs (seeds, started_at) VALUES (?, ?)", (key, now))
        self.run = int(cur.lastrowid or 0)
        return False

    def finish(self) -> None:
        """Mark the run as complete: the next ``begin`` starts a new one."""
        self._write()
        self._db.execute("UPDATE runs SET finished_at = ? WHERE id = ?", (time.time(), self.run))
        self.commit(force=True)

    def enqueue(self, items: Iterable[tuple[str, int, str | None]]) -> list[str]:
        """Queue (url, depth, sitemap lastmod) items; return the URLs new to this run."""
        added: list[str] = []
        self._write()
        for url, depth, lastmod in items:
            self._seq += 1
            row = (url, host_of(url), self.run, "queued", depth, self._seq, lastmod)
            if self._db.execute(_ENQUEUE, row).rowcount:
                added.append(url)
        return added

    def claim(self, url: str, depth: int) -> bool:
        """Take ``url`` for the document in hand (a redirect target or canonical URL).

        True when nobody in this run has fetched or is fetching it yet.
        """
        self._write()
        self._seq += 1
        row = (url, host_of(url), self.run, "inflight", depth, self._seq, None)
        if self._db.execute(_ENQUEUE, row).rowcount:
            return True
        cur = self._db.execute(
            "UPDATE urls SET state = 'inflight' WHERE url = ? AND run = ? AND state = 'queued'",
            (url, self.run),
        )
        return bool(cur.rowcount)

    def peek(self, busy_hosts: Iterable[str], limit: int) -> list[tuple[UrlState, str]]:
        """Up to ``limit`` queued URLs (with their host), oldest first, none on ``busy_hosts``."""
        busy = list(busy_hosts)
        where = f"AND host NOT IN ({','.join('?' * len(busy))})" if busy else ""
        rows = self._db.execute(
            f"SELECT {_ROW}, host FROM urls WHERE run = ? AND state = 'queued' {where} "
            "ORDER BY seq LIMIT ?",
            (self.run, *busy, limit),
        ).fetchall()
        return [(UrlState(*row[:-1]), row[-1]) for row in rows]

    def take(self, urls: Iterable[str]) -> None:
        """Mark ``urls`` as in flight."""
        self._write()
        self._db.executemany(
            "UPDATE urls SET state = 'inflight' WHERE url = ?", [(u,) for u in urls]
        )

    def seen(self, url: str) -> bool:
        """Whether ``url`` is already part of this run."""
        row = self._db.execute(
            "SELECT 1 FROM urls WHERE url = ? AND run = ?", (url, self.run)
        ).fetchone()
        return row is not None

    def meta(self, url: str) -> tuple[str | None, str | None, str | None, int | None]:
        """Validators and archive pointer of a robots.txt or sitemap URL."""
        row = self._db.execute(
            "SELECT etag, last_modified, warc_file, warc_offset FROM meta WHERE url = ?", (url,)
        ).fetchone()
        return (row[0], row[1], row[2], row[3]) if row else (None, None, None, None)

    def store_meta(self, url: str, etag: str | None, last_modified: str | None,
                   warc: tuple[str, int]) -> None:  # fmt: skip
        """Remember a fresh robots.txt or sitemap response."""
        self._write()
        self._db.execute(
            "INSERT OR REPLACE INTO meta VALUES (?, ?, ?, ?, ?)", (url, etag, last_modified, *warc)
        )

    def lookup(self, url: str) -> UrlState | None:
        """What is known about ``url``."""
        row = self._db.execute(f"SELECT {_ROW} FROM urls WHERE url = ?", (url,)).fetchone()
        return UrlState(*row) if row else None

    def complete(self, url: str, status: int, error: str | None, fetched_at: str) -> None:
        """Record the outcome of a URL and mark it done for this run."""
        self._write()
        self._marks += 1
        self._db.execute(
            "UPDATE urls SET state = 'done', status = ?, error = ?, fetched_at = ? WHERE url = ?",
            (status, error, fetched_at, url),
        )

    def store_body(self, url: str, etag: str | None, last_modified: str | None,
                   warc: tuple[str, int]) -> None:  # fmt: skip
        """Remember where a fresh 2xx body was archived and its validators."""
        self._write()
        self._db.execute(
            "UPDATE urls SET etag = ?, last_modified = ?, warc_file = ?, warc_offset = ? "
            "WHERE url = ?",
            (etag, last_modified, warc[0], warc[1], url),
        )

    def mark_duplicate(self, url: str, alias_of: str) -> None:
        """``url`` turned out to be the same page as ``alias_of``: done, not delivered."""
        self._write()
        self._db.execute(
            "UPDATE urls SET state = 'duplicate', alias_of = ? WHERE url = ?", (alias_of, url)
        )

    def hit_pattern(self, pattern: str) -> int:
        """Count one more URL of ``pattern`` in this run; return the count."""
        self._write()
        row = self._db.execute(
            "INSERT INTO patterns (run, pattern, hits) VALUES (?, ?, 1) "
            "ON CONFLICT (run, pattern) DO UPDATE SET hits = hits + 1 RETURNING hits",
            (self.run, pattern),
        ).fetchone()
        return int(row[0])

    def record_offsite(self, url: str, found_on: str) -> bool:
        """Remember a link out of scope; True if it is new to this run."""
        self._write()
        cur = self._db.execute(
            "INSERT INTO offsite (url, found_on, run) VALUES (?, ?, ?) ON CONFLICT (url) DO "
            "UPDATE SET found_on = excluded.found_on, run = excluded.run "
            "WHERE offsite.run < excluded.run",
            (url, found_on, self.run),
        )
        return bool(cur.rowcount)

    def count(self, state: str) -> int:
        """How many URLs of this run are in ``state``."""
        row = self._db.execute(
            "SELECT count(*) FROM urls WHERE run = ? AND state = ?", (self.run, state)
        ).fetchone()
        return int(row[0])

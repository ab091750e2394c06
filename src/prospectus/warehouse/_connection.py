"""Opening the DuckDB file, and sharing it between processes.

DuckDB lets one process write a file, and refuses every other open (even a
read-only one) while it does.  So:

- writers hold a connection only for a short load (``open_writer`` ... close),
  and readers open read-only between loads (``open_readonly``); both retry with
  bounded backoff while the other holds the file;
- a long-running writer (a crawl) also takes the advisory ``<db>.lock``
  (``acquire_writer_lock``) for its whole run, so a second crawl on the same
  file fails at once with a one-line reason instead of interleaving.

DuckDB's lock errors become ``DatabaseLockedError`` here, and only here.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from prospectus.errors import DatabaseLockedError, InputError, SchemaError
from prospectus.warehouse._migrate import migrate, schema_version
from prospectus.warehouse._model import RetryPolicy
from prospectus.warehouse._schema import LATEST_VERSION

logger = logging.getLogger(__name__)

DEFAULT_RETRY = RetryPolicy()

# A writer checkpoints (folds its write-ahead log into the file) when the log reaches
# this size, and always when it closes (every ``load_pages`` call closes).  DuckDB's
# default, 16 MB, is about one 50,000-record batch of the history tables, so a writer
# that stays open for many batches checkpointed after every commit, each time
# rewriting the tables' last, partly filled row groups: more than half of a long
# load.  A larger log costs only a longer replay if the process dies mid-load.
WRITER_CHECKPOINT_THRESHOLD = "1GB"


def open_writer(db_path: str | Path, retry: RetryPolicy | None = None) -> duckdb.DuckDBPyConnection:
    """Open (creating if need be) the file for writing, migrated to the latest schema.

    Close it as soon as the load is done: while it is open no other process can
    read the file.
    """
    path = Path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = _connect(path, read_only=False, retry=retry or DEFAULT_RETRY)
    try:
        migrate(conn)
        conn.execute(f"SET checkpoint_threshold = '{WRITER_CHECKPOINT_THRESHOLD}'")
    except BaseException:
        conn.close()
        raise
    return conn


def open_readonly(
    db_path: str | Path, retry: RetryPolicy | None = None
) -> duckdb.DuckDBPyConnection:
    """Open the file read-only, waiting (bounded) while a writer holds it.

    Use it as a context manager or close it promptly: an open reader keeps
    writers out.
    """
    path = Path(db_path)
    if not path.exists():
        raise InputError(f"no database at {path}: run a crawl first or pass --db")
    conn = _connect(path, read_only=True, retry=retry or DEFAULT_RETRY)
    version = schema_version(conn)
    if version != LATEST_VERSION:
        conn.close()
        raise SchemaError(
            f"database {path} has schema version {version}, this prospectus wants "
            f"{LATEST_VERSION}: open it for writing once (e.g. a crawl) to upgrade it"
        )
    return conn


def _connect(path: Path, *, read_only: bool, retry: RetryPolicy) -> duckdb.DuckDBPyConnection:
    delays = retry.delays()
    for attempt in range(len(delays) + 1):
        try:
            return _connect_once(path, read_only=read_only)
        except DatabaseLockedError:
            if attempt == len(delays):
                raise
            logger.debug("database %s is busy; retrying in %.2fs", path, delays[attempt])
            time.sleep(delays[attempt])
    raise AssertionError("unreachable")


def _connect_once(path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except (duckdb.IOException, duckdb.ConnectionException) as exc:
        message = str(exc)
        if "lock" in message.lower() or "different configuration" in message:
            raise DatabaseLockedError(
                f"database {path} is in use by another process; try again when it is done"
            ) from exc
        raise SchemaError(f"cannot open database {path}: {message}") from exc
    except duckdb.Error as exc:
        raise SchemaError(f"cannot open database {path}: {exc}") from exc


def lock_path(db_path: str | Path) -> Path:
    """The advisory lock file beside the database: ``<db>.lock``."""
    path = Path(db_path)
    return path.with_name(path.name + ".lock")


@contextmanager
def acquire_writer_lock(db_path: str | Path) -> Iterator[Path]:
    """Hold the crawl lock on ``db_path`` for the duration of the block.

    Raises ``DatabaseLockedError`` at once (no waiting) if another process holds it.
    The lock goes with the process: a crashed crawl does not leave it stuck.
    """
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
            raise DatabaseLockedError(
                f"database {db_path} is locked by another crawl (pid {holder}); "
                "wait for it to finish or use another --db"
            ) from exc
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        try:
            yield path
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)

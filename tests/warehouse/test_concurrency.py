"""Sharing the file: the crawl lock, readers and writers taking turns, a killed loader."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from prospectus.errors import DatabaseLockedError
from prospectus.warehouse import acquire_writer_lock, load_pages, open_readonly

from .synthetic import course_page

HERE = Path(__file__).parent


def python(script: str, *args: str) -> subprocess.Popen[str]:
    """Run ``script`` in a new interpreter that can import this folder's helpers."""
    prelude = f"import sys; sys.path.insert(0, {str(HERE)!r})\n"
    return subprocess.Popen(
        [sys.executable, "-c", prelude + textwrap.dedent(script), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_second_crawl_gets_a_one_line_error(db: Path) -> None:
    holder = python(
        """
        import time
        from prospectus.warehouse import acquire_writer_lock
        with acquire_writer_lock(sys.argv[1]):
            print("locked", flush=True)
            time.sleep(30)
        """,
        str(db),
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseLockedError) as info, acquire_writer_lock(db):
            pass
        message = str(info.value)
        assert "\n" not in message
        assert f"locked by another crawl (pid {holder.pid})" in message
    finally:
        holder.kill()
        holder.communicate()
    with acquire_writer_lock(db):  # free again once the holder is gone
        pass


def test_lock_is_exclusive_within_one_process_too(db: Path) -> None:
    with acquire_writer_lock(db), pytest.raises(DatabaseLockedError), acquire_writer_lock(db):
        pass


def test_reader_and_writer_take_turns(db: Path) -> None:
    load_pages(db, [course_page(0)], "r0")
    writer = python(
        """
        from datetime import timedelta
        from synthetic import T0, course_page
        from prospectus.warehouse import load_pages
        for i in range(1, 7):
            load_pages(sys.argv[1], [course_page(i % 4, T0 + timedelta(days=i),
                                                 price_delta=i)], f"r{i}")
        print("done", flush=True)
        """,
        str(db),
    )
    reader = python(
        """
        import time
        from prospectus.warehouse import open_readonly
        reads = 0
        for _ in range(15):
            with open_readonly(sys.argv[1]) as conn:
                conn.execute("SELECT count(*) FROM courses").fetchall()
            reads += 1
            time.sleep(0.02)  # a person or a notebook, not a busy loop
        print(reads, flush=True)
        """,
        str(db),
    )
    w_out, w_err = writer.communicate(timeout=120)
    r_out, r_err = reader.communicate(timeout=120)
    assert writer.returncode == 0, w_err
    assert reader.returncode == 0, r_err
    assert w_out.strip() == "done"
    assert r_out.strip() == "15"
    with open_readonly(db) as conn:
        fetches = conn.execute("SELECT count(*) FROM page_fetches").fetchall()
    assert fetches == [(7,)]


def _snapshot(db: Path) -> list[tuple]:
    with open_readonly(db) as conn:
        return conn.execute(
            """SELECT (SELECT count(*) FROM page_fetches), (SELECT count(*) FROM course_runs),
                      (SELECT count(*) FROM course_observations),
                      (SELECT sum(price) FROM course_runs)"""
        ).fetchall()


def test_killed_mid_batch_leaves_the_database_as_before(db: Path) -> None:
    load_pages(db, [course_page(0)], "r0")
    before = _snapshot(db)
    loader = python(
        """
        import logging
        from synthetic import bulk_pages
        from prospectus.warehouse import load_pages
        logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format="%(message)s")
        pages = bulk_pages(40, 1500)
        load_pages(sys.argv[1], pages, "big")
        print("finished", flush=True)
        """,
        str(db),
    )
    assert loader.stdout is not None
    for line in loader.stdout:
        if line.startswith("merged course"):
            break  # inside the transaction: course runs written, FAQs still to come
    loader.send_signal(signal.SIGKILL)
    loader.communicate(timeout=30)
    assert loader.returncode == -signal.SIGKILL
    assert _snapshot(db) == before
    # and the file takes the next batch normally
    result = load_pages(db, [course_page(1)], "r1")
    assert result.counts["course"].new == 18

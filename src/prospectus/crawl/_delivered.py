"""Which archived responses the crawler handed on as documents (read from its state file).

The archive holds every response, robots.txt files, sitemaps and canonical duplicates
included; a consumer that lost documents (killed between fetch and load) asks this
which archive records are the documents it should have received.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def delivered_locations(state_path: Path) -> set[tuple[str, int]]:
    """``(warc_file, warc_offset)`` of every response delivered as a document, any run."""
    if not state_path.is_file():
        return set()
    with closing(sqlite3.connect(f"file:{state_path}?mode=ro", uri=True)) as conn:
        try:
            rows = conn.execute(
                "SELECT warc_file, warc_offset FROM urls "
                "WHERE state = 'done' AND warc_file IS NOT NULL AND warc_offset IS NOT NULL"
            ).fetchall()
        except sqlite3.OperationalError:  # a state file from before any crawl finished a page
            return set()
    return {(str(f), int(o)) for f, o in rows}

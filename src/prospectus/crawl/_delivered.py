"""Which archived responses the crawler handed on as documents.

The archive holds every response, robots.txt files, sitemaps and canonical duplicates
included; a consumer that lost documents (killed between fetch and load), or one that
rebuilds everything from the archive, asks this which records are the site's pages.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from urllib.parse import urlsplit

from prospectus.crawl._archive import iter_archive
from prospectus.crawl._links import extract_links
from prospectus.crawl._models import FetchedDocument

_HTML = ("text/html", "application/xhtml+xml")


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


def archived_pages(directory: Path, state_path: Path | None = None) -> Iterator[FetchedDocument]:
    """The newest archived response of each page the crawler handed on, oldest file first.

    With the crawl's state file, exactly the responses it delivered. Without one (an
    archive copied on its own) the same choice is made again from the archive: robots.txt
    files and sitemaps are left out, and so is a page whose rel=canonical URL is another
    archived page (the crawler delivered that one instead).
    """
    wanted = delivered_locations(state_path) if state_path is not None else set()
    if not wanted:
        wanted = _pages_by_content(directory)
    for doc in iter_archive(directory, latest_only=True):
        if (doc.warc_file, doc.warc_offset) in wanted:
            yield doc


def _pages_by_content(directory: Path) -> set[tuple[str, int]]:
    canonical_of: dict[str, str | None] = {}
    where: dict[str, tuple[str, int]] = {}
    for doc in iter_archive(directory, latest_only=True):
        if _housekeeping(doc) or doc.warc_file is None:
            continue
        where[doc.final_url] = (doc.warc_file, doc.warc_offset or 0)
        if doc.content_type in _HTML:
            canonical_of[doc.final_url] = extract_links(
                doc.body, doc.final_url, doc.header("content-type") or ""
            ).canonical
    return {
        location
        for url, location in where.items()
        if (canonical := canonical_of.get(url)) in (None, url) or canonical not in where
    }


def _housekeeping(doc: FetchedDocument) -> bool:
    """robots.txt or a sitemap: archived by the crawler, never one of the site's pages."""
    path = urlsplit(doc.final_url).path.lower()
    return (
        path == "/robots.txt"
        or path.endswith((".xml", ".xml.gz"))
        or doc.content_type.endswith(("/xml", "+xml", "/x-gzip", "/gzip"))
    )

"""The raw archive read back, start-URL errors, page limits and an interrupted callback."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
from faultserver import FaultServer, run_collect

from prospectus.crawl import CrawlConfig, FetchedDocument, crawl, iter_archive
from prospectus.errors import InputError


def _site(server: FaultServer, pages: int = 8) -> None:
    links = [f"/p{i}.html" for i in range(pages)]
    server.page("/", *links)
    for link in links:
        server.page(link)


def test_archive_cut_short_is_read_to_its_last_whole_record(
    server: FaultServer, config: CrawlConfig
) -> None:
    _site(server)
    _, docs = run_collect([server.url("/")], config)
    (warc,) = config.archive_dir.glob("*.warc.gz")
    last = max(d.warc_offset or 0 for d in docs.values())
    warc.write_bytes(warc.read_bytes()[: last + 40])  # a crash in the middle of the last record

    survivors = {d.url for d in iter_archive(config.archive_dir)}

    assert len(survivors) == len(docs) - 1


def test_bad_start_url_is_an_input_error(config: CrawlConfig) -> None:
    with pytest.raises(InputError):
        asyncio.run(crawl(["ftp://example.com/"], config))
    with pytest.raises(InputError):
        asyncio.run(crawl([], config))


def test_fetch_command_exits_2_on_a_bad_url(tmp_path: Path) -> None:
    command = [str(Path(sys.executable).parent / "prospectus"), "fetch", "not a url",
               "--archive", str(tmp_path)]  # fmt: skip
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, timeout=60)
    assert done.returncode == 2
    assert b"not an http(s) URL" in done.stderr


def test_max_pages_stops_the_crawl(server: FaultServer, config: CrawlConfig) -> None:
    _site(server, 20)
    stats, docs = run_collect([server.url("/")], config.replace(max_pages=5))
    assert stats.done == len(docs) == 5


def test_callback_failure_loses_nothing(server: FaultServer, config: CrawlConfig) -> None:
    _site(server)
    seen: list[str] = []

    async def fragile(doc: FetchedDocument) -> None:
        if len(seen) == 4:
            raise RuntimeError("pipeline fell over")
        seen.append(doc.url)

    with pytest.raises(RuntimeError):
        asyncio.run(crawl([server.url("/")], config.replace(concurrency=1), fragile))
    stats, docs = run_collect([server.url("/")], config)

    assert stats.resumed
    assert set(seen).isdisjoint(docs) and len(seen) + len(docs) == 9

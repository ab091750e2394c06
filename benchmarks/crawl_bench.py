"""Crawler throughput and memory on a loopback site (not part of the test run).

    uv run python benchmarks/crawl_bench.py [--pages 2000] [--runs 3]

* pages/s: a generated site of N pages (60–150 KB each, five links a page) served by aiohttp
  in another process; politeness off (no delay, per-host concurrency = concurrency); fetch +
  WARC archive + frontier, no extraction; concurrency 16 and 64, httpx's own transport and
  aiohttp directly (the default); the median of ``--runs`` runs.
* Scrapy (``--scrapy /path/to/python`` of a separate venv with scrapy; never a project
  dependency): the same site, following the same links, no WARC written, robots off.
* peak RSS: a crawl whose sitemap lists 2,000 or 20,000 URLs, stopped after 200 pages, in a
  fresh process each: the frontier lives in SQLite, so memory should not grow with it.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_WORDS = [
    "course",
    "price",
    "date",
    "trainer",
    "online",
    "classroom",
    "exam",
    "agile",
    "project",
    "service",
]


def _page(i: int, total: int) -> bytes:
    rng = random.Random(i)
    links = "".join(f'<a href="/p/{rng.randrange(total)}.html">p</a>' for _ in range(5))
    size = rng.randrange(60_000, 150_000)
    text = " ".join(rng.choice(_WORDS) for _ in range(size // 7))[:size]
    return f"<html><body><a href='/p/{(i + 1) % total}.html'>next</a>{links}<p>{text}</p>".encode()


def _serve(port: int, total: int, ready: multiprocessing.synchronize.Event) -> None:
    from aiohttp import web

    pages = [_page(i, total) for i in range(total)]
    sitemap = "".join(f"<url><loc>http://127.0.0.1:{port}/p/{i}.html</loc></url>"
                      for i in range(total))  # fmt: skip

    async def page(request: web.Request) -> web.Response:
        index = int(request.match_info["n"])
        return web.Response(body=pages[index % len(pages)], content_type="text/html")

    async def smap(request: web.Request) -> web.Response:
        return web.Response(text=f"<urlset>{sitemap}</urlset>", content_type="application/xml")

    app = web.Application()
    app.router.add_get("/p/{n}.html", page)
    app.router.add_get("/sitemap.xml", smap)

    async def root(request: web.Request) -> web.Response:
        return web.Response(body=pages[0], content_type="text/html")

    app.router.add_get("/", root)

    async def main() -> None:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        ready.set()
        await asyncio.Event().wait()

    asyncio.run(main())


def _server(port: int, total: int) -> multiprocessing.Process:
    ready = multiprocessing.Event()
    proc = multiprocessing.Process(target=_serve, args=(port, total, ready), daemon=True)
    proc.start()
    ready.wait(60)
    return proc


def _crawl_once(port: int, concurrency: int, transport: str, max_pages: int | None) -> float:
    from prospectus.crawl import CrawlConfig, run_crawl

    with tempfile.TemporaryDirectory() as tmp:
        config = CrawlConfig(
            state_path=Path(tmp) / "state.sqlite", archive_dir=Path(tmp) / "raw",
            delay=0.0, max_crawl_delay=0.0, concurrency=concurrency,
            per_host_concurrency=concurrency, transport=transport, max_pages=max_pages,
            max_depth=10_000, max_per_pattern=10**9, use_sitemaps=max_pages is not None,
        )  # fmt: skip
        started = time.perf_counter()
        stats = run_crawl([f"http://127.0.0.1:{port}/"], config)
        return stats.done / (time.perf_counter() - started)


def _report(label: str, rates: list[float]) -> None:
    print(f"  {label:28}: {statistics.median(rates):7.1f} pages/s  (runs: "
          f"{', '.join(f'{r:.0f}' for r in rates)})")  # fmt: skip


def throughput(pages: int, runs: int, scrapy_python: str | None) -> None:
    port = 18950
    proc = _server(port, pages)
    try:
        print(f"pages/s, {pages} pages of 60-150 KB, fetch + archive, median of {runs}")
        for transport in ("httpx", "aiohttp"):
            for concurrency in (16, 64):
                rates = [_crawl_once(port, concurrency, transport, None) for _ in range(runs)]
                _report(f"prospectus {transport} c={concurrency}", rates)
        for concurrency in (16, 64) if scrapy_python else ():
            rates = [scrapy_rate(scrapy_python or "", port, concurrency) for _ in range(runs)]
            _report(f"scrapy (no WARC) c={concurrency}", rates)
    finally:
        proc.kill()


_SPIDER = """
import time, scrapy
class Bench(scrapy.Spider):
    name = "bench"
    start_urls = ["http://127.0.0.1:{port}/"]
    custom_settings = dict(CONCURRENT_REQUESTS={c}, CONCURRENT_REQUESTS_PER_DOMAIN={c},
        DOWNLOAD_DELAY=0, ROBOTSTXT_OBEY=False, LOG_LEVEL="ERROR", TELNETCONSOLE_ENABLED=False,
        DEPTH_LIMIT=0, COOKIES_ENABLED=False)
    started = time.perf_counter()
    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, self.parse)
    def closed(self, reason):
        done = self.crawler.stats.get_value("response_received_count")
        print("RATE", done / (time.perf_counter() - self.started))
"""


def scrapy_rate(python: str, port: int, concurrency: int) -> float:
    """Pages/s of a Scrapy spider crawling the benchmark site (in its own interpreter)."""
    with tempfile.TemporaryDirectory() as tmp:
        spider = Path(tmp) / "bench_spider.py"
        spider.write_text(_SPIDER.format(port=port, c=concurrency))
        scrapy = str(Path(python).parent / "scrapy")
        out = subprocess.run([scrapy, "runspider", str(spider)], capture_output=True, text=True,
                             check=True, cwd=tmp)  # fmt: skip
    return float(next(line for line in out.stdout.splitlines() if line.startswith("RATE"))[5:])


def peak_rss(urls: int) -> int:
    """KiB of peak RSS of a fresh process crawling 200 pages of a sitemap of ``urls`` URLs."""
    port = 18960
    proc = _server(port, urls)
    try:
        code = ("import sys; sys.path.insert(0, 'benchmarks'); import crawl_bench, resource; "
                f"crawl_bench._crawl_once({port}, 16, 'httpx', 200); "
                "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")  # fmt: skip
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True)  # fmt: skip
        return int(out.stdout.strip().splitlines()[-1])
    finally:
        proc.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument("--scrapy", metavar="PYTHON", help="python of a venv with scrapy")
    args = parser.parse_args()
    throughput(args.pages, args.runs, args.scrapy)
    if not args.skip_rss:
        for urls in (2_000, 20_000):
            rss = peak_rss(urls) / 1024
            print(f"peak RSS, frontier of {urls:6} URLs (200 fetched): {rss:.0f} MiB")


if __name__ == "__main__":
    main()

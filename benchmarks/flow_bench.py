"""Prefect's overhead: the crawl-providers flow against the same steps as plain calls.

    uv run python benchmarks/flow_bench.py [--pages 2000] [--repeat 3] [--batch-size 50]

A loopback site of N course pages (``pages.generate``: 60–150 KB, JSON-LD, microdata,
RDFa and text dumps, so extraction does real work) is served by aiohttp in another
process; its home page links to every page (``max_depth=1``: the pages' own menu links
are not followed).  Politeness is off (no delay, no Crawl-delay).  A Prefect server is
started once before anything is timed (``prefect_test_harness``: a temporary server and
database on 127.0.0.1).  Then, alternating, ``--repeat`` times each:

a. ``prospectus.pipeline.crawl_to_warehouse`` — fetch, extract and load as plain calls;
b. ``flows.crawl_providers.crawl_providers`` — the same steps as Prefect tasks, with the
   same crawl config and batch size (extraction batches on the flow's thread runner).

Each run gets a fresh DuckDB file, crawl state and WARC archive.  Overhead is
(b − a) / b of the median wall times.  The result lands in ``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import multiprocessing
import multiprocessing.synchronize
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1]))  # flows/ is not a package of src/

RESULTS = Path(__file__).parent / "results"
PORT = 18970


# ------------------------------------------------------------------------- the site


def _bodies(port: int, total: int) -> list[tuple[str, bytes, str]]:
    """(path, body, content type) of every page, their own URLs pointing at loopback."""
    import pages

    out = []
    for n, page in enumerate(pages.generate(total)):
        text = page.kind == "textdump"
        path = f"/p/{n}.{'txt' if text else 'html'}"
        body = page.body.replace(page.url.encode(), f"http://127.0.0.1:{port}{path}".encode())
        out.append((path, body, "text/plain" if text else "text/html"))
    return out


def _serve(port: int, total: int, ready: multiprocessing.synchronize.Event) -> None:
    from aiohttp import web

    site = {path: (body, ctype) for path, body, ctype in _bodies(port, total)}
    links = "".join(f'<li><a href="{path}">{path}</a></li>' for path in site)
    home = f"<html><head><title>Courses</title></head><body><ul>{links}</ul></body></html>"

    async def page(request: web.Request) -> web.Response:
        found = site.get(request.path)
        if found is None:
            raise web.HTTPNotFound()
        body, ctype = found
        return web.Response(body=body, content_type=ctype, charset="utf-8")

    async def index(request: web.Request) -> web.Response:
        return web.Response(text=home, content_type="text/html")

    app = web.Application()
    app.router.add_get("/", index)
    app.router.add_get("/p/{name}", page)

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
    if not ready.wait(30 + total * 0.05):
        proc.kill()
        raise RuntimeError("the benchmark site did not start")
    return proc


# ------------------------------------------------------------------------- the runs


def _config(work: Path, max_pages: int | None = None) -> Any:
    from prospectus.crawl import CrawlConfig

    return CrawlConfig(
        state_path=work / "crawlstate.sqlite", archive_dir=work / "raw",
        delay=0.0, max_crawl_delay=0.0, concurrency=16, per_host_concurrency=16,
        max_depth=1, max_per_pattern=10**9, use_sitemaps=False, max_pages=max_pages,
    )  # fmt: skip


def _plain(start: str, work: Path, batch_size: int, max_pages: int | None = None) -> int:
    from prospectus.pipeline import PipelineOptions, crawl_to_warehouse

    options = PipelineOptions(work / "bench.duckdb", _config(work, max_pages), batch_size)
    return crawl_to_warehouse([start], options).pages


def _flow(start: str, work: Path, batch_size: int, max_pages: int | None = None) -> int:
    from flows.crawl_providers import crawl_providers

    config = _config(work, max_pages)
    result = crawl_providers([start], work / "bench.duckdb", config, batch_size=batch_size)
    return int(result["pages"])


def _timed(
    run: Callable[..., int], start: str, batch_size: int, max_pages: int | None = None
) -> dict[str, Any]:
    """Wall time, and the CPU time of this process (all its threads; not the server's)."""
    with tempfile.TemporaryDirectory(prefix="flow-bench-") as tmp:
        wall, cpu = time.perf_counter(), time.process_time()
        pages = run(start, Path(tmp), batch_size, max_pages)
        return {
            "seconds": time.perf_counter() - wall,
            "cpu_seconds": time.process_time() - cpu,
            "pages": pages,
        }


def measure(total: int, repeat: int, batch_size: int) -> dict[str, Any]:
    """Start the site and the Prefect server (untimed), then alternate plain and flow runs."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    proc = _server(PORT, total)
    start = f"http://127.0.0.1:{PORT}/"
    runs: dict[str, list[dict[str, Any]]] = {"plain": [], "flow": []}
    try:
        from prefect.testing.utilities import prefect_test_harness

        with prefect_test_harness(server_startup_timeout=120):
            for run in (_plain, _flow):  # warm-up: imports, first API round trips
                _timed(run, start, batch_size, max_pages=20)
            for i in range(repeat):
                for name, run in (("plain", _plain), ("flow", _flow)):
                    runs[name].append(_timed(run, start, batch_size))
                    print(f"  {i + 1}/{repeat} {name:5} {runs[name][-1]['seconds']:7.2f} s",
                          flush=True)  # fmt: skip
    finally:
        proc.kill()
    return _summarise(total, repeat, batch_size, runs)


def _summarise(
    total: int, repeat: int, batch_size: int, runs: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    median = {name: statistics.median(r["seconds"] for r in rs) for name, rs in runs.items()}
    cpu = {name: statistics.median(r["cpu_seconds"] for r in rs) for name, rs in runs.items()}
    return {
        "pages": total,
        "repeat": repeat,
        "batch_size": batch_size,
        "batches": -(-(total + 1) // batch_size),
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "runs": runs,
        "median_seconds": median,
        "median_cpu_seconds": cpu,
        "pages_per_second": {k: total / v for k, v in median.items()},
        "overhead_pct": 100 * (median["flow"] - median["plain"]) / median["flow"],
        "target_pct": 15.0,
    }


def table(result: dict[str, Any]) -> str:
    lines = [
        f"{result['pages']} pages, batch size {result['batch_size']} "
        f"({result['batches']} batches), median of {result['repeat']}",
        "",
        "| run | median wall s | pages/s | median CPU s | wall of each run (s) |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for name, label in (("plain", "a. crawl_to_warehouse"), ("flow", "b. crawl_providers flow")):
        times = ", ".join(f"{r['seconds']:.1f}" for r in result["runs"][name])
        lines.append(f"| {label} | {result['median_seconds'][name]:.1f} | "
                     f"{result['pages_per_second'][name]:.1f} | "
                     f"{result['median_cpu_seconds'][name]:.1f} | {times} |")  # fmt: skip
    verdict = "met" if result["overhead_pct"] <= result["target_pct"] else "**not met**"
    lines += ["", f"Prefect overhead (b − a) / b: {result['overhead_pct']:.1f} % "
              f"(target ≤ {result['target_pct']:.0f} %: {verdict})"]  # fmt: skip
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--no-save", action="store_true", help="do not write a result file")
    args = parser.parse_args()
    if args.repeat < 3:
        parser.error("--repeat must be at least 3 (the table shows medians)")
    result = measure(args.pages, args.repeat, args.batch_size)
    print(table(result))
    if not args.no_save:
        RESULTS.mkdir(exist_ok=True)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        path = RESULTS / f"flow-{stamp}.json"
        path.write_text(json.dumps(result, indent=2) + "\n")
        print(f"\nwritten to {path}")


if __name__ == "__main__":
    main()

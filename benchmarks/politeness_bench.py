"""With politeness on, a crawl should take about as long as its delays demand, no longer.

Crawls the bundled demo site (three providers, one 127.0.0.1 port each) with a fixed
delay per host and one request in flight per host, and compares the wall time with the
bound the delay imposes: for the busiest host, (requests - 1) x delay.  Target from the
crawl issue: within 10 % of that bound.  Median of ``--repeat`` runs.

    uv run python benchmarks/politeness_bench.py [--delay 0.25] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from prospectus.crawl import CrawlConfig, run_crawl
from prospectus.demo.server import DemoSite


def one_run(delay: float) -> tuple[float, float, int]:
    """(wall seconds, delay-imposed bound, requests) for one polite crawl of the demo site."""
    with tempfile.TemporaryDirectory() as tmp, DemoSite() as site:
        config = CrawlConfig(
            state_path=Path(tmp) / "state.sqlite",
            archive_dir=Path(tmp) / "raw",
            delay=delay,
            max_crawl_delay=delay,
            per_host_concurrency=1,
        )
        started = time.perf_counter()
        run_crawl(site.start_urls, config)
        wall = time.perf_counter() - started
        per_host = Counter(request.provider for request in site.requests)
    busiest = max(per_host.values())
    return wall, (busiest - 1) * delay, sum(per_host.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=0.25)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    runs = [one_run(args.delay) for _ in range(args.repeat)]
    wall = statistics.median(r[0] for r in runs)
    bound = statistics.median(r[1] for r in runs)
    print(f"delay {args.delay:.2f} s per host, {runs[0][2]} requests, median of {args.repeat}")
    print(
        f"wall {wall:.2f} s, delay-imposed bound {bound:.2f} s, ratio {wall / bound:.3f} "
        f"({'within' if wall <= 1.1 * bound else 'over'} the 10 % target)"
    )


if __name__ == "__main__":
    main()

"""Extraction speed on generated pages, against floors measured in the same run.

    uv run python benchmarks/extract_bench.py [--pages 500] [--repeat 5] [--text real|dense]

One process, pinned to one core.  Each measurement runs over every page, ``--repeat``
times; the table shows the median CPU time (the process's own time, so that other work on
a shared machine does not count; wall times are kept in the JSON too).  Measurements:

a. floor: selectolax parse + the text of every ``ld+json`` script
b. records: ``prospectus.extract.extract`` (course, FAQ, term ... records)
c. trafilatura ``extract(html, fast=True)`` alone, on the pages the pipeline sends to it
   (HTML; a text dump's main text is its visible text)
d. records + main text, as ``prospectus.pipeline.page_result`` does it

Targets (from the issue): b >= 300 pages/s and b <= 6x the floor's time; d <= 1.2x c's time.
The result is written as JSON under ``benchmarks/results/`` (git-ignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import logging
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

import trafilatura
from selectolax.lexbor import LexborHTMLParser

sys.path.insert(0, str(Path(__file__).parent))
from pages import TEXT_PROFILES, Page, generate

from prospectus.extract import Document, extract

try:
    from prospectus.extract.maintext import main_text as _main_text
except ImportError:  # the module is younger than this benchmark
    _main_text = None

RESULTS = Path(__file__).parent / "results"
MIN_RECORDS_RATE = 300.0
MAX_FLOOR_RATIO = 6.0
MAX_MAINTEXT_RATIO = 1.2


def main_text(html: str, url: str | None) -> str | None:
    if _main_text is not None:
        return _main_text(html, url=url)
    return trafilatura.extract(html, url=url, fast=True)


def floor(pages: list[tuple[Page, str]]) -> None:
    for _, html in pages:
        tree = LexborHTMLParser(html)
        [script.text() for script in tree.css('script[type*="ld+json"]')]


def records(pages: list[tuple[Page, str]]) -> None:
    for page, _ in pages:
        extract(Document(body=page.body, url=page.url, page=page.name))


def trafilatura_alone(pages: list[tuple[Page, str]]) -> None:
    for page, html in pages:
        if page.kind != "textdump":
            trafilatura.extract(html, url=page.url, fast=True)


def pipeline(pages: list[tuple[Page, str]]) -> None:
    for page, _ in pages:
        extraction = extract(Document(body=page.body, url=page.url, page=page.name))
        if extraction.kind == "html":
            main_text(page.body.decode(extraction.encoding or "utf-8", "replace"), page.url)


MEASURES: dict[str, tuple[str, Callable[[list[tuple[Page, str]]], None]]] = {
    "floor": ("a. selectolax parse + ld+json scripts", floor),
    "records": ("b. extract() records path", records),
    "trafilatura": ("c. trafilatura fast alone", trafilatura_alone),
    "pipeline": ("d. records + main text", pipeline),
}


def _time(
    func: Callable[[list[tuple[Page, str]]], None], pages: list[tuple[Page, str]], repeat: int
) -> tuple[list[float], list[float]]:
    """CPU seconds and wall seconds of each of ``repeat`` runs over all pages."""
    func(pages[:20])  # warm up: imports, compiled patterns
    cpu, wall = [], []
    for _ in range(repeat):
        gc.collect()
        start, start_wall = time.process_time(), time.perf_counter()
        func(pages)
        cpu.append(time.process_time() - start)
        wall.append(time.perf_counter() - start_wall)
    return cpu, wall


def _versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for name in ("selectolax", "trafilatura", "lxml"):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "?"
    return out


def run(count: int, repeat: int, seed: int, only: list[str], text: str = "real") -> dict[str, Any]:
    pinned = False
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
        pinned = True
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    pages = [(p, p.body.decode("utf-8")) for p in generate(count, seed=seed, text=text)]
    sizes = sorted(len(p.body) for p, _ in pages)
    result: dict[str, Any] = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "pages": count,
        "repeat": repeat,
        "seed": seed,
        "text": text,
        "pinned_to_one_core": pinned,
        "bytes": {"min": sizes[0], "median": sizes[len(sizes) // 2], "max": sizes[-1]},
        "kinds": {
            k: sum(p.kind == k for p, _ in pages)
            for k in ("jsonld", "microdata", "rdfa", "textdump")
        },
        "versions": _versions(),
        "machine": platform.machine(),
        "measures": {},
    }
    measures: dict[str, dict[str, Any]] = {}
    for key in only:
        label, func = MEASURES[key]
        cpu, wall = _time(func, pages, repeat)
        median = statistics.median(cpu)
        measures[key] = {
            "label": label,
            "cpu_seconds": cpu,
            "wall_seconds": wall,
            "median_seconds": median,
            "median_wall_seconds": statistics.median(wall),
            "pages_per_second": count / median,
            "ms_per_page": 1000 * median / count,
            "wall_ms_per_page": 1000 * statistics.median(wall) / count,
        }
    result["measures"] = measures
    result["checks"] = _checks(measures)
    return result


def _checks(m: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    def seconds(key: str) -> float:
        return float(m[key]["median_seconds"])

    checks: dict[str, dict[str, Any]] = {}
    if "records" in m:
        rate = float(m["records"]["pages_per_second"])
        checks["records >= 300 pages/s"] = {"value": rate, "pass": rate >= MIN_RECORDS_RATE}
    if "records" in m and "floor" in m:
        ratio = seconds("records") / seconds("floor")
        checks["records <= 6x floor"] = {"value": ratio, "pass": ratio <= MAX_FLOOR_RATIO}
    if "pipeline" in m and "trafilatura" in m:
        ratio = seconds("pipeline") / seconds("trafilatura")
        checks["records+main text <= 1.2x trafilatura"] = {
            "value": ratio,
            "pass": ratio <= MAX_MAINTEXT_RATIO,
        }
    return checks


def _table(result: dict[str, Any]) -> str:
    measures: dict[str, dict[str, Any]] = result["measures"]
    checks: dict[str, dict[str, Any]] = result["checks"]
    lines = [
        f"{result['pages']} pages ({result['bytes']}, text {result['text']}), "
        f"median of {result['repeat']}, "
        f"one core: {result['pinned_to_one_core']}",
        "",
        f"{'measure':42} {'pages/s':>9} {'ms/page':>9} {'wall ms':>9}",
    ]
    for m in measures.values():
        lines.append(
            f"{m['label']:42} {m['pages_per_second']:9.1f} {m['ms_per_page']:9.2f} "
            f"{m['wall_ms_per_page']:9.2f}"
        )
    lines.append("")
    for name, check in checks.items():
        lines.append(f"{name:42} {check['value']:9.2f}  {'PASS' if check['pass'] else 'FAIL'}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--only", nargs="+", choices=list(MEASURES), default=list(MEASURES))
    parser.add_argument(
        "--text",
        choices=TEXT_PROFILES,
        default="real",
        help="real: as much visible text as real pages of the size carry (the default); "
        "dense: the pages filled with prose (the benchmark's pages until session 5)",
    )
    parser.add_argument("--no-save", action="store_true", help="do not write a result file")
    args = parser.parse_args()
    if args.repeat < 3:
        parser.error("--repeat must be at least 3 (the table shows medians)")
    result = run(args.pages, args.repeat, args.seed, args.only, args.text)
    print(_table(result))
    if not args.no_save:
        RESULTS.mkdir(exist_ok=True)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        path = RESULTS / f"extract-{stamp}.json"
        path.write_text(json.dumps(result, indent=2) + "\n")
        print(f"\nwritten to {path}")


if __name__ == "__main__":
    main()

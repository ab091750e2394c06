"""Warehouse load and query benchmark.

Loads N course/FAQ/term records (default 1,000,000: half course runs, 30% FAQs,
20% terms) in batches into a fresh DuckDB file and compares the warehouse's load
(dedupe, classify against history, upsert, observations, gone marking, change
report) with the floor: a plain ``INSERT ... SELECT`` of the same Arrow tables
into tables without history, in the same process.  Then re-loads everything as a
second crawl with 10% of prices changed and 1% of runs gone, and times the ten
example queries of docs/queries.md on the result.

Each repetition runs in a fresh subprocess (so peak RSS is per run); figures are
medians over the repetitions.

    uv run python benchmarks/warehouse_bench.py [--records 1000000] [--batch 50000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RECORDS_PER_PAGE = 20


def make_pages(n_records: int, fetched_at: datetime, change_every: int = 0, drop_every: int = 0):
    """Synthetic pages of 10 course runs, 6 FAQs and 4 terms each."""
    from prospectus.records import Course, Faq, Term
    from prospectus.warehouse import PageResult

    today = date.today()
    providers = ("Knowledge Train", "ILX Group", "QA Ltd", "Learning Tree", "Firebrand")
    families = (
        "PRINCE2 Practitioner",
        "PRINCE2 Foundation",
        "AgilePM Practitioner",
        "ITIL 4 Foundation",
        "MSP Foundation",
    )
    pages = []
    for p in range(n_records // RECORDS_PER_PAGE):
        url = f"https://site{p % 50}.example/page/{p}"
        provider = providers[p % len(providers)]
        records: list = []
        for i in range(10):
            n = p * 10 + i
            if drop_every and n % drop_every == 0:
                continue
            price = 900.0 + (n % 17) * 25 - (50 if change_every and n % change_every == 0 else 0)
            records.append(
                Course(
                    page=url,
                    source="jsonld",
                    name=f"{families[i % 5]} {p}",
                    provider=provider,
                    url=f"{url}#c{i}",
                    start_date=(today + timedelta(days=n % 120)).isoformat(),
                    price=price,
                    list_price=price + 100 if i % 3 == 0 else None,
                    currency="GBP",
                    price_includes_vat=i % 2 == 0,
                    mode=("online", "in_person")[i % 2],
                    availability="InStock",
                )
            )
        records += [
            Faq(page=url, source="html", question=f"Question {q} about exams {p}?", answer="Yes.")
            for q in range(6)
        ]
        records += [
            Term(
                page=url,
                source="html",
                name=f"Term {t}-{p}",
                definition="d",
                same_as=(f"https://www.wikidata.org/wiki/Q{t + 100}",),
                wikidata_id=f"Q{t + 100}",
            )
            for t in range(4)
        ]
        pages.append(PageResult(url=url, fetched_at=fetched_at, status=200, records=tuple(records)))
    return pages


def batches(items: list, size: int):
    step = max(size // RECORDS_PER_PAGE, 1)
    return [items[i : i + step] for i in range(0, len(items), step)]


def floor_load(path: Path, staged: list) -> float:
    """Plain INSERT ... SELECT of the same Arrow tables, one transaction per batch."""
    import duckdb

    conn = duckdb.connect(str(path))
    start = time.perf_counter()
    for batch in staged:
        conn.begin()
        for name, table in batch.tables.items():
            target = "floor" + name
            conn.register(name, table)
            conn.execute(f"CREATE TABLE IF NOT EXISTS {target} AS SELECT * FROM {name} LIMIT 0")
            conn.execute(f"INSERT INTO {target} SELECT * FROM {name}")
            conn.unregister(name)
        conn.commit()
    conn.close()
    return time.perf_counter() - start


def warehouse_load(path: Path, staged: list, run_id: str) -> float:
    from prospectus.warehouse import load_staged, open_writer

    start = time.perf_counter()
    conn = open_writer(path)
    for batch in staged:
        load_staged(conn, batch, run_id)
    conn.close()
    return time.perf_counter() - start


def stage_all(pages: list, size: int) -> tuple[list, float]:
    from prospectus.warehouse import stage_batch

    start = time.perf_counter()
    staged = [stage_batch(b) for b in batches(pages, size)]
    return staged, time.perf_counter() - start


def time_queries(path: Path, repeats: int = 5) -> list[float]:
    from prospectus.warehouse import open_readonly

    text = (ROOT / "docs" / "queries.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sql\n(.*?)```", text, re.S)
    out = []
    with open_readonly(path) as conn:
        for sql in queries:
            conn.sql(sql).fetchall()  # warm
            times = []
            for _ in range(repeats):
                start = time.perf_counter()
                conn.sql(sql).fetchall()
                times.append(time.perf_counter() - start)
            out.append(statistics.median(times))
    return out


def one_run(n_records: int, batch: int) -> dict:
    """One repetition (run in a subprocess): returns its measurements."""
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        first = make_pages(n_records, now - timedelta(days=7))
        staged, stage_s = stage_all(first, batch)
        floor_s = floor_load(Path(tmp) / "floor.duckdb", staged)
        db = Path(tmp) / "bench.duckdb"
        load_s = warehouse_load(db, staged, "run1")
        second = make_pages(n_records, now, change_every=10, drop_every=100)
        staged2, stage2_s = stage_all(second, batch)
        reload_s = warehouse_load(db, staged2, "run2")
        queries = time_queries(db)
        size = db.stat().st_size
    return {
        "records": sum(len(p.records) for p in first),
        "stage_s": stage_s,
        "floor_s": floor_s,
        "load_s": load_s,
        "reload_s": reload_s,
        "stage2_s": stage2_s,
        "queries_s": queries,
        "db_mb": size / 1e6,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def report(results: list[dict]) -> None:
    med = {k: statistics.median(r[k] for r in results) for k in results[0] if k != "queries_s"}
    n = med["records"]

    def rate(seconds: float) -> str:
        return f"{seconds:.2f} s  ({n / seconds:,.0f} rec/s)"

    rows = [
        ("records per load", f"{n:,.0f}"),
        ("floor: plain INSERT…SELECT from Arrow", rate(med["floor_s"])),
        ("warehouse load, first crawl (SQL)", rate(med["load_s"])),
        ("  ratio to floor (target <= 2x)", f"{med['load_s'] / med['floor_s']:.2f}x"),
        ("warehouse re-load, 10% price changes, 1% gone", rate(med["reload_s"])),
        ("staging in Python (records -> Arrow, keys)", rate(med["stage_s"])),
        ("end to end, first crawl (staging + load)", rate(med["stage_s"] + med["load_s"])),
        ("database size", f"{med['db_mb']:.0f} MB"),
        ("peak RSS (whole run, records in memory)", f"{med['peak_rss_mb']:.0f} MB"),
    ]
    queries = [
        statistics.median(r["queries_s"][i] for r in results)
        for i in range(len(results[0]["queries_s"]))
    ]
    for i, q in enumerate(queries, 1):
        flag = "ok" if q <= 0.1 else "SLOW"
        rows.append((f"query {i} (docs/queries.md), median", f"{q * 1000:.1f} ms  {flag}"))
    width = max(len(a) for a, _ in rows)
    sys.stdout.write(f"warehouse benchmark: median of {len(results)} run(s)\n")
    for a, b in rows:
        sys.stdout.write(f"{a:<{width}}  {b}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.stdout.write(json.dumps(one_run(args.records, args.batch)) + "\n")
        return
    results = []
    for i in range(args.runs):
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                "--records",
                str(args.records),
                "--batch",
                str(args.batch),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(out.stdout.splitlines()[-1]))
        sys.stderr.write(f"run {i + 1}/{args.runs}: {results[-1]['load_s']:.2f} s load\n")
    report(results)


if __name__ == "__main__":
    main()

"""``kill -9`` in the middle of ``prospectus fetch``, then the same command again."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from faultserver import run_collect

from prospectus.crawl import CrawlConfig, iter_archive
from prospectus.demo.server import DemoSite

PROSPECTUS = str(Path(sys.executable).parent / "prospectus")


def _done(state: Path) -> set[str]:
    """URLs marked done in the latest run (empty while the file is still being created)."""
    db = sqlite3.connect(f"file:{state}?mode=ro", uri=True)
    try:
        run = db.execute("SELECT max(id) FROM runs").fetchone()[0]
        rows = db.execute("SELECT url FROM urls WHERE run = ? AND state = 'done'", (run,))
        return {row[0] for row in rows}
    except sqlite3.OperationalError:
        return set()
    finally:
        db.close()


def _key(demo: DemoSite, url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    provider = next(p for p, o in demo.origins.items() if o.endswith(parts.netloc))
    return provider, parts.path + (f"?{parts.query}" if parts.query else "")


def test_kill_9_then_resume(demo: DemoSite, config: CrawlConfig, tmp_path: Path) -> None:
    _, reference = run_collect(demo.start_urls, config)
    demo.requests.clear()
    demo.latency = 0.1
    archive, state = tmp_path / "archive", tmp_path / "archive" / "crawlstate.sqlite"
    command = [PROSPECTUS, "fetch", *demo.start_urls, "--archive", str(archive),
               "--delay", "0.05", "--max-crawl-delay", "0"]  # fmt: skip

    child = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and child.poll() is None:
            if state.exists() and len(_done(state)) >= 12:
                break
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    done_before = _done(state)
    served_before = Counter((r.provider, r.path) for r in demo.requests)
    assert 12 <= len(done_before) < len(reference), "the kill should land mid-crawl"

    finished = subprocess.run(command, cwd=tmp_path, capture_output=True, timeout=60)

    assert finished.returncode == 0, finished.stderr.decode()
    assert "(resumed)" in finished.stderr.decode()
    assert _done(state) == _done(config.state_path)  # every page once: none lost, none extra
    served = Counter((r.provider, r.path) for r in demo.requests)
    for url in done_before:
        key = _key(demo, url)
        assert served[key] == served_before[key], f"{url} fetched again after the kill"
    fetched = {u for u, d in reference.items() if d.error is None}
    archived = [d.url for d in iter_archive(archive, latest_only=True)]
    assert fetched <= set(archived)

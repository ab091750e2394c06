"""Each page once: tracking-parameter duplicates, rel=canonical, and crawler traps."""

from __future__ import annotations

from urllib.parse import urlsplit

from faultserver import FaultHandler, FaultServer, html, run_collect

from prospectus.crawl import CrawlConfig


def test_tracking_parameter_duplicates_fetched_once(
    server: FaultServer, config: CrawlConfig
) -> None:
    server.page(
        "/", "/course?utm_source=mail&id=7", "/course?id=7&gclid=abc", "/course?id=7#dates",
        "/course;jsessionid=XYZ?id=7", "/course?fbclid=1&id=7&utm_medium=social",
        server.origin.replace("http", "HTTP") + "/%63ourse?id=7",
    )  # fmt: skip
    server.routes["/course"] = lambda h, n: h.send(200, html(title="course"))

    stats, docs = run_collect([server.url("/")], config)

    assert [p for p in server.paths() if p.startswith(("/course", "/%63"))] == ["/course?id=7"]
    assert server.url("/course?id=7") in docs
    assert stats.done == 2


def test_rel_canonical_deduplicates(server: FaultServer, config: CrawlConfig) -> None:
    canonical = f'<link rel="canonical" href="{server.url("/list")}">'.encode()
    server.page("/", "/list?sort=price", "/list?sort=date")
    server.routes["/list"] = lambda h, n: h.send(200, b"<html><head>" + canonical + b"</head>")

    stats, docs = run_collect([server.url("/")], config.replace(per_host_concurrency=1))

    handed_on = [d for d in docs.values() if d.url != server.url("/")]
    assert len(handed_on) == 1
    assert handed_on[0].canonical_url == server.url("/list")
    assert stats.duplicates == 1
    assert "/list" not in server.paths()  # the canonical URL itself was claimed, not refetched


def test_calendar_trap_bounded_by_pattern(server: FaultServer, config: CrawlConfig) -> None:
    def calendar(h: FaultHandler, n: int) -> None:
        year, month = (int(x) for x in urlsplit(h.path).path.split("/")[2:4])
        nxt = (year + month // 12, month % 12 + 1)
        h.send(200, html(f"/cal/{nxt[0]}/{nxt[1]}", f"/cal/{year}/{month}?view=week"))

    server.routes.update({f"/cal/{y}/{m}": calendar for y in range(2026, 2100) for m in range(13)})
    server.page("/", "/cal/2026/1")

    stats, _ = run_collect([server.url("/")], config.replace(max_per_pattern=10, max_depth=100))

    calendar_hits = [p for p in server.paths() if p.startswith("/cal/")]
    assert 10 <= len(calendar_hits) <= 21  # 10 per pattern (month pages, week views)
    assert stats.reasons["trap: too many URLs of one pattern"] >= 1


def test_depth_trap_bounded(server: FaultServer, config: CrawlConfig) -> None:
    def deeper(h: FaultHandler, n: int) -> None:
        last = h.path.rstrip("/").rsplit("/", 1)[-1]
        h.send(200, html(h.path + chr(ord(last) + 1) + "/"))

    for depth in range(1, 20):
        server.routes["/d/" + "".join(f"{c}/" for c in "bcdefghijklmnopqrstuvwxyz"[:depth])] = (
            deeper
        )
    server.page("/", "/d/b/")

    stats, docs = run_collect([server.url("/")], config.replace(max_depth=4))

    assert len(docs) == 5  # the start page and depths 1-4
    assert stats.reasons["trap: deeper than max depth"] == 1

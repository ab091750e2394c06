"""Robots.txt, Crawl-delay, Retry-After and retries, against a real server on 127.0.0.1."""

from __future__ import annotations

import itertools

from faultserver import FaultServer, run_collect

from prospectus.crawl import CrawlConfig


def test_robots_is_read_first_and_obeyed(server: FaultServer, config: CrawlConfig) -> None:
    server.robots("User-agent: *\nDisallow: /private/\n\nUser-agent: prospectus-test\nAllow: /\n"
                  "Disallow: /members/\n")  # fmt: skip
    server.page("/", "/open.html", "/members/area.html", "/private/x.html")
    server.page("/open.html")
    server.page("/members/area.html")
    server.page("/private/x.html")

    stats, docs = run_collect([server.url("/")], config)

    paths = server.paths()
    assert paths[0] == "/robots.txt"
    assert "/members/area.html" not in paths  # our group disallows it
    assert "/private/x.html" in paths  # our own group allows what '*' forbids
    blocked = docs[server.url("/members/area.html")]
    assert blocked.error == "blocked by robots.txt" and blocked.body == b""
    assert stats.skipped == 1


def test_crawl_delay_spaces_requests(server: FaultServer, config: CrawlConfig) -> None:
    server.robots("User-agent: *\nCrawl-delay: 0.5\n")
    links = [f"/p{i}.html" for i in range(5)]
    server.page("/", *links)
    for link in links:
        server.page(link)

    run_collect([server.url("/")], config.replace(max_crawl_delay=5.0, per_host_concurrency=4))

    times = [hit.at for hit in server.hits if hit.path != "/robots.txt"]
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert len(times) >= 6  # home, five pages (and the sitemap probe)
    # The crawler spaces request starts; allow for jitter in when the server sees them.
    assert min(gaps) >= 0.4 and sum(gaps) / len(gaps) >= 0.48, gaps


def test_429_and_503_honour_retry_after(server: FaultServer, config: CrawlConfig) -> None:
    def limited(h, n):  # type: ignore[no-untyped-def]
        if n == 1:
            h.send(429, b"slow down", {"Retry-After": "1"})
        else:
            h.send(200, b"<p>ok</p>")

    def busy(h, n):  # type: ignore[no-untyped-def]
        if n == 1:
            h.send(503, b"maintenance", {"Retry-After": "1"})
        else:
            h.send(200, b"<p>ok</p>")

    server.page("/", "/limited", "/busy")
    server.routes["/limited"] = limited
    server.routes["/busy"] = busy

    stats, docs = run_collect([server.url("/")], config)

    for path in ("/limited", "/busy"):
        assert docs[server.url(path)].status == 200
        times = [hit.at for hit in server.hits if hit.path == path]
        assert len(times) == 2 and times[1] - times[0] >= 0.95
    assert stats.retries == 2


def test_transient_5xx_and_resets_are_retried(server: FaultServer, config: CrawlConfig) -> None:
    def flaky(h, n):  # type: ignore[no-untyped-def]
        h.send(500 if n < 3 else 200, b"<p>flaky</p>")

    def reset(h, n):  # type: ignore[no-untyped-def]
        if n == 1:
            h.close_connection = True
            h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial")
        else:
            h.send(200, b"<p>whole</p>")

    def broken(h, n):  # type: ignore[no-untyped-def]
        h.send(502, b"bad gateway")

    server.page("/", "/flaky", "/reset", "/broken")
    server.routes.update({"/flaky": flaky, "/reset": reset, "/broken": broken})

    stats, docs = run_collect([server.url("/")], config.replace(max_attempts=3))

    assert docs[server.url("/flaky")].status == 200
    assert docs[server.url("/flaky")].body == b"<p>flaky</p>"
    assert docs[server.url("/reset")].body == b"<p>whole</p>"
    failed = docs[server.url("/broken")]
    assert (failed.status, failed.error, failed.body) == (502, "HTTP 502", b"")
    assert server.paths().count("/broken") == 3  # bounded attempts
    assert stats.failed == 1 and stats.retries >= 5


def test_robots_5xx_waits_then_recovers(server: FaultServer, config: CrawlConfig) -> None:
    def robots(h, n):  # type: ignore[no-untyped-def]
        if n < 3:
            h.send(503, b"down")
        else:
            h.send(200, b"User-agent: *\nDisallow: /no\n", ctype="text/plain")

    server.routes["/robots.txt"] = robots
    server.page("/", "/no")

    _, docs = run_collect([server.url("/")], config)

    assert server.paths()[:3] == ["/robots.txt"] * 3
    assert docs[server.url("/")].status == 200
    assert "/no" not in server.paths()


def test_robots_always_5xx_means_disallow_all(server: FaultServer, config: CrawlConfig) -> None:
    server.routes["/robots.txt"] = lambda h, n: h.send(500, b"broken")
    server.page("/", "/a")

    stats, docs = run_collect([server.url("/")], config)

    assert set(server.paths()) == {"/robots.txt"}
    assert docs[server.url("/")].error is not None
    assert "robots.txt unreachable" in (docs[server.url("/")].error or "")
    assert stats.fetched == 0


def test_robots_404_allows_everything(server: FaultServer, config: CrawlConfig) -> None:
    server.page("/", "/a")
    server.page("/a")

    stats, _ = run_collect([server.url("/")], config)

    assert stats.fetched == 2

"""Redirects, size caps, timeouts, content types and encodings, against a real server."""

from __future__ import annotations

import gzip
import time
from functools import cache

from faultserver import FaultHandler, FaultServer, run_collect

from prospectus.crawl import CrawlConfig


def _redirect(to: str, status: int = 301):  # type: ignore[no-untyped-def]
    return lambda h, n: h.send(status, b"", {"Location": to})


def test_redirect_chain_followed_and_loop_stopped(
    server: FaultServer, other_server: FaultServer, config: CrawlConfig
) -> None:
    server.page("/", "/r1", "/loop-a", "/far", "/away")
    server.routes.update({
        "/r1": _redirect("/r2"), "/r2": _redirect(server.url("/r3"), 302),
        "/r3": _redirect("/final#top", 307), "/loop-a": _redirect("/loop-b"),
        "/loop-b": _redirect("/loop-a"), "/away": _redirect(other_server.url("/")),
        **{f"/far{'' if i == 0 else i}": _redirect(f"/far{i + 1}") for i in range(10)},
    })  # fmt: skip
    server.page("/final")

    _, docs = run_collect([server.url("/")], config)

    chained = docs[server.url("/r1")]
    assert (chained.status, chained.final_url) == (200, server.url("/final"))
    assert server.url("/final") not in docs  # the target is the same page: handed on once
    assert "redirect loop" in (docs[server.url("/loop-a")].error or "")
    assert "more than 5 redirects" in (docs[server.url("/far")].error or "")
    assert "out of scope" in (docs[server.url("/away")].error or "")
    assert other_server.paths() == []
    assert server.paths().count("/loop-a") == 1


def test_offsite_links_recorded_not_fetched(
    server: FaultServer, other_server: FaultServer, config: CrawlConfig
) -> None:
    server.page("/", "/in.html", other_server.url("/out.html"), "mailto:x@example.com")
    server.page("/in.html", other_server.url("/other.html"))
    other_server.page("/out.html")

    stats, docs = run_collect([server.url("/")], config)

    assert other_server.paths() == []
    assert set(docs) == {server.url("/"), server.url("/in.html")}
    assert stats.offsite == 2


@cache
def _bomb() -> bytes:
    return gzip.compress(b"\0" * 64_000_000, compresslevel=9)


def _huge(h: FaultHandler, n: int) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(50_000_000))
    h.end_headers()
    chunk = b"<p>" + b"x" * 65_533
    for _ in range(50_000_000 // len(chunk)):
        h.wfile.write(chunk)


def test_huge_body_and_gzip_bomb_stop_at_cap(server: FaultServer, config: CrawlConfig) -> None:
    server.page("/", "/huge", "/bomb")
    server.routes["/huge"] = _huge
    server.routes["/bomb"] = lambda h, n: h.send(200, _bomb(), {"Content-Encoding": "gzip"})
    cap = 200_000

    started = time.monotonic()
    stats, docs = run_collect([server.url("/")], config.replace(max_body_bytes=cap))

    assert time.monotonic() - started < 10
    for path in ("/huge", "/bomb"):
        doc = docs[server.url(path)]
        assert doc.status == 200 and doc.body == b""
        assert "larger than 200000 bytes" in (doc.error or "")
    assert stats.bytes_received < 5_000_000  # stopped reading, did not download 50 MB


def test_slow_page_times_out(server: FaultServer, config: CrawlConfig) -> None:
    def slow(h: FaultHandler, n: int) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "1000")
        h.end_headers()
        h.wfile.write(b"<p>start")
        h.wfile.flush()
        time.sleep(3)

    server.page("/", "/slow")
    server.routes["/slow"] = slow

    started = time.monotonic()
    stats, docs = run_collect([server.url("/")], config.replace(read_timeout=0.3, max_attempts=2))

    assert time.monotonic() - started < 4
    doc = docs[server.url("/slow")]
    assert "timeout" in (doc.error or "") and doc.body == b""
    assert server.paths().count("/slow") == 2
    assert stats.failed == 1


def test_pdf_and_images_skipped_but_recorded(server: FaultServer, config: CrawlConfig) -> None:
    server.page("/", "/brochure", "/guide.pdf", "/logo.png")
    server.routes["/brochure"] = lambda h, n: h.send(200, b"%PDF-1.4 ...", ctype="application/pdf")

    stats, docs = run_collect([server.url("/")], config)

    typed = docs[server.url("/brochure")]
    assert typed.error == "skipped content type application/pdf" and typed.body == b""
    assert typed.content_type == "application/pdf"
    assert docs[server.url("/guide.pdf")].error == "skipped by extension (pdf)"
    assert docs[server.url("/logo.png")].error == "skipped by extension (png)"
    assert "/guide.pdf" not in server.paths() and "/logo.png" not in server.paths()
    assert stats.skipped == 3


def test_windows_1252_page_delivered_intact(server: FaultServer, config: CrawlConfig) -> None:
    body = "<html><body><p>Café course: £1,295 – “early bird”</p></body></html>".encode("cp1252")
    server.page("/", "/cp")
    server.routes["/cp"] = lambda h, n: h.send(200, body, ctype="text/html; charset=windows-1252")

    _, docs = run_collect([server.url("/")], config)

    doc = docs[server.url("/cp")]
    assert doc.body == body
    assert doc.header("Content-Type") == "text/html; charset=windows-1252"
    assert doc.body.decode("cp1252").count("£1,295") == 1

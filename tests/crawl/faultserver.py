"""A misbehaving HTTP server on 127.0.0.1 for crawler tests: each path answers however the test
says, and every request is logged with its time."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

from prospectus.crawl import CrawlConfig, CrawlStats, FetchedDocument, crawl

# A route gets the request handler and how many times this path was asked for (1 on the first).
Route = Callable[["FaultHandler", int], None]


@dataclass(frozen=True)
class Hit:
    path: str  # with its query
    at: float
    headers: dict[str, str]


def html(*links: str, title: str = "page") -> bytes:
    """A small HTML page linking to ``links``."""
    anchors = "".join(f'<a href="{link}">{link}</a>\n' for link in links)
    return f"<html><head><title>{title}</title></head><body>{anchors}</body></html>".encode()


class FaultHandler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        owner = self.server.owner
        path = self.path
        owner.record(Hit(path, time.monotonic(), {k.lower(): v for k, v in self.headers.items()}))
        route = owner.routes.get(path) or owner.routes.get(urlsplit(path).path)
        count = owner.count(path)
        try:
            if route is None:
                self.send(404, b"not found")
            else:
                route(self, count)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def send(
        self, status: int, body: bytes = b"", headers: dict[str, str] | None = None,
        ctype: str = "text/html; charset=utf-8",
    ) -> None:  # fmt: skip
        """Answer with ``status`` and ``body``."""
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: FaultServer


class FaultServer:
    """``server.routes[path] = route``; ``server.url(path)``; ``server.hits``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self._counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), FaultHandler)
        self._server.owner = self

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.origin + path

    def record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)

    def count(self, path: str) -> int:
        with self._lock:
            self._counts[path] += 1
            return self._counts[path]

    def paths(self) -> list[str]:
        """Every requested path (with query), in order."""
        with self._lock:
            return [hit.path for hit in self.hits]

    def page(self, path: str, *links: str, status: int = 200) -> None:
        """Serve a plain HTML page at ``path``."""
        body = html(*links, title=path)
        self.routes[path] = lambda h, n: h.send(status, body)

    def robots(self, text: str) -> None:
        """Serve ``text`` as robots.txt."""
        body = text.encode()
        self.routes["/robots.txt"] = lambda h, n: h.send(200, body, ctype="text/plain")

    def start(self) -> FaultServer:
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()


def run_collect(
    urls: list[str], config: CrawlConfig
) -> tuple[CrawlStats, dict[str, FetchedDocument]]:
    """Crawl and collect the documents by URL."""
    docs: dict[str, FetchedDocument] = {}

    async def collect(doc: FetchedDocument) -> None:
        assert doc.url not in docs, f"{doc.url} delivered twice"
        docs[doc.url] = doc

    stats = asyncio.run(crawl(urls, config, collect))
    return stats, docs

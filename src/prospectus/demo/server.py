"""Serve the bundled demo site on loopback: one port per fictional provider.

    with DemoSite() as site:          # free ports on 127.0.0.1, server threads started
        site.start_urls               # ["http://127.0.0.1:PORT/", ...] one per provider
        site.set_price("northwind", "/courses/itil-4-foundation.html", 875, 825)
        site.requests                 # every request served: (provider, path, status, time)

Conditional GET (ETag / Last-Modified → 304) and gzip are supported; ``{{origin}}`` placeholders
in the files become the real origins.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import mimetypes
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote, urlsplit

from prospectus.demo.build import SITE, money

logger = logging.getLogger(__name__)

BASE_MODIFIED = 1793520000.0  # Sun, 01 Nov 2026 08:00:00 GMT: when the static files "changed"
_TEXT = ("text/html", "application/xml", "text/plain")


@dataclass(frozen=True, slots=True)
class ServedRequest:
    """One request the demo server answered."""

    provider: str
    path: str  # as requested, with any query
    status: int
    at: float
    user_agent: str


class DemoSite:
    """The three demo providers, each on its own 127.0.0.1 port, in background threads."""

    def __init__(self, root: Path = SITE, host: str = "127.0.0.1",
                 ports: dict[str, int] | None = None) -> None:  # fmt: skip
        self.root = root
        self.host = host
        self.providers = sorted(p.name for p in root.iterdir() if p.is_dir())
        self._ports = dict(ports or {})
        self._servers: dict[str, ThreadingHTTPServer] = {}
        self._lock = threading.Lock()
        self._overrides: dict[tuple[str, str], list[tuple[str, str, float]]] = {}
        self.requests: list[ServedRequest] = []
        self.latency = 0.0  # seconds added to every answer (to slow a crawl down in tests)

    @property
    def origins(self) -> dict[str, str]:
        """``provider slug → http://127.0.0.1:PORT``."""
        return {slug: f"http://{self.host}:{srv.server_address[1]}"
                for slug, srv in self._servers.items()}  # fmt: skip

    @property
    def start_urls(self) -> list[str]:
        """One home page URL per provider."""
        return [origin + "/" for origin in self.origins.values()]

    def start(self) -> DemoSite:
        """Bind the ports and start serving."""
        for slug in self.providers:
            server = ThreadingHTTPServer(
                (self.host, self._ports.get(slug, 0)), _handler(self, slug)
            )
            server.daemon_threads = True
            self._servers[slug] = server
            thread = threading.Thread(
                target=server.serve_forever, args=(0.05,), name=f"demo-{slug}", daemon=True
            )
            thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and free the ports."""
        for server in self._servers.values():
            server.shutdown()
            server.server_close()
        self._servers.clear()

    def __enter__(self) -> DemoSite:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()

    def override(self, provider: str, path: str, old: str, new: str) -> None:
        """Serve ``path`` of ``provider`` with ``old`` replaced by ``new`` from now on."""
        with self._lock:
            self._overrides.setdefault((provider, path), []).append((old, new, time.time()))

    def set_price(self, provider: str, path: str, old: float, new: float) -> None:
        """Change a price on one page, in its markup (``1295.00``) and its text (``£1,295``)."""
        self.override(provider, path, f'"{old:.2f}"', f'"{new:.2f}"')
        self.override(provider, path, money(old), money(new))

    def clear_overrides(self) -> None:
        """Serve the files as they are again."""
        with self._lock:
            self._overrides.clear()

    def render(self, provider: str, path: str) -> tuple[bytes, float] | None:
        """The body of ``path`` (text with origins filled in) and its modification time."""
        file = _locate(self.root / provider, path)
        if file is None:
            return None
        if file.suffix not in (".html", ".xml", ".txt", "") or file.name == "brochure.pdf":
            return file.read_bytes(), BASE_MODIFIED
        text = file.read_text(encoding="utf-8").replace("{{origin}}", self.origins[provider])
        for slug, origin in self.origins.items():
            text = text.replace(f"{{{{origin:{slug}}}}}", origin)
        modified = BASE_MODIFIED
        with self._lock:
            for old, new, when in self._overrides.get((provider, path), []):
                text, modified = text.replace(old, new), max(modified, when)
        encoding = "windows-1252" if 'charset="windows-1252"' in text else "utf-8"
        return text.encode(encoding), modified

    def log(self, entry: ServedRequest) -> None:
        with self._lock:
            self.requests.append(entry)


def _locate(root: Path, path: str) -> Path | None:
    rel = unquote(path).lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    file = (root / rel).resolve()
    if not file.is_relative_to(root.resolve()) or not file.is_file():
        return None
    return file


def _content_type(path: str, body: bytes) -> str:
    name = path.rsplit("/", 1)[-1]
    if name.endswith(".gz"):
        return "application/gzip"
    guessed = mimetypes.guess_type(name)[0] if "." in name else None
    media = guessed or "text/html"
    if media in _TEXT:
        charset = "windows-1252" if b'charset="windows-1252"' in body[:500] else "utf-8"
        return f"{media}; charset={charset}"
    return media


def _handler(site: DemoSite, provider: str) -> type[BaseHTTPRequestHandler]:
    class Handler(_DemoHandler):
        pass

    Handler.site = site
    Handler.provider = provider
    return Handler


class _DemoHandler(BaseHTTPRequestHandler):
    site: DemoSite
    provider: str
    protocol_version = "HTTP/1.1"
    server_version = "DemoTraining/1.0"

    def log_message(self, format: str, *args: object) -> None:
        logger.debug("%s " + format, self.provider, *args)

    def do_GET(self) -> None:
        if self.site.latency:
            time.sleep(self.site.latency)
        path = urlsplit(self.path).path
        rendered = self.site.render(self.provider, path)
        gzipped = rendered is None and path.endswith(".gz")
        if gzipped:
            rendered = self.site.render(self.provider, path[:-3])
        if rendered is None:
            return self._send(path, 404, b"<h1>Not found</h1>", "text/html; charset=utf-8", 0.0)
        body, modified = rendered
        if gzipped:
            body = gzip.compress(body, mtime=0)
        self._send(path, 200, body, _content_type(path, body), modified)

    def _not_modified(self, etag: str, modified: float) -> bool:
        match = self.headers.get("If-None-Match")
        if match is not None:
            return etag in [tag.strip() for tag in match.split(",")] or match.strip() == "*"
        since = self.headers.get("If-Modified-Since")
        if since is None:
            return False
        try:
            return parsedate_to_datetime(since).timestamp() >= int(modified)
        except (TypeError, ValueError):
            return False

    def _send(self, path: str, status: int, body: bytes, ctype: str, modified: float) -> None:
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        if status == 200 and self._not_modified(etag, modified):
            status, body = 304, b""
        headers = {"Content-Type": ctype, "ETag": etag,
                   "Last-Modified": format_datetime(_utc(modified), usegmt=True)}  # fmt: skip
        if body and ctype.startswith(_TEXT) and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, mtime=0)
            headers["Content-Encoding"] = "gzip"
            headers["Vary"] = "Accept-Encoding"
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and status != 304:
            self.wfile.write(body)
        agent = self.headers.get("User-Agent", "")
        self.site.log(ServedRequest(self.provider, self.path, status, time.monotonic(), agent))

    do_HEAD = do_GET


def _utc(timestamp: float) -> datetime:
    return datetime.fromtimestamp(int(timestamp), UTC)

"""HTTP fetching: one aiohttp session (or httpx client), per-host politeness, retries, size caps.

The fetcher archives every response it receives (each redirect hop and each retried attempt)
before returning it, so nothing reaches the pipeline that is not in the raw archive.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import aiohttp
import httpx
import yarl

from prospectus.crawl._archive import Headers, WarcArchive, stored_headers
from prospectus.crawl._models import CrawlConfig, CrawlStats
from prospectus.crawl._urls import host_of, try_canonicalise
from prospectus.errors import FetchError

logger = logging.getLogger(__name__)

REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY_AFTER = frozenset({429, 503})
_ACCEPT_ENCODING = "gzip, deflate"


@dataclass(frozen=True, slots=True)
class Conditional:
    """Validators from the last fetch and where its body was archived."""

    etag: str | None = None
    last_modified: str | None = None
    warc: tuple[str, int] | None = None


@dataclass(frozen=True, slots=True)
class Response:
    """One HTTP response, body decoded and capped, already archived."""

    url: str
    status: int
    headers: Headers
    body: bytes
    fetched_at: datetime
    warc: tuple[str, int]
    error: str | None = None  # set when the body was refused or cut short

    def header(self, name: str) -> str | None:
        """The first header called ``name`` (case-insensitive)."""
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


class HostGate:
    """At most ``concurrency`` requests at a time to one host, starts ``delay`` seconds apart."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self.delay = delay
        self._sem = asyncio.Semaphore(concurrency)
        self._lock = asyncio.Lock()
        self._next = 0.0

    def pause(self, seconds: float) -> None:
        """Send nothing to this host for ``seconds`` (Retry-After)."""
        self._next = max(self._next, time.monotonic() + seconds)

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold a request slot once this host may be asked again."""
        async with self._sem:
            async with self._lock:
                wait = self._next - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                self._next = time.monotonic() + self.delay
            yield


class _Decoder:
    """Content-Encoding decoding that never produces more than ``limit`` bytes."""

    def __init__(self, encoding: str, limit: int) -> None:
        encoding = encoding.strip().lower()
        self.limit = limit
        self._zlib = None
        if encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS)
        elif encoding not in ("", "identity"):
            raise FetchError(f"unsupported content-encoding {encoding!r}")

    def feed(self, raw: bytes, room: int) -> bytes:
        if self._zlib is None:
            return raw[: room + 1]
        try:
            return self._zlib.decompress(raw, room + 1)
        except zlib.error as exc:
            raise FetchError(f"bad {self._zlib!r} stream: {exc}") from exc


def build_client(config: CrawlConfig) -> httpx.AsyncClient:
    """An httpx client of a crawl: HTTP/1.1, our User-Agent, bounded connections."""
    limits = httpx.Limits(
        max_connections=config.concurrency, max_keepalive_connections=config.concurrency
    )
    timeout = httpx.Timeout(
        config.read_timeout, connect=config.connect_timeout, pool=config.total_timeout
    )
    headers = {"User-Agent": config.user_agent, "Accept-Encoding": _ACCEPT_ENCODING}
    return httpx.AsyncClient(
        http2=False, limits=limits, timeout=timeout, headers=headers, follow_redirects=False
    )  # fmt: skip


@dataclass(slots=True)
class _Exchange:
    """What one GET brought back, before archiving: the body decoded and capped."""

    status: int
    reason: str
    headers: Headers
    body: bytes
    truncated: str | None  # "length" when the body was cut at the cap
    refused: str | None  # why the body was not read (content type)
    downloaded: int  # body bytes on the wire
    request: tuple[str, Headers]  # request line and headers as sent


async def _read_body(
    chunks: AsyncIterator[bytes], encoding: str, cap: int
) -> tuple[bytes, str | None, int]:
    """The decoded body (at most ``cap`` bytes), whether it was cut, and the raw bytes read."""
    decoder = _Decoder(encoding, cap)
    parts: list[bytes] = []
    size = raw_size = 0
    async for raw in chunks:
        raw_size += len(raw)
        data = decoder.feed(raw, cap - size)
        size += len(data)
        parts.append(data)
        if size > cap:
            return b"".join(parts)[:cap], "length", raw_size
    return b"".join(parts) if len(parts) != 1 else parts[0], None, raw_size


def _first(headers: Headers, name: str) -> str:
    return next((v for k, v in headers if k == name), "")


def _decode_headers(raw: Iterable[tuple[bytes, bytes]]) -> Headers:
    """Header names lower case, all values ASCII, else UTF-8, else Latin-1 (as httpx does)."""
    pairs = tuple(raw)
    for encoding in ("ascii", "utf-8"):
        try:
            return tuple((k.decode(encoding).lower(), v.decode(encoding)) for k, v in pairs)
        except UnicodeDecodeError:
            continue
    return tuple((k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in pairs)


class _HttpxClient:
    """GETs through httpx's own transport."""

    def __init__(self, config: CrawlConfig) -> None:
        self._client = build_client(config)
        self._cap = config.max_body_bytes

    async def aclose(self) -> None:
        await self._client.aclose()

    async def get(
        self, url: str, headers: dict[str, str], content_types: tuple[str, ...] | None
    ) -> _Exchange:
        try:
            request = self._client.build_request("GET", url, headers=headers)
            response = await self._client.send(request, stream=True)
            try:
                got = tuple(response.headers.multi_items())
                refused = _refuse_type(response.status_code, got, content_types)
                body, truncated, raw = b"", None, 0
                if refused is None:
                    encoding = _first(got, "content-encoding")
                    body, truncated, raw = await _read_body(
                        response.aiter_raw(), encoding, self._cap
                    )
            finally:
                await response.aclose()
        except httpx.TimeoutException as exc:
            raise FetchError(f"timeout ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}") from exc
        sent = (f"GET {request.url.raw_path.decode('ascii')} HTTP/1.1",
                tuple(request.headers.multi_items()))  # fmt: skip
        return _Exchange(response.status_code, response.reason_phrase, got, body, truncated,
                         refused, response.num_bytes_downloaded or raw, sent)  # fmt: skip


class _AiohttpClient:
    """GETs straight through one aiohttp session (no httpx layer: far less work per request)."""

    def __init__(self, config: CrawlConfig) -> None:
        self._cap = config.max_body_bytes
        connector = aiohttp.TCPConnector(  # httpx's CA bundle (certifi), as before
            limit=config.concurrency, limit_per_host=0, ssl=httpx.create_ssl_context()
        )
        timeout = aiohttp.ClientTimeout(
            total=None, connect=config.total_timeout, sock_connect=config.connect_timeout,
            sock_read=config.read_timeout,
        )  # fmt: skip
        self._session = aiohttp.ClientSession(
            connector=connector, timeout=timeout, auto_decompress=False,
            cookie_jar=aiohttp.CookieJar(unsafe=True),
            headers={"User-Agent": config.user_agent, "Accept-Encoding": _ACCEPT_ENCODING},
        )  # fmt: skip

    async def aclose(self) -> None:
        await self._session.close()

    async def get(
        self, url: str, headers: dict[str, str], content_types: tuple[str, ...] | None
    ) -> _Exchange:
        try:
            target = yarl.URL(url, encoded=True)
            async with self._session.get(
                target, headers=headers or None, allow_redirects=False, compress=None
            ) as response:
                got = _decode_headers(response.raw_headers)
                refused = _refuse_type(response.status, got, content_types)
                body, truncated, raw = b"", None, 0
                if refused is None:
                    encoding = _first(got, "content-encoding")
                    body, truncated, raw = await _read_body(
                        response.content.iter_any(), encoding, self._cap
                    )
                info = response.request_info
        except (TimeoutError, aiohttp.ServerTimeoutError) as exc:
            raise FetchError(f"timeout ({type(exc).__name__})") from exc
        except (aiohttp.ClientError, ValueError) as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}") from exc
        sent = (f"GET {info.url.raw_path_qs} HTTP/1.1",
                tuple((k.lower(), v) for k, v in info.headers.items()))  # fmt: skip
        return _Exchange(response.status, response.reason or "", got, body, truncated,
                         refused, raw, sent)  # fmt: skip


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class Fetcher:
    """Fetches URLs politely through one client, archiving every response."""

    def __init__(self, config: CrawlConfig, archive: WarcArchive, stats: CrawlStats) -> None:
        self.config = config
        self._archive = archive
        self._stats = stats
        self._client: _HttpxClient | _AiohttpClient = (
            _AiohttpClient(config) if config.transport == "aiohttp" else _HttpxClient(config)
        )
        self._gates: dict[str, HostGate] = {}

    async def aclose(self) -> None:
        """Close the client."""
        await self._client.aclose()

    def gate(self, host: str) -> HostGate:
        """The politeness gate of ``host``."""
        if host not in self._gates:
            self._gates[host] = HostGate(self.config.per_host_concurrency, self.config.delay)
        return self._gates[host]

    def _backoff(self, attempt: int) -> float:
        span = min(self.config.backoff_max, self.config.backoff_base * 2 ** (attempt - 1))
        return span / 2 + random.uniform(0, span / 2)

    async def fetch(
        self, url: str, cond: Conditional | None = None,
        content_types: tuple[str, ...] | None = None, requested_url: str | None = None,
    ) -> Response:  # fmt: skip
        """GET ``url`` (no redirects), retrying transient failures; FetchError when all fail."""
        gate = self.gate(host_of(url))
        for attempt in range(1, self.config.max_attempts + 1):
            last = attempt == self.config.max_attempts
            try:
                async with gate.slot():
                    resp = await self._attempt(url, cond, content_types, requested_url or url)
            except FetchError as exc:
                if last:
                    raise
                logger.info("retrying %s after %s (attempt %d)", url, exc, attempt)
                self._stats.retries += 1
                await asyncio.sleep(self._backoff(attempt))
                continue
            if (resp.status < 500 and resp.status != 429) or last:
                return resp
            wait = retry_after(resp.header("retry-after")) if resp.status in _RETRY_AFTER else None
            if wait is not None and wait > self.config.max_retry_after:
                return resp
            self._stats.retries += 1
            logger.info("retrying %s after HTTP %d (attempt %d)", url, resp.status, attempt)
            if wait is not None:
                gate.pause(wait)
            else:
                await asyncio.sleep(self._backoff(attempt))
        raise AssertionError("unreachable")  # pragma: no cover

    async def _attempt(
        self, url: str, cond: Conditional | None,
        content_types: tuple[str, ...] | None, requested_url: str,
    ) -> Response:  # fmt: skip
        headers = {}
        if cond is not None and cond.etag:
            headers["If-None-Match"] = cond.etag
        if cond is not None and cond.last_modified:
            headers["If-Modified-Since"] = cond.last_modified
        self._stats.requests += 1
        try:
            async with asyncio.timeout(self.config.total_timeout):
                got = await self._client.get(url, headers, content_types)
        except TimeoutError as exc:
            raise FetchError(f"timeout after {self.config.total_timeout:g}s in total") from exc
        return await self._archived(url, got, cond, requested_url)

    async def _archived(
        self, url: str, got: _Exchange, cond: Conditional | None, requested_url: str
    ) -> Response:
        stats = self._stats
        stats.bytes_received += got.downloaded
        stats.statuses[got.status] += 1
        error = got.refused
        if got.truncated:
            error = f"body larger than {self.config.max_body_bytes} bytes (cut at cap)"
        body = got.body
        if got.status == 304 and cond is not None and cond.warc is not None:
            warc = self._archive.write_revisit(url, got.headers, cond.warc, requested_url)
        else:
            warc = await self._archive.write_exchange(
                got.request, (url, got.status, got.reason, got.headers, body),
                requested_url=requested_url, error=error,
                truncated=got.truncated or ("unspecified" if error else None),
            )  # fmt: skip
        logger.info("GET %s -> %d (%d bytes)", url, got.status, len(body))
        kept = tuple(stored_headers(got.headers, len(body)))
        return Response(url, got.status, kept, body, datetime.now(UTC), warc, error)

    async def follow(
        self, url: str, cond_for: Callable[[str], Conditional | None],
        check: Callable[[str], Awaitable[str | None]], content_types: tuple[str, ...] | None,
    ) -> tuple[list[Response], str | None]:  # fmt: skip
        """Fetch ``url`` following redirects; return the responses and why it stopped early.

        ``check`` vets each redirect target (scope, robots) and returns a refusal reason.
        """
        responses: list[Response] = []
        seen = {url}
        current = url
        for _ in range(self.config.max_redirects + 1):
            resp = await self.fetch(current, cond_for(current), content_types, url)
            responses.append(resp)
            location = resp.header("location")
            if resp.status not in REDIRECTS or not location:
                return responses, None
            target = try_canonicalise(location, base=current)
            if target is None:
                return responses, f"redirect to a non-http(s) URL: {location[:200]}"
            if target in seen:
                return responses, f"redirect loop at {target}"
            refusal = await check(target)
            if refusal:
                return responses, f"redirect to {target} refused: {refusal}"
            seen.add(target)
            current = target
        return responses, f"more than {self.config.max_redirects} redirects"


def _refuse_type(
    status: int, headers: Headers, content_types: tuple[str, ...] | None
) -> str | None:
    if content_types is None or not 200 <= status < 300:
        return None
    value = next((v for k, v in headers if k.lower() == "content-type"), "")
    media = value.split(";")[0].strip().lower()
    if media and media not in content_types:
        return f"skipped content type {media}"
    return None

"""HTTP fetching: one async httpx client, per-host politeness, retries with backoff, size caps.

The fetcher archives every response it receives (each redirect hop and each retried attempt)
before returning it, so nothing reaches the pipeline that is not in the raw archive.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from prospectus.crawl._archive import Headers, WarcArchive, stored_headers
from prospectus.crawl._models import CrawlConfig, CrawlStats
from prospectus.crawl._urls import host_of, try_canonicalise
from prospectus.errors import FetchError

logger = logging.getLogger(__name__)

REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY_AFTER = frozenset({429, 503})


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
    """The one HTTP client of a crawl: HTTP/1.1, our User-Agent, bounded connections."""
    limits = httpx.Limits(
        max_connections=config.concurrency, max_keepalive_connections=config.concurrency
    )
    timeout = httpx.Timeout(
        config.read_timeout, connect=config.connect_timeout, pool=config.total_timeout
    )
    headers = {"User-Agent": config.user_agent, "Accept-Encoding": "gzip, deflate"}
    transport: httpx.AsyncBaseTransport | None = None
    if config.transport == "aiohttp":
        from httpx_aiohttp import AiohttpTransport

        transport = AiohttpTransport(limits=limits)
    return httpx.AsyncClient(
        http2=False, limits=limits, timeout=timeout, headers=headers,
        follow_redirects=False, transport=transport,
    )  # fmt: skip


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
        self._client = build_client(config)
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
        request = self._client.build_request("GET", url, headers=headers)
        self._stats.requests += 1
        try:
            async with asyncio.timeout(self.config.total_timeout):
                return await self._exchange(request, cond, content_types, requested_url)
        except TimeoutError as exc:
            raise FetchError(f"timeout after {self.config.total_timeout:g}s in total") from exc
        except httpx.TimeoutException as exc:
            raise FetchError(f"timeout ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}") from exc

    async def _exchange(
        self, request: httpx.Request, cond: Conditional | None,
        content_types: tuple[str, ...] | None, requested_url: str,
    ) -> Response:  # fmt: skip
        response = await self._client.send(request, stream=True)
        try:
            headers = tuple(response.headers.multi_items())
            error = _refuse_type(response.status_code, headers, content_types)
            body, truncated = b"", None
            if error is None:
                body, truncated = await self._read_body(response)
                if truncated:
                    error = f"body larger than {self.config.max_body_bytes} bytes (cut at cap)"
        finally:
            await response.aclose()
        self._stats.bytes_received += response.num_bytes_downloaded
        self._stats.statuses[response.status_code] += 1
        url = str(request.url)
        req = (f"GET {request.url.raw_path.decode('ascii')} HTTP/1.1",
               tuple(request.headers.multi_items()))  # fmt: skip
        if response.status_code == 304 and cond is not None and cond.warc is not None:
            warc = self._archive.write_revisit(url, headers, cond.warc, requested_url)
        else:
            resp = (url, response.status_code, response.reason_phrase, headers, body)
            warc = await self._archive.write_exchange(
                req, resp, requested_url=requested_url, error=error,
                truncated=truncated or ("unspecified" if error else None),
            )  # fmt: skip
        logger.info("GET %s -> %d (%d bytes)", url, response.status_code, len(body))
        stamp = datetime.now(UTC)
        kept = tuple(stored_headers(headers, len(body)))
        return Response(url, response.status_code, kept, body, stamp, warc, error)

    async def _read_body(self, response: httpx.Response) -> tuple[bytes, str | None]:
        cap = self.config.max_body_bytes
        decoder = _Decoder(response.headers.get("content-encoding", ""), cap)
        chunks: list[bytes] = []
        size = 0
        async for raw in response.aiter_raw():
            data = decoder.feed(raw, cap - size)
            size += len(data)
            chunks.append(data)
            if size > cap:
                return b"".join(chunks)[:cap], "length"
        return b"".join(chunks), None

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

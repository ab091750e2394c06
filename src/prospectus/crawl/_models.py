"""Values the crawler takes and gives: its configuration, the documents it fetched, its counters."""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

DEFAULT_USER_AGENT = "prospectus/0.1 (+https://example.org/prospectus-crawler)"

SKIP_EXTENSIONS = (
    ".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".zip", ".gz",
    ".tar", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".mp3", ".mp4", ".avi",
    ".mov", ".css", ".js", ".woff", ".woff2", ".ttf", ".exe", ".dmg",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CrawlConfig:
    """Every knob of one crawl; library functions take this, never the settings object."""

    user_agent: str = DEFAULT_USER_AGENT  # sent with every request; include a contact URL
    state_path: Path = Path("data/crawlstate.sqlite")  # frontier + per-URL state (SQLite)
    archive_dir: Path = Path("data/raw")  # WARC files land here
    max_pages: int | None = None  # documents handed on per run at most (None: no limit)
    max_depth: int = 10  # links followed away from a start URL at most
    concurrency: int = 16  # requests in flight overall
    per_host_concurrency: int = 2  # requests in flight per host
    delay: float = 1.0  # seconds between request starts to one host
    max_crawl_delay: float = 10.0  # a robots.txt Crawl-delay above this is capped
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # seconds without a byte from the server
    total_timeout: float = 60.0  # seconds for a whole request, body included
    max_attempts: int = 3  # tries per request (timeouts, connection errors, 5xx, 429)
    backoff_base: float = 0.5  # first retry waits about this long, doubling each time
    backoff_max: float = 30.0
    max_retry_after: float = 120.0  # a longer Retry-After gives up on the URL
    robots_attempts: int = 3  # robots.txt 5xx/unreachable this often: host off limits
    max_body_bytes: int = 5 * 1024 * 1024  # after decompression; larger bodies are cut
    max_redirects: int = 5
    max_per_pattern: int = 200  # URLs per digits-masked pattern per run (trap bound)
    max_url_length: int = 2000
    use_sitemaps: bool = True
    max_sitemaps: int = 50  # sitemap files read per host
    use_lastmod: bool = True  # skip a URL whose sitemap lastmod predates our last fetch
    allowed_content_types: tuple[str, ...] = ("text/html", "application/xhtml+xml", "text/plain")
    skip_extensions: tuple[str, ...] = SKIP_EXTENSIONS  # recorded as skipped, never requested
    transport: str = "aiohttp"  # "aiohttp" (one aiohttp session, much faster) or "httpx"
    warc_max_bytes: int = 1024 * 1024 * 1024  # start a new WARC file past this size
    warc_gzip_level: int = 1  # zlib level of each WARC record's gzip member (1: fastest, and
    # on real HTML ~19% larger than 6; compression was the largest per-page cost)

    def replace(self, **changes: object) -> CrawlConfig:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class FetchedDocument:
    """One URL's outcome, handed to the pipeline's callback and yielded by ``iter_archive``.

    ``unchanged`` is true when the server answered 304 (or the sitemap's lastmod showed no change):
    ``body`` is then the archived body and ``warc_file``/``warc_offset`` point at that archived
    response. A failure or a skipped URL has ``error`` set and an empty body.
    """

    url: str
    final_url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    warc_file: str | None = None
    warc_offset: int | None = None
    unchanged: bool = False
    error: str | None = None
    depth: int = 0
    canonical_url: str | None = None

    @property
    def content_type(self) -> str:
        """The media type from Content-Type, lower case, without parameters."""
        return self.header("content-type", "").split(";")[0].strip().lower()

    def header(self, name: str, default: str = "") -> str:
        """The first header called ``name`` (case-insensitive)."""
        name = name.lower()
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return default


@dataclass(slots=True)
class CrawlStats:
    """Counters of one crawl run; the library updates them, the CLI shows them."""

    run_id: int = 0
    resumed: bool = False
    queued: int = 0
    done: int = 0
    fetched: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0
    duplicates: int = 0
    offsite: int = 0
    requests: int = 0
    retries: int = 0
    bytes_received: int = 0
    started_at: float = 0.0
    finished_at: float | None = None
    statuses: Counter[int] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)

    @property
    def elapsed(self) -> float:
        """Seconds since the run started (to its end once finished)."""
        end = self.finished_at if self.finished_at is not None else time.monotonic()
        return max(0.0, end - self.started_at)

    @property
    def rate(self) -> float:
        """Documents delivered per second."""
        return self.done / self.elapsed if self.elapsed else 0.0

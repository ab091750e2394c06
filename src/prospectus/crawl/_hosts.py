"""Per-host knowledge of a crawl: robots.txt (read before anything else) and sitemaps."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from urllib.parse import urlsplit

from prospectus.crawl._archive import read_archived
from prospectus.crawl._fetch import Conditional, Fetcher
from prospectus.crawl._frontier import Frontier
from prospectus.crawl._models import CrawlConfig, CrawlStats
from prospectus.crawl._robots import RobotsPolicy, load_robots
from prospectus.crawl._sitemaps import parse_sitemap
from prospectus.crawl._urls import host_of, try_canonicalise
from prospectus.errors import FetchError

logger = logging.getLogger(__name__)

# Called with the (url as written, lastmod) pairs a sitemap lists.
SitemapSink = Callable[[list[tuple[str, str | None]]], None]


class Hosts:
    """Loads each host's robots.txt once (under a lock) and then its sitemaps."""

    def __init__(
        self, config: CrawlConfig, fetcher: Fetcher, frontier: Frontier, stats: CrawlStats,
        in_scope: Callable[[str], bool], on_sitemap_urls: SitemapSink,
    ) -> None:  # fmt: skip
        self.config = config
        self._fetcher = fetcher
        self._frontier = frontier
        self._stats = stats
        self._in_scope = in_scope
        self._sink = on_sitemap_urls
        self._policies: dict[str, RobotsPolicy] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def policy(self, url: str) -> RobotsPolicy:
        """The robots policy of ``url``'s host, loading it (and its sitemaps) on first use."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        known = self._policies.get(origin)
        if known is not None:
            return known
        async with self._locks.setdefault(origin, asyncio.Lock()):
            if origin not in self._policies:
                self._policies[origin] = await self._load(origin)
        return self._policies[origin]

    async def _load(self, origin: str) -> RobotsPolicy:
        cfg = self.config
        policy = await load_robots(origin, self.get, cfg.robots_attempts, cfg.backoff_base)
        delay = policy.crawl_delay(cfg.user_agent)
        if delay is not None:
            gate = self._fetcher.gate(host_of(origin + "/"))
            gate.delay = max(cfg.delay, min(delay, cfg.max_crawl_delay))
            logger.info("%s asks for Crawl-delay %s; using %.2fs", origin, delay, gate.delay)
        if policy.refusal is not None:
            self._stats.reasons[policy.refusal] += 1
        elif cfg.use_sitemaps:
            await self._read_sitemaps(origin, policy)
        return policy

    async def get(self, url: str) -> tuple[int, bytes]:
        """Fetch a robots.txt or sitemap URL, conditionally, following redirects."""
        etag, modified, warc_file, offset = self._frontier.meta(url)
        cond = None
        if warc_file is not None and offset is not None:
            cond = Conditional(etag, modified, (warc_file, offset))

        async def anywhere(target: str) -> str | None:
            return None

        responses, stop = await self._fetcher.follow(
            url, lambda u: cond if u == url else None, anywhere, None
        )
        final = responses[-1]
        if stop is not None:
            return 310, b""  # RFC 9309: too many redirects counts as unavailable
        if final.status == 304 and cond is not None and cond.warc is not None:
            return 200, read_archived(self.config.archive_dir, *cond.warc).body
        if 200 <= final.status < 300 and final.error is None:
            self._frontier.store_meta(
                url, final.header("etag"), final.header("last-modified"), final.warc
            )
        return final.status, final.body

    async def _read_sitemaps(self, origin: str, policy: RobotsPolicy) -> None:
        todo = [*policy.sitemaps, origin + "/sitemap.xml"]
        seen: set[str] = set()
        while todo and len(seen) < self.config.max_sitemaps:
            url = try_canonicalise(todo.pop(0))
            if url is None or url in seen or not self._in_scope(url):
                continue
            seen.add(url)
            try:
                status, body = await self.get(url)
                if status != 200:
                    continue
                sitemap = parse_sitemap(body, self.config.max_body_bytes)
            except (FetchError, ValueError) as exc:
                logger.warning("sitemap %s unusable: %s", url, exc)
                self._stats.reasons["sitemap unusable"] += 1
                continue
            todo.extend(sitemap.sitemaps)
            self._sink(list(sitemap.urls))

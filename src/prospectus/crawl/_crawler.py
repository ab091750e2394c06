"""The crawl engine: takes URLs from the frontier, fetches them politely, hands documents on.

Every URL that enters the frontier in a run reaches ``on_document`` exactly once — fetched,
unchanged, failed or skipped, with the reason in ``error`` — unless it turns out to be the same
page as one already handed on (a redirect or rel=canonical alias), which is counted as a
duplicate. A URL is marked done only after the callback returns, so a crash loses nothing.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

from prospectus.crawl._archive import WarcArchive, read_archived
from prospectus.crawl._fetch import Conditional, Fetcher, Response
from prospectus.crawl._frontier import COMMIT_SECONDS, Frontier, UrlState
from prospectus.crawl._hosts import Hosts
from prospectus.crawl._links import extract_links
from prospectus.crawl._models import CrawlConfig, CrawlStats, FetchedDocument
from prospectus.crawl._sitemaps import parse_lastmod
from prospectus.crawl._urls import canonicalise, looks_like_trap, site_of, trap_pattern
from prospectus.errors import FetchError, InputError

logger = logging.getLogger(__name__)

DocumentCallback = Callable[[FetchedDocument], Awaitable[None]]
ProgressCallback = Callable[[CrawlStats], None]
_HTML = ("text/html", "application/xhtml+xml")


def _now() -> datetime:
    return datetime.now(UTC)


def _failure(state: UrlState, error: str, status: int = 0) -> FetchedDocument:
    return FetchedDocument(
        url=state.url, final_url=state.url, status=status, headers=(), body=b"",
        fetched_at=_now(), error=error, depth=state.depth,
    )  # fmt: skip


class Crawl:
    """One crawl run over a frontier file; ``run`` does the work."""

    def __init__(
        self, seeds: Sequence[str], config: CrawlConfig,
        on_document: DocumentCallback | None, on_progress: ProgressCallback | None,
    ) -> None:  # fmt: skip
        if not seeds:
            raise InputError("no start URL given")
        self.seeds = [canonicalise(url) for url in seeds]
        self.config = config
        self.stats = CrawlStats()
        self._scope = frozenset(site_of(url) for url in self.seeds)
        self._on_document = on_document
        self._on_progress = on_progress

    def in_scope(self, url: str) -> bool:
        """Whether ``url`` belongs to one of the start URLs' sites."""
        return site_of(url) in self._scope

    async def run(self) -> CrawlStats:
        """Crawl until the frontier is empty or ``max_pages`` documents were handed on."""
        stats = self.stats
        stats.started_at = time.monotonic()
        self._frontier = Frontier(self.config.state_path)
        try:
            stats.resumed = self._frontier.begin(self.seeds)
            stats.run_id = self._frontier.run
            archive = WarcArchive(
                self.config.archive_dir, stats.run_id, self.config.warc_max_bytes,
                self.config.warc_gzip_level,
            )  # fmt: skip
            self._fetcher = Fetcher(self.config, archive, stats)
            self._hosts = Hosts(
                self.config, self._fetcher, self._frontier, stats, self.in_scope,
                lambda found: self._discover(found, 1, "sitemap"),
            )  # fmt: skip
            try:
                if not stats.resumed:
                    self._discover([(url, None) for url in self.seeds], 0, "start")
                stats.done = self._frontier.count("done")
                stats.queued = self._frontier.count("queued")
                logger.info("run %d %s", stats.run_id, "resumed" if stats.resumed else "started")
                await self._dispatch()
                self._frontier.finish()
            finally:
                await self._fetcher.aclose()
                archive.close()
        finally:
            self._frontier.close()
            stats.finished_at = time.monotonic()
        return stats

    async def _dispatch(self) -> None:
        active: dict[asyncio.Task[None], str] = {}
        load: Counter[str] = Counter()
        limit = self.config.max_pages
        try:
            while True:
                room = self.config.concurrency - len(active)
                if limit is not None:
                    room = min(room, limit - self.stats.done - len(active))
                for state, host in self._pick(load, room):
                    active[asyncio.create_task(self._process(state))] = host
                    load[host] += 1
                if not active:
                    return
                # Done marks are group-committed; an idle spell commits them too.
                timeout = COMMIT_SECONDS if self._frontier.pending else None
                finished, _ = await asyncio.wait(
                    active, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
                )
                for task in finished:
                    load[active.pop(task)] -= 1
                    task.result()
                self._frontier.commit()
        finally:
            for task in active:
                task.cancel()
            await asyncio.gather(*active, return_exceptions=True)

    def _pick(self, load: Counter[str], room: int) -> list[tuple[UrlState, str]]:
        chosen: list[tuple[UrlState, str]] = []
        cap = self.config.per_host_concurrency
        while len(chosen) < room:
            busy = [host for host, n in load.items() if n >= cap]
            rows = self._frontier.peek(busy, (room - len(chosen)) * 4)
            picked: list[tuple[UrlState, str]] = []
            for state, host in rows:
                if load[host] < cap and len(chosen) + len(picked) < room:
                    load[host] += 1
                    picked.append((state, host))
            if not picked:
                break
            chosen += picked
            self._frontier.take(state.url for state, _ in picked)
        for _, host in chosen:
            load[host] -= 1
        self.stats.queued -= len(chosen)
        return chosen

    async def _process(self, state: UrlState) -> None:
        aliases: list[str] = []
        doc = await self._obtain(state, aliases)
        if doc is None:
            self.stats.duplicates += 1
            return
        if self._on_document is not None:
            await self._on_document(doc)
        for url in (state.url, *aliases):
            self._frontier.complete(url, doc.status, doc.error, doc.fetched_at.isoformat())
        self._count(doc)

    def _count(self, doc: FetchedDocument) -> None:
        stats = self.stats
        stats.done += 1
        if doc.error is None:
            stats.unchanged += doc.unchanged
            stats.fetched += not doc.unchanged
        elif doc.error.startswith(("skipped", "blocked")):
            stats.skipped += 1
            stats.reasons[doc.error.split(" (")[0]] += 1
        else:
            stats.failed += 1
            stats.reasons[doc.error if doc.error.startswith("HTTP") else doc.error[:60]] += 1
        if self._on_progress is not None:
            self._on_progress(stats)

    async def _obtain(self, state: UrlState, aliases: list[str]) -> FetchedDocument | None:
        policy = await self._hosts.policy(state.url)
        if not policy.allows(state.url, self.config.user_agent):
            return _failure(state, policy.refusal or "blocked by robots.txt")
        path = urlsplit(state.url).path.lower()
        if path.endswith(self.config.skip_extensions):
            return _failure(state, f"skipped by extension ({path.rsplit('.', 1)[-1]})")
        if self._unchanged_since_lastmod(state):
            return self._from_archive(state, state.url, _now())
        try:
            responses, stop = await self._fetcher.follow(
                state.url, self._conditional, self._check_redirect,
                self.config.allowed_content_types,
            )  # fmt: skip
        except FetchError as exc:
            return _failure(state, str(exc))
        final = responses[-1]
        if stop is not None:
            return _failure(state, stop, final.status)
        if final.url != state.url:
            if not self._frontier.claim(final.url, state.depth):
                self._frontier.mark_duplicate(state.url, final.url)
                return None
            aliases.append(final.url)
        doc = self._document(state, final)
        return self._follow_links(doc, state, aliases)

    def _document(self, state: UrlState, final: Response) -> FetchedDocument:
        if final.status == 304:
            return self._from_archive(state, final.url, final.fetched_at)
        if final.error is not None or not 200 <= final.status < 300:
            doc = _failure(state, final.error or f"HTTP {final.status}", final.status)
            return replace(doc, final_url=final.url, headers=final.headers)
        etag, modified = final.header("etag"), final.header("last-modified")
        self._frontier.store_body(final.url, etag, modified, final.warc)
        return FetchedDocument(
            url=state.url, final_url=final.url, status=final.status, headers=final.headers,
            body=final.body, fetched_at=final.fetched_at, etag=etag, last_modified=modified,
            warc_file=final.warc[0], warc_offset=final.warc[1], depth=state.depth,
        )  # fmt: skip

    def _from_archive(self, state: UrlState, final_url: str, when: datetime) -> FetchedDocument:
        known = self._frontier.lookup(final_url)
        if known is None or known.warc_file is None or known.warc_offset is None:
            return _failure(state, "304 Not Modified but no archived copy", 304)
        old = read_archived(self.config.archive_dir, known.warc_file, known.warc_offset)
        return replace(
            old, url=state.url, final_url=final_url, status=304, fetched_at=when,
            unchanged=True, depth=state.depth,
        )  # fmt: skip

    def _follow_links(
        self, doc: FetchedDocument, state: UrlState, aliases: list[str]
    ) -> FetchedDocument | None:
        if doc.error is not None or doc.content_type not in _HTML:
            return doc
        page = extract_links(doc.body, doc.final_url, doc.header("content-type"))
        canonical = page.canonical
        if canonical and canonical != doc.final_url and self.in_scope(canonical):
            if canonical not in aliases and not self._frontier.claim(canonical, state.depth):
                self._frontier.mark_duplicate(state.url, canonical)
                return None
            aliases.append(canonical)
            doc = replace(doc, canonical_url=canonical)
        links = [(link, None) for link in page.links]
        self._discover(links, state.depth + 1, doc.final_url, canonical=True)
        return doc

    def _unchanged_since_lastmod(self, state: UrlState) -> bool:
        if not (self.config.use_lastmod and state.warc_file and state.fetched_at):
            return False
        lastmod = parse_lastmod(state.sitemap_lastmod)
        return lastmod is not None and lastmod < datetime.fromisoformat(state.fetched_at)

    def _conditional(self, url: str) -> Conditional | None:
        known = self._frontier.lookup(url)
        if known is None or known.warc_file is None or known.warc_offset is None:
            return None
        return Conditional(known.etag, known.last_modified, (known.warc_file, known.warc_offset))

    async def _check_redirect(self, target: str) -> str | None:
        if not self.in_scope(target):
            return "out of scope"
        policy = await self._hosts.policy(target)
        if not policy.allows(target, self.config.user_agent):
            return policy.refusal or "blocked by robots.txt"
        return None

    def _discover(
        self, found: Iterable[tuple[str, str | None]], depth: int, on: str,
        canonical: bool = False,
    ) -> None:  # fmt: skip
        items: list[tuple[str, int, str | None]] = []
        for raw, lastmod in found:
            if canonical:
                url = raw
            else:
                try:
                    url = canonicalise(raw)
                except InputError:
                    continue
            if not self.in_scope(url):
                self.stats.offsite += self._frontier.record_offsite(url, on)
            elif depth > self.config.max_depth:
                self.stats.reasons["trap: deeper than max depth"] += 1
            elif not self._frontier.seen(url):
                why = looks_like_trap(url, self.config.max_url_length)
                if why is None and self._frontier.hit_pattern(trap_pattern(url)) > (
                    self.config.max_per_pattern
                ):
                    why = "too many URLs of one pattern"
                if why is not None:
                    self.stats.reasons[f"trap: {why}"] += 1
                    continue
                items.append((url, depth, lastmod))
        self.stats.queued += len(self._frontier.enqueue(items))


async def crawl(
    start_urls: Sequence[str], config: CrawlConfig,
    on_document: DocumentCallback | None = None, on_progress: ProgressCallback | None = None,
) -> CrawlStats:  # fmt: skip
    """Crawl the sites of ``start_urls``; every document goes to ``on_document`` (after archiving).

    Resumes the previous run when it was interrupted with the same start URLs. Raises
    InputError for a start URL that is not an absolute http(s) URL.
    """
    return await Crawl(start_urls, config, on_document, on_progress).run()


def run_crawl(
    start_urls: Sequence[str], config: CrawlConfig,
    on_document: DocumentCallback | None = None, on_progress: ProgressCallback | None = None,
) -> CrawlStats:  # fmt: skip
    """``crawl`` for synchronous callers (runs its own event loop)."""
    return asyncio.run(crawl(start_urls, config, on_document, on_progress))

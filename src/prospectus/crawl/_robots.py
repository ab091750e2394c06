"""robots.txt per RFC 9309, parsed by protego.

2xx: obey it. 4xx (404 included): everything allowed. 5xx or no answer: wait and ask again;
after ``attempts`` tries the host counts as disallowed for the whole run.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from protego import Protego

from prospectus.errors import FetchError

logger = logging.getLogger(__name__)

MAX_ROBOTS_BYTES = 500 * 1024

# Fetch a URL (following redirects) and return (status, body); raises FetchError.
Getter = Callable[[str], Awaitable[tuple[int, bytes]]]


@dataclass(frozen=True, slots=True)
class RobotsPolicy:
    """What one host's robots.txt lets us do."""

    parser: Protego | None = None
    refusal: str | None = None  # set when the whole host is off limits for this run
    sitemaps: tuple[str, ...] = field(default=())

    def allows(self, url: str, agent: str) -> bool:
        """Whether ``agent`` may fetch ``url``."""
        if self.refusal is not None:
            return False
        return self.parser is None or bool(self.parser.can_fetch(url, agent))

    def crawl_delay(self, agent: str) -> float | None:
        """The Crawl-delay for ``agent``, if the file sets one."""
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(agent)
        return float(delay) if delay is not None else None


def parse_robots(body: bytes) -> RobotsPolicy:
    """A policy from robots.txt bytes (only the first 500 KiB count, per RFC 9309)."""
    text = body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
    parser = Protego.parse(text)
    return RobotsPolicy(parser=parser, sitemaps=tuple(parser.sitemaps))


async def load_robots(origin: str, get: Getter, attempts: int, backoff: float) -> RobotsPolicy:
    """Fetch and interpret ``origin``/robots.txt."""
    url = origin + "/robots.txt"
    reason = "no answer"
    for attempt in range(1, attempts + 1):
        try:
            status, body = await get(url)
        except FetchError as exc:
            status, body, reason = 0, b"", str(exc)
        if 200 <= status < 300:
            return parse_robots(body)
        if 300 <= status < 500:
            logger.info("%s answered %d: everything allowed", url, status)
            return RobotsPolicy()
        if status >= 500:
            reason = f"HTTP {status}"
        if attempt < attempts:
            logger.warning("%s unavailable (%s); waiting before asking again", url, reason)
            await asyncio.sleep(backoff * 2 ** (attempt - 1))
    logger.warning("%s unreachable after %d tries (%s): host disallowed", url, attempts, reason)
    return RobotsPolicy(refusal=f"robots.txt unreachable ({reason})")

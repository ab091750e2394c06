"""Fixtures for crawler tests: real servers on 127.0.0.1 and a fast crawl configuration."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from faultserver import FaultServer

from prospectus.crawl import CrawlConfig
from prospectus.demo.server import DemoSite


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as srv:
        yield srv


@pytest.fixture
def other_server() -> Iterator[FaultServer]:
    with FaultServer() as srv:
        yield srv


@pytest.fixture
def demo() -> Iterator[DemoSite]:
    with DemoSite() as site:
        yield site


@pytest.fixture
def config(tmp_path: Path) -> CrawlConfig:
    """No politeness delays, quick retries and timeouts: tests stay fast."""
    return CrawlConfig(
        user_agent="prospectus-test/0.1 (+https://example.org/test)",
        state_path=tmp_path / "state.sqlite", archive_dir=tmp_path / "raw",
        delay=0.0, max_crawl_delay=0.0, backoff_base=0.05, backoff_max=0.2,
        connect_timeout=2.0, read_timeout=2.0, total_timeout=5.0, max_retry_after=5.0,
    )  # fmt: skip

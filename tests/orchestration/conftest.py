"""One Prefect test harness (a temporary server and database) for every flow test, and the
bundled demo site on loopback ports that stay put across the session."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from prospectus.demo.server import DemoSite


@pytest.fixture(scope="session", autouse=True)
def prefect_harness() -> Iterator[None]:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture()
def demo_site() -> Iterator[DemoSite]:
    with DemoSite() as site:
        yield site

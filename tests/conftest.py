"""Shared fixtures: where the shared data set lives; the property tests' settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# The suite's property tests draw the same examples on every run, so that a test run (CI's
# too) passes or fails for the code alone; HYPOTHESIS_PROFILE=explore draws new ones each
# time, to look for inputs that break extraction.  No deadline: an example slow on a busy
# machine is no failure (speed is measured in benchmarks/, never asserted in tests).
settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.register_profile("explore", derandomize=False, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED

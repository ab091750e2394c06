"""Quality gate: extraction scores on the labelled pages in ../shared must not drop.

Runs the shared scorer exactly as acceptance does, over the real command line.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
FLOORS = {"samples": 0.97, "devset": 0.92}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_score_stays_above_its_floor(folder: str) -> None:
    scorer = SHARED / "tools" / "score_extract.py"
    if not scorer.is_file():
        pytest.skip("the shared scorer is not beside the project")
    command = f"{sys.executable} -m prospectus extract --format jsonl"
    proc = subprocess.run(
        [sys.executable, str(scorer), str(SHARED / folder), "--cmd", command],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    last = proc.stdout.strip().splitlines()[-1]
    match = re.search(r"score (\d\.\d+)", last)
    assert match, proc.stdout + proc.stderr
    assert float(match.group(1)) >= FLOORS[folder], last

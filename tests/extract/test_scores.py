"""Quality gate: extraction scores on the labelled pages in ../shared must not drop.

Runs the shared scorer exactly as acceptance does, over the real command line.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared"
# The shared labelled sets, and our own held-out sets (labelled by people who did not
# read the extractor), and realset: real pages from ../shared/corpus, hand-labelled.
# holdout..holdout42, holdout44..holdout47 and realset have since been used to find weaknesses,
# so they guard against regressions rather than measure generalisation; the newest held-out
# sets are kept blind until tuned on (measured by hand, never tuned against: holdout43,
# holdout48 and holdout49 at the moment) and are not gated here.
FOLDERS = {
    "samples": (SHARED / "samples", 0.97),
    "devset": (SHARED / "devset", 0.92),
    "holdout": (HERE / "holdout", 0.95),
    "holdout2": (HERE / "holdout2", 0.93),
    "holdout3": (HERE / "holdout3", 0.97),
    "holdout4": (HERE / "holdout4", 0.95),
    "holdout5": (HERE / "holdout5", 0.97),
    "holdout6": (HERE / "holdout6", 0.95),
    "holdout7": (HERE / "holdout7", 0.97),
    "holdout8": (HERE / "holdout8", 0.97),
    "holdout9": (HERE / "holdout9", 0.95),
    "holdout10": (HERE / "holdout10", 0.95),
    "holdout11": (HERE / "holdout11", 0.97),
    "holdout12": (HERE / "holdout12", 0.95),
    "holdout13": (HERE / "holdout13", 0.97),
    "holdout14": (HERE / "holdout14", 0.97),
    "holdout15": (HERE / "holdout15", 0.93),
    "holdout16": (HERE / "holdout16", 0.97),
    "holdout17": (HERE / "holdout17", 0.97),
    "holdout18": (HERE / "holdout18", 0.97),
    "holdout19": (HERE / "holdout19", 0.97),
    "holdout20": (HERE / "holdout20", 0.97),
    "holdout21": (HERE / "holdout21", 0.97),
    "holdout22": (HERE / "holdout22", 0.97),
    "holdout23": (HERE / "holdout23", 0.97),
    "holdout24": (HERE / "holdout24", 0.97),
    "holdout25": (HERE / "holdout25", 0.97),
    "holdout26": (HERE / "holdout26", 0.97),
    "holdout27": (HERE / "holdout27", 0.97),
    "holdout28": (HERE / "holdout28", 0.97),
    "holdout29": (HERE / "holdout29", 0.97),
    "holdout30": (HERE / "holdout30", 0.97),
    "holdout31": (HERE / "holdout31", 0.97),
    "holdout32": (HERE / "holdout32", 0.97),
    "holdout33": (HERE / "holdout33", 0.97),
    "holdout34": (HERE / "holdout34", 0.97),
    "holdout35": (HERE / "holdout35", 0.97),
    "holdout36": (HERE / "holdout36", 0.97),
    "holdout37": (HERE / "holdout37", 0.97),
    "holdout38": (HERE / "holdout38", 0.97),
    "holdout39": (HERE / "holdout39", 0.97),
    "holdout40": (HERE / "holdout40", 0.97),
    "holdout41": (HERE / "holdout41", 0.97),
    "holdout42": (HERE / "holdout42", 0.97),
    "holdout44": (HERE / "holdout44", 0.97),
    "holdout45": (HERE / "holdout45", 0.97),
    "holdout46": (HERE / "holdout46", 0.97),
    "holdout47": (HERE / "holdout47", 0.97),
    "realset": (HERE / "realset", 0.95),
}


@pytest.mark.parametrize("name", sorted(FOLDERS))
def test_score_stays_above_its_floor(name: str) -> None:
    scorer = SHARED / "tools" / "score_extract.py"
    folder, floor = FOLDERS[name]
    if not scorer.is_file() or not folder.is_dir():
        pytest.skip("the shared scorer or the labelled set is not here")
    command = f"{sys.executable} -m prospectus extract --format jsonl"
    proc = subprocess.run(
        [sys.executable, str(scorer), str(folder), "--cmd", command],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    last = proc.stdout.strip().splitlines()[-1]
    match = re.search(r"score (\d\.\d+)", last)
    assert match, proc.stdout + proc.stderr
    assert float(match.group(1)) >= floor, last

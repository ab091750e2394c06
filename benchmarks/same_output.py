"""Check that a speed-up changes nothing: record extract()'s output, change the code, compare.

    uv run python benchmarks/same_output.py record /tmp/before.jsonl
    ... change the code ...
    uv run python benchmarks/same_output.py compare /tmp/before.jsonl

Inputs: ../shared/samples, ../shared/devset, ../shared/corpus, every labelled set and
fixture under tests/extract, and 150 generated benchmark pages.  Records and visible text
of each are compared; any difference is listed (the first 15) and the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from pages import generate

from prospectus.extract import Document, extract

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FOLDERS = [SHARED / "samples", SHARED / "devset", SHARED / "corpus", ROOT / "tests" / "extract"]
SKIP_SUFFIXES = (".expected.json", ".md", ".py", ".pyc")


def _inputs() -> Iterator[tuple[str, Document]]:
    for folder in FOLDERS:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.name.endswith(SKIP_SUFFIXES):
                # named from the project's parent: the same names in every checkout or worktree
                name = str(
                    path.relative_to(SHARED.parent if folder.is_relative_to(SHARED) else ROOT)
                )
                yield name, Document(body=path.read_bytes(), url=None, page=name)
    for page in generate(150, seed=7, text="dense"):
        yield page.name, Document(body=page.body, url=page.url, page=page.name)


def _outputs() -> Iterator[tuple[str, dict[str, Any]]]:
    for name, doc in _inputs():
        result = extract(doc)
        row = {"records": [r.to_dict() for r in result.records], "text": result.visible_text}
        yield name, json.loads(json.dumps(row, ensure_ascii=False, default=str))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("file", type=Path)
    args = parser.parse_args()
    if args.action == "record":
        with args.file.open("w", encoding="utf-8") as out:
            for name, row in _outputs():
                out.write(json.dumps({"name": name, **row}, ensure_ascii=False) + "\n")
        return 0
    want = {}
    for line in args.file.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        want[row.pop("name")] = row
    total = differ = 0
    for name, row in _outputs():
        total += 1
        if want.get(name) != row:
            differ += 1
            if differ <= 15:
                print("differs:", name)
    print(f"{total} inputs, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The pricing notebook runs end to end against a warehouse with two crawls in it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from prospectus.warehouse import load_pages

from .synthetic import T0, crawl

NOTEBOOK = Path(__file__).parents[2] / "notebooks" / "01-pricing-and-dates.ipynb"


@pytest.fixture
def two_crawls(db: Path) -> Path:
    load_pages(db, crawl(), "r1")
    load_pages(db, crawl(T0 + timedelta(days=7), price_delta=-50, drop_last_run=True), "r2")
    return db


def test_notebook_outputs_are_stripped() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


def test_notebook_executes(two_crawls: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROSPECTUS_DB", str(two_crawls))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []
    images = [
        o for c in notebook.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})
    ]
    assert len(images) >= 6

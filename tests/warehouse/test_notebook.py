"""The pricing notebook runs end to end against a warehouse built from the demo site: the real
pipeline crawls the bundled providers on 127.0.0.1 twice, with price cuts in between, so every
section (price history included) has real data to plot."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from prospectus.crawl import CrawlConfig
from prospectus.demo.server import DemoSite
from prospectus.pipeline import PipelineOptions, crawl_to_warehouse

NOTEBOOK = Path(__file__).parents[2] / "notebooks" / "01-pricing-and-dates.ipynb"
# (provider, page, old price, new price): cuts made on the demo site between the two crawls
PRICE_CUTS = (
    ("northwind", "/courses/itil-4-foundation.html", 875.0, 825.0),
    ("kestrel", "/courses/itil-4-foundation.html", 850.0, 825.0),
)


@pytest.fixture
def demo_crawls(db: Path, tmp_path: Path) -> Path:
    """Two crawls of the demo site through ``crawl_to_warehouse``, prices cut in between."""
    config = CrawlConfig(
        state_path=tmp_path / "crawlstate.sqlite",
        archive_dir=tmp_path / "raw",
        delay=0.0,
        max_crawl_delay=0.0,
        per_host_concurrency=4,
    )
    options = PipelineOptions(db, config, batch_size=20)
    with DemoSite() as site:
        first = crawl_to_warehouse(site.start_urls, options)
        for cut in PRICE_CUTS:
            site.set_price(*cut)
        second = crawl_to_warehouse(site.start_urls, options)
    assert first.change_counts().get("new", 0) > 40
    assert set(second.change_counts()) == {"changed"}  # the cut prices, and nothing else
    return db


def test_notebook_outputs_are_stripped() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


def test_notebook_executes_on_demo_data(demo_crawls: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROSPECTUS_DB", str(demo_crawls))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    outputs = [o for c in notebook.cells for o in c.get("outputs", [])]
    assert [o for o in outputs if o.output_type == "error"] == []
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "no price changes recorded yet" not in text
    assert "need both online and in-person" not in text
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 8  # every section plots: the two price-change plots included

"""The pipeline: crawl → extract → warehouse, in batches, and the one per-page guard.

Nothing here knows about Prefect: the flows in ``flows/`` call these functions,
and so does the command line.
"""

from __future__ import annotations

import logging
import traceback

from prospectus.extract import Document, Extraction, extract
from prospectus.records import ExtractionIssue

log = logging.getLogger(__name__)


def extract_page(doc: Document) -> Extraction:
    """``extract(doc)``, with a failure recorded as an issue instead of raised.

    This is the pipeline's one per-item guard: a bug met on one page costs that
    page's records, never the batch, and the failure (page, stage, reason) is kept.
    """
    try:
        return extract(doc)
    except Exception as exc:  # the per-page guard: recorded with its cause, never silent
        where = traceback.extract_tb(exc.__traceback__)[-1]
        detail = f"{type(exc).__name__}: {exc} (at {where.filename.rsplit('/', 1)[-1]}:{where.lineno})"
        log.error("%s: extraction failed: %s", doc.page, detail)
        issue = ExtractionIssue(doc.page, "extract", "dropped", detail)
        return Extraction(page=doc.page, kind="unknown", encoding="", records=(), issues=(issue,),
                          nodes=(), visible_text="")

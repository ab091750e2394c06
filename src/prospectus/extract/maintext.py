"""The page's main content as clean text, for the warehouse's pages table and text search.

Kept apart from the records path on purpose: trafilatura costs about ten times what
the record builders do, so callers ask for it only where they store it.
"""

from __future__ import annotations

import logging

import trafilatura

log = logging.getLogger(__name__)


def main_text(html: str, *, url: str | None = None) -> str | None:
    """The main text of an HTML page (boilerplate, menus and footers left out), or None."""
    if not html or not html.strip():
        return None
    # trafilatura warns about every short page; that is not a warning of ours.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        text = trafilatura.extract(
            html,
            url=url,
            fast=True,
            include_comments=False,
            include_tables=True,
            favor_precision=False,
        )
    except (ValueError, TypeError, AttributeError) as exc:  # lxml/trafilatura on hostile input
        log.info("main text not extracted for %s: %s", url, exc)
        return None
    return text or None

"""The data dictionary: a comment for every table, view and column.

``COMMON`` documents columns that mean the same wherever they appear; ``RELATIONS``
documents each table and view and any column particular to it.  ``_migrate``
turns these into ``COMMENT ON`` statements and refuses a column with no comment,
so the dictionary cannot fall behind the schema.
"""

from __future__ import annotations

COMMON: dict[str, str] = {
    "key": "Stable record key (prospectus.records *.key): the same real thing seen twice "
    "has the same key",
    "page_url": "URL of the page the record was (last) read from, as the crawler requested it",
    "url": "Absolute URL",
    "source": "Where the record mainly came from: jsonld, microdata, rdfa, opengraph, html, text",
    "provenance": "Where each value came from: field name -> source",
    "first_seen_at": "When the record was first seen (UTC fetch time of its page)",
    "first_run_id": "crawl_runs.id of the run that first saw the record",
    "updated_at": "When the record's values last changed (UTC fetch time); first_seen_at if never",
    "updated_run_id": "crawl_runs.id of the run that last changed the record",
    "gone_at": "When a re-fetch of its page no longer listed the record (UTC); NULL while listed",
    "gone_run_id": "crawl_runs.id of the run that found the record gone",
    "listed": "True while the record is still listed (gone_at IS NULL)",
    "site": "Host name of page_url, lower case, without www.",
    "run_id": "crawl_runs.id of the crawl that produced the row",
    "fetched_at": "When the page was fetched (UTC)",
    "name": "Name as the page writes it",
    "provider": "Training provider (organizer); the page's host where the course names none",
    "start_date": "First day of the course run",
    "end_date": "Last day of the course run",
    "price": "Price a buyer pays now, in the currency's main unit",
    "list_price": "Higher 'was' or regular price shown beside the price, if any",
    "currency": "ISO 4217 currency code, e.g. GBP",
    "price_includes_vat": "True if the price includes VAT, false if the page says it excludes it",
    "price_ex_vat": "Price without VAT (using vat_rates); NULL where VAT treatment is unknown",
    "mode": "online, in_person or blended",
    "location": "Place name or address of an in-person run",
    "instructor": "Trainer named for the run",
    "rating": "Average review rating shown for the course",
    "review_count": "Number of reviews behind the rating",
    "availability": "schema.org availability term without prefix, e.g. InStock",
    "description": "Course description",
    "family": "Course family (PRINCE2, AgilePM, ITIL, ...) from the course_family() macro",
    "same_as": "Absolute URLs naming the same thing (Wikipedia, Wikidata, ...)",
    "wikidata_id": "Wikidata item id, e.g. Q507232",
    "status": "HTTP status of the response (NULL if no response)",
    "final_url": "URL after redirects",
    "content_hash": "Hash of the response body",
    "etag": "ETag response header",
    "last_modified": "Last-Modified response header",
    "bytes": "Size of the response body in bytes",
    "warc_file": "WARC file holding the archived response",
    "warc_offset": "Byte offset of the record in warc_file",
    "error": "Why the fetch or extraction failed; NULL on success",
    "main_text": "Clean visible main text of the page",
    "valid_from": "Start of the period these values held (UTC fetch time they were first seen)",
    "previous_price": "Price in the run's previous observation (NULL for its first)",
    "valid_to": "End of the period (exclusive); NULL while current",
}

RELATIONS: dict[str, tuple[str, dict[str, str]]] = {
    "schema_version": (
        "Migrations applied to this file, one row each",
        {
            "version": "Migration number",
            "applied_at": "When it was applied (UTC)",
            "description": "What the migration did",
        },
    ),
    "schema_meta": (
        "Warehouse bookkeeping values (name -> value)",
        {"name": "Setting name", "value": "Setting value"},
    ),
    "crawl_runs": (
        "One row per crawl run",
        {
            "id": "Run id",
            "started_at": "When the run started (UTC)",
            "finished_at": "When the run finished (UTC); NULL while running or if it died",
            "start_urls": "URLs the crawl started from",
            "counts": "Run counters (pages fetched, failed, records new/changed/gone, ...)",
            "summary": "Run summary as written by the pipeline",
        },
    ),
    "page_fetches": (
        "One row per fetch of a URL (history of every fetch)",
        {
            "url": "URL as requested",
            "headers": "Response headers (lower-case names)",
        },
    ),
    "page_nodes": (
        "Raw structured-data nodes (JSON-LD, microdata, RDFa, OpenGraph) of each page's "
        "latest extracted fetch, one row per node",
        {
            "position": "Order of the node in the page (0-based)",
            "syntax": "jsonld, microdata, rdfa or opengraph",
            "type": "The node's @type",
            "node_id": "The node's @id",
            "data": "The node as JSON",
        },
    ),
    "extraction_issues": (
        "What extraction repaired or dropped, for each page's latest extracted fetch",
        {
            "stage": "Extraction stage: decode, jsonld, microdata, rdfa, textdump, maintext, ...",
            "action": "repaired, dropped or warning",
            "detail": "What happened",
            "where_in_page": "Where in the document, e.g. 'script 3'",
        },
    ),
    "course_runs": ("Course runs (one per run, or per course without dates), current values", {}),
    "course_observations": (
        "History of each course run's price, dates and availability: a new row whenever "
        "one of them changes",
        {
            "page_url": "Page the values were read from",
            "run_id": "crawl_runs.id of the run that saw these values first",
        },
    ),
    "faq_items": ("FAQ entries, current values", {"question": "Question", "answer": "Answer"}),
    "glossary_terms": (
        "Glossary terms, current values",
        {"definition": "Definition as the page gives it"},
    ),
    "breadcrumb_trails": (
        "Breadcrumb trails, current values",
        {"names": "Crumb names from the site root down", "urls": "Crumb URLs (NULL if none)"},
    ),
    "articles": (
        "Blog posts and news articles, current values",
        {
            "headline": "Headline",
            "author": "Author",
            "date_published": "Publication date as given",
            "date_modified": "Modification date as given",
        },
    ),
    "organizations": (
        "Organisations named by page markup, current values",
        {"logo": "Logo URL", "telephone": "Telephone number"},
    ),
    "vat_rates": (
        "VAT rate per currency used to compute price_ex_vat; edit to suit your market",
        {"rate": "VAT rate as a fraction (0.20 = 20%)", "note": "Where the rate comes from"},
    ),
    "courses": (
        "Course runs as last seen (contract view): one row per run, gone ones included; "
        "a run a page lists without the course's URL is left out when the course's own page "
        "lists the same run (course_runs keeps both)",
        {"url": "The course's absolute URL"},
    ),
    "faqs": (
        "FAQ entries as last seen (contract view)",
        {"question": "Question", "answer": "Answer; NULL where the page shows none"},
    ),
    "terms": (
        "Glossary terms as last seen (contract view)",
        {"definition": "Definition as the page gives it"},
    ),
    "pages": (
        "Each fetched URL as last fetched (contract view)",
        {
            "url": "URL as requested",
            "main_text": "Main text of the latest fetch that had any",
            "first_fetched_at": "When the URL was first fetched (UTC)",
            "fetch_count": "How many times the URL has been fetched",
        },
    ),
    "price_history": (
        "Every observed price/date/availability of each course run, oldest first; "
        "filter valid_from <= t AND (valid_to IS NULL OR valid_to > t) for the value at t",
        {
            "price_change": "price - previous_price",
            "page_url": "Page the values were read from",
            "run_id": "crawl_runs.id of the run that saw these values first",
        },
    ),
    "upcoming_runs": (
        "Listed course runs starting today or later",
        {"days_until_start": "Days from today to start_date"},
    ),
    "provider_summary": (
        "Per provider and currency: listed course and run counts, price spread, next run",
        {
            "courses": "Distinct course names listed",
            "runs": "Listed runs",
            "upcoming_runs": "Listed runs starting today or later",
            "min_price": "Lowest listed price",
            "median_price": "Median listed price",
            "max_price": "Highest listed price",
            "next_run_date": "Start date of the next run",
            "next_run_name": "Name of the next run's course",
        },
    ),
}


def column_comment(relation: str, column: str) -> str | None:
    """The comment for ``relation.column``, or None if the dictionary has none."""
    own = RELATIONS.get(relation, ("", {}))[1]
    return own.get(column) or COMMON.get(column) or None

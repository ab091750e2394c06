"""The warehouse's tables, as numbered migrations.

Each migration is frozen once released: a later change to a table is a new
migration, never an edit of an old one, so that a file written by any earlier
version upgrades by replaying the migrations it lacks.  Views, macros and the
column comments are not migrations: they are re-created from ``_views`` and
``_docs`` whenever the definitions change (see ``_migrate``).

Times are UTC ``TIMESTAMP`` values taken from the crawl (a page's ``fetched_at``),
never from the clock of the loading process, so loading the same input twice
gives the same tables.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


_BOOKKEEPING = """
    site VARCHAR,
    first_seen_at TIMESTAMP NOT NULL,
    first_run_id VARCHAR,
    updated_at TIMESTAMP NOT NULL,
    updated_run_id VARCHAR,
    gone_at TIMESTAMP,
    gone_run_id VARCHAR
"""

_V1 = (
    """CREATE TABLE IF NOT EXISTS schema_meta (
        name VARCHAR PRIMARY KEY,
        value VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS crawl_runs (
        id VARCHAR PRIMARY KEY,
        started_at TIMESTAMP NOT NULL,
        finished_at TIMESTAMP,
        start_urls VARCHAR[],
        counts JSON,
        summary JSON
    )""",
    """CREATE TABLE IF NOT EXISTS page_fetches (
        url VARCHAR NOT NULL,
        final_url VARCHAR,
        status INTEGER,
        fetched_at TIMESTAMP NOT NULL,
        headers MAP(VARCHAR, VARCHAR),
        content_hash VARCHAR,
        etag VARCHAR,
        last_modified VARCHAR,
        bytes BIGINT,
        warc_file VARCHAR,
        warc_offset BIGINT,
        error VARCHAR,
        main_text VARCHAR,
        run_id VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS page_nodes (
        page_url VARCHAR NOT NULL,
        fetched_at TIMESTAMP NOT NULL,
        position INTEGER NOT NULL,
        syntax VARCHAR,
        type VARCHAR,
        node_id VARCHAR,
        data JSON,
        run_id VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS extraction_issues (
        page_url VARCHAR NOT NULL,
        fetched_at TIMESTAMP NOT NULL,
        stage VARCHAR,
        action VARCHAR,
        detail VARCHAR,
        where_in_page VARCHAR,
        run_id VARCHAR
    )""",
    f"""CREATE TABLE IF NOT EXISTS course_runs (
        key VARCHAR NOT NULL,
        page_url VARCHAR NOT NULL,
        name VARCHAR,
        provider VARCHAR,
        url VARCHAR,
        start_date DATE,
        end_date DATE,
        price DOUBLE,
        list_price DOUBLE,
        currency VARCHAR,
        price_includes_vat BOOLEAN,
        mode VARCHAR,
        location VARCHAR,
        instructor VARCHAR,
        rating DOUBLE,
        review_count INTEGER,
        availability VARCHAR,
        description VARCHAR,
        family VARCHAR,
        source VARCHAR,
        provenance MAP(VARCHAR, VARCHAR),
        {_BOOKKEEPING}
    )""",
    f"""CREATE TABLE IF NOT EXISTS faq_items (
        key VARCHAR NOT NULL,
        page_url VARCHAR NOT NULL,
        question VARCHAR,
        answer VARCHAR,
        source VARCHAR,
        provenance MAP(VARCHAR, VARCHAR),
        {_BOOKKEEPING}
    )""",
    f"""CREATE TABLE IF NOT EXISTS glossary_terms (
        key VARCHAR NOT NULL,
        page_url VARCHAR NOT NULL,
        name VARCHAR,
        definition VARCHAR,
        same_as VARCHAR[],
        wikidata_id VARCHAR,
        source VARCHAR,
        provenance MAP(VARCHAR, VARCHAR),
        {_BOOKKEEPING}
    )""",
    f"""CREATE TABLE IF NOT EXISTS breadcrumb_trails (
        key VARCHAR NOT NULL,
        page_url VARCHAR NOT NULL,
        names VARCHAR[],
        urls VARCHAR[],
        source VARCHAR,
        provenance MAP(VARCHAR, VARCHAR),
        {_BOOKKEEPING}
    )""",
    f"""CREATE TABLE IF NOT EXISTS articles (
        key VARCHAR NOT NULL,
        page_url VARCHAR NOT NULL,
        headline VARCHAR,
        url VARCHAR,
        author VARCHAR,
        date_published VARCHAR,
        date_modified VARCHAR,
        source VARCHAR,
        provenance MAP(VARCHAR, VARCHAR),
        {_BOOKKEEPING}
    )""",
    f"""CREATE TABLE IF NOT EXISTS organizations (
        key VARCHAR NOT NULL,
        page_url VARCHAR NOT NULL,
        name VARCHAR,
        url VARCHAR,
        same_as VARCHAR[],
        logo VARCHAR,
        telephone VARCHAR,
        source VARCHAR,
        provenance MAP(VARCHAR, VARCHAR),
        {_BOOKKEEPING}
    )""",
)

_V2 = (
    """CREATE TABLE IF NOT EXISTS course_observations (
        key VARCHAR NOT NULL,
        valid_from TIMESTAMP NOT NULL,
        valid_to TIMESTAMP,
        price DOUBLE,
        list_price DOUBLE,
        currency VARCHAR,
        price_includes_vat BOOLEAN,
        start_date DATE,
        end_date DATE,
        availability VARCHAR,
        previous_price DOUBLE,
        page_url VARCHAR,
        run_id VARCHAR
    )""",
    # Files from version 1 kept only the current values: each becomes the first
    # observation, valid from when the run was last updated.
    """INSERT INTO course_observations
       SELECT key, updated_at, gone_at, price, list_price, currency, price_includes_vat,
              start_date, end_date, availability, NULL, page_url, updated_run_id
       FROM course_runs""",
    """CREATE TABLE IF NOT EXISTS vat_rates (
        currency VARCHAR PRIMARY KEY,
        rate DOUBLE NOT NULL,
        note VARCHAR
    )""",
    """INSERT INTO vat_rates VALUES
       ('GBP', 0.20, 'UK standard rate; edit or add rows for other markets')
       ON CONFLICT DO NOTHING""",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "pages, nodes, issues and one current-state table per record kind", _V1),
    Migration(2, "course_observations (price, date and availability history); vat_rates", _V2),
)

LATEST_VERSION: int = MIGRATIONS[-1].version

TABLES: tuple[str, ...] = (
    "schema_version",
    "schema_meta",
    "crawl_runs",
    "page_fetches",
    "page_nodes",
    "extraction_issues",
    "course_runs",
    "course_observations",
    "faq_items",
    "glossary_terms",
    "breadcrumb_trails",
    "articles",
    "organizations",
    "vat_rates",
)

SCHEMA_VERSION_DDL = """CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TIMESTAMP NOT NULL,
    description VARCHAR
)"""

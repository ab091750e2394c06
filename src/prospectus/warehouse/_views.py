"""The views people query, and the macros they use.

Re-created (``CREATE OR REPLACE``) whenever these definitions change, so they
always match the library that wrote the file.  Each name here is documented,
column by column, in ``_docs``.
"""

from __future__ import annotations

MACROS: tuple[str, ...] = (
    # Whether two names are the same words, ignoring case, accents and punctuation
    # (two NULLs are the same; ``records.fold`` does this in Python).
    r"""CREATE OR REPLACE MACRO same_words(a, b) AS
        trim(regexp_replace(lower(strip_accents(coalesce(a, ''))), '[^a-z0-9]+', ' ', 'g'))
        = trim(regexp_replace(lower(strip_accents(coalesce(b, ''))), '[^a-z0-9]+', ' ', 'g'))""",
    # The course family a course name belongs to: the unit price comparisons group by.
    # More specific families come before the ones they contain (PRINCE2 Agile before PRINCE2).
    r"""CREATE OR REPLACE MACRO course_family(name) AS CASE
        WHEN name IS NULL THEN NULL
        WHEN regexp_matches(name, '(?i)prince\s*2\W*agile') THEN 'PRINCE2 Agile'
        WHEN regexp_matches(name, '(?i)prince\s*2') THEN 'PRINCE2'
        WHEN regexp_matches(name, '(?i)agile\s*pm|agile project management') THEN 'AgilePM'
        WHEN regexp_matches(name, '(?i)\bitil') THEN 'ITIL'
        WHEN regexp_matches(name, '(?i)\bmsp\b|managing successful programmes') THEN 'MSP'
        WHEN regexp_matches(name, '(?i)\bm_?o_?r\b|management of risk') THEN 'M_o_R'
        WHEN regexp_matches(name, '(?i)\bp3o\b|\bmop\b|management of portfolios') THEN 'P3O/MoP'
        WHEN regexp_matches(name, '(?i)\bpmp\b|\bcapm\b|\bpmi\b') THEN 'PMI'
        WHEN regexp_matches(name, '(?i)\bapm\b|\bpmq\b|\bpfq\b') THEN 'APM'
        WHEN regexp_matches(name, '(?i)scrum|\bpsm\b|\bcsm\b|\bsafe\b') THEN 'Scrum/Agile'
        WHEN regexp_matches(name, '(?i)change management') THEN 'Change Management'
        WHEN regexp_matches(name, '(?i)six sigma|\blean\b') THEN 'Lean Six Sigma'
        WHEN regexp_matches(name, '(?i)togaf') THEN 'TOGAF'
        WHEN regexp_matches(name, '(?i)cobit') THEN 'COBIT'
        WHEN regexp_matches(name, '(?i)iso\s*/?\s*(iec\s*)?27001') THEN 'ISO 27001'
        WHEN regexp_matches(name, '(?i)business analys') THEN 'Business Analysis'
        ELSE 'Other' END""",
)

VIEWS: dict[str, str] = {
    "courses": """CREATE OR REPLACE VIEW courses AS
        SELECT c.key, c.name, coalesce(c.provider, c.site) AS provider, c.url,
               c.start_date, c.end_date, c.price, c.list_price, c.currency,
               c.price_includes_vat, c.mode, c.location, c.instructor, c.rating,
               c.review_count, c.availability, c.description, c.source, c.page_url,
               c.family,
               CASE WHEN c.price_includes_vat THEN round(c.price / (1 + v.rate), 2)
                    WHEN c.price_includes_vat = false THEN c.price END AS price_ex_vat,
               c.gone_at IS NULL AS listed,
               c.first_seen_at, c.updated_at, c.gone_at
        FROM course_runs c LEFT JOIN vat_rates v ON v.currency = c.currency
        -- A run a schedule page lists without a link to its course, which the course's
        -- own page (with its URL) lists too, is that page's run: shown once, from there.
        WHERE c.url IS NOT NULL OR c.start_date IS NULL OR NOT EXISTS (
            SELECT 1 FROM course_runs o
            WHERE o.url IS NOT NULL AND o.gone_at IS NULL
              AND o.site IS NOT DISTINCT FROM c.site AND o.start_date = c.start_date
              AND o.mode IS NOT DISTINCT FROM c.mode
              AND same_words(o.location, c.location) AND same_words(o.name, c.name))""",
    "faqs": """CREATE OR REPLACE VIEW faqs AS
        SELECT f.key, f.question, f.answer, f.source, f.page_url,
               f.site, f.gone_at IS NULL AS listed,
               f.first_seen_at, f.updated_at, f.gone_at
        FROM faq_items f""",
    "terms": """CREATE OR REPLACE VIEW terms AS
        SELECT t.key, t.name, t.definition, t.same_as, t.wikidata_id, t.source, t.page_url,
               t.site, t.gone_at IS NULL AS listed,
               t.first_seen_at, t.updated_at, t.gone_at
        FROM glossary_terms t""",
    "pages": """CREATE OR REPLACE VIEW pages AS
        SELECT url,
               arg_max(final_url, fetched_at) AS final_url,
               arg_max(status, fetched_at) AS status,
               max(fetched_at) AS fetched_at,
               arg_max(content_hash, fetched_at) AS content_hash,
               arg_max(etag, fetched_at) AS etag,
               arg_max(last_modified, fetched_at) AS last_modified,
               arg_max(bytes, fetched_at) AS bytes,
               arg_max(warc_file, fetched_at) AS warc_file,
               arg_max(warc_offset, fetched_at) AS warc_offset,
               arg_max(error, fetched_at) AS error,
               arg_max(main_text, fetched_at) FILTER (WHERE main_text IS NOT NULL) AS main_text,
               arg_max(run_id, fetched_at) AS run_id,
               url AS page_url,
               min(fetched_at) AS first_fetched_at,
               count(*) AS fetch_count
        FROM page_fetches GROUP BY url""",
    "price_history": """CREATE OR REPLACE VIEW price_history AS
        SELECT o.key, c.name, c.provider,
               c.family, c.mode, c.location,
               o.valid_from, o.valid_to, o.price, o.list_price, o.currency,
               o.price_includes_vat, o.start_date, o.end_date, o.availability,
               o.previous_price, o.price - o.previous_price AS price_change,
               o.page_url, o.run_id
        FROM course_observations o JOIN courses c USING (key)""",
    "upcoming_runs": """CREATE OR REPLACE VIEW upcoming_runs AS
        SELECT key, name, provider, family, start_date, end_date, price, list_price, currency,
               price_includes_vat, price_ex_vat, mode, location, availability, url, page_url,
               start_date - current_date AS days_until_start
        FROM courses
        WHERE listed AND start_date >= current_date""",
    "provider_summary": """CREATE OR REPLACE VIEW provider_summary AS
        SELECT provider, currency,
               count(DISTINCT lower(name)) AS courses,
               count(*) AS runs,
               count(*) FILTER (WHERE start_date >= current_date) AS upcoming_runs,
               min(price) AS min_price,
               median(price) AS median_price,
               max(price) AS max_price,
               min(start_date) FILTER (WHERE start_date >= current_date) AS next_run_date,
               arg_min(name, start_date) FILTER (WHERE start_date >= current_date)
                   AS next_run_name
        FROM courses WHERE listed
        GROUP BY provider, currency""",
}

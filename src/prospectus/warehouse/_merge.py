"""Merge one record kind's staged rows into its current-state table, keeping history.

The steps, all inside the caller's transaction:

1. ``_delta``: the batch's rows of this kind, one per key (latest fetch wins,
   then the later position in the batch; skipped when the caller knows the keys
   are unique), values cast to their SQL types, each classified against the
   table: new, stale (older than what the table holds), changed (any value
   differs, or it was gone) and, for course runs, tracked (price, dates or
   availability differ).  A narrow probe (keys only) comes first: when none of
   the batch's keys is in the table yet (a first crawl of these pages) every row
   is new and the wide comparison join is skipped.
2. ``_gone``: rows tied to a page that this batch refreshed, still listed, that
   the batch no longer holds.  Computed before anything is written (the writes
   below touch only the batch's own keys, so the result is the same), which keeps
   it cheap when the batch's pages are new.
3. Changed rows are updated in place, new rows inserted; nothing is written for
   unchanged rows.  Gone rows are marked gone.
4. Course runs only: an observation is closed and a new one opened for every
   tracked change, new run or return; closed for every run gone.
"""

from __future__ import annotations

import duckdb

from prospectus.warehouse._kinds import KindSpec
from prospectus.warehouse._model import KindCounts

DELTA = "_delta"
# ``_delta`` when every row of the batch is new: a view over the Arrow table, so that
# the rows are not copied once more before they are inserted.
DELTA_NEW = "_delta_new"
GONE = "_gone"
REFRESHED = "_refreshed"


def merge_kind(
    conn: duckdb.DuckDBPyConnection,
    spec: KindSpec,
    arrow_view: str,
    run_id: str | None,
    *,
    unique_keys: bool = False,
) -> tuple[KindCounts, str]:
    """Apply ``arrow_view`` (rows of ``spec``'s kind) to ``spec.table``.

    Returns the counts and the name of the batch's classified rows (``_delta`` or,
    when every row is new, ``_delta_new``) for ``course_changes``.  Statements with
    nothing to do (no changed rows, no new rows, ...) are skipped: on a re-crawl that
    changes little, most of a batch costs one join.
    """
    stage = _stage_sql(spec, arrow_view, dedupe=not unique_keys)
    if _any_known(conn, spec, arrow_view):
        delta = DELTA
        conn.execute(_delta_sql(spec, stage))
        new, changed, unchanged, stale, tracked = _classes(conn, bool(spec.tracked))
    else:
        delta = DELTA_NEW
        conn.execute(_all_new_sql(spec, stage))
        new = int(conn.execute(f"SELECT count(*) FROM {delta}").fetchall()[0][0])
        changed = unchanged = stale = tracked = 0
    conn.execute(_gone_sql(spec, delta))
    gone = int(conn.execute(f"SELECT count(*) FROM {GONE}").fetchall()[0][0])
    if changed:
        conn.execute(_update_sql(spec), [run_id])
    if new:
        conn.execute(_insert_sql(spec, delta), [run_id, run_id])
    if gone:
        conn.execute(
            f"UPDATE {spec.table} AS t SET gone_at = g.gone_at, gone_run_id = ? "
            f"FROM {GONE} AS g WHERE t.key = g.key",
            [run_id],
        )
    if spec.tracked and (new or tracked or changed or gone):
        _observe(conn, spec, run_id, delta, tracked=tracked, gone=gone)
    counts = KindCounts(new=new, changed=changed, unchanged=unchanged, gone=gone, stale=stale)
    return counts, delta


def _classes(conn: duckdb.DuckDBPyConnection, has_tracked: bool) -> tuple[int, ...]:
    """Counts of new, changed, unchanged, stale and tracked-changed rows in ``_delta``."""
    tracked = "count(*) FILTER (WHERE is_tracked)" if has_tracked else "0"
    row = conn.execute(
        f"""SELECT count(*) FILTER (WHERE is_new), count(*) FILTER (WHERE is_changed),
                   count(*) FILTER (WHERE NOT (is_new OR is_changed OR is_stale)),
                   count(*) FILTER (WHERE is_stale), {tracked}
            FROM {DELTA}"""
    ).fetchall()[0]
    return tuple(int(v) for v in row)


def _any_known(conn: duckdb.DuckDBPyConnection, spec: KindSpec, arrow_view: str) -> bool:
    """Whether any key of the batch is already in ``spec.table`` (reads only keys)."""
    rows = conn.execute(
        f"""SELECT EXISTS (SELECT 1 FROM {arrow_view} AS s
                           JOIN {spec.table} AS t ON t.key = s.key)"""
    ).fetchall()
    return bool(rows[0][0])


def _all_new_sql(spec: KindSpec, stage: str) -> str:
    """``_delta_new``: no key of the batch is in the table; ``_delta``'s columns, all new."""
    extra = ""
    if spec.tracked:
        types = {c.name: c.sql for c in spec.columns}
        olds = ", ".join(f"NULL::{types[c]} AS old_{c}" for c in spec.tracked)
        extra = f", false AS is_tracked, {olds}"
    return f"""CREATE OR REPLACE TEMP VIEW {DELTA_NEW} AS
        SELECT s.*, true AS is_new, false AS is_stale, false AS is_changed,
               false AS is_returned{extra}
        FROM ({stage}) AS s"""


def _stage_sql(spec: KindSpec, arrow_view: str, *, dedupe: bool) -> str:
    casts = ", ".join(
        f"TRY_CAST({c.name} AS {c.sql}) AS {c.name}" if c.sql in ("DATE", "INTEGER") else c.name
        for c in spec.columns
    )
    latest = "QUALIFY row_number() OVER (PARTITION BY key ORDER BY fetched_at DESC, ord DESC) = 1"
    return f"""SELECT key, page_url, site, fetched_at, {casts}, provenance FROM {arrow_view}
        {latest if dedupe else ""}"""


def _distinct(columns: tuple[str, ...]) -> str:
    left = ", ".join(f"s.{c}" for c in columns)
    right = ", ".join(f"t.{c}" for c in columns)
    return f"(({left}) IS DISTINCT FROM ({right}))"


def _delta_sql(spec: KindSpec, stage: str) -> str:
    stale = "s.fetched_at < greatest(t.updated_at, coalesce(t.gone_at, t.updated_at))"
    live = f"t.key IS NOT NULL AND NOT ({stale})"
    extra = ""
    if spec.tracked:
        olds = ", ".join(f"t.{c} AS old_{c}" for c in spec.tracked)
        extra = f", {live} AND {_distinct(spec.tracked)} AS is_tracked, {olds}"
    return f"""CREATE OR REPLACE TEMP TABLE {DELTA} AS
        WITH s AS ({stage})
        SELECT s.*,
               t.key IS NULL AS is_new,
               coalesce(t.key IS NOT NULL AND {stale}, false) AS is_stale,
               coalesce({live} AND ({_distinct(spec.names)} OR t.gone_at IS NOT NULL), false)
                   AS is_changed,
               coalesce({live} AND t.gone_at IS NOT NULL, false) AS is_returned{extra}
        FROM s LEFT JOIN {spec.table} AS t ON t.key = s.key"""


def _update_sql(spec: KindSpec) -> str:
    sets = ", ".join(
        [f"{c} = d.{c}" for c in (*spec.names, "page_url", "site", "provenance")]
        + [f"{c} = {e.format(row='d.')}" for c, e in spec.derived]
    )
    return f"""UPDATE {spec.table} AS t
        SET {sets}, updated_at = d.fetched_at, updated_run_id = ?,
            gone_at = NULL, gone_run_id = NULL
        FROM {DELTA} AS d WHERE t.key = d.key AND d.is_changed"""


def _insert_sql(spec: KindSpec, delta: str) -> str:
    plain = ("key", "page_url", "site", *spec.names, "provenance")
    cols = ", ".join((*plain, *(c for c, _ in spec.derived)))
    values = ", ".join((*plain, *(e.format(row="") for _, e in spec.derived)))
    return f"""INSERT INTO {spec.table}
            ({cols}, first_seen_at, first_run_id, updated_at, updated_run_id)
        SELECT {values}, fetched_at, ?, fetched_at, ?
        FROM {delta} WHERE is_new"""


def _gone_sql(spec: KindSpec, delta: str) -> str:
    # Only the columns the match needs: the table is scanned whole, and for course runs
    # ``course_changes`` reads the rest of a gone row's values from the table.
    return f"""CREATE OR REPLACE TEMP TABLE {GONE} AS
        SELECT t.key, t.page_url, r.fetched_at AS gone_at
        FROM {spec.table} AS t JOIN {REFRESHED} AS r ON t.page_url = r.url
        WHERE t.gone_at IS NULL AND t.updated_at <= r.fetched_at
          AND NOT EXISTS (SELECT 1 FROM {delta} AS s WHERE s.key = t.key)"""


def _observe(
    conn: duckdb.DuckDBPyConnection,
    spec: KindSpec,
    run_id: str | None,
    delta: str,
    *,
    tracked: int,
    gone: int,
) -> None:
    columns = ", ".join(spec.tracked)
    if tracked:
        conn.execute(
            f"""UPDATE course_observations AS o SET valid_to = d.fetched_at
                FROM {DELTA} AS d WHERE o.key = d.key AND o.valid_to IS NULL AND d.is_tracked"""
        )
    conn.execute(
        f"""INSERT INTO course_observations
                (key, valid_from, valid_to, {columns}, previous_price, page_url, run_id)
            SELECT key, fetched_at, NULL, {columns},
                   CASE WHEN is_new THEN NULL ELSE old_price END, page_url, ?
            FROM {delta}
            WHERE is_new OR is_tracked OR is_returned""",
        [run_id],
    )
    if gone:
        conn.execute(
            f"""UPDATE course_observations AS o SET valid_to = g.gone_at
                FROM {GONE} AS g WHERE o.key = g.key AND o.valid_to IS NULL"""
        )

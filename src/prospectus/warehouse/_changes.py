"""What a merge changed, read from the classified rows and ``_gone`` into one Arrow table.

The table stays columnar (a million new runs cost no Python objects);
``BatchChanges`` turns rows into ``CourseChange`` values only when asked.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from prospectus.warehouse._kinds import COURSE
from prospectus.warehouse._merge import DELTA, GONE

# CourseState's fields, in order; each is one of the course kind's tracked columns.
STATE_FIELDS = ("price", "list_price", "currency", "start_date", "end_date", "availability")


def course_changes(conn: duckdb.DuckDBPyConnection, delta: str = DELTA) -> pa.Table:
    """Rows ``change, key, name, provider, page_url, before_*, after_*`` for the merge."""
    before_delta = ", ".join(
        f"CASE WHEN is_new THEN NULL ELSE old_{c} END AS before_{c}" for c in STATE_FIELDS
    )
    after_delta = ", ".join(f"{c} AS after_{c}" for c in STATE_FIELDS)
    before_gone = ", ".join(f"t.{c} AS before_{c}" for c in STATE_FIELDS)
    after_gone = ", ".join(f"NULL::{_type(c)} AS after_{c}" for c in STATE_FIELDS)
    return conn.sql(
        f"""SELECT CASE WHEN is_new THEN 'new' WHEN is_returned THEN 'returned'
                        ELSE 'changed' END AS change,
                   key, name, provider, page_url, {before_delta}, {after_delta}
            FROM {delta} WHERE is_new OR is_tracked OR is_returned
            UNION ALL
            SELECT 'gone', g.key, t.name, t.provider, g.page_url, {before_gone}, {after_gone}
            FROM {GONE} AS g JOIN {COURSE.table} AS t ON t.key = g.key
            ORDER BY change, page_url, key"""
    ).to_arrow_table()


def _type(column: str) -> str:
    if column in ("price", "list_price"):
        return "DOUBLE"
    if column in ("start_date", "end_date"):
        return "DATE"
    return "VARCHAR"

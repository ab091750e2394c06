"""Bring a database file up to date: migrations, then views, macros and comments."""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime

import duckdb

from prospectus.errors import SchemaError
from prospectus.warehouse._docs import RELATIONS, column_comment
from prospectus.warehouse._kinds import KINDS
from prospectus.warehouse._schema import LATEST_VERSION, MIGRATIONS, SCHEMA_VERSION_DDL
from prospectus.warehouse._views import MACROS, VIEWS

logger = logging.getLogger(__name__)

_DEFINITIONS_KEY = "definitions_hash"


def schema_version(conn: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied to the file (0 for an empty file)."""
    exists = conn.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version'"
    ).fetchall()
    if not exists[0][0]:
        return 0
    rows = conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()
    return int(rows[0][0])


def migrate(conn: duckdb.DuckDBPyConnection, target: int = LATEST_VERSION) -> int:
    """Apply the migrations the file lacks, up to ``target``; returns the new version.

    Each migration runs in its own transaction, so a file is always at some whole
    version.  Views, macros and comments are refreshed afterwards when they differ
    from this library's definitions (or when any migration ran).
    """
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise SchemaError(
            f"database schema version {current} is newer than this prospectus "
            f"(knows up to {LATEST_VERSION}); upgrade prospectus"
        )
    conn.execute(SCHEMA_VERSION_DDL)
    for migration in MIGRATIONS:
        if current < migration.version <= target:
            _apply(conn, migration.version, migration.description, migration.statements)
    version = max(current, min(target, LATEST_VERSION))
    if version == LATEST_VERSION:
        refresh_definitions(conn, force=version != current)
    return version


def _apply(
    conn: duckdb.DuckDBPyConnection, version: int, description: str, statements: tuple[str, ...]
) -> None:
    logger.info("applying warehouse migration %d: %s", version, description)
    conn.begin()
    try:
        for statement in statements:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO schema_version VALUES (?, ?, ?)",
            [version, datetime.now(UTC).replace(tzinfo=None), description],
        )
    except duckdb.Error as exc:
        conn.rollback()
        raise SchemaError(f"warehouse migration {version} failed: {exc}") from exc
    conn.commit()


def definitions_hash() -> str:
    """A digest of the views, macros and comments this library defines."""
    derived = [e for spec in KINDS for _, e in spec.derived]
    text = "\n".join([*MACROS, *VIEWS.values(), *derived, repr(sorted(RELATIONS.items()))])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def refresh_definitions(conn: duckdb.DuckDBPyConnection, *, force: bool = False) -> bool:
    """Re-create macros, views and comments if they changed; True if it did."""
    wanted = definitions_hash()
    rows = conn.execute(
        "SELECT value FROM schema_meta WHERE name = ?", [_DEFINITIONS_KEY]
    ).fetchall()
    if not force and rows and rows[0][0] == wanted:
        return False
    conn.begin()
    try:
        for statement in (*MACROS, *VIEWS.values()):
            conn.execute(statement)
        for spec in KINDS:  # the macros may have changed: derive again
            if not spec.derived:
                continue
            sets = ", ".join(f"{c} = {e.format(row='')}" for c, e in spec.derived)
            conn.execute(f"UPDATE {spec.table} SET {sets}")
        _comment_all(conn)
        conn.execute("INSERT OR REPLACE INTO schema_meta VALUES (?, ?)", [_DEFINITIONS_KEY, wanted])
    except duckdb.Error as exc:
        conn.rollback()
        raise SchemaError(f"could not create warehouse views: {exc}") from exc
    conn.commit()
    return True


def _comment_all(conn: duckdb.DuckDBPyConnection) -> None:
    for relation, (comment, _columns) in RELATIONS.items():
        kind = "VIEW" if relation in VIEWS else "TABLE"
        conn.execute(f"COMMENT ON {kind} {relation} IS {_quote(comment)}")
        columns = conn.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
            [relation],
        ).fetchall()
        for (column,) in columns:
            text = column_comment(relation, column)
            if text is None:
                raise SchemaError(f"no comment for column {relation}.{column} in _docs")
            conn.execute(f'COMMENT ON COLUMN {relation}."{column}" IS {_quote(text)}')


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"

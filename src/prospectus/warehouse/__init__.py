"""The DuckDB warehouse: load page results with history, query them.

Writing::

    with acquire_writer_lock(db):                 # for the whole crawl
        with closing(open_writer(db)) as conn:
            run_id = start_run(conn, start_urls)
        for batch in batches:
            changes = load_pages(db, batch, run_id)   # open, load, close
        ...

Reading (between loads)::

    with open_readonly(db) as conn:
        conn.sql("SELECT * FROM courses").df()

Tables (``course_runs``, ``course_observations``, ``page_fetches``, ...) are in
``_schema``; the views people query (``courses``, ``faqs``, ``terms``, ``pages``,
``price_history``, ``upcoming_runs``, ``provider_summary``) are in ``_views``; every
column is documented in ``_docs`` and in the file itself (``COMMENT ON``).
"""

from prospectus.warehouse._connection import (
    DEFAULT_RETRY,
    acquire_writer_lock,
    lock_path,
    open_readonly,
    open_writer,
)
from prospectus.warehouse._load import (
    StagedBatch,
    finish_run,
    load_batch,
    load_pages,
    load_staged,
    stage_batch,
    start_run,
)
from prospectus.warehouse._migrate import migrate, schema_version
from prospectus.warehouse._model import (
    BatchChanges,
    ChangeKind,
    CourseChange,
    CourseState,
    KindCounts,
    PageResult,
    RetryPolicy,
)
from prospectus.warehouse._query import (
    ColumnDoc,
    OutputFormat,
    data_dictionary,
    export_parquet,
    run_query,
    write_result,
)
from prospectus.warehouse._schema import LATEST_VERSION, TABLES
from prospectus.warehouse._views import VIEWS

VIEW_NAMES: tuple[str, ...] = tuple(VIEWS)

__all__ = [
    "DEFAULT_RETRY",
    "LATEST_VERSION",
    "TABLES",
    "VIEW_NAMES",
    "BatchChanges",
    "ChangeKind",
    "ColumnDoc",
    "CourseChange",
    "CourseState",
    "KindCounts",
    "OutputFormat",
    "PageResult",
    "RetryPolicy",
    "StagedBatch",
    "acquire_writer_lock",
    "data_dictionary",
    "export_parquet",
    "finish_run",
    "load_batch",
    "load_pages",
    "load_staged",
    "lock_path",
    "migrate",
    "open_readonly",
    "open_writer",
    "run_query",
    "schema_version",
    "stage_batch",
    "start_run",
    "write_result",
]

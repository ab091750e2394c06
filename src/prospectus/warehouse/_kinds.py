"""Record kinds as data: which table each goes to and how its fields are stored.

dlt's vocabulary, kept small: every kind is merged on ``key``; ``tracked`` fields
(course runs only) also get a history row in ``course_observations`` when they
change.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from prospectus.records import Article, Breadcrumb, Course, Faq, Organization, Record, Term

_STR = pa.string()
_STRS = pa.list_(pa.string())


@dataclass(frozen=True, slots=True)
class Column:
    """One record field: its Arrow type in the staging table and its SQL type."""

    name: str
    arrow: pa.DataType = _STR
    sql: str = "VARCHAR"


@dataclass(frozen=True, slots=True)
class KindSpec:
    """How one record kind is stored."""

    kind: str
    record_type: type[Record]
    table: str
    columns: tuple[Column, ...]
    tracked: tuple[str, ...] = ()
    # Columns derived in SQL (macros of ``_views``) whenever a row is written: name and
    # expression, ``{row}`` standing for the written row's alias.
    derived: tuple[tuple[str, str], ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


COURSE = KindSpec(
    "course",
    Course,
    "course_runs",
    (
        Column("name"),
        Column("provider"),
        Column("url"),
        Column("start_date", _STR, "DATE"),
        Column("end_date", _STR, "DATE"),
        Column("price", pa.float64(), "DOUBLE"),
        Column("list_price", pa.float64(), "DOUBLE"),
        Column("currency"),
        Column("price_includes_vat", pa.bool_(), "BOOLEAN"),
        Column("mode"),
        Column("location"),
        Column("instructor"),
        Column("rating", pa.float64(), "DOUBLE"),
        Column("review_count", pa.int64(), "INTEGER"),
        Column("availability"),
        Column("description"),
        Column("source"),
    ),
    derived=(("family", "course_family({row}name)"),),
    tracked=(
        "price",
        "list_price",
        "currency",
        "price_includes_vat",
        "start_date",
        "end_date",
        "availability",
    ),
)

KINDS: tuple[KindSpec, ...] = (
    COURSE,
    KindSpec("faq", Faq, "faq_items", (Column("question"), Column("answer"), Column("source"))),
    KindSpec(
        "term",
        Term,
        "glossary_terms",
        (
            Column("name"),
            Column("definition"),
            Column("same_as", _STRS, "VARCHAR[]"),
            Column("wikidata_id"),
            Column("source"),
        ),
    ),
    KindSpec(
        "breadcrumb",
        Breadcrumb,
        "breadcrumb_trails",
        (Column("names", _STRS, "VARCHAR[]"), Column("urls", _STRS, "VARCHAR[]"), Column("source")),
    ),
    KindSpec(
        "article",
        Article,
        "articles",
        (
            Column("headline"),
            Column("url"),
            Column("author"),
            Column("date_published"),
            Column("date_modified"),
            Column("source"),
        ),
    ),
    KindSpec(
        "organization",
        Organization,
        "organizations",
        (
            Column("name"),
            Column("url"),
            Column("same_as", _STRS, "VARCHAR[]"),
            Column("logo"),
            Column("telephone"),
            Column("source"),
        ),
    ),
)

KIND_BY_TYPE: dict[type[Record], KindSpec] = {spec.record_type: spec for spec in KINDS}

"""The records prospectus produces: small frozen values with stable keys.

A record says what one real thing is (a course run, an FAQ, a glossary term, ...)
and, in ``provenance``, where each of its values came from (``jsonld``,
``microdata``, ``rdfa``, ``opengraph``, ``html`` or ``text``).  ``source`` is the
origin of the record as a whole: where its identity (name or question) came from.

Records never change after they are built; steps that refine one return a new one
(``dataclasses.replace``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

Source = Literal["jsonld", "microdata", "rdfa", "opengraph", "html", "text"]
Mode = Literal["online", "in_person", "blended"]

SOURCES: tuple[str, ...] = ("jsonld", "microdata", "rdfa", "opengraph", "html", "text")
MODES: tuple[str, ...] = ("online", "in_person", "blended")


_NOT_WORD = re.compile(r"[^\w\s]")
# ASCII text needs no normalising: folding it is lower case, then every character the
# pattern above matches becomes a space (the table is built from the pattern itself).
_ASCII_PUNCT = str.maketrans({chr(c): " " for c in range(128) if _NOT_WORD.match(chr(c))})


def fold(text: str | None) -> str:
    """Case-, accent- and punctuation-blind form of ``text`` for keys and matching."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(text.lower().translate(_ASCII_PUNCT).split())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())


def stable_key(*parts: object) -> str:
    """A short hex digest identifying a record across crawls."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=10).hexdigest()


@dataclass(frozen=True, slots=True)
class Record:
    """Fields every record has."""

    kind: ClassVar[str] = "record"

    page: str
    source: str
    provenance: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    @property
    def key(self) -> str:
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        """The record as the contract's JSON object (``kind`` and ``page`` first)."""
        out: dict[str, Any] = {"kind": self.kind, "page": self.page}
        for f in dataclasses.fields(self):
            if f.name in ("page", "provenance"):
                continue
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        out["provenance"] = dict(self.provenance)
        return out


@dataclass(frozen=True, slots=True)
class Course(Record):
    """One scheduled run of a course, or the course itself where no date is given."""

    kind: ClassVar[str] = "course"

    name: str = ""
    provider: str | None = None
    url: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    price: float | None = None
    list_price: float | None = None
    currency: str | None = None
    price_includes_vat: bool | None = None
    mode: str | None = None
    location: str | None = None
    instructor: str | None = None
    rating: float | None = None
    review_count: int | None = None
    availability: str | None = None
    description: str | None = None

    @property
    def key(self) -> str:
        return stable_key(
            "course",
            self.url or self.page,
            fold(self.name),
            self.start_date,
            fold(self.location),
            self.mode,
        )


@dataclass(frozen=True, slots=True)
class Faq(Record):
    """One question and its answer."""

    kind: ClassVar[str] = "faq"

    question: str = ""
    answer: str | None = None

    @property
    def key(self) -> str:
        return stable_key("faq", self.page, fold(self.question))


@dataclass(frozen=True, slots=True)
class Term(Record):
    """One glossary entry."""

    kind: ClassVar[str] = "term"

    name: str = ""
    definition: str | None = None
    same_as: tuple[str, ...] = ()
    wikidata_id: str | None = None

    @property
    def key(self) -> str:
        return stable_key("term", self.page, fold(self.name))


@dataclass(frozen=True, slots=True)
class Breadcrumb(Record):
    """A page's breadcrumb trail: names and URLs from the site's root down."""

    kind: ClassVar[str] = "breadcrumb"

    names: tuple[str, ...] = ()
    urls: tuple[str | None, ...] = ()

    @property
    def key(self) -> str:
        return stable_key("breadcrumb", self.page, "/".join(fold(n) for n in self.names))


@dataclass(frozen=True, slots=True)
class Article(Record):
    """A blog post or news article."""

    kind: ClassVar[str] = "article"

    headline: str = ""
    url: str | None = None
    author: str | None = None
    date_published: str | None = None
    date_modified: str | None = None

    @property
    def key(self) -> str:
        return stable_key("article", self.url or self.page, fold(self.headline))


@dataclass(frozen=True, slots=True)
class Organization(Record):
    """A training provider or other organisation named by the page's markup."""

    kind: ClassVar[str] = "organization"

    name: str = ""
    url: str | None = None
    same_as: tuple[str, ...] = ()
    logo: str | None = None
    telephone: str | None = None

    @property
    def key(self) -> str:
        return stable_key("organization", fold(self.name), self.url)


@dataclass(frozen=True, slots=True)
class ExtractionIssue:
    """Something extraction repaired or could not save: never silently dropped."""

    page: str
    stage: str  # "decode", "jsonld", "microdata", "rdfa", "textdump", "maintext", ...
    action: Literal["repaired", "dropped", "warning"]
    detail: str
    where: str | None = None  # e.g. "script 3", "offset 1834"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "issue", **dataclasses.asdict(self)}


RECORD_TYPES: dict[str, type[Record]] = {
    cls.kind: cls for cls in (Course, Faq, Term, Breadcrumb, Article, Organization)
}

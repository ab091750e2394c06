"""Every schema.org example given in more than one syntax yields the same records from each.

Compared: the records built from structured data (not from the visible text, which
differs between a JSON-LD page and a microdata page by nature), and of those the
values that came from the structured data.  Examples whose syntaxes genuinely say
different things are listed in ``SOURCE_DIFFERS`` with what differs, checked by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from prospectus.extract import Document, extract

SCHEMAORG = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "schemaorg"
STRUCTURED = {"jsonld", "microdata", "rdfa"}
IDENTITY = {
    "course": ("name", "start_date", "location"),
    "faq": ("question",),
    "term": ("name",),
    "organization": ("name",),
    "article": ("headline",),
    "breadcrumb": ("names",),
}

# Examples whose markup differs between syntaxes in the source itself.
SOURCE_DIFFERS = {
    "eg-0172": "the JSON-LD version has only the Place and the Offer, not the MusicEvent",
    "eg-0314": "the JSON-LD term is 'Man', the others 'Manuscript'",
    "eg-0332": "the JSON-LD course has no name",
    "eg-0380": "the microdata term is 'Key Stage 3', the others 'KS 3'",
    "eg-0419": "the microdata/RDFa movie name carries a stray quote",
    "eg-0426": "the event names differ ('The 2016 Missoula Marathon' / 'The Missoula Marathon')",
    "eg-0437": "the event names differ ('Las Fallas 2017' / 'The Falles 2017')",
    "eg-0476": "the versions name the publisher differently and differ in dateModified",
}


def _examples() -> list[tuple[str, dict[str, str]]]:
    if not (SCHEMAORG / "index.json").is_file():
        return []
    out = []
    for item in json.loads((SCHEMAORG / "index.json").read_text(encoding="utf-8")):
        files = {k: v for k, v in item["files"].items() if k in STRUCTURED}
        if len(files) > 1:
            out.append((item["id"], files))
    return out


def _structured_records(path: Path) -> dict[tuple[object, ...], dict[str, object]]:
    result = extract(Document(path.read_bytes(), url="https://example.com/", page=path.name))
    out = {}
    for record in result.records:
        if record.source not in STRUCTURED:
            continue
        prov = dict(record.provenance)
        row = record.to_dict()
        values = {k: v for k, v in row.items() if prov.get(k) in STRUCTURED}
        key = (row["kind"], *(json.dumps(values.get(f)) for f in IDENTITY.get(row["kind"], ())))
        out[key] = values
    return out


@pytest.mark.parametrize(("example", "files"), _examples(), ids=[e for e, _ in _examples()])
def test_each_syntax_gives_the_same_records(example: str, files: dict[str, str]) -> None:
    if example in SOURCE_DIFFERS:
        pytest.xfail(SOURCE_DIFFERS[example])
    results = {syntax: _structured_records(SCHEMAORG / name) for syntax, name in files.items()}
    first_syntax, first = next(iter(results.items()))
    for syntax, records in results.items():
        assert records == first, f"{example}: {syntax} differs from {first_syntax}"


def test_the_corpus_has_multi_syntax_examples() -> None:
    assert len(_examples()) >= 50

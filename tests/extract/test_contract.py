"""Properties: whatever the bytes, ``extract`` returns records in the contract's shape."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prospectus.extract import Document, extract
from prospectus.records import MODES

DEVSET = Path(__file__).resolve().parents[3] / "shared" / "devset"
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FIELDS = {
    "course": {
        "name": str,
        "provider": (str, type(None)),
        "url": (str, type(None)),
        "start_date": (str, type(None)),
        "end_date": (str, type(None)),
        "price": (float, type(None)),
        "list_price": (float, type(None)),
        "currency": (str, type(None)),
        "price_includes_vat": (bool, type(None)),
        "mode": (str, type(None)),
        "location": (str, type(None)),
        "instructor": (str, type(None)),
        "rating": (float, type(None)),
        "review_count": (int, type(None)),
        "availability": (str, type(None)),
        "source": str,
    },
    "faq": {"question": str, "answer": (str, type(None)), "source": str},
    "term": {
        "name": str,
        "definition": (str, type(None)),
        "same_as": list,
        "wikidata_id": (str, type(None)),
        "source": str,
    },
}


def check_contract(doc: Document) -> None:
    result = extract(doc)
    for record in result.records:
        row = json.loads(json.dumps(record.to_dict()))
        assert row["page"] == doc.page
        for field, kind in FIELDS.get(row["kind"], {}).items():
            assert isinstance(row[field], kind), (field, row)
        if row["kind"] == "course":
            assert row["name"].strip()
            for field in ("start_date", "end_date"):
                assert row[field] is None or ISO.match(row[field])
            assert row["mode"] is None or row["mode"] in MODES
            assert row["currency"] is None or re.fullmatch(r"[A-Z]{3}", row["currency"])
        for text_field in ("name", "question", "answer", "definition"):
            value = row.get(text_field)
            assert value is None or (value == " ".join(value.split()) and "<" not in value[:1])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_never_crash(body: bytes) -> None:
    check_contract(Document(body=body, page="random.bin"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(sorted(DEVSET.glob("dev*.*[lt]")) or [Path(__file__)]),
    st.floats(min_value=0.0, max_value=1.0),
)
def test_truncated_pages_never_crash(path: Path, share: float) -> None:
    body = path.read_bytes()
    check_contract(Document(body=body[: int(len(body) * share)], page=path.name))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "@type",
                    "@id",
                    "name",
                    "startDate",
                    "offers",
                    "price",
                    "hasCourseInstance",
                    "mainEntity",
                    "acceptedAnswer",
                    "text",
                    "@graph",
                    "location",
                    "sameAs",
                    "provider",
                ]
            ),
            inner,
            max_size=5,
        )
    ),
    max_leaves=25,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    json_values,
    st.sampled_from(
        [
            "Course",
            "Event",
            "FAQPage",
            "Question",
            "DefinedTerm",
            "CourseInstance",
            ["Course", "Product"],
            None,
        ]
    ),
)
def test_random_json_ld_never_crashes(value: object, kind: object) -> None:
    if isinstance(value, dict) and kind is not None:
        value = {**value, "@type": kind}
    script = json.dumps(value)
    html = f'<html><body><script type="application/ld+json">{script}</script></body></html>'
    check_contract(Document(body=html.encode(), page="random.html"))
    check_contract(Document(body=f"Some text {script} more text".encode(), page="dump.txt"))


def test_a_value_opening_with_a_lone_angle_bracket_loses_it() -> None:
    """Found by the property test: a JSON-LD name "<0" is a tag's remnant and a number."""
    body = b'<script type="application/ld+json">{"@type":"Course","name":"<0"}</script>'
    check_contract(Document(body=body, page="lt.html"))


def test_urls_with_an_unclosed_ipv6_bracket_cost_no_records() -> None:
    """Found by mutating labelled pages: ``urljoin`` raises ValueError on "http://[x"; in the
    markup, a ``<base>``, a link or a glossary's reference, such a URL is kept as written
    (or dropped) and the page's records stay."""
    markup = {
        "@type": "Course",
        "name": "Welding Basics",
        "url": "http://[broken/course",
        "provider": {"@type": "Organization", "name": "Arc Academy", "url": "//[::1/x"},
        "hasCourseInstance": {"@type": "CourseInstance", "startDate": "2027-03-01",
                              "url": "https://[fe80::1/run"},
    }  # fmt: skip
    body = (
        '<html><head><base href="http://[bad/"></head><body>'
        f'<script type="application/ld+json">{json.dumps(markup)}</script>'
        '<h1>Welding Basics</h1><a href="http://[x/y">Book</a>'
        "<h2>Glossary</h2><dl><dt>MIG</dt><dd>Metal inert gas welding, with a wire fed through "
        'the gun. <a href="https://[en.wikipedia.org/wiki/MIG">Wikipedia</a></dd></dl>'
        "</body></html>"
    ).encode()
    doc = Document(body=body, url="https://arc.example/welding", page="v6.html")
    check_contract(doc)
    rows = [record.to_dict() for record in extract(doc).records]
    runs = [(r["name"], r["start_date"]) for r in rows if r["kind"] == "course" and r["start_date"]]
    assert runs == [("Welding Basics", "2027-03-01")]
    assert [r["name"] for r in rows if r["kind"] == "term"] == ["MIG"]

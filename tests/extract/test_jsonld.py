"""JSON-LD blocks: the happy path, each repair, the real broken pages in the corpus."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prospectus.extract.jsonld import JsonLdResult, parse_jsonld
from prospectus.extract.textdump import split_textdump

SHARED = Path(__file__).parents[2] / ".." / "shared"
MALFORMED = SHARED / "corpus" / "malformed"
DEVSET = SHARED / "devset"
_SCRIPT = re.compile(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.S | re.I)


def parse(raw: str) -> JsonLdResult:
    return parse_jsonld(raw, page="test", where="script 1")


def scripts(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8", errors="replace")
    return _SCRIPT.findall(text)


def details(result: JsonLdResult) -> str:
    return " | ".join(f"{i.action}: {i.detail}" for i in result.issues)


# --- happy path ----------------------------------------------------------------------


def test_valid_object_has_no_issues() -> None:
    result = parse('{"@context": "https://schema.org", "@type": "Course", "name": "X"}')
    assert result.values == ({"@context": "https://schema.org", "@type": "Course", "name": "X"},)
    assert result.issues == ()


def test_top_level_array_gives_its_items() -> None:
    result = parse('[{"@type": "A"}, {"@type": "B"}]')
    assert result.values == ({"@type": "A"}, {"@type": "B"})
    assert result.issues == ()


@pytest.mark.parametrize("raw", ["", "   \n ", "null"])
def test_empty_and_null_blocks_give_nothing(raw: str) -> None:
    assert parse(raw) == JsonLdResult((), ())


def test_issue_names_page_stage_and_where() -> None:
    issue = parse('{"a": 1,}').issues[0]
    assert (issue.page, issue.stage, issue.action, issue.where) == (
        "test",
        "jsonld",
        "repaired",
        "script 1",
    )
    assert "trailing comma" in issue.detail and "line 1" in issue.detail


# --- each repair, inline -----------------------------------------------------------------

REPAIRS: list[tuple[str, str, tuple[Any, ...], str]] = [
    ("trailing comma in object", '{"a": 1, "b": 2,}', ({"a": 1, "b": 2},), "trailing comma"),
    ("trailing comma in array", '{"a": [1, 2, ], }', ({"a": [1, 2]},), "trailing comma"),
    ("line comment", '{"a": 1, // note\n "b": "x // y"}', ({"a": 1, "b": "x // y"},), "comment"),
    ("commented-out line", '{\n//"gone": "",\n"a": 1}', ({"a": 1},), "comment"),
    ("block comment", '/* feed */ {"a": "/* kept */"}', ({"a": "/* kept */"},), "comment"),
    (
        "raw newline and tab in string",
        '{"a": "x\ny\tz"}',
        ({"a": "x\ny\tz"},),
        "raw control character",
    ),
    ("raw newline, lenient path", '{"a": "x\ny",}', ({"a": "x\ny"},), "raw control character"),
    ("back to back", '{"a": 1}{"b": 2}', ({"a": 1}, {"b": 2}), "several values"),
    ("back to back on lines", '{"a": 1}\n{"b": 2}\n', ({"a": 1}, {"b": 2}), "several values"),
    ("separated by ;", '{"a": 1};\n{"b": 2};', ({"a": 1}, {"b": 2}), "stray separator"),
    ("separated by ,", '{"a": 1},\n{"b": 2}', ({"a": 1}, {"b": 2}), "stray separator"),
    ("HTML comment wrapper", '<!--\n{"a": 1}\n-->', ({"a": 1},), "HTML comment wrapper"),
    ("HTML comment before", '<!-- about -->\n{"a": 1}', ({"a": 1},), "HTML comment"),
    ("JS CDATA wrapper", '//<![CDATA[\n{"a": 1}\n//]]>', ({"a": 1},), "CDATA wrapper"),
    ("bare CDATA wrapper", '<![CDATA[{"a": 1}]]>', ({"a": 1},), "CDATA wrapper"),
    (
        "entity-escaped block",
        "{&quot;a&quot;: &quot;x &amp; y&quot;}",
        ({"a": "x & y"},),
        "entity-escaped",
    ),
    ("mangled entities", "{ & #34;a&# 34;: & #34;b&# 34;}", ({"a": "b"},), "entity-escaped"),
    ("BOM", '\ufeff{"a": 1}', ({"a": 1},), "byte-order mark"),
    ("stray ; at the end", '{"a": 1};', ({"a": 1},), "stray separator"),
    ("escaped apostrophe", '{"a": "it\\\'s"}', ({"a": "it's"},), "invalid escape"),
    ("other invalid escape", '{"a": "x\\:y"}', ({"a": "x:y"},), "invalid escape"),
    (
        "single-quoted strings",
        "{'a': 'b', \"c\": 'it\"s'}",
        ({"a": "b", "c": 'it"s'},),
        "single-quoted",
    ),
    ("unquoted keys", '{a: 1, @type: "X"}', ({"a": 1, "@type": "X"},), "unquoted key"),
    ("unquoted value", '{"a": Jane Doe, "b": 1}', ({"a": "Jane Doe", "b": 1},), "unquoted value"),
    ("missing value", '{"w": , "h":\n}', ({"w": None, "h": None},), "missing value"),
    (
        "missing comma",
        '{"a": {"x": 1}\n "b": "y" "c": 2}',
        ({"a": {"x": 1}, "b": "y", "c": 2},),
        "missing comma",
    ),
    (
        "unescaped quotes",
        '{"h": "say "hi" now", "b": 1}',
        ({"h": 'say "hi" now', "b": 1},),
        "unescaped quote",
    ),
    ("unescaped quotes at the end", '{"h": "de "x""}', ({"h": 'de "x"'},), "unescaped quote"),
    (
        "missing closing brace",
        '{"a": {"b": 1}\n{"c": 2}',
        ({"a": {"b": 1}}, {"c": 2}),
        "missing closing brace",
    ),
    (
        "surrogate pair escapes",
        '{"a": "\\ud83d\\ude00",}',
        ({"a": "\U0001f600"},),
        "trailing comma",
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected", "kind"), REPAIRS, ids=[r[0] for r in REPAIRS])
def test_repair(name: str, raw: str, expected: tuple[Any, ...], kind: str) -> None:
    result = parse(raw)
    assert result.values == expected
    assert kind in details(result), details(result)
    assert all(issue.action == "repaired" for issue in result.issues), details(result)


def test_plain_text_is_dropped_and_recorded() -> None:
    result = parse("Musik und Sport\n5\n1\n5")
    assert result.values == ()
    assert [i.action for i in result.issues] == ["dropped"]
    assert "Musik und Sport" in result.issues[0].detail


def test_broken_object_does_not_cost_its_sibling() -> None:
    result = parse('{"@type": "A", "x": [1, 2}\n{"@type": "B", "y": "ok"}')
    assert {"@type": "B", "y": "ok"} in result.values
    assert result.values[0]["@type"] == "A"


def faq(questions: int) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": f"Question {i}?",
                "acceptedAnswer": {"@type": "Answer", "text": f"Answer number {i}."},
            }
            for i in range(questions)
        ],
    }


def test_truncated_faq_keeps_its_complete_questions() -> None:
    raw = json.dumps(faq(3))
    cut = raw[: raw.index("Answer number 2") + 8]
    result = parse(cut)
    assert result.values == (faq(2),)
    dropped = [i for i in result.issues if i.action == "dropped"]
    assert dropped and "Question 'Question 2?'" in dropped[0].detail


def test_truncated_object_keeps_its_complete_properties() -> None:
    result = parse('{"@type": "Course", "name": "X", "sameAs": ["a", "b"], "description": "ab')
    assert result.values == ({"@type": "Course", "name": "X", "sameAs": ["a", "b"]},)
    assert "incomplete property 'description'" in details(result)


@pytest.mark.parametrize("raw", ['{"a": ', '{"a', "[", '["x', '{"a": "b\\', '{"a": [{"b": 1},'])
def test_truncation_anywhere_never_raises(raw: str) -> None:
    result = parse(raw)
    assert all(isinstance(v, dict) or v is None or isinstance(v, str | int) for v in result.values)
    assert result.issues


def test_deep_nesting_never_raises() -> None:
    assert isinstance(parse("[" * 5000), JsonLdResult)
    assert isinstance(parse("[" * 5000 + "]" * 5000), JsonLdResult)


# --- the real broken pages ---------------------------------------------------------------

CORPUS_CASES = [
    # file, script index, expected @type of the values, repair kind recorded
    ("recipe-scrapers/innit.html", 0, ["Recipe"], "trailing comma"),
    ("trafilatura/tour-magazin.de-unfall.html", 0, ["Organization"], "trailing comma"),
    ("extruct-tests/custom.invalid/JSONLD_with_JS_comment.html", 0, ["NewsArticle"], "comment"),
    ("extruct-tests/schema.org.invalid/AllocateAction.001.html", 0, ["AllocateAction"], "comment"),
    ("extruct-tests/schema.org.invalid/JoinAction.001.html", 0, ["JoinAction"], "HTML comment"),
    ("metascraper/bluesky-profile.html", 0, ["ProfilePage"], "raw control character"),
    ("recipe-scrapers/strongrfastr.html", 0, ["Recipe"], "raw control character"),
    ("recipe-scrapers/eatwell101.html", 0, ["Recipe"], "CDATA wrapper"),
    ("readability/spiceworks-source.html", 0, ["BreadcrumbList", "NewsArticle"], "CDATA wrapper"),
    ("recipe-scrapers/pauladeen_1.html", 0, ["Recipe"], "stray separator"),
    ("trafilatura/bund-naturschutz.de-habeck.html", 0, ["BreadcrumbList"], "stray separator"),
    ("trafilatura/hss.de-Regierung.html", 0, ["BreadcrumbList"], "stray separator"),
    ("recipe-scrapers/bodybuilding.html", 0, ["Recipe"], "invalid escape"),
    ("readability/telegraph-source.html", 1, ["BreadcrumbList"], "entity-escaped"),
    ("trafilatura/eluniversal.com-senador.html", 0, ["NewsArticle"], "unescaped quote"),
    ("trafilatura/aoc.media.archaisme.html", 2, ["NewsArticle"], "unescaped quote"),
    ("metascraper/torcedores.html", 0, [None], "unescaped quote"),
    ("trafilatura/energetyka24-rosjanie.html", 0, ["NewsArticle"], "unquoted value"),
    ("trafilatura/wirtualnemedia-maciej-krzysztoszek.html", 0, ["NewsArticle"], "single-quoted"),
    ("metascraper/wsj-input.html", 0, ["NewsArticle"], "missing value"),
    ("trafilatura/blog.teufel.de.leistung.html", 1, [], "not JSON"),
]


@pytest.mark.parametrize(
    ("name", "index", "types", "kind"),
    CORPUS_CASES,
    ids=[c[0].split("/")[-1] for c in CORPUS_CASES],
)
def test_real_broken_page(name: str, index: int, types: list[str | None], kind: str) -> None:
    result = parse(scripts(MALFORMED / name)[index])
    assert [v.get("@type") for v in result.values] == types
    assert kind in details(result), details(result)


def test_unescaped_quotes_keep_the_headline() -> None:
    result = parse(scripts(MALFORMED / "trafilatura/eluniversal.com-senador.html")[0])
    assert result.values[0]["headline"] == 'Senador republicano califica a Biden de "incapacitado"'
    assert "image" in result.values[0] and "publisher" in result.values[0]


def test_missing_values_become_null() -> None:
    result = parse(scripts(MALFORMED / "metascraper/wsj-input.html")[0])
    assert result.values[0]["image"]["width"] is None
    assert result.values[0]["publisher"]["name"] == "Wall Street Journal"


EXTRUCT_EXPECTED = [
    "custom.invalid/AllocateAction.001",
    "custom.invalid/JSONLD_with_JS_comment",
    "custom.invalid/JSONLD_with_control_characters",
    "custom.invalid/JoinAction.001",
    "schema.org.invalid/AllocateAction.001",
    "schema.org.invalid/JoinAction.001",
    "misc/null_ld_mock",
]


@pytest.mark.parametrize("stem", EXTRUCT_EXPECTED)
def test_matches_extruct_expected_output(stem: str) -> None:
    base = MALFORMED / "extruct-tests" / stem
    expected = json.loads((base.parent / (base.name + ".jsonld")).read_text(encoding="utf-8"))
    values = [v for raw in scripts(base.parent / (base.name + ".html")) for v in parse(raw).values]
    assert values == expected


DEVSET_CASES = [
    (
        "dev02_aws_solutions_architect.html",
        2,
        ["EducationEvent"] * 4,
        ["comment", "trailing comma"],
    ),
    ("dev04_cipd_level5.html", 1, ["Course"], ["HTML comment wrapper"]),
    ("dev06_power_bi.html", 2, ["FAQPage"], ["entity-escaped"]),
    (
        "dev11_acca_sbr.html",
        0,
        ["EducationalOrganization", "Course"],
        ["CDATA wrapper", "several values", "raw control character", "stray separator"],
    ),
]


@pytest.mark.parametrize(
    ("name", "index", "types", "kinds"), DEVSET_CASES, ids=[c[0] for c in DEVSET_CASES]
)
def test_devset_broken_block(name: str, index: int, types: list[str], kinds: list[str]) -> None:
    result = parse(scripts(DEVSET / name)[index])
    assert [v.get("@type") for v in result.values] == types
    for kind in kinds:
        assert kind in details(result), details(result)


def test_react_escaped_faq_gives_its_answers() -> None:
    result = parse(scripts(DEVSET / "dev06_power_bi.html")[2])
    answers = [q["acceptedAnswer"]["text"] for q in result.values[0]["mainEntity"]]
    assert len(answers) >= 4 and all(a and "&quot;" not in a for a in answers)


MALFORMED_FILES = sorted(p for p in MALFORMED.rglob("*") if p.is_file())


@pytest.mark.parametrize("path", MALFORMED_FILES, ids=[p.name for p in MALFORMED_FILES])
def test_every_malformed_file_goes_through(path: Path) -> None:
    text = path.read_bytes().decode("utf-8", errors="replace")
    if path.suffix in (".html", ".htm"):
        for i, raw in enumerate(scripts(path)):
            assert isinstance(parse_jsonld(raw, page=path.name, where=f"script {i}"), JsonLdResult)
    else:
        assert isinstance(parse_jsonld(text, page=path.name, where="file"), JsonLdResult)
        assert split_textdump(text, page=path.name).visible is not None


def test_valid_10kb_block_is_fast() -> None:
    raw = json.dumps(faq(100))
    assert len(raw) > 10_000
    started = time.perf_counter()
    for _ in range(100):
        parse(raw)
    assert (time.perf_counter() - started) / 100 < 0.005


# --- properties ---------------------------------------------------------------------------

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.text(max_size=20)
    | (st.floats(allow_nan=False, allow_infinity=False))
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
_OBJECTS = st.dictionaries(st.text(max_size=8), _JSON, max_size=5)
_NOISE = st.sampled_from(["", " ", "\n", "\t ", " /* c */ ", " // c\n", "\n// x\n  "])


def mangle(value: Any, draw: Any) -> str:
    """``value`` as JSON with random white space, comments and trailing commas."""
    noise = draw(_NOISE)
    if isinstance(value, dict):
        parts = [
            f"{json.dumps(k)}{draw(_NOISE)}:{draw(_NOISE)}{mangle(v, draw)}"
            for k, v in value.items()
        ]
        trail = "," if parts and draw(st.booleans()) else ""
        return "{" + noise + ("," + draw(_NOISE)).join(parts) + trail + draw(_NOISE) + "}"
    if isinstance(value, list):
        parts = [mangle(v, draw) for v in value]
        trail = "," if parts and draw(st.booleans()) else ""
        return "[" + noise + ("," + draw(_NOISE)).join(parts) + trail + draw(_NOISE) + "]"
    return json.dumps(value)


@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    assert isinstance(parse(text), JsonLdResult)


@given(st.text(alphabet="{}[]\",:'\\/*<!-> \nabc@;&#3", max_size=80))
def test_json_like_junk_never_raises(text: str) -> None:
    assert isinstance(parse(text), JsonLdResult)


@given(_OBJECTS)
def test_valid_json_round_trips_without_issues(value: dict[str, Any]) -> None:
    result = parse(json.dumps(value, indent=1))
    assert result.values == (value,)
    assert result.issues == ()


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(_OBJECTS, st.data())
def test_mangled_json_reads_back(value: dict[str, Any], data: st.DataObject) -> None:
    raw = mangle(value, data.draw)
    result = parse(raw)
    assert result.values == (value,), raw


@given(_OBJECTS, st.integers(min_value=0))
def test_cut_json_never_raises(value: dict[str, Any], cut: int) -> None:
    raw = json.dumps(value)
    assert isinstance(parse(raw[: cut % (len(raw) + 1)]), JsonLdResult)

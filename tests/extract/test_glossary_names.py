"""Term names and abbreviations (patterns.glossary_names) and merging terms (merge_terms)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prospectus.extract.merge import merge_terms
from prospectus.extract.patterns.glossary_names import TermNames, abbreviates, strip_marker
from prospectus.records import Term

WIKI = "https://en.wikipedia.org/wiki/Information_security"


def term(name: str, source: str = "html", definition: str | None = None, *links: str) -> Term:
    return Term(
        page="p.html",
        source=source,
        provenance=(("name", source),),
        name=name,
        definition=definition,
        same_as=links,
    )


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("CIA", "Confidentiality, integrity and availability"),
        ("RBAC", "Role-based access control"),
        ("SSO", "Single sign-on"),
        ("PMBOK", "Project Management Body of Knowledge"),
        ("InfoSec", "Information security"),
        ("ABS", "Anti-lock braking system"),  # a hyphenated compound giving one letter
        ("CBTS", "Cross-border trade scheme"),  # or one letter a part
        ("CTS", "Cross-border trade scheme"),
        ("FMD", "Foot-and-mouth disease"),
        ("SIGO", "Sistema de Informação e Gestão da Oferta"),  # other languages' joining words
        ("SPP", "Servizio di prevenzione e protezione"),
    ],
)
def test_abbreviations(short: str, long: str) -> None:
    assert abbreviates(short, long)
    assert TermNames.of(short).matches(TermNames.of(long))
    assert TermNames.of(f"{short} ({long})").matches(TermNames.of(long))
    assert TermNames.of(f"{long} ({short})").matches(TermNames.of(short))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Scrum", "Sprint (Scrum)"),  # a qualifier, not an abbreviation
        ("Project manager", "Product manager"),  # same initials, two long names
        ("SCRUM", "Scrum master"),  # every word must give a letter
        ("API", "Application"),
        ("Kanban", "Kanban board (Lean)"),
    ],
)
def test_different_terms(a: str, b: str) -> None:
    assert not TermNames.of(a).matches(TermNames.of(b))


def test_markup_term_and_its_visible_code_are_one_record() -> None:
    markup = term("Confidentiality, integrity and availability", "jsonld", None, WIKI)
    seen = term("CIA (Confidentiality, integrity and availability)", "html", "The three goals.")
    bare = term("CIA", "html", "Three goals of security.", "https://www.wikidata.org/wiki/Q1")
    other = term("Single sign-on", "html", "One login for many systems.")
    merged = merge_terms([seen, other, bare, markup])
    assert [t.name for t in merged] == [markup.name, other.name]
    assert merged[0].source == "jsonld"
    assert merged[0].definition == "The three goals."  # the visible text fills the gap
    assert merged[0].same_as == (WIKI, "https://www.wikidata.org/wiki/Q1")


def test_a_one_sentence_markup_stub_gives_way_to_the_full_visible_definition() -> None:
    stub = term("Retention period", "jsonld", "How long records are kept.")
    full = term(
        "Retention period",
        "html",
        "How long records are kept before they are deleted. Each record type has its own "
        "period, set out in the retention schedule.",
    )
    same = term("Backup", "jsonld", "A copy of data kept to restore it after a loss.")
    longer = term("Backup", "html", "A copy of data kept to restore it after a loss. See below.")
    other = term("Archive", "jsonld", "Records moved to long-term storage.")
    unrelated = term(
        "Archive",
        "html",
        "Where we file things. Our team in Cork looks after the boxes and the shelving units.",
    )
    merged = {t.name: t for t in merge_terms([full, stub, longer, same, unrelated, other])}
    assert merged["Retention period"].definition == full.definition
    assert merged["Retention period"].source == "jsonld"
    assert dict(merged["Retention period"].provenance)["definition"] == "html"
    assert merged["Backup"].definition == same.definition  # not twice as long
    assert merged["Archive"].definition == other.definition  # not a fuller form of it


def test_a_markup_definition_cut_with_an_ellipsis_gives_way_to_the_whole_visible_one() -> None:
    cut = term("Learning account", "jsonld", "A personal account credited in hours that lets…")
    whole = term(
        "Learning account",
        "html",
        "A personal account credited in pounds each year that lets every worker pay for "
        "certified courses.",
    )
    kept = term("Levy", "jsonld", "A tax on large employers' payroll that funds…")
    other = term("Levy", "html", "See our funding page for the details of the scheme.")
    merged = {t.name: t for t in merge_terms([whole, cut, other, kept])}
    assert merged["Learning account"].definition == whole.definition
    assert dict(merged["Learning account"].provenance)["definition"] == "html"
    assert merged["Levy"].definition == kept.definition  # another text, not its whole form


def test_terms_that_only_look_alike_stay_apart() -> None:
    merged = merge_terms([term("Sprint (Scrum)"), term("Scrum"), term("Project manager")])
    assert len(merge_terms([*merged, term("Product manager")])) == 4


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_names_never_raise(a: str, b: str) -> None:
    TermNames.of(a).matches(TermNames.of(b))
    abbreviates(a, b)
    merge_terms([term(a or "x"), term(b or "y")])


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("PAYE (abbr.)", "PAYE"),
        ("GmbH (Abk.)", "GmbH"),
        ("KPI [acronym]", "KPI"),
        ("Sprint (Scrum)", "Sprint (Scrum)"),
        ("Return on investment (ROI)", "Return on investment (ROI)"),
    ],
)
def test_abbreviation_markers_are_no_part_of_a_name(name: str, bare: str) -> None:
    assert strip_marker(name) == bare


def test_a_markup_loanword_name_and_the_page_name_holding_it_with_one_definition_are_one() -> None:
    text = (
        "A fraud where the attacker poses as a trusted body, by email or text message, to "
        "get the victim to type their password into a fake site."
    )
    markup = term("Smishing", "jsonld", text)
    shown = term("Text-message fraud (smishing)", "html", text + " Read more: Wikipedia")
    other = term("Vishing", "html", "The same fraud by a phone call.")
    merged = merge_terms([markup, shown, other])
    assert [t.name for t in merged] == ["Smishing", "Vishing"]


def test_the_page_definition_replaces_a_one_line_markup_wording_it_does_not_hold() -> None:
    markup = term("Firewall", "jsonld", "A system that filters network traffic.")
    shown = term(
        "Firewall",
        "html",
        "A device or program that controls the traffic coming into and going out of a network "
        "by rules you set, and blocks the connections they do not allow.",
    )
    (merged,) = merge_terms([markup, shown])
    assert merged.definition == shown.definition
    close = term("Firewall", "html", "A system that filters network traffic by your rules.")
    (kept,) = merge_terms([markup, close])
    assert kept.definition == markup.definition  # not twice as long


def test_a_markup_name_whose_words_begin_the_page_names_with_one_definition_is_one() -> None:
    """The markup names the thing ("Rock dust"), the page the process ("Rock dusting"), with
    the same long definition: one term.  Names sharing no word stems stay apart."""
    text = (
        "Spreading fine inert dust over the floor, walls and roof of a roadway so that "
        "coal dust cannot carry an explosion."
    )
    markup = term("Rock dust", "jsonld", text)
    shown = term("Rock dusting", "html", text)
    other = term("Inerting", "html", text + " Also used in silos.")
    merged = merge_terms([markup, shown, other])
    assert [t.name for t in merged] == ["Rock dust", "Inerting"]


def test_a_markup_name_with_a_joining_word_and_the_page_name_with_a_slash_are_one() -> None:
    """The markup writes "Lock and tag", the page "Lock/tag isolation", with one long definition:
    one term, whichever way the name joins its parts."""
    text = (
        "Isolating every energy source of a machine with a personal padlock and a signed "
        "tag before anyone works on it."
    )
    markup = term("Lock and tag", "jsonld", text)
    shown = term("Lock/tag isolation", "html", text + " Learn more: Wikipedia")
    other = term("Try-out", "html", "Pressing the start button after isolating, to prove it.")
    merged = merge_terms([markup, shown, other])
    assert [t.name for t in merged] == ["Lock and tag", "Try-out"]


def test_a_markup_long_name_with_a_hyphenated_compound_and_the_page_s_short_form_are_one() -> None:
    """The markup names the term in full ("Cattle Trace-back Register"), the page by its short
    form, one letter for the compound ("CTR"): one record."""
    definition = "The register that records each animal's moves from farm to abattoir."
    merged = merge_terms(
        [term("Cattle Trace-back Register", "jsonld", definition), term("CTR", "html", definition)]
    )
    assert [t.name for t in merged] == ["Cattle Trace-back Register"]


def test_a_hyphenated_compound_read_as_one_word_gives_its_initial_alone() -> None:
    """No "EVP" in "Evidence-based practice": one letter for the compound, or one a part."""
    assert not abbreviates("EVP", "Evidence-based practice")
    assert abbreviates("EBP", "Evidence-based practice")
    assert not TermNames.of("Employee value proposition (EVP)").matches(
        TermNames.of("Evidence-based practice")
    )

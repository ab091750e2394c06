"""Glossary layouts read from the visible page (prospectus.extract.patterns.glossary)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from prospectus.extract.document import Document, decode
from prospectus.extract.patterns.glossary import find_terms
from prospectus.extract.patterns.glossary_text import is_fact_definition, is_other_names_label
from prospectus.extract.patterns.glossary_toggles import TOGGLES, toggle_terms
from prospectus.extract.patterns.outline import Outline
from prospectus.extract.textdump import split_textdump
from prospectus.extract.visible import Visible, visible_from_text, visible_from_tree
from prospectus.records import Term, fold

FIXTURES = Path(__file__).parent / "fixtures" / "patterns"
DEVSET = Path(__file__).resolve().parents[3] / "shared" / "devset"
SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"


def html_view(markup: str, page: str = "t.html", base_url: str | None = None) -> Visible:
    return visible_from_tree(LexborHTMLParser(markup), page, lang=None, base_url=base_url)


def fixture(name: str, base_url: str | None = None) -> Visible:
    return html_view((FIXTURES / name).read_text(encoding="utf-8"), name, base_url)


def terms(view: Visible) -> dict[str, Term]:
    return {t.name: t for t in find_terms(view)}


def test_dl_in_glossary_region_with_reference_links() -> None:
    found = terms(fixture("glossary_dl.html", base_url="https://example.com/lean"))
    assert set(found) == {"DMAIC", "Kaizen"}  # course facts, nutrition, comments: no terms
    assert found["DMAIC"].definition is not None
    assert found["DMAIC"].definition.startswith("Define, Measure, Analyse, Improve, Control:")
    assert found["DMAIC"].same_as == ("https://en.wikipedia.org/wiki/DMAIC",)
    assert found["Kaizen"].same_as == ("https://www.wikidata.org/wiki/Q1056246",)
    assert found["Kaizen"].wikidata_id == "Q1056246"
    assert found["Kaizen"].source == "html"
    assert dict(found["Kaizen"].provenance) == {"name": "html", "definition": "html"}


def test_review_widget_and_blog_teasers_after_a_glossary_are_no_terms() -> None:
    """A glossary page's reviews widget ("<strong>Trustpilot</strong> 4.8 from 1,204
    reviews") and the post teasers under its "Latest news" label (a linked title over a
    one-line excerpt) are no terms; the list's own entries are."""
    entries = "".join(
        f"<dt>Term {n}</dt><dd>A sentence-long definition of term number {n} here.</dd>"
        for n in "ABC"
    )
    markup = (
        f"<main><h1>Plumbing glossary</h1><dl>{entries}</dl>"
        '<section><div class="head"><strong>Trustpilot</strong> <span>4.8</span>'
        " <span>from 1,204 reviews</span></div></section>"
        "<section><h2>Latest news</h2>"
        '<article><time>3 Nov 2026</time><h3><a href="/n/1">New boiler grants announced</a></h3>'
        "<p>What homeowners should know this winter.</p></article>"
        '<article><time>9 Oct 2026</time><h3><a href="/n/2">Our new Leeds workshop</a></h3>'
        "<p>A bigger space for hands-on courses.</p></article></section></main>"
    )
    assert set(terms(html_view(markup))) == {"Term A", "Term B", "Term C"}


def test_glossary_dl_outside_a_region_by_shape() -> None:
    markup = (
        "<dl>"
        + "".join(
            f"<dt>Term {n}</dt><dd>A sentence-long definition of term number {n} here.</dd>"
            for n in "ABC"
        )
        + "</dl>"
    )
    assert set(terms(html_view(markup))) == {"Term A", "Term B", "Term C"}


def test_three_column_table_by_header_words() -> None:
    found = terms(fixture("glossary_table.html"))
    assert set(found) == {"Testfall", "Testobjekt"}  # the schedule table is no glossary
    assert found["Testobjekt"].definition == "Die Komponente oder das System, das getestet wird."


def test_term_dash_lines_only_in_jargon_buster() -> None:
    found = terms(fixture("glossary_lines.html"))
    assert set(found) == {"Profession Map", "Employee engagement", "Talent management", "CPD"}
    assert found["Employee engagement"].definition == (
        "how committed employees feel to their organisation."
    )
    assert found["Employee engagement"].same_as == (
        "https://en.wikipedia.org/wiki/Employee_engagement",
    )


def test_a_to_z_heading_per_term() -> None:
    found = terms(fixture("glossary_headings.html"))
    assert set(found) == {"Agile", "Baseline", "Critical path"}
    assert found["Critical path"].definition == (
        "The longest sequence of dependent tasks, which sets the shortest project duration."
    )


def test_br_separated_terms_in_one_paragraph() -> None:
    found = terms(fixture("glossary_br.html"))
    assert set(found) == {"PivotTable", "Named range", "Macro", "Goal Seek", "Solver", "Sparkline"}
    assert found["Named range"].definition == (
        "A name given to a cell or range so that formulas read well."
    )
    assert found["Goal Seek"].definition == "A tool that works backwards from the result you want."
    assert found["Goal Seek"].same_as == ()  # the next line's link is Solver's
    assert found["Solver"].same_as == ("https://en.wikipedia.org/wiki/Solver",)
    assert found["Sparkline"].definition == (  # a wrapped line continues its definition
        "A tiny chart drawn inside a single cell of the sheet, showing a trend at a glance."
    )


def test_dates_times_and_prices_are_not_terms() -> None:
    found = terms(fixture("glossary_not_dates.html"))
    assert set(found) == {"Garden leave", "TUPE"}


def test_topic_headings_that_mention_a_dictionary_are_no_glossary() -> None:
    assert terms(fixture("glossary_not_a_region.html")) == {}


def test_cards_with_reference_links_in_the_footer() -> None:
    card = (
        "<div class='col'><div class='card'><div class='card-body'><h3 class='card-title'>{0}</h3>"
        "<p class='card-text'>{1}</p></div><div class='card-footer'>{2}</div></div></div>"
    )
    wiki = "<a href='https://en.wikipedia.org/wiki/{0}'>Wikipedia</a>"
    wikidata = " <a href='https://www.wikidata.org/wiki/{0}'>Wikidata</a>"
    cards = "".join(
        card.format(name, definition, links)
        for name, definition, links in [
            ("Encryption", "A way of encoding data so only authorised parties can read it.",
             wiki.format("Encryption") + wikidata.format("Q141090")),
            ("Firewall", "A system that filters network traffic by a set of rules.",
             wiki.format("Firewall_(computing)")),
            ("Phishing", "A fraudulent message that tricks people into revealing secrets.",
             "<a href='/blog/phishing/'>Read our guide</a>"),
        ]
    )  # fmt: skip
    found = terms(
        html_view(f"<main><h1>Security glossary</h1><div class='row'>{cards}</div></main>")
    )
    assert set(found) == {"Encryption", "Firewall", "Phishing"}
    assert found["Encryption"].same_as == (
        "https://en.wikipedia.org/wiki/Encryption",
        "https://www.wikidata.org/wiki/Q141090",
    )
    assert found["Encryption"].wikidata_id == "Q141090"
    assert found["Encryption"].definition == (
        "A way of encoding data so only authorised parties can read it."
    )
    assert found["Firewall"].same_as == ("https://en.wikipedia.org/wiki/Firewall_(computing)",)
    assert found["Phishing"].same_as == ()


def test_cards_whose_head_block_holds_the_term_and_a_subtitle() -> None:
    """A card's head block holding the heading and a subtitle beside it (an expansion,
    "Also: …"): the subtitle only names the term otherwise, the definition is the
    paragraph after the block."""
    card = "<div class='tile'><div class='tile-top'><h3>{0}</h3>{1}</div><p>{2}</p></div>"
    cards = "".join(
        card.format(name, f"<span class='sub'>{sub}</span>" if sub else "", definition)
        for name, sub, definition in [
            ("RCD", "Residual current device",
             "A switch that cuts the power when current leaks to earth."),
            ("Earth bond", "Also: bonding conductor",
             "A wire that joins metal parts so they stay at the same voltage."),
            ("Isolator", "", "A switch that separates a circuit from its supply for work."),
        ]
    )  # fmt: skip
    found = terms(html_view(f"<main><h1>Wiring glossary</h1><div>{cards}</div></main>"))
    assert {name: term.definition for name, term in found.items()} == {
        "RCD": "A switch that cuts the power when current leaks to earth.",
        "Earth bond": "A wire that joins metal parts so they stay at the same voltage.",
        "Isolator": "A switch that separates a circuit from its supply for work.",
    }


def test_cards_with_the_term_in_the_card_header() -> None:
    cards = "".join(
        f"<div class='card'><div class='card-header'><strong>{name}</strong></div>"
        f"<div class='card-body'><p>{definition}</p></div>"
        f"<div class='card-footer'><a href='{href}'>{label}</a></div></div>"
        for name, definition, href, label in [
            ("Backlog", "An ordered list of the work a team plans to do.",
             "https://en.wikipedia.org/wiki/Backlog", "Wikipedia"),
            ("Velocity", "The amount of work a team finishes in one sprint.",
             "/blog/velocity/", "Read more"),
            ("Increment", "The sum of the work done in a sprint, ready to use.",
             "https://www.wikidata.org/wiki/Q123", "Wikidata"),
        ]
    )  # fmt: skip
    found = terms(html_view(f"<main><h1>Agile glossary</h1>{cards}</main>"))
    assert {name: t.definition for name, t in found.items()} == {
        "Backlog": "An ordered list of the work a team plans to do.",
        "Velocity": "The amount of work a team finishes in one sprint.",
        "Increment": "The sum of the work done in a sprint, ready to use.",
    }
    assert found["Backlog"].same_as == ("https://en.wikipedia.org/wiki/Backlog",)
    assert found["Increment"].wikidata_id == "Q123"


def test_numbered_clause_terms_in_a_jargon_list() -> None:
    text = (
        "Jargon buster\n"
        "Section 21 notice – a notice a landlord gives to end an assured shorthold tenancy.\n"
        "Part 36 offer – a formal offer to settle a claim with cost consequences.\n"
        "Regulation 4.1 duty – the duty to assess risks before any work starts on site.\n"
        "Lesson 2 – the second part of this course covers all the notices.\n"
    )
    found = terms(visible_from_text(text, "d.txt"))
    assert set(found) == {"Section 21 notice", "Part 36 offer", "Regulation 4.1 duty"}


def test_faq_lists_are_not_glossaries() -> None:
    assert terms(fixture("faq_dl.html")) == {}
    assert terms(fixture("faq_headings.html")) == {}


def test_text_dump_jargon_buster_and_fact_sheet() -> None:
    text = (
        "Meet the team\nSteve Hollins – Senior Trainer. Steve drove lorries for years.\n"
        "Price: £425 plus VAT for the five days\n"
        "Driver CPC jargon buster\n"
        "DQC — Driver Qualification Card: the card that proves you hold a Driver CPC.\n"
        "Tachograph — A device that records driving time, speed and distance.\n"
        "em>\nStill confused? Call us.\nWhat our drivers say\n"
        "VLAN fact sheetDefinition: A VLAN (virtual local area network) is a logical "
        "grouping of switch ports.Trunking carries many VLANs.\n"
    )
    found = terms(visible_from_text(text, "d.txt"))
    assert set(found) == {"DQC", "Tachograph", "VLAN (virtual local area network)"}
    assert found["DQC"].definition == (
        "Driver Qualification Card: the card that proves you hold a Driver CPC."
    )
    assert found["VLAN (virtual local area network)"].definition == (
        "A VLAN (virtual local area network) is a logical grouping of switch ports."
    )
    assert all(t.source == "text" for t in found.values())


def test_heading_per_term_with_related_boxes_sidebar_and_cta() -> None:
    found = terms(fixture("glossary_h2_entries.html", base_url="https://example.com/"))
    assert set(found) == {
        *("Backorder", "Lead time", "Safety stock", "Incoterms"),  # headings over prose
        *("EXW", "FOB", "DDP"),  # the table's rows; its heading and caption are no terms
    }
    backorder = found["Backorder"]
    assert backorder.definition == (  # "Learn more: …" gives links, not words
        "An order for goods that cannot be filled now because the item is out of stock, "
        "and that will be shipped when stock arrives."
    )
    assert backorder.same_as == (
        "https://en.wikipedia.org/wiki/Backorder",
        "https://www.wikidata.org/wiki/Q4839210",
    )
    assert backorder.wikidata_id == "Q4839210"
    assert found["Lead time"].definition == (
        "The time between placing an order with a supplier and receiving the goods. "
        "Long lead times call for larger safety stocks."
    )


def test_labels_calls_lists_tables_steps_and_side_boxes_are_no_terms() -> None:
    found = terms(fixture("glossary_not_headings.html"))
    assert set(found) == {"Reorder point", "Zone picking", "SKU"}  # SKU: a jargon-buster box


_FEATURES = (
    "<h1>Why train with us</h1>"
    "<h3>Official courseware</h3><p>The official courseware is included in the price.</p>"
    "<h3>Exam voucher</h3><p>An exam voucher is included for every delegate.</p>"
    "<h3>Free resit</h3><p>A free resit is available if you do not pass first time.</p>"
    "<h3>Small classes</h3><p>The class size is limited to eight delegates.</p>"
)
_ARTICLE = (
    "<h1>Performant Python</h1>"
    "<h3>Tuples</h3><p>Tuples are a kind of immutable list.</p><pre>t = (1, 2)</pre>"
    "<h3>Generators</h3><p>Generators are a lazy kind of list.</p><pre>g = (x for x in t)</pre>"
    "<h3>Slots</h3><p>Slots are a mechanism that saves memory.</p><pre>__slots__ = ()</pre>"
)
_RUN = (
    "<h1>Agile basics</h1>"
    "<h3>Kanban</h3><p>Kanban is a method for visualising work and limiting work in progress.</p>"
    "<h3>Burndown chart</h3><p>A chart that shows the work left against the time left.</p>"
    "<h3>Velocity</h3><p>The amount of work a team completes in one sprint.</p>"
    "<h3>Timebox</h3><p>Refers to a fixed period of time that a piece of work may take.</p>"
)


def test_uncued_run_of_definition_headings() -> None:
    found = terms(html_view(_RUN))
    assert set(found) == {"Kanban", "Burndown chart", "Velocity", "Timebox"}
    assert found["Velocity"].definition == "The amount of work a team completes in one sprint."


@pytest.mark.parametrize(
    "markup", [_FEATURES, _ARTICLE, _RUN.replace("<h3>Velocity</h3>", "<h2>Velocity</h2>")]
)
def test_feature_lists_articles_and_short_runs_are_no_glossary(markup: str) -> None:
    assert terms(html_view(markup)) == {}


def test_layout_classes_are_no_side_boxes() -> None:
    markup = (
        '<div class="content-sidebar-wrap ast-right-sidebar"><h2>Glossary</h2>'
        "<h3>Kaizen</h3><p>Continuous improvement through small, frequent changes.</p></div>"
    )
    assert set(terms(html_view(markup))) == {"Kaizen"}


def test_numbered_list_remnant_in_a_text_dump() -> None:
    text = (
        "Key terms\n"
        "Reconnaissance: the first phase of an attack, gathering information on the target.\n"
        "  1. Pivoting: using a compromised system as a stepping stone to attack others.\n"
        "2) Zero-day: a vulnerability that is unknown to the vendor and has no patch.\n"
    )
    found = terms(visible_from_text(text, "d.txt"))
    assert set(found) == {"Reconnaissance", "Pivoting", "Zero-day"}
    assert found["Pivoting"].definition == (
        "using a compromised system as a stepping stone to attack others."
    )


def _view(path: Path) -> Visible:
    decoded = decode(Document(body=path.read_bytes(), page=str(path)))
    if decoded.kind == "html":
        return visible_from_tree(
            LexborHTMLParser(decoded.text), str(path), lang=None, base_url=None
        )
    return visible_from_text(split_textdump(decoded.text, page=str(path)).visible, str(path))


def _expected(path: Path) -> list[dict[str, object]]:
    stem = path.name.rsplit(".", 1)[0]
    spec = json.loads((path.parent / f"{stem}.expected.json").read_text(encoding="utf-8"))
    return [r for r in spec["records"] if r["kind"] == "term"]


def _names(record: dict[str, object]) -> set[str]:
    aliases = record.get("aliases") or []
    assert isinstance(aliases, list)
    return {fold(str(n)) for n in [record["name"], *aliases]}


@pytest.mark.skipif(not DEVSET.is_dir(), reason="shared devset not mounted")
@pytest.mark.parametrize(
    "name",
    [
        "dev03_lean_six_sigma_green_belt.html",  # <dl>
        "dev04_cipd_level5.html",  # "Term — definition" paragraphs
        "dev07_istqb_foundation_de.html",  # 3-column table
        "dev10_hgv_driver_cpc.txt",  # text-dump jargon buster
        "dev12_google_analytics_nz.html",
    ],
)  # <dl>
def test_devset_glossaries(name: str) -> None:
    found = {fold(t.name): t for t in find_terms(_view(DEVSET / name))}
    expected = _expected(DEVSET / name)
    assert expected and len(found) == len(expected)
    for record in expected:
        hit = next(found[n] for n in _names(record) if n in found)
        assert fold(hit.definition) == fold(str(record["definition"]))


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared samples not mounted")
def test_sample_fact_sheet_definition() -> None:
    path = SAMPLES / "000_8d53c66af32cc3c4.txt"
    found = {fold(t.name): t for t in find_terms(_view(path))}
    pmo = next(r for r in _expected(path) if r["name"] == "Project Management Office")
    hit = next(found[n] for n in _names(pmo) if n in found)
    assert hit.definition == pmo["definition"]


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list('<>/:.-–— aAdltrhDefinition\n\t="#\u00a0')), max_size=300)
)
def test_arbitrary_html_and_text_never_raise(text: str) -> None:
    find_terms(html_view(text))
    find_terms(visible_from_text(text, "x.txt"))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    find_terms(
        html_view(
            f"<h2>Glossary</h2><dl><dt>{text}</dt><dd>{text}</dd></dl>"
            f"<table><tr><th>Term</th><th>Definition</th></tr>"
            f"<tr><td>{text}</td><td>{text}</td></tr></table><p>{text} — {text}</p>"
        )
    )
    find_terms(
        visible_from_text(f"Glossary\n{text} — {text}\nDefinition: {text} is {text}", "x.txt")
    )


def test_heading_over_a_one_item_list_in_a_glossary_region() -> None:
    markup = (
        '<section class="glossary"><h2>Glosario</h2>'
        "<h4>Backlog</h4><ul><li>Lista priorizada de todo el trabajo pendiente del producto."
        "</li></ul>"
        "<h4>Sprint</h4><ul><li>Periodo fijo de una a cuatro semanas en el que el equipo "
        "entrega un incremento.</li></ul>"
        "<h4>Programa</h4><ol>"
        + "".join(f"<li>Lección {n}: fundamentos del marco de trabajo Scrum</li>" for n in range(5))
        + "</ol></section>"
    )
    found = terms(html_view(markup))
    assert set(found) == {"Backlog", "Sprint"}  # a lesson list is no definition
    assert found["Backlog"].definition == (
        "Lista priorizada de todo el trabajo pendiente del producto."
    )


def test_headings_over_lists_outside_a_glossary_are_no_terms() -> None:
    item = "<ul><li>Ein Laptop mit aktuellem Browser und stabiler Verbindung.</li></ul>"
    markup = "<h2>Kursinformationen</h2>" + "".join(
        f"<h3>{head}</h3>{item}" for head in ("Voraussetzungen", "Technik", "Material")
    )
    assert terms(html_view(markup)) == {}


@pytest.mark.parametrize(
    "header",
    [
        ("Begriff", "Abkürzung", "Erklärung"),
        ("Termo", "Definição"),
        ("Hasło", "Skrót", "Definicja"),
        ("Terme", "Catégorie", "Définition"),
        ("用語", "略語", "説明"),
        ("Begreb", "Betydning"),
    ],
)
def test_table_header_words_in_many_languages(header: tuple[str, ...]) -> None:
    rows = [("Rollback", "RB", "Returning a system to the state it was in before a change.")]
    rows.append(("Canary release", "–", "Releasing a change to a small group of users first."))
    cells = [(*(name, abbr)[: len(header) - 1], definition) for name, abbr, definition in rows]
    markup = (
        "<table><tr>"
        + "".join(f"<th>{h}</th>" for h in header)
        + "</tr>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells)
        + "</table>"
    )
    found = terms(html_view(markup))
    assert set(found) == {"Rollback", "Canary release"}
    assert found["Rollback"].definition == rows[0][2]  # the abbreviation column is no definition


def test_schedule_and_key_facts_tables_are_no_glossaries() -> None:
    markup = (
        "<table><tr><th>Termin</th><th>Miejsce</th><th>Cena</th></tr>"
        "<tr><td>12–14 maja 2026</td><td>Gdańsk</td><td>2 400 zł</td></tr>"
        "<tr><td>2–4 czerwca 2026</td><td>Online</td><td>2 100 zł</td></tr></table>"
        "<table><tr><th scope=row>Duration</th><td>Three days of live online training</td></tr>"
        "<tr><th scope=row>Level</th><td>Beginner, no prior knowledge assumed at all</td></tr>"
        "<tr><th scope=row>Exam</th><td>Included in the price, taken online</td></tr></table>"
    )
    assert terms(html_view(markup)) == {}


def test_one_table_per_letter() -> None:
    markup = "".join(
        f"<table><caption>{letter}</caption><tr><th scope=row>{name}</th><td>{definition}</td>"
        "</tr></table><a href='#top'>Back to top</a>"
        for letter, name, definition in (
            ("B", "Bandwidth", "The most data a network link can carry in a given time."),
            ("L", "Latency (abbr.)", "The delay before a transfer of data begins."),
        )
    )
    found = terms(html_view(markup))
    assert set(found) == {"Bandwidth", "Latency"}  # the "(abbr.)" marker is no part of a name
    assert found["Latency"].definition == "The delay before a transfer of data begins."


def test_full_width_colon_and_other_separators() -> None:
    markup = (
        '<div class="glossary"><ul>'
        "<li><strong>回滚</strong>：将系统恢复到变更之前的状态，以便快速消除故障的影响。</li>"
        "<li><strong>灰度发布</strong>：先向一小部分用户发布新版本，确认稳定后再逐步扩大范围。</li>"
        "<li>Blue-green deployment | Running two identical environments and switching traffic.</li>"
        "</ul></div>"
    )
    found = terms(html_view(markup))
    assert set(found) == {"回滚", "灰度发布", "Blue-green deployment"}
    assert found["回滚"].definition == "将系统恢复到变更之前的状态，以便快速消除故障的影响。"


def test_two_level_a_to_z_with_name_elements() -> None:
    markup = (
        '<nav class="az"><a href="#a">A</a> <a href="#c">C</a> <span>D</span></nav><ul>'
        + "".join(
            f'<li id="{letter.lower()}"><h3>{letter}</h3><ul>'
            f'<li><a href="#{name}">{name}</a><p>{definition} '
            f'<a href="https://en.wikipedia.org/wiki/{name}">(Wikipedia)</a></p></li>'
            '</ul><a href="#top">Back to top ↑</a></li>'
            for letter, name, definition in (
                ("A", "Anchor", "A link target inside the same page, named by an id."),
                ("C", "Cookie", "A small piece of data a site stores in the browser."),
                ("S", "Sitemap", "A file that lists the pages of a site for crawlers."),
            )
        )
        + "</ul>"
    )
    found = terms(html_view(markup))
    assert set(found) == {"Anchor", "Cookie", "Sitemap"}
    assert found["Cookie"].definition == "A small piece of data a site stores in the browser."
    assert found["Cookie"].same_as == ("https://en.wikipedia.org/wiki/Cookie",)


def test_tab_separated_tables_in_a_text_dump() -> None:
    text = (
        "Prossime edizioni\n"
        "Data\tSede\tPrezzo\n"
        "12/10/2026\tMilano\t1.200,00 €\n"
        "Termine\tAbbreviazione\tDefinizione\n"
        "Valore aggiunto\tVA\tLa differenza tra il valore della produzione e i costi esterni.\n"
        "Flusso di cassa\t–\tIl movimento netto di denaro in entrata e in uscita da un'impresa.\n"
        "Ti potrebbe interessare\n"
        "Contabilità base\tUn corso di due giorni per chi parte da zero in contabilità.\n"
    )
    found = terms(visible_from_text(text, "d.txt"))
    assert set(found) == {"Valore aggiunto", "Flusso di cassa"}
    assert found["Valore aggiunto"].definition == (
        "La differenza tra il valore della produzione e i costi esterni."
    )


def test_tab_separated_glossary_table_with_wrapped_cells_and_long_names() -> None:
    text = (
        "Glosario de la formación\n"
        "Término\tDefinición\n"
        "Plan de formación de la empresa para el empleo (PFE)\tConjunto de acciones que la "
        "empresa organiza cada año para sus empleados,\n"
        "financiadas con sus propios fondos.\n"
        "Bonificación\tDescuento en las cotizaciones que cubre el coste de la formación de\n"
        "los trabajadores de la empresa.\n"
        "Crédito formativo\tImporte anual del que dispone cada empresa para formar a su "
        "plantilla.\n"
        "Próximos cursos\n"
        "excel avanzado, 12 de enero\n"
    )
    found = terms(visible_from_text(text, "d.txt"))
    assert set(found) == {
        "Plan de formación de la empresa para el empleo (PFE)",
        "Bonificación",
        "Crédito formativo",
    }
    assert found["Plan de formación de la empresa para el empleo (PFE)"].definition == (
        "Conjunto de acciones que la empresa organiza cada año para sus empleados, "
        "financiadas con sus propios fondos."
    )
    assert found["Bonificación"].definition == (
        "Descuento en las cotizaciones que cubre el coste de la formación de los trabajadores "
        "de la empresa."
    )
    assert found["Crédito formativo"].definition == (
        "Importe anual del que dispone cada empresa para formar a su plantilla."
    )


def test_a_term_line_wrapped_onto_a_second_line_in_a_text_dump() -> None:
    text = (
        "Jargon buster\n"
        "Hedge: A shrub or low tree planted in a row to mark the edge of\n"
        "a field or a garden.\n"
        "Coppice: A wood whose trees are cut back to the ground every few years.\n"
        "Book a course today\n"
    )
    found = terms(visible_from_text(text, "d.txt"))
    assert set(found) == {"Hedge", "Coppice"}
    assert found["Hedge"].definition == (
        "A shrub or low tree planted in a row to mark the edge of a field or a garden."
    )
    assert found["Coppice"].definition == (
        "A wood whose trees are cut back to the ground every few years."
    )


def test_terms_with_ratios_and_colons_between_digits() -> None:
    markup = (
        "<h2>Glossary</h2><ul>"
        "<li><strong>60:40 portfolio:</strong> A mix of six parts shares to four parts bonds.</li>"
        "<li><strong>ISO 9001:2015:</strong> The current edition of the quality management "
        "standard.</li>"
        "<li><strong>Open 09:30:</strong> The doors open half an hour before the start.</li>"
        "</ul>"
    )
    assert set(terms(html_view(markup))) == {"60:40 portfolio", "ISO 9001:2015"}
    text = (
        "Key terms\n"
        "3:2:1 rule: Keep three copies of your data on two media, one of them off site.\n"
        "Backup window: The time set aside each night for backups to run.\n"
    )
    assert set(terms(visible_from_text(text, "d.txt"))) == {"3:2:1 rule", "Backup window"}


def test_tab_separated_lines_under_a_glossary_heading() -> None:
    text = (
        "Glossary\n"
        "Payload\tThe part of a message that carries the data itself.\n"
        "Webhook\tA call a service makes to your URL when an event happens.\n"
        "What our learners say\n"
    )
    assert set(terms(visible_from_text(text, "d.txt"))) == {"Payload", "Webhook"}


def test_cjk_faq_and_course_facts_lists_are_no_glossaries() -> None:
    faq = "<dl>" + "".join(
        f"<dt><span>Q.</span>{q}</dt><dd><span>A.</span>{a}</dd>"
        for q, a in (
            (
                "オンラインでも受講できますか？",
                "はい、すべての講座をオンラインでも開講しています。",
            ),
            (
                "領収書は発行されますか？",
                "お支払いの確認後、請求書と領収書をメールでお送りします。",
            ),
            ("キャンセル料はかかりますか？", "開講日の七日前までは無料でキャンセルいただけます。"),
        )
    )
    facts = "<dl>" + "".join(
        f"<dt>{k}</dt><dd>{v}</dd>"
        for k, v in (
            ("受講料", "88,000円（税込）"),
            ("期間", "2026年11月2日〜4日"),
            ("会場", "大阪"),
        )
    )
    assert terms(html_view(faq + "</dl>" + facts + "</dl>")) == {}


_DEFINITION_BOXES = """<html><body><h1>Working with maps</h1>
<p>Before we start we need a few words.</p>
<blockquote class="tip">
  <div class="box-title">Tip: Definitions</div>
  <ul>
    <li><p><strong>Contour</strong></p><p>A line joining points of equal height on a map.</p></li>
    <li><strong>Bearing</strong> The angle between north and the direction you walk in.</li>
  </ul>
</blockquote>
<details><summary>Key terms</summary>
  <p><b>Grid reference</b></p><p>Two numbers that locate a square on the map sheet.</p>
  <p>It is read eastings first.</p>
</details>
<blockquote class="tip"><div class="box-title">Tip: Walking poles</div>
  <ul><li><p><strong>Length</strong></p>
  <p>Set them so that your elbow is at a right angle.</p></li></ul>
</blockquote>
<table><tr><th>Column</th><th>Meaning</th></tr>
<tr><td>Contour</td><td>The height column of the file.</td></tr></table>
</body></html>"""


def test_definition_boxes_are_read_before_column_tables() -> None:
    found = terms(html_view(_DEFINITION_BOXES))
    assert found["Contour"].definition == "A line joining points of equal height on a map."
    assert found["Bearing"].definition == ("The angle between north and the direction you walk in.")
    assert found["Grid reference"].definition == (
        "Two numbers that locate a square on the map sheet. It is read eastings first."
    )
    assert "Length" not in found  # a tip box that is not titled as definitions


def test_see_also_lines_are_no_terms() -> None:
    entry = (
        '<div class="entry"><h3>{name}</h3><p>{definition}</p>'
        '<p class="xref">{label}: <a href="#a">{first}</a>, <a href="#b">{second}</a></p></div>'
    )
    entries = [
        ("Backlog", "Die geordnete Liste aller Arbeiten am Produkt.", "Siehe auch", "Sprint Goal"),
        ("Burndown", "Ein Diagramm der verbleibenden Arbeit pro Tag.", "See also", "Velocity"),
        ("Kanban", "Eine Methode, die Arbeit auf einer Tafel sichtbar macht.", "Voir aussi", "WIP"),
    ]
    markup = "<main><h2>Glossar</h2>" + "".join(
        entry.format(name=n, definition=d, label=label, first=f"{n} board", second=second)
        for n, d, label, second in entries
    )
    found = terms(html_view(markup + "</main>"))
    assert set(found) == {"Backlog", "Burndown", "Kanban"}


def test_see_also_line_in_a_text_glossary_is_no_term() -> None:
    text = (
        "Key terms\n"
        "Sprint: a fixed period in which the team delivers a usable increment.\n"
        "Veja também: Scrum, Backlog do produto, Incremento\n"
        "Velocity: the amount of work a team completes in one sprint.\n"
    )
    assert set(terms(visible_from_text(text, "d.txt"))) == {"Sprint", "Velocity"}


_ACCORDION_ITEMS = (
    ("Jidoka", "Automation with a human touch: machines stop by themselves when a defect "
     "appears.", "https://en.wikipedia.org/wiki/Autonomation"),
    ("Heijunka", "Production levelling — smoothing the type and quantity of work over time.",
     ""),
    ("TPM", "Total Productive Maintenance: operators look after their own machines daily.",
     "https://www.wikidata.org/wiki/Q1423577"),
)  # fmt: skip


def _accordion(item: str) -> str:
    return "".join(
        item.format(n=n, name=name, definition=definition)
        + (
            f"<p class=links>Read more: <a href='{href}'>Wikipedia</a></p></div></div>"
            if href
            else "</div></div>"
        )
        for n, (name, definition, href) in enumerate(_ACCORDION_ITEMS)
    )


def test_accordion_toggles_name_terms_and_panels_define_them() -> None:
    button = (
        "<div class=item><button class=toggle aria-expanded=false aria-controls=panel-{n}>"
        "<span>{name}</span><span class=icon aria-hidden=true>+</span></button>"
        "<div class=panel id=panel-{n} role=region hidden><p>{definition}</p>"
    )
    bootstrap = (
        "<div class=accordion-item><h2 class=accordion-header><button class=accordion-button>"
        "{name}</button></h2><div class='accordion-collapse collapse'><div class=accordion-body>"
        "<p>{definition}</p>"
    )
    builder = (  # a page builder's tab title: an icon, then the name as a link
        "<div class=tab><div class=tab-title role=button><i class=icon-plus></i>"
        "<a href='' class=title>{name}</a> ▾</div><div class=tab-content><p>{definition}</p>"
    )
    collapse = (  # Bootstrap 3: a collapse link in the panel's heading, the body by its id
        "<div class='panel panel-default'><div class=panel-heading><h4 class=panel-title>"
        "<a data-toggle=collapse href='#c{n}' aria-expanded=false>{name}</a></h4></div>"
        "<div id=c{n} class='panel-collapse collapse'><div class=panel-body><p>{definition}</p>"
    )
    for item in (button, bootstrap, builder, collapse):
        markup = f"<main><h1>Lean glossary</h1><div class=accordion>{_accordion(item)}</div></main>"
        found = terms(html_view(markup))
        assert {name: t.definition for name, t in found.items()} == {
            name: definition for name, definition, _ in _ACCORDION_ITEMS
        }  # a gloss opening a panel ("Production levelling — …") is no term of its own
        assert found["Jidoka"].same_as == ("https://en.wikipedia.org/wiki/Autonomation",)
        assert found["TPM"].wikidata_id == "Q1423577"


def test_details_summary_glossary() -> None:
    items = "".join(
        f"<details><summary>{name}</summary><p>{definition}</p></details>"
        for name, definition, _ in _ACCORDION_ITEMS
    )
    found = terms(html_view(f"<main><h1>Key terms</h1>{items}</main>"))
    assert set(found) == {"Jidoka", "Heijunka", "TPM"}


def test_menu_toggles_and_accordions_outside_a_glossary_are_no_terms() -> None:
    menu = (
        "<div class=menu><button aria-expanded=false>Consulting</button>"
        "<ul><li><a href='/a'>Lean transformation</a></li><li><a href='/b'>QMS set-up</a></li>"
        "</ul></div><button class=expand-all>Expand all</button><input type=search>"
        "<button class=more>Load more</button><div class=newsletter><p>Sign up for a monthly "
        "bulletin with new terms and course dates.</p></div>"
    )
    found = terms(html_view(f"<main><h1>Lean glossary</h1>{menu}</main>"))
    assert found == {}
    faq = "".join(
        f"<div><button>{name}</button><div><p>{answer}</p></div></div>"
        for name, answer in [
            ("Refund policy", "A full refund is given up to 14 days before the course."),
            ("Parking", "The venue has free parking for all delegates on site."),
            ("Lunch", "A buffet lunch is served each day in the hotel restaurant."),
        ]
    )
    assert terms(html_view(f"<main><h1>Lean Six Sigma Green Belt</h1>{faq}</main>")) == {}


def test_a_gloss_opening_a_heading_terms_definition_is_no_term() -> None:
    entries = "".join(
        f"<h3>{name}</h3><p>{definition}</p>" for name, definition, _ in _ACCORDION_ITEMS
    )
    found = terms(html_view(f"<main><h1>Glossary</h1>{entries}</main>"))
    assert set(found) == {"Jidoka", "Heijunka", "TPM"}


def test_definition_boxes_between_tutorial_steps() -> None:
    page = (
        "<main><h1>Working with sequencing reads</h1><p>First we upload the data.</p>"
        "<blockquote class=comment><div class=box-title><i class=icon></i> Comment: "
        "Definitions 1</div><ul>"
        "<li><p><strong>Read</strong></p><p>A short piece of DNA sequence produced by a "
        "sequencing machine.</p></li>"
        "<li><p><strong>Adapter</strong></p><p>A synthetic sequence joined to the ends of "
        "each fragment before sequencing.</p></li></ul>"
        "<p>Graphically, reads pile up along the genome:</p></blockquote>"
        "<blockquote class=tip><div class=box-title>Tip: Uploading data</div>"
        "<p><strong>Paste/Fetch</strong>: paste the link into the box and press start.</p>"
        "</blockquote>"
        "<div class='admonition note'><p class=admonition-title>Key terms</p>"
        "<ul><li><strong>Coverage</strong> The number of reads that cover one position of the "
        "genome.</li></ul></div>"
        "<h2>Trim the reads</h2><p><strong>Quality</strong>: trim bases below Q20 from "
        "both ends of every read.</p></main>"
    )
    found = terms(html_view(page))
    assert {name: t.definition for name, t in found.items()} == {
        "Read": "A short piece of DNA sequence produced by a sequencing machine.",
        "Adapter": "A synthetic sequence joined to the ends of each fragment before sequencing.",
        "Coverage": "The number of reads that cover one position of the genome.",
    }  # the tip box and the steps are no glossary


def test_accordion_panel_of_inline_words_and_links() -> None:
    items = "".join(
        f"<div class=item><button aria-expanded=false>{name}</button>"
        f"<div class=panel hidden>{definition}</div></div>"
        for name, definition in [
            ("Kanban", "A scheduling system built on <a href='https://en.wikipedia.org/wiki/"
             "Kanban'>kanban cards</a>, used in lean."),
            ("Gemba", "The place where value is created, such as the <em>shop floor</em>."),
        ]
    )  # fmt: skip
    found = terms(html_view(f"<main><h1>Lean glossary</h1>{items}</main>"))
    assert {name: t.definition for name, t in found.items()} == {
        "Kanban": "A scheduling system built on kanban cards, used in lean.",
        "Gemba": "The place where value is created, such as the shop floor.",
    }
    assert found["Kanban"].same_as == ("https://en.wikipedia.org/wiki/Kanban",)


def test_abbreviation_column_before_the_term_column() -> None:
    rows = [
        (
            "<abbr>ROI</abbr>",
            "Return on investment",
            "The gain from an outlay set against its cost.",
        ),
        ("—", "Break-even point", "The level of sales at which costs and income are equal."),
        ("", "Cash flow", "The money moving into and out of a business over a period."),
        ("KPI", "Key performance indicator", "A measure showing how well a goal is being met."),
    ]
    markup = (
        "<table><thead><tr><th>Abbreviation</th><th>Term</th><th>Definition</th>"
        "<th>See also</th></tr></thead><tbody>"
        + "".join(
            f"<tr><td>{abbr}</td><th scope=row>{name}</th><td><p>{definition}</p></td>"
            "<td><a href='#x'>Margin</a></td></tr>"
            for abbr, name, definition in rows
        )
        + "</tbody></table>"
    )
    found = terms(html_view(markup))
    assert set(found) == {name for _, name, _ in rows}  # named by the Term column
    assert found["Cash flow"].definition == rows[2][2]


def test_acronym_column_alone_names_the_terms() -> None:
    markup = (
        "<table><tr><th>Acronym</th><th>Meaning</th></tr>"
        "<tr><td>CPD</td><td>Continuing professional development after qualifying.</td></tr>"
        "<tr><td>LMS</td><td>Learning management system, the software hosting courses.</td></tr>"
        "</table>"
    )
    assert set(terms(html_view(markup))) == {"CPD", "LMS"}


@pytest.mark.parametrize(
    ("definition", "facts"),
    [
        ("Online on demand · £45 + VAT", True),
        ("Leeds | 3 days | 12 May 2027", True),
        ("Classroom in Leeds or Bristol • from €390", True),
        ("A measure of risk · used in audits · see the HSE guide", False),
        ("From March 2027 from NZ$1,250", True),
        ("Next intake: May 2027", True),
        ("Starts September 2027 · £420", True),
        (
            "From April 2027, the national minimum wage that employers must pay to every "
            "worker aged 21 and over.",
            False,
        ),
        ("The legal duty to reduce risk so far as is reasonably practicable.", False),
    ],
)
def test_a_card_line_of_facts_is_no_definition(definition: str, facts: bool) -> None:
    assert is_fact_definition(definition) is facts


def test_text_dump_entries_as_name_line_definition_and_labelled_lines() -> None:
    """A dumped glossary: letter lines, then per entry a name line, its definition paragraph
    and labelled lines ("Source: …", "Related terms: …") that are no part of it."""
    text = (
        "Payroll glossary\n"
        "Jump to: B · G · N · P\n"
        "B\n"
        "Benefit in kind\n"
        "A non-cash reward an employee receives on top of pay, such as a company car.\n"
        "Source: HMRC guidance 480\n"
        "Related terms: P11D\n"
        "G\n"
        "Gross pay\n"
        "Pay before any tax, pension or other deductions are taken off.\n"
        "Read more: Wikipedia\n"
        "N\n"
        "Net pay (take-home pay)\n"
        "What the employee is paid after all deductions, as shown on the payslip.\n"
        "P\n"
        "P11D\n"
        "The annual form on which an employer reports benefits in kind to HMRC.\n"
        "Source: HMRC form P11D (2026 edition)\n"
        "Popular terms\n"
        "Gross pay\n"
        "P11D\n"
        "Newsletter\n"
        "Monthly updates on payroll law, new templates and course dates.\n"
    )
    found = terms(visible_from_text(text, "d.txt"))
    assert set(found) == {"Benefit in kind", "Gross pay", "Net pay (take-home pay)", "P11D"}
    assert found["Gross pay"].definition == (
        "Pay before any tax, pension or other deductions are taken off."
    )


def test_text_dump_name_and_paragraph_pairs_need_a_glossary_stretch() -> None:
    text = (
        "Data Protection Course\n"
        "Overview\n"
        "A two-day course on the law and the practice of data protection in business.\n"
        "Who should attend\n"
        "Managers, HR staff and anyone who handles personal data at work every day.\n"
    )
    assert terms(visible_from_text(text, "d.txt")) == {}


def test_text_dump_a_to_z_list_of_courses_is_no_glossary() -> None:
    text = (
        "Courses A–Z\n"
        "A\n"
        "Agile Foundation\n"
        "Learn the basics of agile delivery in two days with a certified trainer.\n"
        "B\n"
        "Budgeting Essentials\n"
        "A one-day course on building and tracking a departmental budget.\n"
        "C\n"
        "Coaching Skills\n"
        "Practise coaching conversations with feedback from an experienced coach.\n"
    )
    assert terms(visible_from_text(text, "d.txt")) == {}


def test_heading_terms_ask_where_headings_stand_only_where_an_entry_can_count() -> None:
    from prospectus.extract.patterns.glossary_headings import _may_count, _named_heads
    from prospectus.extract.patterns.outline import Outline

    entry = "<h3>{}</h3><p>A method that teams use to plan and track their work.</p>"
    two = "".join(entry.format(name) for name in ("Kanban", "Scrum"))
    three = two + entry.format("Sprint")
    for body, counts in [(two, False), (three, True), (f"<h2>Glossary</h2>{two}", True)]:
        outline = Outline(LexborHTMLParser(f"<html><body>{body}</body></html>"))
        named = _named_heads(outline.headings, outline.heading_texts, lists=False)
        assert _may_count(named, outline, glossary=outline.has(2)) is counts, body


def test_text_dump_definition_paragraph_wrapped_onto_more_lines() -> None:
    """A dump breaks a long definition mid-sentence: the lines going on with a small letter
    belong to it, and the entry counts."""
    text = (
        "Workplace safety glossary\n"
        "A\n"
        "Anchor point\n"
        "A secure point of attachment for a fall arrest lanyard, rated for the load of one\n"
        "worker and inspected before each use.\n"
        "L\n"
        "Lockout/tagout\n"
        "Isolating a machine from its energy sources and tagging the switch so that no one\n"
        "restarts it while work is done, then testing that it cannot start.\n"
        "Related terms: Isolation\n"
        "P\n"
        "Permit to work\n"
        "A written authorisation that sets out the hazards, the controls and the people\n"
    )
    found = terms(visible_from_text(text, "d.txt"))
    assert set(found) == {"Anchor point", "Lockout/tagout"}  # the last has no sentence's end
    assert found["Anchor point"].definition == (
        "A secure point of attachment for a fall arrest lanyard, rated for the load of one "
        "worker and inspected before each use."
    )
    assert found["Lockout/tagout"].definition is not None
    assert found["Lockout/tagout"].definition.endswith("that it cannot start.")


def test_a_long_official_name_with_small_joining_words_is_one_term() -> None:
    """A name element beside its definition: an official name of a few words joined by
    "de", "e", "da", "of" and a bracketed acronym is a term's name."""
    markup = """<h1>Glossário</h1><ul class="glossary">
    <li><a href="/g/a">Agência Nacional para a Qualificação e o Ensino Profissional (ANQEP)</a>\
<div>Instituto público que coordena a oferta de educação e formação profissional.</div></li>
    <li><a href="/g/b">Quadro Nacional de Qualificações (QNQ)</a>\
<div>Referencial único para classificar as qualificações do sistema educativo.</div></li>
    <li><a href="/g/c">Register of Regulated Qualifications in England and Wales (RQF)</a>\
<div>The list of the qualifications regulated by Ofqual and the awarding bodies.</div></li>
    </ul>"""
    found = terms(html_view(markup))
    assert set(found) == {
        "Agência Nacional para a Qualificação e o Ensino Profissional (ANQEP)",
        "Quadro Nacional de Qualificações (QNQ)",
        "Register of Regulated Qualifications in England and Wales (RQF)",
    }


def test_a_heading_over_a_list_of_links_in_a_glossary_page_is_no_term() -> None:
    """On a glossary page, a section heading over a short list made of links only (blog
    posts, related pages) names no term, whatever its language."""
    markup = """<h1>Glossário de formação</h1>
    <h3>Formador</h3><ul><li>Profissional que prepara, desenvolve e avalia as sessões.</li></ul>
    <h3>Cronograma</h3><ul><li>Calendário das sessões de uma ação, com datas e horários.</li></ul>
    <h3>Leituras sugeridas</h3><ul>\
<li><a href="/b/1">Como preparar uma sessão de formação a distância</a></li>\
<li><a href="/b/2">Cinco erros frequentes na avaliação da formação</a></li></ul>
    <h3>Do nosso blogue</h3><p>Artigos novos todas as semanas sobre formação e gestão.</p>"""
    found = terms(html_view(markup))
    assert "Leituras sugeridas" not in found
    assert "Do nosso blogue" not in found
    assert {"Formador", "Cronograma"} <= set(found)


def test_text_dump_name_line_of_a_long_official_name_with_joining_words() -> None:
    text = (
        "Glossário da formação profissional\n"
        "A\n"
        "Agência Nacional para a Qualificação e o Ensino Profissional (ANQEP)\n"
        "Instituto público que coordena a oferta de educação e formação profissional.\n"
        "Ação de formação\n"
        "Conjunto de sessões com objetivos, conteúdos e destinatários definidos.\n"
        "C\n"
        "Cronograma\n"
        "Calendário das sessões de uma ação, com as datas e os horários de cada uma.\n"
        "Q\n"
        "Quadro Nacional de Qualificações (QNQ)\n"
        "Referencial único para classificar todas as qualificações do sistema educativo.\n"
    )
    found = terms(visible_from_text(text, "d.txt"))
    assert set(found) == {
        "Agência Nacional para a Qualificação e o Ensino Profissional (ANQEP)",
        "Ação de formação",
        "Cronograma",
        "Quadro Nacional de Qualificações (QNQ)",
    }


def test_a_row_of_term_links_after_a_label_is_no_term() -> None:
    from prospectus.extract.patterns.glossary_text import term_from_line

    assert term_from_line("Most searched: LOLER · PUWER · DSE · HAVS") is None
    assert term_from_line("Trending: Risk | Hazard | Near miss") is None
    assert term_from_line(
        "Hazard: anything with the potential to cause harm · for example a trailing cable"
    ) == ("Hazard", "anything with the potential to cause harm · for example a trailing cable")


def test_term_cards_with_an_english_name_line_and_linked_post_teasers() -> None:
    """A card's line naming the term in English, between a Chinese (or other non-Latin)
    term and its definition, is another name of the term, not part of the definition; a
    linked post title over a cut-off excerpt is no term."""
    markup = """<h1>品質管理名詞解釋</h1><div class="grid">
    <article class="card"><h3>管制圖</h3><p class="en">Control Chart</p>\
<p>用來監控製程是否處於統計管制狀態的圖表，標示中心線與上下管制界限。</p></article>
    <article class="card"><h3>柏拉圖分析</h3><p class="en">Pareto Analysis</p>\
<p>依問題發生頻率由高至低排列，找出造成大部分問題的少數關鍵原因。</p></article>
    <article class="card"><h3>Кайдзен</h3><p>Kaizen</p>\
<p>Постоянное улучшение процессов небольшими шагами при участии всех сотрудников.</p></article>
    </div><section><h2>最新文章</h2>
    <article><h3><a href="/blog/1">六標準差綠帶考試準備心得</a></h3>\
<p>綠帶考試的題型與…</p></article>
    <article><h3><a href="/blog/2">品管七大手法總整理</a></h3><p>從檢查表到散佈圖…</p></article>
    </section>"""
    found = terms(html_view(markup))
    assert set(found) == {"管制圖", "柏拉圖分析", "Кайдзен"}
    assert found["管制圖"].definition == (
        "用來監控製程是否處於統計管制狀態的圖表，標示中心線與上下管制界限。"
    )
    assert found["Кайдзен"].definition == (
        "Постоянное улучшение процессов небольшими шагами при участии всех сотрудников."
    )


def test_a_glossary_table_with_letter_rows_across_it() -> None:
    """One two-column table for the whole A–Z, each letter opening with a row whose one
    cell spans the table ("<th colspan=2>Č ↑</th>"); the header names the columns in
    Slovenian / Croatian ("Izraz | Razlaga", "Pojam | Objašnjenje")."""
    markup = """<h1>Pojmovnik</h1><table><thead><tr><th>Pojam</th><th>Objašnjenje</th></tr>\
</thead><tbody>
    <tr><th colspan="2" id="A">A <a href="#top">↑</a></th></tr>
    <tr><td>Audit</td>\
<td>Sustavna i neovisna provjera usklađenosti sustava sa zahtjevima norme.</td></tr>
    <tr><th colspan="2" id="C">Č</th></tr>
    <tr><td>Čimbenik rizika</td>\
<td>Okolnost koja povećava vjerojatnost ozljede ili bolesti.</td></tr>
    <tr><th colspan="2" id="N">N</th></tr>
    <tr><td>Nesukladnost</td>\
<td>Neispunjavanje zahtjeva norme, propisa ili internog postupka.</td></tr>
    </tbody></table>"""
    found = terms(html_view(markup))
    assert set(found) == {"Audit", "Čimbenik rizika", "Nesukladnost"}


def test_a_reference_links_label_in_the_pages_language_ends_no_definition() -> None:
    html = (
        "<html><body><h1>Glossari</h1><h2>A</h2>"
        "<p><strong>Antivirus:</strong> Programa que detecta i elimina programari maliciós. "
        'Més informació: <a href="https://en.wikipedia.org/wiki/Antivirus_software">'
        "Viquipèdia (en anglès)</a></p>"
        "<p><strong>Còpia de seguretat:</strong> Còpia de les dades que permet recuperar-les "
        "després d'una pèrdua.</p>"
        "<p><strong>Contrasenya:</strong> Cadena secreta de caràcters que demostra la identitat "
        "d'un usuari.</p></body></html>"
    )
    found = {t.name: t for t in find_terms(html_view(html))}
    assert found["Antivirus"].definition == "Programa que detecta i elimina programari maliciós."


def test_a_learning_platforms_glossary_dump_with_bylines_and_reference_lines() -> None:
    """A Moodle-like glossary as text: letter lines, each entry's name, a "who - when"
    byline, the definition, a "See also" line with a reference link, and action words."""
    text = (
        "Glossary of first aid terms\n"
        "Special | A | B | C | D | ALL\n"
        "A\n"
        "Airway\n"
        "by Priya Shah - Tuesday, 3 March 2026, 9:41 AM\n"
        "The passage through which air passes from the nose and mouth into the lungs.\n"
        "See also: Wikipedia (https://en.wikipedia.org/wiki/Respiratory_tract)\n"
        "Permalink: Edit Delete\n"
        "B\n"
        "Bandage\n"
        "by Tom Reed - Friday, 6 March 2026, 2:05 PM\n"
        "A strip of material used to support a dressing or a limb after an injury.\n"
        "Permalink: Edit Delete\n"
        "C\n"
        "Casualty\n"
        "by Priya Shah - Tuesday, 3 March 2026, 9:41 AM\n"
        "A person who has been hurt or taken ill and needs first aid.\n"
        "Permalink: Edit Delete\n"
    )
    found = terms(visible_from_text(text, "g.txt"))
    assert set(found) == {"Airway", "Bandage", "Casualty"}
    assert found["Airway"].definition == (
        "The passage through which air passes from the nose and mouth into the lungs."
    )
    assert found["Airway"].same_as == ("https://en.wikipedia.org/wiki/Respiratory_tract",)
    assert found["Bandage"].same_as == ()


def test_a_welsh_geirfa_heading_opens_a_glossary() -> None:
    text = (
        "Geirfa cymorth cyntaf\n"
        "A\n"
        "Anadlu\n"
        "gan Siôn Rees - dydd Mawrth, 3 Mawrth 2026, 9:41 AM\n"
        "Y broses o dynnu aer i mewn i'r ysgyfaint a'i wthio allan eto.\n"
        "B\n"
        "Briw\n"
        "gan Siôn Rees - dydd Mawrth, 3 Mawrth 2026, 9:41 AM\n"
        "Anaf i'r croen neu i feinwe arall o dan y croen, fel toriad neu grafiad.\n"
        "C\n"
        "Claf\n"
        "gan Siôn Rees - dydd Mawrth, 3 Mawrth 2026, 9:41 AM\n"
        "Person sydd wedi'i anafu neu sy'n sâl ac sydd angen cymorth cyntaf.\n"
    )
    assert set(terms(visible_from_text(text, "g.txt"))) == {"Anadlu", "Briw", "Claf"}


def test_a_date_stamp_is_no_definition() -> None:
    assert is_fact_definition("Monday, 2 November 2026, 10:14 AM")
    assert not is_fact_definition("A meeting held at 10:14 each day since 2020 to plan the work.")


def test_term_chips_opening_dialogs_at_the_page_end_name_and_define_terms() -> None:
    chips = "".join(
        f"<button class=chip aria-haspopup=dialog aria-controls=t{n}><span>{name}</span></button>"
        for n, (name, _, _) in enumerate(_ACCORDION_ITEMS)
    )
    dialogs = "".join(
        f"<dialog id=t{n} aria-labelledby=t{n}-title><div class=inner><h3 id=t{n}-title>{name}"
        f"</h3><p>{definition}</p>"
        + (f"<p class=more><a href='{href}'>Wikipedia: {name}</a></p>" if href else "")
        + "<form method=dialog><button aria-label=Close>×</button></form></div></dialog>"
        for n, (name, definition, href) in enumerate(_ACCORDION_ITEMS)
    )
    markup = (
        "<main><section class=hero><h1>Lean glossary</h1><p>Click a term to read it.</p>"
        f"</section><section class=terms><div class=grid>{chips}</div></section></main>"
        f"<footer><p>© 2026 Example Lean Ltd</p></footer>{dialogs}"
    )
    found = terms(html_view(markup))
    assert {name: t.definition for name, t in found.items()} == {
        name: definition for name, definition, _ in _ACCORDION_ITEMS
    }
    assert found["Jidoka"].same_as == ("https://en.wikipedia.org/wiki/Autonomation",)


def test_chips_opening_dialogs_count_only_as_a_group() -> None:
    def toggled(count: int) -> list[str]:
        chips = "".join(
            f"<button aria-haspopup=dialog aria-controls=d{n}>{name}</button>"
            for n, (name, _, _) in enumerate(_ACCORDION_ITEMS[:count])
        )
        dialogs = "".join(
            f"<dialog id=d{n}><h3>{name}</h3><p>{definition}</p></dialog>"
            for n, (name, definition, _) in enumerate(_ACCORDION_ITEMS[:count])
        )
        tree = LexborHTMLParser(
            "<main><section><h1>Lean glossary</h1><p>Click a term to read it.</p></section>"
            f"<section>{chips}</section></main>"
            f"<p>Contact us</p>{dialogs}"
        )
        found, _ = toggle_terms(tree, tree.css(TOGGLES), Outline(tree))
        return [name for _, name, _, _ in found]

    assert toggled(3) == ["Jidoka", "Heijunka", "TPM"]
    assert toggled(2) == []  # a button or two opening a modal ("Book a call"): no glossary


def test_heading_terms_with_an_other_name_line_and_a_card_after_the_last() -> None:
    """Letter headings, a heading per term, an italic or labelled line naming the term
    otherwise above its definition (no part of it), a closing prompt and a product card
    after the last term (neither ends it as a section title)."""
    view = html_view(
        """<main><h1>Warehouse safety glossary</h1><h2>F</h2>
        <h3>Forklift</h3><p><em>Also called: lift truck</em></p>
        <p>Machine — a powered truck with forks — used to lift and move loads over short
        distances.</p>
        <h2>M</h2><h3>MHE</h3><p><em>Materials handling equipment</em></p>
        <p>Equipment used to move, store and protect goods: a general term: trucks, conveyors
        and hoists.</p>
        <h3>Racking</h3><p>A steel structure of uprights and beams that holds pallets of stock
        on several levels.</p>
        <div class="callout">Missing a term? Email us and we'll add it.</div>
        <div class="kg-product-card"><h4>Forklift Operator Training</h4><p>Next: 9 March 2027 ·
        Leeds · £395</p></div></main>"""
    )
    found = terms(view)
    assert set(found) == {"Forklift", "MHE", "Racking"}
    assert (found["Forklift"].definition or "").startswith("Machine — a powered truck")
    assert (found["MHE"].definition or "").startswith("Equipment used to move")
    assert found["Racking"].definition == (
        "A steel structure of uprights and beams that holds pallets of stock on several levels."
    )


def test_heading_terms_end_before_a_titled_call_out_prompt() -> None:
    """A docs theme's call-out box after the last term ("TIP" / "Note" over "Missing a
    word? …") is the glossary's closing prompt, not part of the last definition."""
    view = html_view(
        """<main><h1>Dairy farming glossary</h1><h2>R</h2>
        <h3>Rumen <a class="header-anchor" href="#rumen">​</a></h3>
        <p>The first and largest stomach of a cow, where microbes break down grass and
        silage.</p>
        <h3>Silage <a class="header-anchor" href="#silage">​</a></h3>
        <p>Grass or maize stored wet in a clamp or bales so that it ferments and keeps for
        winter feeding.</p>
        <div class="tip custom-block"><p class="custom-block-title">NOTE</p><p>Can't find a
        term? Ask your tutor and we will add it.</p></div></main>"""
    )
    found = terms(view)
    assert set(found) == {"Rumen", "Silage"}
    assert found["Silage"].definition == (
        "Grass or maize stored wet in a clamp or bales so that it ferments and keeps for "
        "winter feeding."
    )


def test_heading_terms_in_page_builder_heading_components() -> None:
    """A page builder wraps each heading alone in its own component (AEM's ``cmp-title``,
    Elementor's heading widget); the term's prose, other-name line and reference link stand
    beside the wrapper, not beside the heading."""
    view = html_view(
        """<main><div class="cmp-title"><h1>Marketing glossary</h1></div>
        <div class="letter"><div class="cmp-title"><h2>B</h2></div><div class="grid">
        <div class="entry"><div class="cmp-title"><h3>Bounce rate</h3></div>
        <p class="aka"><em>Also called: exit share</em></p>
        <div class="cmp-text"><p>The share of visits that leave a site after viewing a single
        page.</p></div>
        <p class="more"><a href="https://en.wikipedia.org/wiki/Bounce_rate">Read more on
        Wikipedia</a></p></div>
        <div class="entry"><div class="widget"><div class="widget-container"><h3>CPC</h3>
        </div></div><p><em>Cost per click</em></p>
        <div class="cmp-text"><p>The price an advertiser pays each time someone clicks one of
        its ads.</p></div></div></div></div>
        <div class="cmp-teaser"><h2>Learn it properly</h2><div class="card"><h3><a
        href="/c/seo">SEO Basics (1 day)</a></h3><p>Next: 9 March 2027 · Leeds · £395</p></div>
        </div></main>"""
    )
    found = terms(view)
    assert set(found) == {"Bounce rate", "CPC"}
    assert found["Bounce rate"].definition == (
        "The share of visits that leave a site after viewing a single page."
    )
    assert found["Bounce rate"].same_as == ("https://en.wikipedia.org/wiki/Bounce_rate",)
    assert (found["CPC"].definition or "").startswith("The price an advertiser pays")


def test_dated_notes_and_upcoming_course_lists_in_a_glossary_are_no_terms() -> None:
    """A "Last updated: March 2027. …" line under a glossary is a dated note; an "Upcoming
    courses" heading over a short list of linked courses with dates and prices a teaser."""
    assert is_fact_definition("March 2027. All details subject to change.")
    assert is_fact_definition("Okt. 2026 – Angaben ohne Gewähr.")
    assert not is_fact_definition("May contain nuts: a label every food handler must read.")
    view = html_view(
        """<main><h1>Glossar Brandschutz</h1><dl class="glossar">
        <dt>Brandabschnitt</dt><dd>Ein Gebäudeteil, der durch Brandmauern vom Rest getrennt
        ist.</dd><dt>Fluchtweg</dt><dd>Der Weg, über den Personen ein Gebäude im Brandfall
        sicher verlassen.</dd></dl>
        <p>Stand: März 2027. Alle Angaben ohne Gewähr.</p>
        <div class="teaser"><h2>Nächste Kurse</h2><ul><li><a href="/k/bsb">Brandschutzhelfer</a>
        – 4.–5. Mai 2027, Zürich – CHF 490.–</li><li><a href="/k/eva">Evakuierungshelfer</a>
        – 12.06.2027, Basel – CHF 290.–</li></ul></div>
        <h2>Upcoming courses</h2><ul><li><a href="/c/fire">Fire Marshal</a> – 3 May 2027,
        Leeds – £195</li></ul></main>"""
    )
    assert set(terms(view)) == {"Brandabschnitt", "Fluchtweg"}


def test_an_upcoming_courses_label_after_a_glossary_is_no_term_in_other_languages() -> None:
    """A "Kommande kurser" or "Komende trainingen" section label over course teasers (bold
    name, then a date and price line) after the glossary, in the languages read."""
    for label in ("Kommande kurser", "Komende trainingen", "Kommende kurser", "Tulevat kurssit"):
        view = html_view(
            f"""<main><h1>Ordlista</h1><dl class="glossary">
            <div class="entry"><dt>Skyddsombud</dt><dd>En arbetstagare som företräder de
            anställda i frågor om arbetsmiljön.</dd></div>
            <div class="entry"><dt>Riskbedömning</dt><dd>En genomgång av riskerna i arbetet
            och av hur de ska hanteras.</dd></div></dl>
            <h2 class="heading">{label}</h2><div class="columns"><div class="callout">
            <b>Heta arbeten (1 dag)</b><br>14. april 2027 · 2.450 kr. ekskl. moms</div>
            <div class="callout"><b>Førstehjælp</b><br>tirsdag 11. maj 2027 · 1.195,00 kr.</div>
            <div class="callout"><b>Truckcertifikat</b><br>fra 01.06.2027 · fra 9.800 kr.</div>
            </div></main>"""
        )
        assert set(terms(view)) == {"Skyddsombud", "Riskbedömning"}, label


def test_post_teasers_under_latest_from_the_blog_are_no_terms() -> None:
    """A glossary of headings closed by "Latest from the blog": the posts' linked titles
    over their excerpts ("Title – read the full post.") are no terms."""
    entries = "".join(
        f"<section><h2>{letter}</h2><h3>{name}</h3><p>A {name.lower()} is one thing the trade"
        ' names this way.</p><p><a href="#top">Back to top</a></p></section>'
        for letter, name in (("B", "Bevel"), ("C", "Crater"), ("F", "Fillet"))
    )
    teasers = "".join(
        f'<article><time>2026-10-0{n}</time><h4><a href="/blog/{n}/">{title}</a></h4>'
        f"<p>{title} – read the full post.</p></article>"
        for n, title in ((1, "New ticket rules this winter"), (2, "Why plate tests fail"))
    )
    markup = (
        f"<main><h1>Fabrication glossary</h1>{entries}"
        f"<section><h2>Latest from the blog</h2>{teasers}</section></main>"
    )
    assert set(terms(html_view(markup))) == {"Bevel", "Crater", "Fillet"}


@pytest.mark.parametrize(
    "line",
    [
        "Crane signals explained – read the full post.",
        "Spring intake opens — Read the full article",
        "Five tips for night shifts – continue reading",
    ],
)
def test_a_teaser_line_with_its_read_more_label_is_no_term(line: str) -> None:
    from prospectus.extract.patterns.glossary_text import term_from_line

    assert term_from_line(line) is None


def test_labelled_other_name_lines_are_no_terms_and_no_part_of_the_definition() -> None:
    """Letter sections of heading terms, some with a labelled line of other names ("Also
    known as: …", short or long) above the definition paragraph, one definition opening with
    the term's expansion ("LOLER: Lifting Operations …"): the label is no term, the line is
    no part of the definition, and the expansion is the definition's gloss, no term."""
    assert is_other_names_label("Also called")
    assert is_other_names_label("Also known as:")
    assert is_other_names_label("AKA")
    assert not is_other_names_label("Alternating current")
    view = html_view(
        """<main><h1>Lifting glossary</h1><nav><a href="#c">C</a><a href="#l">L</a></nav>
        <section id="c"><h2>C</h2><div class="term"><h3>Crane</h3>
        <p class="syn"><em>Also known as: hoist, lifting machine</em></p>
        <p>A machine that lifts and lowers a load and moves it sideways with a hook and
        rope.</p></div></section>
        <section id="l"><h2>L</h2><div class="term"><h3>LOLER</h3>
        <p class="syn"><em>Also known as: the lifting regulations for equipment used at work
        in Great Britain</em></p>
        <p>Lifting Operations and Lifting Equipment Regulations: the rules that require
        lifting equipment to be strong, stable and thoroughly examined.</p></div>
        <div class="term"><h3>Load chart</h3><p>A table that gives the safe working load of
        a crane at each radius and boom length.</p></div></section></main>"""
    )
    found = terms(view)
    assert set(found) == {"Crane", "LOLER", "Load chart"}
    assert found["Crane"].definition == (
        "A machine that lifts and lowers a load and moves it sideways with a hook and rope."
    )
    assert (found["LOLER"].definition or "").startswith("Lifting Operations and Lifting")


def test_an_italic_line_under_a_one_word_label_names_the_term_otherwise() -> None:
    """An italic line of other names opened by a label in another language ("Ook: …"), longer
    than an unlabelled italic line may be: no term of its own (the label is none), and no part
    of the definition."""
    view = html_view(
        """<main><h1>Woordenlijst</h1><nav><a href="#b">B</a><a href="#s">S</a></nav>
        <section id="b"><h2>B</h2><div class="t"><h3>Bedrijfshulpverlener</h3>
        <p><em>Ook: BHV'er, hulpverlener bij brand en ongeval in het bedrijf of de
        instelling</em></p>
        <p>Een medewerker die bij brand of een ongeval eerste hulp verleent en het gebouw
        helpt ontruimen.</p></div></section>
        <section id="s"><h2>S</h2><div class="t"><h3>Steiger</h3><p>Een tijdelijke
        constructie van buizen en planken waarop mensen op hoogte kunnen werken.</p></div>
        </section></main>"""
    )
    found = terms(view)
    assert set(found) == {"Bedrijfshulpverlener", "Steiger"}
    assert (found["Bedrijfshulpverlener"].definition or "").startswith("Een medewerker")


def test_a_long_form_heading_with_its_abbreviation_is_a_term() -> None:
    view = html_view(
        "<html><body><h1>Safety glossary</h1>"
        "<h3>Control of Substances Hazardous to Health (COSHH)</h3>"
        "<p>The law that requires employers to control substances that are hazardous to "
        "health.</p>"
        "<h3>Risk assessment</h3><p>A careful look at what could cause harm at work and "
        "how to prevent it.</p>"
        "<h3>Reporting of Injuries and Other Things Worth Noting Down At Work</h3>"
        "<p>A long heading with no abbreviation after it is no term's name here.</p>"
        "</body></html>"
    )
    found = terms(view)
    assert "Control of Substances Hazardous to Health (COSHH)" in found
    assert "Risk assessment" in found
    assert not any(name.startswith("Reporting") for name in found)


def test_a_titled_box_of_course_cards_in_a_glossary_region_is_no_term() -> None:
    """A docs glossary's callout ("Upcoming courses") holds sections with headings (course
    cards): its title is no term and its cards no definition; a titled card of prose is."""
    markup = """<main><h1>Glossary</h1>
    <div class="term-card"><div class="term-title">Ventilation</div>
    <div class="term-body"><p>Moving fresh air through the workings to dilute gases.</p></div></div>
    <div class="callout"><div class="callout-heading">Upcoming courses</div>
    <div class="callout-content"><section><h2>Train with us</h2>
    <div class="card"><h3><a href="/c/gas">Gas Testing Basics</a></h3>
    <p>Starts 3 March 2027</p><p>Rs 18,000</p></div></section></div></div></main>"""
    assert set(terms(html_view(markup))) == {"Ventilation"}


def test_a_heading_terms_permalink_symbol_is_no_part_of_its_name() -> None:
    """Headings ending in a link to their own anchor ("#", "¶", "🔗"): the symbol is the
    link's, not the term's; a "#" of the name's own ("C#") stays."""
    entry = (
        '<h3 id="{id}">{name}<a class="anchor" href="#{id}" aria-hidden="true">{mark}</a></h3>'
        "<p>{text}</p>"
    )
    items = [
        ("hot-work", "Hot work", "#", "Any work that makes flames, sparks or heat near fuel."),
        ("permit", "Permit to work", "¶", "A signed form that sets out who may do a risky job."),
        ("toolbox", "Toolbox talk", "🔗", "A short safety talk held at the start of a shift."),
    ]
    body = "".join(entry.format(id=i, name=n, mark=m, text=t) for i, n, m, t in items)
    body += '<h3 id="cs">C#</h3><p>A programming language made by Microsoft for .NET apps.</p>'
    found = terms(
        html_view(f"<html><body><main><h1>Site safety glossary</h1>{body}</main></body></html>")
    )
    assert set(found) == {"Hot work", "Permit to work", "Toolbox talk", "C#"}


def test_a_note_under_a_term_heading_and_a_box_past_a_divider_are_no_part_of_the_terms() -> None:
    """An italic line right under a term's heading names the term otherwise with a label of
    the site's own ("Also: …", "Local name: …"): the entry's note, no term "Also".  The same
    "Name: text" line under a letter heading is a term.  A divider (``<hr>``) ends the last
    entry: the announcement box after it is no part of that definition."""
    view = html_view(
        """<main><h1>Beekeeping glossary</h1>
        <h2>B</h2><h3>Brood</h3><p><em>Also: brood nest, young bees</em></p>
        <p>The eggs, larvae and pupae of a colony, kept warm by the nurse bees in the centre
        of the hive.</p>
        <h3>Burr comb</h3><p><em>Local name: brace comb, wild comb</em></p>
        <p>Wax that the bees build between frames or on the lid, where no comb is wanted.</p>
        <h2>M</h2><p><em>Mite board: a tray under the mesh floor</em></p>
        <h2>S</h2><h3>Smoker</h3><p>A can with bellows that puffs cool smoke over the frames
        to calm the bees before an inspection.</p>
        <hr><div class="note"><p><strong>Next workshops</strong></p><ul>
        <li><a href="/w/hive">Hive Basics</a> – Sat 6 Mar 2027, Ludlow – £45</li>
        <li><a href="/w/queen">Queen Rearing</a> – 10/04/2027, Clun – £60</li></ul></div>
        </main>"""
    )
    found = terms(view)
    assert set(found) == {"Brood", "Burr comb", "Mite board", "Smoker"}
    assert found["Smoker"].definition == (
        "A can with bellows that puffs cool smoke over the frames to calm the bees before an "
        "inspection."
    )


def test_a_divider_right_under_a_term_heading_does_not_end_its_entry() -> None:
    """A divider between a heading and its prose underlines the heading: the entry starts
    after it."""
    view = html_view(
        """<main><h1>Beekeeping glossary</h1><h3>Nectar flow</h3><hr>
        <p>The weeks when plants give so much nectar that the colony stores a surplus.</p>
        <h3>Propolis</h3><hr><p>A resin the bees gather from buds and use to seal gaps in the
        hive.</p><h3>Super</h3><hr><p>A box put on top of the brood box for the bees to store
        honey in.</p></main>"""
    )
    found = terms(view)
    assert set(found) == {"Nectar flow", "Propolis", "Super"}
    assert (found["Super"].definition or "").startswith("A box put on top")


def test_a_glossary_table_row_links_to_references_from_its_own_column() -> None:
    """A column of reference links ("Sources") beside the definitions belongs to each row."""
    found = terms(
        html_view(
            "<table><tr><th>Term</th><th>Definition</th><th>Sources</th></tr>"
            "<tr><td>Mortise</td><td>A cavity cut into timber to receive a tenon.</td>"
            '<td><a href="https://en.wikipedia.org/wiki/Mortise_and_tenon">wiki</a> / '
            '<a href="https://www.wikidata.org/wiki/Q1195539">data</a></td></tr>'
            "<tr><td>Kerf</td><td>The slot a saw blade leaves as it cuts.</td><td></td></tr>"
            "<tr><td>Dado</td><td>A square groove cut across the grain of a board.</td>"
            '<td><a href="/shop/router-bits">router bits</a></td></tr></table>'
        )
    )
    assert found["Mortise"].same_as == (
        "https://en.wikipedia.org/wiki/Mortise_and_tenon",
        "https://www.wikidata.org/wiki/Q1195539",
    )
    assert found["Mortise"].wikidata_id == "Q1195539"
    assert found["Kerf"].same_as == ()  # the row above's links are not its own
    assert found["Dado"].same_as == ()  # a shop link is no reference


def test_a_heading_over_starred_reviews_is_no_term() -> None:
    """A glossary page's testimonials section reads like a heading over its prose, but its
    "definition" shows a review's row of stars: reviews, no term."""
    markup = """<main><h1>Scaffolding glossary</h1>
    <h2>Base plate</h2><p>A flat steel plate under a standard that spreads its load.</p>
    <h2>Ledger</h2><p>A horizontal tube that joins the standards along the length of a scaffold.</p>
    <h2>Kind words from our trainees</h2>
    <blockquote><p>★★★★☆ Patient instructors and a well organised yard day.</p>
    <footer>Priya K., site supervisor</footer></blockquote></main>"""
    assert set(terms(html_view(markup))) == {"Base plate", "Ledger"}


def test_a_link_title_with_a_colon_is_no_term_and_definition() -> None:
    """A post's title links as one ("Rigging in high wind: what to check first"); its colon
    is inside the link, so it splits no term from a definition, while a term whose link is
    the name alone still reads."""
    markup = """<main><h1>Lifting glossary</h1>
    <p><a href="/g/sling">Sling</a>: a strap or chain that holds a load to the hook of a crane.</p>
    <p><a href="/news/wind">Rigging in high wind: what to check first</a> — posted 4 May 2027</p>
    </main>"""
    assert set(terms(html_view(markup))) == {"Sling"}

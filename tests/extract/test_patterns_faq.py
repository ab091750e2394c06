"""FAQ layouts read from the visible page (prospectus.extract.patterns.faq)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from prospectus.extract import extract
from prospectus.extract.document import Document, decode
from prospectus.extract.merge import merge_faqs
from prospectus.extract.patterns.cues import (
    answer_text,
    is_feedback,
    question_text,
    region_flags,
)
from prospectus.extract.patterns.faq import find_faqs
from prospectus.extract.patterns.faq_headings import is_content_heading
from prospectus.extract.textdump import split_textdump
from prospectus.extract.visible import Visible, visible_from_text, visible_from_tree
from prospectus.records import Faq, fold

FIXTURES = Path(__file__).parent / "fixtures" / "patterns"
DEVSET = Path(__file__).resolve().parents[3] / "shared" / "devset"


def html_view(markup: str, page: str = "t.html") -> Visible:
    return visible_from_tree(LexborHTMLParser(markup), page, lang=None, base_url=None)


def fixture(name: str) -> Visible:
    return html_view((FIXTURES / name).read_text(encoding="utf-8"), name)


def faqs(view: Visible) -> dict[str, str | None]:
    return {f.question: f.answer for f in find_faqs(view)}


def test_details_summary_in_faq_section() -> None:
    found = faqs(fixture("faq_details.html"))
    assert found["Is the exam included?"] == "Yes. The exam voucher is included. You sit it online."
    assert found["Refund policy"] == "Full refund up to 14 days before the course."  # FAQ region
    assert "Who should attend?" not in found  # course section, not an FAQ
    assert not any("worth it" in q for q in found)  # article title (a link)
    assert "Courses" not in found  # navigation toggle


def test_question_headings_in_faq_region() -> None:
    found = faqs(fixture("faq_headings.html"))
    assert found == {
        "Do I need experience?": "No. The course starts from first principles. "
        "Most delegates are new to the subject.",
        "Can my employer pay?": "Yes. We accept purchase orders.",
    }


def test_aria_accordion_reads_hidden_panels() -> None:
    found = faqs(fixture("faq_aria.html"))
    assert found["How is the course delivered?"] == "Live online on Teams, 09:00 to 16:30."
    assert found["Can you run it in-house?"] == "Yes, for groups of six or more."
    assert found["Will I get a certificate?"] is None  # a "Loading…" placeholder is no answer
    assert "Training" not in found


def test_dl_of_questions() -> None:
    found = faqs(fixture("faq_dl.html"))
    assert found == {
        "How long does the course take?": "Most learners finish in nine months.",
        "How are units assessed?": "By written assignments. There are no exams.",
    }


def test_plain_divs_form_a_run_and_cards_do_not() -> None:
    found = faqs(fixture("faq_divs.html"))
    assert found == {
        "Which exam sitting does this prepare me for?": "The March 2027 sitting.",
        "Are exam fees included?": "No. You pay them to the exam board.",
    }


def test_q_and_a_paragraphs() -> None:
    found = faqs(fixture("faq_qa.html"))
    assert found == {
        "Do I need an account?": "No. We provide a demo property.",
        "Is this course for beginners?": "Yes. Day one starts with the fundamentals.",
    }


def test_prefixed_box_titles_are_not_questions() -> None:
    found = faqs(fixture("faq_box_titles.html"))
    assert set(found) == {"Do we have a problem?", "Are we done?"}


def test_labelled_paragraphs_in_other_languages_lose_their_labels() -> None:
    found = faqs(
        html_view(
            "<main><h2>Časté dotazy</h2>"
            "<p><strong>Otázka:</strong> Je oběd v ceně?</p>"
            "<p><strong>Odpověď:</strong> Ano, oběd i káva.</p>"
            "<p><strong>Otázka:</strong> Kde kurz probíhá?</p>"
            "<p><strong>Odpověď:</strong> V Brně a online.</p></main>"
            "<div><p class='item'><b>P: Posso parcelar o pagamento?</b><br>R: Sim, em até 6x.</p>"
            "<p class='item'><b>P: Há certificado?</b><br>R: Sim, digital.</p></div>"
        )
    )
    assert found == {
        "Je oběd v ceně?": "Ano, oběd i káva.",
        "Kde kurz probíhá?": "V Brně a online.",
        "Posso parcelar o pagamento?": "Sim, em até 6x.",
        "Há certificado?": "Sim, digital.",
    }


def test_single_letter_labels_in_one_paragraph_with_a_br() -> None:
    found = faqs(
        html_view(
            "<div><h2>Domande frequenti</h2>"
            "<p><strong>D: Il materiale didattico è incluso?</strong><br><strong>R:</strong> "
            "Sì, ricevi il manuale e le slide.</p>"
            "<p><strong>D: Posso pagare a rate?</strong><br><strong>R:</strong> Sì, in tre rate "
            "senza interessi.</p></div>"
            "<div><p>V: Krijg ik een certificaat?<br>A: Ja, na afloop van de training.</p>"
            "<p>V: Is er parkeergelegenheid?<br>A: Ja, gratis op het terrein.</p></div>"
        )
    )
    assert found == {
        "Il materiale didattico è incluso?": "Sì, ricevi il manuale e le slide.",
        "Posso pagare a rate?": "Sì, in tre rate senza interessi.",
        "Krijg ik een certificaat?": "Ja, na afloop van de training.",
        "Is er parkeergelegenheid?": "Ja, gratis op het terrein.",
    }


def test_numbered_builder_modules_form_one_run_of_toggles() -> None:
    toggles = "".join(
        f"<div class='module toggle toggle_{n} toggle_close'><h5 class='toggle_title'>{q}</h5>"
        f"<div class='toggle_content'><p>{a}</p></div></div>"
        for n, (q, a) in enumerate(
            [
                ("Is there a dress code?", "No, business casual is fine."),
                ("Can I bring a laptop?", "Yes, and we provide power sockets."),
                ("Opening hours", "8am to 6pm on weekdays."),  # a statement: no question
            ],
            start=7,
        )
    )
    found = faqs(html_view(f"<div class='row'><h2>On the day</h2>{toggles}</div>"))
    assert found == {
        "Is there a dress code?": "No, business casual is fine.",
        "Can I bring a laptop?": "Yes, and we provide power sockets.",
    }


def test_a_lone_plain_toggle_laid_out_like_marked_up_ones() -> None:
    def toggle(n: int, question: str, answer: str, markup: bool) -> str:
        item = " itemscope itemprop='mainEntity' itemtype='https://schema.org/Question'"
        return (
            f"<div class='toggle toggle_{n}'{item if markup else ''}>"
            f"<h5 class='toggle_title'{' itemprop=name' if markup else ''}>{question}</h5>"
            f"<div class='toggle_content'><p>{answer}</p></div></div>"
        )

    page = (
        "<div itemscope itemtype='https://schema.org/FAQPage'>"
        + toggle(1, "Do you invoice companies?", "Yes, with 30 days to pay.", markup=True)
        + toggle(2, "Is VAT included?", "No, VAT is added at checkout.", markup=True)
        + "</div><div class='row'><h2>Venue</h2>"
        + toggle(3, "Is there parking nearby?", "Yes, a public car park next door.", markup=False)
        + "</div><div class='cta'><h3 class='title'>Ready to book?</h3><p>Call us today.</p></div>"
    )
    found = faqs(html_view(page))
    assert found["Is there parking nearby?"] == "Yes, a public car park next door."
    assert "Ready to book?" not in found


def test_numbered_labels_with_full_width_colons_and_cjk_questions() -> None:
    found = faqs(
        html_view(
            "<section><h2>常见问题</h2>"
            "<div><p>Q1：可以用信用卡付款吗？</p><p>A1：可以，支持主要信用卡。</p></div>"
            "<div><p>Q2：课程有录像吗？</p><p>A2：有，保留六个月。</p></div></section>"
        )
    )
    assert found == {
        "可以用信用卡付款吗？": "可以，支持主要信用卡。",
        "课程有录像吗？": "有，保留六个月。",
    }


def test_dl_with_label_spans_and_badges() -> None:
    found = faqs(
        html_view(
            "<main><h2>Help</h2><dl>"
            "<dt><span class='q'>Q.</span>Is parking available?</dt>"
            "<dd><span class='a'>A.</span>Yes, free on site.</dd>"
            "<dt><span class='q'>Q.</span>会場はどこですか？</dt>"
            "<dd><span class='a'>A.</span>東京駅の近くです。</dd></dl>"
            "<div class='qa'><div class='q'><b>Q</b><p>Do you run weekend classes?</p></div>"
            "<div class='a'><b>A</b><p>Yes, twice a year.</p></div>"
            "<div class='q'><b>Q</b><p>Is there a group discount?</p></div>"
            "<div class='a'><b>A</b><p>Ten percent for three or more.</p></div></div></main>"
        )
    )
    assert found == {
        "Is parking available?": "Yes, free on site.",
        "会場はどこですか？": "東京駅の近くです。",
        "Do you run weekend classes?": "Yes, twice a year.",
        "Is there a group discount?": "Ten percent for three or more.",
    }


def test_question_and_answer_in_one_block() -> None:
    found = faqs(
        html_view(
            "<article><p>Q: When do doors open?<br>A: At 8:30.</p>"
            "<p>Q: Is wifi provided?<br>A: Yes, in every room.</p>"
            "<p><strong>Q1:</strong> Can I bring a guest?<br><strong>A1:</strong> No.<br>"
            "<strong>Q2:</strong> Is there a dress code?<br><strong>A2:</strong> Smart casual.</p>"
            "</article>"
        )
    )
    assert found == {
        "When do doors open?": "At 8:30.",
        "Is wifi provided?": "Yes, in every room.",
        "Can I bring a guest?": "No.",
        "Is there a dress code?": "Smart casual.",
    }


def test_tab_and_category_labels_are_not_questions() -> None:
    found = faqs(
        html_view(
            "<section class='faq'><h2>FAQ</h2><div role='tablist'>"
            "<button role='tab' aria-controls='t1'>Courses</button>"
            "<button role='tab' aria-controls='t2'>Fees &amp; invoices</button></div>"
            "<div role='tabpanel' id='t1'><h4>Are materials included?</h4><p>Yes, printed.</p>"
            "<h4>How big are classes?</h4><p>Twelve at most.</p></div>"
            "<div role='tabpanel' id='t2' hidden><h4>Do prices include VAT?</h4><p>No.</p></div>"
            "<ul role='tablist'><li><a href='#t3' role='tab' data-toggle='tab'>Venues</a></li></ul>"
            "<div id='t3'><p>We train in Leeds and York.</p></div>"
            "<button aria-expanded='false' aria-controls='p1'>Refund policy</button>"
            "<div id='p1'>Full refund up to 14 days before.</div></section>"
        )
    )
    assert found == {
        "Are materials included?": "Yes, printed.",
        "How big are classes?": "Twelve at most.",
        "Do prices include VAT?": "No.",
        "Refund policy": "Full refund up to 14 days before.",
    }


def test_labels_do_not_make_titles_contacts_or_ctas_questions() -> None:
    found = faqs(
        html_view(
            "<main><section><h2>最新消息</h2><ul><li><a href='/n/1'>如何準備考試？</a></li>"
            "<li><a href='/n/2'>為什麼選擇我們？</a></li></ul></section>"
            "<div class='cta'><h3>還不確定要選哪門課？</h3><p>歡迎來電洽詢。</p></div>"
            "<div class='contact'><p>P: 0800 123 456</p><p>F: 0800 123 457</p>"
            "<p>E: info@example.com</p></div>"
            "<h3>Not sure which course?</h3><p>Call us and we will help.</p></main>"
        )
    )
    assert found == {}


def test_text_dump_labelled_pairs() -> None:
    text = (
        "Perguntas frequentes\nP: Preciso de experiência?\nR: Não, começamos do zero.\n"
        "P: Há turmas aos sábados?\nR: Sim, uma por mês.\n"
        "よくある質問\nQ1：教材は含まれますか？\nA1：はい、テキストと問題集が含まれます。\n"
        "Q2：途中から参加できますか？\nA2：いいえ、初日からの参加をお願いします。\nお問い合わせ"
    )
    assert faqs(visible_from_text(text, "d.txt")) == {
        "Preciso de experiência?": "Não, começamos do zero.",
        "Há turmas aos sábados?": "Sim, uma por mês.",
        "教材は含まれますか？": "はい、テキストと問題集が含まれます。",
        "途中から参加できますか？": "いいえ、初日からの参加をお願いします。",
    }


@pytest.mark.parametrize(
    ("raw", "question"),
    [
        ("Q: Is lunch included?", "Is lunch included?"),
        ("Q3. Is lunch included", "Is lunch included"),
        ("Question 2) Who teaches it?", "Who teaches it?"),
        ("Pytanie: Czy jest certyfikat?", "Czy jest certyfikat?"),
        ("Fråga: Ingår lunch?", "Ingår lunch?"),
        ("問：可以退款嗎？", "可以退款嗎？"),
        ("P: Há estacionamento?", "Há estacionamento?"),
        ("D: Il pranzo è incluso?", "Il pranzo è incluso?"),
        ("V: Is de lunch inbegrepen?", "Is de lunch inbegrepen?"),
        ("K: Sisältyykö lounas?", "Sisältyykö lounas?"),
        ("Pitanje: Je li ručak uključen?", "Je li ručak uključen?"),
        ("研修の日程は変更できますか？", "研修の日程は変更できますか？"),
    ],
)
def test_question_labels_are_dropped(raw: str, question: str) -> None:
    assert question_text(raw) == (question, raw != question)


@pytest.mark.parametrize(
    "raw",
    ["P: 0800 123 456", "F: +44 20 7946 0000", "D: 14 hours", "V: 2.1", "Q3 2026 results", "か？"],
)
def test_labels_alone_do_not_make_questions(raw: str) -> None:
    assert question_text(raw) is None


@pytest.mark.parametrize(
    "raw",
    [
        "A: Yes.",
        "A2：Yes.",
        "Answer. Yes.",
        "Svar: Yes.",
        "R: Yes.",
        "Respuesta: Yes.",
        "O: Yes.",
        "Odgovor: Yes.",
        "S: Yes.",
    ],
)
def test_answer_labels_are_dropped(raw: str) -> None:
    assert answer_text(raw) == "Yes."


@pytest.mark.parametrize(
    "heading", ["Často kladené otázky", "よくあるご質問", "常見問題", "Często zadawane pytania"]
)
def test_faq_headings_in_more_languages(heading: str) -> None:
    assert region_flags(heading)


def test_records_carry_source_and_provenance() -> None:
    record = find_faqs(fixture("faq_dl.html"))[0]
    assert record.source == "html" and record.page == "faq_dl.html"
    assert dict(record.provenance) == {"question": "html", "answer": "html"}


DUMP = """Our venues
Telford: Unit 7, free parking.
FAQsDriver CPC questions answered
Who needs Driver CPC?<
<
Anyone who drives a lorry as the main part of their job must hold a Driver CPC.
• Can I train online?
• <
• Yes. Our online courses run live on Zoom.Is there a discount for companies?< <
strong>What happens if it expires?
You must not drive professionally until you finish the hours.Please call us.
Latest news
• New rules for 2026: what changes?
6 May 2026
A quick guide to the latest changes.
Skills Bootcamp funding now available
22 April 2026
Eligible adults can train with most of the cost covered.
Module 4 practical test
About the course
Who should attend?
Anyone who manages drivers.
"""


def test_text_dump_questions_in_faq_stretch() -> None:
    view = visible_from_text(DUMP, "dump.txt")
    found = faqs(view)
    assert found["Who needs Driver CPC?"] == (
        "Anyone who drives a lorry as the main part of their job must hold a Driver CPC."
    )
    assert found["Can I train online?"] == "Yes. Our online courses run live on Zoom."
    assert found["Is there a discount for companies?"] is None
    assert found["What happens if it expires?"] == (
        "You must not drive professionally until you finish the hours."
    )
    assert "Who should attend?" not in found  # outside the stretch, alone
    assert all(f.source == "text" for f in find_faqs(view))


def test_text_dump_run_of_two_without_heading() -> None:
    text = (
        "Intro text here.\nHow long is it valid?\nThree years from the date you pass.\n"
        "Can I resit?\nYes, within twelve months of the course.\nContact us"
    )
    assert faqs(visible_from_text(text, "d.txt")) == {
        "How long is it valid?": "Three years from the date you pass.",
        "Can I resit?": "Yes, within twelve months of the course.",
    }


def test_text_dump_title_questions_do_not_form_runs() -> None:
    text = (
        "• CCNA or CCNP: which is right for you?\nRead our comparison of the two.\n"
        "• Network+: what changed in 2026?\nEverything about the new exam version."
    )
    assert faqs(visible_from_text(text, "d.txt")) == {}


def test_feedback_prompts_are_no_questions_nor_part_of_answers() -> None:
    # A help-centre accordion: the feedback footer sits inside each answer's panel.
    items = "".join(
        f'<div class="item"><div role="button" aria-expanded="false" aria-controls="p{n}">'
        f"<h3>{question}</h3></div>"
        f'<div id="p{n}" role="region"><p>{answer}</p><p>More detail follows here.</p>'
        f"<div class=footer><span>{prompt}</span><button>Yes</button><button>No</button>"
        "</div></div></div>"
        for n, (question, answer, prompt) in enumerate(
            [
                ("Can I pay by invoice?", "Yes, for companies.", "Was this helpful?"),
                ("Is lunch included?", "Yes, a hot lunch.", "Was this answer helpful?"),
                ("Wie lange gilt das Zertifikat?", "Drei Jahre.", "War diese Antwort hilfreich?"),
            ]
        )
    )
    found = faqs(html_view(f"<main><h2>Help centre</h2>{items}</main>"))
    assert found == {
        "Can I pay by invoice?": "Yes, for companies. More detail follows here.",
        "Is lunch included?": "Yes, a hot lunch. More detail follows here.",
        "Wie lange gilt das Zertifikat?": "Drei Jahre. More detail follows here.",
    }


def test_feedback_footer_after_a_heading_question() -> None:
    markup = (
        "<section><h2>FAQ</h2>"
        "<h3>Do you offer group rates?</h3><p>Yes, from five people.</p>"
        "<div><span>Did this answer your question?</span> <a href='#'>Yes</a></div>"
        "<h3>Can I transfer my place?</h3><p>Yes, up to a week before.</p>"
        "<p>¿Te ha resultado útil? Sí No</p></section>"
    )
    assert faqs(html_view(markup)) == {
        "Do you offer group rates?": "Yes, from five people.",
        "Can I transfer my place?": "Yes, up to a week before.",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Was this helpful?",
        "Was this article useful to you?",
        "Did you find this answer helpful?",
        "Did this help?",
        "Helpful?",
        "War das hilfreich?",
        "Cette réponse vous a-t-elle été utile ?",
        "¿Fue útil esta respuesta?",
        "Questa risposta ti è stata utile?",
        "Was dit antwoord nuttig?",
        "Esta resposta foi útil? Sim Não",
        "Czy ta odpowiedź była pomocna?",
        "Var detta svar till hjälp?",
        "Oliko tästä apua?",
        "この回答は役に立ちましたか？",
        "这个回答有帮助吗？",
    ],
)
def test_feedback_prompts(text: str) -> None:
    assert is_feedback(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is this course useful for beginners?",
        "Was the exam helpful for your career? Tell us in the survey below",
        "Is the course helpful if I already hold PRINCE2?",
        "Welche Unterlagen sind hilfreich?",
        "この研修は役に立ちますか？",
    ],
)
def test_questions_about_courses_are_no_feedback_prompts(text: str) -> None:
    assert not is_feedback(text)


def test_text_dump_feedback_lines_are_no_questions() -> None:
    text = (
        "FAQ\nHow long is it valid?\nThree years from the date you pass.\nWas this helpful?\n"
        "Yes\nNo\nCan I resit?\nYes, within twelve months of the course.\nWas this helpful?"
    )
    assert faqs(visible_from_text(text, "d.txt")) == {
        "How long is it valid?": "Three years from the date you pass.",
        "Can I resit?": "Yes, within twelve months of the course.",
    }


def _devset_view(name: str) -> Visible:
    path = DEVSET / name
    decoded = decode(Document(body=path.read_bytes(), page=str(path)))
    if decoded.kind == "html":
        return visible_from_tree(
            LexborHTMLParser(decoded.text), str(path), lang=None, base_url=None
        )
    return visible_from_text(split_textdump(decoded.text, page=str(path)).visible, str(path))


def _expected(name: str, kind: str) -> list[dict[str, str]]:
    stem = name.rsplit(".", 1)[0]
    spec = json.loads((DEVSET / f"{stem}.expected.json").read_text(encoding="utf-8"))
    return [r for r in spec["records"] if r["kind"] == kind]


@pytest.mark.skipif(not DEVSET.is_dir(), reason="shared devset not mounted")
@pytest.mark.parametrize(
    "name",
    [
        "dev02_aws_solutions_architect.html",  # h3 + p
        "dev03_lean_six_sigma_green_belt.html",  # ARIA accordion
        "dev04_cipd_level5.html",  # <dl>
        "dev07_istqb_foundation_de.html",  # <details>, German
        "dev11_acca_sbr.html",  # plain divs
        "dev12_google_analytics_nz.html",
    ],
)  # Q: / A:
def test_devset_visible_only_faqs(name: str) -> None:
    found = {fold(f.question): f.answer for f in find_faqs(_devset_view(name))}
    expected = _expected(name, "faq")
    assert expected and len(found) == len(expected)
    for record in expected:
        assert found[fold(record["question"])] == record["answer"]


@pytest.mark.skipif(not DEVSET.is_dir(), reason="shared devset not mounted")
def test_devset_text_dump_faqs() -> None:
    found = {
        fold(f.question): f.answer for f in find_faqs(_devset_view("dev10_hgv_driver_cpc.txt"))
    }
    for record in _expected("dev10_hgv_driver_cpc.txt", "faq"):
        assert found[fold(record["question"])] is not None


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list('<>/?!:.-–— aApQA\n\tdivh3summarydetails="#\u00a0')),
        max_size=300,
    )
)
def test_arbitrary_html_and_text_never_raise(text: str) -> None:
    find_faqs(html_view(text))
    find_faqs(visible_from_text(text, "x.txt"))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    find_faqs(html_view(f"<h2>FAQs</h2><h3>{text}?</h3><p>{text}</p>"))
    find_faqs(visible_from_text(f"FAQs\n{text}?\n{text}", "x.txt"))


def test_text_dump_intro_ending_in_a_question_is_no_faq() -> None:
    text = (
        "Frequently asked questionsOn this page you will find answers to the questions our "
        "learners ask most often about booking, payment and certificates. Need something else? "
        "Try the search box.\n"
        "How do I book a place?\nPick a date on the course page and press Book now.\n"
        "I lost my certificate. Can I get a copy?\nYes, email us and we send a new one.\n"
    )
    found = faqs(visible_from_text(text, "d.txt"))
    assert found == {
        "How do I book a place?": "Pick a date on the course page and press Book now.",
        "I lost my certificate. Can I get a copy?": "Yes, email us and we send a new one.",
    }


def _faq(source: str, question: str, answer: str) -> Faq:
    return Faq(page="p", source=source, provenance=(("answer", source),), question=question,
               answer=answer)  # fmt: skip


def test_visible_answer_wins_over_an_outdated_markup_answer() -> None:
    stale = _faq("jsonld", "How much is a resit?", "A resit costs €95 excl. VAT. Book it online.")
    shown = _faq("text", "How much is a resit?", "A resit costs €125 excl. VAT. Book it online "
                 "or by phone.")  # fmt: skip
    (merged,) = merge_faqs([stale, shown])
    assert merged.answer == shown.answer
    assert merged.source == "jsonld"
    assert dict(merged.provenance)["answer"] == "text"


@pytest.mark.parametrize(
    "visible",
    [
        "A resit costs €95 excl. VAT.",  # the same figure, cut short: the markup's stays
        "A resit costs €95 excl. VAT. Book it online. Our office opens at 9:00.",  # more figures
        "Please call us on 020 7946 0000 for the current resit fees.",  # another answer
    ],
)
def test_markup_answer_stays_unless_a_figure_of_it_changed(visible: str) -> None:
    markup = _faq("jsonld", "How much is a resit?", "A resit costs €95 excl. VAT. Book it online.")
    (merged,) = merge_faqs([markup, _faq("html", "How much is a resit?", visible)])
    assert merged.answer == markup.answer


def test_markup_rewording_a_visible_question_with_the_same_answer_is_one_faq() -> None:
    answer = "Payment is due 30 days after the invoice date, by bank transfer or card."
    markup = _faq("jsonld", "When do I have to pay my invoice?", answer)
    shown = _faq("text", "When is payment due?", answer)
    other = _faq("text", "Can I pay in instalments?", "Yes, in three monthly instalments.")
    merged = merge_faqs([markup, shown, other])
    assert [f.question for f in merged] == [markup.question, other.question]


@pytest.mark.parametrize(
    ("older", "newer"),
    [
        (  # the page's answer goes on past the markup's one sentence
            "Most members can claim the course fee back from the growers' levy fund.",
            "Most members can claim the course fee back from the growers' levy fund. Sole "
            "traders can ask their bank for a training loan. Call us to check your options.",
        ),
        (  # the markup's fee line, turned into a table of fees by the page
            "Beginner pruning is $240. Advanced grafting is $310. Secateurs are not included.",
            "It depends on the course: Course Fee Days Beginner pruning $240 1 Advanced "
            "grafting $310 2 Orchard planning $180 1 Secateurs are not included, but you can "
            "borrow a pair.",
        ),
    ],
)
def test_a_markup_faq_the_page_asks_otherwise_with_a_newer_answer_is_one_faq(
    older: str, newer: str
) -> None:
    """The markup words the question as the page no longer does, and gives an older, shorter
    answer that the page's answer holds nearly all the words of: one FAQ, the page's answer."""
    markup = _faq("jsonld", "Is funding available?", older)
    shown = _faq("html", "Can someone else pay for my course?", newer)
    other = _faq("html", "Do I need my own tools?", "No, we lend every tool you need on the day.")
    merged = merge_faqs([markup, shown, other])
    assert [f.question for f in merged] == [markup.question, other.question]
    assert merged[0].answer == newer
    assert dict(merged[0].provenance)["answer"] == "html"


def test_a_markup_faq_the_page_shows_is_not_folded_into_another_by_its_answer() -> None:
    """A markup FAQ whose question the page shows is that FAQ, however alike another visible
    answer reads; an answer two visible FAQs retell is left to neither."""
    answer = "Beginner pruning costs $240 and advanced grafting costs $310, secateurs included."
    markup = _faq("jsonld", "What does a course cost?", answer)
    same = _faq("html", "What does a course cost?", answer)
    retelling = _faq("html", "Are tools included?", f"Yes. {answer} Gloves too.")
    assert len(merge_faqs([markup, same, retelling])) == 2
    unshown = _faq("jsonld", "How much are the fees?", answer)
    assert len(merge_faqs([unshown, retelling, _faq("html", "Any extras?", f"{answer} No.")])) == 3


def test_two_visible_faqs_with_the_same_answer_stay_two() -> None:
    answer = "Please call our bookings team on 0113 496 0000 and we will help you."
    merged = merge_faqs(
        [_faq("html", "Can I move my booking?", answer), _faq("html", "Can I cancel?", answer)]
    )
    assert len(merged) == 2


def test_a_short_intro_about_the_questions_that_ends_in_one_is_no_faq() -> None:
    text = (
        "Help centre\n"
        "Here are the questions parents ask us most. Still stuck? Email the office.\n"
        "Booking\n"
        "How do I book a place?\n"
        "Use the form on each course page and pay by card.\n"
        "Can I bring a friend?\n"
        "Yes, as long as they book their own place too.\n"
    )
    assert list(faqs(visible_from_text(text, "d.txt"))) == [
        "How do I book a place?",
        "Can I bring a friend?",
    ]


def test_an_intro_whose_question_asks_after_a_missing_answer_is_no_faq() -> None:
    text = (
        "Help\n"
        "All about our workshops in one place. Didn't find what you were looking for? Call us.\n"
        "Payment\n"
        "Can I pay in instalments?\n"
        "Yes, in three monthly parts for courses over two days.\n"
        "Do you invoice companies?\n"
        "Yes, with 30 days to pay.\n"
    )
    assert list(faqs(visible_from_text(text, "d.txt"))) == [
        "Can I pay in instalments?",
        "Do you invoice companies?",
    ]


def test_an_intro_paragraph_ending_in_a_question_is_no_faq_on_a_page_either() -> None:
    view = html_view(
        "<h1>Frequently asked questions</h1>"
        "<p>Answers to the questions our customers ask us most often. Can't find yours?</p>"
        "<p>Call 0113 496 0000 or use the contact form.</p>"
        "<h3>How do I book a place?</h3><p>Use the form on each course page.</p>"
        "<h3>Can I bring a friend?</h3><p>Yes, as long as they book their own place.</p>"
    )
    assert list(faqs(view)) == ["How do I book a place?", "Can I bring a friend?"]


def test_a_q_badge_before_a_japanese_request_without_a_question_mark() -> None:
    # Japanese FAQs often ask as a polite request ("…を教えてください。"), no "？"
    markup = """<section><h2>よくあるご質問</h2>
    <dl><dt><span class="q">Q</span>駐車場はありますか？</dt>
    <dd><span class="a">A</span>近隣のコインパーキングをご利用ください。</dd></dl>
    <dl><dt><span class="q">Q</span>キャンセル規定を教えてください。</dt>
    <dd><span class="a">A</span>開催日の7日前まで無料でキャンセルできます。</dd></dl></section>"""
    assert faqs(html_view(markup)) == {
        "駐車場はありますか？": "近隣のコインパーキングをご利用ください。",
        "キャンセル規定を教えてください。": "開催日の7日前まで無料でキャンセルできます。",
    }


@pytest.mark.parametrize("cut", ["…", "...", " […]"])
def test_visible_answer_wins_over_a_markup_answer_cut_short(cut: str) -> None:
    full = "Pick a date in the calendar and press Enrol. You can pay by card or ask for an invoice."
    short = _faq("jsonld", "How do I enrol?", full[:55] + cut)
    (merged,) = merge_faqs([short, _faq("html", "How do I enrol?", full)])
    assert merged.answer == full
    assert dict(merged.provenance)["answer"] == "html"


def test_a_markup_answer_ending_in_an_ellipsis_of_its_own_stays() -> None:
    markup = _faq("jsonld", "Is there a waiting list?", "Yes. Ask us and we will call you…")
    shown = _faq("html", "Is there a waiting list?", "Yes, for every course. Ask at reception.")
    (merged,) = merge_faqs([markup, shown])
    assert merged.answer == markup.answer


def test_a_markup_answers_inline_tags_leave_no_space_before_punctuation() -> None:
    answer = (
        'Yes. See the <a href="/pay/">payment page</a>. Cards (<strong>Visa</strong>, '
        "<em>Mastercard</em>) are taken.<br>Invoices<br/>on request, in "
        "<b>ISACA</b>’s “<i>CPE</i>” format."
    )
    page = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": "Can I pay by card?",
                "acceptedAnswer": {"@type": "Answer", "text": answer},
            }
        ],
    }
    script = f'<script type="application/ld+json">{json.dumps(page)}</script>'
    html = f"<html><body>{script}</body></html>"
    (faq,) = [r for r in extract(Document(body=html.encode(), page="f.html")).records
              if r.kind == "faq"]  # fmt: skip
    assert faq.answer == (
        "Yes. See the payment page. Cards (Visa, Mastercard) are taken. Invoices on request, in "
        "ISACA’s “CPE” format."
    )


@pytest.mark.parametrize(
    "heading",
    [
        "What will you learn?",
        "What you'll learn?",
        "What will I learn on this course?",
        "What does the course cover?",
        "Was lernen Sie?",
        "Wat leert u?",
        "Wat komt aan bod?",
        "Qu'allez-vous apprendre ?",
        "¿Qué aprenderás en este curso?",
        "Cosa imparerai?",
        "O que vai aprender?",
        "Vad lär du dig?",
    ],
)
def test_a_heading_on_what_the_course_teaches_is_its_content(heading: str) -> None:
    assert is_content_heading(heading)


@pytest.mark.parametrize(
    "question",
    [
        "What will I learn about risk registers in the second week of the course?",
        "What does the course include?",  # the fee's inclusions: a buyer's question
        "Who should attend?",  # left to the FAQ readers: FAQs ask it too
        "How do I book?",
        "What is learned helplessness?",
    ],
)
def test_a_readers_question_is_no_content_heading(question: str) -> None:
    assert not is_content_heading(question)


def test_section_headings_asked_as_questions_are_no_faqs() -> None:
    view = html_view(
        """<main><section><h2>Wat leert u?</h2><p>Dag 1: eerste hulp. Dag 2: blussen en
        ontruimen.</p><h2>Hoe lang is het certificaat geldig?</h2><p>Eén jaar, daarna volgt
        u een herhaling.</p></section></main>"""
    )
    assert list(faqs(view)) == ["Hoe lang is het certificaat geldig?"]


def test_section_headings_asked_as_questions_in_a_dump_are_no_faqs() -> None:
    text = (
        "Excel for Finance\n"
        "What will you learn?\n"
        "Pivot tables, lookups and the models finance teams build every month.\n"
        "Can I bring my own laptop?\n"
        "Yes. Bring one with Excel 365 installed and we will help you set it up.\n"
    )
    assert list(faqs(visible_from_text(text, "d.txt"))) == ["Can I bring my own laptop?"]


@pytest.mark.parametrize(
    ("markup", "selector", "tags", "attribute"),
    [
        (
            "<div><span>Why?</span><a href='/x'>more</a><a href='/y'>y</a></div>",
            "a[href]",
            {"a"},
            "href",
        ),
        ("<div><a name='top'>x</a><a href='/x'>y</a></div>", "a[href]", {"a"}, "href"),
        ("<a href='/x'>Why?</a>", "a[href]", {"a"}, "href"),  # the element itself
        ("<div><p><h3>a</h3></p><h2>b</h2></div>", "h1, h2, h3, h4, h5, h6", {"h2", "h3"}, ""),
        ("<div><p>no heading</p></div>", "h1", {"h1"}, ""),
    ],
)
def test_first_of_is_css_first(markup: str, selector: str, tags: set[str], attribute: str) -> None:
    from prospectus.extract.patterns.faq import _first_of

    node = LexborHTMLParser(markup).body.child  # type: ignore[union-attr]
    assert node is not None
    expected = node.css_first(selector)
    found = _first_of(node, frozenset(tags), attribute)
    assert (found is None) == (expected is None)
    assert found is None or found.mem_id == expected.mem_id  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "line",
    ["plain words only", "FAQsWhich course?", "done.Next one", "for you?Cisco", "why? Note", "x?)",
     "lower then UPPER", "10AM start", "iPhone", "end. Next", "¿Qué?", "", "?", "a?\u00a0B"],
)  # fmt: skip
def test_maybe_glue_finds_what_the_plain_pattern_finds(line: str) -> None:
    import re

    from prospectus.extract.patterns.faq_text import _MAYBE_GLUE

    plain = re.compile(r"[?][^\s]|[?]\s+[A-Z0-9„“\"]|[.!?][A-Z]|[a-z0-9)\]][A-Z]")
    assert bool(_MAYBE_GLUE.search(line)) == bool(plain.search(line))


@pytest.mark.parametrize(
    "text",
    ["plain\nFAQsWhich course?\nmore", "a\r\nb.Next\x0cc", "why?\n Note\u2028done", "é\nÀB x\nxY",
     "", "one line", "q?\n\nA\n?x", "10AM\n(x)Y\n]Z"],
)  # fmt: skip
def test_maybe_glued_flags_every_line_with_glue(text: str) -> None:
    import re

    from prospectus.extract.patterns.faq_text import _maybe_glued

    plain = re.compile(r"[?][^\s]|[?]\s+[A-Z0-9„“\"]|[.!?][A-Z]|[a-z0-9)\]][A-Z]")
    glued = {n for n, line in enumerate(text.splitlines()) if plain.search(line)}
    assert glued <= _maybe_glued(text)


def test_ids_finds_what_an_id_selector_finds() -> None:
    from prospectus.extract.patterns.faq import _Ids

    tree = LexborHTMLParser(
        '<div id="p1">first</div><p id="p1">second</p><div id="Q&quot;2">quoted</div>'
        '<div id="back\\slash">b</div><span id>empty</span>'
    )
    ids = _Ids(tree)
    for ident in ["p1", "P1", 'Q"2', "back\\slash", "missing"]:
        escaped = ident.replace("\\", "\\\\").replace('"', '\\"')
        expected = tree.css_first(f'[id="{escaped}"]')
        found = ids.get(ident)
        assert (found is None) == (expected is None)
        assert found is None or found.mem_id == expected.mem_id  # type: ignore[union-attr]


def test_an_accordion_of_dated_sessions_asks_no_questions() -> None:
    markup = """<html><body><h2>Questions fréquentes</h2><div class="accordion faq">
    <div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button"
    data-bs-toggle="collapse" data-bs-target="#s1">Jeudi 4 et vendredi 5 mars 2027 · Mons
    <span class="badge">Places disponibles</span></button></h3>
    <div id="s1" class="accordion-collapse collapse"><div class="accordion-body">
    <p>Lieu : rue de Nimy 7, 7000 Mons</p><p>Prix : 480 € HTVA</p></div></div></div>
    <div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button"
    data-bs-toggle="collapse" data-bs-target="#s2">Le lunch est-il compris ?</button></h3>
    <div id="s2" class="accordion-collapse collapse"><div class="accordion-body">
    <p>Oui, le lunch et les pauses sont compris.</p></div></div></div></div></body></html>"""
    assert list(faqs(html_view(markup))) == ["Le lunch est-il compris ?"]


def test_thai_questions_in_an_faq_accordion() -> None:
    """Thai writes no spaces between words and a question may end in a tone mark before its
    "?" ("ไหม?", "ไม่?"): still a question."""
    markup = """<h2>คำถามที่พบบ่อย</h2><div class="faq">
    <div class="faq-item"><h3>สามารถขอใบกำกับภาษีได้ไหม?</h3>\
<div><p>ได้ กรุณาแจ้งชื่อบริษัทและเลขประจำตัวผู้เสียภาษีตอนสมัคร</p></div></div>
    <div class="faq-item"><h3>ยกเลิกการสมัครได้หรือไม่?</h3>\
<div><p>ยกเลิกได้ก่อนวันอบรม 7 วัน โดยได้รับเงินคืนเต็มจำนวน</p></div></div></div>"""
    found = faqs(html_view(markup))
    assert found == {
        "สามารถขอใบกำกับภาษีได้ไหม?": "ได้ กรุณาแจ้งชื่อบริษัทและเลขประจำตัวผู้เสียภาษีตอนสมัคร",
        "ยกเลิกการสมัครได้หรือไม่?": "ยกเลิกได้ก่อนวันอบรม 7 วัน โดยได้รับเงินคืนเต็มจำนวน",
    }


def test_visible_answer_wins_over_a_shorter_older_markup_wording_it_fills_out() -> None:
    markup = _faq("jsonld", "Can I get a refund?", "Yes, within 14 days of buying. Just email us.")
    shown = _faq(
        "html",
        "Can I get a refund?",
        "Yes, within 14 days of buying if you have watched under a quarter of the lessons. "
        "Just email us your order number and we refund the card you paid with in 5 days.",
    )
    (merged,) = merge_faqs([markup, shown])
    assert merged.answer == shown.answer
    assert dict(merged.provenance)["answer"] == "html"


def test_a_visible_answer_holding_the_whole_markup_answer_leaves_the_markup_one() -> None:
    markup = _faq("jsonld", "Can I get a refund?", "Yes, within 14 days of buying. Just email us.")
    run_on = _faq(
        "html",
        "Can I get a refund?",
        "Yes, within 14 days of buying. Just email us. Do you run team courses? We do, on site.",
    )
    (merged,) = merge_faqs([markup, run_on])
    assert merged.answer == markup.answer


def test_capitalised_questions_of_a_newsletter_are_its_section_headings() -> None:
    text = (
        "Upcoming courses\n"
        "WHY TRAIN WITH US?\n"
        "Over 5,000 learners trained since 2012, with trainers who audit for a living.\n"
        "HOW DO I SIGN UP?\n"
        "Reply to this email or use the link under each course; we send an invoice in a day.\n"
    )
    assert list(faqs(visible_from_text(text, "d.txt"))) == []


@pytest.mark.parametrize(
    "text",
    [
        "Da li vam je ovaj odgovor pomogao?",
        "Je li vam ovaj članak bio koristan?",
        "Да ли вам је овај одговор помогао?",
        "Была ли эта статья полезной?",
        "Чи була ця стаття корисною?",
        "V-a fost util acest răspuns?",
        "Hasznos volt ez a válasz?",
        "Bu yanıt yardımcı oldu mu?",
        "A ju ndihmoi kjo përgjigje?",
    ],
)
def test_feedback_prompts_in_more_languages(text: str) -> None:
    assert is_feedback(text)


@pytest.mark.parametrize(
    "text",
    [
        "Da li je tečaj koristan za početnike?",
        "Da li je u cijenu uključen PDV?",
        "Je li certifikat priznat u inozemstvu?",
        "Bu kurs kimler için uygun mu?",
    ],
)
def test_course_questions_in_those_languages_are_no_feedback_prompts(text: str) -> None:
    assert not is_feedback(text)


def test_a_question_under_every_answer_is_a_feedback_prompt_in_any_language() -> None:
    from prospectus.extract.patterns.faq_text import faqs_from_text

    text = (
        "Pyetje të shpeshta\n"
        "Sa zgjat kursi?\nKursi zgjat pesë ditë me provim në fund të javës së fundit.\n"
        "Gjeni e dobishme këtë përgjigje?\nPo (4)Jo (0)\n"
        "Ku zhvillohet kursi?\nNë qendrën tonë në Tiranë, pranë sheshit kryesor të qytetit.\n"
        "Gjeni e dobishme këtë përgjigje?\nPo (2)Jo (1)\n"
        "A ka certifikatë?\nPo, lëshojmë certifikatë të njohur pas provimit përfundimtar.\n"
        "Gjeni e dobishme këtë përgjigje?\nPo (7)Jo (0)\n"
    )
    questions = [q for q, _ in faqs_from_text(text)]
    assert questions == ["Sa zgjat kursi?", "Ku zhvillohet kursi?", "A ka certifikatë?"]


@pytest.mark.parametrize(
    "teaser",
    [
        "12.11.2026New rules for trainers: what changes?",
        "2026-10-02 Is the new syllabus harder?",
        "16 November 2026 Which belt is right for me?",
        "Mar 4, 2027 · Do I need a permit for a food stall?",
    ],
)
def test_a_dated_news_teaser_is_no_question(teaser: str) -> None:
    from prospectus.extract.patterns.faq_text import faqs_from_text

    text = (
        "FAQ\nHow long is the course?\nThe course runs over five days with an exam on the "
        "last afternoon.\nIs lunch included?\nYes, lunch and refreshments are included on "
        f"every day.\nFrom the blog\n{teaser}\n28.10.2026Five tips for your practical "
        "demonstration\n"
    )
    questions = [q for q, _ in faqs_from_text(text)]
    assert questions == ["How long is the course?", "Is lunch included?"]


def test_calls_to_action_are_no_run_of_questions() -> None:
    from prospectus.extract.patterns.faq_text import faqs_from_text

    text = (
        "Who is the course for?\nThe course suits site managers, supervisors and anyone who "
        "plans work at height.\nCorporate bookings\nLooking for group training? We run "
        "in-house courses across the region.\nNeed a certificate copy? Email our office and "
        "we will send one.\n"
    )
    assert faqs_from_text(text) == []


def test_calls_to_action_after_an_faq_heading_stay() -> None:
    from prospectus.extract.patterns.faq_text import faqs_from_text

    text = (
        "Frequently asked questions\nNeed to change your date?\nYou can move to another date "
        "up to a week before the course.\nIs parking available?\nYes, there is free parking "
        "at every venue.\n"
    )
    questions = [q for q, _ in faqs_from_text(text)]
    assert questions == ["Need to change your date?", "Is parking available?"]


def test_a_not_found_here_line_after_the_faq_intro_is_no_question() -> None:
    from prospectus.extract.patterns.faq_text import faqs_from_text

    text = (
        "Help centre\nAll about booking, paying and exams. Can't find it here? Call our "
        "team.\nHow do I book?\nUse the Book button on the course page and pay by card.\n"
        "Can I pay by invoice?\nYes, companies can ask for an invoice at checkout.\n"
    )
    questions = [q for q, _ in faqs_from_text(text)]
    assert questions == ["How do I book?", "Can I pay by invoice?"]


def test_a_call_to_action_over_a_button_is_no_faq() -> None:
    view = html_view(
        "<section class='faq'><h2>Frequently asked questions</h2>"
        "<h3>Need to change your date?</h3><p>You can move to another date up to a week "
        "before.</p><h3>Is parking available?</h3><p>Yes, free parking at every venue.</p>"
        "</section><section class='faq-cta'><h2>Ready to book your place?</h2>"
        "<p><a href='/dates/'>See course dates</a></p></section>"
        "<section class='faq-banner'><h2>Looking for group training?</h2>"
        "<div><a class='btn' href='/contact/'>Contact us</a> <button>Call back</button></div>"
        "</section>"
    )
    assert list(faqs(view)) == ["Need to change your date?", "Is parking available?"]


def test_cookie_consent_purpose_accordions_are_no_faqs() -> None:
    """A consent platform's preference centre lists its purposes as accordions ("Necessary",
    "Analytics"), each with a sentence, even on a page whose body is an FAQ region: told by
    the box's class or label, never FAQs."""
    purposes = "".join(
        f'<div class="x-cookie-accordion"><button aria-expanded="false">{name}</button>'
        f'<div class="x-cookie-accordion-body"><p>{name} cookies help us run the site.</p>'
        "</div></div>"
        for name in ("Necessary", "Functional", "Analytics", "Marketing")
    )
    items = "".join(
        f'<div class="faq-item"><h3><button aria-expanded="false" aria-controls="a{n}">{q}'
        f'</button></h3><div id="a{n}" hidden><p>{a}</p></div></div>'
        for n, (q, a) in enumerate(
            (
                ("Is lunch included?", "Yes, a hot lunch is served on every course day."),
                ("Is parking free?", "Yes, there is free parking behind the centre."),
            )
        )
    )
    page = f'<body class="faq"><main><h1>Frequently asked questions</h1>{items}</main>'
    by_class = f'{page}<div class="x-cookie-modal" aria-hidden="true">{purposes}</div></body>'
    by_label = f'{page}<div role="region" aria-label="Cookie consent">{purposes}</div></body>'
    for markup in (by_class, by_label):
        assert set(faqs(html_view(markup))) == {"Is lunch included?", "Is parking free?"}


def test_text_dump_intro_question_pointing_to_the_answers_below_is_no_faq() -> None:
    """An intro line ("Have a question about our courses? Find our answers below.") opens
    the page: its "answer" only points below."""
    text = (
        "Foire aux questions\n"
        "Une question sur nos stages ou leur financement ? Consultez nos réponses ci-dessous.\n"
        "Le déjeuner est-il compris ?\nOui, un repas chaud est servi chaque jour de formation.\n"
        "Puis-je payer en trois fois ?\nOui, sans frais, pour toute formation de plus de 500 €.\n"
    )
    assert set(faqs(visible_from_text(text, "d.txt"))) == {
        "Le déjeuner est-il compris ?",
        "Puis-je payer en trois fois ?",
    }


def test_a_text_dump_answer_keeps_its_short_next_sentence_line() -> None:
    """An answer written one sentence a line keeps a short sentence below its first
    ("Late arrivals pay a $10 fee."); a link's label below it ("Read more.") stays out."""
    from prospectus.extract.patterns.faq_text import faqs_from_text

    text = (
        "FAQs\nCan I swap my session?\nYes, up to two days before your session starts.\n"
        "Late swaps cost a $10 fee.\nDo you lend helmets?\nEvery rider can borrow a helmet "
        "at the front desk.\nRead more.\n"
    )
    answers = dict(faqs_from_text(text))
    assert answers["Can I swap my session?"] == (
        "Yes, up to two days before your session starts. Late swaps cost a $10 fee."
    )
    assert answers["Do you lend helmets?"] == "Every rider can borrow a helmet at the front desk."


def test_a_text_dump_answer_keeps_the_colon_line_leading_its_list() -> None:
    """A short line ending in a colon between an answer's sentence and a list leads that
    list: it and the items continue the answer, whatever the number of its words."""
    from prospectus.extract.patterns.faq_text import faqs_from_text

    text = (
        "FAQs\nCan I bring my dog?\nDogs are welcome on the outdoor days.\n"
        "Please keep them on a lead:\n- in the car park\n- near the horses\n"
        "Is parking free?\nYes, for the whole day, beside the main barn.\n"
    )
    answers = dict(faqs_from_text(text))
    assert answers["Can I bring my dog?"] == (
        "Dogs are welcome on the outdoor days. Please keep them on a lead: in the car park "
        "near the horses"
    )


def test_a_bulleted_answer_in_a_text_dump_keeps_all_its_items() -> None:
    """An answer written as a bulleted list, one short item a line: every item up to the
    next question belongs to it, however short; an intro line ending in a colon opens one."""
    from prospectus.extract.patterns.faq_text import faqs_from_text

    text = (
        "FAQs\nWhat should I bring?\n• Photo ID\n• A packed lunch and a water bottle\n"
        "• Sturdy shoes\n\nWhat happens if it rains?\nWe move indoors to the hall next to "
        "the car park.\nHow do I pay?\nYou can pay in two ways:\n- By card online\n"
        "- By bank transfer\nCan I get a refund?\nYes, up to 14 days before the course.\n"
    )
    answers = dict(faqs_from_text(text))
    assert answers["What should I bring?"] == (
        "Photo ID A packed lunch and a water bottle Sturdy shoes"
    )
    assert answers["How do I pay?"] == "You can pay in two ways: By card online By bank transfer"
    assert answers["What happens if it rains?"] == (
        "We move indoors to the hall next to the car park."
    )


def test_visible_answer_wins_where_it_amends_the_middle_of_the_markup_answer() -> None:
    old = "Yes. Bring a photo ID issued by your council. We check it at the front desk."
    new = (
        "Yes. Bring a photo ID (passport or driving licence) issued by a government body. "
        "We check it at the front desk."
    )
    (merged,) = merge_faqs(
        [_faq("jsonld", "Do I need ID?", old), _faq("html", "Do I need ID?", new)]
    )
    assert merged.answer == new


@pytest.mark.parametrize(
    "visible",
    [
        "Yes. Bring a photo ID issued by your council. We check it at the front desk. "
        "Still have questions? Call us.",  # the next block's text run on: the end differs
        "Answer: Yes. Bring a photo ID issued by your council. We check it at the front desk.",
        "Yes. Bring a photo ID.",  # shorter
    ],
)
def test_markup_answer_stays_beside_a_run_on_labelled_or_shorter_one(visible: str) -> None:
    old = "Yes. Bring a photo ID issued by your council. We check it at the front desk."
    (merged,) = merge_faqs(
        [_faq("jsonld", "Do I need ID?", old), _faq("html", "Do I need ID?", visible)]
    )
    assert merged.answer == old


def test_a_question_line_written_in_lower_case_is_a_question() -> None:
    from prospectus.extract.patterns.faq_text import faqs_from_text

    text = (
        "Frequently asked questions\nENROLMENT\n"
        "How old must I be?\nYou must be 16 or older on the first day of the course.\n"
        "how do I pay the deposit?\nBy bank transfer or card, within seven days of booking.\n"
        "Can I change my dates?\nYes, free of charge up to two weeks before the course.\n"
    )
    questions = [q for q, _ in faqs_from_text(text)]
    assert questions == [
        "How old must I be?",
        "how do I pay the deposit?",
        "Can I change my dates?",
    ]


def test_a_wrapped_paragraph_line_in_lower_case_is_no_question() -> None:
    from prospectus.extract.patterns.faq_text import faqs_from_text

    text = (
        "FAQ\nHow old must I be?\nYou must be 16 or older on the first day, and many people "
        "then ask\nwhat happens if I am younger?\nWe can enrol you with a parent's consent form.\n"
        "Can I change my dates?\nYes, free of charge up to two weeks before the course.\n"
    )
    questions = [q for q, _ in faqs_from_text(text)]
    assert "what happens if I am younger?" not in questions


def test_a_question_glued_to_a_contact_call_is_a_call_to_action() -> None:
    from prospectus.extract.patterns.faq_text import faqs_from_text

    text = (
        "Frequently asked questions\n"
        "How long is the course?\nFive days, with the exam on the last afternoon.\n"
        "Is lunch included?\nYes, lunch and tea are included on every day.\n"
        "Not convinced yet? Call us today\n+1 555 0100 (Mon–Fri)\n"
    )
    questions = [q for q, _ in faqs_from_text(text)]
    assert questions == ["How long is the course?", "Is lunch included?"]


def test_a_dash_list_below_an_answers_sentence_is_part_of_the_answer() -> None:
    """An answer's sentence and its breakdown as a dash list ("- Books: $60"): the items
    belong to the answer; a list after the next question stays that question's."""
    from prospectus.extract.patterns.faq_text import faqs_from_text

    text = (
        "Fees\nWhat does the diploma cost?\nMost learners pay about $2,400 in all.\n"
        "- Tuition: $2,100\n- Books: $180\n- Exam fee is extra\n\n"
        "Can I pay in parts?\nYes. Pay each term before its first class starts.\n"
    )
    assert faqs_from_text(text) == [
        (
            "What does the diploma cost?",
            "Most learners pay about $2,400 in all. Tuition: $2,100 Books: $180 Exam fee is extra",
        ),
        ("Can I pay in parts?", "Yes. Pay each term before its first class starts."),
    ]


def test_a_section_heading_question_makes_no_faq_of_the_question_beside_it() -> None:
    """Outside an FAQ stretch two answered questions make a run of FAQs; a question that
    heads a section ("WHY SAIL WITH US?") is no question of that run, so a lone sales line
    shaped as a question ("Booking for a club? …") stays no FAQ."""
    text = "\n".join(
        [
            "Booking for a club? Closed courses for clubs and schools cost £900 per group.",
            "Members of the federation get £15 off.",
            "WHY SAIL WITH US?",
            "Small crews, new boats and instructors who race every weekend.",
        ]
    )
    assert find_faqs(visible_from_text(text, "x.txt")) == []

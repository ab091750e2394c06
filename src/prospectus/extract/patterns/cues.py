"""What tells a reader "these are FAQs" or "this is a glossary", and what a question looks like.

Two kinds of cue mark a *region* of an HTML page:

- a container whose ``id`` or ``class`` says so (``faq``, ``glossary``, ``jargon`` ...);
- a heading that says so ("Frequently asked questions", "Häufige Fragen", "Key terms"):
  the region runs to the next heading of the same or a higher rank.  Question-shaped
  headings never end a region (they are its items).

:class:`~prospectus.extract.patterns.outline.Outline` reads both once per page so that any
node can be asked for its flags.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from selectolax.lexbor import LexborNode

from prospectus.extract.text import clean_text, word_alternation

FAQ = 1
GLOSSARY = 2

FAQ_WORDS = re.compile(
    r"\bfaqs?\b|faqs?(?=[A-Z])|frequently[ -]asked|\bquestions\b|\bq\s?&\s?a\b|"
    r"häufige fragen|häufig gestellte|\bfragen\b|foire aux questions|questions fréquentes|"
    r"preguntas frecuentes|domande frequenti|veelgestelde vragen|perguntas frequentes|"
    r"vanliga frågor|ofte stillede|usein kysytyt|\bpytania\b|často kladené|časté dotazy|"
    r"otázky a odpovědi|często zadawane|sıkça sorulan|часто задаваемые|gyakori kérdések|"
    r"よくある(?:ご)?質問|常見問題|常见问题|問與答|问与答|자주 묻는 질문|คำถามที่พบบ่อย|ถาม-ตอบ",
    re.I,
)
GLOSSARY_WORDS = re.compile(
    r"glossar|jargon|\b(?:key|common|important|essential|useful|main|technical)\b[\w\s&-]{0,30}"
    r"\bterms\b|\bterms explained\b|\bterminolog|\bdefinitions\b|"
    r"\bacronyms\b|\babbreviations\b|\bbegriffe\b|begriffserkl|\bfachbegriffe\b|\blexique\b|"
    r"\bglosario\b|\bwoordenlijst\b|\bbegrippenlijst\b|\blexikon\b|\bvocabulaire\b|"
    r"\bwhat the terms mean\b|\bd[ée]fini(?:tions|tionen|ciones|zioni|ties)\b|"
    r"\ba\s?(?:[-–—]|to)\s?z\s+of\b|"  # "A–Z of project management", not "Courses A–Z"
    # "HR dictionary", "Dictionary of terms", not "Dictionary comprehensions"
    r"\b(?:vocabulary|dictionary)\b(?!\s+(?!(?:of|for|de|du|der|terms?|entry|entries)\b)\w)"
    # Glossaire/Glossário, Słowniczek/Słownik, Ordlista/Ordliste, Begreber/Begrepp, Slovník/
    # Slovníček pojmů, Glosář, Sanasto, Szójegyzék, Fogalomtár, Sözlük, 用語集, 术语, 词汇, 용어
    r"|\bgloss(?:aire|ário|ários)\b|\bglosář|\bs[łl]ownik\w*|\bs[łl]owniczek|\bordlist[ae]\b|"
    r"\bordforklaring\w*|\bbegreber\b|\bbegrepp\b|\bslovn[ií]\w*|\bpojm[yů]\b|\bsanasto\b|"
    r"\bszójegyzék|\bfogalomtár|\bsözlü[kğ]\w*|\bterimler\w*|\bgeirfa\b|"
    r"用語|用语|術語|术语|詞彙|词汇|名詞解釋|名词解释|용어",
    re.I,
)
# Cheap substring tests that every match of the patterns above passes.
_FAQ_HINTS = (
    "faq",
    "frequent",
    "question",
    "q&a",
    "q & a",
    "fragen",
    "pregunta",
    "domande",
    "vragen",
    "pergunta",
    "frågor",
    "stillede",
    "kysytyt",
    "pytania",
    "často",
    "časté",
    "otázky",
    "często",
    "sıkça",
    "часто",
    "gyakori",
    "よくある",
    "常見",
    "常见",
    "問與答",
    "问与答",
    "자주",
    "คำถาม",
    "ถาม-ตอบ",
)
GLOSSARY_HINTS = (
    "glossar",
    "geirfa",
    "jargon",
    "terms",
    "terminolog",
    "definition",
    "acronym",
    "abbreviation",
    "begriff",
    "lexique",
    "glosario",
    "woordenlijst",
    "vocabular",
    "dictionary",
    "terms mean",
    "finition",
    "finicion",
    "finizion",
    "lexikon",
    "begripp",
    "vocabul",
    "a-z",
    "a–z",
    "a—z",
    "a to z",
    "gloss",
    "glosá",
    "łowni",
    "lowni",
    "ordlist",
    "ordforklar",
    "begreber",
    "begrepp",
    "slovn",
    "pojm",
    "sanasto",
    "szójegyz",
    "fogalomt",
    "sözlü",
    "terimler",
    "用語",
    "用语",
    "術語",
    "术语",
    "詞彙",
    "词汇",
    "名詞解釋",
    "名词解释",
    "용어",
)
# The hints as one regex each: one search instead of a test per hint.
_FAQ_HINT = re.compile(word_alternation(_FAQ_HINTS))
_GLOSSARY_HINT = re.compile(word_alternation(GLOSSARY_HINTS))
_ANY_HINT = re.compile(word_alternation((*_FAQ_HINTS, *GLOSSARY_HINTS)))  # one search for both
FAQ_ATTR = "[id*=faq i], [class*=faq i], [id*=frequently i], [id*=fragen i], [class*=fragen i]"
GLOSSARY_ATTR = (
    "[id*=glossar i], [class*=glossar i], [id*=jargon i], [class*=jargon i], "
    "[id*=key-terms i], [class*=key-terms i], [id*=definitions i], [class*=definitions i]"
)
_EXCLUDED_TAGS = frozenset({"nav", "select", "dialog", "footer", "header"})
HEADINGS = "h1, h2, h3, h4, h5, h6"
_LETTER = re.compile(r"^[A-ZÄÖÜ](?:\s*[-–]\s*[A-ZÄÖÜ])?$")
_CONTENT_TAGS = frozenset({"main", "article", "body", "html"})
_NAME_PARTS = re.compile(r"[-_]+")
_SIDE_WORDS = frozenset(
    {"sidebar", "aside", "newsletter", "subscribe", "subscription", "signup", "cta", "related",
     "promo", "promotion", "advert", "advertisement", "ads", "share", "sharing", "social",
     "breadcrumb", "breadcrumbs", "crumbs", "toc", "footer", "comments", "comment", "upsell",
     "crosssell", "popular", "recommended"}
)  # fmt: skip
# Layout classes that merely mention a sidebar ("content-sidebar-wrap", "ast-right-sidebar").
_LAYOUT_WORDS = frozenset(
    {"has", "with", "no", "left", "right", "both", "wrap", "wrapper", "container", "layout",
     "content", "page", "main", "is", "open", "active", "toggle"}
)  # fmt: skip

_LEAD = re.compile(r"^[\s•·▪◦‣*>|-]*(?:\(?\d{1,2}[.)]\s+)?")
# Question and answer labels ("Q:", "Q1：", "Question 3.", "Otázka:", "P:", "問：") and the
# answer labels that go with them ("A:", "A1：", "Odpověď:", "R:", "答：").  A single letter
# other than Q/A ("F:" Frage, "P:" Pergunta/Pregunta, "D:" Domanda, "V:" Vraag/Vprašanje, "K:"
# Kysymys; "R:" Resposta/Risposta, "O:" Odgovor, "S:" Svar) takes a colon only,
# and a question so labelled must still end in a question mark ("P: 0800 123 456" is a phone
# line).
_Q_WORDS = (
    "question|frage|pergunta|pregunta|otázka|dotaz|pytanie|fråga|spørgsmål|spørsmål|vraag|"
    "domanda|kysymys|kérdés|vprašanje|pitanje|вопрос|питання|질문|質問|提問|提问|问|問"
)
_A_WORDS = (
    "answer|antwort|resposta|respuesta|réponse|odpověď|odpowiedź|svar|antwoord|risposta|"
    "vastaus|válasz|odgovor|ответ|відповідь|답변|回答|答え|答"
)
# First letters of the labels: a cheap test before the regexes.
_Q_LETTERS = "fpdvk"
_A_LETTERS = "ros"
_Q_INITIALS = frozenset(("q", *_Q_LETTERS, *(word[0] for word in _Q_WORDS.split("|"))))
_A_INITIALS = frozenset(("a", *_A_LETTERS, *(word[0] for word in _A_WORDS.split("|"))))
_LABEL_END = r"\s*\d{0,3}\s*[:.)：]\s*"
_LETTER_END = r"\s*\d{0,3}\s*[:：]\s*"
_Q_PREFIX = re.compile(
    rf"^(?:(?:q|{_Q_WORDS}){_LABEL_END}|(?P<letter>[{_Q_LETTERS}]){_LETTER_END})", re.I
)
_A_PREFIX = re.compile(rf"^(?:(?:a|{_A_WORDS}){_LABEL_END}|[{_A_LETTERS}]{_LETTER_END})", re.I)
# A label alone in an element of its own, the separator optional: "Q", "A1", "Q.", "答".
_Q_BADGE = re.compile(
    rf"(?:q|{_Q_WORDS})\s*\d{{0,3}}\s*[:.)：]?|[{_Q_LETTERS}]\s*\d{{0,3}}\s*[:：]", re.I
)
_A_BADGE = re.compile(
    rf"(?:a|{_A_WORDS})\s*\d{{0,3}}\s*[:.)：]?|[{_A_LETTERS}]\s*\d{{0,3}}\s*[:：]", re.I
)
# Where an answer label follows a question in one block: "Q: Why?<br>A: Because."
_ANSWER_AFTER = re.compile(
    rf"(?<=[?？])\s*(?:(?:a|{_A_WORDS})\s*\d{{0,3}}\s*[:.)：]|[{_A_LETTERS}]\s*\d{{0,3}}\s*[:：])",
    re.I,
)
_NEXT_LABEL = re.compile(rf"(?<![^\W\d_])(?:Q|(?i:{_Q_WORDS}))\s*\d{{0,3}}\s*[:.)：]")
# Whether a page's text may hold a labelled question that has no question mark ("Q: Refund
# policy"): labels with a question mark are found by it, and a single letter other than Q
# labels only those.  Regexes that start with a plain letter scan long texts fast.
# Each starts with a plain word: a text is searched for that first, quicker than by a regex.
_Q_LABEL_HINTS = (
    re.compile(r"Q(?<!\wQ)(?:uestion)?\s?\d{0,3}\s?[:.)：]").match,
    # a "Q" badge run into a Japanese, Chinese or Korean question ("<span>Q</span>受講に必要な
    # 環境を教えてください。": a request, with no question mark)
    re.compile(r"Q(?<!\wQ)\d{0,3}(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])").match,
)
_FRAGE_LABEL = re.compile(r"Frage\s?\d{0,3}\s?[:：]")
_TRAIL = re.compile(r"[\s+\-−–×▾▸▼►⌄›»<>⌃^˅˄]+$")
_WORD = re.compile(r"\w")
_TITLE = re.compile(r"\w[:–—]\s+[a-zäöü]")
# (a Thai question may end in a tone or vowel mark, which is no ``\w``: "ไหม?", "ไม่?")
_QUESTION_END = re.compile(r"[\w)\]\"'”’®™+%\u0e31-\u0e4e]\s*[?？]$")
_PLACEHOLDER = re.compile(r"^(?:loading|lädt|wird geladen|chargement|cargando)\W*$", re.I)
# A question needs one of "?？:：)" or a "Q." label (see question_from_clean); clean text has
# one only where the raw text has one or an entity ("&#63;").
_QUESTION_CUE = re.compile(r"[?？:：)&]")
# The feedback prompt under a help-centre answer ("Was this helpful? Yes No", "War diese
# Antwort hilfreich?", "Cette réponse vous a-t-elle été utile ?", "この回答は役に立ちましたか？"):
# it asks about the answer (or article, page) itself, never about a course.
_FEEDBACK = re.compile(
    r"(?:(?:was|is|were)\s+(?:this|that|it|the)|did\s+you\s+find\s+(?:this|that|it|the))"
    r"(?:\s+(?:answer|article|page|information|info|faq|post|reply|response|content|section))?"
    r"\s+(?:helpful|useful)(?:\s+to\s+you)?|"
    r"did\s+(?:this|that|the)(?:\s+(?:answer|article|page|information|faq))?\s+"
    r"(?:help(?:\s+you)?|answer\s+your\s+question)|helpful|useful|"
    # German, Dutch, French, Spanish, Italian, Portuguese
    r"(?:war|ist)\s+(?:diese[rs]?|das|dies)(?:\s+\w+)?\s+hilfreich|"
    r"(?:hat|haben)\s+(?:ihnen|dir|euch)\s+(?:diese[rs]?\s+\w+|das|dies)\s+geholfen|"
    r"(?:was|is)\s+(?:dit|deze|het)(?:\s+\w+)?\s+(?:nuttig|behulpzaam)|"
    r"(?:heeft|hebben)\s+(?:dit|deze|het)(?:\s+\w+)?\s+(?:je|u|jou)\s+geholpen|"
    r"(?:cette|cet|ce|cela|ceci)(?:\s+\w+)?\s+vous\s+a-t-(?:il|elle)\s+(?:été\s+utile|aidé)|"
    r"avez-vous\s+trouvé\s+(?:cette|cet|ce)(?:\s+\w+)?\s+utile|"
    r"(?:te|le|les|os)\s+(?:ha\s+)?(?:resultado|resultó|sido|fue)\s+(?:de\s+)?útil|"
    r"(?:fue|ha\s+sido|es)\s+(?:útil|de\s+ayuda)(?:\s+(?:esta|este|esto)(?:\s+\w+)?)?|"
    r"(?:esta|este|esto)(?:\s+\w+)?\s+(?:fue|ha\s+sido|te\s+(?:ha\s+)?(?:ayudado|sido\s+útil))|"
    r"(?:questa|questo|ciò)(?:\s+\w+)?\s+(?:ti|vi|le)\s+è\s+stat[ao]\s+utile|"
    r"(?:ti|vi|le)\s+è\s+stat[ao]\s+utile|è\s+stat[ao]\s+utile|"
    r"(?:esta|este|essa|esse|isto|isso)(?:\s+\w+)?\s+(?:foi|é)\s+útil|foi\s+útil|"
    r"(?:esta|este|essa|esse|isto|isso)(?:\s+\w+)?\s+(?:te|lhe)\s+ajudou|"
    # Polish, Czech, Swedish, Danish/Norwegian, Finnish
    r"czy\s+(?:ta|ten|to)(?:\s+\w+)?\s+(?:był[ao]?|jest)\s+(?:pomocn|przydatn)\w*|"
    r"(?:byla|byl|bylo)\s+(?:tato|tento|toto)(?:\s+\w+)?\s+(?:užitečn|užiteč)\w*|"
    r"pomohl[ao]?\s+(?:vám|ti)\s+(?:tato|tento|toto)(?:\s+\w+)?|"
    r"var\s+(?:detta|det\s+här|dette|det\s+her|svaret|artikeln|artikelen|artikkelen)"
    r"(?:\s+\w+)?\s+(?:till\s+hjälp|nyttig|nyttigt|användbar|användbart|hjälpsamt)|"
    r"hjalp\s+(?:detta|dette|det)|oliko\s+(?:tästä|tämä|vastauksesta|artikkelista)"
    r"(?:\s+\w+)?\s+(?:apua|hyödyllinen|hyötyä)|"
    # Bosnian, Croatian, Serbian, Slovene, Russian, Ukrainian, Bulgarian, Macedonian
    r"(?:da\s+li|je\s+li|ali)\s+(?:(?:vam|ti)\s+)?(?:je\s+)?(?:ovaj|ova|ovo|taj|ta|to)"
    r"(?:\s+\w+)?\s+(?:(?:vam|ti)\s+)?(?:(?:je\s+)?(?:bio|bila|bilo|bil|bila)\s+)?"
    r"(?:pomogao|pomogla|pomoglo|pomagal\w*|korist\w*|v\s+pomoč)|"
    r"(?:да\s+ли|дали)\s+(?:(?:вам|ти)\s+)?(?:је\s+|е\s+)?(?:овај|ова|ово|овој|оваа)"
    r"(?:\s+\w+)?\s+(?:(?:вам|ти)\s+)?(?:(?:је\s+|е\s+)?(?:био|била|било|беше)\s+)?"
    r"(?:помогао|помогла|помогло|помогна\w*|корисн\w*)|"
    r"(?:был[аио]?|була|був|було|беше|бе)\s+ли\s+(?:эт\w+|ця|цей|це|тази|този|това)?"
    r"(?:\s+\w+)?\s*(?:полезн\w*|корисн\w*)|"
    r"(?:чи\s+)?(?:була|був|було)\s+(?:ця|цей|це)(?:\s+\w+)?\s+корисн\w*|"
    r"(?:эт\w+|ця|цей|це)(?:\s+\w+)?\s+(?:был[аио]?\s+|була\s+|був\s+|було\s+)?"
    r"(?:полезн\w*|корисн\w*)|"
    # Romanian, Hungarian, Turkish, Albanian
    r"(?:v-a|ți-a)\s+fost\s+(?:de\s+)?(?:folos|util)\w*(?:\s+ace(?:st|ast)\w*(?:\s+\w+)?)?|"
    r"(?:a\s+fost|este)\s+(?:acest|aceast)\w*(?:\s+\w+)?\s+(?:folos|util)\w*|"
    r"hasznos\s+volt(?:\s+ez(?:\s+a)?(?:\s+\w+)?)?|segített\s+(?:ez|a\s+válasz)|"
    r"(?:bu\s+)?(?:\w+\s+)?(?:yardımcı|faydalı)\s+(?:oldu\s+mu|mıydı|mı)|"
    r"(?:a\s+)?ju\s+ndihmoi(?:\s+(?:kjo|ky)(?:\s+\w+)?)?|"
    # Japanese, Chinese, Korean
    r"(?:この|こちらの)?(?:回答|記事|情報|ページ|質問)?(?:は|が)?(?:役に立ちましたか|参考になりましたか)|"
    r"(?:这个|這個|此|这篇|這篇)?(?:回答|答案|文章|信息|資訊)?(?:对您)?(?:有帮助|有幫助)吗|"
    r"(?:이\s*(?:답변|글|정보)[이가은는]\s*)?도움이\s*(?:되었나요|되었습니까|되셨나요)",
    re.I,
)
_FEEDBACK_TAIL = 5  # words after the prompt on its line: "Yes No", "👍 👎", "Ja Nein"

# Han, kana and hangul: text written without spaces between words.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Thai letters (not its marks), also written without spaces: about four to a word.
_THAI_LETTER = re.compile("[\u0e01-\u0e30\u0e40-\u0e46]")


def question_text(raw: str) -> tuple[str, bool] | None:
    """``raw`` as a clean question and whether it carried a "Q:" prefix; None if not one."""
    if not _QUESTION_CUE.search(raw) and raw.lstrip()[:1] not in ("Q", "q"):
        return None
    return question_from_clean(clean_text(raw))


@lru_cache(maxsize=8192)
def question_from_clean(text: str) -> tuple[str, bool] | None:
    """:func:`question_text` for text that is already clean."""
    if (
        "?" not in text
        and "？" not in text
        and ":" not in text
        and ")" not in text
        and "：" not in text
        and text[:1] not in ("Q", "q")  # "Q. Refund policy"
    ):
        return None
    text = _LEAD.sub("", text)
    prefixed = letter = False
    if (m := _Q_PREFIX.match(text)) is not None and len(text) > m.end():
        text, prefixed, letter = text[m.end() :], True, m.group("letter") is not None
    text = _TRAIL.sub("", text)
    if not ((prefixed and not letter) or text.endswith(("?", "？"))):
        return None
    if not 2 <= word_count(text) <= 40 or len(text) > 300:
        return None
    if not prefixed and not _QUESTION_END.search(text):
        return None  # "??????", "!?" noise
    return text, prefixed


def word_count(text: str) -> int:
    """Words in ``text``, counting two Chinese, Japanese or Korean characters as one."""
    words = len(text.split())
    if text.isascii():
        return words
    return words + len(_CJK.findall(text)) // 2 + len(_THAI_LETTER.findall(text)) // 4


def answer_text(raw: str) -> str | None:
    """A clean answer, its "A:" prefix dropped; None where only a placeholder is left."""
    text = _A_PREFIX.sub("", clean_text(raw), count=1)
    if not _WORD.search(text) or _PLACEHOLDER.match(text):
        return None
    return text


def is_title(question: str) -> bool:
    """True for article-title questions: "CCNA or CCNP: which is right for you?"."""
    return bool(_TITLE.search(question))


def is_feedback(text: str) -> bool:
    """True for a feedback prompt ("Was this helpful?"), or a line that starts with one and
    holds only its buttons ("Was this helpful? Yes No"): never a question, nor an answer's."""
    text = text.lstrip(" ¿")
    m = _FEEDBACK.match(text)
    if m is None:
        return False
    rest = text[m.end() :].lstrip()
    return rest[:1] in ("?", "？") and len(rest[1:].split()) <= _FEEDBACK_TAIL


def cut_feedback(lines: list[str]) -> list[str]:
    """An answer's lines up to its feedback prompt (the footer under it)."""
    for index, line in enumerate(lines):
        if ("?" in line or "？" in line) and is_feedback(line):
            return lines[:index]
    return lines


def has_answer_prefix(raw: str) -> bool:
    """True when ``raw`` starts with an answer label: "A:", "A1：", "Answer:", "Odpověď:"."""
    return bool(_A_PREFIX.match(clean_text(raw)))


def label_start(text: str) -> int:
    """Length of the question label ``text`` starts with ("Q1：", "Otázka: "); 0 if none."""
    if text[:1].lower() not in _Q_INITIALS:
        return 0
    m = _Q_PREFIX.match(text)
    return 0 if m is None else m.end()


def may_start_label(text: str, *, answer: bool = False) -> bool:
    """A cheap test: False where ``text`` cannot start with a question (``answer``) label."""
    return text[:1].lower() in (_A_INITIALS if answer else _Q_INITIALS)


def is_badge(text: str, *, answer: bool = False) -> bool:
    """True for a question (or ``answer``) label standing alone: "Q", "Q1.", "Otázka:", "A"."""
    if text[:1].lower() not in (_A_INITIALS if answer else _Q_INITIALS):
        return False
    return (_A_BADGE if answer else _Q_BADGE).fullmatch(text) is not None


def split_answer(text: str) -> tuple[str, str] | None:
    """A labelled question and the labelled answer after it in one block ("Q: Why? A:
    Because.") as (question, answer); None where there is no such answer, or where a
    further question follows (a block holding several pairs)."""
    m = _ANSWER_AFTER.search(text)
    if m is None or _NEXT_LABEL.search(text, m.end()):
        return None
    return text[: m.start()], text[m.end() :]


def labelled_pairs(text: str) -> list[tuple[str, str]]:
    """The (question, answer) pairs of a block that holds several labelled pairs one after
    another ("Q: Why? A: Because. Q: When? A: Now."); [] unless every part is one."""
    text = text.lstrip()
    starts = [m.start() for m in _NEXT_LABEL.finditer(text)]
    if len(starts) < 2 or starts[0] != 0:
        return []
    pairs: list[tuple[str, str]] = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        part = text[start:end]
        m = _ANSWER_AFTER.search(part)
        if m is None:
            return []
        pairs.append((part[label_start(part) : m.start()], part[m.end() :]))
    return pairs


def may_hold_labels(text: str) -> bool:
    """True when ``text`` may hold a labelled question without a question mark ("Q:", "Q1：",
    "Question 2.", "Frage:"); the others end in "?" or "？".

    A page's text is long and holds a few "Q"s at most: each is looked at where it stands.
    """
    if "Frage" in text and _FRAGE_LABEL.search(text):
        return True
    at = text.find("Q")
    while at >= 0:
        if any(match(text, at) for match in _Q_LABEL_HINTS):
            return True
        at = text.find("Q", at + 1)
    return False


def is_trivial(node: LexborNode) -> bool:
    """True for nodes a reader does not read: blank text, icons, ``<br>``, images."""
    if node.tag in ("br", "img", "hr", "-comment"):
        return True
    return not _WORD.search(node.text(deep=True) or "")


def excluded(node: LexborNode, memo: dict[int, bool] | None = None) -> bool:
    """True inside navigation, selects, dialogs (cookie banners), page headers and footers.

    ``memo`` (one dict per tree) remembers the answer for every ancestor on the way, so that
    asking about many nodes of one page walks each ancestor once.
    """
    parent = node.parent
    if parent is None:
        return False
    return _within(parent, {} if memo is None else memo, _excluding)


def _excluding(node: LexborNode) -> bool | None:
    """True for a navigation, select, dialog, header or footer element, or a cookie consent
    box; None to look above."""
    if node.tag in _EXCLUDED_TAGS:
        return True
    attributes = node.attributes
    if not attributes:
        return None
    if attributes.get("role") in ("dialog", "navigation") or consent_box(attributes):
        return True
    return None


# A cookie consent banner or its preference centre, told by its class or id (a consent
# platform's name, or "cookie" beside a widget word: "cookie-consent-container",
# "cookies-modal", "cookie-notice") or by its label ("Cookie consent", "Cookie settings").
# Its purpose accordions ("Necessary", "Analytics") are no FAQs, its table no glossary.
_CONSENT_NAME = re.compile(
    r"cookies?[-_]?(?:consent|banner|bar|notice|modal|popup|law|preferences?|settings|dialog|"
    r"overlay|wall|accordion)|consent[-_]?(?:banner|bar|container|modal|manager|popup|dialog)|"
    r"onetrust|cookiebot|cmplz|(?:^|\s)cky-|cookieyes|usercentrics|didomi|iubenda-cs|borlabs|"
    r"klaro|qc-cmp|truste|(?:^|\s)cc-(?:window|banner)|gdpr-cookie"
)
_CONSENT_LABEL = re.compile(r"\bcookies?\b.*\b(?:consent|banner|notice|settings|preferences)\b")


def consent_box(attributes: dict[str, str | None]) -> bool:
    """Whether an element's ``attributes`` mark it as a cookie consent box."""
    names = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()
    if _CONSENT_NAME.search(names):
        return True
    label = attributes.get("aria-label")
    return label is not None and _CONSENT_LABEL.search(label.lower()) is not None


def _within(
    node: LexborNode, memo: dict[int, bool], decide: Callable[[LexborNode], bool | None]
) -> bool:
    """The answer of the nearest element from ``node`` up that ``decide`` answers (False
    where none does), remembered in ``memo`` for every element passed on the way."""
    passed: list[int] = []
    current: LexborNode | None = node
    answer = False
    while current is not None and current.is_element_node:
        mem_id = current.mem_id
        known = memo.get(mem_id)
        if known is not None:
            answer = known
            break
        passed.append(mem_id)
        here = decide(current)
        if here is not None:
            answer = here
            break
        current = current.parent
    for mem_id in passed:
        memo[mem_id] = answer
    return answer


@lru_cache(maxsize=8192)
def region_flags(text: str) -> int:
    """FAQ/GLOSSARY flags a short heading-like text gives ("FAQs", "Jargon buster" ...)."""
    if not text or len(text) > 80 or text.count(" ") > 8:
        return 0
    low = text.lower()
    flags = FAQ if _FAQ_HINT.search(low) and FAQ_WORDS.search(text) else 0
    if _GLOSSARY_HINT.search(low) and GLOSSARY_WORDS.search(text):
        flags |= GLOSSARY
    return flags


def flagged_lines(texts: list[str]) -> dict[int, int]:
    """:func:`region_flags` of the clean one-line ``texts`` (a page's headings) that give
    any, by index.

    The hints are looked for in all the texts at once: most give none, and one search of
    them joined is far quicker than a search of each.  ``lower`` changes no line break and
    no hint holds one, so a hint's match lies on one text's line.
    """
    lowered = "\n".join(texts).lower()
    hit = _line_numbers(_ANY_HINT, lowered)
    return {at: flags for at in hit if (flags := region_flags(texts[at]))}


def _line_numbers(pattern: re.Pattern[str], text: str) -> list[int]:
    """The numbers (from 0) of the lines of ``text`` where ``pattern`` matches, in order,
    each once; no match of ``pattern`` may span a line break."""
    numbers: list[int] = []
    line = last = 0
    for match in pattern.finditer(text):
        line += text.count("\n", last, match.start())
        last = match.start()
        if not numbers or numbers[-1] != line:
            numbers.append(line)
    return numbers


def side_box(node: LexborNode, memo: dict[int, bool] | None = None) -> bool:
    """True inside a box beside the content: an ``<aside>``, a form, a sidebar, a newsletter,
    call-to-action, related-links, sharing or table-of-contents box -- unless that box is a
    glossary itself (``<aside class="key-terms">``, a sidebar headed "Jargon buster").

    ``memo`` as for :func:`excluded` (a dict of its own).
    """
    return _within(node, {} if memo is None else memo, _siding)


def _siding(node: LexborNode) -> bool | None:
    """:func:`side_box`'s answer at ``node``, or None to look above."""
    if node.tag in _CONTENT_TAGS:
        return False
    if _is_side(node):
        return not _glossary_box(node)
    return None


def _is_side(node: LexborNode) -> bool:
    attrs = node.attrs
    if node.tag in ("aside", "form") or attrs.get("role") in ("complementary", "search"):
        side = True
    else:
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower().split()
        side = any(_is_side_name(name) for name in names)
    # An unclosed "breadcrumb" <div> in tag soup wraps the whole page: no side box.
    return side and node.css_first("h1, main, article") is None


@lru_cache(maxsize=4096)
def _is_side_name(name: str) -> bool:
    """True for a class or id such as "sidebar", "newsletter-signup", "related_posts"."""
    parts = set(_NAME_PARTS.split(name))
    return bool(parts & _SIDE_WORDS) and not parts & _LAYOUT_WORDS


def _glossary_box(node: LexborNode) -> bool:
    if node.css_first(GLOSSARY_ATTR) is not None:  # the node itself or one inside it
        return True
    head = node.css_first(HEADINGS)
    return head is not None and bool(region_flags(clean_text(head.text(deep=True))) & GLOSSARY)


def is_letter_heading(text: str) -> bool:
    return bool(_LETTER.match(text))

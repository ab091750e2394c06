"""FAQs from text: question lines, each followed by its answer lines.

Text dumps are jumbled: blocks are glued together ("FAQsWhich course…?", "…checks.Is there…?"),
tag remnants sit between them ("?<", "strong>What…", "em>"), bullets and lone "<" lines are
left over.  So the text is first cut into *pieces* at remnants and at glue (a sentence end or a
question word stuck to the previous word), then read piece by piece:

- a question piece ends in "?" or "？" (or starts with a label: "Q:", "Q1：", "P:", "Otázka:"),
  is short and starts like a sentence; answer labels ("A:", "R:", "Odpověď:") are dropped;
- its answer is the first answer-like piece before the next question (placeholders such as
  link labels are skipped), continued by further clean paragraphs, a short sentence line
  after a sentence, a list and the line ending in a colon that leads it;
- a paragraph of statements that ends in a question is an intro, no question;
- questions count inside an FAQ stretch (from an "FAQs"/"Frequently asked questions" piece,
  extended by every answered question) or in a run of at least two answered questions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import NamedTuple

from prospectus.extract.patterns.cues import (
    FAQ,
    FAQ_WORDS,
    answer_text,
    is_feedback,
    is_title,
    may_hold_labels,
    question_from_clean,
    region_flags,
    word_count,
)
from prospectus.extract.patterns.faq_headings import is_content_heading
from prospectus.extract.text import ascii_bytes, clean_text

_TAGS = r"p|em|strong|span|a|li|div|b|i|u|small|h[1-6]|br|ul|ol|td|tr|th|dt|dd|sup|sub|section"
_REMNANT = re.compile(
    rf"</?(?:(?:{_TAGS})(?![A-Za-z0-9]))?\s*/?>?|(?<![A-Za-z0-9])/?(?:{_TAGS})\s*/?>|>"
)
_QWORDS = (
    "How|What|Who|Whom|Whose|Why|When|Where|Which|Can|Could|Do|Does|Did|Is|Are|Was|Were|Will|"
    "Would|Should|Shall|May|Might|Must|Have|Has|Wie|Wer|Wen|Wem|Warum|Wieso|Weshalb|Wann|Wo|"
    "Woher|Welche|Welcher|Welches|Welchen|Kann|Können|Muss|Müssen|Gibt|Ist|Sind|Brauche|"
    "Benötige|Habe|Hat|Findet|Wird|Werden|Darf|Soll|"
    "(?:Can|Don|Won|Isn|Aren|Doesn|Didn|Shouldn|Wouldn|Couldn)['’]t"
)
_GLUE = re.compile(
    rf"(?<=[a-z0-9%)\]”’\"'][.!?])(?=[A-Z][a-z])"  # "…checks.Is there"
    rf"|(?<=[a-z0-9)\]])(?=(?:{_QWORDS})\s[^?\n]{{2,200}}\?)"  # "…minutesHow many…?"
    rf"|(?<=\?)(?=[^\s?!)\"”’'])|(?<=\?)\s+(?=[A-Z0-9„“\"])"  # "…for you?Cisco", "…? Note:"
)
_LEAD = re.compile(r"^[\s•·▪◦‣*|-]+")
_BULLET = re.compile(r"\s*(?:[•·▪◦‣*]|-\s)")
# Where _GLUE may split: "?" before a non-space or a capital, or a capital after a sentence
# end or a small letter.  The capital is matched before the letter ahead of it is looked
# back at: the regex engine then skips to the capitals (a small letter is on every step).
_MAYBE_GLUE = re.compile(r"[?](?:[^\s]|\s+[A-Z0-9„“\"])|[A-Z](?<=[.!?a-z0-9)\]][A-Z])")
_SENTENCE_END = re.compile(r"[.!…)。！]$")
_OPENING_QUOTE = re.compile(r"^[\"“„¿]")
# The statements before a question's sentence: "I lost my certificate. Can I get a copy?"
_PREAMBLE = re.compile(r"^(?P<lead>.*[.!…。！])\s+\S")
# A question about the page's questions, after a statement: "Everything you need to know
# before you book. Can't find your answer?", "… Didn't find what you were looking for?",
# "… Can't find it here?"
_NOT_FOUND = re.compile(
    r"^(?:can['’]?t|cannot|couldn['’]?t|didn['’]?t|did not|still)\b.*"
    r"\b(?:answers?|questions?|yours|looking for|here|what you need)\b",
    re.I,
)
# A news or blog teaser's date before its title, glued or spaced: "12.11.2026New rules: what
# changes?", "2026-10-02 Is it worth it?", "16 November 2026 Which belt is right for me?",
# "Mar 4, 2027 · Do I need a permit?" (the month first, a comma before the year).
_DATED = re.compile(
    r"^(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}"
    r"|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?\s+(?:19|20)\d\d"
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2},\s*(?:19|20)\d\d)(?!\d)"
)
# A page's call to action, a question without its verb's subject ("Buying for a member of
# staff? Gift vouchers …", "Need a course for your whole team? In-house from …", "Looking
# for group training?"): no FAQ of a run of questions outside an FAQ section.
_CALL_TO_ACTION = re.compile(
    r"(?:Need|Needing|Want|Wanting|Looking|Buying|Planning|Interested|Ready|Fancy|Thinking"
    r"|Prefer|Searching|Unsure|Not sure|New to|Got)\b"
)
_MAX_PREAMBLE = 15  # words before the question: more make a page's intro ("Here you'll find …")
_STRETCH = 8  # pieces an FAQ stretch reaches past its last answered question
_RUN_GAP = 8  # pieces between two questions of one run
_LOOKAHEAD = 4  # pieces scanned for an answer


class _Piece(NamedTuple):  # a tuple: a dump has hundreds of pieces, quick to make
    text: str
    glued: bool  # cut from the end of a previous block: not a fresh paragraph
    listed: bool = False  # a list's item: its line opens with a bullet ("• ", "▪ ", "- ")


def pieces_of(text: str) -> list[_Piece]:
    """``text`` cut into clean pieces at line breaks, tag remnants and glue."""
    pieces: list[_Piece] = []
    glued = _maybe_glued(text)
    for index, line in enumerate(text.splitlines()):
        chunks = _REMNANT.split(line) if "<" in line or ">" in line else (line,)
        for chunk in chunks:
            may_split = index in glued and _MAYBE_GLUE.search(chunk)
            parts = _GLUE.split(chunk) if may_split else (chunk,)
            for n, part in enumerate(parts):
                cleaned = _LEAD.sub("", clean_text(part) if "&" in part else part.strip())
                if cleaned:
                    listed = n == 0 and _BULLET.match(part) is not None
                    pieces.append(_Piece(cleaned, glued=n > 0, listed=listed))
    return pieces


def _maybe_glued(text: str) -> set[int]:
    """The indexes (as ``splitlines`` counts them) of the lines where :data:`_MAYBE_GLUE` may
    match: those with a "?", or with a capital after a small letter, a digit or ".!?)]".

    Glue is rare, and a regex pass over a long dump tests every character: the text is read
    instead as bytes, one per character (non-ASCII ones read as "?", which may precede a
    capital), each a ``_GLUE_AFTER`` or ``_GLUE_CAPITAL`` byte or a space, where the
    capitals to look at are found by a plain search for the two bytes together.
    """
    places: list[int] = []
    at = text.find("?")
    while at >= 0:
        places.append(at)
        at = text.find("?", at + 1)
    data = ascii_bytes(text).translate(_GLUE_CLASSES)
    at = data.find(_GLUE_PAIR)
    while at >= 0:
        places.append(at + 1)
        at = data.find(_GLUE_PAIR, at + 1)
    if not places:
        return set()
    starts = list(accumulate(map(len, text.splitlines(keepends=True)), initial=0))
    return {bisect_right(starts, place) - 1 for place in places}


# Each character as :func:`_maybe_glued` reads it: one that may come before glue, a capital,
# or a space for any other.
_GLUE_AFTER, _GLUE_CAPITAL = b"a", b"A"
_GLUE_PAIR = _GLUE_AFTER + _GLUE_CAPITAL
_GLUE_CLASSES = bytes(
    _GLUE_CAPITAL[0]
    if chr(b).isascii() and chr(b).isupper()
    else _GLUE_AFTER[0]
    if chr(b) in ".!?)]0123456789" or "a" <= chr(b) <= "z"
    else ord(" ")
    for b in range(256)
)


def is_call_to_action(question: str) -> bool:
    """Whether a question is shaped like a page's call to action ("Ready to get certified?",
    "Looking for group training?"): a question without its verb's subject."""
    return _CALL_TO_ACTION.match(question) is not None


def faqs_from_text(text: str) -> list[tuple[str, str | None]]:
    """(question, answer) pairs found in ``text``, in order, one per question."""
    if "?" not in text and "？" not in text and not may_hold_labels(text):
        return []
    pieces = pieces_of(text)
    questions = _without_prompts([_question(piece.text) for piece in pieces], pieces)
    questions = _lower_case_questions(questions, pieces)
    markers = [_is_marker(piece.text) for piece in pieces]
    stretch_end = -1
    run: list[tuple[int, str, str | None]] = []
    out: dict[str, tuple[str, str | None]] = {}
    for index, question in enumerate(questions):
        if markers[index]:
            stretch_end = index + _STRETCH
            continue
        if question is None or _contact_call(question, pieces, index):
            continue
        answer, end = _answer(pieces, questions, markers, index + 1)
        if answer is not None and _points_below(answer):
            continue  # "Have a question about our courses? See our answers below.": an intro
        if index <= stretch_end:
            _keep(out, question, answer)
            if answer is not None:
                stretch_end = end + _STRETCH
            continue
        if run and index - run[-1][0] > _RUN_GAP:
            run = []
        # "WHY CHOOSE US?": a heading set in capitals, which neither counts as an FAQ nor
        # makes the question beside it one ("Group of 6 or more? …" over it is sales copy).
        if answer is not None and not _CALL_TO_ACTION.match(question) and not _capitals(question):
            run.append((index, question, answer))
            if len(run) >= 2:
                for _, q, a in run:
                    # "What will you learn?": a section's heading
                    if not is_content_heading(q):
                        _keep(out, q, a)
    return list(out.values())


# A contact call glued after a question on its line: "Still not sure? Ask us on WhatsApp",
# "Questions? Call us", "Not sure which course? Get in touch".
_CONTACT_CALL = re.compile(
    r"(?:Ask|Call|Contact|Email|E-mail|Message|Chat|Talk|Speak|Phone|Ring|Text|WhatsApp|Write|"
    r"Reach|Get in touch|Drop us)\b"
)
_QUESTION_WORD = re.compile(rf"(?:{_QWORDS})\b")
_MAX_CALL_WORDS = 6


def _contact_call(question: str, pieces: list[_Piece], index: int) -> bool:
    """Whether a question is a call to action's heading: a question without a question word
    ("Still not sure?"), a short contact call after it on its line ("Ask us on WhatsApp")."""
    if index + 1 >= len(pieces) or not pieces[index + 1].glued:
        return False
    call = pieces[index + 1].text
    return (
        _CONTACT_CALL.match(call) is not None
        and word_count(call) <= _MAX_CALL_WORDS
        and not _SENTENCE_END.search(call)
        and _QUESTION_WORD.match(question) is None
    )


# A question line its writer left in lower case: "what documents do I need to apply?".
_LOWER_QUESTION = re.compile(
    r"(?:how|what|who|why|when|where|which|can|could|do|does|did|is|are|will|would|should"
    r"|may|must|have|has)\s[^?]*\?$"
)
_MAX_HEADING_WORDS = 6  # words of a heading line above a question (a category's name)


def _lower_case_questions(questions: list[str | None], pieces: list[_Piece]) -> list[str | None]:
    """``questions`` with the question lines written in lower case read as questions: a
    whole line opening with a question word, after a full stop, a question or a short
    heading line (not a wrapped paragraph's next line: "… you may wonder" / "what to bring?")."""
    for index, piece in enumerate(pieces):
        text = piece.text
        if (
            questions[index] is None
            and text[:1].islower()
            and text.endswith("?")
            and index > 0
            and not piece.glued
            and _LOWER_QUESTION.match(text)
        ):
            before = pieces[index - 1].text
            if (before[-1:] in ".!?)" or len(before.split()) <= _MAX_HEADING_WORDS) and (
                found := _question(text[0].upper() + text[1:])
            ) is not None:
                questions[index] = found[:1].lower() + found[1:]  # as written
    return questions


_PROMPT_REPEATS = 3


def _without_prompts(questions: list[str | None], pieces: list[_Piece]) -> list[str | None]:
    """``questions`` without a widget's prompt, in any language: one question written
    under three answers or more, each a different one ("Was this helpful?" under every
    answer), is no FAQ (a copied FAQ block repeats its question after the same text)."""
    seen: dict[str, list[int]] = {}
    for index, question in enumerate(questions):
        if question is not None:
            seen.setdefault(question.casefold(), []).append(index)
    for where in seen.values():
        if len(where) >= _PROMPT_REPEATS and len(
            {pieces[i - 1].text for i in where if i > 0}
        ) == len(where):
            for i in where:
                questions[i] = None
    return questions


def _capitals(question: str) -> bool:
    """True for a question written in capitals, as a newsletter or page heads its sections
    ("WHY TRAIN WITH US?", "KAKO SE PRIJAVITI?"): no FAQ, unless an FAQ heading is above it."""
    return question.isupper() and len(question.split()) >= 2


def _keep(out: dict[str, tuple[str, str | None]], question: str, answer: str | None) -> None:
    key = question.casefold()
    if key not in out or (out[key][1] is None and answer):
        out[key] = (question, answer)


def _is_marker(text: str) -> bool:
    return text.startswith("FAQ") or (bool(region_flags(text) & FAQ) and "?" not in text)


def _question(text: str) -> str | None:
    found = question_from_clean(text)
    if found is None or not (found[1] or _starts_like_sentence(found[0])):
        return None
    if found[0][:1].isalnum() and _DATED.match(found[0]):
        return None  # a dated teaser of the page's news: a post's title
    if not found[1] and (is_title(found[0]) or is_feedback(found[0])):
        return None  # an article title: "New rules for 2026: what changes?"; "Was this helpful?"
    if not found[1] and is_intro(found[0]):
        return None
    return found[0]


def is_intro(text: str) -> bool:
    """True for a paragraph that only ends in a question: a page's intro ("Here you'll find
    answers to the questions we are asked most about booking, paying and exams. Looking for
    something specific?"), a heading often glued to its front -- or, however short, one
    whose statements speak of the questions themselves ("Answers to the questions our
    learners ask most. Can't find yours?"), or whose question does ("Everything you need
    to know before you book. Can't find your answer?")."""
    match = _PREAMBLE.match(text)
    if match is None:
        return False
    lead = match.group("lead")
    if word_count(lead) >= _MAX_PREAMBLE or FAQ_WORDS.search(lead):
        return True
    return bool(_NOT_FOUND.search(text[match.end() - 1 :]))


# An "answer" that only sends the reader to the page's answers: "Find our answers below.",
# "Consultez nos réponses ci-dessous.", "Antworten finden Sie unten.".
_BELOW = re.compile(
    r"\b(?:below|ci-dessous|unten|nachfolgend|hieronder|abajo|a continuación|qui sotto|"
    r"di seguito|abaixo|poniżej|nedan|nedenfor|nedenunder)\b",
    re.I,
)
_ANSWERS = re.compile(
    r"\b(?:answers?|questions|faqs?|réponses|antworten|fragen|antwoorden|vragen|respuestas|"
    r"preguntas|risposte|domande|respostas|perguntas|odpowiedzi|svar)\b",
    re.I,
)
_MAX_POINTER = 12  # words of a pointer to the answers below


def _points_below(answer: str) -> bool:
    """True for a short answer that only points to the answers below (the page's intro)."""
    return (
        word_count(answer) <= _MAX_POINTER
        and _BELOW.search(answer) is not None
        and _ANSWERS.search(answer) is not None
    )


def _starts_like_sentence(text: str) -> bool:
    """True where ``text`` starts with a capital, a digit or a letter of a script without
    case (Chinese, Japanese), after an opening quote."""
    first = _OPENING_QUOTE.sub("", text, count=1)[:1]
    return first.isdigit() or (first.isalpha() and not first.islower())


def _answer_like(text: str) -> bool:
    words = word_count(text)
    return words >= 5 or (words >= 1 and bool(_SENTENCE_END.search(text)) and text[0].isupper())


def _answer(
    pieces: list[_Piece], questions: list[str | None], markers: list[bool], start: int
) -> tuple[str | None, int]:
    """The answer starting at ``start`` and the index of its last piece."""
    first = -1
    for index in range(start, min(start + _LOOKAHEAD, len(pieces))):
        if questions[index] is not None or markers[index]:
            return None, start
        if _answer_like(pieces[index].text) or _list_opens(pieces, index):
            first = index
            break
    if first < 0:
        return None, start
    parts = [pieces[first].text]
    end = first
    for index in range(first + 1, min(first + 8, len(pieces))):
        text = pieces[index].text
        if (
            questions[index] is None
            and _list_goes_on(pieces, index, end)
            and sum(len(p.split()) for p in parts) <= 150
        ):
            parts.append(text)  # an answer's bulleted list, item by item, however short
            end = index
            continue
        if questions[index] is None and _leads_list(pieces, index, end):
            parts.append(text)  # "Fees vary by group:" over its items: the list's lead
            end = index
            continue
        if (
            pieces[index].glued
            or questions[index] is not None
            or not _continues(pieces, index, end)
            or sum(len(p.split()) for p in parts) > 150
        ):
            break
        parts.append(text)
        end = index
    return answer_text(" ".join(parts)), end


_MIN_LINE_WORDS = 8  # words of a line that goes on with an answer, as a rule
_MIN_SENTENCE_WORDS = 5  # words of a short sentence that goes on with an answer's sentence


def _continues(pieces: list[_Piece], index: int, last: int) -> bool:
    """Whether the piece at ``index`` goes on with the answer whose last piece is at
    ``last``: a line ending a sentence, of some length -- or a short sentence of its own
    (a capital, a verb's few words and a stop: "After that it costs $25.") after a sentence
    the answer ended: the writer broke the answer into lines, sentence by sentence.  A
    shorter line ("Read more.") is a link's label, no sentence."""
    text = pieces[index].text
    if not _SENTENCE_END.search(text):
        return False
    if word_count(text) >= _MIN_LINE_WORDS:
        return True
    return (
        word_count(text) >= _MIN_SENTENCE_WORDS
        and text[:1].isupper()
        and text.endswith(".")
        and pieces[last].text.endswith(".")
        and not pieces[last].listed
    )


def _list_opens(pieces: list[_Piece], index: int) -> bool:
    """Whether a bulleted list opens at ``index``: two items or more, one after the other
    ("• Your ID card" / "• A pen"), however short each is."""
    return (
        pieces[index].listed
        and index + 1 < len(pieces)
        and pieces[index + 1].listed
        and _item_like(pieces[index].text)
        and _item_like(pieces[index + 1].text)
    )


def _list_goes_on(pieces: list[_Piece], index: int, last: int) -> bool:
    """Whether the piece at ``index`` is the next item of a bulleted list the answer holds
    (its last piece, at ``last``, an item), opens (its last piece ends in a colon: "You
    will need:" over its items) or adds below its sentence ("Most learners pay $900." over
    "- Books: $60" / "- Exam: $120": two items or more, the answer's breakdown)."""
    if not pieces[index].listed or not _item_like(pieces[last].text):
        return False
    if not _item_like(pieces[index].text):
        return False
    if pieces[last].listed or pieces[last].text.endswith(":"):
        return True
    return bool(_SENTENCE_END.search(pieces[last].text)) and _list_opens(pieces, index)


def _leads_list(pieces: list[_Piece], index: int, last: int) -> bool:
    """Whether the piece at ``index`` leads a list below the answer's sentence (at ``last``):
    a line ending in a colon, not glued, over two items or more ("Prices depend on the
    group:" / "- Adults: $40" / "- Children: $20").  A lead says what the list is, so it
    continues the answer above, however short; without a list below, a colon ends a
    heading, no answer's sentence."""
    lead = pieces[index]
    return (
        not lead.glued
        and not lead.listed
        and lead.text.endswith(":")
        and bool(_SENTENCE_END.search(pieces[last].text))
        and _item_like(lead.text)
        and _list_opens(pieces, index + 1)
    )


_MAX_ITEM_WORDS = 40  # words of a list's item: more make a paragraph, or a dump's jumble


def _item_like(text: str) -> bool:
    """Whether ``text`` may be a list's item or the line over one: not too long, no
    script's data run into the text ("{"), as a dump's jumble has it, and no news post's
    date before its title ("19 Feb 2026Simon Buehring", a blog list's item)."""
    return (
        "{" not in text
        and len(text.split()) <= _MAX_ITEM_WORDS
        and not (text[:1].isalnum() and _DATED.match(text))
    )

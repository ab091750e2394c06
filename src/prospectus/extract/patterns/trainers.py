"""The one trainer a page names for all its runs ("Instructor for all cohorts: X").

Found cheaply: only lines where a trainer label starts a line or stands before a
colon, and "... by" phrases after a verb such as "taught", are read with the
name patterns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from prospectus.extract.text import ascii_bytes

_NAME = (
    r"((?:Dr\.?[ \t]+|Prof\.?[ \t]+)?[A-ZÀ-Ý][\w'’.-]+"
    r"(?:[ \t]+(?:(?:van|von|der|den|de|du|da|di|del|della|le|la|ter|ten|zu|bin|al)[ \t]+)*"
    r"[A-ZÀ-Ý][\w'’-]+){1,3})(?=[,.;)]|[ \t]*$|[ \t]+[a-z(])"
)
_LABEL_WORD = (
    r"(?i:trainers?|trainerin|instructors?|tutors?|teachers?|presenters?|facilitators?|docente|"
    r"formador[a]?|formateur|formatrice|dozent(?:in)?|referent(?:in)?|relatore|istruttore)"
)
# Matched at a label word: "Trainer: X", "Instructor for all cohorts: X", "Formador\nX".
_LABELLED_AT = re.compile(rf"{_LABEL_WORD}(?:[ \t]+[\w–-]+){{0,5}}[ \t]*:[ \t]*{_NAME}", re.M)
_LABEL_LINE_AT = re.compile(rf"{_LABEL_WORD}[ \t]*\n[ \t]*{_NAME}", re.M)
# A facts table's row: "Trainerin\tMag. Eva Steindl, Wirtschaftsmediatorin" (the name's
# words apart by spaces only: "Trainer\tDate\tPrice" is a table's header).
_LABEL_CELL_AT = re.compile(
    rf"{_LABEL_WORD}[ \t]*\t[ \t]*((?:Dr\.?[ ]+|Prof\.?[ ]+)?[A-ZÀ-Ý][\w'’.-]+"
    r"(?:[ ]+(?:(?:van|von|der|den|de|du|da|di|del|della|le|la|ter|ten|zu|bin|al)[ ]+)*"
    r"[A-ZÀ-Ý][\w'’-]+){1,3})(?=[,;)]|[ \t]*$|[ ]+[a-z(])",
    re.M,
)
_VERB_BY = re.compile(
    r"(?i:conducted|taught|led|delivered|run|presented|impartido|tenuto|animé|geleitet|"
    r"durchgeführt)$"
)
_NAME_AT = re.compile(rf"[ \t]*{_NAME}", re.M)
# The trainer of every run said in a sentence: "Your instructor for every cohort is X",
# "The trainer for all dates will be X".
_FOR_ALL = re.compile(r" for (?:all|every|each) ")
_LABEL_ENDS = (
    "trainer", "trainers", "trainerin", "instructor", "instructors", "tutor", "tutors",
    "teacher", "teachers", "presenter", "presenters", "facilitator", "facilitators",
)  # fmt: skip
_FOR_ALL_IS = re.compile(
    rf"{_LABEL_WORD}[ \t]+for[ \t]+(?i:all|every|each)(?:[ \t]+[\w-]+){{1,2}}[ \t]+"
    rf"(?i:is|will[ \t]+be)[ \t]+{_NAME}"
)
# Cheap first passes: only lines holding one of these words are searched with the patterns.
_TRAINER_WORDS = (
    "trainer", "instructor", "tutor", "teacher", "presenter", "facilitator", "docente",
    "formador", "formateur", "formatrice", "dozent", "referent", "relatore", "istruttore",
)  # fmt: skip
_BY_WORDS = (" by ", " por ", " par ", " da ", " von ")
# The same searches on the text lowered as ASCII bytes (see _likely_hits).
_TRAINER_KEYS = tuple((word, word.encode()) for word in _TRAINER_WORDS)
_ANY_TRAINER_WORD = re.compile(b"|".join(key for _, key in _TRAINER_KEYS))
_LABEL_STARTS_LINE = re.compile(rb"\n[^\n\w]*(?:" + _ANY_TRAINER_WORD.pattern + rb")")
_BY_FOUND = tuple((word, re.compile(word[1:].encode())) for word in _BY_WORDS)


def _trainer_at(text: str, at: int, word: str) -> str | None:
    """The name a trainer label (or "... by") at ``at`` introduces, if any."""
    if word.startswith(" "):  # " by ": the verb must come just before
        before = text[max(0, at - 20) : at].rsplit(None, 1)
        if not before or not _VERB_BY.search(before[-1]):
            return None
        match = _NAME_AT.match(text, at + len(word) - 1)
        return match.group(1) if match else None
    window = text[at : at + 160]
    match = _LABELLED_AT.match(window)
    if match is None and text[text.rfind("\n", 0, at) + 1 : at].strip() == "":
        match = _LABEL_LINE_AT.match(window) or _LABEL_CELL_AT.match(window)
    return match.group(1) if match else None


def find_page_trainer(text: str) -> str | None:
    """The one trainer a page names for all its runs ("Instructor for all cohorts: X")."""
    # "İ" lowers to two characters, which shifts every later position in the lowered text.
    hits = _all_hits(text) if "\u0130" in text else _likely_hits(text)
    names: set[str] = set()
    for at, word in hits:
        if (name := _trainer_at(text, at, word)) is not None:
            names.add(name)
            if len(names) > 1:
                return None
    first = None if names else _FOR_ALL.search(text)  # a literal scan: the label's is slow
    if first is not None:
        for spot in _FOR_ALL.finditer(text, first.start()):
            start = max(0, spot.start() - 16)
            if not text[start : spot.start()].lower().endswith(_LABEL_ENDS):
                continue  # the label stands right before: "Your instructor for every ..."
            window = text[start : spot.end() + 120]
            names.update(m.group(1) for m in _FOR_ALL_IS.finditer(window))
        if len(names) > 1:
            return None
    return names.pop() if names else None


def _all_hits(text: str) -> Iterator[tuple[int, str]]:
    """Where each label word (or "by" word) stands in the lowered text."""
    low = text.lower()
    for word in (*_TRAINER_WORDS, *_BY_WORDS):
        at = low.find(word)
        while at >= 0:
            yield at, word
            at = low.find(word, at + len(word))


def _likely_hits(text: str) -> Iterator[tuple[int, str]]:
    """The hits of :func:`_all_hits` that can introduce a name, found with fewer passes.

    The text is lowered as ASCII bytes, one byte per character ("?" for the others),
    so positions are the text's and the (ASCII) words are found where ``lower()``
    finds them.  A label word introduces a name only before a colon on its line
    ("Trainer: X") or at the start of a line ("Trainer\\nX"): only such lines are
    searched for them.  Each word is found left to right without overlaps, as there.
    """
    low = ascii_bytes(text).lower()  # the page's readers share its ASCII bytes
    starts = {0}  # the first line has no newline before it
    starts.update(match.start() + 1 for match in _LABEL_STARTS_LINE.finditer(low))
    colon = low.find(b":")
    while colon >= 0:
        starts.add(low.rfind(b"\n", 0, colon) + 1)
        colon = low.find(b":", colon + 1)
    for start in starts:
        end = low.find(b"\n", start)
        end = len(low) if end < 0 else end
        if _ANY_TRAINER_WORD.search(low, start, end) is None:
            continue  # most such lines hold no label word: one search instead of one a word
        for word, key in _TRAINER_KEYS:
            at = low.find(key, start, end)
            while at >= 0:
                yield at, word
                at = low.find(key, at + len(key), end)
    for word, finder in _BY_FOUND:  # "by " found by a regex: its literal search is fast
        free = 0  # where the last " by " ended
        for match in finder.finditer(low):
            at = match.start() - 1
            if at >= free and low[at] == 32:  # " by ": a space before
                yield at, word
                free = at + len(word)


# A line that gives trainers under a label: "Trainer: X for classroom dates; Y online".
_NOTE_LABEL = re.compile(rf"[^\w\n]*{_LABEL_WORD}[ \t]*$")
_NOTE_REST = re.compile(r"[ \t]*(\S[^\n]{10,300}(?<![.!])(?:\n[^\n]{1,200})?)")
_CLAUSE_END = re.compile(r";|(?<=[a-zß-ÿ]{3})\.\s+(?=\S)|\s+[–—]\s+")  # not "Dr. X"
_BRACKETS = re.compile(r"\s*\([^)]*\)")
_ANY_NAME = re.compile(_NAME)
_OTHER_MODE = {"online": "in_person", "in_person": "online"}


def mode_trainers(text: str, mode_of: Callable[[str], str | None]) -> dict[str, str]:
    """The trainer for each format, where a trainer line names one per format.

    "Trainer: Femke de Groot (Accredited Kanban Trainer) for all classroom dates; the
    online edition is taught by Joost Verbeek." gives ``{"in_person": "Femke de Groot",
    "online": "Joost Verbeek"}``.  Each clause of the line names a trainer and a format
    (``mode_of`` reads it); a clause with no format word of its own has the format the
    other clause does not.  Empty unless two formats each get one trainer.
    """
    for note in _notes(text):
        named: list[tuple[str, str | None]] = []
        for clause in _CLAUSE_END.split(note):
            clause = _BRACKETS.sub("", clause)
            if (name := _ANY_NAME.search(clause)) is not None:
                named.append((name.group(1), mode_of(clause)))
        if len(named) != 2 or named[0][0] == named[1][0]:
            continue
        modes = [mode for _, mode in named]
        if modes[0] is None and modes[1] in _OTHER_MODE:
            modes[0] = _OTHER_MODE[modes[1]]
        elif modes[1] is None and modes[0] in _OTHER_MODE:
            modes[1] = _OTHER_MODE[modes[0]]
        if None not in modes and modes[0] != modes[1]:
            return {mode: name for (name, _), mode in zip(named, modes, strict=True) if mode}
    return {}


# Designations after a name: ", CHRL", ", PMP, MBA", ", PhD".
_POSTNOMINALS = re.compile(r"(?:,\s*(?:[A-Z]{2,6}|Ph\.?\s?D)\.?)+$")


# A title after a Korean, Japanese or Chinese name: "김도윤 강사", "佐伯浩二 先生", "王伟老师".
_CJK_HONORIFIC = re.compile(
    r"(?<=[^\W\d_])\s*(?:강사님?|선생님|교수님?|님|講師|先生|氏|老师|老師|讲师)$"
)


def trainer_name(value: str) -> str:
    """A trainer cell's name, less the prose after it: "Femke de Groot (Accredited
    Trainer) for all classroom dates" → "Femke de Groot", and less designations after a
    comma ("Priya Raman-Ellis, CHRL" → "Priya Raman-Ellis") or a CJK title after it ("김도윤
    강사" → "김도윤"); other values as they are."""
    if value[-1:] > "\u3000" and len(value) > 2:
        value = _CJK_HONORIFIC.sub("", value)
    if "," in value and (letters := _POSTNOMINALS.search(value)) and letters.start() > 0:
        value = value[: letters.start()].rstrip()
    if len(value.split()) <= 4 and not any(c in value for c in "(;"):
        return value
    match = _NAME_AT.match(value)
    return match.group(1) if match is not None else value


def _notes(text: str) -> Iterator[str]:
    """What follows a trainer label and its colon at a line's start, the line's rest (and
    the next line where the page's source wraps it): found from the colons, which few
    lines hold."""
    colon = text.find(":")
    while colon >= 0:
        start = text.rfind("\n", 0, colon) + 1
        if (
            colon - start <= 24
            and _NOTE_LABEL.match(text, start, colon)
            and (rest := _NOTE_REST.match(text, colon + 1)) is not None
        ):
            yield rest.group(1).replace("\n", " ")
        colon = text.find(":", colon + 1)

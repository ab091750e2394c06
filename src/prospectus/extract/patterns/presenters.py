"""The names a booking widget's run cards give in a trainer's element, without a label.

A widget's event card writes its presenter as a bare name in an element its class names
for the role (Arlo's ``<div class="arlo-event-presenters">Jane Smith</div>``, a theme's
``<span class="session-trainer">``): in the text, a line of two or three capitalised words
that nothing tells from a place.  The class tells; a run card's line that is one of these
names is the run's trainer.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

# An element whose class names a run's trainer ("arlo-event-presenters", "event-trainer").
_ROLE_CLASS = ", ".join(
    f'[class*="{word}"]' for word in ("presenter", "trainer", "instructor", "facilitator", "tutor")
)
# A person's name: two to four words that open with a capital, no digits, no label.
_PERSON = re.compile(
    r"(?:Dr\.? |Prof\.? )?[A-ZÀ-Þ][\w'’.-]+(?: (?:(?:van|von|de|der|da|di|le|la) )*"
    r"[A-ZÀ-Þ][\w'’-]+){1,3}"
)
_MAX_CHARS = 60
# Not a name: the role's label itself, or a name to come ("Presenter TBA", "Trainer TBC").
_NOT_A_NAME = re.compile(
    r"\b(?:TB[ACD]|presenters?|trainers?|instructors?|facilitators?|tutors?)\b", re.I
)


def presenter_names(tree: LexborHTMLParser) -> frozenset[str]:
    """The bare names the page's trainer elements hold (each element's whole text)."""
    names: set[str] = set()
    for node in tree.css(_ROLE_CLASS):
        text = " ".join(node.text(deep=True).split())
        if len(text) <= _MAX_CHARS and _PERSON.fullmatch(text) and not _NOT_A_NAME.search(text):
            names.add(text)
    return frozenset(names)

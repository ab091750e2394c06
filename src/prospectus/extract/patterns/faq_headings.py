"""Question-shaped section headings of a course page: the course's content, not FAQs.

A course page titles its sections with questions: "What will you learn?", "Wat leert u?",
"Was lernen Sie?", "¿Qué aprenderás?".
Two of them in a row, each with a paragraph under it, look like a run of FAQs, but those
on what the course teaches describe the course.  :func:`is_content_heading` tells them from
questions a reader asks ("What will I learn about risk registers in week two?" is longer).
Headings on whom a course is for ("Who should attend?") are left to the FAQ readers: pages
also ask them in their FAQs.
"""

from __future__ import annotations

import re

# The cue a heading opens with; a few words of the course may follow ("… on this course").
_CONTENT = re.compile(
    r"^[¿¡]?\s*(?:"
    # English: outcomes and content
    r"what\s+(?:will|do|would|can|shall|does)\s+(?:you|i|we|learners|participants|students|"
    r"delegates|attendees)\s+(?:learn|gain|study|cover|take away)|"
    r"what\s+(?:you|i)(?:'|’)?(?:ll|\s+will)\s+learn|"
    r"what\s+(?:does|will|do)\s+(?:the|this|our)\s+(?:course|training|programme|program|"
    r"workshop|seminar|class)\s+(?:cover|teach)|"
    r"what(?:'|’)?s?\s+(?:is\s+|will\s+be\s+)?covered|"
    # German
    r"was\s+(?:lernen\s+sie|lernst\s+du|lerne\s+ich|werden\s+sie\s+lernen|wirst\s+du\s+lernen)|"
    r"was\s+sie\s+lernen|welche\s+inhalte|"
    # Dutch
    r"wat\s+(?:leert\s+u|leer\s+je|leer\s+ik|ga\s+je\s+leren|gaat\s+u\s+leren|"
    r"komt\s+(?:er\s+)?aan\s+bod)|"
    # French
    r"qu(?:'|’)\s*(?:allez-vous|apprendrez-vous|est-ce\s+que\s+vous\s+allez)"
    r"(?:\s+apprendre)?|que\s+(?:vais-je|vas-tu|va-t-on)\s+apprendre|"
    # Spanish, Portuguese, Italian
    r"qu[ée]\s+(?:aprender(?:ás|é|á|emos|án)|vas?\s+a\s+aprender|vamos\s+a\s+aprender)|"
    r"o\s+que\s+(?:(?:você|voce)\s+)?(?:vai|vais|irá|ira)\s+aprender|"
    r"(?:che\s+)?cosa\s+(?:imparerai|imparerete|si\s+impara|imparerò)|"
    # Swedish, Danish and Norwegian, Polish
    r"vad\s+(?:lär\s+du\s+dig|kommer\s+du\s+att\s+lära\s+dig|får\s+du\s+lära\s+dig)|"
    r"hva(?:d)?\s+(?:lærer\s+du|vil\s+du\s+lære|får\s+du\s+lære)|"
    r"czego\s+si[ęe]\s+nauczysz"
    r")(?!\w)",
    re.I,
)
_MAX_WORDS = 9  # "What will you learn on the PRINCE2 course?"; longer ones ask more


def is_content_heading(question: str) -> bool:
    """True for a course page's section heading asking what the course teaches ("What will
    you learn?", "Wat leert u?", "¿Qué aprenderás?", "Qu'allez-vous apprendre ?")."""
    text = question.strip()
    if len(text.split()) > _MAX_WORDS or not text.endswith(("?", "？")):
        return False
    match = _CONTENT.match(text)
    if match is None:
        return False
    rest = text[match.end() :].rstrip(" ?？")
    # what follows the cue: nothing, or a few words of the course ("… on this course")
    return len(rest.split()) <= 5

"""A run's row that offers its own booking control and states no status: open for booking.

A dates table's, card's or list line's "Book now" / "Register" / "Add to cart" /
"Select" button, as a part of its own or at the end of the row's last part
("… · $295 incl GST Book"), says the run can be booked (schema.org "InStock"); so does an
offer badge standing as a part of its own ("Early bird", "Winter sale", "Promo"): a price
on offer now is a run on sale, unless the row asks to enquire rather than book.  Only
where the row says nothing else: a status word the availability words do not read
("Cancelled", "Postponed", "Ended") keeps the run unread, and a page-wide button is no
part of a row.
"""

from __future__ import annotations

import re

from prospectus.extract.modes import OFF_OR_MOVED
from prospectus.extract.patterns.schedule_words import SPLIT, offer_badge

# A booking control's words, the whole of a part (or its end after a space): "Book now",
# "Book", "Book a place", "Book my seat", "Register", "Enrol now", "Add to cart", "Select",
# "Reserve a seat", "Reserve my place", "Buy tickets", "Jetzt buchen", "S'inscrire".  Not
# "Register interest", "Enquire", "Learn more", "Join the waiting list": no booking.
_CONTROL = re.compile(
    r"(?:^|\s)(?:"
    r"book(?:\s+(?:now|online|here|today|it|(?:a|your|my)\s+(?:place|seat|spot)"
    r"|this\s+(?:course|date|session|class)|places?|seats?|tickets?))?"
    r"|register(?:\s+(?:now|online|here|today))?|enrol+(?:\s+(?:now|online|here|today))?"
    r"|add\s+to\s+(?:cart|basket|bag)|select(?:\s+(?:date|this\s+date|session))?"
    r"|reserve(?:\s+(?:now|(?:a|your|my)\s+(?:place|seat|spot)))?"
    r"|buy\s+(?:now|tickets?)|get\s+tickets?|sign\s+up(?:\s+now)?|apply\s+now"
    r"|(?:jetzt\s+)?(?:buchen|anmelden)|r[ée]server|s.inscrire|inschrijven|boeken|reservar"
    r"|inscribirse|inscr[ií]bete|iscriviti|prenota|boka|tilmeld"
    # pl / cs / sk / fi / sv / no / pt / hu: "Zapisz się", "Přihlásit se", "Ilmoittaudu",
    # "Anmäl dig", "Meld deg på", "Inscreva-se", "Jelentkezés"
    r"|zapisz(?:\s+się)?|zarezerwuj|p[řr]ihl[aá]sit(?:\s+se)?|prihl[aá]si[tť](?:\s+sa)?"
    r"|ilmoittaudu|anm[äa]l(?:\s+dig)?|meld\s+deg\s+på|inscreva-se|inscrever-se|jelentkez[eé]s"
    r")[\s!.›»→>]*$",
    re.I,
)
# A row's status that no availability word reads: the run cannot be booked, or not yet.
_NOT_BOOKABLE = re.compile(rf"{OFF_OR_MOVED}|\bended\b|\bclosed\b|coming\s+soon|entf[äa]llt", re.I)
# A row's control that asks instead of books: its offer is to be asked about, not taken.
_ENQUIRY = re.compile(
    r"\b(?:enquire|inquire|register\s+(?:your\s+)?interest|request\s+(?:a\s+)?quote"
    r"|anfragen|demander\s+un\s+devis|nous\s+contacter|aanvragen"
    r"|solicitar\s+informaci[oó]n|richiedi\s+informazioni|förfrågan|forespørsel)\b",
    re.I,
)
# A cheap necessary condition: one of the controls' words somewhere in the row.
_ANY_CONTROL = re.compile(
    r"book|regist|enrol|cart|basket|bag|select|reserv|buy|ticket|sign|apply|buchen|anmeld"
    r"|inscri|inschrijv|boeken|iscriv|prenot|boka|tilmeld"
    r"|zapisz|zarezerw|hl[aá]si|ilmoitt|anm[äa]l|meld|inscrev|jelentkez",
    re.I,
)
_MAX_PART = 60  # characters: a row's part that ends with its button ("$295 incl GST Book")


def bookable_row(text: str) -> bool:
    """Whether a run's row text offers its own booking control, or its own offer badge, and
    no status against it."""
    if not text or _NOT_BOOKABLE.search(text):
        return False
    parts = SPLIT.split(text)
    if _ANY_CONTROL.search(text) is not None and any(
        len(part) <= _MAX_PART and _CONTROL.search(part.strip()) is not None for part in parts
    ):
        return True
    return _ENQUIRY.search(text) is None and any(offer_badge(part) for part in parts)


def control_line(line: str) -> bool:
    """Whether a whole line is a booking control ("Book now", "Přihlásit", "Jetzt buchen"): a
    button's text, never a run's title."""
    return _ANY_CONTROL.search(line) is not None and _CONTROL.match(line.strip()) is not None

"""Course runs in the visible text: schedule tables and date cards.

Works on the line-based visible text (one block per line, table cells separated
by tabs), so HTML pages and text dumps share one reader.  Two layouts:

* **tables**: a header line whose cells name roles (Dates, Location, Trainer,
  Price, ...) followed by rows; each row with a date is a run;
* **cards and lines**: a line holding a date (range), with the few short lines
  around it (title, format, trainer, price, status) read as one run.

A candidate counts as a run only with booking evidence next to its date (a
price, a status such as "Places available", a "Book" button), which keeps review
dates, blog dates and exam dates out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from prospectus.extract.dates import DateMatch, DateRange, find_date_ranges, year_hint
from prospectus.extract.modes import mode_from_text, parse_availability
from prospectus.extract.months import MONTH_PATTERN
from prospectus.extract.prices import Price, find_prices, vat_statement
from prospectus.extract.visible import Visible
from prospectus.records import Course

_ROLE_WORDS: dict[str, frozenset[str]] = {
    role: frozenset(words.split())
    for role, words in {
        "end": "end ends finish until ende bis fin fine einde einddatum",
        "date": "date dates start starts begins when termin termine datum beginn von fecha fechas "
        "data date du periodo période wann startdatum inicio",
        "location": "location venue city where place ort standort lieu veranstaltungsort campus "
        "centre center sede ubicación lugar luogo città ciudad ville stad locatie plaats",
        "mode": "format delivery mode type method durchführung form modalité modalità modalidad "
        "formato vorm lesvorm attendance",
        "trainer": "trainer trainerin instructor instructors tutor teacher presenter referent "
        "referentin facilitator lecturer formateur formatrice dozent dozentin docente "
        "formador formadora relatore istruttore intervenant",
        "price": "price prices fee fees cost preis prix gebühr precio prezzo quota costo tarif "
        "prijs kosten investment tuition",
        "availability": "availability status places seats spaces verfügbarkeit plätze "
        "disponibilità disponibilidad plazas posti plaatsen",
        "course": "course title programme program seminar kurs name event workshop training "
        "qualification corso curso formation opleiding cursus",
    }.items()
}
_BOOKING = re.compile(
    r"\b(?:book(?:ing)?|enrol+|register|reserve|buchen|anmelden|add to (?:basket|cart)|"
    r"places?|seats?|spaces?|sold out|fully booked|waiting ?list|warteliste|ausgebucht|"
    r"inscri\w*|réserver|inschrijven|aanmelden|plaatsen|plätze|places? restantes|"
    r"complet|volgeboekt)\b",
    re.I,
)
_NOT_RUN_CONTEXT = re.compile(
    r"(?:exam|prüfung|deadline|posted|updated|published|review(?:ed)?|valid|expires|"
    r"by|before|offer ends|closing|last updated|until|till|early[- ]bird|discount|save|"
    r"©)\W{0,3}(?:\w+\W{1,3}){0,2}$",
    re.I,
)
_END_WORD = re.compile(r"(?:\bends?\b|\bfinish(?:es)?\b|\buntil\b|\bbis\b|\bto\b|–|-)\W*$", re.I)
_TRAINER = re.compile(
    r"\b(?i:trainer(?:in)?|instructor|tutor|teacher|presenter|referent(?:in)?|facilitator|"
    r"dozent(?:in)?|formateur|led by|with)\s*:?\s*"
    r"((?:Dr\.?[ \t]+|Prof\.?[ \t]+)?[A-ZÀ-Ý][\w'’.-]+"
    r"(?:[ \t]+(?:(?:van|von|der|den|de|du|da|di|del|della|le|la|ter|ten|zu|bin|al)[ \t]+)*"
    r"[A-ZÀ-Ý][\w'’.-]+){0,3})"
)
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
_VERB_BY = re.compile(
    r"(?i:conducted|taught|led|delivered|run|presented|impartido|tenuto|animé|geleitet|"
    r"durchgeführt)$"
)
_NAME_AT = re.compile(rf"[ \t]*{_NAME}", re.M)
# Cheap first passes: only lines holding one of these words are searched with the patterns.
_TRAINER_WORDS = (
    "trainer", "instructor", "tutor", "teacher", "presenter", "facilitator", "docente",
    "formador", "formateur", "formatrice", "dozent", "referent", "relatore", "istruttore",
)  # fmt: skip
_BY_WORDS = (" by ", " por ", " par ", " da ", " von ")
# The same searches on the text lowered as ASCII bytes (see _likely_hits).
_LABEL_STARTS_LINE = re.compile(rb"\n[^\n\w]*(?:" + "|".join(_TRAINER_WORDS).encode() + rb")")
_BY_FOUND = tuple((word, re.compile(word[1:].encode())) for word in _BY_WORDS)
_GENERIC_TITLE = re.compile(
    r"\b(?:dates?|termine?|schedule|upcoming|prices?|fees?|book|availability|calendar|"
    r"timetable|choose|how you study|study options|next|public courses?|"
    r"overview|faqs?|questions|reviews?|syllabus|what|why|who|contact|interest|related|"
    r"similar|also|popular|recommended|you might|more|other|latest|news|blog|"
    r"entry points|intakes?|sessions|"
    # the same section headings in other languages
    r"kurstermine|preise|prochaines?|tarifs?|calendrier|startdata|data's|locaties|prijzen|"
    r"próxim[oa]s|convocatorias|fechas|calendario|precios|prossim[ei]|edizioni|date|prezzi)\b",
    re.I,
)
_SESSIONS = re.compile(r"\b\d+\s+(?:live\s+)?(?:sessions?|lessons?|modules?|weeks?|days?)\b", re.I)
_PLACE_LABEL = re.compile(
    r"^(?:location|venue|city|where|place|ort|standort|lieu|locatie|plaats|sede)\s*:?\s+", re.I
)
_NOT_PLACE = re.compile(
    r"\b(?:time|uhr|days?|hours?|weeks?|evenings?|mornings?|weekdays?|"
    r"weekends?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|"
    r"saturdays?|sundays?|am|pm|gmt|bst|cet)\b",
    re.I,
)
_MODE_PREFIX = re.compile(
    r"^(?:classroom|in[- ]person|onsite|on-site|face[- ]to[- ]face|"
    r"präsenz|presencial|présentiel|aula|in aula|classe)\s*(?:[-–:,@]|\bat\b)?\s*(?=[A-ZÀ-Ý])",
    re.I,
)
_SPLIT = re.compile(r"\t| · | \| |\n| – | — ")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[-–]\s*\d{1,2}[:.]\d{2})?\s*(?:am|pm|uhr|h)?", re.I)
_LATER_PRICE = re.compile(
    r"\b(?:statt|instead of|was|usually|regular(?:ly)?|normally|rrp|"
    r"reduced from|au lieu de)\b",
    re.I,
)
_MAX_CARD_LINES = 6
BUTTON = re.compile(
    r"\b(?:book|enrol+|register|add to (?:basket|cart)|reserve|buchen|anmelden|"
    r"join (?:the )?wait(?:ing)? ?list|enquire|apply|sign up|réserver|inscri(?:re|ption|vez)|"
    r"s'inscrire|inschrijven|aanmelden|boeken|reservar|inscribirse|iscriviti|prenota|"
    r"view (?:course|dates|details)|learn more|find out more|more (?:info|details)|"
    r"see (?:dates|details)|details)\b",
    re.I,
)
_OPEN_START = re.compile(
    r"\b(?:starts?|starting|begins?|beginning|next|from|ab|commencing|"
    r"intake|cohort)\b\W*$",
    re.I,
)
STRAY_DATE = re.compile(
    rf"\b\d{{1,2}}\.?\s*(?:{MONTH_PATTERN})\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b", re.I
)
_NOT_YEAR_HINT = re.compile(
    r"\b(?:since|founded|established|est|from|copyright|until|in)\b|©", re.I
)
LEADING = re.compile(r"^[\s•·*>\-–—]+")
# What LEADING drops, for str.lstrip: the bullets and every character \s (str.isspace) takes.
_LEADING_CHARS = (
    "•·*>-–—\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_NAME_LIKE = re.compile(r"^(?:by\s+)?[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|team|editorial)){1,2}$")
_RANGE_OPEN = re.compile(r"^\s*(?:to|until|till|bis|au|al|tot|t/m|[-–—])\s*$", re.I)
_END_LABEL = re.compile(
    r"^\W*(?:end(?:s| date)?|finish(?:es)?|until|to|enddatum|ende|bis|fin|date de fin|"
    r"fecha de (?:fin|finalización)|data (?:di )?fine|einddatum|tot)\b\W*",
    re.I,
)
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")
_PLACE_FIELDS = {
    "location",
    "venue",
    "delivery",
    "where",
    "place",
    "sede",
    "ort",
    "lieu",
    "city",
    "campus",
    "format",
}
_FIELD = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)?\s*:\s")  # "Teacher: X", "Start date: Y"
_SEPARATED = re.compile(r" [·|•] |\t")
_BYLINE = re.compile(
    r"\b(?:verified|attendee|posted|reviewed|wrote|published|updated|"
    r"read more|comments?)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class ScheduleContext:
    """What the page says elsewhere that runs in its schedule share."""

    page: str
    course_name: str | None
    day_first: bool = True
    default_currency: str | None = None
    page_vat: bool | None = None
    source: str = "html"


@dataclass(slots=True)
class _Candidate:
    text: str
    match: DateMatch
    end_text: str = ""
    name: str | None = None
    cells: dict[str, str] = field(default_factory=dict)


def _role(cell: str) -> str | None:
    words = set(re.findall(r"\w+", cell.casefold()))
    for role, names in _ROLE_WORDS.items():
        if words & names:
            return role
    return None


def _cell_label(cell: str) -> str:
    """A header cell, less any prose glued before it in a text dump ("...breaks).Course")."""
    return re.split(r"[.!?>)]\s*", cell)[-1] if len(cell.split()) > 4 else cell


def _header_roles(line: str) -> list[str | None] | None:
    cells = [_cell_label(c.strip()) for c in line.split("\t")]
    if len([c for c in cells if c]) < 2 or find_date_ranges(line) or find_prices(line):
        return None
    roles = [_role(c) for c in cells]
    found = {r for r in roles if r}
    return roles if "date" in found and len(found) >= 2 else None


@lru_cache(maxsize=8192)
def looks_like_title(line: str) -> bool:
    words = line.split()
    return (
        1 <= len(words) <= 14
        and not line.rstrip().endswith((".", ":", "?", "!"))
        and line[:1].isupper()
        and not _GENERIC_TITLE.search(line)
        and not find_date_ranges(line)
        and not find_prices(line)
        and "\t" not in line
        and mode_from_text(line) is None
        and not _TIME.search(line)
        and not _SESSIONS.search(line)
        and not (len(words) <= 3 and BUTTON.search(line))
    )


_COURSE_WORDS = re.compile(
    r"\b(?i:course|courses|training|certificate|certification|certified|diploma|degree|"
    r"foundation|practitioner|workshop|masterclass|boot ?camp|programme|program|level|award|"
    r"licen[cs]e|module|seminar|class|academy|qualification|exam prep|essentials|"
    r"fundamentals|schulung|kurs|lehrgang|zertifikat|ausbildung|formation|opleiding|"
    r"training|cursus|curso|corso)\b|\b[A-Z][A-Za-z]*\d|\b[A-Z]{2,}\b"
)


def looks_like_course_name(text: str) -> bool:
    """A course's name rather than a page heading such as "Public Class Schedule"."""
    return bool(_COURSE_WORDS.search(text)) and not _GENERIC_TITLE.search(text)


def could_be_course_name(text: str) -> bool:
    """A page title that may name its course: not a generic heading, not a sentence."""
    return 0 < len(text.split()) <= 14 and not _GENERIC_TITLE.search(text)


def strip_label(line: str) -> str:
    """ "Add a day: Looker Studio Workshop" → "Looker Studio Workshop".

    Only a plain lead-in is dropped (a few words, no capitals after its first letter);
    "ITIL® 4 Specialist: Create, Deliver and Support" keeps its whole name.
    """
    line = line.strip()
    match = re.match(r"^([^:]{2,20}):\s+\S", line)
    if (
        match
        and len(match.group(1).split()) <= 3
        and match.group(1)[1:] == match.group(1)[1:].lower()
    ):
        return line.split(":", 1)[1].strip()
    return line


def _title_before(lines: list[str], index: int, reach: int) -> str | None:
    for j in range(index - 1, max(-1, index - 1 - reach), -1):
        line = lines[j].strip()
        if looks_like_title(line):
            return strip_label(line)
        if len(line.split()) <= 14 and not line.endswith("."):
            return None  # a short non-title line (a heading, a label): the trail stops here
    return None


def _table(
    lines: list[str], start: int, roles: list[str | None], ctx: ScheduleContext, year: int | None
) -> tuple[list[_Candidate], int]:
    title = _title_before(lines, start, 3)
    header = [c.strip() for c in lines[start].split("\t")]
    price_header = next((c for r, c in zip(roles, header, strict=False) if r == "price"), "")
    out, i = [], start + 1
    previous: list[str] = []
    while i < len(lines) and ("\t" in lines[i] or len(lines[i].split()) <= 3):
        cells = _aligned([c.strip() for c in lines[i].split("\t")], previous, len(_trimmed(header)))
        if "\t" in lines[i]:
            previous = cells
        named = {r: c for r, c in zip(roles, cells, strict=False) if r and c}
        named["_price_header"] = price_header
        if len(cells) <= 2 and (hint := year_hint(lines[i])):
            year = hint  # a month separator row: "October 2026"
        date_text = named.get("date") or lines[i]
        found = find_date_ranges(date_text, year=year, day_first=ctx.day_first)
        if found and "\t" in lines[i]:
            out.append(
                _Candidate(
                    text=lines[i],
                    match=found[0],
                    end_text=named.get("end", ""),
                    name=named.get("course") or title,
                    cells=named,
                )
            )
        i += 1
    return out, i


def _trimmed(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def _aligned(cells: list[str], previous: list[str], width: int) -> list[str]:
    """A row short of cells because a cell above spans it (rowspan): borrow the leading ones."""
    cells = _trimmed(cells)
    missing = width - len(cells)
    if 0 < missing <= 2 and len(previous) >= width:
        return previous[:missing] + cells
    return cells


def _run_dates(found: list[DateMatch], text: str) -> list[DateMatch]:
    return [m for m in found if not _not_run_context(text[: m.span[0]])]


@lru_cache(maxsize=4096)
def _not_run_context(before: str) -> bool:
    """Whether the words before a date make it no run's ("Posted", "Exam by", "Offer ends").

    Remembered: a listing writes the same words before each of its dates.
    """
    return _NOT_RUN_CONTEXT.search(before) is not None


def _not_a_run_line(line: str) -> bool:
    """Prose, a byline ("3 March 2026 · Jane Smith") or a review line holding a date."""
    length = len(line.split())  # the cheap tests first: a long line is prose
    if length > 16 and not _SEPARATED.search(line):
        return True
    if length > 10 and not _SEPARATED.search(line) and re.search(r"[a-z]{3,}[.!?] [A-Z]", line):
        return True  # sentences
    if _BYLINE.search(line):
        return True
    found = find_date_ranges(line)
    if len(found) == 1:
        rest = (line[: found[0].span[0]] + line[found[0].span[1] :]).strip(" ·|•-–,")
        words = rest.split()
        if 2 <= len(words) <= 3 and _NAME_LIKE.match(rest) and mode_from_text(rest) is None:
            return True
    return False


_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    """A decimal digit, which every date has (a regex: far faster than a loop)."""
    return _DIGIT.search(text) is not None


def _date_list(line: str, found: list[DateMatch], day_first: bool) -> list[DateMatch]:
    """ "Sat 7 Nov, Sun 8 Nov, Sat 14 Nov and Sun 15 Nov 2026": one run, 7 to 15 November.

    Dates listed before the one that carries the year borrow it; the list is one match
    from its first date to its last.
    """
    first = found[0]
    if first.dates.end is not None or not first.dates.start:
        return found
    if (
        len(found) > 1
        and found[1].dates.end is None
        and found[1].dates.start
        and re.fullmatch(r"\s*(?:&|and|und|et|y|e|,|\+)\s*", line[first.span[1] : found[1].span[0]])
    ):  # "21 Nov 2026 & 28 Nov 2026": the run's two days
        pair = DateRange(first.dates.start, found[1].dates.start)
        return [
            DateMatch(
                (first.span[0], found[1].span[1]), line[first.span[0] : found[1].span[1]], pair
            ),
            *found[2:],
        ]
    head = line[: first.span[0]]
    if not STRAY_DATE.search(head) or not re.fullmatch(
        r"[\w\s.,&/]*(?:and|und|et|en|y)?[\w\s.,]*", head
    ):
        return found
    again = find_date_ranges(line, year=int(first.dates.start[:4]), day_first=day_first)
    singles = [m for m in again if m.dates.end is None and m.span[1] <= first.span[1]]
    if len(singles) < 2:
        return found
    whole = DateMatch(
        (singles[0].span[0], first.span[1]),
        line[singles[0].span[0] : first.span[1]],
        DateRange(singles[0].dates.start, first.dates.start),
    )
    return [whole, *found[1:]]


def _ambiguous(line: str, found: list[DateMatch]) -> bool:
    """A lone date next to another date the parser could not place (jumbled text)."""
    if found[0].dates.end is not None:
        return False
    rest = line[found[0].span[1] :]
    if len(found) > 1:
        rest = rest[: found[1].span[0] - found[0].span[1]]
    return bool(STRAY_DATE.search(rest))


def _title_above(lines: list[str], i: int, used: set[int]) -> str | None:
    """The card's title a few lines up, past labelled fields and a description."""
    for j in range(i - 1, max(-1, i - 6), -1):
        line = lines[j]
        if j in used or (_has_digit(line) and (find_date_ranges(line) or find_prices(line))):
            return None
        if _FIELD.match(line) or len(line.split()) > 14 or line.endswith("."):
            continue
        return strip_label(line) if _card_title(line) else None
    return None


def _card_title(line: str) -> bool:
    """A card's heading: a title, which may name the format ("– Live Online Cohort")."""
    words = line.split()
    return (
        1 <= len(words) <= 16
        and line[:1].isupper()
        and not line.rstrip().endswith((".", ":", "?", "!"))
        and not _GENERIC_TITLE.search(line)
        and not _FIELD.match(line)
        and not (len(words) <= 3 and BUTTON.search(line))
        and "\t" not in line
    )


def _card(
    lines: list[str], i: int, used: set[int], ctx: ScheduleContext, year: int | None
) -> _Candidate | None:
    found = _run_dates(find_date_ranges(lines[i], year=year, day_first=ctx.day_first), lines[i])
    if not found or _not_a_run_line(lines[i]):  # the date first: most lines have none
        return None
    found = _date_list(lines[i], found, ctx.day_first)
    if _ambiguous(lines[i], found):
        return None
    before: list[int] = []
    for j in (i - 1, i - 2):
        line = lines[j] if j >= 0 else ""
        if (
            j < 0
            or j in used
            or len(line.split()) > 8
            or line.endswith(".")
            or find_date_ranges(line)
            or find_prices(line)
            or BUTTON.search(line)
        ):
            break
        before.insert(0, j)
    after = []
    end_text = ""
    open_range = found[0].dates.end is None and _RANGE_OPEN.search(lines[i][found[0].span[1] :])
    for j in range(i + 1, min(len(lines), i + _MAX_CARD_LINES)):
        later = find_date_ranges(lines[j], year=year) if _has_digit(lines[j]) else []
        if later and not end_text and open_range and later[0].span[0] <= 4:
            end_text = later[0].text  # "Mon 7 Sep 2026 to" / "Tue 8 Sep 2026 · Online"
            after.append(j)
            continue
        if later and not end_text and found[0].dates.end is None and _END_LABEL.match(lines[j]):
            end_text = later[0].text  # "Start date: 5 October" / "End date: 7 October"
            after.append(j)
            continue
        if _run_dates(later, lines[j]) or year_hint(lines[j]) or "\t" in lines[j]:
            break
        after.append(j)
        if BUTTON.search(lines[j]) and len(lines[j].split()) <= 5:
            break
    segment = [*before, i, *after]
    above = _title_above(lines, i, used)
    used.update(segment)
    if not (
        find_prices("\n".join(lines[j] for j in [i, *after]))
        or _booking_evidence("\n".join(lines[j] for j in [i, *after]))
    ):
        return None
    text = "\n".join(lines[j] for j in segment)
    name = (
        next(
            (
                strip_label(lines[j])
                for j in reversed(before)
                if looks_like_title(lines[j]) and not _FIELD.match(lines[j])
            ),
            None,
        )
        or above
    )
    if (
        not end_text
        and found[0].dates.end is None
        and len(found) > 1
        and _END_WORD.search(lines[i][found[0].span[1] : found[1].span[0]])
    ):
        end_text = found[1].text
    return _Candidate(text=text, match=found[0], end_text=end_text, name=name)


def _candidates(view: Visible, ctx: ScheduleContext) -> list[_Candidate]:
    lines = [line.lstrip(_LEADING_CHARS) for line in view.text.split("\n")]
    out: list[_Candidate] = []
    used: set[int] = set()
    year: int | None = None
    after_table = 0
    for i in _busy_lines(view.text):  # a year, a table header and a run's date all need one
        if i < after_table:
            continue
        line = lines[i]
        if (
            "20" in line  # year_hint's own first test, before the costlier ones
            and len(line.split()) <= 6
            and not _NOT_YEAR_HINT.search(line)
            and (hint := year_hint(line))
        ):
            year = hint
        roles = _header_roles(line) if "\t" in line else None
        if roles:
            rows, after_table = _table(lines, i, roles, ctx, year)
            out.extend(rows)
            continue
        if i not in used and _has_digit(line) and (card := _card(lines, i, used, ctx, year)):
            out.append(card)
    return out


# Every ASCII character but the digits, the tab and the newline.
_PLAIN_ASCII = bytes(c for c in range(128) if chr(c) not in "0123456789\t\n")


def _busy_lines(text: str) -> list[int]:
    """The numbers of the lines of ``text`` that hold a digit or a tab.

    Found on the UTF-8 bytes less the plain ASCII ones: what is left of a line is
    empty, ASCII digits and tabs, or also other characters, which are checked.
    """
    kept = text.encode("utf-8", "surrogatepass").translate(None, _PLAIN_ASCII)
    return [
        i
        for i, rest in enumerate(kept.split(b"\n"))
        if rest and (rest.isascii() or _digit_or_tab(rest.decode("utf-8", "surrogatepass")))
    ]


def _digit_or_tab(text: str) -> bool:
    return "\t" in text or _has_digit(text)


def _pick_price(text: str, ctx: ScheduleContext) -> Price | None:
    found = find_prices(text, default_currency=ctx.default_currency)
    if not found:
        return None
    first = found[0].price
    if len(found) > 1 and first.list_price is None:
        second = found[1].price
        between = text[found[0].span[1] : found[1].span[0]]
        if (
            _LATER_PRICE.search(between)
            and second.amount
            and first.amount
            and second.amount > first.amount
        ):
            vat = first.includes_vat if first.includes_vat is not None else second.includes_vat
            return Price(first.amount, first.currency or second.currency, second.amount, vat)
    return first


def _location(cand: _Candidate, mode: str | None, trainer: str | None) -> str | None:
    if "location" in cand.cells:
        value = _PARENTHETICAL.sub("", _PLACE_LABEL.sub("", cand.cells["location"]))
        value = _MODE_PREFIX.sub("", value.strip()).strip(" -–—")
        if not re.search(r"\w", value) or value.casefold() in ("n/a", "tbc", "tba", "various"):
            return None
        return None if mode_from_text(value) == "online" else value
    if mode == "online":
        return None
    for part in _SPLIT.split(cand.text):
        if _FIELD.match(part):
            label, _, value = part.partition(":")
            if label.strip().casefold() not in _PLACE_FIELDS:
                continue  # "Teacher: Martin Oyelaran" is not a place
            part = value
        part = _MODE_PREFIX.sub("", _PLACE_LABEL.sub("", _TIME.sub("", part).strip(" ,;")))
        part = _PARENTHETICAL.sub("", part).strip()
        if _NOT_PLACE.search(part) or _GENERIC_TITLE.search(part) or BUTTON.search(part):
            continue
        words = part.split()
        if (
            1 <= len(words) <= 3
            and part[:1].isupper()
            and not find_date_ranges(part)
            and not find_prices(part)
            and not _BOOKING.search(part)
            and part != trainer
            and mode_from_text(part) is None
            and parse_availability(part) is None
            and not re.search(r"\d", part)
            and part != cand.name
        ):
            return part
    return None


def _availability(cand: _Candidate) -> str | None:
    if "availability" in cand.cells:
        return parse_availability(cand.cells["availability"])
    for part in _SPLIT.split(cand.text):
        if (value := _availability_of(part.strip())) is not None:
            return value
    return None


# parse_availability, remembered: each run of a schedule repeats the same few labels.
_availability_of = lru_cache(maxsize=4096)(parse_availability)


def _booking_evidence(text: str) -> bool:
    """A short label such as "Book now" or "3 places left" (not a sentence mentioning booking)."""
    return any(len(part.split()) <= 5 and _BOOKING.search(part) for part in _SPLIT.split(text))


def _course(cand: _Candidate, ctx: ScheduleContext) -> Course | None:
    price = _pick_price(cand.cells.get("price") or cand.text, ctx)
    if price is None and not _booking_evidence(cand.text):
        return None
    start, end = cand.match.dates.start, cand.match.dates.end
    if cand.end_text:
        end_found = find_date_ranges(
            cand.end_text, year=int(start[:4]) if start else None, day_first=ctx.day_first
        )
        end = end_found[0].dates.start if end_found else end
    if start is None:
        return None
    if (
        end is None
        and not cand.cells.get("end")
        and not _OPEN_START.search(cand.text[: cand.text.find(cand.match.text) + 1])
    ):
        end = start  # a lone date: a one-day run
    mode_text = " ".join(cand.cells[k] for k in ("mode", "location") if k in cand.cells)
    mode = mode_from_text(mode_text or cand.text)
    trainer_match = _TRAINER.search(cand.text)
    trainer = cand.cells.get("trainer") or (trainer_match.group(1) if trainer_match else None)
    vat = price.includes_vat if price else None
    if vat is None and price is not None:
        header_vat = vat_statement(cand.cells.get("_price_header", ""))
        vat = header_vat if header_vat is not None else ctx.page_vat
    values: dict[str, Any] = {
        "name": cand.name or ctx.course_name,
        "start_date": start,
        "end_date": end or None,
        "price": price.amount if price else None,
        "list_price": price.list_price if price else None,
        "currency": (price.currency or ctx.default_currency) if price else None,
        "price_includes_vat": vat,
        "mode": mode,
        "instructor": trainer,
        "location": _location(cand, mode, trainer),
        "availability": _availability(cand),
    }
    if values["mode"] is None and values["location"]:
        values["mode"] = "in_person"
    if not values["name"]:
        return None
    prov = tuple((k, ctx.source) for k, v in values.items() if v is not None)
    return Course(page=ctx.page, source=ctx.source, provenance=prov, **values)


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
        match = _LABEL_LINE_AT.match(window)
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
    low = text.encode("ascii", "replace").lower()
    starts = {0}  # the first line has no newline before it
    starts.update(match.start() + 1 for match in _LABEL_STARTS_LINE.finditer(low))
    colon = low.find(b":")
    while colon >= 0:
        starts.add(low.rfind(b"\n", 0, colon) + 1)
        colon = low.find(b":", colon + 1)
    for start in starts:
        end = low.find(b"\n", start)
        end = len(low) if end < 0 else end
        for word in _TRAINER_WORDS:
            key = word.encode()
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


def find_runs(view: Visible, ctx: ScheduleContext) -> list[Course]:
    """Every run the page's visible schedule shows."""
    runs = []
    for cand in _candidates(view, ctx):
        if (course := _course(cand, ctx)) is not None:
            runs.append(course)
    return runs

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
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from prospectus.extract.dates import DateMatch, DateRange, find_date_ranges, year_hint
from prospectus.extract.modes import mode_from_text, parse_availability
from prospectus.extract.months import MONTH_PATTERN
from prospectus.extract.patterns.grouped import DateGroup, date_group
from prospectus.extract.patterns.labelled import labelled_rows
from prospectus.extract.patterns.options import date_options
from prospectus.extract.patterns.sessions import session_list
from prospectus.extract.patterns.trainers import find_page_trainer
from prospectus.extract.prices import Price, find_prices, vat_statement
from prospectus.extract.visible import Visible
from prospectus.records import Course

__all__ = [
    "BUTTON",
    "LEADING",
    "STRAY_DATE",
    "ScheduleContext",
    "could_be_course_name",
    "find_page_trainer",
    "find_runs",
    "looks_like_course_name",
    "looks_like_title",
    "strip_label",
]

_ROLE_WORDS: dict[str, frozenset[str]] = {
    role: frozenset(words.split())
    for role, words in {
        "end": "end ends finish until ende bis fin fine einde einddatum",
        "date": "date dates start starts begins when termin termine datum beginn von fecha fechas "
        "data date du periodo période wann startdatum inicio termín termíny terminy datas dato "
        "sessions",
        "location": "location venue city where place ort standort lieu veranstaltungsort campus "
        "centre center sede ubicación lugar luogo città ciudad ville stad locatie plaats "
        "místo miejsce lokalizacja sted plats",
        "mode": "format delivery mode type method durchführung form modalité modalità modalidad "
        "formato vorm lesvorm attendance",
        "trainer": "trainer trainerin instructor instructors tutor teacher presenter referent "
        "referentin kursholder kursleder kursleiter facilitator lecturer formateur formatrice "
        "dozent dozentin docente "
        "formador formadora relatore istruttore intervenant lärare lektor lektorka underviser "
        "trener prowadzący instrutor instrutora",
        "price": "price prices fee fees cost preis prix gebühr precio prezzo quota costo tarif "
        "prijs kosten investment tuition pris cena cennik preço valor",
        "availability": "availability status places seats spaces verfügbarkeit plätze stav "
        "disponibilità disponibilidad plazas posti plaatsen",
        "course": "course title programme program seminar kurs name event workshop training "
        "qualification corso curso formation opleiding cursus",
    }.items()
}
_BOOKING = re.compile(
    r"\b(?:book(?:ing)?|enrol+|register|reserve|buchen|anmelden|add to (?:basket|cart)|"
    r"places?|seats?|spaces?|sold out|fully booked|waiting ?list|warteliste|ausgebucht|"
    r"inscri\w*|réserver|inschrijven|aanmelden|plaatsen|plätze|places? restantes|"
    r"complet|volgeboekt|plasser|pladser|platser|påmelding|meld deg på|tilmeld\w*|anmäl\w*|"
    r"venteliste|väntelista)\b",
    re.I,
)
_NOT_RUN_CONTEXT = re.compile(
    r"(?:exam|prüfung|deadline|posted|updated|published|review(?:ed)?|valid|expires|"
    r"mis à jour|aktualisiert|actualizad[oa]|atualizad[oa]|aggiornat[oi]|bijgewerkt|"
    r"by|before|offer ends|closing|last updated|until|till|early[- ]bird|discount|save|"
    r"©)\W{0,3}(?:\w+\W{1,3}){0,2}$",
    re.I,
)
_END_WORD = re.compile(r"(?:\bends?\b|\bfinish(?:es)?\b|\buntil\b|\bbis\b|\bto\b|–|-)\W*$", re.I)
_TRAINER = re.compile(
    r"\b(?i:trainer(?:in)?|instructor|tutor|teacher|presenter|referent(?:in)?|facilitator|"
    r"dozent(?:in)?|formateur|formatrice|formador(?:a)?|lektor(?:ka)?|led by|hosted by|with)"
    r"(?:[·.:/-]?(?i:in|innen|rice|trice|e|a|s)\b|\((?i:in|e|a|s)\))?"  # "Formateur·rice :"
    r"\s*:?\s*"
    r"((?:Dr\.?[ \t]+|Prof\.?[ \t]+)?[A-ZÀ-Ý][\w'’.-]+"
    r"(?:[ \t]+(?:(?:van|von|der|den|de|du|da|di|del|della|le|la|ter|ten|zu|bin|al)[ \t]+)*"
    r"[A-ZÀ-Ý][\w'’.-]+){0,3})"
)
_GENERIC_TITLE = re.compile(
    r"\b(?:dates?|termine?|schedule|upcoming|prices?|fees?|book|availability|calendar|"
    r"timetable|choose|how you study|study options|next|public courses?|"
    r"overview|status|faqs?|questions|reviews?|syllabus|what|why|who|contact|interest|related|"
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
    r"saturdays?|sundays?|am|pm|gmt|bst|cet|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|"
    # time zones, as a time's suffix ("6:00 PM CDT", "09:00 BRT")
    r"(?-i:\b(?:[ECMP][SD]?T|UTC|CES?T|EES?T|WES?T|IST|AE[SD]T|NZ[SD]T|SGT|HKT|JST|BRT)\b)",
    re.I,
)
_MODE_PREFIX = re.compile(
    r"^(?:classroom|in[- ]person|onsite|on-site|face[- ]to[- ]face|blended|hybrid|"
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
    r"see (?:dates|details)|details|attend|rsvp|(?:get|buy) tickets)\b",
    re.I,
)
_OPEN_START = re.compile(
    r"\b(?:starts?|starting|begins?|beginning|next|from|ab|commencing|"
    r"intake|cohort)\b\W*(?:[^\W\d_]{2,10}\.?,?\s*)?$",  # "Starts Tue 13 October", "Starts on"
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
    r"read more|comments?|"
    # the same in other languages
    r"veröffentlicht|aktualisiert|kommentare?|publié|mis à jour|commentaires?|publicado|"
    r"comentarios?|pubblicato|commenti|gepubliceerd|bijgewerkt|reacties|publicerad|"
    r"publiceret|publisert|kommentarer|opublikowano|zaktualizowano|komentarz[ey]?|"
    r"publikováno|aktualizováno|komentáře)\b",
    re.I,
)
# A testimonial's attribution: the quote, then who said it and when ("„…“ – M. R., 02.04.2026").
_QUOTED = re.compile(r"^[\"„“”«»‚‘’「『].{8,}[\"“”»«’‘」』]\s*[-–—,]")


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
    if title and ctx.course_name and not looks_like_course_name(title):
        title = None  # a section heading ("Termíny a ceny"), not a course's name
    header = [c.strip() for c in lines[start].split("\t")]
    price_header = next((c for r, c in zip(roles, header, strict=False) if r == "price"), "")
    out, i = [], start + 1
    previous: list[str] = []
    width = len(_trimmed(header))
    tabs = lines[start].count("\t") if lines[start].endswith("\t") else 0
    while i < len(lines):
        row, after = _row_at(lines, i, tabs)
        if after == i:
            break
        cells = _aligned([c.strip() for c in row.split("\t")], previous, width)
        if "\t" in row:
            previous = cells
        named = {r: c for r, c in zip(roles, cells, strict=False) if r and c}
        named["_price_header"] = price_header
        if len(cells) <= 2 and (hint := year_hint(lines[i])):
            year = hint  # a month separator row: "October 2026"
        date_text = named.get("date") or row
        found = find_date_ranges(date_text, year=year, day_first=ctx.day_first)
        if found and "\t" in row:
            out.append(
                _Candidate(
                    text=row,
                    match=found[0],
                    end_text=named.get("end", ""),
                    name=_chip_free(named["course"]) if "course" in named else title,
                    cells=named,
                )
            )
        i = after
    return out, i


_MAX_ROW_LINES = 4
# A status or promotion chip set beside a course's name: "Last few places", "Autumn offer".
_CHIP = re.compile(
    r"\s+(?:last (?:few )?(?:places|seats|spaces)|(?:only )?(?:a )?few (?:places|seats|spaces)"
    r"(?: left)?|only \d+ (?:places|seats|spaces) left|limited (?:places|seats|availability)|"
    r"almost full|filling fast|selling fast|fully booked|sold out|booked out|waiting ?list|"
    r"wait ?list(?: only)?|guaranteed(?: to run)?|early[- ]bird(?: offer| price)?|"
    r"(?:autumn|fall|spring|summer|winter|christmas|black friday|new year|launch|"
    r"introductory|special|limited[- ]time|flash) (?:offer|sale|deal|discount|price)|"
    r"special offer|on sale|sale|\d+ ?% off)$",
    re.I,
)


def _chip_free(name: str) -> str:
    """A course cell's name without the status chip after it ("ITIL 4 Last few places")."""
    match = _CHIP.search(name)
    if match is None or not name[match.start() + 1 :][:1].isupper() or match.start() < 3:
        return name
    return name[: match.start()].rstrip(" -–—|·:")


def _row_at(lines: list[str], i: int, tabs: int) -> tuple[str, int]:
    """The table row starting at line ``i`` and the line after it (``i`` where none starts).

    Where each cell ends with a tab (as rendered from HTML: the header has ``tabs`` of
    them, 0 where it does not end with one), a cell holding a line break (a date and a
    time, a struck price and a deadline) splits its row over several lines: they are
    joined up to the line that ends the row with its tab.
    """
    line = lines[i]
    if tabs and not line.endswith("\t") and line.count("\t") < tabs:
        parts = [line]
        for j in range(i + 1, min(len(lines), i + _MAX_ROW_LINES)):
            if "\t" in lines[j] and _header_roles(lines[j]):
                break  # the next table's header: line i was a heading ("January 2027")
            parts.append(lines[j])
            if sum(p.count("\t") for p in parts) > tabs:
                break
            if lines[j].endswith("\t"):
                return " ".join(parts), j + 1
    if "\t" in line or len(line.split()) <= 3:
        return line, i + 1
    return line, i


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
    if _BYLINE.search(line) or _QUOTED.match(line):
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


def _row_name(line: str, date: DateMatch) -> str | None:
    """A course's name in the cell before the date cell of a row of cells outside a table
    ("AWS Cloud Practitioner Essentials | 10/13/2026 | Live Online | $795")."""
    first, tab, _ = line.partition("\t")
    if not tab or date.span[0] <= len(first):
        return None
    first = first.strip()
    return first if looks_like_title(first) and looks_like_course_name(first) else None


def _card_name(lines: list[str], i: int, before: list[int], after: list[int]) -> str | None:
    """The card's title: a title-like line just above its date, else the line below a date
    that opens the card (event listings), else a title a line further up."""
    titled = [j for j in reversed(before) if _titled(lines[j])]
    if titled and titled[0] == i - 1:
        return strip_label(lines[i - 1])
    below = _title_below(lines, after)
    return below or (strip_label(lines[titled[0]]) if titled else None)


def _titled(line: str) -> bool:
    """A title-like line, not a field ("Teacher: X") nor a column's label ("Status")."""
    return (
        looks_like_title(line)
        and not _FIELD.match(line)
        and not (" " not in line.strip() and _is_label(line.strip()))
    )


def _opens_with_date(lines: list[str], i: int, after: list[int]) -> bool:
    """Whether the card starts at its date line, its title on the line below."""
    return not _titled(lines[i - 1]) and _title_below(lines, after) is not None


def _title_below(lines: list[str], after: list[int]) -> str | None:
    """A card that opens with its date has its title on the next line (event listings)."""
    if after and looks_like_title(line := lines[after[0]]) and looks_like_course_name(line):
        return strip_label(line)
    return None


def _next_card_title(line: str) -> bool:
    """The next card's course title rather than this card's place ("Leeds", "Sydney CBD")."""
    return (
        _titled(line)
        and parse_availability(line) is None
        and "," not in line
        and (looks_like_course_name(line) or len(line.split()) >= 3)
    )


def _next_title(lines: list[str], after: list[int]) -> int:
    """Where the next card starts among a card's ``after`` lines: its title, then at most
    a description, just before the next card's price; ``len(after)`` where none does."""
    for k in range(len(after) - 1, max(-1, len(after) - 3), -1):
        line = lines[after[k]]
        if looks_like_title(line) and parse_availability(line) is None and not _FIELD.match(line):
            return k
        if not line.endswith("."):
            break
    return len(after)


def _card(
    lines: list[str], i: int, used: set[int], ctx: ScheduleContext, year: int | None
) -> _Candidate | None:
    found = _run_dates(find_date_ranges(lines[i], year=year, day_first=ctx.day_first), lines[i])
    if not found or _not_a_run_line(lines[i]):  # the date first: most lines have none
        return None
    found = _date_list(lines[i], found, ctx.day_first)
    found[0] = session_list(lines[i], found[0]) or found[0]
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
    after: list[int] = []
    end_text = ""
    open_range = found[0].dates.end is None and _RANGE_OPEN.search(lines[i][found[0].span[1] :])
    priced = bool(find_prices(lines[i]))
    for j in range(i + 1, min(len(lines), i + _MAX_CARD_LINES)):
        if lines[j].endswith("?"):
            break  # a question: the FAQ below the card
        digit = _has_digit(lines[j])
        if (
            digit
            and priced
            and not _LATER_PRICE.search(lines[j])
            and find_prices(lines[j])
            and not _struck_then_price(lines[j - 1], lines[j])
        ):
            del after[_next_title(lines, after) :]
            break
        later = find_date_ranges(lines[j], year=year) if digit else []
        if later and not end_text and open_range and later[0].span[0] <= 4:
            end_text = later[0].text  # "Mon 7 Sep 2026 to" / "Tue 8 Sep 2026 · Online"
            after.append(j)
            continue
        if later and not end_text and found[0].dates.end is None and _END_LABEL.match(lines[j]):
            end_text = later[0].text  # "Start date: 5 October" / "End date: 7 October"
            after.append(j)
            continue
        if _run_dates(later, lines[j]) or year_hint(lines[j]) or "\t" in lines[j]:
            if (
                later
                and priced
                and after
                and before
                and before[-1] == i - 1
                and _titled(lines[i - 1])
                and _next_card_title(lines[after[-1]])
            ):  # titled cards in a row: the line before the next card's date is its title
                after.pop()
            break
        after.append(j)
        priced = priced or (digit and bool(find_prices(lines[j])))
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
    if before and _opens_with_date(lines, i, after):
        segment = segment[len(before) :]  # the lines above are the page's, not the card's
    text = "\n".join(lines[j] for j in segment)
    name = _row_name(lines[i], found[0]) or _card_name(lines, i, before, after) or above
    if (
        not end_text
        and found[0].dates.end is None
        and len(found) > 1
        and _END_WORD.search(lines[i][found[0].span[1] : found[1].span[0]])
    ):
        end_text = found[1].text
    return _Candidate(text=text, match=found[0], end_text=end_text, name=name)


def _option_candidates(
    view: Visible, ctx: ScheduleContext
) -> tuple[list[_Candidate], frozenset[str]]:
    """The runs a date ``<select>`` offers (see :mod:`.options`), and the option labels
    the line reader leaves alone: those read here and a cross-sell's."""
    if view.tree is None or not ctx.course_name:
        return [], frozenset()
    out: list[_Candidate] = []
    taken: set[str] = set()
    for option in date_options(view.tree, _has_date):
        if option.elsewhere:
            taken.add(option.label)
            continue
        text = f"{option.label}\n{option.extra}" if option.extra else option.label
        found = find_date_ranges(option.label, day_first=ctx.day_first)
        if found and find_prices(text):
            found[0] = session_list(option.label, found[0]) or found[0]
            out.append(_Candidate(text, found[0], name=ctx.course_name))
            taken.add(option.label)
    return out, frozenset(taken)


def _has_date(text: str) -> bool:
    return _has_digit(text) and bool(find_date_ranges(text))


def _candidates(
    view: Visible, ctx: ScheduleContext, skip: frozenset[str] = frozenset()
) -> tuple[list[_Candidate], bool]:
    """The runs the lines show, and whether a date there has a label (see _labels_date)."""
    lines = [line.lstrip(_LEADING_CHARS) for line in view.text.split("\n")]
    out: list[_Candidate] = []
    labelled = False  # whether a date has a label of its own: a labelled layout may be near
    used: set[int] = {i for i, line in enumerate(lines) if line.strip() in skip} if skip else set()
    year: int | None = None
    month = ""  # " October 2026" below a month's heading, for rows that give days only
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
            heading = _MONTH_HEADING.match(line)
            month = f" {heading.group(1)} {heading.group(2)}" if heading else ""
        if month and (days := _DAYS_ONLY.match(line)):  # "Mon 12 – Wed 14" under "October 2026"
            line = lines[i] = line[: days.end()] + month + line[days.end() :]
        roles = _header_roles(line) if "\t" in line else None
        if roles:
            rows, after_table = _table(lines, i, roles, ctx, year)
            out.extend(rows)
            continue
        if i not in used and _has_digit(line):
            labelled = labelled or _labels_date(lines, i)
            if i + 1 < len(lines) and _has_digit(lines[i + 1]):
                group = date_group(
                    lines, i, used, _dates_in(year, ctx.day_first), _group_heading, _status
                )
                if group is not None:
                    out.extend(_grouped(lines, group, used))
                    continue
            if card := _card(lines, i, used, ctx, year):
                out.append(card)
    return out, labelled


def _dates_in(year: int | None, day_first: bool) -> Callable[[str], list[DateMatch]]:
    def dates(line: str) -> list[DateMatch]:
        return find_date_ranges(line, year=year, day_first=day_first)

    return dates


def _group_heading(line: str) -> bool:
    return looks_like_title(line) and not _FIELD.match(line)


def _status(text: str) -> bool:
    """A date line's status and button: "Places available Book", "Fully booked"."""
    return (
        _booking_evidence(text) or parse_availability(text) is not None or bool(BUTTON.search(text))
    )


def _grouped(lines: list[str], group: DateGroup, used: set[int]) -> list[_Candidate]:
    """One run per date of a group (see :mod:`.grouped`), with the group's shared lines."""
    shared = "\n".join(lines[j] for j in group.shared)
    name = strip_label(lines[group.heading])
    used.update([group.heading, *group.shared, *(j for j, _ in group.dates)])
    return [_Candidate(f"{lines[j]}\n{shared}", match, name=name) for j, match in group.dates]


_MONTH_HEADING = re.compile(rf"^((?:{MONTH_PATTERN})\.?)\s+(20\d\d)\b", re.I)
_DAY = r"[^\W\d_]{2,4}\.?,?\s+\d{1,2}(?:st|nd|rd|th)?"  # "Mon 12", "Tue 3rd"
_DAYS_ONLY = re.compile(
    rf"^{_DAY}(?:\s*[–—-]\s*{_DAY})?(?!\d|\s*[./:]|\s*(?:{MONTH_PATTERN})\b)", re.I
)


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
            "\n" in between
            and not between.strip()
            and not text[: found[0].span[0]].rpartition("\n")[2].strip()
            and first.amount
            and second.amount
            and first.amount > second.amount
        ):  # a bare price, then a lower one on the next line: the struck regular price
            vat = second.includes_vat if second.includes_vat is not None else first.includes_vat
            return Price(second.amount, second.currency or first.currency, first.amount, vat)
        if (
            _LATER_PRICE.search(between)
            and second.amount
            and first.amount
            and second.amount > first.amount
        ):
            vat = first.includes_vat if first.includes_vat is not None else second.includes_vat
            return Price(first.amount, first.currency or second.currency, second.amount, vat)
    return first


def _struck_then_price(previous: str, line: str) -> bool:
    """A line that is a bare price, then a lower price: the regular price struck through
    ("$2,895" / "$2,495 tuition"), one price of one card."""
    if not _has_digit(previous):
        return False
    before, now = find_prices(previous), find_prices(line)
    return (
        len(before) == 1
        and bool(now)
        and not (previous[: before[0].span[0]] + previous[before[0].span[1] :]).strip()
        and (before[0].price.amount or 0) > (now[0].price.amount or 0)
    )


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
        if (
            _NOT_PLACE.search(part)
            or _GENERIC_TITLE.search(part)
            or BUTTON.search(part)
            or _LINK_WORDS.search(part)
            or part.endswith("?")
            or _is_label(part)
        ):
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
    """A short label such as "Book now" or "3 places left" (not a sentence mentioning booking,
    nor a footer's "Booking terms" link)."""
    return any(
        len(part.split()) <= 5 and _BOOKING.search(part) and not _TERMS.search(part)
        for part in _SPLIT.split(text)
    )


_TERMS = re.compile(r"\b(?:terms|conditions|policy|privacy|agb|cgv|vilkår|villkor)\b", re.I)
# A run's own label standing where its course's name would be: "Fall 2026 Cohort", "Class B".
_RUN_LABEL = re.compile(
    r"^(?:(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\s+20\d\d\s+(?:cohort|intake|class|batch)|"
    r"(?:cohort|intake|class|batch|group|gruppe|groupe|grupo)\s+(?:[A-Z]|\d{1,3})\b)"
    r"(?:\s*[-–—:]\s*\w+)?$",
    re.I,
)
# Link and button words, which are no place: "Read more" in the site's language.
_LINK_WORDS = re.compile(
    r"\b(?:read more|learn more|subscribe|sign up|keep going|les mer|lees meer|läs mer|"
    r"læs mere|mehr erfahren|weiterlesen|leer más|lire la suite|en savoir plus|saiba mais|"
    r"leia mais|scopri di più|czytaj więcej|více|pricing|offer)\b",
    re.I,
)


_LETTER = re.compile(r"[^\W\d_]")


def _open_start(cand: _Candidate) -> bool:
    """Whether the run's date is only its start ("Starts Tue 13 October", "Next: 5 May")."""
    text = cand.cells.get("date") or cand.text
    at = text.find(cand.match.text)
    return at >= 0 and _OPEN_START.search(text[:at]) is not None


def _course(cand: _Candidate, ctx: ScheduleContext) -> Course | None:
    price = _pick_price(cand.cells.get("price") or cand.text, ctx)
    if price is None and not _booking_evidence(cand.text):
        return None
    if cand.name is not None and len(_LETTER.findall(cand.name)) < 2:
        return None  # "0,4 %": a figure above the date, no course's title
    start, end = cand.match.dates.start, cand.match.dates.end
    if cand.end_text:
        end_found = find_date_ranges(
            cand.end_text, year=int(start[:4]) if start else None, day_first=ctx.day_first
        )
        end = end_found[0].dates.start if end_found else end
    if start is None:
        return None
    if end is None and not cand.cells.get("end") and not _open_start(cand):
        end = start  # a lone date: a one-day run
    mode_text = " ".join(cand.cells[k] for k in ("mode", "location") if k in cand.cells)
    mode = mode_from_text(mode_text or cand.text)
    trainer_match = _TRAINER.search(cand.text)
    trainer = cand.cells.get("trainer") or (trainer_match.group(1) if trainer_match else None)
    vat = price.includes_vat if price else None
    if vat is None and price is not None:
        header_vat = vat_statement(cand.cells.get("_price_header", ""))
        vat = header_vat if header_vat is not None else ctx.page_vat
    name = cand.name
    if name and ctx.course_name and _RUN_LABEL.match(name):
        name = ctx.course_name  # "Fall 2026 Cohort" is a run of the page's course
    values: dict[str, Any] = {
        "name": name or ctx.course_name,
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


_DATE_LABEL_AT = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, _ROLE_WORDS["date"]), key=len, reverse=True)) + ")",
    re.I,
)


def _labels_date(lines: list[str], i: int) -> bool:
    """Whether the date on line ``i`` has a label: on the line before ("Dates", a ``<dt>``),
    before it on its line ("Datum mån 12 – tis 13 okt 2026"), or run into it by the page's
    text ("Datummån 12 – tis 13 okt 2026")."""
    if (
        0 < i < len(lines) - 1
        and len(lines[i - 1]) <= 20
        and len(lines[i + 1]) <= 20
        and _is_date_label(lines[i - 1].strip(" :"))
        and (_is_label(lines[i + 1].strip(" :")) or len(lines[i + 1].split()) == 1)
    ):
        return True  # "Dates" / "Oct 12th–14th 2026" / "Format": labels and values take turns
    head = lines[i][:24].split(None, 1)[0] if lines[i][:1].isalpha() else ""
    if head != lines[i] and _is_date_label(head.rstrip(":")):
        return True  # "Datum mån 12 – tis 13 okt 2026": the label, then its value
    if len(head) < 6:  # the label and at least a letter of its value ("Datummån")
        return False
    match = _DATE_LABEL_AT.match(head)
    glued = head[match.end() : match.end() + 1] if match is not None else ""
    return glued.islower() or glued.isdigit()


@lru_cache(maxsize=4096)
def _is_label(line: str) -> bool:
    return _role(line) is not None


@lru_cache(maxsize=4096)
def _is_date_label(label: str) -> bool:
    return _role(label) == "date"


def _labelled_candidates(view: Visible, ctx: ScheduleContext) -> list[_Candidate]:
    """Runs written as label/value pairs (see :mod:`.labelled`), one per dated group."""
    if view.tree is None:
        return []
    out = []
    for row in labelled_rows(view.tree, _is_date_label):
        cells: dict[str, str] = {}
        for label, value in row.pairs:
            if value and (role := _role(label)) is not None:
                cells.setdefault(role, value)
        found = find_date_ranges(cells["date"], day_first=ctx.day_first) if "date" in cells else []
        if not found:
            continue
        found[0] = session_list(cells["date"], found[0]) or found[0]
        heading = row.heading if row.heading and looks_like_course_name(row.heading) else None
        name = _chip_free(cells["course"]) if "course" in cells else heading
        text = "\n".join(value for _, value in row.pairs)
        out.append(_Candidate(text, found[0], cells.get("end", ""), name, cells))
    return out


def find_runs(view: Visible, ctx: ScheduleContext) -> list[Course]:
    """Every run the page's visible schedule shows."""
    options, taken = _option_candidates(view, ctx)
    lined, hinted = _candidates(view, ctx, taken)
    labelled = _labelled_candidates(view, ctx) if hinted else []
    dates = [cand.cells["date"] for cand in labelled]
    runs = [course for cand in options if (course := _course(cand, ctx)) is not None]
    for cand in labelled:
        if (course := _course(cand, ctx)) is not None:
            runs.append(course)
    for cand in lined:
        if any(cand.match.text in date for date in dates):
            continue  # the same run, read from its labelled cells
        if (course := _course(cand, ctx)) is not None:
            runs.append(course)
    return runs

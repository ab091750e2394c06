"""What makes a date line or card no run's: prose, bylines, reviews, post teasers, deadlines,
calendar badges and cross-sell boxes, whose dates belong to no run of the page's course."""

from __future__ import annotations

import re
from functools import lru_cache

from prospectus.extract.dates import DateMatch, find_date_ranges
from prospectus.extract.modes import mode_from_text
from prospectus.extract.months import WEEKDAY_PATTERN
from prospectus.extract.patterns.card_names import BADGE_REST, WEEKDAY_ONLY, is_titled
from prospectus.extract.patterns.schedule_words import (
    CROSS_SELL,
    NEWS_WORDS,
    STRAY_DATE,
    has_digit,
)
from prospectus.extract.prices import find_prices

_NOT_RUN_CONTEXT = re.compile(
    r"(?:exam|prüfung|deadline|posted|updated|published|review(?:ed)?|valid|expires|"
    r"mis à jour|aktualisiert|actualizad[oa]|atualizad[oa]|aggiornat[oi]|bijgewerkt|"
    r"by|before|offer ends|clos(?:es?|ed|ing)|last updated|until|till|early[- ]bird|discount|save|"
    r"entro|sconto|rabatt|remise|descuento|korting|"
    # "until" an offer's last day in Spanish, Portuguese and Italian ("… hasta el 15 de marzo")
    r"hasta|até|fino\s+al|"
    # "by" a deadline: "vid bokning senast 31 januari 2027", "spätestens am 3. März"
    r"senast|senest|spätestens|uiterlijk|au plus tard|a más tardar|antes del?|avant le|"
    # "up to and including" an offer's last day: "Actieprijs t/m 31 januari"
    r"t/m|tot en met|"
    # the day booking opens, not a run's ("Applications open 1 March 2027", "Anmeldung ab")
    r"(?:applications?|bookings?|enrol+ments?|registrations?|sales?)\s+open(?:s|ing)?|"
    r"anmeldung\s+ab|"
    # the day applications close: "Haku päättyy 31.1.2027", "Zgłoszenia do 15.01.2027"
    r"haku(?:aika)?\s+päättyy|ilmoittautuminen\s+päättyy|viimeistään|termin\s+zgłoszeń|"
    r"zgłoszenia\s+do|zapisy\s+do|najpóźniej|přihlášky\s+do|nejpozději|søknadsfrist|"
    # sr / hr / bs: "rana prijava do 15. 12. 2026", "prijave do", "rok za prijavu"
    r"ran[aei]\s+prijav[aeu]|prijav[ae]\s+do|rok\s+(?:za\s+)?prijav[aeu]|"
    r"ansøgningsfrist|sista\s+ansökningsdag|bewerbungsschluss|anmeldeschluss|"
    r"plazo\s+de\s+inscripci[oó]n|inscrições\s+até|"
    # an offer's or booking's last day in Vietnamese and Indonesian / Malay: "Ưu đãi đăng ký
    # sớm đến 20/12/2026", "Diskon berlaku hingga 15 Desember"
    r"ưu\s+đãi|đăng\s+ký\s+sớm|hạn\s+(?:chót\s+)?đăng\s+ký|giảm\s+giá|diskon|"
    r"berlaku\s+(?:hingga|sampai)|batas\s+(?:akhir\s+)?pendaftaran|"
    # the same in Japanese, Chinese and Korean: an early-bird or booking deadline, an exam
    r"(?=[早優优截締申試考시조얼])(?:早[鳥鸟]|[優优]惠|截止|締切|申込期限|早割|試験日|考試|考试|시험"
    r"|조기\s?등록|얼리\s?버드)|"
    r"©)\W{0,3}(?:\w+\W{1,3}){0,2}$",
    re.I,
)


_NAME_LIKE = re.compile(r"^(?:by\s+)?[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|team|editorial)){1,2}$")


_SEPARATED = re.compile(r" [·|•] |\t")

# (The look-ahead holds the words' first letters: see schedule_words' word lists.)
_BYLINE = re.compile(
    r"\b(?=[abcgkmopruvwz])"
    r"(?:verified|attendee|posted|reviewed|wrote|published|updated|"
    r"read more|comments?|min(?:ute)?s?\.?\s+read|"  # a post's "Sep 14, 2026 · 6 min read"
    # the same in other languages
    r"veröffentlicht|aktualisiert|kommentare?|publié|mis à jour|commentaires?|publicado|"
    r"comentarios?|pubblicato|commenti|gepubliceerd|bijgewerkt|reacties|publicerad|"
    r"publiceret|publisert|kommentarer|opublikowano|zaktualizowano|komentarz[ey]?|"
    r"publikováno|aktualizováno|komentáře)\b",
    re.I,
)

# A testimonial's attribution: the quote, then who said it and when ("„…“ – M. R., 02.04.2026").
_QUOTED = re.compile(r"^[\"„“”«»‚‘’「『].{8,}[\"“”»«’‘」』]\s*[-–—,]")

_STARS = ("★", "☆", "⭐")


def run_dates(found: list[DateMatch], text: str) -> list[DateMatch]:
    return [m for m in found if not _not_run_context(text[: m.span[0]])]


@lru_cache(maxsize=4096)
def _not_run_context(before: str) -> bool:
    """Whether the words before a date make it no run's ("Posted", "Exam by", "Offer ends").

    Remembered: a listing writes the same words before each of its dates.
    """
    return _NOT_RUN_CONTEXT.search(before) is not None


# A sentence's end and the next one's start: "… in practice. The course …".
_SENTENCES = re.compile(r"[a-z]{3,}[.!?] [A-Z]")


def not_a_run_line(line: str) -> bool:
    """Prose, a byline ("3 March 2026 · Jane Smith") or a review line holding a date."""
    length = len(line.split())  # the cheap tests first: a long line is prose
    if (
        length > 16
        and not _SEPARATED.search(line)
        and not _dated_row(line, length)
        and not _dashed_row(line, length)
    ):
        return True
    if (
        length > 10
        and not _SEPARATED.search(line)
        and _SENTENCES.search(line)
        and not _dashed_row(line, length)
    ):
        return True  # sentences
    if _BYLINE.search(line) or _QUOTED.match(line) or line.startswith(_STARS):
        return True  # a review: "★★★★★ Friendly and structured. — Greg T. · 9 July 2026"
    found = find_date_ranges(line)
    if len(found) == 1:
        rest = (line[: found[0].span[0]] + line[found[0].span[1] :]).strip(" ·|•-–,")
        words = rest.split()
        if 2 <= len(words) <= 3 and _NAME_LIKE.match(rest) and mode_from_text(rest) is None:
            return True
    return False


# The label of a run's place field below its date line: "Location: …", "Venue: …".
_PLACE_LABEL = re.compile(r"^\s*(?:location|venue|where|address|place)\s*:\s*(.+)$", re.I)


def town_of_venue_below(lines: list[str], i: int) -> bool:
    """Whether a date line that reads as a byline ("2027-02-20 · Prince George") names the
    town of the venue a place field below it gives ("Location: Hall, 4th Avenue, Prince
    George"): a run's header over its fields, no author's name."""
    found = find_date_ranges(lines[i])
    if len(found) != 1:
        return False
    rest = (lines[i][: found[0].span[0]] + lines[i][found[0].span[1] :]).strip(" ·|•-–,")
    if not rest:
        return False
    for line in lines[i + 1 : i + 5]:
        field = _PLACE_LABEL.match(line)
        if field is not None and field.group(1).rstrip(" .").casefold().endswith(rest.casefold()):
            return True
    return False


_CLOCK_RANGE = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[-–—]\s*\d{1,2}[:.]\d{2}\b", re.I
)

_SPACED_DASH = re.compile(r" [–—-] ")
_MIN_DASHED_FIELDS = 4  # course, date, venue and price at the least
_HOURS = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[-–—]\s*\d{1,2}[:.]\d{2}", re.I)


def _dashed_row(line: str, length: int) -> bool:
    """A sessions list's run on one line, its fields apart by spaced dashes and holding its
    price ("Course – Tuesday 8 December 2026, 8:30am – 4:00pm – Venue, 12 Main St – $129 incl
    GST – Last few spots"): no prose, however long. Its hours tell it from a cross-sell line
    ("Course – 4 days – next start 25 January 2027 – $2,490"), another course's next date, as
    does a date that fills a field of its own ("Course – Sat 6 Feb 2027 – Venue – $119")."""
    if length > 40 or len(_SPACED_DASH.findall(line)) < _MIN_DASHED_FIELDS - 1:
        return False
    parts = _SPACED_DASH.split(line)
    if (
        _HOURS.search(line) is None
        and not any(_date_field(part) for part in parts[:2])
        and not _date_field(" – ".join(parts[1:3]))  # a range's dash: "Thu 10 – Fri 11 Dec 2026"
    ):
        return False
    return any(has_digit(part) and find_prices(part) for part in parts[2:])


# The word that opens a date range before its first day, with that day's weekday: "dal 2 al
# 4 febbraio", "dal mercoledì 9 … al …", "du 3 au 5 mars", "vom 3. bis 5. März", "from 3 to
# 5 March".
_RANGE_LEAD = re.compile(
    rf"\s*(?:from|dal|dall['’]|du|vom|von|del|desde|van|od)\s+(?:(?:{WEEKDAY_PATTERN})\.?,?\s*)?",
    re.I,
)


def _date_lead(before: str, date: DateMatch) -> bool:
    """Whether what comes before a line's first date is its weekday at most, or the word
    opening a range ("dal", "du", "from") before a range's first day."""
    if WEEKDAY_ONLY.fullmatch(before) is not None:
        return True
    return date.dates.end is not None and _RANGE_LEAD.fullmatch(before) is not None


def _date_field(part: str) -> bool:
    """A dashed row's field that is its date alone, with its weekday at most ("SAT 16 JAN
    2027", "Wednesday 17 February 2027", "24/03/2027"): a run's own date, where a cross-sell
    line words its course's next date ("next start 25 January 2027")."""
    if not has_digit(part):
        return False
    found = find_date_ranges(part)
    return (
        len(found) == 1
        and _date_lead(part[: found[0].span[0]], found[0])
        and not _DATE_NOTE.sub("", part[found[0].span[1] :]).strip(" ,.")
    )


# A note in brackets after a run's date, still its date's field: "30–31 January 2027 (two
# days incl. Sunday practical)", "Sat 6 Feb 2027 (weekend)".
_DATE_NOTE = re.compile(r"^\s*\([^()]{1,60}\)")


def _dated_row(line: str, length: int) -> bool:
    """A run's fields run together on one line, opening with its date and holding its price
    ("Monday, 7 December – Friday, 11 December 2026 Nairobi Facilitator: A. Name KES 85,000
    KES 95,000 (early bird – book by 30 Nov 2026)"): no prose, however long."""
    if length > 30 or not has_digit(line[:16]):
        return False
    found = find_date_ranges(line)
    if not found or not _date_lead(line[: found[0].span[0]], found[0]):
        return False
    rest = line[found[0].span[1] :]
    # or its hours ("Mon 25 Jan – Fri 29 Jan 2027 5 days, 8:30 AM – 4:30 PM CST"): a
    # booking widget's date and session description run together
    return bool(find_prices(rest)) or _CLOCK_RANGE.search(rest) is not None


def ambiguous(line: str, found: list[DateMatch]) -> bool:
    """A lone date next to another date the parser could not place (jumbled text)."""
    if found[0].dates.end is not None:
        return False
    rest = line[found[0].span[1] :]
    if len(found) > 1:
        rest = rest[: found[1].span[0] - found[0].span[1]]
    return bool(STRAY_DATE.search(rest))


def post_date(lines: list[str], i: int, found: list[DateMatch]) -> bool:
    """A bare date under a question and over no price ("How do I …?" / "10 September 2026"):
    a blog post's."""
    if i == 0 or not lines[i - 1].endswith("?") or len(found) != 1:
        return False
    line = lines[i]
    if (line[: found[0].span[0]] + line[found[0].span[1] :]).strip(" ·|•,"):
        return False
    return i + 1 >= len(lines) or not (has_digit(lines[i + 1]) and find_prices(lines[i + 1]))


_CROSS_SELL_REACH = 3  # lines from a cross-sell box's heading to its first card's date
MAX_HEADING_WORDS = 10


_BOX_CARDS = 12  # the cards a cross-sell box may hold
_CARD_REACH = 6  # lines from one card's date to the next card's


def under_cross_sell(lines: list[str], i: int) -> bool:
    """Whether the date on line ``i`` is in a card under a cross-sell heading ("You may also
    like" / "1 jour · 790 € · 19 novembre 2026"): another course's.

    The first card sits just below the heading; a later card is found by stepping back card
    by card, each card's date line opening with the same words ("Next date 25/01/2027" over
    "Next date 01/02/2027"), to the first.
    """
    for _ in range(_BOX_CARDS):
        if any(
            len(lines[j].split()) <= MAX_HEADING_WORDS and CROSS_SELL.search(lines[j])
            for j in range(max(0, i - _CROSS_SELL_REACH), i)
        ):
            return True
        previous = _card_above(lines, i)
        if previous is None:
            return False
        i = previous
    return False


def _card_above(lines: list[str], i: int) -> int | None:
    """The line of the card above line ``i``'s whose date line reads like it: the same words
    before one date and nothing else dated, or None."""
    found = find_date_ranges(lines[i])
    if len(found) != 1:
        return None
    lead = lines[i][: found[0].span[0]]
    for j in range(i - 1, max(-1, i - 1 - _CARD_REACH), -1):
        if not has_digit(lines[j]):
            continue
        above = find_date_ranges(lines[j])
        if above:
            same = len(above) == 1 and lines[j][: above[0].span[0]] == lead
            return j if same else None
    return None


def glued_cross_sell(line: str, date: DateMatch) -> bool:
    """Whether a date's line opens with a cross-sell heading glued to its cards ("Similar
    events near BathFirst Aid · Jan 30, 2027 · £95Food Hygiene · …", as a text dump runs a
    box's lines together): another course's date, whatever title the line gives it."""
    head = line[: date.span[0]]
    found = CROSS_SELL.search(head[:60]) if len(head) > 8 else None
    return found is not None and not head[: found.start()].strip(" #*-:|")


_MAX_BOX_ROWS = 8  # the rows of cells a cross-sell box lists under its heading


def cross_sell_row(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a row of cells in a run of such rows under a cross-sell heading
    ("You might also like" / "Course – Venue<TAB>Thu 21 Jan 2027<TAB>$450.00" / …): other
    courses, each row its own."""
    if "\t" not in lines[i]:
        return False
    j = i - 1
    while j >= max(0, i - _MAX_BOX_ROWS) and "\t" in lines[j]:
        j -= 1
    return (
        j >= 0
        and "\t" not in lines[j]
        and len(lines[j].split()) <= MAX_HEADING_WORDS
        and bool(CROSS_SELL.search(lines[j]))
    )


# A blog's or news section's heading over its post teasers: "Safety blog", "Latest news",
# "From our blog", "Nieuws", "Aktuelles", "Actualités".
_BLOG_HEADING = re.compile(
    r"^(?:(?:our|the|latest|recent|from (?:the|our))\s+)?(?:[\w&-]+\s+)?"
    rf"(?:{NEWS_WORDS}|articles|posts|insights)(?:\s*(?:&|and)\s*(?:blog|news|articles|insights))?$",
    re.I,
)

_BLOG_REACH = 12  # lines up from a teaser's date: a few teasers of title, date and summary


def under_blog_heading(lines: list[str], i: int, priced: bool) -> bool:
    """Whether the date on line ``i`` is a post teaser's: a blog's or news heading above it,
    with no price between. A ``priced`` card is a run, whatever the heading over it, unless
    the heading is right over a list of dated lines down to an unpriced line ``i`` ("From
    our blog" / "May 3, 2027 · Title" / …): the posts' dates, a price below is the next
    section's."""
    listed = not (has_digit(lines[i]) and find_prices(lines[i]))
    for j in range(i - 1, max(-1, i - 1 - _BLOG_REACH), -1):
        line = lines[j]
        if len(line) < _MAX_BLOG_HEADING and _BLOG_HEADING.match(line.strip()):
            return not priced or (listed and j < i - 1)
        if has_digit(line) and find_prices(line):
            return False
        listed = listed and has_digit(line) and bool(find_date_ranges(line))
        if priced and not listed:
            return False  # a priced card under no list of dates: a run, whatever is above
    return False


_MAX_BLOG_HEADING = 40  # characters

# A section heading over runs gone by: "Past events", "Previous courses (3)", "Vergangene
# Termine", "Événements passés".
_PAST_HEADING = re.compile(
    r"(?:(?:past|previous|earlier|archived|vergangene|fr[üu]here|tidigare|anteriores|passati)\s+"
    r"(?:events?|courses?|dates?|sessions?|workshops?|classes|trainings?|termine|kurse"
    r"|veranstaltungen|seminare|kurser|eventos|cursos|corsi|eventi)"
    r"|(?:[ée]v[ée]nements|formations|sessions|cursos|eventos)\s+(?:pass[ée]e?s|anteriores))"
    r"(?:\s*\(\d+\))?\s*:?",
    re.I,
)
_PAST_REACH = 12  # lines up from a date: the cards of a short past list


def under_past_heading(lines: list[str], i: int) -> bool:
    """Whether the date on line ``i`` is under a "Past events" heading: a run gone by."""
    for j in range(i - 1, max(-1, i - 1 - _PAST_REACH), -1):
        line = lines[j].strip()
        if len(line) < _MAX_BLOG_HEADING and _PAST_HEADING.fullmatch(line):
            return True
    return False


# A deadline's label on the line above its date: "Applications close", "Anmeldeschluss".
DEADLINE_LABEL = re.compile(
    r"^\W*(?:(?:applications?|registrations?|enrol+ments?|bookings?)\s+(?:close[sd]?|deadline)|"
    r"closing date|deadline|apply by|anmeldeschluss|date limite(?: d.inscription)?|"
    r"fecha l[ií]mite(?: de inscripci[oó]n)?|scadenza(?: iscrizioni)?|iscrizioni entro|"
    r"p[åa]meldingsfrist|tilmeldingsfrist|sista anm[äa]lningsdag|inschrijven tot|"
    r"haku(?:aika)? päättyy|hakuaika|ilmoittautuminen päättyy|termin zgłoszeń|"
    r"zgłoszenia do|přihlášky do|søknadsfrist|ansøgningsfrist|bewerbungsschluss)\W*$",
    re.I,
)


def badge_of_next(
    lines: list[str], i: int, found: DateMatch, year: int | None, day_first: bool
) -> bool:
    """Whether line ``i`` is only a calendar badge ("OCT 15") over a card's title and its
    full date line of the same day: the card's, read at its date line."""
    line = lines[i]
    if (
        found.dates.end is not None
        or i + 2 >= len(lines)
        or not BADGE_REST.match(line[: found.span[0]] + " " + line[found.span[1] :])
    ):
        return False
    if not has_digit(lines[i + 2]):
        return False  # (the title may hold a digit: "ITIL 4 Foundation"; is_titled tells)
    below = find_date_ranges(lines[i + 2], year=year, day_first=day_first)
    return bool(below) and below[0].dates.start == found.dates.start and is_titled(lines[i + 1])

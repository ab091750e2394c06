"""Date cards and lines: a line holding a date, read with the short lines around it as one run."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from itertools import pairwise

from prospectus.extract.dates import DateMatch, DateRange, find_date_ranges, year_hint
from prospectus.extract.modes import mode_from_text, parse_availability
from prospectus.extract.months import WEEKDAY_PATTERN, is_weekday_phrase
from prospectus.extract.patterns.schedule_candidate import Candidate, ScheduleContext
from prospectus.extract.patterns.schedule_words import (
    BUTTON,
    CROSS_SELL,
    FIELD,
    GENERIC_TITLE,
    LATER_PRICE,
    LENGTH_UNITS,
    NEWS_WORDS,
    NEWSLETTER,
    REVIEWS_HEADING,
    ROLE_WORDS,
    STRAY_DATE,
    booking_evidence,
    cell_role,
    has_digit,
    is_label,
    is_mode_label,
    is_run_label,
    is_run_tag,
    looks_like_course_name,
    looks_like_title,
    promo_badge,
    strip_label,
    title_before_trainer,
    title_start,
)
from prospectus.extract.patterns.sessions import month_sessions, session_list
from prospectus.extract.patterns.venues import (
    city_with_venue,
    is_venue,
    town_dash_venue,
    venue_and_town,
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


_END_WORD = re.compile(r"(?:\bends?\b|\bfinish(?:es)?\b|\buntil\b|\bbis\b|\bto\b|–|-)\W*$", re.I)


_MAX_CARD_LINES = 6
_MAX_FIELD_LINES = 3  # the labelled lines ("Venue: …") a card may hold beyond _MAX_CARD_LINES


# parse_availability, remembered: a schedule's cards repeat the same few status words.
_availability_of = lru_cache(maxsize=4096)(parse_availability)


_NAME_LIKE = re.compile(r"^(?:by\s+)?[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|team|editorial)){1,2}$")


_RANGE_OPEN = re.compile(r"^\s*(?:to|until|till|bis|au|al|tot|t/m|[-–—])\s*$", re.I)


_END_LABEL = re.compile(
    r"^\W*(?:end(?:s| date)?|finish(?:es)?|until|to|enddatum|ende|bis|fin|date de fin|"
    r"fecha de (?:fin|finalización)|data (?:di )?fine|einddatum|tot)\b\W*",
    re.I,
)


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


def _run_dates(found: list[DateMatch], text: str) -> list[DateMatch]:
    return [m for m in found if not _not_run_context(text[: m.span[0]])]


@lru_cache(maxsize=4096)
def _not_run_context(before: str) -> bool:
    """Whether the words before a date make it no run's ("Posted", "Exam by", "Offer ends").

    Remembered: a listing writes the same words before each of its dates.
    """
    return _NOT_RUN_CONTEXT.search(before) is not None


# A sentence's end and the next one's start: "… in practice. The course …".
_SENTENCES = re.compile(r"[a-z]{3,}[.!?] [A-Z]")


def _not_a_run_line(line: str) -> bool:
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
    if _HOURS.search(line) is None and not any(_date_field(part) for part in parts[:2]):
        return False
    return any(has_digit(part) and find_prices(part) for part in parts[2:])


_MAX_RESTATED_WORDS = 6  # "Starts: Tuesday, 1 December 2026", "First class: Sat 9 Jan 2027"


def _restated_start(date: DateMatch, later: list[DateMatch], line: str) -> bool:
    """A short line below a run's date range that gives its first day again ("Schedule:
    … 1 December 2026 to 23 February 2027" / "Starts: Tuesday, 1 December 2026"): the same
    run's card, where another run's date would end it."""
    return (
        date.dates.end is not None
        and len(later) == 1
        and later[0].dates.start == date.dates.start
        and later[0].dates.end in (None, date.dates.end)
        and len(line.split()) <= _MAX_RESTATED_WORDS
    )


def _date_field(part: str) -> bool:
    """A dashed row's field that is its date alone, with its weekday at most ("SAT 16 JAN
    2027", "Wednesday 17 February 2027", "24/03/2027"): a run's own date, where a cross-sell
    line words its course's next date ("next start 25 January 2027")."""
    if not has_digit(part):
        return False
    found = find_date_ranges(part)
    return (
        len(found) == 1
        and _WEEKDAY_ONLY.fullmatch(part[: found[0].span[0]]) is not None
        and not part[found[0].span[1] :].strip(" ,.")
    )


def _dated_row(line: str, length: int) -> bool:
    """A run's fields run together on one line, opening with its date and holding its price
    ("Monday, 7 December – Friday, 11 December 2026 Nairobi Facilitator: A. Name KES 85,000
    KES 95,000 (early bird – book by 30 Nov 2026)"): no prose, however long."""
    if length > 30 or not has_digit(line[:16]):
        return False
    found = find_date_ranges(line)
    if not found or _WEEKDAY_ONLY.fullmatch(line[: found[0].span[0]]) is None:
        return False
    rest = line[found[0].span[1] :]
    # or its hours ("Mon 25 Jan – Fri 29 Jan 2027 5 days, 8:30 AM – 4:30 PM CST"): a
    # booking widget's date and session description run together
    return bool(find_prices(rest)) or _CLOCK_RANGE.search(rest) is not None


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
        and (
            re.fullmatch(r"\s*(?:&|and|und|et|y|e|,|\+)\s*", line[first.span[1] : found[1].span[0]])
            or _timed_end(line[first.span[1] : found[1].span[0]], first.dates.start, found[1])
        )
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


# Between a start date and an end date each with its time: the start's time, a dash or
# "to", the end's weekday ("Sat 13 March 2027 9:00 am – Sunday, 14 March 2027 1:00 pm";
# an event calendar's meta runs them together: "9:00 amSunday, 14 March 2027").
_TIMED_GAP = re.compile(
    rf"\s*,?\s*\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)?\s*"
    rf"(?:[-–—]|to|until|bis|au|à|al|tot)?\s*(?:(?:{WEEKDAY_PATTERN})\.?,?\s*)?",
    re.I,
)
_MAX_TIMED_DAYS = 14


def _timed_end(gap: str, start: str, end: DateMatch) -> bool:
    """Whether ``end`` closes the run a date starting ``start`` opens, ``gap`` (the text
    between them) holding the start's time: a run of a few days, given start and end."""
    if not has_digit(gap) or len(gap) > 40 or not _TIMED_GAP.fullmatch(gap):
        return False
    try:
        days = (date.fromisoformat(end.dates.start or "") - date.fromisoformat(start)).days
    except ValueError:
        return False  # a month without its day
    return 0 < days <= _MAX_TIMED_DAYS


def _ambiguous(line: str, found: list[DateMatch]) -> bool:
    """A lone date next to another date the parser could not place (jumbled text)."""
    if found[0].dates.end is not None:
        return False
    rest = line[found[0].span[1] :]
    if len(found) > 1:
        rest = rest[: found[1].span[0] - found[0].span[1]]
    return bool(STRAY_DATE.search(rest))


def _post_date(lines: list[str], i: int, found: list[DateMatch]) -> bool:
    """A bare date under a question and over no price ("How do I …?" / "10 September 2026"):
    a blog post's."""
    if i == 0 or not lines[i - 1].endswith("?") or len(found) != 1:
        return False
    line = lines[i]
    if (line[: found[0].span[0]] + line[found[0].span[1] :]).strip(" ·|•,"):
        return False
    return i + 1 >= len(lines) or not (has_digit(lines[i + 1]) and find_prices(lines[i + 1]))


_CROSS_SELL_REACH = 3  # lines from a cross-sell box's heading to its first card's date
_MAX_HEADING_WORDS = 10


def _under_cross_sell(lines: list[str], i: int) -> bool:
    """Whether the date on line ``i`` is in the first card under a cross-sell heading ("You
    may also like" / "1 jour · 790 € · 19 novembre 2026"): another course's."""
    return any(
        len(lines[j].split()) <= _MAX_HEADING_WORDS and CROSS_SELL.search(lines[j])
        for j in range(max(0, i - _CROSS_SELL_REACH), i)
    )


_MAX_BOX_ROWS = 8  # the rows of cells a cross-sell box lists under its heading


def _cross_sell_row(lines: list[str], i: int) -> bool:
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
        and len(lines[j].split()) <= _MAX_HEADING_WORDS
        and bool(CROSS_SELL.search(lines[j]))
    )


def _day_heading(
    lines: list[str], i: int, after: list[int], date: DateMatch, year: int | None, day_first: bool
) -> bool:
    """Whether the date on line ``i`` heads the cards below it: the next date line gives
    the same day again."""
    j = (after[-1] if after else i) + 1
    if j >= len(lines) or not has_digit(lines[j]):
        return False
    below = find_date_ranges(lines[j], year=year, day_first=day_first)
    return bool(below) and date.dates.start is not None and below[0].dates.start == date.dates.start


def _title_above(lines: list[str], i: int, used: set[int]) -> str | None:
    """The card's title a few lines up, past labelled fields and a description."""
    for j in range(i - 1, max(-1, i - 6), -1):
        line = _untagged(lines[j])
        if j in used or (has_digit(line) and (find_date_ranges(line) or find_prices(line))):
            return None
        if FIELD.match(line) or len(line.split()) > 14 or line.endswith("."):
            continue
        if j == i - 1 and len(line.split()) > 1 and _section_heading(line):
            return None  # "Next dates" over the list: the lines above it are the page's
        if j == i - 1 and _date_label(line) and not has_digit(line):
            continue  # "Début" / "8 déc. 2026": the date's own label, right above it
        if _availability_of(line) is not None or _MONTH_YEAR.match(line) or promo_badge(line):
            return None  # the card above's status ("Fully booked"), a month's heading, a badge
        if " " not in line.strip() and is_label(line.strip()):
            return None  # a field's label ("Status", "Tilanne") over its value
        return strip_label(line) if _card_title(line) else None
    return None


_MAX_DATE_LABEL_WORDS = 3


def _date_label(line: str) -> bool:
    """A date's label on a line of its own ("Début", "Start date:", "Fin")."""
    label = line.strip(" :")
    return 0 < len(label.split()) <= _MAX_DATE_LABEL_WORDS and cell_role(label) in ("date", "end")


# What a text dump leaves of a tag at a line's ends: "/span>Data Science", "Excel & SQL/span>".
_TAG_LEFT = re.compile(r"^/?[a-z][a-z0-9]*>(?=\S)|(?<=\S)<?/[a-z][a-z0-9]*>$")


def _untagged(line: str) -> str:
    return _TAG_LEFT.sub("", line) if ">" in line else line


def _card_title(line: str) -> bool:
    """A card's heading: a title, which may name the format ("– Live Online Cohort")."""
    words = line.split()
    return (
        1 <= len(words) <= 16
        and title_start(line)
        and not line.rstrip().endswith((".", ":", "?", "!"))
        and not GENERIC_TITLE.search(line)
        and not FIELD.match(line)
        and not (len(words) <= 3 and BUTTON.search(line))
        and "\t" not in line
        and not is_mode_label(line)
        # a caseless script's bare label ("기간", "会場") is no title (a capital tells one)
        and (line[:1].isupper() or " " in line.strip() or not is_label(line.strip()))
    )


def _row_name(line: str, date: DateMatch) -> str | None:
    """A course's name in the cell before the date cell of a row of cells outside a table
    ("AWS Cloud Practitioner Essentials | 10/13/2026 | Live Online | $795")."""
    first, tab, _ = line.partition("\t")
    if not tab or date.span[0] <= len(first):
        return None
    first = first.strip()
    return first if looks_like_title(first) and looks_like_course_name(first) else None


def _row_title_after_date(line: str, date: DateMatch) -> str | None:
    """A course's name in the cell after the date cell of a row of cells outside a table, a
    booking widget's event ("Sat 5 Dec 2026 · 9:00am | Forklift Operator (Leeds) | Leeds –
    Unit 4, Mill Rd | £245 | 3 spaces left"): a course's word names it, or a cell of its own
    further on holds the place, so the title's is no place."""
    if "\t" not in line or not _WEEKDAY_ONLY.fullmatch(line[: date.span[0]]):
        return None
    cells = [cell.strip() for cell in line.split("\t")]
    if len(cells) < _MIN_ROW_CELLS or date.span[1] > len(line.partition("\t")[0]):
        return None  # the date's cell is the row's first
    name = cells[1]
    if not _titled(name) or is_venue(name) or len(name.split()) < 2:
        return None
    if looks_like_course_name(name):
        return name
    placed = any(
        is_venue(cell) or town_dash_venue(cell) or _place_part(cell) for cell in cells[2:] if cell
    )
    return name if placed and len(name.split()) >= _MIN_PLAIN_TITLE_WORDS else None


_MIN_ROW_CELLS = 3  # the date, the title and a place, price or status
_MIN_PLAIN_TITLE_WORDS = 3  # a title without a course's word: no town ("Central London")


# A blog's or news section's heading over its post teasers: "Safety blog", "Latest news",
# "From our blog", "Nieuws", "Aktuelles", "Actualités".
_BLOG_HEADING = re.compile(
    r"^(?:(?:our|the|latest|recent|from (?:the|our))\s+)?(?:[\w&-]+\s+)?"
    rf"(?:{NEWS_WORDS}|articles|posts|insights)(?:\s*(?:&|and)\s*(?:blog|news|articles|insights))?$",
    re.I,
)


_BLOG_REACH = 12  # lines up from a teaser's date: a few teasers of title, date and summary


def _under_blog_heading(lines: list[str], i: int) -> bool:
    """Whether the date on line ``i`` is a post teaser's: a blog's or news heading above it,
    with no price between (a priced card is a run, whatever the heading over it)."""
    for j in range(i - 1, max(-1, i - 1 - _BLOG_REACH), -1):
        line = lines[j]
        if len(line) < _MAX_BLOG_HEADING and _BLOG_HEADING.match(line.strip()):
            return True
        if has_digit(line) and find_prices(line):
            return False
    return False


_MAX_BLOG_HEADING = 40  # characters


# What may stand between a date's label and the date: a weekday ("Next date: Tue 15 …").
_WEEKDAY_ONLY = re.compile(rf"\s*(?:(?:{WEEKDAY_PATTERN})\.?,?\s*)?", re.I)


def _lead_name(line: str, date: DateMatch) -> str | None:
    """A course's name before its next date's label on the date's line (a related course's
    line: "BHV Basis Eerstvolgende: do 14 januari 2027 · € 295,-", "Lean Basics Next
    date: 3 March 2027")."""
    head, colon, rest = line[: date.span[0]].rpartition(":")
    if not colon or not _WEEKDAY_ONLY.fullmatch(rest):
        return None
    words = head.split()
    for k in range(_MAX_DATE_LABEL_WORDS, 0, -1):
        if len(words) > k and (GENERIC_TITLE.match(" ".join(words[-k:])) or _date_label(words[-k])):
            name = " ".join(words[:-k]).rstrip(" ·|–—-")  # "Lean Basics · Next date:"
            return name if _titled(name) and _named(name) else None
    return None


# A course's one-line teaser: its name (with its length in brackets or as a dashed part), a
# spaced dash and a date's label before the date, the label's colon optional: "Fire Warden
# Refresher (1 day) — next 5 Dec 2026, £95", "Barista Basics – next 5 Dec 2026 from €60",
# "AZ-104 Administrator – 4 dagar – nästa start 12 jan 2027" (a related or refresher course).
_DASHED_LABEL = re.compile(r"^(?P<name>\S.*?)\s+[–—]\s+(?P<label>\w+(?:\s+\w+){0,2})\s*:?\s*$")
_BRACKETED_LENGTH = re.compile(rf"\s*\(\s*(?:\d+(?:[.,]5)?[\s-]*)?{LENGTH_UNITS}\s*\)$", re.I)
_WEEKDAY_TAIL = re.compile(rf"(?:{WEEKDAY_PATTERN})\.?,?\s*$", re.I)


def _dash_lead_name(line: str, date: DateMatch) -> str | None:
    """A course's name before a dash and its next date's label on the date's line ("Barista
    Basics – next 5 Dec 2026 from €60"), else None."""
    head = line[: date.span[0]]
    if weekday := _WEEKDAY_TAIL.search(head):
        head = head[: weekday.start()]
    match = _DASHED_LABEL.match(head)
    if match is None:
        return None
    label = match.group("label")
    if not (GENERIC_TITLE.match(label) or _date_label(label)):
        return None
    name = _BRACKETED_LENGTH.sub("", match.group("name").strip())
    while (part := _DASH.split(name)) and len(part) > 1 and has_digit(part[-1]):
        name = name[: name.rindex(part[-1])].rstrip(" –—")  # "Name – 4 days – next …"
    return name if _titled(name) and _named(name) else None


# A line of parts set off by dots or bars, or else by spaced dashes: "Name · 19–21 January
# 2027 · Leeds · £395", "Name – Tue 15 Dec 2026 – Online – £35".
_DOT = re.compile(r"\s+[·|•]\s+")
_DASH = re.compile(r"\s+[–—]\s+")
# The parts after the date of a line whose name is set off by a dash and its other parts by
# dots ("Name — Sat 5 Dec 2026 · Brisbane (Valley – 88 Main St) · £145"): a dash may sit in
# a part, so the dots split them
_AFTER_DASH = re.compile(r"\s+[·|•–—]\s+")


def _dotted_name(line: str, date: DateMatch) -> str | None:
    """A course's name as the first part of its date's dotted line, the date the second and
    a place or format among the others ("Fire Warden · 15 December 2026 · Leeds · £295";
    a related courses' list), else None ("Leeds · 12 Jan 2027 · £395": a place first)."""
    dot = _DOT
    parts = dot.split(line[: date.span[0]])
    if len(parts) == 1:
        dot = _DASH
        parts = dot.split(line[: date.span[0]])
    if len(parts) != 2 or not _WEEKDAY_ONLY.fullmatch(parts[1]):  # "… · Tue 15 Dec 2026"
        return None
    name = parts[0].strip()
    tail = line[date.span[1] :]
    rest = [p.strip() for p in (_DOT if dot is _DASH and _DOT.search(tail) else dot).split(tail)]
    if (
        not _titled(name)
        or (has_digit(name) and find_date_ranges(name))
        or is_weekday_phrase(name)
        or mode_from_text(name) is not None
        or not any(_place_part(p) or (p and mode_from_text(p)) for p in rest)
    ):
        return None
    return name


def _place_part(part: str) -> bool:
    """A part that names a place: capitalised words, or a venue's address ending in its
    town ("Washdyke depot, 14 Meadows Rd, Timaru")."""
    town = part.rpartition(",")[2].strip()
    return bool(town) and not has_digit(town) and town[:1].isupper() and part[:1].isupper()


def _name_after_date(line: str, date: DateMatch) -> str | None:
    """A course's name after its date and a dash, the first of the line's dotted parts, a
    place or format among the others ("Thu 3 December 2026 — Basic Food Hygiene · Leeds ·
    £95 Book"; a sessions list of several courses), else None."""
    if not _WEEKDAY_ONLY.fullmatch(line[: date.span[0]]):
        return None
    lead = _DASH.match(line, date.span[1])
    if lead is None:
        return None
    parts = [p.strip() for p in _DOT.split(line[lead.end() :])]
    name = parts[0]
    if (
        len(parts) < 3
        or not _titled(name)
        # a course's word, or three capitalised words: no town ("Fort William", "Stoke on
        # Trent")
        or not (looks_like_course_name(name) or sum(w[:1].isupper() for w in name.split()) >= 3)
        or has_digit(name)
        or mode_from_text(name) is not None
        or not any(p and not has_digit(p) and p[:1].isupper() for p in parts[1:])
    ):
        return None
    return name


def _named(name: str) -> bool:
    """A course's name of two words or more, with a course's word or two capitalised words
    ("Manual Handling Awareness"); not "Our" of "Our next date:", nor "NEW" of "NEW DATES:"."""
    words = name.split()
    return len(words) >= 2 and (
        looks_like_course_name(name) or sum(w[:1].isupper() for w in words) >= 2
    )


def _card_name(lines: list[str], i: int, before: list[int], after: list[int]) -> str | None:
    """The card's title: a title-like line just above its date, else the line below a date
    that opens the card (event listings), else a title a line further up."""
    near = {j: _untagged(lines[j]) for j in before}
    titled = [j for j in reversed(before) if _titled(near[j]) or _led_in(near[j])]
    if (
        len(titled) > 1
        and titled[0] == i - 1
        and is_run_label(lines[i - 1])
        and _next_card_title(lines[titled[1]])
    ):  # "Spanska A1 – nybörjare" / "Måndagar": the title above the run's label, not a
        # badge ("Early bird" / "Cohort 15 · Weekday evenings")
        return strip_label(near[titled[1]])
    if titled and titled[0] == i - 1:
        return strip_label(near[i - 1])
    below = _title_below(lines, after)
    return below or (strip_label(near[titled[0]]) if titled else None)


def _titled(line: str) -> bool:
    """A title-like line, not a field ("Teacher: X"), a column's label ("Status"), a
    status left from the card above ("Few places left") nor a place ("Leeds (City Centre)")."""
    return (
        looks_like_title(line)
        and not FIELD.match(line)
        and not (" " not in line.strip() and is_label(line.strip()))
        and _availability_of(line) is None
        and not promo_badge(line)
        and city_with_venue(line) is None
    )


# A title's lead-in naming the kind of event: "Free webinar: ", "New course: ", "Masterclass: ".
_LEAD_IN = re.compile(
    r"^(?:[A-Z][a-z]*(?: [a-z]+){0,2} )?(?i:webinar|workshop|masterclass|seminar|course|class|"
    r"bootcamp|boot camp|event|session|talk|meetup|training):\s+\S"
)


def _led_in(line: str) -> bool:
    """A card's title after a lead-in naming its kind ("Free webinar: Intro to Scrum")."""
    if _LEAD_IN.match(line) is None:
        return False
    title = strip_label(line)
    return len(title.split()) >= 2 and looks_like_title(title)


def _opens_with_date(lines: list[str], i: int, after: list[int]) -> bool:
    """Whether the card starts at its date line, its title on the line below."""
    return not _titled(lines[i - 1]) and _title_below(lines, after) is not None


def _title_below(lines: list[str], after: list[int]) -> str | None:
    """A card that opens with its date has its title on the next line (event listings)."""
    if not after:
        return None
    line = lines[after[0]]
    if (title := title_before_trainer(line)) is not None and _titled(title):
        return title  # "Excel Advanced Trainer: Ann Lee": a title with its trainer
    if (
        _titled(line)
        and looks_like_course_name(line)
        and not town_dash_venue(line)
        and venue_and_town(line) is None  # "Lee Valley Training Centre, Little Island, Cork"
    ):
        # not a bare label ("Kurs": the footer's menu below) nor the run's place ("Regina –
        # Hill Tower Training Rooms")
        return strip_label(line)
    if (tail := _MODE_TAIL.search(line)) is not None and is_mode_label(tail.group(1)):
        head = line[: tail.start()]
        if _titled(head) and looks_like_course_name(head):
            return line  # "Standard First Aid – Blended": the course's name and its format
    return None


# A format after a course's name: " – Blended", " | Live Online", " - In-person".
_MODE_TAIL = re.compile(r"\s+[–—|-]\s+([^–—|]{2,30})$")


def _title_over_next_date(
    lines: list[str], i: int, before: list[int], after: list[int], year: int | None
) -> bool:
    """Whether a titled card's last line, where its lines run out, is the next card's title:
    that card's date line just below it (an organiser's event list: "Title" / date / place /
    price / organiser / followers / "Next title" / date)."""
    if not after or not before or before[-1] != i - 1 or not _titled(lines[i - 1]):
        return False
    below = after[-1] + 1
    if below >= len(lines) or not has_digit(lines[below]):
        return False
    later = _run_dates(find_date_ranges(lines[below], year=year), lines[below])
    return bool(later) and _next_card_title(lines[after[-1]])


def _next_card_title(line: str) -> bool:
    """The next card's course title rather than this card's place ("Leeds", "Sydney CBD")."""
    line = _untagged(line)
    return (
        _titled(line)
        and parse_availability(line) is None
        and "," not in line
        and (looks_like_course_name(line) or len(line.split()) >= 3)
    )


_MAX_SECTION_WORDS = 4


def _section_heading(line: str) -> bool:
    """A schedule section's short heading ("Upcoming dates", "Najbližšie termíny"), no
    course's name nor a date's label ("Next session:", a cross-sell card's)."""
    return (
        len(line.split()) <= _MAX_SECTION_WORDS
        and not line.rstrip().endswith(":")
        and bool(GENERIC_TITLE.search(line))
        and not looks_like_course_name(line)
    )


def _batch_heads(head: str, line: str) -> bool:
    """Whether this card and the next are both headed by a run's tag ("Weekend Batch – Leeds
    (LW-27)" / date / fee / "Online Live Batch (OL-27)" / date; "Classroom · Doha" / date /
    fee / "Live Virtual" / date): the tag after this card's fee is the next card's head,
    even where its words name a format."""
    return (
        is_run_tag(head)
        and is_run_tag(line)
        and len(line.split()) >= 2
        and parse_availability(line) is None
        and not has_digit(line.split("(")[0])
    )


_MAX_TITLE_WORDS = 14


def _long_title_above(lines: list[str], i: int, used: set[int]) -> bool:
    """Whether the line above the date is a title too long to be read as the card's head
    ("APM Project Management Qualification (PMQ) – 5 Day Course"), no other card's line."""
    return i > 0 and i - 1 not in used and len(lines[i - 1].split()) <= _MAX_TITLE_WORDS


_MAX_BADGE_WORDS = 4


def _status_badge(lines: list[str], j: int, used: set[int]) -> bool:
    """Whether line ``j`` is a status badge heading a card ("Complet", "Sold out") above its
    format badge and its date's label."""
    if j < 0 or j in used:
        return False
    line = lines[j]
    return (
        len(line.split()) <= _MAX_BADGE_WORDS
        and not has_digit(line)
        and _availability_of(line) is not None
    )


def _repeated_head(lines: list[str], i: int, before: list[int], after: list[int]) -> bool:
    """Whether the card's last two lines are the next card's head as this card's own is
    written: a title, then the same label over the date ("Agile Coaching" / "Next session:"
    / date … "Lean Basics" / "Next session:" / date)."""
    return (
        len(after) >= 2
        and before[-2:] == [i - 2, i - 1]
        and lines[after[-1]] == lines[i - 1]
        and not has_digit(lines[i - 1])
        and _titled(_untagged(lines[i - 2]))
        and _next_card_title(lines[after[-2]])
    )


_MAX_SAME_LEAD_TITLE_WORDS = 8  # "ITIL® 4 Strategist: Direct, Plan and Improve"


def _same_lead(line: str, date: DateMatch, later_line: str, later: DateMatch, title: str) -> bool:
    """Whether the next card's date line opens with this card's date label ("Next date:"),
    so the short title-like line above it is that card's title ("Asbestos Awareness"), as
    this card's is above its own."""
    lead = _label_before(line, date)
    return (
        len(lead) > 2
        and lead == _label_before(later_line, later)
        # a version's digit may stand in a title ("ITIL® 4 Strategist"), not a date or price
        and not (has_digit(title) and (find_date_ranges(title) or find_prices(title)))
        and _word_count(title) <= _MAX_SAME_LEAD_TITLE_WORDS
        and _titled(_untagged(title))
        and not is_venue(title)
    )


_TRAILING_WEEKDAY = re.compile(rf"(?:{WEEKDAY_PATTERN})\.?,?$", re.I)


def _label_before(line: str, date: DateMatch) -> str:
    """What a date line writes before its date, without the date's weekday ("Next date:")."""
    return _TRAILING_WEEKDAY.sub("", line[: date.span[0]].strip()).strip()


def _next_title(lines: list[str], after: list[int]) -> int:
    """Where the next card starts among a card's ``after`` lines: its title, then at most
    a description, just before the next card's price; ``len(after)`` where none does."""
    for k in range(len(after) - 1, max(-1, len(after) - 3), -1):
        line = _untagged(lines[after[k]])
        if looks_like_title(line) and parse_availability(line) is None and not FIELD.match(line):
            return k
        if not line.endswith("."):
            break
    return len(after)


def read_card(
    lines: list[str], i: int, used: set[int], ctx: ScheduleContext, year: int | None
) -> Candidate | None:
    found = _run_dates(find_date_ranges(lines[i], year=year, day_first=ctx.day_first), lines[i])
    if not found or _not_a_run_line(lines[i]):  # the date first: most lines have none
        return None
    if _badge_of_next(lines, i, found[0], year, ctx.day_first):
        return None
    if i > 0 and _DEADLINE_LABEL.match(lines[i - 1]):
        return None  # "Applications close" / "Friday 25 September 2026"
    found = _date_list(lines[i], found, ctx.day_first)
    merged = month_sessions(lines[i], found)  # "16, 23 Jan · 6, 13 Feb · 6 Mar 2027"
    if merged is not found:
        found = merged
    else:
        found[0] = session_list(lines[i], found[0]) or found[0]
    if _ambiguous(lines[i], found) or _post_date(lines, i, found):
        return None
    before: list[int] = []
    for j in (i - 1, i - 2):
        line = lines[j] if j >= 0 else ""
        if (
            j < 0
            or j in used
            or _word_count(line) > 8
            or line.endswith(".")
            or find_date_ranges(line)
            or find_prices(line)
            or BUTTON.search(line)
            or _MONTH_YEAR.match(line)
        ):
            break
        if j == i - 1 and len(line.split()) > 1 and _section_heading(line):
            break  # "Next dates" over the list: the lines above it are the page's
        before.insert(0, j)
    if len(before) == 2 and _status_badge(lines, before[0] - 1, used):
        before.insert(0, before[0] - 1)  # "Complet" / "En classe" / "Début" / date
    after: list[int] = []
    end_text = ""
    open_range = found[0].dates.end is None and _RANGE_OPEN.search(lines[i][found[0].span[1] :])
    priced = bool(find_prices(lines[i]))
    j, last = i, min(len(lines), i + _MAX_CARD_LINES)
    longest = min(len(lines), i + _MAX_CARD_LINES + _MAX_FIELD_LINES)
    while (j := j + 1) < last:
        if lines[j].endswith("?"):
            break  # a question: the FAQ below the card
        if len(lines[j]) < 80 and NEWSLETTER.search(lines[j]):
            break  # "Newsletter abonnieren" / "Anmelden": the newsletter box below
        if len(lines[j]) < 40 and REVIEWS_HEADING.match(lines[j]):
            break  # "What our learners say": the reviews box below, its reviewers' names
        if (
            not priced
            and len(lines[j]) < 80
            and len(lines[j].split()) <= _MAX_HEADING_WORDS
            and CROSS_SELL.search(lines[j])
        ):  # a review's or a post's date over "You might also like": the box's cards its own
            break
        if FIELD.match(lines[j]) or (len(lines[j]) <= 24 and _bare_label(lines[j].strip(" :："))):
            # "Venue: …", "Trainer: …", or a label over its value ("Sted" / "Oslo", a <dl>'s
            # <dt> and <dd>): a longer card
            last = max(last, min(longest, last + 1))
        digit = has_digit(lines[j])
        if (
            digit
            and priced
            and not LATER_PRICE.search(lines[j])
            and find_prices(lines[j])
            and not _struck_then_price(lines[j - 1], lines[j])
        ):
            del after[_next_title(lines, after) :]
            break
        if (
            not digit
            and not end_text
            and found[0].dates.end is None
            and j + 1 < len(lines)
            and (end := _end_below(lines[j], lines[j + 1], year))
        ):  # "Oct 19, 2026" / "–" / "Oct 23, 2026": the two dates of a card in divs apart
            end_text = end
            after.extend((j, j + 1))
            j, last = j + 1, min(len(lines), last + 2)  # the two lines count as the date's
            continue
        later = find_date_ranges(lines[j], year=year) if digit else []
        if later and not end_text and open_range and later[0].span[0] <= 4:
            end_text = later[0].text  # "Mon 7 Sep 2026 to" / "Tue 8 Sep 2026 · Online"
            after.append(j)
            continue
        if later and not priced and _restated_start(found[0], later, lines[j]):
            after.append(j)  # "1 December 2026 to 23 February 2027" / "Starts: Tuesday, 1 December"
            continue
        if later and not end_text and found[0].dates.end is None and _END_LABEL.match(lines[j]):
            end_text = later[0].text  # "Start date: 5 October" / "End date: 7 October"
            after.append(j)
            continue
        if (
            not priced
            and not later
            and "\t" in lines[j]
            and (BUTTON.search(lines[j]) or _availability_of(lines[j]) is not None)
            and find_prices(lines[j])
        ):  # the card's footer run together: "$425 + HST<TAB>Few seats left<TAB>Register",
            # "from $349<TAB>Only 3 tickets left"
            after.append(j)
            break
        if (
            _run_dates(later, lines[j])
            # not a street's postcode, nor the card's deadline ("Early bird: book before 15
            # December 2026")
            or (year_hint(lines[j]) and not is_venue(lines[j]) and not (later and digit))
            or "\t" in lines[j]
        ):
            if (
                later
                and priced
                and after
                and ((before and before[-1] == i - 1) or _long_title_above(lines, i, used))
                and (
                    (
                        _titled(lines[i - 1])
                        and (
                            _next_card_title(lines[after[-1]])
                            or _same_lead(lines[i], found[0], lines[j], later[0], lines[after[-1]])
                        )
                    )
                    or _batch_heads(lines[i - 1], lines[after[-1]])
                )
            ):  # titled cards in a row: the line before the next card's date is its title
                label = lines[after.pop()]
                if after and is_run_label(label) and _next_card_title(lines[after[-1]]):
                    after.pop()  # "Italienska B1" / "Torsdagar": its title above its label
            elif later and priced and _repeated_head(lines, i, before, after):
                del after[-2:]  # the next card's title and the label over its date
            break
        after.append(j)
        priced = priced or (digit and bool(find_prices(lines[j])))
        if BUTTON.search(lines[j]) and len(lines[j].split()) <= 5:
            break
    else:
        if priced and _title_over_next_date(lines, i, before, after, year):
            after.pop()  # a tall card: its lines end on the next card's title
        after.extend(_footer(lines, last) if priced else ())
    below = "\n".join(lines[j] for j in [i, *after])
    head = [] if priced or not _column_foot(lines, i, after) else _price_head(lines, i, used)
    if head:  # a pricing table's column: its title and price above its date
        before = head
    segment = [*before, i, *after]
    if not priced and not head and _under_blog_heading(lines, i):
        return None  # "Safety blog" / a post's title / its date: a post teaser, no run
    above = _title_above(lines, i, used)
    if not (head or find_prices(below) or booking_evidence(below)):
        # a day's heading over its cards ("Before the conference: Tue 9 March" / a card's
        # title / "Tue 9 March, 9:00–16:00"): the card below keeps its title
        used.update(
            [i] if _day_heading(lines, i, after, found[0], year, ctx.day_first) else segment
        )
        return None
    used.update(segment)
    if before and not head and _opens_with_date(lines, i, after):
        segment = segment[len(before) :]  # the lines above are the page's, not the card's
    text = "\n".join(lines[j] for j in segment)
    name = (
        _row_name(lines[i], found[0])
        or _row_title_after_date(lines[i], found[0])
        or _lead_name(lines[i], found[0])
        or _dash_lead_name(lines[i], found[0])
        or _dotted_name(lines[i], found[0])
        or _name_after_date(lines[i], found[0])
        or (_head_title(lines, head) if head else _card_name(lines, i, before, after))
        or _badge_title(lines, i, found[0], after)
        or above
    )
    if name is None and _under_cross_sell(lines, i):
        return None  # not the page's course: the one of a cross-sell card without a title
    if _cross_sell_row(lines, i):
        return None  # a cross-sell box's row of cells: another course's run
    if (
        not end_text
        and found[0].dates.end is None
        and len(found) > 1
        and _END_WORD.search(lines[i][found[0].span[1] : found[1].span[0]])
    ):
        end_text = found[1].text
    cells = _stacked_cells(lines, segment)
    return Candidate(text=text, match=found[0], end_text=end_text, name=name, cells=cells)


# The fields a card may write as a label line over its value line.
_STACKED_ROLES = ("location", "trainer", "mode")
_WORD = re.compile(r"\w+")


def _word_count(line: str) -> int:
    """A line's words, not its dashes and bars ("RSA – Victoria – Ballarat" is three)."""
    return sum(1 for token in line.split() if any(c.isalnum() for c in token))


def _stacked_cells(lines: list[str], segment: list[int]) -> dict[str, str]:
    """A card's fields written as a bare label over its value, as text dumps and cohort
    blocks give them ("Venue" / "Leeds", "장소" / "서울 강남캠퍼스", "講師" / "佐伯 浩二")."""
    cells: dict[str, str] = {}
    for a, b in pairwise(segment):
        if b != a + 1 or len(lines[a]) > 24:
            continue
        role = _bare_label(lines[a].strip(" :："))
        value = lines[b].strip()
        if role in _STACKED_ROLES and role not in cells and value and _bare_label(value) is None:
            cells[role] = value
    return cells


@lru_cache(maxsize=4096)
def _bare_label(line: str) -> str | None:
    """The role a line names when each of its (at most two) words is that role's word.

    Remembered: a schedule's cards repeat their labels and values ("Venue", "Online").
    """
    words = _WORD.findall(line.casefold())
    if not 1 <= len(words) <= 2 or (role := cell_role(line)) is None:
        return None
    return role if all(w in ROLE_WORDS[role] for w in words) else None


_MAX_HEAD = 7  # a pricing table's lines above its date: title, badge, price, period, features


def _price_head(lines: list[str], i: int, used: set[int]) -> list[int]:
    """The head of a pricing table's column whose date has no price below it: the lines
    up from the date to the previous column's button or the section's heading, one of
    them the column's price ("Milan · Autumn edition" / "Last places" / "€1,290 + VAT" /
    "Dates: 10, 17, 24 and 31 October 2026" / "Enrol").  [] where none is."""
    head: list[int] = []
    for j in range(i - 1, max(-1, i - 1 - _MAX_HEAD), -1):
        line = lines[j]
        if (
            j in used
            or not line.strip()
            or len(line.split()) > 8
            or (line.endswith((".", "?", ":")) and not _price_line(line))  # "+ MwSt." is none
            or BUTTON.search(line)
            or GENERIC_TITLE.search(line)
            or (has_digit(line) and find_date_ranges(line))
            or _fact_label(line)
        ):
            break
        head.insert(0, j)
    priced = [j for j in head if _price_line(lines[j])]
    if len(priced) != 1:
        return []
    return head


def _price_line(line: str) -> bool:
    return has_digit(line) and bool(find_prices(line))


def _column_foot(lines: list[str], i: int, after: list[int]) -> bool:
    """Whether a date line and the lines below it end as a pricing table's column does:
    with its button ("Enrol", "Join the waiting list"); a sentence or a news title holding
    a date ("Sconto 10% per iscrizioni entro il 4 settembre 2026.") is none."""
    return (
        bool(after)
        and not lines[i].endswith((".", "?", "!"))
        and any(BUTTON.search(lines[j]) and len(lines[j].split()) <= 6 for j in after)
    )


def _fact_label(line: str) -> bool:
    """A fact box's label on a line of its own ("Fee", "Course code"): the page's facts,
    each label above its value, and no pricing table's column."""
    return len(line.split()) <= 2 and is_label(line) and _availability_of(line) is None


def _head_title(lines: list[str], head: list[int]) -> str | None:
    """A pricing table's title when it names a course; a column's own label ("Online ·
    Evening", "Rome · 5-day intensive") leaves the run to the page's course."""
    line = lines[head[0]]
    return strip_label(line) if _titled(line) and looks_like_course_name(line) else None


# A deadline's label on the line above its date: "Applications close", "Anmeldeschluss".
_DEADLINE_LABEL = re.compile(
    r"^\W*(?:(?:applications?|registrations?|enrol+ments?|bookings?)\s+(?:close[sd]?|deadline)|"
    r"closing date|deadline|apply by|anmeldeschluss|date limite(?: d.inscription)?|"
    r"fecha l[ií]mite(?: de inscripci[oó]n)?|scadenza(?: iscrizioni)?|iscrizioni entro|"
    r"p[åa]meldingsfrist|tilmeldingsfrist|sista anm[äa]lningsdag|inschrijven tot|"
    r"haku(?:aika)? päättyy|hakuaika|ilmoittautuminen päättyy|termin zgłoszeń|"
    r"zgłoszenia do|přihlášky do|søknadsfrist|ansøgningsfrist|bewerbungsschluss)\W*$",
    re.I,
)


# A month's heading above its runs: "October 2026", with its count of runs in a month
# accordion's title ("Luty 2027 (2 terminy)", "March 2027 · 3 dates").
_MONTH_YEAR = re.compile(
    r"^[^\W\d_]{3,12}\.?\s+20\d\d(?:\s*\(\d{1,3}\s+[^\W\d_]+\)|\s+[·|–—-]\s+\d{1,3}\s+[^\W\d_]+)?$"
)
# A calendar badge's rest once its date is gone: a weekday ("13 OCT TUE") or nothing.
_BADGE_REST = re.compile(r"^[\s·,|-]*(?:[^\W\d_]{2,3}\.?)?[\s·,|-]*$")


def _badge_of_next(
    lines: list[str], i: int, found: DateMatch, year: int | None, day_first: bool
) -> bool:
    """Whether line ``i`` is only a calendar badge ("OCT 15") over a card's title and its
    full date line of the same day: the card's, read at its date line."""
    line = lines[i]
    if (
        found.dates.end is not None
        or i + 2 >= len(lines)
        or not _BADGE_REST.match(line[: found.span[0]] + " " + line[found.span[1] :])
    ):
        return False
    if not has_digit(lines[i + 2]):
        return False  # (the title may hold a digit: "ITIL 4 Foundation"; _titled tells)
    below = find_date_ranges(lines[i + 2], year=year, day_first=day_first)
    return bool(below) and below[0].dates.start == found.dates.start and _titled(lines[i + 1])


def _badge_title(lines: list[str], i: int, found: DateMatch, after: list[int]) -> str | None:
    """The title below a calendar badge line that holds only its date ("13 OCT TUE")."""
    line = lines[i]
    if not after or not _BADGE_REST.match(line[: found.span[0]] + " " + line[found.span[1] :]):
        return None
    title = lines[after[0]]
    if (
        len(title.split()) >= 2
        and _titled(title)
        and not has_digit(title)
        and "," not in title
        and parse_availability(title) is None
    ):
        return strip_label(title)
    return None


def _footer(lines: list[str], start: int) -> list[int]:
    """A tall card's status and button lines past the lines a card is read from: "Sold Out",
    "Enroll" under its price; not a status that heads the next card (a date line below it)."""
    out: list[int] = []
    for j in range(start, min(len(lines), start + 2)):
        line = lines[j]
        button = len(line.split()) <= 5 and BUTTON.search(line) is not None
        if has_digit(line) or not (button or parse_availability(line) is not None):
            break
        if j + 1 < len(lines) and has_digit(lines[j + 1]) and find_date_ranges(lines[j + 1]):
            break
        out.append(j)
        if button:
            break
    return out


def _end_below(between: str, line: str, year: int | None) -> str:
    """The end date on ``line`` where the line before it, ``between``, only joins it to the
    start date above: a dash (which the lines have lost as a leading bullet), "to", or an
    end label ("Ends", "End date")."""
    if between and not (_RANGE_OPEN.search(between) or _END_LABEL.fullmatch(between)):
        return ""
    later = find_date_ranges(line, year=year) if has_digit(line) else []
    if not later or later[0].dates.end is not None or later[0].span[0] > 4:
        return ""
    return later[0].text


def _struck_then_price(previous: str, line: str) -> bool:
    """A line that is a bare price, then a lower price: the regular price struck through
    ("$2,895" / "$2,495 tuition"), one price of one card."""
    if not has_digit(previous):
        return False
    before, now = find_prices(previous), find_prices(line)
    return (
        len(before) == 1
        and bool(now)
        and not (previous[: before[0].span[0]] + previous[before[0].span[1] :]).strip()
        and (before[0].price.amount or 0) > (now[0].price.amount or 0)
    )

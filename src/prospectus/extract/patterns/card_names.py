"""What names a run on its date's line or card: the name readers and the title tests they share.

A run's name may sit in the date line's own cells or parts ("Name · 15 Dec 2026 · Leeds",
"Name – next 5 Dec 2026"), on a title line above or below the date, or at the head of a
pricing table's column; :func:`is_titled` and its kin tell a title from a field, a status,
a badge or a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from prospectus.extract.dates import DateMatch, find_date_ranges
from prospectus.extract.modes import OFF_OR_MOVED, mode_from_text, parse_availability
from prospectus.extract.months import WEEKDAY_PATTERN, is_weekday_phrase
from prospectus.extract.patterns.schedule_words import (
    BUTTON,
    FIELD,
    GENERIC_TITLE,
    LENGTH_UNITS,
    cell_role,
    has_digit,
    is_label,
    is_mode_label,
    is_run_label,
    is_sort_bar,
    looks_like_course_name,
    looks_like_title,
    names_kind_only,
    promo_badge,
    strip_label,
    title_before_trainer,
    title_start,
)
from prospectus.extract.patterns.venues import (
    city_before_venue,
    city_with_venue,
    ends_in_postal_town,
    is_venue,
    town_dash_venue,
    venue_and_town,
)
from prospectus.extract.prices import find_prices

# parse_availability, remembered: a schedule's cards repeat the same few status words.
availability_of = lru_cache(maxsize=4096)(parse_availability)


def title_above(lines: list[str], i: int, used: set[int]) -> str | None:
    """The card's title a few lines up, past labelled fields and a description."""
    for j in range(i - 1, max(-1, i - 6), -1):
        line = untagged(lines[j])
        if j in used or (has_digit(line) and (find_date_ranges(line) or find_prices(line))):
            return None
        if FIELD.match(line) or len(line.split()) > 14 or line.endswith("."):
            continue
        if j == i - 1 and len(line.split()) > 1 and section_heading(line):
            return None  # "Next dates" over the list: the lines above it are the page's
        if j == i - 1 and _date_label(line) and not has_digit(line):
            continue  # "Début" / "8 déc. 2026": the date's own label, right above it
        if availability_of(line) is not None and (title := badged_title(line)) is not None:
            return strip_label(title)  # "Forklift Safety 2 places left": its title, its status
        if availability_of(line) is not None or MONTH_YEAR.match(line) or promo_badge(line):
            return None  # the card above's status ("Fully booked"), a month's heading, a badge
        if " " not in line.strip() and is_label(line.strip()):
            return None  # a field's label ("Status", "Tilanne") over its value
        return strip_label(line) if _card_title(line) else None
    return None


_MAX_BADGE_WORDS = 4
_MIN_BADGED_TITLE_WORDS = 2


def badged_title(line: str) -> str | None:
    """The title before the status badge a card sets at its title line's end ("Forklift
    Safety 2 places left", "Forklift Safety Full"), else None: the badge opens with a capital
    or a count, as a badge element does, and the words before it are a title with no status
    of their own.  A status alone ("Only 2 places left") or in a sentence ("This course is
    full") has no such title."""
    words = line.split()
    for size in range(1, min(_MAX_BADGE_WORDS, len(words) - _MIN_BADGED_TITLE_WORDS) + 1):
        tail, head = words[-size:], " ".join(words[:-size])
        if not (tail[0][:1].isupper() or tail[0][:1].isdigit()):
            continue
        if (
            availability_of(" ".join(tail)) is not None
            and availability_of(head) is None
            and _card_title(head)
            and is_titled(head)
        ):
            return head
    return None


_MAX_DATE_LABEL_WORDS = 3


def _date_label(line: str) -> bool:
    """A date's label on a line of its own ("Début", "Start date:", "Fin")."""
    label = line.strip(" :")
    return 0 < len(label.split()) <= _MAX_DATE_LABEL_WORDS and cell_role(label) in ("date", "end")


# What a text dump leaves of a tag at a line's ends: "/span>Data Science", "Excel & SQL/span>".
_TAG_LEFT = re.compile(r"^/?[a-z][a-z0-9]*>(?=\S)|(?<=\S)<?/[a-z][a-z0-9]*>$")


def untagged(line: str) -> str:
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
        and not is_sort_bar(line)  # "Sort byDateFilterAll towns" over a listing
        # a caseless script's bare label ("기간", "会場") is no title (a capital tells one)
        and (line[:1].isupper() or " " in line.strip() or not is_label(line.strip()))
    )


def row_name(line: str, date: DateMatch) -> str | None:
    """A course's name in the cell before the date cell of a row of cells outside a table
    ("AWS Cloud Practitioner Essentials | 10/13/2026 | Live Online | $795")."""
    first, tab, _ = line.partition("\t")
    if not tab or date.span[0] <= len(first):
        return None
    first = first.strip()
    return first if looks_like_title(first) and looks_like_course_name(first) else None


def row_title_after_date(line: str, date: DateMatch) -> str | None:
    """A course's name in the cell after the date cell of a row of cells outside a table, a
    booking widget's event ("Sat 5 Dec 2026 · 9:00am | Forklift Operator (Leeds) | Leeds –
    Unit 4, Mill Rd | £245 | 3 spaces left"): a course's word names it, or a cell of its own
    further on holds the place, so the title's is no place."""
    if "\t" not in line or not WEEKDAY_ONLY.fullmatch(line[: date.span[0]]):
        return None
    cells = [cell.strip() for cell in line.split("\t")]
    if len(cells) < _MIN_ROW_CELLS or date.span[1] > len(line.partition("\t")[0]):
        return None  # the date's cell is the row's first
    name = cells[1]
    if not is_titled(name) or is_venue(name) or len(name.split()) < 2:
        return None
    if town_dash_venue(name):
        return None  # "Mombasa – Harbour Centre, Links Road": the run's place
    if looks_like_course_name(name):
        return name
    placed = any(
        is_venue(cell) or town_dash_venue(cell) or _place_part(cell) for cell in cells[2:] if cell
    )
    return name if placed and len(name.split()) >= _MIN_PLAIN_TITLE_WORDS else None


_MIN_ROW_CELLS = 3  # the date, the title and a place, price or status
_MIN_PLAIN_TITLE_WORDS = 3  # a title without a course's word: no town ("Central London")


# What may stand between a date's label and the date: a weekday ("Next date: Tue 15 …").
WEEKDAY_ONLY = re.compile(rf"\s*(?:(?:{WEEKDAY_PATTERN})\.?,?\s*)?", re.I)


def lead_name(line: str, date: DateMatch) -> str | None:
    """A course's name before its next date's label on the date's line (a related course's
    line: "BHV Basis Eerstvolgende: do 14 januari 2027 · € 295,-", "Lean Basics Next
    date: 3 March 2027")."""
    head, colon, rest = line[: date.span[0]].rpartition(":")
    if not colon or not WEEKDAY_ONLY.fullmatch(rest):
        return None
    words = head.split()
    for k in range(_MAX_DATE_LABEL_WORDS, 0, -1):
        if len(words) > k and (GENERIC_TITLE.match(" ".join(words[-k:])) or _date_label(words[-k])):
            name = " ".join(words[:-k]).rstrip(" ·|–—-")  # "Lean Basics · Next date:"
            return name if is_titled(name) and named(name) else None
    return None


# A course's one-line teaser: its name (with its length in brackets or as a dashed part), a
# spaced dash and a date's label before the date, the label's colon optional: "Fire Warden
# Refresher (1 day) — next 5 Dec 2026, £95", "Barista Basics – next 5 Dec 2026 from €60",
# "AZ-104 Administrator – 4 dagar – nästa start 12 jan 2027" (a related or refresher course).
_DASHED_LABEL = re.compile(r"^(?P<name>\S.*?)\s+[–—]\s+(?P<label>\w+(?:\s+\w+){0,2})\s*:?\s*$")
_BRACKETED_LENGTH = re.compile(rf"\s*\(\s*(?:\d+(?:[.,]5)?[\s-]*)?{LENGTH_UNITS}\s*\)$", re.I)
_WEEKDAY_TAIL = re.compile(rf"(?:{WEEKDAY_PATTERN})\.?,?\s*$", re.I)


def before_weekday(line: str, date: DateMatch) -> str:
    """The text of ``line`` before its date and the date's weekday ("Barista Basics – next
    Sat" → "Barista Basics – next")."""
    head = line[: date.span[0]]
    if weekday := _WEEKDAY_TAIL.search(head):
        head = head[: weekday.start()]
    return head


def dash_lead_name(line: str, date: DateMatch) -> str | None:
    """A course's name before a dash and its next date's label on the date's line ("Barista
    Basics – next 5 Dec 2026 from €60"), else None."""
    head = before_weekday(line, date)
    match = _DASHED_LABEL.match(head)
    if match is None:
        return None
    label = match.group("label")
    if not (GENERIC_TITLE.match(label) or _date_label(label)):
        return None
    name = _BRACKETED_LENGTH.sub("", match.group("name").strip())
    while (part := _DASH.split(name)) and len(part) > 1 and has_digit(part[-1]):
        name = name[: name.rindex(part[-1])].rstrip(" –—")  # "Name – 4 days – next …"
    return name if is_titled(name) and named(name) else None


# A line of parts set off by dots or bars, or else by spaced dashes: "Name · 19–21 January
# 2027 · Leeds · £395", "Name – Tue 15 Dec 2026 – Online – £35".
_DOT = re.compile(r"\s+[·|•]\s+")
_DASH = re.compile(r"\s+[–—]\s+")
_EM_DASH = re.compile(r"\s+—\s+")
# The parts after the date of a line whose name is set off by a dash and its other parts by
# dots ("Name — Sat 5 Dec 2026 · Brisbane (Valley – 88 Main St) · £145"): a dash may sit in
# a part, so the dots split them
_AFTER_DASH = re.compile(r"\s+[·|•–—]\s+")


def dotted_name(line: str, date: DateMatch) -> str | None:
    """A course's name as the first part of its date's dotted line, the date the second and
    a place or format among the others ("Fire Warden · 15 December 2026 · Leeds · £295";
    a related courses' list), else None ("Leeds · 12 Jan 2027 · £395": a place first)."""
    dot = _DOT
    parts = dot.split(line[: date.span[0]])
    if len(parts) == 1:
        dot = _DASH
        parts = dot.split(line[: date.span[0]])
    if len(parts) != 2 or not WEEKDAY_ONLY.fullmatch(parts[1]):  # "… · Tue 15 Dec 2026"
        return None
    name = parts[0].strip()
    tail = line[date.span[1] :]
    rest = [p.strip() for p in (_DOT if dot is _DASH and _DOT.search(tail) else dot).split(tail)]
    if not _name_part(name) or not any(_place_part(p) or (p and mode_from_text(p)) for p in rest):
        return None
    return name


def _name_part(name: str) -> bool:
    """Whether a dotted line's first part may be a course's name: a title, no date, no
    weekday's phrase, no format's ("Online", "Classroom")."""
    return (
        is_titled(name)
        and not (has_digit(name) and find_date_ranges(name))
        and not is_weekday_phrase(name)
        and mode_from_text(name) is None
    )


# The fewest words of a dotted name without a course's word: a place's "Salford Quays"
# has two ("Emergency First Aid at Work", "Brazing Test Prep" have more).
_MIN_DOTTED_WORDS = 3


def priced_dotted_name(line: str, date: DateMatch) -> str | None:
    """A one-line card's or row's name: the first of its dotted (or em-dashed) parts, its date
    (after a date's label, "Starts") the second and its price the next ("Welding Basics ·
    Starts Mon 11 Jan 2027 · $6,450", "Emergency First Aid at Work · 08/01/2027 · £85 Book"; a
    sessions list of several courses, a program card, a related course), else None.  No
    place's name ("Salford Quays · 08/01/2027 · £85"), format's or weekday's."""
    sep = _DOT
    if "·" not in line and "|" not in line and "•" not in line:
        if "—" not in line:
            return None  # most date lines have no dots
        # "Confined Space Entry — 02/17/2027 — $275": parts set off by em dashes (an en
        # dash's line is a course list's, its items read by the listing reader)
        sep = _EM_DASH
    parts = sep.split(line[: date.span[0]])
    if len(parts) != 2 or not _label_then_weekday(parts[1]):
        return None
    name = parts[0].strip()
    tail = line[date.span[1] :]
    after = next((p for p in sep.split(tail) if p.strip()), "")
    if (
        not sep.match(tail)
        or not has_digit(after)
        or not find_prices(after)
        or not _name_part(name)
        or not named(name)
        or (len(name.split()) < _MIN_DOTTED_WORDS and not looks_like_course_name(name))
        or city_with_venue(name) is not None
        or is_venue(name)
    ):
        return None
    return name


def _label_then_weekday(part: str) -> bool:
    """Nothing, a weekday, or a start date's label before one ("Starts Mon", "Next date:")."""
    if WEEKDAY_ONLY.fullmatch(part):
        return True
    words = part.replace(":", " ").split()
    if words and WEEKDAY_ONLY.fullmatch(words[-1]):
        words = words[:-1]
    return 0 < len(words) <= _MAX_DATE_LABEL_WORDS and cell_role(" ".join(words)) == "date"


def _place_part(part: str) -> bool:
    """A part that names a place: capitalised words, or a venue's address ending in its
    town ("Washdyke depot, 14 Meadows Rd, Timaru")."""
    town = part.rpartition(",")[2].strip()
    return bool(town) and not has_digit(town) and town[:1].isupper() and part[:1].isupper()


def name_after_date(line: str, date: DateMatch) -> str | None:
    """A course's name after its date and a dash, the first of the line's dotted parts, a
    place or format among the others ("Thu 3 December 2026 — Basic Food Hygiene · Leeds ·
    £95 Book"; a sessions list of several courses), else None."""
    if not WEEKDAY_ONLY.fullmatch(line[: date.span[0]]):
        return None
    lead = _DASH.match(line, date.span[1])
    if lead is None:
        return None
    parts = [p.strip() for p in _DOT.split(line[lead.end() :])]
    name = parts[0]
    if (
        len(parts) < 3
        or not is_titled(name)
        # a course's word, or three capitalised words: no town ("Fort William", "Stoke on
        # Trent")
        or not (looks_like_course_name(name) or sum(w[:1].isupper() for w in name.split()) >= 3)
        or has_digit(name)
        or mode_from_text(name) is not None
        or not any(p and not has_digit(p) and p[:1].isupper() for p in parts[1:])
    ):
        return None
    return name


# A product's "Online" in a course's name ("QuickBooks Online Bookkeeping"), not its format.
_PRODUCT_ONLINE = re.compile(r"(?<=\w) Online\b(?= \w)")
# A store item's title that ends on its run's dates after a spaced dash, bar or colon:
# "Excel Basics – Sat 6 Mar & Sat 13 Mar 2027", "Bookkeeping | 11/01/2027 – 22/01/2027".
_TITLE_SEP = re.compile(r"\s+[–—|-]\s*$|\s*[:|]\s*$")


def titled_date_name(line: str, date: DateMatch) -> str | None:
    """A course's name as an item's title that ends on its dates ("Excel Basics – Sat 6 Mar
    & Sat 13 Mar 2027", "Bookkeeping Course | 11/01/2027 – 22/01/2027": a shop's classes sold
    as items), else None. Not a heading's ("Classes — December 2026 to March 2027"), a
    place's ("Central London – 5 Dec 2026") nor a format's ("Live Online – 5 Dec 2026")."""
    if line[date.span[1] :].strip(" .") or date.span[0] == 0:
        return None  # most date lines hold more after their date, or nothing before it
    head = before_weekday(line, date)
    sep = _TITLE_SEP.search(head)
    if sep is None:
        return None
    name = untagged(head[: sep.start()].strip())
    if (
        not (is_titled(name) or is_titled(_PRODUCT_ONLINE.sub("", name)))
        or not named(name)
        or has_digit(name)
        or "," in name  # a review's signature: "Sandra K., Leeds – 5 March 2027"
        or GENERIC_TITLE.match(name)
        or _date_label(name.split()[-1])
        or (len(name.split()) < _MIN_DOTTED_WORDS and not looks_like_course_name(name))
        or is_mode_label(name)  # "QuickBooks Online Bookkeeping" is a course's name
        or is_venue(name)
        or town_dash_venue(name)
        or (city_before_venue(name) is not None and not looks_like_course_name(name))
    ):
        return None
    return name


def named(name: str) -> bool:
    """A course's name of two words or more, with a course's word or two capitalised words
    ("Manual Handling Awareness"); not "Our" of "Our next date:", nor "NEW" of "NEW DATES:"."""
    words = name.split()
    return len(words) >= 2 and (
        looks_like_course_name(name) or sum(w[:1].isupper() for w in words) >= 2
    )


def card_name(lines: list[str], i: int, before: list[int], after: list[int]) -> str | None:
    """The card's title: a title-like line just above its date, else the line below a date
    that opens the card (event listings), else a title a line further up."""
    near = {j: untagged(lines[j]) for j in before}
    titled = [j for j in reversed(before) if is_titled(near[j]) or _led_in(near[j])]
    if (
        len(titled) > 1
        and titled[0] == i - 1
        and is_run_label(lines[i - 1])
        and next_card_title(lines[titled[1]])
    ):  # "Spanska A1 – nybörjare" / "Måndagar": the title above the run's label, not a
        # badge ("Early bird" / "Cohort 15 · Weekday evenings")
        return strip_label(near[titled[1]])
    if len(titled) > 1 and titled[:2] == [i - 1, i - 2] and _heads_cards(lines, i - 2, i - 1):
        # "Forklift Operator" / "Holiday offer" / date: the title that heads the page's other
        # cards too, over a line of this card's own
        return strip_label(near[i - 2])
    if titled and titled[0] == i - 1:
        return strip_label(near[i - 1])
    if i - 1 in near and is_run_label(near[i - 1]) and parse_availability(near[i - 1]) is None:
        return near[i - 1]  # "Edition 32 · Live online": a run's label, its course's above
    if titled and i - 1 in near and availability_of(near[i - 1]) is not None:
        # title / strapline / "Sold out" / date: the card's head is above its badge
        strap = len(titled) > 1 and _strapline_under(near[titled[1]], near[titled[0]])
        return strip_label(near[titled[1] if strap else titled[0]])
    below = title_below(lines, after)
    return below or (strip_label(near[titled[0]]) if titled else None)


_STRAPLINE_WORD = re.compile(r"[^\W\d_]{4,}")


def _strapline_under(title: str, line: str) -> bool:
    """Whether ``line`` is a strapline under the course's title: the title names a course,
    the line names none and is written in sentence case, a description's phrase ("Welding
    Level 1" / "Arc, gas and stick welding basics"), not a second title."""
    words = _STRAPLINE_WORD.findall(line)[1:]
    return (
        looks_like_course_name(title)
        and not looks_like_course_name(line)
        and len(words) >= 2
        and sum(w[0].islower() for w in words) * 2 > len(words)
    )


def _heads_cards(lines: list[str], upper: int, lower: int) -> bool:
    """Whether the upper of two title-like lines over a card's date is the course's title,
    the lower a line of this card alone: the upper line heads another dated card on the
    page too (each of the course's cards names it; not "Back to top", repeated all down the
    page), the lower does not recur as often, and the upper is no part of the lower (not
    "Excel" over "Excel Level 2", a group's heading over a course's own name)."""
    top, below = lines[upper].strip(), lines[lower].strip()
    if top.casefold() in below.casefold():
        return False
    heads = [k for k, line in enumerate(lines) if line.strip() == top and k != upper]
    seen = sum(1 for line in lines if line.strip() == below)
    return 0 < seen <= len(heads) and any(_dated_below(lines, k) for k in heads)


def _dated_below(lines: list[str], k: int) -> bool:
    """Whether line ``k`` heads a card by itself: one of the two lines below it holds a
    date, with no title-like line between (a card's "View" button over the next card's
    title and date heads nothing)."""
    for j in range(k + 1, min(len(lines), k + 3)):
        if has_digit(lines[j]) and find_date_ranges(lines[j]):
            return True
        if looks_like_title(lines[j]):
            return False
    return False


# A card's badge saying its run is called off ("Postponed", "CANCELLED", "Abgesagt"): a
# status, never the course's title.
_CALLED_OFF_BADGE = re.compile(rf"(?i:{OFF_OR_MOVED})[\s!.]*")


def called_off_badge(line: str) -> bool:
    """Whether a whole line is a badge calling a run off ("Postponed", "CANCELLED")."""
    return _CALLED_OFF_BADGE.fullmatch(line.strip()) is not None


# The same badge with its reason after a dash or colon ("CANCELLED – not enough bookings",
# "Abgesagt: Dozent erkrankt"): a status line all the same, never a course's title.
_CALLED_OFF_WHY = re.compile(rf"(?i:{OFF_OR_MOVED})\s*[–—:-]\s+\S.*")


def called_off_status(line: str) -> bool:
    """Whether a whole line says a run is called off, with or without its reason; the
    reason may say what happens next ("Postponed – new date TBA"), so only the bare badge
    (:func:`called_off_badge`) drops its run."""
    stripped = line.strip()
    return called_off_badge(stripped) or _CALLED_OFF_WHY.fullmatch(stripped) is not None


# The same badge glued after its card's title, as a heading's inline badge reads when its
# text is taken: "Weekend batch Postponed", "Excel Basics – CANCELLED", "Intro (Cancelled)".
# Only on the title right over the date: a tag line at a card's top ("In person · Portland
# Postponed") may carry a status that leaves the run listed.
_CALLED_OFF_TAIL = re.compile(rf"\S.*?(?:\s+[–—|·-])?\s+\(?(?i:{OFF_OR_MOVED})\)?[\s!.]*")


def called_off_title(line: str) -> bool:
    """Whether a card's title line over its date ends with a badge calling its run off."""
    return _CALLED_OFF_TAIL.fullmatch(line.strip()) is not None


def is_titled(line: str) -> bool:
    """A title-like line, not a field ("Teacher: X"), a column's label ("Status"), a
    status left from the card above ("Few places left"), a called-off badge ("Postponed")
    nor a place ("Leeds (City Centre)")."""
    return (
        looks_like_title(line)
        and not called_off_status(line)
        and not FIELD.match(line)
        and not (" " not in line.strip() and is_label(line.strip()))
        and availability_of(line) is None
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


def title_below(lines: list[str], after: list[int]) -> str | None:
    """A card that opens with its date has its title on the next line (event listings)."""
    if not after:
        return None
    line = lines[after[0]]
    if (title := title_before_trainer(line)) is not None and is_titled(title):
        return title  # "Excel Advanced Trainer: Ann Lee": a title with its trainer
    if (
        is_titled(line)
        and looks_like_course_name(line)
        and not names_kind_only(line)  # "Courses": the heading of a menu or a list below
        and not town_dash_venue(line)
        and venue_and_town(line) is None  # "Lee Valley Training Centre, Little Island, Cork"
        and not _street_venue(line)  # "Acme First Aid training room, 14 High St, Dubbo"
    ):
        # not a bare label ("Kurs": the footer's menu below) nor the run's place ("Regina –
        # Hill Tower Training Rooms")
        return strip_label(line)
    if (tail := _MODE_TAIL.search(line)) is not None and is_mode_label(tail.group(1)):
        head = line[: tail.start()]
        if is_titled(head) and looks_like_course_name(head):
            return line  # "Standard First Aid – Blended": the course's name and its format
    return None


def _street_venue(line: str) -> bool:
    """A venue written with its street address or its town's postcode, whatever words its
    name holds ("Acme First Aid training room, 14 High St, Dubbo", "Quayside Rooms, Truro
    TR1 2HE"): the run's place, never a title."""
    return "," in line and has_digit(line) and (is_venue(line) or ends_in_postal_town(line))


# A format after a course's name: " – Blended", " | Live Online", " - In-person".
_MODE_TAIL = re.compile(r"\s+[–—|-]\s+([^–—|]{2,30})$")


def next_card_title(line: str) -> bool:
    """The next card's course title rather than this card's place ("Leeds", "Sydney CBD")."""
    line = untagged(line)
    return (
        is_titled(line)
        and parse_availability(line) is None
        and ("," not in line or _comma_title(line))
        and (looks_like_course_name(line) or len(line.split()) >= 3)
    )


def _comma_title(line: str) -> bool:
    """A course's title holding a comma in a list of its subjects ("Health, Safety and
    Environment Test", "Fire Safety, Evacuation & Marshal Training"), not a place written
    with its town ("Leeds, West Yorkshire", "Hall Road, Norwich")."""
    return looks_like_course_name(line) and len(line.split()) >= 4 and not is_venue(line)


_MAX_SECTION_WORDS = 4


def section_heading(line: str) -> bool:
    """A schedule section's short heading ("Upcoming dates", "Najbližšie termíny"), no
    course's name nor a date's label ("Next session:", a cross-sell card's)."""
    return (
        len(line.split()) <= _MAX_SECTION_WORDS
        and not line.rstrip().endswith(":")
        and bool(GENERIC_TITLE.search(line))
        and not looks_like_course_name(line)
    )


def head_title(lines: list[str], head: list[int]) -> str | None:
    """A pricing table's title when it names a course; a column's own label ("Online ·
    Evening", "Rome · 5-day intensive") leaves the run to the page's course."""
    line = lines[head[0]]
    return strip_label(line) if is_titled(line) and looks_like_course_name(line) else None


# A month's heading above its runs: "October 2026", with its count of runs in a month
# accordion's title ("Luty 2027 (2 terminy)", "March 2027 · 3 dates").
MONTH_YEAR = re.compile(
    r"^[^\W\d_]{3,12}\.?\s+20\d\d(?:\s*\(\d{1,3}\s+[^\W\d_]+\)|\s+[·|–—-]\s+\d{1,3}\s+[^\W\d_]+)?$"
)
# A calendar badge's rest once its date is gone: a weekday ("13 OCT TUE") or nothing.
BADGE_REST = re.compile(r"^[\s·,|-]*(?:[^\W\d_]{2,3}\.?)?[\s·,|-]*$")


def badge_title(lines: list[str], i: int, found: DateMatch, after: list[int]) -> str | None:
    """The title below a calendar badge line that holds only its date ("13 OCT TUE")."""
    line = lines[i]
    if not after or not BADGE_REST.match(line[: found.span[0]] + " " + line[found.span[1] :]):
        return None
    title = lines[after[0]]
    if (
        len(title.split()) >= 2
        and is_titled(title)
        and not has_digit(title)
        and "," not in title
        and parse_availability(title) is None
        and not town_dash_venue(title)  # "Galle · Fort campus": the run's place below it
    ):
        return strip_label(title)
    return None

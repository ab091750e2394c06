"""Schedule tables in the visible text: a header line naming roles, then a run per dated row."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache

from prospectus.extract.dates import DateMatch, DateRange, find_date_ranges, year_hint
from prospectus.extract.modes import CALLED_OFF, mode_from_text, without_mode_words
from prospectus.extract.patterns.cell_dates import cell_runs, duration_days
from prospectus.extract.patterns.schedule_candidate import ON_REQUEST, Candidate, ScheduleContext
from prospectus.extract.patterns.schedule_words import (
    FIELD,
    cell_role,
    has_digit,
    is_mode_label,
    looks_like_course_name,
    looks_like_title,
    strip_label,
)
from prospectus.extract.patterns.venues import city_over_venue
from prospectus.extract.prices import find_prices


def _cell_label(cell: str) -> str:
    """A header cell, less any prose glued before it in a text dump ("...breaks).Course")."""
    return re.split(r"[.!?>)]\s*", cell)[-1] if len(cell.split()) > 4 else cell


def header_roles(line: str) -> list[str | None] | None:
    cells = [_cell_label(c.strip()) for c in line.split("\t")]
    if len([c for c in cells if c]) < 2 or find_date_ranges(line) or find_prices(line):
        return None
    roles = [cell_role(c) for c in cells]
    if (
        "date" in roles
        and "price" not in roles
        and sum(1 for c in cells if c and is_mode_label(c)) >= 2
    ):  # "Dates | Classroom | Virtual": each format's column holds its own run's price
        modes = [bool(c) and is_mode_label(c) for c in cells]
        roles = [FORMAT_COLUMN if m else r for r, m in zip(roles, modes, strict=True)]
    if roles.count("price") + sum(bool(c) and _PRESALE.search(c) is not None for c in cells) > 1:
        roles = _tier_roles(cells, roles)
    found = {r for r in roles if r}
    return roles if "date" in found and len(found) >= 2 else None


# Price tiers in columns of their own ("Early bird | Regular | Company (3+)", "Preventa |
# Valor normal | Valor empresa"): the presale tier is the run's price while its cell shows
# one (a closed presale shows none), else the regular one; a company's or group's tier
# (several people booking together) is never a single buyer's price.
PRESALE_COLUMN = "_presale"
_PRESALE = re.compile(
    r"\b(?:pre-?ventas?|early[- ]?birds?|pre-?sales?|frühbucher\w*|prevendita|anticipad[ao])\b",
    re.I,
)
_GROUP_TIER = re.compile(
    r"\b(?:empresas?|compan(?:y|ies)|corporate|groups?|grupos?|grupal|gruppi|gruppo"
    r"|firmen\w*|teams?|\d\s*\+)(?!\w)",
    re.I,
)


def _tier_roles(cells: list[str], roles: list[str | None]) -> list[str | None]:
    out = list(roles)
    for k, (cell, role) in enumerate(zip(cells, roles, strict=True)):
        if role in ("price", None) and cell and _PRESALE.search(cell):
            out[k] = PRESALE_COLUMN
        elif role == "price" and _GROUP_TIER.search(cell):
            out[k] = None
    # the tiers stand beside a regular price: else the one column is the price's
    return out if "price" in out else roles


# The role of a column named after a format ("Classroom", "Virtual"), whose cells each hold
# that format's run for the row's dates: its place, price and status ("London £1,295 Book").
FORMAT_COLUMN = "_format"


def _title_before(lines: list[str], index: int, reach: int) -> str | None:
    for j in range(index - 1, max(-1, index - 1 - reach), -1):
        line = lines[j].strip()
        if looks_like_title(line):
            return strip_label(line)
        if len(line.split()) <= 14 and not line.endswith("."):
            return None  # a short non-title line (a heading, a label): the trail stops here
    return None


# Words a heading over a format's table has besides the format's: "Upcoming virtual
# dates", "Classroom schedule", "Formations en présentiel", "Online-Seminare: Termine"
# (folded: lower case, no accents).
_HEADING_FILLER = frozenset((
    "upcoming", "public", "open", "scheduled", "next", "date", "dates", "schedule",
    "timetable", "run", "runs", "course", "courses", "class", "classes", "session", "sessions",
    "seminar", "seminars", "workshop", "workshops", "training", "trainings", "learning",
    "programme", "programmes", "program", "programs", "event", "events", "our", "the", "all",
    "live", "in", "on", "at", "en", "a", "i", "w", "na", "ao", "em", "im", "pa", "and", "&",
    "kurs", "kurse", "seminare", "schulungen", "termine", "formation", "formations", "cours",
    "curso", "cursos", "corso", "corsi", "edizioni", "fechas", "kurser", "kursus", "datoer",
    "terminy", "szkolenia", "szkolenie", "turmas", "datas", "cursussen", "trainingen",
))  # fmt: skip
_HEADING_PARENS = re.compile(r"\([^()]*\)")
_HEADING_REACH = 3
_HEADING_WORDS = 6
_PROSE_WORDS = 14


def _heading_mode(lines: list[str], start: int) -> str | None:
    """The heading over a table, where it only names a format ("Live virtual courses",
    "Classroom dates", "Online (Zoom)"): its rows are runs in that format.  An intro's prose
    may stand between the heading and the table's header."""
    for j in range(start - 1, max(-1, start - 1 - _HEADING_REACH), -1):
        line = lines[j].strip()
        if not line:
            continue
        if "\t" in line or has_digit(line):
            return None
        if len(line.split()) > _PROSE_WORDS or line.endswith("."):
            continue  # the intro under the heading ("Delivered live on Zoom by …")
        return line if _format_heading(line) else None
    return None


@lru_cache(maxsize=1024)
def _format_heading(line: str) -> bool:
    """Whether ``line`` names a format and nothing else (no course: "Remote Pilot Training",
    "Microsoft Teams Essentials" name courses), a schedule's words aside."""
    if len(line.split()) > _HEADING_WORDS or mode_from_text(line) is None:
        return False
    rest = without_mode_words(_HEADING_PARENS.sub(" ", line)).split()
    return all(word in _HEADING_FILLER for word in rest)


def _format_table_at(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is the header of another table under a heading naming its format."""
    return _heading_mode(lines, i) is not None and header_roles(lines[i]) is not None


def read_table(
    lines: list[str],
    start: int,
    roles: list[str | None],
    ctx: ScheduleContext,
    year: int | None,
    raw: Sequence[str] | None = None,
) -> tuple[list[Candidate], int]:
    """The runs of the table whose header is line ``start``, and the line after the table.

    ``raw`` are the lines as the page gives them, with the leading tab of a row's line that
    starts with an empty cell's end (a multi-line cell's last line: "Mar 2, 2027" / "\tPriya").
    """
    title = _title_before(lines, start, 3)
    if title and ctx.course_name and not looks_like_course_name(title):
        title = None  # a section heading ("Termíny a ceny"), not a course's name
    heading_mode = _heading_mode(lines, start) if "mode" not in roles else None
    header = [c.strip() for c in lines[start].split("\t")]
    price_header = next((c for r, c in zip(roles, header, strict=False) if r == "price"), "")
    out: list[Candidate] = []
    i = start + 1
    previous: list[str] = []
    width = len(_trimmed(header))
    tabs = lines[start].count("\t") if lines[start].endswith("\t") else 0
    while i < len(lines):
        if out and (fielded := _with_field_below(out[-1], lines[i])) is not None:
            out[-1] = fielded  # "Facilitator: X" under a row: the row's own field
            i += 1
            continue
        row, after = _row_at(lines, i, tabs, raw)
        if FORMAT_COLUMN in roles and tabs and after > i and row.count("\t") < tabs:
            row, after = _format_row(raw or lines, i, tabs)
        if after == i:
            break
        if "\t" in row and after < len(lines) and (tail := _row_tail(row, lines[after], width)):
            row, after = f"{row.rstrip()}{tail}", after + 1
        if "\t" in row and (dateless := _asked_row(row, lines[i:after], roles, year)):
            out.append(dateless)  # a short row (its cells merged): no cells borrowed
            previous, i = [], after
            continue
        cells = _aligned([c.strip() for c in row.split("\t")], previous, width, roles)
        if "\t" in row:
            previous = cells
        named = _named_cells(roles, cells)
        named["_price_header"] = price_header
        if heading_mode and mode_from_text(named.get("location") or row) is None:
            named["mode"] = heading_mode  # "Live virtual courses" over the table
        if after - i > 1 and "location" in named:
            named["location"] = _city_cell(lines[i:after], roles, named["location"])
        if after - i > 1 and "course" in named:
            named["course"] = _name_cell(lines[i:after], roles, named["course"])
        if len(cells) <= 2 and (hint := year_hint(lines[i])):
            year = hint  # a month separator row: "October 2026"
        date_text = named.get("date") or row
        found = find_date_ranges(date_text, year=year, day_first=ctx.day_first)
        if not found and "\t" in row and _format_table_at(lines, i):
            break  # the next format's table: "Live online courses" over its own header
        if found and "\t" in row and FORMAT_COLUMN in roles:
            out.extend(_format_runs(row, found[0], named, roles, header, cells, title))
        elif found and "\t" in row:
            runs = (
                cell_runs(date_text, found, duration_days(header, cells))
                if found[1:] and "date" in named
                else found[:1]
            )
            out.extend(
                Candidate(
                    text=row,
                    match=match,
                    end_text=named.get("end", "") if len(runs) == 1 else "",
                    name=chip_free(named["course"]) if "course" in named else title,
                    cells=named,
                )
                for match in runs
            )
        elif "\t" in row and "course" in named and _ON_REQUEST.match(named.get("date", "")):
            out.append(_on_request(row, named))  # "On request – enquire": a dateless course
        i = after
    return out, i


# A course given on request rather than on dates: "On request", "Auf Anfrage", "Sur demande",
# "Su richiesta", "Op aanvraag", "Bajo petición", "Programare la cerere", "Igény szerint",
# "Talep üzerine", "По запросу".
_ASKED_WORDS = (
    r"(?:up)?on request|by request|auf anfrage|sur demande|[as]u richiesta|op aanvraag|"
    r"(?:bajo|a) (?:petici[óo]n|demanda)|sob consulta|p[åa] (?:foresp[øo]r(?:g?s)el|beg[äa]ran|"
    r"förfrågan)|la cerere|na (?:żądanie|zapytanie|vyžádání)|igény szerint|talep üzerine|"
    r"по запросу"
)
# A date cell of a course the page runs only when asked: "On request", "Dates TBC".
_ON_REQUEST = re.compile(
    rf"^(?:dates? )?(?:{_ASKED_WORDS}|on demand|tb[ac]|to be (?:confirmed|announced))\b", re.I
)
# The same words anywhere in a row whose cells are merged.
# (The look-ahead holds the words' first letters: see schedule_words' word lists.)
_ASKED = re.compile(rf"\b(?=[abilnopstuп])(?:{_ASKED_WORDS})\b", re.I)
_NO_DATE = DateMatch(span=(0, 0), text="", dates=DateRange(None, None))


def _on_request(row: str, named: dict[str, str]) -> Candidate:
    """The dateless run of a table's course whose date cell says it runs on request."""
    cells = {**named, ON_REQUEST: named["date"]}
    return Candidate(text=row, match=_NO_DATE, name=chip_free(named["course"]), cells=cells)


def _asked_row(
    row: str, row_lines: list[str], roles: list[str | None], year: int | None
) -> Candidate | None:
    """A dateless run of a table row that names its course and gives it on request, with
    no date (a listing's "Expert in public procurement | On request, for groups | Price on
    request", its middle cells often merged into one)."""
    said = _ASKED.search(row)
    if said is None or "course" not in roles or find_date_ranges(row, year=year or 2000):
        return None
    course = _named_cells(roles, [c.strip() for c in row.split("\t")]).get("course", "")
    name = _name_cell(row_lines, roles, course) if len(row_lines) > 1 else course
    if not name or not looks_like_title(name) or _ASKED.search(name):
        return None
    match = DateMatch((0, 0), said.group(), DateRange(None, None))
    return Candidate(text=name, match=match, name=name, cells={"course": name})


# The words before a price that are no place: "Offer £1,095", "From £995", "Now €850".
_PRICE_LEAD = re.compile(
    r"(?i:(?:special |early[- ]bird |launch )?offer|from|now|only|sale|price|early[- ]bird|"
    r"ab|dès|desde|da|vanaf|fra|från)[:\s]*"
)


def _format_row(raw: Sequence[str], i: int, tabs: int) -> tuple[str, int]:
    """A format-column table's row from line ``i``: its cells each end with a tab, a cell
    broken over lines ("London" / "£1,295 + VAT" / "Book"), or an empty cell's dash on the
    line of the next ("–<TAB>Offer £1,095"), up to the header's ``tabs`` cells."""
    parts: list[str] = []
    j = i
    while j < min(len(raw), i + _MAX_ROW_LINES):
        line = raw[j].strip(" ")
        if j > i and "\t" in line and find_date_ranges(line.split("\t", 1)[0]):
            break  # the next row's dates
        parts.append(line)
        j += 1
        if "".join(parts).count("\t") >= tabs:
            break
    row = "".join(p if p.endswith("\t") else p + " " for p in parts)
    return row, j


def _format_runs(
    row: str,
    match: DateMatch,
    named: dict[str, str],
    roles: list[str | None],
    header: list[str],
    cells: list[str],
    title: str | None,
) -> list[Candidate]:
    """One run per format column of a row whose cell has a price, in page order: the
    column's format as the run's mode, the cell's words before its price as its place, the
    words after as its status ("London £1,295 + VAT Only 2 places left Book")."""
    out = []
    shared = {k: v for k, v in named.items() if k != FORMAT_COLUMN}
    for role, label, cell in zip(roles, header, cells, strict=False):
        prices = find_prices(cell) if role == FORMAT_COLUMN and cell else []
        if not prices:
            continue  # "–": no run in that format on these dates
        own = {**shared, "mode": label, "price": cell}
        place = cell[: prices[0].span[0]].strip(" ·|–—-,")
        if (
            place
            and not has_digit(place)
            and len(place.split()) <= 4
            and not _PRICE_LEAD.fullmatch(place)
            and mode_from_text(label) != "online"
        ):
            own["location"] = place  # "London £1,295", not "Offer £1,095" nor a virtual's
        if status := cell[prices[-1].span[1] :].strip():
            own["availability"] = status
        name = chip_free(named["course"]) if "course" in named else title
        out.append(
            Candidate(text=row, match=match, end_text=own.get("end", ""), name=name, cells=own)
        )
    return out


# A row's cells may hold line breaks: a date with its time, a struck price and a deadline,
# a run's session dates listed one per line ("All session dates" / "Jan 12, 2027" / …).
_MAX_ROW_LINES = 24


def _named_cells(roles: list[str | None], cells: list[str]) -> dict[str, str]:
    """Each role's cell; of two date columns ("Dates", "Schedule"), the first that has a date
    (the other gives weekdays and times: "Tue–Fri, 7:30 AM - 4:00 PM"); of two course
    columns, the first."""
    named: dict[str, str] = {}
    for role, cell in zip(roles, cells, strict=False):
        if not role or not cell:
            continue
        if role == "date" and "date" in named and find_date_ranges(named["date"]):
            continue
        if role == "course" and "course" in named:
            continue  # "Curs | … | Program": the first names the course, the other its hours
        named[role] = cell
    if PRESALE_COLUMN in named and find_prices(named[PRESALE_COLUMN]):
        named["price"] = named[PRESALE_COLUMN]  # the presale tier, while it is open
    return named


def _city_cell(row_lines: list[str], roles: list[str | None], cell: str) -> str:
    """The city of a row's venue ``cell`` broken over lines: the city, then the venue or
    its address below it ("Auckland" / "Level 2, 150 Queen Street"); else ``cell``."""
    cells = "\n".join(row_lines).split("\t")
    at = roles.index("location")
    broken = cells[at].strip() if at < len(cells) else ""
    if "\n" not in broken or broken.replace("\n", " ") != cell:
        return cell  # not the cell's own lines (a cell above spans the row)
    return city_over_venue(broken) or cell


def _name_cell(row_lines: list[str], roles: list[str | None], cell: str) -> str:
    """The course's name of a course ``cell`` broken over lines: its first line, where the
    lines below give details with figures ("Formator" / "cod COR 242401 · 80 ore",
    "Excel Advanced" / "2 days · 9:00–16:30"); else ``cell`` (a long name wrapped)."""
    cells = "\n".join(row_lines).split("\t")
    at = roles.index("course")
    broken = cells[at].strip() if at < len(cells) else ""
    if "\n" not in broken or broken.replace("\n", " ") != cell:
        return cell  # not the cell's own lines (a cell above spans the row)
    first, _, rest = broken.partition("\n")
    if _LEFT_STATUS.fullmatch(first.strip()) and rest.strip():
        return rest.replace("\n", " ").strip()  # the row above's button or badge ("Full")
    if not has_digit(rest) or not looks_like_title(first.strip()):
        return cell
    return first.strip()


# A status word alone on a line, that a row's last cell (a disabled "Full" button, a
# "Sold out" badge) leaves over its line when the cell breaks: no part of the next row's
# course name ("Full" / "CITB Site Management …"), where a name's own first word would be
# ("Full Stack Web Development" stays on its line).
_LEFT_STATUS = re.compile(
    rf"(?:full|fully booked|booked out|sold out|{CALLED_OFF}|closed|"
    r"last few(?: places| seats| spaces)?|wait ?list(?:ed| only)?|waiting list)[.!]?",
    re.I,
)


def _row_tail(row: str, line: str, width: int) -> str | None:
    """The last cells of a row short of them, where they went onto the next line: a
    text dump breaks a cell holding a list ("…<TAB>Miguel Sousa<TAB>" / "• 590,00 €<TAB>
    Inscrever"); a line of cells opening with a price and holding no date, that fills the
    row up (a month's heading row above its dates is no such row: it has one cell).

    Returned with the separator it takes: a tab, or a space where the row's last cell, a
    price, goes on with the line's first one a cell too many (a fee cell broken over two
    lines: "Early Bird HK$8,980 (by 18/12)" / "Standard HK$9,800<TAB>Enrolling")."""
    if "\t" not in line or not has_digit(line):
        return None
    own_cells = _trimmed([c.strip() for c in row.split("\t")])
    own = len(own_cells)
    tail = _trimmed([c.strip().lstrip("•·*-– ") for c in line.split("\t")])
    if not tail or own < 2 or own >= width or own + len(tail) > width + 1:
        return None
    if not find_prices(tail[0]) or find_date_ranges(line, year=2000):
        return None
    if own + len(tail) > width and find_prices(own_cells[-1]):
        return " " + "\t".join(tail)
    return "\t" + "\t".join(tail)


def _with_field_below(row: Candidate, line: str) -> Candidate | None:
    """The row above given ``line`` where that is a labelled field the row has no column for.

    A flattened table writes such a field on a line under its row
    ("Mon 12 Oct – Fri 23 Oct<TAB>R 14 950<TAB>Book now" / "Facilitator: T. Mokoena").
    """
    if "\t" in line or not FIELD.match(line):
        return None
    label, _, value = line.partition(":")
    role = cell_role(label)
    if role not in _ROW_FIELDS or role in row.cells or not value.strip():
        return None
    cells = {**row.cells, role: value.strip()}
    return dataclasses.replace(row, text=f"{row.text}\n{line}", cells=cells)


# The fields a line under a table row may give it (not a date, a price or a course).
_ROW_FIELDS = frozenset(("trainer", "location", "mode", "availability"))


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


def chip_free(name: str) -> str:
    """A course cell's name without the status chip after it ("ITIL 4 Last few places")."""
    match = _CHIP.search(name)
    if match is None or not name[match.start() + 1 :][:1].isupper() or match.start() < 3:
        return name
    return name[: match.start()].rstrip(" -–—|·:")


def _row_at(lines: list[str], i: int, tabs: int, raw: Sequence[str] | None) -> tuple[str, int]:
    """The table row starting at line ``i`` and the line after it (``i`` where none starts).

    Where each cell ends with a tab (as rendered from HTML: the header has ``tabs`` of
    them, 0 where it does not end with one), a cell holding a line break (a date and a
    time, a struck price and a deadline) splits its row over several lines: they are
    joined up to the line that ends the row with its tab.
    """
    line = lines[i]
    if tabs and not line.endswith("\t") and line.count("\t") < tabs:
        parts = [line]
        cells = line.count("\t")  # the tabs of the parts so far
        for j in range(i + 1, min(len(lines), i + _MAX_ROW_LINES)):
            if "\t" in lines[j] and header_roles(lines[j]):
                break  # the next table's header: line i was a heading ("January 2027")
            tab_led = raw is not None and raw[j][:1] == "\t" and lines[j][:1] != "\t"
            parts.append("\t" + lines[j] if tab_led else lines[j])
            cells += parts[-1].count("\t")
            if cells > tabs:
                break
            if lines[j].endswith("\t"):
                return " ".join(parts), j + 1
    if "\t" in line or _words(line) <= 3:
        return line, i + 1
    return line, i


# Chinese, Japanese and Korean script, written without spaces between words.
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _words(line: str) -> int:
    """The words of ``line``, two characters of CJK script counting as one: a line of such
    script ("日期：2027年4月10日至5月1日") is no stray one-word remnant of the table."""
    words = len(line.split())
    return words if line.isascii() else words + len(_CJK.findall(line)) // 2


def _trimmed(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def _aligned(
    cells: list[str], previous: list[str], width: int, roles: Sequence[str | None] = ()
) -> list[str]:
    """A row short of cells because a cell above spans it (rowspan): borrow the ones spanned.

    The spanning cell is most often the first (a course's name over its dates), but a venue
    in the middle may span too ("London" over two rows): the borrowed cells go where the
    row's own cells then fit their columns best (dates under the date column, prices under
    the price column), the leading place where no other fits better.  A row short of its
    last cells borrows none: its price or status went onto the next line, not above.
    """
    cells = _trimmed(cells)
    missing = width - len(cells)
    if not 0 < missing <= 2 or len(previous) < width:
        return cells
    best, fit = previous[:missing] + cells, None
    for at in range(len(cells) + 1):
        candidate = cells[:at] + previous[at : at + missing] + cells[at:]
        score = sum(_fits(role, cell) for role, cell in zip(roles, candidate, strict=False))
        if fit is None or score > fit:
            best, fit = (cells if at == len(cells) else candidate), score
    return best


def _fits(role: str | None, cell: str) -> int:
    """1 where ``cell`` holds what its column's ``role`` wants, -1 where it holds a date, a
    price or a course's name in a column of another kind, else 0."""
    if not cell or role is None:
        return 0
    dated, priced = bool(find_date_ranges(cell, year=2000)), bool(find_prices(cell))
    if role in ("date", "end"):
        return 1 if dated else -1
    if role == "price":
        return 1 if priced else -1
    if dated or priced:
        return -1
    named = looks_like_course_name(cell)
    if role == "course":
        return 1 if named else 0
    return -1 if named and role == "location" else 0

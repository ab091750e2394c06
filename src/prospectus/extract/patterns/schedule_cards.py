"""Date cards and lines: a line holding a date, read with the short lines around it as one run.

:func:`read_card` walks a date line's card; what it asks of the lines is in its helpers:
whether the date is a run's at all (:mod:`.card_guards`), the run's further dates
(:mod:`.card_dates`), where the card starts and ends (:mod:`.card_bounds`) and what names
the run (:mod:`.card_names`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from prospectus.extract.dates import DateMatch, find_date_ranges, year_hint
from prospectus.extract.patterns.bookable import control_line
from prospectus.extract.patterns.card_bounds import (
    batch_heads,
    column_foot,
    day_heading,
    footer,
    head_over_next_date,
    long_title_above,
    next_title,
    opens_with_date,
    price_head,
    repeated_head,
    restated_price,
    run_label_heads,
    same_lead,
    status_badge,
    struck_then_price,
    tag_over_badge,
    title_over_badge,
    title_over_next_date,
    word_count,
)
from prospectus.extract.patterns.card_dates import (
    END_LABEL,
    END_WORD,
    RANGE_OPEN,
    date_list,
    end_below,
    restated_start,
)
from prospectus.extract.patterns.card_guards import (
    DEADLINE_LABEL,
    MAX_HEADING_WORDS,
    ambiguous,
    badge_of_next,
    cross_sell_row,
    glued_cross_sell,
    not_a_run_line,
    post_date,
    run_dates,
    town_of_venue_below,
    under_blog_heading,
    under_cross_sell,
    under_past_heading,
)
from prospectus.extract.patterns.card_names import (
    MONTH_YEAR,
    availability_of,
    badge_title,
    called_off_badge,
    called_off_title,
    card_name,
    dash_lead_name,
    dotted_name,
    head_title,
    is_titled,
    lead_name,
    name_after_date,
    next_card_title,
    priced_dotted_name,
    row_name,
    row_title_after_date,
    section_heading,
    title_above,
    titled_date_name,
)
from prospectus.extract.patterns.card_urls import slug_title
from prospectus.extract.patterns.schedule_candidate import Candidate, ScheduleContext
from prospectus.extract.patterns.schedule_words import (
    BUTTON,
    CROSS_SELL,
    FIELD,
    LATER_PRICE,
    NEWSLETTER,
    REVIEWS_HEADING,
    ROLE_WORDS,
    booking_evidence,
    cell_role,
    has_digit,
    is_run_label,
    mode_led,
)
from prospectus.extract.patterns.sessions import month_sessions, session_list
from prospectus.extract.patterns.venues import (
    is_venue,
)
from prospectus.extract.prices import find_prices

_MAX_CARD_LINES = 6
_MAX_FIELD_LINES = 3  # the labelled lines ("Venue: …") a card may hold beyond _MAX_CARD_LINES
_YEAR = re.compile(r"\d{4}")


def read_card(
    lines: list[str], i: int, used: set[int], ctx: ScheduleContext, year: int | None
) -> Candidate | None:
    found = run_dates(find_date_ranges(lines[i], year=year, day_first=ctx.day_first), lines[i])
    # the date first: most lines have none
    if not found or (not_a_run_line(lines[i]) and not town_of_venue_below(lines, i)):
        return None
    # the page's currency: a ticketing footer's "From K1,850.00" is a price where the page
    # names its kwacha
    money = ctx.default_currency
    if badge_of_next(lines, i, found[0], year, ctx.day_first):
        return None
    if i > 0 and DEADLINE_LABEL.match(lines[i - 1]):
        return None  # "Applications close" / "Friday 25 September 2026"
    found = date_list(lines[i], found, ctx.day_first)
    merged = month_sessions(lines[i], found)  # "16, 23 Jan · 6, 13 Feb · 6 Mar 2027"
    if merged is not found:
        found = merged
    else:
        found[0] = session_list(lines[i], found[0]) or found[0]
    if ambiguous(lines[i], found) or post_date(lines, i, found):
        return None
    before: list[int] = []
    for j in (i - 1, i - 2):
        line = lines[j] if j >= 0 else ""
        if (
            j < 0
            or j in used
            or word_count(line) > 8
            or line.endswith(".")
            or find_date_ranges(line)
            or find_prices(line)
            or BUTTON.search(line)
            or control_line(line)
            or MONTH_YEAR.match(line)
        ):
            break
        if j == i - 1 and len(line.split()) > 1 and section_heading(line):
            break  # "Next dates" over the list: the lines above it are the page's
        before.insert(0, j)
    if len(before) == 2 and (
        status_badge(lines, before[0] - 1, used)  # "Complet" / "En classe" / "Début" / date
        or tag_over_badge(lines, before[0] - 1, used)  # "Online" / "Sold out" / title / date
        or title_over_badge(lines, before, used)  # title / strapline / "Sold out" / date
    ):
        before.insert(0, before[0] - 1)
    after: list[int] = []
    end_text = ""
    open_range = found[0].dates.end is None and RANGE_OPEN.search(lines[i][found[0].span[1] :])
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
            and len(lines[j].split()) <= MAX_HEADING_WORDS
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
            and not struck_then_price(lines[j - 1], lines[j])
            and not restated_price(lines[j - 1], lines[j])
        ):
            del after[next_title(lines, after) :]
            break
        if (
            not digit
            and not end_text
            and found[0].dates.end is None
            and j + 1 < len(lines)
            and (end := end_below(lines[j], lines[j + 1], year))
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
        if later and not priced and restated_start(found[0], later, lines[j]):
            after.append(j)  # "1 December 2026 to 23 February 2027" / "Starts: Tuesday, 1 December"
            continue
        if later and not end_text and found[0].dates.end is None and END_LABEL.match(lines[j]):
            end_text = later[0].text  # "Start date: 5 October" / "End date: 7 October"
            after.append(j)
            continue
        if (
            not priced
            and not later
            and "\t" in lines[j]
            and (BUTTON.search(lines[j]) or _status_cell(lines[j]))
            and find_prices(lines[j], default_currency=money)
        ):  # the card's footer run together: "$425 + HST<TAB>Few seats left<TAB>Register",
            # "from $349<TAB>Only 3 tickets left"
            after.append(j)
            if _footer_button(lines, j + 1):
                after.append(j + 1)  # its button below ("Book now", "Unavailable"): no title
            break
        if (
            run_dates(later, lines[j])
            # not a street's postcode, nor the card's deadline ("Early bird: book before 15
            # December 2026")
            or (year_hint(lines[j]) and not is_venue(lines[j]) and not (later and digit))
            or ("\t" in lines[j] and (later or not _field_row(lines[j])))
        ):
            if (
                later
                and priced
                and after
                and ((before and before[-1] == i - 1) or long_title_above(lines, i, used))
                and (
                    (
                        is_titled(lines[i - 1])
                        and (
                            next_card_title(lines[after[-1]])
                            or same_lead(lines[i], found[0], lines[j], later[0], lines[after[-1]])
                        )
                    )
                    or batch_heads(lines[i - 1], lines[after[-1]])
                    or run_label_heads(lines[i - 1], lines[after[-1]])
                )
            ):  # titled cards in a row: the line before the next card's date is its title
                label = lines[after.pop()]
                if after and is_run_label(label) and next_card_title(lines[after[-1]]):
                    after.pop()  # "Italienska B1" / "Torsdagar": its title above its label
                if _ends_on_next_tag(lines, before, after):
                    after.pop()  # the next card's tag line, written as this card's own
            elif later and priced and repeated_head(lines, i, before, after):
                del after[-2:]  # the next card's title and the label over its date
            elif later and not priced and _tile_of(found[0], later[0]):
                used.add(i)  # "25 JAN MON" / title / status / "January 25, 2027 · …": its
                return None  # tile, no title of the run below
            break
        after.append(j)
        # "Fee: K1,250" is priced where the page names its kwacha
        priced = priced or (digit and bool(find_prices(lines[j], default_currency=money)))
        if BUTTON.search(lines[j]) and len(lines[j].split()) <= 5:
            break
    else:
        if priced and title_over_next_date(lines, i, before, after, year):
            after.pop()  # a tall card: its lines end on the next card's title
        elif priced and head_over_next_date(lines, i, before, after, year):
            del after[-2:]  # … or on its title and its badge, as this card's head is
        if _ends_on_next_tag(lines, before, after):
            after.pop()  # "In person · York  Last 3 places" over the next card's title
        after.extend(footer(lines, last) if priced else ())
    below = "\n".join(lines[j] for j in [i, *after])
    head = [] if priced or not column_foot(lines, i, after) else price_head(lines, i, used)
    if head:  # a pricing table's column: its title and price above its date
        before = head
    segment = [*before, i, *after]
    if not head and under_blog_heading(lines, i, priced):
        return None  # "Safety blog" / a post's title / its date: a post teaser, no run
    if under_past_heading(lines, i):
        used.update(segment)
        return None  # "Past events" / a title / its date: a run gone by
    above = title_above(lines, i, used)
    if not (head or find_prices(below, default_currency=money) or booking_evidence(below)):
        # a day's heading over its cards ("Before the conference: Tue 9 March" / a card's
        # title / "Tue 9 March, 9:00–16:00"): the card below keeps its title
        used.update([i] if day_heading(lines, i, after, found[0], year, ctx.day_first) else segment)
        return None
    used.update(segment)
    if any(called_off_badge(lines[j]) for j in before) or (
        before and before[-1] == i - 1 and called_off_title(lines[i - 1])
    ):  # "Postponed" / its struck date, or "Weekend batch Postponed" over its date: a run
        return None  # called off, none to book
    if before and not head and opens_with_date(lines, i, after):
        segment = segment[len(before) :]  # the lines above are the page's, not the card's
    one_line = priced_dotted_name(lines[i], found[0])
    if one_line and before and not head:
        segment = segment[len(before) :]  # a card of one line: the lines above are another's
    text = "\n".join(lines[j] for j in segment)
    name = (
        one_line
        or row_name(lines[i], found[0])
        or row_title_after_date(lines[i], found[0])
        or lead_name(lines[i], found[0])
        or dash_lead_name(lines[i], found[0])
        or dotted_name(lines[i], found[0])
        or name_after_date(lines[i], found[0])
        or titled_date_name(lines[i], found[0])
        or (head_title(lines, head) if head else card_name(lines, i, before, after))
        or badge_title(lines, i, found[0], after)
        or slug_title(lines, after)
        or above
    )
    if (name is None or name == one_line) and under_cross_sell(lines, i):
        return None  # not the page's course: the one of a cross-sell card without a title
    if cross_sell_row(lines, i):
        return None  # a cross-sell box's row of cells: another course's run
    if glued_cross_sell(lines[i], found[0]):
        return None  # "Similar events near …" glued to its cards: other courses' runs
    if (
        not end_text
        and found[0].dates.end is None
        and len(found) > 1
        and END_WORD.search(lines[i][found[0].span[1] : found[1].span[0]])
    ):
        end_text = found[1].text
    cells = _stacked_cells(lines, segment)
    if name is not None and cells.get("location") == name:
        # a column header dumped a cell a line ("Event" / "Date" / "Venue") over the first
        # card: its last label over that card's title, not the card's venue
        del cells["location"]
    return Candidate(text=text, match=found[0], end_text=end_text, name=name, cells=cells)


def _ends_on_next_tag(lines: list[str], before: list[int], after: list[int]) -> bool:
    """Whether the card's last line is the next card's tag line, written as this card's own
    above its title ("In person · Leeds  Sold out" / title / date … "In person · York  Last
    2 places" / next title / next date), that card's title below it: its status is the next
    card's."""
    return (
        bool(after)
        and len(before) > 1
        and after[-1] + 1 < len(lines)
        and is_titled(lines[after[-1] + 1])
        and mode_led(lines[before[-2]])
        and mode_led(lines[after[-1]])
    )


def _field_row(line: str) -> bool:
    """Whether a tabbed line below a card's date, holding no date, is that card's own
    fields laid side by side (time, venue, trainer) rather than a table's next row:
    one of its cells is a labelled field ("Trainer: …")."""
    return any(FIELD.match(cell.strip()) for cell in line.split("\t"))


def _tile_of(tile: DateMatch, later: DateMatch) -> bool:
    """Whether a lone day's date is an agenda's date tile over a run whose own date line,
    a few lines below, starts on that day ("25 JAN MON" / title / "Sold out" / "January 25,
    2027 – January 27, 2027"): the run is that line's, with the title between."""
    start, again = tile.dates.start, later.dates.start
    return (
        tile.dates.end is None
        and _YEAR.search(tile.text) is None  # "25 JAN", "Jan 25": no year of its own
        and start is not None
        and again is not None
        and start[4:] == again[4:]
    )


def _footer_button(lines: list[str], j: int) -> bool:
    """Whether line ``j`` is a card's own button below its footer: "Book now", "Join
    waitlist", a greyed-out "Unavailable"."""
    if j >= len(lines):
        return False
    line = lines[j]
    if len(line.split()) > 3 or has_digit(line):
        return False
    return bool(BUTTON.search(line)) or control_line(line) or availability_of(line) is not None


def _status_cell(line: str) -> bool:
    """Whether a footer's line holds a status, whole or as one of its tab-apart cells: a
    booking engine's item row "£345.00<TAB>Available", "$90<TAB>3 left"."""
    return availability_of(line) is not None or any(
        availability_of(cell.strip()) is not None for cell in line.split("\t")
    )


# The fields a card may write as a label line over its value line.
_STACKED_ROLES = ("location", "trainer", "mode")
_WORD = re.compile(r"\w+")


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

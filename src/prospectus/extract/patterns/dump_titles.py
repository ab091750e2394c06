"""A text dump's catalogue of several courses, each a title line, its description and then its
sessions' blocks: each session belongs to the title above it.

A booking engine's store page (Rezdy, FareHarbor, Bookeo, Checkfront) dumped as text lists
each product as its title, a few lines about it ("Duration: 3 days", "From AUD $599.00",
"What's included" and its bullets) and a "Select a date" list of session blocks (date,
time and venue, price, seats). The markup names none of the sessions' courses; the lines do.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from prospectus.extract.modes import parse_availability
from prospectus.extract.patterns.card_names import called_off_status
from prospectus.extract.patterns.schedule_words import looks_like_course_name, looks_like_title

# A list item's mark: an item of "What's included", never a product's title.
_BULLETS = ("•", "·", "-", "–", "—", "*", "✓", "✔", "►", "▪", "›")


def _course_title(line: str) -> bool:
    """A line that names a course as a product's title does: a title's shape, with a course's
    words ("PADI Open Water Diver", "Level 2 Award in Food Safety"), not a status."""
    line = line.strip()
    return (
        bool(line)
        and not line.startswith(_BULLETS)
        and len(line) <= 90
        and looks_like_title(line)
        and looks_like_course_name(line)
        and not _status(line)  # a block's status: "SOLD OUT", "LAST FEW SEATS", "CANCELLED"
    )


_BLURB_WORDS = 12  # a description's sentence, not a block's line ("Online (Zoom, GMT)")


def _cell_title(cell: Sequence[str], first: str) -> bool:
    """Whether ``cell`` (three lines) opens a repeating group's cell: a title-shaped line,
    whatever its words, over its description, right over the session block that opens with
    ``first`` or its status ("Grant Writing for Charities" / "For trustees and staff: …" /
    "Open").  A section's label over its text ("Meeting point" / "Day 1: …") is followed by
    something else ("Select a date")."""
    line, below, after = (part.strip() for part in cell)
    return (
        (after == first.strip() or _status(after))
        and below.endswith(".")
        and len(below.split()) >= _BLURB_WORDS
        and bool(line)
        and not line.startswith(_BULLETS)
        and len(line) <= 90
        and looks_like_title(line)
        and not _status(line)
    )


def _status(line: str) -> bool:
    """A block's status line: "Open", "FULL", "CANCELLED" (a badge calling its run off,
    with or without its reason)."""
    return parse_availability(line) is not None or called_off_status(line)


def dump_course_titles(
    lines: Sequence[str], firsts: Sequence[str], blocks: Collection[str] = ()
) -> list[str] | None:
    """The course title above each session block, given the blocks' first lines in page order
    and every block's own lines (its date, time, venue and price: no title); None unless every
    block has one and they name two courses or more (a page of one course names its sessions
    by its own title)."""
    if len(firsts) < 2:
        return None
    names: list[str] = []
    title: str | None = None
    want = 0
    for k, line in enumerate(lines):
        if want == len(firsts):
            break
        stripped = line.strip()
        if stripped == firsts[want].strip():
            if title is None:
                return None
            names.append(title)
            want += 1
            continue
        if stripped not in blocks and (
            _course_title(stripped)
            or (k + 2 < len(lines) and _cell_title(lines[k : k + 3], firsts[want]))
        ):
            title = stripped
    if want < len(firsts) or len(set(names)) < 2:
        return None
    return names

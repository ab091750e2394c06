"""When a marked-up run's name gives way to the name the page's own row shows for it.

An Event per run often names itself by its course and something of the run's: its town ("Yellow
Belt – Toronto", "CPR Course Gold Coast") or a note ("Excel Power Query + Power Pivot (1-day)").
Paired with the page's row for the same run, the row's name is the course's, as the page's other
runs show it.  So too for the names a page's rows give their runs: a short form of a fuller title
the page links (:func:`short_form`, :func:`full_title`), and a course's name with the run's own
month or badge after it ("Forklift Operator – May 2027", "Forklift Operator Open":
:func:`without_own_date`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

from prospectus.extract.dates import parse_date
from prospectus.extract.merge import replaced
from prospectus.extract.modes import OFF_OR_MOVED, parse_availability
from prospectus.extract.months import MONTH_PATTERN, month_number
from prospectus.extract.patterns.schedule_words import promo_badge
from prospectus.extract.text import folded_words, link_key
from prospectus.records import Course, fold

_fold = lru_cache(maxsize=4096)(fold)

# Between a course's short name and the rest of its full name: "NR-10 Básico – Segurança
# em Instalações …", "Excel: Pivot Tables", "PRINCE2 Foundation (2 days)".
NAME_BREAK = re.compile(r"\s*[–—:(|,]|\s+-\s")


def takes_page_name(marked: Course, shown: Course) -> bool:
    """Whether ``marked`` (a run from markup) should take the name of ``shown``, the page's row
    for the same run: the markup names it by its course and its town, or as the page does plus
    a note in brackets."""
    return _course_and_town(marked, shown) or _noted(marked, shown) or _both_towned(marked, shown)


# A run's place after its course's name, as an Event per run names itself: "Yellow Belt –
# Toronto", "Green Belt (Ottawa)", "PMP Bootcamp, Denver", "CSM | Chicago".
_COURSE_SHARE = 0.6  # of the markup's name less its town, the words the page's name holds
_PLACE_TAIL = re.compile(r"\s*(?:[–—|·,]|\s-)\s*([^–—|·,()]{2,40}?)\s*$|\s*\(([^()]{2,40})\)\s*$")


def _course_and_town(marked: Course, shown: Course) -> bool:
    """Whether the page's name for a run should replace the markup's, which names the run by
    its course and its town ("Yellow Belt – Toronto", "Green Belt Certification (Ottawa)" beside
    the row "Lean Six Sigma Yellow Belt" in Toronto): the town is the run's place, and the
    page's row names the course.  The name less its town must still be that course's (most
    of its words in the page's name, not a format's "Intensive (5 days)"), and the page's
    name must not name the town itself."""
    mine, theirs = marked.name, shown.name
    towns = {fold(_town_part(loc)) for loc in (marked.location, shown.location) if loc}
    if not towns or not mine or not theirs or mine == theirs:
        return False
    if (tail := _PLACE_TAIL.search(mine)) is not None:
        place, head = fold(tail.group(1) or tail.group(2)), mine[: tail.start()]
    elif (bare := _bare_town(mine, towns)) is not None:  # "CPR Course Gold Coast"
        place, head = bare
    else:
        return False
    if place not in towns or place in fold(theirs):
        return False
    short = folded_words(head) - _COURSE_WORDS
    capitals = {fold(w) for w in head.split() if w.isupper()}  # "CPR", an abbreviation
    shared = short & folded_words(theirs) | {w for w in short & capitals if _acronym_in(w, theirs)}
    return bool(short) and len(shared) >= _COURSE_SHARE * len(short)


# A course's generic words, which name no course of their own ("CPR Course", "Excel Training").
_COURSE_WORDS = frozenset({"course", "courses", "training", "class", "workshop", "program"})


def _bare_town(name: str, towns: set[str]) -> tuple[str, str] | None:
    """The run's town an Event's name ends with after a space alone ("CPR Course Gold
    Coast") and the name before it, else None."""
    words = name.split()
    for town in sorted(towns):
        n = len(town.split())
        if 0 < n < len(words) and fold(" ".join(words[-n:])) == town:
            return town, " ".join(words[:-n])
    return None


def _acronym_in(word: str, name: str) -> bool:
    """Whether ``word`` (folded, two to five letters) abbreviates words of ``name`` in turn,
    its first letter a word's and its last a later word's: "cpr" of "Cardiopulmonary
    Resuscitation", "ehs" of "Environment, Health and Safety"."""
    if not 2 <= len(word) <= 5 or not word.isalpha():
        return False
    words = fold(name).split()
    for i, first in enumerate(words):
        if not first.startswith(word[0]):
            continue
        for j in range(i + 1, min(i + len(word) + 2, len(words))):
            if words[j].startswith(word[-1]) and _in_order(word[1:-1], " ".join(words[i:j])):
                return True
    return False


def _in_order(letters: str, text: str) -> bool:
    it = iter(text)
    return all(c in it for c in letters)


# A note in brackets after an Event's name: "(1-day)", "(Online)", "(Evening cohort)".
_NAME_NOTE = re.compile(r"\s*\(([^()]{1,30})\)\s*$")
_JOINING = frozenset({"and", "und", "et", "y", "e"})  # "&" and "+" fold away


def _noted(marked: Course, shown: Course) -> bool:
    """Whether the markup names the run as the page does plus a note in brackets ("Excel Power
    Query + Power Pivot (1-day)" beside the card "Excel Power Query & Power Pivot"): the page's
    title is the course's, as its other runs show it.  The page's title may be the fuller one
    ("Excel Power Query & Power Pivot" beside the card "Excel Power Query with Power Pivot
    Essentials"): the note is the markup's, every word before it the page's too."""
    mine, theirs = marked.name, shown.name
    if not mine or not theirs or mine == theirs or (note := _NAME_NOTE.search(mine)) is None:
        return False
    return folded_words(mine[: note.start()]) - _JOINING <= folded_words(theirs) - _JOINING


def _town_part(location: str) -> str:
    """The town of a place written "Town, ST" or "Town, Venue"."""
    return location.split(",", 1)[0]


def _both_towned(marked: Course, shown: Course) -> bool:
    """Whether the page's row, which names its run "<course> – <town>" as the markup does, has
    the fuller course name: "Site Induction – Leeds (March)" beside the row "Construction Site
    Induction – Leeds".  Both tails are the run's town; the markup's course words, less a note
    in brackets, are the row's."""
    mine, theirs = marked.name, shown.name
    if not mine or not theirs or mine == theirs:
        return False
    if (note := _NAME_NOTE.search(mine)) is not None:
        mine = mine[: note.start()]
    ours, row = _TOWN_TAIL.search(mine), _TOWN_TAIL.search(theirs)
    if ours is None or row is None or fold(ours.group(1)) != fold(row.group(1)):
        return False
    towns = {fold(_town_part(loc)) for loc in (marked.location, shown.location) if loc}
    if fold(row.group(1)) not in towns:
        return False
    short = folded_words(mine[: ours.start()]) - _COURSE_WORDS - _JOINING
    full = folded_words(theirs[: row.start()])
    return bool(short) and short <= full and short != full - _COURSE_WORDS - _JOINING


# A run's town after a dash or a bar, at the end of its name: "… – Leeds", "… | Leeds".
_TOWN_TAIL = re.compile(r"\s*(?:[–—|]|\s-)\s*([^–—|()]{2,40}?)\s*$")


# A run's status set before its name with a colon or a dash ("POSTPONED: First Aid –
# Florence", "CANCELLED - Food Safety", "Sold out: Excel Basics"): no part of the name.
_STATUS_LEAD = re.compile(
    rf"(?:{OFF_OR_MOVED}|sold out|fully booked|booked out|full)"
    r"\s*(?::|\s[-–—|])\s*(?=\S)",
    re.I,
)


def status_free(name: str | None) -> str | None:
    """``name`` without a leading status and its separator ("POSTPONED: CPR" → "CPR")."""
    if not name or (match := _STATUS_LEAD.match(name)) is None:
        return name
    return name[match.end() :] or name


def short_form(name: str | None, named: set[str]) -> str | None:
    """The link key of a schedule row's name that may name its course by its opening words
    alone ("Basic Sailing (3 days)" -> "basic sailing"): the name less a note in brackets, two
    words at least and no record's name of its own (``named`` holds the link keys of the
    names the page's course records bear); else None."""
    if not name:
        return None
    note = _NAME_NOTE.search(name)
    short = link_key(name[: note.start()] if note else name)
    return None if short.count(" ") < 1 or short in named else short


def full_title(short: str, titles: Mapping[str, str]) -> str | None:
    """The page's full title for a course a schedule row names by its opening words alone
    (``short``, see :func:`short_form`; "Basic Sailing (3 days)" under the linked heading
    "Basic Sailing with Radio Licence"): ``titles`` maps the link keys of the lines the page
    links to their text.  The short form must open one title only (a name opening two,
    "Excel Level" of "Excel Level 1" and "Excel Level 2", is no one course's), whose phrase
    runs on: a title going on after a colon, dash or comma ("Basic Sailing: is it for
    you?", "Basic Sailing – Advanced") is another thing."""
    found = {text for key, text in titles.items() if _runs_on(short, key, text)}
    return found.pop() if len(found) == 1 else None


# Where a title's phrase stops and another begins: "X: …", "X – …", "X, Sep 19", "X | …".
_PHRASE_BREAK = re.compile(r"^[^\w(]|[:,;.!?]$")
_IN_BRACKETS = re.compile(r"\([^()]*\)")


def _runs_on(short: str, key: str, title: str) -> bool:
    """Whether the title (``key`` its link key) opens with the words ``short`` and its phrase
    runs on after them, no punctuation between, by two words or more outside brackets: one
    word more ("… Refresher", "… Advanced") names a sibling course, a code in brackets
    ("… (PFQ)") the same name written out.  A title joining another thing ("X and Open
    Day") or naming the row's first word again ("Excel Basics vs Excel Macros") is about
    more than the row's course."""
    if not key.startswith(short + " "):
        return False
    words = title.split()
    n = short.count(" ") + 1
    if link_key(" ".join(words[:n])) != short or len(words) <= n:
        return False
    if _PHRASE_BREAK.search(words[n - 1]) or _PHRASE_BREAK.search(words[n]):
        return False
    rest = link_key(_IN_BRACKETS.sub(" ", " ".join(words[n:]))).split()
    return len(rest) >= 2 and rest[0] not in _JOINING and short.split()[0] not in rest


# A card's title: the page's course, then its run's city or format ("Full Stack Web
# Development · Madrid", "PRINCE2® Foundation – Online").
RUN_SUFFIX = re.compile(r"\s+[·|–—]\s+[^·|–—]{1,40}$")


# A month, perhaps with its year ("March 2027", "Sept.", "März 2027").
_MONTH_YEAR = re.compile(rf"(?P<month>{MONTH_PATTERN})\.?(?:\s+(?P<year>\d{{4}}))?", re.I)


def _own_date(run: Course, text: str) -> bool:
    """Whether what a run's name writes after its course is the run's own start: its month,
    with or without its year ("… – March 2027"), or its first day ("… – 22 March 2027")."""
    start = run.start_date or ""
    if (match := _MONTH_YEAR.fullmatch(text)) is None:
        return parse_date(text) == start
    year = match.group("year")
    return month_number(match.group("month")) == int(start[5:7]) and year in (None, start[:4])


def _own_date_free(run: Course) -> str | None:
    """The name before a run's own month or start date ("Forklift Operator" of "Forklift
    Operator – May 2027" starting in May 2027), else None."""
    if not run.start_date or (suffix := RUN_SUFFIX.search(run.name)) is None:
        return None
    if not _own_date(run, run.name[suffix.start() :].strip(" ·|–—")):
        return None
    return run.name[: suffix.start()].strip()


def course_names(*groups: Sequence[Course]) -> set[str]:
    """The folded names the page gives its courses: each record's, and a name two runs or
    more bear before their own months ("… – May 2027", "… – June 2027")."""
    records = [record for group in groups for record in group]
    shorts = Counter(_fold(short) for record in records if (short := _own_date_free(record)))
    return {_fold(record.name) for record in records} | {s for s, n in shorts.items() if n > 1}


def without_own_date(run: Course, named: set[str]) -> Course:
    """A run named by its course and its own month or start date ("Forklift Operator – May
    2027", an events list titling each event so) or its own badge ("Forklift Operator Full",
    see :func:`_badge_free`) named by its course alone, where the page names the course so
    (``named``, see :func:`course_names`): the date or the badge is the run's.  A run's one
    title that names no course elsewhere ("Forklift Operator Perth – May") stays as
    written."""
    short = _own_date_free(run)
    if short is None or _fold(short) not in named:
        short = _badge_free(run.name, named)
    return run if short is None else replaced(run, name=short)


_MAX_BADGE_WORDS = 4
_BADGE_EDGE = " ·|–—-:"


def _badge_free(name: str, named: set[str]) -> str | None:
    """The course's name before a status or offer badge a card sets after its title on the
    title's line ("Forklift Operator Open", "Forklift Operator – 2 places left", "Forklift
    Operator Spring rate"), where the page names the course so elsewhere (``named``); else
    None.  The badge's words are the shared availability and offer words, in any language."""
    words = name.split()
    for size in range(1, min(_MAX_BADGE_WORDS, len(words) - 1) + 1):
        head = " ".join(words[:-size]).rstrip(_BADGE_EDGE)
        tail = " ".join(words[-size:]).strip(_BADGE_EDGE)
        if head and _fold(head) in named and _badge(tail):
            return head
    return None


def _badge(text: str) -> bool:
    """Whether ``text`` is a run's status ("Open", "Complet", "3 seats left") or offer
    badge ("Early bird", "Winter sale")."""
    return parse_availability(text) is not None or promo_badge(text)

"""One run, one record: a course's runs in its markup and in the page's visible schedule
paired and folded together (markup first, the page's dates, offer and place where the markup
is stale), see :func:`merge_runs`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from prospectus.extract.currencies import DOLLAR_CURRENCIES, KRONA_CURRENCIES, RUPEE_CURRENCIES
from prospectus.extract.merge import fill, taken_from, with_changes
from prospectus.extract.patterns.events import CANCELLED
from prospectus.extract.patterns.venues import town_without_region
from prospectus.extract.run_names import status_free, takes_page_name
from prospectus.extract.text import folded_words
from prospectus.records import Course, fold


def same_course(a: str | None, b: str | None) -> bool:
    """Loose: one name's words mostly contained in the other's."""
    ta, tb = folded_words(a), folded_words(b)
    if not ta or not tb:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) >= 0.6


def merge_runs(marked: Sequence[Course], seen: Sequence[Course]) -> list[Course]:
    """Markup runs filled from visible runs of the same date; visible-only runs added.

    A markup run a day off a visible run of its course that has no other partner is that
    run with its dates in UTC (an evening class: "2027-04-08T02:00:00Z" for 7 April, 7 p.m.
    Pacific time): the dates the page shows win, as they do where only the end is a day off.
    """
    out = list(marked)
    paired: set[int] = set()
    unpaired: list[Course] = []
    unlabelled: list[str | None] = []  # the markup's term for each paired row showing none
    for run in seen:
        dated = [
            i
            for i, existing in enumerate(out)
            if existing.start_date == run.start_date
            and existing.start_date is not None
            and not _other_format(existing, run)
        ]
        # the run of its own name first (three masterclasses on one day), else any markup run
        named = [i for i in dated if same_course(out[i].name, run.name)]
        # (not one a run of its own name already filled: another course's run that day)
        other = [i for i in dated if out[i].source != run.source and i not in paired]
        at = named[0] if named else other[0] if other else None
        if at is None:
            out.append(run)
            if run.start_date is not None:
                unpaired.append(run)
            continue
        existing = out[at]
        if existing.source != run.source:
            if run.availability is None and existing.availability != "Discontinued":
                unlabelled.append(existing.availability)  # (not a run called off)
            existing = _page_place(_page_offer(_page_dates(existing, run), run), run)
            if run.name and takes_page_name(existing, run):
                existing = with_changes(existing, {"name": status_free(run.name)}, run.source)
            paired.add(at)
        out[at] = fill(existing, run)
    if unpaired and len(marked) > len(paired):
        out = _day_off(out, len(marked), paired, unpaired)
    if unpaired and unlabelled and set(unlabelled) == {"InStock"}:
        out = _unlabelled_in_stock(out, seen, unpaired)
    elif unpaired and unlabelled and not any(run.availability for run in marked):
        shown = [out[i] for i in sorted(paired)] + unpaired
        out = _unlabelled_in_stock(out, seen, shown, scarce=True)
    return out


def _unlabelled_in_stock(
    out: list[Course], seen: Sequence[Course], unpaired: list[Course], *, scarce: bool = False
) -> list[Course]:
    """``out`` with each run only the page lists, and whose row shows no status, "InStock":
    an events list whose markup calls "InStock" every run of it whose row shows no status (a
    plugin's list that labels only "Sold out" / "Only 4 seats left"), beside rows that do show
    one, leaves out some runs; their rows read as their siblings' do.

    With ``scarce``, ``unpaired`` are all the runs the page shows, of a list whose markup
    states no availability at all: its rows show a status only where places are short or
    gone ("Only 3 spaces left", "Fully booked"), so a row showing none is open."""
    if not any(run.availability is not None for run in seen):
        return out  # no row of the list shows a status: its absence says nothing
    if scarce and any(run.availability not in _SCARCE for run in seen if run.availability):
        return out  # the rows say "open" too: one saying nothing is not read as open
    bare = {
        id(run)
        for run in unpaired
        if run.availability is None and not CANCELLED.search(run.name or "")
    }
    return [
        with_changes(run, {"availability": "InStock"}, run.source) if id(run) in bare else run
        for run in out
    ]


def _other_format(a: Course, b: Course) -> bool:
    """Two runs the page shows side by side on the same dates in different formats (a
    row's classroom and virtual columns): each its own run, never one filling the other."""
    return a.source == b.source and bool(a.mode and b.mode) and a.mode != b.mode


def _day_off(
    out: list[Course], marked: int, paired: set[int], unpaired: list[Course]
) -> list[Course]:
    """``out`` with each unpaired visible run folded into the one unpaired markup run of its
    course a day off it (dates in UTC), where there is exactly one."""
    gone: set[int] = set()
    present = {id(r) for r in out}
    for run in unpaired:
        if id(run) not in present:
            continue  # filled into another visible run of its date
        near = [
            i
            for i in range(marked)
            if i not in paired
            and out[i].source != run.source
            and _days_apart(out[i].start_date, run.start_date) == 1
            and _days_apart(out[i].end_date, run.end_date) in (None, 0, 1)
            and same_course(out[i].name, run.name)
        ]
        if len(near) != 1:
            continue
        index = near[0]
        paired.add(index)
        marked_run = _page_offer(_page_dates(out[index], run, shift=True), run)
        out[index] = fill(_page_place(marked_run, run), run)
        gone.add(id(run))
    return [r for r in out if id(r) not in gone]


def _days_apart(a: str | None, b: str | None) -> int | None:
    if a is None or b is None:
        return None
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return None


def _page_dates(marked: Course, shown: Course, *, shift: bool = False) -> Course:
    """``marked`` with the page's dates where the markup's are a day off (UTC): the start
    where ``shift`` (paired a day off), the end where the page's end is a day off it."""
    changes: dict[str, Any] = {}
    if shift and shown.start_date:
        changes["start_date"] = shown.start_date
    if shown.end_date and _days_apart(marked.end_date, shown.end_date) == 1:
        changes["end_date"] = shown.end_date
    return with_changes(marked, changes, shown.source)


# The offer fields the visible run states over a markup run that contradicts the page.
_SHOWN_OFFER = ("price", "list_price", "currency")


def _page_offer(marked: Course, shown: Course) -> Course:
    """``marked`` with the page's own offer where the two disagree in a way the page settles.

    * another currency than the page shows ("USD" in a plugin's markup beside "1 290 zł"):
      the page's price, list price and currency;
    * the page's struck price is the markup's price and the page's is lower (an early-booking
      discount the markup does not carry): the page's price and list price;
    * the markup's default "InStock" beside an HTML page saying the run is full or nearly so
      (not a text dump's, whose cards' ends are a guess: a status may be the card above's).
    """
    changes: dict[str, Any] = {}
    if shown.price is not None and shown.currency is not None:
        other_currency = marked.currency is not None and not _one_sign(
            marked.currency, shown.currency
        )
        discounted = (
            shown.list_price is not None
            and marked.price == shown.list_price
            and shown.price < shown.list_price
        )
        if (
            other_currency
            or discounted
            or _stale_price(marked, shown)
            or _stale_net(marked, shown)
            or _stale_gross(marked, shown)
        ):
            changes.update({f: getattr(shown, f) for f in _SHOWN_OFFER})
    scarce = shown.availability in _SCARCE and shown.source == "html"
    if marked.availability == "InStock" and scarce:
        changes["availability"] = shown.availability
    return taken_from(marked, shown, changes)


_SCARCE = ("SoldOut", "LimitedAvailability")


def _stale_price(marked: Course, shown: Course) -> bool:
    """Whether the markup's price is an older one than the HTML page shows for the run (the
    same currency, no VAT said either way, the page's card the one it is paired with), or a
    text dump's run shows (its row: "Tue 8 Dec 2026<TAB>Cardiff<TAB>£85" beside "75.00")."""
    return (
        shown.source in ("html", "text")
        and marked.price is not None
        and shown.price is not None
        and marked.price != shown.price
        and marked.currency == shown.currency
        and marked.price_includes_vat is None
        and shown.price_includes_vat is None
    )


def _stale_net(marked: Course, shown: Course) -> bool:
    """Whether the markup's price (its VAT unsaid) is an older one than the page's price said
    to be without VAT: the markup's is lower, so no gross form of the page's ("49000" in the
    markup beside "54.000 lekë excl. VAT" on the card; "64800" would be the gross and stays).
    A text dump's run says so as well: its row states the price, the VAT said for the page."""
    return (
        shown.source in ("html", "text")
        and marked.price is not None
        and shown.price is not None
        and marked.price < shown.price
        and marked.currency == shown.currency
        and marked.price_includes_vat is None
        and shown.price_includes_vat is False
    )


# The VAT, GST and sales tax rates (per cent) a gross price may add to a net one.
_TAX_RATES: tuple[float, ...] = (5, 6, 7, 7.7, 8, 8.1, 9, 10, 12, 13, 14, 15, 16, 17, 18)
_TAX_RATES += (19, 20, 21, 22, 23, 24, 25, 27)
# The rates of a currency spent in one country of one GST or VAT scheme: a net price there
# adds one of these (NZ's 15 % GST: "350.00" beside "$385 incl GST" is no net at 10 %).
_CURRENCY_TAX_RATES: dict[str, tuple[float, ...]] = {
    "NZD": (15,),
    "GBP": (20, 5),
    "SGD": (7, 8, 9),
    "ZAR": (15,),
    "INR": (5, 12, 18, 28),
}


def _stale_gross(marked: Course, shown: Course) -> bool:
    """Whether the markup's price (its VAT unsaid) is an older one than the HTML page's
    price said to include VAT: it differs, and is no net form of the page's at any VAT rate
    ("60.00" in the markup beside "$65.00 incl. GST" in the row; "59.09" would be the net
    at 10 % and stays)."""
    if (
        shown.source != "html"
        or marked.price is None
        or shown.price is None
        or marked.price == shown.price
        or marked.currency != shown.currency
        or marked.price_includes_vat is not None
        or shown.price_includes_vat is not True
    ):
        return False
    rates = _CURRENCY_TAX_RATES.get(shown.currency or "", _TAX_RATES)
    return all(abs(marked.price * (1 + rate / 100) - shown.price) > 0.02 for rate in rates)


def _page_place(marked: Course, shown: Course) -> Course:
    """``marked`` with the town as the page shows it, where the markup's place is that town
    and more: a venue named by the town ("Acme Training Leeds", "Leeds Conference Centre"
    beside "Leeds", or beside "Casper, WY": the town with its state)."""
    mine, theirs = marked.location, shown.location
    theirs = town_without_region(theirs) if theirs and "," in theirs else theirs
    if not theirs or not mine or mine == theirs or not theirs[:1].isupper():
        return marked
    words, town = fold(mine).split(), fold(theirs).split()
    if not town or len(words) <= len(town) or len(theirs) < 3 or "," in theirs:
        return marked
    if words[-len(town) :] == town or words[: len(town)] == town:
        return with_changes(marked, {"location": theirs}, shown.source)
    return marked


_SHARED_SIGNS = (
    DOLLAR_CURRENCIES,
    KRONA_CURRENCIES,
    RUPEE_CURRENCIES,
    frozenset({"JPY", "CNY"}),
)


def _one_sign(a: str, b: str) -> bool:
    """True where the page's sign may stand for the markup's currency: the same currency, or
    two of one sign ("$" read as USD beside CAD markup, "kr", "¥")."""
    return a == b or any(a in sign and b in sign for sign in _SHARED_SIGNS)

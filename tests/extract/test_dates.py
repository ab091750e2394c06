"""Dates and ranges as pages write them, to ISO."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prospectus.extract import dates
from prospectus.extract.dates import (
    DateRange,
    find_date_ranges,
    guess_day_first,
    parse_date,
    parse_date_range,
    parse_iso,
    year_hint,
)
from prospectus.extract.months import RISKY_MONTHS, WEEKDAYS, is_weekday_phrase, month_number

RANGES = [
    ("2026-06-08", None, True, ("2026-06-08", None)),
    ("8 June 2026", None, True, ("2026-06-08", None)),
    ("June 8, 2026", None, True, ("2026-06-08", None)),
    ("8th June 2026", None, True, ("2026-06-08", None)),
    ("Mon 8 June 2026 – Fri 12 June 2026", None, True, ("2026-06-08", "2026-06-12")),
    ("3–7 Aug 2026", None, True, ("2026-08-03", "2026-08-07")),
    ("August 24-26 2026", None, False, ("2026-08-24", "2026-08-26")),
    ("3-7 August 2026", None, True, ("2026-08-03", "2026-08-07")),
    ("28 Sep – 2 Oct 2026", None, True, ("2026-09-28", "2026-10-02")),
    ("29 Dec 2026 – 2 Jan 2027", None, True, ("2026-12-29", "2027-01-02")),
    ("08 Jun - 12 Jun", 2026, True, ("2026-06-08", "2026-06-12")),
    ("Tue 6 Oct – Thu 8 Oct", 2026, True, ("2026-10-06", "2026-10-08")),
    ("Tue 29 Dec – Fri 1 Jan", 2026, True, ("2026-12-29", "2027-01-01")),
    ("14/09/2026", None, True, ("2026-09-14", None)),
    ("10/06/2026", None, False, ("2026-10-06", None)),
    ("10/06/2026", None, True, ("2026-06-10", None)),
    ("05/10/2026 - 09/10/2026", None, True, ("2026-10-05", "2026-10-09")),
    ("10/20/2026 – 10/22/2026", None, False, ("2026-10-20", "2026-10-22")),
    ("2026-10-06 to 2026-10-08", None, True, ("2026-10-06", "2026-10-08")),
    ("6. bis 8. Oktober 2026", None, True, ("2026-10-06", "2026-10-08")),
    ("30. November bis 2. Dezember 2026", None, True, ("2026-11-30", "2026-12-02")),
    ("fra 3. til 26. november 2026", None, True, ("2026-11-03", "2026-11-26")),
    ("od 3. do 26. listopadu 2026", None, True, ("2026-11-03", "2026-11-26")),
    ("6.–8.10.2026", None, True, ("2026-10-06", "2026-10-08")),
    ("06.10.2026", None, True, ("2026-10-06", None)),
    ("6.10. – 8.10.2026", None, True, ("2026-10-06", "2026-10-08")),
    ("du 6 au 8 octobre 2026", None, True, ("2026-10-06", "2026-10-08")),
    ("6 oct. 2026", None, True, ("2026-10-06", None)),
    ("12 févr. 2026", None, True, ("2026-02-12", None)),
    ("3 déc. 2026", None, True, ("2026-12-03", None)),
    ("15 März 2026", None, True, ("2026-03-15", None)),
    ("1 Maerz 2026", None, True, ("2026-03-01", None)),
    ("6 Sept 2026", None, True, ("2026-09-06", None)),
    ("5 mai 2026", None, True, ("2026-05-05", None)),
    ("del 6 al 8 de octubre de 2026", None, True, ("2026-10-06", "2026-10-08")),
    ("dal 6 al 8 ottobre 2026", None, True, ("2026-10-06", "2026-10-08")),
    ("6 t/m 8 oktober 2026", None, True, ("2026-10-06", "2026-10-08")),
    ("8 de outubro de 2026", None, True, ("2026-10-08", None)),
    ("6–8 augusti 2026", None, True, ("2026-08-06", "2026-08-08")),
    ("June 8–12, 2026", None, True, ("2026-06-08", "2026-06-12")),
    ("June 8 - July 2, 2026", None, True, ("2026-06-08", "2026-07-02")),
    ("Dec 29 – Jan 2", 2026, True, ("2026-12-29", "2027-01-02")),
    ("from 8 June until 12 June 2026", None, True, ("2026-06-08", "2026-06-12")),
    ("Mon 2 Nov 2026  –  Fri 13 Nov 2026", None, True, ("2026-11-02", "2026-11-13")),
    ("16 Jan", 2027, True, ("2027-01-16", None)),
    # English ordinals
    ("Mar 3rd–5th 2027", None, True, ("2027-03-03", "2027-03-05")),
    ("Tue 2nd – Thu 4th March 2027", None, True, ("2027-03-02", "2027-03-04")),
    ("29th Apr – 1st May 2027", None, True, ("2027-04-29", "2027-05-01")),
    ("April 21st, 2027", None, True, ("2027-04-21", None)),
    # lists of days: first to last
    ("March 4 & 11, 2027", None, False, ("2027-03-04", "2027-03-11")),
    ("March 4, 11 and 18, 2027", None, False, ("2027-03-04", "2027-03-18")),
    (
        "Sat 6 Mar, Sun 7 Mar, Sat 13 Mar and Sun 14 Mar 2027",
        None,
        True,
        ("2027-03-06", "2027-03-14"),
    ),
    ("les 4 et 5 mars 2027", None, True, ("2027-03-04", "2027-03-05")),
    ("am 4. und 11. März 2027", None, True, ("2027-03-04", "2027-03-11")),
    ("los días 4 y 5 de marzo de 2027", None, True, ("2027-03-04", "2027-03-05")),
    ("5, 12, 19 May 2027", None, True, ("2027-05-05", "2027-05-19")),
    # weekday abbreviations of other languages after a range word
    ("tis 2 – ons 3 mars 2027", None, True, ("2027-03-02", "2027-03-03")),
    ("ma 1. – ke 3. maaliskuuta 2027", None, True, ("2027-03-01", "2027-03-03")),
    # inflected and other-language month names
    ("3–5 marca 2027", None, True, ("2027-03-03", "2027-03-05")),
    ("28 lutego – 2 marca 2027", None, True, ("2027-02-28", "2027-03-02")),
    ("3.–5. března 2027", None, True, ("2027-03-03", "2027-03-05")),
    ("7. května 2027", None, True, ("2027-05-07", None)),
    ("3. maaliskuuta 2027", None, True, ("2027-03-03", None)),
    ("3.–5. marts 2027", None, True, ("2027-03-03", "2027-03-05")),
    # sessions listed with "samt" ("as well as") and their weekdays
    (
        "mandag 7. og tirsdag 8. juni samt mandag 14. juni 2027",
        None,
        True,
        ("2027-06-07", "2027-06-14"),
    ),
    ("2. og 3. september samt 9. september 2027", None, True, ("2027-09-02", "2027-09-09")),
    ("3. desember 2027", None, True, ("2027-12-03", None)),
    # CJK
    ("2027年3月3日（水）〜5日（金）", None, True, ("2027-03-03", "2027-03-05")),
    ("2027年3月3日（三）至3月5日（五）", None, True, ("2027-03-03", "2027-03-05")),
    ("2027年3月6日（土）・7日（日）・13日（土）", None, True, ("2027-03-06", "2027-03-13")),
    ("2027/03/03〜2027/03/05", None, True, ("2027-03-03", "2027-03-05")),
    ("2027년 3월 3일", None, True, ("2027-03-03", None)),
    ("3月5日", 2027, True, ("2027-03-05", None)),
    ("09-Nov-2026 to 04-Dec-2026", None, True, ("2026-11-09", "2026-12-04")),
    ("21-OCT-2026", None, True, ("2026-10-21", None)),
    # Czech and Slovak spaced dots
    ("14. 6. 2027", None, True, ("2027-06-14", None)),
    ("8.–10. 6. 2027 (út – čt)", None, True, ("2027-06-08", "2027-06-10")),
    ("22. 9. 2027 – 24. 9. 2027", None, True, ("2027-09-22", "2027-09-24")),
    ("29. 6. – 2. 7. 2027", None, True, ("2027-06-29", "2027-07-02")),
]


@pytest.mark.parametrize(("text", "year", "day_first", "expected"), RANGES)
def test_parse_date_range(
    text: str, year: int | None, day_first: bool, expected: tuple[str, str | None]
) -> None:
    assert parse_date_range(text, year=year, day_first=day_first) == DateRange(*expected)


NOT_DATES = [
    "8 June",  # no year, no hint: never invented
    "Tue 6 Oct – Thu 8 Oct",
    "31 Feb 2026",
    "30/02/2026",
    "4.8 out of 5",
    "Version 3.1.",
    "Kapitola 1. 2. 20 stran",  # spaced dots: a year of four digits
    "3 days",
    "09:00–17:00",
    "October 2026",
    "1,450",
    "£1,795 + VAT",
    "Call 0161 496 0180",
    "",
    "Level 5",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    assert parse_date_range(text) is None


def test_risky_month_word_needs_its_year() -> None:
    assert parse_date_range("rated 8 out of 10", year=2026) is None
    assert parse_date("8 out 2026") == "2026-10-08"


def test_find_date_ranges_spans_and_order() -> None:
    text = "12 Oct - 16 Oct 2026 (Online) £2,195 · 16–20 Nov 2026 · 25 Jan - 29 Jan 2027"
    found = find_date_ranges(text)
    assert [m.dates for m in found] == [
        DateRange("2026-10-12", "2026-10-16"),
        DateRange("2026-11-16", "2026-11-20"),
        DateRange("2027-01-25", "2027-01-29"),
    ]
    assert [text[m.span[0] : m.span[1]] for m in found] == [m.text for m in found]
    assert found[0].text == "12 Oct - 16 Oct 2026"


def test_lists_of_full_dates_stay_apart() -> None:
    # Each date with its own year, or dates months apart, are separate runs.
    found = find_date_ranges("4 Mar 2027, 11 Mar 2027 and 18 Mar 2027")
    assert [m.dates.end for m in found] == [None, None, None]
    found = find_date_ranges("4 March and 14 June 2027")
    assert [m.dates for m in found] == [DateRange("2027-06-14", None)]
    found = find_date_ranges("Oct 12, 2026 and 14 others")
    assert [m.dates for m in found] == [DateRange("2026-10-12", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thu 9 Sep 2027 & Fri 10 Sep 2027", ("2027-09-09", "2027-09-10")),
        ("September 9, 2027 and September 10, 2027", ("2027-09-09", "2027-09-10")),
        ("jeu. 9 sept. 2027 et ven. 10 sept. 2027", ("2027-09-09", "2027-09-10")),
    ],
)
def test_full_dates_day_after_day_are_one_run(text: str, expected: tuple[str, str]) -> None:
    """A two-day course written out day by day, each day with its year: one run."""
    (found,) = find_date_ranges(text)
    assert (found.dates.start, found.dates.end) == expected


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("11/10 – 15/10/2027 · 9h", True, ("2027-10-11", "2027-10-15")),
        ("11/10 a 15/10/2027", True, ("2027-10-11", "2027-10-15")),
        ("10/11 to 10/15/2027", False, ("2027-10-11", "2027-10-15")),
    ],
)
def test_a_slashed_first_date_takes_the_year_of_the_last(
    text: str, day_first: bool, expected: tuple[str, str]
) -> None:
    """A range's first date in slashes without its year, the year the end date's."""
    (found,) = find_date_ranges(text, day_first=day_first)
    assert (found.dates.start, found.dates.end) == expected


def test_a_slashed_pair_alone_is_no_date() -> None:
    found = find_date_ranges("serves 3/4 of the group – from 12/05/2027")
    assert [m.dates for m in found] == [DateRange("2027-05-12", None)]


def test_time_ranges_are_not_days() -> None:
    found = find_date_ranges("8 June 2026 09:00 – 17:00")
    assert [m.dates for m in found] == [DateRange("2026-06-08", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Jun 8, 2026 9:00 AM - Jun 12, 2026 5:00 PM",
        "June 8, 2026 @ 9:00 am - June 12, 2026 @ 5:00 pm",
        "8 June 2026 09:00 – 12 June 2026 17:00",
        "8.6.2026, 09:00 Uhr - 12.6.2026",
    ],
)
def test_a_range_with_the_first_days_time_before_the_dash(text: str) -> None:
    found = find_date_ranges(text)
    assert [m.dates for m in found] == [DateRange("2026-06-08", "2026-06-12")]


@pytest.mark.parametrize(
    "text",
    [
        "8–12 июня 2026",  # Russian
        "8–12 червня 2026",  # Ukrainian
        "8-12 Haziran 2026",  # Turkish
        "8 - 12 iunie 2026",  # Romanian
        "június 8–12., 2026",  # Hungarian
        "8.–12. júna 2026",  # Slovak
        "8–12 Ιουνίου 2026",  # Greek
        "понеделник, 8 юни – петък, 12 юни 2026 г.",  # Bulgarian
        "8–12 юни 2026",
        "mánudagur, 8. júní 2026 – föstudagur, 12. júní 2026",  # Icelandic
    ],
)
def test_month_names_in_more_languages(text: str) -> None:
    found = find_date_ranges(text)
    assert [m.dates for m in found] == [DateRange("2026-06-08", "2026-06-12")]


ISO = [
    ("2026-06-08", "2026-06-08"),
    ("2026-06-08T09:00", "2026-06-08"),
    ("2026-06-08T09:00:00+01:00", "2026-06-08"),
    ("2026-10-06T09:00:00-06:00", "2026-10-06"),
    ("2026-06-08 09:30:00", "2026-06-08"),
    ("2026-06-08Z", "2026-06-08"),
    ("20260608", "2026-06-08"),
    ("8 June 2026", "2026-06-08"),
    ("2026-02-30", None),
    ("2026-13-01", None),
    ("", None),
    (None, None),
    ("soon", None),
]


@pytest.mark.parametrize(("value", "expected"), ISO)
def test_parse_iso(value: str | None, expected: str | None) -> None:
    assert parse_iso(value) == expected


DAY_FIRST = [
    ({"lang": "en-US"}, False),
    ({"lang": "en-GB"}, True),
    ({"lang": "de"}, True),
    ({"lang": "fr-FR"}, True),
    ({"lang": "en-NZ"}, True),
    ({"lang": "en-AU"}, True),
    ({"currency": "USD"}, False),
    ({"currency": "GBP"}, True),
    ({"currency": "EUR"}, True),
    ({"currency": "NZD"}, True),
    ({"lang": "en", "currency": "USD"}, False),
    ({"url": "https://training.example.us/x"}, False),
    ({"url": "https://example.co.uk/course"}, True),
    ({"lang": "en-US", "text": "Starts 13/06/2026"}, True),
    ({"lang": "en-GB", "text": "Starts 06/13/2026"}, False),
    ({"url": "https://example.com", "text": "10/20/2026 – 10/22/2026"}, False),
    ({}, True),
]


@pytest.mark.parametrize(("cues", "expected"), DAY_FIRST)
def test_guess_day_first(cues: dict[str, str], expected: bool) -> None:
    assert guess_day_first(**cues) is expected


YEAR_HINTS = [
    ("Dates for 2026", 2026),
    ("2027 dates", 2027),
    ("2026 course dates", 2026),
    ("Termine 2026", 2026),
    ("Upcoming courses in 2027", 2027),
    ("2026", 2026),
    ("Course schedule", None),
    ("Founded in 1998, we have trained 20,000 people", None),
    ("8 June 2026", None),
    ("Newcastle NSW 2026", None),  # a postcode after a state's code
    ("4 Bay Road, Canberra ACT 2011(map)", None),
    ("Andamios Seguros NOM-031-STPS-2021", None),  # a standard's edition, not the dates' year
    ("Lead Assessor ISO 14001:2015", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_HINTS)
def test_year_hint(text: str, expected: int | None) -> None:
    assert year_hint(text) == expected


@given(st.text(max_size=200), st.one_of(st.none(), st.integers(1800, 2200)), st.booleans())
def test_any_text_gives_valid_iso_or_nothing(text: str, year: int | None, day_first: bool) -> None:
    for match in find_date_ranges(text, year=year, day_first=day_first):
        start = dt.date.fromisoformat(match.dates.start or "")
        if match.dates.end is not None:
            assert dt.date.fromisoformat(match.dates.end) >= start
        assert text[match.span[0] : match.span[1]] == match.text
    parse_iso(text)
    year_hint(text)
    guess_day_first(text=text)


@given(st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)))
def test_written_dates_round_trip(day: dt.date) -> None:
    assert parse_date(day.strftime("%d %B %Y")) == day.isoformat()
    assert parse_date(day.strftime("%B %d, %Y")) == day.isoformat()
    assert parse_date(day.strftime("%d.%m.%Y")) == day.isoformat()
    assert parse_iso(day.isoformat() + "T09:00:00+02:00") == day.isoformat()


def test_two_numbers_joined_by_a_bare_comma_are_not_a_date_list() -> None:
    (match,) = find_date_ranges("Room 4, 27 October 2027", day_first=True)
    assert (match.dates.start, match.dates.end) == ("2027-10-27", None)
    (listed,) = find_date_ranges("4, 11, 18 May 2027", day_first=True)
    assert (listed.dates.start, listed.dates.end) == ("2027-05-04", "2027-05-18")


def test_a_list_of_days_over_two_months_starts_in_the_first_month() -> None:
    # The first bare day takes the month written after it, not the list's last month.
    found = find_date_ranges("28 & 30 Sep, 2 Oct 2027")
    assert [m.dates for m in found] == [DateRange("2027-09-28", "2027-10-02")]
    found = find_date_ranges("Mar 30 & 31, Apr 2 & 3, 2027")
    assert [m.dates for m in found] == [DateRange("2027-03-30", "2027-04-03")]


MULTI_PART = [
    ("6-8+10 October 2027", ("2027-10-06", "2027-10-10")),
    ("12-13 May + 19-20 May, 2027", ("2027-05-12", "2027-05-20")),
    ("Jun 1-3 & Jun 8-10, 2027", ("2027-06-01", "2027-06-10")),
    ("Feb 22-24 & Mar 1-3, 2027", ("2027-02-22", "2027-03-03")),
    ("Oct 5-7 and 12-14, 2027", ("2027-10-05", "2027-10-14")),
    ("Nov 16th, Dec 1st, 2027 and Jan 11-12th, 2028", ("2027-11-16", "2028-01-12")),
]


@pytest.mark.parametrize(("text", "expected"), MULTI_PART)
def test_a_multi_part_date_spans_its_first_to_its_last_day(
    text: str, expected: tuple[str, str]
) -> None:
    (found,) = find_date_ranges(text)
    assert (found.dates.start, found.dates.end) == expected
    assert found.text == text


def test_a_list_of_dated_days_without_a_year_takes_the_hint_across_the_new_year() -> None:
    (found,) = find_date_ranges("29 Dec, 30 Dec, Jan 4, Jan 5", year=2027)
    assert (found.dates.start, found.dates.end) == ("2027-12-29", "2028-01-05")
    assert find_date_ranges("29 Dec, 30 Dec, Jan 4, Jan 5") == []


def test_what_follows_a_range_is_no_part_of_it_unless_it_comes_later() -> None:
    # "+ 6 following Wednesdays": 6 is no later day of September.
    (found,) = find_date_ranges("September 8-10 2027 + 6 following Wednesdays")
    assert (found.dates.start, found.dates.end) == ("2027-09-08", "2027-09-10")
    # Two runs, each with its own year and a bare comma between: apart.
    found = find_date_ranges("12 Oct 2027, 16-20 Nov 2027")
    assert [(m.dates.start, m.dates.end) for m in found] == [
        ("2027-10-12", None),
        ("2027-11-16", "2027-11-20"),
    ]


def test_dutch_day_pairs_with_weekday_abbreviations_and_a_plus() -> None:
    found = find_date_ranges("vr 8 jan en za 9 jan 2027", day_first=True)
    assert [m.dates for m in found] == [DateRange("2027-01-08", "2027-01-09")]
    found = find_date_ranges("wo 3 + do 4 maart 2027", day_first=True)
    assert [m.dates for m in found] == [DateRange("2027-03-03", "2027-03-04")]
    (price_then_date,) = find_date_ranges("€ 450 + 21% btw, 4 maart 2027", day_first=True)
    assert price_then_date.dates == DateRange("2027-03-04", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japanese, Korean and Chinese year-first ranges whose end leaves out the year
        ("2027/02/04(木)〜02/05(金)", ("2027-02-04", "2027-02-05")),
        ("2027/2/4（木）～2/5（金）", ("2027-02-04", "2027-02-05")),
        ("2027/2/4(木)～5(金)", ("2027-02-04", "2027-02-05")),  # a bare day, with its weekday
        ("2027.01.18(월) ~ 01.29(금)", ("2027-01-18", "2027-01-29")),
        ("2027. 1. 9.(토) ~ 2. 27.(토) 매주 토요일", ("2027-01-09", "2027-02-27")),
        ("2026. 12. 28.(월) ~ 1. 8.(금)", ("2026-12-28", "2027-01-08")),  # across the new year
        ("2027. 3. 6.(토) ~ 2027. 4. 3.(토)", ("2027-03-06", "2027-04-03")),
        ("2027. 4. 10. 예정", ("2027-04-10", None)),  # Korean dotted date on its own
        ("2027/02/04・02/05", ("2027-02-04", "2027-02-05")),  # a two-day list
    ],
)
def test_year_first_ranges_as_cjk_pages_write_them(
    text: str, expected: tuple[str, str | None]
) -> None:
    found = find_date_ranges(text)
    assert (found[0].dates.start, found[0].dates.end) == expected


def test_a_year_first_date_lends_no_range_to_what_is_no_date() -> None:
    # a number after a dash is no day of a range without its weekday
    assert [m.dates for m in find_date_ranges("2026-06-08 – 15 participants")] == [
        DateRange("2026-06-08", None)
    ]
    # a list's dates months apart are two runs' dates, no range of one
    found = find_date_ranges("2027/02/04・05/20")
    assert found[0].dates == DateRange("2027-02-04", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # year first, as Hungarian (and Korean) pages write dates: the day's dot closes them
        ("2027. március 3.", ("2027-03-03", None)),
        ("2027. márc. 3–5. (szerda–péntek)", ("2027-03-03", "2027-03-05")),
        ("2027. május 30. – június 2.", ("2027-05-30", "2027-06-02")),
        ("2027. 05. 10. – 2027. 06. 21., hétfő esténként", ("2027-05-10", "2027-06-21")),
        ("2027.09.06. – 2027.09.10.", ("2027-09-06", "2027-09-10")),
        ("2027. 9. 6.", ("2027-09-06", None)),
        # a year-first list of days: the first date lends its year and month onward
        ("2027. október 2., 9. és 16. (szombat)", ("2027-10-02", "2027-10-16")),
    ],
)
def test_year_first_dates(text: str, expected: tuple[str, str | None]) -> None:
    assert parse_date_range(text) == DateRange(*expected)


@pytest.mark.parametrize(
    "text",
    [
        "4, 5, 11 și 12 martie 2027",  # Romanian
        "4., 5., 11. és 12. március 2027",  # Hungarian, day first
        "4, 5, 11 ja 12 maaliskuuta 2027",  # Finnish
    ],
)
def test_a_list_of_days_joined_by_and_in_more_languages(text: str) -> None:
    assert parse_date_range(text) == DateRange("2027-03-04", "2027-03-12")


def test_a_dotted_date_without_the_days_dot_is_read_as_before() -> None:
    assert parse_date_range("2027.04.12") == DateRange("2027-04-12", None)
    assert parse_date_range("2027.04.12 – 2027.04.16") == DateRange("2027-04-12", "2027-04-16")


def _atom_by_groups(match: re.Match[str], day_first: bool) -> tuple[object, ...]:
    """An atom read by asking each branch's groups in turn (how the parser read them before
    it told the branch by its last group)."""
    g = match.group
    span = match.span()
    if match.re is not dates._ATOM and (cd := g("cd")):
        if (cm := g("cm")) is None:
            return (*span, int(cd), None, None, "day", False, False)
        return (*span, int(cd), int(cm), int(g("cy")) if g("cy") else None, "ymd", True, False)
    if fy := g("fy"):
        month = int(fn) if (fn := g("fn")) else month_number(g("fm"))
        return (*span, int(g("fd")), month, int(fy), "ymd", True, False)
    if iy := g("iy"):
        return (*span, int(g("id")), int(g("im")), int(iy), "iso", False, False)
    if na := g("na"):
        day, month = dates._day_month(int(na), int(g("nb")), day_first)
        return (*span, day, month, dates._full_year(g("ny")), "num", False, False)
    if dd := g("dd"):
        return (*span, int(dd), int(g("dm")), None, "dm", False, False)
    if name := g("m1") or g("m2"):
        first = g("m1") is not None
        year = g("y1") if first else g("y2")
        risky = not year and name.casefold() in RISKY_MONTHS
        day = int(g("d1") if first else g("d2"))
        return (*span, day, month_number(name), dates._full_year(year), "text", not first, risky)
    return (*span, int(g("d3")), None, dates._full_year(g("y3")), "day", False, False)


@pytest.mark.parametrize(
    "text",
    [
        "Posted 14 November 2025", "8–11 Mar 2026", "February 14–18, 2026", "Sept.12, 2026",
        "3 & 4 Nov, 1 & 2 Dec 2026, 12 & 13 Jan 2027", "le 8 déc. 2026 · 12.05. – 14.05.",
        "6.–8.10.2026", "05/10/26 – 07/10/2026", "2026-06-08T09:00:00+01:00 to 2026-06-12",
        "2027. január 11. – 2027.01.18 ~ 01.29", "2027.04.12.", "12th of March, May 3rd",
        "1er mars 2027", "12º de março de 2027", "ITIL 4 Foundation, Level 5", "Room 12, 3 days",
        "2026年10月12日〜10月16日", "10月16日・17日", "15日", "2027/02/04(木)〜02/05(金)",
        "2027. 1. 9.(토) ~ 2. 27.(토)", "Mon 12 – Wed 14 October 2026 · £1,295 + VAT",
    ],
)  # fmt: skip
def test_atoms_read_by_their_last_group_as_by_each_group(text: str) -> None:
    for pattern in (dates._ATOM, dates._atom_or_cjk()):
        for day_first in (True, False):
            for match in pattern.finditer(text):
                assert tuple(dates._atom(match, day_first)) == _atom_by_groups(match, day_first)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Δευτέρα 9 – Τετάρτη 11 Νοεμβρίου 2026", ("2026-11-09", "2026-11-11")),
        ("Παρασκευή 29 Ιανουαρίου – Δευτέρα 1 Φεβρουαρίου 2027", ("2027-01-29", "2027-02-01")),
        ("Τετ 3 – Παρ 5 Μαρτίου 2027", ("2027-03-03", "2027-03-05")),
    ],
)
def test_greek_weekdays_inside_a_range(text: str, expected: tuple[str, str]) -> None:
    assert parse_date_range(text) == DateRange(*expected)


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("Start: Tue, 04.11 · End: 27.11 · 8 sessions", 2026, ("2026-11-04", "2026-11-27")),
        ("Beginn: 16.11. | Ende: 20.11.", 2026, ("2026-11-16", "2026-11-20")),
        ("Début : 28.12 · Fin : 08.01.2027", None, ("2026-12-28", "2027-01-08")),
        ("פתיחה: יום ג׳, 02.03 · סיום: 26.03 · 8 מפגשים", 2027, ("2027-03-02", "2027-03-26")),
    ],
)
def test_a_labelled_start_and_end_without_the_days_dot(
    text: str, year: int | None, expected: tuple[str, str]
) -> None:
    assert parse_date_range(text, year=year) == DateRange(*expected)


@pytest.mark.parametrize(
    "text", ["Opens 10:30 · End: 12.30", "Version 3.5, end: 4.5", "Start: 07.12 · End: 02.12"]
)
def test_a_labelled_end_makes_no_range_of_times_or_backward_days(text: str) -> None:
    assert all(m.dates.end is None for m in find_date_ranges(text, year=2026))


def test_indonesian_and_malay_month_names() -> None:
    def start(text: str) -> str | None:
        found = find_date_ranges(text, day_first=True)
        return found[0].dates.start if found else None

    assert start("2 – 6 Maret 2027") == "2027-03-02"
    assert start("15 Agustus 2027") == "2027-08-15"
    assert start("4 Ogos 2027") == "2027-08-04"
    assert start("9 Disember 2026") == "2026-12-09"
    assert start("Mac 12 users") is None  # "Mac" alone is a risky name: a year must follow


def test_weekday_phrases_in_more_languages() -> None:
    assert is_weekday_phrase("Selasa")
    assert is_weekday_phrase("Rabu – Kamis")
    assert is_weekday_phrase("Thứ Ba & Thứ Năm")
    assert is_weekday_phrase("Cumartesi, Pazar")
    assert is_weekday_phrase("Mon, Wed")
    assert not is_weekday_phrase("Surabaya")
    assert not is_weekday_phrase("Monday Club")


def test_thai_dates_with_buddhist_era_years() -> None:
    """Thai pages write month abbreviations with dots and Buddhist-Era years (CE + 543),
    a weekday's letter before each day."""

    def dates(text: str) -> tuple[str | None, str | None] | None:
        found = find_date_ranges(text, day_first=True)
        return (found[0].dates.start, found[0].dates.end) if found else None

    assert dates("อ. 3 มี.ค. 2570 – พฤ. 5 มี.ค. 2570") == ("2027-03-03", "2027-03-05")
    assert dates("เริ่ม ส. 9 ม.ค. 2570") == ("2027-01-09", None)
    assert dates("21–23 ตุลาคม 2569") == ("2026-10-21", "2026-10-23")
    assert dates("28 ธ.ค. 2569 – 2 ม.ค. 2570") == ("2026-12-28", "2027-01-02")
    assert dates("วันที่ 7/6/2570") == ("2027-06-07", None)
    assert dates("12 October 2026") == ("2026-10-12", None)  # Common-Era years as they are


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("E 14.06. – R 18.06.2027 · Tartu", ("2027-06-14", "2027-06-18")),
        ("T 02.03. – N 04.03.2027", ("2027-03-02", "2027-03-04")),
        ("L 20.11. – P 21.11.2027", ("2027-11-20", "2027-11-21")),
    ],
)
def test_estonian_one_letter_weekdays_inside_a_range(text: str, expected: tuple[str, str]) -> None:
    found = find_date_ranges(text, day_first=True)
    assert [(m.dates.start, m.dates.end) for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("сб, 6 – нд, 14 березня 2027", "2027-03-06", "2027-03-14"),  # uk
        ("пн 12 – ср 14 квітня 2027", "2027-04-12", "2027-04-14"),
        ("пт, 4 – вс, 6 июня 2027", "2027-06-04", "2027-06-06"),  # ru
    ],
)
def test_ukrainian_and_russian_weekdays_inside_a_range(text: str, start: str, end: str) -> None:
    found = find_date_ranges(text)
    assert found and (found[0].dates.start, found[0].dates.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Më. 3. Mäerz 2027 → Do. 4. Mäerz 2027", "2027-03-03", "2027-03-04"),  # lb
        ("Mé. 19. Abrëll 2027 → Dë. 20. Abrëll 2027", "2027-04-19", "2027-04-20"),
        ("8. Juni 2027 → 9. Juni 2027", "2027-06-08", "2027-06-09"),  # a Notion date range
        ("Hën 7 – Mër 9 qershor 2027", "2027-06-07", "2027-06-09"),  # sq
        ("Enjte 11 – Premte 12 nëntor 2027", "2027-11-11", "2027-11-12"),
        # ro: a weekday before each end of a range
        ("marți, 9 martie 2027 – joi, 11 martie 2027", "2027-03-09", "2027-03-11"),
        ("sâmbătă, 3 – duminică, 4 iulie 2027", "2027-07-03", "2027-07-04"),
    ],
)
def test_luxembourgish_and_albanian_dates_and_arrow_ranges(text: str, start: str, end: str) -> None:
    found = find_date_ranges(text)
    assert found and (found[0].dates.start, found[0].dates.end) == (start, end)


def test_unaccented_short_weekdays_stay_words() -> None:
    # "mé", "dë", "më" (lb) and "hën", "mër" (sq) are weekdays only with their accents
    assert {"mé", "dë", "më", "hën", "mër"} <= WEEKDAYS
    assert not {"me", "hen"} & WEEKDAYS
    assert not find_date_ranges("neem 2 mee naar huis")  # "mee": a month only with its year


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("9–11 декември 2026 (сре–пет)", "2026-12-09", "2026-12-11"),  # mk
        ("20–22 јануари 2027", "2027-01-20", "2027-01-22"),  # mk
        ("14 – 16 юни 2027", "2027-06-14", "2027-06-16"),  # bg
        ("7. децембра 2026", "2026-12-07", "2026-12-07"),  # sr Cyrillic
    ],
)
def test_south_slavic_cyrillic_months(text: str, start: str, end: str) -> None:
    found = find_date_ranges(text)
    assert [(m.dates.start, m.dates.end or m.dates.start) for m in found] == [(start, end)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fire Safety Level 2 – 20/01/2027", ("2027-01-20", None)),
        ("Module 3 - 14 March 2027", ("2027-03-14", None)),
        ("Day 1 – 12 Jan 2027", ("2027-01-12", None)),
        ("2 – 20 January 2027", ("2027-01-02", "2027-01-20")),  # a range as before
        ("Thursday 2 – 4 February 2027", ("2027-02-02", "2027-02-04")),
    ],
)
def test_a_label_s_number_is_no_range_s_first_day(
    text: str, expected: tuple[str, str | None]
) -> None:
    found = find_date_ranges(text, day_first=True)
    assert [(m.dates.start, m.dates.end) for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sat, Mar 6 • 10:00 AM EST – Sun, Mar 7", ("2027-03-06", "2027-03-07")),
        ("Tue, Feb 9, 2027 · 9:30 AM GMT - Wed, Feb 10", ("2027-02-09", "2027-02-10")),
        ("Fri, Apr 2 • 6:00 PM AEDT – Sun, Apr 4", ("2027-04-02", "2027-04-04")),
    ],
)
def test_a_ticketing_sites_start_time_and_zone_before_the_end_day(
    text: str, expected: tuple[str, str]
) -> None:
    """An event listing's "Start • time ZONE – End": the end day is the range's end."""
    found = find_date_ranges(text, year=2027, day_first=False)
    assert [(m.dates.start, m.dates.end) for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tue 29 Dec 2026, Mon 4 & Wed 6 Jan 2027", ("2026-12-29", "2027-01-06")),
        ("28 December 2027 and 3 January 2028", ("2027-12-28", "2028-01-03")),
        ("31 Dec 2026, 2, 3 & 4 Jan 2027", ("2026-12-31", "2027-01-04")),
    ],
)
def test_a_list_of_days_across_the_year_end_writes_both_years(
    text: str, expected: tuple[str, str]
) -> None:
    """A list whose first day is in December with its year and whose last is in January of
    the next year with its own: one run over the year end."""
    (found,) = find_date_ranges(text)
    assert (found.dates.start, found.dates.end) == expected


def test_a_list_of_full_dates_in_two_years_otherwise_stays_apart() -> None:
    found = find_date_ranges("30 Nov 2026, 4 & 5 Jan 2027")
    assert [(m.dates.start, m.dates.end) for m in found] == [
        ("2026-11-30", None),
        ("2027-01-04", "2027-01-05"),
    ]
    found = find_date_ranges("5 May 2026 & 6 May 2027")
    assert [m.dates.end for m in found] == [None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuesday 8 December 2026 and Wednesday 9 December", ("2026-12-08", "2026-12-09")),
        ("dinsdag 12 januari 2027 en woensdag 13 januari", ("2027-01-12", "2027-01-13")),
        ("Mo 30 Nov 2026 & Di 1 Dez", ("2026-11-30", "2026-12-01")),
        ("Wed 30 Dec 2026 and Mon 4 Jan", ("2026-12-30", "2027-01-04")),
    ],
)
def test_a_full_first_date_lends_its_year_to_the_dates_listed_after_it(
    text: str, expected: tuple[str, str]
) -> None:
    (found,) = find_date_ranges(text)
    assert (found.dates.start, found.dates.end) == expected


def test_a_year_first_list_with_a_day_or_date_too_far_stays_apart() -> None:
    found = find_date_ranges("8 December 2026 and 9 March")
    assert [(m.dates.start, m.dates.end) for m in found] == [("2026-12-08", None)]
    found = find_date_ranges("4 May 2026 & 11/05/2026")
    assert [m.dates.end for m in found] == [None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 March (online theory) + 21 March 2027 (practical)", ("2027-03-14", "2027-03-21")),
        ("9 februari (theorie) + 16 februari 2027", ("2027-02-09", "2027-02-16")),
        ("3 June (e-learning) & 10 June 2027", ("2027-06-03", "2027-06-10")),
    ],
)
def test_a_note_on_a_part_before_a_plus_keeps_the_parts_one_run(
    text: str, expected: tuple[str, str]
) -> None:
    (found,) = find_date_ranges(text)
    assert (found.dates.start, found.dates.end) == expected


def test_a_place_in_brackets_before_and_keeps_the_dates_apart() -> None:
    found = find_date_ranges("12 May (London) and 14 May 2026")
    assert [(m.dates.start, m.dates.end) for m in found] == [("2026-05-14", None)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Sat Dec 19, 2026 > Sun Dec 20, 2026  8:30 AM - 4:30 PM AST", "2026-12-19", "2026-12-20"),
        ("Thu Mar 4, 2027 > Fri Mar 5, 2027", "2027-03-04", "2027-03-05"),
        ("12 June 2027 > 14 June 2027", "2027-06-12", "2027-06-14"),
    ],
)
def test_a_spaced_angle_bracket_between_two_dates_is_a_range(
    text: str, start: str, end: str
) -> None:
    assert parse_date_range(text) == DateRange(start, end)


def test_an_angle_bracket_in_a_breadcrumb_joins_no_range() -> None:
    assert parse_date_range("Home > Events > 3 May 2027") == DateRange("2027-05-03", None)

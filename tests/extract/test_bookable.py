"""A run's row with its own booking control and no status reads as open for booking."""

from __future__ import annotations

import pytest

from prospectus.extract.patterns.bookable import bookable_row, control_line


@pytest.mark.parametrize(
    "text",
    [
        "12 May 2027\tLeeds\t£395\tBook now",
        "Thu 3 Dec 2026 — Food Hygiene · Leeds · £95 Book",
        "Safe Lifting\nTue, 2 Feb 2027\n€70\nAdd to cart",
        "4 June 2027 | Online | $199 | Register",
        "5 July 2027 · Hamburg · 490 € · Jetzt buchen",
        "8 Sept 2027 · Lyon · 590 € · S'inscrire",
        "Early bird\n18/01/2027\tBath\t£525\tEnrol now ›",
        "9 Oct 2027\nSelect",
        "3–4 marca 2027\tPoznań\t1 190 zł netto\tPromocja\tZapisz się",
        "12.5.2027 · Brno · 4 900 Kč · Přihlásit se",
        "14.6.2027 · Tampere · 490 € · Ilmoittaudu",
        "2 sep 2027 · Malmö · 6 900 kr · Anmäl dig",
        "Wed 3 Mar 2027\nHull\n£120\nReserve my place",
        "Fri 5 Mar 2027 · Hull · £120 · Book my seat",
    ],
)
def test_a_row_with_its_own_booking_control_is_bookable(text: str) -> None:
    assert bookable_row(text)


@pytest.mark.parametrize(
    "text",
    [
        "12 May 2027\tLeeds\t£395",
        "12 May 2027\tLeeds\t£395\tCancelled\tBook now",
        "14/04/2027 · Albany · $540 · Postponed – new date to be confirmed Book",
        "12 May 2027\tLeeds\t£395\tRegister interest",
        "12 May 2027\tLeeds\t£395\tEnquire",
        "12 May 2027\tLeeds\t£395\tLearn more",
        "Thu 19 Nov 2026\nEnded\nBook",
        "12.05.2027\tStockholm\t4 900 kr\tInställd\tBoka",
        "12/05/2027\tTampere\t390 €\tPeruttu\tIlmoittaudu",
        "See our guide to the course handbook",
        "",
    ],
)
def test_a_row_without_its_own_booking_control_or_with_a_status_is_not(text: str) -> None:
    assert not bookable_row(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tue 9 Feb 2027\nOtaki Hall\n$180 + GST\nAutumn special",
        "2 Mar 2027 · Nelson · ~~$220~~ $190 · Early bird",
        "17/05/2027\tLiège\t240 €\tPromo",
    ],
)
def test_a_row_with_its_own_offer_badge_is_on_sale(text: str) -> None:
    assert bookable_row(text)


@pytest.mark.parametrize(
    "text",
    [
        "2 Mar 2027 · Nelson · $190 · Early bird · Postponed",
        "2 Mar 2027 · Nelson · $190 · Guaranteed to run",  # sure to run, but no offer
        "2 Mar 2027 · Nelson · $190 · New",
        "2 Mar 2027 · Nelson · $190 · Winter deal · Enquire now",  # asked about, not booked
    ],
)
def test_a_row_without_an_offer_or_with_a_status_is_not_on_sale(text: str) -> None:
    assert not bookable_row(text)


def test_a_whole_line_booking_control_is_a_button_not_a_title() -> None:
    assert control_line("Přihlásit")
    assert control_line("Jetzt buchen")
    assert control_line(" Book now ")
    assert not control_line("Booking Essentials for Hotels")
    assert not control_line("Registered Nurse Refresher")

"""Prices as pages write them: amount, currency, was-price, VAT, "from"."""

from __future__ import annotations

import json
import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prospectus.extract import Document, extract, vat
from prospectus.extract.currencies import dollar_country, local_currency
from prospectus.extract.offers import read_offers
from prospectus.extract.patterns.fees import find_page_fee, shop_regular_price, struck_price_boxes
from prospectus.extract.prices import (
    Price,
    find_prices,
    parse_amount,
    parse_currency,
    parse_price,
    vat_statement,
)
from prospectus.records import Course

AMOUNTS = [
    ("1699", 1699.0),
    ("1,699", 1699.0),
    ("1,699.00", 1699.0),
    ("1.295,00", 1295.0),
    ("1 295", 1295.0),
    ("1\u00a0295,50", 1295.5),
    ("1'295.00", 1295.0),
    ("1.450,-", 1450.0),
    ("1450.-", 1450.0),
    ("€1.450", 1450.0),
    ("CHF 2'450.–", 2450.0),
    ("1.295", 1295.0),
    ("12.50", 12.5),
    ("12,5", 12.5),
    ("0.125", 0.125),
    ("1,234,567.89", 1234567.89),
    ("1,00,000", 100000.0),
    (1699, 1699.0),
    (1795.5, 1795.5),
    ("1795.00", 1795.0),
    ("abc", None),
    ("", None),
    (None, None),
    (True, None),
    (float("nan"), None),
    (float("inf"), None),
    ("1,2,3", None),
]


@pytest.mark.parametrize(("value", "expected"), AMOUNTS)
def test_parse_amount(value: str | float | None, expected: float | None) -> None:
    assert parse_amount(value) == expected


CURRENCIES = [
    ("£", None, "GBP"),
    ("$", None, "USD"),
    ("$", "NZD", "NZD"),
    ("$", "EUR", "USD"),
    ("NZ$", None, "NZD"),
    ("A$", None, "AUD"),
    ("AU$", None, "AUD"),
    ("AUD", None, "AUD"),
    ("C$", None, "CAD"),
    ("CA$", None, "CAD"),
    ("S$", None, "SGD"),
    ("HK$", None, "HKD"),
    ("€", None, "EUR"),
    ("CHF", None, "CHF"),
    ("Fr.", None, "CHF"),
    ("kr", None, None),
    ("kr", "NOK", "NOK"),
    ("SEK", None, "SEK"),
    ("DKK", None, "DKK"),
    ("₹", None, "INR"),
    ("R", None, None),
    ("R$", None, "BRL"),
    ("NT$", None, "TWD"),
    ("Kč", None, "CZK"),
    ("円", None, "JPY"),
    ("¥", None, "JPY"),
    ("¥", "CNY", "CNY"),
    ("元", "TWD", "TWD"),
    ("kr", "DKK", "DKK"),
    ("R1,500", None, "ZAR"),
    ("zł", None, "PLN"),
    ("eur", None, "EUR"),
    ("usd", None, "USD"),
    ("Euro", None, "EUR"),
    ("VAT", None, None),
    ("", None, None),
    (None, None, None),
]


@pytest.mark.parametrize(("value", "default", "expected"), CURRENCIES)
def test_parse_currency(value: str | None, default: str | None, expected: str | None) -> None:
    assert parse_currency(value, default=default) == expected


def _p(
    amount: float | None,
    currency: str | None,
    list_price: float | None = None,
    vat: bool | None = None,
    is_from: bool = False,
) -> Price:
    return Price(amount, currency, list_price, vat, is_from)


PRICES = [
    ("£1,795 + VAT", None, _p(1795, "GBP", vat=False)),
    ("USD 1,995.00", None, _p(1995, "USD")),
    ("$1,995", None, _p(1995, "USD")),
    ("$2,150", "NZD", _p(2150, "NZD")),
    ("€ 1.450,-", None, _p(1450, "EUR")),
    ("1.450 EUR zzgl. MwSt.", None, _p(1450, "EUR", vat=False)),
    ("NZ$2,150 excl. GST", None, _p(2150, "NZD", vat=False)),
    ("NZ$1,950 + GST", None, _p(1950, "NZD", vat=False)),
    ("£1,074 inc. VAT", None, _p(1074, "GBP", vat=True)),
    ("A$1,200 inc GST", None, _p(1200, "AUD", vat=True)),
    ("From £995", None, _p(995, "GBP", is_from=True)),
    ("from  £1,595  + VAT", None, _p(1595, "GBP", vat=False, is_from=True)),
    ("ab € 2.190,-", None, _p(2190, "EUR", is_from=True)),
    ("Was £1,250 Now £995", None, _p(995, "GBP", 1250)),
    ("Was £2,195 Now £1,895 + VAT", None, _p(1895, "GBP", 2195, vat=False)),
    ("Frühbucherpreis 1.390 EUR statt 1.450 EUR zzgl. MwSt.", None, _p(1390, "EUR", 1450, False)),
    ("Early bird USD 1,795.00   USD 1,995.00", None, _p(1795, "USD", 1995)),
    # a higher price, a space, a lower one: the regular price lost its strike-through
    ("£1,450 £1,195", None, _p(1195, "GBP", 1450)),
    ("£1,195 £1,450", None, _p(1195, "GBP")),
    ("£1,450\t£1,195", None, _p(1450, "GBP")),
    ("1.295,00 € HT", None, _p(1295, "EUR", vat=False)),
    ("1 295,00 € TTC", None, _p(1295, "EUR", vat=True)),
    ("CHF 2'450.–", None, _p(2450, "CHF")),
    ("Fr. 1'200.–", None, _p(1200, "CHF")),
    ("100 CHF", None, _p(100, "CHF")),
    ("£ 1,395   + VAT", None, _p(1395, "GBP", vat=False)),
    ("₹45,000", None, _p(45000, "INR")),
    ("1.450 Euro", None, _p(1450, "EUR")),
    ("kr 1 295", "SEK", _p(1295, "SEK")),
    ("1 295 kr inkl. moms", "SEK", _p(1295, "SEK", vat=True)),
    ("R1 500", None, _p(1500, "ZAR")),
    ("1699", None, _p(1699, None)),
    ("1,699.00", "GBP", _p(1699, "GBP")),
    ("Price: 1,699 + VAT", "GBP", _p(1699, "GBP", vat=False)),
    ("€1.450 netto", None, _p(1450, "EUR", vat=False)),
    ("6 900 kr", "SEK", _p(6900, "SEK")),
    ("Pris6\u00a0900 kr", "SEK", _p(6900, "SEK")),
    ("12\u00a0500 Kč bez DPH", None, _p(12500, "CZK", vat=False)),
    ("12 500 Kč s DPH", None, _p(12500, "CZK", vat=True)),
    ("2\u202f490,00 zł netto", None, _p(2490, "PLN", vat=False)),
    ("1 290,00 € sem IVA", None, _p(1290, "EUR", vat=False)),
    ("R$ 1.290,00 com IVA", None, _p(1290, "BRL", vat=True)),
    ("1.299,-", "EUR", _p(1299, "EUR")),
    ("CHF 1'290.–", None, _p(1290, "CHF")),
    ("USD 1,299.00 per person", None, _p(1299, "USD")),
    ("NT$52,000（含稅）", None, _p(52000, "TWD", vat=True)),
    ("NT$52,000（未稅）", None, _p(52000, "TWD", vat=False)),
    ("98,000円（税込）", None, _p(98000, "JPY", vat=True)),
    ("98,000円（税抜）", None, _p(98000, "JPY", vat=False)),
    ("受講料98,000円", None, _p(98000, "JPY")),
    ("¥9,800", "CNY", _p(9800, "CNY")),
    ("₹45,000", None, _p(45000, "INR")),
    ("S$1,200 ex GST", None, _p(1200, "SGD", vat=False)),
    ("通常価格 98,000円 / 早割価格 88,200円", None, _p(88200, "JPY", 98000)),
    ("早鳥價 NT$46,800 原價 NT$52,000", None, _p(46800, "TWD", 52000)),
    ("€ 1.290 excl. btw", None, _p(1290, "EUR", vat=False)),
    ("Free", None, _p(0.0, None)),
    ("Free of charge", "EUR", _p(0.0, "EUR")),
    ("45 000 руб. без НДС", None, _p(45000, "RUB", vat=False)),
    ("12 000 грн з ПДВ", None, _p(12000, "UAH", vat=True)),
    ("12.500 TL + KDV", None, _p(12500, "TRY", vat=False)),
    ("₺12.500 KDV dahil", None, _p(12500, "TRY", vat=True)),
    ("2 500 lei TVA inclus", None, _p(2500, "RON", vat=True)),
    ("450 000 Ft + ÁFA", None, _p(450000, "HUF", vat=False)),
    ("1 200 лв.", None, _p(1200, "BGN")),
    ("RM 2,500", None, _p(2500, "MYR")),
    ("Rp 5.000.000", None, _p(5000000, "IDR")),
    ("Rs 85,000 + tax", "PKR", _p(85000, "PKR", vat=False)),  # the page's rupee
    ("Rs. 12,000", None, _p(12000, "INR")),
    ("$ 1.450.000", "COP", _p(1450000, "COP")),  # the page's peso
    ("RM 1,200 + SST", None, _p(1200, "MYR", vat=False)),
    ("180 € (sis. alv 25,5 %)", None, _p(180, "EUR", vat=True)),
]


@pytest.mark.parametrize(("text", "default", "expected"), PRICES)
def test_parse_price(text: str, default: str | None, expected: Price) -> None:
    assert parse_price(text, default_currency=default) == expected


NOT_PRICES = [
    "POA",
    "Price on application",
    "Preis auf Anfrage",
    "5 days",
    "2026",
    "save 20%",
    "4.8/5",
    "£51 billion",
    "R2",
    "$200 off",
    "Save £100",
    "you save €150",
    "10% off",
    "Sie sparen 200 €",
    "Call 0161 496 0180",
    "",
    "   ",
]


@pytest.mark.parametrize("text", NOT_PRICES)
def test_not_a_price(text: str) -> None:
    assert parse_price(text) is None


def test_find_prices_needs_a_currency_marker() -> None:
    text = (
        "Only 3 places left £2,195 Book now. Call 0161 496 0180. Rated 4.8/5 from 227 reviews. "
        "Save 20% in 2026; 5 days, 09:00-17:00. Was £2,195 Now £1,895 + VAT"
    )
    found = find_prices(text)
    assert [m.price for m in found] == [_p(2195, "GBP"), _p(1895, "GBP", 2195, vat=False)]
    assert [text[m.span[0] : m.span[1]] for m in found] == [m.text for m in found]


def test_find_prices_skips_savings_and_spreadsheet_cells() -> None:
    text = "Was £1,250 Now £995 – save £255! Lock it with $A$1 or $B$12, or A$1:B$9."
    assert [m.price for m in find_prices(text)] == [_p(995, "GBP", 1250)]


def test_find_prices_lone_was_price_has_no_amount() -> None:
    (match,) = find_prices("RRP £1,250")
    assert match.price == _p(None, "GBP", 1250)


def test_find_prices_reads_a_cue_before_a_currency_code_and_its_symbol() -> None:
    # "was NZD $…" / "from AUD $…": the code stands between the cue and the symbol
    (pair,) = find_prices("was NZD $2,400.00 NZD $1,990.00", default_currency="NZD")
    assert pair.price == _p(1990, "NZD", 2400)
    (start,) = find_prices("from AUD $450", default_currency="AUD")
    assert start.price.is_from and start.price.amount == 450
    (rrp,) = find_prices("RRP $300", default_currency="USD")
    assert rrp.price == _p(None, "USD", 300)  # a cue of capitals is no currency's code


def test_find_prices_bare_numbers_when_told() -> None:
    text = "Telford\t425\t5 days\t2026\t20%\t09:30\t4.8/5\t1.450 zzgl. MwSt."
    found = find_prices(text, default_currency="eur", require_currency=False)
    assert [m.price for m in found] == [_p(425, "EUR"), _p(1450, "EUR", vat=False)]


VAT_STATEMENTS = [
    ("All prices exclude VAT", False),
    ("Prices shown are exclusive of VAT", False),
    ("Prices are per person and exclude VAT.", False),
    ("prices include VAT", True),
    ("All prices include VAT. ACCA exam entry fees are not included.", True),
    ("Alle Preise zzgl. MwSt.", False),
    ("Alle Preise verstehen sich zzgl. gesetzlicher MwSt.", False),
    ("Alle Preise inkl. MwSt.", True),
    ("All prices are in NZD and exclude GST", False),
    ("Prix HT", False),
    ("Tous nos prix sont TTC", True),
    ("Prix TTC", True),
    ("Are the prices GST inclusive? No. All prices are shown excluding GST.", False),
    ("Price (excl. GST)", False),
    ("VAT no. GB 123 4567 89", None),
    ("GST 123-456-789", None),
    ("Exam included.", None),
    ("HTML and CSS course", None),
    ("", None),
    ("£995 + VAT, £1,194 inc. VAT", None),
    ("£995 + VAT · £1,250 + VAT · £1,194 inc. VAT", False),
    ("Ceny jsou uvedeny bez DPH.", False),
    ("Všechny ceny jsou včetně DPH.", True),
    ("Wszystkie ceny netto.", False),
    ("Alla priser är exkl. moms.", False),
    ("Todos os preços com IVA incluído.", True),
    ("Prijzen excl. btw", False),
    ("表示価格はすべて税込です", True),
    ("價格未稅", False),
    ("the company's VAT number", None),
    ("Los precios incluyen el IVA.", True),
    ("Os preços incluem IVA à taxa legal.", True),
    ("Los precios no incluyen IVA.", False),
    ("Tickets $120; applicable taxes are added at checkout.", False),
    ("Kaikki hinnat sis. ALV 24 %.", True),
    ("Все цены указаны без НДС.", False),
    ("Tüm fiyatlara KDV dahildir.", True),
    ("Minden ár nettó, + ÁFA.", False),
    ("Les tarifs excluent la TPS et la TVQ.", False),
    ("Tous les prix sont en dollars canadiens, taxes en sus.", False),
    ("Prix excluant les taxes applicables", False),
    ("Tarifs avant taxes", False),
    ("Full course fee: S$2,180 before 9% GST", False),
    ("S$1,480 before GST", False),
    ("Prix : 650 $, TPS et TVQ incluses", True),
    ("Tarif par participant hors TVA", False),
    ("Prix hors taxes", False),
    ("Όλες οι τιμές δεν περιλαμβάνουν ΦΠΑ.", False),
    ("Κόστος: 300 € + ΦΠΑ", False),
    ("Τιμή 372 € με ΦΠΑ", True),
    ("כל המחירים אינם כוללים מע״מ.", False),
    ('המחיר: ₪2,400 + מע"מ', False),
    ("המחיר כולל מע״מ", True),
    ("המחיר לא כולל מע״מ", False),
    # the tax named with its country or territory
    ("All ticket prices include Isle of Man VAT (20%).", True),
    ("Prices include New Zealand GST.", True),
    ("All fees exclude UK VAT.", False),
    ("€450 plus Irish VAT", False),
    ("Prices include Lunch and VAT? No.", None),
    # every tax summed up in one phrase
    ("Tuition fees include all taxes.", True),
    ("Rates are inclusive of all applicable taxes", True),
    ("Quoted fees exclude all taxes", False),
    ("Prices include all meals; taxes extra", False),
]


@pytest.mark.parametrize(("text", "expected"), VAT_STATEMENTS)
def test_vat_statement(text: str, expected: bool | None) -> None:
    assert vat_statement(text) is expected


@given(st.text(max_size=200), st.sampled_from([None, "GBP", "NZD", "SEK", "ZAR"]), st.booleans())
def test_any_text_gives_well_formed_prices(text: str, default: str | None, strict: bool) -> None:
    for match in find_prices(text, default_currency=default, require_currency=strict):
        for value in (match.price.amount, match.price.list_price):
            assert value is None or (math.isfinite(value) and value >= 0)
        assert match.price.currency is None or len(match.price.currency) == 3
        assert text[match.span[0] : match.span[1]] == match.text
    price = parse_price(text, default_currency=default)
    assert price is None or price.amount is None or math.isfinite(price.amount)
    vat_statement(text)


@given(st.integers(0, 10**7), st.sampled_from(["£{:,}", "€ {:,}", "USD {:,}.00", "{:,} CHF"]))
def test_formatted_amounts_round_trip(amount: int, template: str) -> None:
    price = parse_price(template.format(amount))
    assert price is not None
    assert price.amount == amount


@pytest.mark.parametrize(
    ("lang", "url", "currency"),
    [
        ("en-AU", None, "AUD"),
        ("en", "https://www.training.com.au/courses/x", "AUD"),
        ("en-GB", "https://example.ca/", "CAD"),
        ("en", "https://example.co.nz/", "NZD"),
        ("sv", None, "SEK"),
        ("nb-NO", None, "NOK"),
        ("ca", "https://example.cat/", None),  # Catalan, not Canada
        ("gl", None, None),  # Galician, not Greenland
        ("en", "https://example.com/", None),
        ("es-CO", None, "COP"),
        ("en", "https://www.example.com.mx/", "MXN"),
        ("en-PK", None, "PKR"),
        ("en", "https://institute.edu.lk/", "LKR"),
        (None, None, None),
    ],
)
def test_local_currency_from_language_or_domain(
    lang: str | None, url: str | None, currency: str | None
) -> None:
    assert local_currency(lang, url) == currency


def test_a_bare_dollar_on_an_australian_page_is_aud() -> None:
    html = (
        "<html lang='en'><body><h1>Certificate IV in Project Management</h1>"
        "<table><tr><th>Dates</th><th>Location</th><th>Fee</th></tr>"
        "<tr><td>12 October 2026 – 16 October 2026</td><td>Brisbane</td>"
        "<td>$2,450 inc GST</td></tr>"
        "</table></body></html>"
    )
    doc = Document(body=html.encode(), url="https://www.example.com.au/courses/cert-iv")
    runs = [r for r in extract(doc).records if isinstance(r, Course) and r.start_date]
    assert [(r.price, r.currency) for r in runs] == [(2450.0, "AUD")]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Call 1300 555 012\nHealth & Safety Training Pty Ltd · ABN 12 345 678 901", "AUD"),
        ("Level 3, 100 Queen St, Melbourne VIC 3000 · (03) 9123 4567", "AUD"),
        ("Venues: Perth WA 6000 and Adelaide SA 5000", "AUD"),
        ("Email bookings@example.org.au", "AUD"),
        ("NZQA accredited · Call 09 555 1234 · hello@example.co.nz", "NZD"),
        ("Prices exclude GST/HST.\n200 King St W, Toronto ON M5H 3T4", "CAD"),
        ("SkillsFuture Credit eligible · +65 6123 4567", "SGD"),
        # the US's own: a ZIP code, a North American phone number
        ("Austin, TX 78701 · (512) 555-0100", None),
        ("Offices: Boston MA 02110, Chicago IL 60601, Sydney NSW 2000", None),
        ("Call (800) 555-0199 or our Sydney office +61 2 9000 0000", None),
        # a year after a territory's code is no postcode; a US exam is no Australian place
        ("ACT 2027 prep course · SAT 2027", None),
        ("Pay in $ at the door", None),
        # two countries as much as each other say nothing
        ("hello@example.com.au · hello@example.co.nz", None),
    ],
)
def test_the_dollar_of_the_country_a_page_places_itself_in(text: str, currency: str | None) -> None:
    assert dollar_country(text) == currency


def test_a_text_dump_without_address_takes_its_dollar_from_what_it_says_of_its_country() -> None:
    crumbs = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://sht.com/"},
                {"@type": "ListItem", "position": 2, "name": "Provide First Aid"},
            ],
        }
    )
    text = (
        f"{crumbs}\nProvide First Aid\nUpcoming dates\nAll prices include GST.\n"
        "Date\tTime\tLocation\tPrice\t\n"
        "Tue 9 Feb 2027\t9:00am – 4:00pm\tParramatta\t$149\tBook now\n"
        "Sat 13 Feb 2027\t9:00am – 4:00pm\tPenrith\t$149\tBook now\n"
        "Safe Hands Training Pty Ltd · ABN 51 824 753 556 · Parramatta NSW 2150\n"
    )
    runs = [
        r
        for r in extract(Document(body=text.encode(), page="x.txt")).records
        if isinstance(r, Course) and r.start_date
    ]
    assert [(r.price, r.currency) for r in runs] == [(149.0, "AUD"), (149.0, "AUD")]


def test_a_bare_dollar_takes_the_one_dollar_the_pages_markup_prices_in() -> None:
    html = (
        "<html><body><script type='application/ld+json'>"
        '{"@type": "Course", "name": "Forklift Licence", "hasCourseInstance": ['
        '{"@type": "CourseInstance", "startDate": "2027-03-01", "offers": '
        '{"price": "595", "priceCurrency": "NZD"}}]}</script>'
        "<h1>Forklift Licence</h1><table><tr><th>Date</th><th>Fee</th></tr>"
        "<tr><td>1 March 2027</td><td>$595</td></tr>"
        "<tr><td>8 April 2027</td><td>$595</td></tr></table></body></html>"
    )
    runs = [
        r
        for r in extract(Document(body=html.encode(), page="x.html")).records
        if isinstance(r, Course) and r.start_date
    ]
    assert {(r.start_date, r.currency) for r in runs} == {
        ("2027-03-01", "NZD"),
        ("2027-04-08", "NZD"),
    }


# ---------------------------------------------------------------- a page's labelled fee

FEES = [
    ("Dates: 3-5 June\nCourse fee:\n£650\nRefunds minus 20% for administration.", (650.0, "GBP")),
    ("Price & availability\nMembers\t€ 0,00\tPlaces: 12\nVAT is not included", (0.0, "EUR")),
    ("Teilnahmegebühr: 480 EUR zzgl. MwSt.", (480.0, "EUR")),
    ("Registration fee: $300\nWhat you get\nRegistration fee: $300", (300.0, "USD")),
    # two different labelled prices: academic and industry rates are no single fee
    ("Fee (academic): CHF 200\nFee (industry): CHF 900", None),
    ("Academic fee: CHF 200\nPrice: CHF 900", None),
    # labels the reader does not take, prices in prose, words that only begin like a label
    ("Exam fee: £120\nCancellation fee: £50", None),
    ("The fee for the whole series, which we keep low, is £40 per session.", None),
    ("Pricing\n£99", None),
]


@pytest.mark.parametrize(("text", "expected"), FEES)
def test_page_fee(text: str, expected: tuple[float, str] | None) -> None:
    fee = find_page_fee(text)
    assert (None if fee is None else (fee.amount, fee.currency)) == expected


def test_an_offer_for_members_only_is_not_the_runs_price() -> None:
    offers = [
        {
            "@type": "Offer",
            "name": "Non-member",
            "price": "1045",
            "priceCurrency": "CAD",
            "availability": "https://schema.org/InStock",
        },
        {
            "@type": "Offer",
            "name": "Member",
            "price": "795",
            "priceCurrency": "CAD",
            "eligibleCustomerType": "Member",
        },
    ]
    info = read_offers(offers)
    assert info is not None
    assert (info.price, info.list_price, info.availability) == (1045.0, None, "InStock")
    only_members = read_offers([offers[1]])
    assert only_members is not None and only_members.price == 795.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Korean won after the number, and round sums in tens of thousands
        ("수강료 450,000원", _p(450000, "KRW")),
        ("수강료 45만원 (VAT 포함)", _p(450000, "KRW", vat=True)),
        ("참가비 3만 원", _p(30000, "KRW")),
        ("￦120,000", _p(120000, "KRW")),
        ("受講料 8.8万円（税込）", _p(88000, "JPY", vat=True)),
        ("学费 1.5万元", _p(15000, "CNY")),
        # a regular price, then the price paid now: by its label or by an arrow
        ("정가 ₩500,000 → 조기등록가 ₩420,000", _p(420000, "KRW", 500000)),
        ("정상가 300,000원 할인가 250,000원 (부가세 별도)", _p(250000, "KRW", 300000, False)),
        ("$1,500 → $1,200", _p(1200, "USD", 1500)),
    ],
)
def test_cjk_price_writing(text: str, expected: Price) -> None:
    (match,) = find_prices(text)
    assert match.price == expected


def test_a_number_before_a_korean_word_ending_in_won_is_no_price() -> None:
    assert find_prices("정원 20명 · 회원 3명") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("※ 모든 수강료는 부가세(VAT) 포함 금액입니다.", True),
        ("교육비는 부가세 10% 별도입니다.", False),
        ("VAT 미포함", False),
        ("세미나 일정 안내", None),  # a "세" that is no tax word
    ],
)
def test_korean_vat_statements(text: str, expected: bool | None) -> None:
    assert vat_statement(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("研修概要\n受講料\t1名様 55,000円（税込）\n時間\t10:00～17:00", (55000.0, "JPY")),
        ("수강료\n₩350,000\n수강 기간\t4주", (350000.0, "KRW")),
        ("受講料金表\nお問い合わせください", None),
    ],
)
def test_cjk_fee_labels(text: str, expected: tuple[float, str] | None) -> None:
    fee = find_page_fee(text)
    assert (None if fee is None else (fee.amount, fee.currency)) == expected


def _top_level_alternatives(fragment: str) -> list[str]:
    """A regex fragment's alternatives outside brackets and groups."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(fragment):
        ch = fragment[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: to its closing bracket (a leading "]" is a member)
            i = fragment.index("]", i + 2 if fragment[i + 1 : i + 2] == "]" else i + 1)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(fragment[start:i])
            start = i + 1
        i += 1
    return [*parts, fragment[start:]]


@pytest.mark.parametrize("fragment", [*vat._EXCLUSIVE, *vat._INCLUSIVE])
def test_vat_fragments_at_a_word_start_open_each_alternative_there(fragment: str) -> None:
    # the premise of the \b that _table writes ahead of a run of such fragments
    if fragment.startswith(r"\b"):
        assert all(alt.startswith(r"\b") for alt in _top_level_alternatives(fragment)), fragment


def test_vat_phrases_match_as_the_plain_alternation() -> None:
    def plain(fragments: tuple[str, ...]) -> str:
        return "|".join(f"(?:{f.replace('TAX', vat._TAX)})" for f in fragments)

    unshared = re.compile(
        rf"(?P<exc>{plain(vat._EXCLUSIVE)})|(?P<inc>{plain(vat._INCLUSIVE)})", re.IGNORECASE
    )
    assert unshared.pattern != vat._VAT.pattern
    texts = [text for text, _ in VAT_STATEMENTS] + [
        "£1,295 + VAT per delegate · €990 HT · 1.450 EUR TTC · Prix 650 $ HT",
        "inkl. gesetzl. MwSt. · zzgl. 19% MwSt · exkl. 8.1% MWST · NettoPreise",
        "excludingVAT, taxexclusive, plusVAT: no word starts · VAT-inclusive · GST-exclusive",
        "부가세 10% 별도 · VAT(VAT) 포함 · 税込 · 不含税 · с НДС · з ПДВ · f.eks. moms",
    ]
    for text in texts:
        want = [(m.span(), m.lastgroup) for m in unshared.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in vat._VAT.finditer(text)] == want, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de R$ 2.400,00 por R$ 2.150,00", (2150.0, 2400.0)),  # Brazilian "from … for …"
        ("£1,250 now £995", (995.0, 1250.0)),
        ("1.490 € – jetzt 1.290 €", (1290.0, 1490.0)),
        ("Kampanje: kr 7 200,- (ordinær pris kr 8 100,-)", (7200.0, 8100.0)),  # Norwegian
        ("ordinær pris 4.500 kr, nu 3.900 kr", (3900.0, 4500.0)),  # Danish
    ],
)
def test_a_regular_price_then_the_lower_price_its_cue_names(
    text: str, expected: tuple[float, float]
) -> None:
    (match,) = find_prices(text, default_currency="EUR")
    assert (match.price.amount, match.price.list_price) == expected


@pytest.mark.parametrize(
    "text",
    [
        "£500 per day, now £400 for members",  # words beside the cue: two prices
        "£995 now £1,250",  # the later price is higher: no sale
    ],
)
def test_a_now_cue_pairs_no_prices_it_does_not_stand_between(text: str) -> None:
    assert [m.price.list_price for m in find_prices(text)] == [None, None]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Fee ₹1,18,000 per participant", 118000.0),
        ("₹3,50,000 + GST", 350000.0),
        ("Rs. 12,50,000.50", 1250000.5),
        ("₹18,900", 18900.0),
        ("$1,180,000", 1180000.0),
    ],
)
def test_indian_lakh_grouping_reads_as_one_amount(text: str, amount: float) -> None:
    assert [m.price.amount for m in find_prices(text)] == [amount]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mensalidade de R$ 350 com impostos.", True),
        ("Preço final, impostos incluídos.", True),
        ("Tarifa por alumno con impuestos incluidos.", True),
        ("Honorários sem impostos.", False),
        ("Cuota anual: impuestos no incluidos.", False),
    ],
)
def test_portuguese_and_spanish_taxes_word_names_the_tax(text: str, expected: bool) -> None:
    """ "Impostos", "impuestos" (taxes) name the tax as "IVA" does: with, without, included."""
    assert vat_statement(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Semua harga belum termasuk PPN 11%.", False),
        ("Biaya tidak termasuk SST.", False),  # Malaysia's sales and service tax
        ("Harga sudah termasuk PPN.", True),
        ("Học phí chưa bao gồm VAT 10%.", False),
        ("Giá không bao gồm VAT.", False),
        ("Giá đã bao gồm VAT.", True),
    ],
)
def test_indonesian_and_vietnamese_vat_statements(text: str, expected: bool | None) -> None:
    assert vat_statement(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ค่าลงทะเบียน (ไม่รวม VAT 7%)", False),
        ("ราคาข้างต้นยังไม่รวมภาษีมูลค่าเพิ่ม 7%", False),
        ("ราคารวม VAT แล้ว", True),
        ("ค่าอบรมรวมภาษีมูลค่าเพิ่มแล้ว", True),
        ("หักภาษี ณ ที่จ่าย 3%", None),  # withholding tax: no word on VAT in the price
    ],
)
def test_thai_vat_wording(text: str, expected: bool | None) -> None:
    assert vat.vat_statement(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hinnad ei sisalda käibemaksu (km 22%).", False),
        ("Osalustasu 180 € + km", False),  # km: käibemaks
        ("Hind 180 € käibemaksuta", False),
        ("Hinnad sisaldavad käibemaksu.", True),
        ("Osalustasu 220 € koos käibemaksuga", True),
        ("Buss sõidab 12 km + 3 km jalgsi", None),  # kilometres
        ("Parking 2 km away, 5 € + 1 km walk", None),
    ],
)
def test_estonian_vat_statements(text: str, expected: bool | None) -> None:
    assert vat_statement(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kursa cena 640 € + PVM", False),  # lt
        ("Visos kainos nurodytos be PVM. Išrašome PVM sąskaitas faktūras.", False),
        ("Kaina su PVM: 726 €", True),
        ("Kaina 726 €, įskaitant PVM", True),
        ("Cenas norādītas bez PVN. Izrakstām rēķinu ar PVN.", False),  # lv: an invoice with VAT
        ("Dalības maksa 850 EUR + PVN", False),
        ("Dalības maksa 1 028,50 EUR ar PVN", True),
        ("Cena ieskaitot PVN", True),
        ("PVM mok. k. LT100012345618", None),  # a VAT number, nothing about the price
    ],
)
def test_lithuanian_and_latvian_vat_wording(text: str, expected: bool | None) -> None:
    assert vat.vat_statement(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarifa: 38.000 lekë pa TVSH", False),  # sq
        ("Çmimet nuk përfshijnë TVSH-në.", False),
        ("Tarifa 45.600 lekë me TVSH", True),
        ("Çmimi përfshirë TVSH-në: 45.600 lekë", True),
        ("Kursgebühr 890 € ouni TVA", False),  # lb
        ("Präis 1.041 € mat TVA", True),
        ("TVA LU12345678", None),  # a VAT number, nothing about the price
        ("კურსის ფასი 980 ₾ დღგ-ს ჩათვლით", True),  # ka: VAT included
        ("ფასი: 830 ₾ + დღგ", False),
        ("ფასები მითითებულია დღგ-ის გარეშე.", False),  # without VAT
        ("ფასი არ შეიცავს დღგ-ს", False),  # does not contain VAT
    ],
)
def test_albanian_luxembourgish_and_georgian_vat_wording(text: str, expected: bool | None) -> None:
    assert vat.vat_statement(text) is expected


def test_a_weekday_abbreviation_before_a_day_and_month_is_no_price() -> None:
    # "Fr." is Freitag (de, lb) there, not Swiss francs; "Fr. 450.–" stays a price
    assert find_prices("Do. 4. März 2027 → Fr. 5. März 2027", default_currency="EUR") == []
    assert [m.price.amount for m in find_prices("Kurs: Fr. 450.– pro Person")] == [450.0]


def test_albanian_lek_after_the_amount() -> None:
    found = find_prices("38.000 lekë pa TVSH")
    assert [(m.price.amount, m.price.currency, m.price.includes_vat) for m in found] == [
        (38000.0, "ALL", False)
    ]


@pytest.mark.parametrize(
    ("text", "amount", "currency", "includes_vat"),
    [
        ("2 450 ₼ + ƏDV", 2450.0, "AZN", False),
        ("1 450 ₾", 1450.0, "GEL", None),
        ("24.600 ден. + ДДВ", 24600.0, "MKD", False),
        ("12.000 дин.", 12000.0, "RSD", None),
    ],
)
def test_caucasus_and_balkan_currency_signs(
    text: str, amount: float, currency: str, includes_vat: bool | None
) -> None:
    found = find_prices(text)
    assert [(m.price.amount, m.price.currency, m.price.includes_vat) for m in found] == [
        (amount, currency, includes_vat)
    ]


def test_a_day_count_in_macedonian_is_no_price() -> None:
    assert find_prices("Траење: 3 ден") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Цените се без ДДВ (18%).", False),
        ("Цена 24.600 ден. со ДДВ", True),
        ("Qiymətlər ƏDV (18%) daxil deyil.", False),
        ("Qiymətə ƏDV daxildir.", True),
    ],
)
def test_macedonian_and_azerbaijani_vat_wording(text: str, expected: bool) -> None:
    assert vat.vat_statement(text) is expected


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        ("Fee J$212,500 per delegate", "JMD", 212500.0),
        ("Tickets TT$1,150.00", "TTD", 1150.0),
        ("EC$2,400 per person", "XCD", 2400.0),
        ("Course fee BDS$1,800", "BBD", 1800.0),
        ("N$4 950 incl. VAT", "NAD", 4950.0),
    ],
)
def test_the_caribbean_and_other_dollars_own_prefixes(
    text: str, currency: str, amount: float
) -> None:
    (match,) = find_prices(text)
    assert (match.price.amount, match.price.currency) == (amount, currency)


def test_a_bare_k_price_is_kwacha_only_where_the_page_names_the_country() -> None:
    from prospectus.extract.currencies import kwacha_country

    assert [m.price.currency for m in find_prices("Fee K4,250", default_currency="ZMW")] == ["ZMW"]
    assert find_prices("Fee K4,250") == []  # no country: no price
    assert find_prices("Budget 250K per team", default_currency="ZMW") == []  # thousands
    assert kwacha_country("Prices in Zambian kwacha: K4,250. Offices in Ndola, Zambia") == "ZMW"
    assert kwacha_country("Lilongwe, Malawi. Fee K95,000") == "MWK"
    assert kwacha_country("Grades K12 schools, cohort K9") is None  # no country named
    assert kwacha_country("Courses in Zambia from $450") is None  # no K price


def test_jamaicas_general_consumption_tax_is_a_vat() -> None:
    assert vat.vat_marker(" excl. GCT") is False
    assert vat.vat_marker(" + GCT") is False
    assert vat_statement("All fees are in Jamaican dollars and exclude GCT (15%).") is False


def test_the_ghanaian_cedi_sign_alone_or_after_the_country_s_letters() -> None:
    assert [(m.price.amount, m.price.currency) for m in find_prices("Fee: GH₵ 1,250")] == [
        (1250.0, "GHS")
    ]
    assert [(m.price.amount, m.price.currency) for m in find_prices("GH¢80 per day")] == [
        (80.0, "GHS")
    ]
    assert [(m.price.amount, m.price.currency) for m in find_prices("₵ 3,000.00")] == [
        (3000.0, "GHS")
    ]
    assert find_prices("a stamp costs 50¢") == []  # a cent sign alone: no cedi


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        ("Fee: KSh 120,000/= per person", "KES", 120000.0),
        ("Kshs. 45,500/- only", "KES", 45500.0),
        ("Ksh 9,800", "KES", 9800.0),
        ("USh 1,250,000/=", "UGX", 1250000.0),
        ("UShs 300,000", "UGX", 300000.0),
        ("Tsh. 650,000/-", "TZS", 650000.0),
        ("TSh 2,400,000", "TZS", 2400000.0),
    ],
)
def test_the_east_african_shillings_own_abbreviations(
    text: str, currency: str, amount: float
) -> None:
    """'KSh 85,000/=' and 'Kshs. 85,000/-': the shilling's abbreviation, and the '/=' or '/-'
    that East African pages write for "no cents"."""
    (match,) = find_prices(text)
    assert (match.price.amount, match.price.currency) == (amount, currency)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Mon 7 Dec 2026 £95", 95.0, "GBP"),
        ("5th – 7th July 2027 €1,450", 1450.0, "EUR"),
        ("Starts 12 Jan 2027 $2,195 per person", 2195.0, "USD"),
        ("12 Jan 2027 1.295,00 €", 1295.0, "EUR"),  # a sign after its amount still counts
        ("Kurs am 3. März 2027: 450 € zzgl. MwSt.", 450.0, "EUR"),
    ],
)
def test_a_sign_glued_to_the_number_after_it_is_that_numbers_not_the_years_before(
    text: str, amount: float, currency: str
) -> None:
    """A currency sign with digits right after it opens the next amount, so
    the year before it is no price ("2026 £" read as £2,026 hid the £95)."""
    (match,) = find_prices(text)
    assert (match.price.amount, match.price.currency) == (amount, currency)


def test_a_shop_s_price_box_gives_its_special_and_regular_price() -> None:
    assert shop_regular_price("Special Price\n$180.00 was\nRegular Price $210.00\n") == (
        180.0,
        210.0,
    )
    assert shop_regular_price("Regular price £45.00 Sale price £39.00") == (39.0, 45.0)
    assert shop_regular_price("Regular price $45.00") is None  # no special price beside it
    # two boxes of different prices: a related product's too, no one box of the page
    two = "Sale price $20 Regular price $30\nSale price $50 Regular price $70"
    assert shop_regular_price(two) is None


def test_a_sale_box_s_struck_regular_price_is_read_from_its_own_line() -> None:
    text = "Pruning Workshop\nwas £180.00 £150.00 incl. VAT\nThe struck price was £180 last year."
    assert struck_price_boxes(text) == {150.0: 180.0}
    # a related product's box of another sale price is its own
    two = "was $90.00 $75.00\nRelated\nwas €400 €320 + VAT"
    assert struck_price_boxes(two) == {75.0: 90.0, 320.0: 400.0}
    # one sale price beside two regular prices: no box to trust; nor a sentence
    assert struck_price_boxes("was $90 $75\nwas $85 $75") == {}
    assert struck_price_boxes("was $90 $75 until the end of the spring term this year") == {}


@pytest.mark.parametrize("code", ["XCD", "BZD", "KYD"])
def test_a_bare_dollar_on_a_page_of_a_caribbean_dollar_is_that_dollar(code: str) -> None:
    found = find_prices("$250.00 per person", default_currency=code)
    assert [(m.price.amount, m.price.currency) for m in found] == [(250.0, code)]

"""Synthetic page results for warehouse tests, the notebook test and the benchmark."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from prospectus.records import Course, ExtractionIssue, Faq, Term
from prospectus.warehouse import PageResult

T0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)

PROVIDERS = ("Knowledge Train", "ILX Group", "QA Ltd", "Learning Tree")
COURSES = (
    ("PRINCE2 Foundation", 995.0),
    ("PRINCE2 Practitioner", 1295.0),
    ("AgilePM Practitioner", 1199.0),
    ("ITIL 4 Foundation", 849.0),
    ("MSP Foundation", 1099.0),
    ("Change Management Practitioner", 1450.0),
)


def course_page(
    provider_index: int,
    fetched_at: datetime = T0,
    *,
    price_delta: float = 0.0,
    drop_last_run: bool = False,
    base_day: date | None = None,
    runs: int = 3,
) -> PageResult:
    """One provider's schedule page: every course, ``runs`` runs each, plus FAQs and a term."""
    provider = PROVIDERS[provider_index % len(PROVIDERS)]
    host = provider.lower().replace(" ", "-")
    url = f"https://{host}.example/schedule"
    start = base_day or date.today() + timedelta(days=10)
    records: list = []
    for c_index, (name, price) in enumerate(COURSES):
        for run in range(runs):
            if drop_last_run and c_index == 0 and run == runs - 1:
                continue
            day = start + timedelta(days=14 * run + c_index + provider_index)
            records.append(
                Course(
                    page=url,
                    source="jsonld",
                    provenance=(("price", "jsonld"),),
                    name=name,
                    provider=provider,
                    url=f"https://{host}.example/{name.lower().replace(' ', '-')}",
                    start_date=day.isoformat(),
                    end_date=(day + timedelta(days=2)).isoformat(),
                    price=price + 25 * provider_index + price_delta,
                    list_price=price + 200 if run == 0 else None,
                    currency="GBP",
                    price_includes_vat=provider_index % 2 == 0,
                    mode="online" if run % 2 == 0 else "in_person",
                    location=None if run % 2 == 0 else "London",
                    availability="InStock",
                )
            )
    records.append(
        Faq(
            page=url, source="html", question="Is the exam included?", answer=f"Yes, at {provider}."
        )
    )
    records.append(Faq(page=url, source="jsonld", question="Can I pay by invoice?", answer=None))
    records.append(
        Term(
            page=url,
            source="html",
            name="PRINCE2",
            definition="A method.",
            same_as=("https://www.wikidata.org/wiki/Q507232",),
            wikidata_id="Q507232",
        )
    )
    return PageResult(
        url=url,
        fetched_at=fetched_at,
        status=200,
        final_url=url,
        headers={"content-type": "text/html"},
        content_hash=f"h{provider_index}-{price_delta}-{drop_last_run}",
        bytes=1234,
        main_text=f"{provider} schedule",
        records=tuple(records),
        issues=(ExtractionIssue(page=url, stage="jsonld", action="repaired", detail="comma"),),
        nodes=({"syntax": "json-ld", "type": "Course", "id": None, "json": {"@type": "Course"}},),
    )


def crawl(fetched_at: datetime = T0, **kwargs: object) -> list[PageResult]:
    """All providers' pages as fetched at ``fetched_at``."""
    return [course_page(i, fetched_at, **kwargs) for i in range(len(PROVIDERS))]  # type: ignore[arg-type]


def refetched(page: PageResult, fetched_at: datetime) -> PageResult:
    return replace(page, fetched_at=fetched_at)


def bulk_pages(n_pages: int, courses_per_page: int, fetched_at: datetime = T0) -> list[PageResult]:
    """Many pages of many distinct runs and FAQs: for crash and load-size tests."""
    pages = []
    for p in range(n_pages):
        url = f"https://bulk.example/page/{p}"
        courses = (
            Course(
                page=url,
                source="jsonld",
                name=f"Course {p}-{i}",
                provider="Bulk Ltd",
                start_date="2027-01-01",
                price=float(100 + i),
                currency="GBP",
            )
            for i in range(courses_per_page)
        )
        faqs = (
            Faq(page=url, source="html", question=f"Question {p}-{i}?", answer="An answer.")
            for i in range(courses_per_page)
        )
        records = (*courses, *faqs)
        pages.append(PageResult(url=url, fetched_at=fetched_at, status=200, records=records))
    return pages

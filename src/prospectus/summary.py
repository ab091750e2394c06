"""A run's summary as rows and text: what the command line prints and the flow's artifacts show.

Plain data in, plain data out (no Prefect, no printing), so both can use it.
"""

from __future__ import annotations

from typing import Any

from prospectus.pipeline import RunSummary
from prospectus.warehouse import CourseChange, CourseState


def _money(state: CourseState | None) -> str:
    if state is None or state.price is None:
        return ""
    return f"{state.price:,.2f} {state.currency or ''}".strip()


def _dates(state: CourseState | None) -> str:
    if state is None or state.start_date is None:
        return ""
    end = f" – {state.end_date}" if state.end_date and state.end_date != state.start_date else ""
    return f"{state.start_date}{end}"


def change_rows(changes: list[CourseChange]) -> list[dict[str, Any]]:
    """One row per new, changed, returned or gone course run: old → new price and dates."""
    rows = []
    for change in sorted(changes, key=lambda c: (c.change, c.provider or "", c.name or "")):
        rows.append(
            {
                "change": change.change,
                "course": change.name,
                "provider": change.provider,
                "price_before": _money(change.before),
                "price_after": _money(change.after),
                "dates_before": _dates(change.before),
                "dates_after": _dates(change.after),
                "page": change.page_url,
            }
        )
    return rows


def provider_rows(changes: list[CourseChange]) -> list[dict[str, Any]]:
    """Per provider: how many runs are new, changed, returned and gone."""
    counts: dict[str, dict[str, int]] = {}
    for change in changes:
        row = counts.setdefault(
            change.provider or "(unknown)", {"new": 0, "changed": 0, "returned": 0, "gone": 0}
        )
        row[change.change] += 1
    return [{"provider": p, **c} for p, c in sorted(counts.items())]


def error_rows(summary: RunSummary) -> list[dict[str, Any]]:
    """Pages that failed, counted by reason (crawl errors and extraction failures)."""
    reasons = dict(summary.errors)
    if summary.stats is not None:
        for reason, count in summary.stats.reasons.items():
            reasons[reason] = max(reasons.get(reason, 0), count)
    return [{"reason": r, "pages": n} for r, n in sorted(reasons.items(), key=lambda x: -x[1])]


def summary_markdown(summary: RunSummary, db_path: str) -> str:
    """A short human summary of a run, ending with a query to paste."""
    counts = summary.change_counts()
    course = summary.counts.get("course", {})
    lines = [
        f"# Crawl run {summary.run_id[:8]}",
        "",
        f"- pages loaded: {summary.pages}",
        f"- course runs as pages list them: {course.get('new', 0)} new, "
        f"{counts.get('changed', 0)} changed, {counts.get('gone', 0)} gone, "
        f"{course.get('unchanged', 0)} unchanged (the courses view shows a run that two "
        "pages list once)",
        f"- FAQs: {summary.counts.get('faq', {}).get('new', 0)} new; glossary terms: "
        f"{summary.counts.get('term', {}).get('new', 0)} new",
        f"- failed pages: {sum(summary.errors.values())}"
        + (
            f"; skipped on purpose (robots.txt, PDFs, ...): {summary.stats.skipped}"
            if summary.stats is not None
            else ""
        ),
        "",
        "Try:",
        "",
        f'    prospectus sql --db {db_path} "SELECT provider, name, start_date, price, currency, '
        'mode FROM upcoming_runs ORDER BY start_date LIMIT 20"',
    ]
    return "\n".join(lines)

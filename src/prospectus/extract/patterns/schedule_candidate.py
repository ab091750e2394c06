"""What the schedule readers pass around: the page's context and a candidate run."""

from __future__ import annotations

from dataclasses import dataclass, field

from prospectus.extract.dates import DateMatch

# The cell of a course that a table lists without a date ("On request"): a dateless run.
ON_REQUEST = "_on_request"


@dataclass(frozen=True, slots=True)
class ScheduleContext:
    """What the page says elsewhere that runs in its schedule share."""

    page: str
    course_name: str | None
    day_first: bool = True
    default_currency: str | None = None
    page_vat: bool | None = None
    source: str = "html"
    marked: bool = False  # the page's markup describes courses of its own


@dataclass(slots=True)
class Candidate:
    text: str
    match: DateMatch
    end_text: str = ""
    name: str | None = None
    cells: dict[str, str] = field(default_factory=dict)

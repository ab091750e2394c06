"""The demo site's data table: three fictional training providers and what they sell.

Everything here is invented. ``build.py`` renders it to static HTML under ``site/``; tests and
notebooks can read the same table to know what the pages say.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Run:
    """One scheduled run of a course."""

    start: str  # ISO date
    end: str
    mode: str  # "online" or "classroom"
    price: float  # what a buyer pays now, GBP, excluding VAT
    location: str | None = None
    was: float | None = None  # a higher "was" price shown beside it


@dataclass(frozen=True, slots=True)
class Course:
    """A course one provider sells, with its runs."""

    slug: str
    name: str
    family: str
    days: int
    summary: str
    runs: tuple[Run, ...]


@dataclass(frozen=True, slots=True)
class Provider:
    """A fictional training provider and how its site marks up courses."""

    slug: str
    name: str
    markup: str  # "jsonld", "microdata" or "none"
    tagline: str
    robots: str
    courses: tuple[Course, ...]


def _r(start: str, end: str, mode: str, price: float, where: str | None = None,
       was: float | None = None) -> Run:  # fmt: skip
    return Run(start, end, mode, price, where, was)


NORTHWIND = Provider(
    slug="northwind",
    name="Northwind Learning",
    markup="jsonld",
    tagline="Accredited project and service management training since 2009.",
    robots="User-agent: *\nDisallow: /account/\nCrawl-delay: 1\n\n"
    "Sitemap: {{origin}}/sitemap_index.xml\n",
    courses=(
        Course("prince2-foundation", "PRINCE2 Foundation", "PRINCE2 Foundation", 3,
               "The essentials of the PRINCE2 method, with the Foundation exam on day three.",
               (_r("2026-02-09", "2026-02-11", "online", 995.0),
                _r("2026-03-16", "2026-03-18", "classroom", 1295.0, "London"),
                _r("2026-05-11", "2026-05-13", "online", 995.0),
                _r("2026-09-14", "2026-09-16", "classroom", 1295.0, "Manchester"),
                _r("2027-01-18", "2027-01-20", "online", 1045.0))),
        Course("prince2-practitioner", "PRINCE2 Practitioner", "PRINCE2 Practitioner", 2,
               "Apply PRINCE2 to real projects and sit the Practitioner exam.",
               (_r("2026-02-23", "2026-02-24", "online", 1095.0),
                _r("2026-06-08", "2026-06-09", "classroom", 1395.0, "London"),
                _r("2026-10-05", "2026-10-06", "online", 1095.0))),
        Course("agilepm-foundation", "AgilePM Foundation", "AgilePM Foundation", 3,
               "Agile project management with the DSDM framework.",
               (_r("2026-04-13", "2026-04-15", "online", 1150.0),
                _r("2026-07-06", "2026-07-08", "classroom", 1350.0, "Leeds"),
                _r("2027-02-01", "2027-02-03", "online", 1150.0))),
        Course("itil-4-foundation", "ITIL 4 Foundation", "ITIL 4 Foundation", 2,
               "Service value system, practices and guiding principles of ITIL 4.",
               (_r("2026-03-02", "2026-03-03", "online", 875.0),
                _r("2026-06-22", "2026-06-23", "classroom", 1095.0, "London"),
                _r("2026-11-09", "2026-11-10", "online", 875.0))),
        Course("scrum-master", "Professional Scrum Master", "Scrum Master", 2,
               "Scrum theory and the Scrum Master's stances, with the PSM I assessment.",
               (_r("2026-05-18", "2026-05-19", "online", 1195.0),
                _r("2026-08-24", "2026-08-25", "classroom", 1395.0, "Bristol"))),
    ),
)  # fmt: skip

HARBOUR = Provider(
    slug="harbour",
    name="Harbour Skills Academy",
    markup="microdata",
    tagline="Small classes, expert trainers, guaranteed-to-run dates.",
    robots="User-agent: *\nDisallow: /search\nCrawl-delay: 2\n\n"
    "User-agent: BadBot\nDisallow: /\n\nSitemap: {{origin}}/sitemap_index.xml\n",
    courses=(
        Course("prince2-foundation", "PRINCE2® Foundation (7th edition)", "PRINCE2 Foundation", 3,
               "Learn the PRINCE2 principles, practices and processes.",
               (_r("2026-03-09", "2026-03-11", "online", 1195.0, None, 1450.0),
                _r("2026-04-27", "2026-04-29", "classroom", 1350.0, "Birmingham"),
                _r("2026-10-12", "2026-10-14", "online", 1195.0, None, 1450.0))),
        Course("prince2-foundation-practitioner", "PRINCE2® Foundation & Practitioner",
               "PRINCE2 Practitioner", 5, "Both PRINCE2 exams in one intensive week.",
               (_r("2026-03-23", "2026-03-27", "online", 1895.0, None, 2150.0),
                _r("2026-06-15", "2026-06-19", "classroom", 2095.0, "Birmingham"),
                _r("2027-03-08", "2027-03-12", "online", 1895.0))),
        Course("itil-4-foundation", "ITIL® 4 Foundation", "ITIL 4 Foundation", 2,
               "The ITIL 4 service value system for IT professionals.",
               (_r("2026-02-16", "2026-02-17", "online", 795.0),
                _r("2026-05-04", "2026-05-05", "classroom", 995.0, "Bristol"),
                _r("2026-09-07", "2026-09-08", "online", 795.0, None, 895.0))),
        Course("agilepm-practitioner", "AgilePM® Practitioner", "AgilePM Practitioner", 2,
               "Tailor AgilePM to your projects.",
               (_r("2026-04-20", "2026-04-21", "online", 995.0),
                _r("2026-11-23", "2026-11-24", "classroom", 1195.0, "Birmingham"))),
    ),
)  # fmt: skip

KESTREL = Provider(
    slug="kestrel",
    name="Kestrel Training Ltd",
    markup="none",
    tagline="Practical courses for busy professionals across the UK.",
    robots="User-agent: *\nDisallow: /basket/\nCrawl-delay: 1\n",
    courses=(
        Course("prince2-foundation", "PRINCE2 Foundation Certificate", "PRINCE2 Foundation", 3,
               "Three days, one exam, a method you will use for years.",
               (_r("2026-02-02", "2026-02-04", "classroom", 1150.0, "Edinburgh"),
                _r("2026-04-07", "2026-04-09", "online", 925.0),
                _r("2026-07-13", "2026-07-15", "classroom", 1150.0, "Glasgow"),
                _r("2026-12-01", "2026-12-03", "online", 925.0))),
        Course("agilepm-foundation", "AgilePM Foundation", "AgilePM Foundation", 3,
               "Agile project management for teams that must still hit deadlines.",
               (_r("2026-03-03", "2026-03-05", "online", 1050.0),
                _r("2026-09-22", "2026-09-24", "classroom", 1250.0, "Edinburgh"))),
        Course("scrum-master", "Certified Scrum Master Workshop", "Scrum Master", 2,
               "Two interactive days preparing you for the Scrum Master role.",
               (_r("2026-03-26", "2026-03-27", "online", 1095.0),
                _r("2026-06-25", "2026-06-26", "classroom", 1295.0, "Glasgow"),
                _r("2027-01-28", "2027-01-29", "online", 1095.0))),
        Course("itil-4-foundation", "ITIL 4 Foundation", "ITIL 4 Foundation", 2,
               "Two days to ITIL 4 Foundation certification.",
               (_r("2026-05-26", "2026-05-27", "online", 850.0),
                _r("2026-10-20", "2026-10-21", "classroom", 1050.0, "Edinburgh"))),
    ),
)  # fmt: skip

PROVIDERS: tuple[Provider, ...] = (NORTHWIND, HARBOUR, KESTREL)

FAQS: tuple[tuple[str, str], ...] = (
    ("Are your prices inclusive of VAT?", "No. All prices exclude VAT, which is added at 20%."),
    ("Is the exam included in the course price?", "Yes, the exam voucher is included."),
    ("Can I move to a later date?", "Yes, free of charge up to 14 days before the start date."),
    ("How do online courses work?", "Live sessions with a trainer over video, same timetable."),
    ("Do you offer group discounts?", "Yes: 10% off for three or more delegates on one run."),
)

GLOSSARY: tuple[tuple[str, str, str | None], ...] = (
    ("PRINCE2", "A process-based method for effective project management.", "Q1148253"),
    ("Business case", "The justification for starting and continuing a project.", None),
    ("Timeboxing", "Fixing the time and cost of work and varying its scope.", "Q7806590"),
    ("Scrum", "A lightweight framework for developing complex products.", "Q1364640"),
    ("Service value system", "How the parts of an organisation work together in ITIL 4.", None),
    ("MoSCoW", "Must have, Should have, Could have, Won't have this time.", "Q1570524"),
)

BLOG_TOPICS: tuple[tuple[str, str, str], ...] = (
    ("choosing-a-project-method", "Choosing a project method in 2026", "2026-01-12"),
    ("prince2-7-whats-new", "PRINCE2 7: what changed and why it matters", "2026-01-26"),
    ("agile-and-prince2", "Agile and PRINCE2 together", "2026-02-09"),
    ("passing-itil-4", "How to pass ITIL 4 Foundation first time", "2026-02-23"),
    ("scrum-master-myths", "Five myths about the Scrum Master role", "2026-03-09"),
)

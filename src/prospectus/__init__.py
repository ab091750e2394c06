"""prospectus: crawl training providers' sites, rebuild course, FAQ and glossary records,
and load them into DuckDB."""

from prospectus.errors import ProspectusError
from prospectus.records import Course, Faq, Record, Term

__all__ = ["Course", "Faq", "ProspectusError", "Record", "Term"]
__version__ = "0.1.0"

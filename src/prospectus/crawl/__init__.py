"""The crawler: knows HTTP and URLs, nothing about courses.

crawl / run_crawl      crawl sites politely, archive every response to WARC, hand each
                       document to a callback; resumable, incremental (conditional GET)
iter_archive           the archived documents again, without the network
delivered_locations    which archive records were handed on as documents
archived_pages         the newest archived copy of each page handed on (for re-extraction)
canonicalise           the one spelling of a URL
CrawlConfig            every knob, with defaults
FetchedDocument        what the callback receives
CrawlStats             the counters of a run
"""

from prospectus.crawl._archive import iter_archive, read_archived
from prospectus.crawl._crawler import DocumentCallback, ProgressCallback, crawl, run_crawl
from prospectus.crawl._delivered import archived_pages, delivered_locations
from prospectus.crawl._models import CrawlConfig, CrawlStats, FetchedDocument
from prospectus.crawl._urls import canonicalise, registered_domain, site_of

__all__ = [
    "CrawlConfig",
    "CrawlStats",
    "DocumentCallback",
    "FetchedDocument",
    "ProgressCallback",
    "archived_pages",
    "canonicalise",
    "crawl",
    "delivered_locations",
    "iter_archive",
    "read_archived",
    "registered_domain",
    "run_crawl",
    "site_of",
]

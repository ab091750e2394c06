"""The bundled demo site, crawled for real: archive, conditional re-crawl, a price change."""

from __future__ import annotations

from collections import Counter

from faultserver import run_collect

from prospectus.crawl import CrawlConfig, iter_archive, read_archived
from prospectus.demo.server import DemoSite


def test_demo_crawl_archives_everything(demo: DemoSite, config: CrawlConfig) -> None:
    stats, docs = run_collect(demo.start_urls, config)

    fetched = {url: d for url, d in docs.items() if d.error is None}
    assert 45 <= len(fetched) <= 80
    for provider in demo.providers:
        first = next(r for r in demo.requests if r.provider == provider)
        assert first.path == "/robots.txt"
    assert not [r for r in demo.requests if r.path.startswith(("/account/", "/basket/"))]
    assert {d.error for d in docs.values() if d.error} == {
        "blocked by robots.txt", "skipped by extension (pdf)",
    }  # fmt: skip
    archived = {doc.final_url: doc for doc in iter_archive(config.archive_dir)}
    for doc in fetched.values():
        assert archived[doc.final_url].body == doc.body
        assert doc.warc_file is not None and doc.warc_offset is not None
        assert read_archived(config.archive_dir, doc.warc_file, doc.warc_offset).body == doc.body
    assert stats.failed == 0 and stats.offsite >= 3


def test_recrawl_of_unchanged_site_is_conditional(demo: DemoSite, config: CrawlConfig) -> None:
    _, first = run_collect(demo.start_urls, config)
    before = len(demo.requests)

    stats, second = run_collect(demo.start_urls, config)

    statuses = Counter(r.status for r in demo.requests[before:])
    assert statuses[304] / sum(statuses.values()) >= 0.95, statuses
    assert stats.fetched == 0 and stats.unchanged == len([d for d in first.values() if not d.error])
    for url, doc in second.items():
        assert doc.body == first[url].body  # the archived body comes back with "unchanged"
        assert doc.unchanged == (doc.error is None)


def test_price_change_is_the_only_new_document(demo: DemoSite, config: CrawlConfig) -> None:
    run_collect(demo.start_urls, config)
    demo.set_price("kestrel", "/courses/itil-4-foundation.html", 850.0, 825.0)

    stats, docs = run_collect(demo.start_urls, config)

    changed = [d for d in docs.values() if d.error is None and not d.unchanged]
    assert [d.final_url.split("/", 3)[3] for d in changed] == ["courses/itil-4-foundation.html"]
    assert "£825" in changed[0].body.decode() and "£850" not in changed[0].body.decode()
    assert stats.fetched == 1

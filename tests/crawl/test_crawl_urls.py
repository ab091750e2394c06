"""URL canonicalisation, registered domains, robots parsing and sitemaps (no network)."""

from __future__ import annotations

import gzip

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from prospectus.crawl import canonicalise, registered_domain
from prospectus.crawl._robots import parse_robots
from prospectus.crawl._sitemaps import parse_lastmod, parse_sitemap
from prospectus.errors import InputError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTP://Example.COM:80/a/./b/../c?b=2&a=1#frag", "http://example.com/a/c?a=1&b=2"),
        ("https://example.com:443", "https://example.com/"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        ("http://example.com/%7euser/%2fp%c3%a9", "http://example.com/~user/%2Fp%C3%A9"),
        ("http://example.com/p?utm_source=a&UTM_Medium=b&gclid=1&fbclid=2&q=1", "http://example.com/p?q=1"),
        ("http://example.com/p;jsessionid=ABC?PHPSESSID=1&sid=2&x=", "http://example.com/p?x="),
        ("http://example.com/a b/é", "http://example.com/a%20b/%C3%A9"),
    ],
)  # fmt: skip
def test_canonicalise_examples(raw: str, expected: str) -> None:
    assert canonicalise(raw) == expected


@pytest.mark.parametrize("bad", ["ftp://example.com/", "mailto:a@b.c", "/relative", "http://"])
def test_canonicalise_refuses_what_cannot_be_crawled(bad: str) -> None:
    with pytest.raises(InputError):
        canonicalise(bad)


@pytest.mark.parametrize("link", ["http://[bad/x", "//[::1/x", "https://[fe80::1/"])
def test_a_link_with_an_unclosed_ipv6_bracket_is_refused_not_raised(link: str) -> None:
    """Found by mutating pages: ``urljoin`` raises ValueError on "http://[bad"; a page's link
    must cost only itself (InputError, which the link reader skips)."""
    with pytest.raises(InputError):
        canonicalise(link, "https://example.org/courses/")


_segment = st.text(alphabet=st.sampled_from("aZ09-._~%/?&=;:+é #!$'()*,@[]"), max_size=12)


@given(
    scheme=st.sampled_from(["http", "HTTPS", "Http"]),
    host=st.sampled_from(["example.com", "WWW.Example.co.uk", "127.0.0.1", "a.b.c.org."]),
    port=st.sampled_from(["", ":80", ":443", ":8080"]),
    path=st.lists(_segment, max_size=4),
    query=st.lists(st.tuples(_segment, _segment), max_size=4),
    fragment=_segment,
)
def test_canonicalise_is_idempotent(
    scheme: str, host: str, port: str, path: list[str], query: list[tuple[str, str]],
    fragment: str,
) -> None:  # fmt: skip
    url = f"{scheme}://{host}{port}/{'/'.join(path)}?{'&'.join(f'{k}={v}' for k, v in query)}"
    url += f"#{fragment}"
    try:
        once = canonicalise(url)
    except InputError:
        assume(False)
        return
    assert canonicalise(once) == once


def test_registered_domain() -> None:
    assert registered_domain("www.training.example.co.uk") == "example.co.uk"
    assert registered_domain("courses.example.com") == "example.com"
    assert registered_domain("shop.example.com.au") == "example.com.au"
    assert registered_domain("127.0.0.1:8080") == "127.0.0.1:8080"
    assert registered_domain("localhost") == "localhost"


def test_robots_group_and_crawl_delay() -> None:
    policy = parse_robots(
        b"User-agent: *\nDisallow: /\n\nUser-agent: prospectus\n"
        b"Disallow: /cart\nCrawl-delay: 4\nSitemap: https://e.com/s.xml\n"
    )
    agent = "prospectus/0.1 (+https://example.org/bot)"
    assert policy.allows("https://e.com/courses", agent)
    assert not policy.allows("https://e.com/cart/1", agent)
    assert policy.crawl_delay(agent) == 4.0
    assert policy.sitemaps == ("https://e.com/s.xml",)


def test_sitemap_index_gzip_and_lastmod() -> None:
    index = (
        b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
        b'sitemap/0.9"><sitemap><loc>https://e.com/a.xml.gz</loc></sitemap></sitemapindex>'
    )
    urlset = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>'
              b"https://e.com/x</loc><lastmod>2026-05-01</lastmod></url><url><loc>https://e.com/y"
              b"</loc></url></urlset>")  # fmt: skip
    assert parse_sitemap(index).sitemaps == ("https://e.com/a.xml.gz",)
    parsed = parse_sitemap(gzip.compress(urlset))
    assert parsed.urls == (("https://e.com/x", "2026-05-01"), ("https://e.com/y", None))
    assert parse_lastmod("2026-05-01T10:00:00+01:00").isoformat() == "2026-05-01T09:00:00+00:00"  # type: ignore[union-attr]


def test_sitemap_xml_bombs_refused() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
            b'"&lol;&lol;&lol;">]><urlset><url><loc>&lol2;</loc></url></urlset>')  # fmt: skip
    with pytest.raises(ValueError, match="bad sitemap"):
        parse_sitemap(bomb)

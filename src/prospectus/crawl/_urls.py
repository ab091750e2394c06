"""URL canonicalisation, site scope and crawler-trap patterns.

``canonicalise`` maps every spelling of a URL to one string so that each page is fetched once:
fragments, tracking parameters and session ids dropped, the query sorted, scheme and host lower
case, default ports dropped, percent-encoding normalised and dot segments removed.
"""

from __future__ import annotations

import ipaddress
import posixpath
import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit, urlunsplit

from prospectus.errors import InputError

_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PATH_SAFE = _UNRESERVED | frozenset("!$&'()*+,;=:@/")
_QUERY_SAFE = _UNRESERVED | frozenset("!$'()*+,;:@/?")
_HEX = frozenset("0123456789abcdefABCDEF")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_TRACKING_PREFIXES = ("utm_",)
_TRACKING_KEYS = frozenset(
    {
        "gclid", "fbclid", "msclkid", "dclid", "yclid", "gbraid", "wbraid", "mc_cid",
        "mc_eid", "_ga", "_gl", "igshid", "jsessionid", "phpsessid", "sid", "sessionid",
        "session_id", "aspsessionid", "cfid", "cftoken", "zanpid",
    }
)  # fmt: skip
_PATH_SESSION = re.compile(r";(jsessionid|phpsessid|sid|sessionid)=[^/?#]*", re.IGNORECASE)
# Second-level labels under which names are registered (co.uk, com.au, org.nz, ...).
_SECOND_LEVEL = frozenset(
    {"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "sch", "nhs", "me", "nom"}
)
_DIGITS = re.compile(r"\d+")


def _normalise_escapes(text: str, safe: frozenset[str]) -> str:
    """Decode %XX of unreserved characters, upper-case the rest, escape what is not ``safe``."""
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "%" and i + 2 < len(text) and text[i + 1] in _HEX and text[i + 2] in _HEX:
            decoded = chr(int(text[i + 1 : i + 3], 16))
            out.append(decoded if decoded in _UNRESERVED else "%" + text[i + 1 : i + 3].upper())
            i += 3
            continue
        if char in safe:
            out.append(char)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))
        i += 1
    return "".join(out)


def _is_tracking(key: str) -> bool:
    key = key.lower()
    return key in _TRACKING_KEYS or key.startswith(_TRACKING_PREFIXES)


def _clean_query(query: str) -> str:
    pairs: list[tuple[str, str]] = []
    for part in query.split("&"):
        if not part:
            continue
        key, sep, value = part.partition("=")
        key = _normalise_escapes(key, _QUERY_SAFE)
        if _is_tracking(_decode_key(key)):
            continue
        pairs.append((key, sep + _normalise_escapes(value, _QUERY_SAFE | {"="})))
    pairs.sort()
    return "&".join(key + value for key, value in pairs)


def _decode_key(key: str) -> str:
    return re.sub(r"%([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), key)


def _clean_path(path: str) -> str:
    path = _PATH_SESSION.sub("", path)
    path = _normalise_escapes(path, _PATH_SAFE) or "/"
    if not path.startswith("/"):
        path = "/" + path
    trailing = path.endswith("/") or path.endswith("/.") or path.endswith("/..")
    cleaned = posixpath.normpath(path)
    cleaned = "/" + cleaned.lstrip("/")  # normpath keeps a leading '//'
    if trailing and not cleaned.endswith("/"):
        cleaned += "/"
    return cleaned


def _clean_host(host: str) -> str:
    host = host.strip().rstrip(".").lower()
    if not host:
        raise InputError("URL has no host")
    try:
        return host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError as exc:
        raise InputError(f"bad host name: {host!r}") from exc


def canonicalise(url: str, base: str | None = None) -> str:
    """The one spelling of ``url`` (resolved against ``base``); raises InputError if unusable."""
    url = url.strip()
    if base is not None:
        if url.startswith("/") and not url.startswith("//"):
            return _canonical_rooted(_origin(base), url)
        try:
            url = urljoin(base, url)
        except ValueError as exc:  # "http://[bad/": an unclosed IPv6 bracket
            raise InputError(f"bad URL {url!r}: {exc}") from exc
    return _canonical(url)


@lru_cache(maxsize=1024)
def _origin(base: str) -> str:
    parts = urlsplit(base)
    return f"{parts.scheme}://{parts.netloc}/"


@lru_cache(maxsize=16_384)
def _canonical_rooted(origin: str, path: str) -> str:
    """A root-relative link joins the same under any base of one origin."""
    return _canonical(urljoin(origin, path))


@lru_cache(maxsize=16_384)
def _canonical(url: str) -> str:
    """``canonicalise`` of an absolute URL (pages link to the same URLs over and over)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InputError(f"bad URL {url!r}: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise InputError(f"not an http(s) URL: {url!r}")
    host = _clean_host(parts.hostname or "")
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, _clean_path(parts.path), _clean_query(parts.query), ""))


def try_canonicalise(url: str, base: str | None = None) -> str | None:
    """Like ``canonicalise`` but None for a URL that cannot be crawled (mailto:, junk)."""
    try:
        return canonicalise(url, base)
    except InputError:
        return None


def host_of(url: str) -> str:
    """``host[:port]`` of a canonical URL: the unit of politeness."""
    return urlsplit(url).netloc


@lru_cache(maxsize=4096)
def registered_domain(host: str) -> str:
    """The name a site registered: ``www.example.co.uk`` → ``example.co.uk``.

    IP addresses and ``localhost`` are their own domain; with a port (loopback test sites) the
    port is part of it, so two servers on 127.0.0.1 are two sites.
    """
    name, _, port = host.rpartition(":") if not host.endswith("]") else (host, "", "")
    if not name or not port.isdigit():
        name, port = host, ""
    name = name.strip("[]")
    if _is_ip(name) or "." not in name:
        return f"{name}:{port}" if port else name
    labels = name.split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=16_384)
def site_of(url: str) -> str:
    """The registered domain of a canonical URL."""
    return registered_domain(host_of(url))


def trap_pattern(url: str) -> str:
    """The URL with digit runs replaced and query values dropped: many hits mean a trap."""
    parts = urlsplit(url)
    keys = sorted({pair.partition("=")[0] for pair in parts.query.split("&") if pair})
    return f"{parts.netloc}{_DIGITS.sub('N', parts.path)}?{'&'.join(keys)}"


def looks_like_trap(url: str, max_length: int) -> str | None:
    """Why ``url`` is a likely crawler trap on its own, or None."""
    if len(url) > max_length:
        return "url too long"
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if segments and max(segments.count(s) for s in segments) > 3:
        return "repeated path segments"
    return None

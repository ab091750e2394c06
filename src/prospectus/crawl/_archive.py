"""The raw archive: every request and response written to gzipped WARC files.

Bodies are stored decoded (after Content-Encoding), so the stored HTTP headers drop
``Content-Encoding``/``Transfer-Encoding`` and carry the decoded ``Content-Length``; the original
encoding is kept in ``X-Prospectus-Original-Content-Encoding``. A 304 is written as a ``revisit``
record pointing at the response whose body it re-uses. A file cut short by a crash is read up to
its last whole record.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import logging
import os
import uuid
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from prospectus.crawl._models import FetchedDocument

logger = logging.getLogger(__name__)

REQUESTED_URL = "WARC-Prospectus-Requested-URL"
ERROR = "WARC-Prospectus-Error"
REFERS_FILE = "WARC-Prospectus-Refers-To-File"
REFERS_OFFSET = "WARC-Prospectus-Refers-To-Offset"
_DROP = frozenset({"content-encoding", "transfer-encoding", "content-length"})
_READ_ERRORS = (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError)

Headers = tuple[tuple[str, str], ...]


def stored_headers(headers: Headers, body_length: int) -> list[tuple[str, str]]:
    """Headers as archived beside a decoded body."""
    kept = [(k, v) for k, v in headers if k.lower() not in _DROP]
    kept += [
        ("X-Prospectus-Original-Content-Encoding", v)
        for k, v in headers
        if k.lower() == "content-encoding"
    ]
    kept.append(("Content-Length", str(body_length)))
    return kept


_WRITER = WARCWriter(io.BytesIO(), gzip=False)  # builds records; never writes to its stream


def _serialise(record: Any) -> bytes:
    buffer = io.BytesIO()
    WARCWriter(buffer, gzip=False).write_record(record)
    return buffer.getvalue()


def _gzip_member(data: bytes, level: int) -> bytes:
    packer = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS + 16)
    return packer.compress(data) + packer.flush()


def _http_block(first_line: str, headers: Iterable[tuple[str, str]]) -> bytes:
    """An HTTP head as warcio writes it: ASCII, non-ASCII header values %-encoded."""
    text = first_line + "\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
    try:
        return text.encode("ascii") + b"\r\n"
    except UnicodeEncodeError:
        return StatusAndHeaders(first_line, list(headers), protocol="").to_ascii_bytes()


def _sha1(*parts: bytes) -> str:
    digest = hashlib.sha1()
    for part in parts:
        digest.update(part)
    return "sha1:" + base64.b32encode(digest.digest()).decode("ascii")


def _record_member(
    rec_type: str, url: str, http: bytes, body: bytes, extra: dict[str, str], date: str,
    record_id: str, level: int,
) -> bytes:  # fmt: skip
    """One WARC/1.0 record (HTTP head + body) as a gzip member, byte for byte as warcio would."""
    head = (
        "WARC/1.0\r\n"
        + "".join(f"{k}: {v}\r\n" for k, v in extra.items())
        + (
            f"WARC-Type: {rec_type}\r\nWARC-Record-ID: {record_id}\r\nWARC-Target-URI: {url}\r\n"
            f"WARC-Date: {date}\r\nWARC-Payload-Digest: {_sha1(body)}\r\n"
            f"WARC-Block-Digest: {_sha1(http, body)}\r\n"
            f"Content-Type: application/http; msgtype={rec_type}\r\n"
            f"Content-Length: {len(http) + len(body)}\r\n\r\n"
        )
    )
    packer = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS + 16)
    parts = [packer.compress(head.encode("utf-8")), packer.compress(http)]
    parts += [packer.compress(body), packer.compress(b"\r\n\r\n"), packer.flush()]
    return b"".join(parts)


def _exchange_members(
    url: str, response: tuple[bytes, bytes, dict[str, str]], request: bytes, level: int
) -> tuple[bytes, bytes]:
    """The response and request records of one exchange (run in a worker thread)."""
    http, body, extra = response
    date = f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}"
    response_id = f"<urn:uuid:{uuid.uuid4()}>"
    concurrent = {"WARC-Concurrent-To": response_id}
    request_id = f"<urn:uuid:{uuid.uuid4()}>"
    return (
        _record_member("response", url, http, body, extra, date, response_id, level),
        _record_member("request", url, request, b"", concurrent, date, request_id, level),
    )


# zlib and hashlib release the GIL, so archiving runs beside the event loop.
_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="warc")


class WarcArchive:
    """Writes WARC files under ``directory``, one series per run and process, rotated by size."""

    def __init__(self, directory: Path, run_id: int, max_bytes: int, level: int = 6) -> None:
        self.directory = directory
        self._prefix = f"crawl-{run_id:05d}-{datetime.now(UTC):%Y%m%dT%H%M%S}-{os.getpid()}"
        self._max_bytes = max_bytes
        self._level = level
        self._serial = 0
        self._fh: IO[bytes] | None = None
        self.name = ""

    def _open(self) -> IO[bytes]:
        if self._fh is not None:
            if self._fh.tell() < self._max_bytes:
                return self._fh
            self.close()
        self.directory.mkdir(parents=True, exist_ok=True)
        self._serial += 1
        self.name = f"{self._prefix}-{self._serial:03d}.warc.gz"
        self._fh = open(self.directory / self.name, "ab")  # noqa: SIM115 - closed in close()
        info = _WRITER.create_warcinfo_record(self.name, {"software": "prospectus"})
        self._fh.write(_gzip_member(_serialise(info), self._level))
        return self._fh

    def _append(self, *members: bytes) -> tuple[str, int]:
        """Write gzip members at the end of the current file; the offset of the first."""
        fh = self._open()
        offset = fh.tell()
        for member in members:
            fh.write(member)
        fh.flush()
        return self.name, offset

    async def write_exchange(
        self,
        request: tuple[str, Headers],
        response: tuple[str, int, str, Headers, bytes],
        *,
        requested_url: str,
        truncated: str | None = None,
        error: str | None = None,
    ) -> tuple[str, int]:
        """Archive a request and its response; return (file name, offset of the response).

        Record building and compression run in a worker thread, the append does not.
        """
        url, status, reason, headers, body = response
        extra = {REQUESTED_URL: requested_url}
        if truncated:
            extra["WARC-Truncated"] = truncated
        if error:
            extra[ERROR] = error
        http = _http_block(
            f"HTTP/1.1 {status} {reason}".rstrip(), stored_headers(headers, len(body))
        )
        req_line, req_headers = request
        loop = asyncio.get_running_loop()
        members = await loop.run_in_executor(
            _POOL, _exchange_members, url, (http, body, extra), _http_block(req_line, req_headers),
            self._level,
        )  # fmt: skip
        return self._append(*members)

    def write_revisit(
        self, url: str, headers: Headers, refers_to: tuple[str, int], requested_url: str
    ) -> tuple[str, int]:
        """Archive a 304 as a revisit of the response at ``refers_to``."""
        http = StatusAndHeaders("304 Not Modified", list(headers), protocol="HTTP/1.1")
        record = _WRITER.create_warc_record(
            url,
            "revisit",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=http,
            warc_headers_dict={
                "WARC-Profile": "http://netpreserve.org/warc/1.1/revisit/server-not-modified",
                "WARC-Refers-To-Target-URI": url,
                REQUESTED_URL: requested_url,
                REFERS_FILE: refers_to[0],
                REFERS_OFFSET: str(refers_to[1]),
            },
        )
        return self._append(_gzip_member(_serialise(record), self._level))

    def close(self) -> None:
        """Close the current file, if any."""
        if self._fh is not None:
            self._fh.close()
        self._fh = None


def _document(record: Any, warc_file: str, offset: int) -> FetchedDocument:
    rec = record.rec_headers
    http = record.http_headers
    headers = tuple((k, v) for k, v in http.headers)
    final_url = rec.get_header("WARC-Target-URI")
    stamp = rec.get_header("WARC-Date") or ""
    error = rec.get_header(ERROR)
    body = record.content_stream().read() if error is None else b""
    lookup = {k.lower(): v for k, v in headers}
    return FetchedDocument(
        url=rec.get_header(REQUESTED_URL) or final_url,
        final_url=final_url,
        status=int(http.get_statuscode() or 0),
        headers=headers,
        body=body,
        fetched_at=datetime.fromisoformat(stamp.replace("Z", "+00:00")),
        etag=lookup.get("etag"),
        last_modified=lookup.get("last-modified"),
        warc_file=warc_file,
        warc_offset=offset,
        error=error,
    )


def read_archived(directory: Path, warc_file: str, offset: int) -> FetchedDocument:
    """The response archived in ``warc_file`` at ``offset``."""
    with open(directory / warc_file, "rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            return _document(record, warc_file, offset)
    raise FileNotFoundError(f"no record at {warc_file}:{offset}")


def _iter_file(path: Path) -> Iterator[FetchedDocument]:
    with open(path, "rb") as fh:
        records = ArchiveIterator(fh)
        try:
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = int(record.http_headers.get_statuscode() or 0)
                if 200 <= status < 300:
                    doc = _document(record, path.name, 0)  # read the body before the offset
                    yield replace(doc, warc_offset=records.get_record_offset())
        except _READ_ERRORS as exc:
            logger.warning("archive %s ends early (%s); read up to there", path.name, exc)


def iter_archive(directory: Path | str, *, latest_only: bool = False) -> Iterator[FetchedDocument]:
    """Every archived 2xx response under ``directory`` as a document, oldest file first.

    Redirects and 304 revisits are skipped (the response they lead to is yielded from its own
    record). With ``latest_only`` each final URL is yielded once, from its newest response.
    """
    paths = sorted(Path(directory).glob("*.warc.gz"))
    if not latest_only:
        for path in paths:
            yield from _iter_file(path)
        return
    newest: dict[str, tuple[str, int]] = {}
    for path in paths:
        for doc in _iter_file(path):
            newest[doc.final_url] = (path.name, doc.warc_offset or 0)
    for warc_file, offset in newest.values():
        yield read_archived(Path(directory), warc_file, offset)

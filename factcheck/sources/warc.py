"""Web archives (WARC 1.1, with warcio): the store's pages out, a colleague's or a crawler's in.

Out: for every archived fetch of a page (its current text and each earlier version) a
request record and a response record with the status line, the headers kept and the body
exactly as received, linked by WARC-Concurrent-To and dated by the fetch, so pywb and
ReplayWeb.page can replay what the checker saw.  In: the 2xx response records of any WARC,
bodies de-chunked and decoded by warcio, ready to be read like a fetched page.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from typing import BinaryIO
from urllib.parse import urlsplit

from factcheck import __version__
from factcheck.errors import BadInput
from factcheck.sources.fetch import ACCEPT, USER_AGENT

MAX_RECORD_BYTES = 10 * 1024 * 1024
"""The same cap as on a fetched body: a bigger response in a WARC is skipped, and said so."""


@dataclass(frozen=True)
class ArchivedResponse:
    """One HTTP response as archived: what a WARC response record holds."""

    url: str
    status: int
    content_type: str | None
    body: bytes
    fetched_at: datetime | None
    headers: tuple[tuple[str, str], ...] = field(default=())
    """Response headers kept besides Content-Type and Content-Length (ETag, Last-Modified)."""


@dataclass(frozen=True)
class Skipped:
    url: str
    reason: str


def write_warc(out: BinaryIO, responses: Iterable[ArchivedResponse]) -> int:
    """Write a gzipped WARC 1.1 of the responses (each with its request); returns how many."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.timeutils import datetime_to_iso_date
    from warcio.warcwriter import WARCWriter

    writer = WARCWriter(out, gzip=True, warc_version="1.1")
    writer.write_record(
        writer.create_warcinfo_record(
            "factcheck-export.warc.gz",
            {
                "software": f"factcheck/{__version__}",
                "format": "WARC File Format 1.1",
                "description": "Sources archived by a fact-checking desk",
            },
        )
    )
    count = 0
    for response in responses:
        when = (response.fetched_at or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
        date = datetime_to_iso_date(when, use_micros=True)
        headers = [("Content-Length", str(len(response.body)))]
        if response.content_type:
            headers.insert(0, ("Content-Type", response.content_type))
        headers += list(response.headers)
        http = StatusAndHeaders(
            f"{response.status} {_phrase(response.status)}".strip(), headers, protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            response.url,
            "response",
            payload=io.BytesIO(response.body),
            length=len(response.body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": date},
        )
        parts = urlsplit(response.url)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        request = writer.create_warc_record(
            response.url,
            "request",
            http_headers=StatusAndHeaders(
                f"GET {target} HTTP/1.1",
                [("Host", parts.netloc), ("User-Agent", USER_AGENT), ("Accept", ACCEPT)],
                is_http_request=True,
            ),
        )
        writer.write_request_response_pair(request, record)
        count += 1
    return count


def read_warc(stream: BinaryIO, name: str) -> Iterator[ArchivedResponse | Skipped]:
    """The HTTP responses of a WARC (or ARC), in order; what cannot be used is a Skipped."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.timeutils import iso_date_to_datetime

    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            if not url.startswith(("http://", "https://")) or record.http_headers is None:
                continue
            status = int(record.http_headers.get_statuscode() or 0)
            if not 200 <= status < 300:
                yield Skipped(url, f"HTTP {status} in the archive")
                continue
            body = record.content_stream().read(MAX_RECORD_BYTES + 1)
            if len(body) > MAX_RECORD_BYTES:
                yield Skipped(url, "body over the 10 MB cap")
                continue
            date = record.rec_headers.get_header("WARC-Date")
            headers = record.http_headers
            yield ArchivedResponse(
                url=url,
                status=status,
                content_type=headers.get_header("Content-Type"),
                body=body,
                fetched_at=iso_date_to_datetime(date, tz_aware=True) if date else None,
                headers=tuple(
                    (key, value)
                    for key in ("ETag", "Last-Modified")
                    if (value := headers.get_header(key))
                ),
            )
    except ArchiveLoadFailed as exc:
        raise BadInput(
            f"not a readable WARC ({' '.join(str(exc).split())[:100]})", subject=name
        ) from None
    except (OSError, EOFError, ValueError) as exc:
        raise BadInput(f"the WARC is damaged ({type(exc).__name__})", subject=name) from None


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""

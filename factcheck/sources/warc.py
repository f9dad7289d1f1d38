"""Web archives (WARC 1.1, with warcio): the store's pages out, a colleague's or a crawler's in.

Out: for every archived fetch of a page (its current text and each earlier version) a
request record and a response record with the status line, the headers kept and the body
exactly as received, linked by WARC-Concurrent-To and dated by the fetch, so pywb and
ReplayWeb.page can replay what the checker saw.  In: the 2xx response records of any WARC,
bodies de-chunked and decoded by the fetcher's decoder, ready to be read like a fetched page;
a file that is not a WARC, or is damaged, is refused in one line.
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
from factcheck.limits import FETCHED_BODY_BYTES
from factcheck.sources.fetch import ACCEPT, USER_AGENT, decompress_body, kept_headers
from factcheck.sources.targets import is_web_address

MAX_RECORD_BYTES = FETCHED_BODY_BYTES  # as on a fetched body (factcheck.limits says why)


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
    received: tuple[tuple[str, str], ...] | None = None
    """All the response headers as received, when the fetch recorded them (then they are
    written instead of `content_type` and `headers`)."""
    sent: tuple[tuple[str, str], ...] | None = None
    """The request headers sent, when the fetch recorded them; else they are rebuilt."""


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
        headers = _response_headers(response)
        http = StatusAndHeaders(
            f"{response.status} {_phrase(response.status)}".strip(), headers, protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            response.url,
            "response",
            payload=io.BytesIO(response.body),
            length=len(response.body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": date, **_rebuilt(response.received)},
        )
        parts = urlsplit(response.url)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        sent = response.sent or (
            ("Host", parts.netloc),
            ("User-Agent", USER_AGENT),
            ("Accept", ACCEPT),
        )
        request = writer.create_warc_record(
            response.url,
            "request",
            http_headers=StatusAndHeaders(
                f"GET {target} HTTP/1.1", list(sent), is_http_request=True
            ),
            warc_headers_dict={"WARC-Date": date, **_rebuilt(response.sent)},
        )
        writer.write_request_response_pair(request, record)
        count += 1
    return count


# The body is kept decoded (de-chunked, decompressed), so the headers that described the
# bytes on the wire would misdescribe the record's: they are left out, the length is its own.
_WIRE_HEADERS = frozenset({"content-length", "content-encoding", "transfer-encoding"})
REBUILT = "WARC-Factcheck-Headers"
"""Named on a record whose HTTP headers were not recorded at the fetch but rebuilt."""


def _response_headers(response: ArchivedResponse) -> list[tuple[str, str]]:
    if response.received is not None:
        kept = [(k, v) for k, v in response.received if k.lower() not in _WIRE_HEADERS]
        return [*kept, ("Content-Length", str(len(response.body)))]
    headers = [("Content-Length", str(len(response.body)))]
    if response.content_type:
        headers.insert(0, ("Content-Type", response.content_type))
    return headers + list(response.headers)


def _rebuilt(recorded: tuple[tuple[str, str], ...] | None) -> dict[str, str]:
    if recorded:
        return {}
    return {REBUILT: "rebuilt at export (this fetch did not record them)"}


_RECORD_TYPES = frozenset(
    {
        "warcinfo",
        "response",
        "resource",
        "request",
        "metadata",
        "revisit",
        "conversion",
        "continuation",
    }
)
"""The WARC 1.1 record types (section 6); a record of any other type is not a WARC's."""

_READ = 65536


def check_warc(stream: BinaryIO, name: str) -> int:
    """How many records the WARC (or ARC) holds, read to its end; BadInput when it is not one.

    Import reads a file through this first, so a file that is not a web archive, or one
    damaged after its first pages, is refused whole before any page is stored.
    """
    count = sum(1 for _ in _records(stream, name))
    if not count:
        raise BadInput("not a readable WARC (no records in it)", subject=name)
    return count


def read_warc(stream: BinaryIO, name: str) -> Iterator[ArchivedResponse | Skipped]:
    """The HTTP responses of a WARC (or ARC), in order; what cannot be used is a Skipped.

    A body is de-chunked here and decoded by the fetcher's own decoder, so a record whose
    compressed body was cut short (or has stray bytes after its end) is refused as the same
    page fetched would be, never stored as if whole.
    """
    from warcio.bufferedreaders import ChunkedDataReader
    from warcio.timeutils import iso_date_to_datetime

    for record in _records(stream, name):
        if record.rec_type != "response":
            continue
        url = record.rec_headers.get_header("WARC-Target-URI") or ""
        if not is_web_address(url) or record.http_headers is None:
            continue
        headers = record.http_headers
        code = headers.get_statuscode()
        if not headers.protocol.upper().startswith("HTTP/") or not code.isdigit():
            yield Skipped(url, "no HTTP status line in the record")
            continue
        status = int(code)
        if not 200 <= status < 300:
            yield Skipped(url, f"HTTP {status} in the archive")
            continue
        raw = record.raw_stream
        if (headers.get_header("Transfer-Encoding") or "").strip().lower() == "chunked":
            raw = ChunkedDataReader(raw, decomp_type=None)
        try:
            body = decompress_body(
                headers.get_header("Content-Encoding") or "",
                iter(lambda r=raw: r.read(_READ), b""),
                MAX_RECORD_BYTES,
            )
        except ValueError as exc:
            yield Skipped(url, str(exc))
            continue
        date = record.rec_headers.get_header("WARC-Date")
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
            received=kept_headers(headers.headers),
        )


def _records(stream: BinaryIO, name: str) -> Iterator:
    """warcio's records, each checked to be a WARC record that ends where its length says."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    class Counted(ArchiveIterator):
        # A record longer than its Content-Length is counted in err_count and refused
        # below, in one line, rather than warned about on stderr.
        INC_RECORD = ""

    records = Counted(stream, arc2warc=True)
    number = 0
    try:
        for record in records:
            _check_tail(records.err_count, number, name)
            number += 1
            reason = _not_a_record(record)
            if reason:
                raise _damaged(number, reason, name)
            yield record
            while record.raw_stream.read(_READ):
                pass
            if getattr(record.raw_stream, "limit", 0) > 0:
                # the file ends (or its gzip member does) inside the record
                raise _damaged(number, "cut short: it ends inside a record", name)
        _check_tail(records.err_count, number, name)
    except ArchiveLoadFailed as exc:
        raise _damaged(number + 1, " ".join(str(exc).split())[:100], name) from None
    except (OSError, EOFError, ValueError, AttributeError, TypeError) as exc:
        # warcio stumbles on some malformed records (a response without a target URI)
        raise _damaged(number + 1, f"a malformed record, {type(exc).__name__}", name) from None


def _not_a_record(record) -> str | None:
    if record.rec_type not in _RECORD_TYPES:
        return "no WARC-Type" if not record.rec_type else f"unknown WARC-Type {record.rec_type!r}"
    length = record.rec_headers.get_header("Content-Length")
    if length is None or not length.strip().isdigit():
        return "no Content-Length"
    return None


def _check_tail(errors: int, number: int, name: str) -> None:
    if errors:
        raise _damaged(number, "its content does not end where its Content-Length says", name)


def _damaged(number: int, reason: str, name: str) -> BadInput:
    if number <= 1:
        return BadInput(f"not a readable WARC ({reason})", subject=name)
    return BadInput(f"the WARC is damaged at record {number} ({reason})", subject=name)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""

"""The archive as a WARC: every stored web response out, a WARC's pages in without the network.

Export writes each web source's archived body (the current fetch and every earlier version
kept by a refresh) as WARC 1.1, for a claim's sources, an article's, or the whole store; the
file is written through `factcheck.output` (beside its destination, renamed over it), so a
failed export leaves no half file.  Import reads the pages of a WARC and stores each as
`attach` stores a fetched page (the same extraction, de-duplication and archiving), one
transaction per page.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from factcheck.db import Store
from factcheck.errors import BadInput, FactcheckError
from factcheck.models import Claim, ClaimSource, Source, SourceVersion
from factcheck.output import write_with
from factcheck.services.access import DEFAULT_ACCESS, Access
from factcheck.services.queries import article_in, claim_in
from factcheck.services.sources import BatchSummary, Tiers
from factcheck.services.sources.attach import in_transaction, web_item
from factcheck.services.sources.duplicates import store_source
from factcheck.services.sources.records import headers_of
from factcheck.sources.content_type import parse_content_type
from factcheck.sources.files import open_regular
from factcheck.sources.targets import without_userinfo
from factcheck.sources.warc import ArchivedResponse, Skipped, check_warc, read_warc, write_warc

_BATCH = 500


@dataclass(frozen=True)
class ExportSummary:
    path: str
    sources: int
    records: int


@dataclass
class ImportSummary:
    batch: BatchSummary = field(default_factory=BatchSummary)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def export_warc(
    store: Store, path: Path, *, claim_id: int | None = None, article_id: int | None = None
) -> ExportSummary:
    """Write the archived web responses (of a claim's or an article's sources) to `path`."""
    if claim_id is not None and article_id is not None:
        raise BadInput("a claim or an article, not both")
    with store.read() as session:
        query = select(Source.id).where(Source.kind == "web", Source.raw.is_not(None))
        if claim_id is not None:
            claim_in(session, claim_id)
            linked = select(ClaimSource.source_id).where(ClaimSource.claim_id == claim_id)
            query = query.where(Source.id.in_(linked) | Source.copy_of_id.in_(linked))
        if article_id is not None:
            article_in(session, article_id)
            linked = (
                select(ClaimSource.source_id)
                .join(Claim, Claim.id == ClaimSource.claim_id)
                .where(Claim.article_id == article_id)
            )
            query = query.where(Source.id.in_(linked) | Source.copy_of_id.in_(linked))
        ids = list(session.scalars(query.order_by(Source.id)))
    written: list[int] = []

    def produce(temp: Path) -> None:
        with temp.open("wb") as out:
            written.append(write_warc(out, _responses(store, ids)))

    write_with(path, produce)
    records = written[0]
    return ExportSummary(str(path), len(ids), records)


def _responses(store: Store, ids: list[int]) -> Iterator[ArchivedResponse]:
    """Each source's earlier versions (oldest first), then its current fetch, in batches."""
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        with store.read() as session:
            sources = session.execute(
                select(
                    Source.id,
                    Source.canonical_url,
                    Source.http_status,
                    Source.content_type,
                    Source.raw,
                    Source.fetched_at,
                    Source.etag,
                    Source.last_modified,
                    Source.request_headers,
                    Source.response_headers,
                )
                .where(Source.id.in_(chunk))
                .order_by(Source.id)
            ).all()
            versions: dict[int, list] = {}
            for row in session.execute(
                select(
                    SourceVersion.source_id,
                    SourceVersion.raw,
                    SourceVersion.http_status,
                    SourceVersion.fetched_at,
                    SourceVersion.request_headers,
                    SourceVersion.response_headers,
                )
                .where(SourceVersion.source_id.in_(chunk), SourceVersion.raw.is_not(None))
                .order_by(SourceVersion.id)
            ):
                versions.setdefault(row.source_id, []).append(row)
        for source in sources:
            for old in versions.get(source.id, ()):
                yield ArchivedResponse(
                    url=source.canonical_url,
                    status=old.http_status or 200,
                    content_type=source.content_type,
                    body=zlib.decompress(old.raw),
                    fetched_at=_utc(old.fetched_at),
                    received=headers_of(old.response_headers),
                    sent=headers_of(old.request_headers),
                )
            kept = (("ETag", source.etag), ("Last-Modified", source.last_modified))
            yield ArchivedResponse(
                url=source.canonical_url,
                status=source.http_status or 200,
                content_type=source.content_type,
                body=zlib.decompress(source.raw),
                fetched_at=_utc(source.fetched_at),
                headers=tuple((k, v) for k, v in kept if v),
                received=headers_of(source.response_headers),
                sent=headers_of(source.request_headers),
            )


def import_warc(
    store: Store,
    path: Path,
    *,
    claim_id: int | None = None,
    stance: str = "context",
    checker: str | None = None,
    tiers: Tiers | None = None,
    access: Access = DEFAULT_ACCESS,
) -> ImportSummary:
    """Store the pages of a WARC as sources (of `claim_id` when given), without the network.

    The file is a local file like any other the desk reads: under its folders, and regular.
    """
    from factcheck.sources.fetch import FetchResult

    if claim_id is not None:
        with store.read() as session:
            claim_in(session, claim_id)
    tiers = tiers or Tiers()
    summary = ImportSummary()
    with open_regular(path, folders=access.folders()) as stream:
        check_warc(stream, str(path))  # the whole file, before any page is stored
        stream.seek(0)
        for found in read_warc(stream, str(path)):
            # The page is stored without a login in its address (``web_item``); what is said
            # about it is said without one too.
            shown = without_userinfo(found.url)[0]
            if isinstance(found, Skipped):
                summary.skipped.append((shown, found.reason))
                continue
            media, charset = parse_content_type(found.content_type)
            result = FetchResult(
                requested_url=found.url,
                final_url=found.url,
                redirects=[],
                status=found.status,
                content_type=media,
                charset=charset,
                body=found.body,
                etag=dict(found.headers).get("ETag"),
                last_modified=dict(found.headers).get("Last-Modified"),
                fetched_at=found.fetched_at or _now(),
                received=found.received or (),
            )
            try:
                item = web_item(found.url, result)
                outcome = in_transaction(
                    store, lambda s, i=item: store_source(s, i, claim_id, stance, checker, tiers)
                )
            except FactcheckError as exc:
                summary.batch.failed.append((shown, exc))
                continue
            summary.batch.record(outcome)
    return summary


def _utc(moment):
    from datetime import UTC

    return moment.replace(tzinfo=UTC) if moment is not None else None


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC)

"""Fetching many URLs at once, and refreshing stored pages; a batch commits per source, so a
crash leaves whole sources only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from factcheck.sources.fetch import FetchOptions, FetchResult

from factcheck.db import Store
from factcheck.errors import BadInput, FactcheckError, NotFound
from factcheck.intake.text import MAX_BYTES
from factcheck.models import (
    Source,
    SourceSignature,
    SourceVersion,
)
from factcheck.services.access import DEFAULT_ACCESS, Access
from factcheck.services.sources.attach import in_transaction, web_item
from factcheck.services.sources.duplicates import DEFAULT_TIERS, Tiers, store_source
from factcheck.services.sources.records import (
    AttachResult,
    ReadSource,
    check_claim,
    compress_body,
    headers_json,
    known_url,
    link_claim,
    root_of,
)
from factcheck.sources.dedupe import normalised_text_hash, signature_keys
from factcheck.sources.files import read_file
from factcheck.sources.urls import check_url


@dataclass
class BatchSummary:
    added: list[AttachResult] = field(default_factory=list)
    merged: list[AttachResult] = field(default_factory=list)
    suggested: list[AttachResult] = field(default_factory=list)
    known: list[AttachResult] = field(default_factory=list)
    failed: list[tuple[str, FactcheckError]] = field(default_factory=list)  # (URL, why)

    def record(self, result: AttachResult) -> None:
        bucket = {
            "added": self.added,
            "merged": self.merged,
            "suggested": self.suggested,
        }.get(result.outcome, self.known)
        bucket.append(result)


def read_url_list(path: Path, access: Access = DEFAULT_ACCESS) -> list[str]:
    """URLs one a line; blank lines and ``#`` comments are skipped."""
    try:
        text = read_file(path, MAX_BYTES, "a list of URLs", folders=access.folders())
        text = text.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput("not UTF-8 text", subject=path) from None
    urls = [line.strip() for line in text.splitlines()]
    urls = [u for u in urls if u and not u.startswith("#")]
    if not urls:
        raise BadInput("no URLs in the file", subject=path)
    return list(dict.fromkeys(urls))


def fetch_urls(
    store: Store,
    urls: Sequence[str],
    *,
    claim_id: int | None = None,
    stance: str = "context",
    checker: str | None = None,
    options: FetchOptions | None = None,
    concurrency: int = 16,
    tiers: Tiers = DEFAULT_TIERS,
    refresh: bool = False,
    on_progress: Callable[[str, str], None] | None = None,
    access: Access = DEFAULT_ACCESS,
) -> BatchSummary:
    """Fetch many URLs at once and store each; a failure is reported, not fatal to the batch.

    ``on_progress(url, outcome)`` is called once a URL is done (fetched and stored, or failed).
    """
    with store.read() as session:
        check_claim(session, claim_id)
    summary = BatchSummary()
    wanted: list[str] = []
    validators: dict[str, tuple[str | None, str | None]] = {}
    for raw in urls:
        try:
            url = check_url(raw)
        except BadInput as exc:
            summary.failed.append((raw, exc))
            _notify(on_progress, raw, "failed")
            continue
        with store.read() as session:
            known = known_url(session, url)
            if known is not None and not refresh:
                root = root_of(session, known).id
            elif known is not None:
                validators[url] = (known.etag, known.last_modified)
                root = None
            else:
                root = None
        if known is not None and not refresh:
            summary.record(
                in_transaction(
                    store,
                    lambda s, root=root: _link_known(s, claim_id, root, stance, checker),
                )
            )
            _notify(on_progress, url, "known")
            continue
        wanted.append(url)
    from factcheck.sources.fetch import fetch_as_they_come

    # Each page is extracted and stored as it arrives, in its own transaction: a slow URL
    # holds back nothing, a kill loses only pages still on their way, and no more than
    # `concurrency` bodies are in memory at once.
    arrivals = fetch_as_they_come(
        wanted, access.fetch_options(store.url, options), concurrency, validators=validators
    )
    for url, outcome in _read_as_they_come(arrivals, validators, concurrency, len(wanted)):
        try:
            if isinstance(outcome, FactcheckError):
                raise outcome
            if url in validators:
                result = in_transaction(store, lambda s, u=url, o=outcome: _refresh(s, u, o))
            else:
                result = in_transaction(
                    store, lambda s, i=outcome: store_source(s, i, claim_id, stance, checker, tiers)
                )
        except FactcheckError as exc:
            summary.failed.append((url, exc))
            _notify(on_progress, url, "failed")
            continue
        summary.record(result)
        _notify(on_progress, url, result.outcome)
    return summary


# A batch this long reads its pages in worker processes: reading a page (trafilatura's
# passes, the de-duplication signature) costs more than storing it, and in one process the
# two take turns on one core.  A shorter batch reads in-process: starting workers would cost
# more than it saves.
POOL_FROM = 12
_WORKERS = 2


def _read_as_they_come(
    arrivals: Iterable[tuple[str, FetchResult | FactcheckError]],
    validators: Mapping[str, object],
    concurrency: int,
    count: int,
) -> Iterator[tuple[str, ReadSource | FetchResult | FactcheckError]]:
    """Each arrival read into a page to store (a refresh's result is passed as it came).

    With a pool, pages are read while earlier ones are being stored, and handed on as they
    are read; no more than `concurrency` wait at once, so memory stays bounded by it.
    """
    if count < POOL_FROM:
        for url, outcome in arrivals:
            yield (
                url,
                (
                    outcome
                    if isinstance(outcome, FactcheckError) or url in validators
                    else _read_here(url, outcome)
                ),
            )
        return
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    # forkserver: the batch runs beside the fetcher's thread (and the workbench's), which a
    # plain fork would copy mid-step; the server imports the extractor once for every worker.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["factcheck.services.sources.batch"])
    # Each waiting page is kept until read: a worker that dies (killed, out of memory) costs
    # its pages nothing, they are read here instead; no more than `concurrency` are kept.
    pending: dict[Future, tuple[str, FetchResult]] = {}
    pool = ProcessPoolExecutor(_WORKERS, mp_context=context, initializer=_quiet_worker)

    def read(future: Future) -> tuple[str, ReadSource | FactcheckError]:
        url, result = pending.pop(future)
        try:
            return url, _unpacked(future.result())
        except BrokenProcessPool:
            return url, _read_here(url, result)

    def finished(block: bool) -> Iterator[tuple[str, ReadSource | FactcheckError]]:
        if pending:
            done, _ = wait(pending, timeout=None if block else 0, return_when=FIRST_COMPLETED)
            for future in done:
                yield read(future)

    try:
        for url, outcome in arrivals:
            if isinstance(outcome, FactcheckError) or url in validators:
                yield url, outcome
                continue
            try:
                pending[pool.submit(read_page, url, outcome)] = (url, outcome)
            except BrokenProcessPool:
                yield url, _read_here(url, outcome)
            while len(pending) >= concurrency:
                yield from finished(block=True)
            yield from finished(block=False)
        while pending:
            yield from finished(block=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _quiet_worker() -> None:
    """Ctrl-C is the batch's to answer (in one line), not each worker's with a traceback."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _read_here(url: str, result: FetchResult) -> ReadSource | FactcheckError:
    try:
        return web_item(url, result)
    except FactcheckError as exc:
        return exc


def read_page(url: str, result: FetchResult) -> ReadSource | tuple[type, str, str | None]:
    """A fetched page read (in a worker process); an error comes back as its parts, since
    an error's subject does not survive pickling."""
    try:
        item = web_item(url, result)
    except FactcheckError as exc:
        return (type(exc), exc.reason, exc.subject)
    return replace(item, keys=item.signature(), packed=compress_body(result.body))


def _unpacked(read: ReadSource | tuple[type, str, str | None]) -> ReadSource | FactcheckError:
    if isinstance(read, tuple):
        kind, reason, subject = read
        return kind(reason, subject=subject)
    return read


def _notify(callback: Callable[[str, str], None] | None, url: str, outcome: str) -> None:
    if callback is not None:
        callback(url, outcome)


def _link_known(
    session: Session, claim_id: int | None, source_id: int, stance: str, checker: str | None
) -> AttachResult:
    link_claim(session, claim_id, source_id, stance, checker)
    return AttachResult(claim_id, source_id, "known")


def _refresh(session: Session, url: str, result: FetchResult) -> AttachResult:
    source = known_url(session, url)
    if result.not_modified:
        source.fetched_at = result.fetched_at.replace(tzinfo=None)
        return AttachResult(None, source.id, "unchanged", not_modified=True)
    from factcheck.sources.content import extract_content

    content = extract_content(result.body, result.content_type, result.final_url, result.charset)
    digest = normalised_text_hash(content.text)
    if digest == source.text_hash:
        source.fetched_at = result.fetched_at.replace(tzinfo=None)
        source.etag, source.last_modified = result.etag, result.last_modified
        return AttachResult(None, source.id, "unchanged")
    session.add(
        SourceVersion(
            source_id=source.id,
            text=source.text,
            text_hash=source.text_hash,
            raw=source.raw,
            http_status=source.http_status,
            fetched_at=source.fetched_at,
            request_headers=source.request_headers,
            response_headers=source.response_headers,
        )
    )
    source.text, source.text_hash = content.text, digest
    source.raw = compress_body(result.body)
    source.http_status = result.status
    source.fetched_at = result.fetched_at.replace(tzinfo=None)
    source.etag, source.last_modified = result.etag, result.last_modified
    source.request_headers = headers_json(result.sent)
    source.response_headers = headers_json(result.received)
    source.title = content.title or source.title
    session.execute(
        SourceSignature.__table__.delete().where(SourceSignature.source_id == source.id)
    )
    session.add_all(
        SourceSignature(source_id=source.id, key=k) for k in set(signature_keys(content.text))
    )
    return AttachResult(None, source.id, "updated")


def refresh_sources(
    store: Store,
    source_ids: Sequence[int] | None = None,
    *,
    options: FetchOptions | None = None,
    access: Access = DEFAULT_ACCESS,
) -> BatchSummary:
    """Re-fetch stored web sources with ETag / Last-Modified; a changed page keeps its old text."""
    with store.read() as session:
        query = select(Source).where(Source.kind == "web", Source.canonical_url.is_not(None))
        if source_ids:
            query = query.where(Source.id.in_(source_ids))
            found = {s.id for s in session.scalars(query)}
            missing = [i for i in source_ids if i not in found]
            if missing:
                raise NotFound(f"no web source {missing[0]}")
        urls = [s.canonical_url for s in session.scalars(query.order_by(Source.id))]
    return fetch_urls(store, urls, options=options, refresh=True, access=access)

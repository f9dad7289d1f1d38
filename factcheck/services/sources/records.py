"""Storing a source: the rows a page, file or note is kept as, and the lookups every job
shares (which source a URL or copy belongs to, linking a claim).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from factcheck.sources.content import Content
    from factcheck.sources.fetch import FetchResult

from factcheck.models import (
    ClaimSource,
    Source,
    SourceSignature,
    SourceURL,
)
from factcheck.services.queries import claim_in
from factcheck.sources.targets import is_web_address
from factcheck.sources.urls import canonical_url

# Added to a SourceURL's ``how`` ("requested+login") when the checker's URL held a user name
# and password: they opened the page and were then dropped; the row keeps only this note.
LOGIN_NOTE = "+login"
# What attaching (or refreshing) a source did: stored it anew, found it stored already (by
# URL), merged it with a stored source, offered it as a likely duplicate of one, or, for a
# refresh, found the page unchanged or changed (its old text kept as a version).
AttachOutcome = Literal["added", "known", "merged", "suggested", "unchanged", "updated"]
# A merge of identical text (the normalised SHA-256 matched) or of a near-copy (word similarity).
MergeKind = Literal["same text", "near copy"]


@dataclass(frozen=True)
class AttachResult:
    """What happened, as data; each front end words it (and says how to undo it)."""

    claim: int | None
    source: int  # the source the claim is linked to (for a merged copy: its original)
    outcome: AttachOutcome
    similarity: float | None = None  # merged / suggested: 0..1
    merged_into: int | None = None  # merged: the original; suggested: the source it may copy
    copy: int | None = None  # a near-copy merge: the copy kept beside the original
    kind_of_merge: MergeKind | None = None
    rule: str | None = None  # the de-duplication rule that decided, in words
    known_by: str | None = None  # known: the URL by which the page was recognised
    not_modified: bool = False  # unchanged: the server said so (rather than the same text)
    login_dropped: bool = False  # a user name and password in the URL fetched it, not stored
    short_text: bool = False  # too short to be known as the article by its text alone


def compress_body(body: bytes | None) -> bytes | None:
    return zlib.compress(body, 6) if body else None


def headers_json(headers: Sequence[tuple[str, str]] | None) -> str | None:
    """HTTP headers kept as JSON pairs; None when the fetch recorded none (an older one)."""
    return json.dumps([list(pair) for pair in headers]) if headers else None


def headers_of(stored: str | None) -> tuple[tuple[str, str], ...] | None:
    """The headers a fetch was stored with, or None when they were not kept."""
    return tuple((str(k), str(v)) for k, v in json.loads(stored)) if stored else None


def root_of(session: Session, source: Source) -> Source:
    seen = {source.id}
    while source.copy_of_id is not None and source.copy_of_id not in seen:
        seen.add(source.copy_of_id)
        source = session.get(Source, source.copy_of_id)
    return source


def check_claim(session: Session, claim_id: int | None) -> None:
    if claim_id is not None:
        claim_in(session, claim_id)


def link_claim(
    session: Session, claim_id: int | None, source_id: int, stance: str, checker: str | None
) -> None:
    """Link a claim to a source once; a later, firmer stance (supports/refutes) wins."""
    if claim_id is None:
        return
    link = session.scalar(
        select(ClaimSource).where(
            ClaimSource.claim_id == claim_id, ClaimSource.source_id == source_id
        )
    )
    if link is None:
        session.add(
            ClaimSource(claim_id=claim_id, source_id=source_id, stance=stance, attached_by=checker)
        )
    elif stance != "context":
        link.stance = stance


def known_url(session: Session, url: str) -> Source | None:
    row = session.scalar(select(SourceURL).where(SourceURL.canonical_url == canonical_url(url)))
    return session.get(Source, row.source_id) if row else None


def add_urls(session: Session, source_id: int, urls: Sequence[tuple[str, str]]) -> None:
    for url, how in urls:
        # A web address is stored under its canonical form; a file: or note: address as is.
        canon = canonical_url(url) if is_web_address(url) else url
        exists = session.scalar(select(SourceURL.id).where(SourceURL.canonical_url == canon))
        if exists is None:
            session.add(SourceURL(source_id=source_id, url=url, canonical_url=canon, how=how))
            session.flush()


@dataclass(frozen=True)
class ReadSource:
    """A page (or file, or note) read and reduced, ready to be stored."""

    kind: str
    content: Content
    urls: tuple[tuple[str, str], ...]
    result: FetchResult | None = None
    keys: frozenset[int] | None = None
    """The text's de-duplication signature when already worked out (a batch's worker does)."""
    packed: bytes | None = None
    """The body compressed as it is stored, when already done (a batch's worker does)."""

    def signature(self) -> frozenset[int]:
        """The text's signature keys: worked out once, for the duplicate check and the index."""
        # The de-duplication (and the rapidfuzz it loads) only when a source is stored:
        # reading sources back (``views``) imports this module without needing it.
        from factcheck.sources.dedupe import signature_keys

        return self.keys if self.keys is not None else frozenset(signature_keys(self.content.text))


def new_source(session: Session, item: ReadSource, copy_of: int | None = None) -> Source:
    from factcheck.sources.dedupe import normalised_text_hash

    content, result = item.content, item.result
    canon = next(
        (canonical_url(u) for u, how in item.urls if how.removesuffix(LOGIN_NOTE) == "final"), None
    )
    if canon is None and item.urls and item.kind == "web":
        canon = canonical_url(item.urls[0][0])
    source = Source(
        kind=item.kind,
        canonical_url=canon,
        title=content.title,
        author=content.author,
        site=content.site_name,
        published=content.published,
        text=content.text,
        text_hash=normalised_text_hash(content.text),
        fetched_at=result.fetched_at.replace(tzinfo=None)
        if result
        else datetime.now(UTC).replace(tzinfo=None),
        http_status=result.status if result else None,
        content_type=content.content_type,
        raw=item.packed or compress_body(result.body if result else content.document),
        etag=result.etag if result else None,
        last_modified=result.last_modified if result else None,
        request_headers=headers_json(result.sent) if result else None,
        response_headers=headers_json(result.received) if result else None,
        copy_of_id=copy_of,
    )
    session.add(source)
    session.flush()
    add_urls(session, source.id, item.urls)
    keys = item.signature()
    if keys:
        session.add_all(SourceSignature(source_id=source.id, key=k) for k in keys)
    return source

"""Reading sources back: a claim's sources (copies of one story counted once), the list, and
one source whole with its URLs, merges and earlier versions.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    pass

from factcheck.db import Store
from factcheck.models import (
    Article,
    ClaimSource,
    Source,
    SourceMerge,
    SourceURL,
    SourceVersion,
)
from factcheck.services.queries import claim_in, source_in
from factcheck.services.sources.records import root_of
from factcheck.sources.pdf import PDF_TYPE, page_at


@dataclass(frozen=True)
class SourceView:
    id: int
    kind: str
    title: str | None
    site: str | None
    url: str | None
    published: str | None
    fetched_at: datetime | None
    text_hash: str
    copy_of: int | None
    copies: tuple[tuple[int, str | None], ...] = ()  # (copy id, its URL)
    stance: str | None = None
    after_article: bool = False  # published after the article it is checking

    @property
    def label(self) -> str:
        return self.title or self.url or f"source {self.id}"

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "site": self.site,
            "url": self.url,
            "published": self.published,
            "fetched_at": self.fetched_at.isoformat() if self.fetched_at else None,
            "text_hash": self.text_hash,
            "copy_of": self.copy_of,
            "copies": [{"id": i, "url": u} for i, u in self.copies],
            "stance": self.stance,
            "published_after_article": self.after_article,
        }


@dataclass(frozen=True)
class MergeView:
    id: int
    source: int
    other: int | None
    url: str | None
    rule: str
    score: float
    shared: tuple[str, ...]
    status: str
    created_at: datetime


@dataclass(frozen=True)
class SourceDetail:
    source: SourceView
    author: str | None
    http_status: int | None
    content_type: str | None
    urls: tuple[tuple[str, str], ...]  # (url, how it led here)
    merges: tuple[MergeView, ...]
    versions: tuple[tuple[datetime | None, str], ...]  # earlier texts: (fetched at, hash)
    text: str
    raw_sha256: str | None = None  # of the archived body: the PDF or page as received
    pages: int | None = None  # a PDF's page count


@dataclass(frozen=True)
class ClaimSources:
    """The sources of one claim, with copies of one story counted once."""

    claim: int
    sources: tuple[SourceView, ...]
    independent: int


def source_view(
    session: Session, source: Source, article: Article | None = None, stance: str | None = None
) -> SourceView:
    copies = session.execute(
        select(Source.id, Source.canonical_url)
        .where(Source.copy_of_id == source.id)
        .order_by(Source.id)
    ).all()
    after = bool(
        article is not None
        and article.published
        and source.published
        and source.published[:10] > article.published[:10]
    )
    return SourceView(
        id=source.id,
        kind=source.kind,
        title=source.title,
        site=source.site,
        url=source.canonical_url,
        published=source.published,
        fetched_at=source.fetched_at,
        text_hash=source.text_hash,
        copy_of=source.copy_of_id,
        copies=tuple((i, u) for i, u in copies),
        stance=stance,
        after_article=after,
    )


def claim_sources(store: Store, claim_id: int) -> ClaimSources:
    with store.read() as session:
        return claim_sources_in(session, claim_id)


def claim_sources_in(session: Session, claim_id: int) -> ClaimSources:
    """``claim_sources`` inside a session the caller holds (one read for a whole view)."""
    claim = claim_in(session, claim_id)
    article = session.get(Article, claim.article_id) if claim.article_id else None
    rows = session.execute(
        select(Source, ClaimSource.stance)
        .join(ClaimSource, ClaimSource.source_id == Source.id)
        .where(ClaimSource.claim_id == claim_id)
        .order_by(Source.id)
    ).all()
    views = tuple(source_view(session, s, article, stance) for s, stance in rows)
    roots = {root_of(session, s).id for s, _ in rows}
    return ClaimSources(claim_id, views, len(roots))


def list_sources(store: Store) -> list[SourceView]:
    with store.read() as session:
        return [
            source_view(session, s) for s in session.scalars(select(Source).order_by(Source.id))
        ]


def show_source(store: Store, source_id: int) -> SourceDetail:
    with store.read() as session:
        return show_source_in(session, source_id)


def show_source_in(session: Session, source_id: int) -> SourceDetail:
    """``show_source`` inside a session the caller holds."""
    source = source_in(session, source_id)
    urls = session.execute(
        select(SourceURL.url, SourceURL.how)
        .join(Source, Source.id == SourceURL.source_id)
        .where((Source.id == source_id) | (Source.copy_of_id == source_id))
        .order_by(SourceURL.id)
    ).all()
    merges = session.scalars(
        select(SourceMerge)
        .where((SourceMerge.source_id == source_id) | (SourceMerge.other_id == source_id))
        .order_by(SourceMerge.id)
    ).all()
    versions = session.execute(
        select(SourceVersion.fetched_at, SourceVersion.text_hash)
        .where(SourceVersion.source_id == source_id)
        .order_by(SourceVersion.id)
    ).all()
    return SourceDetail(
        source=source_view(session, source),
        author=source.author,
        http_status=source.http_status,
        content_type=source.content_type,
        urls=tuple((u, h) for u, h in urls),
        merges=tuple(merge_view(m) for m in merges),
        versions=tuple((f, h) for f, h in versions),
        text=source.text,
        raw_sha256=hashlib.sha256(zlib.decompress(source.raw)).hexdigest() if source.raw else None,
        pages=page_at(source.text, len(source.text)) if is_pdf_source(source) else None,
    )


def is_pdf_source(source: Source) -> bool:
    """A source read from a PDF, whose text marks its pages (see `factcheck.sources.pdf`)."""
    return source.content_type == PDF_TYPE


def merge_view(merge: SourceMerge) -> MergeView:
    return MergeView(
        id=merge.id,
        source=merge.source_id,
        other=merge.other_id,
        url=merge.url,
        rule=merge.rule,
        score=merge.score,
        shared=tuple(json.loads(merge.shared or "[]")),
        status=merge.status,
        created_at=merge.created_at,
    )

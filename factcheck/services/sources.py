"""Sources: attach, fetch in batches, archive, de-duplicate, and decide merges.

One page reached by many URLs is one source; a syndicated near-copy is stored (so its text is
archived and a wrong merge can be split) but points at the source it copies, and only the
original counts when sources are counted.  Every attach is one transaction, and a batch
commits per source, so a crash leaves whole sources only.

The fetcher and the page extractor are imported where they are used: the workbench reads
sources from this module at start-up and should not wait for httpx and trafilatura.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from factcheck.sources.content import Content
    from factcheck.sources.fetch import FetchOptions, FetchResult

from factcheck.config import Thresholds
from factcheck.db import Store, serialize
from factcheck.errors import BadInput, FactcheckError, NotFound
from factcheck.intake.text import MAX_BYTES
from factcheck.models import (
    Article,
    Claim,
    ClaimSource,
    Source,
    SourceMerge,
    SourceSignature,
    SourceURL,
    SourceVersion,
)
from factcheck.sources.dedupe import DuplicateVerdict, compare, normalised_text_hash, signature_keys
from factcheck.sources.files import read_file
from factcheck.sources.pdf import PDF_TYPE, page_at
from factcheck.sources.targets import is_url
from factcheck.sources.urls import canonical_url, check_url, without_userinfo

STANCES = ("supports", "refutes", "context")
# How many stored sources sharing signature keys are compared in full with a new text.
CANDIDATES = 5
# Added to a SourceURL's ``how`` ("requested+login") when the checker's URL held a user name
# and password: they opened the page and were then dropped; the row keeps only this note.
LOGIN_NOTE = "+login"


@dataclass(frozen=True)
class Tiers:
    """When a near-copy merges by itself (``confirm``) or is offered as a likely duplicate."""

    confirm: float = Thresholds().source_confirm
    suggest: float = Thresholds().source_suggest

    @classmethod
    def of(cls, thresholds: Thresholds) -> Tiers:
        return cls(confirm=thresholds.source_confirm, suggest=thresholds.source_suggest)


@dataclass(frozen=True)
class AttachResult:
    claim: int | None
    source: int
    outcome: str  # added | known | merged | suggested | unchanged | updated
    message: str
    similarity: float | None = None
    other: int | None = None


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


@dataclass
class BatchSummary:
    added: list[AttachResult] = field(default_factory=list)
    merged: list[AttachResult] = field(default_factory=list)
    suggested: list[AttachResult] = field(default_factory=list)
    known: list[AttachResult] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def record(self, result: AttachResult) -> None:
        bucket = {
            "added": self.added,
            "merged": self.merged,
            "suggested": self.suggested,
        }.get(result.outcome, self.known)
        bucket.append(result)


def _compress(body: bytes | None) -> bytes | None:
    return zlib.compress(body, 6) if body else None


def _root(session: Session, source: Source) -> Source:
    seen = {source.id}
    while source.copy_of_id is not None and source.copy_of_id not in seen:
        seen.add(source.copy_of_id)
        source = session.get(Source, source.copy_of_id)
    return source


def _check_claim(session: Session, claim_id: int | None) -> None:
    if claim_id is not None and session.get(Claim, claim_id) is None:
        raise NotFound(f"no claim {claim_id}")


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


def _known_url(session: Session, url: str) -> Source | None:
    row = session.scalar(select(SourceURL).where(SourceURL.canonical_url == canonical_url(url)))
    return session.get(Source, row.source_id) if row else None


def _add_urls(session: Session, source_id: int, urls: Sequence[tuple[str, str]]) -> None:
    for url, how in urls:
        canon = canonical_url(url) if "://" in url and not url.startswith("file:") else url
        exists = session.scalar(select(SourceURL.id).where(SourceURL.canonical_url == canon))
        if exists is None:
            session.add(SourceURL(source_id=source_id, url=url, canonical_url=canon, how=how))
            session.flush()


@dataclass(frozen=True)
class _Fetched:
    """A page (or file, or note) read and reduced, ready to be stored."""

    kind: str
    content: Content
    urls: tuple[tuple[str, str], ...]
    result: FetchResult | None = None


def _new_source(session: Session, item: _Fetched, copy_of: int | None = None) -> Source:
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
        raw=_compress(result.body if result else content.document),
        etag=result.etag if result else None,
        last_modified=result.last_modified if result else None,
        copy_of_id=copy_of,
    )
    session.add(source)
    session.flush()
    _add_urls(session, source.id, item.urls)
    keys = set(signature_keys(content.text))
    if keys:
        session.add_all(SourceSignature(source_id=source.id, key=k) for k in keys)
    return source


def _store(
    session: Session,
    item: _Fetched,
    claim_id: int | None,
    stance: str,
    checker: str | None,
    tiers: Tiers,
) -> AttachResult:
    """Store a read source, recognising it when it is a page or story already held."""
    serialize(session, "factcheck.sources")
    for url, _how in item.urls:
        known = _known_url(session, url) if item.kind == "web" else None
        if known is not None:
            _add_urls(session, known.id, item.urls)
            root = _root(session, known)
            link_claim(session, claim_id, root.id, stance, checker)
            return AttachResult(
                claim_id, root.id, "known", f"already stored as source {root.id} ({url})"
            )
    digest = normalised_text_hash(item.content.text)
    same = session.scalar(select(Source).where(Source.text_hash == digest).order_by(Source.id))
    if same is not None and item.kind != "note":
        root = _root(session, same)
        _add_urls(session, root.id, item.urls)
        session.add(
            SourceMerge(
                source_id=root.id,
                other_id=None,
                claim_id=claim_id,
                url=_first_url(item),
                rule="same text (SHA-256)",
                score=1.0,
                shared="[]",
                status="merged",
            )
        )
        link_claim(session, claim_id, root.id, stance, checker)
        return AttachResult(
            claim_id, root.id, "merged", f"same text as source {root.id}: merged", 1.0, root.id
        )
    best = find_duplicate(session, item.content.text, tiers) if item.kind != "note" else None
    if best is not None and best[1].tier == "merge":
        original, verdict = best
        root = _root(session, original)
        copy = _new_source(session, item, copy_of=root.id)
        _record_merge(session, root.id, copy.id, claim_id, item, verdict, "merged")
        link_claim(session, claim_id, root.id, stance, checker)
        return AttachResult(
            claim_id,
            root.id,
            "merged",
            f"a copy of source {root.id} ({verdict.score:.0%} alike, {verdict.rule}): merged "
            f"as copy {copy.id}; undo with 'factcheck merge split' if wrong",
            verdict.score,
            copy.id,
        )
    source = _new_source(session, item)
    link_claim(session, claim_id, source.id, stance, checker)
    if best is not None and best[1].tier == "suggest":
        original, verdict = best
        root_id = _root(session, original).id
        _record_merge(session, root_id, source.id, claim_id, item, verdict, "suggested")
        session.flush()
        return AttachResult(
            claim_id,
            source.id,
            "suggested",
            f"added as source {source.id}; it may be a copy of source {original.id} "
            f"({verdict.score:.0%} alike, {verdict.rule}): confirm or reject with "
            "'factcheck merge'",
            verdict.score,
            original.id,
        )
    message = f"added as source {source.id}"
    if any(how.endswith(LOGIN_NOTE) for _url, how in item.urls):
        message += "; the user name and password in its URL were used to fetch it, not stored"
    return AttachResult(claim_id, source.id, "added", message)


def _record_merge(
    session: Session,
    source_id: int,
    other_id: int,
    claim_id: int | None,
    item: _Fetched,
    verdict: DuplicateVerdict,
    status: str,
) -> None:
    """Keep why a copy was merged (or offered): the checker is shown it, and may undo it."""
    session.add(
        SourceMerge(
            source_id=source_id,
            other_id=other_id,
            claim_id=claim_id,
            url=_first_url(item),
            rule=verdict.rule,
            score=verdict.score,
            shared=json.dumps(verdict.shared),
            status=status,
        )
    )


def _first_url(item: _Fetched) -> str | None:
    return item.urls[0][0] if item.urls else None


def find_duplicate(
    session: Session, text: str, tiers: Tiers
) -> tuple[Source, DuplicateVerdict] | None:
    """The stored source this text is most likely a copy of, with the verdict of comparing them.

    Only sources sharing signature keys (an index lookup) are compared in full, so the check
    stays a few milliseconds with tens of thousands of sources stored.
    """
    keys = signature_keys(text)
    if not keys:
        return None
    hits = func.count().label("hits")
    candidates = session.execute(
        select(SourceSignature.source_id, hits)
        .where(SourceSignature.key.in_(set(keys)))
        .group_by(SourceSignature.source_id)
        .order_by(hits.desc(), SourceSignature.source_id)
        .limit(CANDIDATES)
    ).all()
    best = None
    for source_id, _hits in candidates:
        stored = session.get(Source, source_id)
        verdict = compare(text, stored.text, confirm=tiers.confirm, suggest=tiers.suggest)
        if verdict.tier != "distinct" and (best is None or verdict.score > best[1].score):
            best = (stored, verdict)
    return best


def _read_web(url: str, options: FetchOptions | None) -> _Fetched:
    from factcheck.sources.fetch import fetch

    result = fetch(url, options)
    return _web_item(url, result)


def _web_item(url: str, result: FetchResult) -> _Fetched:
    from factcheck.sources.content import extract_content

    content = extract_content(result.body, result.content_type, result.final_url, result.charset)
    urls = [(url, "requested")]
    urls += [(hop, "redirect") for hop in result.redirects if hop != url]
    if result.final_url != url:
        urls.append((result.final_url, "final"))
    else:
        urls[0] = (url, "final")
    if content.canonical_url and content.canonical_url.startswith(("http://", "https://")):
        urls.append((content.canonical_url, "canonical"))
    return _Fetched("web", content, tuple(dict.fromkeys(_forget_logins(urls))), result)


def _forget_logins(urls: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each URL without a ``user:password@``; its ``how`` gains LOGIN_NOTE where one was given."""
    kept = []
    for url, how in urls:
        clean, had_login = without_userinfo(url)
        kept.append((clean, how + LOGIN_NOTE if had_login else how))
    return kept


def _read_file(path: Path) -> _Fetched:
    from factcheck.sources.content import extract_file

    content = extract_file(path)
    return _Fetched("file", content, ((path.resolve().as_uri(), "file"),))


def _read_note(note: str, checker: str | None) -> _Fetched:
    text = note.strip()
    if not text:
        raise BadInput("the note is empty")
    when = datetime.now(UTC).strftime("%Y-%m-%d")
    from factcheck.sources.content import Content

    content = Content(
        text=text,
        title=f"Note by {checker or 'a checker'}, {when}",
        author=checker,
        published=when,
        site_name=None,
        content_type="text/plain",
    )
    digest = hashlib.sha256(f"{checker}\n{when}\n{text}".encode()).hexdigest()[:16]
    return _Fetched("note", content, ((f"note:{digest}", "note"),))


def _in_transaction(store: Store, work: Callable[[Session], AttachResult]) -> AttachResult:
    """Run one attach; a concurrent writer adding the same URL first is met by a retry."""
    for attempt in range(3):
        try:
            with store.transaction() as session:
                return work(session)
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def attach_source(
    store: Store,
    claim_id: int,
    target: str | None = None,
    *,
    note: str | None = None,
    stance: str = "context",
    checker: str | None = None,
    options: FetchOptions | None = None,
    tiers: Tiers = Tiers(),
) -> AttachResult:
    """Attach a URL, a local file, or a checker's own note to a claim."""
    if stance not in STANCES:
        raise BadInput(f"unknown stance {stance!r}; stances: {', '.join(STANCES)}")
    if (target is None) == (note is None):
        raise BadInput("give a URL or a file path, or a --note, to attach")
    with store.read() as session:
        _check_claim(session, claim_id)
    if note is not None:
        item = _read_note(note, checker)
    elif is_url(target):
        url = check_url(target)
        with store.read() as session:
            known = _known_url(session, url)
            known_id = _root(session, known).id if known else None
        if known_id is not None:

            def link_known(session: Session) -> AttachResult:
                link_claim(session, claim_id, known_id, stance, checker)
                return AttachResult(
                    claim_id, known_id, "known", f"already stored as source {known_id}"
                )

            return _in_transaction(store, link_known)
        item = _read_web(url, options)
    else:
        item = _read_file(Path(target))
    return _in_transaction(store, lambda s: _store(s, item, claim_id, stance, checker, tiers))


def read_url_list(path: Path) -> list[str]:
    """URLs one a line; blank lines and ``#`` comments are skipped."""
    try:
        text = read_file(path, MAX_BYTES, "a list of URLs").decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput(f"{path}: not UTF-8 text") from None
    urls = [line.strip() for line in text.splitlines()]
    urls = [u for u in urls if u and not u.startswith("#")]
    if not urls:
        raise BadInput(f"{path}: no URLs in the file")
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
    tiers: Tiers = Tiers(),
    refresh: bool = False,
    on_progress: Callable[[str, str], None] | None = None,
) -> BatchSummary:
    """Fetch many URLs at once and store each; a failure is reported, not fatal to the batch.

    ``on_progress(url, outcome)`` is called once a URL is done (fetched and stored, or failed).
    """
    with store.read() as session:
        _check_claim(session, claim_id)
    summary = BatchSummary()
    wanted: list[str] = []
    validators: dict[str, tuple[str | None, str | None]] = {}
    for raw in urls:
        try:
            url = check_url(raw)
        except BadInput as exc:
            summary.failed.append((raw, str(exc)))
            _notify(on_progress, raw, "failed")
            continue
        with store.read() as session:
            known = _known_url(session, url)
            if known is not None and not refresh:
                root = _root(session, known).id
            elif known is not None:
                validators[url] = (known.etag, known.last_modified)
                root = None
            else:
                root = None
        if known is not None and not refresh:
            summary.record(
                _in_transaction(
                    store,
                    lambda s, root=root: _link_known(s, claim_id, root, stance, checker),
                )
            )
            _notify(on_progress, url, "known")
            continue
        wanted.append(url)
    from factcheck.sources.fetch import fetch_many

    results = fetch_many(wanted, options, concurrency, validators=validators)
    for url, outcome in zip(wanted, results, strict=True):
        try:
            if isinstance(outcome, FactcheckError):
                raise outcome
            if url in validators:
                result = _in_transaction(store, lambda s, u=url, o=outcome: _refresh(s, u, o))
            else:
                item = _web_item(url, outcome)
                result = _in_transaction(
                    store, lambda s, i=item: _store(s, i, claim_id, stance, checker, tiers)
                )
        except FactcheckError as exc:
            summary.failed.append((url, str(exc)))
            _notify(on_progress, url, "failed")
            continue
        summary.record(result)
        _notify(on_progress, url, result.outcome)
    return summary


def _notify(callback: Callable[[str, str], None] | None, url: str, outcome: str) -> None:
    if callback is not None:
        callback(url, outcome)


def _link_known(
    session: Session, claim_id: int | None, source_id: int, stance: str, checker: str | None
) -> AttachResult:
    link_claim(session, claim_id, source_id, stance, checker)
    return AttachResult(claim_id, source_id, "known", f"already stored as source {source_id}")


def _refresh(session: Session, url: str, result: FetchResult) -> AttachResult:
    source = _known_url(session, url)
    if result.not_modified:
        source.fetched_at = result.fetched_at.replace(tzinfo=None)
        return AttachResult(None, source.id, "unchanged", f"source {source.id}: not modified")
    from factcheck.sources.content import extract_content

    content = extract_content(result.body, result.content_type, result.final_url, result.charset)
    digest = normalised_text_hash(content.text)
    if digest == source.text_hash:
        source.fetched_at = result.fetched_at.replace(tzinfo=None)
        source.etag, source.last_modified = result.etag, result.last_modified
        return AttachResult(None, source.id, "unchanged", f"source {source.id}: text unchanged")
    session.add(
        SourceVersion(
            source_id=source.id,
            text=source.text,
            text_hash=source.text_hash,
            raw=source.raw,
            http_status=source.http_status,
            fetched_at=source.fetched_at,
        )
    )
    source.text, source.text_hash = content.text, digest
    source.raw = _compress(result.body)
    source.http_status = result.status
    source.fetched_at = result.fetched_at.replace(tzinfo=None)
    source.etag, source.last_modified = result.etag, result.last_modified
    source.title = content.title or source.title
    session.execute(
        SourceSignature.__table__.delete().where(SourceSignature.source_id == source.id)
    )
    session.add_all(
        SourceSignature(source_id=source.id, key=k) for k in set(signature_keys(content.text))
    )
    return AttachResult(
        None, source.id, "updated", f"source {source.id}: the page changed; old text kept"
    )


def refresh_sources(
    store: Store, source_ids: Sequence[int] | None = None, *, options: FetchOptions | None = None
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
    return fetch_urls(store, urls, options=options, refresh=True)


def _view(
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
        claim = session.get(Claim, claim_id)
        if claim is None:
            raise NotFound(f"no claim {claim_id}")
        article = session.get(Article, claim.article_id) if claim.article_id else None
        rows = session.execute(
            select(Source, ClaimSource.stance)
            .join(ClaimSource, ClaimSource.source_id == Source.id)
            .where(ClaimSource.claim_id == claim_id)
            .order_by(Source.id)
        ).all()
        views = tuple(_view(session, s, article, stance) for s, stance in rows)
        roots = {_root(session, s).id for s, _ in rows}
    return ClaimSources(claim_id, views, len(roots))


def list_sources(store: Store) -> list[SourceView]:
    with store.read() as session:
        return [_view(session, s) for s in session.scalars(select(Source).order_by(Source.id))]


def show_source(store: Store, source_id: int) -> SourceDetail:
    with store.read() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise NotFound(f"no source {source_id}")
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
            source=_view(session, source),
            author=source.author,
            http_status=source.http_status,
            content_type=source.content_type,
            urls=tuple((u, h) for u, h in urls),
            merges=tuple(merge_view(m) for m in merges),
            versions=tuple((f, h) for f, h in versions),
            text=source.text,
            raw_sha256=hashlib.sha256(zlib.decompress(source.raw)).hexdigest()
            if source.raw
            else None,
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

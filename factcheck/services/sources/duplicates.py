"""The de-duplication decision: is a source read just now a page already stored (by URL),
the same text, a near-copy to merge or to offer, or new?  And the merge record that lets a
checker see why, and undo it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from factcheck.config import Thresholds
from factcheck.db import serialize
from factcheck.models import (
    Source,
    SourceMerge,
    SourceSignature,
)
from factcheck.services.sources.records import (
    LOGIN_NOTE,
    AttachResult,
    MergeKind,
    ReadSource,
    add_urls,
    known_url,
    link_claim,
    new_source,
    root_of,
)
from factcheck.sources.dedupe import (
    DuplicateVerdict,
    compare,
    is_short,
    normalised_text_hash,
    signature_keys,
)

# How many stored sources sharing signature keys are compared in full with a new text.
CANDIDATES = 5
SAME_TEXT = "same text (SHA-256)"
HINTED = ", and its canonical URL names the stored page"
SAME_SHORT_TEXT = (
    "same short text (SHA-256): may be a paywall, consent or error page rather than the "
    "article; the checker must confirm"
)


@dataclass(frozen=True)
class Tiers:
    """When a near-copy merges by itself (``confirm``) or is offered as a likely duplicate."""

    confirm: float = Thresholds().source_confirm
    suggest: float = Thresholds().source_suggest

    @classmethod
    def of(cls, thresholds: Thresholds) -> Tiers:
        return cls(confirm=thresholds.source_confirm, suggest=thresholds.source_suggest)


DEFAULT_TIERS = Tiers()


def store_source(
    session: Session,
    item: ReadSource,
    claim_id: int | None,
    stance: str,
    checker: str | None,
    tiers: Tiers,
) -> AttachResult:
    """Store a read source, recognising it when it is a page or story already held.

    The URLs a page was fetched from (asked for, redirected through, ended at) prove it is a
    stored page; its own canonical URL (``og:url``, ``<base href>``) is a hint: a page naming a
    stored page is a copy of it only when the texts agree too.  Otherwise the text decides: the
    same text or a near-copy is stored as a copy of the original (its HTML, title, site and
    URL kept, so the merge can be split), and a short text (a paywall stub, a consent wall)
    is never merged by itself, only offered.
    """
    serialize(session, "factcheck.sources")
    for url, how in item.urls:
        known = known_url(session, url) if item.kind == "web" else None
        if known is None:
            continue
        if how.removesuffix(LOGIN_NOTE) != "canonical":
            add_urls(session, known.id, item.urls)
            root = root_of(session, known)
            link_claim(session, claim_id, root.id, stance, checker)
            return AttachResult(claim_id, root.id, "known", known_by=url)
        # Only a hint: another page saying it is this one.  When the texts agree it is kept
        # as a copy (its own HTML, title, site and URL), so the merge can be split.
        agreed = _hinted_copy(item, known, tiers)
        if agreed is not None:
            verdict, kind = agreed
            root = root_of(session, known)
            return _merge_copy(session, item, claim_id, stance, checker, root, verdict, kind)
    digest = normalised_text_hash(item.content.text)
    if item.kind == "file":
        stored = _same_file(session, item, digest)
        if stored is not None:
            # A file has no address to be known by: its content is.  The same text read from
            # this path again (or a copy of the file elsewhere) is the source already stored.
            add_urls(session, stored.id, item.urls)
            root = root_of(session, stored)
            link_claim(session, claim_id, root.id, stance, checker)
            return AttachResult(claim_id, root.id, "known", known_by=_path_of(item))
    same = session.scalar(select(Source).where(Source.text_hash == digest).order_by(Source.id))
    if same is not None and item.kind != "note":
        root = root_of(session, same)
        if is_short(item.content.text):
            return _offer_short_copy(session, item, claim_id, stance, checker, root)
        verdict = DuplicateVerdict(score=1.0, tier="merge", rule=SAME_TEXT)
        return _merge_copy(session, item, claim_id, stance, checker, root, verdict, "same text")
    best = None
    if item.kind != "note":
        best = find_duplicate(session, item.content.text, tiers, item.signature())
    if best is not None and best[1].tier == "merge":
        original, verdict = best
        root = root_of(session, original)
        return _merge_copy(session, item, claim_id, stance, checker, root, verdict, "near copy")
    source = new_source(session, item)
    link_claim(session, claim_id, source.id, stance, checker)
    if best is not None and best[1].tier == "suggest":
        original, verdict = best
        root_id = root_of(session, original).id
        record_merge(session, root_id, source.id, claim_id, item, verdict, "suggested")
        session.flush()
        return AttachResult(
            claim_id,
            source.id,
            "suggested",
            similarity=verdict.score,
            merged_into=original.id,
            kind_of_merge="near copy",
            rule=verdict.rule,
            short_text=is_short(item.content.text),
        )
    login = any(how.endswith(LOGIN_NOTE) for _url, how in item.urls)
    return AttachResult(claim_id, source.id, "added", login_dropped=login)


def _same_file(session: Session, item: ReadSource, digest: str) -> Source | None:
    """A stored file source with exactly this text, the one read from this path first."""
    stored = [
        source
        for source in session.scalars(
            select(Source)
            .where(Source.kind == "file", Source.text_hash == digest)
            .order_by(Source.id)
        )
        if source.text == item.content.text
    ]
    here = {url for url, _how in item.urls}
    return next((s for s in stored if here & {u.url for u in s.urls}), None) or next(
        iter(stored), None
    )


def _path_of(item: ReadSource) -> str | None:
    """The local path a file source was read from (its ``file:`` URL), as the checker wrote
    paths."""
    from urllib.parse import unquote, urlsplit

    url = next((url for url, _how in item.urls if url.startswith("file:")), None)
    return unquote(urlsplit(url).path) if url else None


def _hinted_copy(
    item: ReadSource, stored: Source, tiers: Tiers
) -> tuple[DuplicateVerdict, MergeKind] | None:
    """How a page whose canonical URL names a stored page copies it (the same text, or a
    near-copy to merge), or None when the texts do not agree."""
    text = item.content.text
    if normalised_text_hash(text) == stored.text_hash:
        if is_short(text):
            return None
        return DuplicateVerdict(score=1.0, tier="merge", rule=SAME_TEXT + HINTED), "same text"
    verdict = compare(text, stored.text, confirm=tiers.confirm, suggest=tiers.suggest)
    if verdict.tier != "merge":
        return None
    return replace(verdict, rule=verdict.rule + HINTED), "near copy"


def _merge_copy(
    session: Session,
    item: ReadSource,
    claim_id: int | None,
    stance: str,
    checker: str | None,
    root: Source,
    verdict: DuplicateVerdict,
    kind: MergeKind,
) -> AttachResult:
    """Store the page as a copy of `root`, whole, with the merge record that can split it."""
    copy = new_source(session, item, copy_of=root.id)
    record_merge(session, root.id, copy.id, claim_id, item, verdict, "merged")
    link_claim(session, claim_id, root.id, stance, checker)
    return AttachResult(
        claim_id,
        root.id,
        "merged",
        similarity=verdict.score,
        merged_into=root.id,
        copy=copy.id,
        kind_of_merge=kind,
        rule=verdict.rule,
    )


def _offer_short_copy(
    session: Session,
    item: ReadSource,
    claim_id: int | None,
    stance: str,
    checker: str | None,
    original: Source,
) -> AttachResult:
    """A short text that is already stored word for word is kept apart and offered: two
    stories behind one paywall read the same, so the text cannot tell them apart."""
    source = new_source(session, item)
    link_claim(session, claim_id, source.id, stance, checker)
    verdict = DuplicateVerdict(score=1.0, tier="suggest", rule=SAME_SHORT_TEXT)
    record_merge(session, original.id, source.id, claim_id, item, verdict, "suggested")
    session.flush()
    return AttachResult(
        claim_id,
        source.id,
        "suggested",
        similarity=1.0,
        merged_into=original.id,
        kind_of_merge="same text",
        rule=SAME_SHORT_TEXT,
        short_text=True,
    )


def record_merge(
    session: Session,
    source_id: int,
    other_id: int,
    claim_id: int | None,
    item: ReadSource,
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


def _first_url(item: ReadSource) -> str | None:
    return item.urls[0][0] if item.urls else None


def find_duplicate(
    session: Session, text: str, tiers: Tiers, keys: Iterable[int] | None = None
) -> tuple[Source, DuplicateVerdict] | None:
    """The stored source this text is most likely a copy of, with the verdict of comparing them.

    Only sources sharing signature keys (an index lookup) are compared in full, so the check
    stays a few milliseconds with tens of thousands of sources stored.
    """
    keys = set(signature_keys(text) if keys is None else keys)
    if not keys:
        return None
    hits = func.count().label("hits")
    candidates = session.execute(
        select(SourceSignature.source_id, hits)
        .where(SourceSignature.key.in_(keys))
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

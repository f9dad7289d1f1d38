"""Verdicts: recorded append-only, guarded against stale edits, counted, and found again.

A verdict is a new row, never an update: the history is the audit trail an editor asks for.
Each verdict also bumps the claim's version, so a checker who decided on what they saw a
minute ago is told when a colleague has decided since, instead of silently overriding them.
"""

from __future__ import annotations

import weakref
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from factcheck.config import Thresholds
from factcheck.db import Store
from factcheck.errors import BadInput, NotFound, StaleEdit
from factcheck.models import Article, Claim, Evidence, Verdict, VerdictEvidence, utcnow
from factcheck.scale import UNCHECKED
from factcheck.services.claims import claim_for_edit
from factcheck.services.queries import (
    article_in,
    claim_in,
    current_ratings,
    current_verdicts,
    is_unchecked,
)

if TYPE_CHECKING:
    from factcheck.meaning import Difference


@dataclass(frozen=True)
class VerdictView:
    id: int
    claim: int
    rating: str
    rationale: str | None
    correction: str | None
    checker: str
    created_at: datetime
    claim_version: int
    evidence: tuple[int, ...] = ()
    # The wording of the claim it was given on (see ``claims.wordings``).
    wording: int = 1


@dataclass(frozen=True)
class Status:
    article: int | None
    total: int
    counts: dict[str, int]  # per rating in scale order, then "unchecked"
    unchecked: tuple[int, ...]  # claim ids still waiting for a verdict

    @property
    def checked(self) -> int:
        return self.total - len(self.unchecked)


@dataclass(frozen=True)
class PriorCheck:
    claim: int
    article: int | None
    article_title: str | None
    text: str
    similarity: float
    verdict: VerdictView
    difference: Difference | None = None
    """What makes it perhaps another fact ("rose" / "fell", "3%" / "4%"), or None."""
    theirs: ClassVar[bool] = False
    """This desk's own check (`ReviewMatch.theirs` is True)."""


def _verdict_view(verdict: Verdict, evidence: tuple[int, ...] = ()) -> VerdictView:
    return VerdictView(
        id=verdict.id,
        claim=verdict.claim_id,
        rating=verdict.rating,
        rationale=verdict.rationale,
        correction=verdict.correction,
        checker=verdict.checker,
        created_at=verdict.created_at,
        claim_version=verdict.claim_version,
        evidence=evidence,
        wording=verdict.wording,
    )


def record_verdict(
    store: Store,
    claim_id: int,
    rating: str,
    *,
    rationale: str | None,
    checker: str,
    correction: str | None = None,
    evidence: tuple[int, ...] = (),
    seen_version: int | None = None,
) -> VerdictView:
    """Append a verdict; ``seen_version`` is the claim version the checker decided on."""
    scale = {r.name: r for r in store.scale()}
    if rating not in scale:
        raise BadInput(f"unknown rating {rating!r}; valid ratings: {', '.join(scale)}")
    rationale = (rationale or "").strip() or None
    correction = (correction or "").strip() or None
    if rationale is None:
        raise BadInput("a verdict needs a rationale: say what the sources show")
    if scale[rating].needs_correction and correction is None:
        raise BadInput(f"a {rating} verdict needs a correction: say how the claim should read")
    # Without a version seen, the checker asked for no lock: a concurrent write to the same
    # claim is retried rather than refused.  With one, it is refused (StaleEdit).
    for attempt in range(5):
        try:
            return _append_verdict(
                store, claim_id, rating, rationale, correction, checker, evidence, seen_version
            )
        except StaleDataError:
            if seen_version is not None or attempt == 4:
                raise StaleEdit(
                    f"claim {claim_id} was changed by someone else while saving: "
                    "reload it and decide again"
                ) from None
    raise AssertionError("unreachable")


def _append_verdict(
    store: Store,
    claim_id: int,
    rating: str,
    rationale: str,
    correction: str | None,
    checker: str,
    evidence: tuple[int, ...],
    seen_version: int | None,
) -> VerdictView:
    with store.transaction() as session:
        claim = claim_for_edit(session, claim_id, seen_version)
        for evidence_id in evidence:
            row = session.get(Evidence, evidence_id)
            if row is None or row.claim_id != claim_id:
                raise NotFound(f"no evidence {evidence_id} on claim {claim_id}")
            if not row.pinned:  # unpinned: the checker took it back
                raise BadInput(
                    f"evidence {evidence_id} is not pinned to claim {claim_id}: pin it again "
                    "to cite it"
                )
        verdict = Verdict(
            claim_id=claim_id,
            rating=rating,
            rationale=rationale,
            correction=correction,
            checker=checker,
            claim_version=claim.version,
            wording=claim.wording,
        )
        session.add(verdict)
        claim.updated_at = utcnow()  # bumps the version: the lock for the next checker
        session.flush()
        cited = tuple(dict.fromkeys(evidence))
        session.add_all(VerdictEvidence(verdict_id=verdict.id, evidence_id=e) for e in cited)
        session.flush()
        return _verdict_view(verdict, cited)


def history(store: Store, claim_id: int) -> list[VerdictView]:
    with store.read() as session:
        return history_in(session, claim_id)


def history_in(session: Session, claim_id: int) -> list[VerdictView]:
    """``history`` inside a session the caller holds."""
    claim_in(session, claim_id)
    verdicts = session.scalars(
        select(Verdict).where(Verdict.claim_id == claim_id).order_by(Verdict.id)
    ).all()
    links = session.execute(
        select(VerdictEvidence.verdict_id, VerdictEvidence.evidence_id).where(
            VerdictEvidence.verdict_id.in_([v.id for v in verdicts])
        )
    ).all()
    cited: dict[int, list[int]] = {}
    for verdict_id, evidence_id in links:
        cited.setdefault(verdict_id, []).append(evidence_id)
    return [_verdict_view(v, tuple(sorted(cited.get(v.id, ())))) for v in verdicts]


def status(store: Store, article_id: int | None = None) -> Status:
    scale = [r.name for r in store.scale()]
    with store.read() as session:
        if article_id is not None:
            article_in(session, article_id)
        query = select(Claim.id).order_by(Claim.id)
        if article_id is not None:
            query = query.where(Claim.article_id == article_id)
        ids = session.scalars(query).all()
        ratings = current_ratings(session)
    counts = Counter(ratings[i] for i in ids if i in ratings)
    unchecked = tuple(i for i in ids if i not in ratings)
    ordered = {name: counts.pop(name, 0) for name in scale}
    ordered.update(sorted(counts.items()))  # ratings no longer on the scale stay visible
    ordered[UNCHECKED] = len(unchecked)
    return Status(article_id, len(ids), ordered, unchecked)


def similar(
    store: Store, claim_id: int, *, threshold: float = Thresholds().similar, limit: int = 10
) -> list[PriorCheck]:
    """Claims of other articles that were checked already and say nearly the same thing.

    rapidfuzz's plain ratio over lower-cased wordings ranks every checked claim in C (100,000
    in well under a second); the best few are then scored again with token-set similarity,
    which forgives reordered words, and kept from ``threshold`` (0-100) on.
    """
    with store.read() as session:
        return similar_in(session, claim_id, threshold=threshold, limit=limit)


@dataclass(frozen=True)
class _Checked:
    """Every checked claim's id, article and folded text (parallel lists), as of ``stamp``."""

    stamp: tuple
    keys: list[int]
    articles: list[int | None]
    folded: list[str]
    # The lists without one article's claims, kept for the article last asked about: the
    # checker selects claim after claim of one article.
    _without: dict[int | None, tuple[list[int], list[str]]] = field(default_factory=dict)

    def others(self, claim_id: int, article_id: int | None) -> tuple[list[int], list[str]]:
        """Keys and folded texts of the checked claims of other articles (not ``claim_id``)."""
        if article_id is None:  # a claim of no article: only itself is left out
            keep = [i for i, key in enumerate(self.keys) if key != claim_id]
            return [self.keys[i] for i in keep], [self.folded[i] for i in keep]
        # Read once into a local: two workers (or two desks' threads) may ask at once, and
        # one clearing the dict must not leave the other a KeyError.
        found = self._without.get(article_id)
        if found is None:
            keep = [
                i
                for i, article in enumerate(self.articles)
                if article is None or article != article_id
            ]
            found = ([self.keys[i] for i in keep], [self.folded[i] for i in keep])
            self._without.clear()
            self._without[article_id] = found
        # The claim is of that article, so it is left out already.
        return found


# Per engine: the checked claims as last read.  Selecting claim after claim in the workbench
# asks for the same 30,000+ texts again; a few aggregates tell whether any of them changed.
_CHECKED: weakref.WeakKeyDictionary[object, _Checked] = weakref.WeakKeyDictionary()


def _checked_stamp(session: Session) -> tuple:
    """Changes whenever a claim is added, removed, reworded or moved, or a verdict is given.

    Every claim edit goes through the ORM, which bumps ``version`` (its optimistic lock), and
    verdicts are only added (or removed with their claim), so these aggregates are enough.
    """
    # One pass over claims: a scalar subquery per aggregate would scan the table five times.
    row = select(
        func.count(Claim.id),
        func.max(Claim.id),
        func.sum(Claim.version),
        func.sum(Claim.wording),
        func.sum(func.coalesce(Claim.article_id, 0)),
        func.max(Claim.updated_at),
        select(func.count(Verdict.id)).scalar_subquery(),
        select(func.max(Verdict.id)).scalar_subquery(),
    )
    return tuple(session.execute(row).one())


def _checked_texts(session: Session) -> _Checked:
    """The checked claims, read (driver rows, three columns) only when the stamp has moved."""
    # The fuzzy matcher (rapidfuzz) is loaded here, by the one use case that ranks: recording
    # a verdict or counting them has no need of it.
    from factcheck.match import fold_for_match

    engine = session.get_bind()
    stamp = _checked_stamp(session)
    cached = _CHECKED.get(engine)
    if cached is not None and cached.stamp == stamp:
        return cached
    query = select(Claim.id, Claim.article_id, Claim.text).where(~is_unchecked())
    keys, articles, folded = [], [], []
    for key, article, text in session.connection().execute(query):
        keys.append(key)
        articles.append(article)
        folded.append(fold_for_match(text))
    cached = _Checked(stamp, keys, articles, folded)
    _CHECKED[engine] = cached
    return cached


def similar_in(
    session: Session, claim_id: int, *, threshold: float = Thresholds().similar, limit: int = 10
) -> list[PriorCheck]:
    """``similar`` inside a session the caller holds."""
    from factcheck.match import best_matches
    from factcheck.services.differences import claim_difference

    claim = claim_in(session, claim_id)
    checked = _checked_texts(session)
    keys, folded = checked.others(claim_id, claim.article_id)
    found = best_matches(
        claim.text,
        keys,
        folded,
        threshold=threshold,
        limit=limit,
        folded=True,
    )
    if not found:
        return []
    ids = [key for _score, key in found]
    rows = {c.id: c for c in session.scalars(select(Claim).where(Claim.id.in_(ids))).all()}
    verdicts = current_verdicts(session, ids)
    titles = dict(
        session.execute(
            select(Article.id, Article.title).where(
                Article.id.in_({c.article_id for c in rows.values() if c.article_id})
            )
        ).all()
    )
    return [
        PriorCheck(
            claim=key,
            article=rows[key].article_id,
            article_title=titles.get(rows[key].article_id),
            text=rows[key].text,
            similarity=score,
            verdict=_verdict_view(verdicts[key]),
            difference=claim_difference(claim.text, rows[key].text),
        )
        for score, key in found
    ]

"""Plain, detached records that cross from the service layer to the CLI and the UI."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from factcheck.models import Article, Claim, ClaimFact


@dataclass(frozen=True)
class ArticleView:
    id: int
    title: str | None
    byline: str | None
    url: str | None
    published: str | None
    origin: str
    imported_at: datetime
    claims: int = 0

    @property
    def label(self) -> str:
        return self.title or self.url or self.origin

    @classmethod
    def of(cls, article: Article, claims: int = 0) -> ArticleView:
        return cls(
            id=article.id,
            title=article.title,
            byline=article.byline,
            url=article.url,
            published=article.published,
            origin=article.origin,
            imported_at=article.imported_at,
            claims=claims,
        )


@dataclass(frozen=True)
class FactView:
    """One fact of a claim with its check state (None: not ticked yet) and who ticked it.

    The same fields as the report's record of a fact (``report.data.ReportFact``; a test keeps
    the two in step), but not made from it: listing claims with their facts must not load the
    report layer, which every ``factcheck claims --format jsonl`` would pay for.
    """

    position: int
    # Offsets into the article's text, like the claim's.
    start: int
    end: int
    kind: str
    text: str
    # checked | wrong | unverified, or None.
    state: str | None = None
    note: str | None = None
    checker: str | None = None

    @classmethod
    def of(cls, row: ClaimFact) -> FactView:
        return cls(
            position=row.position,
            start=row.start,
            end=row.end,
            kind=row.kind,
            text=row.text,
            state=row.state,
            note=row.note,
            checker=row.checker,
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "n": self.position,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "text": self.text,
            "state": self.state,
            "note": self.note,
        }


@dataclass(frozen=True)
class ClaimView:
    id: int
    article: int | None
    text: str
    start: int | None
    end: int | None
    paragraph: int | None
    kind: str
    speaker: str | None
    score: float
    reasons: tuple[str, ...]
    origin: str
    external_id: str | None
    note: str | None
    version: int
    rating: str | None = None
    sources: int = 0
    extra: dict[str, object] = field(default_factory=dict, compare=False)
    # Which wording of the claim ``text`` is (1 unless a claims file gave it new words), and
    # the rating its latest verdict on an earlier wording had, for a claim checked again.
    wording: int = 1
    earlier_rating: str | None = None
    # The claim's facts, when the caller asked for them (None: not loaded; listing claims for
    # a screen does not load them).
    facts: tuple[FactView, ...] | None = None
    checkworthy: bool = False

    @classmethod
    def of(
        cls,
        claim: Claim,
        *,
        rating: str | None = None,
        sources: int = 0,
        facts: tuple[FactView, ...] | None = None,
        earlier_rating: str | None = None,
    ) -> ClaimView:
        return cls(
            id=claim.id,
            article=claim.article_id,
            text=claim.text,
            start=claim.start,
            end=claim.end,
            paragraph=claim.paragraph,
            kind=claim.kind,
            speaker=claim.speaker,
            score=claim.score,
            checkworthy=claim.checkworthy,
            reasons=tuple(json.loads(claim.reasons or "[]")),
            origin=claim.origin,
            external_id=claim.external_id,
            note=claim.note,
            version=claim.version,
            rating=rating,
            sources=sources,
            facts=facts,
            wording=claim.wording,
            earlier_rating=earlier_rating,
        )

    def to_dict(self) -> dict[str, object]:
        """The keys of ``extract``'s JSON lines plus ``id`` and ``article`` (and ``facts``,
        each with its number and check state, when they were loaded)."""
        data: dict[str, object] = {
            "id": self.id,
            "article": self.article,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "paragraph": self.paragraph,
            "kind": self.kind,
            "speaker": self.speaker,
            "score": self.score,
            "checkworthy": self.checkworthy,
            "reasons": list(self.reasons),
            "origin": self.origin,
            "external_id": self.external_id,
            "note": self.note,
            "rating": self.rating,
            "wording": self.wording,
            "earlier_rating": self.earlier_rating,
        }
        if self.facts is not None:
            data["facts"] = [fact.to_dict() for fact in self.facts]
        return data

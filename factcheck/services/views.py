"""Plain, detached records that cross from the service layer to the CLI and the UI."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from factcheck.models import Article, Claim


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

    @classmethod
    def of(cls, claim: Claim, *, rating: str | None = None, sources: int = 0) -> ClaimView:
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
            reasons=tuple(json.loads(claim.reasons or "[]")),
            origin=claim.origin,
            external_id=claim.external_id,
            note=claim.note,
            version=claim.version,
            rating=rating,
            sources=sources,
        )

    def to_dict(self) -> dict[str, object]:
        """The keys of ``extract``'s JSON lines plus ``id`` and ``article``."""
        return {
            "id": self.id,
            "article": self.article,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "paragraph": self.paragraph,
            "kind": self.kind,
            "speaker": self.speaker,
            "score": self.score,
            "reasons": list(self.reasons),
            "origin": self.origin,
            "external_id": self.external_id,
            "note": self.note,
            "rating": self.rating,
        }

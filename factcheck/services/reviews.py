"""Other desks' fact-checks: import a ClaimReview feed, and find those that match a claim
(alone, or beside this desk's own prior checks).

A feed is stored in one transaction, whole or not at all; a review already stored (by its
URL) is left alone when unchanged and updated when its publisher changed it, so importing a
feed again changes nothing.  Matching ranks every imported claim with rapidfuzz in C, as the
desk's own prior checks are ranked (`verdicts.similar`), and shows the publisher's rating as
written: another desk's "Half True" is not this desk's scale.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from factcheck.config import Thresholds
from factcheck.db import Store
from factcheck.intake.claimreview import MAX_FEED_BYTES, Review, read_reviews
from factcheck.match import best_matches
from factcheck.meaning import Difference
from factcheck.models import PriorFactCheck
from factcheck.services.access import DEFAULT_ACCESS, Access
from factcheck.services.differences import claim_difference
from factcheck.services.queries import claim_in
from factcheck.services.verdicts import PriorCheck, similar_in
from factcheck.sources.files import read_file

_FIELDS = ("claim", "rating", "publisher", "published", "claimant")


@dataclass(frozen=True)
class ReviewImport:
    path: str
    reviews: int
    new: int
    updated: int
    unchanged: int
    repeated: int = 0
    """Reviews of the feed whose URL an earlier one in it had: kept once, counted here."""

    @property
    def summary(self) -> str:
        """What the import did, in the words the command and the workbench both show."""
        said = f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged"
        if self.repeated:
            said += f"; {self.repeated} repeated in the feed (same URL), kept once"
        return said


@dataclass(frozen=True)
class ReviewMatch:
    """An imported fact-check that says nearly what a claim says."""

    id: int
    similarity: float
    claim: str
    rating: str
    publisher: str | None
    published: str | None
    url: str
    difference: Difference | None = None
    """What makes it perhaps another fact ("rose" / "fell", "3%" / "4%"), or None."""
    theirs: ClassVar[bool] = True
    """Another desk's fact-check (`PriorCheck.theirs` is False): shown with their rating."""


def import_reviews(store: Store, path: Path, access: Access = DEFAULT_ACCESS) -> ReviewImport:
    """Store the fact-checks of a ClaimReview feed (file read and checked before any write),
    read from inside the desk's folders (``access``)."""
    data = read_file(path, MAX_FEED_BYTES, "a fact-check feed", folders=access.folders())
    feed = read_reviews(data, str(path))
    reviews = feed.reviews
    new = updated = 0
    with store.transaction() as session:
        stored = {
            row.url: row
            for chunk in _chunks([r.url for r in reviews], 500)
            for row in session.scalars(select(PriorFactCheck).where(PriorFactCheck.url.in_(chunk)))
        }
        fresh = []
        for review in reviews:
            row = stored.get(review.url)
            if row is None:
                fresh.append(_row(review, str(path)))
            elif any(getattr(row, f) != getattr(review, f) for f in _FIELDS):
                for name in _FIELDS:
                    setattr(row, name, getattr(review, name))
                updated += 1
        for chunk in _chunks(fresh, 1000):
            session.execute(insert(PriorFactCheck), chunk)
        new = len(fresh)
    unchanged = len(reviews) - new - updated
    return ReviewImport(str(path), len(reviews), new, updated, unchanged, feed.repeated)


def similar_reviews(
    store: Store, claim_id: int, *, threshold: float = 80.0, limit: int = 10
) -> list[ReviewMatch]:
    """Imported fact-checks of nearly the same claim, best first, from ``threshold`` (0-100)."""
    with store.read() as session:
        return similar_reviews_in(session, claim_id, threshold=threshold, limit=limit)


def similar_reviews_in(
    session: Session, claim_id: int, *, threshold: float = 80.0, limit: int = 10
) -> list[ReviewMatch]:
    """``similar_reviews`` inside a session the caller holds."""
    text = claim_in(session, claim_id).text
    # The driver's rows as they come: no ORM objects for 100,000 texts.
    rows = session.connection().exec_driver_sql("SELECT id, claim FROM prior_fact_check")
    ids, claims = [], []
    for key, claim in rows:
        ids.append(key)
        claims.append(claim)
    found = best_matches(text, ids, claims, threshold=threshold, limit=limit)
    if not found:
        return []
    rows = {
        row.id: row
        for row in session.scalars(
            select(PriorFactCheck).where(PriorFactCheck.id.in_([key for _, key in found]))
        )
    }
    return [
        ReviewMatch(
            id=key,
            similarity=score,
            claim=rows[key].claim,
            rating=rows[key].rating,
            publisher=rows[key].publisher,
            published=rows[key].published,
            url=rows[key].url,
            difference=claim_difference(text, rows[key].claim),
        )
        for score, key in found
    ]


def prior_checks(
    store: Store, claim_id: int, *, threshold: float = Thresholds().similar, limit: int = 10
) -> list[PriorCheck | ReviewMatch]:
    """Checks of nearly the same claim: this desk's own (a verdict on a claim of another
    article) and other desks' imported fact-checks, in one list, best match first (this
    desk's first on a tie), at most `limit` of each.  What `similar` prints and the workbench
    shows (the detail pane and the `c` screen)."""
    with store.read() as session:
        return prior_checks_in(session, claim_id, threshold=threshold, limit=limit)


def prior_checks_in(
    session: Session, claim_id: int, *, threshold: float = Thresholds().similar, limit: int = 10
) -> list[PriorCheck | ReviewMatch]:
    """``prior_checks`` inside a session the caller holds."""
    ours = similar_in(session, claim_id, threshold=threshold, limit=limit)
    theirs = similar_reviews_in(session, claim_id, threshold=threshold, limit=limit)
    ranked = sorted(
        [(-p.similarity, 0, i, p) for i, p in enumerate(ours)]
        + [(-r.similarity, 1, i, r) for i, r in enumerate(theirs)],
        key=lambda item: item[:3],
    )
    return [match for *_, match in ranked]


def _row(review: Review, origin: str) -> dict[str, object]:
    from factcheck.models import utcnow

    return {
        "url": review.url,
        "claim": review.claim,
        "rating": review.rating,
        "publisher": review.publisher,
        "published": review.published,
        "claimant": review.claimant,
        "origin": origin[:2000],
        "imported_at": utcnow(),
    }


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]

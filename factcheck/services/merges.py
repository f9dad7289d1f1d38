"""Merge decisions on sources: the likely duplicates a checker confirms or rejects, and the
merges made by themselves that a checker can split again."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from factcheck.db import Store
from factcheck.errors import BadInput
from factcheck.models import ClaimSource, Source, SourceMerge
from factcheck.services.queries import claim_in, merge_in
from factcheck.services.sources import MergeView, SourceView, link_claim, merge_view
from factcheck.services.sources.views import source_view

DECISIONS = {"confirm": {"suggested"}, "reject": {"suggested"}, "split": {"merged", "confirmed"}}
"""Each decision, and the states of a merge it may be taken in."""


@dataclass(frozen=True)
class MergeCase:
    """A merge of two sources with both texts, for a checker to compare before deciding."""

    merge: MergeView
    kept: SourceView
    kept_text: str
    other: SourceView
    other_text: str

    @property
    def decisions(self) -> tuple[str, ...]:
        """What may be decided on it now: confirm or reject an offer, split a merge."""
        return tuple(d for d, states in DECISIONS.items() if self.merge.status in states)


def claim_merges(store: Store, claim_id: int) -> list[MergeCase]:
    """Every merge of two sources that touches the claim's sources (or was made while
    attaching one to it), oldest first; URLs joined to one text are not cases to decide."""
    with store.read() as session:
        claim_in(session, claim_id)  # NotFound if there is none
        own = select(ClaimSource.source_id).where(ClaimSource.claim_id == claim_id)
        found = session.scalars(
            select(SourceMerge)
            .where(
                SourceMerge.other_id.is_not(None),
                (SourceMerge.claim_id == claim_id)
                | SourceMerge.source_id.in_(own)
                | SourceMerge.other_id.in_(own),
            )
            .order_by(SourceMerge.id)
        ).all()
        cases = []
        for merge in found:
            kept, other = session.get(Source, merge.source_id), session.get(Source, merge.other_id)
            cases.append(
                MergeCase(
                    merge_view(merge),
                    source_view(session, kept),
                    kept.text,
                    source_view(session, other),
                    other.text,
                )
            )
        return cases


def list_merges(store: Store, status: str | None = None) -> list[MergeView]:
    with store.read() as session:
        query = select(SourceMerge).order_by(SourceMerge.id)
        if status:
            query = query.where(SourceMerge.status == status)
        return [merge_view(m) for m in session.scalars(query)]


def decide_merge(store: Store, merge_id: int, decision: str) -> MergeView:
    """``confirm`` or ``reject`` a suggested duplicate, or ``split`` a merge that was wrong."""
    allowed = DECISIONS
    if decision not in allowed:
        raise BadInput(f"unknown decision {decision!r}; use confirm, reject or split")
    with store.transaction() as session:
        # Locked: a confirm and a reject at the same moment take turns; the later one finds
        # the merge decided and says so instead of overwriting it.
        merge = merge_in(session, merge_id, for_update=True)
        if merge.status not in allowed[decision]:
            done = {"confirm": "confirmed", "reject": "rejected", "split": "split"}[decision]
            raise BadInput(f"merge {merge_id} is {merge.status}: it cannot be {done}")
        if merge.other_id is None:
            raise BadInput(f"merge {merge_id} joined two URLs of one text: nothing to split")
        other = session.get(Source, merge.other_id)
        if decision == "confirm":
            other.copy_of_id = merge.source_id
            merge.status = "confirmed"
        elif decision == "reject":
            merge.status = "rejected"
        else:
            other.copy_of_id = None
            merge.status = "split"
            if merge.claim_id is not None:
                link_claim(session, merge.claim_id, other.id, "context", None)
        session.flush()
        return merge_view(merge)

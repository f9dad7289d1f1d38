"""Merge decisions on sources: the likely duplicates a checker confirms or rejects, and the
merges made by themselves that a checker can split again."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.db import Store
from factcheck.errors import BadInput
from factcheck.models import Source, SourceMerge
from factcheck.services.queries import merge_in
from factcheck.services.sources import MergeView, link_claim, merge_view


def list_merges(store: Store, status: str | None = None) -> list[MergeView]:
    with store.read() as session:
        query = select(SourceMerge).order_by(SourceMerge.id)
        if status:
            query = query.where(SourceMerge.status == status)
        return [merge_view(m) for m in session.scalars(query)]


def decide_merge(store: Store, merge_id: int, decision: str) -> MergeView:
    """``confirm`` or ``reject`` a suggested duplicate, or ``split`` a merge that was wrong."""
    allowed = {"confirm": {"suggested"}, "reject": {"suggested"}, "split": {"merged", "confirmed"}}
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

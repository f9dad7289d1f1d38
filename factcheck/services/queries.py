"""The store's recurring questions, asked one way everywhere: "the claim (article, source…)
with this id, or NotFound", a claim's current verdict and its number of sources.  (Which
claims a search finds: ``services/search.py``.)

A claim's verdicts are history (never updated); its **current verdict** is the latest row (the
highest id) given on the claim's current wording.  A claim a claims file gave new words
(``import --new-wording``) has none until it is checked again: its verdicts on earlier wordings
stay in its history, and ``earlier_rating_column()`` names the latest of them ("verdict on
earlier wording").  Two SQL shapes ask for the current one, chosen by how many claims are asked
about:

- ``latest_verdicts()``: one grouped pass over the verdict table, joined to many claims at once
  (listings, counts per rating, the article text);
- ``current_rating_column()``: a correlated subquery evaluated per returned row, cheap when a
  page of the list is read with LIMIT from 100,000 claims.

Both give the same answer; which one a query uses is a matter of speed only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from sqlalchemy import ColumnElement, Select, Subquery, case, exists, func, select
from sqlalchemy.orm import Session

from factcheck.errors import NotFound
from factcheck.models import Article, Claim, ClaimSource, Evidence, Source, SourceMerge, Verdict

Row = TypeVar("Row")


def _row_in(session: Session, model: type[Row], noun: str, row_id: int, *, for_update: bool) -> Row:
    """The ``model`` row with ``row_id``, or ``NotFound`` worded "no <noun> <id>" (the same
    words the CLI uses for an id past what the store can hold)."""
    row = session.get(model, row_id, with_for_update=for_update)
    if row is None:
        raise NotFound(f"no {noun} {row_id}")
    return row


def claim_in(session: Session, claim_id: int, *, for_update: bool = False) -> Claim:
    """The claim with ``claim_id``, or ``NotFound`` ("no claim N").

    ``for_update`` locks the row until the transaction ends (writers of the same claim take
    turns instead of one overwriting the other)."""
    return _row_in(session, Claim, "claim", claim_id, for_update=for_update)


def article_in(session: Session, article_id: int) -> Article:
    """The article with ``article_id``, or ``NotFound`` ("no article N")."""
    return _row_in(session, Article, "article", article_id, for_update=False)


def source_in(session: Session, source_id: int) -> Source:
    """The source with ``source_id``, or ``NotFound`` ("no source N")."""
    return _row_in(session, Source, "source", source_id, for_update=False)


def evidence_in(session: Session, evidence_id: int) -> Evidence:
    """The pinned passage with ``evidence_id``, or ``NotFound`` ("no evidence N")."""
    return _row_in(session, Evidence, "evidence", evidence_id, for_update=False)


def merge_in(session: Session, merge_id: int, *, for_update: bool = False) -> SourceMerge:
    """The source merge with ``merge_id``, or ``NotFound`` ("no merge N")."""
    return _row_in(session, SourceMerge, "merge", merge_id, for_update=for_update)


def on_current_wording() -> ColumnElement[bool]:
    """The verdict of the row was given on its claim's current wording (joined to ``Claim``)."""
    return Verdict.wording == Claim.wording


def latest_verdicts(claim_ids: Iterable[int] | None = None) -> Subquery:
    """``(claim_id, verdict_id)`` of each claim's current verdict (only claims that have one)."""
    query = (
        select(Verdict.claim_id, func.max(Verdict.id).label("verdict_id"))
        .join(Claim, Claim.id == Verdict.claim_id)
        .where(on_current_wording())
        .group_by(Verdict.claim_id)
    )
    if claim_ids is not None:
        query = query.where(Verdict.claim_id.in_(list(claim_ids)))
    return query.subquery()


def with_current_verdict(query: Select) -> Select:
    """``query`` over claims, outer-joined to each claim's current ``Verdict`` (NULL if none)."""
    latest = latest_verdicts()
    return query.outerjoin(latest, latest.c.claim_id == Claim.id).outerjoin(
        Verdict, Verdict.id == latest.c.verdict_id
    )


def current_rating_column() -> ColumnElement[str | None]:
    """The current verdict's rating of the claim of each returned row (NULL: unchecked)."""
    return (
        select(Verdict.rating)
        .where(Verdict.claim_id == Claim.id, on_current_wording())
        .order_by(Verdict.id.desc())
        .limit(1)
        .correlate(Claim)
        .scalar_subquery()
    )


def earlier_rating_column() -> ColumnElement[str | None]:
    """The rating of the latest verdict given on an earlier wording of the claim of each row
    (NULL when there is none): shown beside "unchecked" as what the old words were found."""
    earlier = (
        select(Verdict.rating)
        .where(Verdict.claim_id == Claim.id, Verdict.wording < Claim.wording)
        .order_by(Verdict.id.desc())
        .limit(1)
        .correlate(Claim)
        .scalar_subquery()
    )
    # Only a claim on its second wording or later can have one: the others skip the lookup.
    return case((Claim.wording > 1, earlier), else_=None)


def is_unchecked() -> ColumnElement[bool]:
    """The claim of each row has no verdict on its current wording."""
    return ~exists().where(Verdict.claim_id == Claim.id, on_current_wording())


def current_rating(session: Session, claim_id: int) -> str | None:
    """One claim's current rating (``None``: unchecked)."""
    return session.scalar(
        select(Verdict.rating)
        .join(Claim, Claim.id == Verdict.claim_id)
        .where(Verdict.claim_id == claim_id, on_current_wording())
        .order_by(Verdict.id.desc())
        .limit(1)
    )


def has_verdicts(session: Session, claim_id: int) -> bool:
    """Whether any verdict was ever given on the claim, on any of its wordings."""
    return session.scalar(select(exists().where(Verdict.claim_id == claim_id))) or False


def current_ratings(session: Session, claim_ids: Iterable[int] | None = None) -> dict[int, str]:
    """Claim id → current rating, for the claims named (default: every checked claim)."""
    latest = latest_verdicts(claim_ids)
    rows = session.execute(
        select(Verdict.claim_id, Verdict.rating).join(latest, latest.c.verdict_id == Verdict.id)
    )
    return dict(rows.all())


def current_verdicts(session: Session, claim_ids: Iterable[int]) -> dict[int, Verdict]:
    """Claim id → its current ``Verdict`` row, for the claims named that have one."""
    latest = latest_verdicts(claim_ids)
    rows = session.scalars(select(Verdict).join(latest, latest.c.verdict_id == Verdict.id))
    return {verdict.claim_id: verdict for verdict in rows}


def source_count_column() -> ColumnElement[int]:
    """How many sources are linked to the claim of each returned row."""
    return (
        select(func.count(ClaimSource.id))
        .where(ClaimSource.claim_id == Claim.id)
        .correlate(Claim)
        .scalar_subquery()
    )

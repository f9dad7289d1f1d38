"""The facts inside claims: stored with their claims, ticked off one by one, counted.

A desk checker underlines every checkable item of a manuscript and ticks each off: the
spelling of a name, a title, a figure, a date, a quotation.  Each extracted fact is a row
of its own with a state (checked, wrong or unverified; none until ticked), a note and who
ticked it, so progress counts facts as well as claims.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, get_args

from sqlalchemy import func, insert, select

from factcheck.db import Store
from factcheck.errors import BadInput, NotFound
from factcheck.models import Claim, ClaimFact, FactState, utcnow
from factcheck.services.queries import article_in, claim_in
from factcheck.services.views import FactView
from factcheck.text import counted, split_paragraphs

if TYPE_CHECKING:
    from factcheck.extract import Fact

FACT_STATES: tuple[FactState, ...] = get_args(FactState)


@dataclass(frozen=True)
class FactProgress:
    total: int
    checked: int = 0
    wrong: int = 0
    unverified: int = 0

    @property
    def ticked(self) -> int:
        """Facts the checker has dealt with, whatever the outcome."""
        return self.checked + self.wrong + self.unverified

    @property
    def summary(self) -> str:
        """ "41 of 388 facts checked (2 wrong, 3 unverified)" """
        detail = [
            f"{n} {name}"
            for n, name in ((self.wrong, "wrong"), (self.unverified, "unverified"))
            if n
        ]
        more = f" ({', '.join(detail)})" if detail else ""
        return f"{self.ticked} of {self.total} facts checked{more}"


def store_facts(session, pairs: Iterable[tuple[int, Sequence[Fact]]]) -> int:
    """Insert the extracted facts of new claims, numbered 1… within each; how many."""
    rows = [
        {
            "claim_id": claim_id,
            "position": position,
            "start": fact.start,
            "end": fact.end,
            "kind": fact.kind,
            "text": fact.text,
        }
        for claim_id, facts in pairs
        for position, fact in enumerate(facts, start=1)
    ]
    if rows:
        session.execute(insert(ClaimFact), rows)
    return len(rows)


def split_facts(
    session, first_id: int, second_id: int, head_end: int, tail_start: int, own_text: bool
) -> None:
    """Share a split claim's facts between its parts: those before the cut stay, those after
    move to the second part (renumbered from 1), one the cut runs through is dropped.

    `head_end` and `tail_start` are offsets into the claim's old text; facts of a claim with
    an article index the article, so only a claim without one (`own_text`) shifts them.
    """
    rows = session.scalars(
        select(ClaimFact).where(ClaimFact.claim_id == first_id).order_by(ClaimFact.position)
    ).all()
    if not rows:
        return
    base = session.get(Claim, second_id).start
    origin = 0 if own_text else (base - tail_start if base is not None else 0)
    kept: list[ClaimFact] = []
    moved: list[ClaimFact] = []
    for row in rows:
        start, end = row.start - origin, row.end - origin
        if end <= head_end:
            kept.append(row)
        elif start < tail_start:
            session.delete(row)
        else:
            moved.append(row)
            if own_text:
                row.start, row.end = start - tail_start, end - tail_start
    session.flush()  # the dropped fact's number is free before the others are renumbered
    for position, row in enumerate(kept, start=1):
        row.position = position
    for position, row in enumerate(moved, start=1):
        row.claim_id = second_id
        row.position = position
    session.flush()


def facts_by_claim(session, claim_ids: Sequence[int]) -> dict[int, tuple[FactView, ...]]:
    """The stored facts of these claims, in order; a claim without any is left out."""
    found: dict[int, list[FactView]] = {}
    for lo in range(0, len(claim_ids), 500):  # under every backend's bound-parameter limit
        chunk = claim_ids[lo : lo + 500]
        query = (
            select(ClaimFact)
            .where(ClaimFact.claim_id.in_(chunk))
            .order_by(ClaimFact.claim_id, ClaimFact.position)
        )
        for row in session.scalars(query):
            found.setdefault(row.claim_id, []).append(FactView.of(row))
    return {claim_id: tuple(views) for claim_id, views in found.items()}


def mark_fact(
    store: Store,
    claim_id: int,
    position: int,
    state: str,
    *,
    note: str | None = None,
    checker: str,
) -> FactView:
    """Tick fact `position` (1 first) of a claim: checked, wrong or unverified."""
    known = next((name for name in FACT_STATES if name == state), None)
    if known is None:
        raise BadInput(f"unknown fact state {state!r}: use {', '.join(FACT_STATES)}")
    with store.transaction() as session:
        claim_in(session, claim_id)
        row = session.scalar(
            select(ClaimFact).where(ClaimFact.claim_id == claim_id, ClaimFact.position == position)
        )
        if row is None:
            count = session.scalar(select(func.count()).where(ClaimFact.claim_id == claim_id))
            raise NotFound(
                f"claim {claim_id} has {counted(count or 0, 'fact')}; no fact {position}"
            )
        row.state = known
        if note is not None:
            row.note = note.strip() or None
        row.checker = checker
        row.checked_at = utcnow()
        session.flush()
        return FactView.of(row)


def fact_progress(store: Store, article_id: int | None = None) -> FactProgress:
    """How many facts there are, and how many of them are ticked, by outcome."""
    query = select(ClaimFact.state, func.count()).group_by(ClaimFact.state)
    if article_id is not None:
        query = query.join(Claim, Claim.id == ClaimFact.claim_id).where(
            Claim.article_id == article_id
        )
    with store.read() as session:
        if article_id is not None:
            article_in(session, article_id)
        counts = dict(session.execute(query).all())
    return FactProgress(
        total=sum(counts.values()),
        checked=counts.get("checked", 0),
        wrong=counts.get("wrong", 0),
        unverified=counts.get("unverified", 0),
    )


@dataclass(frozen=True)
class NameMention:
    start: int
    end: int
    text: str
    paragraph: int
    claim: int | None  # the stored claim holding the mention, if any


@dataclass(frozen=True)
class NameView:
    kind: str
    name: str
    mentions: tuple[NameMention, ...]
    variants: tuple[tuple[str, float], ...]  # (name spelled nearly alike, similarity 0-100)
    short_for: tuple[str, ...] = ()  # longer names this one may be a short form of

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "name": self.name,
            "mentions": [
                {
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "paragraph": m.paragraph,
                    "claim": m.claim,
                }
                for m in self.mentions
            ],
            "variants": [{"name": n, "similarity": s} for n, s in self.variants],
            "short_for": list(self.short_for),
        }


def article_names(store: Store, article_id: int) -> list[NameView]:
    """Every person, organisation and title of a stored article, each with every mention
    (its paragraph, and the claim holding it) and the names spelled nearly alike."""
    with store.read() as session:
        article = article_in(session, article_id)
        text = article.text
        spans = session.execute(
            select(Claim.start, Claim.end, Claim.id)
            .where(Claim.article_id == article_id, Claim.start.is_not(None))
            .order_by(Claim.start)
        ).all()
    return names_in(text, [(s, e, i) for s, e, i in spans if e is not None])


def names_in(text: str, claims: Sequence[tuple[int, int, int]] = ()) -> list[NameView]:
    """The names of a text; `claims` (start, end, id), sorted, say which claim holds each."""
    paragraphs = split_paragraphs(text)
    paragraph_starts = [s for s, _ in paragraphs]
    claim_starts = [s for s, _, _ in claims]

    def place(start: int, end: int) -> tuple[int, int | None]:
        paragraph = max(bisect.bisect_right(paragraph_starts, start), 1)
        i = bisect.bisect_right(claim_starts, start) - 1
        holder = claims[i][2] if i >= 0 and end <= claims[i][1] else None
        return paragraph, holder

    # The extractor loads on first use: ticking a fact or counting them does not need it.
    from factcheck.extract.namelist import list_names

    out: list[NameView] = []
    for entry in list_names(text):
        mentions = tuple(
            NameMention(m.start, m.end, m.text, *place(m.start, m.end)) for m in entry.mentions
        )
        out.append(
            NameView(
                entry.kind, entry.name, mentions, tuple(entry.variants), tuple(entry.short_for)
            )
        )
    return out


def claim_facts(store: Store, claim_id: int) -> tuple[FactView, ...]:
    """The facts of one claim, in order, with their ticks (the workbench's checklist)."""
    with store.read() as session:
        claim_in(session, claim_id)
        return facts_by_claim(session, [claim_id]).get(claim_id, ())

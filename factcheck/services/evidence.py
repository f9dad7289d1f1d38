"""Evidence: the passages of a source that bear on a claim, and the ones a checker pins.

Numbers and quotes are compared as the passages are found, and the outcome is kept as data
(``factcheck.checks``) with each pinned passage, so the report shows what the checker saw
when deciding, worded by the same module that words it on screen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from factcheck.checks import (
    NumberResult,
    QuoteResult,
    checks_from_json,
    checks_to_json,
    is_flagged,
)
from factcheck.db import Store, serialize
from factcheck.errors import BadInput
from factcheck.models import Claim, Evidence, Source
from factcheck.services.queries import claim_in, evidence_in, source_in
from factcheck.services.sources import is_pdf_source, link_claim
from factcheck.sources.evidence import passage_score, rank_passages
from factcheck.sources.numbers import compare_numbers
from factcheck.sources.pdf import PDF_TYPE, page_label
from factcheck.sources.quotes import check_quote


@dataclass(frozen=True)
class PassageView:
    source: int
    start: int
    end: int
    text: str
    score: float
    number_checks: tuple[NumberResult, ...]
    quote_check: QuoteResult | None
    flagged: bool  # a figure differs, or a quote is not there as written
    page: str | None = None  # "p. 2" in a PDF: how the passage is cited


@dataclass(frozen=True)
class EvidenceView:
    id: int
    claim: int
    source: int
    start: int
    end: int
    text: str
    score: float
    number_checks: tuple[NumberResult, ...]
    quote_check: QuoteResult | None
    pinned_by: str | None
    page: str | None = None  # "p. 2" in a PDF: how the passage is cited


def _claim_and_source(session: Session, claim_id: int, source_id: int) -> tuple[Claim, Source]:
    claim = claim_in(session, claim_id)
    source = source_in(session, source_id)
    return claim, source


def find_passages(store: Store, claim_id: int, source_id: int, limit: int = 5) -> list[PassageView]:
    """The passages of a source that best support or contradict a claim, best first."""
    with store.read() as session:
        claim, source = _claim_and_source(session, claim_id, source_id)
        claim_text, is_quote = claim.text, claim.kind == "quote"
        source_text, paged = source.text, is_pdf_source(source)
        speaker = claim.speaker
    return passages_of(claim_text, is_quote, source_id, source_text, paged, limit, speaker=speaker)


def passages_of(
    claim_text: str,
    is_quote: bool,
    source_id: int,
    source_text: str,
    paged: bool,
    limit: int,
    *,
    speaker: str | None = None,
) -> list[PassageView]:
    """The ranking itself, on texts already read (so a caller can read many in one session
    and rank them after it closes).  `speaker`: the claim's, to flag a quote the source
    gives to someone else (else read from the claim's own text)."""
    views = []
    for p in rank_passages(claim_text, source_text, limit, is_quote=is_quote, speaker=speaker):
        numbers = tuple(check.result for check in p.number_checks)
        quote = p.quote_check.result() if p.quote_check else None
        views.append(
            PassageView(
                source=source_id,
                start=p.start,
                end=p.end,
                text=p.text,
                score=p.score,
                number_checks=numbers,
                quote_check=quote,
                flagged=is_flagged(numbers, quote),
                page=page_label(source_text, p.start, p.end) if paged else None,
            )
        )
    return views


def pin_evidence(
    store: Store, claim_id: int, source_id: int, start: int, end: int, *, checker: str | None
) -> EvidenceView:
    """Pin a passage of a source as evidence for a claim (linking the two if they were not)."""
    with store.transaction() as session:
        # Pins of one claim and source take turns: the same passage is pinned once.
        serialize(session, f"factcheck.evidence.{claim_id}.{source_id}")
        claim, source = _claim_and_source(session, claim_id, source_id)
        if start >= end:
            raise BadInput(f"passage {start}-{end} is empty: END must come after START")
        if not 0 <= start < end <= len(source.text):
            raise BadInput(
                f"passage {start}-{end} is outside source {source_id} (0-{len(source.text)})"
            )
        text = source.text[start:end]
        score, checks = _judged(claim, source.text, start, end)
        link_claim(session, claim_id, source_id, "context", checker)
        evidence = _pinned(session, claim_id, source_id, start, end)
        if evidence is None:
            evidence = Evidence(
                claim_id=claim_id,
                source_id=source_id,
                start=start,
                end=end,
                text=text,
                score=score,
                checks=checks,
                pinned=True,
                pinned_by=checker,
            )
            session.add(evidence)
        evidence.pinned = True
        session.flush()
        return _evidence_view(evidence, source)


def _judged(claim: Claim, source_text: str, start: int, end: int) -> tuple[float, str]:
    """A passage's score and checks (as stored JSON) against the claim's words now."""
    text = source_text[start:end]
    numbers = tuple(check.result for check in compare_numbers(claim.text, text))
    quote = None
    if claim.kind == "quote":
        try:
            quote = check_quote(claim.text, text, speaker=claim.speaker).result()
        except BadInput:
            quote = None
    score = passage_score(claim.text, source_text, start, end, is_quote=claim.kind == "quote")
    return score, json.dumps(checks_to_json(numbers, quote))


def rescore_evidence(session: Session, claim: Claim) -> None:
    """Judge the claim's evidence again after its words changed (a new wording, a split, a
    merge): the checks shown beside a claim are for what it says now, not for words it no
    longer says ("$4 million agrees" beside a claim of $40 million)."""
    session.flush()
    rows = session.scalars(select(Evidence).where(Evidence.claim_id == claim.id)).all()
    for evidence in rows:
        source = session.get(Source, evidence.source_id)
        if source is None or source.text[evidence.start : evidence.end] != evidence.text:
            continue  # the source was re-read since: the passage stands only as pinned
        evidence.score, evidence.checks = _judged(claim, source.text, evidence.start, evidence.end)
    session.flush()


def _pinned(session: Session, claim_id: int, source_id: int, start: int, end: int):
    return session.scalar(
        select(Evidence).where(
            Evidence.claim_id == claim_id,
            Evidence.source_id == source_id,
            Evidence.start == start,
            Evidence.end == end,
        )
    )


def _evidence_view(evidence, source: Source | None = None) -> EvidenceView:
    """The pinned passage as shown; `source` (when at hand) gives a PDF passage its page."""
    numbers, quote = checks_from_json(json.loads(evidence.checks or "{}"))
    page = None
    if source is not None and is_pdf_source(source):
        page = page_label(source.text, evidence.start, evidence.end)
    return EvidenceView(
        id=evidence.id,
        claim=evidence.claim_id,
        source=evidence.source_id,
        start=evidence.start,
        end=evidence.end,
        text=evidence.text,
        score=evidence.score,
        number_checks=numbers,
        quote_check=quote,
        pinned_by=evidence.pinned_by,
        page=page,
    )


def unpin_evidence(store: Store, evidence_id: int) -> EvidenceView:
    with store.transaction() as session:
        evidence = evidence_in(session, evidence_id)
        evidence.pinned = False
        session.flush()
        return _evidence_view(evidence)


def claim_evidence(store: Store, claim_id: int) -> list[EvidenceView]:
    with store.read() as session:
        return claim_evidence_in(session, claim_id)


def claim_evidence_in(session: Session, claim_id: int) -> list[EvidenceView]:
    """``claim_evidence`` inside a session the caller holds."""
    claim_in(session, claim_id)
    rows = session.execute(
        select(Evidence, Source.content_type)
        .join(Source, Source.id == Evidence.source_id)
        .where(Evidence.claim_id == claim_id, Evidence.pinned.is_(True))
        .order_by(Evidence.id)
    )
    # Only a PDF's text is read again, to find the page a passage stands on.
    return [
        _evidence_view(e, session.get(Source, e.source_id) if kind == PDF_TYPE else None)
        for e, kind in rows
    ]

"""Read-side queries for the terminal UI: paged claim lists, progress, details, a change stamp.

The UI must stay quick on a store of 100,000 claims, so nothing here loads a whole table: the
claim list is read one page at a time (with its filters applied in SQL), counts are computed by
the database, and the change stamp is a handful of aggregates that two open UIs poll to see
each other's work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from factcheck.db import Store
from factcheck.models import (
    Article,
    Claim,
    ClaimFact,
    ClaimSource,
    Evidence,
    PriorFactCheck,
    RatingRow,
    Source,
    Verdict,
)
from factcheck.scale import UNCHECKED
from factcheck.services.facts import FactProgress, fact_progress
from factcheck.services.queries import (
    article_in,
    current_rating_column,
    is_unchecked,
    latest_verdicts,
    source_count_column,
    with_current_verdict,
)
from factcheck.services.search import claim_matches, count_found
from factcheck.services.views import ArticleView, ClaimView
from factcheck.text import first_line

if TYPE_CHECKING:
    from factcheck.services.evidence import EvidenceView, PassageView
    from factcheck.services.sources import SourceView
    from factcheck.services.verdicts import VerdictView


@dataclass(frozen=True)
class ClaimFilter:
    """What the checker narrowed the list to; ``rating`` may be ``"unchecked"``.  ``order``
    (one of ``ORDERS``) sorts the list and narrows nothing."""

    article: int | None = None
    rating: str | None = None
    kind: str | None = None
    search: str = ""
    order: str = "position"

    @property
    def narrowed(self) -> bool:
        """Whether some claims of the article are left out (a rating, a kind, a search)."""
        return bool(self.rating or self.kind or self.search.strip())


# The orders of the claim list, in the order the workbench's key cycles them: position in the
# article; score (how check-worthy the extractor found it), highest first; priority (the
# check-worthiness model's ▲ first), then score; rating (unchecked first, then the scale's
# order).  Ties keep article order, so a claim's place is the same on every read.
ORDERS = ("position", "score", "priority", "rating")


@dataclass(frozen=True)
class ClaimLine:
    """One row of the claim list: only what the row shows, so a page stays small."""

    id: int
    article: int | None
    kind: str
    score: float
    sources: int
    rating: str | None
    text: str
    checkworthy: bool = False


@dataclass(frozen=True)
class Progress:
    article: ArticleView | None
    total: int
    counts: dict[str, int] = field(default_factory=dict)  # scale order, then "unchecked"
    facts: FactProgress | None = None
    """The facts inside the claims, ticked or not: a desk's progress counts them too."""

    @property
    def checked(self) -> int:
        return self.total - self.counts.get(UNCHECKED, 0)


@dataclass(frozen=True)
class Stamp:
    """Cheap aggregates that change whenever anyone writes something the UI shows."""

    articles: tuple[object, ...]
    claims: tuple[object, ...]
    verdicts: tuple[object, ...]
    sources: tuple[object, ...]
    evidence: tuple[object, ...]
    reviews: tuple[object, ...] = ()
    """Other desks' fact-checks imported (a claim's prior checks may have changed)."""
    facts: tuple[object, ...] = ()
    """Facts ticked (a tick does not touch its claim, so the claims' aggregates miss it)."""


@dataclass(frozen=True)
class Context:
    """The paragraph a claim sits in, with the claim's span inside it (if it was found)."""

    paragraph: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class SourceEntry:
    source: SourceView
    urls: tuple[tuple[str, str], ...]  # every URL merged into it: (url, how it led here)
    passages: tuple[PassageView, ...]  # best first
    # A note's first line: its address ("note:<digest>") says nothing to the checker.
    words: str | None = None


@dataclass(frozen=True)
class ClaimDetail:
    claim: ClaimView
    article_title: str | None
    context: Context | None
    sources: tuple[SourceEntry, ...]
    independent: int
    evidence: tuple[EvidenceView, ...]
    history: tuple[VerdictView, ...]

    @property
    def verdict(self) -> VerdictView | None:
        """The current verdict: the latest, if given on the claim's words as they are now."""
        if self.history and self.history[-1].wording == self.claim.wording:
            return self.history[-1]
        return None


@dataclass(frozen=True)
class ClaimSpan:
    id: int
    start: int
    end: int
    rating: str | None


@dataclass(frozen=True)
class ArticleText:
    article: ArticleView
    text: str
    claims: tuple[ClaimSpan, ...]  # by position in the text


def _filtered(query: Select, where: ClaimFilter) -> Select:
    if where.article is not None:
        query = query.where(Claim.article_id == where.article)
    if where.kind:
        query = query.where(Claim.kind == where.kind)
    if where.search.strip():
        query = query.where(claim_matches(where.search))
    if where.rating == UNCHECKED:
        query = query.where(is_unchecked())
    elif where.rating:
        query = query.where(current_rating_column() == where.rating)
    return query


def _ordering(where: ClaimFilter, descending: bool = False) -> tuple:
    """Article order, exactly the order of the (article, start) index (whose last column is
    the id), so a page is an index walk rather than a sort of the whole table.  Claims with
    no article or no place in it come first: NULL sorts low."""
    position = (
        (Claim.start, Claim.id)
        if where.article is not None
        else (Claim.article_id, Claim.start, Claim.id)
    )
    if where.order == "position":
        return tuple(c.desc() for c in position) if descending else position
    # (column, highest first) before the article order that breaks ties.
    leading: list[tuple[Any, bool]] = {
        "score": [(Claim.score, True)],
        "priority": [(Claim.checkworthy, True), (Claim.score, True)],
        "rating": [(_rating_rank(), False)],
    }[where.order]
    columns = [*leading, *((c, False) for c in position)]
    return tuple(c.desc() if high != descending else c.asc() for c, high in columns)


def _rating_rank() -> ColumnElement[int]:
    """The current rating's place on the scale, -1 when unchecked (no NULL to sort)."""
    place = (
        select(RatingRow.position)
        .where(RatingRow.name == current_rating_column())
        .correlate(Claim)
        .scalar_subquery()
    )
    return func.coalesce(place, -1)


def count_claims(store: Store, where: ClaimFilter) -> int:
    with store.read() as session:
        if where.article is None and not where.kind and not where.rating:
            return count_found(session, where.search)  # a search of all, or no search
        return session.scalar(_filtered(select(func.count(Claim.id)), where)) or 0


def claim_page(
    store: Store, where: ClaimFilter, offset: int, limit: int, total: int | None = None
) -> list[ClaimLine]:
    """Rows ``offset``..``offset+limit`` of the filtered list, in article order.

    Given ``total``, a page in the second half is read from the end backwards, so the last
    page of 100,000 claims costs what the first does.
    """
    offset = max(offset, 0)
    if total == 0:
        # Nothing to read (a search that found nothing): asking anyway would walk the whole
        # list in order looking for a first match, as PostgreSQL plans a LIMIT.
        return []
    backwards = total is not None and offset > total // 2
    if backwards:
        assert total is not None
        end = min(offset + limit, total)
        offset, limit = total - end, end - offset
        if limit <= 0:
            return []
    query = _filtered(
        select(
            Claim.id,
            Claim.article_id,
            Claim.kind,
            Claim.score,
            source_count_column(),
            current_rating_column(),
            Claim.text,
            Claim.checkworthy,
        ),
        where,
    )
    query = query.order_by(*_ordering(where, backwards)).offset(offset).limit(limit)
    with store.read() as session:
        rows = [ClaimLine(*row) for row in session.execute(query)]
    return rows[::-1] if backwards else rows


def claim_position(store: Store, where: ClaimFilter, claim_id: int) -> int | None:
    """Where a claim sits in the filtered list (to keep it selected after a reload)."""
    numbered = _filtered(
        select(Claim.id, func.row_number().over(order_by=_ordering(where)).label("n")), where
    ).subquery()
    listed = _filtered(select(Claim.id).where(Claim.id == claim_id), where)
    with store.read() as session:
        # Numbering every claim a search found costs far more than asking whether this one
        # is among them, which after a new search it mostly is not.
        if session.scalar(listed) is None:
            return None
        found = session.scalar(select(numbered.c.n).where(numbered.c.id == claim_id))
    return None if found is None else found - 1


def progress(store: Store, article_id: int | None) -> Progress:
    """Checked N of M, the count per rating (latest verdict per claim) and the facts ticked."""
    scale = [r.name for r in store.scale()]
    latest = latest_verdicts()
    per_rating = (
        select(Verdict.rating, func.count())
        .join(latest, latest.c.verdict_id == Verdict.id)
        .join(Claim, Claim.id == Verdict.claim_id)
        .group_by(Verdict.rating)
    )
    total_query = select(func.count(Claim.id))
    if article_id is not None:
        per_rating = per_rating.where(Claim.article_id == article_id)
        total_query = total_query.where(Claim.article_id == article_id)
    with store.read() as session:
        article = _article_view(session, article_id) if article_id is not None else None
        total = session.scalar(total_query) or 0
        found = dict(session.execute(per_rating).all())
    counts = {name: found.pop(name, 0) for name in scale}
    counts.update(sorted(found.items()))  # ratings no longer on the scale stay visible
    counts[UNCHECKED] = total - sum(counts.values())
    return Progress(article, total, counts, fact_progress(store, article_id))


def _article_view(session: Session, article_id: int) -> ArticleView:
    article = article_in(session, article_id)
    count = session.scalar(select(func.count(Claim.id)).where(Claim.article_id == article_id))
    return ArticleView.of(article, count or 0)


def change_stamp(store: Store) -> Stamp:
    """A few aggregates, read in one round trip; any write the UI shows changes one of them.

    The claims' four are read in one pass over the table (two of them need the whole table):
    the stamp is read before the first page is, and again every few seconds."""
    claims = select(
        func.count(Claim.id),
        func.max(Claim.id),
        func.max(Claim.updated_at),
        func.sum(Claim.version),
    ).subquery()
    row = select(
        select(func.count(Article.id)).scalar_subquery(),
        select(func.max(Article.id)).scalar_subquery(),
        *claims.c,
        select(func.max(Verdict.id)).scalar_subquery(),
        select(func.count(ClaimSource.id)).scalar_subquery(),
        select(func.max(Source.id)).scalar_subquery(),
        select(func.count(Evidence.id)).where(Evidence.pinned.is_(True)).scalar_subquery(),
        select(func.max(Evidence.id)).scalar_subquery(),
        select(func.count(PriorFactCheck.id)).scalar_subquery(),
        select(func.max(PriorFactCheck.id)).scalar_subquery(),
        select(func.count(ClaimFact.state)).scalar_subquery(),
        select(func.max(ClaimFact.checked_at)).scalar_subquery(),
    )
    with store.read() as session:
        values = tuple(session.execute(row).one())
    return Stamp(
        articles=values[0:2],
        claims=values[2:6],
        verdicts=values[6:7],
        sources=values[7:9],
        evidence=values[9:11],
        reviews=values[11:13],
        facts=values[13:15],
    )


def default_article(store: Store, remembered: int | None = None) -> int | None:
    """The article the UI opens on: the one the checker last worked on (``remembered``) while
    the store still holds it, else the latest imported, or none when the store has none."""
    with store.read() as session:
        if remembered is not None and session.get(Article, remembered) is not None:
            return remembered
        return session.scalar(select(func.max(Article.id)))


# Characters of the paragraph kept either side of a claim.  A transcript or a PDF's text may
# be one paragraph of thousands of words: drawn whole, it made every redraw of the pane (and
# every layout of the screen) slow, and a few lines either side are what the checker reads.
CONTEXT = 400


def _context(text: str, start: int | None, end: int | None) -> Context | None:
    """The claim's paragraph, cut at whole words ``CONTEXT`` characters either side of it."""
    if start is None or end is None or not 0 <= start <= end <= len(text):
        return None
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    lead = trail = ""
    if start - begin > CONTEXT:
        space = text.find(" ", start - CONTEXT, start)
        begin, lead = (space + 1 if space >= 0 else start - CONTEXT), "…"
    if stop - end > CONTEXT:
        space = text.rfind(" ", end, end + CONTEXT)
        stop, trail = (space if space > end else end + CONTEXT), "…"
    paragraph = lead + text[begin:stop] + trail
    return Context(paragraph, start - begin + len(lead), end - begin + len(lead))


def claim_detail(store: Store, claim_id: int, passages: int = 2) -> ClaimDetail:
    """What the detail pane shows for one claim, read in one session (run it off the UI).

    Not its prior checks: ranking every checked claim and imported fact-check costs a few
    hundred milliseconds on a big store, so the pane shows the claim first and reads them
    after (``reviews.prior_checks``, the same ranking as ``similar`` and the c screen)."""
    # The detail pane's services (and the page tools they bring) load with the first detail,
    # after the list is on screen.
    from factcheck.services import claims as claim_service
    from factcheck.services import evidence as evidence_service
    from factcheck.services import sources as source_service
    from factcheck.services import verdicts as verdict_service

    title = context = None
    with store.read() as session:
        claim = claim_service.get_claim_in(session, claim_id)
        claim_row = session.get(Claim, claim_id)
        claim_text, is_quote = claim_row.text, claim_row.kind == "quote"
        speaker = claim_row.speaker
        article = session.get(Article, claim.article) if claim.article is not None else None
        if article is not None:
            title = article.title or article.url or article.origin
            context = _context(article.text, claim.start, claim.end)
        linked = source_service.claim_sources_in(session, claim_id)
        read = []
        for view in linked.sources:
            row = session.get(Source, view.id)
            detail = source_service.show_source_in(session, view.id)
            read.append((view, detail.urls, row.text, source_service.is_pdf_source(row)))
        evidence = tuple(evidence_service.claim_evidence_in(session, claim_id))
        history = tuple(verdict_service.history_in(session, claim_id))
    # Passages are ranked after the read closes: CPU work holds no transaction open.
    entries = tuple(
        SourceEntry(
            view,
            urls,
            tuple(
                evidence_service.passages_of(
                    claim_text, is_quote, view.id, text, paged, passages, speaker=speaker
                )
            ),
            first_line(text) if view.kind == "note" else None,
        )
        for view, urls, text, paged in read
    )
    return ClaimDetail(
        claim=claim,
        article_title=title,
        context=context,
        sources=entries,
        independent=linked.independent,
        evidence=evidence,
        history=history,
    )


def article_text(store: Store, article_id: int) -> ArticleText:
    """The whole article with the span and current rating of each claim placed in it."""
    query = (
        with_current_verdict(select(Claim.id, Claim.start, Claim.end, Verdict.rating))
        .where(
            and_(Claim.article_id == article_id, Claim.start.is_not(None), Claim.end.is_not(None))
        )
        .order_by(Claim.start, Claim.id)
    )
    with store.read() as session:
        view = _article_view(session, article_id)
        text = session.get(Article, article_id).text
        spans = tuple(ClaimSpan(*row) for row in session.execute(query))
    return ArticleText(view, text, spans)

"""Reports: read one article's claims, verdicts, evidence and sources, and render them.

The store is read in a handful of set-based queries (not one per claim), so a report for
10,000 claims and 30,000 sources stays within a few seconds.
"""

from __future__ import annotations

import functools
import json
import os
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select

from factcheck import output
from factcheck.checks import checks_from_json
from factcheck.db import Store
from factcheck.errors import BadInput, WouldReplace
from factcheck.models import (
    Article,
    Claim,
    ClaimFact,
    ClaimSource,
    ClaimWording,
    Evidence,
    Source,
    SourceURL,
    Verdict,
)
from factcheck.report.annotate import render_annotated
from factcheck.report.claimreview import render_claimreview
from factcheck.report.data import (
    ReportArticle,
    ReportClaim,
    ReportData,
    ReportEvidence,
    ReportFact,
    ReportSource,
    ReportVerdict,
)
from factcheck.report.docx import AnnotatedManuscript, render_docx
from factcheck.report.jsonreport import render_json
from factcheck.report.markdown import paginate, render_markdown
from factcheck.services.queries import article_in
from factcheck.sources.pdf import PDF_TYPE, page_label
from factcheck.text import counted

RENDERERS = {
    "md": render_markdown,
    "json": render_json,
    "claimreview": render_claimreview,
    "annotated": render_annotated,
}
FORMATS = (*RENDERERS, "docx")
"""Every format `factcheck report` writes; "docx" (the manuscript annotated) is binary and
comes from `annotate_manuscript`, not `render_report`."""
_JSON_FORMATS = frozenset({"json", "claimreview"})


@functools.lru_cache(maxsize=4096)
def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


class NoArticle(BadInput):
    """The store holds no article to report on; ``loose`` claims were imported without one
    (the front end says how to report those)."""

    def __init__(self, loose: int) -> None:
        self.loose = loose
        super().__init__(
            f"the store holds no article, only {counted(loose, 'claim')} imported without one"
            if loose
            else "the store holds no article; import one first"
        )


class NotAManuscript(BadInput):
    """The article was not imported from a Word file, so there is no manuscript to write
    back (the front end offers what it can write instead)."""

    def __init__(self, article_id: int) -> None:
        self.article_id = article_id
        super().__init__(
            f"article {article_id} was not imported from a Word file: the docx format "
            "writes back a .docx manuscript (try the annotated format)"
        )


def pick_article(store: Store, article_id: int | None) -> int:
    """The article meant: the one given, or the only one in the store."""
    with store.read() as session:
        if article_id is not None:
            article_in(session, article_id)
            return article_id
        ids = session.scalars(select(Article.id).order_by(Article.id)).all()
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise NoArticle(loose_claims(store))
    raise BadInput(f"the store holds {len(ids)} articles: name one (ids {ids[0]}–{ids[-1]})")


def loose_claims(store: Store) -> int:
    """How many claims the store holds with no article."""
    with store.read() as session:
        return (
            session.scalar(
                select(func.count()).select_from(Claim).where(Claim.article_id.is_(None))
            )
            or 0
        )


def build_report(
    store: Store,
    article_id: int | None = None,
    *,
    generated_at: datetime | None = None,
    url: str | None = None,
    publisher: str | None = None,
    loose: bool = False,
    claims_file: str | None = None,
) -> ReportData:
    """The report data of an article, or with `loose` of every claim imported without one
    (a batch from social media, a tip line, a spreadsheet), or with `claims_file` of those
    first read from the claims file of that name."""
    if claims_file is not None:
        loose = True
    if loose:
        if article_id is not None:
            raise BadInput("name an article or ask for the claims without one, not both")
        in_article = Claim.article_id.is_(None)
        if claims_file is not None:
            in_article = in_article & (Claim.claims_file == claims_file)
    else:
        article_id = pick_article(store, article_id)
        in_article = Claim.article_id == article_id
    with store.read() as orm:
        article = orm.get(Article, article_id) if article_id is not None else None
        # Plain column rows through Core: the ORM's per-row machinery costs seconds here.
        session = orm.connection()
        claims = session.execute(
            select(
                Claim.id,
                Claim.text,
                Claim.start,
                Claim.end,
                Claim.paragraph,
                Claim.kind,
                Claim.speaker,
                Claim.score,
            )
            .where(in_article)
            .order_by(Claim.start, Claim.id)
        ).all()
        old_words = {
            (claim_id, number): text
            for claim_id, number, text in session.execute(
                select(ClaimWording.claim_id, ClaimWording.number, ClaimWording.text)
                .join(Claim, Claim.id == ClaimWording.claim_id)
                .where(in_article)
            )
        }
        verdicts: dict[int, list[ReportVerdict]] = defaultdict(list)
        # Each claim's current verdict as `queries.latest_verdicts` defines it (the latest
        # given on the words the claim has now), taken from the history read anyway.
        current: dict[int, ReportVerdict] = {}
        for (
            claim_id,
            rating,
            rationale,
            correction,
            checker,
            created,
            wording,
            now,
        ) in session.execute(
            select(
                Verdict.claim_id,
                Verdict.rating,
                Verdict.rationale,
                Verdict.correction,
                Verdict.checker,
                Verdict.created_at,
                Verdict.wording,
                Claim.wording,
            )
            .join(Claim, Claim.id == Verdict.claim_id)
            .where(in_article)
            .order_by(Verdict.id)
        ):
            earlier = old_words.get((claim_id, wording)) if wording != now else None
            given = ReportVerdict(rating, rationale or "", correction, checker, created, earlier)
            verdicts[claim_id].append(given)
            if wording == now:
                current[claim_id] = given
        links: dict[int, list[int]] = defaultdict(list)
        for claim_id, source_id in session.execute(
            select(ClaimSource.claim_id, ClaimSource.source_id)
            .join(Claim, Claim.id == ClaimSource.claim_id)
            .where(in_article)
            .order_by(ClaimSource.id)
        ):
            links[claim_id].append(source_id)
        evidence: dict[int, list[ReportEvidence]] = defaultdict(list)
        pdf_texts: dict[int, str] = {}
        for e_id, claim_id, source_id, text, start, end, score, checks, kind in session.execute(
            select(
                Evidence.id,
                Evidence.claim_id,
                Evidence.source_id,
                Evidence.text,
                Evidence.start,
                Evidence.end,
                Evidence.score,
                Evidence.checks,
                Source.content_type,
            )
            .join(Claim, Claim.id == Evidence.claim_id)
            .join(Source, Source.id == Evidence.source_id)
            .where(in_article, Evidence.pinned.is_(True))
            .order_by(Evidence.id)
        ):
            numbers, quote = checks_from_json(json.loads(checks or "{}"))
            page = None
            if kind == PDF_TYPE:
                if source_id not in pdf_texts:
                    pdf_texts[source_id] = session.scalar(
                        select(Source.text).where(Source.id == source_id)
                    )
                page = page_label(pdf_texts[source_id], start, end)
            evidence[claim_id].append(
                ReportEvidence(
                    id=e_id,
                    source_id=source_id,
                    text=text,
                    start=start,
                    end=end,
                    score=score,
                    number_checks=numbers,
                    quote_check=quote,
                    page=page,
                )
            )
        facts: dict[int, list[ReportFact]] = defaultdict(list)
        for claim_id, *fields in session.execute(
            select(
                ClaimFact.claim_id,
                ClaimFact.position,
                ClaimFact.start,
                ClaimFact.end,
                ClaimFact.kind,
                ClaimFact.text,
                ClaimFact.state,
                ClaimFact.note,
                ClaimFact.checker,
            )
            .join(Claim, Claim.id == ClaimFact.claim_id)
            .where(in_article)
            .order_by(ClaimFact.claim_id, ClaimFact.position)
        ):
            facts[claim_id].append(ReportFact(*fields))
        sources = _sources(session, in_article)
    if claims_file is not None and not claims:
        raise BadInput(
            f"no claim without an article was imported from a claims file named {claims_file!r}"
        )
    if loose and not claims:
        raise BadInput("the store holds no claim without an article; import a claims file first")
    empty: tuple = ()
    report_claims = tuple(
        ReportClaim(
            id=c.id,
            text=c.text,
            start=c.start,
            end=c.end,
            paragraph=c.paragraph,
            kind=c.kind,
            speaker=c.speaker,
            score=c.score,
            verdict=current.get(c.id),
            history=tuple(verdicts[c.id]) if c.id in verdicts else empty,
            evidence=tuple(evidence[c.id]) if c.id in evidence else empty,
            source_ids=tuple(links[c.id]) if c.id in links else empty,
            facts=tuple(facts[c.id]) if c.id in facts else empty,
        )
        for c in claims
    )
    if article is None:
        # Claims without an article: a report of the batch, with no text to mark them in.
        about = ReportArticle(
            id=0,
            title=(
                f"{counted(len(claims), 'claim')} imported from {claims_file}"
                if claims_file is not None
                else f"{counted(len(claims), 'claim')} imported without an article"
            ),
            byline=None,
            url=None,
            published=None,
            text="",
        )
    else:
        about = ReportArticle(
            id=article.id,
            title=article.title or article.url or article.origin,
            byline=article.byline,
            url=article.url,
            published=_date(article.published),
            text=article.text,
        )
    return ReportData(
        article=about,
        claims=report_claims,
        sources=sources,
        generated_at=generated_at or datetime.now(UTC).replace(microsecond=0),
        scale=store.scale(),
        url=url,
        publisher=publisher,
    )


def _sources(session, in_article) -> tuple[ReportSource, ...]:
    """Every source the report's claims (`in_article` picks them) cite or quote from, in id
    order, each called by its id ([5] is source 5, as on screen and on the command line)."""
    cited = (
        select(ClaimSource.source_id.label("id"))
        .join(Claim, Claim.id == ClaimSource.claim_id)
        .where(in_article)
        .union(
            select(Evidence.source_id)
            .join(Claim, Claim.id == Evidence.claim_id)
            .where(in_article, Evidence.pinned.is_(True))
        )
        .subquery()
    )
    urls: dict[int, list[str]] = defaultdict(list)
    for source_id, address in session.execute(
        select(SourceURL.source_id, SourceURL.url)
        .where(SourceURL.source_id.in_(select(cited.c.id)))
        .order_by(SourceURL.id)
    ):
        urls[source_id].append(address)
    rows = session.execute(
        select(
            Source.id,
            Source.title,
            Source.site,
            Source.canonical_url,
            Source.fetched_at,
            Source.published,
            Source.text_hash,
            Source.copy_of_id,
            Source.kind,
        )
        .where(Source.id.in_(select(cited.c.id)))
        .order_by(Source.id)
    ).all()
    return tuple(
        ReportSource(
            number=s.id,
            id=s.id,
            title=s.title,
            site=s.site,
            url=s.canonical_url,
            accessed_at=s.fetched_at,
            published=_date(s.published),
            urls=tuple(dict.fromkeys(urls.get(s.id, ()))),
            text_hash=s.text_hash,
            copies_of=s.copy_of_id,
            kind=s.kind,
        )
        for s in rows
    )


def annotate_manuscript(
    store: Store, article_id: int | None = None, *, data: ReportData | None = None
) -> AnnotatedManuscript:
    """The article's Word manuscript with a comment on each checked claim, as bytes
    (``data``: the report data already read, for the workbench's preview)."""
    data = data or build_report(store, article_id)
    with store.read() as session:
        document = session.scalar(select(Article.document).where(Article.id == data.article.id))
    if document is None:
        raise NotAManuscript(data.article.id)
    return render_docx(data, document)


def render_report(data: ReportData, fmt: str, *, all_claims: bool = False) -> str:
    """The report in ``fmt``; ``all_claims``: the Markdown report gives unchecked claims in
    full too, instead of counting them and listing their ids and first words."""
    if fmt == "docx":
        raise BadInput("the docx report is a file: write it with -o FILE.docx")
    if fmt not in RENDERERS:
        raise BadInput(f"unknown report format {fmt!r}; formats: {', '.join(FORMATS)}")
    renderer = (
        functools.partial(render_markdown, all_claims=all_claims) if fmt == "md" else RENDERERS[fmt]
    )
    rendered = renderer(data)
    # Outside text may hold terminal controls (ESC, BEL, C1, bidi overrides): a report read
    # in a terminal or an editor carries none raw.  JSON keeps them, as \u escapes.
    if fmt in _JSON_FORMATS:
        return output.json_safe(rendered)
    return output.visible_controls(rendered)


@dataclass(frozen=True)
class ReportPreview:
    """What the workbench shows of an article's report: the Markdown, in pages, and the data
    every other format is rendered from when the checker saves one."""

    data: ReportData
    markdown: str
    pages: tuple[str, ...]

    @property
    def title(self) -> str:
        return self.data.article.title


def preview_report(
    store: Store, article_id: int, *, generated_at: datetime | None = None
) -> ReportPreview:
    """The Markdown report of an article cut into pages the workbench lays out one at a
    time (a page is whole Markdown; the pages joined are the report)."""
    data = build_report(store, article_id, generated_at=generated_at)
    markdown = render_report(data, "md")
    return ReportPreview(data, markdown, paginate(markdown))


SUFFIXES = {
    "md": ".md",
    "json": ".json",
    "claimreview": ".claimreview.json",
    "annotated": ".annotated.md",
    "docx": ".docx",
}
"""The file name ending the workbench suggests for each format."""


def export_report(store: Store, preview: ReportPreview, fmt: str) -> str | bytes:
    """The previewed report in ``fmt``, rendered from the very data previewed (same time,
    same claims): text, or for docx the annotated Word manuscript's bytes."""
    if fmt == "md":
        return preview.markdown
    if fmt == "docx":
        return annotate_manuscript(store, preview.data.article.id, data=preview.data).document
    return render_report(preview.data, fmt)


def save_report(path: Path | str, content: str | bytes, *, replace: bool = False) -> None:
    """Save a report from the workbench: a file (whole or nothing), a FIFO or a device.

    An existing regular file is replaced only with ``replace`` (a checker who kept the
    suggested name must not lose an earlier report to it); otherwise `WouldReplace`.
    Standard output is refused here, since the workbench's screen is the terminal.
    """
    if os.fspath(path).strip() == output.STDOUT:
        raise BadInput("- is standard output, which the workbench is drawn on; give a file name")
    if not replace and output.resolve_target(path).kind == "regular":
        raise WouldReplace("exists already; save again to replace it", subject=path)
    if isinstance(content, bytes):
        output.write_bytes(path, content)
    else:
        output.write_text(path, content)

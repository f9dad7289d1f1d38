"""Importing an article: read or fetch it, extract its claims, store both in one transaction.

Listing the articles (``factcheck articles``, the workbench's picker) is here too, so the
module loads only the store's side at import: the readers of article files, the fetcher, the
page extractor and the claim extractor are imported in the functions that read, fetch or
extract.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import func, select

from factcheck.db import Store, serialize
from factcheck.models import Article, Claim, ClaimFact, Verdict
from factcheck.services.access import DEFAULT_ACCESS, Access
from factcheck.services.facts import store_facts
from factcheck.services.views import ArticleView
from factcheck.sources.targets import is_url, without_userinfo

if TYPE_CHECKING:
    from factcheck.extract import ExtractedClaim
    from factcheck.intake.articles import ArticleInput


@dataclass(frozen=True)
class ArticleImport:
    article: ArticleView
    claims: int
    created: bool  # False: the same text was imported before, nothing was written


def load_article(
    target: str, *, store_url: str | None = None, access: Access = DEFAULT_ACCESS
) -> ArticleInput:
    """An article from a path or an http(s) URL (any other scheme is refused), read or fetched
    as the desk's ``access`` allows.

    ``store_url`` names the store it is for, which decides whether private addresses may be
    fetched when the desk does not say (see `factcheck.services.access`); without it they
    are refused unless the desk allows them.
    """
    from factcheck.intake.articles import article_from_content, read_article

    if not is_url(target):
        return read_article(Path(target), access.folders())
    from factcheck.sources.content import extract_content
    from factcheck.sources.fetch import fetch
    from factcheck.sources.urls import check_url

    url = check_url(target)
    result = fetch(url, access.fetch_options(store_url or ""))
    content = extract_content(result.body, result.content_type, result.final_url, result.charset)
    # A login in the URL opened the page; the article keeps only where it lives.
    shown, _had_login = without_userinfo(url)
    return article_from_content(content, shown, without_userinfo(result.final_url)[0])


def read_article_file(path: Path, access: Access = DEFAULT_ACCESS) -> ArticleInput:
    """An article file read exactly as ``import`` reads it, storing nothing.

    The desk's folders apply and the file's suffix decides HTML as it does for an import, so a
    preview (``extract``, ``names``) never shows claims that the import would not store.
    """
    from factcheck.intake.articles import read_article

    return read_article(path, access.folders())


def read_article_input(stream: BinaryIO, name: str) -> ArticleInput:
    """An article from a stream (standard input), read no further than one byte past the cap."""
    from factcheck.intake.articles import article_from_bytes
    from factcheck.intake.text import read_article_stream

    return article_from_bytes(read_article_stream(stream, name), name)


def preview_claims(article: ArticleInput) -> list[ExtractedClaim]:
    """What ``import`` would extract from this article, storing nothing."""
    from factcheck.extract import extract_claims

    return extract_claims(article.text)


def import_article(
    store: Store, target: str | ArticleInput, *, access: Access = DEFAULT_ACCESS
) -> ArticleImport:
    """Read or fetch ``target`` (unless it is read already) and store it with its claims."""
    if isinstance(target, str):
        target = load_article(target, store_url=store.url, access=access)
    return store_article(store, target)


def store_article(store: Store, article_input: ArticleInput) -> ArticleImport:
    from factcheck.extract import extract_claims
    from factcheck.sources.dedupe import exact_text_hash

    digest = exact_text_hash(article_input.text)
    with store.transaction() as session:
        # Concurrent imports of one text take turns, so the later ones find it stored.
        serialize(session, f"factcheck.article.{digest}")
        existing = session.scalar(select(Article).where(Article.text_hash == digest))
        if existing is not None:
            return ArticleImport(ArticleView.of(existing, len(existing.claims)), 0, created=False)
        claims = extract_claims(article_input.text)
        article = Article(
            title=article_input.title,
            byline=article_input.byline,
            url=article_input.url,
            published=article_input.published,
            text=article_input.text,
            text_hash=digest,
            origin=article_input.origin,
            document=article_input.document,
        )
        session.add(article)
        session.flush()
        rows = [_claim_row(article.id, found) for found in claims]
        session.add_all(rows)
        session.flush()
        store_facts(session, ((row.id, c.facts) for row, c in zip(rows, claims, strict=True)))
        return ArticleImport(ArticleView.of(article, len(claims)), len(claims), created=True)


def _claim_row(article_id: int, found: ExtractedClaim) -> Claim:
    return Claim(
        article_id=article_id,
        text=found.text,
        start=found.start,
        end=found.end,
        paragraph=found.paragraph,
        kind=found.kind,
        speaker=found.speaker,
        score=round(found.score, 4),
        checkworthy=found.checkworthy,
        reasons=json.dumps(list(found.reasons), ensure_ascii=False),
        origin="extracted",
    )


def list_articles(store: Store) -> list[ArticleView]:
    query = (
        select(Article, func.count(Claim.id))
        .outerjoin(Claim, Claim.article_id == Article.id)
        .group_by(Article.id)
        .order_by(Article.id)
    )
    with store.read() as session:
        return [ArticleView.of(article, n) for article, n in session.execute(query)]


@dataclass(frozen=True)
class ArticleProgress:
    """One line of the workbench's article picker: the article, and how far its check is."""

    article: ArticleView
    checked: int  # claims with a verdict
    facts: int
    facts_done: int  # facts ticked checked, wrong or unverified

    @property
    def claims(self) -> int:
        return self.article.claims


def articles_progress(store: Store) -> list[ArticleProgress]:
    """Every article with its claims, those with a verdict, and its facts ticked: the picker
    shows how far each check is, so a checker sees at once which article waits for work."""
    verdicts = (
        select(Claim.article_id, func.count(func.distinct(Verdict.claim_id)))
        .join(Verdict, Verdict.claim_id == Claim.id)
        .group_by(Claim.article_id)
    )
    facts = (
        select(Claim.article_id, func.count(ClaimFact.id), func.count(ClaimFact.state))
        .join(ClaimFact, ClaimFact.claim_id == Claim.id)
        .group_by(Claim.article_id)
    )
    with store.read() as session:
        done = dict(session.execute(verdicts).all())
        ticked = {a: (n, d) for a, n, d in session.execute(facts).all()}
    out = []
    for view in list_articles(store):
        n, d = ticked.get(view.id, (0, 0))
        out.append(ArticleProgress(view, done.get(view.id, 0), n, d))
    return out

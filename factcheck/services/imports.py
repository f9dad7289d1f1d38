"""The import use case: whatever the checker points at, stored.

An article is a text, HTML, PDF or Word file or an http(s) URL; a claims file is CSV or JSON
Lines; a ClaimReview feed holds other desks' fact-checks.  They are told apart by the file
itself (``claims_file_form``), so the ``import`` command and the workbench's import dialog call
this one function and cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.config import Thresholds
from factcheck.db import Store
from factcheck.services.access import DEFAULT_ACCESS, Access
from factcheck.services.claims import ClaimImport, claims_file_form, import_claims, read_claims
from factcheck.services.reviews import ReviewImport, import_reviews

if TYPE_CHECKING:
    from factcheck.services.articles import ArticleImport


def import_target(
    store: Store | Callable[[], Store],
    target: str,
    *,
    article_id: int | None = None,
    dry_run: bool = False,
    threshold: float = Thresholds().claim_merge,
    store_url: str | None = None,
    access: Access = DEFAULT_ACCESS,
    new_wording: bool = False,
) -> ArticleImport | ClaimImport | ReviewImport:
    """Import ``target`` in one transaction.

    An article or a claims file is read and checked before the store is touched: ``store``
    may be a function that opens it, so a missing or unreadable file never creates (or
    migrates) a store.
    ``article_id``, ``dry_run``, ``threshold`` (0-100, the similarity from which a row
    merges into a stored claim) and ``new_wording`` (new words for a checked claim become its
    next wording instead of refusing the file) concern claims files only; an article ignores
    them.
    ``store_url`` (else the store's own) decides whether a private address may be fetched,
    ``access`` (the desk's ``[fetch]`` rules) which addresses and folders may be read at all.
    """
    form = claims_file_form(target, access)
    if form == "claimreview":
        return import_reviews(_opened(store), Path(target), access)
    if form is None:
        # Only an article needs the page extractor (trafilatura, lxml) and the fetcher: a
        # claims file imports without loading them.
        from factcheck.services.articles import import_article, load_article

        if store_url is None and isinstance(store, Store):
            store_url = store.url
        article = load_article(target, store_url=store_url, access=access)
        return import_article(_opened(store), article)
    rows = read_claims(Path(target), form, access)
    return import_claims(
        _opened(store),
        rows,
        article_id=article_id,
        dry_run=dry_run,
        threshold=threshold,
        new_wording=new_wording,
    )


def _opened(store: Store | Callable[[], Store]) -> Store:
    return store if isinstance(store, Store) else store()

"""Attaching one source to a claim: a URL fetched, a local file, or a checker's own note.

The fetcher and the page extractor are imported where they are used: the workbench reads
sources at start-up and should not wait for httpx and trafilatura.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from factcheck.sources.fetch import FetchOptions, FetchResult

from factcheck.db import Store
from factcheck.errors import BadInput
from factcheck.models import STANCES
from factcheck.services.access import DEFAULT_ACCESS, Access
from factcheck.services.sources.duplicates import DEFAULT_TIERS, Tiers, store_source
from factcheck.services.sources.records import (
    LOGIN_NOTE,
    AttachResult,
    ReadSource,
    check_claim,
    known_url,
    link_claim,
    root_of,
)
from factcheck.sources.targets import is_url, is_web_address, without_userinfo
from factcheck.sources.urls import check_url, is_specific_url


def _read_web(url: str, options: FetchOptions | None) -> ReadSource:
    from factcheck.sources.fetch import fetch

    result = fetch(url, options)
    return web_item(url, result)


def web_item(url: str, result: FetchResult) -> ReadSource:
    from factcheck.sources.content import extract_content

    content = extract_content(result.body, result.content_type, result.final_url, result.charset)
    urls = [(url, "requested")]
    urls += [(hop, "redirect") for hop in result.redirects if hop != url]
    if result.final_url != url:
        urls.append((result.final_url, "final"))
    else:
        urls[0] = (url, "final")
    # The page's own canonical URL is kept as a hint only when it names one page: a site's
    # home or section page as "canonical" would make every story of the site one source.
    hint = content.canonical_url
    if hint and is_web_address(hint) and is_specific_url(hint):
        urls.append((hint, "canonical"))
    return ReadSource("web", content, tuple(dict.fromkeys(_forget_logins(urls))), result)


def _forget_logins(urls: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each URL without a ``user:password@``; its ``how`` gains LOGIN_NOTE where one was given."""
    kept = []
    for url, how in urls:
        clean, had_login = without_userinfo(url)
        kept.append((clean, how + LOGIN_NOTE if had_login else how))
    return kept


def _read_file(path: Path, access: Access) -> ReadSource:
    from factcheck.sources.content import extract_file

    content = extract_file(path, access.folders())
    return ReadSource("file", content, ((path.resolve().as_uri(), "file"),))


def _read_note(note: str, checker: str | None) -> ReadSource:
    text = note.strip()
    if not text:
        raise BadInput("the note is empty")
    when = datetime.now(UTC).strftime("%Y-%m-%d")
    from factcheck.sources.content import Content

    content = Content(
        text=text,
        title=f"Note by {checker or 'a checker'}, {when}",
        author=checker,
        published=when,
        site_name=None,
        content_type="text/plain",
    )
    digest = hashlib.sha256(f"{checker}\n{when}\n{text}".encode()).hexdigest()[:16]
    return ReadSource("note", content, ((f"note:{digest}", "note"),))


def in_transaction(store: Store, work: Callable[[Session], AttachResult]) -> AttachResult:
    """Run one attach; a concurrent writer adding the same URL first is met by a retry."""
    for attempt in range(3):
        try:
            with store.transaction() as session:
                return work(session)
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def attach_source(
    store: Store,
    claim_id: int,
    target: str | None = None,
    *,
    note: str | None = None,
    stance: str = "context",
    checker: str | None = None,
    options: FetchOptions | None = None,
    tiers: Tiers = DEFAULT_TIERS,
    access: Access = DEFAULT_ACCESS,
) -> AttachResult:
    """Attach a URL, a local file, or a checker's own note to a claim, read or fetched as the
    desk's ``access`` allows and de-duplicated by its ``tiers``."""
    if stance not in STANCES:
        raise BadInput(f"unknown stance {stance!r}; stances: {', '.join(STANCES)}")
    if (target is None) == (note is None):
        raise BadInput("give a URL, a file path or a note to attach (one of them)")
    with store.read() as session:
        check_claim(session, claim_id)
    if note is not None:
        item = _read_note(note, checker)
    elif is_url(target):
        url = check_url(target)
        with store.read() as session:
            known = known_url(session, url)
            known_id = root_of(session, known).id if known else None
        if known_id is not None:

            def link_known(session: Session) -> AttachResult:
                link_claim(session, claim_id, known_id, stance, checker)
                return AttachResult(claim_id, known_id, "known")

            return in_transaction(store, link_known)
        item = _read_web(url, access.fetch_options(store.url, options))
    else:
        item = _read_file(Path(target), access)
    return in_transaction(store, lambda s: store_source(s, item, claim_id, stance, checker, tiers))

"""A batch fetch stores each page as it arrives, and holds no more bodies than it fetches."""

from __future__ import annotations

import hashlib
import threading

from test_services_sources import ARTICLE

from factcheck.intake.articles import ArticleInput
from factcheck.services import list_claims, sources
from factcheck.services.articles import import_article
from factcheck.sources.fetch import FetchOptions, fetch_as_they_come

PATIENT = FetchOptions(connect_timeout=2, read_timeout=8, deadline=10, retries=0)


def test_pages_are_stored_while_a_slow_one_is_still_answering(store, page_server, access) -> None:
    import_article(store, ArticleInput(text=ARTICLE, origin="test"))
    claim = list_claims(store)[0].id
    slow = page_server.url("/slow?delay=4&key=arrival")
    fast = [page_server.url("/story/battery-plant"), page_server.url("/story/water-use")]
    stored_while_slow_waits = []

    def progress(url: str, outcome: str) -> None:
        if url in fast:
            waiting = page_server.in_flight  # the slow page has not answered yet
            stored_while_slow_waits.append((outcome, len(sources.list_sources(store)), waiting))

    summary = sources.fetch_urls(
        store,
        [slow, *fast],
        claim_id=claim,
        options=PATIENT,
        concurrency=4,
        on_progress=progress,
        access=access,
    )
    assert [(outcome, stored) for outcome, stored, _ in stored_while_slow_waits] == [
        ("added", 1),
        ("added", 2),
    ]
    assert all(waiting >= 1 for _, _, waiting in stored_while_slow_waits)
    # The slow page came in too, last: the same story as the first, so merged into it.
    assert len(summary.added) == 2 and len(summary.merged) + len(summary.known) == 1


def test_no_more_bodies_wait_than_the_concurrency(page_server) -> None:
    body = page_server.page("water-use.html")
    urls = [page_server.serve(f"/arrival/{n}", body, "text/html") for n in range(24)]
    arrivals = fetch_as_they_come(urls, PATIENT, concurrency=3)
    first = next(arrivals)
    # The caller dawdles over the first page: the fetcher may finish at most `concurrency`
    # more (each keeps its slot until taken) plus one handed over, then waits.
    threading.Event().wait(1.0)
    answered = sum(page_server.hits[f"served:/arrival/{n}"] for n in range(24))
    rest = list(arrivals)
    assert answered <= 1 + 3 + 1
    assert {url for url, _ in [first, *rest]} == set(urls)


def _story(n: int) -> bytes:
    # Words of their own for each story: "ward1x…" and "ward11x…" read as near copies, and
    # which of two near copies arrives first (so which is suggested) depends on the pool.
    words = " ".join(hashlib.sha1(f"{n}:{k}".encode()).hexdigest()[:9] for k in range(60))
    return (
        f"<html><head><title>Council story {n}</title></head><body><article>"
        f"<h1>Council story {n}</h1><p>{words}.</p><p>The council of district {n} met on "
        f"Tuesday and agreed a budget of {n} million after a long debate about {words}.</p>"
        "</article></body></html>"
    ).encode()


def _long_batch(page_server) -> list[str]:
    urls = [page_server.serve(f"/long/{n}", _story(n), "text/html") for n in range(14)]
    # the same story at a second address, and a page with no article text in it
    urls.append(page_server.serve("/long/again", _story(3), "text/html"))
    urls.append(page_server.serve("/long/empty", b"<html><body></body></html>", "text/html"))
    return urls


def test_a_long_batch_stores_what_a_short_one_would(
    store, db_url, page_server, access, monkeypatch, tmp_path
) -> None:
    """A batch long enough to read its pages in worker processes stores the same sources,
    merges the same copy and refuses the same page, in the same words, as one read in-process."""
    from factcheck.db import open_store
    from factcheck.services.sources import batch

    urls = _long_batch(page_server)
    assert len(urls) >= batch.POOL_FROM
    pooled = sources.fetch_urls(store, urls, options=PATIENT, concurrency=4, access=access)
    monkeypatch.setattr(batch, "POOL_FROM", len(urls) + 1)
    other = open_store(f"sqlite:///{tmp_path / 'in-process.db'}")
    try:
        alone = sources.fetch_urls(other, urls, options=PATIENT, concurrency=4, access=access)
        kept = {(s.title, s.url, s.text_hash) for s in sources.list_sources(other)}
    finally:
        other.close()

    def outcomes(summary):
        done = summary.added + summary.merged + summary.suggested + summary.known
        return sorted((r.outcome, r.kind_of_merge) for r in done)

    assert outcomes(pooled) == outcomes(alone)
    assert len(pooled.added) >= 10 and len(pooled.merged) >= 1
    assert [(url, str(exc)) for url, exc in pooled.failed] == [
        (url, str(exc)) for url, exc in alone.failed
    ]
    assert [url for url, _ in pooled.failed] == [urls[-1]]
    assert str(pooled.failed[0][1]).count(urls[-1]) <= 1  # named once, not twice
    assert {(s.title, s.url, s.text_hash) for s in sources.list_sources(store)} == kept


def test_a_long_batch_stores_every_page_when_its_workers_are_killed(
    store, page_server, access
) -> None:
    """Workers killed mid-batch (out of memory, a stray kill) cost no page: the pages they
    held are read in the batch's own process instead, and stored."""
    import multiprocessing
    import os
    import signal

    # two pages that arrive after the workers are gone
    late = [page_server.url(f"/slow?delay=1.5&key=killed-{n}") for n in range(2)]
    urls = _long_batch(page_server) + late
    killed = []

    def progress(url: str, outcome: str) -> None:
        if not killed:
            for worker in multiprocessing.active_children():
                os.kill(worker.pid, signal.SIGKILL)
                killed.append(worker.pid)

    summary = sources.fetch_urls(
        store, urls, options=PATIENT, concurrency=4, on_progress=progress, access=access
    )
    assert killed
    assert [url for url, _ in summary.failed] == [urls[-3]]  # only the page with no text
    done = summary.added + summary.merged + summary.suggested + summary.known
    assert len(done) == len(urls) - 1

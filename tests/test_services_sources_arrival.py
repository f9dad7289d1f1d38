"""A batch fetch stores each page as it arrives, and holds no more bodies than it fetches."""

from __future__ import annotations

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

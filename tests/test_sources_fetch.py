"""Fetching against a real local server: redirects, limits, retries and revalidation."""

from __future__ import annotations

import asyncio
import socket
import threading
from datetime import UTC

import httpx
import pytest
from pageserver import CACHED_ETAG, LAST_MODIFIED, PageServer

from factcheck import __version__
from factcheck.errors import FetchFailed
from factcheck.sources.fetch import FetchOptions, FetchResult, fetch, fetch_async, fetch_many

FAST = FetchOptions(
    connect_timeout=1.0,
    read_timeout=1.0,
    deadline=4.0,
    retries=2,
    backoff=0.02,
    max_backoff=0.2,
    max_bytes=1 << 20,
    allow_private=True,  # the page server is on 127.0.0.1
)


def fails(url: str, options: FetchOptions = FAST, **kwargs: str) -> str:
    with pytest.raises(FetchFailed) as raised:
        fetch(url, options, **kwargs)
    message = str(raised.value)
    assert "\n" not in message, "messages must fit on one line"
    return message


def test_fetch_returns_body_and_metadata(page_server: PageServer) -> None:
    url = page_server.url("/story/battery-plant")
    result = fetch(url, FAST)
    assert result.status == 200
    assert result.requested_url == result.final_url == url
    assert result.redirects == []
    assert result.content_type == "text/html"
    assert result.charset == "utf-8"
    assert b"$2.5 billion battery cell factory" in result.body
    assert result.fetched_at.tzinfo is UTC
    assert not result.not_modified
    assert result.attempts == 1


def test_user_agent_names_factcheck_and_its_version(page_server: PageServer) -> None:
    body = fetch(page_server.url("/echo"), FAST).body.decode().lower()
    assert f"user-agent: factcheck/{__version__}" in body
    assert "accept-encoding: gzip, deflate" in body


def test_redirect_chain_is_recorded(page_server: PageServer) -> None:
    result = fetch(page_server.url("/redirect/4"), FAST)
    assert result.final_url == page_server.url("/story/battery-plant")
    assert result.redirects == [page_server.url(f"/redirect/{n}") for n in (4, 3, 2, 1)]
    assert b"Voltaria" in result.body


def test_relative_redirect_is_resolved(page_server: PageServer) -> None:
    result = fetch(page_server.url("/redirect-relative"), FAST)
    assert result.final_url == page_server.url("/story/battery-plant")


def test_redirect_to_another_host(page_server: PageServer) -> None:
    result = fetch(page_server.url("/redirect-to/alt"), FAST)
    assert result.final_url == page_server.alt_url("/syndicated/battery-plant")
    assert b"Midstate Wire" in result.body


def test_redirect_loop_is_detected(page_server: PageServer) -> None:
    message = fails(page_server.url("/loop/a"))
    assert message.startswith(page_server.url("/loop/a"))
    assert "redirect loop after 3 hops" in message
    assert "redirect loop after 1 hop" in fails(page_server.url("/loop/self"))


def test_too_many_redirects(page_server: PageServer) -> None:
    options = FetchOptions(**{**FAST.__dict__, "max_redirects": 3})
    assert "too many redirects (more than 3)" in fails(page_server.url("/redirect/5"), options)
    assert fetch(page_server.url("/redirect/3"), options).status == 200


def test_redirect_to_a_refused_scheme(page_server: PageServer) -> None:
    message = fails(page_server.url("/redirect-to/file"))
    assert "refused" in message and "file:" in message


def test_redirect_without_location(page_server: PageServer) -> None:
    assert "without a Location" in fails(page_server.url("/redirect-no-location"))


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "javascript:x"])
def test_refused_schemes_raise_fetch_failed(url: str) -> None:
    assert "refused" in fails(url)


def test_connection_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    message = fails(f"http://127.0.0.1:{port}/")
    assert "connection refused" in message


def test_dns_failure() -> None:
    message = fails("http://no-such-host.invalid/story")
    assert "DNS lookup failed for no-such-host.invalid" in message


def test_slow_answer_times_out(page_server: PageServer) -> None:
    options = FetchOptions(**{**FAST.__dict__, "read_timeout": 0.3, "retries": 0})
    assert "no response from 127.0.0.1 within 0.3 s" in fails(
        page_server.url("/slow?delay=1.5"), options
    )


def test_trickling_body_hits_the_deadline(page_server: PageServer) -> None:
    options = FetchOptions(**{**FAST.__dict__, "deadline": 0.8})
    assert "deadline" in fails(page_server.url("/slow-body?interval=0.1"), options)


def test_oversized_body_is_refused_from_content_length(page_server: PageServer) -> None:
    message = fails(page_server.url("/big?size=3000000"))
    assert "over the 1 MB cap" in message and "2.9 MB" in message


@pytest.mark.parametrize("path", ["/big-chunked?size=3000000", "/endless"])
def test_body_without_length_is_cut_at_the_cap(page_server: PageServer, path: str) -> None:
    assert "over the 1 MB cap" in fails(page_server.url(path))


def test_gzip_bomb_is_stopped_by_decompressed_size(page_server: PageServer) -> None:
    assert len(page_server.bomb) < 100_000  # small on the wire, 64 MB inflated
    message = fails(page_server.url("/gzip-bomb"))
    assert "over the 1 MB cap" in message and "on the wire" in message


def test_default_cap_is_ten_megabytes_and_stops_the_bomb(page_server: PageServer) -> None:
    options = FetchOptions(**{**FAST.__dict__, "max_bytes": FetchOptions().max_bytes})
    assert FetchOptions().max_bytes == 10 * 1024 * 1024
    assert "over the 10 MB cap" in fails(page_server.url("/gzip-bomb"), options)


@pytest.mark.parametrize("path", ["/gzip-page", "/deflate-page", "/deflate-raw-page"])
def test_compressed_pages_are_decoded(page_server: PageServer, path: str) -> None:
    plain = fetch(page_server.url("/story/battery-plant"), FAST).body
    assert fetch(page_server.url(path), FAST).body == plain


def test_client_errors_fail_at_once(page_server: PageServer) -> None:
    message = fails(page_server.url("/status/404"))
    assert message == f"{page_server.url('/status/404')}: HTTP 404 Not Found"
    assert "HTTP 410 Gone" in fails(page_server.url("/status/410"))


def test_server_errors_are_retried_then_fail(page_server: PageServer) -> None:
    message = fails(page_server.url("/flaky/500?key=always&fails=99"))
    assert "HTTP 500 Internal Server Error after 3 attempts" in message
    assert page_server.hits["flaky:500:always"] == 3


def test_429_then_200_is_retried(page_server: PageServer) -> None:
    result = fetch(page_server.url("/flaky/429?key=once"), FAST)
    assert result.status == 200
    assert result.attempts == 2
    assert page_server.hits["flaky:429:once"] == 2


def test_503_recovers_within_the_retries(page_server: PageServer) -> None:
    result = fetch(page_server.url("/flaky/503?key=twice&fails=2"), FAST)
    assert result.status == 200 and result.attempts == 3


def test_retry_after_longer_than_the_deadline_gives_up(page_server: PageServer) -> None:
    options = FetchOptions(**{**FAST.__dict__, "deadline": 1.0, "max_backoff": 30})
    message = fails(page_server.url("/flaky/429?key=later&retry_after=20"), options)
    assert "HTTP 429 Too Many Requests; no time left to retry" in message


def test_dropped_connection_is_retried_then_reported(page_server: PageServer) -> None:
    message = fails(page_server.url("/drop?key=d1"))
    assert "closed the connection" in message and "after 3 attempts" in message
    assert page_server.hits["drop:d1"] == 3


def test_conditional_requests_give_not_modified(page_server: PageServer) -> None:
    url = page_server.url("/cached")
    first = fetch(url, FAST)
    assert first.etag == CACHED_ETAG and first.last_modified == LAST_MODIFIED
    by_etag = fetch(url, FAST, etag=first.etag)
    assert by_etag.not_modified and by_etag.status == 304 and by_etag.body == b""
    by_date = fetch(url, FAST, last_modified=first.last_modified)
    assert by_date.not_modified
    assert page_server.seen_headers["/cached"]["if-modified-since"] == LAST_MODIFIED


def test_changed_page_is_fetched_again(page_server: PageServer) -> None:
    url = page_server.url("/changing?key=refetch")
    first = fetch(url, FAST)
    second = fetch(url, FAST, etag=first.etag)
    assert not second.not_modified
    assert second.etag != first.etag
    assert b"June 1" in first.body and b"July 1" in second.body
    third = fetch(url, FAST, etag=second.etag)
    assert third.not_modified


def test_client_can_be_reused(page_server: PageServer) -> None:
    with httpx.Client() as client:
        results = [fetch(page_server.url(f"/generated/{n}"), FAST, client=client) for n in (1, 2)]
    assert [r.status for r in results] == [200, 200]
    assert results[0].body != results[1].body


def test_fetch_many_keeps_order_and_returns_failures(page_server: PageServer) -> None:
    urls = [
        page_server.url("/story/battery-plant"),
        page_server.url("/status/404"),
        "file:///etc/passwd",
        page_server.url("/redirect/2"),
        page_server.alt_url("/syndicated/battery-plant"),
    ]
    seen: list[str] = []
    results = fetch_many(urls, FAST, concurrency=4, on_result=lambda url, _: seen.append(url))
    assert [type(r) for r in results] == [
        FetchResult,
        FetchFailed,
        FetchFailed,
        FetchResult,
        FetchResult,
    ]
    assert sorted(seen) == sorted(urls)
    assert "HTTP 404" in str(results[1])
    ok = results[3]
    assert isinstance(ok, FetchResult) and len(ok.redirects) == 2


def test_fetch_many_runs_concurrently(page_server: PageServer) -> None:
    page_server.max_in_flight = 0
    urls = [page_server.url(f"/slow?delay=0.4&n={n}") for n in range(6)]
    results = fetch_many(urls, FAST, concurrency=6)
    assert all(isinstance(r, FetchResult) for r in results)
    assert page_server.max_in_flight >= 3


def test_fetch_many_passes_validators(page_server: PageServer) -> None:
    url = page_server.url("/cached")
    (result,) = fetch_many([url], FAST, validators={url: (CACHED_ETAG, None)})
    assert isinstance(result, FetchResult) and result.not_modified


def test_fetch_async_shares_the_rules(page_server: PageServer) -> None:
    async def run() -> tuple[FetchResult, str]:
        async with httpx.AsyncClient() as client:
            ok = await fetch_async(client, page_server.url("/redirect/2"), FAST)
            try:
                await fetch_async(client, page_server.url("/loop/a"), FAST)
            except FetchFailed as exc:
                return ok, str(exc)
        raise AssertionError("the loop should have failed")

    ok, message = asyncio.run(run())
    assert len(ok.redirects) == 2
    assert "redirect loop" in message


def test_server_stops_cleanly_with_requests_in_progress() -> None:
    server = PageServer().start()
    options = FetchOptions(**{**FAST.__dict__, "retries": 0, "read_timeout": 5, "deadline": 5})
    outcome: list[object] = []

    def slow_fetch() -> None:
        try:
            outcome.append(fetch(server.url("/slow?delay=30"), options))
        except FetchFailed as exc:
            outcome.append(exc)

    worker = threading.Thread(target=slow_fetch)
    worker.start()
    while server.in_flight == 0 and worker.is_alive():
        threading.Event().wait(0.02)
    server.stop()
    worker.join(timeout=10)
    assert not worker.is_alive()
    assert outcome


@pytest.mark.parametrize("coding", ["gzip", "deflate", "deflate-raw"])
def test_a_compressed_body_cut_short_is_refused(page_server: PageServer, coding: str) -> None:
    # Content-Length matches the half that is sent: only the end of the stream tells.
    url = page_server.url(f"/cut/{coding}")
    message = fails(url)
    assert message.startswith(f"{url}: ")
    assert "ended before" in message and "cut short" in message


@pytest.mark.parametrize("coding", ["gzip", "deflate", "deflate-raw"])
@pytest.mark.parametrize("junk", ["%0A", "%1F", "<p>more</p>"])
def test_garbage_after_a_compressed_body_is_refused(
    page_server: PageServer, coding: str, junk: str
) -> None:
    # One stray byte (a newline, half a gzip magic number) used to pass unnoticed.
    message = fails(page_server.url(f"/trailing/{coding}?junk={junk}"))
    assert "after the end of the compressed" in message


def test_concatenated_gzip_members_are_still_one_body(page_server: PageServer) -> None:
    import gzip

    from factcheck.sources.fetch import _BodyReader

    reader = _BodyReader("gzip", 1 << 20)
    for part in (gzip.compress(b"first half, "), gzip.compress(b"second half")):
        reader.feed(part)
    assert reader.finish() == b"first half, second half"


# -- private addresses ------------------------------------------------------------------

GUARDED = FetchOptions(**{**FAST.__dict__, "allow_private": False})


def test_private_addresses_are_refused_unless_allowed(page_server: PageServer) -> None:
    url = page_server.url("/story/battery-plant")
    message = fails(url, GUARDED)
    assert message == (
        f"{url}: 127.0.0.1 is a private or local address; this desk does not fetch those "
        "([fetch] allow_private)"
    )
    assert fetch(url, FAST).status == 200


@pytest.mark.parametrize(
    "host", ["2130706433", "0x7f000001", "127.1", "localhost", "[::1]", "[::ffff:127.0.0.1]"]
)
def test_every_spelling_of_loopback_is_refused_after_resolving(
    page_server: PageServer, host: str
) -> None:
    port = page_server.base_url.rsplit(":", 1)[1]
    message = fails(f"http://{host}:{port}/story/battery-plant", GUARDED)
    assert "is a private or local address" in message


@pytest.mark.parametrize("address", ["10.1.2.3", "192.168.0.1", "169.254.169.254", "[fe80::1]"])
def test_private_and_link_local_networks_are_refused_without_connecting(address: str) -> None:
    assert "is a private or local address" in fails(f"http://{address}/latest/meta-data/", GUARDED)


def test_each_redirect_hop_is_checked(page_server: PageServer) -> None:
    # The first host is trusted by name (a desk's intranet); its redirect to another local
    # address is not.
    trusted = FetchOptions(**{**GUARDED.__dict__, "allow_hosts": frozenset({"127.0.0.1"})})
    assert fetch(page_server.url("/story/battery-plant"), trusted).status == 200
    message = fails(page_server.url("/redirect-to/alt"), trusted)
    assert f"(via {page_server.alt_url('/syndicated/battery-plant')})" in message
    assert "is a private or local address" in message


class RebindingDNS:
    """A resolver that answers a public address the first time it is asked about its host
    and the page server's loopback address ever after: what a DNS-rebinding attacker's
    name server does, so the check made before connecting passes and the connection lands
    inside."""

    HOST = "rebind.example"

    def __init__(self) -> None:
        self.asked = 0
        self._real = socket.getaddrinfo

    def __call__(self, host, port, *args, **kwargs):  # noqa: ANN001, ANN204 - socket's own signature
        name = host.decode("ascii") if isinstance(host, bytes) else host  # anyio asks in bytes
        if name != self.HOST:
            return self._real(host, port, *args, **kwargs)
        self.asked += 1
        address = "93.184.216.34" if self.asked == 1 else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, int(port)))]


@pytest.fixture
def rebinding_dns(monkeypatch: pytest.MonkeyPatch) -> RebindingDNS:
    dns = RebindingDNS()
    monkeypatch.setattr(socket, "getaddrinfo", dns)
    return dns


def test_a_host_that_resolves_inside_only_when_connecting_is_refused(
    page_server: PageServer, rebinding_dns: RebindingDNS
) -> None:
    port = page_server.base_url.rsplit(":", 1)[1]
    url = f"http://{RebindingDNS.HOST}:{port}/story/battery-plant"
    message = fails(url, GUARDED)
    assert rebinding_dns.asked >= 2, "the connection resolved the host again"
    assert f"{RebindingDNS.HOST} is 127.0.0.1, which is a private or local address" in message


def test_a_batch_refuses_a_rebinding_host_too(
    page_server: PageServer, rebinding_dns: RebindingDNS
) -> None:
    port = page_server.base_url.rsplit(":", 1)[1]
    outcomes = fetch_many([f"http://{RebindingDNS.HOST}:{port}/story/battery-plant"], GUARDED)
    assert rebinding_dns.asked >= 2
    assert isinstance(outcomes[0], FetchFailed)
    assert "is 127.0.0.1, which is a private or local address" in str(outcomes[0])


def test_batches_refuse_private_addresses_in_place(page_server: PageServer) -> None:
    outcomes = fetch_many([page_server.url("/story/battery-plant")], GUARDED)
    assert isinstance(outcomes[0], FetchFailed)
    assert "private or local address" in str(outcomes[0])

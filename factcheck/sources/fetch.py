"""Fetching pages over HTTP: the one module of `sources` that touches the network.

Redirects are followed by hand so a chain can be recorded, capped and checked for loops and
for refused schemes; bodies are decompressed here (not by httpx) so the size cap counts the
bytes that end up in memory, which is what stops a gzip bomb.  The retry, redirect and
error rules live in `_Plan`, shared by the sync and async drivers below it.
"""

from __future__ import annotations

import asyncio
import email.utils
import errno
import functools
import ipaddress
import queue
import random
import socket
import ssl
import threading
import time
import urllib.request
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus

import httpx

from factcheck import __version__
from factcheck.errors import BadInput, FetchFailed
from factcheck.limits import FETCHED_BODY_BYTES
from factcheck.sources.content_type import parse_content_type
from factcheck.sources.urls import check_url, mask_credentials

USER_AGENT = f"factcheck/{__version__} (fact-checking workbench; python-httpx/{httpx.__version__})"
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
GZIP_MAGIC = b"\x1f\x8b"

OnResult = Callable[[str, "FetchResult | FetchFailed"], None]


@dataclass(frozen=True)
class FetchOptions:
    """Limits of one fetch; the defaults suit a checker waiting for a page, tests shrink them."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0
    """Seconds for the whole fetch: every attempt, redirect, back-off wait and body read."""
    max_redirects: int = 10
    max_bytes: int = FETCHED_BODY_BYTES
    """Cap on the decompressed body, so a small gzip bomb cannot fill memory."""
    retries: int = 2
    """Extra attempts after a connection error, a timeout, a 429 or a 5xx."""
    backoff: float = 0.5
    """First back-off wait in seconds; doubled on each further attempt (with some jitter)."""
    max_backoff: float = 10.0
    """Longest wait between attempts, including one asked for by a Retry-After header."""
    user_agent: str = USER_AGENT
    trust_env: bool = True
    """Honour HTTP(S)_PROXY and friends from the environment, as a newsroom network may need."""
    verify_tls: bool = True
    allow_private: bool = False
    """Fetch loopback, private, link-local and other non-public addresses.  Off by default:
    a page (or its redirect) could otherwise make factcheck read an internal service and
    archive it.  The service layer sets it from the desk's ``[fetch] allow_private``."""
    allow_hosts: frozenset[str] = frozenset()
    """Host names fetched even when they resolve to a private address (a desk's intranet)."""


@dataclass
class FetchResult:
    """What a fetch brought back, with what the archive needs to prove it later."""

    requested_url: str
    final_url: str
    redirects: list[str]
    """Every URL that answered with a redirect, in order; empty when none did."""
    status: int
    content_type: str
    """The media type without parameters, lower case ("" when the server sent none)."""
    charset: str | None
    body: bytes
    etag: str | None
    last_modified: str | None
    fetched_at: datetime
    not_modified: bool = False
    attempts: int = 1
    headers: dict[str, str] = field(default_factory=dict, repr=False)
    sent: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    """The request headers sent for the final hop, in order, credentials left out."""
    received: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    """The response headers as received, in order and repeated as sent, cookies left out."""


# Never kept: a login (from a URL's user:password@, or a proxy's) and cookies, which are
# session keys; the archive keeps what the page was, not how to sign in as the checker.
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


def kept_headers(headers: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """HTTP headers as the archive keeps them: in order, repeats kept, secrets left out."""
    return tuple((k, v) for k, v in headers if k.lower() not in _SECRET_HEADERS)


def _as_written(headers: httpx.Headers) -> Iterator[tuple[str, str]]:
    """The headers with their names as written on the wire (httpx lower-cases the rest)."""
    return ((k.decode("latin-1"), v.decode("latin-1")) for k, v in headers.raw)


@dataclass
class _Step:
    """The plan's answer to a response or an error: what the driver does next."""

    kind: str  # "read" | "not_modified" | "redirect" | "retry"
    wait: float = 0.0


class _Plan:
    """The rules of one fetch (redirects, retries, deadline, errors), free of any I/O."""

    def __init__(
        self,
        url: str,
        options: FetchOptions,
        etag: str | None,
        last_modified: str | None,
    ) -> None:
        try:
            self.requested_url = check_url(url)
        except BadInput as exc:
            raise FetchFailed(exc.reason, subject=exc.subject, url=url) from None
        self.options = options
        self.url = self.requested_url
        self.redirects: list[str] = []
        self.attempt = 0
        self.retries_used = 0
        self.started = time.monotonic()
        self.headers = {
            "User-Agent": options.user_agent,
            "Accept": ACCEPT,
            "Accept-Encoding": "gzip, deflate",
        }
        if etag:
            self.headers["If-None-Match"] = etag
        if last_modified:
            self.headers["If-Modified-Since"] = last_modified
        self.read_limit = options.read_timeout

    def fail(self, reason: str) -> FetchFailed:
        where = self.requested_url
        if self.url != self.requested_url:
            where = f"{where} (via {self.url})"
        return FetchFailed(
            mask_credentials(reason),
            subject=mask_credentials(where),
            url=mask_credentials(self.requested_url),
        )

    def host_to_check(self) -> tuple[str, int] | None:
        """The host and port of the next request, when private addresses must be refused."""
        if self.options.allow_private:
            return None
        url = httpx.URL(self.url)
        if url.host.lower() in self.options.allow_hosts:
            return None
        return url.host, url.port or (443 if url.scheme == "https" else 80)

    def refuse_private(self, host: str, addresses: Iterable[str]) -> None:
        """Refuse the hop when any address the host has is not a public one."""
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
            if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
                ip = ip.ipv4_mapped
            if not ip.is_global or ip.is_multicast:
                shown = host if host == str(ip) else f"{host} is {ip}, which"
                raise self.fail(
                    f"{shown} is a private or local address; this desk does not fetch those "
                    "([fetch] allow_private)"
                )

    def check_peer(self, response: httpx.Response) -> None:
        """After connecting: the address actually reached, in case DNS answered differently
        the second time (rebinding).  Through a proxy, the peer is the proxy: not checked."""
        target = self.host_to_check()
        if target is None or _proxied(self.url, self.options.trust_env):
            return
        stream = response.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if peer:
            self.refuse_private(target[0], [str(peer[0])])

    def remaining(self) -> float:
        return self.options.deadline - (time.monotonic() - self.started)

    def check_deadline(self) -> None:
        if self.remaining() <= 0:
            raise self.fail(f"gave up after the {self.options.deadline:g} s deadline")

    def timeout(self) -> httpx.Timeout:
        self.check_deadline()
        left = self.remaining()
        self.read_limit = min(self.options.read_timeout, left)
        return httpx.Timeout(
            connect=min(self.options.connect_timeout, left),
            read=min(self.options.read_timeout, left),
            write=min(self.options.read_timeout, left),
            pool=min(self.options.connect_timeout, left),
        )

    def on_response(self, status: int, headers: httpx.Headers) -> _Step:
        self.attempt += 1
        if status == 304:
            return _Step("not_modified")
        if 200 <= status < 300:
            length = headers.get("content-length", "")
            if length.isdigit() and int(length) > self.options.max_bytes:
                raise self.fail(
                    f"body of {_size(int(length))} is over the {_size(self.options.max_bytes)} cap"
                )
            return _Step("read")
        if status in REDIRECT_STATUSES:
            self._follow(headers.get("location"), status)
            return _Step("redirect")
        reason = f"HTTP {status} {_phrase(status)}".rstrip()
        if status in RETRY_STATUSES:
            return self._retry_or_fail(reason, _retry_after(headers.get("retry-after")))
        if 300 <= status < 400:
            reason = f"{reason} without a usable Location"
        raise self.fail(reason)

    def on_error(self, exc: httpx.TransportError) -> _Step:
        self.attempt += 1
        reason, transient = _describe_transport_error(exc, self)
        if not transient:
            raise self.fail(reason) from None
        return self._retry_or_fail(reason, None)

    def result(self, response: httpx.Response, body: bytes, not_modified: bool) -> FetchResult:
        content_type, charset = parse_content_type(response.headers.get("content-type", ""))
        return FetchResult(
            requested_url=self.requested_url,
            final_url=self.url,
            redirects=list(self.redirects),
            status=response.status_code,
            content_type=content_type,
            charset=charset,
            body=body,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            fetched_at=datetime.now(UTC),
            not_modified=not_modified,
            attempts=self.attempt,
            headers=dict(response.headers),
            sent=kept_headers(_as_written(response.request.headers)),
            received=kept_headers(_as_written(response.headers)),
        )

    def body_reader(self, headers: httpx.Headers) -> _BodyReader:
        try:
            return _BodyReader(headers.get("content-encoding", ""), self.options.max_bytes)
        except ValueError as exc:
            raise self.fail(str(exc)) from None

    def body_error(self, exc: ValueError) -> FetchFailed:
        return self.fail(str(exc))

    def _follow(self, location: str | None, status: int) -> None:
        if not location:
            raise self.fail(f"HTTP {status} redirect without a Location header")
        try:
            target = str(httpx.URL(self.url).join(location.strip()))
        except (httpx.InvalidURL, ValueError):
            raise self.fail(f"redirect to a malformed URL {location!r}") from None
        try:
            target = check_url(target)
        except BadInput:
            raise self.fail(
                f"redirected to {_clip(target)}, refused: only http and https URLs are fetched"
            ) from None
        self.redirects.append(self.url)
        hops = len(self.redirects)
        if target in self.redirects:
            raise self.fail(f"redirect loop after {hops} hop{'s' if hops > 1 else ''}")
        if hops > self.options.max_redirects:
            raise self.fail(f"too many redirects (more than {self.options.max_redirects})")
        self.url = target

    def _retry_or_fail(self, reason: str, asked_wait: float | None) -> _Step:
        attempts = self.retries_used + 1
        if self.retries_used >= self.options.retries:
            suffix = f" after {attempts} attempts" if attempts > 1 else ""
            raise self.fail(f"{reason}{suffix}")
        wait = self.options.backoff * (2**self.retries_used) * random.uniform(0.75, 1.0)
        if asked_wait is not None:
            wait = max(wait, asked_wait)
        wait = min(wait, self.options.max_backoff)
        if wait >= self.remaining():
            raise self.fail(f"{reason}; no time left to retry within the deadline")
        self.retries_used += 1
        return _Step("retry", wait)


class _BodyReader:
    """Decodes Content-Encoding itself, so the cap applies to what is produced, not received.

    `zlib`'s max_length bounds each inflate call to the room left under the cap: a bomb is
    stopped after at most cap + 1 bytes of output, however small it is on the wire.  A
    compressed body must also end where its stream ends: one cut short (with a Content-Length
    that matches the cut, so HTTP cannot tell) or followed by stray bytes is refused, since
    archiving half a page as the whole of it is worse than archiving nothing.
    """

    def __init__(self, encoding: str, limit: int) -> None:
        codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1:
            raise ValueError(f"unsupported stacked content-encoding {encoding!r}")
        self.coding = codings[0] if codings else ""
        if self.coding not in ("", "gzip", "x-gzip", "deflate"):
            raise ValueError(f"unsupported content-encoding {self.coding!r}")
        self.limit = limit
        self.size = 0
        self.parts: list[bytes] = []
        self.received = 0
        self._inflater: zlib._Decompress | None = None
        self._deflate_probe = b""
        self._after_end = b""
        """Bytes past the end of a gzip member too short to tell whether another one starts."""

    def feed(self, chunk: bytes) -> None:
        self.received += len(chunk)
        if not self.coding:
            self._keep(chunk)
        elif self.coding == "deflate" and self._inflater is None:
            self._start_deflate(chunk)
        else:
            if self._inflater is None:
                self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
            self._inflate(chunk)

    def finish(self) -> bytes:
        if self.coding == "deflate" and self._inflater is None and self._deflate_probe:
            self._start_deflate(b"", final=True)
        if self._after_end:
            raise self._trailing()
        if self._inflater is not None:
            try:
                self._keep(self._inflater.flush())
            except zlib.error as exc:
                raise ValueError(f"corrupt {self.coding} body ({exc})") from None
            if not self._inflater.eof:
                raise ValueError(
                    f"{self.coding} body cut short: the connection ended before the end of "
                    f"the compressed stream, after {_size(self.received)}"
                )
        return b"".join(self.parts)

    def _start_deflate(self, chunk: bytes, final: bool = False) -> None:
        # "deflate" is zlib-wrapped by the standard and raw by some servers: probe the start.
        self._deflate_probe += chunk
        if len(self._deflate_probe) < 2 and not final:
            return
        data, self._deflate_probe = self._deflate_probe, b""
        for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):
            probe = zlib.decompressobj(wbits)
            try:
                probe.decompress(data[:64], 1)
            except zlib.error:
                continue
            self._inflater = zlib.decompressobj(wbits)
            self._inflate(data)
            return
        raise ValueError("corrupt deflate body")

    def _inflate(self, data: bytes) -> None:
        assert self._inflater is not None
        try:
            while data:
                if self._inflater.eof:
                    data = self._next_member(data)
                    if not data:
                        return
                inflater = self._inflater
                self._keep(inflater.decompress(data, self.limit - self.size + 1))
                data = inflater.unconsumed_tail or (inflater.unused_data if inflater.eof else b"")
        except zlib.error as exc:
            raise ValueError(f"corrupt {self.coding} body ({exc})") from None

    def _next_member(self, data: bytes) -> bytes:
        """What follows the end of a stream: another gzip member (RFC 1952 2.2), else refused."""
        data, self._after_end = self._after_end + data, b""
        if self.coding == "deflate":
            raise self._trailing()
        if len(data) < len(GZIP_MAGIC) and GZIP_MAGIC.startswith(data):
            self._after_end = data
            return b""
        if not data.startswith(GZIP_MAGIC):
            raise self._trailing()
        self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        return data

    def _trailing(self) -> ValueError:
        return ValueError(f"stray bytes after the end of the compressed {self.coding} body")

    def _keep(self, data: bytes) -> None:
        if not data:
            return
        self.size += len(data)
        if self.size > self.limit:
            packed = f", {_size(self.received)} on the wire" if self.coding else ""
            raise ValueError(f"body is over the {_size(self.limit)} cap{packed}")
        self.parts.append(data)


def decompress_body(
    encoding: str, chunks: Iterable[bytes], limit: int = FETCHED_BODY_BYTES
) -> bytes:
    """A body as received with its Content-Encoding (gzip, deflate or none), decoded.

    The fetcher's own rules, for a body that did not come over the network (a WARC record):
    the cap counts decoded bytes, and a compressed stream cut short or followed by stray
    bytes raises ValueError with the one-line reason, as a fetched page would be refused.
    """
    reader = _BodyReader(encoding, limit)
    for chunk in chunks:
        reader.feed(chunk)
    return reader.finish()


def fetch(
    url: str,
    options: FetchOptions | None = None,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    client: httpx.Client | None = None,
) -> FetchResult:
    """Fetch one URL, blocking; for scripts, the CLI and UI worker threads.

    Pass the etag/last_modified of an earlier FetchResult to re-fetch cheaply: an unchanged
    page comes back with not_modified=True and an empty body.  A client may be passed to
    reuse its connections across calls.
    """
    options = options or FetchOptions()
    plan = _Plan(url, options, etag, last_modified)
    if client is None:
        with _new_client(options) as own:
            return _drive_sync(own, plan)
    return _drive_sync(client, plan)


async def fetch_async(
    client: httpx.AsyncClient,
    url: str,
    options: FetchOptions | None = None,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchResult:
    """The same fetch on an event loop, for batches and async callers (same rules, same errors)."""
    plan = _Plan(url, options or FetchOptions(), etag, last_modified)
    return await _drive_async(client, plan)


def fetch_many(
    urls: Iterable[str],
    options: FetchOptions | None = None,
    concurrency: int = 16,
    on_result: OnResult | None = None,
    *,
    validators: Mapping[str, tuple[str | None, str | None]] | None = None,
) -> list[FetchResult | FetchFailed]:
    """Fetch many URLs concurrently; results come back in the order of `urls`.

    A failure is returned in place, not raised, so one dead link does not cost the batch.
    `on_result(url, outcome)` is called as each finishes (on the event loop: keep it quick).
    `validators` maps a URL to its (etag, last_modified) for conditional re-fetches.
    Must not be called from a running event loop; use `fetch_many_async` there.
    """
    return asyncio.run(
        fetch_many_async(list(urls), options, concurrency, on_result, validators=validators)
    )


async def fetch_many_async(
    urls: Sequence[str],
    options: FetchOptions | None = None,
    concurrency: int = 16,
    on_result: OnResult | None = None,
    *,
    validators: Mapping[str, tuple[str | None, str | None]] | None = None,
) -> list[FetchResult | FetchFailed]:
    """`fetch_many` for callers already on an event loop."""
    if concurrency < 1:
        raise BadInput(f"concurrency must be at least 1, not {concurrency}")
    options = options or FetchOptions()
    validators = validators or {}
    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async with _new_async_client(options, limits) as client:

        async def one(url: str) -> FetchResult | FetchFailed:
            etag, last_modified = validators.get(url, (None, None))
            async with gate:
                try:
                    outcome: FetchResult | FetchFailed = await fetch_async(
                        client, url, options, etag=etag, last_modified=last_modified
                    )
                except FetchFailed as exc:
                    outcome = exc
            if on_result is not None:
                on_result(url, outcome)
            return outcome

        return list(await asyncio.gather(*(one(url) for url in urls)))


def fetch_as_they_come(
    urls: Sequence[str],
    options: FetchOptions | None = None,
    concurrency: int = 16,
    *,
    validators: Mapping[str, tuple[str | None, str | None]] | None = None,
) -> Iterator[tuple[str, FetchResult | FetchFailed]]:
    """Fetch many URLs concurrently and yield each (url, outcome) as soon as it arrives.

    For a batch that stores each page on arrival: one slow URL no longer holds back the rest,
    and a crash loses only what had not arrived.  Memory is bounded by `concurrency`, not by
    the batch: a fetch that has finished keeps its slot until the caller has taken its
    outcome, so at most `concurrency` bodies are held at once, however many URLs there are.
    The event loop runs in a thread of its own; closing the generator early stops it.
    """
    if concurrency < 1:
        raise BadInput(f"concurrency must be at least 1, not {concurrency}")
    handoff: queue.Queue = queue.Queue(maxsize=1)
    stop = threading.Event()
    done = object()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                handoff.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    async def run() -> None:
        options_ = options or FetchOptions()
        known = validators or {}
        gate = asyncio.Semaphore(concurrency)
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        loop = asyncio.get_running_loop()
        async with _new_async_client(options_, limits) as client:

            async def one(url: str) -> None:
                async with gate:
                    if stop.is_set():
                        return
                    etag, last_modified = known.get(url, (None, None))
                    try:
                        outcome: FetchResult | FetchFailed = await fetch_async(
                            client, url, options_, etag=etag, last_modified=last_modified
                        )
                    except FetchFailed as exc:
                        outcome = exc
                    # Handed over while the slot is held: the caller's pace bounds memory.
                    await loop.run_in_executor(None, put, (url, outcome))

            await asyncio.gather(*(one(url) for url in urls))

    def driver() -> None:
        try:
            asyncio.run(run())
        except BaseException as exc:  # noqa: BLE001 - handed to the caller to raise
            put(exc)
        finally:
            put(done)

    thread = threading.Thread(target=driver, name="fetch-batch", daemon=True)
    thread.start()
    try:
        while True:
            item = handoff.get()
            if item is done:
                break
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        thread.join(timeout=5)


def _drive_sync(client: httpx.Client, plan: _Plan) -> FetchResult:
    while True:
        target = plan.host_to_check()
        if target is not None:
            plan.refuse_private(target[0], _addresses(*target))
        try:
            with client.stream(
                "GET", plan.url, headers=plan.headers, timeout=plan.timeout()
            ) as response:
                plan.check_peer(response)
                step = plan.on_response(response.status_code, response.headers)
                if step.kind == "not_modified":
                    return plan.result(response, b"", not_modified=True)
                if step.kind == "read":
                    reader = plan.body_reader(response.headers)
                    try:
                        for chunk in response.iter_raw():
                            reader.feed(chunk)
                            plan.check_deadline()
                        body = reader.finish()
                    except ValueError as exc:
                        raise plan.body_error(exc) from None
                    return plan.result(response, body, not_modified=False)
        except httpx.TransportError as exc:
            step = plan.on_error(exc)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise plan.fail(f"request failed ({type(exc).__name__}: {exc})") from None
        if step.wait:
            time.sleep(step.wait)


async def _drive_async(client: httpx.AsyncClient, plan: _Plan) -> FetchResult:
    while True:
        target = plan.host_to_check()
        if target is not None:
            plan.refuse_private(target[0], await _addresses_async(*target))
        try:
            async with client.stream(
                "GET", plan.url, headers=plan.headers, timeout=plan.timeout()
            ) as response:
                plan.check_peer(response)
                step = plan.on_response(response.status_code, response.headers)
                if step.kind == "not_modified":
                    return plan.result(response, b"", not_modified=True)
                if step.kind == "read":
                    reader = plan.body_reader(response.headers)
                    try:
                        async for chunk in response.aiter_raw():
                            reader.feed(chunk)
                            plan.check_deadline()
                        body = reader.finish()
                    except ValueError as exc:
                        raise plan.body_error(exc) from None
                    return plan.result(response, body, not_modified=False)
        except httpx.TransportError as exc:
            step = plan.on_error(exc)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise plan.fail(f"request failed ({type(exc).__name__}: {exc})") from None
        if step.wait:
            await asyncio.sleep(step.wait)


def _addresses(host: str, port: int) -> list[str]:
    """Every address the host resolves to (an IP literal in any spelling, 2130706433 or
    0x7f000001 or 127.1, resolves to itself); none when DNS fails, which httpx reports."""
    try:
        return [info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]
    except (socket.gaierror, UnicodeError):
        return []


async def _addresses_async(host: str, port: int) -> list[str]:
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return []
    return [info[4][0] for info in infos]


def _proxied(url: str, trust_env: bool) -> bool:
    if not trust_env:
        return False
    parts = httpx.URL(url)
    return bool(urllib.request.getproxies().get(parts.scheme)) and not (
        urllib.request.proxy_bypass(parts.host)
    )


def _new_client(options: FetchOptions) -> httpx.Client:
    return httpx.Client(
        follow_redirects=False, trust_env=options.trust_env, verify=_verify(options)
    )


def _new_async_client(options: FetchOptions, limits: httpx.Limits) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        follow_redirects=False, trust_env=options.trust_env, verify=_verify(options), limits=limits
    )


def _verify(options: FetchOptions) -> ssl.SSLContext | bool:
    return _tls_context(options.trust_env) if options.verify_tls else False


@functools.cache
def _tls_context(trust_env: bool) -> ssl.SSLContext:
    """Built once: loading the CA bundle costs tens of ms, more than fetching a local page.

    httpx's own builder, so SSL_CERT_FILE / SSL_CERT_DIR are honoured as httpx would.
    """
    return httpx.create_ssl_context(trust_env=trust_env)


def _describe_transport_error(exc: httpx.TransportError, plan: _Plan) -> tuple[str, bool]:
    """A one-line reason for a network error, and whether trying again could help."""
    host = httpx.URL(plan.url).host
    causes = _causes(exc)
    if isinstance(exc, httpx.ConnectTimeout):
        return f"connection to {host} timed out", True
    if isinstance(exc, httpx.TimeoutException):
        return f"no response from {host} within {plan.read_limit:.3g} s", True
    for cause in causes:
        if isinstance(cause, socket.gaierror):
            transient = cause.errno == socket.EAI_AGAIN
            return f"DNS lookup failed for {host}", transient
        if isinstance(cause, ConnectionRefusedError):
            return f"connection refused by {host}", True
        if isinstance(cause, ssl.SSLError):
            return f"TLS error with {host}: {cause.reason or cause}", False
    text = " ".join(str(c) for c in causes).lower()
    if any(
        marker in text
        for marker in (
            "name or service not known",
            "nodename nor servname",
            "getaddrinfo",
            "name resolution",
            "no address associated",
        )
    ):
        return f"DNS lookup failed for {host}", "temporary failure" in text
    if "connection refused" in text or f"[errno {errno.ECONNREFUSED}]" in text:
        return f"connection refused by {host}", True
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"{host} closed the connection without a complete response", True
    if isinstance(exc, httpx.ConnectError):
        return f"could not connect to {host} ({exc or type(exc).__name__})", True
    return f"network error with {host} ({type(exc).__name__}: {exc})", True


def _causes(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _clip(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _size(count: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if count >= scale:
            value = count / scale
            return f"{value:.1f} {unit}".replace(".0 ", " ")
    return f"{count} bytes"

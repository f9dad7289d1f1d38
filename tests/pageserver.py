"""A real HTTP server on loopback that plays the web for the sources tests and benches.

It serves fixtures/pages/ and routes that misbehave the way real sites do.  Run it by hand
with `python tests/pageserver.py` to poke at the routes with curl.

Routes (GET):
  /pages/<file>                      any fixture file, typed by extension
  /story/battery-plant               the story; also with a trailing slash, /amp, /amp/… and
                                     any query (tracking parameters are ignored)
  /syndicated/battery-plant          the syndicated copy (also on the 127.0.0.2 server)
  /story/water-use                   another story on the same topic
  /transcript                        council-transcript.txt as text/plain
  /redirect/<n>                      n mixed 301/302/303/307/308 hops, then the story
  /redirect-relative  /redirect-to/alt  /redirect-to/file  /redirect-no-location
  /loop/a (→b→c→a)  /loop/self       redirect loops
  /slow?delay=S                      answers after S seconds (server stop cuts it short)
  /slow-body?interval=S              headers at once, then one byte every S seconds
  /big?size=N  /big-chunked?size=N   N bytes, with and without Content-Length
  /endless                           a body that never ends
  /gzip-bomb                         64 MB of zeros in ~64 KB of gzip
  /gzip-page  /deflate-page  /deflate-raw-page   the story, compressed
  /cut/<coding>  /trailing/<coding>?junk=J   the story compressed (gzip, deflate,
                                     deflate-raw) but cut in half, or followed by J (a line of
                                     HTML by default); Content-Length matches what is sent
  /charset/cp1252-as-utf8  /charset/utf8-as-latin1  /charset/undeclared
  /pdf  /pdf-as-html  /binary  /binary-as-html  /image  /no-content-type  /empty
  /malformed  /no-article  /xhtml
  /status/<code>                     that status
  /flaky/<code>?key=K&fails=N&retry_after=S   N times <code>, then the story
  /drop?key=K                        closes the connection without answering
  /cached                            ETag + Last-Modified, 304 on a match
  /changing?key=K                    version 1 the first time per key, then version 2
  /generated/<n>?delay=S             made-up news page n (every 25th a syndicated copy)
  /echo                              the request headers, as text
  any path given to serve()          the bytes a test made (a PDF it wrote), with its type
"""

from __future__ import annotations

import gzip
import http.server
import random
import socket
import struct
import sys
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
ALT_HOST = "127.0.0.2"
LAST_MODIFIED = formatdate(1709560800, usegmt=True)  # 2024-03-04 14:00 GMT
CACHED_ETAG = '"library-v1"'
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xhtml": "application/xhtml+xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".pdf": "application/pdf",
}
STORY_PATHS = (
    "/story/battery-plant",
    "/story/battery-plant/",
    "/story/battery-plant/amp",
    "/amp/story/battery-plant",
)


class PageServer:
    """Two listening sockets (127.0.0.1 and, where the OS allows, 127.0.0.2) on free ports.

    The second host name stands for "another site": syndicated copies and cross-host
    redirects are served there.  Counters keyed by path+key let tests see retries happen.
    """

    def __init__(self, pages: Path = PAGES) -> None:
        self.pages = pages
        self.hits: Counter[str] = Counter()
        self.seen_headers: dict[str, dict[str, str]] = {}
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []
        self._bomb: bytes | None = None
        self.in_flight = 0
        self.max_in_flight = 0
        self.bomb_size = 64 << 20
        self.served: dict[str, tuple[bytes, str]] = {}

    # -- life cycle -----------------------------------------------------------------------

    def start(self) -> PageServer:
        self._bomb = _gzip_zeros(self.bomb_size)
        self._servers.append(_Server(("127.0.0.1", 0), self))
        try:
            self._servers.append(_Server((ALT_HOST, 0), self))
        except OSError:  # not every OS routes all of 127/8 to loopback (macOS does not)
            self._servers.append(_Server(("127.0.0.1", 0), self))
        for server in self._servers:
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1})
            thread.daemon = True
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        self.stopping.set()
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> PageServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- addresses ------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        host, port = self._servers[0].server_address[:2]
        return f"http://{host}:{port}"

    @property
    def alt_base_url(self) -> str:
        host, port = self._servers[1].server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def alt_url(self, path: str) -> str:
        return self.alt_base_url + path

    def serve(self, path: str, body: bytes, content_type: str) -> str:
        """Serve `body` at `path` from now on (a file a test wrote); returns its URL."""
        self.served[path] = (body, content_type)
        return self.url(path)

    def count(self, key: str) -> int:
        """Increment and return how often `key` was asked for (thread-safe)."""
        with self._lock:
            self.hits[key] += 1
            return self.hits[key]

    def page(self, name: str) -> bytes:
        return (self.pages / name).read_bytes()

    @property
    def bomb(self) -> bytes:
        assert self._bomb is not None
        return self._bomb


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], app: PageServer) -> None:
        self.app = app
        super().__init__(address, _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients hanging up on purpose (caps, timeouts) is the point of many routes."""
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError | TimeoutError):
            super().handle_error(request, client_address)


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle on, a kept-alive connection
    # waits for the client's delayed ACK (40 ms) before sending the body.
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Silent: the tests assert on behaviour, and pytest output stays readable."""

    def do_GET(self) -> None:  # noqa: N802
        parts = urlsplit(self.path)
        self.route = parts.path
        self.query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        app = self.server.app
        app.seen_headers[self.route] = {k.lower(): v for k, v in self.headers.items()}
        try:
            handler = self._find_route(parts.path)
            if handler is None:
                self._send(404, b"<html><body><h1>Not found</h1></body></html>")
            else:
                handler()
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True
        except ValueError:  # a malformed number in a route such as /status/abc
            self._send(400, b"<html><body><h1>Bad request</h1></body></html>")

    # -- routing --------------------------------------------------------------------------

    def _find_route(self, path: str) -> Callable[[], None] | None:
        exact: dict[str, Callable[[], None]] = {
            "/syndicated/battery-plant": lambda: self._file("battery-plant-syndicated.html"),
            "/story/water-use": lambda: self._file("water-use.html"),
            "/transcript": lambda: self._file("council-transcript.txt"),
            "/malformed": lambda: self._file("malformed.html"),
            "/no-article": lambda: self._file("no-article.html"),
            "/xhtml": lambda: self._file("bridge.xhtml"),
            "/pdf": lambda: self._file("budget.pdf"),
            "/pdf-as-html": lambda: self._file("budget.pdf", "text/html; charset=utf-8"),
            "/binary": lambda: self._send(200, _garbage(4096), "application/octet-stream"),
            "/binary-as-html": lambda: self._send(200, _garbage(4096), "text/html"),
            "/image": lambda: self._send(200, _png(), "image/png"),
            "/no-content-type": lambda: self._file("battery-plant.html", ""),
            "/empty": lambda: self._send(200, b"", "text/html; charset=utf-8"),
            "/charset/cp1252-as-utf8": lambda: self._file(
                "charset-cp1252.html", "text/html; charset=utf-8"
            ),
            "/charset/utf8-as-latin1": lambda: self._file(
                "charset-utf8.html", "text/html; charset=iso-8859-1"
            ),
            "/charset/undeclared": lambda: self._file("charset-utf8.html", "text/html"),
            "/redirect-relative": lambda: self._redirect(302, "../story/battery-plant"),
            "/redirect-to/file": lambda: self._redirect(302, "file:///etc/passwd"),
            "/redirect-to/alt": lambda: self._redirect(
                301, self.server.app.alt_url("/syndicated/battery-plant")
            ),
            "/redirect-no-location": lambda: self._send(302, b"moved", "text/plain"),
            "/loop/a": lambda: self._redirect(302, "/loop/b"),
            "/loop/b": lambda: self._redirect(302, "/loop/c"),
            "/loop/c": lambda: self._redirect(302, "/loop/a"),
            "/loop/self": lambda: self._redirect(301, "/loop/self"),
            "/slow": self._slow,
            "/slow-body": self._slow_body,
            "/big": self._big,
            "/big-chunked": self._big_chunked,
            "/endless": self._endless,
            "/gzip-bomb": self._gzip_bomb,
            "/gzip-page": lambda: self._encoded("gzip"),
            "/deflate-page": lambda: self._encoded("deflate"),
            "/deflate-raw-page": lambda: self._encoded("deflate-raw"),
            "/cut/gzip": lambda: self._encoded("gzip", "cut"),
            "/cut/deflate": lambda: self._encoded("deflate", "cut"),
            "/cut/deflate-raw": lambda: self._encoded("deflate-raw", "cut"),
            "/trailing/gzip": lambda: self._encoded("gzip", "trailing"),
            "/trailing/deflate": lambda: self._encoded("deflate", "trailing"),
            "/trailing/deflate-raw": lambda: self._encoded("deflate-raw", "trailing"),
            "/cached": self._cached,
            "/changing": self._changing,
            "/echo": self._echo,
            "/drop": self._drop,
        }
        if path in exact:
            return exact[path]
        if path in self.server.app.served:
            body, content_type = self.server.app.served[path]

            def answer() -> None:
                self.server.app.count(f"served:{path}")
                self._send(200, body, content_type)

            return answer
        if path in STORY_PATHS:
            return lambda: self._file("battery-plant.html")
        if path.startswith("/pages/"):
            return lambda: self._file(path.removeprefix("/pages/"))
        if path.startswith("/redirect/"):
            return self._redirect_chain
        if path.startswith("/status/"):
            return self._status
        if path.startswith("/flaky/"):
            return self._flaky
        if path.startswith("/generated/"):
            return self._generated
        return None

    # -- plain answers --------------------------------------------------------------------

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _file(self, name: str, content_type: str | None = None) -> None:
        path = (self.server.app.pages / name).resolve()
        if self.server.app.pages.resolve() not in path.parents or not path.is_file():
            self._send(404, b"<html><body><h1>Not found</h1></body></html>")
            return
        if content_type is None:
            content_type = TYPES.get(path.suffix, "application/octet-stream")
        self._send(200, path.read_bytes(), content_type)

    def _redirect(self, status: int, location: str) -> None:
        self._send(status, b"", "text/html", {"Location": location})

    def _redirect_chain(self) -> None:
        """/redirect/N: N hops of mixed redirect codes ending at the battery-plant story."""
        hops = int(self.route.rsplit("/", 1)[-1] or 0)
        codes = (301, 302, 303, 307, 308)
        target = "/story/battery-plant" if hops <= 1 else f"/redirect/{hops - 1}"
        self._redirect(codes[hops % len(codes)], target)

    def _status(self) -> None:
        code = int(self.route.rsplit("/", 1)[-1])
        body = f"<html><body><h1>Error {code}</h1></body></html>".encode()
        self._send(code, body)

    def _flaky(self) -> None:
        """/flaky/CODE?key=K&fails=N: the first N requests per key get CODE, then the story."""
        code = int(self.route.rsplit("/", 1)[-1])
        fails = int(self.query.get("fails", "1"))
        seen = self.server.app.count(f"flaky:{code}:{self.query.get('key', '')}")
        if seen <= fails:
            headers = {"Retry-After": self.query.get("retry_after", "0")}
            body = f"<html><body>try later ({code})</body></html>".encode()
            self._send(code, body, headers=headers)
        else:
            self._file("battery-plant.html")

    def _echo(self) -> None:
        lines = [f"{key}: {value}" for key, value in self.headers.items()]
        self._send(200, "\n".join(lines).encode(), "text/plain; charset=utf-8")

    def _drop(self) -> None:
        """Close the connection without a word, as a crashed upstream does."""
        self.server.app.count("drop:" + self.query.get("key", ""))
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)

    # -- timing and size ------------------------------------------------------------------

    def _slow(self) -> None:
        """/slow?delay=S: the answer starts after S seconds (the server stop cuts it short).

        Counts requests waiting at once, so a test can see that fetches ran concurrently.
        """
        app = self.server.app
        with app._lock:
            app.in_flight += 1
            app.max_in_flight = max(app.max_in_flight, app.in_flight)
        try:
            app.stopping.wait(float(self.query.get("delay", "1.5")))
        finally:
            with app._lock:
                app.in_flight -= 1
        self._file("battery-plant.html")

    def _slow_body(self) -> None:
        """Headers at once, then a byte every `interval` seconds: no single read times out."""
        interval = float(self.query.get("interval", "0.2"))
        self._start_stream("text/html; charset=utf-8")
        self.wfile.write(b"<html><body><p>")
        for _ in range(200):
            if self.server.app.stopping.wait(interval):
                break
            self.wfile.write(b"x")
            self.wfile.flush()

    def _big(self) -> None:
        size = int(self.query.get("size", str(11 << 20)))
        self._send(200, _filler(size))

    def _big_chunked(self) -> None:
        """No Content-Length, so only counting the bytes as they come can stop it."""
        size = int(self.query.get("size", str(11 << 20)))
        self._start_stream("text/html; charset=utf-8")
        block = _filler(64 << 10)
        sent = 0
        while sent < size and not self.server.app.stopping.is_set():
            self.wfile.write(block)
            sent += len(block)

    def _endless(self) -> None:
        self._start_stream("text/html; charset=utf-8")
        block = _filler(16 << 10)
        while not self.server.app.stopping.is_set():
            self.wfile.write(block)

    def _start_stream(self, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    def _gzip_bomb(self) -> None:
        body = self.server.app.bomb
        headers = {"Content-Encoding": "gzip"}
        self._send(200, body, "text/html; charset=utf-8", headers)

    def _encoded(self, coding: str, damage: str = "") -> None:
        """The story compressed; `damage` "cut" sends half the stream, "trailing" adds junk.

        Content-Length always matches what is sent, so only the decoder can tell.
        """
        raw = self.server.app.page("battery-plant.html")
        if coding == "gzip":
            body = gzip.compress(raw)
        elif coding == "deflate":
            body = zlib.compress(raw)
        else:
            packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
            body, coding = packer.compress(raw) + packer.flush(), "deflate"
        if damage == "cut":
            body = body[: len(body) // 2]
        elif damage == "trailing":
            body += self.query.get("junk", "<p>not part of the stream</p>").encode()
        self._send(200, body, "text/html; charset=utf-8", {"Content-Encoding": coding})

    # -- revalidation and change ----------------------------------------------------------

    def _cached(self) -> None:
        """ETag and Last-Modified with 304s, for conditional re-fetches."""
        self.server.app.count("cached")
        headers = {"ETag": CACHED_ETAG, "Last-Modified": LAST_MODIFIED}
        if_none = self.headers.get("If-None-Match")
        if_since = self.headers.get("If-Modified-Since")
        fresh = False
        if if_none is not None:
            fresh = CACHED_ETAG in [tag.strip() for tag in if_none.split(",")] or if_none == "*"
        elif if_since:
            try:
                fresh = parsedate_to_datetime(if_since) >= parsedate_to_datetime(LAST_MODIFIED)
            except (TypeError, ValueError):
                fresh = False
        if fresh:
            self.send_response(304)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self._send(200, self.server.app.page("library-hours-v1.html"), headers=headers)

    def _changing(self) -> None:
        """/changing?key=K: version 1 the first time per key, the corrected version after."""
        seen = self.server.app.count("changing:" + self.query.get("key", ""))
        version = 1 if seen == 1 else 2
        etag = f'"library-v{version}"'
        if version == 2 and self.headers.get("If-None-Match") == etag:
            self._send(304, b"", headers={"ETag": etag})
            return
        body = self.server.app.page(f"library-hours-v{version}.html")
        self._send(200, body, headers={"ETag": etag})

    def _generated(self) -> None:
        """/generated/N?delay=S: a made-up news page, stable for N (for the fetch bench).

        The delay stands in for the time a remote site takes to answer.
        """
        self.server.app.stopping.wait(float(self.query.get("delay", "0")))
        number = int(self.route.rsplit("/", 1)[-1])
        title, paragraphs = synthetic_story(number)
        if number % 25 == 24:  # every 25th page is a syndicated copy of the one before
            title, paragraphs = near_copy(*synthetic_story(number - 1), seed=number)
        self._send(200, story_html(title, paragraphs, site=f"Example Gazette {number % 7}"))


# -- synthetic stories --------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


_NAMES = _words(
    "Alvarez Brennan Chen Dubois Eriksen Farouk Gallagher Haddad Ibarra Jensen Kowalski "
    "Lindqvist Moreau Nakamura Okonkwo Petrov Quinlan Rossi Sato Tanaka Umarov Vasquez Weber "
    "Xu Yilmaz Zamora"
)
_FIRST = _words("Ana Ben Carla David Elena Farid Grace Hugo Ines Jonas Kemi Liam Mira Noor Omar")
_PLACES = _words(
    "Millbrook Ashford Riverton Kessler Harlow Lakeside Northgate Easton Westfield Pine Ridge "
    "Cedar Falls Granite Bay Marlow Brookside Fairview"
)
_ORGS = _words(
    "council board ministry agency hospital university utility union court committee "
    "company bank authority commission"
)
_NOUNS = _words(
    "budget plan project report contract policy program vote hearing review study deal "
    "investment plant school bridge road hospital clinic library park station water tax "
    "wage price rent fund grant loan permit license survey election audit strike merger "
    "factory warehouse pipeline harbor airport railway market port district"
)
_VERBS = _words(
    "approved rejected announced delayed expanded cut raised reviewed criticized defended "
    "proposed questioned backed blocked funded cancelled confirmed disputed opened closed"
)
_ADJ = _words(
    "new local regional national public private early late final annual quarterly "
    "controversial long-awaited expensive modest major minor temporary permanent"
)
_FILLER = _words(
    "the a an of to in on for with by from at about after before during under over "
    "and but or because while although since when where which that who"
)


def synthetic_story(number: int, paragraphs: int = 8) -> tuple[str, list[str]]:
    """A made-up but news-shaped story (names, places, figures), the same for every run."""
    rng = random.Random(number * 7919 + 17)
    place = rng.choice(_PLACES)
    org = rng.choice(_ORGS)
    title = f"{place} {org} {rng.choice(_VERBS)} {rng.choice(_ADJ)} {rng.choice(_NOUNS)}"
    people = [f"{rng.choice(_FIRST)} {rng.choice(_NAMES)}" for _ in range(3)]
    body = []
    for _ in range(paragraphs):
        sentences = [_sentence(rng, place, org, people) for _ in range(rng.randint(2, 4))]
        body.append(" ".join(sentences))
    return title.capitalize(), body


def _sentence(rng: random.Random, place: str, org: str, people: list[str]) -> str:
    kind = rng.random()
    subject = f"the {rng.choice(_ADJ)} {rng.choice(_NOUNS)}"
    if kind < 0.25:
        amount = (
            rng.choice(("$", "€"))
            + f"{rng.randint(2, 990)}"
            + rng.choice((" million", " billion", ",000"))
        )
        year = rng.randint(1990, 2025)
        return (
            f"The {place} {org} {rng.choice(_VERBS)} {subject} worth {amount} "
            f"{rng.choice(_FILLER)} {rng.choice(_NOUNS)} {rng.choice(_NOUNS)} in {year}."
        )
    if kind < 0.45:
        person = rng.choice(people)
        quote_words = [rng.choice(_FILLER + _NOUNS + _ADJ) for _ in range(rng.randint(8, 16))]
        return f"\u201c{' '.join(quote_words).capitalize()},\u201d said {person}."
    if kind < 0.6:
        return (
            f"Officials said {rng.randint(2, 95)} percent of {rng.choice(_NOUNS)} "
            f"{rng.choice(_NOUNS)}s in {place} were {rng.choice(_VERBS)} "
            f"{rng.choice(_FILLER)} {rng.choice(_ADJ)} {rng.choice(_NOUNS)}."
        )
    words = [rng.choice(_FILLER + _NOUNS + _ADJ + _VERBS) for _ in range(rng.randint(10, 22))]
    return f"{subject.capitalize()} {' '.join(words)} {place}."


def near_copy(title: str, paragraphs: list[str], seed: int) -> tuple[str, list[str]]:
    """A syndicated copy: headline tweak, a few words changed, one more paragraph at the end."""
    rng = random.Random(seed)
    copied = []
    for paragraph in paragraphs:
        words = paragraph.split()
        for _ in range(max(1, len(words) // 60)):
            words[rng.randrange(len(words))] = rng.choice(_FILLER)
        copied.append(" ".join(words))
    copied.append(
        "This story was first published by a partner newsroom and is republished here "
        "under a content-sharing agreement."
    )
    return "Update: " + title, copied


def story_html(title: str, paragraphs: list[str], site: str = "Example Gazette") -> bytes:
    """Wrap a story in the navigation, sidebar and footer a news site puts around it."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:site_name" content="{site}"></head>
<body><header><a href="/">{site}</a><nav><a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/business">Business</a> <a href="/opinion">Opinion</a></nav></header>
<main><article><h1>{title}</h1>
{body}
</article><aside><h2>Most read</h2><ul><li><a href="/a">Storm closes schools</a></li>
<li><a href="/b">Council race heats up</a></li></ul></aside></main>
<footer>&copy; 2024 {site}. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>"""
    return page.encode("utf-8")


# -- generated bodies ---------------------------------------------------------------------


def _gzip_zeros(size: int) -> bytes:
    """A gzip member that inflates to `size` zero bytes and weighs about a thousandth."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1 << 20)
    parts = [packer.compress(block) for _ in range(size // len(block))]
    parts.append(packer.flush())
    return b"".join(parts)


def _filler(size: int) -> bytes:
    unit = b"<p>Filler paragraph for a body that is far too large to keep.</p>\n"
    return (unit * (size // len(unit) + 1))[:size]


def _garbage(size: int) -> bytes:
    return random.Random(1234).randbytes(size)


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


# -- pytest -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def page_server() -> Iterator[PageServer]:
    """One server for the whole test session; tests that count hits use their own keys."""
    server = PageServer().start()
    try:
        yield server
    finally:
        server.stop()


def main() -> None:
    with PageServer() as server:
        print(f"serving {PAGES} on {server.base_url} and {server.alt_base_url}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()

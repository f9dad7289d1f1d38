"""WARC out and in: the archive read back with warcio, and re-imported into a fresh store."""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import os
from argparse import Namespace
from pathlib import Path

import pytest
from test_services_claims import db_digest
from test_services_sources import ARTICLE, FAST, attach
from warcio.archiveiterator import ArchiveIterator
from warcio.checker import Checker

from factcheck.config import FetchSettings
from factcheck.db import open_store
from factcheck.errors import BadInput
from factcheck.intake.articles import ArticleInput
from factcheck.models import Source
from factcheck.services import archive, list_claims, sources
from factcheck.services.access import Access
from factcheck.services.articles import import_article
from factcheck.sources.warc import REBUILT


@pytest.fixture
def claims(store) -> tuple[int, int]:
    import_article(store, ArticleInput(text=ARTICLE, origin="test", published="2024-03-01"))
    found = list_claims(store)
    return found[0].id, found[-1].id


def records(path) -> list:
    with path.open("rb") as stream:
        return [
            (
                r.rec_type,
                r.rec_headers.protocol,
                r.rec_headers.get_header("WARC-Target-URI"),
                r.rec_headers.get_header("WARC-Concurrent-To"),
                r.rec_headers.get_header("WARC-Record-ID"),
                r.http_headers.statusline if r.http_headers else None,
                r.http_headers.get_header("Content-Type") if r.http_headers else None,
                r.content_stream().read(),
            )
            for r in ArchiveIterator(stream)
        ]


def test_export_is_warc_1_1_with_every_version(
    store, claims, page_server, tmp_path, access
) -> None:
    money, quote = claims
    story = attach(store, money, page_server.url("/story/battery-plant")).source
    changing = page_server.url("/changing?key=warc-export")
    library = attach(store, quote, changing).source
    refreshed = sources.refresh_sources(store, [library], options=FAST, access=access)
    assert [r.outcome for r in refreshed.known] == ["updated"]
    out = tmp_path / "desk.warc.gz"
    done = archive.export_warc(store, out)
    assert (done.sources, done.records) == (2, 3)
    found = records(out)
    assert found[0][0] == "warcinfo"
    assert {r[1] for r in found} == {"WARC/1.1"}
    kinds = [r[0] for r in found[1:]]
    assert kinds == ["response", "request"] * 3
    responses = [r for r in found if r[0] == "response"]
    served = page_server.page("battery-plant.html")
    assert any(r[7] == served and r[5] == "200 OK" for r in responses)  # the raw body, as received
    v1, v2 = page_server.page("library-hours-v1.html"), page_server.page("library-hours-v2.html")
    bodies = [r[7] for r in responses if r[2] == sources.show_source(store, library).source.url]
    assert bodies == [v1, v2]  # the earlier version first
    for response, request in zip(found[1::2], found[2::2], strict=True):
        assert request[3] == response[4]  # the request points at its response
        assert request[5].startswith("/") and request[5].endswith("HTTP/1.1")  # GET path
    only = archive.export_warc(store, tmp_path / "claim.warc.gz", claim_id=money)
    assert (only.sources, only.records) == (1, 1)
    assert story


def test_the_export_passes_warcios_own_checks_and_indexes_for_replay(
    store, claims, page_server, tmp_path, capsys
) -> None:
    """What a replay tool needs of a WARC: every record's block and payload digests right
    (warcio's own checker, ``warcio check``), and each response indexed (as pywb's
    ``wb-manager add`` and ReplayWeb.page index a WARC) by its URL, date, status, media type
    and payload digest, the digest being the body's as a client received it."""
    money, quote = claims
    attach(store, money, page_server.url("/story/battery-plant"))
    attach(store, quote, page_server.url("/story/water-use"))
    out = tmp_path / "desk.warc.gz"
    archive.export_warc(store, out)
    verdict = Checker(Namespace(inputs=[str(out)], verbose=True)).process_all()
    said = capsys.readouterr().out
    assert verdict == 0, said
    lines = [line.strip() for line in said.splitlines()[1:]]
    checked = [line for line in lines if line.startswith("offset ")]
    assert len(checked) == 5, said  # warcinfo, then a response and its request per page
    assert lines.count("digest pass") == len(checked), said
    with out.open("rb") as stream:
        responses = [
            (
                r.rec_headers.get_header("WARC-Target-URI"),
                r.rec_headers.get_header("WARC-Date"),
                r.http_headers.get_statuscode(),
                r.http_headers.get_header("Content-Type"),
                r.rec_headers.get_header("WARC-Payload-Digest"),
                r.content_stream().read(),
            )
            for r in ArchiveIterator(stream)
            if r.rec_type == "response"
        ]
    assert {url for url, *_ in responses} == {
        page_server.url("/story/battery-plant"),
        page_server.url("/story/water-use"),
    }
    for _url, date, status, media, digest, body in responses:
        assert date and status == "200" and media.startswith("text/html")
        assert digest == "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode()


def test_a_fresh_store_imports_the_same_sources(
    store, access, claims, page_server, tmp_path
) -> None:
    money, _ = claims
    attach(store, money, page_server.url("/story/battery-plant"))
    attach(store, money, page_server.url("/story/water-use"))
    out = tmp_path / "desk.warc.gz"
    archive.export_warc(store, out)
    fresh = open_store(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        done = archive.import_warc(fresh, out, access=access)
        assert len(done.batch.added) == 2 and not done.batch.failed
        ours = {(s.url, s.text_hash, s.title) for s in sources.list_sources(store)}
        theirs = {(s.url, s.text_hash, s.title) for s in sources.list_sources(fresh)}
        assert ours == theirs
        again = archive.import_warc(fresh, out, access=access)
        assert len(again.batch.known) == 2 and not again.batch.added
    finally:
        fresh.close()


def test_a_file_that_is_not_a_warc_is_one_line_and_stores_nothing(
    store, access, claims, tmp_path
) -> None:
    bad = tmp_path / "notes.warc.gz"
    bad.write_bytes(gzip.compress(b"this is not a web archive\n" * 20))
    before = db_digest(store)
    with pytest.raises(BadInput) as refused:
        archive.import_warc(store, bad, access=access)
    assert str(refused.value).startswith(f"{bad}: ") and "\n" not in str(refused.value)
    assert db_digest(store) == before


def test_the_archive_commands(db_url, store, claims, page_server, tmp_path) -> None:
    from test_cli import run

    money, _ = claims
    attach(store, money, page_server.url("/story/battery-plant"))
    out = tmp_path / "claim.warc.gz"
    exported = run(db_url, "archive", "export", str(out), "--claim", str(money))
    assert exported.exit_code == 0, exported.output
    assert exported.output.startswith(f"wrote {out}: 1 responses of 1 sources")
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE + "\n", encoding="utf-8")
    assert run(fresh, "import", str(article)).exit_code == 0
    imported = run(fresh, "archive", "import", str(out), "--claim", "1")
    assert imported.exit_code == 0, imported.output
    assert "1 added" in imported.output
    assert "battery" in run(fresh, "sources", "--claim", "1").output.lower()
    both = run(db_url, "archive", "export", str(out), "--claim", "1", "--article", "1")
    assert both.exit_code != 0 and "not both" in both.output


def crawl(path, responses) -> None:
    """A WARC as a crawler writes it: (url, HTTP headers, body on the wire) per response."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, headers, body in responses:
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
                )
            )


def chunked(body: bytes, size: int = 700) -> bytes:
    parts = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


def test_a_compressed_body_cut_short_is_refused_and_the_others_stored(
    store, access, claims, page_server, tmp_path
) -> None:
    page = page_server.page("battery-plant.html")
    other = page_server.page("water-use.html")
    packed = gzip.compress(page)
    html = ("Content-Type", "text/html; charset=utf-8")
    out = tmp_path / "crawl.warc.gz"
    crawl(
        out,
        [
            ("https://news.example.org/cut", [html, ("Content-Encoding", "gzip")], packed[:-300]),
            (
                "https://news.example.org/stray",
                [html, ("Content-Encoding", "gzip")],
                packed + b"<p>tail</p>",
            ),
            (
                "https://news.example.org/whole",
                [html, ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")],
                chunked(gzip.compress(other)),
            ),
        ],
    )
    done = archive.import_warc(store, out, access=access)
    assert len(done.batch.added) == 1 and not done.batch.failed
    reasons = dict(done.skipped)
    assert "gzip body cut short" in reasons["https://news.example.org/cut"]
    assert "stray bytes" in reasons["https://news.example.org/stray"]
    (kept,) = sources.list_sources(store)
    assert kept.url == "https://news.example.org/whole"
    shown = sources.show_source(store, kept.id)
    assert shown.raw_sha256 == hashlib.sha256(other).hexdigest()  # decoded, de-chunked


NOT_WARCS = {
    "empty": b"",
    "text": b"Minutes of the council meeting\nItem 1: the bridge\n",
    "gzipped-empty": gzip.compress(b""),
    "wrong-length": (
        b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 2\r\n\r\nhello world\r\n\r\n"
    ),
    "no-type": b"WARC/1.0\r\nfoo\r\n\r\nxx",
    "no-target": gzip.compress(  # warcio fails on it: AttributeError
        b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"
    ),
}


@pytest.mark.parametrize("kind", sorted(NOT_WARCS))
def test_a_file_that_is_not_a_warc_is_refused_in_one_line(
    db_url, store, access, claims, tmp_path, kind: str, capfd
) -> None:
    from test_cli import run

    bad = tmp_path / f"{kind}.warc"
    bad.write_bytes(NOT_WARCS[kind])
    before = db_digest(store)
    with pytest.raises(BadInput) as refused:
        archive.import_warc(store, bad, access=access)
    assert str(refused.value).startswith(f"{bad}: ") and "\n" not in str(refused.value)
    result = run(db_url, "archive", "import", str(bad))
    assert result.exit_code != 0
    assert result.output.strip().splitlines() == [f"Error: {refused.value}"]
    assert capfd.readouterr().err == ""  # nothing from warcio either
    assert db_digest(store) == before


def test_damage_after_good_records_stores_nothing(
    store, access, claims, page_server, tmp_path
) -> None:
    good = tmp_path / "good.warc.gz"
    crawl(good, [("https://news.example.org/a", [], page_server.page("battery-plant.html"))])
    bad = tmp_path / "damaged.warc"
    bad.write_bytes(good.read_bytes() + NOT_WARCS["wrong-length"])
    before = db_digest(store)
    with pytest.raises(BadInput, match="damaged"):
        archive.import_warc(store, bad, access=access)
    assert db_digest(store) == before


def test_a_warc_cut_short_inside_a_record_stores_nothing(
    store, access, claims, page_server, tmp_path
):
    whole = tmp_path / "whole.warc.gz"
    crawl(
        whole,
        [
            ("https://news.example.org/a", [], page_server.page("battery-plant.html")),
            ("https://news.example.org/b", [], page_server.page("water-use.html")),
        ],
    )
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size * 3 // 4])
    before = db_digest(store)
    with pytest.raises(BadInput, match="damaged at record 2 .cut short"):
        archive.import_warc(store, cut, access=access)
    assert db_digest(store) == before


def test_a_fifo_or_a_device_is_refused_not_read_forever(store, access, tmp_path) -> None:
    """A WARC is read as other local files are: only a regular file, under the desk's
    folders; a FIFO would block the import for good, /dev/zero would never end."""
    fifo = tmp_path / "pages.warc.gz"
    os.mkfifo(fifo)
    before = db_digest(store)
    with pytest.raises(BadInput) as refused:
        archive.import_warc(store, fifo, access=access)
    assert "not a regular file" in str(refused.value)
    with pytest.raises(BadInput) as device:
        archive.import_warc(store, Path("/dev/zero"), access=access)
    assert "/dev" in str(device.value)
    assert db_digest(store) == before


def test_a_warc_outside_the_desks_folders_is_refused(store, tmp_path) -> None:
    out = tmp_path / "elsewhere.warc.gz"
    out.write_bytes(b"")
    with pytest.raises(BadInput) as refused:
        archive.import_warc(store, out, access=Access(FetchSettings(file_folders="/nonexistent")))
    assert "outside the folders" in str(refused.value)


def _http_records(path) -> list[tuple[str, list[tuple[str, str]], str | None]]:
    with path.open("rb") as stream:
        return [
            (r.rec_type, list(r.http_headers.headers), r.rec_headers.get_header(REBUILT))
            for r in ArchiveIterator(stream)
            if r.rec_type in ("request", "response")
        ]


def test_the_export_replays_the_headers_as_sent_and_received(
    store, claims, page_server, tmp_path
) -> None:
    """A page whose charset is only in its Content-Type header is replayed with that charset
    (else pywb serves it as bare text/html and a browser guesses), and the request record
    holds the headers factcheck actually sent, not a guess at them."""
    money, _ = claims
    attach(store, money, page_server.url("/charset/utf8-as-latin1"))
    out = tmp_path / "desk.warc.gz"
    archive.export_warc(store, out)
    (_, response, response_mark), (_, request, request_mark) = _http_records(out)
    assert ("Content-Type", "text/html; charset=iso-8859-1") in response
    assert [k for k, _ in response].count("Content-Length") == 1
    names = {k.lower() for k, _ in request}
    assert {"host", "user-agent", "accept", "accept-encoding"} <= names  # as httpx sent them
    assert response_mark is None and request_mark is None


def test_a_fetch_stored_before_headers_were_kept_is_exported_rebuilt_and_says_so(
    store, claims, page_server, tmp_path
) -> None:
    money, _ = claims
    source = attach(store, money, page_server.url("/story/battery-plant")).source
    with store.transaction() as session:  # as a store upgraded from before keeps it
        row = session.get(Source, source)
        row.request_headers = row.response_headers = None
    out = tmp_path / "desk.warc.gz"
    archive.export_warc(store, out)
    (_, response, response_mark), (_, request, request_mark) = _http_records(out)
    assert ("Content-Type", "text/html") in response
    assert [k for k, _ in request] == ["Host", "User-Agent", "Accept"]
    assert response_mark and request_mark and "rebuilt" in request_mark


def test_a_login_in_the_url_is_not_kept_in_the_request_headers(
    store, claims, page_server, tmp_path
) -> None:
    money, _ = claims
    url = page_server.url("/story/battery-plant").replace("http://", "http://ana:s3cret@")
    attach(store, money, url)
    out = tmp_path / "desk.warc.gz"
    archive.export_warc(store, out)
    assert b"s3cret" not in gzip.decompress(out.read_bytes())
    assert b"YW5hOnMzY3JldA" not in gzip.decompress(out.read_bytes())  # nor as Basic auth

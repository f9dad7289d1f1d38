"""WARC out and in: the archive read back with warcio, and re-imported into a fresh store."""

from __future__ import annotations

import gzip

import pytest
from test_services_claims import db_digest
from test_services_sources import ARTICLE, FAST, attach
from warcio.archiveiterator import ArchiveIterator

from factcheck.db import open_store
from factcheck.errors import BadInput
from factcheck.intake.articles import ArticleInput
from factcheck.services import archive, list_claims, sources
from factcheck.services.articles import import_article


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


def test_export_is_warc_1_1_with_every_version(store, claims, page_server, tmp_path) -> None:
    money, quote = claims
    story = attach(store, money, page_server.url("/story/battery-plant")).source
    changing = page_server.url("/changing?key=warc-export")
    library = attach(store, quote, changing).source
    refreshed = sources.refresh_sources(store, [library], options=FAST)
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


def test_a_fresh_store_imports_the_same_sources(store, claims, page_server, tmp_path) -> None:
    money, _ = claims
    attach(store, money, page_server.url("/story/battery-plant"))
    attach(store, money, page_server.url("/story/water-use"))
    out = tmp_path / "desk.warc.gz"
    archive.export_warc(store, out)
    fresh = open_store(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        done = archive.import_warc(fresh, out)
        assert len(done.batch.added) == 2 and not done.batch.failed
        ours = {(s.url, s.text_hash, s.title) for s in sources.list_sources(store)}
        theirs = {(s.url, s.text_hash, s.title) for s in sources.list_sources(fresh)}
        assert ours == theirs
        again = archive.import_warc(fresh, out)
        assert len(again.batch.known) == 2 and not again.batch.added
    finally:
        fresh.close()


def test_a_file_that_is_not_a_warc_is_one_line_and_stores_nothing(store, claims, tmp_path) -> None:
    bad = tmp_path / "notes.warc.gz"
    bad.write_bytes(gzip.compress(b"this is not a web archive\n" * 20))
    before = db_digest(store)
    with pytest.raises(BadInput) as refused:
        archive.import_warc(store, bad)
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

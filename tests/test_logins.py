"""A user name and password typed into a URL open the page and are then forgotten: no stored
string of any table holds them (a source's site, an article's URL, a fact-check's URL, a WARC
page's address), a note says that a login was given, and no message repeats the password."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from alembic import command
from paths import SEED_ARTICLE
from sqlalchemy import inspect, text
from test_cli import run
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from factcheck.db import alembic_config, make_engine, open_store

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
SECRET = "hunter2"


def stored_strings(url: str) -> list[tuple[str, str, str]]:
    """Every string value of every table of the store, with the table and column it is in."""
    store = open_store(url, read_only=True, any_revision=True)
    found = []
    try:
        with store.engine.connect() as conn:
            for table in inspect(conn).get_table_names():
                columns = [c["name"] for c in inspect(conn).get_columns(table)]
                for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                    found += [
                        (table, column, value)
                        for column, value in zip(columns, row, strict=True)
                        if isinstance(value, str)
                    ]
    finally:
        store.close()
    return found


def leaks(url: str) -> list[tuple[str, str, str]]:
    return [(t, c, v) for t, c, v in stored_strings(url) if SECRET in v or "ann@" in v]


def with_login(url: str) -> str:
    return url.replace("http://", f"http://ann:{SECRET}@", 1)


def test_attaching_a_page_with_a_login_stores_it_nowhere(db_url: str, page_server) -> None:
    run(db_url, "import", str(SEED_ARTICLE))
    # The page names no site of its own: the site is read from the address.
    attached = run(db_url, "attach", "1", with_login(page_server.url("/pages/malformed.html")))
    assert attached.exit_code == 0, attached.output
    assert SECRET not in attached.output
    assert leaks(db_url) == []
    urls = [v for t, c, v in stored_strings(db_url) if (t, c) == ("source_url", "how")]
    assert any(how.endswith("+login") for how in urls), urls


def test_importing_an_article_from_a_url_with_a_login(db_url: str, page_server) -> None:
    done = run(db_url, "import", with_login(page_server.url("/pages/malformed.html")))
    assert done.exit_code == 0, done.output
    assert SECRET not in done.output
    assert leaks(db_url) == []


def test_a_fact_check_feed_with_logins_in_its_urls(db_url: str, tmp_path: Path) -> None:
    feed = tmp_path / "feed.json"
    feed.write_text(
        json.dumps(
            {
                "@type": "ClaimReview",
                "url": f"https://desk:{SECRET}@checkers.example.org/checks/1",
                "claimReviewed": "The new bridge carries 40,000 cars a day.",
                "reviewRating": {"@type": "Rating", "alternateName": "False"},
            }
        ),
        encoding="utf-8",
    )
    done = run(db_url, "import", str(feed))
    assert done.exit_code == 0, done.output
    assert SECRET not in done.output
    stored = [v for t, c, v in stored_strings(db_url) if (t, c) == ("prior_fact_check", "url")]
    assert stored == ["https://checkers.example.org/checks/1"]


def warc_with(path: Path, records: list[tuple[str, bytes, str]]) -> Path:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for target, body, status in records:
            headers = StatusAndHeaders(
                status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    target, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
    return path


def test_a_warc_whose_addresses_hold_logins(db_url: str, tmp_path: Path) -> None:
    run(db_url, "import", str(SEED_ARTICLE))
    page = (PAGES / "malformed.html").read_bytes()
    warc = warc_with(
        tmp_path / "crawl.warc.gz",
        [
            (f"http://ann:{SECRET}@example.org/story", page, "200 OK"),
            (f"http://ann:{SECRET}@example.org/empty", b"<html></html>", "200 OK"),
        ],
    )
    done = run(db_url, "archive", "import", str(warc), "--claim", "1")
    assert done.exit_code == 0, done.output
    assert SECRET not in done.output, done.output
    assert leaks(db_url) == []


def test_a_password_with_an_at_sign_is_masked_whole() -> None:
    from factcheck.output import mask_credentials

    shown = mask_credentials("cannot open postgresql://desk:p@ss@db.example:5432/fc")
    assert "ss@" not in shown and shown.endswith("desk:***@db.example:5432/fc")


@pytest.fixture
def store_before_logins_were_stripped(tmp_path: Path) -> str:
    """A store at the revision before the one that strips logins, holding rows with them."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    with engine.begin() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "claim_checkworthy")
        login = f"http://ann:{SECRET}@news.example/story"
        conn.execute(
            text(
                "INSERT INTO article (id, title, url, text, text_hash, imported_at, origin) "
                "VALUES (1, 't', :u, 'Text.', 'h', '2026-01-01', :u)"
            ),
            {"u": login},
        )
        conn.execute(
            text(
                "INSERT INTO source (id, kind, canonical_url, site, title, text, text_hash,"
                " created_at) VALUES (1, 'web', 'http://news.example/story',"
                " 'ann:hunter2@news.example', 't', 'x', 'h', '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO source_url (id, source_id, url, canonical_url, how, added_at) "
                "VALUES (1, 1, :u, 'http://news.example/story', 'requested', '2026-01-01')"
            ),
            {"u": login},
        )
        conn.execute(
            text(
                "INSERT INTO prior_fact_check (id, url, claim, rating, origin, imported_at) "
                "VALUES (1, :u, 'c', 'False', 'feed.json', '2026-01-01')"
            ),
            {"u": login},
        )
    engine.dispose()
    return url


def test_opening_an_older_store_strips_the_logins_it_holds(store_before_logins_were_stripped):
    url = store_before_logins_were_stripped
    open_store(url).close()
    assert leaks(url) == []
    store = open_store(url, read_only=True)
    try:
        with store.engine.connect() as conn:
            hows = conn.execute(text("SELECT how FROM source_url")).scalars().all()
            article = conn.execute(text("SELECT url FROM article")).scalar()
    finally:
        store.close()
    assert hows == ["requested+login"]
    assert article == "http://news.example/story"


def test_a_store_password_holding_an_at_sign_is_never_echoed_in_part() -> None:
    """Written raw, ``p@ss`` splits the URL at its first ``@``: the driver would be given the
    host ``ss@127.0.0.1`` and name it in its error, half the password with it."""
    for args in (["claims"], ["import", str(SEED_ARTICLE)], ["db", "upgrade"]):
        done = run("postgresql+psycopg://desk:hun@ter2@127.0.0.1:9/fc", *args)
        assert done.exit_code == 1 and "ter2" not in done.output, done.output
        assert "%40" in done.output and len(done.output.strip().splitlines()) == 1

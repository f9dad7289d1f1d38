"""Opening stores: migrations match the models, old stores upgrade, bad stores are refused."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from paths import ROOT, SEED_ARTICLE
from sqlalchemy import select, text

from factcheck.db import alembic_config, current_revision, head_revision, make_engine, open_store
from factcheck.errors import BadInput, StoreError
from factcheck.models import SEARCH_INDEX_OBJECTS, Article, Base, Verdict
from factcheck.scale import DEFAULT_SCALE


def not_search_index(name: str | None, _type: str, _parents: object) -> bool:
    """The text index over claim_search is made per database by its migration, not a model."""
    return not (name or "").startswith(SEARCH_INDEX_OBJECTS)


def test_migrations_from_empty_produce_exactly_the_models(store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": not_search_index})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def stores_at_earlier_revisions(tmp_path: Path):
    """A SQLite store at each revision before the head ("base": an empty file), by URL."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    revisions = [rev.revision for rev in script.walk_revisions()]
    for revision in ["base", *reversed(revisions[1:])]:
        url = f"sqlite:///{tmp_path / f'at-{revision}.db'}"
        engine = make_engine(url)
        with engine.begin() as conn:
            cfg = alembic_config(url)
            cfg.attributes["connection"] = conn
            if revision != "base":
                command.upgrade(cfg, revision)
        engine.dispose()
        yield url


def test_every_earlier_revision_upgrades_on_open(tmp_path: Path) -> None:
    for url in stores_at_earlier_revisions(tmp_path):
        store = open_store(url)
        assert current_revision(store.engine) == head_revision()
        store.close()


def test_default_scale_is_seeded(store) -> None:
    assert store.scale() == DEFAULT_SCALE


def test_sqlite_is_opened_with_foreign_keys_wal_and_busy_timeout(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'claims.db'}")
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    store.close()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 50)
    before = bogus.read_bytes()
    with pytest.raises(StoreError, match="not a SQLite database"):
        open_store(f"sqlite:///{bogus}")
    assert bogus.read_bytes() == before


def test_a_store_from_a_newer_factcheck_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00d'")
    with pytest.raises(StoreError, match="newer than this factcheck"):
        open_store(f"sqlite:///{path}")


def test_a_url_that_does_not_parse_is_one_clear_error() -> None:
    with pytest.raises(StoreError, match="does not parse"):
        open_store("postgresql+psycopg://user@:not-a-port/x")


def test_the_head_revision_the_code_knows_is_alembics() -> None:
    from factcheck.db import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


# Stores created or written by mistake (issue 16, item 10).


def test_reading_a_mistyped_path_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "claim.db"  # the user meant claims.db
    with pytest.raises(StoreError, match="no store at"):
        open_store(f"sqlite:///{path}", read_only=True)
    assert not path.exists()


def test_reading_an_empty_file_leaves_it_empty(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    path.touch()
    with pytest.raises(StoreError, match="empty file"):
        open_store(f"sqlite:///{path}", read_only=True)
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.db"]


def test_another_programs_database_is_not_a_factcheck_store(tmp_path: Path) -> None:
    path = tmp_path / "budget.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE expense (item TEXT, amount REAL)")
        conn.execute("INSERT INTO expense VALUES ('paper', 12.5)")
    conn.close()
    before = path.read_bytes()
    for read_only in (True, False):
        with pytest.raises(StoreError, match="not a factcheck store"):
            open_store(f"sqlite:///{path}", read_only=read_only)
    assert path.read_bytes() == before


def test_an_in_memory_store_is_refused_for_writes() -> None:
    for url in ("sqlite://", "sqlite:///:memory:"):
        with pytest.raises(StoreError, match="in-memory"):
            open_store(url)


def test_a_reader_never_migrates(tmp_path: Path) -> None:
    for url in stores_at_earlier_revisions(tmp_path):
        engine = make_engine(url)
        before = current_revision(engine)
        engine.dispose()
        with pytest.raises(StoreError, match="older than this factcheck|empty file|no factcheck"):
            open_store(url, read_only=True)
        engine = make_engine(url)
        assert current_revision(engine) == before
        engine.dispose()


def test_a_store_from_a_newer_factcheck_is_not_read_either(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00d'")
    conn.close()
    with pytest.raises(StoreError, match="newer than this factcheck"):
        open_store(f"sqlite:///{path}", read_only=True)


def test_a_store_opened_to_read_refuses_writes(store, tmp_path: Path) -> None:
    reader = open_store(store.url, read_only=True)
    try:
        assert reader.scale() == store.scale()
        with pytest.raises(StoreError, match="read only"), reader.transaction():
            pass
    finally:
        reader.close()


@pytest.mark.skipif(not os.environ.get("FACTCHECK_TEST_PG"), reason="needs the PostgreSQL run")
def test_eight_processes_opening_one_empty_postgresql_database() -> None:
    """The first opening creates the schema; the seven at the same moment wait for it."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    server = os.environ["FACTCHECK_TEST_PG"]
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"fc_race_{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        code = "import sys; from factcheck.db import open_store; open_store(sys.argv[1]).close()"
        procs = [
            subprocess.Popen([sys.executable, "-c", code, url], stderr=subprocess.PIPE, text=True)
            for _ in range(8)
        ]
        errors = [proc.communicate(timeout=120)[1] for proc in procs]
        assert [proc.returncode for proc in procs] == [0] * 8, errors
        store = open_store(url, read_only=True)
        assert current_revision(store.engine) == head_revision()
        store.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# Values PostgreSQL cannot hold (issue 16, item 8): alike on both backends, one line each.


def test_a_page_title_too_long_for_the_store_is_cut_to_fit(store, page_server, access) -> None:
    from factcheck.services.articles import import_article

    html = (ROOT / "fixtures" / "pages" / "battery-plant.html").read_text(encoding="utf-8")
    html = html.replace(
        "Voltaria to build $2.5 billion battery plant in Harlow County", "Budget " * 300
    )
    url = page_server.serve("/long-title", html.encode(), "text/html; charset=utf-8")
    result = import_article(store, url, access=access)
    assert result.created and result.claims > 0
    with store.read() as session:
        title = session.get(Article, result.article.id).title
    assert len(title) == 1000 and title.startswith("Budget Budget") and title.endswith("…")


def test_nul_bytes_in_an_article_are_one_line_and_store_nothing(
    store, tmp_path: Path, access
) -> None:
    from factcheck.services.articles import import_article

    article = tmp_path / "minutes.txt"
    prose = "The council met on Tuesday and approved the new library budget.\n" * 200
    article.write_bytes(prose.encode() + b"The levy raised \x00 $4 million in 2024.\n")
    with pytest.raises(BadInput, match="NUL bytes"):
        import_article(store, str(article), access=access)
    with store.read() as session:
        assert session.scalars(select(Article)).all() == []


def test_a_url_too_long_for_the_store_is_one_line(store, page_server, access) -> None:
    from factcheck.services.articles import import_article

    url = page_server.url("/story/battery-plant?ref=" + "x" * 2100)
    with pytest.raises(BadInput, match=r"is 2,\d{3} characters long \(at most 2,000\)"):
        import_article(store, url, access=access)
    with store.read() as session:
        assert session.scalars(select(Article)).all() == []


def test_a_checker_name_too_long_for_the_store_is_one_line(store, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from factcheck.cli import main

    runner = CliRunner()
    assert runner.invoke(main, ["--db", store.url, "import", str(SEED_ARTICLE)]).exit_code == 0
    result = runner.invoke(
        main,
        ["--db", store.url, "verdict", "1", "opinion", "--rationale", "r", "--checker", "a" * 201],
    )
    assert result.exit_code == 1
    assert result.output == "Error: the checker name is 201 characters (at most 200)\n"
    with store.read() as session:
        assert session.scalars(select(Verdict)).all() == []

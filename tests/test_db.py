"""Opening stores: migrations match the models, old stores upgrade, bad stores are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from factcheck.db import alembic_config, current_revision, head_revision, make_engine, open_store
from factcheck.errors import StoreError
from factcheck.models import Base
from factcheck.scale import DEFAULT_SCALE


def test_migrations_from_empty_produce_exactly_the_models(store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_every_earlier_revision_upgrades_on_open(tmp_path: Path) -> None:
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
    with pytest.raises(StoreError, match="cannot open the store"):
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

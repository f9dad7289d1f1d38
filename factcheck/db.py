"""Opening the store: engine, session factory, SQLite pragmas, and migrations on open.

Opening a store brings its schema to the code's revision, so an older ``claims.db`` is upgraded
in place, and a store made by a newer factcheck is refused rather than written into.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from factcheck.errors import BadInput, StoreError
from factcheck.models import RatingRow
from factcheck.scale import Rating

SQLITE_BUSY_MS = 10_000
# The newest migration (tests check it against Alembic's own view); knowing it here lets a
# store that is up to date open without importing Alembic at all.
HEAD_REVISION = "0001"


def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(files("factcheck") / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    head = script.get_current_head()
    assert head is not None
    return head


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # The driver's own implicit BEGIN is switched off: ``_sqlite_begin`` says which kind.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn) -> None:
    """Writers take SQLite's write lock at BEGIN, waiting their turn under the busy timeout.

    A deferred transaction that reads, then writes after another process has committed fails
    at once with "database is locked" whatever the timeout; taking the lock up front queues
    concurrent checkers instead.  Read-only sessions stay deferred and never block anyone.
    """
    write = conn.get_execution_options().get("factcheck_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise StoreError(f"database URL does not parse: {url}") from exc
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(
                parsed, connect_args={"timeout": SQLITE_BUSY_MS / 1000}, pool_pre_ping=False
            )
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(parsed, pool_pre_ping=True, connect_args=_connect_args(parsed))
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"cannot use database URL {parsed.render_as_string()}: {exc}") from exc
    return engine


def _connect_args(parsed) -> dict[str, object]:
    if parsed.get_backend_name() == "postgresql":
        return {"connect_timeout": 5}
    return {}


def _describe(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url


def upgrade(engine: Engine) -> None:
    """Bring the schema to the code's head revision (no-op when it is there already)."""
    if current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    url = engine.url.render_as_string(hide_password=False)
    current = current_revision(engine)
    script = ScriptDirectory.from_config(alembic_config(url))
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise StoreError(
            f"the store {_describe(url)} has schema revision {current}, newer than this "
            "factcheck knows: upgrade factcheck"
        )
    with engine.begin() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


@dataclass
class Store:
    """An open database: the engine and the session factory the service layer uses."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole on success, rolled back whole on any error."""
        with self.sessions() as session, session.begin():
            session.connection(execution_options={"factcheck_write": True})
            yield session

    def read(self) -> Session:
        return self.sessions()

    def scale(self) -> tuple[Rating, ...]:
        with self.sessions() as session:
            rows = session.scalars(select(RatingRow).order_by(RatingRow.position)).all()
            return tuple(
                Rating(r.name, r.meaning, r.review_value, r.needs_correction) for r in rows
            )

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str, *, migrate: bool = True) -> Store:
    """Open (and by default upgrade) the store at ``url``; every failure is one clear line."""
    engine = make_engine(url)
    try:
        if migrate:
            upgrade(engine)
        with engine.connect():
            pass
    except StoreError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise StoreError(f"cannot open the store {_describe(url)}: {reason}") from exc
    return Store(url, engine, sessionmaker(engine, expire_on_commit=False))


def backup(store: Store, target: Path) -> None:
    """A consistent copy of a SQLite store, taken while others may be writing to it.

    SQLite's online backup copies a single snapshot page by page; the copy is written beside
    ``target`` and renamed over it, so a failed backup leaves no half file.  PostgreSQL has
    its own tools for this, and they do it better.
    """
    if store.engine.dialect.name != "sqlite":
        raise BadInput(
            "backup copies SQLite stores; for PostgreSQL use pg_dump "
            "(pg_dump --format=custom --file=factcheck.dump DBNAME)"
        )
    folder = target.parent
    if not folder.is_dir():
        raise BadInput(f"{target}: no such folder {folder}")
    partial = target.with_name(f".{target.name}.partial")
    raw = store.engine.raw_connection()
    try:
        dest = sqlite3.connect(partial)
        try:
            raw.driver_connection.backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise BadInput(f"{target}: backup failed ({exc})") from None
    finally:
        raw.close()


def serialize(session: Session, name: str) -> None:
    """Hold a lock named ``name`` until the transaction ends, so check-then-insert steps of
    concurrent writers (is this page stored yet?) take turns instead of racing.

    SQLite needs nothing: its write transactions already take turns (``BEGIN IMMEDIATE``).
    PostgreSQL gets a transaction-scoped advisory lock.
    """
    if session.get_bind().dialect.name == "postgresql":
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})

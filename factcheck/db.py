"""Opening the store: engine, session factory, SQLite pragmas, and migrations on open.

Opening a store to write brings its schema to the code's revision, so an older ``claims.db`` is
upgraded in place, and a store made by a newer factcheck is refused rather than written into.
Opening one to read never creates, migrates or writes anything: a mistyped path, an empty file
or another program's database is refused with one line instead of becoming a store.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DataError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from factcheck import output
from factcheck.errors import BadInput, StoreError
from factcheck.models import RatingRow
from factcheck.scale import Rating

SQLITE_BUSY_MS = 10_000
# How long a writer first waits for the write lock before saying that it is waiting.
FIRST_WAIT_MS = 300
# The largest id a store can hold: PostgreSQL's INTEGER, SQLite's 64-bit rowid.
MAX_ID = {"postgresql": 2**31 - 1, "sqlite": 2**63 - 1}
# The newest migration (tests check it against Alembic's own view); knowing it here lets a
# store that is up to date open without importing Alembic at all.
HEAD_REVISION = "source_headers"


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


def _sqlite_pragmas(read_only: bool, busy_ms: int):
    def on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # The driver's own implicit BEGIN is switched off: ``_sqlite_begin`` says which kind.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={busy_ms}")
        if not read_only:  # a reader leaves the file's journal mode as it found it
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return on_connect


def _sqlite_begin(busy_ms: int, on_wait: Callable[[], None] | None):
    def on_begin(conn) -> None:
        """Writers take SQLite's write lock at BEGIN, waiting their turn under the busy timeout.

        A deferred transaction that reads, then writes after another process has committed
        fails at once with "database is locked" whatever the timeout; taking the lock up front
        queues concurrent checkers instead.  A writer that does not get the lock at once says
        so (``on_wait``) before it waits, so a long import elsewhere is not a silent hang.
        Read-only sessions stay deferred and never block anyone.
        """
        if not conn.get_execution_options().get("factcheck_write", False):
            conn.exec_driver_sql("BEGIN")
            return
        raw = conn.connection.driver_connection
        if on_wait is not None and busy_ms > FIRST_WAIT_MS:
            raw.execute(f"PRAGMA busy_timeout={FIRST_WAIT_MS}")
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                on_wait()
            finally:
                raw.execute(f"PRAGMA busy_timeout={busy_ms}")
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return on_begin


def make_engine(
    url: str,
    *,
    read_only: bool = False,
    wait: float | None = None,
    on_wait: Callable[[], None] | None = None,
) -> Engine:
    """An engine for ``url``; ``wait`` is how many seconds a writer waits for the write lock."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise StoreError(f"database URL does not parse: {_describe(url)}") from exc
    if "@" in (parsed.host or ""):
        # "user:p@ss@host" splits at its first @: the rest of the password would be taken for
        # the host and named by the driver's error.
        raise StoreError(
            "database URL has an @ in its password or user name: write it as %40 "
            "(postgresql://user:p%40ss@host/db)"
        )
    busy_ms = SQLITE_BUSY_MS if wait is None else max(int(wait * 1000), 0)
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(
                parsed, connect_args={"timeout": busy_ms / 1000}, pool_pre_ping=False
            )
            event.listen(engine, "connect", _sqlite_pragmas(read_only, busy_ms))
            event.listen(engine, "begin", _sqlite_begin(busy_ms, on_wait))
        else:
            connect = _connect_args(parsed)
            if wait is not None and parsed.get_backend_name() == "postgresql":
                # A writer stuck behind another's lock gives up after the same wait as on
                # SQLite, with the same one line, instead of hanging.
                connect["options"] = f"-c lock_timeout={busy_ms}"
            engine = create_engine(parsed, pool_pre_ping=True, connect_args=connect)
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
    """Bring the schema to the code's head revision (no-op when it is there already).

    Processes opening one empty PostgreSQL database at once take turns (an advisory lock held
    while migrating), so exactly one creates the schema and the others find it made.
    """
    if current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    url = engine.url.render_as_string(hide_password=False)
    script = ScriptDirectory.from_config(alembic_config(url))
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _lock_key("migrate")})
        current = _revision(conn)
        if current == HEAD_REVISION:
            return
        if current is None and _foreign_tables(conn):
            raise _not_ours(url)
        if current is not None and current not in {r.revision for r in script.walk_revisions()}:
            raise _newer(url, current)
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _revision(conn)


def _revision(conn) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _not_ours(url: str) -> StoreError:
    return StoreError(f"{_describe(url)} is not a factcheck store: it holds other tables")


def _newer(url: str, current: str) -> StoreError:
    return StoreError(
        f"the store {_describe(url)} has schema revision {current}, newer than this "
        "factcheck knows: upgrade factcheck"
    )


def _foreign_tables(conn) -> list[str]:
    return [name for name in inspect(conn).get_table_names() if name != "alembic_version"]


def _lock_key(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


def _one_line(exc: DBAPIError) -> str:
    lines = str(exc.orig if exc.orig is not None else exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _write_failed(url: str, exc: DBAPIError) -> StoreError:
    """The one line for a write the store refused: locked, read-only, full, or a value it
    cannot hold (PostgreSQL is stricter than SQLite about lengths, NUL bytes and integers)."""
    reason = _one_line(exc)
    where = _describe(url)
    if "locked" in reason or "lock timeout" in reason:
        return StoreError(
            f"the store {where} stayed busy with another writer (an import?) past the wait; "
            "try again, or wait longer with FACTCHECK_WAIT=SECONDS or [store] wait"
        )
    if "readonly" in reason or "read-only" in reason:
        return StoreError(f"cannot write to the store {where}: it is read-only")
    if "full" in reason:
        return StoreError(f"cannot write to the store {where}: the disk is full; nothing was saved")
    if isinstance(exc, DataError):
        return StoreError(f"the store {where} cannot hold a value given: {reason}")
    return StoreError(f"cannot write to the store {where}: {reason}")


@dataclass
class Store:
    """An open database: the engine and the session factory the service layer uses."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: bool = False
    guarded: Path | None = None
    """The SQLite file the output module refuses to write over while this store is open."""

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole on success, rolled back whole on any error."""
        if self.read_only:
            raise StoreError(f"the store {_describe(self.url)} was opened to read only")
        try:
            with self.sessions() as session, session.begin():
                session.connection(execution_options={"factcheck_write": True})
                yield session
        except (OperationalError, DataError) as exc:
            raise _write_failed(self.url, exc) from exc

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
        if self.guarded is not None:
            output.release_store(self.guarded)
            self.guarded = None


# Descriptive metadata from a page or a file (a 1,500-character <title>) is cut to fit; every
# other value too long for its column is refused, since a cut URL or name would be wrong.
CUT_TO_FIT = {
    ("article", "title"),
    ("article", "byline"),
    ("source", "title"),
    ("source", "author"),
    ("source", "site"),
}


def _guard_values(session: Session, _context, _instances) -> None:
    """Values are made to fit the columns before PostgreSQL sees them, so both backends
    behave alike: SQLite would keep an over-long string or a NUL byte, PostgreSQL would
    fail with a traceback.  Runs on every flush of the ORM."""
    for obj in (*session.new, *session.dirty):
        table = obj.__table__
        for column in table.columns:
            value = obj.__dict__.get(column.key)
            if not isinstance(value, str):
                continue
            where = f"{table.name.replace('_', ' ')} {column.key.replace('_', ' ')}"
            if "\x00" in value:
                raise BadInput(f"the {where} holds NUL bytes (0x00), which a store cannot keep")
            limit = getattr(column.type, "length", None)
            if limit is None or len(value) <= limit:
                continue
            if (table.name, column.key) in CUT_TO_FIT:
                setattr(obj, column.key, value[: limit - 1].rstrip() + "…")
                continue
            raise BadInput(f"the {where} is {len(value):,} characters long (at most {limit:,})")


def in_memory(url: str) -> bool:
    """True for a SQLite URL that keeps nothing once the process ends (``sqlite://``)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return False
    if parsed.get_backend_name() != "sqlite":
        return False
    database = parsed.database or ""
    return (
        database in ("", ":memory:")
        or "mode=memory" in database
        or (parsed.query.get("mode") == "memory")
    )


def open_store(
    url: str,
    *,
    migrate: bool = True,
    read_only: bool = False,
    any_revision: bool = False,
    wait: float | None = None,
    on_wait: Callable[[], None] | None = None,
    create: bool = True,
) -> Store:
    """Open the store at ``url``; every failure is one clear line.

    ``create=False`` is for writers that change what is stored (a verdict, a pin): on a path
    or a database that holds no store yet they are refused as readers are, instead of
    starting an empty store there.

    To write (the default) the schema is created or upgraded first.  With ``read_only`` nothing
    is created, migrated or written: a store that is not there, is empty, or is another
    program's database is refused, and a store in a read-only folder can still be read;
    ``any_revision`` lets a reader see a store at another schema revision (``db current``).
    """
    if read_only:
        engine = _reader_engine(url)
    else:
        if in_memory(url):
            raise StoreError(
                f"{url} is an in-memory store: it would keep nothing; give a file or a server"
            )
        engine = make_engine(url, wait=wait, on_wait=on_wait)
    try:
        if read_only:
            _check_readable(engine, url, any_revision)
        else:
            _check_writable(engine)
            if not create:
                _check_started(engine, url)
            _check_ours(engine, url)
            if migrate:
                upgrade(engine)
        with engine.connect():
            pass
    except StoreError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise StoreError(f"cannot open the store {_describe(url)}: {_one_line(exc)}") from exc
    sessions = sessionmaker(engine, expire_on_commit=False, info={"on_wait": on_wait})
    event.listen(sessions, "before_flush", _guard_values)
    return Store(url, engine, sessions, read_only, _guard_file(url))


def _guard_file(url: str) -> Path | None:
    """A SQLite store's file, marked so that no report, export or backup replaces it."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or in_memory(url) or not parsed.database:
        return None
    database = parsed.database
    if database.startswith("file:"):
        database = database[len("file:") :].split("?", 1)[0]
    return output.guard_store(database)


def _reader_engine(url: str) -> Engine:
    """An engine that cannot create the store: a SQLite file is opened read-only, and
    immutable when its folder cannot be written (no other process can be writing there)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise StoreError(f"database URL does not parse: {_describe(url)}") from exc
    if parsed.get_backend_name() != "sqlite":
        return make_engine(url, read_only=True)
    if in_memory(url):
        raise StoreError(f"{url} is an in-memory store: there is nothing in it to read")
    path = Path(parsed.database)
    _refuse_if_not_a_store(path, reading=True)
    folder = path.resolve().parent
    immutable = not os.access(folder, os.W_OK) and not Path(f"{path}-wal").exists()
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    return make_engine(
        f"sqlite:///file:{quote(str(path.resolve()))}?{flags}&uri=true", read_only=True
    )


SQLITE_HEADER = b"SQLite format 3\x00"


def _refuse_if_not_a_store(path: Path, *, reading: bool) -> None:
    """The one refusal of a SQLite path that cannot be a store, for readers and writers alike.

    A folder, or a file that is not a SQLite database (notes, a PDF), is refused before SQLite
    is asked, which would say "unable to open database file" or "file is not a database".  A
    reader also refuses what a writer would start a store in: no file, or an empty one.
    """
    if not path.exists():
        if reading:
            raise StoreError(
                f"no store at {path}: check the path, or start one with 'factcheck import ARTICLE'"
            )
        return
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a factcheck store: name a file in it")
    if not path.is_file():
        raise StoreError(f"{path} is not a factcheck store: it is not a regular file")
    try:
        with path.open("rb") as stream:
            head = stream.read(len(SQLITE_HEADER))
    except OSError:
        return  # SQLite says why it cannot be opened (permissions), in its own words
    if not head:
        if reading:
            raise StoreError(f"{path} is an empty file, not a factcheck store")
        return
    if head != SQLITE_HEADER:
        raise StoreError(f"{path} is not a factcheck store: it is not a SQLite database")


def _check_writable(engine: Engine) -> None:
    """A SQLite file (or the folder it is to be made in) that cannot be written is said so
    up front, rather than as "unable to open database file" from the first write."""
    if engine.dialect.name != "sqlite" or not engine.url.database:
        return
    path = Path(engine.url.database)
    _refuse_if_not_a_store(path, reading=False)
    folder = path.absolute().parent
    if not folder.is_dir():
        raise StoreError(f"cannot make the store {path}: no such folder {folder}")
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(f"cannot write to the store {path}: the file is read-only")
    if not os.access(folder, os.W_OK):
        raise StoreError(
            f"cannot write to the store {path}: its folder {folder} is read-only "
            "(reading it still works)"
        )


def _check_started(engine: Engine, url: str) -> None:
    """A store is there to write into: a SQLite file (not missing, not empty), or a server
    database with factcheck's schema (at any revision: it is upgraded next)."""
    if engine.dialect.name == "sqlite":
        if engine.url.database:
            _refuse_if_not_a_store(Path(engine.url.database), reading=True)
        return
    with engine.connect() as conn:
        if _revision(conn) is None and not _foreign_tables(conn):
            raise _not_started(url)


def _not_started(url: str) -> StoreError:
    return StoreError(
        f"{_describe(url)} holds no factcheck store yet; 'factcheck import ARTICLE' starts one"
    )


def _check_ours(engine: Engine, url: str) -> None:
    """Another program's SQLite database is refused before anything (even the journal mode)
    is written into it: it is looked at through a read-only connection first."""
    if engine.dialect.name != "sqlite" or not engine.url.database:
        return
    path = Path(engine.url.database)
    if not path.is_file() or path.stat().st_size == 0:
        return
    peek = _reader_engine(url)
    try:
        with peek.connect() as conn:
            if _revision(conn) is None and _foreign_tables(conn):
                raise _not_ours(url)
    except DBAPIError as exc:
        raise StoreError(f"cannot open the store {_describe(url)}: {_one_line(exc)}") from exc
    finally:
        peek.dispose()


def _check_readable(engine: Engine, url: str, any_revision: bool) -> None:
    with engine.connect() as conn:
        current = _revision(conn)
        if current is None:
            if _foreign_tables(conn):
                raise _not_ours(url)
            raise _not_started(url)
    if current != HEAD_REVISION and not any_revision:
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config(url))
        if current not in {r.revision for r in script.walk_revisions()}:
            raise _newer(url, current)
        raise StoreError(
            f"the store {_describe(url)} is at schema revision {current}, older than this "
            "factcheck: 'factcheck db upgrade' brings it up to date"
        )


def backup(store: Store, target: Path | str) -> None:
    """A consistent copy of a SQLite store, taken while others may be writing to it.

    SQLite's online backup copies a single snapshot page by page into a temporary file; the
    output module then renames it over ``target`` (so a failed backup leaves no half file and
    an existing backup keeps its mode), or copies it through to a FIFO, a device or standard
    output (``-``).  PostgreSQL has its own tools for this, and they do it better.
    """
    if store.engine.dialect.name != "sqlite":
        raise BadInput(
            "backup copies SQLite stores; for PostgreSQL use pg_dump "
            "(pg_dump --format=custom --file=factcheck.dump DBNAME)"
        )
    # A target that is the store itself (or its journal) is refused by the output module.
    raw = store.engine.raw_connection()
    try:

        def copy_into(temp: Path) -> None:
            dest = sqlite3.connect(temp)
            try:
                raw.driver_connection.backup(dest)
            except sqlite3.Error as exc:
                raise OSError(f"backup failed ({exc})") from None
            finally:
                dest.close()

        output.write_with(target, copy_into)
    finally:
        raw.close()


def serialize(session: Session, name: str) -> None:
    """Hold a lock named ``name`` until the transaction ends, so check-then-insert steps of
    concurrent writers (is this page stored yet?) take turns instead of racing.

    SQLite needs nothing: its write transactions already take turns (``BEGIN IMMEDIATE``).
    PostgreSQL gets a transaction-scoped advisory lock; a writer that finds it taken says so
    (the store's ``on_wait``) before it waits, as on SQLite.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    key = {"key": _lock_key(name)}
    if session.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), key).scalar():
        return
    on_wait = session.info.get("on_wait")
    if on_wait is not None:
        on_wait()
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), key)

"""Shared fixtures: a real store per test, the seed article, and a real local web server.

The store is a SQLite file by default.  With ``FACTCHECK_TEST_PG`` set to a PostgreSQL server
URL (``postgresql+psycopg://user@127.0.0.1:5432/postgres``), every test that takes ``db_url``
gets a fresh PostgreSQL database instead, copied from a migrated template: ``.ci/run`` runs
the suite both ways.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

import pytest
from pageserver import page_server  # noqa: F401  (the local HTTP server fixture)
from paths import SEED_ARTICLE
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from factcheck.config import FetchSettings
from factcheck.db import Store, open_store
from factcheck.services.access import Access

PG_SERVER = os.environ.get("FACTCHECK_TEST_PG")


def pytest_report_header(config) -> str:
    where = make_url(PG_SERVER).render_as_string() if PG_SERVER else "SQLite files"
    return f"factcheck stores: {where}"


@pytest.fixture(scope="session")
def pg_template():
    """A migrated PostgreSQL database that each test's database is copied from (fast)."""
    if not PG_SERVER:
        yield None
        return
    admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
    name = f"fc_template_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_SERVER).set(database=name).render_as_string(hide_password=False)
    open_store(url).close()
    yield admin, name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def db_url(tmp_path: Path, pg_template) -> str:
    """A fresh, empty store for one test."""
    if pg_template is None:
        yield f"sqlite:///{tmp_path / 'claims.db'}"
        return
    admin, template = pg_template
    name = f"fc_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield make_url(PG_SERVER).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def store(db_url: str):
    opened: Store = open_store(db_url)
    yield opened
    opened.close()


@pytest.fixture
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def access() -> Access:
    """The suite's desk rules (``desk_rules_for_tests``) as a front end hands them to the
    services it calls: the page server on 127.0.0.1 is fetched, files under pytest's
    temporary folder and the repository are read."""
    folders = os.environ["FACTCHECK_FILE_FOLDERS"]
    return Access(FetchSettings(allow_private="true", file_folders=folders))


@pytest.fixture(autouse=True, scope="session")
def desk_rules_for_tests(tmp_path_factory: pytest.TempPathFactory):
    """The desk rules the suite runs under, set explicitly (subprocesses inherit them):
    the page server is on 127.0.0.1, so private addresses are fetched; test files live under
    pytest's temporary folder and the repository.  Tests of the rules themselves override.
    The environment reaches the front ends only (the CLI, the workbench, a worker script): a
    test that calls a service which reads a file or fetches a page passes it the ``access``
    fixture, as a front end passes the rules it resolved."""
    saved = {
        key: os.environ.get(key) for key in ("FACTCHECK_ALLOW_PRIVATE", "FACTCHECK_FILE_FOLDERS")
    }
    os.environ["FACTCHECK_ALLOW_PRIVATE"] = "true"
    os.environ["FACTCHECK_FILE_FOLDERS"] = os.pathsep.join(
        [
            str(tmp_path_factory.getbasetemp()),
            str(Path(__file__).resolve().parent.parent),
            tempfile.gettempdir(),
        ]
    )
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value

"""Shared fixtures: a real store file per test, the seed article, and a real local web server."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.db import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED_ARTICLE = FIXTURES / "articles" / "seed.txt"


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh store for one test: a SQLite file in the test's own folder."""
    return f"sqlite:///{tmp_path / 'claims.db'}"


@pytest.fixture
def store(db_url: str):
    opened: Store = open_store(db_url)
    yield opened
    opened.close()


@pytest.fixture
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")

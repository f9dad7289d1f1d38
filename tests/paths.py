"""Where the test data lives: imported by tests directly (``conftest`` is not importable by
name once tests/tui/ brings a conftest of its own)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED_ARTICLE = FIXTURES / "articles" / "seed.txt"

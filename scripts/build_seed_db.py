"""Rebuild the committed ``claims.db`` from ``fixtures/``: the seed article imported, no verdicts.

Run from the repository root after a change to the extractor or the schema:
``python scripts/build_seed_db.py``.  ``tests/test_seed_db.py`` fails until it is run, so the
committed store and the code can never drift apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = "fixtures/articles/seed.txt"
# The article's own last line names its headline and publisher (see fixtures/README.md).
SEED_TITLE = "Inside OpenAI’s Race to Catch Up to Claude Code"


def build(target: Path) -> None:
    from dataclasses import replace

    from factcheck.db import open_store
    from factcheck.intake.articles import read_article
    from factcheck.services import import_article

    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    store = open_store(f"sqlite:///{target}")
    try:
        article = read_article(ROOT / SEED)
        import_article(store, replace(article, origin=SEED, title=SEED_TITLE))
    finally:
        store.close()


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "claims.db")

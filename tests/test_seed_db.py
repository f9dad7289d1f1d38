"""The committed claims.db is exactly what the code makes of fixtures/ (no drift)."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

from paths import ROOT

# Columns stamped with the time of the build: everything else must be equal.
STAMPS = {"imported_at", "created_at", "updated_at"}


def rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        content = {}
        for table in sorted(tables):
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            keep = ", ".join(f'"{c}"' for c in columns if c not in STAMPS)
            content[table] = conn.execute(f'SELECT {keep} FROM "{table}" ORDER BY 1').fetchall()
        return content
    finally:
        conn.close()


def test_committed_claims_db_matches_a_rebuild_from_fixtures(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_seed_db", ROOT / "scripts" / "build_seed_db.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rebuilt = tmp_path / "claims.db"
    module.build(rebuilt)
    copy = tmp_path / "committed.db"
    copy.write_bytes((ROOT / "claims.db").read_bytes())  # read a copy: the repo stays untouched
    committed = rows(copy)
    assert committed == rows(rebuilt), "claims.db is stale: run python scripts/build_seed_db.py"
    assert committed["claim"], "the seed store holds no claims"
    assert committed["verdict"] == []

"""The command line starts fast because each command loads only what it uses: a claims file
is told from an article without the fetcher, the page extractor or the terminal UI, and
``--help`` loads none of them.  Each case runs in a fresh interpreter, so nothing an earlier
test imported can hide a heavy import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from paths import SEED_ARTICLE

HEAVY = ("httpx", "trafilatura", "textual", "lxml")


def _loaded_after(code: str, cwd: Path) -> set[str]:
    """The top-level packages of ``HEAVY`` that running ``code`` imported."""
    probe = (
        "import json, sys\n"
        f"{code}\n"
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=cwd, capture_output=True, text=True, check=True
    )
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_help_loads_no_heavy_package(tmp_path: Path) -> None:
    code = (
        "from factcheck.cli import main\n"
        "try:\n"
        "    main(['--help'], standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass"
    )
    assert _loaded_after(code, tmp_path) == set()


@pytest.mark.parametrize("name", ["claims.csv", "claims.jsonl", "article.txt"])
def test_telling_a_claims_file_from_an_article_loads_no_fetcher(tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    if name.endswith(".txt"):
        target.write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    elif name.endswith(".csv"):
        target.write_text("text\nThe bridge opened in 1932.\n", encoding="utf-8")
    else:
        target.write_text('{"text": "The bridge opened in 1932."}\n', encoding="utf-8")
    code = (
        f"from factcheck.services.claims import claims_file_form\nclaims_file_form({str(target)!r})"
    )
    assert _loaded_after(code, tmp_path) == set()


def test_importing_a_claims_file_loads_no_fetcher_or_ui(tmp_path: Path) -> None:
    rows = tmp_path / "claims.csv"
    rows.write_text("text\nThe bridge opened in 1932.\n", encoding="utf-8")
    db = tmp_path / "claims.db"
    code = (
        "from factcheck.cli import main\n"
        "try:\n"
        f"    main(['--db', {str(db)!r}, 'import', {str(rows)!r}], standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass"
    )
    assert _loaded_after(code, tmp_path) == set()

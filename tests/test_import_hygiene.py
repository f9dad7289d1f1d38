"""The command line starts fast because each command loads only what it uses: a claims file
is told from an article without the fetcher, the page extractor or the terminal UI,
``--help`` loads none of them, and the commands a checker runs all day on the store
(``claims``, ``status``, ``history``, ``verdict``…) load neither the claim extractor nor the
report layer nor the fetcher.  Each case runs in a fresh interpreter, so nothing an earlier
test imported can hide a heavy import."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from paths import ROOT, SEED_ARTICLE

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


# What a command that only reads the store, or adds one row to it, must not load: the claim
# extractor's patterns (a good part of a second to compile), the report layer, the claims
# file and article readers, the fuzzy matcher, the fetcher and the page extractor.
NOT_FOR_READING = (
    "factcheck.extract.facts",
    "factcheck.extract.extractor",
    "factcheck.report",
    "factcheck.intake",
    "factcheck.match",
    "factcheck.sources.evidence",
    "httpx",
    "trafilatura",
    "courlan",
    "rapidfuzz",
    "lxml",
    "textual",
)

READING_COMMANDS = {
    "claims": ["claims"],
    "claims-jsonl": ["claims", "--format", "jsonl"],
    "claims-kind": ["claims", "--kind", "number"],
    "status": ["status"],
    "history": ["history", "1"],
    "articles": ["articles"],
    "sources": ["sources"],
    "scale": ["scale"],
    "fact": ["fact", "1", "1", "checked"],
    "verdict": ["verdict", "1", "supported", "--rationale", "The minutes say so."],
}
# These print plain lines, no table: rich (the console tables print to) is not loaded either.
PLAIN_LINES = {"status", "history", "scale", "fact", "verdict"}


@pytest.mark.parametrize("command", list(READING_COMMANDS))
def test_commands_that_read_the_store_load_no_extractor_report_or_fetcher(
    tmp_path: Path, command: str
) -> None:
    db = tmp_path / "claims.db"
    shutil.copyfile(ROOT / "claims.db", db)
    args = ["--db", str(db), *READING_COMMANDS[command]]
    unwanted = NOT_FOR_READING + (("rich",) if command in PLAIN_LINES else ())
    probe = (
        "import json, sys\n"
        "from factcheck.cli import main\n"
        "try:\n"
        f"    main({args!r}, standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        f"unwanted = {unwanted!r}\n"
        "print(json.dumps(sorted(m for m in sys.modules"
        " if any(m == w or m.startswith(w + '.') for w in unwanted))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "FACTCHECK_CHECKER": "tester"},
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_the_lazy_names_of_a_package_all_resolve() -> None:
    """``factcheck.extract`` and ``factcheck.services.sources`` load their names on first use
    from a table: a name in ``__all__`` the table lost, or one it points at the wrong module
    for, would only fail when a caller first asks for it."""
    import factcheck.extract as extract
    import factcheck.services.sources as sources

    for package in (extract, sources):
        assert sorted(package._EXPORTS) == sorted(package.__all__)
        for name in package.__all__:
            assert getattr(package, name) is not None


def test_a_claims_facts_and_the_reports_facts_have_the_same_fields() -> None:
    """``FactView`` copies the fields of the report's ``ReportFact`` rather than extending it,
    so listing claims does not load the report layer; the two must stay in step."""
    from factcheck.report.data import ReportFact
    from factcheck.services.views import FactView

    def shape(cls: type) -> list[tuple[str, object, object]]:
        return [(f.name, f.type, f.default) for f in dataclasses.fields(cls)]

    assert shape(FactView) == shape(ReportFact)

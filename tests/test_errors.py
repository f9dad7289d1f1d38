"""Errors carry what they are about: a file's path, a claims file's line, a setting, apart
from the reason, so a front end that names the subject never has to parse the message, and
the message names it once."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.errors import BadInput, FactcheckError, naming
from factcheck.intake.claimfile import read_claim_file
from factcheck.sources.files import read_file


def test_a_missing_file_is_the_subject_of_its_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(BadInput) as caught:
        read_file(missing, 1_000, "article")
    assert caught.value.subject == str(missing)
    assert caught.value.reason == "no such file"
    assert naming(caught.value, str(missing)).count(str(missing)) == 1


def test_a_folder_is_refused_with_its_path_as_subject(tmp_path: Path) -> None:
    with pytest.raises(BadInput) as caught:
        read_file(tmp_path, 1_000, "article")
    assert caught.value.subject == str(tmp_path)
    assert "folder" in caught.value.reason


def test_a_bad_row_names_file_and_line_as_subject(tmp_path: Path) -> None:
    rows = tmp_path / "claims.csv"
    rows.write_text("text,colour\nThe bridge opened in 1932.,red\n", encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        read_claim_file(rows)
    assert caught.value.subject == f"{rows}:1"
    assert "colour" in caught.value.reason
    assert str(caught.value).count(str(rows)) == 1


NO_PROSE = b"<html><body><nav><a href='/'>Home</a> <a href='/b'>News</a></nav></body></html>"


def _refusals(tmp: Path) -> list[tuple[str, Callable[[], object]]]:
    """(subject, a call refused about it): one for each reader that names a path or a URL."""
    from factcheck.intake.articles import article_from_bytes
    from factcheck.output import resolve_target
    from factcheck.services.claims import read_claims
    from factcheck.sources.content import extract_content, extract_file
    from factcheck.sources.files import check_folder, read_stream
    from factcheck.sources.pdf import read_pdf

    folder = tmp / "reports"
    folder.mkdir()
    menu = tmp / "menu.html"
    menu.write_bytes(NO_PROSE)
    empty = tmp / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    url = "https://news.example/2024/plant"
    return [
        (str(folder), lambda: resolve_target(folder)),
        (str(tmp / "no" / "r.md"), lambda: resolve_target(tmp / "no" / "r.md")),
        (str(tmp / "memo.txt"), lambda: check_folder(tmp / "memo.txt", [tmp / "elsewhere"])),
        ("stdin", lambda: read_stream(io.BytesIO(b"x" * 10), "stdin", 5, "an article")),
        (url, lambda: extract_content(NO_PROSE, "text/html", url)),
        (url, lambda: extract_content(b"%PDF-1.7 cut", "application/pdf", url)),
        (url, lambda: extract_content(b"\x89PNG\r\n\x1a\n....", "image/png", url)),
        (url, lambda: read_pdf(b"%PDF-1.7 cut", url)),
        (str(menu), lambda: extract_file(menu)),
        (str(empty), lambda: extract_file(empty)),
        ("menu.html", lambda: article_from_bytes(NO_PROSE, "menu.html")),
        (str(menu), lambda: read_claims(menu, "claimreview")),
    ]


def test_every_reader_names_its_path_or_url_once_as_the_subject(tmp_path: Path) -> None:
    """The message names the subject once, and a front end that names it again (the CLI's
    fetch summary, the workbench's notice) does not repeat it."""
    for subject, refused in _refusals(tmp_path):
        with pytest.raises(FactcheckError) as caught:
            refused()
        error = caught.value
        assert error.subject == subject, (subject, str(error))
        assert subject not in error.reason, str(error)
        assert str(error).count(subject) == 1, str(error)
        assert naming(error, subject).count(subject) == 1, str(error)


def test_a_failed_page_in_a_batch_is_named_once(db_url: str, page_server, tmp_path: Path) -> None:
    from click.testing import CliRunner
    from paths import SEED_ARTICLE

    from factcheck.cli import main

    url = page_server.serve("/menu-only", NO_PROSE, "text/html; charset=utf-8")
    listing = tmp_path / "urls.txt"
    listing.write_text(url + "\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db_url, "import", str(SEED_ARTICLE)]).exit_code == 0
    result = runner.invoke(main, ["--db", db_url, "fetch", str(listing), "--claim", "1"])
    assert result.exit_code == 0, result.output
    (failed,) = [line for line in result.output.splitlines() if "failed:" in line]
    assert "no article text found" in failed and failed.count(url) == 1, failed


def test_no_service_error_names_a_command_line_flag() -> None:
    """A service's refusal is worded for any front end: the workbench has no ``--all`` to
    offer.  The command line adds its own flags to the errors it shows."""
    import ast

    from factcheck import services

    root = Path(services.__file__).parent
    worded = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            raised = node.exc if isinstance(node, ast.Raise) else None
            if isinstance(raised, ast.Call):
                text = " ".join(
                    n.value
                    for n in ast.walk(raised)
                    if isinstance(n, ast.Constant) and isinstance(n.value, str)
                )
                if " --" in f" {text}" or "'factcheck " in text:
                    worded.append(f"{path.name}:{node.lineno}")
    assert worded == []

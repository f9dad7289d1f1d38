"""PDFs on the command line: a report imported as an article, a filing attached and cited."""

from __future__ import annotations

import json

import pytest
from pdfs import scanned_pdf, text_pdf
from test_cli import digest, run
from test_sources_pdf import AES_PDFS, HAS_AES, REPORT


@pytest.fixture
def db(db_url: str) -> str:
    return db_url


def test_import_a_pdf_report_as_an_article(db: str, tmp_path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(text_pdf(REPORT))
    result = run(db, "import", str(path))
    assert result.exit_code == 0, result.output
    assert "imported article 1 (Harlow County Budget 2024)" in result.output
    listed = run(db, "claims", "--format", "jsonl").output.splitlines()
    texts = [json.loads(line)["text"] for line in listed]
    assert any("$45.2 million" in text for text in texts)
    assert any("$12 million" in text for text in texts)
    again = run(db, "import", str(path))
    assert "already imported as article 1" in again.output


def test_attach_a_pdf_and_read_its_passages_by_page(db: str, tmp_path, page_server) -> None:
    article = tmp_path / "story.txt"
    article.write_text(
        "The water district's reserve fund holds $15 million, the district said on Monday.\n",
        encoding="utf-8",
    )
    assert run(db, "import", str(article)).exit_code == 0
    url = page_server.serve("/cli/budget.pdf", text_pdf(REPORT), "application/pdf")
    attached = run(db, "attach", "1", url)
    assert attached.exit_code == 0, attached.output
    assert "added as source 1" in attached.output
    shown = run(db, "source", "1", "--no-text")
    assert "type: application/pdf" in shown.output and "pages: 3" in shown.output
    assert "body: sha256 " in shown.output
    passages = run(db, "passages", "1", "1", "--limit", "1")
    (first, *checks) = passages.output.splitlines()
    assert " p. 2 " in first and "reserve fund" in first
    assert any("$15 million differs: the source says $12 million" in line for line in checks)


def test_a_scanned_pdf_is_one_line_non_zero_and_writes_nothing(db: str, tmp_path) -> None:
    run(db, "import", str(tmp_path / "absent.txt"))  # opens (and migrates) the store
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scanned_pdf())
    before = digest(db)
    result = run(db, "import", str(scan))
    assert result.exit_code != 0
    assert result.output.strip().splitlines() == [
        f"Error: {scan}: no text layer: a scanned document (run OCR on it first)"
    ]
    assert digest(db) == before


@pytest.mark.skipif(HAS_AES, reason="cryptography is installed: AES PDFs are read")
def test_an_aes_pdf_is_one_line_non_zero_and_writes_nothing(db: str, tmp_path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("The county will spend $45.2 million on roads in 2024.\n")
    assert run(db, "import", str(article)).exit_code == 0
    locked = tmp_path / "budget.pdf"
    locked.write_bytes((AES_PDFS / "aes-owner-locked.pdf").read_bytes())
    refused_as_import_and_source(
        db,
        locked,
        f"Error: {locked}: the PDF is encrypted with AES, which needs the cryptography "
        "package (pip install cryptography); or save an unprotected copy",
    )


def refused_as_import_and_source(db: str, path, line: str) -> None:
    """`import PATH` and `attach 1 PATH` each say `line` alone, fail, and store nothing."""
    before = digest(db)
    for command in (["import", str(path)], ["attach", "1", str(path)]):
        result = run(db, *command)
        assert result.exit_code != 0
        assert result.output.strip().splitlines() == [line]
        assert digest(db) == before


def test_a_text_file_named_pdf_is_refused_as_import_and_as_source(db: str, tmp_path) -> None:
    """A file named .pdf whose bytes are HTML or text (most often a failed download: the
    login or error page saved under the report's name) is not stored as the report."""
    article = tmp_path / "story.txt"
    article.write_text("The water district's reserve fund holds $15 million, it said.\n")
    assert run(db, "import", str(article)).exit_code == 0
    saved = tmp_path / "report.pdf"
    saved.write_text(
        "<html><body><p>Please sign in to download this report. The district's budget "
        "office publishes its reports to members only; ask your editor for a login.</p>"
        "</body></html>"
    )
    refused_as_import_and_source(
        db,
        saved,
        f"Error: {saved}: named .pdf but it is not a PDF (no %PDF- signature; "
        "a page saved under a PDF's name?)",
    )
    renamed = saved.rename(tmp_path / "report.html")
    attached = run(db, "attach", "1", str(renamed))  # read as what it is
    assert attached.exit_code == 0, attached.output

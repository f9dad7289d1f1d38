"""PDF documents as sources: text page by page, metadata, and a clear line for each refusal."""

from __future__ import annotations

import importlib.util

import pytest
from pageserver import PAGES, PageServer
from paths import FIXTURES
from pdfs import numbered_pages, scanned_pdf, text_pdf

from factcheck.errors import BadInput, FetchFailed
from factcheck.sources.content import extract_content, extract_file
from factcheck.sources.fetch import FetchOptions, fetch
from factcheck.sources.pdf import PAGE_BREAK, page_at, page_label, read_pdf

FAST = FetchOptions(connect_timeout=1, read_timeout=2, deadline=5, retries=0, allow_private=True)
ROADS = (
    "The county will spend $45.2 million on road repairs in 2025, up from $38.0 million the "
    "year before, according to figures the treasurer's office released on Monday."
)
RESERVE = (
    "The water district's reserve fund stands at $12 million. It was created in 1998 and has "
    "never been drawn down by more than a tenth in any single year since then."
)
REPORT = [["Summary", ROADS], ["Water", RESERVE], ["Outlook", "Nothing else changes in 2026."]]


def test_each_page_is_read_and_knows_its_number() -> None:
    document = read_pdf(text_pdf(REPORT), "report.pdf")
    assert document.pages == 3
    assert document.text.count(PAGE_BREAK) == 2
    # A paragraph wrapped over several lines by the typesetter comes back as one line.
    assert ROADS in document.text.splitlines()
    assert page_at(document.text, document.text.index("$45.2 million")) == 1
    assert page_at(document.text, document.text.index("reserve fund")) == 2
    assert page_at(document.text, document.text.index("Nothing else")) == 3
    start = document.text.index("It was created")
    assert page_label(document.text, start, start + 20) == "p. 2"
    across = document.text.index("$45.2"), document.text.index("reserve fund")
    assert page_label(document.text, *across) == "pp. 1–2"


def test_title_author_and_date_come_from_the_metadata() -> None:
    document = read_pdf(text_pdf(REPORT), "report.pdf")
    assert document.title == "Harlow County Budget 2024"
    assert document.author == "Office of the County Treasurer"
    assert document.published == "2024-03-01"
    bare = read_pdf(text_pdf(REPORT, title=None, author=None, created=None), "bare.pdf")
    assert bare.title == "Summary"  # the first line stands in for a missing title
    assert bare.author is None


def test_a_blank_first_page_does_not_shift_the_page_numbers() -> None:
    document = read_pdf(text_pdf([[""], ["Cover note"], REPORT[1]]), "blank-first.pdf")
    assert page_at(document.text, document.text.index("Cover note")) == 2
    assert page_at(document.text, document.text.index("reserve fund")) == 3


def test_a_scan_without_a_text_layer_is_refused_by_name() -> None:
    with pytest.raises(FetchFailed) as refused:
        read_pdf(scanned_pdf(), "scan.pdf")
    assert str(refused.value).startswith("scan.pdf: no text layer: a scanned document")


def test_a_pdf_locked_with_a_password_is_refused() -> None:
    locked = text_pdf(REPORT, owner_password="owner", user_password="reader")
    with pytest.raises(FetchFailed, match="encrypted and needs a password"):
        read_pdf(locked, "locked.pdf")


def test_a_pdf_protected_only_against_editing_is_read() -> None:
    document = read_pdf(text_pdf(REPORT, owner_password="owner"), "protected.pdf")
    assert ROADS in document.text


@pytest.mark.parametrize("share", [0.1, 0.5, 0.95])
def test_a_truncated_pdf_is_damaged(share: float) -> None:
    body = text_pdf(REPORT)
    with pytest.raises(FetchFailed) as refused:
        read_pdf(body[: int(len(body) * share)], "cut.pdf")
    message = str(refused.value)
    assert "damaged or cut short" in message and "\n" not in message


def test_garbage_after_the_signature_is_damaged() -> None:
    with pytest.raises(FetchFailed, match="damaged"):
        read_pdf(b"%PDF-1.7\n" + bytes(range(256)) * 8, "junk.pdf")


def test_too_many_pages_is_one_clear_line() -> None:
    with pytest.raises(FetchFailed, match="PDF of 12 pages is over the 10-page limit"):
        read_pdf(text_pdf(numbered_pages(12, words=20)), "long.pdf", max_pages=10)


def test_a_pdf_over_http_is_read_whatever_the_label(page_server: PageServer) -> None:
    url = page_server.serve("/docs/report.pdf", text_pdf(REPORT), "application/pdf")
    result = fetch(url, FAST)
    content = extract_content(result.body, result.content_type, result.final_url)
    assert content.content_type == "application/pdf" and content.pages == 3
    assert RESERVE in content.text and content.title == "Harlow County Budget 2024"
    lying = fetch(page_server.url("/pdf-as-html"), FAST)
    assert lying.content_type == "text/html"
    read = extract_content(lying.body, lying.content_type, lying.final_url)
    assert read.text == "Harlow County budget 2024" and read.content_type == "application/pdf"


def test_a_body_labelled_pdf_that_is_not_one_is_refused() -> None:
    with pytest.raises(FetchFailed, match="not one"):
        extract_content(b"<html><body><p>Sorry, moved.</p></body></html>", "application/pdf", None)


def test_a_local_pdf_keeps_its_own_bytes(tmp_path) -> None:
    body = text_pdf(REPORT)
    path = tmp_path / "report.pdf"
    path.write_bytes(body)
    content = extract_file(path)
    assert content.document == body and content.pages == 3
    fixture = extract_file(PAGES / "budget.pdf")
    assert fixture.text == "Harlow County budget 2024"


def test_local_refusals_are_bad_input_naming_the_file(tmp_path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf())
    with pytest.raises(BadInput) as refused:
        extract_file(path)
    assert str(refused.value) == f"{path}: no text layer: a scanned document (run OCR on it first)"


AES_PDFS = FIXTURES / "pdfs"
HAS_AES = importlib.util.find_spec("cryptography") is not None


@pytest.mark.parametrize("name", ["aes-owner-locked.pdf", "aes-256-owner-locked.pdf"])
def test_an_aes_encrypted_pdf_is_read_or_refused_naming_what_it_needs(name: str) -> None:
    """PDFs protected against editing with AES (no password to open them) are common among
    official documents; pypdf decrypts AES only with the ``cryptography`` package, a
    dependency for that reason.  With it: the text; in an environment without it: one line
    saying so."""
    body = (AES_PDFS / name).read_bytes()
    if HAS_AES:
        assert "$45.2 million" in read_pdf(body, name).text
        return
    with pytest.raises(FetchFailed) as refused:
        read_pdf(body, name)
    assert str(refused.value) == (
        f"{name}: the PDF is encrypted with AES, which needs the cryptography package "
        "(pip install cryptography); or save an unprotected copy"
    )

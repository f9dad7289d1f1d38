"""Reducing fetched bodies and local files to text: what is kept, what is refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pageserver import PAGES, PageServer

from factcheck.errors import BadInput, FetchFailed
from factcheck.sources.content import Content, extract_content, extract_file
from factcheck.sources.fetch import FetchOptions, fetch

FAST = FetchOptions(connect_timeout=1, read_timeout=2, deadline=5, retries=0, allow_private=True)


def read(page_server: PageServer, path: str) -> Content:
    result = fetch(page_server.url(path), FAST)
    return extract_content(result.body, result.content_type, result.final_url, result.charset)


def refused(page_server: PageServer, path: str) -> str:
    result = fetch(page_server.url(path), FAST)
    with pytest.raises(FetchFailed) as raised:
        extract_content(result.body, result.content_type, result.final_url, result.charset)
    message = str(raised.value)
    assert "\n" not in message and message.startswith(page_server.url(path))
    return message


def test_news_page_gives_article_text_and_metadata(page_server: PageServer) -> None:
    content = read(page_server, "/story/battery-plant")
    assert content.title == "Voltaria to build $2.5 billion battery plant in Harlow County"
    assert content.author == "Priya Raman"
    assert content.published == "2024-03-04"
    assert content.site_name == "The Harlow Courier"
    assert content.content_type == "text/html"
    assert content.canonical_url == (
        "https://www.harlowcourier.example/business/2024/03/04/voltaria-battery-plant"
    )
    assert "a $2.5 billion battery cell factory" in content.text
    assert "“This is the largest single investment our county has ever seen" in content.text
    for chrome in ("Obituaries", "Sign up for the Courier", "All rights reserved", "Related"):
        assert chrome not in content.text


def test_syndicated_copy_has_its_own_site(page_server: PageServer) -> None:
    content = read(page_server, "/syndicated/battery-plant")
    assert content.site_name == "Midstate Wire"
    assert "Most read" not in content.text and "Ice storm" not in content.text
    assert "content-sharing agreement" in content.text


def test_plain_text_is_kept_as_is(page_server: PageServer) -> None:
    content = read(page_server, "/transcript")
    original = (PAGES / "council-transcript.txt").read_text(encoding="utf-8").strip()
    assert content.text == original
    assert content.content_type == "text/plain"
    assert content.title == "HARLOW COUNTY BOARD OF COMMISSIONERS"


def test_page_labelled_utf8_but_written_in_cp1252(page_server: PageServer) -> None:
    content = read(page_server, "/charset/cp1252-as-utf8")
    assert "René Doucet" in content.text and "Crème Brûlée Café" in content.text
    assert "town’s zoning board" in content.text
    assert content.charset == "cp1252"


def test_page_labelled_latin1_but_written_in_utf8(page_server: PageServer) -> None:
    content = read(page_server, "/charset/utf8-as-latin1")
    assert "Crème Brûlée Café" in content.text and "Ã" not in content.text
    assert "“I’m relieved — this patio" in content.text


def test_page_without_any_charset(page_server: PageServer) -> None:
    assert "Crème Brûlée" in read(page_server, "/charset/undeclared").text


def test_explicit_charset_argument_wins_over_the_header() -> None:
    body = "<html><body><article><p>Le maire a présenté un budget de 4 millions d’euros pour"
    body += " la rénovation de l’école et du gymnase municipal.</p></article></body></html>"
    content = extract_content(body.encode("cp1252"), "text/html; charset=utf-8", None, "cp1252")
    assert "présenté" in content.text and "d’euros" in content.text


def test_xhtml_with_xml_declaration(page_server: PageServer) -> None:
    content = read(page_server, "/xhtml")
    assert content.title == "Route 9 bridge to close for inspection"
    assert "14,000 vehicles a day" in content.text


def test_page_without_content_type_is_sniffed(page_server: PageServer) -> None:
    assert "Voltaria" in read(page_server, "/no-content-type").text


def test_malformed_html_still_gives_its_text(page_server: PageServer) -> None:
    content = read(page_server, "/malformed")
    assert content.title == "Ferry service to resume after storm repairs"
    assert "Repairs cost about $410,000" in content.text


@pytest.mark.parametrize(
    "body",
    [
        b"<html><<<>>><p>>>><<</html>",
        b"<div>" * 5000 + b"deep" + b"</div>" * 10,
        b"<!-- never closed <p>text",
        b"<html><body><p>" + "é".encode("latin-1") * 300,
        b"<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>",
        b"<script>" + b"var x = 1;" * 2000,
        b"   ",
    ],
)
def test_broken_html_never_crashes(body: bytes) -> None:
    try:
        content = extract_content(body, "text/html", "http://example.com/x")
    except FetchFailed as exc:
        assert "\n" not in str(exc)
    else:
        assert content.text


def test_page_without_article_text_is_refused(page_server: PageServer) -> None:
    assert "no article text found" in refused(page_server, "/no-article")
    assert "no article text found" in refused(page_server, "/empty")


@pytest.mark.parametrize(
    ("path", "named"),
    [
        ("/image", "PNG image (image/png)"),
        ("/binary", "binary data (application/octet-stream)"),
        ("/binary-as-html", "binary data (text/html)"),
    ],
)
def test_binary_bodies_are_refused_by_name(page_server: PageServer, path: str, named: str) -> None:
    message = refused(page_server, path)
    assert named in message and "only HTML and text" in message


@pytest.mark.parametrize(
    ("content_type", "named"),
    [
        ("application/octet-stream", "application/octet-stream"),
        ("application/json", "application/json"),
        ("application/zip", "application/zip"),
        ("image/svg+xml", "image/svg+xml"),
    ],
)
def test_other_types_are_refused_even_when_textual(content_type: str, named: str) -> None:
    with pytest.raises(FetchFailed, match=re.escape(f"{named} is not supported")):
        extract_content(b"<html><body><p>text</p></body></html>", content_type, None)


def test_extract_file_reads_html_and_text() -> None:
    page = extract_file(PAGES / "battery-plant.html")
    assert page.title and "Voltaria" in page.text
    transcript = extract_file(str(PAGES / "council-transcript.txt"))
    assert transcript.content_type == "text/plain"


def test_extract_file_sniffs_unknown_extensions(tmp_path: Path) -> None:
    saved = tmp_path / "saved-page"
    saved.write_bytes((PAGES / "water-use.html").read_bytes())
    assert extract_file(saved).content_type == "text/html"
    notes = tmp_path / "notes.csv"
    notes.write_text("speaker,said\nOkafor,Nobody has told us where that water is coming from\n")
    assert extract_file(notes).content_type == "text/plain"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(100), "JPEG image"),
        ("report.docx", b"PK\x03\x04" + bytes(100), "ZIP archive"),
        ("data.json", b'{"a": 1}', "application/json is not supported"),
        ("empty.txt", b"", "the text is empty"),
        ("nav.html", (PAGES / "no-article.html").read_bytes(), "no article text found"),
    ],
)
def test_extract_file_refusals_are_bad_input(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(BadInput) as raised:
        extract_file(path)
    assert reason in str(raised.value) and str(path) in str(raised.value)


def test_extract_file_missing_or_directory(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="no such file"):
        extract_file(tmp_path / "absent.html")
    with pytest.raises(BadInput, match="is a folder"):
        extract_file(tmp_path)


def test_an_html_file_without_prose_says_what_it_lacks_not_in_the_page(tmp_path: Path) -> None:
    path = tmp_path / "page"
    path.write_bytes((PAGES / "no-article.html").read_bytes())
    with pytest.raises(BadInput) as raised:
        extract_file(path)
    message = str(raised.value)
    assert "in the page" not in message and "no paragraphs of prose" in message
    assert message.count(str(path)) == 1

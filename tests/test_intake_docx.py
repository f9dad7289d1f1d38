"""Word manuscripts in: the body in reading order, tracked changes accepted, footnotes last."""

from __future__ import annotations

import io
import zipfile

import pytest
from manuscripts import DELETED, INSERTED, KEPT, LEAD, NOTE, TABLE, manuscript

from factcheck.errors import BadInput
from factcheck.intake.articles import article_from_bytes
from factcheck.intake.docx import is_docx, read_docx


def test_the_body_is_read_in_order_one_paragraph_a_line() -> None:
    text, title, author = read_docx(manuscript(), "feature.docx")
    lines = text.split("\n")
    assert lines[0] == "A terminal for Millbrook" and lines[1] == LEAD
    assert lines.index("What residents said") < lines.index(
        "Two crossings were cancelled last winter."
    )
    # Each table cell is a paragraph of its own, row by row.
    cells = [value for row in TABLE for value in row]
    assert lines[lines.index(cells[0]) : lines.index(cells[0]) + 4] == cells
    assert (title, author) == ("A terminal for Millbrook", "Rosa Lindqvist")


def test_tracked_insertions_are_taken_and_deletions_dropped() -> None:
    text, _, _ = read_docx(manuscript(), "feature.docx")
    assert INSERTED + KEPT in text.split("\n")
    assert DELETED.strip() not in text


def test_formatting_runs_join_into_one_sentence_and_footnotes_come_last() -> None:
    text, _, _ = read_docx(manuscript(), "feature.docx")
    lines = text.split("\n")
    assert (
        "Mayor Ana Ruiz called it the biggest investment in a generation, according to the "
        "council's minutes." in lines
    )
    assert lines[-1] == f"[1] {NOTE}"
    assert f"[1] {NOTE}" not in read_docx(manuscript(footnote=False), "x.docx")[0]


def test_an_article_from_a_docx_keeps_its_file() -> None:
    data = manuscript()
    article = article_from_bytes(data, "feature.docx")
    assert article.document == data and article.byline == "Rosa Lindqvist"
    assert is_docx(data) and not is_docx(b"PK\x03\x04" + bytes(40))


def test_a_damaged_docx_is_one_line() -> None:
    data = manuscript()
    archive = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(archive, "w") as target:
        for item in source.infolist():
            body = source.read(item)
            if item.filename == "word/document.xml":
                body = body[: len(body) // 2]  # cut mid-element
            target.writestr(item, body)
    with pytest.raises(BadInput) as refused:
        article_from_bytes(archive.getvalue(), "broken.docx")
    assert str(refused.value).startswith("broken.docx: ") and "\n" not in str(refused.value)


def test_an_empty_manuscript_is_refused() -> None:
    import docx

    out = io.BytesIO()
    docx.Document().save(out)
    with pytest.raises(BadInput, match="no text"):
        article_from_bytes(out.getvalue(), "empty.docx")

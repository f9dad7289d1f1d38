"""Article input from a file or standard input: plain text, HTML reduced to its main text, the
text layer of a PDF (a report to check, page breaks made blank lines), or a Word manuscript."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import BadInput, FactcheckError
from factcheck.intake.docx import is_docx, read_docx
from factcheck.intake.text import MAX_BYTES, decode_text, read_bytes
from factcheck.limits import megabytes
from factcheck.sources.content import Content, extract_content, looks_like_html
from factcheck.sources.pdf import PAGE_BREAK, PDF_TYPE, is_pdf, misnamed_pdf

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass(frozen=True)
class ArticleInput:
    text: str
    origin: str
    title: str | None = None
    byline: str | None = None
    url: str | None = None
    published: str | None = None
    document: bytes | None = None
    """A Word manuscript's own bytes, kept to write it back annotated."""


def article_from_bytes(
    data: bytes, name: str, *, html: bool | None = None, url: str | None = None
) -> ArticleInput:
    if len(data) > MAX_BYTES:
        raise BadInput(
            f"too large for an article (at most {megabytes(MAX_BYTES)} MB)", subject=name
        )
    if is_docx(data):
        text, title, author = read_docx(data, name)
        return ArticleInput(
            text=text, origin=url or name, title=title, byline=author, url=url, document=data
        )
    pdf = is_pdf(data)
    misnamed = misnamed_pdf(name, data) if url is None else None  # a page's URL may say .pdf
    if misnamed:
        raise BadInput(misnamed, subject=name)
    if html is None:
        html = looks_like_html(data)
    if not html and not pdf:
        return ArticleInput(text=decode_text(data, name), origin=url or name, url=url)
    if not data.strip():
        raise BadInput("the file is empty", subject=name)
    try:
        content = extract_content(data, PDF_TYPE if pdf else "text/html", url, where=name)
    except FactcheckError as exc:
        # The reader says what it read (``where=name``) as the subject, the reason apart.
        raise BadInput(exc.reason, subject=exc.subject or name) from None
    return article_from_content(content, url or name, url)


def article_from_content(content: Content, origin: str, url: str | None) -> ArticleInput:
    """An article from a fetched page or a PDF, read as a source is.

    A PDF's page breaks become blank lines: an article is paragraphs, one a line, and a form
    feed left in it would be dropped by the screen and shift every highlight after it.
    """
    text = content.text.replace("\r\n", "\n").replace(PAGE_BREAK, "\n").strip()
    if not text:
        raise BadInput("no article text found", subject=origin)
    return ArticleInput(
        text=text,
        origin=origin,
        title=content.title,
        byline=content.author,
        url=url,
        published=content.published,
    )


def read_article(path: Path, folders: Sequence[Path] | None = None) -> ArticleInput:
    data = read_bytes(path, folders)
    html = True if path.suffix.lower() in HTML_SUFFIXES else None
    return article_from_bytes(data, str(path), html=html)

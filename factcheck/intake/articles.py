"""Article input from a file or standard input: plain text, or HTML reduced to its main text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import BadInput, FactcheckError
from factcheck.intake.text import MAX_BYTES, decode_text, read_bytes
from factcheck.sources.content import extract_content, looks_like_html

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass(frozen=True)
class ArticleInput:
    text: str
    origin: str
    title: str | None = None
    byline: str | None = None
    url: str | None = None
    published: str | None = None


def article_from_bytes(
    data: bytes, name: str, *, html: bool | None = None, url: str | None = None
) -> ArticleInput:
    if len(data) > MAX_BYTES:
        raise BadInput(f"{name}: too large for an article (at most {MAX_BYTES // 1_048_576} MB)")
    if html is None:
        html = looks_like_html(data)
    if not html:
        return ArticleInput(text=decode_text(data, name), origin=url or name, url=url)
    if not data.strip():
        raise BadInput(f"{name}: the file is empty")
    try:
        content = extract_content(data, "text/html", url)
    except FactcheckError as exc:
        raise BadInput(f"{name}: {_reason(exc, name)}") from None
    text = content.text.replace("\r\n", "\n").strip()
    if not text:
        raise BadInput(f"{name}: no article text found in the HTML")
    return ArticleInput(
        text=text,
        origin=url or name,
        title=content.title,
        byline=content.author,
        url=url,
        published=content.published,
    )


def _reason(exc: Exception, name: str) -> str:
    message = str(exc)
    return message[len(name) + 2 :] if message.startswith(f"{name}: ") else message


def read_article(path: Path) -> ArticleInput:
    data = read_bytes(path)
    html = True if path.suffix.lower() in HTML_SUFFIXES else None
    return article_from_bytes(data, str(path), html=html)

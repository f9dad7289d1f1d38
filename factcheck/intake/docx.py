"""A Word manuscript (.docx) as the article to check: its text in reading order.

Headings, paragraphs, list items and table cells become one paragraph a line, as every
article is kept; tracked insertions are read as accepted and deletions as gone, since the
checker checks what the writer means to publish; footnotes follow the body, one a line,
each marked with its number.  The file's own bytes go with the article, so the annotated
manuscript can be written back from them (`report.docx`).
"""

from __future__ import annotations

import io
import zipfile

from factcheck.errors import BadInput
from factcheck.wordtext import footnote_texts, manuscript_paragraphs

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def is_docx(data: bytes) -> bool:
    """A ZIP holding word/document.xml: a Word document whatever the file is called."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def read_docx(data: bytes, name: str) -> tuple[str, str | None, str | None]:
    """(text, title, author) of a Word manuscript, or BadInput saying why it cannot be read."""
    document = open_docx(data, name)
    lines = [p.text.strip() for p in manuscript_paragraphs(document.element.body)]
    for number, note in enumerate(_footnotes(document), start=1):
        lines.append(f"[{number}] {note}")
    if not lines:
        raise BadInput("the Word document has no text", subject=name)
    properties = document.core_properties
    title = (properties.title or "").strip() or _first_heading(document) or None
    author = (properties.author or "").strip() or None
    return "\n".join(lines), title, author


def open_docx(data: bytes, name: str):
    """The python-docx Document of these bytes; a damaged or locked file is one clear line."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BadInput(f"not a readable Word document ({_why(exc)})", subject=name) from None
    except Exception as exc:  # noqa: BLE001 - lxml and python-docx raise many kinds on bad XML
        raise BadInput(f"the Word document is damaged ({_why(exc)})", subject=name) from None


def _footnotes(document) -> list[str]:
    from lxml import etree

    for relation in document.part.rels.values():
        if relation.reltype.endswith("/footnotes") and not relation.is_external:
            return footnote_texts(etree.fromstring(relation.target_part.blob))
    return []


def _first_heading(document) -> str | None:
    for paragraph in manuscript_paragraphs(document.element.body)[:5]:
        style = (paragraph.style or "").lower()
        if style.startswith(("heading", "title")):
            return paragraph.text.strip()
    return None


def _why(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:100] if text else type(exc).__name__

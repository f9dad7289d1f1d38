"""Reading a PDF document (a budget, a filing, a study) as a source: its text page by page.

Primary documents come as PDFs, and a checker cites them by page, so the text keeps where
each page begins: pages after the first start with a form feed ("\\f", the page break of
plain text since line printers), which every offset-based reader (passages, highlights)
passes over as whitespace.  `page_at` turns an offset back into a page number.

pypdf reads the text layer; a PDF without one (a scan) is refused by name rather than
stored empty, as are encrypted, damaged and oversized documents.  The PDF's own bytes are
kept by the caller as the archived body: the text is only what was read from them.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from dataclasses import dataclass
from datetime import datetime

from factcheck.errors import FetchFailed
from factcheck.limits import PDF_PAGES, PDF_TEXT_CHARS

PDF_TYPE = "application/pdf"
PAGE_BREAK = "\f"
MAX_PAGES = PDF_PAGES  # the caps on a PDF (factcheck.limits says why)
MAX_TEXT_CHARS = PDF_TEXT_CHARS
MIN_TEXT_CHARS = 20
"""Fewer letters and digits than this in the whole document: there is no text layer."""

_LINE_END = re.compile(r"[.!?:;…\"”’)\]]$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_TEXTUAL = re.compile(r"\w")


@dataclass(frozen=True)
class PdfText:
    """What was read from a PDF: its text with page breaks, and its own metadata."""

    text: str
    pages: int
    title: str | None
    author: str | None
    published: str | None
    """ISO date (YYYY-MM-DD) from the document's creation date, when it has one."""


def is_pdf(body: bytes) -> bool:
    """True for a PDF by its signature (a few producers put junk before it: allowed in 1 KB)."""
    return b"%PDF-" in body[:1024]


def misnamed_pdf(name: str, body: bytes) -> str | None:
    """Why a local file named ``.pdf`` whose bytes are not a PDF is refused, else None.

    Read by its bytes it would pass as text or HTML, but such a file is most often a failed
    download (a login or error page saved under the report's name): stored as the report it
    would be checked against the wrong words.  Renamed, it is read as what it is.
    """
    if not name.lower().endswith(".pdf") or is_pdf(body):
        return None
    return "named .pdf but it is not a PDF (no %PDF- signature; a page saved under a PDF's name?)"


def page_at(text: str, offset: int) -> int:
    """The page (from 1) on which the character at `offset` of a PDF's text stands."""
    return text.count(PAGE_BREAK, 0, max(0, offset)) + 1


def page_label(text: str, start: int, end: int) -> str:
    """ "p. 2" or "pp. 2–3": how a passage from `start` to `end` is cited."""
    first, last = page_at(text, start), page_at(text, max(start, end - 1))
    return f"p. {first}" if first == last else f"pp. {first}–{last}"


def read_pdf(body: bytes, where: str, *, max_pages: int = MAX_PAGES) -> PdfText:
    """The text of every page and the metadata of a PDF, or FetchFailed saying why not.

    Raises with one line for an encrypted document (a password is needed), a damaged one,
    one over `max_pages` pages, and one with no text layer (a scan).
    """
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    try:
        with _quiet():
            reader = PdfReader(io.BytesIO(body), strict=False)
            if reader.is_encrypted and not _unlock(reader):
                raise FetchFailed(
                    "the PDF is encrypted and needs a password; "
                    "save an unprotected copy to attach it",
                    subject=where,
                )
            count = len(reader.pages)
            if count > max_pages:
                raise FetchFailed(
                    f"PDF of {count:,} pages is over the {max_pages:,}-page limit",
                    subject=where,
                )
            pages = []
            size = 0
            for page in reader.pages:
                text = _reflow(page.extract_text() or "")
                size += len(text)
                if size > MAX_TEXT_CHARS:
                    raise FetchFailed(
                        f"the PDF's text is over the {MAX_TEXT_CHARS:,}-character limit",
                        subject=where,
                    )
                pages.append(text)
            title, author, published = _metadata(reader)
    except FetchFailed:
        raise
    except DependencyError:
        # pypdf decrypts AES only with the optional cryptography package; documents locked
        # against editing with AES (no password needed to read) are common among official
        # PDFs, so the line says what would open them.
        raise FetchFailed(
            "the PDF is encrypted with AES, which needs the cryptography package "
            "(pip install cryptography); or save an unprotected copy",
            subject=where,
        ) from None
    except FileNotDecryptedError:
        raise FetchFailed(
            "the PDF is encrypted in a way that cannot be opened here; "
            "save an unprotected copy to attach it",
            subject=where,
        ) from None
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        RecursionError,
        OSError,
        AssertionError,
        ZeroDivisionError,
    ) as exc:
        raise FetchFailed(
            f"the PDF is damaged or cut short and cannot be read ({_why(exc)})",
            subject=where,
        ) from None
    if count == 0:
        raise FetchFailed("the PDF has no pages", subject=where)
    if sum(len(_TEXTUAL.findall(page)) for page in pages) < MIN_TEXT_CHARS:
        raise FetchFailed("no text layer: a scanned document (run OCR on it first)", subject=where)
    return PdfText(
        text=join_pages(pages),
        pages=count,
        title=title or _first_line(pages),
        author=author,
        published=published,
    )


def join_pages(pages: list[str]) -> str:
    """One text from the pages' texts; page n (n > 1) starts after the (n-1)th form feed."""
    out = pages[0] if pages else ""
    for page in pages[1:]:
        out += ("\n" if out and not out.endswith(PAGE_BREAK) else "") + PAGE_BREAK + page
    return out


def _unlock(reader) -> bool:
    """Open a PDF protected only against editing or printing: its user password is empty."""
    try:
        return bool(reader.decrypt(""))
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types for a wrong password
        from pypdf.errors import DependencyError

        if isinstance(exc, DependencyError):
            raise
        return False


def _reflow(text: str) -> str:
    """A page's lines as paragraphs, one a line, the way extracted web pages are kept.

    A PDF breaks every visual line; a paragraph ends at a blank line, or at a line that
    stops short of the page's full width after a full stop (or before a capital, for a
    heading).  A word hyphenated across a line break is joined again.
    """
    lines = [" ".join(_CONTROL.sub(" ", line).split()) for line in text.splitlines()]
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    for index, line in enumerate(lines):
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        if (
            current.endswith("-")
            and len(current) > 1
            and current[-2].isalpha()
            and line[0].islower()
        ):
            current = current[:-1] + line
        else:
            current = f"{current} {line}" if current else line
        following = next((other for other in lines[index + 1 :] if other), "")
        short = len(line) < 0.8 * width
        if short and (_LINE_END.search(line) or following[:1].isupper() or not following):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def _metadata(reader) -> tuple[str | None, str | None, str | None]:
    info = reader.metadata
    if info is None:
        return None, None, None
    title = _clean(_field(info, "title"))
    author = _clean(_field(info, "author"))
    published = None
    try:
        created = info.creation_date
    except (ValueError, TypeError, AttributeError):
        created = None
    if isinstance(created, datetime) and 1900 < created.year < 2200:
        published = created.date().isoformat()
    return title, author, published


def _field(info, name: str) -> str | None:
    try:
        value = getattr(info, name)
    except (ValueError, TypeError, AttributeError, UnicodeError):
        return None
    return value if isinstance(value, str) else None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(_CONTROL.sub(" ", value).split())
    # Producers fill the title with a file name or a template's placeholder.
    if (
        not value
        or value.lower() in {"untitled", "title", "microsoft word"}
        or value.endswith((".doc", ".docx", ".indd", ".pdf"))
    ):
        return None
    return value[:1000]


def _first_line(pages: list[str]) -> str | None:
    for page in pages:
        for line in page.splitlines():
            line = line.strip()
            if line:
                return line if len(line) <= 150 else None
    return None


def _why(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:120] if text else type(exc).__name__


class _quiet:
    """pypdf logs and warns about every oddity it repairs; the checker needs one line, not 40."""

    def __enter__(self) -> None:
        self._logger = logging.getLogger("pypdf")
        self._level = self._logger.level
        self._logger.setLevel(logging.CRITICAL)
        self._warnings = warnings.catch_warnings()
        self._warnings.__enter__()
        warnings.simplefilter("ignore")

    def __exit__(self, *exc_info: object) -> None:
        self._warnings.__exit__(*exc_info)
        self._logger.setLevel(self._level)

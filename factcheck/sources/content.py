"""Turning a fetched body or a local file into the text a checker reads, with its metadata.

HTML goes through trafilatura (main text without navigation, plus title, author, date and
site); plain text is kept as it is; a PDF is read page by page (`sources.pdf`).  Anything
else is refused by name rather than guessed at, because an image or an archive read as text
would become a source full of noise.
"""

from __future__ import annotations

import codecs
import mimetypes
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import charset_normalizer
import trafilatura
from lxml.etree import LxmlError
from trafilatura.settings import Document

from factcheck.errors import BadInput, FetchFailed
from factcheck.limits import SOURCE_FILE_BYTES
from factcheck.sources.content_type import parse_content_type
from factcheck.sources.dates import find_published
from factcheck.sources.files import read_file
from factcheck.sources.pdf import PDF_TYPE, is_pdf, misnamed_pdf, read_pdf
from factcheck.sources.targets import without_userinfo
from factcheck.text import UNSPACED

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/html"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".rst", ".srt", ".vtt"})
MAX_FILE_BYTES = SOURCE_FILE_BYTES  # the cap on a source file (factcheck.limits says why)

# Signatures of formats that are not text, named the way a checker would recognise them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"{\\rtf", "RTF document"),
    (b"%!PS", "PostScript document"),
    (b"OggS", "Ogg audio/video"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([a-zA-Z0-9_\-.]+)""")
_HTML_START = re.compile(rb"<(!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>/]", re.I)
# Labels that browsers read as windows-1252 (WHATWG encoding standard), so text written in
# cp1252 but labelled latin-1 keeps its curly quotes and dashes.
_AS_CP1252 = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii"})


@dataclass(frozen=True)
class Content:
    """The readable part of a source and what is known about it."""

    text: str
    title: str | None
    author: str | None
    published: str | None
    """ISO date (YYYY-MM-DD) the page states it was published, when it states one."""
    site_name: str | None
    content_type: str
    """"text/html" or "text/plain": what the text was read as (not what the server said)."""
    canonical_url: str | None = None
    """The page's own rel=canonical / og:url, which can reveal that two URLs are one page."""
    charset: str | None = None
    """The encoding the text was decoded with, after any correction of a lying label."""
    pages: int | None = None
    """A PDF's page count; its text starts each page after the first with a form feed."""
    document: bytes | None = None
    """A local PDF's own bytes, archived with the source as a fetched body is."""


def extract_content(
    body: bytes,
    content_type: str,
    url: str | None,
    charset: str | None = None,
    *,
    where: str | None = None,
) -> Content:
    """Reduce a fetched body to its main text and metadata, or say why it cannot be.

    `content_type` may carry parameters ("text/html; charset=utf-8"); an explicit `charset`
    wins over one found there; `where` names the body in errors (the URL by default).  A PDF
    is read page by page.  Raises FetchFailed naming the type for images, archives and other
    binary bodies, when a page has no article text, and when a PDF cannot be read
    (encrypted, damaged, oversized, a scan without text).

    A login in `url` (``user:password@``) is dropped first: trafilatura names the site after
    the address when the page names none, and errors name it, so it would be stored and shown.
    """
    if url is not None:
        url = without_userinfo(url)[0]
    return _extract(body, content_type, charset, url, where=where or url or "page")


def extract_file(path: str | Path, folders: Sequence[Path] | None = None) -> Content:
    """Read a local HTML, text or PDF file as a source (a saved page, a transcript, a report).

    The kind comes from the extension, else from the bytes; the same refusals as for fetched
    bodies apply, raised as BadInput since the file is the checker's own input.  Given the
    desk's ``folders``, the file opened must lie inside them.
    """
    file = Path(path)
    body = read_file(file, MAX_FILE_BYTES, "a source", folders=folders)
    misnamed = misnamed_pdf(file.name, body)
    if misnamed:
        raise BadInput(misnamed, subject=file)
    suffix = file.suffix.lower()
    if suffix in HTML_SUFFIXES:
        media = "text/html"
    elif suffix in TEXT_SUFFIXES:
        media = "text/plain"
    else:
        # Unknown or text-like extensions (.csv, .log, none) are judged by their bytes.
        guessed = mimetypes.guess_type(file.name)[0] or ""
        media = "" if guessed.startswith("text/") else guessed
    try:
        content = _extract(body, media, None, None, where=str(file))
    except FetchFailed as exc:
        raise BadInput(exc.reason, subject=exc.subject) from None
    return replace(content, document=body) if content.pages is not None else content


def _extract(
    body: bytes, content_type: str, charset: str | None, url: str | None, *, where: str
) -> Content:
    media, declared = parse_content_type(content_type)
    charset = charset or declared
    if is_pdf(body):
        return _from_pdf(body, where)
    if media == PDF_TYPE:
        raise FetchFailed("served as a PDF but it is not one (no %PDF- signature)", subject=where)
    if _reading_kind(body, media, where) == "html":
        return _from_html(body, charset, url, where)
    return _from_text(body, charset, where)


# -- deciding what the body is ------------------------------------------------------------


def _reading_kind(body: bytes, media: str, where: str) -> str:
    """ "html" or "text", else raise: the bytes are checked as well as the declared type."""
    magic = binary_kind(body)
    shown = media or "no declared type"
    if magic:
        raise FetchFailed(
            f"{magic} ({shown}) is not supported; only HTML and text are", subject=where
        )
    if media in HTML_TYPES:
        return "html"
    if media in TEXT_TYPES:
        return "text"
    if media == "":
        return "html" if looks_like_html(body) else "text"
    raise FetchFailed(f"{media} is not supported; only HTML and text are", subject=where)


def binary_kind(body: bytes) -> str | None:
    """Name the binary format of a body, or None when it can be read as text."""
    head = body[:1024]
    for signature, name in _MAGIC:
        if head.startswith(signature):
            return name
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP image"
    if head[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    if any(head.startswith(bom) for bom, name in _BOMS if name in ("utf-16", "utf-32")):
        return None
    if not head:
        return None
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    if b"\x00" in head or controls > len(head) * 0.05:
        return "binary data"
    return None


def looks_like_html(body: bytes) -> bool:
    return bool(_HTML_START.search(body[:2048]))


# -- decoding -----------------------------------------------------------------------------


def decode_body(body: bytes, declared: str | None, *, html: bool = False) -> tuple[str, str]:
    """Bytes to text, distrusting labels that do not fit the bytes; returns (text, codec).

    Order: a byte-order mark; valid UTF-8 (a page labelled latin-1 that is UTF-8 would
    otherwise turn "é" into "Ã©", and non-UTF-8 text is almost never valid UTF-8); the
    declared label; a <meta> or XML label; detection; and cp1252 with replacements last.
    """
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body.decode(name, errors="replace").lstrip("\ufeff"), name
    labels = [declared]
    if html:
        labels.extend(_inner_labels(body))
    for label in labels:
        codec = _codec(label)
        if codec in ("utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            text = _try_decode(body, codec)
            if text is not None:
                return text, codec
    text = _try_decode(body, "utf-8")
    if text is not None:
        return text, "utf-8"
    for label in labels:
        codec = _codec(label)
        if codec and codec != "utf-8":
            text = _try_decode(body, codec)
            if text is not None:
                return text, codec
    guess = _detect(body)
    if guess:
        text = _try_decode(body, guess)
        if text is not None:
            return text, guess
    return body.decode("cp1252", errors="replace"), "cp1252"


def _detect(body: bytes) -> str | None:
    """Detect the encoding; on a tie, windows-1252, the web's usual unlabelled encoding.

    Short Western text decodes equally "well" as cp1250, cp1252 or cp1257 and the detector's
    first pick among those is arbitrary; the tie-break keeps "Crème" from becoming "Crčme".
    """
    matches = list(charset_normalizer.from_bytes(body[:200_000]))
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        tied = match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.01
        if tied and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return best.encoding


def _inner_labels(body: bytes) -> list[str]:
    head = body[:4096]
    found = [m.group(1).decode("ascii", "ignore") for m in _XML_ENCODING.finditer(head)]
    found += [m.group(1).decode("ascii", "ignore") for m in _META_CHARSET.finditer(head)]
    return found


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _try_decode(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


# -- reading ------------------------------------------------------------------------------


def _from_html(body: bytes, charset: str | None, url: str | None, where: str) -> Content:
    markup, codec = decode_body(body, charset, html=True)
    # lxml refuses a str that still carries an XML encoding declaration; the text is decoded.
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup, count=1)
    document = _best_reading(markup, url, where)
    if document is None or not has_prose(document.text or ""):
        raise FetchFailed(
            "no article text found: the HTML holds no paragraphs of prose "
            "(only menus, links or forms, or text that a script fills in)",
            subject=where,
        )
    text = _tidy(document.text or "")
    canonical = document.url if document.url and document.url != url else None
    return Content(
        text=text,
        title=_clean(document.title),
        author=_clean(document.author),
        published=_clean(find_published(markup, url, document.date)),
        site_name=_clean(document.sitename),
        content_type="text/html",
        canonical_url=canonical,
        charset=codec,
    )


def _from_pdf(body: bytes, where: str) -> Content:
    document = read_pdf(body, where)
    return Content(
        text=document.text,
        title=document.title,
        author=document.author,
        published=document.published,
        site_name=None,
        content_type=PDF_TYPE,
        pages=document.pages,
    )


def _best_reading(markup: str, url: str | None, where: str) -> Document | None:
    """trafilatura's reading of the page, cheapest first, passed on when it reads badly.

    Its fast pass reads an ordinary article page well.  Its fallback extractors (twice the
    time) and then recall mode are tried when the fast pass found too little text, or text
    that is mostly navigation (a site menu read as the article); the first reading that is
    long enough and mostly prose wins, else the first long enough one, else the last.
    """
    fallback = None
    document = None
    for mode in ("fast", "full", "recall"):
        document = _trafilatura(markup, url, where, mode)
        text = document.text or "" if document is not None else ""
        if not _enough(text):
            continue
        if not mostly_navigation(text):
            return document
        fallback = fallback or document
    return fallback or document


def _enough(text: str) -> bool:
    return has_prose(text) and text_size(text) >= 60


def text_size(text: str) -> float:
    """About how many words the text holds, in any script.

    Words between spaces, except that runs of a script written without spaces (Chinese,
    Japanese, Thai…) count two characters as a word: a Japanese article is a few dozen
    "words" between spaces, however long it is.
    """
    unspaced = len(UNSPACED.findall(text))
    return len(UNSPACED.sub("", text).split()) + unspaced / 2


def mostly_navigation(text: str) -> bool:
    """True when most of a reading is short lines (menus, link lists, tags), not sentences."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    total = sum(len(line) for line in lines)
    short = sum(len(line) for line in lines if not _prose_line(line))
    return total > 0 and short > total / 2


def _trafilatura(markup: str, url: str | None, where: str, mode: str) -> Document | None:
    try:
        document = trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            fast=mode == "fast",
            favor_recall=mode == "recall",
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (LxmlError, ValueError, RecursionError) as exc:
        raise FetchFailed(
            f"the HTML could not be parsed ({type(exc).__name__})", subject=where
        ) from None
    return document if isinstance(document, Document) else None


def _from_text(body: bytes, charset: str | None, where: str) -> Content:
    text, codec = decode_body(body, charset)
    text = _tidy(text)
    if not text.strip():
        raise FetchFailed("the text is empty", subject=where)
    first = text.strip().split("\n", 1)[0].strip()
    title = first if 0 < len(first) <= 150 and "\n" in text.strip() else None
    return Content(
        text=text,
        title=title,
        author=None,
        published=None,
        site_name=None,
        content_type="text/plain",
        charset=codec,
    )


def has_prose(text: str) -> bool:
    """True when some line reads like a sentence, not a menu: navigation lines are short."""
    return any(_prose_line(line) for line in text.splitlines())


def _prose_line(line: str) -> bool:
    """Eight words, or for a script without spaces twenty of its characters: a sentence."""
    return len(line.split()) >= 8 or len(UNSPACED.findall(line)) >= 20


def _tidy(text: str) -> str:
    """Unify line ends and drop control characters, so offsets mean the same everywhere."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = re.sub(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", "", text)
    return text.strip()


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None

"""Turning bytes into article text, refusing what is not text rather than guessing."""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from factcheck.errors import BadInput
from factcheck.limits import ARTICLE_BYTES
from factcheck.sources.files import read_file, read_stream

MAX_BYTES = ARTICLE_BYTES  # the cap on an article (factcheck.limits says why)


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text (a BOM allowed), newlines made ``\\n``: the text every offset refers to.

    Another encoding is refused with the place it fails, since guessing silently would shift
    every offset the checker relies on.
    """
    if not data.strip():
        raise BadInput("the file is empty", subject=name)
    data = utf16_as_utf8(data, name)
    if b"\x00" in data[:8192]:
        raise BadInput("binary data, not text", subject=name)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BadInput(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x}); convert the file to UTF-8 first",
            subject=f"{name}:{line}",
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _control_share(text) > 0.01:
        raise BadInput("binary data, not text", subject=name)
    return text


def utf16_as_utf8(data: bytes, name: str) -> bytes:
    """UTF-16 with its byte-order mark ("Unicode text" as Windows editors and spreadsheets
    save it) re-encoded as UTF-8; other bytes as they are.  The mark says so: nothing is
    guessed, and without it UTF-16 stays refused."""
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data
    try:
        return data.decode("utf-16").encode("utf-8")
    except UnicodeDecodeError:
        raise BadInput("UTF-16 text that does not decode (a cut file?)", subject=name) from None


def _control_share(text: str) -> float:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\t\f\v")
    return controls / max(len(sample), 1)


def read_bytes(path: Path, folders: Sequence[Path] | None = None) -> bytes:
    """An article file's bytes (at most MAX_BYTES), refused in one line if it is anything else
    or, given the desk's ``folders``, lies outside them."""
    return read_file(path, MAX_BYTES, "an article", folders=folders)


def read_article_stream(stream: BinaryIO, name: str) -> bytes:
    """An article from standard input, read no further than one byte past the cap."""
    return read_stream(stream, name, MAX_BYTES, "an article")

"""Text from articles and web pages, made safe to show: never markup, never escape codes.

Titles and passages come from pages anyone can write, so they are shown as plain text: square
brackets stay brackets, and control characters (escape sequences, bidi overrides that could
disguise a URL) are dropped before anything reaches the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from textual.content import Content
from textual.style import Style

Marks = Callable[[str], "list[tuple[int, int]]"]
"""Where in a text to mark (a search's matches): ``(start, end)`` stretches of it."""

_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def clean(text: str | None, *, newlines: bool = False) -> str:
    """``text`` without control characters; newlines become spaces unless kept."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = _UNSAFE.sub("", text)
    return text if newlines else text.replace("\n", " ")


def shown(text: str | None, style: str = "", *, newlines: bool = False) -> Content:
    """Untrusted text as Content: styled as a whole, never parsed for markup."""
    return Content.styled(clean(text, newlines=newlines), style)


def marked(
    text: str | None,
    style: str,
    marks: Marks | None,
    mark_style: Style | str,
    *,
    newlines: bool = False,
) -> Content:
    """``shown``, with the stretches ``marks`` finds in the text as shown set in ``mark_style``."""
    content = shown(text, style, newlines=newlines)
    if marks is not None:
        for start, end in marks(content.plain):
            content = content.stylize(mark_style, start, end)
    return content


def one_line(text: str | None, limit: int = 80) -> str:
    """A short single-line form of untrusted text, for notices and option labels."""
    flat = " ".join(clean(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"

"""Paragraph spans of a plain-text article: one paragraph per line, blank lines ignored."""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\r\n]+")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of every non-blank paragraph, trimmed of surrounding whitespace.

    Offsets are kept into the original text (not a cleaned copy) because claims must point
    back into exactly the article the checker imported.
    """
    spans: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans

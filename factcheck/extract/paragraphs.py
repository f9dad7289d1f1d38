"""Paragraph spans of a plain-text article: one paragraph per line, blank lines ignored."""

from __future__ import annotations

import re

# A line's text from its first to its last non-space character ("\s" is what str.isspace
# calls a space; only CR and LF end a line).
_TRIMMED_LINE = re.compile(r"[^\s](?:[^\r\n]*[^\s])?")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of every non-blank paragraph, trimmed of surrounding whitespace.

    Offsets are kept into the original text (not a cleaned copy) because claims must point
    back into exactly the article the checker imported.
    """
    return [match.span() for match in _TRIMMED_LINE.finditer(text)]

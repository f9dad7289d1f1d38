"""Direct quotations: where they start and end, even across sentences and paragraphs.

Typographic convention lets a quotation run on: a paragraph that ends inside a quotation
has no closing mark, and the next paragraph reopens it with an opening mark.  Such a chain
is one quotation with one speaker, however far the attribution is from the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_MARK = re.compile('[“”"‘’]')
_OPEN_CONTEXT = " \t([{—–-/\u00a0“‘"
# A short quoted phrase without a speech verb is a scare quote or a title, not a quotation.
DIRECT_QUOTE_MIN_WORDS = 4


@dataclass
class Quotation:
    """One quotation: its marked-off spans (marks included) in text order."""

    spans: list[tuple[int, int]] = field(default_factory=list)
    continues: bool = False  # still open at the end of its last paragraph
    speaker: str | None = None
    words: int = 0


def find_quotations(text: str, paragraphs: list[tuple[int, int]]) -> list[Quotation]:
    """Return every quotation of the article, chains across paragraphs merged into one."""
    quotes: list[Quotation] = []
    carried: Quotation | None = None
    for p_start, p_end in paragraphs:
        para_quotes = _paragraph_quotations(text, p_start, p_end)
        if carried is not None and para_quotes and para_quotes[0].spans[0][0] == p_start:
            # The paragraph reopens the quotation left open by the previous one.
            carried.spans.extend(para_quotes[0].spans)
            carried.continues = para_quotes[0].continues
            carried.words += para_quotes[0].words
            para_quotes = para_quotes[1:]
            if carried.continues:
                continue
        carried = None
        quotes.extend(para_quotes)
        if para_quotes and para_quotes[-1].continues:
            carried = para_quotes[-1]
    quotes.sort(key=lambda q: q.spans[0][0])
    return quotes


def _paragraph_quotations(text: str, start: int, end: int) -> list[Quotation]:
    found: list[Quotation] = []
    open_at: int | None = None
    open_mark = ""
    for mark in _MARK.finditer(text, start, end):
        i = mark.start()
        ch = text[i]
        if ch == "“" or (ch == '"' and open_at is None and _opens(text, i, start)):
            if open_at is None or ch == "“":
                if open_at is not None and open_mark == "“":
                    found.append(_make(text, open_at, i, continues=False))
                open_at, open_mark = i, ch
            continue
        if ch == "‘" and open_at is None and _opens(text, i, start) and _single_opens(text, i, end):
            open_at, open_mark = i, ch
            continue
        if open_at is None:
            continue
        if _closes(text, i, end, open_mark):
            found.append(_make(text, open_at, i + 1, continues=False))
            open_at = None
    if open_at is not None:
        found.append(_make(text, open_at, end, continues=True))
    return found


def _closes(text: str, i: int, end: int, open_mark: str) -> bool:
    ch = text[i]
    if ch in '”"':
        return open_mark in '“"'
    return ch == "’" and open_mark == "‘" and _single_closes(text, i, end)


def _opens(text: str, i: int, start: int) -> bool:
    return i == start or text[i - 1] in _OPEN_CONTEXT


def _single_opens(text: str, i: int, end: int) -> bool:
    # ‘90s is an elided year, not a quotation.
    return i + 1 < end and not text[i + 1].isdigit() and not text[i + 1].isspace()


def _single_closes(text: str, i: int, end: int) -> bool:
    return i + 1 >= end or not text[i + 1].isalnum()


def _make(text: str, start: int, end: int, continues: bool) -> Quotation:
    return Quotation(spans=[(start, end)], continues=continues, words=len(text[start:end].split()))


# A title set in quotation marks, as every style book sets a song's, a poem's, an episode's
# or an article's: "“Hymn for the Low Country”", "“The Drowned Parish”".  Every word is
# capitalised but the short words between, and no stop, comma or question mark falls inside:
# spoken words are a sentence or its part, a title is a name.
_TITLE = re.compile(
    r"[“\"‘](?:[A-Z0-9][\w’'&-]*)"
    r"(?: (?:(?:a|an|the|of|for|in|on|at|to|and|or|nor|but|by|with|from|into|as|is|my|your|"
    r"our|his|her|its|their) )*[A-Z0-9][\w’'&-]*){0,7}[”\"’]"
)


def is_direct(quote: Quotation, attributed: bool, text: str = "") -> bool:
    """A quotation a checker must confirm with the speaker, as opposed to a scare quote or
    a title (_TITLE: read on `text`, the article the quotation's spans point into)."""
    if len(quote.spans) > 1:
        return True
    if quote.words < 2 or (quote.words < DIRECT_QUOTE_MIN_WORDS and not attributed):
        return False
    if text:
        start, end = quote.spans[0]
        if _TITLE.fullmatch(text, start, end) is not None:
            return False
    return True

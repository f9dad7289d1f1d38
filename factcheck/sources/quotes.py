"""Quotes: whether a quote is in a source word for word, nearly (with the words that differ),
or not at all.

A misquote is among the commonest errors a desk catches, and "nearly" is only useful with
the words that changed, so the check returns those words as data, not a score alone.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace

from rapidfuzz.distance import Indel

from factcheck.checks import QuoteResult
from factcheck.errors import BadInput
from factcheck.text import fold

NEAR = 0.75
"""Word similarity from which a quote counts as present with different words."""

WORD = re.compile(r"\w+(?:['’]\w+)*")
_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…|\[\s*(?:\.\.\.|…)\s*\])\s*")
_QUOTED = re.compile(r"[“\"]([^”\"]{2,})[”\"]|‘([^’]{2,})’")


@dataclass(frozen=True)
class WordDifference:
    """Where a quote and the source part ways, in the quote's own words and the source's."""

    kind: str
    """"changed" (other words), "added" (only in the quote), "omitted" (only in the source)."""
    quote: str
    source: str


@dataclass(frozen=True)
class QuoteCheck:
    """Whether a quote is in the source as written."""

    status: str
    """"verbatim", "near" or "absent"."""
    score: float
    """Word similarity 0..1 of the quote with the best matching span."""
    start: int | None
    end: int | None
    """Offsets of the best matching span in the source, None when nothing comes close."""
    source_words: str | None = None
    """The source's wording of that span."""
    differences: list[WordDifference] = field(default_factory=list)
    attributed_to: str | None = None
    """Someone other than the claim's speaker whom the passage gives these words to."""

    def result(self) -> QuoteResult:
        """The check as plain data for the views and the store."""
        return QuoteResult(
            status=self.status,  # type: ignore[arg-type]
            score=self.score,
            differences=tuple((d.kind, d.quote, d.source) for d in self.differences),
            attributed_to=self.attributed_to,
        )


def check_quote(
    quote: str, source_text: str, *, near: float = NEAR, speaker: str | None = None
) -> QuoteCheck:
    """Find a quote in the source, word for word or nearly, and show the words that differ.

    Case, punctuation, curly against straight quotes and spacing never count as differences;
    an ellipsis in the quote marks a legitimate cut, so each part is looked for in turn.
    With the claim's `speaker` (or one named in `quote` itself: "…,” Ortiz said"), words the
    source gives to someone else are flagged in `attributed_to`: the right words in the
    wrong mouth are a misquote too.
    """
    speaker = speaker or quote_speaker(quote)
    quoted = quoted_words(quote)
    if quoted and len(" ".join(quoted)) < len(quote) - 4:
        quote = " … ".join(quoted)  # the words inside the marks, not "…,” Okoro said"
    parts = [part for part in _ELLIPSIS.split(_strip_quote_marks(quote)) if WORD.search(part)]
    if not parts:
        raise BadInput("the quote has no words to look for")
    source = _Tokens.of(source_text)
    checks = []
    cursor = 0
    for part in parts:
        check = _check_part(_Tokens.of(part), source, cursor, near)
        checks.append(check)
        if check.end is not None:
            cursor = source.index_at(check.end)
    found = _combine(checks, source_text)
    if speaker and found.start is not None and found.end is not None and found.status != "absent":
        other = said_by(source_text, found.start, found.end)
        if other and not _same_person(other, speaker):
            found = replace(found, attributed_to=other)
    return found


_PERSON = r"(?P<name>[A-Z][\w'’\-]+(?:\s+(?:[A-Z][\w'’\-]+|de|van|von|al|bin))*)"
_VERB = r"(?:said|says|say|told|tells|added|adds|wrote|writes|recalled|insisted|argued|explained)"
_CLOSE = r"^[\s\"”’'.,!?—–-]*"
_SAID_AFTER = (
    re.compile(rf"{_CLOSE}{_VERB}\s+(?:\w+\s+)??{_PERSON}"),
    re.compile(rf"{_CLOSE}{_PERSON}\s+{_VERB}\b"),
    re.compile(rf"{_CLOSE}according\s+to\s+{_PERSON}"),
)
_SAID_BEFORE = (
    re.compile(rf"{_PERSON}\s+[a-z]+(?:ed|s)\s*:\s*[\"“‘']?\s*$"),
    re.compile(rf"{_PERSON}\s+{_VERB}(?:\s+\w+)?\s*[:,]?\s*[\"“‘']?\s*$"),
    re.compile(rf"[Aa]ccording\s+to\s+{_PERSON},?\s*[\"“‘']?\s*$"),
)
_TITLES = frozenset(
    """
    mr mrs ms dr prof sen rep gov president minister commissioner mayor chief officer
    director spokesman spokeswoman spokesperson chairman chairwoman coach the
    """.split()  # noqa: SIM905 - a word list reads best as running text
)


def quote_speaker(text: str) -> str | None:
    """Who a claim's text says spoke its quotation ("…,” Ortiz said."), or None."""
    closing = max(text.rfind("”"), text.rfind('"'))
    if closing >= 0:
        for pattern in _SAID_AFTER:
            match = pattern.match(text[closing + 1 :])
            if match:
                return match["name"]
    opening = min((i for i in (text.find("“"), text.find('"')) if i >= 0), default=-1)
    if opening > 0:
        for pattern in _SAID_BEFORE:
            match = pattern.search(text, 0, opening + 1)
            if match:
                return match["name"]
    return None


def said_by(text: str, start: int, end: int) -> str | None:
    """The person the text gives the words at `start:end` to, when it names one."""
    for pattern in _SAID_AFTER:
        match = pattern.match(text[end : end + 120])
        if match:
            return match["name"]
    for pattern in _SAID_BEFORE:
        match = pattern.search(text[max(0, start - 160) : start])
        if match:
            return match["name"]
    return None


def _same_person(a: str, b: str) -> bool:
    """ "Commissioner Dana Whitfield" and "Whitfield" are one person; pronouns match anyone."""
    left = {w for w in fold(a).split() if w not in _TITLES}
    right = {w for w in fold(b).split() if w not in _TITLES}
    pronouns = {"he", "she", "they", "i", "we", "it"}
    if not left or not right or left <= pronouns or right <= pronouns:
        return True
    return bool(left & right)


def _check_part(quote: _Tokens, source: _Tokens, cursor: int, near: float) -> QuoteCheck:
    found = source.find(quote.folded, cursor)
    if found is None and cursor:
        found = source.find(quote.folded, 0)
    if found is not None:
        start, end = source.char_span(found, found + len(quote.folded))
        return QuoteCheck("verbatim", 1.0, start, end, source.text[start:end])
    window = _best_window(quote.folded, source.folded)
    if window is None:
        return QuoteCheck("absent", 0.0, None, None)
    first, last, score = window
    if score >= near:
        first, last = _widen(quote, source, first, last)
        score = Indel.normalized_similarity(quote.folded, source.folded[first:last])
    start, end = source.char_span(first, last)
    if score < near:
        shown = (start, end) if score >= 0.5 else (None, None)
        text = source.text[start:end] if shown[0] is not None else None
        return QuoteCheck("absent", round(score, 4), shown[0], shown[1], text)
    differences = _differences(quote, source, first, last)
    status = "near" if differences else "verbatim"
    return QuoteCheck(status, round(score, 4), start, end, source.text[start:end], differences)


def _best_window(quote: list[str], source: list[str]) -> tuple[int, int, float] | None:
    """The span of source words most like the quote: a sliding window, then a local search
    over start and length, since inserted or dropped words change the span's length."""
    size = len(quote)
    if not source:
        return None
    best = (0, min(size, len(source)), -1.0)
    anchors = set(quote)
    for start in range(max(1, len(source) - size + 1)):
        window = source[start : start + size]
        if not anchors.intersection(window):
            continue
        score = Indel.normalized_similarity(quote, window)
        if score > best[2]:
            best = (start, start + len(window), score)
    if best[2] < 0:
        return None
    slack = max(2, size // 4)
    first, last, score = best
    for start in range(max(0, first - slack), min(len(source), first + slack) + 1):
        for stop in range(max(start + 1, last - slack), min(len(source), last + slack) + 1):
            candidate = Indel.normalized_similarity(quote, source[start:stop])
            if candidate > score + 1e-9:
                first, last, score = start, stop, candidate
    return first, last, score


def _widen(quote: _Tokens, source: _Tokens, first: int, last: int) -> tuple[int, int]:
    """Take in source words facing quote words that matched nothing at either end.

    The best window stops at the last shared word, so "worth a great deal" against
    "worth a lot," would read as two words added; taking in "lot" (but never past a
    closing quotation mark or a sentence end) shows it as the change it is.
    """
    matcher = difflib.SequenceMatcher(None, quote.folded, source.folded[first:last], False)
    opcodes = matcher.get_opcodes()
    if not opcodes:
        return first, last
    tag, q1, q2, _, _ = opcodes[-1]
    for _ in range(q2 - q1 if tag == "delete" else 0):
        if last >= len(source.folded) or source.breaks_after(last - 1):
            break
        last += 1
    tag, q1, q2, _, _ = opcodes[0]
    for _ in range(q2 - q1 if tag == "delete" else 0):
        if first == 0 or source.breaks_after(first - 1):
            break
        first -= 1
    return first, last


def _differences(quote: _Tokens, source: _Tokens, first: int, last: int) -> list[WordDifference]:
    matcher = difflib.SequenceMatcher(None, quote.folded, source.folded[first:last], autojunk=False)
    differences = []
    for tag, q1, q2, s1, s2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        kind = {"replace": "changed", "delete": "added", "insert": "omitted"}[tag]
        said = " ".join(quote.words[q1:q2])
        written = " ".join(source.words[first + s1 : first + s2])
        differences.append(WordDifference(kind, said, written))
    return differences


def _combine(checks: list[QuoteCheck], source_text: str) -> QuoteCheck:
    if len(checks) == 1:
        return checks[0]
    worst = {"verbatim": 0, "near": 1, "absent": 2}
    status = max((check.status for check in checks), key=worst.__getitem__)
    score = sum(check.score for check in checks) / len(checks)
    starts = [check.start for check in checks if check.start is not None]
    ends = [check.end for check in checks if check.end is not None]
    start = min(starts) if starts else None
    end = max(ends) if ends else None
    words = source_text[start:end] if start is not None and end is not None else None
    differences = [difference for check in checks for difference in check.differences]
    return QuoteCheck(status, round(score, 4), start, end, words, differences)


def quoted_words(text: str) -> list[str]:
    """The parts of a claim inside quotation marks (a claim may quote in several pieces)."""
    return [first or second for first, second in _QUOTED.findall(text)]


def _strip_quote_marks(quote: str) -> str:
    return quote.strip().strip("\"'“”‘’«»„ \t\n")


def shifted(check: QuoteCheck, offset: int) -> QuoteCheck:
    """The same check with offsets into a text that starts `offset` characters earlier."""
    if check.start is None or check.end is None:
        return check
    return replace(check, start=check.start + offset, end=check.end + offset)


@dataclass(frozen=True)
class _Tokens:
    """Words of a text with their offsets, folded for comparison, kept as written for display."""

    text: str
    words: list[str]
    folded: list[str]
    spans: list[tuple[int, int]]
    joined: str
    positions: dict[int, int]

    @classmethod
    def of(cls, text: str) -> _Tokens:
        matches = list(WORD.finditer(text))
        folded = [fold(match.group()) for match in matches]
        joined_parts, positions, offset = [], {}, 0
        for index, word in enumerate(folded):
            positions[offset] = index
            joined_parts.append(word)
            offset += len(word) + 1
        return cls(
            text=text,
            words=[match.group() for match in matches],
            folded=folded,
            spans=[match.span() for match in matches],
            joined=" ".join(joined_parts),
            positions=positions,
        )

    def find(self, needle: list[str], from_index: int = 0) -> int | None:
        """Index of the first word of `needle` as a contiguous run, on word boundaries."""
        target = " ".join(needle)
        start = next(
            (offset for offset, index in self.positions.items() if index >= from_index), None
        )
        if start is None or not target:
            return None
        while True:
            found = self.joined.find(target, start)
            if found < 0:
                return None
            end = found + len(target)
            if found in self.positions and (end == len(self.joined) or self.joined[end] == " "):
                return self.positions[found]
            start = found + 1

    def char_span(self, first: int, last: int) -> tuple[int, int]:
        return self.spans[first][0], self.spans[last - 1][1]

    def breaks_after(self, index: int) -> bool:
        """Whether a sentence or a quotation ends between word `index` and the next."""
        gap = self.text[self.spans[index][1] : self.spans[index + 1][0]]
        return any(mark in gap for mark in '.!?;:"”»')

    def index_at(self, char_offset: int) -> int:
        for index, (start, _) in enumerate(self.spans):
            if start >= char_offset:
                return index
        return len(self.spans)

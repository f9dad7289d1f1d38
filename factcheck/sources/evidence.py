"""Reading a source for a claim: the passages that bear on it, and whether a quote is there.

A checker cannot reread a 3,000-word source for each claim; the ranked passages point at
the sentences to read, with the claim's figures and quotes already compared against them.
Offsets always refer to the source text as given, so the UI can highlight in place.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from factcheck.errors import BadInput
from factcheck.sources.numbers import (
    NumberCheck,
    Quantity,
    check_quantity,
    compare_numbers,
    find_quantities,
)

NEAR = 0.75
"""Word similarity from which a quote counts as present with different words."""

_STOPWORDS = frozenset(
    """
    a an and are as at be been but by for from had has have he her his i in is it its of on
    or our she that the their them they this to was we were will with would you said says
    say told also not no than then there these those who which what when where how after
    before about into over more most some such can could may might should do does did just
    """.split()  # noqa: SIM905 - a word list reads best as running text
)
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen col lt sgt st jr sr inc ltd co corp no vs etc jan feb
    mar apr jun jul aug sep sept oct nov dec u.s a.m p.m e.g i.e
    """.split()  # noqa: SIM905
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+|$)")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…|\[\s*(?:\.\.\.|…)\s*\])\s*")
_QUOTED = re.compile(r"[“\"]([^”\"]{2,})[”\"]|‘([^’]{2,})’")
_NAME = re.compile(r"\b[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|of|de|van|von|al|la))*")
_PUNCT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"})


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


@dataclass(frozen=True)
class Passage:
    """A stretch of the source that bears on a claim, with why it ranked where it did."""

    start: int
    end: int
    text: str
    score: float
    number_checks: list[NumberCheck] = field(default_factory=list)
    quote_check: QuoteCheck | None = None


# -- quotes -------------------------------------------------------------------------------


def check_quote(quote: str, source_text: str, *, near: float = NEAR) -> QuoteCheck:
    """Find a quote in the source, word for word or nearly, and show the words that differ.

    Case, punctuation, curly against straight quotes and spacing never count as differences;
    an ellipsis in the quote marks a legitimate cut, so each part is looked for in turn.
    """
    parts = [part for part in _ELLIPSIS.split(_strip_quote_marks(quote)) if _WORD.search(part)]
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
    return _combine(checks, source_text)


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


# -- passages -----------------------------------------------------------------------------


def rank_passages(
    claim_text: str, source_text: str, limit: int = 5, *, is_quote: bool = False
) -> list[Passage]:
    """The passages of the source that best match the claim, best first, not overlapping.

    The score mixes fuzzy similarity of the content words, how many of the claim's figures
    and capitalised names the passage has, and for a quote how closely its words appear.
    Each passage carries the claim's figures checked against it (offsets in those checks
    are relative to the passage text) and, for a quote, the quote check.
    """
    if not claim_text.strip() or not source_text.strip():
        return []
    candidates = _candidates(source_text)
    if not candidates:
        return []
    claim = _ClaimProfile.of(claim_text, is_quote, candidates)
    scored = sorted(
        ((claim.score(candidate), candidate) for candidate in candidates),
        key=lambda item: (-item[0], item[1].end - item[1].start, item[1].start),
    )
    chosen: list[tuple[float, _Candidate]] = []
    for score, candidate in scored:
        if all(candidate.end <= other.start or candidate.start >= other.end for _, other in chosen):
            chosen.append((score, candidate))
        if len(chosen) == limit:
            break
    passages = []
    for score, candidate in chosen:
        text = source_text[candidate.start : candidate.end]
        quote_check = None
        if claim.quote:
            quote_check = _shift(check_quote(claim.quote, text), candidate.start)
        passages.append(
            Passage(
                start=candidate.start,
                end=candidate.end,
                text=text,
                score=round(score, 4),
                number_checks=compare_numbers(claim_text, text),
                quote_check=quote_check,
            )
        )
    return passages


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences as (start, end) offsets, never crossing a paragraph break."""
    spans = []
    for par_start, par_end in _paragraph_spans(text):
        spans.extend(_sentences_in(text, par_start, par_end))
    return spans


def _sentences_in(text: str, par_start: int, par_end: int) -> list[tuple[int, int]]:
    spans = []
    start = par_start
    for match in _SENTENCE_END.finditer(text, par_start, par_end):
        if _is_abbreviation(text, match.start()):
            continue
        end = match.end()
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = end
    if text[start:par_end].strip():
        spans.append(_trim(text, start, par_end))
    return spans


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    # Transcripts wrap lines inside a paragraph and separate paragraphs by blank lines;
    # extracted pages put one paragraph on each line.
    breaks = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
    spans = []
    start = 0
    for match in re.finditer(breaks, text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"([\w.]+)$", text[max(0, dot - 12) : dot])
    if word is None:
        return False
    token = word.group(1).lower()
    if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return True
    following = re.match(r"\s+(\S)", text[dot + 1 : dot + 4])
    return bool(following and following.group(1).islower())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(frozen=True)
class _Candidate:
    """A sentence, or two neighbouring ones, read once: words, figures and folded text."""

    start: int
    end: int
    words: frozenset[str]
    quantities: tuple[Quantity, ...]
    folded: str
    single: bool


def _candidates(text: str) -> list[_Candidate]:
    """Single sentences and pairs within a paragraph: a claim often spans two sentences."""
    found = []
    for par_start, par_end in _paragraph_spans(text):
        sentences = []
        for start, end in _sentences_in(text, par_start, par_end):
            piece = text[start:end]
            sentences.append(
                _Candidate(
                    start,
                    end,
                    frozenset(_content_words(piece)),
                    tuple(find_quantities(piece)),
                    _fold(piece),
                    single=True,
                )
            )
        found.extend(sentences)
        for first, second in zip(sentences, sentences[1:], strict=False):
            gap = text[first.end : second.start]
            found.append(
                _Candidate(
                    first.start,
                    second.end,
                    first.words | second.words,
                    first.quantities + second.quantities,
                    first.folded + _fold(gap) + second.folded,
                    single=False,
                )
            )
    return found


@dataclass
class _ClaimProfile:
    """What of a claim is looked for in each passage, computed once per ranking."""

    content: str
    weights: dict[str, float]
    names: list[str]
    quantities: list[Quantity]
    quote: str | None

    @classmethod
    def of(cls, claim: str, is_quote: bool, candidates: list[_Candidate]) -> _ClaimProfile:
        content = _content_words(claim)
        # Inverse document frequency over the source's sentences: words in every sentence
        # (the company's name in a story about it) say little about where the claim is.
        sentences = [candidate for candidate in candidates if candidate.single]
        frequency: Counter[str] = Counter()
        for sentence in sentences:
            frequency.update(sentence.words)
        weights = {
            word: math.log((len(sentences) + 1) / (frequency.get(word, 0) + 0.5)) + 0.1
            for word in set(content)
        }
        names = sorted({_fold(name) for name in _names(claim)})
        unique: dict[tuple[str, float | str, str], Quantity] = {}
        for quantity in find_quantities(claim):
            unique.setdefault((quantity.kind, quantity.value, quantity.unit), quantity)
        quote = None
        if is_quote:
            parts = quoted_words(claim)
            quote = _fold(" … ".join(parts) if parts else claim)
        return cls(" ".join(content), weights, names, list(unique.values()), quote)

    def score(self, candidate: _Candidate) -> float:
        total = sum(self.weights.values()) or 1.0
        lexical = sum(w for word, w in self.weights.items() if word in candidate.words) / total
        fuzzy = fuzz.token_set_ratio(self.content, " ".join(sorted(candidate.words))) / 100
        parts = [(0.4, lexical), (0.25, fuzzy)]
        if self.quantities:
            value = {"agree": 1.0, "differs": 0.7, "missing": 0.0}
            found = list(candidate.quantities)
            statuses = [check_quantity(q, found).status for q in self.quantities]
            parts.append((0.2, sum(value[status] for status in statuses) / len(statuses)))
        if self.names:
            names = sum(1 for name in self.names if name in candidate.folded) / len(self.names)
            parts.append((0.15, names))
        if self.quote:
            quote_score = fuzz.partial_ratio(self.quote, candidate.folded) / 100
            parts = [(weight * 0.4, value) for weight, value in parts] + [(0.6, quote_score)]
        weight_sum = sum(weight for weight, _ in parts)
        return sum(weight * value for weight, value in parts) / weight_sum


def _content_words(text: str) -> list[str]:
    return [
        word
        for word in (_fold(match.group()) for match in _WORD.finditer(text))
        if word not in _STOPWORDS and (len(word) > 1 or word.isdigit())
    ]


def _names(text: str) -> list[str]:
    """Capitalised words and runs of them, minus words capitalised only by starting a
    sentence (a stopword such as "The" or "But")."""
    names = []
    for match in _NAME.finditer(text):
        words = match.group().split()
        while words and _fold(words[0]) in _STOPWORDS:
            words.pop(0)
        if words:
            names.append(" ".join(words))
    return names


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKC", text).translate(_PUNCT).casefold()


def _strip_quote_marks(quote: str) -> str:
    return quote.strip().strip("\"'“”‘’«»„ \t\n")


def _shift(check: QuoteCheck, offset: int) -> QuoteCheck:
    if check.start is None or check.end is None:
        return check
    return QuoteCheck(
        check.status,
        check.score,
        check.start + offset,
        check.end + offset,
        check.source_words,
        check.differences,
    )


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
        matches = list(_WORD.finditer(text))
        folded = [_fold(match.group()) for match in matches]
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

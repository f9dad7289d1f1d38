"""Reading a source for a claim: the passages that bear on it, and whether a quote is there.

A checker cannot reread a 3,000-word source for each claim; the ranked passages point at
the sentences to read, with the claim's figures and quotes already compared against them.
Offsets always refer to the source text as given, so the UI can highlight in place.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from factcheck.sources.numbers import (
    NumberCheck,
    Quantity,
    check_quantity,
    compare_numbers,
    find_quantities,
)
from factcheck.sources.quotes import WORD as _WORD
from factcheck.sources.quotes import QuoteCheck, check_quote, quoted_words, shifted
from factcheck.text import fold as _fold
from factcheck.text import split_paragraphs, split_sentences

_STOPWORDS = frozenset(
    """
    a an and are as at be been but by for from had has have he her his i in is it its of on
    or our she that the their them they this to was we were will with would you said says
    say told also not no than then there these those who which what when where how after
    before about into over more most some such can could may might should do does did just
    """.split()  # noqa: SIM905 - a word list reads best as running text
)
_NAME = re.compile(r"\b[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|of|de|van|von|al|la))*")


@dataclass(frozen=True)
class Passage:
    """A stretch of the source that bears on a claim, with why it ranked where it did."""

    start: int
    end: int
    text: str
    score: float
    number_checks: list[NumberCheck] = field(default_factory=list)
    quote_check: QuoteCheck | None = None


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
            quote_check = shifted(check_quote(claim.quote, text), candidate.start)
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
    for par_start, par_end in split_paragraphs(text, "auto"):
        sentences = []
        for start, end in split_sentences(text, par_start, par_end):
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

"""Reading a source for a claim: the passages that bear on it, and whether a quote is there.

A checker cannot reread a 3,000-word source for each claim; the ranked passages point at
the sentences to read, with the claim's figures and quotes already compared against them.
Offsets always refer to the source text as given, so the UI can highlight in place.
"""

from __future__ import annotations

import bisect
import functools
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
from factcheck.sources.quotes import (
    QuoteCheck,
    check_quote,
    quote_speaker,
    quoted_words,
    shifted,
)
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

K1 = 1.2
B = 0.75
"""BM25's usual constants: how fast a repeated word stops adding (K1), and how much a long
sentence is discounted for holding more words by chance (B)."""
NEIGHBOURS = 0.1
"""Weight of the better neighbouring sentence in a passage's score: evidence clusters, so a
sentence beside another that matches the claim is likelier the one that bears on it."""


def rank_passages(
    claim_text: str,
    source_text: str,
    limit: int = 5,
    *,
    is_quote: bool = False,
    speaker: str | None = None,
) -> list[Passage]:
    """The passages of the source that best match the claim, best first, not overlapping.

    The score is mostly BM25 of the claim's words over the source's sentences (a word
    found in few sentences weighs more, a long sentence is discounted), with how many of
    the claim's figures and capitalised names the passage has, the fuzzy likeness of their
    content words, a little of the best neighbouring sentence's score, and for a quote
    how closely its words appear.  Each passage carries the claim's figures checked
    against it (offsets in those checks are relative to the passage text) and, for a
    quote, the quote check.
    """
    reading = _Reading.of(claim_text, source_text, is_quote)
    if reading is None:
        return []
    chosen = reading.best(limit)
    speaker = speaker or quote_speaker(claim_text) if is_quote else None
    return [_passage(reading, candidate, score, speaker) for score, candidate in chosen]


def passage_score(
    claim_text: str, source_text: str, start: int, end: int, *, is_quote: bool = False
) -> float:
    """The score of the passage `source_text[start:end]` for the claim: the one
    `rank_passages` gives it when it is one of its candidates, and for any other span the
    same formula read in the same source, so a pinned passage keeps the score it was shown
    with."""
    reading = _Reading.of(claim_text, source_text, is_quote)
    if reading is None or not source_text[start:end].strip():
        return 0.0
    for index, candidate in enumerate(reading.candidates):
        if candidate.start == start and candidate.end == end:
            return round(reading.scores()[index], 4)
    span = _sentence(source_text, start, end)
    return round(reading.in_context(span, reading.profile.score(span)), 4)


def _passage(
    reading: _Reading, candidate: _Candidate, score: float, speaker: str | None = None
) -> Passage:
    text = reading.text[candidate.start : candidate.end]
    quote_check = None
    if reading.profile.quote:
        found = check_quote(reading.profile.quote, text, speaker=speaker)
        quote_check = shifted(found, candidate.start)
    return Passage(
        start=candidate.start,
        end=candidate.end,
        text=text,
        score=round(score, 4),
        number_checks=compare_numbers(reading.claim, text),
        quote_check=quote_check,
    )


@dataclass(frozen=True)
class _Candidate:
    """A sentence, or two neighbouring ones, read once: words, figures and folded text."""

    start: int
    end: int
    words: str
    """Content words (no stopwords), folded, sorted and joined: for the fuzzy likeness."""
    terms: Counter[str]
    """Every word, folded and stemmed, with its count: for BM25."""
    length: int
    folded: str
    source: str = field(repr=False)
    pair: tuple[_Candidate, _Candidate] | None = None
    """The two sentences of a pair; None for a single sentence."""

    @property
    def single(self) -> bool:
        return self.pair is None

    @functools.cached_property
    def quantities(self) -> tuple[Quantity, ...]:
        """The figures, read only for a claim that has some: most claims have none."""
        if self.pair is not None:
            return self.pair[0].quantities + self.pair[1].quantities
        return tuple(find_quantities(self.source[self.start : self.end]))


def _sentence(text: str, start: int, end: int) -> _Candidate:
    folded = _fold(text[start:end])
    folded_words = _WORD.findall(folded)
    return _Candidate(
        start,
        end,
        " ".join(sorted(set(_content(folded_words)))),
        Counter(map(_stem, folded_words)),
        len(folded_words),
        folded,
        text,
    )


def _candidates(text: str) -> list[_Candidate]:
    """Single sentences and pairs within a paragraph: a claim often spans two sentences."""
    found = []
    for par_start, par_end in split_paragraphs(text, "auto"):
        sentences = [
            _sentence(text, start, end) for start, end in split_sentences(text, par_start, par_end)
        ]
        found.extend(sentences)
        for first, second in zip(sentences, sentences[1:], strict=False):
            gap = text[first.end : second.start]
            found.append(
                _Candidate(
                    first.start,
                    second.end,
                    " ".join(sorted(set(first.words.split()) | set(second.words.split()))),
                    first.terms + second.terms,
                    first.length + second.length,
                    first.folded + _fold(gap) + second.folded,
                    text,
                    (first, second),
                )
            )
    return found


@dataclass
class _Reading:
    """A claim read against one source: the candidates, and the statistics of its sentences
    that every candidate's score is relative to."""

    claim: str
    text: str
    candidates: list[_Candidate]
    profile: _ClaimProfile
    sentences: list[_Candidate]
    """The single sentences in text order, for the neighbours of a passage."""
    starts: list[int]

    @classmethod
    def of(cls, claim: str, text: str, is_quote: bool) -> _Reading | None:
        if not claim.strip() or not text.strip():
            return None
        candidates = _candidates(text)
        if not candidates:
            return None
        sentences = sorted((c for c in candidates if c.single), key=lambda c: c.start)
        profile = _ClaimProfile.of(claim, is_quote, sentences)
        return cls(claim, text, candidates, profile, sentences, [s.start for s in sentences])

    def best(self, limit: int) -> list[tuple[float, _Candidate]]:
        """The `limit` best candidates that do not overlap, best first, with their scores:
        the first `limit` of every candidate's score sorted (ties: the shorter, then the
        earlier), read greedily.

        Reading a sentence's figures is most of the cost of a ranking, and a figure weighs
        a tenth of a score, so they are read only where they can change the answer: every
        candidate is scored with its figures' share at nothing and at its most, and the
        candidates are made exact, highest bound first, until the chosen ones all score
        above the bound of every candidate not yet exact.  The answer is the one scoring
        every candidate gives (floating point sums are monotonic, so a bound holds)."""
        profile = self.profile
        fixed = {id(c): profile.fixed(c) for c in self.candidates}
        if not profile.quantities:
            own = {key: profile.total(parts, 0.0) for key, parts in fixed.items()}
            return _greedy(
                [(self.in_context(c, own[id(c)], own), c) for c in self.candidates], limit
            )
        high = {key: profile.total(parts, 1.0) for key, parts in fixed.items()}
        bounds = {id(c): self.in_context(c, high[id(c)], high) for c in self.candidates}
        waiting = sorted(self.candidates, key=lambda c: bounds[id(c)], reverse=True)
        exact: dict[int, float] = {}
        scored: list[tuple[float, _Candidate]] = []
        done = 0
        batch = max(limit * 2, 8)
        while True:
            for candidate in waiting[done : done + batch]:
                for part in self._around(candidate):
                    if id(part) not in exact:
                        exact[id(part)] = profile.total(fixed[id(part)], profile.share(part))
                scored.append((self.in_context(candidate, exact[id(candidate)], exact), candidate))
            done += batch
            ceiling = bounds[id(waiting[done])] if done < len(waiting) else None
            chosen = _greedy(scored, limit, above=ceiling)
            if chosen is not None:
                return chosen

    def _around(self, candidate: _Candidate) -> list[_Candidate]:
        """The candidate and the neighbouring sentences its score in context reads."""
        before = bisect.bisect_left(self.starts, candidate.start) - 1
        after = bisect.bisect_left(self.starts, candidate.end)
        return [candidate] + [
            self.sentences[i] for i in (before, after) if 0 <= i < len(self.starts)
        ]

    def scores(self) -> list[float]:
        """Each candidate's score, in the order of `candidates`."""
        own = {id(c): self.profile.score(c) for c in self.candidates}
        return [self.in_context(c, own[id(c)], own) for c in self.candidates]

    def in_context(
        self, candidate: _Candidate, score: float, own: dict[int, float] | None = None
    ) -> float:
        """The candidate's own score with its better neighbouring sentence's added in."""
        before = bisect.bisect_left(self.starts, candidate.start) - 1
        after = bisect.bisect_left(self.starts, candidate.end)
        neighbours = [self.sentences[i] for i in (before, after) if 0 <= i < len(self.starts)]
        best = max(
            (
                own[id(n)] if own is not None else self.profile.score(n)
                for n in neighbours
                if n.end <= candidate.start or n.start >= candidate.end
            ),
            default=0.0,
        )
        return (score + NEIGHBOURS * best) / (1 + NEIGHBOURS)


@dataclass
class _ClaimProfile:
    """What of a claim is looked for in each passage, computed once per ranking."""

    content: str
    idf: dict[str, float]
    average_length: float
    names: list[str]
    quantities: list[Quantity]
    quote: str | None

    @classmethod
    def of(cls, claim: str, is_quote: bool, sentences: list[_Candidate]) -> _ClaimProfile:
        folded_words = _WORD.findall(_fold(claim))
        # Inverse document frequency over the source's sentences: words in every sentence
        # (the company's name in a story about it) say little about where the claim is.
        frequency: Counter[str] = Counter()
        for sentence in sentences:
            frequency.update(sentence.terms.keys())
        count = len(sentences)
        idf = {
            term: math.log(1 + (count - frequency[term] + 0.5) / (frequency[term] + 0.5))
            for term in set(map(_stem, folded_words))
        }
        average = sum(sentence.length for sentence in sentences) / (count or 1) or 1.0
        names = sorted({_fold(name) for name in _names(claim)})
        unique: dict[tuple[str, float | str, str], Quantity] = {}
        for quantity in find_quantities(claim):
            unique.setdefault((quantity.kind, quantity.value, quantity.unit), quantity)
        quote = None
        if is_quote:
            parts = quoted_words(claim)
            quote = _fold(" … ".join(parts) if parts else claim)
        content = " ".join(_content(folded_words))
        return cls(content, idf, average, names, list(unique.values()), quote)

    def score(self, candidate: _Candidate) -> float:
        return self.total(self.fixed(candidate), self.share(candidate))

    def fixed(self, candidate: _Candidate) -> list[tuple[float, float | None]]:
        """The parts of the score as (weight, value), the figures' value left as None: the
        parts that cost little, read for every candidate."""
        parts: list[tuple[float, float | None]] = [(0.7, self._bm25(candidate))]
        if self.content:
            fuzzy = fuzz.token_set_ratio(self.content, candidate.words) / 100
            parts.append((0.1, fuzzy))
        if self.quantities:
            parts.append((0.1, None))
        if self.names:
            names = sum(1 for name in self.names if name in candidate.folded) / len(self.names)
            parts.append((0.1, names))
        if self.quote:
            quote_score = fuzz.partial_ratio(self.quote, candidate.folded) / 100
            parts = [(weight * 0.4, value) for weight, value in parts] + [(0.6, quote_score)]
        return parts

    def share(self, candidate: _Candidate) -> float:
        """How well the candidate's figures answer the claim's (0..1): the costly part."""
        if not self.quantities:
            return 0.0
        value = {"agrees": 1.0, "differs": 0.7, "missing": 0.0}
        found = list(candidate.quantities)
        statuses = [check_quantity(q, found).status for q in self.quantities]
        return sum(value[status] for status in statuses) / len(statuses)

    @staticmethod
    def total(parts: list[tuple[float, float | None]], share: float) -> float:
        """The score from its parts, `share` standing for the figures' value."""
        weight_sum = sum(weight for weight, _ in parts)
        return sum(weight * (share if value is None else value) for weight, value in parts) / (
            weight_sum
        )

    def _bm25(self, candidate: _Candidate) -> float:
        """BM25 of the claim's words in the candidate, as a share (0..1) of what a sentence
        of average length holding each of them once would score."""
        total = sum(self.idf.values())
        if not total:
            return 0.0
        norm = K1 * (1 - B + B * candidate.length / self.average_length)
        terms = candidate.terms
        found = 0.0
        for term, weight in self.idf.items():
            count = terms.get(term)
            if count:
                found += weight * count * (K1 + 1) / (count + norm)
        return min(found / total, 1.0)


def _greedy(
    scored: list[tuple[float, _Candidate]], limit: int, *, above: float | None = None
) -> list[tuple[float, _Candidate]] | None:
    """The first `limit` candidates by score (ties: the shorter, then the earlier) that do
    not overlap one chosen before.  With `above`, the scores of some candidates are not
    known yet but are at most `above`: None when the answer could depend on them."""
    chosen: list[tuple[float, _Candidate]] = []
    ordered = sorted(
        scored, key=lambda item: (-item[0], item[1].end - item[1].start, item[1].start)
    )
    for score, candidate in ordered:
        if above is not None and score <= above:
            return None
        if all(candidate.end <= other.start or candidate.start >= other.end for _, other in chosen):
            chosen.append((score, candidate))
        if len(chosen) == limit:
            return chosen
    return chosen if above is None else None


def _content(folded_words: list[str]) -> list[str]:
    return [
        word
        for word in folded_words
        if word not in _STOPWORDS and (len(word) > 1 or word.isdigit())
    ]


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A word without its possessive or its plural or verb ending, so that "plants" finds
    "plant" and "opened" "opens": crude, but BM25 only needs the forms to meet."""
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


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

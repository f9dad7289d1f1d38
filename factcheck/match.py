"""Finding the stored claim a new wording is the same as, fast enough for 100,000 against 100,000.

A plain pairwise comparison is quadratic.  Instead every claim is indexed under the rarest of
its words (prefix filtering: two texts that share most words must share one of the rarest
half), and only those candidates are compared with rapidfuzz.  Two wordings whose numbers
differ are never the same claim, however alike the rest: "rose 5%" and "rose 6%" are two
facts to check.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_WORD = re.compile(r"[^\W_]+(?:[.,'][^\W_]+)*", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# The share of words two wordings of one claim must have in common at the least; loose on
# purpose, since rapidfuzz decides afterwards and this only keeps true matches in the pool.
MIN_WORD_OVERLAP = 0.5


def normalise(text: str) -> str:
    """Case, quote style, accents' composition, punctuation and spacing do not make a new claim."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(_WORD.findall(text))


def numbers_in(normalised: str) -> tuple[str, ...]:
    return tuple(sorted(n.replace(",", "") for n in _NUMBER.findall(normalised)))


@dataclass(frozen=True)
class Match:
    key: int
    similarity: float  # 0-100


@dataclass
class _Entry:
    key: int
    norm: str
    words: frozenset[str]
    numbers: tuple[str, ...]


class ClaimIndex:
    """An index of claim wordings (each under an integer key, such as a claim id)."""

    def __init__(self, threshold: float = 90.0) -> None:
        self.threshold = threshold
        self._entries: list[_Entry] = []
        self._exact: dict[str, int] = {}
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._df: Counter[str] = Counter()

    def prepare(self, texts: Iterable[str]) -> None:
        """Learn word rarity from the texts that will be indexed and queried.

        Any fixed order of words keeps the index exact; rarity only makes it fast, so this is
        done once, before the first ``add``.
        """
        for text in texts:
            self._df.update(set(normalise(text).split()))

    def _prefix(self, words: frozenset[str]) -> list[str]:
        ordered = sorted(words, key=lambda w: (self._df.get(w, 0), w))
        keep = len(ordered) - math.ceil(MIN_WORD_OVERLAP * len(ordered)) + 1
        return ordered[: max(keep, 1)]

    def add(self, key: int, text: str) -> None:
        norm = normalise(text)
        self._exact.setdefault(norm, key)
        words = frozenset(norm.split())
        entry = _Entry(key, norm, words, numbers_in(norm))
        position = len(self._entries)
        self._entries.append(entry)
        for word in self._prefix(words):
            self._postings[word].append(position)

    def exact(self, text: str) -> int | None:
        return self._exact.get(normalise(text))

    def best(self, text: str) -> Match | None:
        """The closest indexed wording at or above the threshold, exact matches first."""
        norm = normalise(text)
        if norm in self._exact:
            return Match(self._exact[norm], 100.0)
        words = frozenset(norm.split())
        if not words:
            return None
        numbers = numbers_in(norm)
        seen: set[int] = set()
        best: Match | None = None
        cutoff = self.threshold
        # Indel similarity caps at 2*short/(short+long): lengths too far apart cannot match.
        low = len(norm) * cutoff / (200 - cutoff)
        high = len(norm) * (200 - cutoff) / cutoff
        for word in self._prefix(words):
            for position in self._postings.get(word, ()):
                if position in seen:
                    continue
                seen.add(position)
                entry = self._entries[position]
                if not low <= len(entry.norm) <= high or entry.numbers != numbers:
                    continue
                shared = len(words & entry.words)
                if shared < MIN_WORD_OVERLAP * max(len(words), len(entry.words)):
                    continue
                score = fuzz.ratio(norm, entry.norm, score_cutoff=cutoff)
                if score and (best is None or score > best.similarity):
                    best = Match(entry.key, round(score, 1))
                    cutoff = score
        return best

    def __len__(self) -> int:
        return len(self._entries)

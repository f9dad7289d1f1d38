"""Finding the stored claim a new wording is the same as, fast enough for 100,000 against 100,000.

A plain pairwise comparison is quadratic.  Instead every claim is indexed under the rarest of
its words (prefix filtering: two texts that share most words must share one of the rarest
half), and only those candidates are compared with rapidfuzz.

Alike is not the same for a fact-checker, so ``same_claim`` adds guards to the similarity:
two wordings whose numbers differ ("rose 5%" / "rose 6%"), where one negates ("did" / "did
not"), or where a word was swapped for another word rather than misspelt ("doubled" /
"tripled") are two facts to check, however close their letters are.
"""

from __future__ import annotations

import difflib
import math
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from factcheck.meaning import negates, numbers_in
from factcheck.text import fold

_WORD = re.compile(r"[^\W_]+(?:[.,'][^\W_]+)*", re.UNICODE)
# How many of the closest candidates are read against the guards before giving up.
RANKED = 10
# Two words this alike (0-100) are one word spelt two ways, not a change of meaning.
SAME_WORD = 75.0
# How many choices ``best_matches`` ranks in one rapidfuzz call before it lets other threads run.
CHUNK = 10_000


def normalise(text: str) -> str:
    """Case, quote style, accents' composition, punctuation and spacing do not make a new claim."""
    return " ".join(_WORD.findall(fold(text)))


def _word_changes_are_minor(a: list[str], b: list[str]) -> bool:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if negates(a[i1:i2] + b[j1:j2]):
            return False
        if op == "replace":
            for old, new in zip(a[i1:i2], b[j1:j2], strict=False):
                if not _misspelt(old, new):
                    return False
    return True


def _misspelt(old: str, new: str) -> bool:
    """One word spelt two ways, rather than two words ("hired" / "fired", "million" / "billion").

    Misspellings keep the first letter far more often than not, and a swapped pair of letters
    keeps every letter; a changed first letter is taken as another word.
    """
    if sorted(old) == sorted(new):
        return True
    return old[:1] == new[:1] and fuzz.ratio(old, new) >= SAME_WORD


def same_claim(a: str, b: str, threshold: float) -> float:
    """Similarity (0-100) of two normalised wordings, or 0 when they are not one claim."""
    if numbers_in(a) != numbers_in(b):
        return 0.0
    score = fuzz.ratio(a, b, score_cutoff=threshold)
    if score and a != b and not _word_changes_are_minor(a.split(), b.split()):
        return 0.0
    return score


@dataclass(frozen=True)
class Match:
    key: int
    similarity: float  # 0-100


class ClaimIndex:
    """An index of claim wordings (each under an integer key, such as a claim id)."""

    def __init__(self, threshold: float = 90.0) -> None:
        self.threshold = threshold
        # Wordings this similar in letters share at least this share of their words; a lower
        # threshold needs a looser bound (and a longer prefix) to lose no match.
        self.min_overlap = min(max(1 - 2.5 * (1 - threshold / 100), 0.3), 0.95)
        self._keys: list[int] = []
        self._norms: list[str] = []
        self._exact: dict[str, int] = {}
        # Keyed by the wording's figures as well as a word: wordings with other figures are
        # never one claim, so they never even meet (and templated rows stay fast).
        self._postings: dict[tuple[tuple[str, ...], str], list[int]] = defaultdict(list)
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
        keep = len(ordered) - math.ceil(self.min_overlap * len(ordered)) + 1
        return ordered[: max(keep, 1)]

    def add(self, key: int, text: str) -> None:
        norm = normalise(text)
        self._exact.setdefault(norm, key)
        position = len(self._keys)
        self._keys.append(key)
        self._norms.append(norm)
        figures = numbers_in(norm)
        for word in self._prefix(frozenset(norm.split())):
            self._postings[figures, word].append(position)

    def exact(self, text: str) -> int | None:
        return self._exact.get(normalise(text))

    def best(self, text: str) -> Match | None:
        """The closest indexed wording at or above the threshold, exact matches first."""
        norm = normalise(text)
        if norm in self._exact:
            return Match(self._exact[norm], 100.0)
        figures = numbers_in(norm)
        postings = self._postings
        lists = [
            postings[figures, w]
            for w in self._prefix(frozenset(norm.split()))
            if (figures, w) in postings
        ]
        if not lists:
            return None
        norms = self._norms
        choices = {position: norms[position] for position in set().union(*lists)}
        # rapidfuzz ranks the candidates in C; the guards then read the best few in Python.
        ranked = process.extract(
            norm, choices, scorer=fuzz.ratio, score_cutoff=self.threshold, limit=RANKED
        )
        for _text, _score, position in ranked:
            score = same_claim(norm, norms[position], self.threshold)
            if score:
                return Match(self._keys[position], round(score, 1))
        return None

    def __len__(self) -> int:
        return len(self._keys)


def fold_for_match(text: str) -> str:
    """A choice as ``best_matches`` compares it: fold once, keep, and pass ``folded=True``."""
    return utils.default_process(text)


def best_matches(
    text: str,
    keys: list,
    choices: list[str],
    *,
    threshold: float,
    limit: int,
    folded: bool = False,
) -> list[tuple[float, object]]:
    """(similarity, key) of the choices most like `text`, best first, from `threshold` on.

    rapidfuzz's plain ratio over lower-cased wordings ranks every choice in C (100,000 in
    well under a second); the best few are then scored again with token-set similarity,
    which forgives reordered words.  Ties go to the smaller key.  `keys` and `choices` are
    parallel lists: rapidfuzz walks a list about twice as fast as a dict.  With ``folded``
    the choices are already ``fold_for_match``-ed (a caller that keeps them skips folding
    100,000 texts on every query); the answers are the same.
    """
    query = utils.default_process(text)
    asked = utils.default_process(query) if folded else query
    processor = None if folded else utils.default_process
    cutoff = max(threshold - 25, 0)
    # In slices, with a pause between: one rapidfuzz call over 100,000 texts holds the
    # interpreter for tens of milliseconds, and the workbench's keys wait behind it.  The
    # best of each slice, merged by score and then position, are the best of all (rapidfuzz
    # breaks ties by position too).
    shortlist: list[tuple[str, float, int]] = []
    for start in range(0, len(choices), CHUNK):
        if start:
            time.sleep(0)
        shortlist.extend(
            (choice, score, start + index)
            for choice, score, index in process.extract(
                asked,
                choices[start : start + CHUNK],
                scorer=fuzz.ratio,
                processor=processor,
                score_cutoff=cutoff,
                limit=limit * 5,
            )
        )
    shortlist = sorted(shortlist, key=lambda item: (-item[1], item[2]))[: limit * 5]
    scored = sorted(
        (
            (
                round(
                    fuzz.token_set_ratio(
                        query, choice if folded else utils.default_process(choice)
                    ),
                    1,
                ),
                keys[index],
            )
            for choice, _score, index in shortlist
        ),
        key=lambda item: (-item[0], item[1]),
    )
    return [(score, key) for score, key in scored if score >= threshold][:limit]

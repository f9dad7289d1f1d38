"""Near-duplicate sources: the same story fetched twice, or syndicated on another site.

Comparing a new text with every stored one is too slow once there are thousands, so each
text gets a few dozen signature keys (LSH bands of a MinHash over word shingles); only texts
sharing a key are compared, at word level with rapidfuzz.  The keys are plain integers so
the store can index them: a table source_signature(source_id, key) and `WHERE key IN (…)`.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

from rapidfuzz.distance import Indel, LCSseq

from factcheck.meaning import meaning_change
from factcheck.text import fold

SIGNATURE_VERSION = 1
"""Bump when shingling, hashing or banding changes: stored keys of another version no
longer meet new ones, so the store must recompute them (keep the version beside them)."""
SHINGLE_WORDS = 3
BANDS = 32
ROWS = 3
"""32 bands of 3: a pair of texts whose shingle sets overlap by a Jaccard of 0.5 shares a
key with probability 0.99, at 0.3 with 0.58, at 0.1 (unrelated texts on one topic) 0.03."""
SLOTS = BANDS * ROWS
KEY_MASK = (1 << 63) - 1
"""Keys are non-negative and below 2**63: they fit a signed 64-bit BIGINT / SQLite INTEGER."""

_WORD = re.compile(r"\w+")
_EMPTY = 1 << 64


@dataclass(frozen=True)
class DuplicateVerdict:
    """How alike two texts are and what to do about it."""

    score: float
    """Word-level similarity 0..1 (rapidfuzz Indel: 1 - edits / total words)."""
    tier: str
    """"merge" (same source), "suggest" (ask the checker) or "distinct"."""
    rule: str
    """The rule that decided the tier, in words fit to show the checker."""
    shared: list[str] = field(default_factory=list)
    """The longest passages of the new text found word for word in the old one."""
    coverage: float = 0.0
    """Share of the shorter text's words found, in order, in the longer one."""


# Texts shorter than this (normalised characters) are never merged by themselves, not even when
# identical: a paywall stub, a consent wall or a soft-404 page reads the same on two stories.
SHORT_TEXT_CHARS = 400


def is_short(text: str) -> bool:
    """Too short to be recognised as one story by its text alone (see ``SHORT_TEXT_CHARS``)."""
    return len(normalise(text)) < SHORT_TEXT_CHARS


def normalise(text: str) -> str:
    """The text as hashed: compatibility forms, straight quotes, single spaces, case kept."""
    return " ".join(fold(text, keep_case=True).split())


def normalised_text_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text: equal for copies that differ only in spacing,
    quote style or Unicode form, so an exact re-fetch is recognised without any comparison.
    A source's ``text_hash``."""
    return _digest(normalise(text))


def exact_text_hash(text: str) -> str:
    """SHA-256 (hex) of the text as it is, every character counting: an article's
    ``text_hash``, since its claims point into that exact text by offset."""
    return _digest(text)


def _digest(normalised: str) -> str:
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def words(text: str) -> list[str]:
    """Case-folded word tokens: punctuation and layout never make two copies differ."""
    return [fold(match.group()) for match in _WORD.finditer(text)]


def signature_keys(text: str) -> list[int]:
    """The LSH keys of a text: two texts worth comparing share at least one, most likely.

    One-permutation MinHash (one hash per shingle, binned, empty bins filled from their
    neighbour) keeps this linear in the text length, which matters at 10,000 sources.
    Returns BANDS keys, or none for a text without words.
    """
    return _keys(words(text))


def compare(
    new_text: str,
    old_text: str,
    *,
    confirm: float = 0.90,
    suggest: float = 0.75,
    min_chars: int = SHORT_TEXT_CHARS,
) -> DuplicateVerdict:
    """Decide whether `new_text` is the same source as `old_text`.

    Word-level, so navigation words, spacing and punctuation weigh little and a syndicated
    copy with a new headline and a closing paragraph still scores above `confirm`.  Texts
    shorter than `min_chars` are never merged: a short text matches too easily by chance.
    """
    return _judge(_Text.of(new_text), _Text.of(old_text), confirm, suggest, min_chars)


class DedupeIndex:
    """Texts held in memory with their signature keys, for batch work and benchmarks.

    The store does the same with its source_signature table; this class is the reference of
    how candidates are found and judged.
    """

    def __init__(
        self, *, confirm: float = 0.90, suggest: float = 0.75, min_chars: int = SHORT_TEXT_CHARS
    ) -> None:
        self.confirm = confirm
        self.suggest = suggest
        self.min_chars = min_chars
        self._texts: dict[Hashable, _Text] = {}
        self._by_key: dict[int, set[Hashable]] = {}
        self._by_hash: dict[str, set[Hashable]] = {}

    def __len__(self) -> int:
        return len(self._texts)

    def __contains__(self, source_id: Hashable) -> bool:
        return source_id in self._texts

    def add(self, source_id: Hashable, text: str) -> None:
        if source_id in self._texts:
            self.remove(source_id)
        entry = _Text.of(text)
        self._texts[source_id] = entry
        for key in entry.keys:
            self._by_key.setdefault(key, set()).add(source_id)
        self._by_hash.setdefault(entry.digest, set()).add(source_id)

    def remove(self, source_id: Hashable) -> None:
        entry = self._texts.pop(source_id, None)
        if entry is None:
            return
        for key in entry.keys:
            self._by_key.get(key, set()).discard(source_id)
        self._by_hash.get(entry.digest, set()).discard(source_id)

    def candidates(self, text: str, limit: int | None = None) -> list[Hashable]:
        """Ids worth comparing with `text`: exact copies first, then by shared keys."""
        return self._candidates(_Text.of(text), limit)

    def best_match(self, text: str) -> tuple[Hashable, DuplicateVerdict] | None:
        """The stored text most like `text`, unless every candidate is distinct."""
        probe = _Text.of(text)
        best: tuple[Hashable, DuplicateVerdict] | None = None
        for source_id in self._candidates(probe, None):
            verdict = _judge(
                probe,
                self._texts[source_id],
                self.confirm,
                self.suggest,
                self.min_chars,
                with_passages=False,
            )
            if verdict.tier != "distinct" and (best is None or verdict.score > best[1].score):
                best = (source_id, verdict)
        if best is None:
            return None
        source_id = best[0]
        verdict = _judge(probe, self._texts[source_id], self.confirm, self.suggest, self.min_chars)
        return source_id, verdict

    def _candidates(self, probe: _Text, limit: int | None) -> list[Hashable]:
        exact = sorted(self._by_hash.get(probe.digest, ()), key=repr)
        shared: Counter[Hashable] = Counter()
        for key in probe.keys:
            shared.update(self._by_key.get(key, ()))
        for source_id in exact:
            shared.pop(source_id, None)
        ranked = exact + [source_id for source_id, _ in shared.most_common()]
        return ranked if limit is None else ranked[:limit]


# -- internals ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    """A text prepared once for many comparisons."""

    text: str
    tokens: list[str]
    spans: list[tuple[int, int]]
    digest: str
    chars: int
    keys: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> _Text:
        matches = list(_WORD.finditer(text))
        tokens = [fold(match.group()) for match in matches]
        normalised = normalise(text)
        return cls(
            text=text,
            tokens=tokens,
            spans=[match.span() for match in matches],
            digest=_digest(normalised),
            chars=len(normalised),
            keys=tuple(_keys(tokens)),
        )


def _judge(
    new: _Text,
    old: _Text,
    confirm: float,
    suggest: float,
    min_chars: int,
    *,
    with_passages: bool = True,
) -> DuplicateVerdict:
    short = min(new.chars, old.chars) < min_chars
    if new.digest == old.digest:
        score, coverage = 1.0, 1.0
    elif not new.tokens or not old.tokens:
        score, coverage = 0.0, 0.0
    else:
        score = Indel.normalized_similarity(new.tokens, old.tokens)
        common = LCSseq.similarity(new.tokens, old.tokens)
        coverage = common / min(len(new.tokens), len(old.tokens))
    shared = _shared_passages(new, old) if with_passages and score > 0 else []
    tier, rule = _tier(new, old, score, coverage, short, confirm, suggest)
    return DuplicateVerdict(
        score=round(score, 4), tier=tier, rule=rule, shared=shared, coverage=round(coverage, 4)
    )


def _tier(
    new: _Text,
    old: _Text,
    score: float,
    coverage: float,
    short: bool,
    confirm: float,
    suggest: float,
) -> tuple[str, str]:
    if short:
        if score >= suggest:
            return "suggest", "short text: checker must confirm"
        return "distinct", f"short text, fuzzy < {suggest:.2f}"
    if new.digest == old.digest:
        return "merge", "identical text"
    if score >= confirm:
        changed = meaning_change(old.tokens, new.tokens)
        if changed is not None:
            # Alike is not the same: a page saying "rose 3%" is not a copy of one saying
            # "fell 3%"; the checker decides, as for claims (meaning.meaning_change).
            return "suggest", f"fuzzy ≥ {confirm:.2f}, but {changed}"
        return "merge", f"fuzzy ≥ {confirm:.2f}"
    if score >= suggest:
        return "suggest", f"fuzzy ≥ {suggest:.2f}"
    lengths = sorted((len(new.tokens), len(old.tokens)))
    if coverage >= confirm and lengths[0] >= 0.5 * lengths[1]:
        return "suggest", f"one text contains the other (coverage ≥ {confirm:.2f})"
    return "distinct", f"fuzzy < {suggest:.2f}"


def _shared_passages(new: _Text, old: _Text, count: int = 3, min_words: int = 8) -> list[str]:
    blocks = [
        (op.src_end - op.src_start, op.src_start, op.src_end)
        for op in Indel.opcodes(new.tokens, old.tokens)
        if op.tag == "equal" and op.src_end - op.src_start >= min_words
    ]
    blocks.sort(reverse=True)
    passages = []
    for _, start, end in blocks[:count]:
        passages.append(new.text[new.spans[start][0] : new.spans[end - 1][1]])
    return passages


def _keys(tokens: list[str]) -> list[int]:
    if not tokens:
        return []
    width = min(SHINGLE_WORDS, len(tokens))
    slots = [_EMPTY] * SLOTS
    for shingle in _shingles(tokens, width):
        value = int.from_bytes(hashlib.blake2b(shingle, digest_size=8).digest(), "little")
        slot, rest = value % SLOTS, value // SLOTS
        if rest < slots[slot]:
            slots[slot] = rest
    _densify(slots)
    keys = []
    for band in range(BANDS):
        packed = band.to_bytes(2, "little") + b"".join(
            value.to_bytes(9, "little") for value in slots[band * ROWS : (band + 1) * ROWS]
        )
        digest = hashlib.blake2b(packed, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little") & KEY_MASK)
    return keys


def _shingles(tokens: list[str], width: int) -> Iterable[bytes]:
    for start in range(len(tokens) - width + 1):
        yield " ".join(tokens[start : start + width]).encode("utf-8")


def _densify(slots: list[int]) -> None:
    """Fill empty slots from the next filled one (circularly), offset by the distance, so
    short texts still have a full signature and equal texts fill the same way."""
    filled = [index for index, value in enumerate(slots) if value != _EMPTY]
    if not filled or len(filled) == len(slots):
        return
    original = list(slots)
    for index in range(len(slots)):
        if original[index] != _EMPTY:
            continue
        distance = 1
        while original[(index + distance) % len(slots)] == _EMPTY:
            distance += 1
        slots[index] = original[(index + distance) % len(slots)] + distance * _EMPTY

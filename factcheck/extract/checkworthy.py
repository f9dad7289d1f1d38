"""A small check-worthiness model: logistic regression over hashed word n-grams.

Trained on ClaimBuster debate sentences by scripts/train_checkworthy.py.  The weights are
a JSON file beside this module, read with the standard library so extraction needs no
numpy, no download and no network; hashing uses CRC-32, which is stable across processes
(Python's own str hash is salted per run).
"""

from __future__ import annotations

import json
import math
import re
import threading
import zlib
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("checkworthy.json")
DIMENSION_BITS = 18
# r"[$€£]?\d[\d,.]*%?|[a-z]+(?:['’][a-z]+)?|[%$?!]" rewritten so that re can skip ahead: it
# starts with the class of first characters, and a look-behind heading each branch checks which
# one it took.  (?:X|) is (?:X)? without the slower repeat machinery.
_TOKEN = re.compile(
    r"[a-z$€£%?!\d]"
    r"(?:(?<=[a-z])[a-z]*(?:['’][a-z]+|)|(?<=\d)[\d,.]*%?|(?<=[$€£])\d[\d,.]*%?|(?<=[%$?!]))"
)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


_DIGIT = re.compile(r"\d")
_QUANTITY_TOKENS = frozenset({"<num>", "<money>", "<pct>"})


def tokens(sentence: str) -> list[str]:
    """Lower-cased words, with numbers reduced to their shape so "$2.5" and "$7.1" agree."""
    # "’" becomes "'" before matching: both sit in the same place of a word token.
    text = sentence.lower().replace("’", "'")
    toks = _TOKEN.findall(text)
    if _DIGIT.search(text) is None:
        return toks  # number tokens need a digit
    # Word tokens start with a-z and keep their text; only the others can be numbers.
    return [tok if "a" <= tok[0] <= "z" else _shape(tok) for tok in toks]


def _shape(tok: str) -> str:
    if tok[0].isdigit() or tok[0] in "$€£" and len(tok) > 1:
        if tok[0] in "$€£":
            return "<money>"
        if tok.endswith("%"):
            return "<pct>"
        if _YEAR.match(tok):
            return "<year>"
        return "<num>"
    return tok


def features(sentence: str) -> list[str]:
    """Feature strings of a sentence; the same list trains the model and scores with it."""
    toks = tokens(sentence)
    feats = ["w:" + t for t in toks]
    padded = ["<s>", *toks, "</s>"]
    feats += [f"b:{a} {b}" for a, b in zip(padded, padded[1:], strict=False)]
    n = len(toks)
    feats.append(f"len:{min(n // 5, 8)}")
    if not _QUANTITY_TOKENS.isdisjoint(toks):
        feats.append("has:quantity")
    if "<year>" in toks:
        feats.append("has:year")
    if any(w[:1].isupper() for w in sentence.split()[1:]):
        feats.append("has:capital")
    return feats


def hashed(sentence: str, bits: int = DIMENSION_BITS) -> list[int]:
    """Indices of the sentence's features in a 2**bits weight vector."""
    mask = (1 << bits) - 1
    return [zlib.crc32(f.encode("utf-8")) & mask for f in features(sentence)]


@lru_cache(maxsize=1)
def _model() -> tuple[float, dict[int, float], int]:
    if not MODEL_PATH.exists():
        return 0.0, {}, DIMENSION_BITS
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    weights = {int(k): float(v) for k, v in data["weights"].items()}
    return float(data["bias"]), weights, int(data["bits"])


# Tokens every vocabulary starts with, so that their ids are constants (the unigram weights
# of "<s>" and "</s>" go unused).
_RESERVED = ("<s>", "</s>", "<num>", "<money>", "<pct>", "<year>")
_START, _END = _RESERVED.index("<s>"), _RESERVED.index("</s>")
_QUANTITY_IDS = frozenset(_RESERVED.index(tok) for tok in _QUANTITY_TOKENS)
_YEAR_ID = _RESERVED.index("<year>")
_SHAPE_IDS = _QUANTITY_IDS | {_YEAR_ID}
# Bounds on what a _Vocabulary keeps.
_MAX_TOKENS = 200_000
_MAX_WORDS = 200_000
_MAX_BIGRAMS = 500_000


class _Vocabulary:
    """Tokens as small integers with their weights, and the tokens of each word of split().

    Filled as words are met, so that scoring a sentence of known words runs no tokenizer,
    hashes no feature string and looks its weights up by index.  No token spans white space
    and lower() looks no further than a word, so a sentence's tokens are those of its words,
    one after another.
    """

    def __init__(self) -> None:
        self.bias, self._weights, bits = _model()
        self._mask = (1 << bits) - 1
        self.length_weights = tuple(self.weight(f"len:{i}") for i in range(9))
        self.quantity_weight = self.weight("has:quantity")
        self.year_weight = self.weight("has:year")
        self.capital_weight = self.weight("has:capital")
        self.id_of: dict[str, int] = {}
        self.token: list[str] = []
        self.unigram_weight: list[float] = []
        # following[a][b]: the weight of the bigram of tokens a and b.
        self.following: list[dict[int, float]] = []
        self.bigrams = 0
        self.word_ids: dict[str, tuple[int, ...]] = {}
        # The words in word_ids that start with a capital.
        self.capitalised: set[str] = set()
        # Learning appends to lists whose lengths give ids: one thread at a time.
        self.lock = threading.Lock()
        for tok in _RESERVED:
            self._token_id(tok)

    def learn(self, words: list[str]) -> list[int] | None:
        """The token ids of `words`, adding those not met before; None if there is no room."""
        # Under the lock: ids are list lengths, and a word is in word_ids once it is complete.
        ids: list[int] = []
        with self.lock:
            for word in words:
                word_ids = self.word_ids.get(word)
                if word_ids is None:
                    word_tokens = tokens(word)
                    if len(self.token) + len(word_tokens) > _MAX_TOKENS:
                        return None
                    word_ids = tuple(map(self._token_id, word_tokens))
                    if len(self.word_ids) < _MAX_WORDS:
                        # capitalised first: readers take a word in word_ids as complete.
                        if word[0].isupper():
                            self.capitalised.add(word)
                        self.word_ids[word] = word_ids
                ids += word_ids
        return ids

    def weight(self, feature: str) -> float:
        return self._weights.get(zlib.crc32(feature.encode("utf-8")) & self._mask, 0.0)

    def _token_id(self, tok: str) -> int:
        i = self.id_of.get(tok)
        if i is None:
            i = self.id_of[tok] = len(self.token)
            self.token.append(tok)
            self.unigram_weight.append(self.weight("w:" + tok))
            self.following.append({})
        return i

    def learn_bigram(self, a: int, b: int) -> float:
        """The weight of the bigram of tokens a and b, kept in `following` while there is room."""
        weight = self.weight(f"b:{self.token[a]} {self.token[b]}")
        if self.bigrams < _MAX_BIGRAMS:
            self.following[a][b] = weight
            self.bigrams += 1
        return weight


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    return _Vocabulary()


def probability(sentence: str) -> float:
    """P(check-worthy factual sentence) as ClaimBuster's coders would judge it.

    Adds the weights of `features(sentence)` in the same order as that list, so the sum
    is bit for bit the one a plain loop over the feature strings gives.
    """
    vocabulary = _vocabulary()
    words = sentence.split()
    word_ids = vocabulary.word_ids
    ids: list[int] = []
    try:
        for word in words:
            ids += word_ids[word]
        capital = not vocabulary.capitalised.isdisjoint(words[1:])
    except KeyError:  # a word not met before
        learnt = vocabulary.learn(words)
        if learnt is None:  # no room for its tokens: the plain loop
            z = vocabulary.bias
            for feature in features(sentence):
                z += vocabulary.weight(feature)
            return _sigmoid(z)
        ids = learnt
        capital = any(w[0].isupper() for w in words[1:])  # split() gives no empty words
    z = vocabulary.bias
    unigram_weight = vocabulary.unigram_weight
    for i in ids:
        z += unigram_weight[i]
    unigram_sum = z
    following = vocabulary.following
    try:
        after = following[_START]
        for i in ids:
            z += after[i]
            after = following[i]
        z += after[_END]
    except KeyError:  # a bigram not met before: add them up again, learning the new ones
        z = unigram_sum
        prev = _START
        for i in [*ids, _END]:
            weight = following[prev].get(i)
            z += vocabulary.learn_bigram(prev, i) if weight is None else weight
            prev = i
    z += vocabulary.length_weights[min(len(ids) // 5, 8)]
    if not _SHAPE_IDS.isdisjoint(ids):
        if not _QUANTITY_IDS.isdisjoint(ids):
            z += vocabulary.quantity_weight
        if _YEAR_ID in ids:
            z += vocabulary.year_weight
    if capital:
        z += vocabulary.capital_weight
    return _sigmoid(z)


def _sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))

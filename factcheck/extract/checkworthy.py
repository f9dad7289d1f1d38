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
import zlib
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("checkworthy.json")
DIMENSION_BITS = 18
_TOKEN = re.compile(r"[$€£]?\d[\d,.]*%?|[a-z]+(?:['’][a-z]+)?|[%$?!]")
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


# Feature string -> weight, filled as features are met: hashing each once keeps scoring fast.
_WEIGHT_OF: dict[str, float] = {}


def _weight(feature: str) -> float:
    _, weights, bits = _model()
    weight = weights.get(zlib.crc32(feature.encode("utf-8")) & ((1 << bits) - 1), 0.0)
    if len(_WEIGHT_OF) < 500_000:
        _WEIGHT_OF[feature] = weight
    return weight


# The same weights keyed by word and by word pair, so scoring builds no feature strings.
_UNIGRAM_WEIGHT: dict[str, float] = {}
_BIGRAM_WEIGHT: dict[str, dict[str, float]] = {}


def probability(sentence: str) -> float:
    """P(check-worthy factual sentence) as ClaimBuster's coders would judge it.

    Adds the weights of `features(sentence)` in the same order as that list, so the sum
    is bit for bit the one a plain loop over the feature strings gives.
    """
    bias = _model()[0]
    toks = tokens(sentence)
    z = bias
    unigrams = _UNIGRAM_WEIGHT
    room = len(_WEIGHT_OF) + len(unigrams) < 500_000
    for tok in toks:
        weight = unigrams.get(tok)
        if weight is None:
            weight = _weight("w:" + tok)
            if room:
                unigrams[tok] = weight
        z += weight
    prev = "<s>"
    toks.append("</s>")
    for tok in toks:
        following = _BIGRAM_WEIGHT.get(prev)
        if following is None:
            following = _BIGRAM_WEIGHT[prev] = {}
        weight = following.get(tok)
        if weight is None:
            weight = _weight(f"b:{prev} {tok}")
            if room:
                following[tok] = weight
        z += weight
        prev = tok
    toks.pop()
    known = _WEIGHT_OF
    extras = [f"len:{min(len(toks) // 5, 8)}"]
    if not _QUANTITY_TOKENS.isdisjoint(toks):
        extras.append("has:quantity")
    if "<year>" in toks:
        extras.append("has:year")
    for w in sentence.split()[1:]:
        if w[0].isupper():  # split() gives no empty words
            extras.append("has:capital")
            break
    for feature in extras:
        weight = known.get(feature)
        z += _weight(feature) if weight is None else weight
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))

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


def tokens(sentence: str) -> list[str]:
    """Lower-cased words, with numbers reduced to their shape so "$2.5" and "$7.1" agree."""
    out: list[str] = []
    for tok in _TOKEN.findall(sentence.lower()):
        if tok[0].isdigit() or tok[0] in "$€£" and len(tok) > 1:
            if tok[0] in "$€£":
                out.append("<money>")
            elif tok.endswith("%"):
                out.append("<pct>")
            elif _YEAR.match(tok):
                out.append("<year>")
            else:
                out.append("<num>")
        else:
            out.append(tok.replace("’", "'"))
    return out


def features(sentence: str) -> list[str]:
    """Feature strings of a sentence; the same list trains the model and scores with it."""
    toks = tokens(sentence)
    feats = [f"w:{t}" for t in toks]
    padded = ["<s>", *toks, "</s>"]
    feats += [f"b:{a} {b}" for a, b in zip(padded, padded[1:], strict=False)]
    n = len(toks)
    feats.append(f"len:{min(n // 5, 8)}")
    if any(t in ("<num>", "<money>", "<pct>") for t in toks):
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


def probability(sentence: str) -> float:
    """P(check-worthy factual sentence) as ClaimBuster's coders would judge it."""
    bias = _model()[0]
    known = _WEIGHT_OF
    z = bias
    for feature in features(sentence):
        weight = known.get(feature)
        z += _weight(feature) if weight is None else weight
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))

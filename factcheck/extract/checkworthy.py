"""A small check-worthiness model: calibrated logistic regression over hashed features.

The features are word uni- and bigrams, character 3- to 5-grams of each word (so "taxes",
"taxed" and "taxation" share evidence), and signals from the extractor: figures, dates,
names, job titles, attribution, past tense, opinion and hedges, first- and second-person
talk, promises.  Trained on ClaimBuster debate sentences by scripts/train_checkworthy.py,
which also calibrates the output (Platt scaling on sentences of debates the model did not
see), so `probability` reads as a probability and `is_checkworthy` is one threshold on it.
The weights are a JSON file beside this module, read with the standard library so
extraction needs no numpy, no download and no network; hashing uses CRC-32, which is
stable across processes (Python's own str hash is salted per run).
"""

from __future__ import annotations

import base64
import json
import math
import re
import sys
import threading
import zlib
from array import array
from functools import lru_cache
from pathlib import Path

from factcheck.extract.features import Features

MODEL_PATH = Path(__file__).with_name("checkworthy.json")
DIMENSION_BITS = 20
CHAR_GRAMS = (3, 4, 5)
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


# Words whose presence anywhere in the sentence is a signal of its own, beside the word's
# own weight: first- and second-person talk, promises, hedges.  Keyed by token.
_WORD_SIGNALS: dict[str, str] = {
    **dict.fromkeys(("i", "i'm", "i've", "i'll", "i'd", "me", "my", "mine", "myself"), "first"),
    **dict.fromkeys(("we", "we're", "we've", "we'll", "we'd", "us", "our", "ours"), "we"),
    **dict.fromkeys(("you", "you're", "you've", "you'll", "your", "yours"), "you"),
    **dict.fromkeys(("will", "won't", "gonna", "shall"), "future"),
    **dict.fromkeys(
        (
            "may",
            "might",
            "could",
            "perhaps",
            "maybe",
            "probably",
            "possibly",
            "likely",
            "seems",
            "seem",
            "should",
            "would",
        ),
        "hedge",
    ),
}
WORD_SIGNALS: tuple[str, ...] = tuple(dict.fromkeys(_WORD_SIGNALS.values()))
# What each signal means, for the reasons shown next to a claim.
SIGNAL_NAMES: dict[str, str] = {
    "money": "a sum of money",
    "percent": "a percentage",
    "number": "a figure",
    "date": "a date",
    "reldate": "a relative date",
    "role": "a job title",
    "entity": "a name",
    "entities": "several names",
    "event": "an event",
    "superlative": "a superlative",
    "past": "past tense",
    "opinion": "opinion words",
    "opinion2": "strong opinion",
    "attributed": "a named source",
    "quoted": "a quotation",
    "first": "first-person talk",
    "we": "we-talk",
    "you": "talk to the listener",
    "future": "a promise or forecast",
    "hedge": "a hedge",
}


def signals(detected: Features, attributed: bool, quoted: bool) -> tuple[str, ...]:
    """The extractor's findings in a sentence as model signals (see SIGNAL_NAMES).

    The extractor passes them to `probability`; the training script computes them the
    same way from the same detectors.
    """
    # Tested one by one rather than through a table of (name, value) pairs: it runs once
    # per sentence, and most of the tests fail.
    found: list[str] = []
    if detected.money:
        found.append("money")
    if detected.percents:
        found.append("percent")
    if detected.numbers:
        found.append("number")
    if detected.dates:
        found.append("date")
    if detected.relative_dates:
        found.append("reldate")
    if detected.roles:
        found.append("role")
    if detected.entities:
        found.append("entity")
        if len(detected.entities) >= 2:
            found.append("entities")
    if detected.events:
        found.append("event")
    if detected.superlatives:
        found.append("superlative")
    if detected.past:
        found.append("past")
    if detected.opinion >= 1.0:
        found.append("opinion")
        if detected.opinion >= 2.0:
            found.append("opinion2")
    if attributed:
        found.append("attributed")
    if quoted:
        found.append("quoted")
    return tuple(found)


def char_grams(token: str) -> list[str]:
    """The character n-grams of one word token, with its ends marked ("<tax", "es>")."""
    padded = f"<{token}>"
    return [padded[i : i + n] for n in CHAR_GRAMS for i in range(len(padded) - n + 1)]


def features(sentence: str, extra: tuple[str, ...] = ()) -> list[str]:
    """Feature strings of a sentence; the same list trains the model and scores with it.

    `extra` are the extractor's `signals` for the sentence.
    """
    toks = tokens(sentence)
    feats = ["w:" + t for t in toks]
    padded = ["<s>", *toks, "</s>"]
    feats += [f"b:{a} {b}" for a, b in zip(padded, padded[1:], strict=False)]
    for tok in toks:
        if "a" <= tok[0] <= "z":
            feats += ["c:" + g for g in char_grams(tok)]
    n = len(toks)
    feats.append(f"len:{min(n // 5, 8)}")
    if not _QUANTITY_TOKENS.isdisjoint(toks):
        feats.append("has:quantity")
    if "<year>" in toks:
        feats.append("has:year")
    if any(w[:1].isupper() for w in sentence.split()[1:]):
        feats.append("has:capital")
    present = {_WORD_SIGNALS[t] for t in toks if t in _WORD_SIGNALS}
    feats += ["x:" + name for name in WORD_SIGNALS if name in present]
    feats += ["x:" + name for name in extra]
    return feats


def hashed(sentence: str, extra: tuple[str, ...] = (), bits: int = DIMENSION_BITS) -> list[int]:
    """Indices of the sentence's features in a 2**bits weight vector."""
    mask = (1 << bits) - 1
    return [zlib.crc32(f.encode("utf-8")) & mask for f in features(sentence, extra)]


@lru_cache(maxsize=1)
def _model() -> tuple[float, dict[int, float], int, float]:
    """Bias, weights by feature index, index bits, and the check-worthy threshold."""
    if not MODEL_PATH.exists():
        return 0.0, {}, DIMENSION_BITS, 0.5
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    weights = dict(zip(unpack(data["indices"], "I"), unpack(data["values"], "f"), strict=True))
    return float(data["bias"]), weights, int(data["bits"]), float(data["threshold"])


def pack(numbers: list[int] | list[float], typecode: str) -> str:
    """Numbers as base64 of their little-endian 4-byte form: the weights file's arrays,
    read back by `unpack` in C rather than number by number by the JSON parser."""
    packed = array(typecode, numbers)
    if sys.byteorder == "big":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode("ascii")


def unpack(text: str, typecode: str) -> array:
    packed = array(typecode)
    packed.frombytes(base64.b64decode(text))
    if sys.byteorder == "big":
        packed.byteswap()
    return packed


def threshold() -> float:
    """The calibrated probability from which a claim is marked check-worthy; chosen by the
    training script for the best F1 on debates its model had not seen."""
    return _model()[3]


def is_checkworthy(p: float) -> bool:
    return p >= threshold()


# Tokens every vocabulary starts with, so that their ids are constants (the unigram weights
# of "<s>" and "</s>" go unused).
_RESERVED = ("<s>", "</s>", "<num>", "<money>", "<pct>", "<year>")
_START, _END = _RESERVED.index("<s>"), _RESERVED.index("</s>")
_QUANTITY_IDS = frozenset(_RESERVED.index(tok) for tok in _QUANTITY_TOKENS)
_YEAR_ID = _RESERVED.index("<year>")
_SHAPE_IDS = _QUANTITY_IDS | {_YEAR_ID}
# CRC-32 of the character n-gram features' prefix, from which each gram's hash carries on.
_CHAR_PREFIX_CRC = zlib.crc32(b"c:")
_BIGRAM_PREFIX_CRC = zlib.crc32(b"b:")
# Bounds on what a _Vocabulary keeps.
_MAX_TOKENS = 200_000
_MAX_WORDS = 200_000
_MAX_BIGRAMS = 500_000


# What a word of split() adds to any sentence it is in, worked out once: its tokens' ids,
# the summed weights of its tokens' character n-grams, and the bits of WORD_SIGNALS its
# tokens raise.  A plain tuple: the scoring loop unpacks it faster than it reads attributes.
_Word = tuple[tuple[int, ...], float, int]


class _Vocabulary:
    """Tokens as small integers with their weights, and what each word of split() adds.

    Filled as words are met, so that scoring a sentence of known words runs no tokenizer,
    hashes no feature string and looks its weights up by index.  No token spans white space
    and lower() looks no further than a word, so a sentence's tokens are those of its words,
    one after another, and its character n-grams those of its words' tokens.
    """

    def __init__(self) -> None:
        self.bias, self._weights, bits, _ = _model()
        self._mask = (1 << bits) - 1
        self.length_weights = tuple(self.weight(f"len:{i}") for i in range(9))
        self.quantity_weight = self.weight("has:quantity")
        self.year_weight = self.weight("has:year")
        self.capital_weight = self.weight("has:capital")
        self.word_signal_weights = tuple(self.weight("x:" + name) for name in WORD_SIGNALS)
        self.signal_weights = {name: self.weight("x:" + name) for name in SIGNAL_NAMES}
        self.id_of: dict[str, int] = {}
        self.token: list[str] = []
        # Each token's UTF-8, and the CRC-32 of "b:" + token + " ", from which the hash of a
        # bigram it opens carries on over the second token's bytes ("b:{a} {b}" unbuilt).
        self.token_bytes: list[bytes] = []
        self.bigram_head: list[int] = []
        self.unigram_weight: list[float] = []
        # A word token's n-gram weights summed (_char_sum), by token.
        self.char_sums: dict[str, float] = {}
        # following[a][b]: the weight of the bigram of tokens a and b.
        self.following: list[dict[int, float]] = []
        self.bigrams = 0
        self.words: dict[str, _Word] = {}
        # The words in `words` that start with a capital.
        self.capitalised: set[str] = set()
        # Learning appends to lists whose lengths give ids: one thread at a time.
        self.lock = threading.Lock()
        for tok in _RESERVED:
            self._token_id(tok)

    def learn(self, words: list[str]) -> list[_Word] | None:
        """What `words` add, learning those not met before; None if there is no room."""
        # Under the lock: ids are list lengths, and a word is in `words` once complete.
        found: list[_Word] = []
        with self.lock:
            for word in words:
                entry = self.words.get(word)
                if entry is None:
                    word_tokens = tokens(word)
                    if len(self.token) + len(word_tokens) > _MAX_TOKENS:
                        return None
                    chars = 0.0
                    bits = 0
                    opened = False  # whether a token has added its n-grams yet
                    for tok in word_tokens:
                        if "a" <= tok[0] <= "z":
                            if opened:
                                chars = self._add_char_grams(chars, tok)
                            else:
                                chars = self._char_sum(tok)
                                opened = True
                        if tok in _WORD_SIGNALS:
                            bits |= 1 << WORD_SIGNALS.index(_WORD_SIGNALS[tok])
                    entry = (tuple(map(self._token_id, word_tokens)), chars, bits)
                    if len(self.words) < _MAX_WORDS:
                        # capitalised first: readers take a word in `words` as complete.
                        if word[0].isupper():
                            self.capitalised.add(word)
                        self.words[word] = entry
                found.append(entry)
        return found

    def weight(self, feature: str) -> float:
        return self._weights.get(zlib.crc32(feature.encode("utf-8")) & self._mask, 0.0)

    def _char_sum(self, tok: str) -> float:
        """The weights of `char_grams(tok)` added up from 0.0, worked out once per token:
        "the", "The", "the," and "“The" are four words of one token."""
        total = self.char_sums.get(tok)
        if total is None:
            total = self.char_sums[tok] = self._add_char_grams(0.0, tok)
        return total

    def _add_char_grams(self, total: float, tok: str) -> float:
        """`total` plus the weights of `char_grams(tok)`, added in their order.

        A word token is ASCII (lower-case letters and "'"), so each character n-gram is a
        slice of the token's bytes, and CRC-32 carried on from the prefix "c:" hashes
        "c:" + gram: no feature string is built or encoded.  Most of a first extraction's
        time went to hashing the n-grams of words the vocabulary had not met.
        """
        padded = f"<{tok}>"
        if not padded.isascii():  # no word token is; kept exact all the same
            for gram in char_grams(tok):
                total += self.weight("c:" + gram)
            return total
        data = padded.encode("ascii")
        get, mask, crc32 = self._weights.get, self._mask, zlib.crc32
        for n in CHAR_GRAMS:
            for i in range(len(data) - n + 1):
                total += get(crc32(data[i : i + n], _CHAR_PREFIX_CRC) & mask, 0.0)
        return total

    def _token_id(self, tok: str) -> int:
        i = self.id_of.get(tok)
        if i is None:
            i = self.id_of[tok] = len(self.token)
            data = tok.encode("utf-8")
            self.token.append(tok)
            self.token_bytes.append(data)
            self.bigram_head.append(zlib.crc32(data + b" ", _BIGRAM_PREFIX_CRC))
            self.unigram_weight.append(self.weight("w:" + tok))
            self.following.append({})
        return i

    def learn_bigram(self, a: int, b: int) -> float:
        """The weight of the bigram of tokens a and b, kept in `following` while there is room."""
        crc = zlib.crc32(self.token_bytes[b], self.bigram_head[a])  # of "b:{a} {b}"
        weight = self._weights.get(crc & self._mask, 0.0)
        if self.bigrams < _MAX_BIGRAMS:
            self.following[a][b] = weight
            self.bigrams += 1
        return weight


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    return _Vocabulary()


def probability(sentence: str, extra: tuple[str, ...] = ()) -> float:
    """P(check-worthy factual sentence) as ClaimBuster's coders would judge it, calibrated.

    `extra` are the extractor's `signals` for the sentence.  Adds the weights of
    `features(sentence, extra)`, each word's part worked out once per vocabulary.
    """
    vocabulary = _vocabulary()
    words = sentence.split()
    known = vocabulary.words
    try:
        entries = list(map(known.__getitem__, words))
        capital = not vocabulary.capitalised.isdisjoint(words[1:])
    except KeyError:  # a word not met before
        learnt = vocabulary.learn(words)
        if learnt is None:  # no room for its tokens: the plain loop
            z = vocabulary.bias
            for feature in features(sentence, extra):
                z += vocabulary.weight(feature)
            return _sigmoid(z)
        entries = learnt
        capital = any(w[0].isupper() for w in words[1:])  # split() gives no empty words
    ids: list[int] = []
    z = vocabulary.bias
    bits = 0
    for word_ids, chars, word_bits in entries:
        ids += word_ids
        z += chars
        bits |= word_bits
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
    if bits:
        for k, weight in enumerate(vocabulary.word_signal_weights):
            if bits >> k & 1:
                z += weight
    for name in extra:
        z += vocabulary.signal_weights[name]
    return _sigmoid(z)


def reason(p: float, extra: tuple[str, ...]) -> str:
    """Why the model ranks a claim where it does: its verdict, its probability and the
    extractor's signals that weigh most for (or against) it."""
    verdict = "check-worthy" if is_checkworthy(p) else "lower priority"
    why = _WHY.get(extra)
    if why is None:
        why = _why(extra)
        if len(_WHY) < 10_000:  # a few dozen combinations of signals occur
            _WHY[extra] = why
    return f"{verdict} ({p:.2f}{why})"


# The signal part of each reason, by the signals it is made of: one claim in an article
# shares its few signals with hundreds of others, and the ranking is the same for all.
_WHY: dict[tuple[str, ...], str] = {}


def _why(extra: tuple[str, ...]) -> str:
    weights = _vocabulary().signal_weights
    ranked = sorted((name for name in extra if weights[name]), key=lambda n: -abs(weights[n]))
    pros = [SIGNAL_NAMES[n] for n in ranked if weights[n] > 0][:3]
    cons = [SIGNAL_NAMES[n] for n in ranked if weights[n] < 0][:2]
    why = []
    if pros:
        why.append("for: " + ", ".join(pros))
    if cons:
        why.append("against: " + ", ".join(cons))
    return "; " + "; ".join(why) if why else ""


def _sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))

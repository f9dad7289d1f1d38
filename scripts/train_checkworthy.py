"""Retrain the check-worthiness model shipped in factcheck/extract/checkworthy.json.

    python scripts/train_checkworthy.py [--data /work/shared/data/claimbuster]

Pure Python, no numpy or scikit-learn: the model is a logistic regression over the hashed
features of factcheck.extract.checkworthy, fitted by FTRL-proximal (per-feature learning
rates; its L1 term leaves most weights exactly zero, which keeps the shipped file small).
Training is deterministic: a fixed seed for the order of sentences, CRC-32 hashing, and
the same arithmetic on every machine, so the same data gives the same file.

Positive class: Verdict 1 (check-worthy factual sentence); Verdict 0 and -1 are negative.
Trained on crowdsourced.csv.  Calibration: the sentences are split by debate into three
folds; a model trained on two predicts the third, and Platt scaling fitted on those
out-of-debate margins is folded into the final weights, as is the F1-best threshold.
groundtruth.csv (expert labels) is only measured, never fitted.  bench/bench_checkworthy.py
measures the whole procedure on debates it holds out.

Data: ClaimBuster (Arslan, Hassan, Li, Tremayne, "A Benchmark Dataset of Check-worthy
Factual Claims", ICWSM 2020).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from factcheck.extract.checkworthy import (
    DIMENSION_BITS,
    MODEL_PATH,
    hashed,
    pack,
    signals,
    unpack,
)
from factcheck.extract.entities import collect_proper_nouns
from factcheck.extract.features import detect
from factcheck.extract.speakers import QUOTE_ONLY_VERBS, find_attribution

SEED = 20240601
_ROOT = Path(__file__).resolve().parent.parent
# shared/ sits beside the clone (or beside the folder of a git worktree).
DEFAULT_DATA = next(
    (
        p / "shared" / "data" / "claimbuster"
        for p in (_ROOT.parent, _ROOT.parent.parent)
        if (p / "shared" / "data" / "claimbuster").is_dir()
    ),
    _ROOT.parent / "shared" / "data" / "claimbuster",
)


@dataclass(frozen=True)
class Example:
    text: str
    debate: str
    label: int
    x: tuple[tuple[int, float], ...]  # (feature index, count), sorted by index


def load(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def examples(rows: list[dict[str, str]], context: list[dict[str, str]]) -> list[Example]:
    """Rows as feature vectors, with the extractor's signals computed as it computes them:
    proper nouns from the whole debate (`context` holds every row of every debate)."""
    by_debate: dict[str, list[str]] = {}
    for row in context:
        by_debate.setdefault(row["File_id"], []).append(row["Text"])
    nouns = {debate: collect_proper_nouns(texts) for debate, texts in by_debate.items()}
    out = []
    for row in rows:
        text = row["Text"].strip()
        found = find_attribution(text)
        attributed = found is not None and found.verb not in QUOTE_ONLY_VERBS
        extra = signals(detect(text, nouns[row["File_id"]]), attributed, quoted=False)
        counts = Counter(hashed(text, extra))
        label = int(int(row["Verdict"]) == 1)
        out.append(Example(text, row["File_id"], label, tuple(sorted(counts.items()))))
    return out


@dataclass
class Model:
    bias: float
    weights: dict[int, float]

    def margin(self, x: tuple[tuple[int, float], ...]) -> float:
        w = self.weights
        return self.bias + sum(w.get(i, 0.0) * v for i, v in x)


def sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def train(
    data: list[Example],
    epochs: int = 3,
    alpha: float = 0.08,
    beta: float = 1.0,
    l1: float = 1.0,
    l2: float = 1.0,
) -> Model:
    """FTRL-proximal logistic regression (McMahan et al., 2013), a fixed sentence order."""
    z: dict[int, float] = {}
    n: dict[int, float] = {}
    bias_z = bias_n = 0.0
    order = list(range(len(data)))
    rng = random.Random(SEED)

    def weight(i: int) -> float:
        zi = z.get(i, 0.0)
        if abs(zi) <= l1:
            return 0.0
        return -(zi - math.copysign(l1, zi)) / ((beta + math.sqrt(n.get(i, 0.0))) / alpha + l2)

    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            example = data[k]
            bias = -bias_z / ((beta + math.sqrt(bias_n)) / alpha)
            ws = [weight(i) for i, _ in example.x]
            margin = bias + sum(w * v for w, (_, v) in zip(ws, example.x, strict=True))
            g = sigmoid(margin) - example.label
            sigma = (math.sqrt(bias_n + g * g) - math.sqrt(bias_n)) / alpha
            bias_z += g - sigma * bias
            bias_n += g * g
            for w, (i, v) in zip(ws, example.x, strict=True):
                gi = g * v
                ni = n.get(i, 0.0)
                sigma = (math.sqrt(ni + gi * gi) - math.sqrt(ni)) / alpha
                z[i] = z.get(i, 0.0) + gi - sigma * w
                n[i] = ni + gi * gi
    weights = {i: w for i in z if (w := weight(i)) != 0.0}
    return Model(-bias_z / ((beta + math.sqrt(bias_n)) / alpha), weights)


def platt(margins: list[float], labels: list[int]) -> tuple[float, float]:
    """a, b so that sigmoid(a * margin + b) is calibrated: Newton's method on the log loss,
    with Platt's smoothed targets."""
    positives = sum(labels)
    negatives = len(labels) - positives
    hi, lo = (positives + 1) / (positives + 2), 1 / (negatives + 2)
    targets = [hi if y else lo for y in labels]
    a, b = 1.0, 0.0
    for _ in range(50):
        h11 = h22 = h21 = 1e-9
        g1 = g2 = 0.0
        for m, t in zip(margins, targets, strict=True):
            p = sigmoid(a * m + b)
            d = p - t
            s = p * (1 - p)
            g1 += d * m
            g2 += d
            h11 += s * m * m
            h22 += s
            h21 += s * m
        det = h11 * h22 - h21 * h21
        da = (h22 * g1 - h21 * g2) / det
        db = (h11 * g2 - h21 * g1) / det
        a, b = a - da, b - db
        if abs(da) < 1e-9 and abs(db) < 1e-9:
            break
    return a, b


def scores(labels: list[int], probs: list[float], threshold: float) -> tuple[float, float, float]:
    """Precision, recall and F1 of the positive class at `threshold`."""
    tp = sum(1 for y, p in zip(labels, probs, strict=True) if y and p >= threshold)
    predicted = sum(1 for p in probs if p >= threshold)
    precision = tp / max(predicted, 1)
    recall = tp / max(sum(labels), 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return precision, recall, f1


def best_threshold(labels: list[int], probs: list[float]) -> float:
    candidates = [t / 100 for t in range(10, 91)]
    return max(candidates, key=lambda t: (scores(labels, probs, t)[2], -abs(t - 0.5)))


def folds(data: list[Example], k: int) -> list[set[str]]:
    """Debates dealt round-robin in date order into k folds, so each fold spans the years."""
    debates = sorted({e.debate for e in data})
    return [set(debates[i::k]) for i in range(k)]


def fit(data: list[Example], inner: int = 3, **options: float) -> tuple[Model, float]:
    """Train on `data`, calibrate on its own debates held out in turn; the calibrated model
    (Platt folded into the weights) and its threshold."""
    margins: list[float] = []
    labels: list[int] = []
    for held in folds(data, inner):
        model = train([e for e in data if e.debate not in held], **options)  # type: ignore[arg-type]
        for e in data:
            if e.debate in held:
                margins.append(model.margin(e.x))
                labels.append(e.label)
    a, b = platt(margins, labels)
    threshold = best_threshold(labels, [sigmoid(a * m + b) for m in margins])
    model = train(data, **options)  # type: ignore[arg-type]
    return Model(a * model.bias + b, {i: a * w for i, w in model.weights.items()}), threshold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument(
        "--min-weight",
        type=float,
        default=0.01,
        help="drop smaller weights, to keep the file small and quick to load",
    )
    args = parser.parse_args()

    crowd = load(args.data / "crowdsourced.csv")
    expert = load(args.data / "groundtruth.csv")
    train_set = examples(crowd, crowd + expert)
    test_set = examples(expert, crowd + expert)
    model, threshold = fit(train_set)
    # Rounded to float32, as the file stores them, so the figure printed is the file's.
    kept = sorted(i for i, w in model.weights.items() if abs(w) >= args.min_weight)
    weights = dict(zip(kept, unpack(pack([model.weights[i] for i in kept], "f"), "f"), strict=True))
    shipped = Model(round(model.bias, 6), weights)
    probs = [sigmoid(shipped.margin(e.x)) for e in test_set]
    precision, recall, f1 = scores([e.label for e in test_set], probs, threshold)
    print(
        f"groundtruth.csv (same debates, other sentences): P={precision:.3f} R={recall:.3f} "
        f"F1={f1:.3f} at threshold {threshold:.2f}"
    )
    payload = {
        "about": "ClaimBuster check-worthiness: calibrated logistic regression over CRC-32 "
        "hashed word uni/bigrams, character 3-5-grams and extractor signals; see "
        "scripts/train_checkworthy.py",
        "bits": DIMENSION_BITS,
        "bias": shipped.bias,
        "threshold": threshold,
        # Feature indices (uint32) and their weights (float32), see checkworthy.pack.
        "indices": pack(sorted(weights), "I"),
        "values": pack([weights[i] for i in sorted(weights)], "f"),
        "groundtruth": {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
        },
    }
    args.out.write_text(json.dumps(payload, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB, {len(weights)} weights)")


if __name__ == "__main__":
    main()

"""Retrain the check-worthiness model shipped in factcheck/extract/checkworthy.json.

Needs, for training only: `pip install scikit-learn` (numpy and scipy come with it).  The
extractor itself reads the JSON with the standard library.  Training is deterministic: a
fixed seed, a fixed solver and the CRC-32 feature hashing of factcheck.extract.checkworthy.

    python scripts/train_checkworthy.py [--data /work/shared/data/claimbuster] [--c 0.5]

Positive class: Verdict 1 (check-worthy factual sentence); Verdict 0 and -1 are negative.
Trained on crowdsourced.csv, reported on groundtruth.csv.  Data: ClaimBuster (Arslan,
Hassan, Li, Tremayne, "A Benchmark Dataset of Check-worthy Factual Claims", ICWSM 2020).
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from factcheck.extract.checkworthy import DIMENSION_BITS, MODEL_PATH, hashed

SEED = 20240601


def load(path: Path) -> tuple[list[str], np.ndarray]:
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["Text"] for r in rows], np.array([int(r["Verdict"]) == 1 for r in rows], dtype=int)


def matrix(texts: list[str], bits: int) -> csr_matrix:
    indptr, indices = [0], []
    for text in texts:
        idx = sorted(set(hashed(text, bits)))
        indices.extend(idx)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    return csr_matrix((data, indices, indptr), shape=(len(texts), 1 << bits))


def scores(y: np.ndarray, p: np.ndarray, threshold: float = 0.5) -> tuple[float, float, float]:
    pred = p >= threshold
    tp = int(np.sum(pred & (y == 1)))
    precision = tp / max(int(pred.sum()), 1)
    recall = tp / max(int(y.sum()), 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return precision, recall, f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/claimbuster"))
    parser.add_argument("--c", type=float, default=0.5, help="inverse L2 regularisation")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument(
        "--min-weight", type=float, default=0.06,
        help="drop smaller weights: the file shrinks to ~0.7 MB and loads in milliseconds",
    )
    args = parser.parse_args()

    train_x, train_y = load(args.data / "crowdsourced.csv")
    test_x, test_y = load(args.data / "groundtruth.csv")
    model = LogisticRegression(C=args.c, max_iter=2000, solver="liblinear", random_state=SEED)
    model.fit(matrix(train_x, DIMENSION_BITS), train_y)
    test = matrix(test_x, DIMENSION_BITS)
    precision, recall, f1 = scores(test_y, model.predict_proba(test)[:, 1])
    print(f"full model   on groundtruth.csv: P={precision:.3f} R={recall:.3f} F1={f1:.3f}")

    coef = np.round(model.coef_[0], 4)
    coef[np.abs(coef) < args.min_weight] = 0.0
    bias = round(float(model.intercept_[0]), 4)
    p = 1.0 / (1.0 + np.exp(-(test @ coef + bias)))
    precision, recall, f1 = scores(test_y, p)
    print(f"shipped (pruned) on groundtruth.csv: P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    kept = {str(i): float(w) for i, w in enumerate(coef) if w != 0.0}
    payload = {
        "about": "ClaimBuster check-worthiness, logistic regression over CRC-32 hashed "
        "word uni/bigrams; see scripts/train_checkworthy.py",
        "bits": DIMENSION_BITS,
        "bias": bias,
        "weights": kept,
        "groundtruth": {"precision": round(precision, 3), "recall": round(recall, 3),
                        "f1": round(f1, 3)},
    }
    args.out.write_text(json.dumps(payload, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB, {len(kept)} weights)")


if __name__ == "__main__":
    main()

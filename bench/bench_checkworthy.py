"""Check-worthiness on debates the model never saw (the README's F1 figure).

    python bench/bench_checkworthy.py [--data /work/shared/data/claimbuster] [--folds 5]

The 33 ClaimBuster debates are dealt into folds by date; for each fold the whole training
procedure of scripts/train_checkworthy.py (training, calibration, threshold) runs on the
crowdsourced sentences of the other debates only, and the held-out debates' sentences are
scored: the expert-labelled ones (groundtruth.csv) and the crowd-labelled ones.  No debate
is in both train and test.  Prints precision, recall and F1 of the check-worthy class,
pooled over the folds, next to "every sentence is check-worthy" as a floor; then the shipped
extractor on the expert sentences, and on the labelled articles of tests/data/extract (text
unlike debates, whose labels say claim or not, a looser notion than check-worthy): how many
of their claims it marks.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from train_checkworthy import (  # noqa: E402
    DEFAULT_DATA,
    examples,
    fit,
    folds,
    load,
    scores,
    sigmoid,
)

from factcheck.extract import extract_claims  # noqa: E402
from tests.test_extract_labelled import load_document  # noqa: E402


def held_out(data: Path, k: int) -> None:
    crowd = load(data / "crowdsourced.csv")
    expert = load(data / "groundtruth.csv")
    train_set = examples(crowd, crowd + expert)
    test_set = examples(expert, crowd + expert)
    pooled: dict[str, tuple[list[int], list[float], list[float]]] = {
        "expert": ([], [], []),
        "crowd": ([], [], []),
    }
    start = time.perf_counter()
    for held in folds(train_set, k):
        model, threshold = fit([e for e in train_set if e.debate not in held])
        for name, rows in (("expert", test_set), ("crowd", train_set)):
            labels, probs, thresholds = pooled[name]
            for e in rows:
                if e.debate in held:
                    labels.append(e.label)
                    probs.append(sigmoid(model.margin(e.x)))
                    thresholds.append(threshold)
    print(f"{k} folds by debate, {time.perf_counter() - start:.0f} s")
    for name, (labels, probs, thresholds) in pooled.items():
        tp = sum(1 for y, p, t in zip(labels, probs, thresholds, strict=True) if y and p >= t)
        predicted = sum(1 for p, t in zip(probs, thresholds, strict=True) if p >= t)
        precision, recall = tp / max(predicted, 1), tp / max(sum(labels), 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        floor = scores(labels, [1.0] * len(labels), 0.5)[2]
        print(
            f"held-out {name:<6} sentences ({len(labels):5d}): P={precision:.3f} "
            f"R={recall:.3f} F1={f1:.3f}   (all check-worthy: F1={floor:.3f})"
        )


def articles() -> None:
    marked = claims = 0
    for path in sorted((ROOT / "tests" / "data" / "extract").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text, labels = load_document(json.loads(line))
            labelled = {(label.start, label.end) for label in labels if label.claim}
            for claim in extract_claims(text, with_facts=False):
                if (claim.start, claim.end) in labelled:
                    claims += 1
                    marked += claim.checkworthy
    print(
        f"labelled articles: {marked} of {claims} labelled claims marked check-worthy "
        f"({marked / max(claims, 1):.0%})"
    )


def extractor(data: Path) -> None:
    """The shipped extractor on each expert-labelled sentence: kept as a claim at all, and
    kept and marked check-worthy.  Its model saw other sentences of these debates."""
    labels, kept, marked = [], [], []
    for row in load(data / "groundtruth.csv"):
        claims = extract_claims(row["Text"].strip(), with_facts=False)
        labels.append(int(row["Verdict"] == "1"))
        kept.append(1.0 if claims else 0.0)
        marked.append(1.0 if any(c.checkworthy for c in claims) else 0.0)
    for name, found in (("kept as a claim", kept), ("marked check-worthy", marked)):
        precision, recall, f1 = scores(labels, found, 0.5)
        print(
            f"extractor on groundtruth.csv, {name:<20} P={precision:.3f} R={recall:.3f} F1={f1:.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    held_out(args.data, args.folds)
    extractor(args.data)
    articles()


if __name__ == "__main__":
    main()

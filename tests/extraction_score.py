"""Scoring extracted text against a gold article body, the way the extraction benchmark does.

Multisets of 4-token shingles (\\w+ tokens): true and false positives and misses, as shares of
their sum so that a long page weighs no more than a short one; precision and recall averaged
over pages, F1 of the two averages.  Used by `bench/bench_content.py` and the tests on the
benchmark sample in `fixtures/article-extraction-benchmark/`.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

_TOKEN = re.compile(r"\w+")


def shingle_counts(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < n:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_score(gold: str, found: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of shingles, as shares of their sum so long pages weigh no more."""
    want, got = shingle_counts(gold), shingle_counts(found)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def f1_of(scores: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    p = statistics.mean(precision(*s) for s in scores if s[0] + s[1] > 0)
    r = statistics.mean(recall(*s) for s in scores if s[0] + s[2] > 0)
    return p, r, 2 * p * r / (p + r)


def page_f1(score: tuple[float, float, float]) -> float:
    p, r = precision(*score), recall(*score)
    return 2 * p * r / (p + r) if p + r else 0.0

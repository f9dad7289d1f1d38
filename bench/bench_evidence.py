"""Evidence ranking on WiCE: how often a supporting sentence is ranked first or in the top five.

    python bench/bench_evidence.py [path/to/wice.jsonl]

WiCE (Kamoi et al., EMNLP 2023) gives Wikipedia claims with the sentences of the page each
cites and which of those sentences support it.  For each claim with supporting sentences the
page's sentences are joined one a line into a source text, and `rank_passages` ranks it; a
passage is a hit when it covers a supporting sentence.  Beside it, a plain BM25 (k1 1.2,
b 0.75, words lower-cased) ranks WiCE's own sentences for the same claims.  Default input:
the whole dev split at ../shared/data/wice/dev.jsonl when it is there, else the sample in
fixtures/wice/.  Then the time to rank the passages of 3,000-word sources.
"""

from __future__ import annotations

import json
import math
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from factcheck.sources.evidence import rank_passages

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent.parent / "shared" / "data" / "wice" / "dev.jsonl"
SAMPLE = ROOT / "fixtures" / "wice" / "sample.jsonl"
_TOKEN = re.compile(r"\w+")


def load(path: Path) -> list[dict]:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [item for item in items if any(item["supporting_sentences"])]


def as_source(sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentences one a line, and where each one is in the text."""
    spans, offset = [], 0
    for sentence in sentences:
        spans.append((offset, offset + len(sentence)))
        offset += len(sentence) + 1
    return "\n".join(sentences), spans


def bm25_ranking(query: str, sentences: list[str], k1: float = 1.2, b: float = 0.75) -> list[int]:
    """Indices of `sentences`, best first, by Okapi BM25 with the claim's words as query."""
    docs = [_TOKEN.findall(sentence.lower()) for sentence in sentences]
    average = sum(map(len, docs)) / len(docs) or 1.0
    frequency = Counter(word for doc in docs for word in set(doc))
    terms = set(_TOKEN.findall(query.lower()))
    n = len(docs)
    idf = {t: math.log(1 + (n - frequency[t] + 0.5) / (frequency[t] + 0.5)) for t in terms}
    scores = []
    for index, doc in enumerate(docs):
        counts = Counter(doc)
        norm = k1 * (1 - b + b * len(doc) / average)
        found = terms & counts.keys()
        score = sum(idf[t] * counts[t] * (k1 + 1) / (counts[t] + norm) for t in found)
        scores.append((-score, index))
    return [index for _, index in sorted(scores)]


def measure(items: list[dict]) -> None:
    ours = [0, 0]
    plain = [0, 0]
    for item in items:
        gold = {i for group in item["supporting_sentences"] for i in group}
        text, spans = as_source(item["evidence"])
        passages = rank_passages(item["claim"], text, 5)
        hits = [any(p.start < spans[i][1] and spans[i][0] < p.end for i in gold) for p in passages]
        ours[0] += bool(hits[:1] and hits[0])
        ours[1] += any(hits)
        ranked = bm25_ranking(item["claim"], item["evidence"])
        plain[0] += ranked[0] in gold
        plain[1] += bool(gold.intersection(ranked[:5]))
    n = len(items)
    print(f"{n} claims with supporting sentences")
    print(f"{'':24} hit@1  hit@5")
    print(f"{'rank_passages':24} {ours[0] / n:.3f}  {ours[1] / n:.3f}")
    print(f"{'BM25 over sentences':24} {plain[0] / n:.3f}  {plain[1] / n:.3f}")


def timing(items: list[dict], words: int = 3000, rounds: int = 3) -> None:
    """Median and worst time to rank the passages of a source cut to `words` words."""
    pool = " ".join(s for item in items for s in item["evidence"]).split()
    claims = [item["claim"] for item in items[:30]]
    lines, count = [], 0
    for item in items:
        for sentence in item["evidence"]:
            if count >= words:
                break
            lines.append(sentence)
            count += len(sentence.split())
    text = "\n".join(lines)
    assert len(pool) >= words, "not enough text for a 3,000-word source"
    times, cpu = [], []
    for claim in claims:
        best = best_cpu = float("inf")
        for _ in range(rounds):
            start, start_cpu = time.perf_counter(), time.process_time()
            rank_passages(claim, text, 5)
            best = min(best, time.perf_counter() - start)
            best_cpu = min(best_cpu, time.process_time() - start_cpu)
        times.append(best * 1000)
        cpu.append(best_cpu * 1000)
    # CPU time is what one ranking costs; wall time adds the waits of a shared machine.
    print(
        f"rank passages of a {len(text.split()):,}-word source ({len(lines)} lines), "
        f"{len(claims)} claims: median {statistics.median(times):.1f} ms, worst {max(times):.1f} ms"
        f" (CPU time: median {statistics.median(cpu):.1f} ms, worst {max(cpu):.1f} ms)"
    )


def main() -> None:
    start = time.perf_counter()
    sum(range(1_000_000))
    print(f"reference loop sum(range(10**6)): {(time.perf_counter() - start) * 1000:.1f} ms")
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED if SHARED.exists() else SAMPLE
    items = load(path)
    print(f"WiCE items from {path}")
    measure(items)
    timing(items)


if __name__ == "__main__":
    main()

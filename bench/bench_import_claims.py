"""Batch import of 100,000 claims into a store that already holds 100,000, with fuzzy merging.

Prints the import time and, beside it, what a plain pairwise rapidfuzz loop over the same data
would take (timed on a sample of rows and scaled up: the full loop would run for hours).

    python bench/bench_import_claims.py [--n 100000]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz

from factcheck.config import FetchSettings
from factcheck.db import open_store
from factcheck.match import normalise
from factcheck.services import import_claims
from factcheck.services.access import Access
from factcheck.services.claims import read_claims

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def vocabulary(rng: random.Random, size: int = 40_000) -> list[str]:
    return ["".join(rng.choices(LETTERS, k=rng.randint(2, 11))) for _ in range(size)]


def sentence(rng: random.Random, words: list[str], cumulative: list[float]) -> str:
    tokens = rng.choices(words, cum_weights=cumulative, k=rng.randint(8, 28))
    if rng.random() < 0.6:
        tokens.insert(rng.randrange(len(tokens)), str(rng.randint(2, 99_999)))
    return " ".join(tokens).capitalize() + "."


def reword(rng: random.Random, text: str, words: list[str]) -> str:
    tokens = text.rstrip(".").split()
    position = rng.randrange(len(tokens))
    if not tokens[position].isdigit():
        tokens[position] = rng.choice(words[:2000])
    return " ".join(tokens) + ("," if rng.random() < 0.5 else ".")


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=40, help="rows timed for the naive loop")
    args = parser.parse_args()
    rng = random.Random(2026)
    words = vocabulary(rng)
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(words))))  # Zipf
    stored = [sentence(rng, words, weights) for _ in range(args.n)]
    incoming: list[dict] = []
    for i in range(args.n):
        roll = rng.random()
        if roll < 0.2:
            text = reword(rng, rng.choice(stored), words)
        elif roll < 0.3:
            text = rng.choice(stored)
        else:
            text = sentence(rng, words, weights)
        incoming.append({"id": f"new-{i}", "text": text})

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_jsonl(
            folder / "stored.jsonl", [{"id": f"old-{i}", "text": t} for i, t in enumerate(stored)]
        )
        write_jsonl(folder / "incoming.jsonl", incoming)
        store = open_store(f"sqlite:///{folder / 'claims.db'}")
        access = Access(FetchSettings(file_folders=str(folder)))  # the files it wrote
        t0 = time.perf_counter()
        import_claims(store, read_claims(folder / "stored.jsonl", access=access))
        seeded = time.perf_counter() - t0
        t0 = time.perf_counter()
        summary = import_claims(store, read_claims(folder / "incoming.jsonl", access=access))
        elapsed = time.perf_counter() - t0
        store.close()

    norms = [normalise(t) for t in stored]
    sample = [normalise(r["text"]) for r in rng.sample(incoming, args.sample)]
    t0 = time.perf_counter()
    for query in sample:
        best = 0.0
        for other in norms:
            score = fuzz.ratio(query, other, score_cutoff=90)
            best = max(best, score)
    per_row = (time.perf_counter() - t0) / len(sample)
    # Each row is compared with the stored claims and the rows before it in the file.
    naive = per_row * args.n * 1.5

    print(f"store seeded with {args.n:,} claims in {seeded:.1f} s")
    print(
        f"import of {args.n:,} claims into {args.n:,}: {elapsed:.1f} s "
        f"({summary.new:,} new, {summary.merged:,} merged, {summary.unchanged:,} unchanged)"
    )
    print(
        f"plain pairwise rapidfuzz loop on the same data: {per_row * 1000:.0f} ms a row, "
        f"~{naive / 3600:.1f} h in all (from {len(sample)} rows); ratio ~{naive / elapsed:,.0f}x"
    )


if __name__ == "__main__":
    main()

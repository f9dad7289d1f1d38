"""How fast a duplicate check is against 10,000 stored sources, and how much LSH saves.

Run: python bench/bench_dedupe.py [--sources 10000] [--probes 200] [--seed 7]

Stores synthetic news-like texts (several hundred words each, from the page server's story
generator; one in twenty is a syndicated near-copy of an earlier one) in a DedupeIndex, then
times `best_match` for new texts: half near-copies of stored ones, half fresh stories.  The
full pairwise rapidfuzz scan is timed on a subset and extrapolated to the whole store.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from pageserver import near_copy, synthetic_story  # noqa: E402
from rapidfuzz.distance import Indel  # noqa: E402

from factcheck.sources.dedupe import DedupeIndex, signature_keys, words  # noqa: E402


def story_text(number: int) -> str:
    title, paragraphs = synthetic_story(number, paragraphs=8)
    return "\n".join([title, *paragraphs])


def copy_text(number: int, seed: int) -> str:
    title, paragraphs = near_copy(*synthetic_story(number, paragraphs=8), seed=seed)
    return "\n".join(["Midstate Wire | Local | Weather | Sports", title, *paragraphs])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=10_000)
    parser.add_argument("--probes", type=int, default=200)
    parser.add_argument("--scan-subset", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    started = time.perf_counter()
    texts: dict[int, str] = {}
    copy_of: dict[int, int] = {}
    for number in range(args.sources):
        if number >= 20 and number % 20 == 0:
            copy_of[number] = rng.randrange(number)
            texts[number] = copy_text(copy_of[number], seed=number)
        else:
            texts[number] = story_text(number)
    generated = time.perf_counter() - started
    size = statistics.mean(len(text.split()) for text in texts.values())
    print(f"generated {len(texts):,} texts, {size:.0f} words on average ({generated:.1f} s)")

    index = DedupeIndex()
    started = time.perf_counter()
    for number, text in texts.items():
        index.add(number, text)
    built = time.perf_counter() - started
    print(f"indexed in {built:.1f} s ({built / len(texts) * 1000:.2f} ms per text, 32 keys each)")

    probes: list[tuple[str, int | None]] = []
    for n in range(args.probes // 2):
        original = rng.randrange(args.sources)
        while original % 20 == 0:  # a stored copy: its own original is what is stored
            original = rng.randrange(args.sources)
        probes.append((copy_text(original, seed=10_000_000 + n), original))
    for n in range(args.probes - len(probes)):
        probes.append((story_text(1_000_000 + n), None))

    timings, candidates, found, false_merges = [], [], 0, 0
    for text, original in probes:
        begin = time.perf_counter()
        match = index.best_match(text)
        timings.append((time.perf_counter() - begin) * 1000)
        candidates.append(len(index.candidates(text)))
        if original is None:
            false_merges += match is not None and match[1].tier == "merge"
        elif match is not None and match[1].tier == "merge":
            # A stored syndicated copy of the same original is a right answer too.
            found += match[0] == original or copy_of.get(match[0]) == original
    copies = args.probes // 2
    print(
        f"duplicate check over {len(index):,} sources: median {statistics.median(timings):.1f} ms,"
        f" worst {max(timings):.1f} ms, mean candidates {statistics.mean(candidates):.1f}"
    )
    print(
        f"near-copies merged with their original: {found}/{copies};"
        f" fresh stories wrongly merged: {false_merges}/{args.probes - copies}"
    )

    subset = list(texts.values())[: args.scan_subset]
    prepared = [words(text) for text in subset]
    probe_text = probes[0][0]
    begin = time.perf_counter()
    for _ in range(3):
        probe = words(probe_text)
        for other in prepared:
            # What a scan without an index must do for every stored text: one rapidfuzz score.
            Indel.normalized_similarity(probe, other)
    per_pair = (time.perf_counter() - begin) / (3 * len(prepared))
    scan_ms = per_pair * len(index) * 1000
    median = statistics.median(timings)
    print(
        f"full pairwise rapidfuzz scan (measured on {len(prepared)} texts, extrapolated to"
        f" {len(index):,}): {scan_ms:,.0f} ms per check, with every text's words prepared in"
        f" advance; the LSH check is {scan_ms / median:,.0f}x faster (median)"
    )
    keys = signature_keys(probe_text)
    rows = len(keys) * len(index)
    print(f"signature: {len(keys)} keys per text; source_signature rows for the store: {rows:,}")


if __name__ == "__main__":
    main()

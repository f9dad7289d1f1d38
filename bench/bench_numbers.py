"""Number checks: accuracy on held-out claim/passage pairs, and how long one claim takes
against a 3,000-word source.

python bench/bench_numbers.py [--words 3000] [--repeat 200] [--pairs FILE ...]

The pairs (tests/data/numbers/heldout.jsonl, and heldout_s6.jsonl written in a later session
before the reader was run on it) were written for this measure, not taken from the rules'
own tests: each names the claim's figure to check and the answer a checker expects
(agrees / differs / missing).  "Wrong agrees" counts the answers that matter most:
an "agrees" where the checker expects anything else.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from pathlib import Path

from factcheck.sources.content import extract_file
from factcheck.sources.numbers import compare_numbers, find_quantities

ROOT = Path(__file__).resolve().parent.parent
PAIRS = sorted((ROOT / "tests" / "data" / "numbers").glob("heldout*.jsonl"))
PAGES = ROOT / "fixtures" / "pages"
CLAIMS = (
    "Voltaria will spend just over $2 billion on a plant employing about 1,500 people.",
    "Unemployment in the county fell 2 percentage points to 6.2% in January 2024.",
    "The plant will use 2 million gallons of water a day, a fifth of the town's supply.",
    "“We expect the first cells in the spring of 2027,” the chief executive said.",
)


def load_pairs(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def answer(pair: dict) -> str:
    """The status given to the pair's figure, or "unread" when the figure is not read."""
    figure = pair["figure"].casefold()  # "Two-thirds" opening the claim is "two-thirds"
    for check in compare_numbers(pair["claim"], pair["passage"]):
        written = check.claim.text.casefold()
        if written and (written in figure or figure in written):
            return check.status
    return "unread"


def accuracy(path: Path) -> None:
    pairs = load_pairs(path)
    outcomes = Counter()
    wrong = []
    for pair in pairs:
        got = answer(pair)
        outcomes[(pair["expected"], got)] += 1
        if got != pair["expected"]:
            wrong.append((pair, got))
    right = sum(n for (expected, got), n in outcomes.items() if expected == got)
    wrong_agrees = sum(n for (expected, got), n in outcomes.items() if got == "agrees" != expected)
    print(f"held-out pairs ({path.name}): {len(pairs)}")
    print(f"  right: {right}/{len(pairs)} = {right / len(pairs):.0%}")
    print(f"  wrong 'agrees': {wrong_agrees}")
    for expected in ("agrees", "differs", "missing"):
        total = sum(n for (e, _), n in outcomes.items() if e == expected)
        hits = outcomes[(expected, expected)]
        print(f"  expected {expected:8} {hits}/{total}")
    for pair, got in wrong:
        print(f"    ✗ {pair['figure']!r}: expected {pair['expected']}, got {got}")


def source_of(words: int) -> str:
    """Real page text from the fixtures, repeated up to `words` words."""
    texts = [extract_file(path).text for path in sorted(PAGES.glob("*.html"))[:6]]
    pool = "\n".join(text for text in texts if text).split()
    repeated = (pool * (words // max(len(pool), 1) + 1))[:words]
    return " ".join(repeated)


def timing(words: int, repeat: int) -> None:
    source = source_of(words)
    figures = len(find_quantities(source))
    times, cpu = [], []
    for _ in range(repeat):
        for claim in CLAIMS:
            started, started_cpu = time.perf_counter(), time.process_time()
            compare_numbers(claim, source)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
    times.sort()
    cpu.sort()
    print(f"one claim against a {words:,}-word source ({figures} figures in it):")
    print(f"  median {statistics.median(times):.1f} ms, p95 {times[int(len(times) * 0.95)]:.1f} ms")
    # CPU time is what one comparison costs; wall time adds the waits of a shared machine.
    p95 = cpu[int(len(cpu) * 0.95)]
    print(f"  CPU time: median {statistics.median(cpu):.1f} ms, p95 {p95:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--pairs", type=Path, nargs="*", default=PAIRS)
    args = parser.parse_args()
    for path in args.pairs:
        accuracy(path)
    timing(args.words, args.repeat)


if __name__ == "__main__":
    main()

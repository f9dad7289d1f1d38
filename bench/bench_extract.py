"""Extraction throughput in MB of article text per second (the README's speed figure).

    python bench/bench_extract.py
    PYTHONPATH=. python bench/bench_extract.py    # from a git worktree: its code, not main's

Three inputs of about 2 MB each: the seed article repeated; two real presidential debate
transcripts repeated (fixtures/transcripts: short spoken sentences, speaker labels); and a
synthetic worst case of very short sentences (news, quotes, a transcript and boilerplate,
52 bytes a sentence on average), where the per-sentence cost weighs most.  Prints MB/s for
each, by wall clock and by CPU time.
"""

from __future__ import annotations

import time
from pathlib import Path

from factcheck.extract import extract_claims

ROOT = Path(__file__).resolve().parent.parent
TARGET_BYTES = 2_000_000

_MIX = [
    "The Harbor Authority said Tuesday it would spend $1.25 billion on a new terminal, "
    "3.5% more than planned, according to documents reviewed by the Ledger.",
    "“We have waited since 2019 for this,” said Carla Munoz, the authority’s director. "
    "“It will double our capacity. Nobody else on the coast can say that.",
    "“The work begins in March.”",
    "MODERATOR: Senator, what is your plan for jobs?",
    "SEN. OKAFOR: We created 220,000 jobs in four years. I think we can do more.",
    "Mr. Liu, of Liu & Sons Inc., founded the firm in Jan. 1987 (it now employs 40 people). "
    "What gives? Ideally, not much.",
    "Sign up for our newsletter. The post Harbor plans new terminal appeared first on Ledger.",
]


def measure(label: str, text: str, rounds: int = 3) -> float:
    size_mb = len(text.encode("utf-8")) / 1e6
    best = best_cpu = float("inf")
    claims = 0
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        claims = len(extract_claims(text))
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    rate = size_mb / best
    # CPU time is the fairer figure on a shared machine; wall time is what a user waits.
    print(
        f"{label:<26} {size_mb:5.2f} MB  wall {best:5.2f} s = {rate:5.2f} MB/s  "
        f"cpu {best_cpu:5.2f} s = {size_mb / best_cpu:5.2f} MB/s  {claims} claims"
    )
    return rate


def repeat_to(text: str, target: int) -> str:
    copies = max(1, target // len(text.encode("utf-8")))
    return "\n".join([text] * copies)


def machine_speed() -> float:
    """Milliseconds for a fixed pure-Python loop, to compare figures across machines."""
    start = time.perf_counter()
    sum(range(1_000_000))
    return (time.perf_counter() - start) * 1000


def main() -> None:
    print(f"reference loop sum(range(10**6)): {machine_speed():.1f} ms")
    seed = (ROOT / "fixtures" / "articles" / "seed.txt").read_text(encoding="utf-8")
    debates = "\n".join(
        path.read_text(encoding="utf-8")
        for path in sorted((ROOT / "fixtures" / "transcripts").glob("debate-*.txt"))
    )
    extract_claims(seed)  # load the model once, outside the timing
    measure("seed article x~2MB", repeat_to(seed, TARGET_BYTES))
    measure("debate transcripts x~2MB", repeat_to(debates, TARGET_BYTES))
    measure("short-sentence mix x~2MB", repeat_to("\n".join(_MIX), TARGET_BYTES))


if __name__ == "__main__":
    main()

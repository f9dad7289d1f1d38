"""Instructions one extraction costs (valgrind's callgrind), the steady figure behind
bench_extract.py's MB/s on a shared, noisy machine.

    python bench/bench_instructions.py                  # seed article, debates, short mix
    PYTHONPATH=. python bench/bench_instructions.py     # from a git worktree: its code

Each input is extracted once to warm up (the check-worthiness model learns its words), then
twice more; the cost of one extraction is the difference of two runs (warm-up only, warm-up
and two more) halved, so start-up and imports cancel out.  Needs valgrind (apt install
valgrind); run it alternately on two checkouts to compare them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ("seed", "debates", "short")


def text_of(name: str) -> str:
    if name == "seed":
        return (ROOT / "fixtures" / "articles" / "seed.txt").read_text(encoding="utf-8")
    if name == "debates":
        return "\n".join(
            path.read_text(encoding="utf-8")
            for path in sorted((ROOT / "fixtures" / "transcripts").glob("debate-*.txt"))
        )
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_extract import _MIX

    return "\n".join(_MIX) * 40


def extract(name: str, rounds: int) -> None:
    from factcheck.extract import extract_claims

    text = text_of(name)
    for _ in range(rounds):
        extract_claims(text)


def instructions(name: str, rounds: int) -> int:
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            __file__,
            "--run",
            name,
            str(rounds),
        ],
        capture_output=True,
        text=True,
        env=os.environ,
        check=True,
    )
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1))


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--run":
        extract(sys.argv[2], int(sys.argv[3]))
        return
    if shutil.which("valgrind") is None:
        sys.exit("bench_instructions: valgrind is not installed (apt install valgrind)")
    for name in INPUTS:
        one = (instructions(name, 3) - instructions(name, 1)) // 2
        print(f"{name:<8} {one / 1e6:9.1f}M instructions an extraction")


if __name__ == "__main__":
    main()

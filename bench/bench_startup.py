"""Start-up of the short commands a checker runs all day (the README's figure).

    python bench/bench_startup.py [--runs N] [--against PATH] [COMMAND ...]

Each command runs as ``python -m factcheck --db COPY ...`` in a fresh interpreter on a copy
of the seed store (``claims.db``), so it pays what a checker's command pays: Python's own
start, the imports, opening the store, the query and the printing.  Wall time is what the
checker waits; CPU time (user + system of the child) is the fairer figure on a shared
machine, where wall time swings with the load.

``--against PATH`` names another checkout (``/work/main``, say): its code runs the same
commands on its own copy of the store, alternately with this one in the same minutes, so a
change is measured against the code before it under the same load.  ``python -c pass`` is
timed alongside as the floor no command can go under.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The commands that only read the store, or write one row: what a checker runs between
# reading sources.  Claim 1 of the seed store has facts; the verdict adds one row a run.
COMMANDS: dict[str, list[str]] = {
    "claims": ["claims"],
    "claims-jsonl": ["claims", "--format", "jsonl"],
    "status": ["status"],
    "history": ["history", "1"],
    "articles": ["articles"],
    "sources": ["sources"],
    "scale": ["scale"],
    "fact": ["fact", "1", "1", "checked"],
    "verdict": ["verdict", "1", "supported", "--rationale", "start-up bench"],
}


def timed(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one child process (its output thrown away)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commands", nargs="*", default=list(COMMANDS), metavar="COMMAND")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--against", type=Path, help="another checkout, run alternately")
    args = parser.parse_args()
    trees = {"this": ROOT}
    if args.against is not None:
        trees["against"] = args.against.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        stores = {}
        for name in trees:
            stores[name] = work / f"{name}.db"
            shutil.copyfile(ROOT / "claims.db", stores[name])
        env_of = {
            name: {**os.environ, "PYTHONPATH": str(tree), "FACTCHECK_CHECKER": "bench"}
            for name, tree in trees.items()
        }
        wall: dict[tuple[str, str], list[float]] = {}
        cpu: dict[tuple[str, str], list[float]] = {}
        floor = [sys.executable, "-c", "pass"]
        print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        for run in range(-1, args.runs):
            # Run -1 warms up (bytecode written, files in the page cache) and is not counted.
            # Then alternate which tree goes first, so neither always runs on warmer caches.
            order = list(trees) if run % 2 == 0 else list(reversed(trees))
            for command in ["python -c pass", *args.commands]:
                for name in order:
                    argv = (
                        floor
                        if command == "python -c pass"
                        else [sys.executable, "-m", "factcheck", "--db", str(stores[name])]
                        + COMMANDS[command]
                    )
                    w, c = timed(argv, env_of[name], work)
                    if run < 0:
                        continue
                    wall.setdefault((command, name), []).append(w)
                    cpu.setdefault((command, name), []).append(c)
        print(f"load average at end:   {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(f"{args.runs} runs each; milliseconds, median (min) of wall and of CPU")
        header = f"{'command':<16}" + "".join(
            f"{name + ' wall':>20}{name + ' CPU':>20}" for name in trees
        )
        print(header)
        for command in ["python -c pass", *args.commands]:
            cells = ""
            for name in trees:
                w, c = wall[(command, name)], cpu[(command, name)]
                cells += f"{_ms(w):>20}{_ms(c):>20}"
            print(f"{command:<16}{cells}")


def _ms(seconds: list[float]) -> str:
    return f"{statistics.median(seconds) * 1000:.0f} ({min(seconds) * 1000:.0f})"


if __name__ == "__main__":
    main()

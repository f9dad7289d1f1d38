"""How fast a search of 100,000 claims is answered: what the workbench reads for each search
(the number of claims found and the first page of them, in article order) and what
``factcheck claims --search`` reads (every claim found), through the database's text index.

Target: under 100 ms from the last key to the list, so the service's part must be well
under that (the rest is the workbench's short pause after typing and the painting;
``bench/bench_tui.py`` measures the whole).  The store is the one ``bench_tui.py`` builds
(``tests/bigstore.py``).

    python bench/bench_search.py [--claims N] [--keep PATH] [--pg URL]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from bigstore import build  # noqa: E402

QUERIES = (
    "battery",  # one word in about one claim in four
    "battery county",  # two words, any order
    "county battery",
    "bat",  # the start of a word, as typed
    "b",  # one letter: nearly every claim
    "revenue growth budget",  # three words
    '"tax credit"',  # a phrase
    '"credit tax"',
    "voltaria mayor 1234",  # a figure narrows it to a few
    "zeppelin",  # in no claim
    "Vóltaria",  # an accent typed
    '"unbalanced * NEAR -',  # marks are plain words
)
REPEATS = 15


def measure(url: str) -> None:
    from factcheck.db import open_store
    from factcheck.services import claims, workbench
    from factcheck.services.workbench import ClaimFilter

    store = open_store(url)
    try:
        print(
            f"{'query':28} {'found':>7} {'list (count + first page) ms':>30} {'all found ms':>13}"
        )
        every = []
        for query in QUERIES:
            where = ClaimFilter(search=query)
            times, found = [], 0
            for _ in range(REPEATS):
                start = time.perf_counter()
                found = workbench.count_claims(store, where)
                workbench.claim_page(store, where, 0, 100, found)
                times.append(time.perf_counter() - start)
            start = time.perf_counter()
            listed = len(claims.list_claims(store, search=query, limit=None))
            whole = time.perf_counter() - start
            assert listed == found, (query, listed, found)
            every += times
            median, worst = statistics.median(times) * 1000, max(times) * 1000
            print(
                f"{query[:28]:28} {found:7,} {median:10.1f} median {worst:6.1f} worst"
                f" {whole * 1000:10.1f}"
            )
        every.sort()
        print(
            f"all queries: median {statistics.median(every) * 1000:.1f} ms, "
            f"p95 {every[int(len(every) * 0.95)] * 1000:.1f} ms, worst {every[-1] * 1000:.1f} ms"
        )
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build the store here (or use it) and keep it")
    parser.add_argument("--pg", help="a PostgreSQL database URL to build the store in instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.pg:
            url = args.pg
            t = time.perf_counter()
            build(None, args.claims, 0, url=url)
            print(f"built the store ({args.claims:,} claims) in {time.perf_counter() - t:.1f} s")
        else:
            path = args.keep or Path(folder) / "bench.db"
            url = f"sqlite:///{path}"
            if not path.exists():
                t = time.perf_counter()
                build(path, args.claims, 0)
                print(
                    f"built the store ({args.claims:,} claims) in {time.perf_counter() - t:.1f} s"
                )
        measure(url)


if __name__ == "__main__":
    main()

"""Prior checks with 100,000 checked claims stored: how long ``factcheck similar`` takes.

python bench/bench_similar.py [--claims 100000] [--queries 20]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

from bench_import_claims import sentence, vocabulary
from sqlalchemy import insert

from factcheck.db import open_store
from factcheck.models import Article, Claim, Verdict
from factcheck.services.verdicts import similar


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(5)
    words = vocabulary(rng)
    cumulative, total = [], 0.0
    for rank in range(len(words)):
        total += 1 / (rank + 1)
        cumulative.append(total)
    texts = [sentence(rng, words, cumulative) for _ in range(args.claims)]
    now = datetime(2026, 11, 1)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'claims.db'}")
        with store.transaction() as session:
            session.execute(
                insert(Article),
                [
                    {
                        "id": a,
                        "text": f"article {a}",
                        "origin": "bench",
                        "imported_at": now,
                        "text_hash": hashlib.sha256(str(a).encode()).hexdigest(),
                    }
                    for a in (1, 2)
                ],
            )
            session.execute(
                insert(Claim),
                [
                    {
                        "id": i + 1,
                        "article_id": 1,
                        "text": t,
                        "kind": "statement",
                        "score": 0.5,
                        "reasons": "[]",
                        "origin": "extracted",
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                    for i, t in enumerate(texts)
                ],
            )
            session.execute(
                insert(Verdict),
                [
                    {
                        "claim_id": i + 1,
                        "rating": "supported",
                        "rationale": "checked",
                        "checker": "bench",
                        "claim_version": 1,
                        "created_at": now,
                    }
                    for i in range(args.claims)
                ],
            )
            queries = []
            for q in range(args.queries):
                base = rng.choice(texts).rstrip(".").split()
                base[rng.randrange(len(base))] = rng.choice(words[:500])
                queries.append(
                    {
                        "id": args.claims + q + 1,
                        "article_id": 2,
                        "text": " ".join(base),
                        "kind": "statement",
                        "score": 0.5,
                        "reasons": "[]",
                        "origin": "extracted",
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            session.execute(insert(Claim), queries)
        times, found = [], 0
        for query in queries:
            started = time.perf_counter()
            found += bool(similar(store, query["id"]))
            times.append(time.perf_counter() - started)
        store.close()
    print(
        f"similar() with {args.claims:,} checked claims stored: median "
        f"{statistics.median(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms "
        f"({found}/{len(queries)} reworded claims found their prior check)"
    )


if __name__ == "__main__":
    main()

"""Other desks' fact-checks: a 100,000-review ClaimReview feed imported, then ``similar``.

The feed is written as JSON Lines (in 8 MB files, the feed limit) and imported through the
service layer as ``factcheck import`` does; then claims of an article are matched against
every imported review, as ``factcheck similar`` does (this desk's own checks included).

    python bench/bench_reviews.py [--reviews 100000] [--queries 20]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from bench_import_claims import sentence, vocabulary

from factcheck.config import FetchSettings
from factcheck.db import open_store
from factcheck.intake.articles import ArticleInput
from factcheck.intake.claimreview import MAX_FEED_BYTES
from factcheck.services import list_claims
from factcheck.services.access import Access
from factcheck.services.articles import import_article
from factcheck.services.reviews import ReviewMatch, import_reviews, prior_checks

RATINGS = ("False", "Mostly false", "Half true", "Pants on Fire", "True", "Falso", "Missing")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reviews", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(11)
    words = vocabulary(rng)
    cumulative, total = [], 0.0
    for rank in range(len(words)):
        total += 1 / (rank + 1)
        cumulative.append(total)
    texts = [sentence(rng, words, cumulative) for _ in range(args.reviews)]
    with tempfile.TemporaryDirectory() as tmp:
        files, lines, size = [], [], 0
        for n, text in enumerate(texts):
            line = json.dumps(
                {
                    "@type": "ClaimReview",
                    "url": f"https://checkers.example.org/{n}",
                    "claimReviewed": text,
                    "author": {"name": f"Desk {n % 40}"},
                    "datePublished": f"2025-{n % 12 + 1:02d}-01",
                    "reviewRating": {"alternateName": RATINGS[n % len(RATINGS)]},
                }
            )
            if size + len(line) + 1 > MAX_FEED_BYTES * 0.95:
                files.append(lines)
                lines, size = [], 0
            lines.append(line)
            size += len(line) + 1
        files.append(lines)
        store = open_store(f"sqlite:///{Path(tmp) / 'claims.db'}")
        started = time.perf_counter()
        for number, chunk in enumerate(files):
            path = Path(tmp) / f"feed-{number}.jsonl"
            path.write_text("\n".join(chunk) + "\n", encoding="utf-8")
            import_reviews(store, path, Access(FetchSettings(file_folders=tmp)))
        print(
            f"imported {args.reviews:,} fact-checks from {len(files)} feeds in "
            f"{time.perf_counter() - started:.1f} s"
        )
        picks = [texts[rng.randrange(len(texts))] for _ in range(args.queries)]
        import_article(store, ArticleInput(text="\n".join(picks), origin="bench"))
        claims = list_claims(store)[: args.queries]
        times, cpu, hits = [], [], 0
        for claim in claims:
            started, started_cpu = time.perf_counter(), time.process_time()
            # What 'factcheck similar' and the workbench's prior checks ask: one ranking.
            found = prior_checks(store, claim.id, threshold=80)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
            hits += any(isinstance(match, ReviewMatch) for match in found)
        print(
            f"similar (other desks' and this desk's checks) over {args.reviews:,} imported: "
            f"median {statistics.median(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms "
            f"(target < 500 ms); CPU time median {statistics.median(cpu) * 1000:.0f} ms, "
            f"worst {max(cpu) * 1000:.0f} ms; {hits}/{len(claims)} found their review"
        )


if __name__ == "__main__":
    main()

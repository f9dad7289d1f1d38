"""A whole report from the store: 10,000 claims citing 30,000 sources, read and rendered.

Builds a SQLite store of that size (rows inserted directly, seeded), then times what
``factcheck report`` does: ``build_report`` (reading the store) and the rendering of each
format.  The target is under 3 s for a report.

    python bench/bench_report_store.py [--claims 10000] [--sources 30000]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import tempfile
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert

from factcheck.db import open_store
from factcheck.models import Article, Claim, ClaimSource, Evidence, Source, SourceURL, Verdict
from factcheck.services.reports import build_report, render_report

WORDS = [
    "the",
    "council",
    "said",
    "budget",
    "rose",
    "percent",
    "million",
    "billion",
    "plant",
    "workers",
    "county",
    "state",
    "water",
    "road",
    "school",
    "company",
    "revenue",
    "users",
    "launch",
    "year",
    "March",
    "2024",
    "agreed",
    "report",
    "according",
    "people",
]
RATINGS = ("supported", "mostly-supported", "misleading", "refuted", "unverifiable", "opinion")


def prose(rng: random.Random, n: int) -> str:
    return " ".join(rng.choices(WORDS, k=n)).capitalize() + "."


def build(path: Path, claims: int, sources: int, rng: random.Random) -> None:
    store = open_store(f"sqlite:///{path}")
    sentences = [prose(rng, rng.randint(10, 30)) for _ in range(claims)]
    text = " ".join(sentences)
    now = datetime(2026, 11, 1, 12, 0)
    with store.transaction() as session:
        session.execute(
            insert(Article),
            [
                {
                    "id": 1,
                    "title": "A long article",
                    "text": text,
                    "origin": "bench",
                    "text_hash": hashlib.sha256(text.encode()).hexdigest(),
                    "imported_at": now,
                }
            ],
        )
        rows, offset = [], 0
        for i, sentence in enumerate(sentences, start=1):
            rows.append(
                {
                    "id": i,
                    "article_id": 1,
                    "text": sentence,
                    "start": offset,
                    "end": offset + len(sentence),
                    "paragraph": 1 + i // 8,
                    "kind": "number",
                    "score": 0.8,
                    "reasons": "[]",
                    "origin": "extracted",
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            offset += len(sentence) + 1
        session.execute(insert(Claim), rows)
        session.execute(
            insert(Source),
            [
                {
                    "id": s,
                    "kind": "web",
                    "canonical_url": f"https://news{s % 97}.example/story/{s}",
                    "title": prose(rng, 8),
                    "site": f"news{s % 97}.example",
                    "published": "2026-01-02",
                    "text": prose(rng, 200),
                    "text_hash": hashlib.sha256(str(s).encode()).hexdigest(),
                    "fetched_at": now,
                    "http_status": 200,
                    "content_type": "text/html",
                    "copy_of_id": s - 1 if s % 10 == 0 else None,
                    "created_at": now,
                }
                for s in range(1, sources + 1)
            ],
        )
        session.execute(
            insert(SourceURL),
            [
                {
                    "source_id": s,
                    "url": f"https://news{s % 97}.example/story/{s}",
                    "canonical_url": f"https://news{s % 97}.example/story/{s}",
                    "how": "final",
                    "added_at": now,
                }
                for s in range(1, sources + 1)
            ],
        )
        links, evidence, verdicts = [], [], []
        for c in range(1, claims + 1):
            for k in range(3):
                links.append(
                    {
                        "claim_id": c,
                        "source_id": 1 + (c * 3 + k) % sources,
                        "stance": "supports",
                        "attached_at": now,
                    }
                )
            source = 1 + (c * 3) % sources
            evidence.append(
                {
                    "claim_id": c,
                    "source_id": source,
                    "start": 0,
                    "end": 80,
                    "text": prose(rng, 14),
                    "score": 0.7,
                    "pinned": True,
                    "checks": '{"numbers": ["2024 agrees with 2024"], "quote": null}',
                    "pinned_at": now,
                }
            )
            for _ in range(rng.randint(0, 2)):
                rating = rng.choice(RATINGS)
                verdicts.append(
                    {
                        "claim_id": c,
                        "rating": rating,
                        "rationale": prose(rng, 20),
                        "correction": prose(rng, 8) if rating in RATINGS[2:4] else None,
                        "checker": rng.choice(["ana", "ben", "chen"]),
                        "claim_version": 1,
                        "created_at": now,
                    }
                )
        session.execute(insert(ClaimSource), links)
        session.execute(insert(Evidence), evidence)
        session.execute(insert(Verdict), verdicts)
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--sources", type=int, default=30_000)
    args = parser.parse_args()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "claims.db"
        build(path, args.claims, args.sources, rng)
        store = open_store(f"sqlite:///{path}")
        t0 = time.perf_counter()
        data = build_report(store, 1, generated_at=datetime(2026, 11, 25))
        read = time.perf_counter() - t0
        print(f"{args.claims:,} claims, {len(data.sources):,} sources cited")
        print(f"read from the store: {read:.2f} s")
        for fmt in ("md", "json", "claimreview", "annotated"):
            t0 = time.perf_counter()
            out = render_report(data, fmt)
            took = time.perf_counter() - t0
            print(
                f"{fmt:>12}: render {took:.2f} s, report total {read + took:.2f} s "
                f"({len(out) / 1e6:.1f} MB)"
            )
        store.close()


if __name__ == "__main__":
    main()

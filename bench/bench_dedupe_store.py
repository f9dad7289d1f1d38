"""The duplicate check as ``factcheck attach`` runs it: against 10,000 sources in the store.

Sources and their signature keys are inserted directly (seeded); then each probe (a near-copy
of a stored story, or a fresh story) is checked the way a new page is: by text hash, then by
signature keys in the database, then by rapidfuzz on the few candidates.

    python bench/bench_dedupe_store.py [--sources 10000] [--probes 200]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

from bench_dedupe import copy_text, story_text
from sqlalchemy import insert, select

from factcheck.db import open_store
from factcheck.models import Source, SourceSignature
from factcheck.services.sources import Tiers, find_duplicate
from factcheck.sources.dedupe import normalised_text_hash, signature_keys


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sources", type=int, default=10_000)
    parser.add_argument("--probes", type=int, default=200)
    args = parser.parse_args()
    now = datetime(2026, 11, 1)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'claims.db'}")
        started = time.perf_counter()
        with store.transaction() as session:
            for chunk in range(0, args.sources, 1000):
                rows, keys = [], []
                for number in range(chunk, min(chunk + 1000, args.sources)):
                    text = story_text(number)
                    rows.append(
                        {
                            "id": number + 1,
                            "kind": "web",
                            "text": text,
                            "text_hash": normalised_text_hash(text),
                            "created_at": now,
                        }
                    )
                    keys += [{"source_id": number + 1, "key": k} for k in set(signature_keys(text))]
                session.execute(insert(Source), rows)
                session.execute(insert(SourceSignature), keys)
        print(f"stored {args.sources:,} sources in {time.perf_counter() - started:.1f} s")
        times, merged, wrong = [], 0, 0
        tiers = Tiers()
        for probe in range(args.probes):
            copy = probe % 2 == 0
            number = probe * 37 % args.sources
            text = copy_text(number, seed=probe) if copy else story_text(args.sources + probe)
            with store.read() as session:
                began = time.perf_counter()
                same = session.scalar(
                    select(Source.id).where(Source.text_hash == normalised_text_hash(text))
                )
                best = None if same else find_duplicate(session, text, tiers)
                times.append(time.perf_counter() - began)
            hit = best is not None and best[1].tier == "merge"
            merged += copy and hit and best[0].id == number + 1
            wrong += (not copy) and hit
        store.close()
    print(
        f"duplicate check with {args.sources:,} sources stored: median "
        f"{statistics.median(times) * 1000:.1f} ms, worst {max(times) * 1000:.1f} ms; "
        f"near-copies merged {merged}/{args.probes // 2}, fresh stories merged {wrong}"
    )


if __name__ == "__main__":
    main()

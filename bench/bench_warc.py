"""WARC export of a store of 10,000 archived web sources (each a ~20 KB page).

Sources are inserted directly (seeded) with zlib-compressed bodies, as `attach` stores them;
then ``factcheck archive export`` writes them all (request + response records, gzipped).

    python bench/bench_warc.py [--sources 10000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
import zlib
from datetime import datetime
from pathlib import Path

from bench_dedupe import story_text
from sqlalchemy import insert

from factcheck.config import FetchSettings
from factcheck.db import open_store
from factcheck.models import Source
from factcheck.services.access import Access
from factcheck.services.archive import export_warc, import_warc
from factcheck.sources.dedupe import normalised_text_hash


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sources", type=int, default=10_000)
    parser.add_argument(
        "--export-only", action="store_true", help="skip re-importing the WARC (minutes)"
    )
    args = parser.parse_args()
    now = datetime(2026, 11, 1)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'claims.db'}")
        with store.transaction() as session:
            for chunk in range(0, args.sources, 1000):
                rows = []
                for number in range(chunk, min(chunk + 1000, args.sources)):
                    text = story_text(number)
                    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.split("\n"))
                    page = (
                        f"<html><head><title>Story {number}</title></head><body><nav>Home"
                        f"</nav><article>{paragraphs}</article></body></html>"
                    ).encode()
                    rows.append(
                        {
                            "kind": "web",
                            "canonical_url": f"https://news.example.org/story/{number}",
                            "text": text,
                            "text_hash": normalised_text_hash(text),
                            "raw": zlib.compress(page, 6),
                            "http_status": 200,
                            "content_type": "text/html",
                            "fetched_at": now,
                            "created_at": now,
                        }
                    )
                session.execute(insert(Source), rows)
        out = Path(tmp) / "desk.warc.gz"
        started = time.perf_counter()
        done = export_warc(store, out)
        took = time.perf_counter() - started
        print(
            f"exported {done.records:,} responses of {done.sources:,} sources in {took:.1f} s "
            f"(target < 30 s), {out.stat().st_size / 1_048_576:.1f} MB"
        )
        if args.export_only:
            return
        fresh = open_store(f"sqlite:///{Path(tmp) / 'fresh.db'}")
        started = time.perf_counter()
        back = import_warc(fresh, out, access=Access(FetchSettings(file_folders=tmp)))
        print(
            f"imported them into a fresh store in {time.perf_counter() - started:.1f} s: "
            f"{len(back.batch.added):,} added, {len(back.batch.merged):,} merged, "
            f"{len(back.batch.failed):,} failed"
        )


if __name__ == "__main__":
    main()

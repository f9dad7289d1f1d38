"""What the archive keeps of real pages: token F1 on the article-extraction benchmark.

The 181 pages of scrapinghub/article-extraction-benchmark (news, blogs, reviews, several
languages and scripts; `/work/shared/data/article-extraction-benchmark`, or `--data`) are
served from 127.0.0.1, fetched and reduced the way `factcheck attach` does it, and scored
against the gold article bodies beside trafilatura's defaults (`trafilatura.extract`) on the
same bytes.  The score is the benchmark's own kind: multisets of 4-token shingles (\\w+
tokens), true/false positives and misses normalised per page, precision and recall averaged
over pages, F1 of the two averages.  Pages where trafilatura alone does well (> 0.8) and
the archive does badly (< 0.5) are listed by name: those are losses a checker would see.

    python bench/bench_content.py [--data DIR] [--limit N] [--show 10]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import trafilatura  # noqa: E402
from extraction_score import f1_of, page_f1, page_score  # noqa: E402
from pageserver import PageServer  # noqa: E402

from factcheck.db import open_store  # noqa: E402
from factcheck.errors import FactcheckError  # noqa: E402
from factcheck.services.sources import fetch_urls  # noqa: E402
from factcheck.sources.content import extract_content  # noqa: E402
from factcheck.sources.fetch import FetchOptions, fetch  # noqa: E402

DATA = Path("/work/shared/data/article-extraction-benchmark")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--show", type=int, default=10, help="worst pages to list")
    args = parser.parse_args()
    gold = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(gold)[: args.limit or None]
    options = FetchOptions(
        connect_timeout=5, read_timeout=10, deadline=20, retries=0, allow_private=True
    )
    ours, theirs, failures, rows = [], [], [], []
    ours_time = theirs_time = 0.0
    with PageServer() as server, tempfile.TemporaryDirectory() as tmp:
        bodies = {
            key: gzip.decompress((args.data / "html" / f"{key}.html.gz").read_bytes())
            for key in ids
        }
        urls = [server.serve(f"/bench/{key}", body, "text/html") for key, body in bodies.items()]
        # The batch first, on pages this process has not read yet, as `factcheck fetch` meets
        # them: run after the one-at-a-time pass it was timed on warm caches (the same bytes
        # just extracted), which its worker processes do not share.
        store = open_store(f"sqlite:///{Path(tmp) / 'claims.db'}")
        started = time.perf_counter()
        batch = fetch_urls(store, urls, options=options, concurrency=8)
        batch_time = time.perf_counter() - started
        store.close()
        for key, url in zip(ids, urls, strict=True):
            body = bodies[key]
            started = time.perf_counter()
            try:
                result = fetch(url, options)
                text = extract_content(
                    result.body, result.content_type, result.final_url, result.charset
                ).text
            except FactcheckError as exc:
                text = ""
                failures.append((key, str(exc).removeprefix(url + ": ")))
            ours_time += time.perf_counter() - started
            started = time.perf_counter()
            baseline = trafilatura.extract(body) or ""
            theirs_time += time.perf_counter() - started
            truth = gold[key]["articleBody"]
            ours.append(page_score(truth, text))
            theirs.append(page_score(truth, baseline))
            rows.append((key, gold[key]["url"], page_f1(ours[-1]), page_f1(theirs[-1])))
    p, r, f = f1_of(ours)
    tp, tr, tf = f1_of(theirs)
    print(f"{len(ids)} pages, token 4-gram shingles against the gold article bodies")
    print(f"  factcheck (fetch + extract): precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    print(f"  trafilatura defaults:        precision {tp:.3f}  recall {tr:.3f}  F1 {tf:.3f}")
    print(f"  time: factcheck {ours_time:.1f} s (with fetching), trafilatura {theirs_time:.1f} s")
    print(
        f"  as a batch (factcheck fetch: fetched, extracted, de-duplicated, stored): "
        f"{batch_time:.1f} s for {len(urls)} pages (target < 15 s); {len(batch.added)} added, "
        f"{len(batch.merged)} merged, {len(batch.failed)} failed"
    )
    losses = [row for row in rows if row[3] > 0.8 and row[2] < 0.5]
    print(f"  pages below 0.5 where trafilatura gets above 0.8: {len(losses)}")
    for key, url, mine, base in losses:
        print(f"    {mine:.2f} vs {base:.2f}  {key[:12]}  {url}")
    print(f"  refused: {len(failures)}")
    for key, reason in failures:
        print(f"    {key[:12]}  {reason}")
    print(f"  worst {args.show} pages (factcheck F1 vs trafilatura's):")
    for key, url, mine, base in sorted(rows, key=lambda row: row[2])[: args.show]:
        print(f"    {mine:.2f} vs {base:.2f}  {key[:12]}  {url}")


if __name__ == "__main__":
    main()

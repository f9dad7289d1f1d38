"""How long fetching, extracting and deduplicating 500 pages takes, concurrent vs one by one.

Run: python bench/bench_fetch.py [--pages 500] [--concurrency 16] [--latency 0.05]

The local page server runs in a child process (its own interpreter, as a real site would be)
and generates news-like pages on /generated/N, each answered after `--latency` seconds to
stand for a remote site (50 ms is a quick one; --latency 0 measures pure overhead).
The concurrent run uses fetch_many; the baseline calls fetch for one URL after the other.
Both then extract every page with trafilatura and check it against a DedupeIndex before
adding it.  Storing is not included.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from factcheck.db import open_store
from factcheck.errors import FetchFailed
from factcheck.services.sources import fetch_urls
from factcheck.sources.content import extract_content
from factcheck.sources.dedupe import DedupeIndex
from factcheck.sources.fetch import FetchOptions, FetchResult, fetch, fetch_many

ROOT = Path(__file__).resolve().parent.parent


def start_server() -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "pageserver.py")],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    match = re.search(r"on (http://\S+)", line)
    if not match:
        process.kill()
        raise SystemExit(f"page server did not start: {line!r}")
    return process, match.group(1)


def digest(results: list[FetchResult | FetchFailed], index: DedupeIndex) -> tuple[int, int]:
    """Extract every page and check it against the index before adding it."""
    failures = duplicates = 0
    for number, result in enumerate(results):
        if isinstance(result, FetchFailed):
            failures += 1
            continue
        content = extract_content(result.body, result.content_type, result.final_url)
        match = index.best_match(content.text)
        if match is not None and match[1].tier == "merge":
            duplicates += 1
        index.add(number, content.text)
    return failures, duplicates


def store_all(urls: list[str], options: FetchOptions, concurrency: int):
    """The whole use case, as ``factcheck fetch URLS.txt`` runs it, into a fresh store."""
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(f"sqlite:///{Path(folder) / 'claims.db'}")
        started = time.perf_counter()
        summary = fetch_urls(store, urls, options=options, concurrency=concurrency)
        seconds = time.perf_counter() - started
        store.close()
    return seconds, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--latency", type=float, default=0.05)
    args = parser.parse_args()
    options = FetchOptions(
        connect_timeout=5, read_timeout=10, deadline=30, retries=1, allow_private=True
    )
    process, base = start_server()
    try:
        urls = [f"{base}/generated/{number}?delay={args.latency:g}" for number in range(args.pages)]
        fetch(urls[0], options)  # warm up imports and the server

        started = time.perf_counter()
        results = fetch_many(urls, options, concurrency=args.concurrency)
        fetched = time.perf_counter() - started
        failures, duplicates = digest(results, DedupeIndex())
        concurrent = time.perf_counter() - started
        size = sum(len(r.body) for r in results if isinstance(r, FetchResult))
        print(f"{args.pages} pages, each answered after {args.latency * 1000:.0f} ms")
        print(
            f"fetch_many ({args.concurrency} at a time) + extract + dedupe of {args.pages} pages"
            f" ({size / 1e6:.1f} MB): {concurrent:.1f} s total, of which fetching {fetched:.1f} s;"
            f" {failures} failures, {duplicates} merged as duplicates"
        )

        started = time.perf_counter()
        sequential_results: list[FetchResult | FetchFailed] = []
        for url in urls:
            try:
                sequential_results.append(fetch(url, options))
            except FetchFailed as exc:
                sequential_results.append(exc)
        fetched_one_by_one = time.perf_counter() - started
        digest(sequential_results, DedupeIndex())
        sequential = time.perf_counter() - started
        print(
            f"fetch one by one + extract + dedupe: {sequential:.1f} s total,"
            f" of which fetching {fetched_one_by_one:.1f} s"
        )
        print(
            f"concurrent vs one by one: {sequential / concurrent:.1f}x faster overall,"
            f" {fetched_one_by_one / fetched:.1f}x on fetching alone"
            f" ({os.cpu_count()} CPUs; the server shares them)"
        )
        for concurrency in (args.concurrency, 1):
            seconds, summary = store_all(urls, options, concurrency)
            print(
                f"factcheck fetch (fetch, extract, de-duplicate, archive in a SQLite store), "
                f"{concurrency} at a time: {seconds:.1f} s; {len(summary.added)} added, "
                f"{len(summary.merged)} merged, {len(summary.suggested)} suggested, "
                f"{len(summary.failed)} failed"
            )
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


if __name__ == "__main__":
    main()

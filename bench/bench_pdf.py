"""A 100-page PDF report attached to a claim over HTTP: fetched, read page by page, archived.

The PDF is written with fpdf2 (a test extra) and served by the tests' local web server; each
run attaches it to a fresh store, so the figure covers fetch, pypdf's text extraction, the
duplicate check and the transaction.  Reading alone (pypdf) is timed separately.

    python bench/bench_pdf.py [--pages 100] [--words 500] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pageserver import PageServer  # noqa: E402
from pdfs import numbered_pages, text_pdf  # noqa: E402

from factcheck.db import open_store  # noqa: E402
from factcheck.intake.articles import ArticleInput  # noqa: E402
from factcheck.services import list_claims  # noqa: E402
from factcheck.services.articles import import_article  # noqa: E402
from factcheck.services.sources import attach_source  # noqa: E402
from factcheck.sources.pdf import read_pdf  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--words", type=int, default=500, help="words of prose per page")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    body = text_pdf(numbered_pages(args.pages, args.words))
    print(f"{args.pages}-page PDF, {len(body) / 1024:.0f} KB")
    reads = []
    for _ in range(args.runs):
        started = time.perf_counter()
        document = read_pdf(body, "bench.pdf")
        reads.append(time.perf_counter() - started)
    median = statistics.median(reads)
    print(f"read (pypdf, {len(document.text):,} characters): median {median:.2f} s")
    with PageServer() as server, tempfile.TemporaryDirectory() as tmp:
        url = server.serve("/bench/report.pdf", body, "application/pdf")
        attaches = []
        for run in range(args.runs):
            store = open_store(f"sqlite:///{Path(tmp) / f'run{run}.db'}")
            text = "The water district's reserve fund held steady through the year, it said."
            import_article(store, ArticleInput(text=text, origin="bench"))
            claim = list_claims(store)[0].id
            started = time.perf_counter()
            result = attach_source(store, claim, url, checker="bench")
            attaches.append(time.perf_counter() - started)
            assert result.outcome == "added", result
            store.close()
    print(
        f"attach over HTTP (fetch, read, de-duplicate, store): median "
        f"{statistics.median(attaches):.2f} s, worst {max(attaches):.2f} s (target < 3 s)"
    )


if __name__ == "__main__":
    main()

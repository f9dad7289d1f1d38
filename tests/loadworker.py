"""One checker process of the load test: verdicts, sources and imports that others make too.

    python tests/loadworker.py DB_URL WORKER VERDICTS CLAIM_IDS URLS_FILE [CLAIMS_FILE]

Prints one JSON line: what it did and how long it took.  Used by tests/test_concurrency.py
and bench/bench_concurrency.py.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from factcheck.config import load_settings
from factcheck.db import open_store
from factcheck.services.access import Access
from factcheck.services.claims import import_claims, read_claims
from factcheck.services.sources import attach_source
from factcheck.services.verdicts import record_verdict
from factcheck.sources.fetch import FetchOptions

RATINGS = ("supported", "mostly-supported", "unverifiable", "opinion")


def main() -> None:
    url, worker, count, claim_ids, url_file = sys.argv[1:6]
    claims_file = Path(sys.argv[6]) if len(sys.argv) > 6 else None
    claims = [int(c) for c in claim_ids.split(",")]
    urls = Path(url_file).read_text().split()
    options = FetchOptions(
        connect_timeout=5, read_timeout=10, deadline=30, retries=2, allow_private=True
    )
    # A front end of its own: the desk's rules resolved once, from the environment it inherits.
    access = Access(load_settings().fetch)
    store = open_store(url)
    started = time.perf_counter()
    for i in range(int(count)):
        claim = claims[(i + int(worker)) % len(claims)]
        record_verdict(
            store,
            claim,
            RATINGS[i % len(RATINGS)],
            rationale=f"w{worker}-{i}",
            checker=f"worker-{worker}",
        )
    verdicts_done = time.perf_counter() - started
    if claims_file is not None:
        import_claims(store, read_claims(claims_file, access=access))
    for i, page in enumerate(urls):
        attach_source(
            store,
            claims[i % len(claims)],
            page,
            checker=f"worker-{worker}",
            options=options,
            access=access,
        )
    store.close()
    print(
        json.dumps(
            {
                "worker": worker,
                "verdicts": int(count),
                "sources": len(urls),
                "verdict_seconds": verdicts_done,
                "seconds": time.perf_counter() - started,
            }
        )
    )


if __name__ == "__main__":
    main()

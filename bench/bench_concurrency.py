"""The desk load test: N checker processes at once on one store, SQLite and PostgreSQL.

Each process records VERDICTS verdicts and attaches SOURCES pages (fetched from a local page
server) on an overlapping set of claims.  Afterwards every verdict must be in the history and
no page stored twice; it prints the throughput of each backend.

    python bench/bench_concurrency.py [--workers 8] [--verdicts 500] [--sources 100]
        [--pg postgresql+psycopg://user:pw@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench_fetch import start_server
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from factcheck.db import open_store
from factcheck.intake.articles import read_article
from factcheck.models import Source, SourceURL, Verdict
from factcheck.services import list_claims
from factcheck.services.articles import import_article

ROOT = Path(__file__).resolve().parent.parent


def run(url: str, args, base: str, folder: Path) -> None:
    store = open_store(url)
    import_article(store, read_article(ROOT / "fixtures" / "articles" / "seed.txt"))
    claims = [c.id for c in list_claims(store)][:40]
    pages = folder / "urls.txt"
    pages.write_text("\n".join(f"{base}/generated/{n}" for n in range(args.sources)))
    started = time.perf_counter()
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "tests" / "loadworker.py"),
                url,
                str(w),
                str(args.verdicts),
                ",".join(map(str, claims)),
                str(pages),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for w in range(args.workers)
    ]
    reports = [json.loads(p.communicate()[0]) for p in procs]
    elapsed = time.perf_counter() - started
    with store.read() as session:
        verdicts = session.scalar(select(func.count()).select_from(Verdict))
        sources = session.scalar(select(func.count()).select_from(Source))
        hashes = session.scalar(select(func.count(func.distinct(Source.text_hash))))
        urls = session.scalar(select(func.count()).select_from(SourceURL))
    store.close()
    expected = args.workers * args.verdicts
    verdict_rate = expected / max(r["verdict_seconds"] for r in reports)
    backend = make_url(url).get_backend_name()
    print(
        f"{backend:>10}: {args.workers} processes, {expected:,} verdicts and "
        f"{args.workers * args.sources:,} attaches in {elapsed:.1f} s; "
        f"verdicts {verdict_rate:,.0f}/s; "
        f"history complete: {verdicts == expected}; sources {sources} for {urls} URLs, "
        f"none stored twice: {hashes == sources}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--verdicts", type=int, default=500)
    parser.add_argument("--sources", type=int, default=100)
    parser.add_argument("--pg", help="PostgreSQL server URL (a database is made and dropped)")
    args = parser.parse_args()
    server, base = start_server()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            run(f"sqlite:///{Path(tmp) / 'claims.db'}", args, base, Path(tmp))
            if args.pg:
                name = f"fc_bench_{uuid.uuid4().hex[:8]}"
                admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
                with admin.connect() as conn:
                    conn.execute(text(f'CREATE DATABASE "{name}"'))
                try:
                    url = make_url(args.pg).set(database=name)
                    run(url.render_as_string(hide_password=False), args, base, Path(tmp))
                finally:
                    with admin.connect() as conn:
                        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
                    admin.dispose()
            else:
                print("PostgreSQL: skipped (pass --pg URL)")
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=10)


if __name__ == "__main__":
    main()

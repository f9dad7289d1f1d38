"""How the terminal UI copes with a big store: 100,000 claims and 30,000 sources.

Targets: first screen painted in under 1.5 s, under 50 ms a key for moving the selection and
typing a search, and under 500 MB of memory.  The store is built in a child process (so its
memory does not count) with SQLAlchemy Core inserts, then the app runs headless with
``App.run_test()`` on every claim of the store.

    python bench/bench_tui.py [--claims N] [--sources N] [--keep PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

STARTED = time.perf_counter()  # before the heavy imports: "after start" means from here

from sqlalchemy import insert  # noqa: E402

_VOCABULARY = (
    "Voltaria battery plant county million billion jobs tax credit mayor council said according "
    "to filing percent workers water road site report state official company announced Monday "
    "revenue growth budget school bridge hospital opened closed record year since the a of in"
)
WORDS = tuple(_VOCABULARY.split())
RATINGS = ("supported", "mostly-supported", "misleading", "refuted", "unverifiable", "opinion")
ARTICLES = 200
BATCH = 10_000


def build(path: Path, claims: int, sources: int, seed: int = 7) -> None:
    """Fill a fresh store fast: executemany inserts of plain rows, in a few transactions."""
    from factcheck.db import open_store
    from factcheck.models import Article, Claim, ClaimSource, Source, Verdict

    rng = random.Random(seed)
    store = open_store(f"sqlite:///{path}")
    now = datetime(2026, 3, 1, 9, 0)

    def sentence(n: int) -> str:
        words = " ".join(rng.choice(WORDS) for _ in range(n))
        return f"{words[:1].upper()}{words[1:]} {rng.randint(2, 2000)}."

    per_article = max(1, claims // ARTICLES)
    with store.transaction() as session:
        claim_id = 0
        for article_id in range(1, ARTICLES + 1):
            texts = [sentence(rng.randint(10, 22)) for _ in range(per_article)]
            body = " ".join(texts)
            session.execute(
                insert(Article),
                [
                    {
                        "id": article_id,
                        "title": f"Synthetic story {article_id}",
                        "text": body,
                        "text_hash": f"{article_id:064x}",
                        "origin": "bench",
                        "imported_at": now,
                    }
                ],
            )
            rows, at = [], 0
            for text in texts:
                claim_id += 1
                rows.append(
                    {
                        "id": claim_id,
                        "article_id": article_id,
                        "text": text,
                        "start": at,
                        "end": at + len(text),
                        "paragraph": 1,
                        "kind": rng.choice(("number", "quote", "statement", "date", "role")),
                        "score": round(rng.random(), 3),
                        "reasons": "[]",
                        "origin": "extracted",
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                at += len(text) + 1
            session.execute(insert(Claim), rows)
    total = claim_id
    with store.transaction() as session:
        for first in range(1, sources + 1, BATCH):
            session.execute(
                insert(Source),
                [
                    {
                        "id": i,
                        "kind": "web",
                        "canonical_url": f"https://news.example/{i}",
                        "title": f"Source {i}",
                        "site": "news.example",
                        "published": "2026-02-01",
                        "text": " ".join(sentence(20) for _ in range(6)),
                        "text_hash": f"{i:064x}",
                        "fetched_at": now,
                        "http_status": 200,
                        "created_at": now,
                    }
                    for i in range(first, min(first + BATCH, sources + 1))
                ],
            )
        links = [
            {
                "claim_id": rng.randint(1, total),
                "source_id": s,
                "stance": "context",
                "attached_at": now,
            }
            for s in range(1, sources + 1)
            for _ in range(2)
        ]
        unique = list({(r["claim_id"], r["source_id"]): r for r in links}.values())
        for first in range(0, len(unique), BATCH):
            session.execute(insert(ClaimSource), unique[first : first + BATCH])
        verdicts = [
            {
                "claim_id": c,
                "rating": rng.choice(RATINGS),
                "rationale": "bench",
                "correction": "fixed",
                "checker": "bench",
                "claim_version": 1,
                "created_at": now,
            }
            for c in rng.sample(range(1, total + 1), total // 3)
        ]
        for first in range(0, len(verdicts), BATCH):
            session.execute(insert(Verdict), verdicts[first : first + BATCH])
    store.close()


async def painted(app, changed, poll: float = 0.0) -> float:
    """Seconds from now until ``changed()`` holds and the screen has been painted after it.

    Long waits poll every ``poll`` seconds: spinning would take the GIL from the workers.
    """
    start = time.perf_counter()
    while not changed():
        await asyncio.sleep(poll)
    done = asyncio.Event()
    app.call_after_refresh(done.set)
    await done.wait()
    return time.perf_counter() - start


def send_key(app, key: str) -> None:
    """A key as the terminal driver delivers it (no waiting for the app to go idle, unlike
    ``Pilot.press``, which also waits for background workers)."""
    from textual import events

    char = key if len(key) == 1 else None
    app._driver.send_message(events.Key(key, char))


async def measure(url: str, started: float) -> dict[str, float]:
    from factcheck.tui.app import FactcheckApp

    figures: dict[str, float] = {}
    begun = time.perf_counter()
    app = FactcheckApp(url, checker="bench", poll_interval=2.0, all_claims=True)
    async with app.run_test(size=(120, 40)) as pilot:
        claims = app.main.claims
        await painted(app, lambda: app.main.is_mounted, 0.002)
        figures["first_frame_s"] = time.perf_counter() - started
        await painted(app, lambda: claims.total and claims.line_at(0) is not None, 0.002)
        figures["claims_shown_s"] = time.perf_counter() - started
        figures["claims_shown_after_app_start_s"] = time.perf_counter() - begun
        figures["claims_listed"] = claims.total
        await pilot.pause(0.5)

        moves = []
        for key in ["down"] * 150 + ["pagedown"] * 40 + ["up"] * 60:
            before = claims.cursor
            send_key(app, key)
            moves.append(await painted(app, lambda b=before: claims.cursor != b))
            await asyncio.sleep(0.03)  # a held key repeats about 30 times a second
        figures["move_ms_mean"] = statistics.mean(moves) * 1000
        figures["move_ms_p95"] = sorted(moves)[int(len(moves) * 0.95)] * 1000
        send_key(app, "end")
        figures["jump_to_last_row_ms"] = 1000 * await painted(
            app, lambda: claims.cursor == claims.total - 1 and claims.current is not None
        )

        send_key(app, "slash")
        await pilot.pause(0.2)
        search = app.main.query_one("#search")
        typing = []
        for n, key in enumerate("battery", start=1):
            send_key(app, key)
            typing.append(await painted(app, lambda n=n: len(search.value) == n))
            await asyncio.sleep(0.08)  # a quick typist
        figures["type_ms_mean"] = statistics.mean(typing) * 1000
        figures["type_ms_max"] = max(typing) * 1000
        figures["results_after_last_key_ms"] = 1000 * await painted(
            app, lambda: app.main.where.search == "battery" and not app.busy, 0.002
        )
        figures["claims_found"] = claims.total
    figures["peak_memory_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--sources", type=int, default=30_000)
    parser.add_argument("--keep", type=Path, help="build the store here and keep it")
    parser.add_argument("--build-only", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        build(args.build_only, args.claims, args.sources)
        return
    if args.measure:
        report(asyncio.run(measure(f"sqlite:///{args.measure}", STARTED)))
        return
    with tempfile.TemporaryDirectory() as folder:
        path = args.keep or Path(folder) / "bench.db"
        if not path.exists():
            t = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--build-only",
                    str(path),
                    "--claims",
                    str(args.claims),
                    "--sources",
                    str(args.sources),
                ],
                check=True,
            )
            print(
                f"built the store ({args.claims:,} claims, {args.sources:,} sources) "
                f"in {time.perf_counter() - t:.1f} s"
            )
        # A fresh process, so that "after start" counts its imports as a checker's would.
        subprocess.run([sys.executable, __file__, "--measure", str(path)], check=True)


def report(figures: dict[str, float]) -> None:
    targets = {"claims_shown_s": 1.5, "move_ms_p95": 50, "type_ms_max": 50, "peak_memory_mb": 500}
    for name, value in figures.items():
        target = targets.get(name)
        verdict = "" if target is None else ("  ok" if value < target else f"  OVER {target}")
        print(f"{name:34} {value:10.1f}{verdict}")


if __name__ == "__main__":
    main()

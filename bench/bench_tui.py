"""How the terminal UI copes with a big store: 100,000 claims and 30,000 sources.

Targets: first screen painted in under 1.5 s, under 50 ms a key for moving the selection and
typing a search, and under 500 MB of memory.  The store is built in a child process (so its
memory does not count) with SQLAlchemy Core inserts, then the app runs headless with
``App.run_test()`` on every claim of the store.

    python bench/bench_tui.py [--claims N] [--sources N] [--keep PATH]
    python bench/bench_tui.py --report [--claims N]

``--report`` measures the report preview instead (targets: under 1 s for the seed article,
under 3 s for an article of 10,000 claims, keys typed meanwhile under 50 ms at p95): the
shipped seed store, then a store of one article of ``--claims`` claims (10,000 by default).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STARTED = time.perf_counter()  # before the heavy imports: "after start" means from here

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from bigstore import ARTICLES, build  # noqa: E402


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

    char = key if len(key) == 1 else {"space": " "}.get(key)
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
            last_key = time.perf_counter()
            send_key(app, key)
            typing.append(await painted(app, lambda n=n: len(search.value) == n))
            await asyncio.sleep(0.08)  # a quick typist
        figures["type_ms_mean"] = statistics.mean(typing) * 1000
        figures["type_ms_max"] = max(typing) * 1000

        def listed(words: str) -> bool:
            """The list on screen is the one the search asked for, its first rows read."""
            fetch = claims._fetch
            return (
                fetch is not None
                and fetch.args[1].search == words
                and claims.line_at(claims.cursor) is not None
            )

        # From the last key sent (the typist's pause after it counts: an answer shown
        # within it is shown that soon after the key).
        await painted(app, lambda: listed("battery"), 0.002)
        figures["results_after_last_key_ms"] = 1000 * (time.perf_counter() - last_key)
        figures["claims_found"] = claims.total
        await painted(app, lambda: not app.busy, 0.01)
        send_key(app, "space")  # a second word: fewer claims, found among all
        for key in "county":
            last_key = time.perf_counter()
            send_key(app, key)
            await asyncio.sleep(0.08)
        await painted(app, lambda: listed("battery county"), 0.002)
        figures["second_word_after_last_key_ms"] = 1000 * (time.perf_counter() - last_key)
        figures["claims_found_two_words"] = claims.total
    figures["peak_memory_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


async def measure_report(url: str, folder: Path) -> dict[str, float]:
    """The report preview of the store's one article: pressed ``r``, then at once ``w`` and a
    file name typed into the save dialog while the report builds, key by key."""
    from factcheck.tui.app import FactcheckApp
    from factcheck.tui.screens.report import ReportScreen, SaveReportDialog

    figures: dict[str, float] = {}
    app = FactcheckApp(url, checker="bench", poll_interval=2.0)
    async with app.run_test(size=(120, 40)) as pilot:
        claims = app.main.claims
        await painted(app, lambda: claims.total and claims.current is not None, 0.002)
        await pilot.pause(0.5)
        figures["claims"] = claims.total
        begun = time.perf_counter()
        send_key(app, "r")
        await painted(app, lambda: isinstance(app.screen, ReportScreen))
        report = app.screen

        async def when_shown() -> float:
            await painted(app, lambda: report.shown_page == 0, 0.002)
            return time.perf_counter()

        shown = asyncio.ensure_future(when_shown())
        send_key(app, "w")
        await painted(app, lambda: isinstance(app.screen, SaveReportDialog))
        field = app.screen.query_one("#report-path")
        name = str(folder / "saved-report.md")
        send_key(app, "ctrl+u")  # the suggested name away
        await painted(app, lambda: field.value == "")
        typing, while_building = [], 0
        for n, key in enumerate(name, start=1):
            building = not report.ready.done()
            send_key(app, key)
            typing.append(await painted(app, lambda n=n: len(field.value) == n))
            while_building += building
            await asyncio.sleep(0.03)
        figures["preview_shown_s"] = await shown - begun
        figures["keys_typed_while_building"] = while_building
        figures["type_ms_mean"] = statistics.mean(typing) * 1000
        figures["type_ms_p95"] = sorted(typing)[int(len(typing) * 0.95)] * 1000
        figures["pages"] = len(report.preview.pages)
        send_key(app, "enter")
        await painted(app, lambda: app.screen is report, 0.002)
        assert (folder / "saved-report.md").read_text(encoding="utf-8") == report.preview.markdown
        turns = []
        for key in ["n"] * min(10, figures["pages"] - 1):
            before = report.shown_page
            send_key(app, key)
            turns.append(await painted(app, lambda b=before: report.shown_page != b, 0.002))
        if turns:
            figures["next_page_ms_mean"] = statistics.mean(turns) * 1000
            figures["next_page_ms_max"] = max(turns) * 1000
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--sources", type=int, default=30_000)
    parser.add_argument("--keep", type=Path, help="build the store here and keep it")
    parser.add_argument(
        "--report",
        action="store_true",
        help="the report preview instead: the seed article, then one article of --claims claims",
    )
    parser.add_argument("--build-only", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--articles", type=int, default=ARTICLES, help=argparse.SUPPRESS)
    parser.add_argument("--measure-report", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        build(args.build_only, args.claims, args.sources, articles=args.articles)
        return
    if args.measure_report:
        with tempfile.TemporaryDirectory() as out:
            url = f"sqlite:///{args.measure_report}"
            report(asyncio.run(measure_report(url, Path(out))))
        return
    if args.report:
        claims = 10_000 if args.claims == parser.get_default("claims") else args.claims
        bench_report(claims, args.sources)
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


def bench_report(claims: int, sources: int) -> None:
    """The preview of the shipped seed store, then of a built store of one big article."""
    with tempfile.TemporaryDirectory() as folder:
        seed = Path(folder) / "seed.db"
        shutil.copyfile(ROOT / "claims.db", seed)
        print("the seed article (claims.db)")
        subprocess.run([sys.executable, __file__, "--measure-report", str(seed)], check=True)
        big = Path(folder) / "big.db"
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--build-only",
                str(big),
                "--claims",
                str(claims),
                "--sources",
                str(sources // 10),
                "--articles",
                "1",
            ],
            check=True,
        )
        print(f"one article of {claims:,} claims, a third of them checked")
        subprocess.run([sys.executable, __file__, "--measure-report", str(big)], check=True)


def host() -> str:
    """The machine's load and a reference loop's time, printed beside the figures: the host
    is shared, and a figure means little without how busy it was."""
    load = " ".join(f"{n:.2f}" for n in os.getloadavg())
    begun = time.perf_counter()
    sum(range(10**6))
    loop = 1000 * (time.perf_counter() - begun)
    return f"load {load}, reference loop sum(range(10**6)) {loop:.1f} ms"


def report(figures: dict[str, float]) -> None:
    print(host())
    targets = {
        "claims_shown_s": 1.5,
        "move_ms_p95": 50,
        "type_ms_max": 50,
        "peak_memory_mb": 500,
        "type_ms_p95": 50,
        "preview_shown_s": 1.0 if figures.get("claims", 0) < 1000 else 3.0,
        "results_after_last_key_ms": 100,
        "second_word_after_last_key_ms": 100,
    }
    for name, value in figures.items():
        target = targets.get(name)
        verdict = "" if target is None else ("  ok" if value < target else f"  OVER {target}")
        print(f"{name:34} {value:10.1f}{verdict}")


if __name__ == "__main__":
    main()

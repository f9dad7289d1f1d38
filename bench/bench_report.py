"""How long rendering takes for a big report: 10,000 claims over 30,000 sources.

The target is a whole report in under 3 s including reading the store, so rendering alone
should stay well under 1.5 s per format.  Data is synthetic and seeded, so runs compare.

    python bench/bench_report.py [--claims N] [--sources N] [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from factcheck.checks import NumberResult, QuoteResult
from factcheck.report.annotate import render_annotated
from factcheck.report.claimreview import render_claimreview
from factcheck.report.data import (
    ReportArticle,
    ReportClaim,
    ReportData,
    ReportEvidence,
    ReportSource,
    ReportVerdict,
)
from factcheck.report.jsonreport import render_json
from factcheck.report.markdown import render_markdown
from factcheck.scale import DEFAULT_SCALE

# Prose as it comes, with now and then a character Markdown cares about ("&", "!", "#", "*");
# --hostile mixes in markup-heavy tokens at one word in five, the worst case for escaping.
_PROSE_TEXT = (
    "OpenAI Codex Claude agent revenue billion percent model launch users coding startup "
    "Microsoft GitHub Copilot Windsurf deal acquisition January February March 2025 2026 "
    "said according to people familiar with the matter that it was a the of in on for "
    "and by from about more than less nearly just over under second first last week year"
)
PROSE = tuple(_PROSE_TEXT.split(" "))
RARE = ("AT&T", "wow!", "#1", "*")
HOSTILE = ("|", "*", "_", "#", "<", ">", "[link](x)", "`code`")


def vocabulary(hostile: bool) -> tuple[str, ...]:
    if hostile:
        return PROSE + HOSTILE * (len(PROSE) // len(HOSTILE) // 4)
    return PROSE * 25 + RARE


START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def build(claims: int, sources: int, seed: int = 1, hostile: bool = False) -> ReportData:
    rng = random.Random(seed)
    vocab = vocabulary(hostile)

    def words(count: int) -> str:
        return " ".join(rng.choice(vocab) for _ in range(count))

    source_rows = []
    for number in range(1, sources + 1):
        copy = rng.randrange(1, number) if number > 1 and rng.random() < 0.2 else None
        url = f"https://site{number % 997}.example/news/{number}?ref=a&b=({number})"
        source_rows.append(
            ReportSource(
                number=number,
                id=number,
                title=words(8),
                site=f"Site {number % 997}",
                url=url,
                accessed_at=START + timedelta(minutes=number),
                published=(START - timedelta(days=number % 400)).date(),
                urls=(url, url.replace("https://", "http://")),
                text_hash=f"{rng.getrandbits(256):064x}",
                copies_of=copy,
            )
        )
    paragraphs, claim_rows, offset = [], [], 0
    per_paragraph = 4
    for index in range(claims):
        if index % per_paragraph == 0:
            paragraphs.append("")
        lead = words(6) + " "
        body = words(12)
        paragraph = paragraphs[-1] + lead
        start = offset + len(paragraph)
        paragraphs[-1] = paragraph + body + ". "
        end = start + len(body)
        if index % per_paragraph == per_paragraph - 1:
            offset += len(paragraphs[-1]) + 1
        rated = rng.random() < 0.8
        history: tuple[ReportVerdict, ...] = ()
        if rated:
            history = tuple(
                ReportVerdict(
                    rng.choice(DEFAULT_SCALE).name,
                    words(25),
                    words(10) if rng.random() < 0.4 else None,
                    rng.choice(("ana", "ben", "carla")),
                    START + timedelta(hours=index, minutes=k),
                )
                for k in range(rng.randint(1, 2))
            )
        ids = tuple(rng.randrange(1, sources + 1) for _ in range(3))
        evidence = tuple(
            ReportEvidence(
                id=index * 3 + k,
                source_id=ids[k],
                text=words(30),
                start=0,
                end=100,
                score=rng.random(),
                number_checks=(NumberResult("differs", "value", words(2), words(2)),)
                if rng.random() < 0.3
                else (),
                quote_check=QuoteResult("absent") if rng.random() < 0.1 else None,
            )
            for k in range(2)
        )
        claim_rows.append(
            ReportClaim(
                id=index + 1,
                text=body,
                start=start,
                end=end,
                paragraph=len(paragraphs),
                kind=rng.choice(("number", "quote", "date/event", "role/title")),
                speaker=words(2) if rng.random() < 0.2 else None,
                score=rng.random(),
                verdict=history[-1] if history else None,
                history=history,
                evidence=evidence,
                source_ids=ids,
            )
        )
    article = ReportArticle(
        1,
        "A long article",
        "A. Writer",
        "https://news.example/a",
        START.date(),
        "\n".join(paragraphs),
    )
    return ReportData(
        article,
        tuple(claim_rows),
        tuple(source_rows),
        START,
        url="https://desk.example/r/1",
        publisher="Desk",
    )


def best_of(
    repeat: int, render: Callable[[ReportData], str], data: ReportData
) -> tuple[float, float, int]:
    """Best wall-clock and best CPU time: CPU time is steadier on a shared machine."""
    walls, cpus, size = [], [], 0
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        size = len(render(data))
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    return min(walls), min(cpus), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--sources", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--hostile", action="store_true", help="markup in every other phrase")
    args = parser.parse_args()
    began = time.perf_counter()
    data = build(args.claims, args.sources, hostile=args.hostile)
    kind = "hostile" if args.hostile else "prose"
    print(
        f"built {args.claims} claims, {args.sources} sources ({kind}) in "
        f"{time.perf_counter() - began:.2f} s (not part of the figures)"
    )
    print(f"{'format':<12} {'wall':>8} {'cpu':>8} {'size':>9}   best of {args.repeat}")
    wall_total = cpu_total = 0.0
    for name, render in (
        ("markdown", render_markdown),
        ("json", render_json),
        ("claimreview", render_claimreview),
        ("annotated", render_annotated),
    ):
        wall, cpu, size = best_of(args.repeat, render, data)
        if name != "annotated":
            wall_total += wall
            cpu_total += cpu
        print(f"{name:<12} {wall:6.3f} s {cpu:6.3f} s {size / 1e6:6.1f} MB")
    print(f"{'report':<12} {wall_total:6.3f} s {cpu_total:6.3f} s   markdown + json + claimreview")


if __name__ == "__main__":
    main()

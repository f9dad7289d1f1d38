"""Rebuild ``fixtures/transcripts/`` from the ClaimBuster sentences: two debates as transcripts.

The extraction benchmark measures real text of another kind than the seed article; a
debate transcript ("SPEAKER: words" paragraphs, short spoken sentences) is the hardest
common kind.  ClaimBuster keeps each debate's sentences with speaker and line number, so
the transcript is those sentences in line order, one paragraph per turn.

    python scripts/make_debate_fixtures.py [path/to/claimbuster/crowdsourced.csv]
"""

from __future__ import annotations

import csv
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "claimbuster" / "crowdsourced.csv"
DEBATES = ("1960-09-26", "2016-09-26")  # the first televised debate and a recent one


def transcript(rows: list[dict[str, str]]) -> str:
    rows = sorted(rows, key=lambda r: int(r["Line_number"]))
    turns = itertools.groupby(rows, key=lambda r: r["Speaker"])
    return "".join(
        f"{speaker.upper()}: {' '.join(r['Text'].strip() for r in turn)}\n\n"
        for speaker, turn in turns
    )


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out = ROOT / "fixtures" / "transcripts"
    out.mkdir(parents=True, exist_ok=True)
    for debate in DEBATES:
        chosen = [r for r in rows if r["File_id"] == f"{debate}.txt"]
        (out / f"debate-{debate}.txt").write_text(transcript(chosen), encoding="utf-8")
        print(f"{debate}: {len(chosen)} sentences")


if __name__ == "__main__":
    main()

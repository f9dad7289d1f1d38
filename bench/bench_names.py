"""The names list of a 10,000-word article (the README's figure; target < 100 ms).

    python bench/bench_names.py

The article is the seed article followed by the two debate transcripts, cut at the
paragraph where it reaches 10,000 words.  Prints the median and worst CPU time (the fair
figure on a shared machine) of finding every person, organisation and title with all their
mentions and flagging spellings nearly alike, first on fresh text (nothing remembered from
an earlier run) and then warm.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from factcheck.extract import facts as facts_module
from factcheck.extract.namelist import list_names

ROOT = Path(__file__).resolve().parent.parent


def article(words: int = 10_000) -> str:
    sources = [ROOT / "fixtures" / "articles" / "seed.txt"]
    sources += sorted((ROOT / "fixtures" / "transcripts").glob("*.txt"))
    paragraphs: list[str] = []
    count = 0
    for path in sources:
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            if count >= words:
                return "\n".join(paragraphs)
            paragraphs.append(paragraph)
            count += len(paragraph.split())
    return "\n".join(paragraphs)


def main() -> None:
    text = article()
    cold: list[float] = []
    warm: list[float] = []
    for _ in range(7):
        facts_module._PIECES.clear()
        facts_module._SHAPES.clear()
        start = time.process_time()
        names = list_names(text)
        cold.append(time.process_time() - start)
        start = time.process_time()
        list_names(text)
        warm.append(time.process_time() - start)
    flagged = sum(1 for n in names if n.variants)
    print(
        f"{len(text.split())} words, {len(text) / 1000:.0f} KB: {len(names)} names, "
        f"{sum(len(n.mentions) for n in names)} mentions, {flagged} flagged"
    )
    for label, times in (("fresh", cold), ("warm", warm)):
        print(
            f"  {label}: median {statistics.median(times) * 1000:.1f} ms, "
            f"worst {max(times) * 1000:.1f} ms"
        )


if __name__ == "__main__":
    main()

"""The extractor on debate sentences labelled by experts (ClaimBuster's groundtruth.csv).

Independent labels from outside the project: the one place the suite sees whether a rule
written for articles drops a check-worthy sentence of another kind of text.  The floors are
today's counts (README, "The claim extractor"); a rule that loses one must say why.
"""

from __future__ import annotations

import csv
from pathlib import Path

from factcheck.extract import extract_claims

GROUNDTRUTH = Path(__file__).parent.parent / "fixtures" / "claimbuster" / "groundtruth.csv"
CHECKWORTHY_KEPT_FLOOR = 229  # of the 238 sentences the experts call check-worthy
NON_FACTUAL_KEPT_CEILING = 164  # of the 731 they call non-factual (opinion, questions)


def _kept_by_verdict() -> dict[str, tuple[int, int]]:
    counts: dict[str, list[int]] = {}
    with GROUNDTRUTH.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            kept = bool(extract_claims(row["Text"].strip(), with_facts=False))
            tally = counts.setdefault(row["Verdict"], [0, 0])
            tally[0] += kept
            tally[1] += 1
    return {verdict: (kept, total) for verdict, (kept, total) in counts.items()}


def test_check_worthy_debate_sentences_stay_claims_and_most_opinion_goes() -> None:
    counts = _kept_by_verdict()
    kept, total = counts["1"]
    assert total == 238
    assert kept >= CHECKWORTHY_KEPT_FLOOR, f"{kept} of {total} check-worthy sentences kept"
    kept_nfs, total_nfs = counts["-1"]
    assert total_nfs == 731
    assert kept_nfs <= NON_FACTUAL_KEPT_CEILING, f"{kept_nfs} of {total_nfs} non-factual kept"

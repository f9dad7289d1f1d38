"""Pinned evidence is judged against the claim's words as they are now.

A pinned passage keeps the checks (figures, quote) and the score worked out when it was
pinned.  When the claim's words change afterwards (a re-imported wording, a split, a merge
that joins or moves evidence), those would be for words the claim no longer says: a
"$4 million agrees" shown beside a claim that now says $40 million.
"""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.checks import describe_number
from factcheck.services import import_claims, list_claims, sources
from factcheck.services.claims import add_claim, merge_claims, split_claim
from factcheck.services.evidence import claim_evidence, pin_evidence
from factcheck.sources.evidence import passage_score

ACCOUNTS = "The council's accounts show the tunnel cost $45.2 million. It opened in 2022."


def _pin_all(store, claim_id: int, text: str):
    source = sources.attach_source(store, claim_id, note=text, checker="ana").source
    return pin_evidence(store, claim_id, source, 0, len(text.strip()), checker="ana")


def _lines(store, claim_id: int) -> list[str]:
    (pinned,) = claim_evidence(store, claim_id)
    return [describe_number(n) for n in pinned.number_checks]


def test_a_split_claim_keeps_evidence_checked_against_its_own_part(store) -> None:
    text = "The tunnel cost $45.2 million and opened in 2021."
    claim = add_claim(store, text).id
    _pin_all(store, claim, ACCOUNTS)
    assert any("2021 differs" in line for line in _lines(store, claim))
    head, _tail = split_claim(store, claim, text.index("and opened"))
    assert _lines(store, head.id) == ["$45.2 million agrees with $45.2 million"]
    (pinned,) = claim_evidence(store, head.id)
    assert pinned.score == passage_score(head.text, ACCOUNTS, 0, len(ACCOUNTS), is_quote=False)


def test_evidence_moved_by_a_merge_is_checked_against_the_kept_claim(store) -> None:
    kept = add_claim(store, "The tunnel opened in 2022.").id
    other = add_claim(store, "The tunnel cost $45 million.").id
    _pin_all(store, other, ACCOUNTS)
    merge_claims(store, kept, other)
    assert _lines(store, kept) == ["2022 agrees with 2022"]


def test_a_new_wording_from_a_claims_file_is_checked_again(store, tmp_path: Path, access) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_text(json.dumps({"id": "c1", "text": "The levy raised $4 million."}) + "\n")
    import_claims(store, path, access=access)
    claim = list_claims(store)[0].id
    _pin_all(store, claim, "The levy raised $4 million last year, the audit says.")
    assert _lines(store, claim) == ["$4 million agrees with $4 million"]
    path.write_text(json.dumps({"id": "c1", "text": "The levy raised $40 million."}) + "\n")
    import_claims(store, path, access=access)
    assert list_claims(store)[0].text == "The levy raised $40 million."
    (line,) = _lines(store, claim)
    assert line.startswith("$40 million differs: the source says $4 million")

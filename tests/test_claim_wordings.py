"""A claims file that gives a checked claim new words: refused by default, or with
``--new-wording`` kept as the claim's next wording.  The old words stay in the claim's history,
the verdict stays on the words it was given on, and the claim is to be checked again
everywhere it is counted or shown (list, status, progress, report, workbench)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import run
from test_services_claims import db_digest, jsonl

from factcheck.errors import BadInput
from factcheck.services import import_claims, list_claims
from factcheck.services.claims import read_claims, wordings
from factcheck.services.reports import build_report
from factcheck.services.verdicts import history, record_verdict, status
from factcheck.services.workbench import ClaimFilter, claim_detail, claim_page, progress

OLD = "The levy raised $4 million in 2023."
NEW = "The levy raised $40 million in 2023."


@pytest.fixture
def checked(store, tmp_path: Path, access) -> int:
    """Claim c1, imported and checked as supported on its first wording."""
    import_claims(
        store,
        read_claims(jsonl(tmp_path, [{"id": "c1", "text": OLD}], "first.jsonl"), access=access),
    )
    claim = list_claims(store)[0].id
    record_verdict(store, claim, "supported", rationale="The accounts say so.", checker="ana")
    return claim


def changed(tmp_path: Path, text: str = NEW, name: str = "changed.jsonl") -> Path:
    return jsonl(
        tmp_path,
        [{"id": "c0", "text": "A claim new to the store."}, {"id": "c1", "text": text}],
        name,
    )


def test_by_default_new_words_for_a_checked_claim_are_refused_and_the_flag_named(
    store, checked, tmp_path: Path, access
) -> None:
    before = db_digest(store)
    with pytest.raises(BadInput) as refused:
        import_claims(store, read_claims(changed(tmp_path), access=access))
    assert "--new-wording" in str(refused.value) and "\n" not in str(refused.value)
    assert db_digest(store) == before


def test_with_new_wording_the_old_words_and_the_verdict_are_kept(
    store, checked, tmp_path: Path, access
) -> None:
    summary = import_claims(store, read_claims(changed(tmp_path), access=access), new_wording=True)
    assert (summary.new, summary.updated, summary.new_wordings) == (1, 0, (checked,))
    claim = next(c for c in list_claims(store) if c.id == checked)
    assert claim.text == NEW and claim.wording == 2
    assert claim.rating is None and claim.earlier_rating == "supported"
    assert [(w.number, w.text, w.current) for w in wordings(store, checked)] == [
        (1, OLD, False),
        (2, NEW, True),
    ]
    (verdict,) = history(store, checked)
    assert verdict.rating == "supported" and verdict.wording == 1
    assert checked in status(store).unchecked


def test_a_claim_with_new_words_is_unchecked_again_in_every_view(
    store, checked, tmp_path: Path, access
) -> None:
    import_claims(store, read_claims(changed(tmp_path), access=access), new_wording=True)
    assert progress(store, None).checked == 0
    unchecked = claim_page(store, ClaimFilter(rating="unchecked"), 0, 10)
    assert checked in [line.id for line in unchecked]
    assert claim_page(store, ClaimFilter(rating="supported"), 0, 10) == []
    detail = claim_detail(store, checked)
    assert detail.verdict is None and [v.rating for v in detail.history] == ["supported"]
    report = build_report(store, loose=True)
    (item,) = [c for c in report.claims if c.id == checked]
    assert item.verdict is None
    assert [(v.rating, v.wording_text) for v in item.history] == [("supported", OLD)]


def test_a_verdict_on_the_new_words_is_current_again(
    store, checked, tmp_path: Path, access
) -> None:
    import_claims(store, read_claims(changed(tmp_path), access=access), new_wording=True)
    record_verdict(
        store, checked, "refuted", rationale="It was $4 million.", correction=OLD, checker="bo"
    )
    assert next(c for c in list_claims(store) if c.id == checked).rating == "refuted"
    assert [(v.rating, v.wording) for v in history(store, checked)] == [
        ("supported", 1),
        ("refuted", 2),
    ]
    assert checked not in status(store).unchecked
    # Once more: a third wording, each verdict still on its own words.
    import_claims(
        store,
        read_claims(changed(tmp_path, NEW + " Officials said.", "c.jsonl"), access=access),
        new_wording=True,
    )
    assert [w.number for w in wordings(store, checked)] == [1, 2, 3]
    assert next(c for c in list_claims(store) if c.id == checked).rating is None


def test_new_wording_on_an_unchecked_claim_is_a_plain_update(store, tmp_path: Path, access) -> None:
    import_claims(
        store, read_claims(jsonl(tmp_path, [{"id": "c1", "text": OLD}], "a.jsonl"), access=access)
    )
    summary = import_claims(store, read_claims(changed(tmp_path), access=access), new_wording=True)
    assert (summary.updated, summary.new_wordings) == (1, ())
    (claim,) = [c for c in list_claims(store) if c.external_id == "c1"]
    assert claim.wording == 1 and [w.text for w in wordings(store, claim.id)] == [NEW]


def test_a_dry_run_counts_new_wordings_and_stores_nothing(store, checked, tmp_path, access) -> None:
    before = db_digest(store)
    summary = import_claims(
        store, read_claims(changed(tmp_path), access=access), new_wording=True, dry_run=True
    )
    assert summary.new_wordings == (checked,)
    assert db_digest(store) == before


def test_the_command_line(db_url: str, tmp_path: Path) -> None:
    first = jsonl(tmp_path, [{"id": "c1", "text": OLD}], "first.jsonl")
    assert run(db_url, "import", str(first)).exit_code == 0
    assert run(db_url, "verdict", "1", "supported", "--rationale", "Accounts.").exit_code == 0
    refused = run(db_url, "import", str(changed(tmp_path)))
    assert refused.exit_code == 1 and "--new-wording" in refused.output
    done = run(db_url, "import", str(changed(tmp_path)), "--new-wording")
    assert done.exit_code == 0, done.output
    assert "1 new wording" in done.output and "check again" in done.output
    shown = run(db_url, "history", "1").output
    assert f"wording 1: {OLD}" in shown and f"wording 2 (now): {NEW}" in shown
    assert "on wording 1" in shown
    assert run(db_url, "status").output.startswith("0 of 2 claims checked")
    listed = [
        json.loads(line) for line in run(db_url, "claims", "--format", "jsonl").output.splitlines()
    ]
    (mine,) = [c for c in listed if c["id"] == 1]
    assert (mine["rating"], mine["earlier_rating"], mine["wording"]) == (None, "supported", 2)
    table = run(db_url, "claims").output
    assert "unchecked (was supported)" in table
    report = run(db_url, "report", "--all").output
    assert "earlier wording" in report and OLD in report
    article = tmp_path / "a.txt"
    article.write_text("Nothing here.\n")
    flagged = run(db_url, "import", str(article), "--new-wording")
    assert flagged.exit_code == 2 and "claims files" in flagged.output

"""The facts of stored claims: kept with their claims, ticked one by one, counted, reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt
from test_services_claims import db_digest

from factcheck.cli import main
from factcheck.errors import BadInput, NotFound
from factcheck.intake.articles import ArticleInput
from factcheck.services import list_claims
from factcheck.services.articles import import_article
from factcheck.services.claims import add_claim, get_claim, split_claim
from factcheck.services.facts import fact_progress, mark_fact
from factcheck.services.reports import build_report, render_report

ARTICLE = (
    "Voltaria Energy will build a $2.5 billion battery plant in Ohio, chief executive"
    " Priya Raman said on Tuesday.\n\n"
    "The plant will employ more than 1,800 people by the end of 2027, Raman said.\n"
)


def article(body: str = ARTICLE) -> ArticleInput:
    return ArticleInput(text=body, origin="test.txt")


digest = db_digest


def test_imported_claims_keep_their_facts_on_the_article_text(store) -> None:
    import_article(store, article())
    claims = list_claims(store, with_facts=True)
    assert len(claims) == 2
    for claim in claims:
        assert claim.facts, claim.text
        assert [f.position for f in claim.facts] == list(range(1, len(claim.facts) + 1))
        for fact in claim.facts:
            assert ARTICLE[fact.start : fact.end] == fact.text
            assert claim.start <= fact.start < fact.end <= claim.end
            assert fact.state is None
    first = {(f.kind, f.text) for f in claims[0].facts}
    assert {
        ("number", "$2.5 billion"),
        ("place", "Ohio"),
        ("person", "Priya Raman"),
        ("date", "on Tuesday"),
    } <= first
    # A screen listing claims does not pay for the facts.
    assert list_claims(store)[0].facts is None


def test_ticking_facts_counts_progress_and_keeps_the_note(store) -> None:
    import_article(store, article())
    claim = list_claims(store, with_facts=True)[0]
    total = sum(len(c.facts or ()) for c in list_claims(store, with_facts=True))
    assert fact_progress(store).summary == f"0 of {total} facts checked"
    number = next(f for f in claim.facts if f.kind == "number")
    marked = mark_fact(
        store,
        claim.id,
        number.position,
        "wrong",
        note="the filing says $2.1 billion",
        checker="ana",
    )
    assert marked.state == "wrong" and marked.note == "the filing says $2.1 billion"
    mark_fact(store, claim.id, 1, "checked", checker="ana") if number.position != 1 else None
    progress = fact_progress(store)
    assert progress.wrong == 1 and progress.total == total
    assert progress.summary.startswith(f"{progress.ticked} of {total} facts checked (1 wrong")
    again = get_claim(store, claim.id)
    assert next(f for f in again.facts if f.position == number.position).state == "wrong"


def test_ticking_a_fact_that_does_not_exist_changes_nothing(store) -> None:
    import_article(store, article())
    claim = list_claims(store, with_facts=True)[0]
    before = digest(store)
    held = f"claim {claim.id} has {len(claim.facts)} facts; no fact 99"
    with pytest.raises(NotFound, match=held):
        mark_fact(store, claim.id, 99, "checked", checker="ana")
    with pytest.raises(NotFound, match="no claim 999"):
        mark_fact(store, 999, 1, "checked", checker="ana")
    with pytest.raises(BadInput, match="unknown fact state"):
        mark_fact(store, claim.id, 1, "fine", checker="ana")
    assert digest(store) == before


def test_reimporting_the_unchanged_article_keeps_facts_and_ticks(store) -> None:
    import_article(store, article())
    claim = list_claims(store, with_facts=True)[0]
    mark_fact(store, claim.id, 1, "checked", checker="ana")
    before = digest(store)
    result = import_article(store, article())
    assert not result.created
    assert digest(store) == before


def test_a_claim_added_by_hand_gets_its_facts(store) -> None:
    import_article(store, article())
    added = add_claim(store, "Raman said on Tuesday", article_id=1)
    assert {(f.kind, f.text) for f in added.facts} >= {("person", "Raman"), ("date", "on Tuesday")}
    for fact in added.facts:
        assert ARTICLE[fact.start : fact.end] == fact.text
    loose = add_claim(store, "Mayor Ana Ruiz cut 40 jobs in March 2024.")
    assert [(f.text, loose.text[f.start : f.end]) for f in loose.facts if f.kind == "date"] == [
        ("in March 2024", "in March 2024")
    ]


def test_splitting_a_claim_shares_its_facts(store) -> None:
    import_article(store, article())
    claim = list_claims(store, with_facts=True)[0]
    at = claim.text.index(", chief executive")
    first, second = split_claim(store, claim.id, at)
    first, second = get_claim(store, first.id), get_claim(store, second.id)
    assert "$2.5 billion" in {f.text for f in first.facts}
    assert "Priya Raman" in {f.text for f in second.facts}
    for part in (first, second):
        assert [f.position for f in part.facts] == list(range(1, len(part.facts) + 1))
        for fact in part.facts:
            assert part.start <= fact.start < fact.end <= part.end
            assert ARTICLE[fact.start : fact.end] == fact.text


def test_the_report_lists_wrong_facts_and_the_annotated_article_marks_each(store) -> None:
    import_article(store, article())
    claim = list_claims(store, with_facts=True)[0]
    number = next(f for f in claim.facts if f.text == "$2.5 billion")
    mark_fact(
        store,
        claim.id,
        number.position,
        "wrong",
        note="the filing says $2.1 billion",
        checker="ana",
    )
    markdown = render_report(build_report(store), "md")
    assert "- **Wrong facts:**" in markdown
    assert f"fact {number.position}, number: “$2.5 billion”: the filing says $2.1 billion" in (
        markdown.replace("\\$", "$")
    )
    annotated = render_report(build_report(store), "annotated")
    html = MarkdownIt("commonmark").render(annotated)
    for fact in ("Priya Raman", "on Tuesday", "Ohio"):
        assert f"<em>{fact}</em>" in html
    assert "(wrong: the filing says" in annotated.replace("\\$", "$")


def test_cli_fact_and_status_and_claims_jsonl(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(main, ["--db", db_url, *args])

    assert run("import", str(path)).exit_code == 0
    rows = [json.loads(line) for line in run("claims", "--format", "jsonl").output.splitlines()]
    fact = rows[0]["facts"][0]
    assert set(fact) == {"n", "start", "end", "kind", "text", "state", "note"}
    ticked = run("fact", str(rows[0]["id"]), "1", "checked", "--note", "seen in the filing")
    assert ticked.exit_code == 0, ticked.output
    assert f"claim {rows[0]['id']} fact 1 ({fact['kind']} “{fact['text']}”): checked" in (
        ticked.output
    )
    total = sum(len(r["facts"]) for r in rows)
    assert f"1 of {total} facts checked" in run("status").output
    missing = run("fact", str(rows[0]["id"]), "50", "checked")
    assert missing.exit_code == 1 and "no fact 50" in missing.output
    again = [json.loads(line) for line in run("claims", "--format", "jsonl").output.splitlines()]
    assert again[0]["facts"][0]["state"] == "checked"
    assert again[0]["facts"][0]["note"] == "seen in the filing"

"""Reports from a real store: the seed article with verdicts, sources and evidence set here."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt
from paths import SEED_ARTICLE

from factcheck.cli import main
from factcheck.errors import BadInput, NotFound
from factcheck.intake.articles import read_article
from factcheck.services import list_claims
from factcheck.services.articles import import_article
from factcheck.services.evidence import find_passages, pin_evidence
from factcheck.services.reports import build_report, render_report
from factcheck.services.sources import attach_source
from factcheck.services.verdicts import record_verdict
from factcheck.sources.fetch import FetchOptions

WHEN = datetime(2026, 11, 25, 9, 30)
FAST = FetchOptions(connect_timeout=2, read_timeout=2, deadline=5, retries=0, allow_private=True)


@pytest.fixture
def checked(store, page_server, access):
    """The seed article with a verdict of every rating, a source, and a pinned passage."""
    article = import_article(store, read_article(SEED_ARTICLE)).article
    claims = list_claims(store, article_id=article.id)
    ratings = ["supported", "mostly-supported", "misleading", "refuted", "unverifiable", "opinion"]
    for claim, rating in zip(claims, ratings, strict=False):
        needs = rating in {"misleading", "refuted"}
        record_verdict(
            store,
            claim.id,
            rating,
            rationale=f"Checked as {rating} | *not* <b>bold</b>",
            correction="Say what the filing says." if needs else None,
            checker="ana",
        )
    source = attach_source(
        store,
        claims[3].id,
        page_server.url("/story/battery-plant"),
        options=FAST,
        checker="ana",
        access=access,
    ).source
    passage = find_passages(store, claims[3].id, source)[0]
    pin_evidence(store, claims[3].id, source, passage.start, passage.end, checker="ana")
    return article.id, claims


def test_markdown_report_has_the_editor_sections(store, checked) -> None:
    article, claims = checked
    data = build_report(store, article, generated_at=WHEN)
    text = render_report(data, "md", all_claims=True)
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[0].startswith("Fact-check report")
    assert {"Summary", "Needs correction", "Sources"} <= set(headings)
    assert not [t for t in tokens if t.type in {"html_block", "html_inline"}]
    assert "Say what the filing says." in text
    claim_headings = [h for h in headings if h.startswith("Claim ")]
    assert [h.split()[1] for h in claim_headings][-len(claims) :] == [str(c.id) for c in claims]
    assert "battery" in text.lower()


def test_the_markdown_report_lists_unchecked_claims_briefly(store, checked) -> None:
    article, _claims = checked
    data = build_report(store, article, generated_at=WHEN)
    brief = render_report(data, "md")
    unchecked = [c for c in data.claims if c.verdict is None]
    assert len(unchecked) > 100  # the seed article, six claims checked
    assert f"{len(unchecked)} claims have no verdict yet" in brief
    assert all(f"- claim {c.id}: " in brief for c in unchecked)
    assert (
        len(brief.splitlines()) < len(render_report(data, "md", all_claims=True).splitlines()) / 3
    )


def test_reports_are_deterministic(store, checked) -> None:
    article, _ = checked
    for fmt in ("md", "json", "claimreview", "annotated"):
        one = render_report(build_report(store, article, generated_at=WHEN), fmt)
        two = render_report(build_report(store, article, generated_at=WHEN), fmt)
        assert one == two, fmt


def test_claimreview_for_each_claim_with_a_verdict(store, checked) -> None:
    article, _ = checked
    doc = json.loads(render_report(build_report(store, article, generated_at=WHEN), "claimreview"))
    reviews = doc if isinstance(doc, list) else doc.get("@graph", [])
    assert len(reviews) == 6
    refuted = next(r for r in reviews if r["reviewRating"]["alternateName"] == "refuted")
    assert refuted["@type"] == "ClaimReview"
    assert refuted["reviewRating"]["ratingValue"] == 1
    assert (
        refuted["reviewRating"]["bestRating"] == 5 and refuted["reviewRating"]["worstRating"] == 1
    )
    assert refuted["claimReviewed"]


def test_unknown_article_and_format(store, checked) -> None:
    with pytest.raises(NotFound):
        build_report(store, 999)
    with pytest.raises(BadInput, match="unknown report format"):
        render_report(build_report(store, checked[0], generated_at=WHEN), "pdf")


def test_cli_writes_whole_files_or_nothing(db_url, checked, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    ok = CliRunner().invoke(main, ["--db", db_url, "report", "--format", "json", "-o", str(target)])
    assert ok.exit_code == 0, ok.output
    assert json.loads(target.read_text())["format"] == "factcheck-report"
    for args, words in [
        (["report", "--format", "pdf"], "unknown report format"),
        (["report", "999"], "no article 999"),
        (["report", "-o", str(tmp_path / "missing" / "r.md")], "no such folder"),
    ]:
        result = CliRunner().invoke(main, ["--db", db_url, *args])
        assert result.exit_code != 0 and words in result.output
        assert len(result.output.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_claims_without_an_article_are_reported_with_all(
    db_url, store, tmp_path: Path, access
) -> None:
    from factcheck.services import import_claims, read_claims
    from factcheck.services.reports import NoArticle, build_report, render_report

    path = tmp_path / "tips.jsonl"
    path.write_text(
        json.dumps({"id": "t1", "text": "The county spent $3 million on the bridge in 2022."})
        + "\n"
        + json.dumps({"id": "t2", "text": "Mayor Jo Lind closed 4 libraries last year."})
        + "\n",
        encoding="utf-8",
    )
    import_claims(store, read_claims(path, access=access))
    with pytest.raises(NoArticle, match="only 2 claims imported without one") as caught:
        build_report(store)
    assert caught.value.loose == 2 and "--" not in str(caught.value)
    said = CliRunner().invoke(main, ["--db", db_url, "report"])  # the CLI names its flag
    assert said.exit_code != 0
    assert "'report --all' reports the 2 claims imported without one" in said.output
    data = build_report(store, loose=True)
    assert [c.text for c in data.claims] == [
        "The county spent $3 million on the bridge in 2022.",
        "Mayor Jo Lind closed 4 libraries last year.",
    ]
    assert all(c.facts for c in data.claims)
    for fmt in ("md", "json", "claimreview", "annotated"):
        assert render_report(data, fmt)
    markdown = render_report(data, "md")
    assert "2 claims imported without an article" in markdown
    assert "- claim 1: The county spent" in markdown and "- claim 2: Mayor Jo Lind" in markdown
    full = render_report(data, "md", all_claims=True)
    assert "### Claim 1" in full and "### Claim 2" in full
    with pytest.raises(BadInput, match="not both"):
        build_report(store, 1, loose=True)


def test_report_all_with_no_loose_claims_says_so(store) -> None:
    from factcheck.services.reports import build_report

    with pytest.raises(BadInput, match="no claim without an article"):
        build_report(store, loose=True)

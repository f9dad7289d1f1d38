"""What the command line can do, done from the workbench: source merges decided with both texts
side by side, prior checks, a source's whole text with its passages marked, every report format."""

from __future__ import annotations

import json
import zipfile

import pytest
from harness import make_app, save_dialog, settle

from factcheck import services
from factcheck.intake.articles import ArticleInput
from factcheck.services import evidence as evidence_service
from factcheck.services import merges, reports, reviews, sources, verdicts
from factcheck.services.sources import Tiers
from factcheck.tui.screens.merges import MergesScreen
from factcheck.tui.screens.prior import PriorChecksScreen
from factcheck.tui.screens.source_text import SourceTextScreen
from factcheck.tui.widgets.laid_out import LaidOut

pytestmark = pytest.mark.anyio

OFFER_ONLY = Tiers(confirm=0.999, suggest=0.5)  # a near-copy is offered, never merged by itself


def notices(app) -> list[str]:
    return [n.message for n in app._notifications]


def offered_copy(store, claim_id: int, page_server, access) -> int:
    """The battery story and its syndicated copy attached, the copy only offered: the merge id."""
    story = page_server.url("/story/battery-plant")
    copy = page_server.alt_url("/syndicated/battery-plant")
    sources.attach_source(store, claim_id, story, checker="bo", tiers=OFFER_ONLY, access=access)
    result = sources.attach_source(
        store, claim_id, copy, checker="bo", tiers=OFFER_ONLY, access=access
    )
    assert result.outcome == "suggested"
    (offer,) = merges.list_merges(store, "suggested")
    return offer.id


async def test_a_likely_duplicate_is_confirmed_then_split_with_both_texts_shown(
    db_url, store, claim_ids, page_server, access
):
    merge_id = offered_copy(store, claim_ids[0], page_server, access)
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MergesScreen) and len(screen.cases) == 1
        kept, copy = (
            screen.query_one(f"#merge-{side}", LaidOut).text for side in ("kept", "other")
        )
        assert "Voltaria" in kept and "Voltaria" in copy, "both texts, side by side"
        assert "source" in str(screen.query_one("#merge-other-head").render())
        await pilot.press("c")
        await settle(pilot)
        assert merges.list_merges(store, "confirmed")[0].id == merge_id
        assert sources.claim_sources(store, claim_ids[0]).independent == 1
        assert screen.cases[0].merge.status == "confirmed", "the list is read again"
        await pilot.press("c")  # a confirmed merge cannot be confirmed again: said, not done
        await settle(pilot)
        assert any("can only be split" in n for n in notices(app))
        await pilot.press("s")
        await settle(pilot)
        assert merges.list_merges(store, "split")[0].id == merge_id
        assert sources.claim_sources(store, claim_ids[0]).independent == 2
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is app.main


async def test_a_likely_duplicate_is_rejected(db_url, store, claim_ids, page_server, access):
    merge_id = offered_copy(store, claim_ids[0], page_server, access)
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert any(f"Merge {merge_id} rejected" in n for n in notices(app))
    assert merges.list_merges(store, "rejected")[0].id == merge_id
    assert sources.claim_sources(store, claim_ids[0]).independent == 2


async def test_prior_checks_show_the_desks_and_imported_fact_checks(
    db_url, store, claim_ids, tmp_path, access
):
    words = "Voltaria Energy will build a $2.1 billion battery factory outside Millbrook."
    older = services.import_article(
        store, ArticleInput(text=words, origin="older.txt", title="Last year's story")
    )
    (old_claim,) = services.list_claims(store, article_id=older.article.id)
    verdicts.record_verdict(
        store,
        old_claim.id,
        "refuted",
        rationale="It was $2.5 billion.",
        correction="a $2.5 billion factory",
        checker="bo",
    )
    feed = tmp_path / "reviews.json"
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://checkers.example.org/checks/7",
        "claimReviewed": "Voltaria Energy will build a $2.1 billion battery factory",
        "datePublished": "2025-10-02T09:00:00Z",
        "author": {"@type": "Organization", "name": "Harbour Checkers"},
        "reviewRating": {"@type": "Rating", "ratingValue": 2, "alternateName": "Half true"},
    }
    feed.write_text(json.dumps([review]), encoding="utf-8")
    reviews.import_reviews(store, feed, access)
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.main.open_article(1)  # the battery story, not last year's
        await settle(pilot)
        assert app.main.claims.current.id == claim_ids[0]
        await pilot.press("c")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PriorChecksScreen)
        shown = str(screen.query_one("#prior-list").render())
        assert f"claim {old_claim.id}" in shown and "refuted" in shown and "$2.5 billion" in shown
        assert "Harbour Checkers" in shown and "Half true" in shown
        assert "checkers.example.org/checks/7" in shown
    assert screen.found == reviews.prior_checks(store, claim_ids[0], threshold=80.0)


async def test_a_sources_whole_text_with_the_pinned_passage_marked(
    db_url, store, claim_ids, page_server, access
):
    first = claim_ids[0]
    sources.attach_source(
        store, first, page_server.url("/story/battery-plant"), checker="bo", access=access
    )
    story = sources.claim_sources(store, first).sources[0].id
    best = evidence_service.find_passages(store, first, story, limit=1)[0]
    pinned = evidence_service.pin_evidence(store, first, story, best.start, best.end, checker="bo")
    whole = sources.show_source(store, story).text
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SourceTextScreen)
        text = screen.query_one(LaidOut).text
        last_words = whole.split()[-3:]
        assert " ".join(last_words) in " ".join(text.split()), "the whole text, to its end"
        mark = screen.marks[screen.current]
        assert mark.pinned and mark.label == f"evidence {pinned.id}", "opened on the pinned one"
        title = str(screen.query_one("#source-title").render())
        assert f"source {story}" in title and f"evidence {pinned.id}" in title
        # The mark is drawn reversed, on the line the screen scrolled to.
        line = screen.mark_lines[screen.current]
        strip = screen.query_one(LaidOut).lines[line]
        assert any(seg.style and seg.style.reverse for seg in strip)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is app.main


@pytest.mark.parametrize(
    ("fmt", "suffix"),
    [("json", ".json"), ("claimreview", ".claimreview.json"), ("annotated", ".annotated.md")],
)
async def test_every_text_format_is_saved_from_the_app(
    db_url, store, claim_ids, tmp_path, monkeypatch, fmt, suffix
):
    monkeypatch.chdir(tmp_path)
    verdicts.record_verdict(
        store, claim_ids[0], "refuted", rationale="No.", correction="$2.5 billion", checker="bo"
    )
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        _, dialog = await save_dialog(pilot)
        dialog.query_one("#report-format").value = fmt
        await settle(pilot)
        assert dialog.query_one("#report-path").value == f"report-1{suffix}"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is not dialog
    data = reports.build_report(store, 1, generated_at=make_app(db_url).clock())
    expected = reports.render_report(data, fmt)
    assert (tmp_path / f"report-1{suffix}").read_text(encoding="utf-8") == expected


async def test_the_word_manuscript_is_saved_annotated(db_url, store, tmp_path, monkeypatch):
    from manuscripts import manuscript

    monkeypatch.chdir(tmp_path)
    source = tmp_path / "story.docx"
    source.write_bytes(manuscript())
    services.import_target(store, str(source))
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await save_dialog(pilot)
        app.screen.query_one("#report-format").value = "docx"
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
    with zipfile.ZipFile(tmp_path / "report-1.docx") as document:
        assert "word/document.xml" in document.namelist()


async def test_a_docx_report_of_a_text_article_is_refused_in_the_dialog(
    db_url, store, claim_ids, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        _, dialog = await save_dialog(pilot)
        dialog.query_one("#report-format").value = "docx"
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is dialog
        assert "not imported from a Word file" in str(dialog.query_one("#dialog-error").render())
    assert not (tmp_path / "report-1.docx").exists()


async def test_a_source_and_its_evidence_keep_one_number_everywhere(
    db_url, store, claim_ids, page_server
):
    """The notice, the detail, the evidence and verdict dialogs and the report all call a
    source by its id and a passage by its evidence id (no per-screen 1, 2, 3)."""
    sources.attach_source(store, claim_ids[1], None, note="A call with the county.", checker="bo")
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        app.screen.query_one("#target").value = page_server.url("/story/battery-plant")
        await pilot.press("enter")
        await settle(pilot)
        (story,) = sources.claim_sources(store, claim_ids[0]).sources
        assert story.id == 2
        assert any(f"added as source {story.id}" in n for n in notices(app))
        best = evidence_service.find_passages(store, claim_ids[0], story.id, limit=1)[0]
        pinned = evidence_service.pin_evidence(
            store, claim_ids[0], story.id, best.start, best.end, checker="ana"
        )
        verdicts.record_verdict(
            store,
            claim_ids[0],
            "refuted",
            rationale="The filing says more.",
            correction="$2.5 billion",
            checker="ana",
            evidence=(pinned.id,),
        )
        app.main._load_detail(claim_ids[0])
        await settle(pilot)
        detail = str(app.main.query_one("#detail-body").render())
        assert f"[{story.id}] " in detail and "[1] " not in detail
        assert f"evidence {pinned.id}" in detail
        await pilot.press("p")
        await settle(pilot)
        legend = str(app.screen.query_one("#evidence-legend").render())
        assert legend.startswith(f"[{story.id}] ")
        await pilot.press("escape")
        await settle(pilot)
    report = reports.render_report(reports.build_report(store, 1), "md")
    assert f"Sources:** [{story.id}] (1 independent)" in report
    assert f"Evidence {pinned.id}, from [{story.id}]" in report
    assert f"- [{story.id}] **" in report

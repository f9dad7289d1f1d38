"""Import, the article view, the report, help, quitting, and two UIs on one store."""

from __future__ import annotations

import json

import pytest
from harness import make_app, open_screen, save_dialog, settle, type_text

from factcheck import services
from factcheck.services import verdicts
from factcheck.tui.messages import StoreWritten
from factcheck.tui.screens.article import ArticleScreen
from factcheck.tui.screens.help import HelpScreen
from factcheck.tui.screens.importer import ImportDialog
from factcheck.tui.screens.prior import PriorChecksScreen
from factcheck.tui.screens.report import ReportScreen
from factcheck.tui.widgets.laid_out import LaidOut

pytestmark = pytest.mark.anyio


async def import_path(pilot, path) -> None:
    await pilot.press("i")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ImportDialog)
    pilot.app.screen.query_one("#import-path").value = str(path)
    await pilot.press("enter")
    await settle(pilot)


async def test_import_an_article_then_a_claims_file(db_url, store, tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("The bridge cost $40 million to build in 1998, the mayor said.\n")
    claims_file = tmp_path / "claims.jsonl"
    claims_file.write_text(
        json.dumps({"id": "c1", "text": "The bridge opened in 1999."})
        + "\n"
        + json.dumps(
            {"id": "c2", "text": "The bridge cost $40 million to build in 1998, the mayor said."}
        )
        + "\n"
    )
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert "No claims yet" in str(app.main.query_one("#detail-body").render())
        await import_path(pilot, article)
        summary = str(app.screen.query_one("#import-summary").render())
        assert summary.startswith("Imported article 1 (")
        await pilot.press("enter")  # Open
        await settle(pilot)
        assert app.main.where.article == 1 and app.main.claims.total >= 1
        await import_path(pilot, claims_file)
        summary = str(app.screen.query_one("#import-summary").render())
        assert "2 rows — 1 new, 0 unchanged, 0 updated, 1 merged" in summary
        await pilot.press("escape")  # the path typed was imported: nothing to lose, no ask
        await settle(pilot)
        assert app.screen is app.main
    texts = [c.text for c in services.list_claims(store, article_id=1)]
    assert "The bridge opened in 1999." in texts


async def test_prior_checks_show_the_desks_own_and_imported_ones_best_first(
    db_url, store, tmp_path
):
    """Another desk's fact-check, imported with `i`, sits beside this desk's own earlier
    verdict in the selected claim's prior checks, best match first, its rating as written."""
    from factcheck.intake.articles import ArticleInput

    earlier = services.import_article(
        store,
        ArticleInput(
            text="Voltaria Energy will build a battery factory near Millbrook, a company "
            "spokesman announced on Monday.\n",
            origin="earlier.txt",
        ),
    )
    (old,) = services.list_claims(store, article_id=earlier.article.id)
    verdicts.record_verdict(store, old.id, "supported", rationale="Filing.", checker="ben")
    services.import_article(
        store,
        ArticleInput(
            text="Voltaria Energy will build a $2.1 billion battery factory outside Millbrook, "
            "the company announced Monday.\n",
            origin="battery.txt",
        ),
    )
    feed = tmp_path / "reviews.json"
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://checkers.example.org/checks/voltaria",
        "claimReviewed": "Voltaria Energy will build a $2.1 billion battery factory outside "
        "Millbrook.",
        "author": {"@type": "Organization", "name": "Harbour Checkers"},
        "datePublished": "2025-10-02",
        "reviewRating": {"@type": "Rating", "alternateName": "Half True"},
    }
    unrelated = dict(
        review,
        url="https://checkers.example.org/checks/bridge",
        claimReviewed="The new bridge carries 40,000 cars a day.",
    )
    feed.write_text(json.dumps([review, unrelated]), encoding="utf-8")
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        body = str(app.main.query_one("#detail-prior").render())
        assert "Prior checks (1)" in body
        assert f"claim {old.id} (article {earlier.article.id}): ✔ supported" in body
        await import_path(pilot, feed)
        summary = str(app.screen.query_one("#import-summary").render())
        assert "Fact-checks of other desks from reviews.json: 2 — 2 new" in summary
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is app.main
        body = str(app.main.query_one("#detail-prior").render())
        screen = await open_screen(pilot, "c", PriorChecksScreen)
        listed = str(screen.query_one("#prior-list").render())
    # The detail lists them one line each, the closer wording first, and points at c, the
    # one place that shows them in full: the claims checked, the rationale, the link.
    theirs = "Harbour Checkers, 2025-10-02: “Half True” (as they rate it)"
    ours = f"claim {old.id} (article {earlier.article.id}): ✔ supported"
    assert "Prior checks (2)" in body and "press c" in body
    assert body.index(theirs) < body.index(ours)
    assert listed.index(theirs) < listed.index(ours)
    assert "https://checkers.example.org/checks/voltaria" in listed
    assert "rationale: Filing." in listed
    assert "Millbrook, a company spokesman" in listed  # the claim this desk checked
    assert "40,000 cars" not in body + listed


async def test_a_missing_file_is_a_notice_in_the_dialog(db_url, store, tmp_path):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await import_path(pilot, tmp_path / "nope.txt")
        assert "nope.txt" in str(app.screen.query_one("#dialog-error").render())


async def test_article_view_jumps_to_the_claim_and_back(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("down", "t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen) and screen.current == claim_ids[1]
        await pilot.press("n")
        assert screen.current == claim_ids[2]
        await pilot.press("enter")  # back to the list, on the claim reached
        await settle(pilot)
        assert app.main.claims.current.id == claim_ids[2]
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("n", "escape")  # Esc: back where we were
        await settle(pilot)
        assert app.main.claims.current.id == claim_ids[2]


async def test_report_preview_and_save(db_url, store, claim_ids, tmp_path):
    verdicts.record_verdict(
        store,
        claim_ids[0],
        "refuted",
        rationale="The filing says $2.5bn.",
        correction="$2.5 billion",
        checker="bo",
    )
    target = tmp_path / "report.md"
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        report = app.screen
        assert isinstance(report, ReportScreen)
        assert "$2.5 billion" in report.preview.markdown
        assert "Suggested correction: $2.5 billion" in report.query_one(LaidOut).text
        await pilot.press("w")
        await settle(pilot)
        app.screen.query_one("#report-path").value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is report
    assert target.read_text(encoding="utf-8") == report.preview.markdown


async def test_an_earlier_report_is_replaced_only_when_saved_twice(
    db_url, store, claim_ids, tmp_path
):
    earlier = tmp_path / "report.md"
    earlier.write_text("the editor's copy\n", encoding="utf-8")
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        report, dialog = await save_dialog(pilot)
        dialog.query_one("#report-path").value = str(earlier)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog, "the dialog stays open, with the path"
        assert dialog.query_one("#report-path").value == str(earlier)
        assert "exists already" in str(dialog.query_one("#dialog-error").render())
        assert earlier.read_text(encoding="utf-8") == "the editor's copy\n"
        await pilot.press("enter")  # the same path again: replace it
        await settle(pilot)
        assert app.screen is report
    assert earlier.read_text(encoding="utf-8") == report.preview.markdown


async def test_a_failed_save_keeps_the_dialog_and_the_path(db_url, store, claim_ids, tmp_path):
    nowhere = tmp_path / "no-such-folder" / "report.md"
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        _, dialog = await save_dialog(pilot)
        field = dialog.query_one("#report-path")
        field.value = ""
        await type_text(pilot, str(nowhere))
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog and field.value == str(nowhere)
        assert "no such folder" in str(dialog.query_one("#dialog-error").render())
        assert dialog.focused is field, "the next keys go on editing the path"
    assert not nowhere.parent.exists()


async def test_help_lists_every_key(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help Static").render())
        for label in (
            "Record a verdict",
            "Add a source",
            "pin",
            "Split",
            "Merge",
            "Import",
            "whole article",
            "report",
            "Quit",
            "note",
        ):
            assert label in text
        await pilot.press("escape")
        assert app.screen is app.main


async def test_quit_waits_for_a_verdict_being_saved(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)  # the dialog is open (its worker has read the last verdict)
        await pilot.press("1")
        await type_text(pilot, "ok")
        await pilot.press("ctrl+s", "ctrl+q")
        # Not settle(): once the app has quit, a timer it had pending never fires.
        for _ in range(500):
            if app.return_code is not None:
                break
            await pilot.pause(0.03)
    assert app.return_code == 0
    assert [v.rating for v in verdicts.history(store, claim_ids[0])] == ["supported"]


async def test_a_write_in_the_first_moment_after_opening_is_shown(db_url, store, claim_ids):
    """The store as opened is the baseline: a verdict written before the first look at the
    change stamp (here, by another checker, the moment the workbench is up) still shows."""
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(300):  # the list is up: the moment before the first timed look
            if app.main.claims.current is not None:
                break
            await pilot.pause(0.01)
        assert app.main.claims.current.rating is None
        claim = app.main.claims.current.id
        verdicts.record_verdict(store, claim, "opinion", rationale="Says who.", checker="bo")
        app.post_message(StoreWritten())
        await settle(pilot)
        assert app.main.claims.current.rating == "opinion"


async def test_two_uis_see_each_other(db_url, store, claim_ids):
    first = make_app(db_url, poll_interval=0.3)
    second = make_app(db_url, poll_interval=0.3, checker="bo")
    async with first.run_test(size=(100, 30)) as one, second.run_test(size=(100, 30)) as two:
        await settle(one)
        await settle(two)
        await two.press("v")
        await settle(two)
        await two.press("6")
        await type_text(two, "no")
        await two.press("ctrl+s")
        await settle(two)
        for _ in range(40):  # the first UI learns it from its poll
            await one.pause(0.1)
            if first.main.claims.current.rating == "opinion":
                break
        assert first.main.claims.current.rating == "opinion"
        await settle(one)
        assert "opinion" in str(first.main.query_one("#counts").render())

"""Recording a verdict with the keyboard, and the stale-claim conflict."""

from __future__ import annotations

import pytest
from harness import make_app, settle, type_text

from factcheck.services import claims, verdicts
from factcheck.tui.screens.verdict import VerdictDialog

pytestmark = pytest.mark.anyio


async def test_record_verdict_with_keys(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("down")  # the second claim: about 1,200 jobs
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, VerdictDialog)
        await pilot.press("4")  # refuted: focus moves to the rationale
        await type_text(pilot, "The filing says 1,100 [b]jobs[/b].")
        await pilot.press("tab")
        await type_text(pilot, "about 1,100 people")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, VerdictDialog)
    history = verdicts.history(store, claim_ids[1])
    assert [(v.rating, v.rationale, v.correction, v.checker) for v in history] == [
        ("refuted", "The filing says 1,100 [b]jobs[/b].", "about 1,100 people", "ana")
    ]


async def test_missing_correction_is_shown_in_the_dialog(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("v", "4")
        await type_text(pilot, "wrong")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, VerdictDialog)
        error = str(app.screen.query_one("#dialog-error").render())
        assert "needs a correction" in error
    assert verdicts.history(store, claim_ids[0]) == []


async def test_stale_claim_is_refused_then_reloaded(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("v", "1")
        await type_text(pilot, "confirmed")
        # a colleague decides on the same claim meanwhile
        verdicts.record_verdict(
            store, claim_ids[0], "opinion", rationale="not a fact", checker="bo"
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, VerdictDialog)
        assert "changed since you opened it" in str(dialog.query_one("#dialog-error").render())
        assert dialog.query_one("#reload").display
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert "now opinion by bo" in str(dialog.query_one("#dialog-error").render())
        await pilot.press("ctrl+s")  # the rationale typed before is still there
        await settle(pilot)
        assert not isinstance(app.screen, VerdictDialog)
    history = verdicts.history(store, claim_ids[0])
    assert [(v.rating, v.checker) for v in history] == [("opinion", "bo"), ("supported", "ana")]
    assert claims.get_claim(store, claim_ids[0]).rating == "supported"

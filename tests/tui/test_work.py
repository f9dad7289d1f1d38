"""Background work: a newer read supersedes an older one, and a refusal reaches the checker."""

from __future__ import annotations

import pytest
from harness import make_app, settle
from textual.worker import WorkerState

from factcheck.services import claims

pytestmark = pytest.mark.anyio


async def test_a_newer_detail_read_cancels_the_older(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        main = app.main
        main.claims.cursor = 3  # selected: the detail shown must be this claim's
        older = main._read_detail(main.bench, claim_ids[0])
        newer = main._read_detail(main.bench, claim_ids[3])
        await settle(pilot)
        assert older.is_cancelled
        assert newer.state == WorkerState.SUCCESS
        assert main.detail.claim.id == claim_ids[3]
        assert claims.get_claim(store, claim_ids[3]).text[:20] in str(
            main.query_one("#detail-body").render()
        )


async def test_a_refusal_nobody_shows_becomes_a_notice(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.main._read_detail(app.main.bench, 999_999)  # no such claim: the service refuses
        await settle(pilot)
        shown = [(n.title, n.message) for n in app._notifications]
        assert shown and shown[-1][0] == "Not done" and "999999" in shown[-1][1]
        assert app.main.detail.claim.id == claim_ids[0]  # the claim shown stays shown

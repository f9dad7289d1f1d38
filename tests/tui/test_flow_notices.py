"""Notices never cover the footer's keys."""

from __future__ import annotations

import pytest
from harness import make_app, settle
from textual.widgets import Footer
from textual.widgets._toast import Toast

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_notice_sits_above_the_footer(db_url, store, claim_ids, size):
    app = make_app(db_url)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        app.notify("A long notice " * 8, timeout=30)
        await settle(pilot)
        footer = app.main.query_one(Footer).region
        toasts = [toast.region for toast in app.screen.query(Toast)]
        assert toasts and footer.height >= 1
        assert all(not toast.overlaps(footer) for toast in toasts), (toasts, footer)

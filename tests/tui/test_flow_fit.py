"""Dialogs fit 80×24: an open drop-down stays inside its dialog."""

from __future__ import annotations

import pytest
from harness import make_app, settle
from textual.widgets import Select
from textual.widgets._select import SelectOverlay

from factcheck.tui.screens.source import SourceDialog

pytestmark = pytest.mark.anyio


async def test_the_stance_list_opens_inside_the_source_dialog(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, SourceDialog)
        dialog.query_one("#stance", Select).focus()
        await pilot.press("enter")
        await settle(pilot)
        overlay = dialog.query_one("#stance", Select).query_one(SelectOverlay)
        assert overlay.display and overlay.region.height >= 3
        box = dialog.query_one("#dialog").content_region  # inside its border
        assert box.contains_region(overlay.region), (overlay.region, box)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert dialog.query_one("#stance", Select).value != "context"

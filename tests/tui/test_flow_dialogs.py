"""Every dialog: Esc on what the checker typed asks before throwing it away."""

from __future__ import annotations

import pytest
from harness import make_app, settle, type_text

from factcheck.services import claims
from factcheck.tui.screens.claim_edit import AddClaimDialog, NoteDialog, SplitDialog
from factcheck.tui.screens.dialog import DiscardDialog
from factcheck.tui.screens.importer import ImportDialog
from factcheck.tui.screens.source import SourceDialog

pytestmark = pytest.mark.anyio

DIALOGS = [
    ("n", NoteDialog),
    ("a", AddClaimDialog),
    ("s", SourceDialog),
    ("x", SplitDialog),
    ("i", ImportDialog),
]


@pytest.mark.parametrize(("key", "dialog"), DIALOGS, ids=[d.__name__ for _k, d in DIALOGS])
async def test_esc_asks_before_discarding_what_was_typed(db_url, store, claim_ids, key, dialog):
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        opened = app.screen
        assert isinstance(opened, dialog)
        await pilot.press("escape")  # nothing typed yet: closes at once
        await settle(pilot)
        assert app.screen is app.main
        await pilot.press(key)
        await settle(pilot)
        opened = app.screen
        await type_text(pilot, "the plant")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, DiscardDialog)
        await pilot.press("n")  # keep editing: the text is where it was
        await settle(pilot)
        assert app.screen is opened and opened.changed
        await pilot.press("escape", "y")
        await settle(pilot)
        assert app.screen is app.main
    assert claims.get_claim(store, claim_ids[0]).note is None

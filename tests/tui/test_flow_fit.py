"""The workbench fits its terminal: an open drop-down stays inside its dialog at 80×24, and the
claim list gives a claim's words the width its columns leave."""

from __future__ import annotations

import pytest
from harness import make_app, settle
from textual.widgets import Select
from textual.widgets._select import SelectOverlay

from factcheck.tui.screens.source import SourceDialog
from factcheck.tui.widgets.claim_list import COLUMNS

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


@pytest.mark.parametrize(("size", "words"), [((80, 24), 50), ((120, 40), 45), ((160, 40), 60)])
async def test_the_claim_text_takes_the_width_the_columns_leave(
    db_url, store, claim_ids, size, words
):
    """At 120 columns a checker reads most of a claim in the list, not its first 28
    characters, and the detail beside it keeps room for a line of text."""
    app = make_app(db_url)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        claims = app.main.claims
        text = app.main.detail.claim.text
        shown = claims.render_line(0).text[COLUMNS:].rstrip()
        assert not shown.startswith(" ")  # the text starts where the columns end
        assert shown.endswith("…") and text.startswith(shown[:-1])
        assert len(shown) >= words
        assert app.main.query_one("#detail").content_region.width >= 45


def cut_keys(screen) -> list[str]:
    """The footer keys of a screen not shown whole: cut short, or outside the footer."""
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    footer = screen.query_one(Footer)
    cut = []
    for key in footer.query(FooterKey):
        label = key.render()
        if not footer.region.contains_region(key.region) or key.region.width < label.cell_len:
            cut.append(label.plain.strip())
    return cut


# The main screen's footer: the keys of a day's checking (the rest are in help, ?).
MOST_USED = ("?", "/", "v", "s", "p", "o", "c", "t", "n", "F", "r", "A", "q", "^p")
SCREENS = ("t", "r", "A", "c", "N", "F", "d")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_every_key_in_every_footer_shows_whole(db_url, store, claim_ids, size):
    from textual.widgets._footer import FooterKey

    app = make_app(db_url)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert cut_keys(app.main) == []
        shown = [k.key_display for k in app.main.query_one("#main-footer").query(FooterKey)]
        assert shown[: len(MOST_USED)] == list(MOST_USED)
        for key in SCREENS:
            await pilot.press(key)
            await settle(pilot)
            assert app.screen is not app.main, key
            assert cut_keys(app.screen) == [], key
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen is app.main

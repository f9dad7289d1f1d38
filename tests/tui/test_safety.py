"""No markup, escape code or traceback reaches the checker; mouse and palette reach the flows."""

from __future__ import annotations

import pytest
from harness import make_app, settle, type_text

from factcheck import services
from factcheck.intake.articles import ArticleInput
from factcheck.services import workbench
from factcheck.tui.safe import clean, one_line, shown
from factcheck.tui.screens.verdict import VerdictDialog

pytestmark = pytest.mark.anyio


def test_clean_drops_control_characters_and_keeps_brackets():
    raw = "[bold]Hi[/] \x1b[31mred\x1b[0m \x1b]0;title\x07 \u202eevil\u202c\r\nnext\tline"
    assert clean(raw) == "[bold]Hi[/] [31mred[0m ]0;title evil next    line"
    assert clean(raw, newlines=True).count("\n") == 1
    assert shown("[b]x[/b]").plain == "[b]x[/b]"
    assert one_line("a\n" * 100, 10) == "a a a a a…"


async def test_hostile_article_text_reaches_the_screen_as_text(db_url, store):
    services.import_article(
        store,
        ArticleInput(
            text="Taxes rose 40% in [link=x]2024[/link], \x1b[31mthe mayor\x1b[0m said.",
            origin="x",
            title="[b]Breaking[/b]\x1b]0;pwned\x07",
        ),
    )
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.export_screenshot()
        assert "\x1b" not in app.main.query_one("#detail-body").render().plain
        assert "[link=x]2024[/link]" in app.main.query_one("#detail-body").render().plain
        assert "[b]Breaking[/b]]0;pwned" in app.main.query_one("#title").render().plain
        assert "Breaking" in screen


async def test_an_unexpected_error_is_a_notice_not_a_traceback(
    db_url, store, claim_ids, monkeypatch
):
    def broken(*_args, **_kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(workbench, "claim_detail", broken)
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(30):
            await pilot.pause(0.05)
            if app._notifications:
                break
        (notice,) = list(app._notifications)
        assert notice.title.startswith("Something went wrong")
        assert "RuntimeError: disk on fire" in notice.message
        await pilot.press("down")  # the app goes on
        assert app.main.claims.cursor == 1
    assert app.return_code in (None, 0)


async def test_mouse_click_selects_a_claim(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.click("#claims", offset=(5, 2))
        await settle(pilot)
        assert app.main.claims.current.id == claim_ids[2]
        assert app.main.detail.claim.id == claim_ids[2]


async def test_command_palette_opens_a_flow(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await type_text(pilot, "record a verdict")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, VerdictDialog)

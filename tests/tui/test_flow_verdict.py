"""Recording a verdict with the keyboard, and the stale-claim conflict."""

from __future__ import annotations

import pytest
from harness import make_app, settle, type_text
from textual import events

from factcheck.services import claims, evidence, sources, verdicts
from factcheck.tui.screens.dialog import DiscardDialog
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
        await pilot.press("v")
        await settle(pilot)
        await pilot.press("4")
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
        await pilot.press("v")
        await settle(pilot)
        await pilot.press("1")
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


# -- input is sacred (issue 14, item 1) ---------------------------------------------------------


def pin_note(store, claim_id: int, text: str, *spans: tuple[int, int]) -> list:
    """A note of the checker's attached to the claim, with passages of it pinned as evidence."""
    note = sources.attach_source(store, claim_id, note=text)
    return [
        evidence.pin_evidence(store, claim_id, note.source, start, end, checker="ana")
        for start, end in spans
    ]


def focused_id(app) -> str | None:
    return app.focused.id if app.focused is not None else None


async def open_verdict(pilot) -> VerdictDialog:
    await settle(pilot)
    await pilot.press("v")
    await settle(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, VerdictDialog)
    return dialog


async def rate_and_type(pilot, key: str, rationale: str) -> VerdictDialog:
    """Open the verdict dialog, pick a rating by its number, type the start of a rationale."""
    dialog = await open_verdict(pilot)
    await pilot.press(key)
    await type_text(pilot, rationale)
    return dialog


async def test_digits_typed_into_rationale_and_correction_keep_the_rating(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await rate_and_type(pilot, "4", "The filing says 5 plants, 2 in 2019.")  # 4: refuted
        await pilot.press("tab")
        await type_text(pilot, "about 1 plant")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, VerdictDialog)
    [saved] = verdicts.history(store, claim_ids[0])
    assert saved.rating == "refuted" and saved.correction == "about 1 plant"
    assert saved.rationale == "The filing says 5 plants, 2 in 2019."


async def test_digits_pick_a_rating_only_in_the_rating_list(db_url, store, claim_ids):
    pin_note(store, claim_ids[0], "The county's filing, page 3.", (0, 10))
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_verdict(pilot)
        await pilot.press("2")
        assert dialog.rating == "mostly-supported" and focused_id(app) == "rationale"
        await pilot.press("tab", "tab")
        assert focused_id(app) == "cite"
        await pilot.press("5")  # on the passages: not a rating key
        await pilot.press("tab")
        assert focused_id(app) == "submit"
        await pilot.press("6")  # on the Save button: not a rating key either
        assert dialog.rating == "mostly-supported" and focused_id(app) == "submit"


async def test_tab_moves_through_the_fields_in_reading_order(db_url, store, claim_ids):
    pin_note(store, claim_ids[0], "The county's filing, page 3.", (0, 10))
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_verdict(pilot)
        order = [focused_id(app)]
        for _ in range(5):
            await pilot.press("tab")
            order.append(focused_id(app))
        assert order == ["ratings", "rationale", "correction", "cite", "submit", "cancel"]
        await pilot.press("shift+tab", "shift+tab")
        assert focused_id(app) == "cite"


async def test_esc_on_a_changed_verdict_asks_before_discarding(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await rate_and_type(pilot, "2", "half done")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, DiscardDialog)
        await pilot.press("escape")  # no: back to the dialog, text and focus as they were
        await settle(pilot)
        assert app.screen is dialog
        assert focused_id(app) == "rationale"
        await type_text(pilot, "!")
        assert dialog.query_one("#rationale").text == "half done!"
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("y")  # yes: discard
        await settle(pilot)
        assert app.screen is app.main
    assert verdicts.history(store, claim_ids[0]) == []


async def test_esc_on_an_untouched_verdict_closes_at_once(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_verdict(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is app.main


async def test_a_refused_save_keeps_focus_and_text(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await rate_and_type(pilot, "4", "wrong")
        await pilot.press("ctrl+s")  # refuted needs a correction: refused
        await settle(pilot)
        assert "needs a correction" in str(dialog.query_one("#dialog-error").render())
        assert focused_id(app) == "rationale"
        await type_text(pilot, " figure")
        assert dialog.query_one("#rationale").text == "wrong figure"
    assert verdicts.history(store, claim_ids[0]) == []


async def test_a_save_refused_from_the_button_returns_to_the_field(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await rate_and_type(pilot, "4", "wrong")
        await pilot.press("tab")
        await pilot.press("tab")
        assert focused_id(app) == "submit"
        await pilot.press("enter")  # Save, refused: refuted needs a correction
        await settle(pilot)
        assert "needs a correction" in str(dialog.query_one("#dialog-error").render())
        assert focused_id(app) == "correction"  # back where the checker was typing
        await type_text(pilot, "right")
        await pilot.press("ctrl+s")
        await settle(pilot)
    [saved] = verdicts.history(store, claim_ids[0])
    assert (saved.rationale, saved.correction) == ("wrong", "right")


async def test_reopening_offers_the_previous_rationale_and_correction(db_url, store, claim_ids):
    verdicts.record_verdict(
        store,
        claim_ids[1],
        "refuted",
        rationale="The filing says 900.",
        correction="about 900 people",
        checker="bo",
    )
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down")
        dialog = await open_verdict(pilot)
        assert dialog.query_one("#rationale").text == "The filing says 900."
        assert dialog.query_one("#correction").text == "about 900 people"
        assert dialog.rating == "refuted"
        await pilot.press("tab", "end")
        await type_text(pilot, " Checked twice.")
        await pilot.press("ctrl+s")
        await settle(pilot)
    latest = verdicts.history(store, claim_ids[1])[-1]
    assert latest.rationale == "The filing says 900. Checked twice."
    assert (latest.correction, latest.checker) == ("about 900 people", "ana")


async def test_only_the_ticked_passages_are_cited(db_url, store, claim_ids):
    kept, _other = pin_note(
        store, claim_ids[0], "Filing: $2.1 billion. Blog: no.", (0, 20), (21, 31)
    )
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_verdict(pilot)
        cite = dialog.query_one("#cite")
        assert cite.selected == []  # nothing is cited until the checker ticks it
        await pilot.press("1")
        await type_text(pilot, "the filing")
        await pilot.press("tab", "tab")  # to the passages
        assert focused_id(app) == "cite"
        await pilot.press("space")  # ticks the first
        await pilot.press("ctrl+s")
        await settle(pilot)
    [saved] = verdicts.history(store, claim_ids[0])
    assert saved.evidence == (kept.id,)


async def test_no_rating_is_chosen_until_the_checker_picks_one(db_url, store, claim_ids):
    """Tab past the scale, a rationale, ctrl+s: refused, nothing saved, text kept."""
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_verdict(pilot)
        assert dialog.rating is None
        await pilot.press("tab")
        assert focused_id(app) == "rationale"
        await type_text(pilot, "The filing agrees.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is dialog
        error = str(dialog.query_one("#dialog-error").render())
        assert "choose a rating" in error.casefold()
        assert dialog.query_one("#rationale").text == "The filing agrees."
        await pilot.press("shift+tab", "1")  # now a rating, chosen by its number
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is not dialog
    [saved] = verdicts.history(store, claim_ids[0])
    assert (saved.rating, saved.rationale) == ("supported", "The filing agrees.")


def burst(pilot, keys: list[str]) -> None:
    """Send keys as a fast typist or a paste does: all queued at once, no pause between."""
    from textual import events

    for key in keys:
        char = " " if key == "space" else (key if len(key) == 1 else None)
        event = events.Key(key, char)
        event.set_sender(pilot.app)
        pilot.app._driver.send_message(event)


def keys_of(text: str) -> list[str]:
    return ["space" if ch == " " else ch for ch in text]


async def test_keys_typed_fast_after_the_rating_land_in_order(db_url, store, claim_ids):
    """QA item 45: the digit moves focus to the rationale; what follows must not be lost."""
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_verdict(pilot)
        burst(pilot, ["3", *keys_of("r one"), "tab", *keys_of("c two")])
        await settle(pilot)
        assert dialog.rating == "misleading"
        assert dialog.query_one("#rationale").text == "r one"
        assert dialog.query_one("#correction").text == "c two"
        assert focused_id(app) == "correction"


async def test_keys_typed_in_one_burst_rate_the_claim_under_the_cursor(db_url, store, claim_ids):
    """`down down v` typed faster than the detail reads: the verdict is on the claim the
    cursor is on, never on the one whose detail was last shown."""
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for key in ("down", "down", "v"):  # queued at once, as a terminal delivers a burst
            app.post_message(events.Key(key, None))
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, VerdictDialog)
        assert app.main.claims.current.id == claim_ids[2]
        assert dialog.detail.claim.id == claim_ids[2]
        await pilot.press("1")
        await type_text(pilot, "as filed")
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert [v.rating for v in verdicts.history(store, claim_ids[2])] == ["supported"]
    assert verdicts.history(store, claim_ids[0]) == []

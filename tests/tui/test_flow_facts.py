"""The facts checklist: each item of the selected claim ticked off on its own, from the app."""

from __future__ import annotations

import pytest
from harness import make_app, open_screen, settle, type_text

from factcheck import services
from factcheck.config import load_settings
from factcheck.intake.articles import ArticleInput
from factcheck.services import facts
from factcheck.tui.screens.facts import FactsScreen

pytestmark = pytest.mark.anyio

TEXT = (
    "The county paid $4.2 million for the Harbor Street bridge in March 2021,"
    " Treasurer Lena Okafor said.\n"
    "The bridge was later closed because it was unsafe.\n"
)


@pytest.fixture
def article(store) -> int:
    return services.import_article(store, ArticleInput(text=TEXT, origin="bridge.txt")).article.id


async def test_tick_checked_wrong_with_a_note_and_unverified(db_url, store, article):
    claim = services.list_claims(store, article_id=article)[0]
    stored = facts.claim_facts(store, claim.id)
    assert len(stored) >= 3
    app = make_app(db_url, article=article)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_screen(pilot, "F", FactsScreen)
        assert [f.text for f in screen.facts] == [f.text for f in stored]
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("down", "w")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        # Letters typed into the note are text: "cuw" ticks nothing.
        await type_text(pilot, "filing says 4.1 cuw")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("down", "u")
        await settle(pilot)
        title = str(screen.query_one("#facts-title").render())
        assert "3 of" in title and "1 wrong" in title
    after = facts.claim_facts(store, claim.id)
    assert [f.state for f in after[:3]] == ["checked", "wrong", "unverified"]
    assert after[1].note == "filing says 4.1 cuw"
    assert all(f.state is None for f in after[3:])
    assert facts.fact_progress(store, article).ticked == 3


async def test_esc_on_a_changed_note_asks_first_then_discards(db_url, store, article):
    claim = services.list_claims(store, article_id=article)[0]
    app = make_app(db_url, article=article)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_screen(pilot, "F", FactsScreen)
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await type_text(pilot, "draft")
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen  # the first Esc only warned
        assert screen.query_one("#facts-note").value == "draft"
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen and not screen.query_one("#facts-note").display
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, FactsScreen)
    (first, *_) = facts.claim_facts(store, claim.id)
    assert first.state == "wrong" and first.note is None


async def test_a_claim_without_facts_says_so(db_url, store, article):
    first, bare = services.list_claims(store, article_id=article)
    assert facts.claim_facts(store, first.id) and not facts.claim_facts(store, bare.id)
    app = make_app(db_url, article=article)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down")
        await settle(pilot)
        assert app.main.claims.current.id == bare.id
        screen = await open_screen(pilot, "F", FactsScreen)
        option = screen.query_one("#facts-list").get_option_at_index(0)
        assert "No facts found in this claim." in str(option.prompt)
        await pilot.press("c")
        await settle(pilot)
    assert facts.fact_progress(store, article).ticked == 0


async def test_the_facts_key_can_be_moved(db_url, store, article, tmp_path):
    config = tmp_path / "factcheck.toml"
    config.write_text('[keys]\nfacts = "ctrl+f"\n', encoding="utf-8")
    settings = load_settings(db=db_url, checker="ana", environ={}, paths=[config])
    app = make_app(db_url, article=article, settings=settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert isinstance(app.screen, FactsScreen)


def facts_shown(app) -> str:
    return str(app.main.query_one("#counts").render())


async def test_the_header_counts_facts_and_another_workbench_sees_a_tick(db_url, store, article):
    """Progress counts facts as well as claims: the main screen's header says how many are
    ticked, and a fact ticked in one open workbench reaches the other's header by its poll."""
    total = facts.fact_progress(store, article).total
    first = make_app(db_url, article=article, poll_interval=0.3)
    second = make_app(db_url, article=article, poll_interval=0.3, checker="bo")
    async with first.run_test(size=(80, 24)) as one, second.run_test(size=(80, 24)) as two:
        await settle(one)
        await settle(two)
        assert f"0 of {total} facts checked" in facts_shown(first)
        await open_screen(two, "F", FactsScreen)
        await two.press("w")
        await settle(two)
        await two.press("escape")
        await settle(two)
        assert f"1 of {total} facts checked (1 wrong)" in facts_shown(second)
        for _ in range(40):  # the first workbench learns it from its poll
            await one.pause(0.1)
            if "1 wrong" in facts_shown(first):
                break
        assert f"1 of {total} facts checked (1 wrong)" in facts_shown(first)

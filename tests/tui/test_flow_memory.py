"""The workbench remembers: the article last worked on, the theme and the list's order survive a
restart."""

from __future__ import annotations

import json

import pytest
from harness import make_app, settle

from factcheck import services
from factcheck.intake.articles import ArticleInput

pytestmark = pytest.mark.anyio


def later_article(store) -> int:
    """A second article, imported after the fixture's: the one start-up used to open."""
    found = services.import_article(
        store, ArticleInput(text="The bridge cost $40 million in 2019.", origin="bridge.txt")
    )
    return found.article.id


async def test_a_restart_reopens_the_article_and_the_theme(db_url, store, article_id, tmp_path):
    latest = later_article(store)
    state = tmp_path / "state.json"
    app = make_app(db_url, state_file=state)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.main.article == latest  # nothing remembered yet: the latest import
        app.main.open_article(article_id)  # what the palette's "Open article" entry calls
        app.theme = "textual-light"  # what the palette's theme picker does
        await settle(pilot)
    again = make_app(db_url, state_file=state)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.main.article == article_id
        assert again.theme == "textual-light"
        assert again.main.claims.current is not None
        assert again.main.claims.current.article == article_id


async def test_an_article_not_in_this_store_opens_the_latest(db_url, store, article_id, tmp_path):
    """Remembered for another store, or gone from this one: start-up opens the latest import."""
    state = tmp_path / "state.json"
    app = make_app(db_url, state_file=state)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.main.open_article(article_id)
        await settle(pilot)
    memory = json.loads(state.read_text(encoding="utf-8"))
    for store_memory in memory["stores"].values():
        store_memory["article"] = article_id + 1000  # no such article here
    state.write_text(json.dumps(memory), encoding="utf-8")
    latest = later_article(store)
    again = make_app(db_url, state_file=state)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.main.article == latest
    other = make_app("sqlite:///" + str(tmp_path / "other.db"), state_file=state)
    async with other.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert other.main.article is None  # an empty store: nothing to reopen


async def test_a_broken_state_file_is_ignored(db_url, store, article_id, tmp_path):
    state = tmp_path / "state.json"
    state.write_text('{"theme": 3, "stores": [', encoding="utf-8")
    app = make_app(db_url, state_file=state)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.main.article == article_id
        assert app.theme == "textual-dark"
        app.theme = "textual-light"
        await settle(pilot)
    assert '"textual-light"' in state.read_text(encoding="utf-8")


async def test_a_restart_keeps_the_order_the_list_was_sorted_in(
    db_url, store, article_id, claim_ids, tmp_path
):
    """The list's layout is the checker's choice: sorted by priority today, by priority
    tomorrow, with the column titles saying so."""
    state = tmp_path / "state.json"
    app = make_app(db_url, article=article_id, state_file=state)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for _ in range(2):  # position → score → priority
            await pilot.press("S")
            await settle(pilot)
        assert app.main.where.order == "priority"
        sorted_ids = [app.main.claims.line_at(i).id for i in range(len(claim_ids))]
    again = make_app(db_url, state_file=state)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.main.where.order == "priority"
        assert "sorted by priority" in str(again.main.query_one("#list-header").render())
        assert [again.main.claims.line_at(i).id for i in range(len(claim_ids))] == sorted_ids

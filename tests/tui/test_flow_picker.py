"""The article picker: titles and progress, filtered by typing, Enter opens and is remembered."""

from __future__ import annotations

import pytest
from harness import make_app, open_screen, settle, type_text

from factcheck import services
from factcheck.intake.articles import ArticleInput
from factcheck.tui.screens.picker import EVERY, ArticlePicker

pytestmark = pytest.mark.anyio


@pytest.fixture
def second_article(store, article_id) -> int:
    found = services.import_article(
        store,
        ArticleInput(
            text="The city council approved a budget of $12 million for new parks on Tuesday.",
            origin="parks.txt",
            title="Council passes parks budget",
        ),
    )
    return found.article.id


async def test_picker_lists_filters_opens_and_remembers(
    db_url, store, article_id, second_article, tmp_path
):
    state = tmp_path / "state.json"
    app = make_app(db_url, article=article_id, state_file=state)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        picker = await open_screen(pilot, "A", ArticlePicker)
        assert picker.shown_ids == [str(article_id), str(second_article), EVERY]
        lines = {line.article.label: line for line in picker.lines}
        assert lines["Battery plant for Millbrook"].claims == 4
        assert lines["Battery plant for Millbrook"].checked == 0
        await type_text(pilot, "parks")
        await settle(pilot)
        assert picker.shown_ids == [str(second_article), EVERY]
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is app.main and app.main.article == second_article
    again = make_app(db_url, state_file=state)
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert again.main.article == second_article


async def test_a_store_with_no_article_says_so(db_url, store):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        picker = await open_screen(pilot, "A", ArticlePicker)
        assert picker.shown_ids == []
        assert "No article in this store" in str(picker.query_one("#picker-title").render())


async def test_the_filter_folds_accents_and_case_as_the_search_does(
    db_url, store, article_id, second_article
):
    """Typed without accents, in any case, a title is found as the claim search finds words."""
    found = services.import_article(
        store,
        ArticleInput(
            text="La alcaldesa prometió 300 viviendas nuevas antes de 2027.",
            origin="entrevista.txt",
            title="Entrevista con Lucía Pérez, alcaldesa de Ñuñoa",
        ),
    )
    app = make_app(db_url, article=article_id)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        picker = await open_screen(pilot, "A", ArticlePicker)
        await type_text(pilot, "LUCIA perez nunoa")
        await settle(pilot)
        assert picker.shown_ids == [str(found.article.id), EVERY]

"""The names view: each name of the article once, with its mentions, a variant flagged."""

from __future__ import annotations

import pytest
from harness import make_app, open_screen, settle

from factcheck import services
from factcheck.intake.articles import ArticleInput
from factcheck.tui.screens.names import NamesScreen

pytestmark = pytest.mark.anyio

TEXT = "\n".join(
    [
        "Voltaria Energy will build a $2.1 billion battery factory outside Millbrook,"
        " County Commissioner Dana Whitfield said Monday.",
        "The plant is expected to employ about 1,200 people, Dana Whitfield said.",
        "Commissioner Dana Whitfeld added that the state offered Voltaria Energy"
        " $340 million in incentives.",
        "The Millbrook Harbour Authority approved the lease in March, and the Harbour Authority"
        " will own the land.",
    ]
)


@pytest.fixture
def names_article(store) -> int:
    found = services.import_article(store, ArticleInput(text=TEXT, origin="names.txt"))
    return found.article.id


async def test_names_listed_with_counts_a_variant_flagged_and_enter_jumps(
    db_url, store, names_article
):
    claims = services.list_claims(store, article_id=names_article)
    app = make_app(db_url, article=names_article)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = await open_screen(pilot, "N", NamesScreen)
        by_name = {n.name: n for n in screen.names}
        assert len(by_name["Dana Whitfield"].mentions) == 2
        assert by_name["Dana Whitfield"].variants[0][0] == "Dana Whitfeld"
        listing = [str(o.prompt) for o in screen.query_one("#names-list").options]
        assert any(
            "Dana Whitfield" in line and "2 mentions" in line and "Whitfeld" in line
            for line in listing
        )
        # A shorter form of a longer name is asked about, not folded into it.
        assert by_name["Harbour Authority"].short_for == ("Millbrook Harbour Authority",)
        assert any(
            line.startswith("organisation") and "short for Millbrook Harbour Authority" in line
            for line in listing
        )
        # The last mention listed (a title's, in the third claim): Enter goes there.
        await pilot.press("end")
        target = screen.current_claim
        assert target == claims[2].id
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is app.main
        assert app.main.claims.current.id == target


async def test_each_mention_is_one_line_at_80_columns(db_url, store, names_article):
    """A mention's context is cut to the line, the name itself in view: a list of mentions
    that wrap reads as twice as many, and the eye loses which line is which."""
    app = make_app(db_url, article=names_article)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_screen(pilot, "N", NamesScreen)
        names = screen.query_one("#names-list")
        assert names.virtual_size.height == names.option_count
        lines = iter(names.render_line(y).text for y in range(names.option_count))
        for name in screen.names:
            assert name.name in next(lines)
            for _mention in name.mentions:  # each mention's line shows the name whole
                assert name.name in next(lines)

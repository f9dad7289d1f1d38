"""The workbench's search (issue 14, item 3): words in any order, accents folded, a phrase in
quotes, the matches marked in the list and the detail, and nothing typed breaks it."""

from __future__ import annotations

import pytest
from harness import make_app, settle, type_text
from textual.widgets import Static

from factcheck.services import claims

pytestmark = pytest.mark.anyio

HELIX = "The chip unit, known as Helix, was bringing in just under $3 billion in yearly revenue."
HARBOUR = "Harbour traffic fell by a fifth after the new toll, the port authority said."
ORCHARD = "Orchard revenue in the valley doubled in two years."


@pytest.fixture
def ids(store) -> list[int]:
    return [
        claims.add_claim(store, HELIX).id,
        claims.add_claim(store, HARBOUR, speaker="Lucía Pérez", kind="attribution").id,
        claims.add_claim(store, ORCHARD).id,
    ]


def marked_in_list(app) -> list[str]:
    """The stretches of the list's first line drawn in the search-match style."""
    strip = app.main.claims.render_line(0)
    text, runs = "", []
    for segment in strip:
        if segment.style is not None and segment.style.underline:
            text += segment.text
        elif text:
            runs.append(text)
            text = ""
    return [*runs, text] if text else runs


def marked_in_detail(app) -> list[str]:
    view = app.main.query_one("#detail")
    match = view.get_visual_style("claim-detail--match")
    content = app.main.query_one("#detail-body", Static).content
    return [content.plain[s.start : s.end] for s in content.spans if s.style == match]


async def search_for(pilot, words: str) -> None:
    await pilot.press("slash")
    app = pilot.app
    app.main.query_one("#search").value = ""
    await type_text(pilot, words)
    await settle(pilot)


async def test_words_in_any_order_are_found_and_marked(db_url, ids):
    app = make_app(db_url, all_claims=True)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert app.main.claims.total == 3
        await search_for(pilot, "revenue helix")
        assert app.main.claims.total == 1
        assert app.main.claims.current.id == ids[0]
        assert marked_in_list(app)[0] == "Helix"
        assert marked_in_detail(app) == ["Helix", "revenue"]
        await search_for(pilot, "rev")  # the start of a word, as it is typed
        assert app.main.claims.total == 2
        await search_for(pilot, '"yearly revenue"')
        assert app.main.claims.total == 1 and app.main.claims.current.id == ids[0]
        assert marked_in_detail(app) == ["yearly revenue"]
        # Found past the width the line has for it: the line starts shortly before it.
        assert marked_in_list(app) == ["yearly revenue"]


async def test_accents_are_folded_and_the_speaker_marked(db_url, ids):
    app = make_app(db_url, all_claims=True)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await search_for(pilot, "perez")
        assert app.main.claims.total == 1 and app.main.claims.current.id == ids[1]
        assert marked_in_detail(app) == ["Pérez"]
        await pilot.press("enter")  # back to the list
        await search_for(pilot, "")
        assert app.main.claims.total == 3
        assert marked_in_list(app) == []


@pytest.mark.parametrize(
    ("typed", "found"),
    [('"helix', 1), ("NEAR(", 0), ("* - OR", 1), ('"', 3), ("!!!", 3), ("x" * 300, 0)],
)
async def test_nothing_typed_breaks_the_search(db_url, ids, typed, found):
    """Marks are plain words or nothing ("OR" is the start of "Orchard"); with no word at
    all, the search narrows nothing."""
    app = make_app(db_url, all_claims=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await search_for(pilot, typed)  # settle fails on an error notice
        assert app.main.claims.total == found


async def test_the_claim_found_stays_selected_when_the_search_is_cleared(db_url, store, tmp_path):
    """A search's answer shows from its top at once; the claim it selected, far down the
    whole list, is still the one selected when the search is cleared."""
    from bigstore import build

    from factcheck import services

    build(tmp_path / "unused.db", 300, 0, articles=1, checked=0, url=db_url)
    wanted = services.list_claims(store)[250]
    app = make_app(db_url, all_claims=True)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await search_for(pilot, f'"{wanted.text[:-1]}"')
        assert app.main.claims.current.id == wanted.id
        await search_for(pilot, "")
        assert app.main.claims.total == 300
        assert app.main.claims.current.id == wanted.id
        assert app.main.claims.cursor == 250

"""Editing claims from the UI: note, add, split, merge, and the list's search and filters."""

from __future__ import annotations

import pytest
from harness import make_app, settle, type_text

from factcheck import services
from factcheck.intake.articles import ArticleInput
from factcheck.services import claims, verdicts, workbench
from factcheck.tui.screens.claim_edit import AddClaimDialog, MergeDialog, NoteDialog

pytestmark = pytest.mark.anyio


async def test_edit_a_note(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, NoteDialog)
        await type_text(pilot, "ask PR")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "Note: ask PR" in str(app.main.query_one("#detail-body").render())
    assert claims.get_claim(store, claim_ids[0]).note == "ask PR"


async def test_a_stale_note_is_refused(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await type_text(pilot, "mine")
        claims.edit_note(store, claim_ids[0], "theirs")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, NoteDialog)
        assert "changed since you opened it" in str(app.screen.query_one("#dialog-error").render())
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert claims.get_claim(store, claim_ids[0]).note == "mine"


async def test_add_a_claim_by_hand(db_url, store, article_id, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, AddClaimDialog)
        await type_text(pilot, "the company announced Monday")
        await pilot.press("ctrl+s")
        await settle(pilot)
        new = app.main.claims.current
    added = claims.get_claim(store, new.id)
    assert (added.text, added.origin, added.article) == (
        "the company announced Monday",
        "manual",
        article_id,
    )
    assert added.start is not None  # found in the article


async def test_split_a_claim(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        await type_text(pilot, "the company")
        assert "2: the company announced Monday." in str(
            app.screen.query_one("#split-preview").render()
        )
        await pilot.press("enter")
        await settle(pilot)
        second = app.main.claims.current
    first = claims.get_claim(store, claim_ids[0])
    assert first.text.endswith("outside Millbrook,")
    assert claims.get_claim(store, second.id).text == "the company announced Monday."


async def test_a_split_typed_in_another_case_cuts_where_the_words_start(db_url, store):
    """Case folding lengthens "ß" to "ss": the cut is found on the claim's own words, so the
    second part starts at the words typed, not two letters into them."""
    added = claims.add_claim(
        store, "Die Hauptstraße und die Großbaustelle kosten 40 Millionen und die Brücke 12."
    )
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        await type_text(pilot, "UND DIE BR")
        assert "2: und die Brücke 12." in str(app.screen.query_one("#split-preview").render())
        await pilot.press("enter")
        await settle(pilot)
        second = app.main.claims.current
    assert claims.get_claim(store, added.id).text.endswith("kosten 40 Millionen")
    assert claims.get_claim(store, second.id).text == "und die Brücke 12."


async def test_splitting_a_checked_claim_is_refused_in_the_dialog(db_url, store, claim_ids):
    verdicts.record_verdict(store, claim_ids[0], "supported", rationale="filing", checker="bo")
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        dialog = app.screen
        await type_text(pilot, "the company")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog
        assert "not split" in str(dialog.query_one("#dialog-error").render())
    assert [c.id for c in services.list_claims(store)] == claim_ids
    assert claims.get_claim(store, claim_ids[0]).text.endswith("announced Monday.")


async def test_merge_a_neighbour(db_url, store, article_id, claim_ids):
    verdicts.record_verdict(store, claim_ids[0], "supported", rationale="filing", checker="bo")
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, MergeDialog)
        await pilot.press("enter", "enter")  # pick the next claim, then press Merge
        await settle(pilot)
        assert not isinstance(app.screen, MergeDialog)
    left = [c.id for c in services.list_claims(store)]
    assert claim_ids[1] not in left
    assert [v.rating for v in verdicts.history(store, claim_ids[0])] == ["supported"]
    # A checked claim is never joined: its text stays its own sentence, the exact span of
    # the article where it stands, and the other's sentence becomes an alias.
    kept = claims.get_claim(store, claim_ids[0])
    text = workbench.article_text(store, article_id).text
    assert kept.text == text.split("\n")[0]
    assert text[kept.start : kept.end] == kept.text


TWO_SENTENCES = (
    "Harbour tolls rose 8% in May, the port authority said. Cargo volumes fell by a tenth."
    "\nThe new crane arrives in spring."
)


async def test_merging_two_sentences_of_one_paragraph_gives_their_exact_span(db_url, store):
    """Two claims that are neighbouring sentences of one paragraph merge into one claim
    whose text is the article's own text from the first sentence's start to the second's
    end: the same characters, the space between them included, nothing more."""
    found = services.import_article(
        store, ArticleInput(text=TWO_SENTENCES, origin="port.txt", title="Port tolls")
    )
    ids = [c.id for c in services.list_claims(store, article_id=found.article.id)]
    first, second = (claims.get_claim(store, i) for i in ids[:2])
    assert first.text.startswith("Harbour tolls") and second.text.startswith("Cargo volumes")
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_merge(pilot)
        await pilot.press("enter", "enter")  # pick the next claim, then press Merge
        await settle(pilot)
        assert not isinstance(app.screen, MergeDialog)
    merged = claims.get_claim(store, ids[0])
    both = TWO_SENTENCES.split("\n")[0]
    assert merged.text == both
    assert (merged.start, merged.end) == (0, len(both))
    assert TWO_SENTENCES[merged.start : merged.end] == merged.text
    assert ids[1] not in [c.id for c in services.list_claims(store)]


async def open_merge(pilot) -> MergeDialog:
    await settle(pilot)
    await pilot.press("m")
    await settle(pilot)
    assert isinstance(pilot.app.screen, MergeDialog)
    return pilot.app.screen


async def test_merge_names_no_claim_until_one_is_picked(db_url, store, claim_ids):
    """Opening the dialog and pressing ctrl+s (or moving through the list) merges nothing."""
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_merge(pilot)
        assert dialog.query_one("#merge-other").value == ""
        await pilot.press("down", "ctrl+s")
        await settle(pilot)
        assert app.screen is dialog and dialog.query_one("#merge-other").value == ""
    assert [c.id for c in services.list_claims(store)] == claim_ids


async def test_merging_away_a_checked_claim_is_refused_in_the_dialog(db_url, store, claim_ids):
    verdicts.record_verdict(store, claim_ids[1], "supported", rationale="filing", checker="bo")
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_merge(pilot)
        await pilot.press("enter", "enter")  # pick the next claim (checked), then Merge
        await settle(pilot)
        assert app.screen is dialog
        error = str(dialog.query_one("#dialog-error").render())
        assert f"claim {claim_ids[1]} has a verdict" in error
    assert [c.id for c in services.list_claims(store)] == claim_ids
    assert [v.rating for v in verdicts.history(store, claim_ids[0])] == []


async def test_search_and_filters(db_url, store, claim_ids):
    verdicts.record_verdict(store, claim_ids[2], "supported", rationale="said so", checker="bo")
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.main.claims.total == 4
        await pilot.press("slash")
        await type_text(pilot, "1,200")
        await settle(pilot)
        assert app.main.claims.total == 1
        assert app.main.claims.current.id == claim_ids[1]
        await pilot.press("enter")  # back to the list
        app.main.query_one("#search").value = ""
        await settle(pilot)
        await pilot.press("u")  # unchecked only
        await settle(pilot)
        assert app.main.claims.total == 3
        await pilot.press("u")
        await settle(pilot)
        assert app.main.claims.total == 4
        app.main.query_one("#rating").value = "supported"
        await settle(pilot)
        assert app.main.claims.total == 1 and app.main.claims.current.id == claim_ids[2]
        app.main.query_one("#kind").value = "quote"
        await settle(pilot)
        assert "shown" in str(app.main.query_one("#counts").render())


async def test_merging_claims_of_two_paragraphs_keeps_the_claim_as_written(
    db_url, store, article_id, claim_ids
):
    """Claims on separate lines of the article: the kept one keeps its text, not both and the
    text between; the other's words stay as an alias (issue 12)."""
    before = claims.get_claim(store, claim_ids[0])
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        app.screen.query_one("#merge-other").value = str(claim_ids[2])
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, MergeDialog)
        said = [f"{n.title}: {n.message}" for n in app._notifications]
        assert any("keeps its words" in line and "alias" in line for line in said)
    kept = claims.get_claim(store, claim_ids[0])
    assert (kept.text, kept.start, kept.end) == (before.text, before.start, before.end)
    assert claim_ids[2] not in [c.id for c in services.list_claims(store)]


async def test_merging_two_sentences_of_one_paragraph_joins_them(db_url, store):
    from factcheck.intake.articles import ArticleInput

    text = "The library opened in 1911. It holds 40,000 books.\nThe roof was replaced in 2019."
    article = services.import_article(
        store, ArticleInput(text=text, origin="library.txt", title="Library")
    ).article.id
    first = claims.add_claim(store, "The library opened in 1911.", article_id=article)
    second = claims.add_claim(store, "It holds 40,000 books.", article_id=article)
    app = make_app(db_url, article=article)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.main.claims.cursor = [
            c.id for c in services.list_claims(store, article_id=article)
        ].index(first.id)
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        app.screen.query_one("#merge-other").value = str(second.id)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.main.detail.claim.id == first.id
    kept = claims.get_claim(store, first.id)
    assert kept.text == "The library opened in 1911. It holds 40,000 books."
    assert kept.text == text[kept.start : kept.end]


async def test_claims_to_merge_with_take_one_line_each_at_80_columns(
    db_url, store, article_id, claim_ids
):
    for n in range(8):  # enough neighbours for a scrollbar, each too long for one line
        claims.add_claim(
            store,
            f"Council minutes, item {n}: the road budget rose by a third, said the treasurer,"
            " quoting the audited accounts for the year.",
            article_id=article_id,
        )
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.main.claims.cursor = 6  # claims before it and after it
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        choices = app.screen.query_one("#merge-choices")
        assert choices.option_count == 10
        assert choices.virtual_size.height == choices.option_count


async def test_a_note_keeps_its_lines(db_url, store, claim_ids):
    """The note editor is a text area: Enter starts a new line, and the note keeps its lines."""
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await type_text(pilot, "ask PR")
        await pilot.press("enter")
        await type_text(pilot, "then the county")
        editor = app.screen.query_one("#note-text")
        assert editor.size.height >= 5  # several lines in view at 80×24
        await pilot.press("ctrl+s")
        await settle(pilot)
        detail = str(app.main.query_one("#detail-body").render())
        assert "ask PR" in detail and "then the county" in detail
    assert claims.get_claim(store, claim_ids[0]).note == "ask PR\nthen the county"

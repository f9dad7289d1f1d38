"""How each screen looks, pinned by SVG snapshots (pytest-textual-snapshot).

The store is built the same way every run and its times and server ports are frozen, so a
snapshot changes only when the UI does.  Update with ``--snapshot-update`` after looking.
"""

from __future__ import annotations

import pytest
from harness import freeze, make_app, settle, type_text

from factcheck import services
from factcheck.intake.articles import ArticleInput
from factcheck.services import evidence as evidence_service
from factcheck.services import sources, verdicts

pytestmark = pytest.mark.anyio


@pytest.fixture
def checked(store, claim_ids, page_server, access) -> list[int]:
    """The battery article part-checked: two sources, pinned evidence, a verdict history."""
    first = claim_ids[0]
    sources.attach_source(
        store,
        first,
        page_server.url("/story/battery-plant"),
        stance="refutes",
        checker="bo",
        access=access,
    )
    sources.attach_source(
        store, first, page_server.alt_url("/syndicated/battery-plant"), checker="bo", access=access
    )
    sources.attach_source(
        store, first, page_server.url("/story/water-use"), checker="bo", access=access
    )
    story = sources.claim_sources(store, first).sources[0].id
    best = evidence_service.find_passages(store, first, story, limit=1)[0]
    pinned = evidence_service.pin_evidence(store, first, story, best.start, best.end, checker="bo")
    verdicts.record_verdict(store, first, "supported", rationale="Looked right.", checker="bo")
    verdicts.record_verdict(
        store,
        first,
        "refuted",
        rationale="The filing says $2.5 billion.",
        correction="a $2.5 billion battery factory",
        checker="ana",
        evidence=(pinned.id,),
    )
    verdicts.record_verdict(store, claim_ids[2], "opinion", rationale="A boast.", checker="ana")
    verdicts.record_verdict(
        store,
        claim_ids[3],
        "misleading",
        rationale="Half of it is roads.",
        correction="$340 million, $85 million of it for roads",
        checker="ana",
    )
    freeze(
        store,
        {
            page_server.base_url: "https://courier.example",
            page_server.alt_base_url: "https://wire.example",
        },
    )
    return claim_ids


def snap(snap_compare, db_url, *keys, size=(80, 24), theme=None, before=None) -> bool:
    async def run_before(pilot) -> None:
        if theme:
            pilot.app.theme = theme
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        if before is not None:
            await before(pilot)
            await settle(pilot)

    return snap_compare(make_app(db_url), terminal_size=size, run_before=run_before)


def test_main_screen(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url)


def test_main_screen_wide_light(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, "down", size=(140, 32), theme="textual-light")


def test_detail_with_sources_and_evidence(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, size=(100, 60))


def test_verdict_dialog(snap_compare, db_url, checked):
    async def typed(pilot) -> None:
        await type_text(pilot, "Ok")

    assert snap(snap_compare, db_url, "down", "v", "2", before=typed)


def test_add_source_dialog(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, "s")


def test_evidence_dialog(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, "p", size=(100, 30))


def test_note_dialog(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, "n")


def test_add_claim_dialog(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, "a")


def test_split_dialog(snap_compare, db_url, checked):
    async def typed(pilot) -> None:
        await type_text(pilot, "the company")

    assert snap(snap_compare, db_url, "x", before=typed)


def test_merge_dialog(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, "m")


def test_import_dialog(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, "i")


def test_help_screen(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, "question_mark")


def test_article_view(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, "t", "n")


def test_names_view(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, "N")


def test_article_picker(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, "A")


def test_facts_checklist(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, "F", "down", "w")


def test_prior_checks_screen(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, "c")


def test_source_merges_screen(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, "d", size=(100, 30))


def test_source_text_screen(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, "o", size=(100, 30))


def test_report_preview(snap_compare, db_url, checked):
    assert snap(snap_compare, db_url, "r", size=(100, 40))


def test_hostile_text_is_shown_as_text(snap_compare, db_url, store):
    """Markup, brackets and escape codes from an article stay visible characters."""
    services.import_article(
        store,
        ArticleInput(
            text="[bold red]Mayor[/] said \x1b[31mred\x1b[0m taxes rose 40% in "
            "[link=x]2024[/link].",
            origin="hostile.txt",
            title="[b]Breaking[/b] \x1b]0;pwned\x07 news",
        ),
    )
    assert snap(snap_compare, db_url)

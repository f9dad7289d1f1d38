"""Adding sources through the dialog (real HTTP from the page server) and pinning evidence."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from harness import make_app, settle, type_text, until
from paths import SEED_ARTICLE

from factcheck.cli import main
from factcheck.services import evidence as evidence_service
from factcheck.services import sources
from factcheck.tui.screens.evidence import EvidenceDialog
from factcheck.tui.screens.source import SourceDialog

pytestmark = pytest.mark.anyio


def notices(app) -> list[str]:
    return [f"{n.title}: {n.message}" for n in app._notifications]


async def add_source(pilot, target: str) -> None:
    await pilot.press("s")
    await settle(pilot)
    assert isinstance(pilot.app.screen, SourceDialog)
    pilot.app.screen.query_one("#target").value = target  # a pasted URL
    await pilot.press("enter")


async def test_a_slow_fetch_leaves_the_screen_working(db_url, store, claim_ids, page_server):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await add_source(pilot, page_server.url("/generated/7?delay=3"))
        # the header shows the work going on (the page answers only after 3 s)
        await until(pilot, lambda: app.activity.startswith("fetching "), "a fetching header")
        await pilot.press("down")  # and the list still answers
        assert app.main.claims.cursor == 1 and app.busy
        await settle(pilot)
        assert not app.activity
        assert any(n.startswith("Source added: claim 1: added as source") for n in notices(app))
    assert len(sources.claim_sources(store, claim_ids[0]).sources) == 1


async def test_add_a_url_then_its_syndicated_copy(db_url, store, claim_ids, page_server):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await add_source(pilot, page_server.url("/story/battery-plant"))
        await settle(pilot)
        assert any(n.startswith("Source added: claim") for n in notices(app))
        await add_source(pilot, page_server.alt_url("/syndicated/battery-plant"))
        await settle(pilot)
        assert any(n.startswith("Merged:") and "copy of source" in n for n in notices(app))
        assert "Voltaria to build $2.5 billion" in str(app.main.query_one("#detail-body").render())
    linked = sources.claim_sources(store, claim_ids[0])
    assert len(linked.sources) == 1 and linked.sources[0].copies


async def test_the_desk_merge_thresholds_hold_in_the_workbench(
    db_url, store, claim_ids, page_server, tmp_path, monkeypatch
):
    """``[thresholds]`` in the config file decides the workbench's merges as it does the CLI's:
    with ``source_confirm`` near 1, the syndicated copy is only offered as a likely duplicate."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factcheck.toml").write_text(
        "[thresholds]\nsource_confirm = 0.999\n", encoding="utf-8"
    )
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await add_source(pilot, page_server.url("/story/battery-plant"))
        await settle(pilot)
        await add_source(pilot, page_server.alt_url("/syndicated/battery-plant"))
        await settle(pilot)
        assert any("may be a copy of source" in n for n in notices(app))
        assert not any(n.startswith("Merged:") for n in notices(app))
    linked = sources.claim_sources(store, claim_ids[0])
    assert len(linked.sources) == 2 and not any(s.copy_of for s in linked.sources)
    # The command line, under the same config file, makes the same call.
    cli = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", cli, "import", str(SEED_ARTICLE)]).exit_code == 0
    first = runner.invoke(
        main, ["--db", cli, "attach", "1", page_server.url("/story/battery-plant")]
    )
    assert first.exit_code == 0, first.output
    copy = page_server.alt_url("/syndicated/battery-plant")
    second = runner.invoke(main, ["--db", cli, "attach", "1", copy])
    assert "it may be a copy of source" in second.output and "merged" not in second.output


async def test_the_desk_fetch_rules_hold_in_the_workbench(
    db_url, store, claim_ids, page_server, tmp_path, monkeypatch
):
    """``[fetch]`` in the config file reaches the workbench's attach as it does the CLI's: a
    desk that fetches no private address refuses the page on 127.0.0.1, and stores nothing."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_ALLOW_PRIVATE", raising=False)
    (tmp_path / "factcheck.toml").write_text("[fetch]\nallow_private = false\n", encoding="utf-8")
    url = page_server.url("/story/battery-plant")
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await add_source(pilot, url)
        await settle(pilot)
        (notice,) = [n for n in notices(app) if n.startswith("Source not added:")]
        assert "private or local address" in notice and notice.count(url) == 1
    assert sources.claim_sources(store, claim_ids[0]).sources == ()


async def test_a_failed_fetch_says_why(db_url, store, claim_ids, page_server):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await add_source(pilot, page_server.url("/status/404"))
        await settle(pilot)
        (notice,) = [n for n in notices(app) if n.startswith("Source not added:")]
        assert "404" in notice and notice.count(page_server.url("/status/404")) == 1
    assert sources.claim_sources(store, claim_ids[0]).sources == ()


async def test_add_a_note(db_url, store, claim_ids):
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("tab")
        await type_text(pilot, "Called the plant")
        await pilot.press("ctrl+s")
        await settle(pilot)
    (note,) = sources.claim_sources(store, claim_ids[0]).sources
    assert note.kind == "note"


async def test_pin_and_unpin_evidence(db_url, store, claim_ids, page_server, access):
    url = page_server.url("/story/battery-plant")
    sources.attach_source(store, claim_ids[0], url, access=access)
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, EvidenceDialog)
        best = dialog.listed[0]
        assert "$2.5 billion" in best.text and best.flagged  # the article says $2.1 billion
        await pilot.press("space")
        await settle(pilot)
        (pinned,) = evidence_service.claim_evidence(store, claim_ids[0])
        assert (pinned.start, pinned.end) == (best.start, best.end)
        assert dialog.listed[0].pinned == pinned.id
        await pilot.press("enter")  # again: unpinned
        await settle(pilot)
        assert evidence_service.claim_evidence(store, claim_ids[0]) == []
        await pilot.press("space", "escape")
        await settle(pilot)
        assert "Pinned evidence (1)" in str(app.main.query_one("#detail-body").render())


async def test_a_note_source_shows_its_own_words_not_a_digest(db_url, store, claim_ids):
    sources.attach_source(
        store,
        claim_ids[0],
        note="Called the plant's press office.\nThey confirmed it.",
        checker="ana",
    )
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        detail = str(app.main.query_one("#detail-body").render())
        assert "note:" not in detail
        (address,) = [line for line in detail.splitlines() if "(note)" in line]
        assert address.split("(note)")[0].strip() == "Called the plant's press office."

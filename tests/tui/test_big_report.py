"""The report of an article of 10,000 claims: keys answer while it is built, then it shows.

Every claim is checked and cites two passages, so the report (400,000 lines of Markdown) takes
seconds to build, many times what handling the keys takes: the test asserts that the keys were
handled while the build was still running, not how long anything took.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import pytest
from harness import make_app, settle
from textual import events
from textual.widgets import Input

from factcheck.tui.screens.report import ReportScreen, SaveReportDialog
from factcheck.tui.widgets.laid_out import LaidOut

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bigstore import build  # noqa: E402

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def big_store(tmp_path_factory) -> Path:
    """One article of 10,000 claims, each with a verdict and two passages (Core inserts)."""
    path = tmp_path_factory.mktemp("big") / "claims.db"
    build(path, 10_000, 300, articles=1, checked=1.0, passages=2)
    return path


def keyboard(app, *keys: str) -> None:
    """Keys as a terminal delivers them, all at once (``Pilot.press`` waits for the app to
    go idle after each key, many turns of the event loop, each a wait for the GIL while the
    worker builds: it would measure the test's waiting, not the app's answering)."""
    for key in keys:
        app._driver.send_message(events.Key(key, key if len(key) == 1 else None))


async def until(condition, timeout: float = 30.0) -> None:
    """Wait for ``condition`` (a deadline only against a hang, not a figure under test)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the app never got there"
        await asyncio.sleep(0.01)


async def test_keys_answer_while_the_report_of_10000_claims_builds(
    big_store, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    app = make_app(f"sqlite:///{big_store}")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.main.claims.total == 10_000
        keyboard(app, "r")
        await until(lambda: isinstance(app.screen, ReportScreen))
        report = app.screen
        keyboard(app, "w", *"new-big.md")  # in one go: the name typed replaces the one offered
        await until(lambda: isinstance(app.screen, SaveReportDialog) and app.screen.query(Input))
        field = app.screen.query_one("#report-path", Input)
        await until(lambda: field.value == "new-big.md" or report.ready.done())
        assert field.value == "new-big.md"
        assert not report.ready.done(), "the keys were handled while the report was built"
        await pilot.press("enter")  # saved as soon as the report is ready
        await settle(pilot)
        assert app.screen is report and report.shown_page == 0
        assert "Fact-check report: Synthetic story 1" in report.query_one(LaidOut).text
        assert (tmp_path / "new-big.md").read_text(encoding="utf-8") == report.preview.markdown
        pages = report.preview.pages
        assert len(pages) > 10 and "".join(pages) == report.preview.markdown
        await pilot.press("n", "n", "p")
        await settle(pilot)
        assert report.shown_page == 1
        assert "Page 2 of" in str(report.query_one("#report-title").render())

"""Helpers for the UI tests: the app as tests run it, waiting for it to settle, typing, and
making a store's times and ports the same on every run (for snapshots)."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import select, update

from factcheck.db import Store
from factcheck.models import Article, Evidence, Source, SourceURL, Verdict
from factcheck.tui.app import FactcheckApp
from factcheck.tui.screens.report import ReportScreen, SaveReportDialog

S = TypeVar("S")

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
SIZE = (100, 30)


def make_app(db_url: str, **options) -> FactcheckApp:
    options.setdefault("checker", "ana")
    options.setdefault("poll_interval", None)
    options.setdefault("clock", lambda: NOW)
    return FactcheckApp(db_url, **options)


def idle(app: FactcheckApp) -> bool:
    return (
        not app.busy
        and not app.main.pending
        and not any(worker.is_running for worker in app.workers)
    )


async def settle(pilot, timeout: float = 15.0) -> None:
    """Wait until no job, worker or debounce timer is pending (three quiet looks in a row)."""
    app = pilot.app
    quiet = 0
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        await pilot.pause(0.03)
        quiet = quiet + 1 if idle(app) else 0
        if quiet >= 3:
            break
    else:
        running = [w.name or w.group for w in app.workers if w.is_running]
        raise AssertionError(
            f"the app did not settle: activity {app.activity!r}, workers {running}, "
            f"timers pending {app.main.pending}, screen {app.screen}"
        )
    unexpected = [n.message for n in app._notifications if n.title.startswith("Something went")]
    assert not unexpected, f"unexpected errors became notices: {unexpected}"


async def until(pilot, holds, what: str, timeout: float = 15.0) -> None:
    """Wait (a generous deadline against a hang, not a measure) until ``holds()``, a frame at
    a time: on a loaded machine a worker may start later than any fixed pause."""
    deadline = time.monotonic() + timeout
    while not holds():
        assert time.monotonic() < deadline, f"never: {what}"
        await pilot.pause(0.02)


async def open_screen(pilot, key: str, kind: type[S]) -> S:
    """Press the key that opens a screen or dialog and wait until it is open: keys meant for
    it are pressed only then (pressed in the same call, one may reach the main screen)."""
    await pilot.press(key)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, kind), f"{key!r} opened {screen!r}, not a {kind.__name__}"
    return screen


async def type_text(pilot, text: str) -> None:
    await pilot.press(*("space" if ch == " " else ch for ch in text))


def freeze(store: Store, hosts: dict[str, str] | None = None) -> None:
    """Make a store's times, and the page server's ports, the same on every run (snapshots).

    ``hosts`` maps a base URL (``http://127.0.0.1:PORT``) to the one to show instead.
    """
    fixed = NOW.replace(tzinfo=None)
    with store.transaction() as session:
        session.execute(update(Verdict).values(created_at=fixed))
        session.execute(update(Article).values(imported_at=fixed))
        session.execute(update(Source).values(fetched_at=fixed))
        session.execute(update(Evidence).values(pinned_at=fixed))
        for table, column in ((SourceURL, SourceURL.url), (Source, Source.canonical_url)):
            for row_id, value in session.execute(select(table.id, column)).all():
                for base, shown in (hosts or {}).items():
                    if value and value.startswith(base):
                        session.execute(
                            update(table)
                            .where(table.id == row_id)
                            .values({column.key: shown + value[len(base) :]})
                        )


async def save_dialog(pilot) -> tuple[ReportScreen, SaveReportDialog]:
    """The report previewed, then its save dialog opened."""
    await settle(pilot)
    await pilot.press("r")
    await settle(pilot)
    report = pilot.app.screen
    await pilot.press("w")
    await settle(pilot)
    assert isinstance(report, ReportScreen) and isinstance(pilot.app.screen, SaveReportDialog)
    return report, pilot.app.screen

"""The factcheck app: opens the store, keeps the screens current, and runs the background jobs.

Screens ask the app for the store and the scale; the app polls a cheap change stamp every few
seconds so that two checkers on one store see each other's verdicts, and tells the screens
what changed.  Quitting waits for any write still running, so a saved verdict is never lost.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from factcheck.config import checker_name
from factcheck.errors import FactcheckError
from factcheck.tui.commands import ArticleCommands
from factcheck.tui.jobs import run_job
from factcheck.tui.safe import one_line
from factcheck.tui.screens.main import MainScreen

if TYPE_CHECKING:
    from factcheck.db import Store
    from factcheck.scale import Rating
    from factcheck.services.views import ArticleView
    from factcheck.services.workbench import Stamp


@dataclass(frozen=True)
class Opened:
    store: Store
    scale: tuple[Rating, ...]
    article: int | None


class FactcheckApp(App[None]):
    """The workbench, opened on ``article`` (default: the latest), or on every claim.

    ``poll_interval=None`` turns polling off (tests); ``clock`` is what "now" means for
    reports, so a snapshot of a report is the same every day.
    """

    CSS_PATH = "factcheck.tcss"
    COMMANDS = App.COMMANDS | {ArticleCommands}
    TITLE = "factcheck"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
        Binding("f1", "help", "Help", show=False),
    ]

    activity: reactive[str] = reactive("")

    def __init__(
        self,
        url: str,
        *,
        checker: str | None = None,
        poll_interval: float | None = 2.0,
        clock: Callable[[], datetime] | None = None,
        article: int | None = None,
        all_claims: bool = False,
    ) -> None:
        super().__init__()
        self.url = url
        self.checker = checker or checker_name()
        self.poll_interval = poll_interval
        self.clock = clock or (lambda: datetime.now(UTC).replace(microsecond=0))
        self.store: Store | None = None
        self.scale: tuple[Rating, ...] = ()
        self.articles: list[ArticleView] = []
        self.main = MainScreen()
        self._article = article
        self._all_claims = all_claims
        self._jobs: dict[int, tuple[str | None, bool]] = {}
        self._next_job = 0
        self._stamp: Stamp | None = None
        self._polling = False
        self._quit_pending = False

    # -- opening ------------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.push_screen(self.main)
        run_job(self, self._open, self._opened, failed=self._open_failed, label="opening the store")

    def _open(self) -> Opened:
        # Imported here, in the worker: the screen paints while SQLAlchemy and Alembic load.
        from factcheck.db import open_store
        from factcheck.services.workbench import default_article

        store = open_store(self.url)
        if self._all_claims:
            article = None
        elif self._article is not None:
            article = self._article
        else:
            article = default_article(store)
        return Opened(store, store.scale(), article)

    def _opened(self, opened: Opened) -> None:
        """Show the claims first; the article list and the first stamp come after."""
        self.store, self.scale = opened.store, opened.scale
        self.main.start(opened.article)
        # The claims go first; what only the palette and the polling need waits a moment.
        self.set_timer(0.5, self._load_articles)
        self.set_timer(0.5, self.poll)
        if self.poll_interval:
            self.set_interval(self.poll_interval, self.poll)

    def _load_articles(self) -> None:
        from factcheck.services.articles import list_articles

        store = self.store
        run_job(self, lambda: list_articles(store), self._articles_loaded, group="articles")

    def _open_failed(self, exc: FactcheckError) -> None:
        self.main.store_failed(str(exc))
        self.show_error(exc)

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.close()

    # -- watching the store -------------------------------------------------------------------

    def poll(self) -> None:
        """Read the change stamp (in a worker); screens refresh what changed."""
        if self.store is None or self._polling:
            return
        from factcheck.services.workbench import change_stamp

        self._polling = True
        store = self.store

        def stamped(stamp: Stamp) -> None:
            self._polling = False
            self._compare(stamp)

        def failed(_exc: FactcheckError) -> None:
            self._polling = False  # a busy store now is no reason to shout; try next tick

        run_job(self, lambda: change_stamp(store), stamped, failed=failed, group="poll")

    def changed(self) -> None:
        """Something was written here: look now rather than at the next tick."""
        self.poll()

    def _compare(self, stamp: Stamp) -> None:
        old, self._stamp = self._stamp, stamp
        if old is None or old == stamp:  # the first look only sets the baseline
            return
        what = {f.name for f in fields(stamp) if getattr(old, f.name) != getattr(stamp, f.name)}
        if "articles" in what:
            self._load_articles()
        for screen in self.screen_stack:
            handler = getattr(screen, "store_changed", None)
            if handler is not None:
                handler(what)

    def _articles_loaded(self, articles: list[ArticleView]) -> None:
        self.articles = articles

    # -- jobs and errors ----------------------------------------------------------------------

    def begin_job(self, label: str | None, *, writes: bool = False) -> int:
        self._next_job += 1
        self._jobs[self._next_job] = (label, writes)
        self._show_activity()
        return self._next_job

    def end_job(self, token: int) -> None:
        self._jobs.pop(token, None)
        self._show_activity()
        if self._quit_pending and not self.writing:
            self.exit()

    @property
    def writing(self) -> bool:
        return any(writes for _label, writes in self._jobs.values())

    @property
    def busy(self) -> bool:
        """Any job still running (tests wait for this to be False)."""
        return bool(self._jobs)

    def _show_activity(self) -> None:
        labels = [label for label, _writes in self._jobs.values() if label]
        self.activity = labels[-1] if labels else ""

    def show_error(self, exc: FactcheckError) -> None:
        self.notify(str(exc), title="Not done", severity="error", timeout=10, markup=False)

    def show_unexpected(self, exc: BaseException) -> None:
        self.log.error("".join(traceback.format_exception(exc)))
        self.notify(
            f"{type(exc).__name__}: {one_line(str(exc), 200)}",
            title="Something went wrong (nothing was lost)",
            severity="error",
            timeout=15,
            markup=False,
        )

    # -- quitting and help --------------------------------------------------------------------

    async def action_quit(self) -> None:
        if self.writing:
            self._quit_pending = True
            self.notify("Saving… factcheck closes as soon as it is saved.", markup=False)
            return
        self.exit()

    def action_help(self) -> None:
        from factcheck.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    # -- command palette ----------------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        if screen is self.main:
            for title, help_text, action in self.main.palette_commands():
                yield SystemCommand(title, help_text, partial(self.main.run_action, action))
        yield from super().get_system_commands(screen)

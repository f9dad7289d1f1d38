"""The factcheck app: opens the store, keeps the screens current, and tracks background work.

Once the store is open the app makes the ``Workbench`` (store, checker, scale, settings)
and hands it to the main screen, which passes it on to what it opens.  The app polls a cheap
change stamp every few seconds so that two checkers on one store see each other's verdicts,
and sends ``StoreChanged`` to the open screens.  Quitting waits for any write still running,
so a saved verdict is never lost.
"""

from __future__ import annotations

import os
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import fields
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.worker import Worker

from factcheck.config import Settings, load_settings
from factcheck.errors import FactcheckError
from factcheck.tui.commands import ArticleCommands
from factcheck.tui.keys import main_keys
from factcheck.tui.messages import (
    ArticleShown,
    ArticlesListed,
    ListSorted,
    StampRead,
    StoreChanged,
    StoreOpened,
    StoreWritten,
)
from factcheck.tui.safe import one_line
from factcheck.tui.screens.main import MainScreen
from factcheck.tui.state import EVERY_ARTICLE, Remembered, load, save
from factcheck.tui.work import WorkCrashed, WorkEnded, WorkFailed, WorkStarted, background
from factcheck.tui.workbench import Workbench

if TYPE_CHECKING:
    from textual.theme import Theme

    from factcheck.services.views import ArticleView
    from factcheck.services.workbench import Stamp


def served_to_others() -> bool:
    """Whether the workbench runs behind ``textual serve`` (a browser anyone may open)."""
    return os.environ.get("TEXTUAL_DRIVER", "").endswith("WebDriver")


class FactcheckApp(App[None]):
    """The workbench, opened on ``article`` (default: the one last worked on in this store,
    else the latest), or on every claim.

    ``poll_interval=None`` turns polling off (tests); ``clock`` is what "now" means for
    reports, so a snapshot of a report is the same every day.  ``state_file`` is where the
    theme, the list's order and each store's last article are remembered (``factcheck tui``:
    the user's config folder; None: nothing is remembered, as in tests that do not ask).
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
        settings: Settings | None = None,
        poll_interval: float | None = 2.0,
        clock: Callable[[], datetime] | None = None,
        article: int | None = None,
        all_claims: bool = False,
        state_file: Path | None = None,
    ) -> None:
        super().__init__()
        # The desk's settings: ``factcheck`` passes those it resolved (a bad config file is
        # one line before the screen opens); without them they are resolved here.
        self.settings = settings or load_settings(db=url, checker=checker)
        # The main screen's keys with the config file's [keys] applied; a bad one is one line
        # (BadConfig) and the workbench does not start.
        self.keys = main_keys(self.settings.keys, self.settings.config_file)
        self.set_keymap(self.keys)
        self.url = url
        self.checker = checker or self.settings.checker
        self.poll_interval = poll_interval
        self.clock = clock or (lambda: datetime.now(UTC).replace(microsecond=0))
        self.bench: Workbench | None = None
        self.articles: list[ArticleView] = []
        self.main = MainScreen()
        self._article = article
        self._all_claims = all_claims
        self._in_flight: dict[Worker[None], tuple[str | None, bool]] = {}
        self._stamp: Stamp | None = None
        self._polling = False
        self._quit_pending = False
        # Read before the first frame (like the config file), so the theme is right at once.
        self._state_file = state_file
        self._memory: Remembered = load(state_file)
        self._memory_lock = threading.Lock()

    # -- opening ------------------------------------------------------------------------------

    def on_mount(self) -> None:
        if self._memory.theme in self.available_themes:
            self.theme = self._memory.theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.push_screen(self.main)
        self._open()

    @background("open", label="opening the store")
    def _open(self) -> StoreOpened:
        # Imported here, in the worker: the screen paints while SQLAlchemy and Alembic load.
        from factcheck.db import open_store
        from factcheck.services.workbench import change_stamp, default_article

        wait = self.settings.store.wait
        store = open_store(self.url, wait=wait)
        remembered = self._memory.article(self.url)
        if self._all_claims or (self._article is None and remembered == EVERY_ARTICLE):
            article = None
        elif self._article is not None:
            article = self._article
        else:
            article = default_article(store, remembered if isinstance(remembered, int) else None)
        bench = Workbench(
            store, self.checker, store.scale(), self.settings, self.clock, served_to_others()
        )
        # The baseline is read before anything here can write: a write in the first moment
        # (an import, a verdict) must differ from it, or the screens never read it again.
        try:
            stamp = change_stamp(store)
        except FactcheckError:
            stamp = None
        return StoreOpened(bench, article, stamp)

    @on(StoreOpened)
    def _opened(self, event: StoreOpened) -> None:
        """Show the claims first; the article list and the first stamp come after."""
        self.bench = event.bench
        if self._stamp is None:
            self._stamp = event.stamp
        self.main.start(event.bench, event.article, self._memory.order)
        # The claims go first; what only the palette and the polling need waits a moment.
        self.set_timer(0.5, self._list_articles)
        self.set_timer(0.5, self.poll)
        if self.poll_interval:
            self.set_interval(self.poll_interval, self.poll)

    @background("articles")
    def _list_articles(self) -> ArticlesListed | None:
        from factcheck.services.articles import list_articles

        return ArticlesListed(list_articles(self.bench.store)) if self.bench else None

    @on(ArticlesListed)
    def _articles_listed(self, event: ArticlesListed) -> None:
        self.articles = event.articles

    # -- remembering ----------------------------------------------------------------------------

    @on(ArticleShown)
    def _article_shown(self, event: ArticleShown) -> None:
        self._remember(self._memory.with_article(self.url, event.article))

    @on(ListSorted)
    def _list_sorted(self, event: ListSorted) -> None:
        self._remember(self._memory.with_order(event.order))

    def _theme_changed(self, theme: Theme) -> None:
        self._remember(self._memory.with_theme(theme.name))

    def _remember(self, memory: Remembered) -> None:
        if memory == self._memory:
            return
        self._memory = memory
        if self._state_file is not None:
            self._save_memory(self._state_file)

    @background("memory", writes=True)
    def _save_memory(self, path: Path) -> None:
        """Write what is remembered now; under the lock, so the last write is the latest."""
        with self._memory_lock:
            try:
                save(path, self._memory)
            except OSError as exc:  # memory, not work: the checker loses nothing but a default
                self.log.warning(f"could not remember the workbench's state in {path}: {exc}")

    def on_unmount(self) -> None:
        if self.bench is not None:
            self.bench.store.close()

    # -- watching the store -------------------------------------------------------------------

    def poll(self) -> None:
        """Read the change stamp (in a worker); screens refresh what changed."""
        if self.bench is None or self._polling:
            return
        self._polling = True
        self._read_stamp(self.bench)

    @background("poll")
    def _read_stamp(self, bench: Workbench) -> StampRead:
        from factcheck.services.workbench import change_stamp

        try:
            return StampRead(change_stamp(bench.store))
        except FactcheckError:
            return StampRead(None)  # a busy store now is no reason to shout; try next tick

    @on(StampRead)
    def _stamp_read(self, event: StampRead) -> None:
        self._polling = False
        if event.stamp is None:
            return
        old, self._stamp = self._stamp, event.stamp
        if old is None or old == event.stamp:  # the first look only sets the baseline
            return
        what = {f.name for f in fields(old) if getattr(old, f.name) != getattr(event.stamp, f.name)}
        if "articles" in what:
            self._list_articles()
        for screen in self.screen_stack:
            screen.post_message(StoreChanged(what))

    @on(StoreWritten)
    def _written(self) -> None:
        """Something was written here: look now rather than at the next tick."""
        self.poll()

    # -- background work and errors -----------------------------------------------------------

    @on(WorkStarted)
    def _work_started(self, event: WorkStarted) -> None:
        self._in_flight[event.worker] = (event.label, event.writes)
        self._show_activity()

    @on(WorkEnded)
    def _work_ended(self, event: WorkEnded) -> None:
        self._in_flight.pop(event.worker, None)
        self._show_activity()
        if self._quit_pending and not self.writing:
            self.exit()

    @on(WorkFailed)
    def _work_failed(self, event: WorkFailed) -> None:
        """A refusal no screen showed itself: a notice (the store not opening: also the header)."""
        if event.group == "open":
            self.main.store_failed(str(event.error))
        self.show_error(event.error)

    @on(WorkCrashed)
    def _work_crashed(self, event: WorkCrashed) -> None:
        self.show_unexpected(event.error)

    @property
    def writing(self) -> bool:
        return any(writes for _label, writes in self._in_flight.values())

    @property
    def busy(self) -> bool:
        """Any background thread still running (tests wait for this to be False)."""
        return bool(self._in_flight)

    def _show_activity(self) -> None:
        labels = [label for label, _writes in self._in_flight.values() if label]
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
            names = self.bench.rating_names if self.bench else []
            self.push_screen(HelpScreen(names, self.keys))

    # -- command palette ----------------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        if screen is self.main:
            for title, help_text, action in self.main.palette_commands():
                yield SystemCommand(title, help_text, partial(self.main.run_action, action))
        yield from super().get_system_commands(screen)

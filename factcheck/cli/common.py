"""What every command shares: the settings, the lazily opened store, ids, the console tables
print to, and the guard that makes everything a command prints safe for the terminal."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

import click

from factcheck.config import Settings, checker_name, load_settings
from factcheck.errors import NotFound
from factcheck.output import json_safe, mask_credentials, visible_controls

if TYPE_CHECKING:
    from rich.console import Console

    from factcheck.db import Store
    from factcheck.services.access import Access

    out: Console


def __getattr__(name: str) -> Any:
    """``out``, the console tables print to, made on first use: rich takes a good share of a
    short command's start, and the commands that print plain lines (``status``, ``verdict``,
    ``history``…) never use it."""
    if name != "out":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from rich.console import Console

    # Piped output (a file, grep) gets wide lines rather than a table folded to 80 columns.
    # No colours: every byte a command prints passes the terminal guard below, which would
    # show rich's own escape sequences as text.
    console = Console(
        highlight=False,
        soft_wrap=False,
        color_system=None,
        width=None if sys.stdout.isatty() else 200,
    )
    globals()["out"] = console
    return console


class TerminalSafe:
    """A text stream that shows control characters instead of passing them to the terminal.

    Installed over stdout and stderr for every command (not for the workbench, which draws
    with escape sequences of its own), so no string from an article, a page, a note, a
    checker or a file name can clear the screen, retitle the window or plant a hidden link,
    whichever command prints it, in a terminal or into a pipe.  Binary output (``db backup
    -``) goes to ``.buffer`` untouched; JSON lines escape what they hold themselves.
    """

    def __init__(self, stream: TextIO) -> None:
        self.raw = stream

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self.raw.write(visible_controls(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        # buffer, encoding, errors, flush, isatty, fileno…: those of the stream beneath.
        return getattr(self.raw, name)


def guard_terminal() -> None:
    """Put `TerminalSafe` over this process's stdout and stderr (once)."""
    if not isinstance(sys.stdout, TerminalSafe):
        sys.stdout = TerminalSafe(sys.stdout)  # type: ignore[assignment]
    if not isinstance(sys.stderr, TerminalSafe):
        sys.stderr = TerminalSafe(sys.stderr)  # type: ignore[assignment]


def unguarded(stream: TextIO) -> TextIO:
    """The stream beneath the guard, for output that is factcheck's own (a progress bar)."""
    return stream.raw if isinstance(stream, TerminalSafe) else stream


def json_line(record: object) -> str:
    """One JSON Lines record, with the controls json.dumps leaves raw escaped as well."""
    return json_safe(json.dumps(record, ensure_ascii=False))


class Context:
    """Settings are resolved on first use, once; the store is opened on first use, so
    commands that need neither (``extract``) never read the config file or create a store.

    ``store`` is for commands that change what is stored (it upgrades the store, and refuses
    a path that holds none); ``new_or_stored`` for those that may start one (``import``,
    ``fetch``, ``archive import``, ``db upgrade``); ``reader`` for those that only read, which never
    create, migrate or write anything.
    """

    def __init__(self, db: str | None) -> None:
        self._db = db
        self._settings: Settings | None = None
        self._store: Store | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(db=self._db)
        return self._settings

    @property
    def shown_url(self) -> str:
        """The store's URL fit to print: a password in it is shown as ``***``."""
        return mask_credentials(self.url)

    @property
    def url(self) -> str:
        return self.settings.db

    @property
    def access(self) -> Access:
        """Where sources may come from: the ``[fetch]`` settings, for every use case that
        fetches a page or reads a local file."""
        from factcheck.services.access import Access

        return Access(self.settings.fetch)

    def checker(self, flag: str | None = None) -> str:
        """Who is acting: the command's ``--checker`` flag wins over the settings."""
        return checker_name(flag) if flag else self.settings.checker

    @property
    def store(self) -> Store:
        return self._writer(create=False)

    @property
    def new_or_stored(self) -> Store:
        return self._writer(create=True)

    def _writer(self, *, create: bool) -> Store:
        if self._store is None or self._store.read_only:
            from factcheck.db import open_store

            self.close()
            wait = self.settings.store.wait
            self._store = open_store(
                self.url,
                wait=wait,
                on_wait=lambda: click.echo(
                    f"waiting for another import to finish… (up to {wait:g} s)", err=True
                ),
                create=create,
            )
        return self._store

    @property
    def reader(self) -> Store:
        if self._store is None:
            from factcheck.db import open_store

            self._store = open_store(self.url, read_only=True)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class RecordId(click.ParamType):
    """The id of a stored record: one past what the store's ids can hold names nothing, so it
    is "no claim N" like any other unknown id rather than an overflow from the driver."""

    name = "id"

    def __init__(self, noun: str) -> None:
        self.noun = noun

    def convert(self, value, param, ctx):
        number = click.INT.convert(value, param, ctx)
        backend = "sqlite"
        if ctx is not None and isinstance(ctx.find_object(Context), Context):
            backend = (
                "postgresql" if ctx.find_object(Context).url.startswith("postgres") else backend
            )
        from factcheck.db import MAX_ID

        if not 0 < number <= MAX_ID[backend]:
            raise NotFound(f"no {self.noun} {number}")
        return number


ARTICLE, CLAIM, SOURCE, EVIDENCE, MERGE = (
    RecordId(noun) for noun in ("article", "claim", "source", "evidence", "merge")
)

pass_context = click.make_pass_decorator(Context)

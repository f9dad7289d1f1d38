"""What every command shares: the lazily opened store, ids, and the console tables print to."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click
from rich.console import Console

from factcheck.config import database_url, store_wait
from factcheck.errors import NotFound

if TYPE_CHECKING:
    from factcheck.db import Store

# Piped output (a file, grep) gets wide lines rather than a table folded to 80 columns.
out = Console(highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else 200)


class Context:
    """The store is opened on first use, so commands that need none never create one.

    ``store`` is for commands that write (it creates or upgrades the store); ``reader`` for
    those that only read, which never create, migrate or write anything.
    """

    def __init__(self, db: str | None) -> None:
        self._db = db
        self._store: Store | None = None

    @property
    def url(self) -> str:
        return database_url(self._db)

    @property
    def store(self) -> Store:
        if self._store is None or self._store.read_only:
            from factcheck.db import open_store

            self.close()
            wait = store_wait()
            self._store = open_store(
                self.url,
                wait=wait,
                on_wait=lambda: click.echo(
                    f"waiting for another import to finish… (up to {wait:g} s)", err=True
                ),
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

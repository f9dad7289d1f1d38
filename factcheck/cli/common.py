"""What every command shares: the lazily opened store and the console tables print to."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click
from rich.console import Console

from factcheck.config import database_url

if TYPE_CHECKING:
    from factcheck.db import Store

# Piped output (a file, grep) gets wide lines rather than a table folded to 80 columns.
out = Console(highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else 200)


class Context:
    """The store is opened on first use, so commands that need none never create one."""

    def __init__(self, db: str | None) -> None:
        self._db = db
        self._store: Store | None = None

    @property
    def url(self) -> str:
        return database_url(self._db)

    @property
    def store(self) -> Store:
        if self._store is None:
            from factcheck.db import open_store

            self._store = open_store(self.url)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


pass_context = click.make_pass_decorator(Context)

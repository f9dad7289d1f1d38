"""Commands for the store itself: schema revision, upgrade, backup."""

from __future__ import annotations

from pathlib import Path

import click

from factcheck.cli.common import Context, pass_context
from factcheck.db import backup, current_revision, head_revision, open_store


@click.group("db")
def db_group() -> None:
    """The store itself: schema revision, upgrade, backup."""


@db_group.command("current")
@pass_context
def db_current(obj: Context) -> None:
    """Print the store's schema revision and the code's."""
    store = open_store(obj.url, read_only=True, any_revision=True)
    try:
        click.echo(f"store: {current_revision(store.engine) or 'empty'}  code: {head_revision()}")
    finally:
        store.close()


@db_group.command("upgrade")
@pass_context
def db_upgrade(obj: Context) -> None:
    """Bring the store's schema to this version of factcheck."""
    store = obj.store
    click.echo(f"{obj.url} is at revision {current_revision(store.engine)}")


@db_group.command("backup")
@click.argument("target", metavar="PATH", type=click.Path(dir_okay=False, path_type=Path))
@pass_context
def db_backup(obj: Context, target: Path) -> None:
    """A consistent copy of a SQLite store, safe while others are working in it."""
    backup(obj.reader, target)
    click.echo(f"backed up {obj.url} to {target}")

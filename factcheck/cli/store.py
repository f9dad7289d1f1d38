"""Commands for the store itself: schema revision, upgrade, backup."""

from __future__ import annotations

import click

from factcheck.cli.common import Context, pass_context
from factcheck.db import backup, current_revision, head_revision, open_store
from factcheck.output import STDOUT


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
    store = obj.new_or_stored
    click.echo(f"{obj.shown_url} is at revision {current_revision(store.engine)}")


@db_group.command("backup")
@click.argument("target", metavar="PATH|-", type=click.Path(allow_dash=True))
@pass_context
def db_backup(obj: Context, target: str) -> None:
    """A consistent copy of a SQLite store, safe while others are working in it (- for
    standard output)."""
    backup(obj.reader, target)
    # Standard output carries the copy itself: the confirmation goes to stderr then.
    click.echo(f"backed up {obj.shown_url} to {target}", err=target == STDOUT)

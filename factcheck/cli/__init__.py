"""The ``factcheck`` command: parse, call a service, print.  No logic lives here.

Commands live in modules by area and are imported only when named, so ``factcheck`` (the
terminal UI) and each command start without loading what the others need.
"""

from __future__ import annotations

import importlib

import click

from factcheck import __version__
from factcheck.cli.common import Context, guard_terminal
from factcheck.errors import FactcheckError
from factcheck.output import mask_credentials, visible_controls

COMMANDS = {
    "import": "articles:import_command",
    "extract": "articles:extract_command",
    "claims": "articles:claims_command",
    "names": "articles:names_command",
    "articles": "articles:articles_command",
    "attach": "sources:attach_command",
    "fetch": "sources:fetch_command",
    "refresh": "sources:refresh_command",
    "sources": "sources:sources_command",
    "source": "sources:source_command",
    "merge": "sources:merge_group",
    "passages": "sources:passages_command",
    "pin": "sources:pin_command",
    "unpin": "sources:unpin_command",
    "verdict": "verdicts:verdict_command",
    "fact": "verdicts:fact_command",
    "history": "verdicts:history_command",
    "status": "verdicts:status_command",
    "similar": "verdicts:similar_command",
    "report": "reports:report_command",
    "scale": "verdicts:scale_group",
    "db": "store:db_group",
    "archive": "archive:archive_group",
}


class FactcheckGroup(click.Group):
    """Loads commands on demand, and turns every error a user can cause into one line on
    stderr and exit status 1."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute = COMMANDS[name].split(":")
        return getattr(importlib.import_module(f"factcheck.cli.{module}"), attribute)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        refuse_undecodable(args)
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except FactcheckError as exc:
            raise click.ClickException(mask_credentials(str(exc))) from None
        except KeyboardInterrupt:
            raise click.ClickException("interrupted; nothing was written") from None


def refuse_undecodable(args: list[str]) -> None:
    """One line, before anything is opened, for an argument that is not valid UTF-8.

    Python hands such bytes over as lone surrogates, which no store, file or terminal can
    take: left alone they end in a traceback deep in SQLAlchemy or click.  The argument is
    shown with its bytes as ``\\xNN`` and its control characters as visible signs.
    """
    for number, arg in enumerate(args, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            previous = args[number - 2] if number > 1 else ""
            what = (
                f"the value of {previous}"
                if previous.startswith("-") and "=" not in previous
                else f"argument {number}"
            )
            raise click.ClickException(
                f"{what} is not valid UTF-8: '{visible_controls(shown)}' "
                "(give text in UTF-8; rename a file whose name is in another encoding)"
            ) from None


@click.group(cls=FactcheckGroup, invoke_without_command=True)
@click.option("--db", metavar="URL", help="Database URL or SQLite file (default: ./claims.db).")
@click.version_option(__version__, prog_name="factcheck")
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """Check the facts of an article: extract its claims, attach sources, record verdicts.

    With no command, opens the workbench (the terminal UI) on the store.
    """
    ctx.obj = Context(db)
    ctx.call_on_close(ctx.obj.close)
    if ctx.invoked_subcommand is not None:
        guard_terminal()
        # click drops CSI sequences from output to a pipe but not to a terminal; with the
        # guard in place, both show the same visible text instead.
        ctx.color = True
    else:
        from factcheck.tui import run

        run(ctx.obj.settings)

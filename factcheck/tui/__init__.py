"""The terminal UI: a Textual app over the service layer, where a checker spends the day."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.config import Settings


def run(settings: Settings) -> None:
    """Open the workbench with the settings the command line resolved (the same ones every
    command uses); imported late, so the CLI stays quick."""
    from factcheck.tui.app import FactcheckApp
    from factcheck.tui.state import state_file

    FactcheckApp(settings.db, settings=settings, state_file=state_file()).run()

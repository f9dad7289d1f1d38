"""The terminal UI: a Textual app over the service layer, where a checker spends the day."""

from __future__ import annotations


def run(url: str) -> None:
    """Open the workbench on the store at ``url`` (imported late: the CLI stays quick)."""
    from factcheck.tui.app import FactcheckApp

    FactcheckApp(url).run()

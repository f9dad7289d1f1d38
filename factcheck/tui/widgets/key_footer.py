"""A footer that wraps its keys onto rows, so every flow's key shows even at 80 columns."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer


class KeyFooter(Footer):
    """Textual's footer laid out as a grid of ``columns`` keys a row."""

    def __init__(self, columns: int = 7, **kwargs) -> None:
        super().__init__(compact=True, **kwargs)
        self.columns = columns

    def compose(self) -> ComposeResult:
        yield from super().compose()
        # The stock footer puts every key in one row; ours wraps after ``columns`` keys.
        self.styles.grid_size_columns = self.columns

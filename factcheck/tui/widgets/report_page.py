"""One page of the report, drawn beforehand: the Markdown laid out into lines in a worker.

Laying Markdown out is the slow part of a preview (Textual's Markdown widget mounts a widget
per block: a second for a page of sixty blocks, all of it on the UI thread).  Here a worker
lays a page out with Rich at the widget's width (`lay_out`, no screen involved), and the
widget only hands the visible lines to the screen, so scrolling and turning a page cost
nothing while keys come in.
"""

from __future__ import annotations

from rich.console import Console
from rich.markdown import Markdown as RichMarkdown
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip


def lay_out(markdown: str, width: int) -> list[Strip]:
    """The lines of ``markdown`` laid out ``width`` cells wide; safe to call in a worker (a
    console of its own, which prints nothing).  Links show their address after the text, so
    what a link points to is always visible."""
    console = Console(width=width, color_system="truecolor", force_terminal=True, file=None)
    options = console.options.update_width(width)
    rendered = RichMarkdown(markdown, hyperlinks=False)
    return [Strip(line) for line in console.render_lines(rendered, options, pad=False)]


class ReportPage(ScrollView, can_focus=True):
    """The laid-out lines of one page; ``show`` swaps them for another page's."""

    def __init__(self, **options) -> None:
        super().__init__(**options)
        self.lines: list[Strip] = []

    def show(self, lines: list[Strip]) -> None:
        self.lines = lines
        width = max((line.cell_length for line in lines), default=0)
        self.virtual_size = Size(width, len(lines))
        self.scroll_home(animate=False)
        self.refresh()

    @property
    def text(self) -> str:
        """What the page shows, as plain text (for tests and for reading it back)."""
        return "\n".join(line.text.rstrip() for line in self.lines)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        index = scroll_y + y
        if index >= len(self.lines):
            return Strip.blank(width, self.rich_style)
        line = self.lines[index].crop_extend(scroll_x, scroll_x + width, self.rich_style)
        return line.apply_style(self.rich_style)

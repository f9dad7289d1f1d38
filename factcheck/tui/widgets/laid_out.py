"""Long text drawn beforehand: laid out into lines in a worker, then only shown on screen.

Laying text out is the slow part of showing a long document (Textual's Markdown widget mounts
a widget per block: a second for a page of sixty blocks, all of it on the UI thread; a source
of a hundred pages is thousands of paragraphs).  Here a worker lays the text out with Rich at
the widget's width (the ``lay_out`` functions: no screen involved), and the widget only hands
the visible lines to the screen, so scrolling, paging and keys cost nothing while it builds.
The report preview, a source's whole text and the two texts of a source merge use it.
"""

from __future__ import annotations

from rich.console import Console, RenderableType
from rich.markdown import Markdown as RichMarkdown
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from factcheck.text import split_paragraphs
from factcheck.tui.safe import clean


def lay_out(renderable: RenderableType, width: int) -> list[Strip]:
    """The lines of ``renderable`` laid out ``width`` cells wide; safe to call in a worker (a
    console of its own, which prints nothing)."""
    console = Console(width=width, color_system="truecolor", force_terminal=True, file=None)
    options = console.options.update_width(width)
    return [Strip(line) for line in console.render_lines(renderable, options, pad=False)]


def lay_out_markdown(markdown: str, width: int) -> list[Strip]:
    """Markdown (the report: every outside text in it escaped) laid out; links show their
    address after the text, so what a link points to is always visible."""
    return lay_out(RichMarkdown(markdown, hyperlinks=False), width)


def lay_out_text(text: str, width: int) -> list[Strip]:
    """Untrusted plain text (a source's) laid out paragraph by paragraph, a blank line
    between them, control characters dropped and nothing read as markup."""
    paragraphs = [clean(text[s:e], newlines=True) for s, e in split_paragraphs(text)]
    return lay_out(Text("\n\n".join(paragraphs)), width)


class LaidOut(ScrollView, can_focus=True):
    """Lines laid out beforehand; ``show`` swaps them for others."""

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
        """What is shown, as plain text (for tests and for reading it back)."""
        return "\n".join(line.text.rstrip() for line in self.lines)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        index = scroll_y + y
        if index >= len(self.lines):
            return Strip.blank(width, self.rich_style)
        line = self.lines[index].crop_extend(scroll_x, scroll_x + width, self.rich_style)
        return line.apply_style(self.rich_style)

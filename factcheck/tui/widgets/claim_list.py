"""The claim list: a virtual list that holds only the pages of rows it has shown.

A store may hold 100,000 claims.  Making a widget (or even a table row) for each would take
seconds and hundreds of megabytes, so this widget draws lines itself (Textual's line API) and
asks for the rows of a page the first time a line of it is drawn.  Moving the cursor is a
redraw of a few lines, whatever the size of the store.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import events, on
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual
from textual.widgets import Static

from factcheck.tui import ratings
from factcheck.tui.keys import key_name
from factcheck.tui.messages import PageLoaded
from factcheck.tui.safe import Marks, clean, marked
from factcheck.tui.work import background

if TYPE_CHECKING:
    from factcheck.services.workbench import ClaimLine

PAGE = 100
KEEP_PAGES = 40  # pages kept in memory (4,000 rows); others are read again when shown
COLUMNS = 24  # cells before a claim's text: rating and priority marks, kind, score, sources
LEAD = 12  # characters kept before a search's match that the line would otherwise cut off

Fetch = Callable[[int, int], "list[ClaimLine]"]


class ClaimListHeader(Static):
    """The list's column titles, over the columns ``ClaimList`` draws, and its order."""

    def on_mount(self) -> None:
        self.show_order("position")

    def show_order(self, order: str) -> None:
        key = getattr(self.app, "keys", {}).get("sort", "S")
        self.update(
            Content.assemble(
                f"   {'kind':<11}",
                f"{'score':>5} ",
                f"{'src':>3} ",
                "claim  ",
                (f"sorted by {order} ({key_name(key)})", "$text-muted"),
            )
        )


class ClaimList(ScrollView, can_focus=True):
    """Claims, one a line: rating mark, priority mark (▲ check-worthy: check it first),
    kind, score, number of sources, text."""

    COMPONENT_CLASSES = {
        "claim-list--cursor",
        "claim-list--match",
        "claim-list--muted",
        "claim-list--unchecked",
    }
    BINDINGS = [
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "jump(0)", "First", show=False),
        Binding("end", "jump(-1)", "Last", show=False),
    ]

    cursor: reactive[int] = reactive(0, init=False, always_update=True)

    class Highlighted(Message):
        """The cursor is on another claim (``None`` when the list is empty)."""

        def __init__(self, claim: ClaimLine | None) -> None:
            super().__init__()
            self.claim = claim

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.total = 0
        self._pages: OrderedDict[int, list[ClaimLine]] = OrderedDict()
        self._requested: set[int] = set()
        self._fetch: Fetch | None = None
        self._marks: Marks | None = None  # the search's matches, marked in each line
        self._generation = 0
        self._announced: int | None = None
        # Rendered lines by (claim, cursor on it, width): scrolling redraws from here.
        self._strips: OrderedDict[tuple[int, bool, int], Strip] = OrderedDict()

    # -- attributes set by the screen ---------------------------------------------------------

    def show(
        self,
        total: int,
        offset: int,
        rows: list[ClaimLine],
        fetch: Fetch,
        cursor: int,
        marks: Marks | None = None,
    ) -> None:
        """Show a new list: its size, one page already read, how to read the others, and
        what in each claim's text to mark (the words a search found)."""
        self._generation += 1
        self.total = total
        self._fetch = fetch
        self._marks = marks
        self._pages.clear()
        self._requested.clear()
        self._strips.clear()
        for start in range(0, len(rows), PAGE):
            self._pages[(offset + start) // PAGE] = rows[start : start + PAGE]
        self.virtual_size = Size(self.scrollable_content_region.width, total)
        self._announced = None
        self.cursor = max(0, min(cursor, total - 1))
        self.refresh()

    @property
    def current(self) -> ClaimLine | None:
        return self.line_at(self.cursor)

    def line_at(self, index: int) -> ClaimLine | None:
        if not 0 <= index < self.total:
            return None
        rows = self._pages.get(index // PAGE)
        if rows is None:
            self._want(index // PAGE)
            return None
        position = index % PAGE
        return rows[position] if position < len(rows) else None

    def neighbours(self, around: int) -> list[ClaimLine]:
        """The loaded claims near a position (for choosing a claim to merge with)."""
        found = [self.line_at(i) for i in range(around - 5, around + 6) if i != around]
        return [line for line in found if line is not None]

    # -- reading pages ------------------------------------------------------------------------

    def _want(self, page: int) -> None:
        if page in self._requested or self._fetch is None:
            return
        self._requested.add(page)
        self._read_page(self._fetch, self._generation, page)

    @background("claim-page")
    def _read_page(self, fetch: Fetch, generation: int, page: int) -> PageLoaded:
        return PageLoaded(generation, page, fetch(page * PAGE, PAGE))

    @on(PageLoaded)
    def _arrived(self, event: PageLoaded) -> None:
        if event.generation != self._generation:
            return
        self._requested.discard(event.page)
        self._pages[event.page] = event.rows
        while len(self._pages) > KEEP_PAGES:
            self._pages.popitem(last=False)
        self.refresh()
        self._announce()

    # -- moving -------------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        top = round(self.scroll_y)
        self._keep_visible()
        if round(self.scroll_y) == top:
            self.refresh_line(old)  # only the two lines whose look changed
            self.refresh_line(new)
        else:
            self.refresh()
        self._announce()

    def on_focus(self) -> None:
        self._strips.clear()  # the cursor line looks different with focus

    def on_blur(self) -> None:
        self._strips.clear()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()  # a theme change: every cached line has the old colours

    def _announce(self) -> None:
        line = self.current
        if self.total == 0:
            if self._announced != -1:
                self._announced = -1
                self.post_message(self.Highlighted(None))
            return
        if line is not None and line.id != self._announced:
            self._announced = line.id
            self.post_message(self.Highlighted(line))

    def _keep_visible(self) -> None:
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def action_move(self, step: int) -> None:
        if self.total:
            self.cursor = max(0, min(self.total - 1, self.cursor + step))

    def action_page(self, direction: int) -> None:
        self.action_move(direction * max(1, self.scrollable_content_region.height - 1))

    def action_jump(self, where: int) -> None:
        if self.total:
            self.cursor = where if where >= 0 else self.total - 1

    def on_click(self, event: events.Click) -> None:
        index = round(self.scroll_y) + event.y
        if 0 <= index < self.total:
            self.cursor = index
        self.focus()

    def on_resize(self, _event: events.Resize) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self.total)
        self._keep_visible()

    # -- drawing ------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = round(self.scroll_y) + y
        base = self.get_visual_style()
        if index >= self.total:
            if index == 0 and y == 0:
                return self._strip(Content.styled("no claims", "italic $text-muted"), width, base)
            return Strip.blank(width, base.rich_style)
        selected = index == self.cursor
        style = self.get_visual_style("claim-list--cursor") if selected else base
        line = self.line_at(index)
        if line is None:
            return self._strip(Content.styled("  …", "$text-muted"), width, style)
        key = (line.id, selected, width)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._strips[key] = self._strip(self._content(line, width), width, style)
            while len(self._strips) > 500:
                self._strips.popitem(last=False)
        return strip

    def _content(self, line: ClaimLine, width: int) -> Content:
        unchecked = line.rating is None
        text = clean(line.text)
        spans = self._marks(text) if self._marks is not None else []
        if spans and spans[-1][1] > width - COLUMNS and spans[0][0] > LEAD:
            # The words found would be cut off the line: start it shortly before the first.
            begin = text.rfind(" ", 0, spans[0][0] - LEAD) + 1
            text = "…" + text[begin:] if begin else text
        return Content.assemble(
            (ratings.mark(line.rating), ratings.style(line.rating)),
            ("▲" if line.checkworthy else " ", "bold $text-warning"),
            " ",
            (f"{line.kind[:11]:<11}", "$text-muted"),
            f"{line.score:5.2f} ",
            (f"{line.sources:>3} ", "$text-secondary" if line.sources else "$text-muted"),
            marked(
                text,
                "bold" if unchecked else "",
                self._marks,
                self.get_visual_style("claim-list--match"),
            ),
        )

    def _strip(self, content: Content, width: int, style) -> Strip:
        content = content.truncate(width, ellipsis=True, pad=True)
        strips = Visual.to_strips(self, content, width, 1, style)
        return strips[0].extend_cell_length(width, style.rich_style)

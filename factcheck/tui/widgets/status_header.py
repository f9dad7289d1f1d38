"""The header: which article, how far the checking is, and what is running in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from factcheck.scale import UNCHECKED
from factcheck.tui import ratings
from factcheck.tui.safe import shown

if TYPE_CHECKING:
    from factcheck.services.workbench import Progress

SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"


def title_content(progress: Progress) -> Content:
    title = progress.article.label if progress.article else "All claims (every article)"
    return shown(title, "bold")


def counts_content(progress: Progress, shown_count: int | None, width: int = 0) -> Content:
    """Checked N of M, then the ratings in use (zeros left out so it fits 80 columns), then
    the facts ticked when the claims hold any ("41 of 388 facts checked", as ``status``
    says it).  Each part is kept whole: one that would pass ``width`` starts the next line."""
    parts = [
        Content.styled(f"checked {progress.checked} of {progress.total}", "bold $text-primary")
    ]
    for rating, count in progress.counts.items():
        if count or rating == UNCHECKED:
            parts.append(
                Content.styled(f"{ratings.mark(rating)} {rating} {count}", ratings.style(rating))
            )
    if progress.facts is not None and progress.facts.total:
        parts.append(Content.styled(f"· {progress.facts.summary}", "$text-primary"))
    if shown_count is not None and shown_count != progress.total:
        parts.append(Content.styled(f"· {shown_count} shown", "$text-muted"))
    lines: list[list[Content]] = [[]]
    used = 0
    for part in parts:
        if lines[-1] and width and used + 2 + part.cell_length > width:
            lines.append([])
            used = 0
        used += part.cell_length + (2 if lines[-1] else 0)
        lines[-1].append(part)
    return Content("\n").join(Content("  ").join(line) for line in lines)


class Activity(Static):
    """A spinner and the label of the background job, shown only while one runs."""

    def on_mount(self) -> None:
        self._frame = 0
        self._label = ""
        self._timer = self.set_interval(0.1, self._spin, pause=True)
        self.watch(self.app, "activity", self._activity_changed)

    def _activity_changed(self, label: str) -> None:
        self._label = label
        self.set_class(bool(label), "-busy")
        if label:
            self._timer.resume()
        else:
            self._timer.pause()
        self._paint()

    def _spin(self) -> None:
        self._frame = (self._frame + 1) % len(SPINNER)
        self._paint(layout=False)  # one character for another: the width stays

    def _paint(self, layout: bool = True) -> None:
        if self._label:
            self.update(
                Content.assemble((SPINNER[self._frame] + " ", "$text-accent"), shown(self._label)),
                layout=layout,
            )
        else:
            self.update("", layout=layout)


class StatusHeader(Widget):
    """Two lines: the article (and any background activity), then progress per rating."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="title-row"):
            yield Static(Content.styled("opening the store…", "$text-muted"), id="title")
            yield Activity(id="activity")
        yield Static("", id="counts")

    _shown: tuple[Progress, int | None] | None = None
    _painted: tuple[Content | None, Content | None] = (None, None)  # (title, counts)

    def show(self, progress: Progress, shown_count: int | None = None) -> None:
        self._shown = (progress, shown_count)
        self._paint_title(title_content(progress))
        self._paint_counts()

    def on_resize(self, _event: events.Resize) -> None:
        self._paint_counts()

    # The header is shown again after every search and every write: a repaint only of what
    # changed, and a layout of the screen (tens of milliseconds) only when its height may.

    def _paint_title(self, title: Content) -> None:
        if title != self._painted[0]:
            self._painted = (title, self._painted[1])
            self.query_one("#title", Static).update(title, layout=False)  # one line, 1fr

    def _paint_counts(self) -> None:
        if self._shown is None:
            return
        counts = counts_content(*self._shown, width=self.content_region.width)
        before = self._painted[1]
        if counts != before:
            self._painted = (self._painted[0], counts)
            taller = before is None or before.plain.count("\n") != counts.plain.count("\n")
            self.query_one("#counts", Static).update(counts, layout=taller)

    def message(self, text: str) -> None:
        self._paint_title(shown(text, "$text-warning"))

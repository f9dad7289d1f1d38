"""One source's whole archived text, with the claim's passages highlighted in it.

Opened on the selected claim, it shows one of its sources at a time (``[`` / ``]`` go to the
others): the passages pinned as evidence stand out, the best-matching ones are underlined, and
n / p jump between them.  The text is read and laid out in a worker (a source may be a PDF of
a hundred pages), so the screen never waits for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from factcheck.services import sources
from factcheck.services.workbench import ClaimDetail
from factcheck.text import split_paragraphs
from factcheck.tui.messages import SourceTextLaidOut
from factcheck.tui.safe import clean, shown
from factcheck.tui.widgets.key_footer import KeyFooter
from factcheck.tui.widgets.laid_out import LaidOut, lay_out
from factcheck.tui.work import background
from factcheck.tui.workbench import Workbench

PINNED = "bold reverse"
MATCHED = "underline"


@dataclass(frozen=True)
class Mark:
    """A passage to highlight: where it is in the source's text, and what it is."""

    start: int
    end: int
    pinned: bool
    label: str  # "evidence 4" or "match 0.45"


def marks_of(detail: ClaimDetail, source_id: int) -> list[Mark]:
    """The claim's pinned passages of the source, then its best matches not pinned, by place."""
    pinned = [
        Mark(e.start, e.end, True, f"evidence {e.id}")
        for e in detail.evidence
        if e.source == source_id
    ]
    spans = {(m.start, m.end) for m in pinned}
    entry = next((s for s in detail.sources if s.source.id == source_id), None)
    matched = [
        Mark(p.start, p.end, False, f"match {p.score:.2f}")
        for p in (entry.passages if entry else ())
        if (p.start, p.end) not in spans
    ]
    return sorted(pinned + matched, key=lambda m: (m.start, m.end))


def marked_text(text: str, marks: list[Mark], width: int) -> tuple[list, list[int]]:
    """The text laid out ``width`` wide, paragraph by paragraph, with the marks styled; and
    for each mark the line it starts on."""
    lines: list = []
    where: list[int] = [0] * len(marks)
    for start, end in split_paragraphs(text):
        piece = Text()
        at = start
        for n, mark in enumerate(marks):
            s, e = max(mark.start, start), min(mark.end, end)
            if s >= e or s < at:
                continue
            piece.append(clean(text[at:s], newlines=True))
            if mark.start >= start:  # the line the mark starts on: the last of what precedes
                where[n] = len(lines) + max(len(lay_out(piece, width)) - 1, 0)
            piece.append(clean(text[s:e], newlines=True), PINNED if mark.pinned else MATCHED)
            at = e
        piece.append(clean(text[at:end], newlines=True))
        lines += lay_out(piece, width)
        lines += lay_out(Text(""), width)
    return lines, where


class SourceTextScreen(Screen[None]):
    BINDINGS = [
        Binding("n", "step(1)", "Next", tooltip="Next passage"),
        Binding("p", "step(-1)", "Prev", tooltip="Previous passage"),
        Binding("right_square_bracket", "source(1)", "Next src", key_display="]"),
        Binding("left_square_bracket", "source(-1)", "Prev src", key_display="["),
        Binding("escape,o", "back", "Back"),
        Binding("question_mark", "app.help", "Help"),
    ]

    def __init__(self, bench: Workbench, detail: ClaimDetail, index: int = 0) -> None:
        super().__init__()
        self.bench = bench
        self.detail = detail
        self.index = index  # which of the claim's sources
        self.marks: list[Mark] = []
        self.mark_lines: list[int] = []
        self.current = 0  # the mark n / p reached
        self.shown: SourceTextLaidOut | None = None

    @property
    def source_id(self) -> int:
        return self.detail.sources[self.index].source.id

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("reading the source…", "$text-muted"), id="source-title")
        yield LaidOut(id="source-text")
        yield KeyFooter(columns=6)

    def on_mount(self) -> None:
        self.query_one("#source-text").focus()
        self.call_after_refresh(self._load)

    def _load(self) -> None:
        width = self.query_one(LaidOut).scrollable_content_region.width
        self._read(self.source_id, marks_of(self.detail, self.source_id), max(width, 20))

    @background("source-text", exclusive=True, label="reading the source")
    def _read(self, source_id: int, marks: list[Mark], width: int) -> SourceTextLaidOut:
        found = sources.show_source(self.bench.store, source_id)
        lines, where = marked_text(found.text, marks, width)
        return SourceTextLaidOut(found, marks, lines, where, width)

    @on(SourceTextLaidOut)
    def _laid_out(self, event: SourceTextLaidOut) -> None:
        if event.source.source.id != self.source_id:
            return  # another source was asked for meanwhile
        self.shown = event
        self.marks, self.mark_lines = event.marks, event.where
        # Opened on the first pinned passage: what the checker relies on.
        self.current = next((n for n, m in enumerate(self.marks) if m.pinned), 0)
        self.query_one(LaidOut).show(event.lines)
        self._go_to_mark()

    def _title(self) -> Content:
        assert self.shown is not None
        source = self.shown.source.source
        named = source.title or source.url or ""  # a file or a note has only its number
        parts = [(f"source {source.id} ", "bold"), shown(named, "bold")]
        if self.marks:
            mark = self.marks[self.current]
            parts.append(
                (f"   {mark.label} ({self.current + 1} of {len(self.marks)})", "$text-muted")
            )
        else:
            parts.append(("   no passage of it is pinned or matches the claim", "$text-muted"))
        count = len(self.detail.sources)
        if count > 1:
            parts.append((f"   source {self.index + 1} of {count} ([ ])", "$text-muted"))
        return Content.assemble(*parts)

    def _go_to_mark(self) -> None:
        self.query_one("#source-title", Static).update(self._title())
        if self.mark_lines:
            line = self.mark_lines[self.current]
            self.query_one(LaidOut).scroll_to(y=max(line - 2, 0), animate=False)

    def action_step(self, step: int) -> None:
        if self.marks:
            self.current = (self.current + step) % len(self.marks)
            self._go_to_mark()

    def action_source(self, step: int) -> None:
        count = len(self.detail.sources)
        if count > 1:
            self.index = (self.index + step) % count
            self.query_one("#source-title", Static).update(
                Content.styled("reading the source…", "$text-muted")
            )
            self._load()

    def on_resize(self) -> None:
        self.call_after_refresh(self._relay)

    def _relay(self) -> None:
        width = self.query_one(LaidOut).scrollable_content_region.width
        if self.shown is not None and width != self.shown.width:
            self._load()

    def action_back(self) -> None:
        self.dismiss(None)

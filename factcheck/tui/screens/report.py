"""The report preview: the Markdown report rendered in the app, and saved to a file on request.

The report is built and rendered in a worker (it reads every claim of the article); the clock
comes from the app so a preview is reproducible.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Markdown, Static

from factcheck.services import reports
from factcheck.tui.messages import ReportBuilt, ReportSaved
from factcheck.tui.safe import one_line, shown
from factcheck.tui.screens.dialog import Dialog, label
from factcheck.tui.widgets.key_footer import KeyFooter
from factcheck.tui.work import background
from factcheck.tui.workbench import Workbench


@dataclass(frozen=True)
class Rendered:
    title: str
    markdown: str


class SaveReportDialog(Dialog[str]):
    SUBMIT_LABEL = "Save"

    def __init__(self, suggested: str) -> None:
        super().__init__()
        self.suggested = suggested

    def title_text(self) -> Content:
        return Content.styled("Save the report", "bold")

    def fields(self) -> Iterable[Widget]:
        yield label("File to write (Markdown); an existing file is replaced whole")
        yield Input(self.suggested, id="report-path")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#report-path", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        path = self.query_one("#report-path", Input).value.strip()
        if not path:
            self.fail("Type a file name.")
            return
        self.dismiss(os.path.expanduser(path))


class ReportScreen(Screen[None]):
    BINDINGS = [
        Binding("w", "save", "Save to a file"),
        Binding("escape,r", "back", "Back"),
        Binding("question_mark", "app.help", "Help"),
    ]

    def __init__(self, bench: Workbench, article: int) -> None:
        super().__init__()
        self.bench = bench
        self.article = article
        self.rendered: Rendered | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("building the report…", "$text-muted"), id="report-title")
        with VerticalScroll(id="report-body"):
            yield Markdown(id="report")
        yield KeyFooter(columns=4)

    def on_mount(self) -> None:
        self.query_one("#report-body").focus()
        self._build()

    @background("report", label="building the report")
    def _build(self) -> ReportBuilt:
        data = reports.build_report(self.bench.store, self.article, generated_at=self.bench.clock())
        return ReportBuilt(data.article.title, reports.render_report(data, "md"))

    @on(ReportBuilt)
    async def _rendered(self, event: ReportBuilt) -> None:
        self.rendered = Rendered(event.title, event.markdown)
        self.query_one("#report-title", Static).update(
            Content.assemble(
                ("Report preview: ", "bold"),
                shown(event.title, "bold"),
                ("   w saves it to a file", "$text-muted"),
            )
        )
        await self.query_one("#report", Markdown).update(event.markdown)

    def action_save(self) -> None:
        if self.rendered is None:
            self.notify("The report is still being built.", severity="warning")
            return
        self.app.push_screen(SaveReportDialog(f"report-{self.article}.md"), self._save_to)

    def _save_to(self, path: str | None) -> None:
        if path is None or self.rendered is None:
            return
        self._write(path, self.rendered.markdown)

    @background("save-report", writes=True, label="saving the report")
    def _write(self, path: str, text: str) -> ReportSaved:
        reports.save_report(path, text)
        return ReportSaved(path)

    @on(ReportSaved)
    def _saved(self, event: ReportSaved) -> None:
        self.notify(f"Report saved to {one_line(event.path, 80)}", markup=False)

    def action_back(self) -> None:
        self.dismiss(None)

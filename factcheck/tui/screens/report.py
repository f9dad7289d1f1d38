"""The report preview: the Markdown report shown a page at a time, and saved to a file.

The report is built in a worker (it reads every claim of the article) and shown in pages,
each laid out in a worker too (`widgets.laid_out`), so an article of 10,000 claims costs
the UI thread one page of ready lines, not a hundred thousand lines of Markdown, and keys
answer while it builds.  The save dialog opens at once, building or not: its own worker
waits for the report, so a path typed meanwhile is never lost, an existing file is replaced
only when the checker saves it a second time, and a failed save leaves the dialog open with
the path.  The clock comes from the app so a preview is reproducible.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import Future

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Select, Static

from factcheck.errors import FactcheckError, WouldReplace
from factcheck.services import reports
from factcheck.services.reports import ReportPreview
from factcheck.tui.messages import ReportBuilt, ReportPageLaidOut, ReportSaved
from factcheck.tui.safe import one_line, shown
from factcheck.tui.screens.dialog import Dialog, label
from factcheck.tui.widgets.key_footer import KeyFooter
from factcheck.tui.widgets.laid_out import LaidOut, lay_out_markdown
from factcheck.tui.work import WorkFailed, background
from factcheck.tui.workbench import Workbench

FORMAT_NAMES = {
    "md": "Markdown report",
    "json": "JSON",
    "claimreview": "ClaimReview JSON-LD",
    "annotated": "annotated article (Markdown)",
    "docx": "Word manuscript, annotated (docx)",
}


class SaveReportDialog(Dialog[str]):
    """Where to save the report, in which format; stays open until the file is written or
    the checker leaves.

    ``report`` is the preview being built: the save waits for it in its worker.  Every
    format is rendered from the previewed data, so all of them say the same.
    """

    SUBMIT_LABEL = "Save"

    def __init__(self, bench: Workbench, stem: str, report: Future[ReportPreview]) -> None:
        super().__init__()
        self.bench = bench
        self.stem = stem
        self.report = report
        self._replace: str | None = None  # the path the checker was told exists

    def title_text(self) -> Content:
        return Content.styled("Save the report", "bold")

    def fields(self) -> Iterable[Widget]:
        yield label("File to write; an existing file is replaced only if asked")
        yield Input(self.stem + reports.SUFFIXES["md"], id="report-path")
        yield label("Format")
        yield Select(
            [(name, fmt) for fmt, name in FORMAT_NAMES.items()],
            value="md",
            allow_blank=False,
            id="report-format",
            compact=True,
        )

    def on_select_changed(self, event: Select.Changed) -> None:
        """A name still as offered follows the format; one the checker typed stays."""
        event.stop()
        field = self.query_one("#report-path", Input)
        offered = {self.stem + suffix for suffix in reports.SUFFIXES.values()}
        if field.value in offered:
            field.value = self.stem + reports.SUFFIXES[str(event.value)]

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#report-path", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def on_input_changed(self, event: Input.Changed) -> None:
        if self._replace is not None and event.value.strip() != self._replace:
            self._replace = None
            self.clear_error()

    def action_submit(self) -> None:
        if self.working:
            return
        path = self.query_one("#report-path", Input).value.strip()
        if not path:
            self.fail("Type a file name.")
            return
        self.working = True
        if not self.report.done():
            self.note("The report is still being built: it is saved as soon as it is ready.")
        fmt = str(self.query_one("#report-format", Select).value)
        self._write(path, fmt, replace=path == self._replace)

    @background("save-report", writes=True, label="saving the report")
    def _write(self, path: str, fmt: str, *, replace: bool) -> ReportSaved:
        preview = self.report.result()  # waits here, in the worker, for the build to end
        content = reports.export_report(self.bench.store, preview, fmt)
        reports.save_report(os.path.expanduser(path), content, replace=replace)
        return ReportSaved(path)

    @on(ReportSaved)
    def _saved(self, event: ReportSaved) -> None:
        self.dismiss(event.path)

    def refused(self, error: FactcheckError) -> None:
        if isinstance(error, WouldReplace):
            self._replace = self.query_one("#report-path", Input).value.strip()
        self.fail(str(error))


class ReportScreen(Screen[None]):
    # w acts as the key comes in (a priority binding, run in the app's turn), so the file
    # name typed right after it goes to the save dialog, not to the page below.
    BINDINGS = [
        Binding("w", "save", "Save", priority=True),
        Binding("n", "page(1)", "Next page"),
        Binding("p", "page(-1)", "Prev page"),
        Binding("escape,r", "back", "Back"),
        Binding("question_mark", "app.help", "Help"),
    ]

    def __init__(self, bench: Workbench, article: int) -> None:
        super().__init__()
        self.bench = bench
        self.article = article
        self.preview: ReportPreview | None = None
        self.page = 0  # the page asked for
        self.shown_page: int | None = None  # the page on screen
        self.shown_width = 0  # the width it was laid out for
        self.ready: Future[ReportPreview] = Future()

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("building the report…", "$text-muted"), id="report-title")
        yield LaidOut(id="report-body")
        yield KeyFooter(columns=5)

    def on_mount(self) -> None:
        self.query_one("#report-body").focus()
        # Built once the screen is up: a worker busy in Python slows everything the UI
        # thread does meanwhile (they share the GIL), and putting up a screen is a lot.
        self.call_after_refresh(self._build)

    @background("report", label="building the report")
    def _build(self) -> ReportBuilt:
        try:
            preview = reports.preview_report(
                self.bench.store, self.article, generated_at=self.bench.clock()
            )
        except BaseException as exc:
            self.ready.set_exception(exc)
            raise
        self.ready.set_result(preview)
        return ReportBuilt(preview)

    @on(ReportBuilt)
    def _built(self, event: ReportBuilt) -> None:
        self.preview = event.preview
        self._show(self.page)

    def on_work_failed(self, event: WorkFailed) -> None:
        if event.group == "report":  # the notice comes from the app; the title says it too
            self.query_one("#report-title", Static).update(
                Content.styled("the report could not be built", "$text-error")
            )

    def _title(self, page: int) -> Content:
        assert self.preview is not None
        pages = len(self.preview.pages)
        where = f"Page {page + 1} of {pages} · " if pages > 1 else ""
        return Content.assemble(
            (f"{where}Report preview: ", "bold"),
            shown(self.preview.title, "bold"),
            ("   w saves it to a file", "$text-muted"),
        )

    def _show(self, page: int) -> None:
        if self.preview is None:
            return
        width = self.query_one(LaidOut).scrollable_content_region.width
        self._lay_out(page, self.preview.pages[page], max(width, 20))

    @background("report-page", exclusive=True)
    def _lay_out(self, page: int, markdown: str, width: int) -> ReportPageLaidOut:
        return ReportPageLaidOut(page, width, lay_out_markdown(markdown, width))

    @on(ReportPageLaidOut)
    def _laid_out(self, event: ReportPageLaidOut) -> None:
        if event.page != self.page:
            return  # a later page was asked for meanwhile
        self.query_one("#report-title", Static).update(self._title(event.page))
        self.query_one(LaidOut).show(event.lines)
        self.shown_page, self.shown_width = event.page, event.width

    def on_resize(self) -> None:
        """A new width lays the page out again (after the layout has given it its size)."""
        self.call_after_refresh(self._relay)

    def _relay(self) -> None:
        width = self.query_one(LaidOut).scrollable_content_region.width
        if self.shown_page is not None and width != self.shown_width:
            self._show(self.page)

    def action_page(self, step: int) -> None:
        if self.preview is None:
            return
        page = min(max(self.page + step, 0), len(self.preview.pages) - 1)
        if page != self.page:
            self.page = page
            self._show(page)

    def action_save(self) -> None:
        dialog = SaveReportDialog(self.bench, f"report-{self.article}", self.ready)
        self.app.push_screen(dialog, self._saved)

    def _saved(self, path: str | None) -> None:
        if path is not None:
            self.notify(f"Report saved to {one_line(path, 80)}", markup=False)

    def action_back(self) -> None:
        self.dismiss(None)

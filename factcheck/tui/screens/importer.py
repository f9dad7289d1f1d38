"""Importing an article (text or HTML file, or an http(s) URL) or a claims file (CSV, JSONL).

The two are told apart by the file itself, as the ``import`` command does; the summary stays on
screen until the checker closes the dialog, which then opens the imported article.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Static

from factcheck import services
from factcheck.config import Thresholds
from factcheck.services.claims import claims_file_form
from factcheck.tui.messages import ImportDone, StoreWritten
from factcheck.tui.safe import one_line, shown
from factcheck.tui.screens.dialog import Dialog, label
from factcheck.tui.work import background
from factcheck.tui.workbench import Workbench


@dataclass(frozen=True)
class Imported:
    summary: str
    article: int | None  # the article to open afterwards


def import_target(store, target: str, article: int | None, limits: Thresholds) -> Imported:
    """Run in a worker: read, tell article from claims file, import, and describe the result."""
    form = claims_file_form(target)
    if form is not None:
        path = Path(target)
        name, rows = services.read_claims(path, form)
        result = services.import_claims(
            store, (name, rows), article_id=article, threshold=limits.claim_merge
        )
        merged = "; ".join(
            f"line {m.line} → claim {m.claim} ({m.similarity:.0f}%)" for m in result.merges[:5]
        )
        more = f" (+{result.merged - 5} more)" if result.merged > 5 else ""
        return Imported(
            f"Claims file {path.name}: {result.rows} rows — {result.new} new, "
            f"{result.unchanged} unchanged, {result.updated} updated, {result.merged} merged"
            + (f": {merged}{more}" if merged else ""),
            article,
        )
    outcome = services.import_article(store, services.load_article(target))
    view = outcome.article
    if not outcome.created:
        return Imported(
            f"Already imported as article {view.id} ({one_line(view.label, 60)}); nothing changed.",
            view.id,
        )
    return Imported(
        f"Imported article {view.id} ({one_line(view.label, 60)}): {outcome.claims} claims.",
        view.id,
    )


class ImportDialog(Dialog[int]):
    """Dismissed with the article to open (or ``None``)."""

    SUBMIT_LABEL = "Import"

    def __init__(self, bench: Workbench, article: int | None) -> None:
        super().__init__()
        self.bench = bench
        self.article = article
        self.result: Imported | None = None

    def title_text(self) -> Content:
        return Content.styled("Import an article or a claims file", "bold")

    def fields(self) -> Iterable[Widget]:
        yield label("Path of a text or HTML article, a claims file (.csv, .jsonl), or a URL")
        yield Input(id="import-path", placeholder="articles/story.html or claims.csv")
        yield Checkbox(
            f"Claims files: attach the claims to article {self.article}",
            value=self.article is not None,
            id="import-attach",
            disabled=self.article is None,
            compact=True,
        )
        yield Static("", id="import-summary")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#import-path", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        if self.result is not None:
            self.dismiss(self.result.article)
            return
        if self.working:
            return
        target = os.path.expanduser(self.query_one("#import-path", Input).value.strip())
        if not target:
            self.fail("Type the path of the file to import.")
            return
        attach = self.query_one("#import-attach", Checkbox).value
        self.working = True
        self.clear_error()
        self._import(target, self.article if attach else None)

    @background("import", writes=True, label=lambda target, _: f"importing {one_line(target, 40)}")
    def _import(self, target: str, article: int | None) -> ImportDone:
        return ImportDone(import_target(self.bench.store, target, article, self.bench.thresholds))

    @on(ImportDone)
    def _done(self, event: ImportDone) -> None:
        result = self.result = event.imported
        self.working = False
        self.query_one("#import-summary", Static).update(shown(result.summary, "$text-success"))
        self.query_one("#submit", Button).label = "Open (ctrl+s)"
        self.query_one("#submit", Button).focus()
        self.post_message(StoreWritten())

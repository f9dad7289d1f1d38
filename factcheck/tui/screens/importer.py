"""Importing an article (text or HTML file, or an http(s) URL) or a claims file (CSV, JSONL).

The two are told apart by the file itself, as the ``import`` command does; the summary stays on
screen until the checker closes the dialog, which then opens the imported article.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Static

from factcheck.services.claims import ClaimImport
from factcheck.services.reviews import ReviewImport
from factcheck.tui.messages import ImportDone, StoreWritten
from factcheck.tui.safe import one_line, shown
from factcheck.tui.screens.dialog import Dialog, label
from factcheck.tui.work import background
from factcheck.tui.workbench import Workbench

if TYPE_CHECKING:
    from factcheck.services.articles import ArticleImport


@dataclass(frozen=True)
class Imported:
    summary: str
    article: int | None  # the article to open afterwards


def describe_import(
    result: ArticleImport | ClaimImport | ReviewImport, article: int | None
) -> Imported:
    """The summary the dialog shows, and the article to open afterwards."""
    if isinstance(result, ClaimImport):
        merged = "; ".join(
            f"line {m.line} → claim {m.claim} ({m.similarity:.0f}%)" for m in result.merges[:5]
        )
        more = f" (+{result.merged - 5} more)" if result.merged > 5 else ""
        return Imported(
            f"Claims file {Path(result.path).name}: {result.rows} rows — {result.new} new, "
            f"{result.unchanged} unchanged, {result.updated} updated, {result.merged} merged"
            + (f": {merged}{more}" if merged else ""),
            article,
        )
    if isinstance(result, ReviewImport):
        return Imported(
            f"Fact-checks of other desks from {Path(result.path).name}: {result.reviews} — "
            f"{result.summary}",
            article,
        )
    view = result.article
    if not result.created:
        return Imported(
            f"Already imported as article {view.id} ({one_line(view.label, 60)}); nothing changed.",
            view.id,
        )
    return Imported(
        f"Imported article {view.id} ({one_line(view.label, 60)}): {result.claims} claims.",
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

    @property
    def changed(self) -> bool:
        """Once the path typed is imported nothing is left to lose: Esc closes at once."""
        return self.result is None and super().changed

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
        # The import service (and the page extractor it needs) loads here, in the worker.
        from factcheck.services.imports import import_target

        threshold = self.bench.thresholds.claim_merge
        result = import_target(
            self.bench.store,
            target,
            article_id=article,
            threshold=threshold,
            access=self.bench.access,
        )
        return ImportDone(describe_import(result, article))

    @on(ImportDone)
    def _done(self, event: ImportDone) -> None:
        result = self.result = event.imported
        self.working = False
        self.query_one("#import-summary", Static).update(shown(result.summary, "$text-success"))
        self.query_one("#submit", Button).label = "Open (ctrl+s)"
        self.query_one("#submit", Button).focus()
        self.post_message(StoreWritten())

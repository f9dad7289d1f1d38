"""Adding a source: a URL, a local file path, or a note of the checker's own (a phone call).

The dialog only gathers the request; the main screen runs the fetch in a worker so the
checker can keep reading while a slow site answers.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input, Select, Static, TextArea

from factcheck.services.sources import STANCES
from factcheck.tui.safe import shown
from factcheck.tui.screens.dialog import Dialog, label


@dataclass(frozen=True)
class SourceRequest:
    target: str | None  # a URL or a file path
    note: str | None
    stance: str = "context"


class SourceDialog(Dialog[SourceRequest]):
    SUBMIT_LABEL = "Add"

    def __init__(self, claim_id: int, claim_text: str) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.claim_text = claim_text

    def title_text(self) -> Content:
        return Content.styled(f"Add a source to claim {self.claim_id}", "bold")

    def fields(self) -> Iterable[Widget]:
        yield Static(shown(self.claim_text, "italic"), classes="dialog-claim")
        yield label("A URL (https://…) or a file path")
        yield Input(placeholder="https://example.org/story or ~/notes/report.pdf", id="target")
        yield label("…or a note of your own (an interview, a call, a document)")
        yield TextArea(id="note", soft_wrap=True, show_line_numbers=False)
        yield label("Stance of the source towards the claim")
        # Compact: open, its three stances stay inside the dialog at 80×24.
        yield Select(
            [(s, s) for s in STANCES], value="context", allow_blank=False, id="stance", compact=True
        )

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#target", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        target = os.path.expanduser(self.query_one("#target", Input).value.strip())
        note = self.query_one("#note", TextArea).text.strip()
        if bool(target) == bool(note):
            self.fail("Give a URL or a file path, or write a note (one of them).")
            return
        stance = str(self.query_one("#stance", Select).value)
        self.dismiss(SourceRequest(target or None, note or None, stance))

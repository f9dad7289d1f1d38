"""The frame every dialog shares: a title, the fields, a line for errors, and the buttons.

Errors a checker can cause (a missing rationale, a stale claim) are shown inside the dialog,
beside what they typed, instead of closing it and losing the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Footer, Input, Static, TextArea

from factcheck.errors import FactcheckError
from factcheck.tui.safe import shown
from factcheck.tui.work import WorkFailed

T = TypeVar("T")


class Dialog(ModalScreen[T]):
    """Subclasses give ``title_text``, ``fields()`` and ``action_submit``."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "submit", "Save", priority=True),
    ]
    SUBMIT_LABEL = "Save"

    def __init__(self) -> None:
        super().__init__()
        self.working = False

    def title_text(self) -> Content:
        return Content("")

    def fields(self) -> Iterable[Widget]:
        return ()

    def extra_buttons(self) -> Iterable[Button]:
        return ()

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog"):
            yield Static(self.title_text(), classes="dialog-title")
            yield from self.fields()
            yield Static("", id="dialog-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(
                    f"{self.SUBMIT_LABEL} (ctrl+s)", id="submit", variant="primary", compact=True
                )
                yield from self.extra_buttons()
                yield Button("Cancel (esc)", id="cancel", compact=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        for widget in self.query(Input):
            widget.cursor_blink = False
        for area in self.query(TextArea):
            area.cursor_blink = False

    def fail(self, message: str) -> None:
        error = self.query_one("#dialog-error", Static)
        error.update(shown(message, "bold $text-error"))
        error.add_class("-shown")
        self.working = False

    def clear_error(self) -> None:
        self.query_one("#dialog-error", Static).update("")
        self.query_one("#dialog-error", Static).remove_class("-shown")

    def note(self, message: str) -> None:
        """A non-error remark in the error line (e.g. "reloaded: decide again")."""
        error = self.query_one("#dialog-error", Static)
        error.update(shown(message, "$text-warning"))
        error.add_class("-shown")

    def on_work_failed(self, event: WorkFailed) -> None:
        """A refused save is shown here, beside what was typed, not as a passing notice."""
        event.stop()
        self.refused(event.error)

    def refused(self, error: FactcheckError) -> None:
        self.fail(str(error))

    def action_cancel(self) -> None:
        if not self.working:
            self.dismiss(None)

    def action_submit(self) -> None:
        raise NotImplementedError

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "cancel":
            self.action_cancel()
        elif event.button.id == "submit":
            self.action_submit()
        elif event.button.id:
            await self.run_action(event.button.id)


def label(text: str, id: str | None = None) -> Static:
    return Static(Content.styled(text, "$text-muted"), classes="field-label", id=id)

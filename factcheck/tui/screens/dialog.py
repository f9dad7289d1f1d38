"""The frame every dialog shares: a title, the fields, a line for errors, and the buttons.

Input is sacred.  Errors a checker can cause (a missing rationale, a stale claim) are shown
inside the dialog, beside what they typed, instead of closing it and losing the text; a refused
save leaves the cursor in the field the checker was typing in (not on the Save button, where
the next keys would be lost); and Esc on a dialog whose fields changed asks before discarding.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.events import DescendantFocus
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Footer, Input, Select, SelectionList, Static, TextArea

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
        self._as_opened: tuple[object, ...] | None = None  # the fields' values when shown
        self._last_field: Widget | None = None  # the field the checker was last in

    def title_text(self) -> Content:
        return Content("")

    def fields(self) -> Iterable[Widget]:
        return ()

    def extra_buttons(self) -> Iterable[Button]:
        return ()

    def compose(self) -> ComposeResult:
        # Not focusable itself, so the first field has the focus as the dialog comes up and
        # the keys typed right after the key that opened it land there.
        with VerticalScroll(id="dialog", can_focus=False):
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
        # After the subclasses have filled their fields in: that is the dialog as opened.
        self.call_after_refresh(self._remember_opened)

    def _remember_opened(self) -> None:
        self._as_opened = self.values()

    def values(self) -> tuple[object, ...]:
        """What the checker can change in the dialog; Esc asks when it differs from the start."""
        found: list[object] = []
        for widget in self.query("Input, TextArea, Select, Checkbox, SelectionList"):
            if isinstance(widget, Input):
                found.append(widget.value)
            elif isinstance(widget, TextArea):
                found.append(widget.text)
            elif isinstance(widget, (Select, Checkbox)):
                found.append(widget.value)
            elif isinstance(widget, SelectionList):
                found.append(tuple(widget.selected))
        return tuple(found)

    @property
    def changed(self) -> bool:
        return self._as_opened is not None and self.values() != self._as_opened

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        if not isinstance(event.widget, Button):
            self._last_field = event.widget

    def fail(self, message: str) -> None:
        """Say why the save was refused; the cursor goes back to the field it was in."""
        error = self.query_one("#dialog-error", Static)
        error.update(shown(message, "bold $text-error"))
        error.add_class("-shown")
        self.working = False
        if (self.focused is None or isinstance(self.focused, Button)) and self._last_field:
            self._last_field.focus()

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
        if self.working:
            return
        if not self.changed:
            self.dismiss(None)
            return

        def decided(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(DiscardDialog(), decided)

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


class DiscardDialog(Dialog[bool], inherit_bindings=False):
    """Asked on Esc when a dialog's fields changed: discard them (y), or keep editing (n, Esc)."""

    BINDINGS = [
        Binding("y", "submit", "Discard"),
        Binding("n,escape", "cancel", "Keep editing"),
    ]

    def title_text(self) -> Content:
        return Content.styled("Discard what you typed?", "bold")

    def fields(self) -> Iterable[Widget]:
        yield label("The dialog's fields changed since it opened. Esc or n goes back to them.")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#submit", Button).label = "Discard (y)"
        self.query_one("#cancel", Button).label = "Keep editing (n / esc)"
        self.query_one("#cancel", Button).focus()

    def action_submit(self) -> None:
        self.dismiss(True)


def label(text: str, id: str | None = None) -> Static:
    return Static(Content.styled(text, "$text-muted"), classes="field-label", id=id)

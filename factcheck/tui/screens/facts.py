"""The facts of one claim as a checklist: each name, title, figure, date, work and quotation
ticked off on its own, as a magazine checker ticks the items underlined in a manuscript.

The ticking keys live on the list, not the screen: while the note field has focus every
letter is text, so typing "wrong" in a note never ticks anything.  Each tick is a write
through ``services.facts`` (the same call as ``factcheck fact``) in a worker; the row comes
back as stored and the main screen reads its counts again.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from factcheck.services import facts
from factcheck.services.views import FactView
from factcheck.tui.messages import FactMarked, FactsListed, StoreWritten
from factcheck.tui.safe import one_line, shown
from factcheck.tui.widgets.key_footer import KeyFooter
from factcheck.tui.work import background
from factcheck.tui.workbench import Workbench

# How each state reads in the checklist: a mark and its colour.
MARKS = {
    None: ("·", "$text-muted"),
    "checked": ("✔", "$text-success"),
    "wrong": ("✘", "$text-error"),
    "unverified": ("?", "$text-warning"),
}


def fact_line(fact: FactView) -> Content:
    """One item: its tick, number, kind, the words themselves and the checker's note."""
    mark, style = MARKS.get(fact.state, MARKS[None])
    parts: list[tuple[str, str] | Content | str] = [
        (f"{mark} ", style),
        (f"{fact.position:>2} {fact.kind:<12} ", "$text-muted"),
        shown(one_line(fact.text, 60), "bold"),
    ]
    if fact.state:
        parts.append((f"  {fact.state}", style))
    if fact.note:
        parts += [("  note: ", "$text-muted"), shown(one_line(fact.note, 60))]
    return Content.assemble(*parts)


class FactList(OptionList):
    """The checklist; its keys act only while it has focus."""

    BINDINGS = [
        Binding("c", "mark('checked')", "Checked"),
        Binding("w", "mark('wrong')", "Wrong"),
        Binding("u", "mark('unverified')", "Unverified"),
        Binding("n", "note", "Note"),
    ]

    def action_mark(self, state: str) -> None:
        screen = self.screen
        if isinstance(screen, FactsScreen):
            screen.mark(state)

    def action_note(self) -> None:
        screen = self.screen
        if isinstance(screen, FactsScreen):
            screen.edit_note()


class FactsScreen(Screen[None]):
    """Opened on the selected claim; Esc goes back to the list."""

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("question_mark", "app.help", "Help"),
    ]

    def __init__(self, bench: Workbench, claim_id: int, claim_text: str) -> None:
        super().__init__()
        self.bench = bench
        self.claim_id = claim_id
        self.claim_text = claim_text
        self.facts: tuple[FactView, ...] | None = None
        self._noting: int | None = None  # the fact whose note is being edited
        self._warned = False  # Esc once on a changed note said what a second one does

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("reading the facts…", "$text-muted"), id="facts-title")
        yield Static(shown(one_line(self.claim_text, 400)), id="facts-claim")
        yield FactList(id="facts-list")
        yield Input(placeholder="note on the fact (Enter saves, Esc goes back)", id="facts-note")
        yield KeyFooter(columns=4)

    def on_mount(self) -> None:
        self.query_one("#facts-note", Input).display = False
        self.query_one(FactList).focus()
        self._read()

    # -- reading and showing ----------------------------------------------------------------

    @background("facts", exclusive=True, label="reading the facts")
    def _read(self) -> FactsListed:
        return FactsListed(facts.claim_facts(self.bench.store, self.claim_id))

    @on(FactsListed)
    def _listed(self, event: FactsListed) -> None:
        self.facts = event.facts
        checklist = self.query_one(FactList)
        keep = checklist.highlighted
        if event.facts:
            checklist.set_options(
                Option(fact_line(f), id=f"fact-{f.position}") for f in event.facts
            )
            checklist.highlighted = min(keep or 0, len(event.facts) - 1)
        else:
            checklist.set_options(
                [Option(Content.styled("No facts found in this claim.", "$text-muted"))]
            )
        self._show_title()

    def _show_title(self) -> None:
        shown_facts = self.facts or ()
        ticked = sum(1 for f in shown_facts if f.state)
        wrong = sum(1 for f in shown_facts if f.state == "wrong")
        self.query_one("#facts-title", Static).update(
            Content.assemble(
                (f"Facts of claim {self.claim_id}: ", "bold"),
                (
                    f"{ticked} of {len(shown_facts)} ticked, {wrong} wrong"
                    "  · c checked  w wrong  u unverified  n note",
                    "$text-muted",
                ),
            )
        )

    @property
    def current(self) -> FactView | None:
        """The highlighted fact (tests read it)."""
        checklist = self.query_one(FactList)
        if not self.facts or checklist.highlighted is None:
            return None
        return self.facts[checklist.highlighted]

    # -- ticking ------------------------------------------------------------------------------

    def mark(self, state: str, note: str | None = None) -> None:
        fact = self.current
        if fact is None:
            self.notify("This claim has no fact to tick.", severity="warning")
            return
        self._write(fact.position, state, note)

    @background("facts-mark", writes=True, label="ticking the fact")
    def _write(self, position: int, state: str, note: str | None) -> FactMarked:
        return FactMarked(
            facts.mark_fact(
                self.bench.store,
                self.claim_id,
                position,
                state,
                note=note,
                checker=self.bench.checker,
            )
        )

    @on(FactMarked)
    def _marked(self, event: FactMarked) -> None:
        if self.facts is None:
            return
        self.facts = tuple(
            event.fact if f.position == event.fact.position else f for f in self.facts
        )
        checklist = self.query_one(FactList)
        checklist.replace_option_prompt_at_index(event.fact.position - 1, fact_line(event.fact))
        self._show_title()
        self.post_message(StoreWritten())

    # -- the note -----------------------------------------------------------------------------

    def edit_note(self) -> None:
        fact = self.current
        if fact is None:
            self.notify("This claim has no fact to note.", severity="warning")
            return
        self._noting = fact.position
        self._warned = False
        field = self.query_one("#facts-note", Input)
        field.value = fact.note or ""
        field.display = True
        field.focus()

    @on(Input.Submitted, "#facts-note")
    def _note_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        fact = self._noted()
        if fact is not None and fact.state is None:
            # The note goes with a tick; the field stays open with what was typed.
            self.notify("Tick the fact first (Esc, then c, w or u): a note goes with its tick.")
            return
        if fact is not None and fact.state is not None:
            self._write(fact.position, fact.state, event.value)
        self._close_note()

    def _noted(self) -> FactView | None:
        return next((f for f in self.facts or () if f.position == self._noting), None)

    def _close_note(self) -> None:
        self._noting = None
        field = self.query_one("#facts-note", Input)
        field.display = False
        self.query_one(FactList).focus()

    def action_back(self) -> None:
        if self._noting is None:
            self.dismiss(None)
            return
        fact = self._noted()
        typed = self.query_one("#facts-note", Input).value
        if fact is not None and typed.strip() != (fact.note or "") and not self._warned:
            self._warned = True
            self.notify("The note is not saved: Enter saves it, Esc again discards it.")
            return
        self._close_note()

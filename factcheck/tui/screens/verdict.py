"""Recording a verdict: a rating of the scale (one key each), rationale, correction, evidence.

The claim's version is the one the checker read; if a colleague decided meanwhile the store
refuses the save (``StaleEdit``), and the dialog says so and offers to reload the claim, keeping
what was typed, instead of overwriting the colleague's verdict.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual import on
from textual.binding import Binding
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, OptionList, SelectionList, Static, TextArea
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from factcheck.errors import FactcheckError, StaleEdit
from factcheck.scale import Rating
from factcheck.services import verdicts, workbench
from factcheck.services.workbench import ClaimDetail
from factcheck.tui import ratings
from factcheck.tui.messages import ClaimDetailReloaded, VerdictSaved
from factcheck.tui.safe import one_line, shown
from factcheck.tui.screens.dialog import Dialog, label
from factcheck.tui.widgets.claim_detail import verdict_line
from factcheck.tui.work import background
from factcheck.tui.workbench import Workbench


def rating_option(number: int, rating: Rating) -> Option:
    """One line a rating: its key, mark and name, then what it means (cut to fit 80 columns)."""
    prompt = Content.assemble(
        (f"{number} ", "bold"),
        (f"{ratings.mark(rating.name)} {rating.name:<17}", ratings.style(rating.name)),
        (rating.meaning, "$text-muted"),
    )
    return Option(prompt.truncate(70, ellipsis=True), id=rating.name)


class RatingList(OptionList):
    """The scale, one rating a line; its number picks it, but only while this list has focus
    (digits typed anywhere else in the dialog are text, or nothing: see VerdictDialog)."""


class VerdictDialog(Dialog[str]):
    """Dismissed with a one-line description of the saved verdict, or ``None``.

    Opened on a claim with a verdict, it offers that verdict's rating, rationale and
    correction to edit; no passage is cited until the checker ticks it.
    """

    # A rating digit and Tab move focus; as priority bindings they do so when the key comes
    # in, before the next key is handed to a widget, so keys typed quickly (or pasted) go to
    # the field that has focus by then, in order, instead of being lost on the old one.
    BINDINGS = [
        *Dialog.BINDINGS,
        Binding("ctrl+r", "reload", "Reload claim"),
        Binding("tab", "app.focus_next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True),
        *(
            Binding(str(n), f"pick({n - 1})", f"rating {n}", show=False, priority=True)
            for n in range(1, 10)
        ),
    ]

    def __init__(self, bench: Workbench, detail: ClaimDetail) -> None:
        super().__init__()
        self.bench = bench
        self.detail = detail

    @property
    def scale(self) -> tuple[Rating, ...]:
        return self.bench.scale

    def title_text(self) -> Content:
        return Content.styled(f"Verdict on claim {self.detail.claim.id}", "bold")

    def fields(self) -> Iterable[Widget]:
        needs = ", ".join(r.name for r in self.scale if r.needs_correction) or "none"
        yield Static(self._claim_text(), id="verdict-claim")
        yield label(
            "Rating: press its number (or ↑/↓); "
            + ("the current one is pre-selected" if self.detail.verdict else "none is pre-selected")
        )
        yield RatingList(
            *(rating_option(n, r) for n, r in enumerate(self.scale, 1)), id="ratings", compact=True
        )
        now = self.detail.verdict
        yield label("Rationale: what do the sources show?")
        yield self._text_field("rationale", now.rationale if now else None)
        yield label(f"Correction: how should the claim read? (needed for {needs})")
        yield self._text_field("correction", now.correction if now else None)
        yield label("Cite pinned evidence (space ticks)", id="cite-label")
        yield SelectionList[int](*self._evidence_options(), id="cite", compact=True)

    @staticmethod
    def _text_field(name: str, offered: str | None) -> TextArea:
        """A text field holding what the last verdict said, to edit rather than retype."""
        return TextArea(
            offered or "", id=name, soft_wrap=True, show_line_numbers=False, compact=True
        )

    def extra_buttons(self) -> Iterable[Button]:
        yield Button("Reload claim (ctrl+r)", id="reload", variant="warning", compact=True)

    def _claim_text(self) -> Content:
        claim = self.detail.claim
        now = self.detail.verdict
        current = (
            Content.assemble(("now: ", "$text-muted"), verdict_line(now))
            if now
            else Content.styled("now: unchecked", "$text-muted")
        )
        return Content.assemble(shown(claim.text, "italic"), "  ", current)

    def _evidence_options(self) -> list[Selection[int]]:
        options = []
        for evidence in self.detail.evidence:
            prompt = Content.assemble(
                (f"evidence {evidence.id} ", "$text-muted"),
                (f"[{evidence.source}] ", "$text-secondary"),
                shown(one_line(evidence.text, 160)),
            )
            options.append(Selection(prompt, evidence.id, False))
        return options

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#reload", Button).display = False
        options = self.query_one("#ratings", OptionList)
        current = self.detail.verdict.rating if self.detail.verdict else None
        names = [r.name for r in self.scale]
        # Only the claim's own rating may be offered: a default would be saved by a checker who
        # never looked at the scale.
        options.highlighted = names.index(current) if current in names else None
        self._show_cite()
        options.focus()

    def _show_cite(self) -> None:
        has = bool(self.detail.evidence)
        self.query_one("#cite", SelectionList).display = has
        self.query_one("#cite-label", Static).update(
            Content.styled(
                "Cite pinned evidence (space ticks)"
                if has
                else "No pinned evidence to cite (p on the main screen pins passages)",
                "$text-muted",
            )
        )

    # -- choosing -----------------------------------------------------------------------------

    def values(self) -> tuple[object, ...]:
        return (self.rating, *super().values())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A digit picks a rating only on the rating list; elsewhere it is typed as text."""
        if action == "pick":
            return isinstance(self.focused, RatingList)
        return super().check_action(action, parameters)

    def action_pick(self, index: int) -> None:
        options = self.query_one("#ratings", RatingList)
        if index < options.option_count:
            options.highlighted = index
            self.set_focus(self.query_one("#rationale", TextArea))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()  # Enter or a click on a rating
        self.set_focus(self.query_one("#rationale", TextArea))

    @property
    def rating(self) -> str | None:
        options = self.query_one("#ratings", OptionList)
        if options.highlighted is None:
            return None
        return options.get_option_at_index(options.highlighted).id

    # -- saving -------------------------------------------------------------------------------

    def action_submit(self) -> None:
        if self.working:
            return
        rating = self.rating
        if rating is None:
            self.fail("Choose a rating first (Shift+Tab to the scale, press its number).")
            return
        self.working = True
        self.clear_error()
        self._save(
            rating,
            self.query_one("#rationale", TextArea).text,
            self.query_one("#correction", TextArea).text,
            tuple(self.query_one("#cite", SelectionList).selected),
        )

    @background("verdict", writes=True, label="saving the verdict")
    def _save(
        self, rating: str, rationale: str, correction: str, cited: tuple[int, ...]
    ) -> VerdictSaved:
        claim = self.detail.claim
        saved = verdicts.record_verdict(
            self.bench.store,
            claim.id,
            rating,
            rationale=rationale,
            checker=self.bench.checker,
            correction=correction,
            evidence=cited,
            seen_version=claim.version,
        )
        return VerdictSaved(saved)

    @on(VerdictSaved)
    def _saved(self, event: VerdictSaved) -> None:
        self.dismiss(f"{event.verdict.rating} on claim {event.verdict.claim}")

    def refused(self, error: FactcheckError) -> None:
        if isinstance(error, StaleEdit):
            self.fail(f"{error}. Press ctrl+r to reload the claim; what you typed is kept.")
            self.query_one("#reload", Button).display = True
            return
        self.fail(str(error))

    def action_reload(self) -> None:
        self._reload(self.detail.claim.id)

    @background("verdict", label="reloading the claim")
    def _reload(self, claim_id: int) -> ClaimDetailReloaded:
        return ClaimDetailReloaded(workbench.claim_detail(self.bench.store, claim_id))

    @on(ClaimDetailReloaded)
    def _reloaded(self, event: ClaimDetailReloaded) -> None:
        detail = event.detail
        kept = set(self.query_one("#cite", SelectionList).selected)
        self.detail = detail
        self.query_one("#verdict-claim", Static).update(self._claim_text())
        cite = self.query_one("#cite", SelectionList)
        cite.clear_options()
        cite.add_options(self._evidence_options())
        cite.deselect_all()
        for value in kept:
            if any(e.id == value for e in detail.evidence):
                cite.select(value)
        self._show_cite()
        self.query_one("#reload", Button).display = False
        self.working = False
        now = detail.verdict
        said = f"{now.rating} by {now.checker}" if now else "unchecked"
        self.note(f"Reloaded (version {detail.claim.version}): now {said}. Decide again and save.")

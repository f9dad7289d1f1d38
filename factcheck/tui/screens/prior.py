"""Prior checks of the selected claim: claims this desk checked already that say nearly the
same, and other desks' fact-checks imported from ClaimReview feeds, best match first.

The same list as ``factcheck similar`` (one ranking, in the service layer), read in a worker.
This screen is their one home in full; the claim's detail names the best few and points here.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from factcheck.services import reviews
from factcheck.services.reviews import ReviewMatch
from factcheck.services.verdicts import PriorCheck
from factcheck.tui.messages import PriorChecksFound
from factcheck.tui.safe import shown
from factcheck.tui.widgets.claim_detail import prior_lines
from factcheck.tui.widgets.key_footer import KeyFooter
from factcheck.tui.work import background
from factcheck.tui.workbench import Workbench


class PriorChecksScreen(Screen[None]):
    BINDINGS = [
        Binding("escape,c", "back", "Back"),
        Binding("question_mark", "app.help", "Help"),
    ]

    def __init__(self, bench: Workbench, claim_id: int, claim_text: str) -> None:
        super().__init__()
        self.bench = bench
        self.claim_id = claim_id
        self.claim_text = claim_text
        self.found: list[PriorCheck | ReviewMatch] | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("looking for prior checks…", "$text-muted"), id="prior-title")
        with VerticalScroll(id="prior-body"):
            yield Static(shown(self.claim_text, "italic"), id="prior-claim")
            yield Static("", id="prior-list")
        yield KeyFooter(columns=4)

    def on_mount(self) -> None:
        self.query_one("#prior-body").focus()
        self._look()

    @background("prior", exclusive=True, label="looking for prior checks")
    def _look(self) -> PriorChecksFound:
        threshold = self.bench.thresholds.similar
        found = reviews.prior_checks(self.bench.store, self.claim_id, threshold=threshold)
        return PriorChecksFound(self.claim_id, found, threshold)

    @on(PriorChecksFound)
    def _found(self, event: PriorChecksFound) -> None:
        self.found = event.found
        ours = sum(1 for m in event.found if isinstance(m, PriorCheck))
        self.query_one("#prior-title", Static).update(
            Content.assemble(
                (f"Prior checks of claim {self.claim_id}: ", "bold"),
                (
                    f"{ours} by this desk, {len(event.found) - ours} imported"
                    f" (from {event.threshold:.0f}% alike)",
                    "$text-muted",
                ),
            )
        )
        lines: list[Content] = []
        for match in event.found:
            lines += [*prior_lines(match), Content("")]
        if not lines:
            lines = [
                Content.styled(
                    f"No checked claim elsewhere, and no imported fact-check, is "
                    f"{event.threshold:.0f}% alike.",
                    "$text-muted",
                )
            ]
        self.query_one("#prior-list", Static).update(Content("\n").join(lines))

    def action_back(self) -> None:
        self.dismiss(None)

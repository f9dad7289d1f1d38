"""Source merges of the selected claim: the likely duplicates to confirm or reject, and the
merges made by themselves to split again, each with both texts side by side.

The list is read in a worker, each pair of texts laid out in a worker, and each decision is a
service call in a worker; after one the list is read again, so what is shown is what is stored.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from factcheck.services import merges
from factcheck.services.merges import MergeCase
from factcheck.services.sources import SourceView
from factcheck.tui.messages import MergeDecided, MergesLoaded, MergeTextsLaidOut, StoreWritten
from factcheck.tui.safe import clean, shown
from factcheck.tui.widgets.key_footer import KeyFooter
from factcheck.tui.widgets.laid_out import LaidOut, lay_out_text
from factcheck.tui.work import background
from factcheck.tui.workbench import Workbench

DONE = {"confirm": "confirmed", "reject": "rejected", "split": "split"}


def case_prompt(case: MergeCase) -> Content:
    merge = case.merge
    return Content.assemble(
        (f"merge {merge.id} ", "bold"),
        (f"{merge.status:<9} ", "$text-warning" if merge.status == "suggested" else "$text-muted"),
        f"source {merge.source} ↔ source {merge.other}  ",
        (f"{merge.score:.0%} alike, {clean(merge.rule)}", "$text-muted"),
    )


def source_head(source: SourceView | None, role: str) -> Content:
    if source is None:
        return Content.styled(role, "bold")
    named = source.title or source.url or ""  # a file or a note has only its number
    return Content.assemble((f"{role}: source {source.id} ", "bold"), shown(named))


class MergesScreen(Screen[None]):
    BINDINGS = [
        Binding("c", "decide('confirm')", "Confirm"),
        Binding("x", "decide('reject')", "Reject"),
        Binding("s", "decide('split')", "Split"),
        Binding("tab", "app.focus_next", "Next pane", show=False),
        Binding("escape,d", "back", "Back"),
        Binding("question_mark", "app.help", "Help"),
    ]

    def __init__(self, bench: Workbench, claim_id: int) -> None:
        super().__init__()
        self.bench = bench
        self.claim_id = claim_id
        self.cases: list[MergeCase] = []
        self.shown_merge: int | None = None  # the pair whose texts are on screen
        self.deciding = False

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("reading the merges…", "$text-muted"), id="merges-title")
        yield OptionList(id="merges", compact=True)
        with Horizontal(id="merge-texts"):
            with Vertical(classes="merge-side"):
                yield Static("", id="merge-kept-head", classes="merge-head")
                yield LaidOut(id="merge-kept")
            with Vertical(classes="merge-side"):
                yield Static("", id="merge-other-head", classes="merge-head")
                yield LaidOut(id="merge-other")
        yield KeyFooter(columns=5)

    def on_mount(self) -> None:
        self.query_one("#merges").focus()
        self._load()

    @background("merges", exclusive=True, label="reading the merges")
    def _load(self) -> MergesLoaded:
        return MergesLoaded(merges.claim_merges(self.bench.store, self.claim_id))

    @on(MergesLoaded)
    def _loaded(self, event: MergesLoaded) -> None:
        keep = self.current.merge.id if self.current else None
        self.cases = event.cases
        suggested = sum(1 for c in self.cases if c.merge.status == "suggested")
        title = self.query_one("#merges-title", Static)
        if not self.cases:
            title.update(
                Content.styled(
                    f"No source of claim {self.claim_id} was merged or offered as a copy.",
                    "$text-muted",
                )
            )
        else:
            title.update(
                Content.assemble(
                    (f"Source merges of claim {self.claim_id}: ", "bold"),
                    (f"{len(self.cases)}, {suggested} to decide", "$text-muted"),
                )
            )
        options = self.query_one("#merges", OptionList)
        options.clear_options()
        options.add_options([Option(case_prompt(c), id=str(c.merge.id)) for c in self.cases])
        if self.cases:
            ids = [c.merge.id for c in self.cases]
            options.highlighted = ids.index(keep) if keep in ids else 0
            self.shown_merge = None
            self._show_texts()

    @property
    def current(self) -> MergeCase | None:
        options = self.query_one("#merges", OptionList)
        index = options.highlighted
        if index is None or not 0 <= index < len(self.cases):
            return None
        return self.cases[index]

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._show_texts()

    def _show_texts(self) -> None:
        case = self.current
        if case is None or case.merge.id == self.shown_merge:
            return
        self.query_one("#merge-kept-head", Static).update(source_head(case.kept, "kept"))
        self.query_one("#merge-other-head", Static).update(source_head(case.other, "copy"))
        width = self.query_one("#merge-kept", LaidOut).scrollable_content_region.width
        self._lay_out(case, max(width, 20))

    @background("merge-texts", exclusive=True)
    def _lay_out(self, case: MergeCase, width: int) -> MergeTextsLaidOut:
        return MergeTextsLaidOut(
            case.merge.id,
            width,
            lay_out_text(case.kept_text, width),
            lay_out_text(case.other_text or "", width),
        )

    @on(MergeTextsLaidOut)
    def _texts(self, event: MergeTextsLaidOut) -> None:
        case = self.current
        if case is None or case.merge.id != event.merge:
            return
        self.query_one("#merge-kept", LaidOut).show(event.kept)
        self.query_one("#merge-other", LaidOut).show(event.other)
        self.shown_merge = event.merge

    def action_decide(self, decision: str) -> None:
        case = self.current
        if case is None or self.deciding:
            return
        if decision not in case.decisions:
            allowed = " or ".join(DONE[d] for d in case.decisions)
            tail = f"it can only be {allowed}" if allowed else "nothing is left to decide"
            self.notify(
                f"Merge {case.merge.id} is {case.merge.status}: {tail}.", severity="warning"
            )
            return
        self.deciding = True
        self._decide(case.merge.id, decision)

    @background("merge-decide", writes=True, label="deciding the merge")
    def _decide(self, merge_id: int, decision: str) -> MergeDecided:
        return MergeDecided(merges.decide_merge(self.bench.store, merge_id, decision), decision)

    @on(MergeDecided)
    def _decided(self, event: MergeDecided) -> None:
        self.deciding = False
        merge = event.merge
        what = {
            "confirm": f"source {merge.other} is a copy of source {merge.source}",
            "reject": f"sources {merge.source} and {merge.other} stay apart",
            "split": f"source {merge.other} is its own source again",
        }[event.decision]
        self.notify(f"Merge {merge.id} {DONE[event.decision]}: {what}.")
        self.post_message(StoreWritten())
        self._load()

    def on_work_failed(self, event) -> None:
        if event.group == "merge-decide":
            self.deciding = False
            self._load()  # someone may have decided it first: show what is stored

    def action_back(self) -> None:
        self.dismiss(None)

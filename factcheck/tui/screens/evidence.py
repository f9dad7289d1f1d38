"""Pinning evidence: the passages of each source that best match the claim, pinned or unpinned
with one key.  Numbers and quotes are checked against each passage and marked."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from factcheck.checks import NumberResult, QuoteResult
from factcheck.services import evidence as evidence_service
from factcheck.services.evidence import EvidenceView, PassageView
from factcheck.services.workbench import ClaimDetail
from factcheck.tui.messages import PassagesFound, PinChanged, StoreWritten
from factcheck.tui.safe import shown
from factcheck.tui.widgets.claim_detail import check_line
from factcheck.tui.work import background
from factcheck.tui.workbench import Workbench

PASSAGES_PER_SOURCE = 5


@dataclass(frozen=True)
class Candidate:
    source: int
    number: int
    start: int
    end: int
    text: str
    score: float
    checks: tuple[NumberResult | QuoteResult, ...]
    flagged: bool
    pinned: int | None  # the evidence id when pinned


def candidates(
    detail: ClaimDetail, found: dict[int, list[PassageView]], pinned: list[EvidenceView]
) -> list[Candidate]:
    """Each source's best passages, plus passages pinned earlier that are not among them."""
    by_place = {(e.source, e.start, e.end): e for e in pinned}
    listed: list[Candidate] = []
    for entry in detail.sources:
        number = entry.source.id  # sources are called by their id everywhere
        seen = set()
        for p in found.get(entry.source.id, []):
            key = (p.source, p.start, p.end)
            seen.add(key)
            pin = by_place.get(key)
            checks = p.number_checks + ((p.quote_check,) if p.quote_check else ())
            listed.append(
                Candidate(
                    p.source,
                    number,
                    p.start,
                    p.end,
                    p.text,
                    p.score,
                    checks,
                    p.flagged,
                    pin.id if pin else None,
                )
            )
        for key, e in by_place.items():
            if key[0] == entry.source.id and key not in seen:
                checks = e.number_checks + ((e.quote_check,) if e.quote_check else ())
                listed.append(
                    Candidate(
                        e.source, number, e.start, e.end, e.text, e.score, checks, False, e.id
                    )
                )
    return listed


def candidate_prompt(c: Candidate) -> Content:
    head = Content.assemble(
        (
            f"★ evidence {c.pinned}  " if c.pinned else "☆ ",
            "bold $text-accent" if c.pinned else "$text-muted",
        ),
        (f"[{c.number}] ", "$text-secondary"),
        (f"{c.score:.2f} ", "$text-muted"),
        ("⚑ check  " if c.flagged else "", "bold $text-error"),
        shown(c.text, "italic"),
    )
    return Content("\n").join([head, *(check_line(check) for check in c.checks)])


class EvidenceDialog(ModalScreen[None]):
    """Enter or space pins the highlighted passage, or unpins it; Esc closes."""

    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("space", "toggle", "Pin / unpin"),
    ]

    def __init__(self, bench: Workbench, detail: ClaimDetail) -> None:
        super().__init__()
        self.bench = bench
        self.detail = detail
        self.listed: list[Candidate] = []

    def compose(self) -> ComposeResult:
        claim = self.detail.claim
        with Vertical(id="evidence-dialog"):
            yield Static(
                Content.styled(f"Evidence for claim {claim.id}", "bold"), classes="dialog-title"
            )
            yield Static(shown(claim.text, "italic"), classes="dialog-claim")
            yield Static(self._legend(), id="evidence-legend")
            yield OptionList(id="passages")
        yield Footer(compact=True)

    def _legend(self) -> Content:
        if not self.detail.sources:
            return Content.styled(
                "No sources yet: add one with s on the main screen.", "$text-warning"
            )
        names = "  ".join(f"[{e.source.id}] {e.source.label}" for e in self.detail.sources)
        return shown(names, "$text-muted")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self.load()

    @background("evidence", exclusive=True, label="reading passages")
    def load(self, keep: int | None = None) -> PassagesFound:
        store, claim_id = self.bench.store, self.detail.claim.id
        found = {
            entry.source.id: evidence_service.find_passages(
                store, claim_id, entry.source.id, limit=PASSAGES_PER_SOURCE
            )
            for entry in self.detail.sources
        }
        return PassagesFound(found, evidence_service.claim_evidence(store, claim_id), keep)

    @on(PassagesFound)
    def _found(self, event: PassagesFound) -> None:
        listed = self.listed = candidates(self.detail, event.found, event.pinned)
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Option(candidate_prompt(c), id=str(n)) for n, c in enumerate(listed)])
        if listed:
            options.highlighted = min(event.keep or 0, len(listed) - 1)
        else:
            options.add_option(
                Option(Content.styled("No passages to show.", "$text-muted"), disabled=True)
            )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_toggle()

    def action_toggle(self) -> None:
        options = self.query_one(OptionList)
        index = options.highlighted
        if index is None or index >= len(self.listed):
            return
        self._toggle(self.listed[index], index)

    @background("pin", writes=True, label="saving")
    def _toggle(self, chosen: Candidate, index: int) -> PinChanged:
        if chosen.pinned is not None:
            evidence_service.unpin_evidence(self.bench.store, chosen.pinned)
            return PinChanged(f"Unpinned evidence {chosen.pinned}", index)
        evidence_service.pin_evidence(
            self.bench.store,
            self.detail.claim.id,
            chosen.source,
            chosen.start,
            chosen.end,
            checker=self.bench.checker,
        )
        return PinChanged("Pinned the passage", index)

    @on(PinChanged)
    def _pin_changed(self, event: PinChanged) -> None:
        self.notify(event.done, markup=False)
        self.post_message(StoreWritten())
        self.load(keep=event.keep)

    def action_close(self) -> None:
        self.dismiss(None)

"""Editing claims by hand: the checker's note, a claim the extractor missed, split and merge.

Each dialog writes through the service in a worker and stays open on an error, so nothing typed
is lost; a claim changed by someone else meanwhile is refused (``StaleEdit``) and can be
reloaded.  Each is dismissed with the id of the claim to select afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual import on
from textual.binding import Binding
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input, OptionList, Select, Static, TextArea
from textual.widgets.option_list import Option

from factcheck.errors import BadInput, FactcheckError, StaleEdit
from factcheck.extract import KINDS
from factcheck.services import claims
from factcheck.services.search import SearchQuery, Term, match_spans
from factcheck.services.views import ClaimView
from factcheck.services.workbench import ClaimLine
from factcheck.text import search_words
from factcheck.tui import ratings
from factcheck.tui.messages import ClaimReloaded, ClaimSaved, ClaimsMerged
from factcheck.tui.safe import one_line, shown
from factcheck.tui.screens.dialog import Dialog, label
from factcheck.tui.work import background
from factcheck.tui.workbench import Workbench


class ClaimEdit(Dialog[int]):
    """A dialog on one claim, holding the version the checker saw."""

    BINDINGS = [*Dialog.BINDINGS, Binding("ctrl+r", "reload", "Reload claim")]

    def __init__(self, bench: Workbench, claim: ClaimView) -> None:
        super().__init__()
        self.bench = bench
        self.claim = claim

    def begin(self) -> bool:
        """Start a save unless one is running (one at a time: the claim has one version)."""
        if self.working:
            return False
        self.working = True
        self.clear_error()
        return True

    def save(self, edit: Callable[[], int], label_text: str) -> None:
        """Run ``edit`` (a service call returning the claim to select) in a worker."""
        if self.begin():
            self._save(edit, label_text)

    @background("edit", writes=True, label=lambda _edit, text: text)
    def _save(self, edit: Callable[[], int], _label: str) -> ClaimSaved:
        return ClaimSaved(edit())

    @on(ClaimSaved)
    def _saved(self, event: ClaimSaved) -> None:
        self.dismiss(event.claim)

    def refused(self, error: FactcheckError) -> None:
        if isinstance(error, StaleEdit):
            self.fail(f"{error}. Press ctrl+r to reload it; what you typed is kept.")
        else:
            self.fail(str(error))

    def action_reload(self) -> None:
        self._reload(self.claim.id)

    @background("edit")
    def _reload(self, claim_id: int) -> ClaimReloaded:
        return ClaimReloaded(claims.get_claim(self.bench.store, claim_id))

    @on(ClaimReloaded)
    def _reloaded(self, event: ClaimReloaded) -> None:
        claim = self.claim = event.claim
        self.working = False
        self.query_one(".dialog-claim", Static).update(shown(claim.text, "italic"))
        self.note(f"Reloaded claim {claim.id} (version {claim.version}); save again.")


class NoteDialog(ClaimEdit):
    def title_text(self) -> Content:
        return Content.styled(f"Note on claim {self.claim.id}", "bold")

    def fields(self) -> Iterable[Widget]:
        yield Static(shown(self.claim.text, "italic"), classes="dialog-claim")
        yield label("Your note (empty removes it)")
        yield TextArea(self.claim.note or "", id="note-text", soft_wrap=True, compact=True)

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#note-text", TextArea).focus()

    def action_submit(self) -> None:
        store, claim = self.bench.store, self.claim
        text = self.query_one("#note-text", TextArea).text
        self.save(
            lambda: claims.edit_note(store, claim.id, text, seen_version=claim.version).id,
            "saving the note",
        )


class SplitDialog(ClaimEdit):
    """Type the words that start the second part; the preview shows both parts."""

    SUBMIT_LABEL = "Split"

    def title_text(self) -> Content:
        return Content.styled(f"Split claim {self.claim.id} in two", "bold")

    def fields(self) -> Iterable[Widget]:
        yield Static(shown(self.claim.text, "italic"), classes="dialog-claim")
        yield label("The second part starts with (type its first words):")
        yield Input(id="split-at", placeholder="e.g. and its revenue")
        yield Static("", id="split-preview")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#split-at", Input).focus()

    def cut(self) -> int | None:
        words = self.query_one("#split-at", Input).value.strip()
        if not words:
            return None
        text = self.claim.text
        at = text.find(words, 1)
        if at > 0:
            return at
        # Case and accents aside ("UND DIE BR" for "und die Brücke"), matched word by word as
        # a search matches them, with offsets into the claim's own text: folding the whole
        # text instead ("ß" folds to "ss") would move every offset after it.
        typed = tuple(word for word, _start, _end in search_words(words))
        if not typed:
            return None
        spans = match_spans(text, SearchQuery(words, (Term(typed, prefix=True),)))
        return next((start for start, _end in spans if start > 0), None)

    def on_input_changed(self, event: Input.Changed) -> None:
        at = self.cut()
        preview = self.query_one("#split-preview", Static)
        if at is None:
            preview.update(
                Content.styled("(those words are not in the claim, after its start)", "$text-muted")
            )
            return
        text = self.claim.text
        preview.update(
            Content.assemble(
                ("1: ", "bold"),
                shown(text[:at].strip()),
                "\n",
                ("2: ", "bold"),
                shown(text[at:].strip()),
            )
        )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        at = self.cut()
        if at is None:
            self.fail("Type the first words of the second part, as they are in the claim.")
            return
        store, claim = self.bench.store, self.claim
        self.save(
            lambda: claims.split_claim(store, claim.id, at, seen_version=claim.version)[1].id,
            "splitting the claim",
        )


class MergeDialog(ClaimEdit):
    """Pick a neighbouring claim (or type an id) to fold into this one.

    Nothing is filled in until the checker picks (Enter on a line) or types: moving through
    the list, or a ctrl+s straight after opening, never names a claim to merge.
    """

    SUBMIT_LABEL = "Merge"

    def __init__(self, bench: Workbench, claim: ClaimView, neighbours: list[ClaimLine]) -> None:
        super().__init__(bench, claim)
        self.neighbours = [n for n in neighbours if n.id != claim.id]

    def title_text(self) -> Content:
        return Content.styled(f"Merge another claim into claim {self.claim.id}", "bold")

    def fields(self) -> Iterable[Widget]:
        yield Static(shown(self.claim.text, "italic"), classes="dialog-claim")
        yield label("Claims nearby (Enter picks one):")
        yield OptionList(
            *(
                Option(
                    Content.assemble(
                        (f"{n.id:>6} ", "bold"),
                        (ratings.mark(n.rating) + " ", ratings.style(n.rating)),
                        shown(one_line(n.text, 66)),
                    ),
                    id=str(n.id),
                )
                for n in self.neighbours
            ),
            id="merge-choices",
            compact=True,
        )
        yield label(
            "…or the id of the claim to merge in (its sources, evidence and verdicts"
            " move here; it is removed):"
        )
        yield Input(id="merge-other", placeholder="claim id", type="integer")

    def on_mount(self) -> None:
        super().on_mount()
        choices = self.query_one("#merge-choices", OptionList)
        choices.display = bool(self.neighbours)
        (choices if self.neighbours else self.query_one("#merge-other", Input)).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.query_one("#merge-other", Input).value = event.option.id or ""
        self.query_one("#submit").focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        value = self.query_one("#merge-other", Input).value.strip()
        if not value.isdigit():
            self.fail("Pick a claim in the list or type its id.")
            return
        if self.begin():
            self._merge(int(value))

    @background("edit", writes=True, label="merging the claims")
    def _merge(self, other: int) -> ClaimsMerged:
        claim = self.claim
        return ClaimsMerged(
            claims.merge_claims(self.bench.store, claim.id, other, seen_version=claim.version)
        )

    @on(ClaimsMerged)
    def _merged(self, event: ClaimsMerged) -> None:
        done = event.merge
        kept = done.claim.id
        if done.joined:
            said = f"claim {kept} now spans both sentences."
        else:
            said = f"claim {kept} keeps its words; claim {done.merged}'s are kept as an alias."
        self.notify(said, title=f"Merged claim {done.merged} into {kept}", markup=False)
        self.dismiss(kept)


class AddClaimDialog(Dialog[int]):
    """A claim the extractor missed, placed in the article when its words are found there."""

    SUBMIT_LABEL = "Add"

    def __init__(self, bench: Workbench, article: int | None) -> None:
        super().__init__()
        self.bench = bench
        self.article = article

    def title_text(self) -> Content:
        where = f"to article {self.article}" if self.article is not None else "(no article)"
        return Content.styled(f"Add a claim {where}", "bold")

    def fields(self) -> Iterable[Widget]:
        yield label("The claim, as written in the article")
        yield TextArea(id="claim-text", soft_wrap=True, compact=True)
        yield label("Kind")
        yield Select([(k, k) for k in KINDS], value="statement", allow_blank=False, id="claim-kind")
        yield label("Speaker (for quotes and attributions)")
        yield Input(id="claim-speaker")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#claim-text", TextArea).focus()

    def action_submit(self) -> None:
        if self.working:
            return
        text = self.query_one("#claim-text", TextArea).text
        if not text.strip():
            self.fail(str(BadInput("a claim needs its text")))
            return
        kind = str(self.query_one("#claim-kind", Select).value)
        speaker = self.query_one("#claim-speaker", Input).value.strip() or None
        self.working = True
        self._add(text, kind, speaker)

    @background("edit", writes=True, label="adding the claim")
    def _add(self, text: str, kind: str, speaker: str | None) -> ClaimSaved:
        added = claims.add_claim(
            self.bench.store, text, article_id=self.article, kind=kind, speaker=speaker
        )
        return ClaimSaved(added.id)

    @on(ClaimSaved)
    def _saved(self, event: ClaimSaved) -> None:
        self.dismiss(event.claim)

"""The main screen: progress, the claims list with its filters, and the selected claim.

The screen owns the filter and the store queries: it reads pages and details in workers and
hands the results down to its widgets; widgets tell it what the checker did through messages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, Select

from factcheck.errors import FactcheckError, naming
from factcheck.scale import UNCHECKED
from factcheck.tui import ratings
from factcheck.tui.keys import FOOTER, KEYS, palette_entries
from factcheck.tui.messages import (
    ArticleShown,
    ClaimDetailLoaded,
    KeptFound,
    Listing,
    ListLoaded,
    ListSorted,
    PriorChecksFound,
    ProgressCounted,
    SourceAttached,
    StoreChanged,
    StoreWritten,
)
from factcheck.tui.safe import Marks, one_line
from factcheck.tui.widgets.claim_detail import ClaimDetailView
from factcheck.tui.widgets.claim_list import PAGE, ClaimList, ClaimListHeader
from factcheck.tui.widgets.key_footer import KeyFooter
from factcheck.tui.widgets.status_header import StatusHeader
from factcheck.tui.work import background

if TYPE_CHECKING:
    from types import ModuleType

    from factcheck.services.sources import AttachResult
    from factcheck.services.workbench import ClaimDetail, ClaimFilter, Progress
    from factcheck.tui.screens.source import SourceRequest
    from factcheck.tui.workbench import Workbench

# Typing pauses this long before the list is read again: short, since the database's text
# index answers in milliseconds and a search is to show within 100 ms of the last key.
SEARCH_DELAY = 0.03
DETAIL_DELAY = 0.12  # holding an arrow key does not read every claim it passes
# While a search is typed, each answer may select another claim: its detail waits for a pause
# in the typing, so the keys are not slowed by reading and drawing claims nobody looks at.
TYPING_DETAIL_DELAY = 0.4
# The prior checks rank every checked claim and imported fact-check (a few hundred ms of
# Python at 100,000 claims, which the keys would share the interpreter with): read once the
# claim has been on screen a moment, and while a search is typed, once the typing pauses.
PRIOR_DELAY = 0.3
TYPING_PRIOR_DELAY = 1.0


def services() -> ModuleType:
    """The read side of the service layer, imported on first use: SQLAlchemy and Alembic take
    a second to import, and the screen paints (saying the store is opening) before that."""
    from factcheck.services import workbench

    return workbench


class MainScreen(Screen[None]):
    BINDINGS = [
        # The id is the action: the config file's [keys] moves a binding by it (App.set_keymap).
        # The footer shows its keys in the order of the bindings: FOOTER's first.
        Binding(key, action, label, tooltip=help_text, show=action in FOOTER, id=action)
        for key, action, label, help_text in sorted(
            KEYS, key=lambda k: FOOTER.index(k[1]) if k[1] in FOOTER else len(FOOTER)
        )
    ] + [Binding("escape", "to_list", "Back to the list", show=False)]

    def __init__(self) -> None:
        super().__init__()
        self.bench: Workbench | None = None
        self.where: ClaimFilter | None = None
        self.detail: ClaimDetail | None = None
        self.started = False
        self._search_timer: Timer | None = None
        self._detail_timer: Timer | None = None
        self._prior_timer: Timer | None = None
        self._selected: int | None = None
        self._then: Callable[[ClaimDetail], None] | None = None  # waits for the selected claim
        self._progress: Progress | None = None
        self._shown: int | None = None  # claims listed, when a filter hides some

    def compose(self) -> ComposeResult:
        yield StatusHeader(id="status")
        with Horizontal(id="filters"):
            yield Input(placeholder="/ search claims", id="search", compact=True)
            yield Select[str]([], prompt="any rating", id="rating", compact=True)
            yield Select[str]([], prompt="any kind", id="kind", compact=True)
        with Container(id="body"):
            with Vertical(id="list-pane"):
                yield ClaimListHeader(id="list-header")
                yield ClaimList(id="claims")
            yield ClaimDetailView(id="detail")
        yield KeyFooter(columns=7, id="main-footer")

    def on_mount(self) -> None:
        self.query_one("#search", Input).cursor_blink = False
        self.query_one(ClaimList).focus()

    @property
    def article(self) -> int | None:
        return self.where.article if self.where is not None else None

    @property
    def claims(self) -> ClaimList:
        return self.query_one(ClaimList)

    @property
    def pending(self) -> bool:
        """A search or detail read is still waiting for its delay (tests wait for it)."""
        return any(
            t is not None for t in (self._search_timer, self._detail_timer, self._prior_timer)
        )

    # -- loading ------------------------------------------------------------------------------

    def start(self, bench: Workbench, article: int | None, order: str | None = None) -> None:
        """The store is open: fill the rating filter from its scale, show the article, in
        the order the checker last sorted the list (one no longer known: article order)."""
        self.bench = bench
        options = [(f"{ratings.mark(n)} {n}", n) for n in [*bench.rating_names, UNCHECKED]]
        self.query_one("#rating", Select).set_options(options)
        from factcheck.extract import KINDS

        self.query_one("#kind", Select).set_options([(k, k) for k in KINDS])
        self.started = True
        order = order if order in services().ORDERS else "position"
        self.where = services().ClaimFilter(article=article, order=order)
        self.query_one(ClaimListHeader).show_order(order)
        self.post_message(ArticleShown(article))
        self.reload()

    def store_failed(self, reason: str) -> None:
        self.query_one(StatusHeader).message(reason)
        self.query_one(ClaimDetailView).message(
            "The store could not be opened: quit with q and check --db / FACTCHECK_DB."
        )

    def open_article(self, article: int | None) -> None:
        order = self.where.order if self.where is not None else "position"
        self.where = services().ClaimFilter(article=article, order=order)
        self.post_message(ArticleShown(article))
        self._selected = None
        with self.prevent(Input.Changed, Select.Changed):
            self.query_one("#search", Input).value = ""
            self.query_one("#rating", Select).clear()
            self.query_one("#kind", Select).clear()
        self.reload()

    def reload(self, *, keep: int | None = None, counts: bool = True, found: bool = False) -> None:
        """Read the list again (its size, the page around the kept claim), then, with
        ``counts``, the progress in the header, which a change of filter leaves as it was.

        ``found``: a search's answer, shown from its first page at once; the kept claim, if
        it is further down, is looked for after (numbering every claim found before it takes
        tens of milliseconds at 100,000 claims, on every pause in the typing)."""
        if self.bench is None or self.where is None:
            return
        stale = self._progress is None or progress_article(self._progress) != self.where.article
        cursor = 0 if found else self.claims.cursor
        self._read_list(self.bench, self.where, cursor, keep, counts or stale, found)

    @background("list", exclusive=True)
    def _read_list(
        self,
        bench: Workbench,
        where: ClaimFilter,
        cursor: int,
        keep: int | None,
        counts: bool,
        later: bool = False,
    ) -> ListLoaded:
        workbench = services()
        total = workbench.count_claims(bench.store, where)
        index = min(cursor, max(total - 1, 0))
        offset = (index // PAGE) * PAGE
        rows = workbench.claim_page(bench.store, where, offset, PAGE, total)
        at = index - offset
        if keep is not None and not (at < len(rows) and rows[at].id == keep):
            on_page = next((n for n, row in enumerate(rows) if row.id == keep), None)
            if on_page is not None:
                index = offset + on_page
            elif later:
                return ListLoaded(Listing(where, total, offset, rows, index), counts, find=keep)
            else:
                # The kept claim moved (or the filter changed): find it, read its page.
                position = workbench.claim_position(bench.store, where, keep)
                if position is not None:
                    index, offset = position, (position // PAGE) * PAGE
                    rows = workbench.claim_page(bench.store, where, offset, PAGE, total)
        return ListLoaded(Listing(where, total, offset, rows, index), counts)

    @background("list-kept", exclusive=True)
    def _find_kept(
        self, bench: Workbench, where: ClaimFilter, claim_id: int, cursor: int
    ) -> KeptFound:
        position = services().claim_position(bench.store, where, claim_id)
        return KeptFound(where, claim_id, cursor, position)

    @on(KeptFound)
    def _kept_found(self, event: KeptFound) -> None:
        """The kept claim found further down the list: the cursor goes to it, unless the list
        or the cursor has changed since (its page is read as it is drawn)."""
        moved = self.claims.cursor != event.cursor
        if event.where == self.where and event.position is not None and not moved:
            self.claims.cursor = event.position

    @on(ListLoaded)
    def _list_loaded(self, event: ListLoaded) -> None:
        loaded = event.listing
        if loaded.where != self.where or self.bench is None:
            return
        where, total = loaded.where, loaded.total
        workbench = services()
        fetch = partial(workbench.claim_page, self.bench.store, where, total=total)
        marks = self._marks()
        self.claims.show(total, loaded.offset, loaded.rows, fetch, loaded.cursor, marks)
        if event.find is not None:
            self._find_kept(self.bench, where, event.find, loaded.cursor)
        if self.detail is not None and self._detail_timer is None:
            # The open claim's matches for this search, marked once typing pauses: drawing
            # the whole detail again on every key would slow the typing down.
            self._detail_timer = self.set_timer(DETAIL_DELAY, self._mark_detail)
        self._shown = total if where.narrowed else None
        if event.counts:
            self._count(self.bench, where.article)
        elif self._progress is not None:
            self.query_one(StatusHeader).show(self._progress, self._shown)
        if total == 0:
            self._show_empty()

    def _mark_detail(self) -> None:
        self._detail_timer = None
        if self.detail is not None:
            self.query_one(ClaimDetailView).mark(self.detail, self._marks())

    def _marks(self) -> Marks | None:
        """Where the search's words are in a text, to mark them (``None``: no search)."""
        from factcheck.services.search import match_spans, parse_query

        query = parse_query(self.where.search if self.where is not None else "")
        return None if query.empty else partial(match_spans, query=query)

    @background("progress", exclusive=True)
    def _count(self, bench: Workbench, article: int | None) -> ProgressCounted:
        return ProgressCounted(services().progress(bench.store, article))

    @on(ProgressCounted)
    def _counted(self, event: ProgressCounted) -> None:
        if progress_article(event.progress) != self.article:
            return
        self._progress = event.progress
        self.query_one(StatusHeader).show(event.progress, self._shown)

    def _show_empty(self) -> None:
        self.detail = None
        self._selected = None
        if self.where is None or not self.where.narrowed:
            text = "No claims yet: press i to import an article or a claims file."
        else:
            text = "No claim matches the filters: clear the search (/) or the filters (f, u)."
        self.query_one(ClaimDetailView).message(text)

    @on(StoreChanged)
    def _store_changed(self, _event: StoreChanged) -> None:
        """Someone (here or elsewhere) wrote: read the list and the open claim again."""
        if not self.started:
            return
        self.reload(keep=self._selected)
        if self._selected is not None:
            self._load_detail(self._selected)

    # -- the selected claim -------------------------------------------------------------------

    @on(ClaimList.Highlighted)
    def _highlighted(self, event: ClaimList.Highlighted) -> None:
        if event.claim is None:
            self._show_empty()
            return
        current = self.claims.current
        if event.claim.id == self._selected or (
            current is not None and current.id != event.claim.id
        ):
            return  # already selected, or a message the cursor has since moved past
        self._selected = event.claim.id
        self._then = None  # what waited for the previous claim is not for this one
        self._stop_prior()  # the previous claim's are not wanted
        if self._detail_timer is not None:
            self._detail_timer.stop()
        claim_id = event.claim.id

        def due() -> None:
            self._detail_timer = None
            self._load_detail(claim_id)

        typing = self.query_one("#search", Input).has_focus
        self._detail_timer = self.set_timer(TYPING_DETAIL_DELAY if typing else DETAIL_DELAY, due)

    def _load_detail(self, claim_id: int) -> None:
        if self.bench is not None:
            self._read_detail(self.bench, claim_id)

    @background("detail", exclusive=True)
    def _read_detail(self, bench: Workbench, claim_id: int) -> ClaimDetailLoaded:
        return ClaimDetailLoaded(services().claim_detail(bench.store, claim_id))

    @on(ClaimDetailLoaded)
    def _detail_loaded(self, event: ClaimDetailLoaded) -> None:
        detail = event.detail
        if detail.claim.id != self._selected:
            return
        self.detail = detail
        self.query_one(ClaimDetailView).show(detail, self._marks())
        self._want_prior(detail.claim.id)
        then, self._then = self._then, None
        if then is not None:
            then(detail)

    def _want_prior(self, claim_id: int) -> None:
        """Read the claim's prior checks once it has been on screen a moment."""
        self._stop_prior()

        def due() -> None:
            self._prior_timer = None
            if claim_id == self._selected and self.bench is not None:
                self._read_prior(self.bench, claim_id)

        typing = self.query_one("#search", Input).has_focus
        self._prior_timer = self.set_timer(TYPING_PRIOR_DELAY if typing else PRIOR_DELAY, due)

    def _stop_prior(self) -> None:
        if self._prior_timer is not None:
            self._prior_timer.stop()
            self._prior_timer = None
        self.workers.cancel_group(self, "prior")

    @background("prior", exclusive=True)
    def _read_prior(self, bench: Workbench, claim_id: int) -> PriorChecksFound:
        from factcheck.services import reviews

        similar = bench.thresholds.similar
        found = reviews.prior_checks(bench.store, claim_id, threshold=similar)
        return PriorChecksFound(claim_id, found, similar)

    @on(PriorChecksFound)
    def _prior_found(self, event: PriorChecksFound) -> None:
        if event.claim == self._selected:
            self.query_one(ClaimDetailView).show_prior(event.claim, event.found, event.threshold)

    def _with_claim(self, act: Callable[[ClaimDetail], None]) -> None:
        """Run ``act(detail)`` on the claim under the cursor, reading it first if need be.

        The cursor, not ``_selected``, says which claim: keys typed in one burst (``↓ ↓ v``)
        reach this action before the list's Highlighted message, and acting on the claim
        shown last would put a verdict on a claim the checker has moved away from.
        """
        line = self.claims.current
        if line is not None and line.id != self._selected:
            self._selected = line.id  # its Highlighted message, still queued, then does nothing
            self._then = None
        if line is None and self.claims.total:
            self.notify("The claim under the cursor is still loading.", severity="warning")
            return
        if self._selected is None or self.bench is None:
            self.notify("Select a claim first (the list is empty).", severity="warning")
            return
        if self.detail is not None and self.detail.claim.id == self._selected:
            act(self.detail)
            return
        if self._detail_timer is not None:
            self._detail_timer.stop()
            self._detail_timer = None
        self._then = act
        self._load_detail(self._selected)

    def _opened_bench(self) -> Workbench | None:
        """The workbench, or ``None`` (with a word to the checker) while the store opens."""
        if self.bench is None:
            self.notify("The store is still opening.", severity="warning")
        return self.bench

    # -- filters ------------------------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        for waiting in (self._detail_timer, self._prior_timer):
            if waiting is not None:
                waiting.reset()  # still typing: the detail and prior checks wait for the pause
        value = event.value
        self._search_timer = self.set_timer(SEARCH_DELAY, lambda: self._search(value))

    def _search(self, value: str) -> None:
        self._search_timer = None
        if self.where is not None and value != self.where.search:
            self.where = replace(self.where, search=value)
            self.reload(keep=self._selected, counts=False, found=True)

    @on(Input.Submitted, "#search")
    def _search_done(self) -> None:
        self.claims.focus()

    @on(Select.Changed, "#rating")
    def _rating_changed(self, event: Select.Changed) -> None:
        value = None if event.value is Select.NULL else str(event.value)
        if self.where is not None and value != self.where.rating:
            self.where = replace(self.where, rating=value)
            self.reload(keep=self._selected, counts=False)

    @on(Select.Changed, "#kind")
    def _kind_changed(self, event: Select.Changed) -> None:
        value = None if event.value is Select.NULL else str(event.value)
        if self.where is not None and value != self.where.kind:
            self.where = replace(self.where, kind=value)
            self.reload(keep=self._selected, counts=False)

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_filter_rating(self) -> None:
        self.query_one("#rating", Select).focus()

    def action_toggle_unchecked(self) -> None:
        select = self.query_one("#rating", Select)
        if self.where is not None and self.where.rating == UNCHECKED:
            select.clear()
        else:
            select.value = UNCHECKED

    def action_to_list(self) -> None:
        self.claims.focus()

    def action_sort(self) -> None:
        """The next order of the list (position, score, priority, rating), the claim kept."""
        if self.where is None:
            return
        orders = services().ORDERS
        order = orders[(orders.index(self.where.order) + 1) % len(orders)]
        self.where = replace(self.where, order=order)
        self.query_one(ClaimListHeader).show_order(order)
        self.post_message(ListSorted(order))
        self.reload(keep=self._selected, counts=False)

    # -- flows --------------------------------------------------------------------------------

    def action_command_palette(self) -> None:
        self.app.action_command_palette()

    def palette_commands(self) -> list[tuple[str, str, str]]:
        return palette_entries(getattr(self.app, "keys", None))

    async def action_help(self) -> None:
        await self.app.run_action("help")

    async def action_quit(self) -> None:
        await self.app.run_action("quit")

    def _written(self, _result: object = None) -> None:
        self.post_message(StoreWritten())

    def action_verdict(self) -> None:
        from factcheck.tui.screens.verdict import VerdictDialog

        def open_dialog(detail: ClaimDetail) -> None:
            if self.bench is not None:
                self.app.push_screen(VerdictDialog(self.bench, detail), self._verdict_done)

        self._with_claim(open_dialog)

    def _verdict_done(self, saved: str | None) -> None:
        if saved is not None:
            self.notify(f"Verdict saved: {saved}", markup=False)
            self._written()

    def action_add_source(self) -> None:
        """Opens at once on the highlighted line: the dialog needs only the claim's words."""
        from factcheck.tui.screens.source import SourceDialog

        line = self.claims.current
        if line is None:
            self.notify("Select a claim first (the list is empty).", severity="warning")
            return

        def chosen(request: SourceRequest | None) -> None:
            if request is not None and self.bench is not None:
                self._attach_source(self.bench, line.id, request)

        self.app.push_screen(SourceDialog(line.id, line.text), chosen)

    @staticmethod
    def _attaching(_bench: Workbench, _claim_id: int, request: SourceRequest) -> str:
        return f"fetching {attach_subject(request)}" if request.target else "adding the note"

    @background("attach", writes=True, label=_attaching)
    def _attach_source(
        self, bench: Workbench, claim_id: int, request: SourceRequest
    ) -> SourceAttached:
        from factcheck.services.sources import Tiers, attach_source

        try:
            result = attach_source(
                bench.store,
                claim_id,
                request.target,
                note=request.note,
                stance=request.stance,
                checker=bench.checker,
                tiers=Tiers.of(bench.thresholds),
                access=bench.access,
            )
        except FactcheckError as exc:
            return SourceAttached(claim_id, attach_subject(request), error=exc)
        return SourceAttached(claim_id, attach_subject(request), result)

    @on(SourceAttached)
    def _source_attached(self, event: SourceAttached) -> None:
        if event.result is None:
            self.notify(
                naming(event.error, event.what) if event.error else event.what,
                title="Source not added",
                severity="error",
                markup=False,
                timeout=12,
            )
            return
        title = {"added": "Source added", "merged": "Merged", "known": "Already stored"}
        self.notify(
            f"claim {event.claim}: {attached_text(event.result)}",
            title=title.get(event.result.outcome, "Source attached"),
            markup=False,
            timeout=8,
        )
        self._written()

    def action_evidence(self) -> None:
        from factcheck.tui.screens.evidence import EvidenceDialog

        def open_dialog(detail: ClaimDetail) -> None:
            if self.bench is not None:
                self.app.push_screen(EvidenceDialog(self.bench, detail), self._written)

        self._with_claim(open_dialog)

    def action_source_text(self) -> None:
        from factcheck.tui.screens.source_text import SourceTextScreen

        def open_screen(detail: ClaimDetail) -> None:
            if not detail.sources:
                self.notify("The claim has no source yet: press s to add one.", severity="warning")
            elif self.bench is not None:
                self.app.push_screen(SourceTextScreen(self.bench, detail))

        self._with_claim(open_screen)

    def action_merges(self) -> None:
        from factcheck.tui.screens.merges import MergesScreen

        def open_screen(detail: ClaimDetail) -> None:
            if self.bench is not None:
                # A decision posts StoreWritten: the list and the detail are read again.
                self.app.push_screen(MergesScreen(self.bench, detail.claim.id))

        self._with_claim(open_screen)

    def action_prior_checks(self) -> None:
        from factcheck.tui.screens.prior import PriorChecksScreen

        def open_screen(detail: ClaimDetail) -> None:
            if self.bench is not None:
                claim = detail.claim
                self.app.push_screen(PriorChecksScreen(self.bench, claim.id, claim.text))

        self._with_claim(open_screen)

    def action_note(self) -> None:
        from factcheck.tui.screens.claim_edit import NoteDialog

        self._with_claim(lambda d: self._edit(NoteDialog, d))

    def action_split(self) -> None:
        from factcheck.tui.screens.claim_edit import SplitDialog

        self._with_claim(lambda d: self._edit(SplitDialog, d))

    def action_merge(self) -> None:
        from factcheck.tui.screens.claim_edit import MergeDialog

        neighbours = self.claims.neighbours(self.claims.cursor)
        self._with_claim(lambda d: self._edit(partial(MergeDialog, neighbours=neighbours), d))

    def _edit(self, dialog, detail: ClaimDetail) -> None:
        if self.bench is not None:
            self.app.push_screen(dialog(self.bench, detail.claim), self._edited)

    def action_add_claim(self) -> None:
        from factcheck.tui.screens.claim_edit import AddClaimDialog

        bench = self._opened_bench()
        if bench is not None:
            self.app.push_screen(AddClaimDialog(bench, self.article), self._edited)

    def _edited(self, claim_id: int | None) -> None:
        if claim_id is None:
            return
        self._selected = claim_id
        self.detail = None
        self.reload(keep=claim_id)
        self._load_detail(claim_id)
        self._written()

    def action_import_file(self) -> None:
        from factcheck.tui.screens.importer import ImportDialog

        def done(article: int | None) -> None:
            if article is not None:
                self.open_article(article)
            self._written()

        bench = self._opened_bench()
        if bench is not None:
            self.app.push_screen(ImportDialog(bench, self.article), done)

    def action_article(self) -> None:
        from factcheck.tui.screens.article import ArticleScreen

        line = self.claims.current
        article = line.article if line is not None else self.article
        if article is None or self.bench is None:
            self.notify("This claim belongs to no article.", severity="warning")
            return

        self.app.push_screen(
            ArticleScreen(self.bench, article, line.id if line else None), self._go_to_claim
        )

    def _go_to_claim(self, claim_id: int | None) -> None:
        """Back from a screen that chose a claim (the article view, the names): select it."""
        if claim_id is not None and claim_id != self._selected:
            self._selected = claim_id
            self.reload(keep=claim_id)
            self._load_detail(claim_id)

    def action_pick_article(self) -> None:
        from factcheck.tui.screens.picker import ArticlePicker, Picked

        if self.bench is None:
            return

        def chosen(picked: Picked | None) -> None:
            if picked is not None:
                self.open_article(picked.article)  # the palette's path: remembered as well

        self.app.push_screen(ArticlePicker(self.bench, self.article), chosen)

    def action_facts(self) -> None:
        from factcheck.tui.screens.facts import FactsScreen

        line = self.claims.current
        if line is None or self.bench is None:
            self.notify(
                "Select a claim first: its facts are ticked one by one.", severity="warning"
            )
            return
        self.app.push_screen(FactsScreen(self.bench, line.id, line.text))

    def action_names(self) -> None:
        from factcheck.tui.screens.names import NamesScreen

        line = self.claims.current
        article = line.article if line is not None else self.article
        if article is None or self.bench is None:
            self.notify("Open an article first: names are listed per article.", severity="warning")
            return

        self.app.push_screen(NamesScreen(self.bench, article), self._go_to_claim)

    def action_report(self) -> None:
        from factcheck.tui.screens.report import ReportScreen

        line = self.claims.current
        article = line.article if line is not None else self.article
        if article is None or self.bench is None:
            self.notify("Open an article first: a report covers one article.", severity="warning")
            return
        self.app.push_screen(ReportScreen(self.bench, article))


def progress_article(progress: Progress) -> int | None:
    return progress.article.id if progress.article else None


def attach_subject(request: SourceRequest) -> str:
    """What a notice about an attach names: the URL or path (cut short), or "a note"."""
    return one_line(request.target or "a note", 50)


def attached_text(result: AttachResult) -> str:
    """What attaching a source did, in the workbench's words (a merge is undone from the
    command line or the source's merges)."""
    similar = f"{result.similarity or 0:.0%} alike, {result.rule}"
    if result.outcome == "known":
        return f"already stored as source {result.source}"
    if result.outcome == "merged" and result.kind_of_merge == "same text":
        return f"same text as source {result.merged_into}: merged as copy {result.copy}"
    if result.outcome == "suggested" and result.short_text:
        return (
            f"added as source {result.source}; the same short text as source "
            f"{result.merged_into} (a paywall, consent or error page rather than the article?)"
        )
    if result.outcome == "merged":
        return f"a copy of source {result.merged_into} ({similar}): merged as copy {result.copy}"
    if result.outcome == "suggested":
        return (
            f"added as source {result.source}; it may be a copy of source "
            f"{result.merged_into} ({similar})"
        )
    login = "; the user name and password in its URL were used to fetch it, not stored"
    return f"added as source {result.source}" + (login if result.login_dropped else "")

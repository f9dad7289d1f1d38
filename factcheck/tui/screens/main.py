"""The main screen: progress, the claims list with its filters, and the selected claim.

The screen owns the filter and the store queries: it reads pages and details in workers and
hands the results down to its widgets; widgets tell it what the checker did through messages.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, Select

from factcheck.scale import UNCHECKED
from factcheck.tui import ratings
from factcheck.tui.jobs import run_job
from factcheck.tui.safe import one_line
from factcheck.tui.widgets.claim_detail import ClaimDetailView
from factcheck.tui.widgets.claim_list import PAGE, ClaimList
from factcheck.tui.widgets.key_footer import KeyFooter
from factcheck.tui.widgets.status_header import StatusHeader

if TYPE_CHECKING:
    from types import ModuleType

    from factcheck.services.sources import AttachResult
    from factcheck.services.workbench import ClaimDetail, ClaimFilter, ClaimLine, Progress

SEARCH_DELAY = 0.25  # typing pauses this long before the list is read again
DETAIL_DELAY = 0.12  # holding an arrow key does not read every claim it passes

# (key, action, footer label, what it does): the footer, the help screen and the palette.
KEYS: tuple[tuple[str, str, str, str], ...] = (
    ("question_mark", "help", "Help", "Every key, and how to check a claim"),
    ("slash", "search", "Search", "Search the claim text (Esc returns to the list)"),
    ("v", "verdict", "Verdict", "Record a verdict on the selected claim"),
    ("s", "add_source", "Source", "Add a source: a URL, a file path or a note"),
    ("p", "evidence", "Pin", "Evidence: pin or unpin passages of the claim's sources"),
    ("t", "article", "Article", "Read the whole article, claims highlighted"),
    ("r", "report", "Report", "Preview the Markdown report and save it"),
    ("n", "note", "Note", "Edit the checker's note on the claim"),
    ("a", "add_claim", "+Claim", "Add a claim the extractor missed"),
    ("x", "split", "Split", "Split the claim in two"),
    ("m", "merge", "Merge", "Merge another claim into this one"),
    ("i", "import_file", "Import", "Import an article or a claims file"),
    ("q", "quit", "Quit", "Quit (waits for anything being saved)"),
    ("ctrl+p", "command_palette", "Palette", "Every action by name; open another article; theme"),
    ("f", "filter_rating", "Filter", "Filter the list by rating (then Tab: by kind)"),
    ("u", "toggle_unchecked", "Unchecked", "Show only the claims still unchecked, or all"),
)
IN_FOOTER = 13  # the first keys (the palette key is added by the footer): two rows at 80 columns

PALETTE = {
    "help": "Help: keys and how to check a claim",
    "search": "Search claims",
    "verdict": "Record a verdict",
    "add_source": "Add a source (URL, file or note)",
    "evidence": "Pin or unpin evidence",
    "article": "Article view",
    "report": "Report preview",
    "note": "Edit the claim's note",
    "add_claim": "Add a claim by hand",
    "split": "Split the claim",
    "merge": "Merge claims",
    "import_file": "Import an article or a claims file",
    "filter_rating": "Filter by rating or kind",
    "toggle_unchecked": "Show only unchecked claims (toggle)",
}


def services() -> ModuleType:
    """The read side of the service layer, imported on first use: SQLAlchemy and Alembic take
    a second to import, and the screen paints (saying the store is opening) before that."""
    from factcheck.services import workbench

    return workbench


@dataclass(frozen=True)
class Loaded:
    where: ClaimFilter
    total: int
    offset: int
    rows: list[ClaimLine]
    cursor: int


class MainScreen(Screen[None]):
    BINDINGS = [
        Binding(key, action, label, tooltip=help_text, show=n < IN_FOOTER)
        for n, (key, action, label, help_text) in enumerate(KEYS)
    ] + [Binding("escape", "to_list", "Back to the list", show=False)]

    def __init__(self) -> None:
        super().__init__()
        self.where: ClaimFilter | None = None
        self.detail: ClaimDetail | None = None
        self.started = False
        self._search_timer: Timer | None = None
        self._detail_timer: Timer | None = None
        self._selected: int | None = None
        self._progress: Progress | None = None
        self._shown: int | None = None  # claims listed, when a filter hides some

    def compose(self) -> ComposeResult:
        yield StatusHeader(id="status")
        with Horizontal(id="filters"):
            yield Input(placeholder="/ search claims", id="search", compact=True)
            yield Select[str]([], prompt="any rating", id="rating", compact=True)
            yield Select[str]([], prompt="any kind", id="kind", compact=True)
        with Container(id="body"):
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
        return self._search_timer is not None or self._detail_timer is not None

    # -- loading ------------------------------------------------------------------------------

    def start(self, article: int | None) -> None:
        """The store is open: fill the rating filter from its scale, show the article."""
        scale = [r.name for r in self.app.scale]  # type: ignore[attr-defined]
        options = [(f"{ratings.mark(n)} {n}", n) for n in [*scale, UNCHECKED]]
        self.query_one("#rating", Select).set_options(options)
        from factcheck.extract import KINDS

        self.query_one("#kind", Select).set_options([(k, k) for k in KINDS])
        self.started = True
        self.where = services().ClaimFilter(article=article)
        self.reload()

    def store_failed(self, reason: str) -> None:
        self.query_one(StatusHeader).message(reason)
        self.query_one(ClaimDetailView).message(
            "The store could not be opened: quit with q and check --db / FACTCHECK_DB."
        )

    def open_article(self, article: int | None) -> None:
        self.where = services().ClaimFilter(article=article)
        self._selected = None
        with self.prevent(Input.Changed, Select.Changed):
            self.query_one("#search", Input).value = ""
            self.query_one("#rating", Select).clear()
            self.query_one("#kind", Select).clear()
        self.reload()

    def reload(self, *, keep: int | None = None, counts: bool = True) -> None:
        """Read the list again (its size, the page around the kept claim), then, with
        ``counts``, the progress in the header, which a change of filter leaves as it was."""
        store = self.app.store  # type: ignore[attr-defined]
        if store is None or self.where is None:
            return
        workbench = services()
        where, cursor = self.where, self.claims.cursor

        def work() -> Loaded:
            total = workbench.count_claims(store, where)
            index = min(cursor, max(total - 1, 0))
            offset = (index // PAGE) * PAGE
            rows = workbench.claim_page(store, where, offset, PAGE, total)
            at = index - offset
            if keep is not None and not (at < len(rows) and rows[at].id == keep):
                # The kept claim moved (or the filter changed): find it, read its page.
                position = workbench.claim_position(store, where, keep)
                if position is not None:
                    index, offset = position, (position // PAGE) * PAGE
                    rows = workbench.claim_page(store, where, offset, PAGE, total)
            return Loaded(where, total, offset, rows, index)

        stale = self._progress is None or progress_article(self._progress) != where.article
        run_job(
            self,
            work,
            lambda loaded: self._loaded(loaded, counts or stale),
            group="list",
            exclusive=True,
        )

    def _loaded(self, loaded: Loaded, counts: bool) -> None:
        if loaded.where != self.where:
            return
        store = self.app.store  # type: ignore[attr-defined]
        where, total = loaded.where, loaded.total
        workbench = services()

        def fetch(offset: int, limit: int) -> list[ClaimLine]:
            return workbench.claim_page(store, where, offset, limit, total)

        self.claims.show(loaded.total, loaded.offset, loaded.rows, fetch, loaded.cursor)
        filtered = where != workbench.ClaimFilter(article=where.article)
        self._shown = loaded.total if filtered else None
        if counts:
            run_job(
                self,
                lambda: workbench.progress(store, where.article),
                self._counted,
                group="progress",
                exclusive=True,
            )
        elif self._progress is not None:
            self.query_one(StatusHeader).show(self._progress, self._shown)
        if loaded.total == 0:
            self._show_empty()

    def _counted(self, progress: Progress) -> None:
        if progress_article(progress) != self.article:
            return
        self._progress = progress
        self.query_one(StatusHeader).show(progress, self._shown)

    def _show_empty(self) -> None:
        self.detail = None
        self._selected = None
        if self.where is None or self.where == services().ClaimFilter(article=self.article):
            text = "No claims yet: press i to import an article or a claims file."
        else:
            text = "No claim matches the filters: clear the search (/) or the filters (f, u)."
        self.query_one(ClaimDetailView).message(text)

    def store_changed(self, _what: set[str]) -> None:
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
        if event.claim.id == self._selected:
            return
        self._selected = event.claim.id
        if self._detail_timer is not None:
            self._detail_timer.stop()
        claim_id = event.claim.id

        def due() -> None:
            self._detail_timer = None
            self._load_detail(claim_id)

        self._detail_timer = self.set_timer(DETAIL_DELAY, due)

    def _load_detail(self, claim_id: int, then=None) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        workbench = services()

        def loaded(detail: ClaimDetail) -> None:
            if detail.claim.id != self._selected:
                return
            self.detail = detail
            self.query_one(ClaimDetailView).show(detail)
            if then is not None:
                then(detail)

        run_job(
            self,
            lambda: workbench.claim_detail(store, claim_id),
            loaded,
            group="detail",
            exclusive=True,
        )

    def _with_claim(self, act) -> None:
        """Run ``act(detail)`` on the selected claim, reading it first if need be."""
        if self._selected is None:
            self.notify("Select a claim first (the list is empty).", severity="warning")
            return
        if self.detail is not None and self.detail.claim.id == self._selected:
            act(self.detail)
            return
        if self._detail_timer is not None:
            self._detail_timer.stop()
            self._detail_timer = None
        self._load_detail(self._selected, then=act)

    # -- filters ------------------------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        value = event.value
        self._search_timer = self.set_timer(SEARCH_DELAY, lambda: self._search(value))

    def _search(self, value: str) -> None:
        self._search_timer = None
        if self.where is not None and value != self.where.search:
            self.where = replace(self.where, search=value)
            self.reload(keep=self._selected, counts=False)

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

    # -- flows --------------------------------------------------------------------------------

    def action_command_palette(self) -> None:
        self.app.action_command_palette()

    def palette_commands(self) -> list[tuple[str, str, str]]:
        keys = {action: key for key, action, _label, _help in KEYS}
        helps = {action: help_text for _key, action, _label, help_text in KEYS}
        return [
            (title, f"{helps[action]} (key: {_key_name(keys[action])})", action)
            for action, title in PALETTE.items()
        ]

    def action_help(self) -> None:
        self.app.action_help()  # type: ignore[attr-defined]

    async def action_quit(self) -> None:
        await self.app.action_quit()

    def action_verdict(self) -> None:
        from factcheck.tui.screens.verdict import VerdictDialog

        def open_dialog(detail: ClaimDetail) -> None:
            self.app.push_screen(VerdictDialog(detail), self._verdict_done)

        self._with_claim(open_dialog)

    def _verdict_done(self, saved: object) -> None:
        if saved is not None:
            self.notify(f"Verdict saved: {saved}", markup=False)
            self.app.changed()  # type: ignore[attr-defined]

    def action_add_source(self) -> None:
        """Opens at once on the highlighted line: the dialog needs only the claim's words."""
        from factcheck.tui.screens.source import SourceDialog, SourceRequest

        line = self.claims.current
        if line is None:
            self.notify("Select a claim first (the list is empty).", severity="warning")
            return

        def chosen(request: SourceRequest | None) -> None:
            if request is not None:
                self._attach_source(line.id, request)

        self.app.push_screen(SourceDialog(line.id, line.text), chosen)

    def _attach_source(self, claim_id: int, request) -> None:
        from factcheck.services.sources import attach_source

        store, checker = self.app.store, self.app.checker  # type: ignore[attr-defined]
        what = one_line(request.target or "a note", 50)

        def attached(result: AttachResult) -> None:
            title = {"added": "Source added", "merged": "Merged", "known": "Already stored"}
            self.notify(
                f"claim {claim_id}: {result.message}",
                title=title.get(result.outcome, "Source attached"),
                markup=False,
                timeout=8,
            )
            self.app.changed()  # type: ignore[attr-defined]

        def failed(exc) -> None:
            self.notify(
                f"{what}: {exc}",
                title="Source not added",
                severity="error",
                markup=False,
                timeout=12,
            )

        run_job(
            self,
            lambda: attach_source(
                store,
                claim_id,
                request.target,
                note=request.note,
                stance=request.stance,
                checker=checker,
            ),
            attached,
            failed=failed,
            label=f"fetching {what}" if request.target else "adding the note",
            group="attach",
            writes=True,
        )

    def action_evidence(self) -> None:
        from factcheck.tui.screens.evidence import EvidenceDialog

        def open_dialog(detail: ClaimDetail) -> None:
            self.app.push_screen(EvidenceDialog(detail), lambda _r: self.app.changed())

        self._with_claim(open_dialog)

    def action_note(self) -> None:
        from factcheck.tui.screens.claim_edit import NoteDialog

        self._with_claim(lambda d: self.app.push_screen(NoteDialog(d.claim), self._edited))

    def action_split(self) -> None:
        from factcheck.tui.screens.claim_edit import SplitDialog

        self._with_claim(lambda d: self.app.push_screen(SplitDialog(d.claim), self._edited))

    def action_merge(self) -> None:
        from factcheck.tui.screens.claim_edit import MergeDialog

        neighbours = self.claims.neighbours(self.claims.cursor)
        self._with_claim(
            lambda d: self.app.push_screen(MergeDialog(d.claim, neighbours), self._edited)
        )

    def action_add_claim(self) -> None:
        from factcheck.tui.screens.claim_edit import AddClaimDialog

        self.app.push_screen(AddClaimDialog(self.article), self._edited)

    def _edited(self, claim_id: int | None) -> None:
        if claim_id is None:
            return
        self._selected = claim_id
        self.detail = None
        self.reload(keep=claim_id)
        self._load_detail(claim_id)
        self.app.changed()  # type: ignore[attr-defined]

    def action_import_file(self) -> None:
        from factcheck.tui.screens.importer import ImportDialog

        def done(article: int | None) -> None:
            if article is not None:
                self.open_article(article)
            self.app.changed()  # type: ignore[attr-defined]

        self.app.push_screen(ImportDialog(self.article), done)

    def action_article(self) -> None:
        from factcheck.tui.screens.article import ArticleScreen

        line = self.claims.current
        article = line.article if line is not None else self.article
        if article is None:
            self.notify("This claim belongs to no article.", severity="warning")
            return

        def back(claim_id: int | None) -> None:
            if claim_id is not None and claim_id != self._selected:
                self._selected = claim_id
                self.reload(keep=claim_id)
                self._load_detail(claim_id)

        self.app.push_screen(ArticleScreen(article, line.id if line else None), back)

    def action_report(self) -> None:
        from factcheck.tui.screens.report import ReportScreen

        line = self.claims.current
        article = line.article if line is not None else self.article
        if article is None:
            self.notify("Open an article first: a report covers one article.", severity="warning")
            return
        self.app.push_screen(ReportScreen(article))


def progress_article(progress: Progress) -> int | None:
    return progress.article.id if progress.article else None


def _key_name(key: str) -> str:
    return {"question_mark": "?", "slash": "/"}.get(key, key)

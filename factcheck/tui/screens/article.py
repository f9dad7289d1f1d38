"""The article view: the whole text with every claim highlighted in its rating's colour.

Opened on a claim, it scrolls to that claim's paragraph; n / p walk from claim to claim, Enter
goes back to the list on the claim reached, Esc goes back to where the checker was.
"""

from __future__ import annotations

from bisect import bisect_right

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from factcheck.services import workbench
from factcheck.services.workbench import ArticleText, ClaimSpan
from factcheck.text import split_paragraphs
from factcheck.tui import ratings
from factcheck.tui.messages import ArticleTextLoaded, StoreChanged
from factcheck.tui.safe import clean, shown
from factcheck.tui.widgets.key_footer import KeyFooter
from factcheck.tui.work import background
from factcheck.tui.workbench import Workbench


def paragraph_content(
    text: str, start: int, end: int, spans: list[ClaimSpan], current: int | None
) -> Content:
    parts: list[Content] = []
    at = start
    for span in spans:
        s, e = max(span.start, start), min(span.end, end)
        if s >= e or s < at:
            continue
        parts.append(shown(text[at:s]))
        style = ratings.background(span.rating)
        if span.id == current:
            style = "bold reverse"
        mark = Content.styled(ratings.mark(span.rating) + " ", ratings.style(span.rating))
        parts.append(Content.assemble(mark, Content.styled(clean(text[s:e]), style)))
        at = e
    parts.append(shown(text[at:end]))
    return Content.assemble(*parts)


class ArticleScreen(Screen[int]):
    """Dismissed with the claim to select on return (or ``None`` to change nothing)."""

    BINDINGS = [
        Binding("n,down,j", "step(1)", "Next", tooltip="Next claim"),
        Binding("p,up,k", "step(-1)", "Previous", tooltip="Previous claim"),
        Binding("enter", "choose", "To list", tooltip="Back to the list, on this claim"),
        Binding("escape,t", "back", "Back", tooltip="Back to the list, where you were"),
        Binding("question_mark", "app.help", "Help"),
    ]

    def __init__(self, bench: Workbench, article: int, claim: int | None) -> None:
        super().__init__()
        self.bench = bench
        self.article = article
        self.current = claim
        self.origin = claim
        self.data: ArticleText | None = None
        self._paragraphs: list[tuple[int, int]] = []

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("reading the article…", "$text-muted"), id="article-title")
        yield VerticalScroll(id="article-text")
        yield KeyFooter(columns=6)

    def on_mount(self) -> None:
        self.query_one("#article-text").focus()
        self.load()

    @background("article", exclusive=True)
    def load(self) -> ArticleTextLoaded:
        return ArticleTextLoaded(workbench.article_text(self.bench.store, self.article))

    @on(StoreChanged)
    def _store_changed(self) -> None:
        self.load()

    @on(ArticleTextLoaded)
    async def _loaded(self, event: ArticleTextLoaded) -> None:
        data = event.text
        first = self.data is None
        self.data = data
        self._paragraphs = split_paragraphs(data.text)
        title = self.query_one("#article-title", Static)
        title.update(
            Content.assemble(
                shown(data.article.label, "bold"), (f"  {len(data.claims)} claims", "$text-muted")
            )
        )
        body = self.query_one("#article-text", VerticalScroll)
        if first:
            await body.mount_all(
                Static(classes="paragraph", id=f"para-{n}") for n in range(len(self._paragraphs))
            )
        self._paint_all()
        if first:
            self.call_after_refresh(self._scroll_to_current)

    def _spans_in(self, n: int) -> list[ClaimSpan]:
        start, end = self._paragraphs[n]
        assert self.data is not None
        return [s for s in self.data.claims if s.start < end and s.end > start]

    def _paint(self, n: int) -> None:
        assert self.data is not None
        start, end = self._paragraphs[n]
        content = paragraph_content(self.data.text, start, end, self._spans_in(n), self.current)
        self.query_one(f"#para-{n}", Static).update(content)

    def _paint_all(self) -> None:
        for n in range(len(self._paragraphs)):
            self._paint(n)

    def _paragraph_of(self, claim_id: int | None) -> int | None:
        if self.data is None or claim_id is None:
            return None
        span = next((s for s in self.data.claims if s.id == claim_id), None)
        if span is None:
            return None
        starts = [s for s, _e in self._paragraphs]
        return max(0, bisect_right(starts, span.start) - 1)

    def _scroll_to_current(self) -> None:
        n = self._paragraph_of(self.current)
        if n is not None:
            self.query_one(f"#para-{n}", Static).scroll_visible(top=True, animate=False)

    def action_step(self, step: int) -> None:
        if self.data is None or not self.data.claims:
            return
        ids = [s.id for s in self.data.claims]
        index = ids.index(self.current) if self.current in ids else -1 if step > 0 else len(ids)
        index = max(0, min(len(ids) - 1, index + step))
        old = self._paragraph_of(self.current)
        self.current = ids[index]
        new = self._paragraph_of(self.current)
        for n in {old, new}:
            if n is not None:
                self._paint(n)
        if new is not None:
            self.query_one(f"#para-{new}", Static).scroll_visible(animate=False)

    def action_choose(self) -> None:
        self.dismiss(self.current)

    def action_back(self) -> None:
        self.dismiss(self.origin)

"""The article picker: every article with its title, dates and how far its check is.

Typing filters the list (title, origin, byline, id); Enter opens the article through the
same path as the command palette (``MainScreen.open_article``), so it is remembered in
``state.json`` like any article opened.  The last entry shows every claim of the store.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from factcheck.services import articles
from factcheck.services.articles import ArticleProgress
from factcheck.text import search_words
from factcheck.tui.messages import ArticlesProgressed
from factcheck.tui.safe import one_line, shown
from factcheck.tui.widgets.key_footer import KeyFooter
from factcheck.tui.work import background
from factcheck.tui.workbench import Workbench

EVERY = "every"  # the option of every claim, by its id


@dataclass(frozen=True)
class Picked:
    """What the picker chose: an article, or None for every claim of the store."""

    article: int | None


def article_line(line: ArticleProgress) -> Content:
    """One article: id, title (or where it came from), progress, and its dates."""
    view = line.article
    dates = f"imported {view.imported_at:%Y-%m-%d}"
    if view.published:
        dates = f"published {view.published[:10]}, " + dates
    facts = f", facts {line.facts_done}/{line.facts}" if line.facts else ""
    return Content.assemble(
        (f"{view.id:>4}  ", "$text-muted"),
        shown(one_line(view.label, 200), "bold"),
        "\n      ",
        (
            f"checked {line.checked}/{line.claims}{facts}",
            "$text-success" if line.claims and line.checked == line.claims else "",
        ),
        (f"  {dates}", "$text-muted"),
    )


def matches(line: ArticleProgress, query: str) -> bool:
    """Every word typed is in the title, origin, byline, URL or id, folded as the claim
    search folds words: case, accents and compatibility forms aside ("perez" is "Pérez")."""
    view = line.article
    fields = " ".join(
        str(x) for x in (view.id, view.title, view.origin, view.byline, view.url) if x
    )
    haystack = " ".join(word for word, _start, _end in search_words(fields))
    return all(word in haystack for word, _start, _end in search_words(query))


class ArticlePicker(Screen[Picked | None]):
    """Dismissed with the article chosen (``Picked``), or None (Esc)."""

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
    ]

    def __init__(self, bench: Workbench, current: int | None) -> None:
        super().__init__()
        self.bench = bench
        self.current = current
        self.lines: list[ArticleProgress] | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("reading the articles…", "$text-muted"), id="picker-title")
        yield Input(placeholder="type to filter by title, origin or id", id="picker-filter")
        yield OptionList(id="picker-list")
        yield KeyFooter(columns=4)

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._read()

    @background("picker", exclusive=True, label="reading the articles")
    def _read(self) -> ArticlesProgressed:
        return ArticlesProgressed(articles.articles_progress(self.bench.store))

    @on(ArticlesProgressed)
    def _read_done(self, event: ArticlesProgressed) -> None:
        self.lines = event.lines
        self._show()

    @on(Input.Changed)
    def _filter(self) -> None:
        if self.lines is not None:
            self._show()

    @property
    def shown_ids(self) -> list[str]:
        """The options listed now, by id (tests read them)."""
        return [o.id or "" for o in self.query_one(OptionList).options]

    def _show(self) -> None:
        assert self.lines is not None
        query = self.query_one(Input).value
        found = [line for line in self.lines if matches(line, query)]
        title = self.query_one("#picker-title", Static)
        if not self.lines:
            title.update(
                Content.styled("No article in this store yet: import one with i.", "$warning")
            )
        else:
            title.update(
                Content.assemble(
                    ("Articles: ", "bold"),
                    (f"{len(found)} of {len(self.lines)} shown", "$text-muted"),
                )
            )
        options = [Option(article_line(line), id=str(line.article.id)) for line in found]
        if self.lines:
            options.append(
                Option(Content.styled("   *  every claim of every article", "italic"), id=EVERY)
            )
        listing = self.query_one(OptionList)
        listing.set_options(options)
        ids = [o.id for o in options]
        here = str(self.current) if self.current is not None else EVERY
        listing.highlighted = (
            ids.index(here) if here in ids and not query else (0 if options else None)
        )

    def action_move(self, step: int) -> None:
        listing = self.query_one(OptionList)
        if listing.option_count:
            now = listing.highlighted if listing.highlighted is not None else -step
            listing.highlighted = max(0, min(listing.option_count - 1, now + step))

    @on(Input.Submitted)
    def _submitted(self) -> None:
        listing = self.query_one(OptionList)
        if listing.highlighted is not None:
            self._choose(listing.get_option_at_index(listing.highlighted).id)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id)

    def _choose(self, option_id: str | None) -> None:
        if option_id is None:
            return
        self.dismiss(Picked(None if option_id == EVERY else int(option_id)))

    def action_back(self) -> None:
        self.dismiss(None)

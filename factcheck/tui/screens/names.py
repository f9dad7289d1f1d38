"""The names of an article: each person, organisation and title once, with every mention.

A checker verifies the spelling of a name once and sees every place it occurs; a name spelled
nearly like another ("Sottiaux"/"Sotiaux") is flagged with the other spelling, since one of
the two is likely a typo.  The same list as ``factcheck names`` (``services.facts``), read in
a worker; Enter on a mention goes back to the main list on the claim holding it.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from factcheck.services import facts, workbench
from factcheck.services.facts import NameMention, NameView
from factcheck.tui.messages import NamesListed
from factcheck.tui.safe import shown
from factcheck.tui.widgets.key_footer import KeyFooter
from factcheck.tui.work import background
from factcheck.tui.workbench import Workbench

CONTEXT = 30  # characters shown either side of a mention
NAME_ROOM = 48  # characters for a mention's name and the context before it


def name_line(name: NameView) -> Content:
    """A name's heading: kind, name, mention count, and any spelling nearly like it."""
    count = len(name.mentions)
    parts: list[tuple[str, str] | Content | str] = [
        (f"{name.kind:<12} ", "$text-muted"),
        shown(name.name, "bold"),
        (f"  {count} mention{'s' if count != 1 else ''}", "$text-muted"),
    ]
    if name.variants:
        alike = ", ".join(f"{n} ({s:.0f}%)" for n, s in name.variants)
        parts += [("  ⚠ spelled like ", "$warning"), shown(alike, "$warning")]
    if name.short_for:
        parts += [("  ? short for ", "$warning"), shown(", ".join(name.short_for), "$warning")]
    return Content.assemble(*parts)


def mention_line(text: str, mention: NameMention) -> Content:
    """One mention: the claim holding it (or the paragraph) and its context, name highlighted."""
    where = f"claim {mention.claim}" if mention.claim is not None else "no claim"
    # A long name takes room from the context before it, so that at 80 columns the name
    # itself stays whole on its one line.
    room = min(CONTEXT, max(NAME_ROOM - (mention.end - mention.start), 8))
    before = flat(text[max(mention.start - room, 0) : mention.start])
    after = flat(text[mention.end : mention.end + CONTEXT])
    return Content.assemble(
        (f"    {where:<10} ¶{mention.paragraph:<3} ", "$text-muted"),
        shown("…" + before),
        shown(text[mention.start : mention.end], "bold reverse"),
        shown(after + "…"),
    )


def flat(text: str) -> str:
    """Context on one line, its edge spaces kept (they part it from the highlighted name)."""
    return " ".join(text.split("\n")).replace("\t", " ")


class NamesScreen(Screen[int | None]):
    """Dismissed with the claim of the mention chosen, or None (Esc)."""

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("question_mark", "app.help", "Help"),
    ]

    def __init__(self, bench: Workbench, article_id: int) -> None:
        super().__init__()
        self.bench = bench
        self.article_id = article_id
        self.names: list[NameView] | None = None
        self._claims: dict[str, int] = {}

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("reading the names…", "$text-muted"), id="names-title")
        yield OptionList(id="names-list")
        yield KeyFooter(columns=4)

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self._read()

    @background("names", exclusive=True, label="reading the names")
    def _read(self) -> NamesListed:
        text = workbench.article_text(self.bench.store, self.article_id).text
        return NamesListed(facts.article_names(self.bench.store, self.article_id), text)

    @on(NamesListed)
    def _listed(self, event: NamesListed) -> None:
        self.names = event.names
        flagged = sum(1 for n in event.names if n.variants)
        shorter = sum(1 for n in event.names if n.short_for)
        counts = f"{len(event.names)} distinct, {flagged} spelled like another"
        self.query_one("#names-title", Static).update(
            Content.assemble(
                (f"Names in article {self.article_id}: ", "bold"),
                (counts + (f", {shorter} short for another" if shorter else ""), "$text-muted"),
            )
        )
        options: list[Option] = []
        self._claims = {}
        for n, name in enumerate(event.names):
            options.append(Option(name_line(name), id=f"name-{n}", disabled=True))
            for m, mention in enumerate(name.mentions):
                option_id = f"mention-{n}-{m}"
                if mention.claim is not None:
                    self._claims[option_id] = mention.claim
                options.append(Option(mention_line(event.text, mention), id=option_id))
        if not options:
            options = [
                Option(
                    Content.styled("No person, organisation or title found.", "$text-muted"),
                    disabled=True,
                )
            ]
        names = self.query_one(OptionList)
        names.set_options(options)
        names.highlighted = next((i for i, o in enumerate(options) if not o.disabled), None)

    @property
    def current_claim(self) -> int | None:
        """The claim holding the highlighted mention (tests read it)."""
        names = self.query_one(OptionList)
        if names.highlighted is None:
            return None
        return self._claims.get(names.get_option_at_index(names.highlighted).id or "")

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        claim = self._claims.get(event.option.id or "")
        if claim is None:
            self.notify("That mention is in no claim.", severity="warning")
            return
        self.dismiss(claim)

    def action_back(self) -> None:
        self.dismiss(None)

"""Help: how to check a claim from start to finish, and every key of every screen."""

from __future__ import annotations

from collections.abc import Mapping

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from factcheck.tui import ratings
from factcheck.tui.keys import KEYS, key_name

# Each {action} is the key in force for it (the config file's [keys] may have moved it).
WALKTHROUGH = (
    "1. Pick a claim in the list (↑/↓, or {search} to search; {filter_rating} and"
    " {toggle_unchecked} filter it).",
    "2. Press {add_source} to add a source: paste a URL, a file path, or write a note.",
    "3. Press {evidence} to read the passages of the sources that match the claim; pin the ones"
    " you rely on (space).",
    "4. Press {verdict}, choose a rating by its number, say what the sources show, give a"
    " correction if the claim is wrong, tick the evidence you cite, and save with ctrl+s.",
    "5. Press {report} for the report; w saves it to a file.",
)

OTHER_KEYS = (
    (
        "Claims list",
        (
            ("↑ ↓ j k", "move"),
            ("PgUp PgDn Home End", "move faster"),
            ("Tab", "go to the filters and the detail pane"),
            ("Esc", "back to the list"),
        ),
    ),
    (
        "Dialogs",
        (
            ("ctrl+s", "save"),
            ("Esc", "cancel (asks first when a field was changed)"),
            ("Tab", "next field"),
            ("1–9", "verdict: pick a rating (in the rating list)"),
            ("ctrl+r", "verdict, note: reload a claim someone else changed"),
        ),
    ),
    ("Evidence", (("Enter / space", "pin or unpin the highlighted passage"), ("Esc", "close"))),
    (
        "Article view",
        (
            ("n / ↓", "next claim"),
            ("p / ↑", "previous claim"),
            ("Enter", "back to the list on this claim"),
            ("Esc", "back where you were"),
        ),
    ),
    (
        "Report",
        (
            ("w", "save it: Markdown, JSON, ClaimReview, annotated article or Word manuscript"),
            ("n / p", "next / previous page"),
            ("Esc", "back"),
        ),
    ),
    (
        "A source's text (o)",
        (
            ("n / p", "next / previous passage (pinned ones reversed, matches underlined)"),
            ("] / [", "the claim's next / previous source"),
            ("Esc", "back"),
        ),
    ),
    (
        "Source merges (d)",
        (
            ("c / x", "confirm / reject a likely duplicate"),
            ("s", "split a merge that was wrong"),
            ("Tab", "from the list to the two texts"),
            ("Esc", "back"),
        ),
    ),
    ("Prior checks (c)", (("Esc", "back"),)),
    (
        "Everywhere",
        (
            ("ctrl+p", "command palette: every action by name, open an article, theme"),
            ("F1", "this help"),
            ("ctrl+q", "quit"),
        ),
    ),
)


def help_content(scale_names: list[str], keys: Mapping[str, str] | None = None) -> Content:
    """The walkthrough, every key (the main screen's as ``keys``, action → key, has them) and
    the marks of the scale."""
    keys = {action: key for key, action, _label, _help in KEYS} | dict(keys or {})
    shown = {action: key_name(key) for action, key in keys.items()}
    lines: list[Content] = [Content.styled("Checking a claim", "bold $text-primary")]
    lines += [Content(step.format_map(shown)) for step in WALKTHROUGH]
    lines += [Content(""), Content.styled("Main screen", "bold $text-primary")]
    for _key, action, _label, help_text in KEYS:
        key = keys[action]
        lines.append(Content.assemble((f"  {key_name(key):<20}", "bold $text-accent"), help_text))
    for section, keys in OTHER_KEYS:
        lines += [Content(""), Content.styled(section, "bold $text-primary")]
        for key, text in keys:
            lines.append(Content.assemble((f"  {key:<20}", "bold $text-accent"), text))
    lines += [Content(""), Content.styled("Marks in the list", "bold $text-primary")]
    for name in [*scale_names, None]:
        lines.append(
            Content.assemble(
                "  ", (f"{ratings.mark(name)} {ratings.name(name)}", ratings.style(name))
            )
        )
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close"),
    ]

    def __init__(self, rating_names: list[str], keys: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.rating_names = rating_names
        self.keys = keys  # the main screen's keys in force (action → key)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(help_content(self.rating_names, self.keys))
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#help").focus()

    def action_close(self) -> None:
        self.dismiss(None)

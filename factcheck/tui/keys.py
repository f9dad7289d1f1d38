"""The main screen's keys, in one table: the footer, the help screen and the palette read it.

Kept apart from the screens so that help (and anything else that lists keys) needs no import
of the main screen.
"""

from __future__ import annotations

# (key, action, footer label, what it does), in the order the footer and help show them.
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
    ("o", "source_text", "Read", "A source's whole text, the claim's passages highlighted"),
    ("d", "merges", "Merges", "Source merges of the claim's sources: confirm, reject, split"),
    ("c", "prior_checks", "Prior", "Prior checks: this desk's and imported fact-checks alike"),
)
IN_FOOTER = 13  # the first keys (the palette key is added by the footer): two rows at 80 columns

# Palette titles of the main screen's actions (the palette adds the key and what it does).
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
    "source_text": "Read a source's whole text",
    "merges": "Source merges: confirm, reject or split",
    "prior_checks": "Prior checks of the claim (similar)",
}


def key_name(key: str) -> str:
    """A key as a person types it (Textual names ``?`` and ``/`` by words)."""
    return {"question_mark": "?", "slash": "/"}.get(key, key)


def palette_entries() -> list[tuple[str, str, str]]:
    """(title, help with its key, action) for each palette entry of the main screen."""
    keys = {action: key for key, action, _label, _help in KEYS}
    helps = {action: help_text for _key, action, _label, help_text in KEYS}
    return [
        (title, f"{helps[action]} (key: {key_name(keys[action])})", action)
        for action, title in PALETTE.items()
    ]

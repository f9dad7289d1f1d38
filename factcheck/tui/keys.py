"""The main screen's keys, in one table: the footer, the help screen and the palette read it.

Kept apart from the screens so that help (and anything else that lists keys) needs no import
of the main screen.  The checker may move any of them with the config file's ``[keys]`` table
(``verdict = "V"``): ``main_keys`` checks it and gives the keys in force, which the main
screen's bindings (by their id, the action), the footer, help and the palette all show.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from pathlib import Path

# Textual's own naming of a typed character ("?" is "question_mark"), so a key given as a
# character matches the binding Textual makes of it.
from textual.keys import Keys, _character_to_key

from factcheck.config import BadConfig

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
    ("F", "facts", "Facts", "The claim's facts as a checklist: checked, wrong, unverified"),
    ("N", "names", "Names", "Every name of the article, its mentions, spellings alike flagged"),
    ("A", "pick_article", "Articles", "Pick an article: titles, dates, progress; type to filter"),
    ("S", "sort", "Sort", "Sort the list: position, score, priority (▲), rating; again: the next"),
)
# The main screen's footer: two rows of seven cells at 80 columns, eleven characters each, the
# palette's key the last.  So it holds thirteen keys, those of a day's checking, in the order a
# claim is worked: find it, decide it (sources, passages, a source's text, prior checks, the
# article), note it, tick its facts; then the report, another article, quitting.  Showing the
# unchecked only, filtering, adding, splitting and merging claims, importing, source merges,
# names and sorting are rarer: help (?) and the palette list every key.
FOOTER = (
    "help",
    "search",
    "verdict",
    "add_source",
    "evidence",
    "source_text",
    "prior_checks",
    "article",
    "note",
    "facts",
    "report",
    "pick_article",
    "quit",
)

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
    "facts": "Facts of the claim: tick them off",
    "names": "Names of the article (people, organisations, titles)",
    "pick_article": "Pick an article (titles, dates, progress)",
    "sort": "Sort the claims (position, score, priority, rating)",
}


def key_name(key: str) -> str:
    """A key as a person types it (Textual names ``?`` and ``/`` by words)."""
    *modifiers, base = key.split("+") if key != "+" else ["+"]
    return "+".join([*modifiers, CHARACTERS.get(base, base)])


def palette_entries(keys: Mapping[str, str] | None = None) -> list[tuple[str, str, str]]:
    """(title, help with its key, action) for each palette entry of the main screen;
    ``keys`` are the keys in force (action → key; default: the table's)."""
    keys = keys or {action: key for key, action, _label, _help in KEYS}
    helps = {action: help_text for _key, action, _label, help_text in KEYS}
    return [
        (title, f"{helps[action]} (key: {key_name(keys[action])})", action)
        for action, title in PALETTE.items()
    ]


# -- the checker's own keys (the config file's [keys] table) ---------------------------------------

MODIFIERS = ("ctrl", "alt", "shift", "meta", "super", "hyper")
# Keys the main screen and its list keep: moving, Tab, Enter, Esc, help and quitting.
RESERVED = frozenset(
    {
        "up",
        "down",
        "left",
        "right",
        "j",
        "k",
        "pageup",
        "pagedown",
        "home",
        "end",
        "enter",
        "tab",
        "shift+tab",
        "escape",
        "ctrl+q",
        "f1",
        "ctrl+c",
    }
)
# Textual's names of the keys that are not characters ("f5", "pageup", "space"…).
NAMED = frozenset(key.value for key in Keys if not key.value.startswith("<")) - {"ctrl-at"}
# The punctuation keys by Textual's name ("question_mark") and back.
CHARACTERS = {_character_to_key(ch): ch for ch in string.punctuation}


def textual_key(text: str) -> str | None:
    """``text`` ("V", "ctrl+e", "?", "f5") as Textual names the key, or None if it names none."""
    *modifiers, base = text.strip().split("+") if text.strip() != "+" else ["+"]
    if not base or any(m.lower() not in MODIFIERS for m in modifiers):
        return None
    if len(base) == 1 and base.isprintable() and not base.isspace():
        name = _character_to_key(base)
    elif base.lower() in NAMED or base.lower() in CHARACTERS:
        name = base.lower()
    else:
        return None
    return "+".join([*(m.lower() for m in modifiers), name])


def main_keys(overrides: Sequence[tuple[str, str]], config: Path | None) -> dict[str, str]:
    """Action → key of the main screen, with the config file's ``[keys]`` (action, key) applied.

    Refused (``BadConfig`` naming ``keys.<action>``): an action the main screen does not have,
    a key Textual does not know, a key the list keeps for itself, and two actions on one key
    (the second would never run).  The workbench does not start with any of them.
    """
    keys = {action: key for key, action, _label, _help in KEYS}
    for action, text in overrides:
        where = f"keys.{action}"
        if action not in keys:
            known = ", ".join(sorted(keys))
            raise BadConfig(config, where, f"is not an action of the workbench (known: {known})")
        key = textual_key(text)
        if key is None:
            raise BadConfig(config, where, f"is not a key Textual knows: {text!r}")
        if key in RESERVED:
            raise BadConfig(
                config, where, f"{text!r} is kept for moving, Tab, Enter, Esc or quitting"
            )
        keys[action] = key
    taken: dict[str, str] = {}
    for action, key in keys.items():
        if key in taken:
            first, second = sorted((taken[key], action), key=lambda a: a not in dict(overrides))
            raise BadConfig(
                config, f"keys.{first}", f"{key_name(key)!r} is already the key of {second}"
            )
        taken[key] = action
    return keys

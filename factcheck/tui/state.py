"""What the workbench remembers between runs, per user: the theme, the claim list's order and
each store's last article.

A small JSON file in the config folder (``~/.config/factcheck/state.json``), beside the config
file but apart from it: the config file is the checker's to write, this one the app's.  It is
memory, not settings, so a file that cannot be read (broken JSON, a wrong value, no permission)
is ignored and the workbench starts as if new; nothing in it is worth a traceback.  It is
written whole to a temporary file that then replaces the old one, so a crash mid-write leaves
the previous memory, never half a file.

Stores are told apart by a digest of their URL: the file never holds a store's password.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from factcheck.config import config_home

# The article entry for "every claim of the store" (the palette's "Show the claims of every
# article"); an absent entry means nothing is remembered for the store.
EVERY_ARTICLE = "all"


def state_file() -> Path:
    """Where the workbench keeps its memory for this user."""
    return config_home() / "state.json"


def store_key(url: str) -> str:
    """A store's name in the file: a digest of its URL, so no password is written down."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Remembered:
    """The workbench's memory: the theme, and per store the article last open.

    ``articles`` maps ``store_key(url)`` to an article id, or ``EVERY_ARTICLE``; ``order`` is
    the claim list's sort (one of ``services.workbench.ORDERS``, checked where it is used).
    """

    theme: str | None = None
    articles: dict[str, int | str] = field(default_factory=dict)
    order: str | None = None

    def article(self, url: str) -> int | str | None:
        return self.articles.get(store_key(url))

    def with_article(self, url: str, article: int | None) -> Remembered:
        chosen: int | str = EVERY_ARTICLE if article is None else article
        return replace(self, articles={**self.articles, store_key(url): chosen})

    def with_theme(self, theme: str) -> Remembered:
        return replace(self, theme=theme)

    def with_order(self, order: str) -> Remembered:
        return replace(self, order=order)


def load(path: Path | None) -> Remembered:
    """The memory in ``path``; a missing, unreadable or malformed file is an empty memory."""
    if path is None:
        return Remembered()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return Remembered()
    return _parsed(data)


def _parsed(data: Any) -> Remembered:
    """Only the values of the right shape are kept; a wrong one is dropped, not fatal."""
    if not isinstance(data, dict):
        return Remembered()
    theme = data.get("theme")
    stores = data.get("stores")
    articles: dict[str, int | str] = {}
    for key, entry in stores.items() if isinstance(stores, dict) else ():
        article = entry.get("article") if isinstance(entry, dict) else None
        valid_id = isinstance(article, int) and not isinstance(article, bool) and article > 0
        if valid_id or article == EVERY_ARTICLE:
            articles[str(key)] = article
    order = data.get("order")
    return Remembered(
        theme if isinstance(theme, str) and theme else None,
        articles,
        order if isinstance(order, str) and order else None,
    )


def save(path: Path, memory: Remembered) -> None:
    """Write ``memory`` atomically: a temporary file in the same folder, then a rename."""
    data = {
        "theme": memory.theme,
        "order": memory.order,
        "stores": {key: {"article": article} for key, article in sorted(memory.articles.items())},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".state-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2)
            out.write("\n")
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise

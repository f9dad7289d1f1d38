"""The use cases: what the command line and the terminal UI can do, one transaction each.

Callers get plain data back (dataclasses from ``views``), never a session or an ORM object, so
the UI can hold results across threads and the store can change underneath without surprises.

The names below are loaded on first use: listing claims should not pay for importing the web
page extractor.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "ArticleImport": "articles",
    "import_article": "articles",
    "list_articles": "articles",
    "load_article": "articles",
    "preview_claims": "articles",
    "read_article_file": "articles",
    "read_article_input": "articles",
    "ClaimImport": "claims",
    "import_claims": "claims",
    "list_claims": "claims",
    "read_claims": "claims",
    "import_target": "imports",
    "ArticleView": "views",
    "ClaimView": "views",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)

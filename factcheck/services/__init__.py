"""The use cases: what the command line and the terminal UI can do, one transaction each.

Callers get plain data back (dataclasses from ``views``), never a session or an ORM object, so
the UI can hold results across threads and the store can change underneath without surprises.
"""

from factcheck.services.articles import (
    ArticleImport,
    import_article,
    list_articles,
    load_article,
    preview_claims,
)
from factcheck.services.claims import ClaimImport, import_claims, list_claims, read_claims
from factcheck.services.views import ArticleView, ClaimView

__all__ = [
    "ArticleImport",
    "ArticleView",
    "ClaimImport",
    "ClaimView",
    "import_article",
    "import_claims",
    "list_articles",
    "list_claims",
    "load_article",
    "read_claims",
    "preview_claims",
]

"""The errors a user can cause, one type per family, each carrying a message fit to print."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base of every error the CLI and UI show as one line instead of a traceback."""


class BadInput(FactcheckError):
    """The input (a file, a row, a URL, an id) cannot be used as given."""


class NotFound(BadInput):
    """An id (claim, article, source) names nothing in the store."""


class FetchFailed(FactcheckError):
    """A page could not be fetched or turned into text; the message says why."""


class StaleEdit(FactcheckError):
    """An edit was made against a version of a record that someone else has since changed."""


class StoreError(FactcheckError):
    """The database cannot be opened or used (not a database, unreachable, newer schema)."""

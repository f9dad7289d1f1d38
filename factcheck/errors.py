"""The errors a user can cause, one type per family, each carrying a message fit to print.

An error may say what it is about (``subject``: the URL, the path, the setting) apart from
why (``reason``); its message then names the subject once, first, so a caller that shows the
error never has to look inside the message to decide whether to name the subject again.
"""

from __future__ import annotations

from os import PathLike


class FactcheckError(Exception):
    """Base of every error the CLI and UI show as one line instead of a traceback."""

    def __init__(self, reason: str, *, subject: str | PathLike[str] | None = None) -> None:
        self.reason = reason
        self.subject = None if subject is None else str(subject)
        super().__init__(f"{subject}: {reason}" if subject else reason)


class BadInput(FactcheckError):
    """The input (a file, a row, a URL, an id) cannot be used as given."""


class WouldReplace(BadInput):
    """A file the checker named exists, and replacing it was not asked for."""


class NotFound(BadInput):
    """An id (claim, article, source) names nothing in the store."""


class FetchFailed(FactcheckError):
    """A page could not be fetched or turned into text; the message says why.

    ``url`` is the URL asked for (``subject`` adds the hop it failed on, after redirects).
    """

    def __init__(
        self, reason: str, *, subject: str | PathLike[str] | None = None, url: str | None = None
    ):
        super().__init__(reason, subject=subject)
        self.url = url


class StaleEdit(FactcheckError):
    """An edit was made against a version of a record that someone else has since changed."""


class StoreError(FactcheckError):
    """The database cannot be opened or used (not a database, unreachable, newer schema)."""


def naming(error: FactcheckError, subject: str) -> str:
    """The error's message about ``subject``, which is named once: first, unless the error
    already names what it is about."""
    return str(error) if error.subject else f"{subject}: {error}"

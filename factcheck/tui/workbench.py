"""What every screen of the workbench works with: the open store, who checks, the scale, and
the desk's settings.

One typed value, made once the store is open and handed to each screen, so a screen never
guesses at attributes of the app.  It holds the store object (the service layer opens its own
sessions on it); the UI itself never holds a session.  The settings are the ones the app was
started with (resolved once, flags > environment > config file > defaults); a screen passes
what a use case needs of them (``thresholds``, ``access``) rather than reading any itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.config import Settings, Thresholds
    from factcheck.db import Store
    from factcheck.scale import Rating
    from factcheck.services.access import Access


@dataclass(frozen=True)
class Workbench:
    store: Store
    checker: str  # recorded with every verdict, pin and source
    scale: tuple[Rating, ...]  # the store's verdict scale, in its order
    settings: Settings  # the desk's settings, resolved once when the app started
    clock: Callable[[], datetime]  # what "now" is for reports (fixed in tests)
    served: bool = False  # behind ``textual serve``: anyone with the address may use it

    @property
    def thresholds(self) -> Thresholds:
        """The desk's merge thresholds (the ``[thresholds]`` settings)."""
        return self.settings.thresholds

    @property
    def access(self) -> Access:
        """Where sources may come from: the ``[fetch]`` settings, stricter when served."""
        from factcheck.services.access import Access

        return Access(self.settings.fetch, served=self.served)

    @property
    def rating_names(self) -> list[str]:
        return [rating.name for rating in self.scale]

"""What every screen of the workbench works with: the open store, who checks, the scale.

One typed value, made once the store is open and handed to each screen, so a screen never
guesses at attributes of the app.  It holds the store object (the service layer opens its own
sessions on it); the UI itself never holds a session.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.config import Thresholds
    from factcheck.db import Store
    from factcheck.scale import Rating


@dataclass(frozen=True)
class Workbench:
    store: Store
    checker: str  # recorded with every verdict, pin and source
    scale: tuple[Rating, ...]  # the store's verdict scale, in its order
    thresholds: Thresholds  # the desk's merge thresholds (the ``[thresholds]`` settings)
    clock: Callable[[], datetime]  # what "now" is for reports (fixed in tests)

    @property
    def rating_names(self) -> list[str]:
        return [rating.name for rating in self.scale]

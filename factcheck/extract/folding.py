"""Case-insensitive regexes run as case-sensitive ones on lower-cased text, which is faster.

Python's re.IGNORECASE defeats the engine's quick checks (a literal first character, a
literal prefix), so a pattern written in lower case and run on `text.lower()` finds the
same spans several times faster.  The two agree character for character except for four
letters that re folds onto ASCII ones (dotted and dotless i, long s, the Kelvin sign);
`lowered` returns None for text containing any of them, and callers then use the
IGNORECASE pattern on the original text, so results never differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_FOLD_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")


def lowered(text: str) -> str | None:
    """`text.lower()` when it lines up with `text` under re.IGNORECASE, else None."""
    if text.isascii() or _FOLD_TRAPS.search(text) is None:
        return text.lower()
    return None


class Folded:
    """One pattern, compiled both ways: IGNORECASE, and case-sensitive for lowered text.

    The pattern must be written with lower-case letters only (no [A-Z] classes), so that
    on lower-cased text the case-sensitive form matches exactly what the other matches.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.ignorecase = re.compile(pattern, flags | re.IGNORECASE)
        self.lower = re.compile(pattern, flags)

    def finditer(self, text: str, low: str | None) -> Iterator[re.Match[str]]:
        """Matches of the pattern in `text`; `low` is `lowered(text)`.

        Spans index both strings; take matched text from `text`, not from the match.
        """
        if low is None:
            return self.ignorecase.finditer(text)
        return self.lower.finditer(low)

    def search(self, text: str, low: str | None) -> re.Match[str] | None:
        if low is None:
            return self.ignorecase.search(text)
        return self.lower.search(low)

"""What happened: event verbs, the past tense, and records ("first", "largest")."""

from __future__ import annotations

import re

from factcheck.extract.lexicon import words

SUPERLATIVES = words(
    """
    first largest biggest smallest highest lowest most least fastest oldest youngest only
    record worst best longest richest poorest top
    """
)
_NOT_PAST = words(
    """
    need indeed speed breed bred feed seed proud hundred interested tired scared worried
    excited supposed concerned used pleased
    """
)
# A word of five characters or more ending in "ed" and not in _NOT_PAST, in words joined by
# single spaces ("(?<![^ ])indeed" is the whole word "indeed").
_PAST_ED = re.compile(
    r"ed(?![^ ])(?<=[^ ]{5})"
    + "".join(
        f"(?<!(?<![^ ]){word})"
        for word in sorted(_NOT_PAST)
        if word.endswith("ed") and len(word) > 4
    )
)


def is_past(lowered_sentence: str, lowered: list[str], irregular: bool) -> bool:
    """Whether the sentence is told in the past: `irregular` when it holds an irregular past
    form ("went"); else a word ending in "ed", found by _PAST_ED in a single scan of the
    words joined by spaces instead of a Python loop over them."""
    return irregular or (
        "ed" in lowered_sentence and _PAST_ED.search(" ".join(lowered)) is not None
    )

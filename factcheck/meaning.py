"""The words that change what a sentence states, whatever else stays alike: a figure, a
negation, a direction of movement.

One home for the rule, used where two alike texts could be taken for one: claims merging
(``match``), near-copy sources merging (``sources.dedupe``), and figures read for their
direction (``sources.numbers``).  A leaf: it imports nothing from the project.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from rapidfuzz.distance import Indel

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# An edit of at most this many words added or dropped can turn a sentence round ("did not").
SHORT_EDIT = 3
NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "none",
        "nothing",
        "nobody",
        "neither",
        "nor",
        "without",
        "cannot",
        "can't",
        "won't",
        "didn't",
        "doesn't",
        "don't",
        "isn't",
        "wasn't",
        "aren't",
        "weren't",
        "hasn't",
        "haven't",
        "hadn't",
        "shouldn't",
        "wouldn't",
        "couldn't",
    ]
)


_UP = (  # noqa: SIM905 - a word list reads best as running text
    "rose risen rise rises rising increased increase increases increasing grew grown grow "
    "grows growing gained gain gains climbed climb climbs jumped jump jumps surged surge "
    "surges soared soar soars widened widen widens expanded expand expands up added adds "
    "boosted higher accelerated"
).split()
_DOWN = (  # noqa: SIM905
    "fell fallen fall falls falling dropped drop drops dropping declined decline declines "
    "declining decreased decrease decreases decreasing shrank shrunk shrink shrinks slid "
    "slide slipped slip slips plunged plunge plunges tumbled tumble narrowed narrow narrows "
    "down cut cuts reduced reduce reduces contracted slashed lowered lower "
    "eased slowed shed sheds shedding"
).split()
DIRECTIONS = {**{word: "up" for word in _UP}, **{word: "down" for word in _DOWN}}
"""Words that say which way a figure moved: "up" or "down"."""


def numbers_in(normalised: str) -> tuple[str, ...]:
    return tuple(sorted(n.replace(",", "") for n in _NUMBER.findall(normalised)))


# "didn't" read by a tokenizer that splits at the apostrophe ("didn", "t"): the stems, less
# "don" and "won" (a name, a verb) and "can", which stand alone as well.
_SPLIT_NEGATIONS = frozenset(
    word.removesuffix("n't") + "n" for word in NEGATIONS if word.endswith("n't")
) - {"don", "won", "can"}


def negates(words: Iterable[str]) -> bool:
    return any(
        word in NEGATIONS or word in _SPLIT_NEGATIONS or word.endswith("n't") for word in words
    )


@dataclass(frozen=True)
class Difference:
    """What an edit changed that alters the facts, and the words on either side."""

    kind: Literal["figure", "negation", "direction"]
    old: tuple[str, ...]
    new: tuple[str, ...]


def meaning_difference(a: list[str], b: list[str]) -> Difference | None:
    """What an edit between two near-identical texts changed that alters the facts, or None.

    A changed figure ("3%" / "4%"), an added or dropped negation ("did" / "did not") or a
    movement turned round ("rose" / "fell") makes two texts say different things, however
    few words differ.  Other edits (a headline tweak, a word swapped for filler, a closing
    line) do not.  `a` and `b` are case-folded word tokens.
    """
    for old, new in _changes(a, b):
        # A sentence added or dropped whole is new matter, and a figure dropped states no
        # other value: a figure or a movement replaced by another one, or a lone added "not",
        # is a changed fact.
        replaced = bool(old and new)
        words = (tuple(old[:6]), tuple(new[:6]))
        figures_old, figures_new = numbers_in(" ".join(old)), numbers_in(" ".join(new))
        if figures_old and figures_new and figures_old != figures_new:
            return Difference("figure", *words)
        if (replaced or len(old + new) <= SHORT_EDIT) and negates(old) != negates(new):
            return Difference("negation", *words)
        ways_old, ways_new = _directions(old), _directions(new)
        if replaced and ways_old and ways_new and ways_old != ways_new:
            return Difference("direction", *words)
    return None


def meaning_change(a: list[str], b: list[str]) -> str | None:
    """``meaning_difference`` in the words a merge rule is recorded with (the rule for long
    texts: a re-fetched or syndicated page), or None."""
    found = meaning_difference(a, b)
    if found is None:
        return None
    said = f"“{' '.join(found.old)}” / “{' '.join(found.new)}”"
    lead = {"figure": "a figure", "negation": "a negation", "direction": "the direction"}
    return f"{lead[found.kind]} differs: {said}"


def _changes(a: list[str], b: list[str]) -> Iterable[tuple[list[str], list[str]]]:
    """The changed stretches (old words, new words): runs of edits between equal words."""
    old: list[str] = []
    new: list[str] = []
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            if old or new:
                yield old, new
            old, new = [], []
            continue
        old += a[op.src_start : op.src_end]
        new += b[op.dest_start : op.dest_end]
    if old or new:
        yield old, new


def _directions(words: list[str]) -> list[str]:
    return [DIRECTIONS[word] for word in words if word in DIRECTIONS]

"""Regex construction that lets re skip ahead, shared by the detectors of figures and dates.

Most detector patterns are a plain pattern (quoted in the comment above them) rewritten to
start with a class of the characters a match can start with, so that re skips ahead to
those instead of trying every alternative at every position.  After the class each
alternative re-checks the consumed character with a look-behind, alternatives keeping
their order (finditer takes the first that matches), and "(?<!\\w.)" after a letter or
digit is the "\b" before it.  The consumed character is never a newline, which "." skips.
Patterns run on lower-cased text (Folded) stay lower-case.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from string import ascii_letters

from factcheck.text import Folded

DIGIT = re.compile(r"\d")


def after_first_letter(alternation: str) -> tuple[str, str]:
    """The letters an alternation's words start with, and a group matching the rest of them.

    "two|ten|four" gives "tf" and "(?:w(?:(?<=tw)o)|e(?:(?<=te)n)|o(?:(?<=fo)ur))": put
    after a class holding those letters, the group picks words by their second character
    (re skips a branch whose literal differs at once) and checks the first with a
    look-behind.  Words sharing their first two characters keep their order, so at any
    position the same word matches as in the plain alternation.
    """
    alternatives = alternation.split("|")
    by_second: dict[str, list[str]] = {}
    for word in alternatives:
        by_second.setdefault(word[1], []).append(f"(?<={word[:2]}){word[2:]}")
    group = "|".join(f"{second}(?:{'|'.join(rests)})" for second, rests in by_second.items())
    return "".join(dict.fromkeys(word[0] for word in alternatives)), f"(?:{group})"


def by_first_letter(entries: list[tuple[str, str]]) -> str:
    """An alternation of words, each followed by its own pattern, grouped by first letter.

    [("two", "X"), ("ten", "Y"), ("four", "Z")] gives "t(?:woX|enY)|f(?:ourZ)": re skips a
    branch whose first literal differs at once, and each letter's words keep their order,
    so at any position the same alternative matches as in the flat alternation.
    """
    groups: dict[str, list[str]] = {}
    for word, then in entries:
        groups.setdefault(word[0], []).append(re.escape(word[1:]) + then)
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def padded_spans(
    regex: Folded, separated: re.Pattern[str], sentence: str, low: str | None
) -> list[tuple[int, int]]:
    """Spans in `sentence` of a pattern that starts with the non-word character before a
    word, run on the text with a space in front so that a word opening it has one too.

    A match then starts where the word does in `sentence`, and ends one past its end.
    `separated` is the pattern for ASCII text with its other non-word characters made
    "\x00", which changes no match: the patterns tell those apart only from the space.
    """
    if low is None:
        matches = regex.ignorecase.finditer(" " + sentence)
    elif low.isascii():
        matches = separated.finditer((" " + low).encode().translate(_SEPARATORS).decode())
    else:
        matches = regex.lower.finditer(" " + low)
    return [(m.start(), m.end() - 1) for m in matches]


# ASCII word characters and the space stay, every other byte becomes "\x00".
_SEPARATORS = bytes(c if chr(c) in ascii_letters + "0123456789_ " else 0 for c in range(256))


def take_span(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Record the span unless it overlaps one already taken; whether it was recorded.

    `taken` is kept in order (the spans in it never overlap, so by start is also by end),
    and only the neighbours of the new span's place can overlap it: a sentence of thousands
    of figures costs a binary search each, not a scan of every one taken before.
    """
    i = bisect_left(taken, (start, end))
    if i and taken[i - 1][1] > start:
        return False
    if i < len(taken) and taken[i][0] < end:
        return False
    taken.insert(i, (start, end))
    return True


def word_before(text: str, pos: int, window: int = 64) -> str:
    """`text[:pos].rstrip().rsplit(" ", 1)[-1]`, the word before `pos`, reading only the
    last `window` characters when the word lies within them: called once per match, the
    whole prefix would make a sentence of thousands of matches quadratic."""
    lo = max(0, pos - window)
    before = text[lo:pos].rstrip()
    if lo and " " not in before:  # the word may start before the window: read it all
        before = text[:pos].rstrip()
    return before.rsplit(" ", 1)[-1] if before else ""

"""lexicon.any_of: the regex of a word list finds a literal exactly where a substring test
would, and the longest one at a position (callers read the word found there)."""

from __future__ import annotations

import random
import re

from factcheck.extract.lexicon import any_of


def test_any_of_finds_what_substring_tests_find() -> None:
    rng = random.Random(12)
    for _ in range(300):
        literals = ["".join(rng.choices("ab.|c", k=rng.randint(1, 4))) for _ in range(6)]
        pattern = re.compile(any_of(literals))
        text = "".join(rng.choices("ab.|cd", k=rng.randint(0, 12)))
        found = pattern.search(text)
        assert (found is not None) == any(literal in text for literal in literals)
        if found is not None:
            at = found.start()
            assert not any(literal in text[: at + len(literal) - 1] for literal in literals)
            longest = max((lit for lit in literals if text.startswith(lit, at)), key=len)
            assert found.group(0) == longest


def test_any_of_prefers_the_longer_of_two_cues() -> None:
    pattern = re.compile(any_of(["call", "calls", "call for", "post"]))
    assert [m.group(0) for m in pattern.finditer("they call for a post, she calls")] == [
        "call for",
        "post",
        "calls",
    ]

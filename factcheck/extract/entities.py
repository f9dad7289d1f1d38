"""Names in a sentence: capitalised runs that name a person, a body, a place or a work.

A capital opening a sentence proves nothing ("The", "But"), so a single word there is a
name only when the article also uses it mid-sentence (`collect_proper_nouns`).
"""

from __future__ import annotations

import re

from factcheck.extract.lexicon import CALENDAR_WORDS, ROLE_WORDS, words

# "[A-Z](?<!\w.)" is "\b[A-Z]" with the class first, which lets re skip to capitals fast.
# The repeats are possessive ("*+"): nothing follows the last, and a run given back could
# never let the next part match (it wants a space or a capital), so re need not keep the
# positions to backtrack to.
_CAPITALISED = re.compile(
    r"[A-Z](?<!\w.)[\w’'&.\-]*+"
    r"(?:\s+(?:(?:of|de|van|von|for|la|le|du|der)\s+)?[A-Z][\w’'&.\-]*+)*+"
)
_NOT_ENTITIES = frozenset(
    {
        "I",
        "I’m",
        "I'm",
        "I’ve",
        "I've",
        "I’d",
        "I'd",
        "I’ll",
        "I'll",
        "OK",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Q",
    }
)


def find_entities(sentence: str, proper_nouns: frozenset[str] | set[str]) -> list[str]:
    # Text before a match counts as "the start" when it is only opening marks (lead), or
    # when it ends, spaces aside, with a colon or an opening quotation mark.
    lead = (
        len(sentence) - len(sentence.lstrip(_LEADING_MARKS))
        if sentence[:1] in _LEADING_MARKS
        else 0
    )
    if ":" in sentence or "“" in sentence or '"' in sentence:
        return _entities_by_position(sentence, proper_nouns, lead)
    # Without those only a match at `lead` is at the start, and one starts there exactly
    # when a capital A-Z does (no match starts among the marks before); the others need
    # only their text, so findall() serves and no match objects are built.
    found = _CAPITALISED.findall(sentence)
    names: list[str] = []
    if not found:
        return names
    rest = iter(found)
    if "A" <= sentence[lead : lead + 1] <= "Z":
        first = next(rest)
        # A single word ("The", "But") names something only if seen mid-sentence too.
        if first in proper_nouns or not first.isalpha():
            phrase = _opening_name(first, proper_nouns)
            if phrase is not None:
                names.append(phrase)
    for text in rest:
        phrase = _mid_sentence_name(text)
        if phrase is not None and phrase not in names:
            names.append(phrase)
    return names


def _entities_by_position(
    sentence: str, proper_nouns: frozenset[str] | set[str], lead: int
) -> list[str]:
    """find_entities() for a sentence holding a colon or opening quote: where a match starts
    tells whether it opens (part of) the sentence."""
    names: list[str] = []
    for m in _CAPITALISED.finditer(sentence):
        start = m.start()
        if start <= lead:
            at_start = True
        else:
            # _after_opener(), read off the one or two characters before the match when
            # they settle it (a match past `lead` starts at 1 or later).
            before = sentence[start - 1]
            if not before.isspace():
                at_start = before in ':“"'
            elif start >= 2 and not sentence[start - 2].isspace():
                at_start = sentence[start - 2] in ':“"'
            else:
                at_start = _after_opener(sentence, start)
        text = m.group(0)
        # Mid-sentence, what a match names depends on its text alone.
        phrase = _opening_name(text, proper_nouns) if at_start else _mid_sentence_name(text)
        if phrase is not None and phrase not in names:
            names.append(phrase)
    return names


def _opening_name(found: str, proper_nouns: frozenset[str] | set[str]) -> str | None:
    """The name a capitalised run opening the sentence (or a quotation) gives, if any."""
    phrase = found.strip(" .’'")
    first_word = phrase.split()[0] if phrase else ""
    if " " not in phrase and first_word not in proper_nouns:
        return None
    if first_word not in proper_nouns and " " in phrase:
        # "The Wall Street Journal" survives; "But Anthropic" keeps only "Anthropic".
        rest = phrase.split(" ", 1)[1]
        if not rest[0].isupper():
            return None
        if first_word.lower() in _OPENER_WORDS:
            phrase = rest
    return phrase if _kept(phrase) else None


def _mid_sentence_name(found: str) -> str | None:
    """The name a capitalised run met mid-sentence gives, if any, remembered for next time."""
    phrase = _MID_SENTENCE_NAME.get(found, "")
    if phrase != "":
        return phrase
    stripped = found.strip(" .’'")
    phrase = stripped if _kept(stripped) else None
    if len(_MID_SENTENCE_NAME) < 200_000:
        _MID_SENTENCE_NAME[found] = phrase
    return phrase


# Capitalised run met mid-sentence -> the name it gives, or None; filled as runs are met.
_MID_SENTENCE_NAME: dict[str, str | None] = {}


def _kept(phrase: str) -> bool:
    """Whether a capitalised phrase, opening words dealt with, is a name worth listing."""
    if phrase in _NOT_ENTITIES or phrase in CALENDAR_WORDS or len(phrase) < 2:
        return False
    if " " not in phrase and (
        phrase.lower().strip("’s") in ROLE_WORDS or phrase.lower() in _OPENER_WORDS
    ):
        return False
    if phrase.isupper() and len(phrase) <= 2:
        return False
    return bool(phrase.rstrip("’s'"))


_LEADING_MARKS = " “\"‘'([—–-"


def _after_opener(sentence: str, pos: int) -> bool:
    """True when the last non-space character before `pos` is a colon or an opening quote."""
    lo = max(pos - 16, 0)
    head = sentence[lo:pos].rstrip()  # rstrip() strips what isspace() calls a space
    if not head and lo:
        head = sentence[:pos].rstrip()  # a long run of spaces
    return head != "" and head[-1] in ':“"'


_OPENER_WORDS = words(
    """
    the a an but and so yet or then when while as if after before in on at for by with
    this that these those it its he she they we his her their our many some most several
    every all no one two three each other another good maybe yes well
    """
)


def collect_proper_nouns(sentences: list[str]) -> set[str]:
    """Capitalised words seen mid-sentence: they stay names when they open a sentence."""
    nouns: set[str] = set()
    for sentence in sentences:
        nouns.update(_MID_SENTENCE_CAPITAL.findall(sentence))
    return nouns


# A capital after a word or a closing mark and a space; the class comes first so that re
# skips ahead to capitals ("(?<=[...] )[A-Z]" with the look-behind moved after the letter).
_MID_SENTENCE_CAPITAL = re.compile(r"[A-Z](?<=[\w,;’'\"”)] .)[\w\-]*")

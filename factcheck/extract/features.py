"""What a sentence contains that a checker can verify: one `Features` per sentence.

`detect` runs each detector (figures, dates, roles, entities, events, opinion) only when
the sentence holds something that could start its kind of match, and builds the sentence's
`Features` in one place (a Chinese or Japanese sentence is read by
`unspaced.detect_unspaced`).  Each item found is shown as written, as the reasons next to a
claim ("money amount $2.5 billion"), so the checker sees why it was flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from string import ascii_letters, ascii_lowercase, ascii_uppercase

from factcheck.extract.dates import (
    MONTH_TOKENS,
    RELATIVE_TOKENS,
    WEEKDAY_TOKENS,
    find_dates,
    find_relative_dates,
)
from factcheck.extract.entities import find_entities
from factcheck.extract.events import SUPERLATIVES, is_past
from factcheck.extract.figures import (
    MONEY_WORDS,
    PERCENT_WORDS,
    SPELLED_TOKENS,
    find_money,
    find_numbers,
    find_percents,
    find_spelled_numbers,
)
from factcheck.extract.lexicon import EVENT_VERBS, IRREGULAR_PAST, ROLE_WORDS
from factcheck.extract.opinion import (
    OPINION_WORDS,
    PHRASE_CUES,
    SCENE_CUES,
    STANCE_CUES,
    opinion_score,
)
from factcheck.extract.patterns import DIGIT
from factcheck.extract.roles import find_roles
from factcheck.text import lowered


@dataclass(slots=True)
class Features:
    """Everything checkable found in one sentence, each item ready to show as a reason.

    Built in two places, one per way of writing: `detect` for scripts that put spaces
    between words, `unspaced.detect_unspaced` for Chinese and Japanese (the extractor picks
    by `text.is_unspaced`).  No field has a default, so a field either forgot to fill is an
    error at once, not an empty list nobody notices; tests check that both fill every one.
    """

    money: list[str]
    percents: list[str]
    numbers: list[str]
    dates: list[str]
    relative_dates: list[str]
    roles: list[str]
    entities: list[str]
    events: list[str]
    superlatives: list[str]
    opinion: float
    """How much the sentence reads as opinion (0: not at all), see `opinion_score`."""
    words: int
    past: bool
    stance_cue: bool
    """Whether a word of opinion.STANCE_CUES is among the sentence's words."""
    scene_cue: bool
    """Whether a word of opinion.SCENE_CUES (a posture or a gesture) is among its words."""

    @property
    def quantitative(self) -> bool:
        return bool(self.money or self.percents or self.numbers)

    @property
    def dated(self) -> bool:
        return bool(self.dates)


def detect(sentence: str, proper_nouns: frozenset[str] | set[str]) -> Features:
    """Find numbers, dates, job titles, names and events in one sentence."""
    if sentence.isascii() or _ascii_but_punctuation(sentence):
        # lowered() would find none of the letters it refuses (they are not ASCII), so it
        # is inlined; and only 0-9 are digits, which ten substring tests (a memchr each)
        # find faster than re testing every character.
        low = lower_sentence = sentence.lower()
        digits = (
            "0" in sentence
            or "1" in sentence
            or "2" in sentence
            or "3" in sentence
            or "4" in sentence
            or "5" in sentence
            or "6" in sentence
            or "7" in sentence
            or "8" in sentence
            or "9" in sentence
        )
    else:
        low = lowered(sentence)
        lower_sentence = sentence.lower() if low is None else low
        digits = DIGIT.search(sentence) is not None
    lowered_words = _words(sentence, lower=True)
    # The sentence's words any of the word lists below holds: a few at most, so each
    # list's test reads those rather than every word of the sentence.  (Intersecting the
    # list directly skips building a set of all its words.)  Their bits in `kinds` say
    # which lists hold them.
    hits = _TRIGGERS.intersection(lowered_words)
    kinds = 0
    for word in hits:
        kinds |= _KINDS[word]
    # Most sentences hold no figure, date or word that could start one: one test skips
    # all of those detectors.
    if digits or kinds & _FIGURE_BITS or "%" in sentence:
        money, percents, numbers, dates, relative_dates = _find_figures(
            sentence, low, digits, kinds
        )
    else:
        money, percents, numbers, dates, relative_dates = [], [], [], [], []
    return Features(
        money=money,
        percents=percents,
        numbers=numbers,
        dates=dates,
        relative_dates=relative_dates,
        roles=(
            find_roles(lowered_words, _words(sentence, lower=False), hits & ROLE_WORDS)
            if kinds & _ROLE_BIT
            else []
        ),
        entities=find_entities(sentence, proper_nouns),
        events=sorted(hits & EVENT_VERBS) if kinds & _EVENT_BIT else [],
        superlatives=sorted(hits & SUPERLATIVES) if kinds & _SUPERLATIVE_BIT else [],
        opinion=(
            opinion_score(
                lower_sentence,
                lowered_words,
                hits,
                bool(kinds & _OPINION_BIT),
                bool(kinds & _PHRASE_CUE_BIT),
            )
            if kinds & (_OPINION_BIT | _PHRASE_CUE_BIT)
            else 0.0
        ),
        words=len(lowered_words),
        past=is_past(lower_sentence, lowered_words, bool(kinds & _IRREGULAR_PAST_BIT)),
        stance_cue=bool(kinds & _STANCE_BIT),
        scene_cue=bool(kinds & _SCENE_BIT),
    )


def _find_figures(
    sentence: str, low: str | None, digits: bool, kinds: int
) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """The money, percentages, numbers, dates and relative dates of a sentence.

    The detectors run in this order over one list of the spans found so far: a later
    detector's match overlapping an earlier one's is dropped ("$2.5 billion" is money, not
    also the number 2.5; "2019" in "May 2019" is part of the date).  Cheap word-set
    checks first: most sentences need only a few of the regexes.
    """
    taken: list[tuple[int, int]] = []
    money = (
        find_money(sentence, taken)
        if kinds & _MONEY_BIT
        or (digits and ("$" in sentence or "€" in sentence or "£" in sentence or "¥" in sentence))
        else []
    )
    percents = (
        find_percents(sentence, low, taken) if kinds & _PERCENT_BIT or "%" in sentence else []
    )
    dates = find_dates(
        sentence, digits, bool(kinds & _MONTH_BIT), bool(kinds & _WEEKDAY_BIT), taken
    )
    relative_dates = find_relative_dates(sentence, low, taken) if kinds & _RELATIVE_BIT else []
    numbers = find_numbers(sentence, taken) if digits else []
    if kinds & _SPELLED_BIT:
        numbers += find_spelled_numbers(sentence, low, taken)
    return money, percents, numbers, dates, relative_dates


def _ascii_but_punctuation(text: str) -> bool:
    """Whether `text` is ASCII once typographic quotes and dashes are dropped."""
    return text.replace("’", "").replace("“", "").replace("”", "").replace("—", "").isascii()


_WORD = re.compile(r"[A-Za-z’'\-]+")


def _words(sentence: str, lower: bool) -> list[str]:
    """_WORD's matches in `sentence` with apostrophes stripped off their ends, lower-cased
    if `lower`.

    bytes.translate() turns every other character into a space and split() cuts there: a
    few passes in C, where findall() runs the regex engine (and allocates its stack) once
    per word.  "’", the only non-ASCII character a word holds, travels through the ASCII
    bytes as "\x01"; the other non-ASCII characters become "?" and then spaces.
    """
    if "\x01" in sentence:
        # A real "\x01" would pass for an apostrophe; the regex handles such text.
        words = _WORD.findall(sentence)
        return [(w.lower() if lower else w).strip("’'") for w in words]
    table = _LOWER_WORD_BYTES if lower else _WORD_BYTES
    if sentence.isascii():
        text = sentence.encode().translate(table).decode()
    else:
        text = (
            sentence.replace("’", "\x01")
            .encode("ascii", "replace")
            .translate(table)
            .decode()
            .replace("\x01", "’")
        )
    words = text.split()
    # Stripping changes only a word starting or ending with an apostrophe, that is one at
    # either end of `text` or next to a space in it.
    if ("'" in text or "’" in text) and (
        text.startswith(("'", "’"))
        or text.endswith(("'", "’"))
        or " '" in text
        or "' " in text
        or " ’" in text
        or "’ " in text
    ):
        return [w.strip("’'") for w in words]
    return words


_WORD_BYTES = bytes(c if chr(c) in ascii_letters + "'-\x01" else 32 for c in range(256))
_LOWER_WORD_BYTES = _WORD_BYTES.translate(
    bytes.maketrans(ascii_uppercase.encode(), ascii_lowercase.encode())
)


# Every word list detect() tests the sentence's words against, each with a bit.
_LISTS = (
    MONEY_WORDS,
    PERCENT_WORDS,
    MONTH_TOKENS,
    WEEKDAY_TOKENS,
    RELATIVE_TOKENS,
    SPELLED_TOKENS,
    ROLE_WORDS,
    IRREGULAR_PAST,
    EVENT_VERBS,
    SUPERLATIVES,
    OPINION_WORDS,
    PHRASE_CUES,
    STANCE_CUES,
    SCENE_CUES,
)
(
    _MONEY_BIT,
    _PERCENT_BIT,
    _MONTH_BIT,
    _WEEKDAY_BIT,
    _RELATIVE_BIT,
    _SPELLED_BIT,
    _ROLE_BIT,
    _IRREGULAR_PAST_BIT,
    _EVENT_BIT,
    _SUPERLATIVE_BIT,
    _OPINION_BIT,
    _PHRASE_CUE_BIT,
    _STANCE_BIT,
    _SCENE_BIT,
) = (1 << i for i in range(len(_LISTS)))
# Each word of the lists -> the bits of the lists holding it.
_KINDS = {
    word: sum(1 << i for i, listed in enumerate(_LISTS) if word in listed)
    for word in frozenset().union(*_LISTS)
}
_TRIGGERS = frozenset(_KINDS)
# The lists whose words can start a figure or date detector.
_FIGURE_BITS = _MONEY_BIT | _PERCENT_BIT | _MONTH_BIT | _WEEKDAY_BIT | _RELATIVE_BIT | _SPELLED_BIT

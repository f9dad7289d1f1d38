"""Opinion and hedges in a sentence: marker words and phrases ("I think", "of course")."""

from __future__ import annotations

import re
from itertools import repeat

from factcheck.extract.lexicon import OPINION_MARKERS, words
from factcheck.extract.patterns import by_first_letter


def opinion_score(
    lowered_sentence: str,
    lowered: list[str],
    present: frozenset[str],
    has_marker: bool,
    has_cue: bool,
) -> float:
    """How much the sentence reads as opinion or promise rather than fact (0: none).

    `present` needs only the sentence's words that are in some detector's word list;
    `has_marker` says whether one is in OPINION_WORDS, `has_cue` in PHRASE_CUES.
    """
    if not has_marker:
        score = 0.0
    elif len(markers := present & OPINION_WORDS) == 1:
        # One marker word, maybe repeated: the same weights summed in the same order as
        # below, without a Python loop over every word.
        (marker,) = markers
        score = sum(repeat(OPINION_MARKERS[marker], lowered.count(marker)), 0.0)
    else:
        score = sum((OPINION_MARKERS[w] for w in lowered if w in OPINION_MARKERS), 0.0)
    if not has_cue or _ANY_PHRASE.search(lowered_sentence) is None:
        return score
    for phrase, weight in _OPINION_PHRASES:
        if phrase in lowered_sentence:
            score += weight
    return score


OPINION_WORDS = frozenset(OPINION_MARKERS)
_OPINION_PHRASES = (
    ("i think", 1.5),
    ("i believe", 1.5),
    ("in my view", 2.0),
    ("to be fair", 1.5),
    ("of course", 0.75),
    ("we will", 1.0),
    ("i will", 1.0),
    ("we're going to", 1.0),
    ("we’re going to", 1.0),
    ("i'm going to", 1.0),
    ("i’m going to", 1.0),
    ("let us", 1.5),
    ("let me", 1.5),
    ("we can", 1.0),
    ("we need", 1.0),
    ("we have to", 1.0),
    ("it is hard", 1.5),
    ("it’s hard", 1.5),
    ("it's hard", 1.5),
    ("hard not to", 1.5),
    ("it is easy to", 1.5),
    ("it’s easy to", 1.5),
    ("it is worth", 1.5),
    ("it’s worth", 1.5),
    ("needless to say", 2.0),
    ("to be sure", 1.0),
    ("in other words", 1.0),
)


# Finds whether any of the phrases occurs at all (most sentences hold none), the way `in`
# would: it starts at a phrase's first space and a look-behind checks the whole phrase.
# re searches a pattern starting with one literal character by a fast C loop, trying
# only the positions of a space.
_ANY_PHRASE = re.compile(
    " (?:"
    + by_first_letter(
        [
            (phrase[phrase.index(" ") + 1 :], f"(?<={re.escape(phrase)})")
            for phrase, _ in _OPINION_PHRASES
        ]
    )
    + ")"
)


PHRASE_CUES = words("i in to of we let it it’s it's hard needless")


# The writer's own verdict framing a sentence: "Far from clearing his name, …", "It is
# testimony to …", "This was no accident."  Such a sentence argues; it is not a claim unless
# it also holds a figure, a date or a source (the rule in score.py).
_EVALUATIVE_OPENING = re.compile(
    r"\W*(?:far from\b|little wonder\b|small wonder\b|no wonder\b|make no mistake\b"
    r"|needless to say\b|tellingly\b|ironically\b|the irony is\b"
    r"|it(?: is|’s|'s|\s+was) (?:(?:a |no )?(?:testimony|testament)\b|telling\b|ironic\b"
    r"|no (?:surprise|wonder|accident|coincidence)\b|hardly (?:a )?surprising\b)"
    # Transitions that restate or weigh what came before: the writer's gloss, not news.
    r"|(?:still|yet|but|and|so),? there (?:are|is) (?:good |some |every |few )?"
    r"reasons? (?:for|to)\b"
    r"|there (?:are|is) (?:good |some |every |few )?reasons? (?:for|to) (?:be |feel )?"
    r"(?:cautious|hope|optimism|pessimism|worry|doubt|concern)"
    r"|there is something \w+(?: \w+)? about\b"
    r"|in other words\b|put simply\b|in short\b|to put it \w+\b"
    r"|(?:much|so much|a (?:great|good) deal|a lot|everything) (?:now )?"
    r"(?:depends|hinges|rests) on\b|(?:it )?remains to be seen\b|time will tell\b"
    r"|(?:that|this) (?:is|was)(?:n’t|n't| not) (?:how|what)\b"
    # The writer's conditional forecast: "If it does not, this will …".
    r"|if\b[^,]{1,80}, [^,]*\b(?:will|would)\b)",
    re.IGNORECASE,
)
_EVALUATIVE_ANYWHERE = re.compile(
    r"\b(?:(?:was|is|were|are|wasn’t|wasn't) no (?:accident|coincidence|fluke)"
    r"|(?:testimony|testament) to (?:how|the|what|just)\b"
    r"|\bdeserves? (?:better|more|credit|praise|blame|scrutiny)\b"
    # The writer's own hedge or forecast in the first person ("The answer, I suspect, is …").
    r"|\bI (?:suspect|expect|fear|doubt|reckon|would argue|’d argue|'d argue)\b)",
    re.IGNORECASE,
)
_EVALUATIVE_WORDS = (
    "accident",
    "coincidence",
    "fluke",
    "testimony",
    "testament",
    "deserve",
    "i suspect",
    "i expect",
    "i fear",
    "i doubt",
    "i reckon",
    "argue",
)


# A bare forecast: "will" with no figure, no name after the first word and no quotation.
# News announces what will happen with a date, a source or a named actor; a sentence with
# none of them ("Blame will fall on the manager") is the writer guessing.
_FORECAST = re.compile(r"\bwill\b")
_NOT_BARE = re.compile(r"\d|\s[(\[]?[A-Z]|[“”\"]")


def is_evaluative(sentence: str) -> bool:
    """Whether the sentence is framed as the writer's judgement (see _EVALUATIVE_OPENING)."""
    if _EVALUATIVE_OPENING.match(sentence):
        return True
    low = sentence.lower()
    if "will" in low and _FORECAST.search(sentence) and not _NOT_BARE.search(sentence):
        return True
    return any(w in low for w in _EVALUATIVE_WORDS) and bool(_EVALUATIVE_ANYWHERE.search(sentence))

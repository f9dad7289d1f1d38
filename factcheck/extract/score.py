"""Whether a sentence is a claim at all: the keep/drop decision.

Rules carry the journalism definition (every direct quotation, every number, date, name or
concrete event counts); the ClaimBuster model weighs in where rules see nothing hard, which
is mostly first-person speech, where promises and opinions dominate.  How high a kept claim
ranks is the model's alone (checkworthy.py): its calibrated probability is the score.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.extract.features import Features
from factcheck.extract.lexicon import GREETINGS

# Only whether these occur matters.  Each is "\b(?:we|us|...)\b" written to start with a
# class of first letters ("[Ww](?<!\w.)" is "\b[Ww]"), which lets re skip ahead to them;
# "(?<=[Ww])e" then reads "we" once the first letter is known.
_ADDRESS = re.compile(r"[WwuOo](?<!\w.)(?:(?<=[Ww])e(?:[’']re)?|(?<=u)s|(?<=[Oo])ur)\b")
_SPEECH = re.compile(
    r"[IWwYyuOoMm](?<!\w.)(?:(?<=I)|(?<=[Ww])e|(?<=[Yy])our?|(?<=u)s|(?<=[Oo])ur|(?<=[Mm])y"
    r"|(?<=m)e)\b"
)
_OPINING_I = re.compile(
    r"I(?<!\w.)(?:’m|'m)? (?:think|believe|want|hope|will|feel|know|don’t|don't)\b"
)
_GREETING = re.compile(
    r"^\W*(?:(?:and|well|so|now|again|once again|first|but)\W+)*(?:"
    + "|".join(re.escape(g) for g in GREETINGS)
    + r")\b(?! to\b)",
    re.IGNORECASE,
)
MODEL_THRESHOLD = 0.5


class Context:
    """Where a sentence sits: inside a quotation, spoken in a transcript, attributed."""

    # A plain class with slots: one is built per sentence, and a frozen dataclass sets
    # each field through object.__setattr__.
    __slots__ = ("quoted", "attributed", "personal", "question", "evaluative", "model", "_cached")

    def __init__(
        self,
        quoted: bool,
        attributed: bool,
        personal: bool,  # spoken in a transcript, or addressed "we"/"you" talk
        question: bool,
        evaluative: bool = False,  # framed as the writer's verdict (opinion.is_evaluative)
        # The model is consulted only where the rules are unsure; it costs more than them.
        model: Callable[[], float] = lambda: 0.5,
    ) -> None:
        self.quoted = quoted
        self.attributed = attributed
        self.personal = personal
        self.question = question
        self.evaluative = evaluative
        self.model = model
        self._cached: float | None = None

    @property
    def model_p(self) -> float:
        if self._cached is None:
            self._cached = self.model()
        return self._cached


def is_claim(features: Features, ctx: Context) -> bool:
    """The keep/drop decision for one non-boilerplate sentence."""
    if ctx.quoted:
        return True
    if ctx.question:
        return False
    return _declarative_claim(features, ctx)


def _declarative_claim(f: Features, ctx: Context) -> bool:
    firm = bool(f.money or f.percents or f.dates or ctx.attributed)
    if ctx.evaluative and not firm:
        return False  # the writer's own verdict, however many names it holds
    hard = firm or f.quantitative
    soft = bool(f.entities or f.roles or f.events or f.relative_dates or f.past)
    if (hard or soft) and f.opinion < 1.0 and not ctx.personal and f.words >= 3:
        return True
    if ctx.model_p >= 0.8:
        return True
    # Hedges and judgements outweigh a name or two, not a figure or a source.
    if f.opinion >= 2.0 + len(f.entities) and not firm:
        return ctx.model_p >= MODEL_THRESHOLD
    if hard:
        if ctx.personal and not firm:
            # A count in speech ("two minutes to answer") needs the model's support.
            return ctx.model_p >= 0.25 or f.past
        # "She was 88." counts its figure as a word: an age, a score, a total.
        return f.words + len(f.numbers) >= 3
    if f.words < 5 and not soft:
        return False
    if ctx.personal:
        if f.opinion >= 1.0:
            return ctx.model_p >= MODEL_THRESHOLD
        return f.past or ctx.model_p >= MODEL_THRESHOLD
    if soft:
        return True
    return f.words >= 6 and f.opinion < 1.5 and ctx.model_p >= 0.05


def is_greeting(sentence: str) -> bool:
    """Thanks, greetings and blessings: courtesy, not claims."""
    return bool(_GREETING.match(sentence))


def addresses_listener(sentence: str, speechlike: bool) -> bool:
    """First- or second-person talk, where promises and opinions live.

    In a speech every "I" and "you" counts; in an article the writer's "I was there" and a
    generic "you" are narration, so only "we" talk and an "I think" count there.
    """
    if speechlike:
        return bool(_SPEECH.search(sentence))
    return bool(_ADDRESS.search(sentence) or _OPINING_I.search(sentence))


def is_speechlike(sentences: list[str]) -> bool:
    """A text mostly in the first and second person reads as a speech or interview."""
    if not sentences:
        return False
    personal = sum(1 for s in sentences if _SPEECH.search(s))
    return personal / len(sentences) >= 0.3

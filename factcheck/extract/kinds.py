"""What a sentence contains that a checker can verify, and which kind of claim that makes it.

Each detector returns the human-readable reasons shown next to a claim ("money amount
$2.5 billion"), so the checker sees why it was flagged, not just a score.
"""

from __future__ import annotations

import re

from factcheck.extract.folding import Folded, lowered
from factcheck.extract.lexicon import (
    EVENT_VERBS,
    IRREGULAR_PAST,
    MONTH_ABBREVIATIONS,
    MONTHS,
    OPINION_MARKERS,
    ROLE_WORDS,
    SPELLED_NUMBERS,
    WEEKDAYS,
    any_of,
    words,
)

_SCALE = r"(?:thousand|million|billion|trillion|[mb]n|[MBK]\b|bn)"
_MONEY = re.compile(
    rf"(?:[$€£¥]|\b(?:US|USD|EUR|GBP|A|C|HK)\$)\s?\d[\d,]*(?:\.\d+)?(?:\s?{_SCALE})?"
    rf"|\b\d[\d,]*(?:\.\d+)?(?:\s{_SCALE})?\s(?:dollars|euros|pounds|yen|yuan|rupees|cents)\b"
    r"|\b(?:hundreds|thousands|millions|billions|trillions) of dollars\b"
    r"|\b(?:multi)?(?:million|billion|trillion)-dollar\b"
)
_PERCENT = Folded(
    r"[-+]?\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b|percentage points?\b)"
    rf"|\b(?:{SPELLED_NUMBERS})(?:[- ](?:{SPELLED_NUMBERS}))? (?:percent|per cent)\b"
)
# A digit not preceded by [\w.\-/$€£], then the rest of "\d{1,3}(?:,\d{3})+|\d+": starting
# with the digit (not the look-behind) lets re skip ahead to digits.
_NUMBER = re.compile(
    r"\d(?<![\w.\-/$€£].)(?:\d{0,2}(?:,\d{3})+|\d*)"
    rf"(?:\.\d+)?(?:\s?{_SCALE})?(?![\w\-/]|[.,]\d)"
)
_SPELLED_NUMBER = Folded(
    rf"\b(?:{SPELLED_NUMBERS})\b|\ba (?:fifth|third|quarter|half|dozen|fraction)\b"
)
_MONTH_DATE = re.compile(
    rf"\b(?:(?:early|mid|late)[- ])?(?:{MONTHS}|{MONTH_ABBREVIATIONS})"
    r"(?:\s\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s(?:1[6-9]|20)\d\d\b)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTHS})(?:,? (?:1[6-9]|20)\d\d)?\b"
)
_YEAR = re.compile(
    r"(?<![\w$€£.,\-])(?:(?:early|mid|late)[- ])?(?:1[6-9]|20)\d\d(?:s|’s|'s)?"
    r"(?![\w%]|[.,]\d| ?(?:percent|million|billion|people|users|jobs)\b)"
    r"|\b(?:the )?(?:’|')\d0s\b"
)
_NUMERIC_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
# What every match of a date pattern contains: a month's first three letters, a year-like
# run of digits, a "-" or "/" between digits.  Looking for these first is much cheaper.
_MONTH_HINT = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_YEAR_HINT = re.compile(r"(?:1[6-9]|20)\d\d|[’']\d0s")
_NUMERIC_DATE_HINT = re.compile(r"\d[-/]\d")
_WEEKDAY = re.compile(rf"\b(?:{WEEKDAYS})\b")
_RELATIVE_DATE = Folded(
    r"\b(?:last|next|this|past|previous|coming) (?:year|month|week|decade|century|spring|"
    r"summer|fall|autumn|winter|quarter|weekend|season)\b|\byesterday\b|\btonight\b"
    rf"|\b(?:\d+|a few|several|(?:{SPELLED_NUMBERS})) (?:years?|months?|weeks?|days?|"
    r"decades?|hours?) (?:ago|later|earlier|before)\b|\b(?:first|second|third|fourth) quarter\b"
)
# "[A-Z](?<!\w.)" is "\b[A-Z]" with the class first, which lets re skip to capitals fast.
_CAPITALISED = re.compile(
    r"[A-Z](?<!\w.)[\w’'&.\-]*(?:\s+(?:(?:of|de|van|von|for|la|le|du|der)\s+)?[A-Z][\w’'&.\-]*)*"
)
_WORD = re.compile(r"[A-Za-z’'\-]+")
_SUPERLATIVES = words(
    """
    first largest biggest smallest highest lowest most least fastest oldest youngest only
    record worst best longest richest poorest top
    """
)
_DIGIT = re.compile(r"\d")
_CURRENCY_SIGN = re.compile(r"[$€£¥]")
_MONEY_WORDS = words(
    "dollars euros pounds yen yuan rupees cents million-dollar billion-dollar trillion-dollar "
    "multimillion-dollar multibillion-dollar multitrillion-dollar"
)
_PERCENT_WORDS = words("percent percentage")
_MONTH_TOKENS = frozenset(m.lower() for m in MONTHS.split("|")) | words(
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_WEEKDAY_TOKENS = frozenset(d.lower() for d in WEEKDAYS.split("|"))
_RELATIVE_TOKENS = words(
    "year years month months week weeks decade decades century spring summer fall autumn "
    "winter quarter weekend season day days hours yesterday tonight ago"
)
_SPELLED_TOKENS = frozenset(SPELLED_NUMBERS.split("|")) | words("fifth third fraction")
_NOT_PAST = words(
    """
    need indeed speed breed bred feed seed proud hundred interested tired scared worried
    excited supposed concerned used pleased
    """
)
_MAY_MONTH_CUES = words("in on since by until that last next early late mid- this")
_MONTH_WORDS = frozenset(MONTHS.split("|")) | frozenset(WEEKDAYS.split("|"))
_NOT_ENTITIES = frozenset(
    {"I", "I’m", "I'm", "I’ve", "I've", "I’d", "I'd", "I’ll", "I'll", "OK", "Mr", "Mrs", "Ms",
     "Dr", "Q"}
)


class Features:
    """Everything checkable found in one sentence, each item ready to show as a reason."""

    # A plain class with slots: detect() builds one per sentence, and a dataclass with
    # nine default factories costs more to build than most of the detectors cost to run.
    __slots__ = (
        "money", "percents", "numbers", "dates", "relative_dates", "roles", "entities",
        "events", "superlatives", "opinion", "words", "past",
    )

    def __init__(
        self,
        money: list[str] | None = None,
        percents: list[str] | None = None,
        numbers: list[str] | None = None,
        dates: list[str] | None = None,
        relative_dates: list[str] | None = None,
        roles: list[str] | None = None,
        entities: list[str] | None = None,
        events: list[str] | None = None,
        superlatives: list[str] | None = None,
        opinion: float = 0.0,
        words: int = 0,
        past: bool = False,
    ) -> None:
        self.money = [] if money is None else money
        self.percents = [] if percents is None else percents
        self.numbers = [] if numbers is None else numbers
        self.dates = [] if dates is None else dates
        self.relative_dates = [] if relative_dates is None else relative_dates
        self.roles = [] if roles is None else roles
        self.entities = [] if entities is None else entities
        self.events = [] if events is None else events
        self.superlatives = [] if superlatives is None else superlatives
        self.opinion = opinion
        self.words = words
        self.past = past

    @property
    def quantitative(self) -> bool:
        return bool(self.money or self.percents or self.numbers)

    @property
    def dated(self) -> bool:
        return bool(self.dates)


def detect(sentence: str, proper_nouns: frozenset[str] | set[str]) -> Features:
    """Find numbers, dates, job titles, names and events in one sentence."""
    money: list[str] = []
    percents: list[str] = []
    numbers: list[str] = []
    dates: list[str] = []
    relative_dates: list[str] = []
    taken: list[tuple[int, int]] = []
    low = lowered(sentence)
    lower_sentence = sentence.lower() if low is None else low
    # Lowered text tokenises exactly like the original unless lowered() refused it.
    if low is not None:
        lowered_words = _WORD.findall(low)
    else:
        lowered_words = [w.lower() for w in _WORD.findall(sentence)]
    if "’" in sentence or "'" in sentence:
        lowered_words = [w.strip("’'") for w in lowered_words]
    present = set(lowered_words)
    # The words of `present` any of the word lists below holds: a few at most, so each
    # list's test reads those rather than every word of the sentence.
    hits = present & _TRIGGERS
    digits = _DIGIT.search(sentence) is not None

    def claim(s: int, e: int) -> bool:
        for ts, te in taken:
            if s < te and ts < e:
                return False
        taken.append((s, e))
        return True

    # Cheap word-set checks first: most sentences need only a few of the regexes below.
    if (digits and _CURRENCY_SIGN.search(sentence)) or not hits.isdisjoint(_MONEY_WORDS):
        for m in _MONEY.finditer(sentence):
            if claim(*m.span()):
                money.append(m.group(0).strip())
    if "%" in sentence or not hits.isdisjoint(_PERCENT_WORDS):
        for m in _PERCENT.finditer(sentence, low):
            s, e = m.span()
            if claim(s, e):
                percents.append(sentence[s:e].strip())
    # Each date pattern with where to start looking: a match starts at most a few
    # characters before the hint it contains ("early 1990s", "31st of March"), so none
    # starts before the first hint less that much, and re skips what comes before.
    date_regexes: list[tuple[re.Pattern[str], int]] = []
    if digits:
        hint = _NUMERIC_DATE_HINT.search(sentence)
        if hint:
            date_regexes.append((_NUMERIC_DATE, max(hint.start() - 3, 0)))
        hint = _MONTH_HINT.search(sentence)
        if hint:
            date_regexes.append((_MONTH_DATE, max(hint.start() - 8, 0)))
        hint = _YEAR_HINT.search(sentence)
        if hint:
            date_regexes.append((_YEAR, max(hint.start() - 6, 0)))
    elif not hits.isdisjoint(_MONTH_TOKENS):
        date_regexes.append((_MONTH_DATE, 0))
    if not hits.isdisjoint(_WEEKDAY_TOKENS):
        date_regexes.append((_WEEKDAY, 0))
    for regex, first in date_regexes:
        for m in regex.finditer(sentence, first):
            if _is_date(sentence, m) and claim(*m.span()):
                dates.append(m.group(0).strip())
    if not hits.isdisjoint(_RELATIVE_TOKENS):
        for m in _RELATIVE_DATE.finditer(sentence, low):
            s, e = m.span()
            if claim(s, e):
                relative_dates.append(sentence[s:e].strip())
    if digits:
        for m in _NUMBER.finditer(sentence):
            s, e = m.span()
            if _is_quantity(sentence, s, e) and claim(s, e):
                numbers.append(sentence[s:e].strip())
    if not hits.isdisjoint(_SPELLED_TOKENS):
        for m in _SPELLED_NUMBER.finditer(sentence, low):
            s, e = m.span()
            if _is_quantity(sentence, s, e) and claim(s, e):
                numbers.append(sentence[s:e].strip())
    roles: list[str] = []
    if not hits.isdisjoint(ROLE_WORDS):
        roles = _roles(lowered_words, [w.strip("’'") for w in _WORD.findall(sentence)])
    past = not hits.isdisjoint(IRREGULAR_PAST)
    if not past:
        for w in present:
            if w[-2:] == "ed" and len(w) > 4 and w not in _NOT_PAST:
                past = True
                break
    return Features(
        money,
        percents,
        numbers,
        dates,
        relative_dates,
        roles,
        _entities(sentence, proper_nouns),
        sorted(hits & EVENT_VERBS),
        sorted(hits & _SUPERLATIVES),
        _opinion(lower_sentence, lowered_words, hits),
        len(lowered_words),
        past,
    )


def _is_date(sentence: str, match: re.Match[str]) -> bool:
    text = match.group(0)
    if text.startswith("May") and _DIGIT.search(text) is None:
        # "May" alone is more often the modal verb than the month.
        before = sentence[: match.start()].rstrip().rsplit(" ", 1)[-1].lower()
        return before in _MAY_MONTH_CUES
    # "March on Washington" opening a sentence is the verb more often than the month.
    return not (text == "March" and match.start() == 0)


def _is_quantity(sentence: str, start: int, end: int) -> bool:
    text = sentence[start:end]
    if text[0].isdigit():
        before = sentence[:start].rstrip()
        prev = before.rsplit(" ", 1)[-1] if before else ""
        if prev[:1].isupper() and prev.strip(",") not in _MONTH_WORDS:
            # "Dota 2", "Sonnet 3.5", "DALL-E 2", "Chapter 11": part of a name, not a quantity.
            return False
    return not (text.lower() == "half" and sentence[end : end + 1] == "-")


def _roles(lowered: list[str], original: list[str]) -> list[str]:
    roles: list[str] = []
    for i, w in enumerate(lowered):
        if w in ROLE_WORDS:
            phrase = original[i]
            if w in ("chief", "vice") and i + 1 < len(lowered):
                phrase = f"{original[i]} {original[i + 1]}"
            if w == "head" and i + 1 < len(lowered) and lowered[i + 1] != "of":
                continue
            if w in ("lead", "general", "chief", "member", "head", "partner", "principal") and (
                i == 0 or lowered[i - 1] in ("to", "will", "would", "can", "could", "in")
            ):
                continue
            if phrase not in roles:
                roles.append(phrase)
    return roles


def _entities(sentence: str, proper_nouns: frozenset[str] | set[str]) -> list[str]:
    names: list[str] = []
    # Text before a match counts as "the start" when it is only opening marks (lead), or
    # when it ends, spaces aside, with a colon or an opening quotation mark.
    lead = len(sentence) - len(sentence.lstrip(_LEADING_MARKS))
    mid_names = _MID_SENTENCE_NAME
    for m in _CAPITALISED.finditer(sentence):
        start = m.start()
        if start <= lead:
            at_start = True
        else:
            # _after_opener(), read off the one or two characters before the match when
            # they settle it (a match past `lead` starts at 1 or later).
            before = sentence[start - 1]
            if not before.isspace():
                at_start = before in ":“\""
            elif start >= 2 and not sentence[start - 2].isspace():
                at_start = sentence[start - 2] in ":“\""
            else:
                at_start = _after_opener(sentence, start)
        if not at_start:
            # Mid-sentence, what a match names depends on its text alone.
            found = m.group(0)
            phrase = mid_names.get(found, "")
            if phrase == "":
                stripped = found.strip(" .’'")
                phrase = stripped if _kept(stripped) else None
                if len(mid_names) < 200_000:
                    mid_names[found] = phrase
            if phrase is not None and phrase not in names:
                names.append(phrase)
            continue
        phrase = m.group(0).strip(" .’'")
        first_word = phrase.split()[0] if phrase else ""
        if " " not in phrase and first_word not in proper_nouns:
            continue
        if first_word not in proper_nouns and " " in phrase:
            # "The Wall Street Journal" survives; "But Anthropic" keeps only "Anthropic".
            rest = phrase.split(" ", 1)[1]
            if rest[0].isupper():
                phrase = rest if first_word.lower() in _OPENER_WORDS else phrase
            else:
                continue
        if _kept(phrase) and phrase not in names:
            names.append(phrase)
    return names


# Capitalised run met mid-sentence -> the name it gives, or None; filled as runs are met.
_MID_SENTENCE_NAME: dict[str, str | None] = {}


def _kept(phrase: str) -> bool:
    """Whether a capitalised phrase, opening words dealt with, is a name worth listing."""
    if phrase in _NOT_ENTITIES or phrase in _MONTH_WORDS or len(phrase) < 2:
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
    return head != "" and head[-1] in ":“\""


_OPENER_WORDS = words(
    """
    the a an but and so yet or then when while as if after before in on at for by with
    this that these those it its he she they we his her their our many some most several
    every all no one two three each other another good maybe yes well
    """
)


def _opinion(lowered_sentence: str, lowered: list[str], present: set[str]) -> float:
    # `present` needs only the sentence's words from _TRIGGERS.
    if present.isdisjoint(_OPINION_WORDS):
        score = 0.0
    else:
        score = sum((OPINION_MARKERS[w] for w in lowered if w in OPINION_MARKERS), 0.0)
    if present.isdisjoint(_PHRASE_CUES) or _ANY_PHRASE.search(lowered_sentence) is None:
        return score
    for phrase, weight in _OPINION_PHRASES:
        if phrase in lowered_sentence:
            score += weight
    return score


_OPINION_WORDS = frozenset(OPINION_MARKERS)
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
# Finds whether any of the phrases occurs at all; most sentences hold none.
_ANY_PHRASE = re.compile(any_of(phrase for phrase, _ in _OPINION_PHRASES))


_PHRASE_CUES = words("i in to of we let it it’s it's hard needless")


def collect_proper_nouns(sentences: list[str]) -> set[str]:
    """Capitalised words seen mid-sentence: they stay names when they open a sentence."""
    nouns: set[str] = set()
    for sentence in sentences:
        nouns.update(_MID_SENTENCE_CAPITAL.findall(sentence))
    return nouns


# A capital after a word or a closing mark and a space; the class comes first so that re
# skips ahead to capitals ("(?<=[...] )[A-Z]" with the look-behind moved after the letter).
_MID_SENTENCE_CAPITAL = re.compile(r"[A-Z](?<=[\w,;’'\"”)] .)[\w\-]*")


def primary_kind(
    features: Features, quoted: bool, attributed: bool, role_with_name: bool
) -> str:
    """The one kind a claim is filed under; reasons still list every feature found."""
    if quoted:
        return "quote"
    if attributed:
        return "attribution"
    if features.quantitative:
        return "number"
    if features.dated:
        return "date"
    if role_with_name:
        return "role"
    if features.events:
        return "event"
    return "statement"


def reasons_for(features: Features) -> list[str]:
    """Human-readable reasons, most specific first."""
    reasons: list[str] = []
    reasons += [f"money amount {m}" for m in features.money]
    reasons += [f"percentage {p}" for p in features.percents]
    reasons += [f"number {n}" for n in features.numbers]
    reasons += [f"date {d}" for d in features.dates]
    reasons += [f"relative date {d}" for d in features.relative_dates]
    reasons += [f"job title: {r}" for r in features.roles]
    if features.entities:
        reasons.append("named entities: " + ", ".join(features.entities[:5]))
    if features.events:
        reasons.append("event: " + ", ".join(features.events[:3]))
    if features.superlatives:
        reasons.append("superlative: " + ", ".join(features.superlatives[:3]))
    return reasons


# Every word list detect() tests the sentence's words against.
_TRIGGERS = (
    _MONEY_WORDS | _PERCENT_WORDS | _MONTH_TOKENS | _WEEKDAY_TOKENS | _RELATIVE_TOKENS
    | _SPELLED_TOKENS | ROLE_WORDS | IRREGULAR_PAST | EVENT_VERBS | _SUPERLATIVES
    | _OPINION_WORDS | _PHRASE_CUES
)

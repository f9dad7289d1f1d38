"""What a sentence contains that a checker can verify, and which kind of claim that makes it.

Each detector returns the human-readable reasons shown next to a claim ("money amount
$2.5 billion"), so the checker sees why it was flagged, not just a score.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import repeat
from string import ascii_letters, ascii_lowercase, ascii_uppercase

from factcheck.extract.lexicon import (
    EVENT_VERBS,
    IRREGULAR_PAST,
    MONTH_ABBREVIATIONS,
    MONTHS,
    OPINION_MARKERS,
    ROLE_WORDS,
    SPELLED_NUMBERS,
    WEEKDAYS,
    words,
)
from factcheck.text import Folded, lowered


def _after_first_letter(alternation: str) -> tuple[str, str]:
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


def _by_first_letter(entries: list[tuple[str, str]]) -> str:
    """An alternation of words, each followed by its own pattern, grouped by first letter.

    [("two", "X"), ("ten", "Y"), ("four", "Z")] gives "t(?:woX|enY)|f(?:ourZ)": re skips a
    branch whose first literal differs at once, and each letter's words keep their order,
    so at any position the same alternative matches as in the flat alternation.
    """
    groups: dict[str, list[str]] = {}
    for word, then in entries:
        groups.setdefault(word[0], []).append(re.escape(word[1:]) + then)
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# Most patterns below are a plain pattern (quoted in the comment above them) rewritten to
# start with a class of the characters a match can start with, so that re skips ahead to
# those instead of trying every alternative at every position.  After the class each
# alternative re-checks the consumed character with a look-behind, alternatives keeping
# their order (finditer takes the first that matches), and "(?<!\w.)" after a letter or
# digit is the "\b" before it.  The consumed character is never a newline, which "." skips.
# Patterns run on lower-cased text (Folded) stay lower-case.
_SPELLED_FIRST, _SPELLED_REST = _after_first_letter(SPELLED_NUMBERS)
_MULTIPLES_FIRST, _MULTIPLES_REST = _after_first_letter(
    "hundreds|thousands|millions|billions|trillions"
)
_ILLIONS_FIRST, _ILLIONS_REST = _after_first_letter("million|billion|trillion")
_EARLY_FIRST, _EARLY_REST = _after_first_letter("early|mid|late")
_SCALE = r"(?:thousand|million|billion|trillion|[mb]n|[MBK]\b|bn)"
# (?:[$€£¥]|\b(?:US|USD|EUR|GBP|A|C|HK)\$)\s?\d[\d,]*(?:\.\d+)?(?:\s?SCALE)?
# |\b\d[\d,]*(?:\.\d+)?(?:\sSCALE)?\s(?:dollars|euros|pounds|yen|yuan|rupees|cents)\b
# |\b(?:hundreds|thousands|millions|billions|trillions) of dollars\b
# |\b(?:multi)?(?:million|billion|trillion)-dollar\b
_MONEY_FIGURE = (
    r"(?:(?<=[$€£¥])|(?<!\w.)(?:(?<=U)(?:S|SD)|(?<=E)UR|(?<=G)BP|(?<=H)K|(?<=[AC]))\$)"
    rf"\s?\d[\d,]*(?:\.\d+)?(?:\s?{_SCALE})?"
    rf"|(?<=\d)(?<!\w.)[\d,]*(?:\.\d+)?(?:\s{_SCALE})?"
    r"\s(?:dollars|euros|pounds|yen|yuan|rupees|cents)\b"
)
_MONEY = re.compile(
    rf"[$€£¥UEGACH\d{_MULTIPLES_FIRST}{_ILLIONS_FIRST}](?:{_MONEY_FIGURE}"
    rf"|(?<!\w.){_MULTIPLES_REST} of dollars\b"
    rf"|(?<!\w.)(?:u(?<=mu)lti[mbt])?{_ILLIONS_REST}-dollar\b)"
)
# The first two alternatives alone, for text without "dollar" (which the last two need):
# re then tries only the positions of a currency sign, a currency code's capital, a digit.
_MONEY_FIGURES = re.compile(rf"[$€£¥UEGACH\d](?:{_MONEY_FIGURE})")
# [-+]?\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b|percentage points?\b)
# |\b(?:SPELLED)(?:[- ](?:SPELLED))? (?:percent|per cent)\b
_PERCENT_FIGURE = (
    r"(?:(?<=[-+])\d|(?<=\d))\d*(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b|percentage points?\b)"
)
_PERCENT = Folded(
    rf"[-+\d{_SPELLED_FIRST}](?:{_PERCENT_FIGURE}"
    rf"|(?<!\w.){_SPELLED_REST}(?:[- ](?:{SPELLED_NUMBERS}))? (?:percent|per cent)\b)"
)
# The first alternative alone, for text without " percent" or " per cent" (which the
# second needs): re then tries only the positions of a digit or a sign.
_PERCENT_FIGURES = Folded(rf"[-+\d](?:{_PERCENT_FIGURE})")
# A digit not preceded by [\w.\-/$€£], then the rest of "\d{1,3}(?:,\d{3})+|\d+": starting
# with the digit (not the look-behind) lets re skip ahead to digits.
_NUMBER = re.compile(
    r"\d(?<![\w.\-/$€£].)(?:\d{0,2}(?:,\d{3})+|\d*)"
    rf"(?:\.\d+)?(?:\s?{_SCALE})?(?![\w\-/]|[.,]\d)"
)
# \b(?:SPELLED)\b|\ba (?:fifth|third|quarter|half|dozen|fraction)\b, which always starts a
# word, rewritten to match from the non-word character before the word (run on the text
# with a space in front, see _padded_matches): re skips to the few non-word characters and
# picks the words by their first letter, with no look-behind to run at every letter.
_SPELLED_NUMBER_REST = (
    "(?:"
    + _by_first_letter(
        [(word, r"\b") for word in SPELLED_NUMBERS.split("|")]
        + [("a", r" (?:fifth|third|quarter|half|dozen|fraction)\b")]
    )
    + ")"
)
_SPELLED_NUMBER = Folded(r"\W" + _SPELLED_NUMBER_REST)
# The same on ASCII text whose non-word characters but the space are all "\x00" (see
# _padded_matches): a class of two characters is quicker for re to test than \W.
_SPELLED_NUMBER_SEPARATED = re.compile("[ \x00]" + _SPELLED_NUMBER_REST)
_MONTH_FIRST, _MONTH_REST = _after_first_letter(f"{MONTHS}|{MONTH_ABBREVIATIONS}")
# \b(?:(?:early|mid|late)[- ])?(?:MONTHS|MONTH_ABBREVIATIONS)
#   (?:\s\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s(?:1[6-9]|20)\d\d\b)?
# |\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:MONTHS)(?:,? (?:1[6-9]|20)\d\d)?\b
_MONTH_DATE = re.compile(
    rf"[{_EARLY_FIRST}{_MONTH_FIRST}\d](?<!\w.)(?:"
    rf"(?:{_EARLY_REST}[- ](?:{MONTHS}|{MONTH_ABBREVIATIONS})|{_MONTH_REST})"
    r"(?:\s\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s(?:1[6-9]|20)\d\d\b)?"
    rf"|(?<=\d)\d?(?:st|nd|rd|th)? (?:of )?(?:{MONTHS})(?:,? (?:1[6-9]|20)\d\d)?\b"
    r")"
)
# (?<![\w$€£.,\-])(?:(?:early|mid|late)[- ])?(?:1[6-9]|20)\d\d(?:s|’s|'s)?(?!...)
# |\b(?:the )?(?:’|')\d0s\b          (at a quotation mark, "\b" wants a word before it)
_YEAR = re.compile(
    rf"[{_EARLY_FIRST}12t’'](?:"
    rf"(?<![\w$€£.,\-].)(?:{_EARLY_REST}[- ](?:1[6-9]|20)|(?<=1)[6-9]|(?<=2)0)\d\d(?:s|’s|'s)?"
    r"(?![\w%]|[.,]\d| ?(?:percent|million|billion|people|users|jobs)\b)"
    r"|h(?<=\bth)e (?:’|')\d0s\b|(?<=\w[’'])\d0s\b"
    r")"
)
# \b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b
_NUMERIC_DATE = re.compile(r"\d(?<!\w.)(?:\d{3}-\d{2}-\d{2}\b|\d?/\d{1,2}/\d{2,4}\b)")
# What every match of a date pattern contains: a month's first three letters, a year-like
# run of digits, a "-" or "/" between digits.  Looking for these first is much cheaper.
_MONTH_HINT = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
# (?:1[6-9]|20)\d\d|[’']\d0s
_YEAR_HINT = re.compile(r"[12’'](?:(?<=1)[6-9]\d\d|(?<=2)0\d\d|(?<=[’'])\d0s)")
_NUMERIC_DATE_HINT = re.compile(r"\d[-/]\d")
_WEEKDAY_FIRST, _WEEKDAY_REST = _after_first_letter(WEEKDAYS)
# \b(?:WEEKDAYS)\b
_WEEKDAY = re.compile(rf"[{_WEEKDAY_FIRST}](?<!\w.){_WEEKDAY_REST}\b")
# \b(?:last|next|this|past|previous|coming) (?:year|month|...|season)\b
# |\byesterday\b|\btonight\b
# |\b(?:\d+|a few|several|(?:SPELLED)) (?:years?|months?|...|hours?) (?:ago|...|before)\b
# |\b(?:first|second|third|fourth) quarter\b
# rewritten, as _SPELLED_NUMBER, to match from the non-word character before the phrase,
# each first word carrying the rest of its alternative, in the alternatives' order (a
# digit starts only the third).
_PERIOD = (
    r" (?:year|month|week|decade|century|spring|summer|fall|autumn|winter|quarter|weekend"
    r"|season)\b"
)
_AGO = r" (?:years?|months?|weeks?|days?|decades?|hours?) (?:ago|later|earlier|before)\b"
_RELATIVE_DATE_REST = (
    rf"(?:\d+{_AGO}|"
    + _by_first_letter(
        [(word, _PERIOD) for word in ("last", "next", "this", "past", "previous", "coming")]
        + [("yesterday", r"\b"), ("tonight", r"\b")]
        + [(word, _AGO) for word in f"a few|several|{SPELLED_NUMBERS}".split("|")]
        + [(word, r" quarter\b") for word in ("first", "second", "third", "fourth")]
    )
    + ")"
)
_RELATIVE_DATE = Folded(r"\W" + _RELATIVE_DATE_REST)
_RELATIVE_DATE_SEPARATED = re.compile("[ \x00]" + _RELATIVE_DATE_REST)
# "[A-Z](?<!\w.)" is "\b[A-Z]" with the class first, which lets re skip to capitals fast.
# The repeats are possessive ("*+"): nothing follows the last, and a run given back could
# never let the next part match (it wants a space or a capital), so re need not keep the
# positions to backtrack to.
_CAPITALISED = re.compile(
    r"[A-Z](?<!\w.)[\w’'&.\-]*+"
    r"(?:\s+(?:(?:of|de|van|von|for|la|le|du|der)\s+)?[A-Z][\w’'&.\-]*+)*+"
)
_WORD = re.compile(r"[A-Za-z’'\-]+")
_SUPERLATIVES = words(
    """
    first largest biggest smallest highest lowest most least fastest oldest youngest only
    record worst best longest richest poorest top
    """
)
_DIGIT = re.compile(r"\d")
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
    # detect() even skips __init__ and sets every slot itself: a new slot goes there too.
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
    if sentence.isascii() or _ascii_but_punctuation(sentence):
        # lowered() would find none of the letters it refuses (they are not ASCII), so it
        # is inlined; and only 0-9 are digits, which ten substring tests (a memchr each)
        # find faster than re testing every character.
        low = lower_sentence = sentence.lower()
        digits = (
            "0" in sentence or "1" in sentence or "2" in sentence or "3" in sentence
            or "4" in sentence or "5" in sentence or "6" in sentence or "7" in sentence
            or "8" in sentence or "9" in sentence
        )
    else:
        low = lowered(sentence)
        lower_sentence = sentence.lower() if low is None else low
        digits = _DIGIT.search(sentence) is not None
    lowered_words = _words(sentence, lower=True)
    # The sentence's words any of the word lists below holds: a few at most, so each
    # list's test reads those rather than every word of the sentence.  (Intersecting the
    # list directly skips building a set of all its words.)  Their bits in `kinds` say
    # which lists hold them.
    hits = _TRIGGERS.intersection(lowered_words)
    kinds = 0
    for word in hits:
        kinds |= _KINDS[word]
    # Features filled slot by slot (every slot, see the class): skipping __init__, whose
    # defaults serve other callers, saves more than some of the detectors cost.
    features = _new_object(Features)
    # Most sentences hold no figure, date or word that could start one: one test skips
    # all of those detectors.
    if digits or kinds & _FIGURE_BITS or "%" in sentence:
        _find_figures(features, sentence, low, digits, kinds)
    else:
        features.money = []
        features.percents = []
        features.numbers = []
        features.dates = []
        features.relative_dates = []
    features.roles = (
        _roles(lowered_words, _words(sentence, lower=False), hits & ROLE_WORDS)
        if kinds & _ROLE_BIT
        else []
    )
    features.entities = _entities(sentence, proper_nouns)
    features.events = sorted(hits & EVENT_VERBS) if kinds & _EVENT_BIT else []
    features.superlatives = sorted(hits & _SUPERLATIVES) if kinds & _SUPERLATIVE_BIT else []
    features.opinion = (
        _opinion(lower_sentence, lowered_words, hits, kinds)
        if kinds & (_OPINION_BIT | _PHRASE_CUE_BIT)
        else 0.0
    )
    features.words = len(lowered_words)
    # A word ending in "ed" also marks the past: _PAST_ED looks for one in a single scan of
    # the words joined by spaces, instead of a Python loop over them.
    features.past = bool(kinds & _IRREGULAR_PAST_BIT) or (
        "ed" in lower_sentence and _PAST_ED.search(" ".join(lowered_words)) is not None
    )
    return features


_new_object = object.__new__


def _find_figures(
    features: Features, sentence: str, low: str | None, digits: bool, kinds: int
) -> None:
    """Fill in the money, percentages, numbers, dates and relative dates of `features`."""
    money: list[str] = []
    percents: list[str] = []
    numbers: list[str] = []
    dates: list[str] = []
    relative_dates: list[str] = []
    # Spans found so far: a later detector's match overlapping one of them is dropped.
    taken: list[tuple[int, int]] = []
    # Cheap word-set checks first: most sentences need only a few of the regexes below.
    if kinds & _MONEY_BIT or (
        digits and ("$" in sentence or "€" in sentence or "£" in sentence or "¥" in sentence)
    ):
        for m in (_MONEY if "dollar" in sentence else _MONEY_FIGURES).finditer(sentence):
            s, e = m.span()
            if _claim(taken, s, e):
                money.append(m.group(0).strip())
    if kinds & _PERCENT_BIT or "%" in sentence:
        percent = _PERCENT
        if low is not None and " percent" not in low and " per cent" not in low:
            percent = _PERCENT_FIGURES
        for m in percent.finditer(sentence, low):
            s, e = m.span()
            if _claim(taken, s, e):
                percents.append(sentence[s:e].strip())
    # Each date pattern with where to start looking: a match starts at most a few
    # characters before the hint it contains ("early 1990s", "31st of March"), so none
    # starts before the first hint less that much, and re skips what comes before.
    date_regexes: list[tuple[re.Pattern[str], int]] = []
    if digits:
        if "-" in sentence or "/" in sentence:
            hint = _NUMERIC_DATE_HINT.search(sentence)
            if hint:
                date_regexes.append((_NUMERIC_DATE, max(hint.start() - 3, 0)))
        hint = _MONTH_HINT.search(sentence)
        if hint:
            date_regexes.append((_MONTH_DATE, max(hint.start() - 8, 0)))
        hint = _YEAR_HINT.search(sentence)
        if hint:
            date_regexes.append((_YEAR, max(hint.start() - 6, 0)))
    elif kinds & _MONTH_BIT:
        date_regexes.append((_MONTH_DATE, 0))
    if kinds & _WEEKDAY_BIT:
        date_regexes.append((_WEEKDAY, 0))
    for regex, first in date_regexes:
        for m in regex.finditer(sentence, first):
            s, e = m.span()
            if _is_date(sentence, m) and _claim(taken, s, e):
                dates.append(m.group(0).strip())
    if kinds & _RELATIVE_BIT:
        for m in _padded_matches(_RELATIVE_DATE, _RELATIVE_DATE_SEPARATED, sentence, low):
            s, e = m.start(), m.end() - 1
            if _claim(taken, s, e):
                relative_dates.append(sentence[s:e].strip())
    if digits:
        for m in _NUMBER.finditer(sentence):
            s, e = m.span()
            if _is_quantity(sentence, s, e) and _claim(taken, s, e):
                numbers.append(sentence[s:e].strip())
    if kinds & _SPELLED_BIT:
        for m in _padded_matches(_SPELLED_NUMBER, _SPELLED_NUMBER_SEPARATED, sentence, low):
            s, e = m.start(), m.end() - 1
            if _is_quantity(sentence, s, e) and _claim(taken, s, e):
                numbers.append(sentence[s:e].strip())
    features.money = money
    features.percents = percents
    features.numbers = numbers
    features.dates = dates
    features.relative_dates = relative_dates


def _ascii_but_punctuation(text: str) -> bool:
    """Whether `text` is ASCII once typographic quotes and dashes are dropped."""
    return text.replace("’", "").replace("“", "").replace("”", "").replace("—", "").isascii()


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


def _padded_matches(
    regex: Folded, separated: re.Pattern[str], sentence: str, low: str | None
) -> Iterator[re.Match[str]]:
    """Matches of a pattern that starts with the non-word character before a word, run on
    the text with a space in front so that a word opening it has one too.

    A match then starts where the word does in `sentence`, and ends one past its end.
    `separated` is the pattern for ASCII text with its other non-word characters made
    "\x00", which changes no match: the patterns tell those apart only from the space.
    """
    if low is None:
        return regex.ignorecase.finditer(" " + sentence)
    if low.isascii():
        return separated.finditer((" " + low).encode().translate(_SEPARATORS).decode())
    return regex.lower.finditer(" " + low)


# ASCII word characters and the space stay, every other byte becomes "\x00".
_SEPARATORS = bytes(c if chr(c) in ascii_letters + "0123456789_ " else 0 for c in range(256))


def _claim(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Record the span unless it overlaps one already taken; whether it was recorded."""
    for taken_start, taken_end in taken:
        if start < taken_end and taken_start < end:
            return False
    taken.append((start, end))
    return True


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


def _roles(lowered: list[str], original: list[str], listed: frozenset[str]) -> list[str]:
    # The positions of the role words (`listed`: the few the sentence holds), in order:
    # list.index() finds them in C rather than a Python loop testing every word.
    positions: list[int] = []
    for word in listed:
        i = -1
        for _ in range(lowered.count(word)):
            i = lowered.index(word, i + 1)
            positions.append(i)
    positions.sort()
    roles: list[str] = []
    for i in positions:
        w = lowered[i]
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
    """_entities() for a sentence holding a colon or opening quote: where a match starts
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
                at_start = before in ":“\""
            elif start >= 2 and not sentence[start - 2].isspace():
                at_start = sentence[start - 2] in ":“\""
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


def _opinion(
    lowered_sentence: str, lowered: list[str], present: frozenset[str], kinds: int
) -> float:
    # `present` needs only the sentence's words from _TRIGGERS, `kinds` their bits.
    if not kinds & _OPINION_BIT:
        score = 0.0
    elif len(markers := present & _OPINION_WORDS) == 1:
        # One marker word, maybe repeated: the same weights summed in the same order as
        # below, without a Python loop over every word.
        (marker,) = markers
        score = sum(repeat(OPINION_MARKERS[marker], lowered.count(marker)), 0.0)
    else:
        score = sum((OPINION_MARKERS[w] for w in lowered if w in OPINION_MARKERS), 0.0)
    if not kinds & _PHRASE_CUE_BIT or _ANY_PHRASE.search(lowered_sentence) is None:
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


# Finds whether any of the phrases occurs at all (most sentences hold none), the way `in`
# would: it starts at a phrase's first space and a look-behind checks the whole phrase.
# re searches a pattern starting with one literal character by a fast C loop, trying
# only the positions of a space.
_ANY_PHRASE = re.compile(
    " (?:"
    + _by_first_letter(
        [
            (phrase[phrase.index(" ") + 1 :], f"(?<={re.escape(phrase)})")
            for phrase, _ in _OPINION_PHRASES
        ]
    )
    + ")"
)


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


# Every word list detect() tests the sentence's words against, each with a bit.
_LISTS = (
    _MONEY_WORDS, _PERCENT_WORDS, _MONTH_TOKENS, _WEEKDAY_TOKENS, _RELATIVE_TOKENS,
    _SPELLED_TOKENS, ROLE_WORDS, IRREGULAR_PAST, EVENT_VERBS, _SUPERLATIVES,
    _OPINION_WORDS, _PHRASE_CUES,
)
(
    _MONEY_BIT, _PERCENT_BIT, _MONTH_BIT, _WEEKDAY_BIT, _RELATIVE_BIT, _SPELLED_BIT,
    _ROLE_BIT, _IRREGULAR_PAST_BIT, _EVENT_BIT, _SUPERLATIVE_BIT, _OPINION_BIT,
    _PHRASE_CUE_BIT,
) = (1 << i for i in range(len(_LISTS)))
# Each word of the lists -> the bits of the lists holding it.
_KINDS = {
    word: sum(1 << i for i, listed in enumerate(_LISTS) if word in listed)
    for word in frozenset().union(*_LISTS)
}
_TRIGGERS = frozenset(_KINDS)
# The lists whose words can start a figure or date detector.
_FIGURE_BITS = (
    _MONEY_BIT | _PERCENT_BIT | _MONTH_BIT | _WEEKDAY_BIT | _RELATIVE_BIT | _SPELLED_BIT
)

"""Dates in a sentence: calendar dates, years and decades, weekdays, relative dates."""

from __future__ import annotations

import re

from factcheck.extract.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    SPELLED_NUMBERS,
    WEEKDAYS,
    words,
)
from factcheck.extract.patterns import (
    DIGIT,
    after_first_letter,
    by_first_letter,
    padded_spans,
    take_span,
    word_before,
)
from factcheck.text import Folded

_EARLY_FIRST, _EARLY_REST = after_first_letter("early|mid|late")
_MONTH_FIRST, _MONTH_REST = after_first_letter(f"{MONTHS}|{MONTH_ABBREVIATIONS}")
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
_WEEKDAY_FIRST, _WEEKDAY_REST = after_first_letter(WEEKDAYS)
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
    + by_first_letter(
        [(word, _PERIOD) for word in ("last", "next", "this", "past", "previous", "coming")]
        + [("yesterday", r"\b"), ("tonight", r"\b")]
        + [(word, _AGO) for word in f"a few|several|{SPELLED_NUMBERS}".split("|")]
        + [(word, r" quarter\b") for word in ("first", "second", "third", "fourth")]
    )
    + ")"
)
_RELATIVE_DATE = Folded(r"\W" + _RELATIVE_DATE_REST)
_RELATIVE_DATE_SEPARATED = re.compile("[ \x00]" + _RELATIVE_DATE_REST)

MONTH_TOKENS = frozenset(m.lower() for m in MONTHS.split("|")) | words(
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
WEEKDAY_TOKENS = frozenset(d.lower() for d in WEEKDAYS.split("|"))
RELATIVE_TOKENS = words(
    "year years month months week weeks decade decades century spring summer fall autumn "
    "winter quarter weekend season day days hours yesterday tonight ago"
)
"""Words that can start a date of their kind: the detector runs only when one is there."""
_MAY_MONTH_CUES = words("in on since by until that last next early late mid- this")


def find_dates(
    sentence: str, digits: bool, month: bool, weekday: bool, taken: list[tuple[int, int]]
) -> list[str]:
    """Calendar dates, years and weekdays; `digits`, `month`, `weekday` say whether the
    sentence holds a digit, a month's name, a weekday's name (patterns needing none of
    those are not run)."""
    dates: list[str] = []
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
    elif month:
        date_regexes.append((_MONTH_DATE, 0))
    if weekday:
        date_regexes.append((_WEEKDAY, 0))
    for regex, first in date_regexes:
        for m in regex.finditer(sentence, first):
            s, e = m.span()
            if _is_date(sentence, m) and take_span(taken, s, e):
                dates.append(m.group(0).strip())
    return dates


def find_relative_dates(sentence: str, low: str | None, taken: list[tuple[int, int]]) -> list[str]:
    relative_dates: list[str] = []
    for s, e in padded_spans(_RELATIVE_DATE, _RELATIVE_DATE_SEPARATED, sentence, low):
        if take_span(taken, s, e):
            relative_dates.append(sentence[s:e].strip())
    return relative_dates


def _is_date(sentence: str, match: re.Match[str]) -> bool:
    text = match.group(0)
    if text.startswith("May") and DIGIT.search(text) is None:
        # "May" alone is more often the modal verb than the month.
        before = word_before(sentence, match.start()).lower()
        return before in _MAY_MONTH_CUES
    # "March on Washington" opening a sentence is the verb more often than the month.
    return not (text == "March" and match.start() == 0)

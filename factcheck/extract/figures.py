"""Figures in a sentence: money, percentages, numbers written in digits or in words."""

from __future__ import annotations

import re

from factcheck.extract.lexicon import CALENDAR_WORDS, SPELLED_NUMBERS, words
from factcheck.extract.patterns import (
    after_first_letter,
    by_first_letter,
    padded_spans,
    take_span,
    word_before,
)
from factcheck.text import Folded

_SPELLED_FIRST, _SPELLED_REST = after_first_letter(SPELLED_NUMBERS)
_MULTIPLES_FIRST, _MULTIPLES_REST = after_first_letter(
    "hundreds|thousands|millions|billions|trillions"
)
_ILLIONS_FIRST, _ILLIONS_REST = after_first_letter("million|billion|trillion")
_SCALE = r"(?:thousand|million|billion|trillion|[mb]n|[MBK]\b|bn)"
# After a currency sign a lower-case letter is a scale too ("£40m", "$5k", "€3b"); after a
# bare number it may be a unit ("a 40m drop"), so only money takes it.
_MONEY_SCALE = r"(?:thousand|million|billion|trillion|[mb]n|bn|[mbkMBK]\b)"
# (?:[$€£¥]|\b(?:US|USD|EUR|GBP|A|C|HK)\$)\s?\d[\d,]*(?:\.\d+)?(?:\s?SCALE)?
# |\b\d[\d,]*(?:\.\d+)?(?:\sSCALE)?\s(?:dollars|euros|pounds|yen|yuan|rupees|cents)\b
# |\b(?:hundreds|thousands|millions|billions|trillions) of dollars\b
# |\b(?:multi)?(?:million|billion|trillion)-dollar\b
_MONEY_FIGURE = (
    r"(?:(?<=[$€£¥])|(?<!\w.)(?:(?<=U)(?:S|SD)|(?<=E)UR|(?<=G)BP|(?<=H)K|(?<=[AC]))\$)"
    rf"\s?\d[\d,]*(?:\.\d+)?(?:\s?{_MONEY_SCALE})?"
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
# with a space in front, see _padded_spans): re skips to the few non-word characters and
# picks the words by their first letter, with no look-behind to run at every letter.
_SPELLED_NUMBER_REST = (
    "(?:"
    + by_first_letter(
        [(word, r"\b") for word in SPELLED_NUMBERS.split("|")]
        + [("a", r" (?:fifth|third|quarter|half|dozen|fraction)\b")]
    )
    + ")"
)
_SPELLED_NUMBER = Folded(r"\W" + _SPELLED_NUMBER_REST)
# The same on ASCII text whose non-word characters but the space are all "\x00" (see
# _padded_spans): a class of two characters is quicker for re to test than \W.
_SPELLED_NUMBER_SEPARATED = re.compile("[ \x00]" + _SPELLED_NUMBER_REST)

MONEY_WORDS = words(
    "dollars euros pounds yen yuan rupees cents million-dollar billion-dollar trillion-dollar "
    "multimillion-dollar multibillion-dollar multitrillion-dollar"
)
PERCENT_WORDS = words("percent percentage")
SPELLED_TOKENS = frozenset(SPELLED_NUMBERS.split("|")) | words("fifth third fraction")
"""Words that can start a figure of their kind: the detector runs only when one is there."""


def find_money(sentence: str, taken: list[tuple[int, int]]) -> list[str]:
    money: list[str] = []
    for m in (_MONEY if "dollar" in sentence else _MONEY_FIGURES).finditer(sentence):
        s, e = m.span()
        if take_span(taken, s, e):
            money.append(m.group(0).strip())
    return money


def find_percents(sentence: str, low: str | None, taken: list[tuple[int, int]]) -> list[str]:
    percents: list[str] = []
    percent = _PERCENT
    if low is not None and " percent" not in low and " per cent" not in low:
        percent = _PERCENT_FIGURES
    for m in percent.finditer(sentence, low):
        s, e = m.span()
        if take_span(taken, s, e):
            percents.append(sentence[s:e].strip())
    return percents


def find_numbers(sentence: str, taken: list[tuple[int, int]]) -> list[str]:
    """Numbers in digits that are quantities (not part of a name: "Chapter 11")."""
    numbers: list[str] = []
    for m in _NUMBER.finditer(sentence):
        s, e = m.span()
        if _is_quantity(sentence, s, e) and take_span(taken, s, e):
            numbers.append(sentence[s:e].strip())
    return numbers


def find_spelled_numbers(sentence: str, low: str | None, taken: list[tuple[int, int]]) -> list[str]:
    numbers: list[str] = []
    for s, e in padded_spans(_SPELLED_NUMBER, _SPELLED_NUMBER_SEPARATED, sentence, low):
        if _is_quantity(sentence, s, e) and take_span(taken, s, e):
            numbers.append(sentence[s:e].strip())
    return numbers


def _is_quantity(sentence: str, start: int, end: int) -> bool:
    text = sentence[start:end]
    if text[0].isdigit():
        prev = word_before(sentence, start)
        if prev[:1].isupper() and prev.strip(",") not in CALENDAR_WORDS:
            # "Dota 2", "Sonnet 3.5", "DALL-E 2", "Chapter 11": part of a name, not a quantity.
            return False
    return not (text.lower() == "half" and sentence[end : end + 1] == "-")


def figure_spans(sentence: str) -> list[tuple[int, int]]:
    """Where money, percentages and digit numbers stand (with their scale word: "$45.2
    million"), so an edit can tell a cut that would change a figure from one between words."""
    matches = [
        *_MONEY.finditer(sentence),
        *_PERCENT.finditer(sentence, None),
        *_NUMBER.finditer(sentence),
    ]
    spans = []
    for m in matches:
        text = m.group(0)
        start = m.start() + len(text) - len(text.lstrip())
        spans.append((start, start + len(text.strip())))
    return spans

"""Figures in running text, read as a fact-checker reads them, and compared only with
figures about the same thing.

"$2.5 billion", "2.5bn" and "$2,500 million" are one value; "a fifth of", "three in four",
"two and a half million", "hundreds of thousands", "3–5%", "10 miles", "68°F", "2 million
litres a day", "rose 3%" (a change) and "rose to 3%" (a level), "the third quarter of 2023"
are each read with what they mean.  A hedge ("just over", "nearly", "about") becomes the
range of values it allows, "about" by the figure's own precision.

A claim's figure is compared only with a source figure of the same family (money in the
same currency, percent with percent and points with points, length with length…), the
same rate, the same kind (a change or a level) and, when the passage names several
entities, about the same one; otherwise the answer is "no figure for this in the source",
never "agrees", because a wrong "agrees" tells a checker that a wrong figure is confirmed.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from dataclasses import dataclass, replace

from factcheck.checks import NumberHow, NumberResult, NumberStatus
from factcheck.meaning import DIRECTIONS

# -- vocabularies ---------------------------------------------------------------------------

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ),
        start=1,
    )
    for name in names
}
_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_WORD_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
_ABBREVIATED = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12,
                "tn": 1e12}  # fmt: skip
_CURRENCIES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP",
    "¥": "JPY", "jpy": "JPY", "yen": "JPY", "₹": "INR", "inr": "INR", "rupees": "INR",
    "a$": "AUD", "c$": "CAD", "nz$": "NZD", "hk$": "HKD",
}  # fmt: skip

# (pattern, dimension, factor to the dimension's base unit, name shown)
_UNITS: tuple[tuple[str, str, float, str], ...] = (
    (r"km/h|kph|kmh|kilomet(?:re|er)s?\s+(?:per|an)\s+hour", "speed", 1.0, "km/h"),
    (r"mph|miles\s+(?:per|an)\s+hour", "speed", 1.609344, "mph"),
    (r"m/s|met(?:re|er)s\s+per\s+second", "speed", 3.6, "m/s"),
    (r"knots", "speed", 1.852, "knots"),
    (r"km²|km2|sq\.?\s*km|square\s+kilomet(?:re|er)s?", "area", 1e6, "km²"),
    (r"sq\.?\s*mi(?:les?)?|square\s+miles?", "area", 2.589988e6, "square miles"),
    (r"square\s+(?:feet|foot)|sq\.?\s*ft", "area", 0.09290304, "square feet"),
    (r"square\s+met(?:re|er)s?|m²", "area", 1.0, "m²"),
    (r"hectares?|ha", "area", 1e4, "hectares"),
    (r"acres?", "area", 4046.8564, "acres"),
    (r"kilomet(?:re|er)s?|km", "length", 1000.0, "km"),
    (r"miles?|mi", "length", 1609.344, "miles"),
    (r"centimet(?:re|er)s?|cm", "length", 0.01, "cm"),
    (r"millimet(?:re|er)s?|mm", "length", 0.001, "mm"),
    (r"met(?:re|er)s?", "length", 1.0, "metres"),
    (r"feet|foot|ft", "length", 0.3048, "feet"),
    (r"yards?|yds?", "length", 0.9144, "yards"),
    (r"inch(?:es)?", "length", 0.0254, "inches"),
    (r"kilograms?|kilos?|kgs?", "mass", 1.0, "kg"),
    (r"grams?|g", "mass", 0.001, "g"),
    (r"metric\s+tons?|tonnes?", "mass", 1000.0, "tonnes"),
    (r"tons?", "mass", 907.18474, "tons"),
    (r"lbs?|pounds?(?=\s+of\b)", "mass", 0.45359237, "pounds"),
    (r"ounces?|oz", "mass", 0.028349523, "ounces"),
    (r"cubic\s+met(?:re|er)s?|m³|m3", "volume", 1000.0, "cubic metres"),
    (r"millilit(?:re|er)s?|ml", "volume", 0.001, "ml"),
    (r"lit(?:re|er)s?|l", "volume", 1.0, "litres"),
    (r"(?:US\s+)?gallons?|gal", "volume", 3.785411784, "gallons"),
    (r"barrels?|bbl", "volume", 158.987295, "barrels"),
    (r"TWh", "energy", 1e9, "TWh"),
    (r"GWh", "energy", 1e6, "GWh"),
    (r"MWh", "energy", 1e3, "MWh"),
    (r"kWh", "energy", 1.0, "kWh"),
    (r"GW|gigawatts?", "power", 1e6, "GW"),
    (r"MW|megawatts?", "power", 1e3, "MW"),
    (r"kW|kilowatts?", "power", 1.0, "kW"),
)
_UNIT_RE = re.compile(
    r"[\s-]?(?:" + "|".join(f"(?P<u{i}>{pattern})" for i, (pattern, *_) in enumerate(_UNITS)) + r")"
    r"(?![\w/²³])",
    re.IGNORECASE,
)
_CASE_SENSITIVE_UNITS = {"l", "g", "ha", "mi", "ft", "oz", "gal"}  # need lower case (or "L")
_TEMPERATURE = re.compile(
    r"\s?(?:°\s?|º\s?|degrees?\s+)(?P<scale>C|F|Celsius|Fahrenheit|centigrade)\b", re.IGNORECASE
)
_DURATIONS = {
    "second": 1.0, "sec": 1.0, "minute": 60.0, "min": 60.0, "hour": 3600.0, "hr": 3600.0,
    "day": 86400.0, "week": 604800.0, "fortnight": 1209600.0, "month": 2629800.0,
    "year": 31557600.0, "yr": 31557600.0, "decade": 315576000.0,
}  # fmt: skip
_DURATION_RE = re.compile(
    r"\s?-?(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?"
    r"|years?|yrs?|decades?)\b",
    re.IGNORECASE,
)
_PERIODS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.4375, "year": 365.25}
_RATE_RE = re.compile(
    r"(?P<gap>(?:\s+(?!a\b|an\b|per\b|each\b|every\b)[a-z][a-z\-]*){0,3}?)"
    r"(?:\s*(?:\ba|\ban|\bper|\beach|\bevery)\s+(?P<period>hour|day|week|month|year|annum)\b"
    r"|\s*/\s*(?P<slash>hour|hr|day|week|month|year|yr)\b"
    r"|\s+(?P<adverb>hourly|daily|weekly|monthly|annually|yearly)\b"
    r"|\s+per\s+(?P<noun>(?:\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion)\b)?"
    r"|(?:thousand|million|billion)\b)(?:\s+(?!and\b|or\b|in\b|a\b|an\b)(?-i:[a-z]+))?"
    r"|(?!cent\b|centum\b|se\b|the\b|a\b|an\b|my\b|our\b|your\b|his\b|her\b|its\b"
    r"|their\b|this\b|that\b)(?-i:[a-z][a-z\-]*))"
    r"|\s*\b(?:a|an|each)\s+(?P<item>head|person|share|barrel|ticket|tonne|night|visit|trip)\b"
    r")(?!\s+(?:ago|earlier|later|before|after)\b)",
    re.IGNORECASE,
)
_PER_PERSON = frozenset(["capita", "person", "persons", "head", "people", "population",
                         "inhabitant", "inhabitants"])  # fmt: skip
"""Denominators that all mean one person: "per capita", "a head", "per 1,000 population"."""
_ADVERB_PERIODS = {
    "hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
    "annually": "year", "yearly": "year", "annum": "year", "hr": "hour", "yr": "year",
}  # fmt: skip

# A hedge before a figure, and the values it allows around the figure's value v.
_HEDGES = {
    "just over": "just-over", "just above": "just-over", "slightly more than": "just-over",
    "a little over": "just-over", "just under": "just-under", "just below": "just-under",
    "slightly less than": "just-under", "a little under": "just-under",
    "more than": "above", "over": "above", "above": "above", "exceeding": "above",
    "in excess of": "above", "upwards of": "above", "north of": "above",
    "at least": "at-least", "no fewer than": "at-least", "no less than": "at-least",
    "a minimum of": "at-least",
    "less than": "below", "fewer than": "below", "under": "below", "below": "below",
    "up to": "at-most", "at most": "at-most", "as many as": "at-most", "as much as": "at-most",
    "no more than": "at-most", "a maximum of": "at-most",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "approaching": "nearly",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "circa": "about",
    "approx.": "about", "an approximate": "about", "some estimated": "about",
}  # fmt: skip
_HEDGE_RE = re.compile(
    r"(?:^|(?<=\W))(?P<hedge>"
    + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(_HEDGES, key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)
_HEDGE_LAST = tuple({hedge.split()[-1] for hedge in _HEDGES})
"""The last word of each hedge: a cheap test that spares most figures the search."""
_DIRECTION_RE = re.compile(r"\b(" + "|".join(sorted(DIRECTIONS, key=len, reverse=True)) + r")\b",
                           re.IGNORECASE)  # fmt: skip
_WORD_RUN = re.compile(r"\w+")
_WORD_SPLIT = re.compile(r"(\w+)")
_DIRECTION_WORDS = frozenset(word.casefold() for word in DIRECTIONS)


class _Directions:
    """Where the words of movement are in a text, found in one pass over its words, so
    that asking whether a stretch holds one is a binary search.  Searching each figure's
    60 characters with `_DIRECTION_RE` (87 words in one alternation) cost 80 µs a figure,
    most of the time of reading a long source; the answer is the same: a word counts when
    it is a whole run of word characters within the stretch, or what is left of one the
    stretch cuts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def _find(self) -> tuple[list[int], list[int]]:
        if self._starts is not None:
            return self._starts, self._ends
        text = self.text
        # Text and words in turn; the words of movement among the few distinct words.
        parts = _WORD_SPLIT.split(text)
        moving = {word for word in set(parts[1::2]) if word.casefold() in _DIRECTION_WORDS}
        starts: list[int] = []
        ends: list[int] = []
        if moving:
            offsets = [0, *itertools.accumulate(map(len, parts))]
            for index in range(1, len(parts), 2):
                if parts[index] in moving:
                    starts.append(offsets[index])
                    ends.append(offsets[index + 1])
        self._starts, self._ends = starts, ends
        return starts, ends

    def within(self, low: int, high: int) -> bool:
        """Whether `text[low:high]`, read alone, holds a word of movement."""
        if high <= low:
            return False
        text = self.text
        starts, ends = self._find()
        index = bisect.bisect_left(starts, low)
        if index < len(starts) and ends[index] <= high:
            return True
        if low and _is_word(text[low - 1]) and _is_word(text[low]):
            run = _WORD_RUN.match(text, low)  # a word the stretch cuts at its start
            if run and text[low : min(run.end(), high)].casefold() in _DIRECTION_WORDS:
                return True
        if high < len(text) and _is_word(text[high]) and _is_word(text[high - 1]):
            first = high  # a word the stretch cuts at its end
            while first > low and _is_word(text[first - 1]):
                first -= 1
            if text[first:high].casefold() in _DIRECTION_WORDS:
                return True
        return False


def _is_word(char: str) -> bool:
    """What `\\w` matches in a str pattern: letters, digits of any script, underscore."""
    return char.isalnum() or char == "_"


_CHANGE_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?P<word>increase|rise|gain|jump|growth|hike|surge|drop|fall|decline|"
    r"decrease|reduction|loss|slump|plunge|cut|higher|lower)\b",
    re.IGNORECASE,
)
_CHANGE_NOUNS = {
    "increase": "up", "rise": "up", "gain": "up", "jump": "up", "growth": "up", "hike": "up",
    "surge": "up", "higher": "up", "drop": "down", "fall": "down", "decline": "down",
    "decrease": "down", "reduction": "down", "loss": "down", "slump": "down", "plunge": "down",
    "cut": "down", "lower": "down",
}  # fmt: skip

# -- patterns -------------------------------------------------------------------------------


def _trie(words: list[str]) -> str:
    """`words` as one alternation, longest first, written as a tree of their letters
    ("t(?:en|h(?:ird|irty)…)"), so that the engine tests a few letters at each place
    rather than every word: it matches what `"|".join(sorted(words, key=len,
    reverse=True))` matches, at a quarter of the cost over a long text.  At each letter
    the longer words come before the word that ends there, as in the sorted list (words
    that can both match at one place are a prefix of each other)."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ("|" if "" in node else "") + ")"


_MONTH = _trie(list(MONTHS))
_MONTH_NOT_MAY = _trie([month for month in MONTHS if month != "May"])
_ORDINAL_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                    "3rd": 3, "4th": 4, "last": 4, "final": 4}  # fmt: skip
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
            "winter": (0, 2)}  # fmt: skip
_DATE = re.compile(
    # The lookahead lets the engine skip, at one test, every position no date starts at.
    rf"""
    (?=[\d'JFMASONDQH]|(?:first|second|third|fourth|last|final|spring|summer|autumn|fall|winter)[\s-])
    (?:
    (?P<iso>\b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})\b)
  | (?P<mdy>\b(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b
        (?:,?\s+(?P<y1>\d{{4}})\b)?)
  | (?P<dmy>\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})\.?
        (?:,?\s+(?P<y2>\d{{4}})\b)?)
  | (?P<my>\b(?P<m3>{_MONTH})\.?,?\s+(?:of\s+)?(?P<y3>\d{{4}})\b)
  | (?P<q>\b(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th|last|final)
        [\s-]quarter(?:\s+of)?,?\s+(?P<qy>\d{{4}})\b)
  | (?P<qq>\bQ(?P<qqn>[1-4])\s*(?:of\s+)?(?P<qqy>\d{{4}})\b
        |\b(?P<qqy2>\d{{4}})\s*Q(?P<qqn2>[1-4])\b)
  | (?P<h>\b(?P<hn>first|second)\s+half\s+of\s+(?P<hy>\d{{4}})\b
        |\bH(?P<hn2>[12])\s*(?P<hy2>\d{{4}})\b)
  | (?P<s>\b(?P<sn>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<sy>\d{{4}})\b)
  | (?P<dec>\b(?P<decy>1[89]\d0|20\d0)s\b|'(?P<decs>\d0)s\b)
  | (?P<mo>\b(?P<m4>{_MONTH_NOT_MAY}|May(?=[,.;]))\b(?!\.?\s+\d))
    )
    """,
    re.VERBOSE,
)
_MONTH_LEAD = re.compile(
    r"\b(?i:in|by|of|since|until|during|from|early|late|last|next|this|mid)[\s-]$"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_NUMBER_WORD = _trie([*_SMALL, *_WORD_SCALES, *_FRACTIONS, "hundred", "dozen"])
_CORE = re.compile(
    rf"""
    (?=[\d.abdefhmnoqstzABDEFHMNOQSTZ])
    (?<![\w.,]) (?<![A-Za-z]-)
    (?:
        (?P<mag>(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands|millions|billions))\b
      | (?P<digits>{_DIGITS})
      | (?P<words>(?:an?\s+|one\s+and\s+a\s+)?(?:{_NUMBER_WORD})
            (?:(?:\s+and\s+an?\s+|\s+and\s+|\s+an?\s+|[\s-])(?:{_NUMBER_WORD}))*)\b
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
_MAGNITUDES = {
    "dozens": (24.0, 143.0), "hundreds": (200.0, 999.0), "thousands": (2e3, 9999.0),
    "millions": (2e6, 999e6), "billions": (2e9, 999e9), "tens of thousands": (2e4, 99999.0),
    "hundreds of thousands": (2e5, 999999.0), "tens of millions": (2e7, 99.9e6),
    "hundreds of millions": (2e8, 999e6), "tens of billions": (2e10, 99.9e9),
    "hundreds of billions": (2e11, 999e9), "tens of dozens": (120.0, 1199.0),
    "hundreds of dozens": (1200.0, 11999.0),
}  # fmt: skip
_CURRENCY_BEFORE = re.compile(
    r"(?P<cur>US\$|NZ\$|HK\$|A\$|C\$|[$€£¥₹]|\b(?:USD|EUR|GBP|JPY|INR)\s?)(?P<sign>[-−])?$"
)
_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[-−]$")
_SCALE_AFTER = re.compile(
    r"(?:\s?(?P<abbr>bn|mn|mln|tn)|(?P<letter>[kmbtKMBT])|[\s-](?P<word>thousand|million|"
    r"billion|trillion)s?)(?![\w])",
)
_CURRENCY_AFTER = re.compile(
    r"\s(?P<cur>dollars?|euros?|pounds?(?!\s+of\b)|yen|rupees|USD|EUR|GBP)\b", re.IGNORECASE
)
_PERCENT_AFTER = re.compile(
    r"\s?(?P<pct>%|percent\b|per\s?cent\b|pct\b)|\s(?P<points>percentage[\s-]points?|"
    r"points?|ppts?|pp)\b|\s(?P<basis>basis\s+points?|bps)\b",
    re.IGNORECASE,
)
_RATIO_AFTER = re.compile(
    rf"\s+(?:in|out\s+of|of\s+every)\s+(?P<den>\d+|{'|'.join(_SMALL)}|hundred)\b", re.IGNORECASE
)
_POWER = re.compile(r"\s?(?:\^|\*\*)\s?(\d{1,6})\b")
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_NOUN = re.compile(r"\s+(?:of\s+)?(?:(?:new|more|additional|extra|other|full-time|local)\s+)?"
                   r"([A-Za-z][a-z\-]+)")  # fmt: skip
_WEIGHED = re.compile(r"\bweigh|\bheav|\bpayload|\bload of\b", re.IGNORECASE)
_NOT_NOUNS = frozenset(
    """
    and or to in of the a an per percent from by at on for with than as is are was were
    will would that this these those million billion thousand trillion more less times
    between
    """.split()  # noqa: SIM905 - a word list reads best as running text
)
_MONEY_CONTEXT = re.compile(r"\s+(?:in\s+(?:revenue|sales|funding|profit|losses)|of\s+funding)")
_CLAUSE_END = re.compile(r"[.!?;]\s|[.!?;]$|\n")
_NAME = re.compile(r"\b[A-Z][\w'’&\-]*(?:\s+(?:[A-Z][\w'’&\-]*|of|de|van|von|al|la|&))*")
_NOT_NAMES = frozenset(
    """
    a an and are as at be but by for from he her his i in is it its of on or our she that the
    their they this to was we were will with you after before about according also although
    among as at last next meanwhile overall since some still then there these those until when
    while nearly almost more less just over under up down revenue revenues sales profit profits
    prices price shares share exports imports spending output wages rents costs inflation
    unemployment enrolment enrollment turnout attendance growth income debt deficit surplus
    temperatures temperature rainfall emissions production demand supply population officials
    analysts researchers experts residents voters workers employees staff students police
    company companies government ministers lawmakers it's that's q1 q2 q3 q4 h1 h2 celsius
    fahrenheit monday tuesday wednesday thursday friday saturday sunday usd eur gbp percent
    """.split()  # noqa: SIM905 - a word list reads best as running text
    + [month.lower() for month in MONTHS]
    # A hedge or a magnitude opening a sentence ("Around 800", "Thousands of") is no name.
    + [word for hedge in _HEDGES for word in hedge.split() if word != "north"]  # North Sea
    + [word for magnitude in _MAGNITUDES for word in magnitude.split()]
)
_PEOPLE = frozenset(
    """
    people persons person workers worker employees employee staff jobs job residents
    resident adults adult children child patients patient students student members member
    """.split()  # noqa: SIM905 - a word list reads best as running text
)

_DIGIT_MAP = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended Arabic-Indic (Persian)
        **{chr(0x0966 + i): str(i) for i in range(10)},  # Devanagari
        **{chr(0xFF10 + i): str(i) for i in range(10)},  # full-width
        "\u066b": ".", "\u066c": ",", "\uff0e": ".", "\uff0c": ",", "\uff05": "%",
        "\u066a": "%", "\uff04": "$", "\u2009": " ", "\u202f": " ", "\u00a0": " ",
    }
)  # fmt: skip
"""Digits of other scripts as ASCII, one character for one so every offset still holds."""
_OTHER_DIGITS = re.compile("[" + re.escape("".join(map(chr, _DIGIT_MAP))) + "]")
"""Whether a text needs `_DIGIT_MAP` at all: most do not, and translating costs 1 ms."""


# -- data -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quantity:
    """A figure read from text, with its place in the text and what it means."""

    kind: str
    """"money", "percent", "count", "measure", "duration", "year" or "date"."""
    value: float | str
    """The number in the units written; for dates a label: "2024-03-04", "2024-03",
    "--03-21", "2023-Q3", "2027-spring", "1990s"."""
    unit: str
    """Currency code for money ("" when unknown), "%" or "points" for percents, the counted
    noun for counts ("people"), the unit as shown for measures ("miles", "°F") and
    durations ("hours"), "" otherwise."""
    text: str
    start: int
    end: int
    precision: float = 1.0
    """The step of the last digit written, in the value's units: 1e8 for "$2.5 billion"."""
    qualifier: str = ""
    """A hedge written before the figure ("about", "more than"), lower case."""
    high: float | None = None
    """The top of a range ("between 10 and 12 million"); `value` is its bottom."""
    dimension: str = ""
    """For measures: "length", "mass", "volume", "speed", "temperature", "area"…"""
    factor: float = 1.0
    """Written unit to the dimension's base unit (km → 1000 m); durations in seconds."""
    per: str = ""
    """A rate: "day", "month", "year"…, or "person", "capita" for per-head figures."""
    change: str = ""
    """"up" or "down" when the figure is a change ("rose 3%", "a 3% drop"); "" for a level."""
    subject: str = ""
    """The name nearest before the figure in its clause, folded ("acme"), or ""."""
    topic: str = ""
    """For a change, the word for what changed when it is a common noun: "rent" in "rents
    rose 9%"; "" when not written or a name."""
    span: tuple[int, int] | None = None
    """Dates with a year: first and last month covered, counted as year * 12 + month - 1."""
    month_day: tuple[int, int, int] | None = None
    """Dates: first and last month of the year (1-12) and the day (0 when not given)."""
    scale: float = 1.0
    """The scale word written with the number: 1e6 for "12 million", 1 for "12"."""
    names: tuple[str, ...] = ()
    """Every name in the text the figure was read from, folded: what the text is about."""
    shape: str = "point"
    """"point" (one value), "range" (written as a range), "magnitude" ("thousands"),
    "ratio" ("one in five"), "fraction" ("a fifth")."""
    derived: str = ""
    """"" for a figure as written; "difference" or "relative" for a change worked out from
    two levels ("rose from 5% to 7%": 2 points, and 40%), whose text spans both."""
    former: bool = False
    """The level before a change the text states: 5% in "rose from 5% to 7%" (and in "rose
    to 7% from 5%").  A claim's level is not confirmed by it: "is 5%" may be of then or now."""

    def base(self, value: float | None = None) -> float:
        """The value (or `value` in the figure's units) in the family's base unit."""
        number = float(self.value) if value is None else value
        if self.dimension == "temperature" and self.unit == "°F":
            return (number - 32.0) * 5.0 / 9.0
        number *= self.factor
        if self.per in _PERIODS:
            return number / _PERIODS[self.per]
        return number / _per_count(self.per)

    def from_base(self, base: float) -> float:
        """A base-unit value in this figure's own units (the reader's, for a claim)."""
        if self.dimension == "temperature" and self.unit == "°F":
            return base * 9.0 / 5.0 + 32.0
        if self.per in _PERIODS:
            return base * _PERIODS[self.per] / self.factor
        return base * _per_count(self.per) / self.factor


@dataclass(frozen=True)
class NumberCheck:
    """One figure of a claim set against the passage: an answer and the reason for it."""

    claim: Quantity
    found: Quantity | None
    status: NumberStatus
    how: NumberHow

    @property
    def claim_value(self) -> str:
        return self.claim.text

    @property
    def passage_value(self) -> str | None:
        return self.found.text if self.found else None

    @property
    def result(self) -> NumberResult:
        """The check as plain data, both values in the claim's units."""
        claim, found = self.claim, self.found
        numeric = isinstance(claim.value, float) and (
            found is None or isinstance(found.value, float)
        )
        source_value = None
        # Points and a percent change have no common unit to give the source's value in.
        if numeric and found is not None and self.how != "units":
            source_value = claim.from_base(found.base())
        converted = bool(
            found is not None
            and self.how != "units"
            and numeric
            and (found.unit != claim.unit or found.per != claim.per)
            and claim.kind in ("measure", "duration", "money", "count", "percent")
            and (claim.dimension or claim.per or found.per or claim.kind == "duration")
        )
        return NumberResult(
            status=self.status,
            how=self.how,
            claim=_written(claim),
            source=_written(found) if found else None,
            kind=claim.kind,
            unit=claim.unit,
            claim_value=float(claim.value) if numeric else None,
            source_value=source_value,
            converted=converted,
            per=claim.per,
            claim_direction=claim.change,
            source_direction=found.change if found else "",
            claim_derived=bool(claim.derived),
            source_derived=bool(found and found.derived),
        )


def _written(quantity: Quantity) -> str:
    """The figure with its hedge, as the reader should see it: "just over $1 billion"."""
    return f"{quantity.qualifier} {quantity.text}" if quantity.qualifier else quantity.text


# -- reading --------------------------------------------------------------------------------


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in `text`, in order; digits inside dates are not counted twice.

    Never raises: a figure too large for a float (10^400) is left out rather than read as
    infinity, and digits of other scripts (Arabic-Indic, full-width) read as digits.
    """
    if not text or not _may_hold_figures(text):
        return []
    plain = text.translate(_DIGIT_MAP) if _OTHER_DIGITS.search(text) else text
    directions = _Directions(plain)  # read when a figure asks, so a text with none costs little
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for match in _DATE.finditer(plain):
        quantity = _date(match)
        if quantity is not None:
            found.append(quantity)
            taken.append((match.start(), match.end()))
    position, next_date = 0, 0
    while True:
        match = _CORE.search(plain, position)
        if match is None:
            break
        position = match.end()
        while next_date < len(taken) and taken[next_date][1] <= match.start():
            next_date += 1
        if next_date < len(taken) and taken[next_date][0] < match.end():
            continue  # digits of a date already read
        quantity = _figure(plain, match, directions)
        if quantity is not None:
            found.append(quantity)
            position = max(position, quantity.end)
        elif power := _POWER.match(plain, match.end()):
            position = power.end()  # "10^400" left out whole: its "400" is no figure
    found.extend(_half_durations(plain, found))
    found.sort(key=lambda q: q.start)
    found = _with_changes(plain, _gapped(plain, _join_ranges(plain, found)), directions)
    if not found:
        return []
    names = _Names(plain)
    every = tuple(sorted({name for _, _, name in names.spans}))
    return [_placed(q, text[q.start : q.end], names.subject(q.start, q.end), every) for q in found]


def _placed(quantity: Quantity, text: str, subject: str, names: tuple[str, ...]) -> Quantity:
    """`replace(quantity, text=…, subject=…, names=…)` without `replace`'s checks, which
    cost a tenth of the time of reading a long source: a copy of the fields, three set."""
    placed = object.__new__(Quantity)
    fields = placed.__dict__
    fields.update(quantity.__dict__)
    fields["text"], fields["subject"], fields["names"] = text, subject, names
    return placed


_ANY_DIGIT = re.compile(r"\d")
_FIGURE_WORDS = frozenset(
    [*_SMALL, *_WORD_SCALES, *_FRACTIONS, "hundred", "dozen"]
    + [magnitude.split()[0] for magnitude in _MAGNITUDES]
    + [month.lower() for month in MONTHS]
)
"""Every word a figure or date can start with, lower case: a text with none of them and no
digit holds no figure."""


def _may_hold_figures(text: str) -> bool:
    """False only when `text` cannot hold a figure: no digit of any script and none of the
    words a figure starts with.  Most sentences of a source have none, and this costs a
    fifth of searching them.  Only plain ASCII text is judged so (case folds there exactly
    as the patterns fold it); other text is always read."""
    if not text.isascii() or _ANY_DIGIT.search(text):
        return True
    return not _FIGURE_WORDS.isdisjoint(_WORD_RUN.findall(text.lower()))


_HALF_UNITS = "second|minute|hour|day|week|fortnight|month|year|decade"
_HALF_DURATION = re.compile(
    rf"\b(?:(?:an?|one)\s+(?P<whole>{_HALF_UNITS})\s+and\s+a\s+half"
    rf"|half\s+an?\s+(?P<half>{_HALF_UNITS}))\b",
    re.IGNORECASE,
)


def _half_durations(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "an hour and a half" (1.5 hours) and "half an hour" (0.5): durations written in
    words, which the number reader leaves alone ("a" is no figure, "half" one only of
    something).  "a year" alone stays unread: "a year earlier" is no figure."""
    durations = []
    for match in _HALF_DURATION.finditer(text):
        if any(q.start < match.end() and match.start() < q.end for q in found):
            continue
        unit = (match["whole"] or match["half"]).lower()
        value = 1.5 if match["whole"] else 0.5
        durations.append(
            Quantity("duration", value, unit + "s", "", match.start(), match.end(), 0.5,
                     dimension="duration", factor=_DURATIONS[unit])
        )  # fmt: skip
    return durations


def _date(match: re.Match[str]) -> Quantity | None:
    """A date, as a span of months when its year is known, else as months and day."""
    group = match.lastgroup
    day = 0
    if group == "iso":
        year, first, day = int(match["iy"]), int(match["im"]), int(match["id"])
        if not (1 <= first <= 12 and 1 <= day <= 31):
            return None
        label, last = f"{year:04d}-{first:02d}-{day:02d}", first
    elif group in ("mdy", "dmy"):
        first = last = MONTHS[match["m1"] or match["m2"]]
        day = int(match["d1"] or match["d2"])
        year_text = match["y1"] or match["y2"]
        if not 1 <= day <= 31:
            return None
        if not year_text:
            return _dated(match, f"--{first:02d}-{day:02d}", None, (first, first, day))
        year = int(year_text)
        label = f"{year:04d}-{first:02d}-{day:02d}"
    elif group == "my":
        year, first = int(match["y3"]), MONTHS[match["m3"]]
        label, last = f"{year:04d}-{first:02d}", first
    elif group in ("q", "qq"):
        number = (
            _ORDINAL_QUARTER[match["qn"].lower()]
            if match["qn"]
            else int(match["qqn"] or match["qqn2"])
        )
        year = int(match["qy"] or match["qqy"] or match["qqy2"])
        first, last = 3 * number - 2, 3 * number
        label = f"{year:04d}-Q{number}"
    elif group == "h":
        half = 1 if (match["hn"] or "").lower() == "first" or match["hn2"] == "1" else 2
        year = int(match["hy"] or match["hy2"])
        first, last = (1, 6) if half == 1 else (7, 12)
        label = f"{year:04d}-H{half}"
    elif group == "s":
        season = match["sn"].lower()
        year = int(match["sy"])
        low, high = _SEASONS[season]
        if season == "winter":  # December of the year before to February
            return _dated(match, f"{year:04d}-winter", (year * 12 - 1, year * 12 + 1), (1, 12, 0))
        first, last = low, high
        label = f"{year:04d}-{season}"
    elif group == "dec":
        if match["decy"]:
            start = int(match["decy"])
        else:
            tens = int(match["decs"])
            start = (1900 if tens >= 30 else 2000) + tens
        return _dated(match, f"{start}s", (start * 12, (start + 9) * 12 + 11), None)
    elif group == "mo":
        # A month alone counts after "in", "since", "by"…: "in March", not "March" the verb.
        if not _MONTH_LEAD.search(match.string, max(0, match.start() - 9), match.start()):
            return None
        first = last = MONTHS[match["m4"]]
        return _dated(match, f"--{first:02d}", None, (first, first, 0))
    else:
        return None
    span = (year * 12 + first - 1, year * 12 + last - 1)
    return _dated(match, label, span, (first, last, day))


def _dated(
    match: re.Match[str],
    label: str,
    span: tuple[int, int] | None,
    month_day: tuple[int, int, int] | None,
    *,
    start: int | None = None,
) -> Quantity:
    begin = match.start() if start is None else start
    text = match.group()[begin - match.start() :]
    if text.lower().startswith("the "):
        begin += 4
    return Quantity("date", label, "", "", begin, match.end(), span=span, month_day=month_day)


def _figure(text: str, match: re.Match[str], directions: _Directions) -> Quantity | None:
    start, end = match.span()
    shape = "point"
    if match["mag"]:
        words = " ".join(match["mag"].lower().split())
        low, high = _MAGNITUDES[words]
        value, precision, fraction = low, 1.0, None
        shape = "magnitude"
    elif match["digits"]:
        raw = match["digits"]
        value, precision = _digits(raw)
        fraction = None
        power = _POWER.match(text, end)
        if power:
            value = _power(value, int(power.group(1)))
            end = power.end()
    else:
        read = _words(match["words"])
        if read is None:
            return None
        value, precision, fraction, used = read
        end = start + used
    if not math.isfinite(value):
        return None
    before = text[max(0, start - 60) : start]
    currency = ""
    sign = 1.0
    cur = _CURRENCY_BEFORE.search(before[-6:])
    if cur:
        currency = _CURRENCIES.get(cur["cur"].strip().lower(), "")
        start -= len(cur.group())
        if cur["sign"]:
            sign = -1.0
        before = text[max(0, start - 60) : start]
    elif _SIGN_BEFORE.search(before[-2:]):
        sign = -1.0
        start -= 1
        before = text[max(0, start - 60) : start]
    scale = 1.0
    if shape == "magnitude":
        high_value = _MAGNITUDES[" ".join(match["mag"].lower().split())][1]
    else:
        high_value = None
        scaled = _SCALE_AFTER.match(text, end)
        if scaled and fraction is None:
            letter = scaled["letter"]
            word = (scaled["abbr"] or letter or scaled["word"] or "").lower()
            factor = _ABBREVIATED.get(word) or _WORD_SCALES.get(word, 1.0)
            if (
                letter
                and letter.lower() in "mbt"
                and not currency
                and not _MONEY_CONTEXT.match(text, scaled.end())
            ):
                return None  # "5m" may be metres and "3t" tonnes: letters scale only money
            scale = factor
            end = scaled.end()
    value *= scale * sign
    precision *= scale
    if high_value is not None:
        high_value *= sign
    kind, unit, dimension, factor, per = "count", "", "", 1.0, ""
    after_currency = _CURRENCY_AFTER.match(text, end)
    weighed = _weighed(before)
    if after_currency and after_currency["cur"].lower().startswith("pound") and weighed:
        after_currency = None  # "weighed 26,500 pounds": a weight, not sterling
    if after_currency and not currency and shape != "ratio":
        currency = _CURRENCIES.get(after_currency["cur"].lower(), "")
        end = after_currency.end()
    if shape == "magnitude" and not currency:
        dollars = re.match(r"\s+of\s+(dollars|euros|pounds)\b", text[end:], re.IGNORECASE)
        if dollars:
            currency = _CURRENCIES[dollars.group(1).lower()]
            end += dollars.end()
    percent = _PERCENT_AFTER.match(text, end)
    ratio = _RATIO_AFTER.match(text, end) if not currency and not percent else None
    if fraction is not None:
        if _OF_AFTER.match(text, end) or percent:
            # "a third" is a share written loosely: 30-37%, as "one in three" is.
            kind, unit, value, shape = "percent", "%", fraction * 100, "fraction"
            precision = 20.0 * fraction if fraction <= 0.5 else 20.0 * (1 - fraction)
        else:
            return None
    elif currency:
        kind, unit = "money", currency
    elif percent:
        if percent["basis"]:
            kind, unit, value, precision = "percent", "points", value / 100, precision / 100
        else:
            kind, unit = "percent", "%" if percent["pct"] else "points"
        end = percent.end()
    elif ratio and shape == "point":
        denominator = _ratio_denominator(ratio["den"])
        if denominator and 0 < value < denominator <= 1000:
            kind, unit, shape = "percent", "%", "ratio"
            value = value / denominator * 100
            precision = 20.0 / denominator  # "one in five" reads as 18–22%
            end = ratio.end()
    if kind == "count":
        measured = _measure(text, end, value, weighed)
        if measured is not None:
            kind, unit, dimension, factor, end, value = measured
        elif shape == "point" and _looks_like_year(match, value, scale):
            return Quantity("year", value, "", "", start, end, 1.0, span=_year_span(value))
        elif match["words"] and value == 1 and not (scale != 1.0 or high_value):
            return None  # "one", "a" alone are articles or pronouns far more often
    if kind == "count":
        noun = _NOUN.match(text, end)
        unit = noun.group(1).lower() if noun else ""
        if unit in _NOT_NOUNS:
            unit = ""
    if kind != "date":
        rate = _RATE_RE.match(text, end)
        if rate and (kind != "duration" or rate["period"] or rate["adverb"]):
            period = rate["period"] or rate["slash"] or rate["adverb"] or ""
            per = _ADVERB_PERIODS.get(period.lower(), period.lower())
            if rate["noun"] or rate["item"]:
                per = _canonical_per(rate["noun"] or rate["item"])
            if not rate["gap"].strip() or per[:1].isdigit():
                end = rate.end()  # "5 cases per 1,000 residents": the 1,000 is not a figure
    qualifier, unhedged = ("", before) if kind == "duration" else _hedge(before)
    # "rise by up to 12%": the hedge's own "up" is no verb of change, nor its "to" a level.
    window = max(0, start - 60)  # where `before` begins
    change = "" if kind == "duration" else _change(text, start, end, unhedged, directions, window)
    topic = _topic(unhedged) if change else ""
    return Quantity(
        kind, value, unit, "", start, end, precision, qualifier, high_value, dimension,
        factor, per, change, topic=topic, scale=scale, shape=shape,
    )  # fmt: skip


def _power(base: float, exponent: int) -> float:
    """ "10^400" as a number when a float holds it, else infinity (and so left out)."""
    try:
        return float(base**exponent)
    except OverflowError:
        return math.inf


def _digits(raw: str) -> tuple[float, float]:
    digits = raw.replace(",", "")
    decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
    try:
        value = float(digits)
    except (OverflowError, ValueError):
        return math.inf, 1.0
    return value, 10.0**-decimals


def _words(phrase: str) -> tuple[float, float, float | None, int] | None:
    """A number written in words: (value, precision, fraction or None, characters used).

    "twelve hundred" is 1,200, "two and a half million" 2.5 million, "half a million"
    500,000, "a dozen" 12; "a fifth" and "two-thirds" are fractions (of something).
    """
    tokens = [(m.group().lower(), m.end()) for m in re.finditer(r"[A-Za-z]+", phrase)]
    while tokens and tokens[-1][0] in ("a", "an", "and"):
        tokens.pop()
    if not tokens:
        return None
    total, current, fraction, seen, used = 0.0, 0.0, None, False, 0
    pending_one = False
    for index, (word, stop) in enumerate(tokens):
        if word in ("a", "an"):
            pending_one = True
            continue
        if word == "and":
            continue
        if word in _SMALL:
            current += _SMALL[word]
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word == "dozen":
            current = (current or 1.0) * 12
        elif word in _WORD_SCALES:
            total += (current or 1.0) * _WORD_SCALES[word]
            current = 0.0
        elif word in _FRACTIONS:
            denominator = _FRACTIONS[word]
            following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
            if current and pending_one:  # "two and a half", "one and a quarter"
                current += 1.0 / denominator
            elif following in ("a", "an") or following in _WORD_SCALES:
                current = (current or 1.0) / denominator  # "half a million"
            elif current and not pending_one and word.endswith("s") or current == 1:
                fraction = (current or 1.0) / denominator  # "two-thirds", "one third"
                current = 0.0
            else:
                fraction = 1.0 / denominator  # "a fifth", "half"
                current = 0.0
        else:
            break
        seen = True
        pending_one = False
        used = stop
    value = total + current
    if not seen:
        return None
    if fraction is not None:
        return fraction, 1.0, fraction, used
    return value, 1.0, None, used


def _ratio_denominator(word: str) -> float | None:
    lower = word.lower()
    if lower.isdigit():
        return float(lower)
    if lower == "hundred":
        return 100.0
    return float(_SMALL[lower]) if lower in _SMALL else None


def _looks_like_year(match: re.Match[str], value: float, scale: float) -> bool:
    raw = match["digits"] or ""
    return bool(raw) and len(raw) == 4 and raw.isdigit() and scale == 1.0 and 1800 <= value <= 2099


def _weighed(before: str) -> bool:
    """Whether the words before the figure speak of weight ("weighed 26,500 pounds"); the
    words are looked for as plain text first, which spares most figures the search."""
    folded = before.casefold()
    if not any(word in folded for word in ("weigh", "heav", "payload", "load of")):
        return False
    return bool(_WEIGHED.search(before))


def _year_span(value: float) -> tuple[int, int]:
    year = int(value)
    return year * 12, year * 12 + 11


def _measure(
    text: str, end: int, value: float, weighed: bool = False
) -> tuple[str, str, str, float, int, float] | None:
    """A unit after the figure: (kind, unit shown, dimension, factor, new end, value)."""
    if weighed:
        pounds = re.match(r"[\s-]?(?:pounds?|lbs?)\b", text[end : end + 8], re.IGNORECASE)
        if pounds:
            return "measure", "pounds", "mass", 0.45359237, end + pounds.end(), value
    temperature = _TEMPERATURE.match(text, end)
    if temperature:
        scale = temperature["scale"][0].upper()
        unit = "°F" if scale == "F" else "°C"
        return "measure", unit, "temperature", 1.0, temperature.end(), value
    unit_match = _UNIT_RE.match(text, end)
    if unit_match and unit_match.lastgroup:
        index = int(unit_match.lastgroup[1:])
        written = unit_match.group(unit_match.lastgroup)
        if written.lower() in _CASE_SENSITIVE_UNITS and written not in (written.lower(), "L"):
            return None
        _, dimension, factor, shown = _UNITS[index]
        return "measure", shown, dimension, factor, unit_match.end(), value
    duration = _DURATION_RE.match(text, end)
    if duration:
        word = duration["unit"].lower().rstrip("s") or "s"
        seconds = _DURATIONS.get(word, _DURATIONS.get(word[:3], 1.0))
        total = value * seconds
        stop = duration.end()
        shown = duration["unit"].lower()
        more = re.match(
            r"(?:,?\s+and)?\s+(\d+(?:\.\d+)?)\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?"
            r"|weeks?|months?)\b",
            text[stop:],
            re.IGNORECASE,
        )
        if more:
            part = more.group(2).lower().rstrip("s")
            total += float(more.group(1)) * _DURATIONS.get(part, _DURATIONS.get(part[:3], 1.0))
            stop += more.end()
            shown = more.group(2).lower()
            seconds = _DURATIONS.get(part, _DURATIONS.get(part[:3], 1.0))
        return "duration", _plural(shown), "duration", seconds, stop, total / seconds
    return None


def _plural(unit: str) -> str:
    return unit if unit.endswith("s") else unit + "s"


def _canonical_per(written: str) -> str:
    """A denominator as compared: "1,000 residents" stays as written, "capita", "head" and
    "people" are "person", a plural noun is singular ("visitors" → "visitor")."""
    words = written.lower().replace(",", "").split()
    number = 0.0
    if words[0][:1].isdigit():
        number = float(words.pop(0))
    if words and words[0] in _WORD_SCALES:  # "per million", "per 1.5 million people"
        number = (number or 1.0) * _WORD_SCALES[words.pop(0)]
    count = ""
    if number > 0 and math.isfinite(number):
        count = f"{number:,.0f}" if number == int(number) else f"{number:,}"
    noun = " ".join(words)
    if noun in _PER_PERSON:
        noun = "person" if not count else "people"
    elif not count and noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        noun = noun[:-1]
    return f"{count} {noun}".strip()


def _per_count(per: str) -> float:
    """How many the denominator counts: 1,000 in "per 1,000 residents", else 1."""
    if not per[:1].isdigit():
        return 1.0
    try:
        count = float(per.split()[0].replace(",", ""))
    except ValueError:
        return 1.0
    return count if count > 0 and math.isfinite(count) else 1.0


def _per_noun(per: str) -> str:
    """What the denominator counts, whatever its number: "resident" for "1,000 residents"."""
    noun = " ".join(per.split()[1:]) if per[:1].isdigit() else per
    if noun in _PER_PERSON:
        return "person"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3 else noun


def _hedge(before: str) -> tuple[str, str]:
    """The hedge ending `before`, lower case, and `before` without it."""
    tail = before[-30:]
    words = tail.split()
    if not words or not tail[-1].isspace() or not words[-1].casefold().endswith(_HEDGE_LAST):
        return "", before  # no hedge's last word just before the figure: no hedge
    match = _HEDGE_RE.search(tail)
    if match is None:
        return "", before
    return " ".join(match["hedge"].lower().split()), before[
        : len(before) - len(tail) + match.start()
    ]


def _change(
    text: str, start: int, end: int, before: str, directions: _Directions, window: int
) -> str:
    """ "up"/"down" when the figure is the size of a change, "" when it is a level.
    `before` is the text from `window` on, up to the figure or its hedge."""
    after = _CHANGE_AFTER.match(text, end)
    if after:
        return _CHANGE_NOUNS[after["word"].lower()]
    if not directions.within(window, window + len(before)):
        return ""
    clause = re.split(r"[.;:!?]|,\s|\d", before)[-1]
    found = list(_DIRECTION_RE.finditer(clause))
    if not found:
        return ""
    last = found[-1]
    between = clause[last.end() :].lower()
    between = _HEDGE_RE.sub("", between + " ").strip()
    between = re.sub(r"[$€£¥₹]|us\$", "", between).strip()
    words = between.split()
    if words and words[0] in ("to", "at", "from"):
        return ""  # "rose to 3%": the level reached
    if words and words[0] == "by":
        words = words[1:]
    if words:
        return ""  # "the climb took 4 hours": a noun, not a verb of change
    return DIRECTIONS[last.group().lower()]


def _gapped(text: str, found: list[Quantity]) -> list[Quantity]:
    """In "sales rose 5%, profits 2%" the second figure is a change too, its verb left out."""
    figures = [i for i, q in enumerate(found) if q.kind not in ("year", "date")]
    for before, index in zip(figures, figures[1:], strict=False):
        previous, quantity = found[before], found[index]
        if quantity.change or not previous.change or previous.kind != quantity.kind:
            continue
        between = text[previous.end : quantity.start]
        for dated in found[before + 1 : index]:
            between = between.replace(text[dated.start : dated.end], "")
        if re.search(r"[.;!?]|\b(?:to|at|from|of|is|was|were|are|has|had|have)\b", between):
            continue
        if _DIRECTION_RE.search(between) or len(between.split()) > 4:
            continue
        found[index] = replace(quantity, change=previous.change)
    return found


_AUXILIARIES = re.compile(
    r"([A-Za-z][A-Za-z'’]*)\s+(?:(?:has|have|had|was|were|is|are|will|would|also|been|have|then|"
    r"sharply|steadily|slightly|further|go|goes|went|gone|going)\s+)*$"
)
_NOT_TOPICS = frozenset(
    """
    it they which that who this these those and but also then what there he she we i
    """.split()  # noqa: SIM905 - a word list reads best as running text
)


def _topic(before: str) -> str:
    """The common noun just before the verb of a change: "rent" for "Rents rose 9%"."""
    clause = re.split(r"[.;:!?]|,\s|\d", before)[-1]
    found = list(_DIRECTION_RE.finditer(clause))
    if not found:
        return ""
    word = _AUXILIARIES.search(clause[: found[-1].start()])
    if word is None:
        return ""
    noun = word.group(1)
    if "'" in noun or "’" in noun:
        return ""  # "while Kelvo's rose 6%": whose figure, not what changed
    lead = before[: len(before) - len(clause) + word.start()].rstrip(" \"'“‘")
    opens = not lead or lead[-1] in ".!?\n"  # the word starts its sentence
    plural = noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3
    # "Rents" or "Tolls" starting a sentence is capitalised for that: a plural there is a
    # common noun far more often than a name.
    common = noun.islower() or noun.lower() in _NOT_NAMES or (opens and plural)
    noun = noun.lower()
    if not common or noun in _NOT_TOPICS or noun in DIRECTIONS:
        return ""
    return noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun


def _join_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "3–5%", "between 10 and 12 million", "15%-20%", "from 10 to 12": one figure each."""
    joined: list[Quantity] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        merged = _range(text, first, second) if second is not None else None
        if merged is not None:
            joined.append(merged)
            index += 2
        else:
            joined.append(first)
            index += 1
    return joined


_RANGE_GAPS = frozenset(["-", "–", "—", "to", "and"])


def _range(text: str, low: Quantity, high: Quantity) -> Quantity | None:
    gap = text[low.end : high.start]
    if gap.strip() not in _RANGE_GAPS:
        return None  # what every range below has between its ends, found cheaply
    before = text[max(0, low.start - 12) : low.start].lower()
    dash = re.fullmatch(r"\s*[-–—]\s*|\s+to\s+", gap)
    between = re.search(r"between\s+$", before)
    if not (dash or (between and re.fullmatch(r"\s+and\s+", gap))):
        return None
    lead = text[max(0, low.start - 40) : low.start]
    if re.search(r"from\s+$", before) and _DIRECTION_RE.search(lead):
        return None  # "rose from 5% to 7%": two levels, not a range
    if isinstance(low.value, str) or isinstance(high.value, str):
        return None
    if low.kind == "year" and high.kind == "year" and low.span and high.span:
        label = f"{int(float(low.value))}–{int(float(high.value))}"
        span = (low.span[0], high.span[1])
        return replace(low, kind="date", value=label, end=high.end, span=span, month_day=None)
    bottom, precision = float(low.value), low.precision
    kind, unit = high.kind, high.unit
    if low.kind == "count" and not low.unit:
        # "3–5%", "10 to 12 million": the first figure takes the second's unit and scale.
        if low.scale == 1.0 and high.scale > 1.0:
            bottom, precision = bottom * high.scale, precision * high.scale
    elif low.kind == "money" and high.kind == "count":
        kind, unit = "money", low.unit  # "$10-12 million"
        if low.scale == 1.0 and high.scale > 1.0:
            bottom, precision = bottom * high.scale, precision * high.scale
    elif (low.kind, low.unit, low.dimension) != (high.kind, high.unit, high.dimension):
        return None
    top = float(high.value)
    if not bottom < top:
        return None
    return replace(
        high,
        kind=kind,
        unit=unit,
        value=bottom,
        high=top,
        start=low.start - (len(between.group()) if between else 0),
        precision=min(precision, high.precision),
        qualifier=low.qualifier,
        change=low.change or high.change,
        shape="range",
    )


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_FROM_BETWEEN = re.compile(r"[\s,]*from\s+", re.IGNORECASE)
_TO_BETWEEN = re.compile(
    r"[\s,]*(?:(?:in|by|during|at|the|end|of|last|this|year|a|ago)[\s,]+)*to\s+", re.IGNORECASE
)


def _with_changes(text: str, found: list[Quantity], directions: _Directions) -> list[Quantity]:
    """Add the change that "rose from 5% to 7%" states, as a checker works it out: 2
    percentage points, and 40%; "fell from $3 to $2": $1, and 33%.  Only after a word of
    movement: "went from 10 to 12" is read as a range."""
    figures = [q for q in found if q.kind not in ("year", "date")]
    derived = []
    formers: set[int] = set()
    for low, high in zip(figures, figures[1:], strict=False):
        if low.change or high.change or low.derived or high.derived:
            continue
        lead = text[max(0, low.start - 60) : low.start]
        if not directions.within(low.start - len(lead), low.start):
            continue  # no word of movement before: no change stated (cheap test first)
        clause = re.split(r"[.;!?]\s|\n", lead)[-1]
        if not directions.within(low.start - len(clause), low.start):
            continue
        between = text[low.end : high.start]
        for dated in found:
            if dated.kind in ("year", "date") and low.end <= dated.start < high.start:
                between = between.replace(text[dated.start : dated.end], " ")
        if _FROM_BEFORE.search(lead) and _TO_BETWEEN.fullmatch(between):
            changes = _changes_between(text, low, high, lead)
            if changes:
                derived += changes
                formers.add(id(low))
        elif (to := _TO_BEFORE.search(lead)) and _FROM_BETWEEN.fullmatch(between):
            # "slipped to 61% from 64%": the same two levels, the end written first.
            tail = text[max(0, high.start - 60) : high.start]
            changes = _changes_between(text, high, low, tail)
            if changes:
                derived += [
                    replace(change, start=low.start - len(to.group()), end=high.end,
                            topic=_topic(lead))
                    for change in changes
                ]  # fmt: skip
                formers.add(id(high))
    if not derived:
        return found
    found = [replace(q, former=True) if id(q) in formers else q for q in found]
    return sorted(found + derived, key=lambda q: (q.start, q.end))


def _changes_between(text: str, low: Quantity, high: Quantity, lead: str) -> list[Quantity]:
    bottom, precision = float(low.value), low.precision
    if low.kind == "count" and not low.unit:
        # "from 5 to 7 million", "from 5 to 7%": the first takes the second's unit and scale.
        if low.scale == 1.0 and high.scale > 1.0:
            bottom, precision = bottom * high.scale, precision * high.scale
    elif (low.kind, low.unit, low.dimension, low.per) != (
        high.kind,
        high.unit,
        high.dimension,
        high.per,
    ):
        return []
    if high.dimension == "temperature" or low.high is not None or high.high is not None:
        return []
    top = float(high.value)
    gap = top - bottom
    if gap == 0 or not math.isfinite(gap):
        return []
    change = "up" if gap > 0 else "down"
    start = low.start - len(_FROM_BEFORE.search(lead).group())
    unit = "points" if high.kind == "percent" and high.unit == "%" else high.unit
    common = dict(
        text="", start=start, end=high.end, qualifier="", high=None, change=change,
        topic=_topic(lead), scale=1.0, shape="point",
    )  # fmt: skip
    found = [
        replace(high, value=abs(gap), unit=unit, precision=max(precision, high.precision),
                derived="difference", **common)  # type: ignore[arg-type]
    ]  # fmt: skip
    if bottom > 0 and top > 0:
        relative = abs(gap) / bottom * 100
        found.append(
            Quantity("percent", relative, "%", "", start, high.end, 1e-9, derived="relative",
                     change=change, topic=_topic(lead))
        )  # fmt: skip
    return found


_COMMON_OPENERS = frozenset(
    """
    rent rents tenants renters landlords homeowners owners buyers sellers households families
    fares fees bills taxes tax tuition tickets passengers drivers customers users visitors
    tourists shoppers patients pupils teachers nurses doctors farmers consumers savers
    borrowers investors mortgages loans pensions benefits salaries pay
    """.split()  # noqa: SIM905 - a word list reads best as running text
)
"""Common nouns that often open a sentence about a figure ("Rent rose to $1,000", "Tenants
pay $1,000"): capitalised there for starting it, not names."""


def _opens_sentence(text: str, start: int) -> bool:
    lead = text[:start].rstrip(" \"'“‘(")
    return not lead or lead[-1] in ".!?\n:"


def _sentence_case(text: str, match: re.Match[str], lower: set[str]) -> bool:
    """A word capitalised only for opening its sentence: a common noun of the word list, or
    one the same text also writes in lower case ("Rent rose … the rent is …"); `lower` is
    the text's lower-case words."""
    folded = match.group().lower()
    if folded not in _COMMON_OPENERS and (len(folded) < 3 or folded not in lower):
        return False
    return _opens_sentence(text, match.start())


def _name_spans(text: str) -> list[tuple[int, int, str]]:
    """Capitalised names in the text, folded, minus words capitalised only for starting a
    sentence and words that are not names (months, units, "Revenue")."""
    names = []
    lower: set[str] | None = None
    for match in _NAME.finditer(text):
        words = match.group().split()
        begin = match.start()
        if len(words) == 1:
            if lower is None:
                lower = {word for word in _WORD_RUN.findall(text) if word.islower()}
            if _sentence_case(text, match, lower):
                continue
        while words and words[0].lower().strip("'’") in _NOT_NAMES:
            begin += len(words[0]) + 1
            words.pop(0)
        while words and words[-1].lower() in ("of", "de", "van", "von", "al", "la", "&"):
            words.pop()
        stop = begin + len(" ".join(words))
        if words and (len(words) > 1 or len(words[0]) > 1) and text[stop : stop + 1] != "$":
            folded = " ".join(words).lower()
            names.append((begin, begin + len(" ".join(words)), folded))
    return names


class _Names:
    """The names of a text and its clause ends, found once, so each figure's subject is a
    lookup: the last name before it in its clause, else the first after it before any
    comma or clause end."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = _name_spans(text)
        self.starts = [start for start, _, _ in self.spans]
        self.ends = [end for _, end, _ in self.spans]
        self.clause_ends = [match.end() for match in _CLAUSE_END.finditer(text)]

    def subject(self, start: int, end: int) -> str:
        index = bisect.bisect_right(self.clause_ends, start)
        clause_start = self.clause_ends[index - 1] if index else 0
        before = bisect.bisect_right(self.ends, start)
        if before and self.starts[before - 1] >= clause_start:
            return self.spans[before - 1][2]
        after = bisect.bisect_left(self.starts, end)
        if after == len(self.spans):
            return ""
        limit = self.clause_ends[index] if index < len(self.clause_ends) else len(self.text)
        comma = self.text.find(",", end, limit)
        limit = comma if comma >= 0 else limit
        return self.spans[after][2] if self.ends[after] <= limit else ""


# -- comparing ------------------------------------------------------------------------------


def compare_numbers(claim_text: str, passage_text: str) -> list[NumberCheck]:
    """Each figure of the claim checked against the passage's figures about the same thing."""
    passage = find_quantities(passage_text)
    claim = find_quantities(claim_text)
    checks = []
    seen: set[tuple[str, float | str, str]] = set()
    for quantity in claim:
        key = (quantity.kind, quantity.value, quantity.unit)
        if key in seen or quantity.derived:
            continue
        seen.add(key)
        checks.append(check_quantity(quantity, passage))
    # A change the claim states as two levels ("rose from 5% to 7%") is checked as a change
    # only where the source lacks a level: "rose 2 points" then settles it.
    unsettled = [c.claim for c in checks if c.status == "missing"]
    for quantity in claim:
        if quantity.derived and any(quantity.start <= q.start < quantity.end for q in unsettled):
            check = check_quantity(quantity, passage)
            if check.status != "missing":
                checks.append(check)
    return checks


def check_quantity(claim: Quantity, passage: list[Quantity]) -> NumberCheck:
    """The claim's figure against the passage's: agrees, differs, or not in the source."""
    family = [q for q in passage if _same_family(claim, q)]
    if not family:
        across = [q for q in passage if _other_percent_unit(claim, q) and _same_thing(claim, q)]
        if across:
            # "rose 2 points" and "rose 2%": the same words, different changes.  Said so,
            # with the source's figure, rather than "no figure" (or ever "agrees").
            return NumberCheck(claim, min(across, key=lambda q: _distance(claim, q)), "missing",
                               "units")  # fmt: skip
        return NumberCheck(claim, None, "missing", "none")
    same = [q for q in family if _same_thing(claim, q)]
    if not claim.former and any(q.former for q in same):
        # "Support is 30%" against "support climbed from 30% to 36%": the claim's level may
        # be of then (agrees) or of now (differs), so the source's start level settles nothing.
        before = [q for q in same if q.former]
        same = [q for q in same if not q.former]
        agreeing = [q for q in before if _judge(claim, q)[0] == "agrees"]
        if agreeing:
            return NumberCheck(claim, agreeing[0], "missing", "former")
    if claim.former:
        # The claim's start level ("climbed from 30% to 36%") is checked against the source's
        # start level only: against its level now it would "differ" when the change agrees.
        same = [q for q in same if q.former]
    if not same:
        return NumberCheck(claim, None, "missing", "other")
    judged = [(_judge(claim, q), q) for q in same]
    order = {"agrees": 0, "differs": 1}
    judged.sort(
        key=lambda item: (
            0 if claim.subject and item[1].subject == claim.subject else 1,
            order[item[0][0]],
            _distance(claim, item[1]),
        )
    )
    (status, how), found = judged[0]
    return NumberCheck(claim, found, status, how)


def compatible(a: Quantity, b: Quantity) -> bool:
    """Whether two figures measure the same kind of thing and can be compared."""
    return _same_family(a, b) and _same_thing(a, b)


def _same_family(a: Quantity, b: Quantity) -> bool:
    kinds = {a.kind, b.kind}
    if kinds <= {"year", "date"}:
        # Only figures that state a common part compare: "2027" and "March 21" do not.
        if a.span is not None and b.span is not None:
            return True
        return (
            a.month_day is not None
            and b.month_day is not None
            and (a.span is None or b.span is None)
        )
    if kinds == {"money"}:
        return not a.unit or not b.unit or a.unit == b.unit
    if kinds == {"money", "count"}:
        # "2.5bn" written without a currency is read as the same money as "$2.5 billion".
        count = a if a.kind == "count" else b
        return count.precision >= 1000 and not count.unit
    if kinds == {"percent"}:
        return a.unit == b.unit
    if kinds == {"measure"}:
        return a.dimension == b.dimension
    return a.kind == b.kind


def _other_percent_unit(a: Quantity, b: Quantity) -> bool:
    """A change in percentage points against a percent change (either way round)."""
    return (
        a.kind == b.kind == "percent"
        and {a.unit, b.unit} == {"%", "points"}
        and bool(a.change)
        and bool(b.change)
    )


def _same_thing(a: Quantity, b: Quantity) -> bool:
    """Same rate, same kind of figure (change or level), same counted thing, same subject."""
    if a.kind in ("year", "date"):
        return True
    if (a.per in _PERIODS) != (b.per in _PERIODS):
        return False
    if a.per not in _PERIODS and _per_noun(a.per) != _per_noun(b.per):
        return False  # "$3 per visitor" is not "$3 per car", nor "$3"
    if bool(a.change) != bool(b.change):
        return False
    if a.kind == "count" and a.unit and b.unit and not _same_noun(a.unit, b.unit):
        return False
    if a.topic and b.topic and a.topic != b.topic:
        return False  # "rents rose 9%" is not "wages rose 9%"
    if b.subject and a.names:
        # About someone the claim does not name: another company's or team's figure.
        return any(_same_name(b.subject, name) for name in a.names)
    return not (a.subject and b.subject and not _same_name(a.subject, b.subject))


def _same_noun(a: str, b: str) -> bool:
    if any(a in group and b in group for group in _COUNTED_ALIKE):
        return True  # "jobs" and "positions": one thing counted under two words
    a, b = a.rstrip("s"), b.rstrip("s")
    return a == b or (a + "s" in _PEOPLE and b + "s" in _PEOPLE) or (a in _PEOPLE and b in _PEOPLE)


_COUNTED_ALIKE = tuple(
    frozenset(words.split())
    for words in (
        "job jobs position positions post posts role roles vacancy vacancies",
        "visitor visitors tourist tourists holidaymaker holidaymakers",
        "home homes house houses dwelling dwellings",
        "company companies firm firms business businesses",
    )
)
"""Nouns a report uses for one counted thing, one group a line: a count of "positions"
checks a claim of "jobs".  Only words that name the same thing; "vehicles" is not "cars"."""


def _same_name(a: str, b: str) -> bool:
    return a == b or bool(set(a.split()) & set(b.split()))


def _judge(claim: Quantity, found: Quantity) -> tuple[NumberStatus, NumberHow]:
    if claim.kind in ("year", "date") or found.kind in ("year", "date"):
        return _judge_dates(claim, found)
    if claim.change and found.change and claim.change != found.change:
        return "differs", "direction"
    converted = claim.unit != found.unit or claim.per != found.per
    c_low, c_high = _allowed(claim)
    s_low, s_high = _allowed(found)
    c_value, s_value = claim.base(), found.base()
    slack = 0.01 * abs(c_value) if converted else 0.0
    exact = math.isclose(c_value, s_value, rel_tol=1e-6, abs_tol=1e-9)
    point = found.shape in _POINTS and not found.qualifier
    claim_point = claim.shape in _POINTS and not claim.qualifier
    if point:
        if exact and claim_point and found.high is None:
            return "agrees", "converted" if converted else "exact"
        if c_low - slack <= s_value <= c_high + slack:
            if converted:
                return "agrees", "converted"
            return "agrees", _how_claim_allows(claim)
        if claim_point and s_low - slack <= c_value <= s_high + slack:
            return "agrees", "converted" if converted else "rounded"
        if claim.qualifier and math.isclose(c_value, s_value, rel_tol=0.1):
            return "differs", "outside-hedge"
        return "differs", "value"
    # The source's figure is itself hedged or a range.
    if c_low - slack <= s_low and s_high <= c_high + slack:
        return "agrees", "converted" if converted else _how_claim_allows(claim)
    loose = _HEDGES.get(found.qualifier, "") in ("", "about")
    near_point = claim_point or _HEDGES.get(claim.qualifier) == "about"
    if near_point and s_low <= c_value <= s_high and loose:
        return "agrees", "converted" if converted else ("hedge" if found.qualifier else "range")
    if s_high < c_low - slack or s_low > c_high + slack:
        return "differs", "value"
    return "differs", "unsettled"


_POINTS = ("point", "fraction", "ratio")


def _how_claim_allows(claim: Quantity) -> NumberHow:
    if claim.qualifier:
        return "hedge"
    return "range" if claim.shape in ("range", "magnitude") else "rounded"


def _allowed(quantity: Quantity) -> tuple[float, float]:
    """The values a figure allows, in base units: its hedge, its range or its rounding."""
    value = float(quantity.value)
    high = quantity.high if quantity.high is not None else value
    magnitude = abs(value)
    rounding = min(quantity.precision / 2, 0.05 * magnitude)
    if quantity.shape in ("ratio", "fraction"):
        rounding = quantity.precision / 2  # "one in five", "a third": loose by nature
    hedge = _HEDGES.get(quantity.qualifier, "")
    tiny = 1e-9 * max(magnitude, 1.0)
    if hedge == "about":
        step = max(quantity.precision, _significant_step(value))
        allowance = min(step / 2, 0.1 * magnitude)
        low, top = value - allowance, high + allowance
    elif hedge == "nearly":
        low, top = value - 0.1 * magnitude, value
    elif hedge == "just-over":
        low, top = value + tiny, value + 0.1 * magnitude
    elif hedge == "just-under":
        low, top = value - 0.1 * magnitude, value - tiny
    elif hedge == "above":
        low, top = value + tiny, math.inf
    elif hedge == "at-least":
        low, top = value, math.inf
    elif hedge == "below":
        low, top = -math.inf, value - tiny
    elif hedge == "at-most":
        low, top = -math.inf, high
    else:
        low, top = value - rounding, high + rounding
    return _base_bound(quantity, low), _base_bound(quantity, top)


def _base_bound(quantity: Quantity, value: float) -> float:
    return value if math.isinf(value) else quantity.base(value)


def _significant_step(value: float) -> float:
    """The place of the last non-zero digit: 1,000 for 5,000, 100 for 1,200."""
    magnitude = abs(value)
    if magnitude < 1 or not math.isfinite(magnitude):
        return 0.0
    step = 1.0
    while magnitude % (step * 10) == 0 and step < 1e15:
        step *= 10
    return step


def _judge_dates(claim: Quantity, found: Quantity) -> tuple[NumberStatus, NumberHow]:
    if claim.span is not None and found.span is not None:
        (a1, a2), (b1, b2) = claim.span, found.span
        if (a1, a2) == (b1, b2):
            days = _days(claim, found)
            if days is None or days:
                return "agrees", "exact"
            return "differs", "value"
        if a1 <= b1 and b2 <= a2 or b1 <= a1 and a2 <= b2:
            return "agrees", "range"
        return "differs", "value"
    a, b = claim.month_day, found.month_day
    if a is None or b is None:
        return "differs", "value"
    if (a[0], a[1]) == (b[0], b[1]):
        return ("agrees", "exact") if not a[2] or not b[2] or a[2] == b[2] else ("differs", "value")
    if a[0] <= b[0] and b[1] <= a[1] or b[0] <= a[0] and a[1] <= b[1]:
        return "agrees", "range"
    return "differs", "value"


def _days(claim: Quantity, found: Quantity) -> bool | None:
    a = claim.month_day[2] if claim.month_day else 0
    b = found.month_day[2] if found.month_day else 0
    if not a or not b:
        return None
    return a == b


def _distance(claim: Quantity, other: Quantity) -> float:
    if isinstance(claim.value, str) or isinstance(other.value, str):
        return 0.0 if _judge_dates(claim, other)[0] == "agrees" else 1.0
    a, b = claim.base(), other.base()
    return abs(a - b) / max(abs(a), abs(b), 1e-9)

"""Figures in running text (money, percentages, counts, years, dates), read so they compare.

"$2.5 billion", "2.5bn", "$2,500 million" and "2.5 billion dollars" are one value; "5 percent"
is "5%".  A claim's figures are compared with a passage's so that "$2.5 billion" against a
source's "$2.1 billion" is flagged instead of being lost in a fuzzy score.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from factcheck.checks import NumberResult

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
_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "a dozen": 12, "dozen": 12,
}  # fmt: skip
_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "b": 1e9, "bn": 1e9, "trillion": 1e12, "t": 1e12, "tn": 1e12,
}  # fmt: skip
_CURRENCIES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP",
    "¥": "JPY", "jpy": "JPY", "yen": "JPY", "₹": "INR", "inr": "INR", "rupees": "INR",
    "a$": "AUD", "c$": "CAD", "nz$": "NZD", "hk$": "HKD",
}  # fmt: skip

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(
    rf"""
    (?P<iso>\b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})\b)
  | (?P<mdy>\b(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}})\b)?)
  | (?P<dmy>\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\.?(?:,?\s+(?P<y2>\d{{4}})\b)?)
  | (?P<my>\b(?P<m3>{_MONTH})\.?,?\s+(?P<y3>\d{{4}})\b)
    """,
    re.VERBOSE,
)
_WORD_NUMBER = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+dozen"
    r"|dozen|an?)"
)
_FIGURE = re.compile(
    rf"""
    (?<![\w.,$€£¥])(?<![A-Za-z]-)
    (?P<cur>US\$|NZ\$|HK\$|A\$|C\$|[$€£¥₹]|(?:USD|EUR|GBP|JPY|INR)\s?)?
    (?P<sign>[-−])?
    (?P<num>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?|\.\d+|{_WORD_NUMBER})
    (?:
        (?P<abbr>bn|mn|mln|tn|[kmbt])(?![\w])
      | \s?(?P<abbr2>bn|mn|mln|tn)(?![\w])
      | [\s-](?P<scale>thousand|million|billion|trillion)s?\b
    )?
    (?:\s(?P<curword>dollars?|euros?|pounds?|yen|rupees|USD|EUR|GBP)\b)?
    (?:\s?(?P<pct>%|percent\b|per\s?cent\b|pct\b|percentage\s+points?\b))?
    (?![\w%])
    """,
    re.VERBOSE | re.IGNORECASE,
)
_APPROXIMATE = frozenset(
    {"about", "around", "approximately", "roughly", "nearly", "almost", "some"}
)
_ABOVE = frozenset({"more than", "over", "just over"})
_BELOW = frozenset({"less than", "under", "fewer than", "just under"})
_MONEY_AFTER = re.compile(r"\s+(?:dollars?|euros?|pounds?|in\s+(?:revenue|sales|funding))")
_NOUN = re.compile(r"\s+(?:of\s+)?([A-Za-z][a-z\-]+)")
_QUALIFIERS = re.compile(
    r"(?:about|around|approximately|roughly|nearly|almost|some|more than|over|"
    r"less than|under|fewer than|at least|at most|up to|just over|just under)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    """A figure read from text, with its place in the text."""

    kind: str
    """"money", "percent", "count", "year" or "date"."""
    value: float | str
    """A number, or for dates an ISO string: "2024-03-04", "2024-03" or "--03-21"."""
    unit: str
    """Currency code for money ("" when unknown), "%" or "points" for percents, the counted
    noun for counts ("people", "jobs"), "" otherwise."""
    text: str
    start: int
    end: int
    precision: float = 1.0
    """The step of the last digit written, in the value's units: 1e8 for "$2.5 billion"."""
    qualifier: str = ""
    """A hedge written before the figure ("about", "more than"), lower case."""


@dataclass(frozen=True)
class NumberCheck:
    """One figure of a claim set against the passage."""

    claim: Quantity
    found: Quantity | None
    status: str
    """"agree", "differs" or "missing"."""
    note: str = ""

    @property
    def result(self) -> NumberResult:
        status = {"agree": "agrees"}.get(self.status, self.status)
        how = "exact" if status == "agrees" else "value" if status == "differs" else "none"
        return NumberResult(
            status=status,  # type: ignore[arg-type]
            how=how,  # type: ignore[arg-type]
            claim=self.claim.text,
            source=self.found.text if self.found else None,
            kind=self.claim.kind,
            unit=self.claim.unit,
            claim_value=_plain_value(self.claim),
            source_value=_plain_value(self.found) if self.found else None,
        )

    @property
    def claim_value(self) -> str:
        return self.claim.text

    @property
    def passage_value(self) -> str | None:
        return self.found.text if self.found else None


def _plain_value(quantity: Quantity) -> float | None:
    return None if isinstance(quantity.value, str) else float(quantity.value)


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in `text`, in order; digits inside dates are not counted twice."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for match in _DATE.finditer(text):
        quantity = _date(match)
        if quantity is not None:
            found.append(quantity)
            taken.append((match.start(), match.end()))
    for match in _FIGURE.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        quantity = _figure(text, match)
        if quantity is not None:
            found.append(quantity)
    found.sort(key=lambda q: q.start)
    return found


def compare_numbers(claim_text: str, passage_text: str) -> list[NumberCheck]:
    """Check each figure of the claim against the passage's figures of a compatible kind.

    "agree" when the passage has the same value (or one that rounds to the claim's figure
    within 5 %), "differs" naming the nearest figure when it has only other values, and
    "missing" when it has no figure of that kind at all.
    """
    passage = find_quantities(passage_text)
    checks = []
    seen: set[tuple[str, float | str, str]] = set()
    for quantity in find_quantities(claim_text):
        key = (quantity.kind, quantity.value, quantity.unit)
        if key in seen:
            continue
        seen.add(key)
        checks.append(check_quantity(quantity, passage))
    return checks


def check_quantity(claim: Quantity, passage: list[Quantity]) -> NumberCheck:
    candidates = [q for q in passage if compatible(claim, q)]
    if not candidates:
        return NumberCheck(claim, None, "missing")
    agreeing = [(q, note) for q in candidates if (note := _agreement(claim, q)) is not None]
    if agreeing:
        agreeing.sort(key=lambda pair: (pair[1] != "", _affinity(claim, pair[0])))
        found, note = agreeing[0]
        return NumberCheck(claim, found, "agree", note)
    nearest = min(candidates, key=lambda q: (_affinity(claim, q), _distance(claim, q)))
    return NumberCheck(claim, nearest, "differs", _difference_note(claim, nearest))


def compatible(a: Quantity, b: Quantity) -> bool:
    """Whether two figures measure the same kind of thing and can be compared."""
    kinds = {a.kind, b.kind}
    if kinds == {"money"}:
        return not a.unit or not b.unit or a.unit == b.unit
    if kinds == {"money", "count"}:
        # "2.5bn" written without a currency is read as the same money as "$2.5 billion".
        count = a if a.kind == "count" else b
        return isinstance(count.value, float) and count.precision >= 1000
    if kinds <= {"year", "date"}:
        # Only figures that state a common part compare: "2027" and "March 21" do not.
        pairs = zip(_as_date(a), _as_date(b), strict=True)
        return any(x is not None and y is not None for x, y in pairs)
    return a.kind == b.kind


# -- reading ------------------------------------------------------------------------------


def _date(match: re.Match[str]) -> Quantity | None:
    if match.group("iso"):
        year, month, day = int(match["iy"]), int(match["im"]), int(match["id"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        value = f"{year:04d}-{month:02d}-{day:02d}"
    elif match.group("mdy") or match.group("dmy"):
        month = MONTHS[match["m1"] or match["m2"]]
        day = int(match["d1"] or match["d2"])
        year_text = match["y1"] or match["y2"]
        if not 1 <= day <= 31:
            return None
        value = (
            f"{int(year_text):04d}-{month:02d}-{day:02d}"
            if year_text
            else f"--{month:02d}-{day:02d}"
        )
    else:
        value = f"{int(match['y3']):04d}-{MONTHS[match['m3']]:02d}"
    return Quantity("date", value, "", match.group(), match.start(), match.end())


def _figure(text: str, match: re.Match[str]) -> Quantity | None:
    raw = match["num"].lower()
    scale_word = (match["abbr"] or match["abbr2"] or match["scale"] or "").lower()
    currency_mark = (match["cur"] or "").strip().lower() or (match["curword"] or "").lower()
    percent = (match["pct"] or "").lower()
    is_word = raw[0].isalpha()
    if is_word and raw in ("a", "an", "one") and not (scale_word or percent):
        return None  # "a", "one" alone are articles far more often than counts
    # "5m" may be metres and "3t" tonnes: single-letter scales only count next to money.
    single_letter = bool(match["abbr"]) and match["abbr"].lower() in "mbt"
    if single_letter and not currency_mark and not _money_context(text, match.end()):
        return None
    value, precision = _number(raw)
    if value is None:
        return None
    if match["sign"]:
        value = -value
    if scale_word:
        factor = _SCALES[scale_word]
        value *= factor
        precision *= factor
    qualifier = _qualifier(text, match.start())
    shown = match.group().strip()
    if percent:
        unit = "points" if "point" in percent else "%"
        return Quantity(
            "percent", value, unit, shown, match.start(), match.end(), precision, qualifier
        )
    if currency_mark:
        currency = _CURRENCIES.get(currency_mark.replace(" ", ""), "")
        return Quantity(
            "money", value, currency, shown, match.start(), match.end(), precision, qualifier
        )
    if (
        not is_word
        and not scale_word
        and "," not in raw
        and "." not in raw
        and 1800 <= value <= 2099
        and len(raw) == 4
    ):
        return Quantity("year", value, "", shown, match.start(), match.end(), 1.0, qualifier)
    noun = _NOUN.match(text, match.end())
    unit = noun.group(1).lower() if noun else ""
    return Quantity("count", value, unit, shown, match.start(), match.end(), precision, qualifier)


def _number(raw: str) -> tuple[float | None, float]:
    if raw[0].isdigit() or raw[0] == ".":
        digits = raw.replace(",", "")
        decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
        return float(digits), 10.0**-decimals
    words = re.split(r"[-\s]+", raw)
    if " ".join(words) in _UNITS:
        return float(_UNITS[" ".join(words)]), 1.0
    total = sum(_UNITS.get(word, math.nan) for word in words)
    return (None, 1.0) if math.isnan(total) else (float(total), 1.0)


def _money_context(text: str, end: int) -> bool:
    return bool(
        re.match(r"\s+(?:dollars?|euros?|pounds?|in\s+(?:revenue|sales|funding))", text[end:])
    )


def _qualifier(text: str, start: int) -> str:
    match = _QUALIFIERS.search(text[max(0, start - 20) : start])
    return match.group().strip().lower() if match else ""


# -- comparing ----------------------------------------------------------------------------


def _agreement(claim: Quantity, found: Quantity) -> str | None:
    """None when the values differ, else a note ("" for an exact match)."""
    if claim.kind in ("year", "date") or found.kind in ("year", "date"):
        return "" if _same_time(claim, found) else None
    a, b = float(claim.value), float(found.value)
    if math.isclose(a, b, rel_tol=0.005, abs_tol=1e-9):
        return ""
    hedge = _hedge_agrees(claim.qualifier, a, b)
    if hedge:
        return hedge
    if math.isclose(a, b, rel_tol=0.05):
        # One of the two is rounded: agree when the finer figure rounds to the coarser one.
        fine, coarse = (b, claim) if claim.precision > found.precision else (a, found)
        if claim.precision != found.precision:
            rounded = round(fine / coarse.precision) * coarse.precision
            if math.isclose(rounded, float(coarse.value), rel_tol=1e-9, abs_tol=1e-9):
                return f"agrees after rounding ({claim.text} vs {found.text})"
    return None


def _hedge_agrees(qualifier: str, claimed: float, found: float) -> str | None:
    """A hedged claim ("about 1,200", "more than 30") agrees with what its hedge allows."""
    if not qualifier:
        return None
    if qualifier in _APPROXIMATE and math.isclose(claimed, found, rel_tol=0.05):
        return f"{qualifier} {claimed:g}: within 5%"
    if qualifier in _ABOVE and found > claimed:
        return f"{qualifier} {claimed:g}: source figure is above"
    if qualifier in _BELOW and found < claimed:
        return f"{qualifier} {claimed:g}: source figure is below"
    if qualifier == "at least" and found >= claimed:
        return f"at least {claimed:g}: source figure is not below"
    if qualifier in ("at most", "up to") and found <= claimed:
        return f"{qualifier} {claimed:g}: source figure is not above"
    return None


def _same_time(a: Quantity, b: Quantity) -> bool:
    left, right = _as_date(a), _as_date(b)
    # Compare on the parts both state: "March 2024" agrees with "March 4, 2024".
    for x, y in zip(left, right, strict=True):
        if x is not None and y is not None and x != y:
            return False
    return True


def _as_date(quantity: Quantity) -> tuple[int | None, int | None, int | None]:
    if quantity.kind == "year":
        return int(quantity.value), None, None
    value = str(quantity.value)
    if value.startswith("--"):
        month, day = value[2:].split("-")
        return None, int(month), int(day)
    parts = [int(part) for part in value.split("-")]
    return parts[0], parts[1], parts[2] if len(parts) > 2 else None


def _affinity(claim: Quantity, other: Quantity) -> int:
    """Lower is closer: same kind first, then the same unit (currency, counted noun)."""
    score = 0 if claim.kind == other.kind else 2
    if claim.unit and other.unit and claim.unit != other.unit:
        score += 1
    return score


def _distance(claim: Quantity, other: Quantity) -> float:
    if isinstance(claim.value, str) or isinstance(other.value, str):
        return 0.0 if _same_time(claim, other) else 1.0
    a, b = float(claim.value), float(other.value)
    return abs(a - b) / max(abs(a), abs(b), 1e-9)


def _difference_note(claim: Quantity, found: Quantity) -> str:
    if isinstance(claim.value, str) or isinstance(found.value, str) or claim.kind == "year":
        return f"claim says {claim.text}, source says {found.text}"
    a, b = float(claim.value), float(found.value)
    if claim.kind == "percent" and found.kind == "percent" and claim.unit != found.unit:
        return f"percent and percentage points mixed: {claim.text} vs {found.text}"
    ratio = a / b if b else math.inf
    return f"claim says {claim.text}, source says {found.text} ({_ratio(ratio)})"


def _ratio(ratio: float) -> str:
    if math.isinf(ratio):
        return "source says zero"
    change = (ratio - 1) * 100
    return f"{change:+.0f}% vs source"

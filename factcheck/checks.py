"""Number and quote checks as data, and the one place that words them for every front end.

The comparison (``sources/numbers.py``, ``sources/quotes.py``) says what it found as
statuses and values; the CLI, the report and the workbench all print a check through
``describe_number``/``describe_quote`` and colour it by ``tone``, so no front end parses a
sentence back to decide whether a figure agreed.  Checks are stored as these records in
JSON (``to_json``/``number_from_json``); rows written as sentences by older versions still
read back, as sentences with the tone their fixed wording implied.

A leaf: it imports nothing from the project, so the domain and the front ends can share it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

NumberStatus = Literal["agrees", "differs", "missing"]
"""agrees: the source confirms the figure; differs: it has another value for the same thing
(or cannot settle a hedged figure); missing: it has no figure for this."""
NumberHow = Literal[
    # agrees
    "exact",  # the same value
    "rounded",  # one figure is the other rounded
    "hedge",  # within what "about", "more than", "nearly"… allow
    "range",  # inside a range or an order of magnitude ("hundreds of thousands")
    "converted",  # the same after converting units or rates (km/miles, a day/a year)
    # differs
    "value",  # another value
    "direction",  # the opposite direction ("fell" against "rose")
    "outside-hedge",  # outside what the claim's hedge allows ("almost 10,000" vs 10,400)
    "unsettled",  # the source's figure is too loose to confirm the claim's
    # missing
    "none",  # no figure of this kind in the source
    "other",  # figures, but about something else (another unit, rate, subject, a change
    #          where the claim states a level)
    "former",  # the source's figure is the level before a change it states ("from 30% to
    #           36%"): the claim's level may be of then or of now
    "units",  # the same change, but one in percentage points and one a percent change:
    #          2 points on 5% is 7%, 2% on 5% is 5.1%, so the two cannot be compared
    # an old stored row, kept as it was written
    "stored",
]
QuoteStatus = Literal["verbatim", "near", "absent"]
Tone = Literal["agrees", "differs", "near", "missing"]
"""How a check should look at a glance: ✓, ✗, ≈ or ·."""

CURRENCY_SIGNS = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "INR": "₹",
    "AUD": "A$",
    "CAD": "C$",
    "NZD": "NZ$",
    "HKD": "HK$",
}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


@dataclass(frozen=True)
class NumberResult:
    """One figure of a claim set against a source passage, as plain values."""

    status: NumberStatus
    how: NumberHow
    claim: str
    """The claim's figure as written ("just over $1 billion")."""
    source: str | None = None
    """The source's figure as written, when one was compared."""
    kind: str = ""
    """"money", "percent", "count", "measure", "duration", "date"…"""
    unit: str = ""
    """The claim's unit, in which both values are given: "USD", "%", "points", "miles"…"""
    claim_value: float | None = None
    source_value: float | None = None
    """The source's value in the claim's unit (converted when the units differ)."""
    converted: bool = False
    """Whether the source wrote its figure in other units or per another period."""
    per: str = ""
    """The claim's rate ("day", "year"), "" for a figure that is not a rate."""
    claim_direction: str = ""
    source_direction: str = ""
    """"up" or "down" for a change ("rose 3%"); "" for a level."""
    claim_derived: bool = False
    source_derived: bool = False
    """Whether the figure is a change worked out from two levels ("from 5% to 7%": a rise of
    2 percentage points, or of 40%), its value that change."""
    stored: str | None = None
    """The sentence an older version stored instead of these fields."""

    def to_json(self) -> dict[str, Any]:
        return {key: value for key, value in asdict(self).items() if value not in (None, "")}


@dataclass(frozen=True)
class QuoteResult:
    """A quote looked for in a source passage."""

    status: QuoteStatus | Literal["stored"]
    score: float = 0.0
    differences: tuple[tuple[str, str, str], ...] = field(default=())
    """(kind, the quote's words, the source's words); kind is "changed", "added" (only in
    the quote) or "omitted" (only in the source)."""
    attributed_to: str | None = None
    """Someone other than the claim's speaker whom the passage gives these words to."""
    stored: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["differences"] = [list(d) for d in self.differences]
        return {key: value for key, value in data.items() if value not in (None, "", [])}


# -- storing ------------------------------------------------------------------------------


def number_from_json(data: Any) -> NumberResult:
    """A stored number check; a sentence from an older version is kept as written."""
    if isinstance(data, str):
        return NumberResult("missing", "stored", "", stored=data)
    known = {name for name in NumberResult.__dataclass_fields__}
    return NumberResult(**{key: value for key, value in dict(data).items() if key in known})


def quote_from_json(data: Any) -> QuoteResult | None:
    if data is None:
        return None
    if isinstance(data, str):
        return QuoteResult("stored", stored=data)
    data = dict(data)
    return QuoteResult(
        status=data.get("status", "absent"),
        score=float(data.get("score", 0.0)),
        differences=tuple(tuple(d) for d in data.get("differences", ())),  # type: ignore[misc]
        attributed_to=data.get("attributed_to"),
    )


def checks_to_json(numbers: tuple[NumberResult, ...], quote: QuoteResult | None) -> dict:
    """The form kept with a pinned passage."""
    return {
        "numbers": [n.to_json() for n in numbers],
        "quote": quote.to_json() if quote else None,
    }


def checks_from_json(data: Any) -> tuple[tuple[NumberResult, ...], QuoteResult | None]:
    data = data if isinstance(data, dict) else {}
    numbers = tuple(number_from_json(item) for item in data.get("numbers") or ())
    return numbers, quote_from_json(data.get("quote"))


def is_flagged(numbers: tuple[NumberResult, ...], quote: QuoteResult | None) -> bool:
    """A figure differs, or a quote is not there as written (or is someone else's)."""
    return any(tone_of_number(n) == "differs" for n in numbers) or (
        quote is not None and tone_of_quote(quote) != "agrees"
    )


# -- records for machine-readable output -------------------------------------------------


def number_record(result: NumberResult) -> dict[str, Any]:
    """A number check as typed data for scripts (the JSON report): what was found and why,
    both values in the claim's units, and the line a reader is shown.  Every key is always
    there (null when it does not apply), so a reader of the JSON need not guess.  A sentence
    an older version stored has no status, only its ``text`` and the ``tone`` it implies."""
    stored = result.stored is not None
    return {
        "status": None if stored else result.status,
        "how": result.how,
        "tone": tone_of_number(result),
        "claim": result.claim or None,
        "source": result.source,
        "kind": result.kind or None,
        "unit": result.unit or None,
        "per": result.per or None,
        "claim_value": _finite(result.claim_value),
        "source_value": _finite(result.source_value),
        "converted": result.converted,
        "claim_direction": result.claim_direction or None,
        "source_direction": result.source_direction or None,
        "claim_derived": result.claim_derived,
        "source_derived": result.source_derived,
        "text": describe_number(result),
    }


def quote_record(result: QuoteResult) -> dict[str, Any]:
    """A quote check as typed data: verbatim / near / absent, the words that differ, whom the
    source gives the words to, and the line a reader is shown (see ``number_record``)."""
    stored = result.stored is not None
    return {
        "status": None if stored else result.status,
        "tone": tone_of_quote(result),
        "score": None if stored else _finite(result.score),
        "differences": [
            {"kind": kind, "quote": quote, "source": source}
            for kind, quote, source in result.differences
        ],
        "attributed_to": result.attributed_to,
        "text": describe_quote(result),
    }


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


# -- tone ---------------------------------------------------------------------------------


def tone_of_number(result: NumberResult) -> Tone:
    if result.stored is not None:
        # The three fixed wordings older versions stored.
        if " agrees with " in result.stored:
            return "agrees"
        return "differs" if " differs" in result.stored else "missing"
    return {"agrees": "agrees", "differs": "differs"}.get(result.status, "missing")  # type: ignore[return-value]


def tone_of_quote(result: QuoteResult) -> Tone:
    if result.stored is not None:
        if result.stored.startswith("quote verbatim"):
            return "agrees"
        return "near" if result.stored.startswith("quote nearly") else "differs"
    if result.attributed_to:
        return "differs"
    return {"verbatim": "agrees", "near": "near"}.get(result.status, "differs")  # type: ignore[return-value]


# -- words --------------------------------------------------------------------------------


def describe_number(result: NumberResult) -> str:
    """The check in a line a checker reads, figures written as people write them."""
    if result.stored is not None:
        return result.stored
    claim, source = result.claim, result.source or ""
    if result.claim_derived:
        claim += f" ({_movement(result, result.claim_value, result.claim_direction)})"
    if result.source_derived:
        source += f" ({_movement(result, result.source_value, result.source_direction)})"
    converted = _in_claim_units(result)
    if result.status == "agrees":
        detail = {
            "exact": "",
            "rounded": " (rounded)",
            "hedge": " (within the hedge)",
            "range": " (within the range)",
            "converted": f" ({source} is {converted})" if converted else " (converted)",
        }.get(result.how, "")
        return f"{claim} agrees with {source}{detail}"
    if result.status == "differs":
        shown = f"{source} ({converted})" if converted and result.how != "direction" else source
        if result.how == "direction":
            said = _direction_word(result.source_direction)
            return f"{claim} differs: the source says {shown}, it {said}"
        if result.how == "unsettled":
            return f"{claim} is not settled by the source: it says only {shown}"
        by = _by_how_much(result)
        return f"{claim} differs: the source says {shown}" + (f", {by}" if by else "")
    if result.how == "other":
        return f"{claim}: no figure for this in the source (its figures are about other things)"
    if result.how == "former":
        return (
            f"{claim} is not settled by the source: it gives {source} as the level before a "
            "change, not as the level now"
        )
    if result.how == "units":
        return (
            f"{claim} cannot be compared with {source}: one is a change in percentage points, "
            "the other a percent change"
        )
    return f"{claim}: no figure for this in the source"


def describe_quote(result: QuoteResult) -> str:
    if result.stored is not None:
        return result.stored
    if result.status == "verbatim":
        line = "quote verbatim in the source"
    elif result.status == "absent":
        line = "quote not found in the source"
    else:
        words = "; ".join(
            f"{kind}: “{quote}” / “{source}”" for kind, quote, source in result.differences[:5]
        )
        line = f"quote nearly in the source ({result.score:.0%}): {words}"
    if result.attributed_to:
        line += f", but the source gives these words to {result.attributed_to}"
    return line


def _movement(result: NumberResult, value: float | None, direction: str) -> str:
    """ "a rise of 2 percentage points": the change two levels make, in the claim's units."""
    word = {"up": "a rise", "down": "a fall"}.get(direction, "a change")
    if value is None:
        return word
    return f"{word} of {format_figure(value, result.kind, result.unit, per=result.per)}"


def _direction_word(direction: str) -> str:
    return {"up": "went up", "down": "went down"}.get(direction, "did not change that way")


def _in_claim_units(result: NumberResult) -> str | None:
    """The source's value in the claim's units, when the source wrote it in others."""
    if result.how not in ("converted", "value", "outside-hedge", "unsettled"):
        return None
    if result.source_value is None or not result.converted:
        return None
    return format_figure(result.source_value, result.kind, result.unit, per=result.per)


def _by_how_much(result: NumberResult) -> str:
    a, b = result.claim_value, result.source_value
    if a is None or b is None or result.kind in ("date", "year"):
        return ""
    gap = b - a
    if not math.isfinite(gap) or gap == 0:
        return ""
    more = "more" if gap > 0 else "less"
    amount = format_figure(abs(gap), result.kind, result.unit, difference=True, per=result.per)
    if result.kind == "percent" or not a:
        return f"{amount} {more}"
    return f"{amount} {more} ({gap / abs(a):+.0%})"


def format_figure(
    value: float, kind: str, unit: str, *, difference: bool = False, per: str = ""
) -> str:
    """A value as people write it: "$1 billion", "2.5%", "12,400", "62 miles", never 1e+09."""
    rate = f" a {per}" if per in ("day", "week", "month", "year") else f" per {per}" if per else ""
    return _figure(value, kind, unit, difference) + rate


def _figure(value: float, kind: str, unit: str, difference: bool) -> str:
    if not math.isfinite(value):
        return "an unreadably large number"
    if kind == "money":
        sign = "-" if value < 0 else ""
        mark = CURRENCY_SIGNS.get(unit, "")
        words = _large(abs(value))
        return f"{sign}{mark}{words}" + (f" {unit}" if unit and not mark else "")
    if kind == "percent":
        if unit == "points":
            return f"{plain_number(value)} percentage points"
        return f"{plain_number(value)}{' points' if difference else '%'}"
    text = _large(value)
    if kind in ("measure", "duration") and unit:
        return f"{text}{unit}" if unit.startswith("°") else f"{text} {unit}"
    return text


def _large(value: float) -> str:
    magnitude = abs(value)
    if magnitude >= 1e15:
        # Past a thousand trillion nobody counts in words; scientists write powers of ten.
        exponent = math.floor(math.log10(magnitude))
        mantissa = plain_number(value / 10.0**exponent)
        return f"10^{exponent}" if mantissa == "1" else f"{mantissa} × 10^{exponent}"
    for factor, word in _SCALES:
        if magnitude >= factor:
            return f"{plain_number(value / factor)} {word}"
    return plain_number(value)


def plain_number(value: float) -> str:
    """At most three significant decimals, thousands separated, trailing zeros dropped."""
    if not math.isfinite(value):
        return "an unreadably large number"
    magnitude = abs(value)
    decimals = 0 if magnitude >= 100 else 1 if magnitude >= 10 else 2 if magnitude >= 1 else 3
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


_DIFFERENCE_WORDS = {
    "direction": "it moves the other way",
    "negation": "one of them says not",
    "figure": "its figures differ",
}


def describe_difference(kind: str, here: Sequence[str], there: Sequence[str]) -> str:
    """A prior check whose claim may be another fact (``meaning.Difference``: its kind and
    the words on either side), worded once for the CLI's `similar` and the workbench."""
    ours, theirs = " ".join(here), " ".join(there)
    words = (
        f": “{ours}” here, “{theirs}” there"
        if ours and theirs
        else (f": “{ours}” here" if ours else "")
    )
    return f"different claim? {_DIFFERENCE_WORDS[kind]}{words}"

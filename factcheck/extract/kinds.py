"""Which kind of claim a sentence's features make it, and the reasons shown for it."""

from __future__ import annotations

from factcheck.extract.features import Features


def primary_kind(features: Features, quoted: bool, attributed: bool, role_with_name: bool) -> str:
    """The one kind a claim is filed under; reasons still list every feature found.

    A figure with its source ("Exports fell 12%, the ministry said.") is filed as a number:
    the figure is what the checker verifies first, most labellers who never saw these rules
    filed it so, and the speaker and the "attributed to" reason still say whose it is.
    """
    if quoted:
        return "quote"
    if features.quantitative:
        return "number"
    if attributed:
        return "attribution"
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
    # Most lists are empty: each is tested before a comprehension is set up over it.
    if features.money:
        reasons += [f"money amount {m}" for m in features.money]
    if features.percents:
        reasons += [f"percentage {p}" for p in features.percents]
    if features.numbers:
        reasons += [f"number {n}" for n in features.numbers]
    if features.dates:
        reasons += [f"date {d}" for d in features.dates]
    if features.relative_dates:
        reasons += [f"relative date {d}" for d in features.relative_dates]
    if features.roles:
        reasons += [f"job title: {r}" for r in features.roles]
    if features.entities:
        reasons.append("named entities: " + ", ".join(features.entities[:5]))
    if features.events:
        reasons.append("event: " + ", ".join(features.events[:3]))
    if features.superlatives:
        reasons.append("superlative: " + ", ".join(features.superlatives[:3]))
    return reasons

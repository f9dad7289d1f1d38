"""The verdict scale: ratings are data, so a desk can swap in its own."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rating:
    name: str
    meaning: str
    # schema.org ClaimReview ratingValue on a 1..5 scale; None where a number would mislead.
    review_value: int | None
    # A verdict with this rating must say what is wrong and how to put it right.
    needs_correction: bool = False


DEFAULT_SCALE: tuple[Rating, ...] = (
    Rating("supported", "the sources confirm it as written", 5),
    Rating("mostly-supported", "right in substance, a detail is off", 4),
    Rating("misleading", "true words, wrong impression, or missing context", 3, True),
    Rating("refuted", "the sources contradict it; a correction is suggested", 1, True),
    Rating("unverifiable", "no source available can confirm or refute it", None),
    Rating("opinion", "not a factual claim after all", None),
)

UNCHECKED = "unchecked"
BEST_RATING = 5
WORST_RATING = 1

"""The claim record the extractor hands to the rest of the workbench."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Only named in a type: the record (and ``KINDS``) load without the facts' patterns.
    from factcheck.extract.facts import Fact

KINDS: tuple[str, ...] = ("quote", "number", "date", "role", "attribution", "event", "statement")


@dataclass(frozen=True)
class ExtractedClaim:
    """One check-worthy sentence, located exactly so a checker can jump back to it.

    `text` is always `article[start:end]`, so offsets survive any later edit of `text`
    elsewhere being compared against the stored article.
    """

    text: str
    start: int
    end: int
    paragraph: int
    kind: str
    speaker: str | None
    score: float
    reasons: tuple[str, ...]
    # The checkable items inside the sentence (names, titles, figures, dates, works,
    # quotations), each with its own offsets into the article.
    facts: tuple[Fact, ...] = ()
    # Worth a checker's time first (ClaimBuster's sense: a factual claim the public would
    # care about); the same judgement as `score`, which is its calibrated probability.
    checkworthy: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able form, for exports and the service layer."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "paragraph": self.paragraph,
            "kind": self.kind,
            "speaker": self.speaker,
            "score": self.score,
            "checkworthy": self.checkworthy,
            "reasons": list(self.reasons),
            "facts": [fact.to_dict() for fact in self.facts],
        }

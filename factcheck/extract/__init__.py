"""Claim extraction: plain article text in, located check-worthy claims out.

from factcheck.extract import extract_claims, ExtractedClaim, KINDS
"""

from __future__ import annotations

from factcheck.extract.claim import KINDS, ExtractedClaim
from factcheck.extract.extractor import assess_claim, extract_claims
from factcheck.extract.facts import FACT_KINDS, Fact, facts_in

__all__ = [
    "FACT_KINDS",
    "KINDS",
    "ExtractedClaim",
    "Fact",
    "assess_claim",
    "extract_claims",
    "facts_in",
]

"""Claim extraction: plain article text in, located check-worthy claims out.

    from factcheck.extract import extract_claims, ExtractedClaim, KINDS
"""

from __future__ import annotations

from factcheck.extract.claim import KINDS, ExtractedClaim
from factcheck.extract.extractor import extract_claims

__all__ = ["KINDS", "ExtractedClaim", "extract_claims"]

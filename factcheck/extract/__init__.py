"""Claim extraction: plain article text in, located check-worthy claims out.

from factcheck.extract import extract_claims, ExtractedClaim, KINDS

The names below are loaded on first use: compiling the extractor's patterns takes a good part
of a second, which a command that only reads the store (``factcheck claims --kind number``
needs ``KINDS``, not the extractor) should not pay.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.extract.claim import KINDS, ExtractedClaim
    from factcheck.extract.extractor import assess_claim, extract_claims
    from factcheck.extract.facts import FACT_KINDS, Fact, facts_in

_EXPORTS = {
    "FACT_KINDS": "facts",
    "KINDS": "claim",
    "ExtractedClaim": "claim",
    "Fact": "facts",
    "assess_claim": "extractor",
    "extract_claims": "extractor",
    "facts_in": "facts",
}

__all__ = [
    "FACT_KINDS",
    "KINDS",
    "ExtractedClaim",
    "Fact",
    "assess_claim",
    "extract_claims",
    "facts_in",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)

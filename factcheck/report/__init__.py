"""Reports of an article's fact-check: Markdown for the editor, JSON, ClaimReview, annotated text.

Every renderer is a plain function of `ReportData` (see `factcheck.report.data`); the service
layer reads the store into that data, so nothing here touches a database or the network.
"""

from __future__ import annotations

from factcheck.report.annotate import render_annotated
from factcheck.report.claimreview import render_claimreview
from factcheck.report.data import (
    ReportArticle,
    ReportClaim,
    ReportData,
    ReportEvidence,
    ReportFact,
    ReportSource,
    ReportVerdict,
)
from factcheck.report.jsonreport import render_json
from factcheck.report.markdown import render_markdown

__all__ = [
    "ReportArticle",
    "ReportClaim",
    "ReportData",
    "ReportEvidence",
    "ReportFact",
    "ReportSource",
    "ReportVerdict",
    "render_annotated",
    "render_claimreview",
    "render_json",
    "render_markdown",
]

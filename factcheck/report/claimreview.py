"""schema.org ClaimReview JSON-LD: how search engines and fact-check aggregators read verdicts.

One ClaimReview per claim with a verdict, in an ``@graph`` under one ``@context``.  Claims
without a verdict are left out: there is no review of them to publish.

Choices worth knowing:
- ``reviewRating.ratingValue`` comes from the scale's ``review_value``; for a rating without
  one (unverifiable, opinion) the numeric keys are left out and ``alternateName`` alone
  carries the verdict, since a number there would mislead.
- ``author`` is the checker who recorded the current verdict (a Person); ``publisher`` is
  the desk when known (an Organization), which also stands in as author when the verdict
  names no checker.
- ``url`` is the report URL with ``#claim-<id>``, the anchor of the claim's heading in the
  Markdown report; left out when the report has no URL.
- Only http(s) URLs are written.  ``<``, ``>`` and ``&`` are written as ``\\u`` escapes so
  the output can be pasted into an HTML ``<script type="application/ld+json">`` as is.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from factcheck.report.data import ReportClaim, ReportData, ReportVerdict
from factcheck.report.dates import iso
from factcheck.report.escape import is_web_url
from factcheck.report.tally import rating_of, rating_table
from factcheck.scale import BEST_RATING, WORST_RATING, Rating

CONTEXT = "https://schema.org"

# What could end a <script> element or confuse an HTML parser, as JSON \\u escapes.
_SCRIPT_SAFE = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def render_claimreview(data: ReportData) -> str:
    # Compact: the C encoder only runs without indent, and the markup is for machines.
    text = json.dumps(
        claimreview_document(data), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    # str.replace per character is several times faster than str.translate on megabytes.
    for ch, escape in _SCRIPT_SAFE:
        if ch in text:
            text = text.replace(ch, escape)
    return text + "\n"


def claimreview_document(data: ReportData) -> dict[str, Any]:
    """The JSON-LD document as plain values (what `render_claimreview` serialises)."""
    ratings = rating_table(data)
    graph = [
        _review(data, claim, claim.verdict, ratings)
        for claim in data.claims
        if claim.verdict is not None
    ]
    return {"@context": CONTEXT, "@graph": graph}


def web_url(url: str | None) -> str | None:
    """`url` if it is http(s) with a host, else None: nothing else belongs in published markup."""
    if not url or not is_web_url(url):
        return None
    return url.strip()


def claim_url(report_url: str | None, claim_id: int) -> str | None:
    base = web_url(report_url)
    if base is None:
        return None
    parts = urlsplit(base)
    return urlunsplit(parts._replace(fragment=f"claim-{claim_id}"))


def _review(
    data: ReportData, claim: ReportClaim, verdict: ReportVerdict, ratings: dict[str, Rating]
) -> dict[str, Any]:
    rating = rating_of(verdict, ratings)
    assert rating is not None  # the claim has a verdict
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "datePublished": iso(verdict.created_at),
        "reviewRating": _rating(rating),
        "itemReviewed": _claim(data, claim),
    }
    url = claim_url(data.url, claim.id)
    if url is not None:
        review["url"] = url
    publisher = {"@type": "Organization", "name": data.publisher} if data.publisher else None
    if verdict.checker:
        review["author"] = {"@type": "Person", "name": verdict.checker}
    elif publisher is not None:
        review["author"] = publisher
    if publisher is not None:
        review["publisher"] = publisher
    return review


def _rating(rating: Rating) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "Rating", "alternateName": rating.name}
    if rating.review_value is not None:
        out["ratingValue"] = rating.review_value
        out["bestRating"] = BEST_RATING
        out["worstRating"] = WORST_RATING
    return out


def _claim(data: ReportData, claim: ReportClaim) -> dict[str, Any]:
    article = data.article
    appearance: dict[str, Any] = {"@type": "NewsArticle", "headline": article.title}
    url = web_url(article.url)
    if url is not None:
        appearance["url"] = url
    if article.published is not None:
        appearance["datePublished"] = iso(article.published)
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if claim.speaker:
        item["author"] = {"@type": "Person", "name": claim.speaker}
    if article.published is not None:
        item["datePublished"] = iso(article.published)
    return item

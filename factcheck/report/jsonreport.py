"""The whole report as JSON, for scripts and other tools; the shape is versioned.

Shape (version 2; version 1 gave each number and quote check as a sentence only).  One line
of compact JSON, keys sorted; lists keep the order given here.
Datetimes are ISO 8601 in UTC with a ``Z``; dates are ``YYYY-MM-DD``; absent values are null.

- ``format``: ``"factcheck-report"``; ``version``: ``2``
- ``generated_at``; ``url`` (the report's own URL); ``publisher``
- ``article``: ``id``, ``title``, ``byline``, ``url``, ``published``, ``text``
- ``scale``: list of ``{name, meaning, review_value, needs_correction}`` in scale order
- ``summary``:
  - ``counts``: list of ``{rating, count}``: the scale in order, then ratings a verdict uses
    that the scale lacks, then ``{"rating": "unchecked", ...}``
  - ``total``, ``checked``, ``unchecked``, ``share_checked`` (0..1, null without claims)
  - ``needs_correction``: ids of the claims whose latest verdict carries a correction (or
    whose rating needs one)
  - ``checkers``: names, sorted
  - ``sources``, ``independent_sources``: counts (a syndicated copy counts once)
- ``claims`` (article order): ``id``, ``text``, ``start``, ``end``, ``paragraph``, ``kind``,
  ``speaker``, ``score``, ``rating`` (current rating name or ``"unchecked"``),
  ``needs_correction``, ``verdict`` (a verdict or null), ``history`` (verdicts, oldest first,
  current included), ``evidence``, ``source_ids``, ``source_numbers`` (reference numbers,
  null for an id missing from ``sources``), ``independent_sources`` (among the attached
  sources and those of the evidence)
  - verdict: ``rating``, ``rationale``, ``correction``, ``checker``, ``created_at``,
    ``given_on_earlier_wording`` (the claim's old words it was given on, else null)
  - evidence: ``id``, ``source_id``, ``source_number``, ``text``, ``start``, ``end``,
    ``score``, ``number_checks`` (list of number checks), ``quote_check`` (a quote check or
    null), ``page`` (``"p. 2"`` in a PDF source, else null)
  - number check: ``status`` (``agrees``, ``differs``, ``missing``; null for a sentence an
    older version stored), ``how`` (the reason: ``exact``, ``rounded``, ``hedge``, ``range``,
    ``converted``; ``value``, ``direction``, ``outside-hedge``, ``unsettled``; ``none``,
    ``other``; ``stored``), ``tone`` (``agrees``, ``differs``, ``near``, ``missing``: how it
    is marked), ``claim`` and ``source`` (the figures as written), ``kind``, ``unit``,
    ``per``, ``claim_value`` and ``source_value`` (numbers in the claim's unit),
    ``converted``, ``claim_direction`` and ``source_direction`` (``up``, ``down`` or null),
    ``claim_derived`` and ``source_derived`` (the figure is a change worked out from two
    levels, "from 5% to 7%", and its value that change), ``text`` (the line a reader is
    shown, as in the Markdown report and ``passages``)
  - quote check: ``status`` (``verbatim``, ``near``, ``absent``; null when stored as a
    sentence), ``tone``, ``score`` (0..1), ``differences`` (list of ``{kind, quote,
    source}``, kind ``changed``, ``added`` or ``omitted``), ``attributed_to`` (someone other
    than the claim's speaker the source gives the words to, or null), ``text``
- ``sources`` (by reference number): ``number``, ``id``, ``kind``, ``title``, ``site``,
  ``url``, ``urls``, ``published``, ``accessed_at``, ``text_hash``, ``copies_of`` (source id
  or null), ``original_id`` (the source a chain of copies leads to; its own id if not a copy)

Scores that are not finite numbers are written as null, so the output is strict JSON.
"""

from __future__ import annotations

import json
import math
from typing import Any

from factcheck.checks import number_record, quote_record
from factcheck.report.data import (
    ReportClaim,
    ReportData,
    ReportEvidence,
    ReportSource,
    ReportVerdict,
)
from factcheck.report.dates import iso
from factcheck.report.tally import SourceIndex, needs_correction, rating_table, tally
from factcheck.scale import UNCHECKED, Rating

FORMAT = "factcheck-report"
VERSION = 2


def render_json(data: ReportData) -> str:
    # Compact, because the C encoder only runs without indent (several times faster on a big
    # report); `python -m json.tool` or jq indents it for reading.
    document = report_document(data)
    return (
        json.dumps(
            document,
            sort_keys=True,
            ensure_ascii=False,
            allow_nan=False,
            separators=(",", ":"),
        )
        + "\n"
    )


def report_document(data: ReportData) -> dict[str, Any]:
    """The report as plain JSON-ready values (what `render_json` serialises)."""
    ratings = rating_table(data)
    sources = SourceIndex(data.sources)
    counts = tally(data, ratings)
    article = data.article
    return {
        "format": FORMAT,
        "version": VERSION,
        "generated_at": iso(data.generated_at),
        "url": data.url,
        "publisher": data.publisher,
        "article": {
            "id": article.id,
            "title": article.title,
            "byline": article.byline,
            "url": article.url,
            "published": iso(article.published),
            "text": article.text,
        },
        "scale": [_rating(r) for r in data.scale],
        "summary": {
            "counts": [{"rating": r.name, "count": n} for r, n in counts.counts]
            + [{"rating": UNCHECKED, "count": counts.unchecked}],
            "total": counts.total,
            "checked": counts.checked,
            "unchecked": counts.unchecked,
            "share_checked": counts.share_checked,
            "needs_correction": [c.id for c in data.claims if needs_correction(c, ratings)],
            "checkers": list(counts.checkers),
            "sources": len(sources.by_id),
            "independent_sources": sources.independent(list(sources.by_id)),
        },
        "claims": [_claim(c, ratings, sources) for c in data.claims],
        "sources": [_source(s, sources) for s in sources.ordered],
    }


def _rating(rating: Rating) -> dict[str, Any]:
    return {
        "name": rating.name,
        "meaning": rating.meaning,
        "review_value": rating.review_value,
        "needs_correction": rating.needs_correction,
    }


def _number(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def _verdict(verdict: ReportVerdict) -> dict[str, Any]:
    return {
        "rating": verdict.rating,
        "rationale": verdict.rationale,
        "correction": verdict.correction,
        "checker": verdict.checker,
        "created_at": iso(verdict.created_at),
        "given_on_earlier_wording": verdict.wording_text,
    }


def _claim(claim: ReportClaim, ratings: dict[str, Rating], sources: SourceIndex) -> dict[str, Any]:
    return {
        "id": claim.id,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "paragraph": claim.paragraph,
        "kind": claim.kind,
        "speaker": claim.speaker,
        "score": _number(claim.score),
        "rating": claim.verdict.rating if claim.verdict else UNCHECKED,
        "needs_correction": needs_correction(claim, ratings),
        "verdict": _verdict(claim.verdict) if claim.verdict else None,
        "history": [_verdict(v) for v in claim.history],
        "evidence": [_evidence(e, sources) for e in claim.evidence],
        "source_ids": list(claim.source_ids),
        "source_numbers": [sources.number(i) for i in claim.source_ids],
        "independent_sources": sources.independent(sources.cited(claim)),
    }


def _evidence(evidence: ReportEvidence, sources: SourceIndex) -> dict[str, Any]:
    return {
        "id": evidence.id,
        "source_id": evidence.source_id,
        "source_number": sources.number(evidence.source_id),
        "text": evidence.text,
        "start": evidence.start,
        "end": evidence.end,
        "score": _number(evidence.score),
        "number_checks": [number_record(check) for check in evidence.number_checks],
        "quote_check": quote_record(evidence.quote_check) if evidence.quote_check else None,
        "page": evidence.page,
    }


def _source(source: ReportSource, sources: SourceIndex) -> dict[str, Any]:
    return {
        "number": source.number,
        "id": source.id,
        "kind": source.kind,
        "title": source.title,
        "site": source.site,
        "url": source.url,
        "urls": list(source.urls),
        "published": iso(source.published),
        "accessed_at": iso(source.accessed_at),
        "text_hash": source.text_hash,
        "copies_of": source.copies_of,
        "original_id": sources.original(source.id),
    }

"""The JSON export: documented shape, strict JSON, stable bytes, ISO times."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import datetime

import pytest
from test_report_data import NASTY, build_report, hostile_report

from factcheck.checks import NumberResult, QuoteResult, describe_number, describe_quote
from factcheck.report import jsonreport
from factcheck.report.jsonreport import render_json

TOP = {
    "format",
    "version",
    "generated_at",
    "url",
    "publisher",
    "article",
    "scale",
    "summary",
    "claims",
    "sources",
}
CLAIM = {
    "id",
    "text",
    "start",
    "end",
    "paragraph",
    "kind",
    "speaker",
    "score",
    "rating",
    "needs_correction",
    "verdict",
    "history",
    "evidence",
    "source_ids",
    "source_numbers",
    "independent_sources",
}
VERDICT = {"rating", "rationale", "correction", "checker", "created_at", "given_on_earlier_wording"}
EVIDENCE = {
    "id",
    "source_id",
    "source_number",
    "text",
    "start",
    "end",
    "score",
    "number_checks",
    "quote_check",
    "page",
}
SOURCE = {
    "number",
    "id",
    "kind",
    "title",
    "site",
    "url",
    "urls",
    "published",
    "accessed_at",
    "text_hash",
    "copies_of",
    "original_id",
}
NUMBER_CHECK = {
    "status",
    "how",
    "tone",
    "claim",
    "source",
    "kind",
    "unit",
    "per",
    "claim_value",
    "source_value",
    "converted",
    "claim_direction",
    "source_direction",
    "claim_derived",
    "source_derived",
    "text",
}
QUOTE_CHECK = {"status", "tone", "score", "differences", "attributed_to", "text"}
SUMMARY = {
    "counts",
    "total",
    "checked",
    "unchecked",
    "share_checked",
    "needs_correction",
    "checkers",
    "sources",
    "independent_sources",
}


def load(data) -> dict:
    return json.loads(render_json(data))


def test_the_shape_is_the_documented_one():
    doc = load(build_report())
    assert set(doc) == TOP
    assert doc["format"] == "factcheck-report" and doc["version"] == 2
    assert set(doc["summary"]) == SUMMARY
    assert set(doc["article"]) == {"id", "title", "byline", "url", "published", "text"}
    for claim in doc["claims"]:
        assert set(claim) == CLAIM
        assert claim["verdict"] is None or set(claim["verdict"]) == VERDICT
        assert all(set(v) == VERDICT for v in claim["history"])
        assert all(set(e) == EVIDENCE for e in claim["evidence"])
    assert all(set(s) == SOURCE for s in doc["sources"])
    # Every key named here is in the module's documentation of the shape.
    for key in TOP | CLAIM | VERDICT | EVIDENCE | SOURCE | SUMMARY | NUMBER_CHECK | QUOTE_CHECK:
        assert f"``{key}``" in jsonreport.__doc__, key


def test_the_content_matches_the_data():
    data = build_report()
    doc = load(data)
    assert [c["id"] for c in doc["claims"]] == [c.id for c in data.claims]
    refuted = doc["claims"][0]
    assert refuted["rating"] == "refuted" and refuted["needs_correction"] is True
    assert refuted["verdict"]["correction"] == "more than $2 billion in annualized revenue"
    assert [v["rating"] for v in refuted["history"]] == ["mostly-supported", "refuted"]
    assert refuted["source_numbers"] == [1, 2]
    assert refuted["independent_sources"] == 1
    (stored,) = refuted["evidence"][0]["number_checks"]
    assert set(stored) == NUMBER_CHECK
    assert stored["text"] == "claim $2.5 billion, source $2.1 billion"
    assert (stored["status"], stored["how"]) == (None, "stored")
    assert doc["claims"][-1]["rating"] == "unchecked" and doc["claims"][-1]["verdict"] is None
    assert doc["summary"]["needs_correction"] == [11, 15]
    assert doc["summary"]["counts"][-1] == {"rating": "unchecked", "count": 1}
    assert (doc["summary"]["sources"], doc["summary"]["independent_sources"]) == (6, 5)
    wire = next(s for s in doc["sources"] if s["number"] == 2)
    assert (wire["copies_of"], wire["original_id"]) == (101, 101)
    assert [s["number"] for s in doc["sources"]] == [1, 2, 3, 4, 5, 6]
    assert doc["article"]["text"] == data.article.text
    assert [r["name"] for r in doc["scale"]] == [r.name for r in data.scale]


def test_times_are_iso_8601_in_utc():
    doc = load(build_report())
    assert doc["generated_at"] == "2026-03-03T12:00:05Z"
    # A naive datetime from the store is read as UTC.
    assert doc["claims"][0]["verdict"]["created_at"] == "2026-03-02T10:00:00Z"
    assert doc["article"]["published"] == "2026-02-26"
    for value in (doc["generated_at"], doc["sources"][0]["accessed_at"]):
        assert datetime.fromisoformat(value).utcoffset().total_seconds() == 0


def test_output_is_stable_and_keys_sorted():
    data = build_report()
    text = render_json(data)
    assert text == render_json(data) == render_json(replace(data, sources=data.sources[::-1]))
    again = json.dumps(json.loads(text), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert text == again + "\n"


def test_a_score_that_is_not_a_number_is_written_as_null():
    data = build_report()
    claim = replace(data.claims[0], score=math.nan)
    doc = load(replace(data, claims=(claim, *data.claims[1:])))
    assert doc["claims"][0]["score"] is None


@pytest.mark.parametrize("nasty", NASTY)
def test_outside_text_round_trips(nasty):
    doc = load(hostile_report(nasty))
    claim = doc["claims"][-1]
    assert claim["text"] == claim["speaker"] == claim["verdict"]["rationale"] == nasty
    assert [check["text"] for check in claim["evidence"][0]["number_checks"]] == [nasty]
    assert claim["evidence"][0]["quote_check"]["text"] == nasty
    assert doc["article"]["title"] == nasty


def test_checks_are_data_with_their_line():
    """Scripts read what a check found (status, reason, both values in the claim's units)
    without parsing a sentence; `text` is the line the other front ends show."""
    data = build_report()
    converted = NumberResult(
        "differs", "value", "a 10-mile run", "a 20 km run", "measure", "miles",
        10.0, 12.43, converted=True,
    )  # fmt: skip
    quote = QuoteResult("near", 0.9, (("changed", "a", "any"),), attributed_to="Piet Vos")
    evidence = replace(data.claims[0].evidence[0], number_checks=(converted,), quote_check=quote)
    claim = replace(data.claims[0], evidence=(evidence,))
    doc = load(replace(data, claims=(claim, *data.claims[1:])))
    (figure,) = doc["claims"][0]["evidence"][0]["number_checks"]
    assert set(figure) == NUMBER_CHECK
    assert (figure["status"], figure["how"], figure["tone"]) == ("differs", "value", "differs")
    assert (figure["claim_value"], figure["source_value"], figure["unit"]) == (10, 12.43, "miles")
    assert figure["converted"] is True and figure["per"] is None
    assert figure["text"] == describe_number(converted)
    found = doc["claims"][0]["evidence"][0]["quote_check"]
    assert set(found) == QUOTE_CHECK
    assert (found["status"], found["tone"], found["attributed_to"]) == (
        "near",
        "differs",
        "Piet Vos",
    )
    assert found["differences"] == [{"kind": "changed", "quote": "a", "source": "any"}]
    assert found["text"] == describe_quote(quote)

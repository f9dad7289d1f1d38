"""schema.org ClaimReview JSON-LD: one review per checked claim, in the shape Google reads."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from test_report_data import NASTY, build_report, hostile_report

from factcheck.report.claimreview import render_claimreview
from factcheck.scale import DEFAULT_SCALE


def graph(data) -> list[dict]:
    doc = json.loads(render_claimreview(data))
    assert doc["@context"] == "https://schema.org"
    return doc["@graph"]


def test_one_review_per_claim_with_a_verdict_in_article_order():
    data = build_report()
    reviews = graph(data)
    assert [r["claimReviewed"] for r in reviews] == [c.text for c in data.claims if c.verdict]
    assert len(reviews) == 6


def test_each_review_has_the_required_shape():
    for review in graph(build_report()):
        assert review["@type"] == "ClaimReview"
        assert set(review) >= {
            "claimReviewed",
            "reviewRating",
            "itemReviewed",
            "author",
            "datePublished",
            "url",
        }
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["datePublished"] == "2026-02-26"
        assert item["appearance"] == {
            "@type": "NewsArticle",
            "headline": "Inside OpenAI’s Race to Catch Up to Claude Code",
            "url": "https://www.wired.com/story/openai-codex-race-claude-code/",
            "datePublished": "2026-02-26",
        }
        assert review["author"]["@type"] == "Person"
        assert review["publisher"] == {"@type": "Organization", "name": "Example Research Desk"}


def test_rating_values_come_from_the_scale_and_are_left_out_where_it_has_none():
    values = {r.name: r.review_value for r in DEFAULT_SCALE}
    for review in graph(build_report()):
        rating = review["reviewRating"]
        value = values[rating["alternateName"]]
        if value is None:
            assert not {"ratingValue", "bestRating", "worstRating"} & set(rating)
        else:
            assert (rating["ratingValue"], rating["bestRating"], rating["worstRating"]) == (
                value,
                5,
                1,
            )
    names = [r["reviewRating"]["alternateName"] for r in graph(build_report())]
    assert {"unverifiable", "opinion", "refuted", "supported"} <= set(names)


def test_claim_author_is_the_speaker_and_review_author_the_checker():
    reviews = {r["url"]: r for r in graph(build_report())}
    quote = reviews["https://desk.example/reports/7#claim-14"]
    assert quote["itemReviewed"]["author"] == {"@type": "Person", "name": "Sam Altman"}
    refuted = reviews["https://desk.example/reports/7#claim-11"]
    assert "author" not in refuted["itemReviewed"]
    assert refuted["author"] == {"@type": "Person", "name": "ben"}
    assert refuted["datePublished"] == "2026-03-02T10:00:00Z"


def test_without_a_report_url_or_a_web_article_url_those_are_left_out():
    data = build_report(url=None)
    data = replace(data, article=replace(data.article, url="javascript:alert(1)"))
    for review in graph(data):
        assert "url" not in review
        assert "url" not in review["itemReviewed"]["appearance"]


def test_without_a_checker_the_publisher_is_the_author():
    data = build_report()
    claim = data.claims[0]
    anonymous = replace(claim, verdict=replace(claim.verdict, checker=""))
    reviews = graph(replace(data, claims=(anonymous,)))
    assert reviews[0]["author"] == {"@type": "Organization", "name": "Example Research Desk"}


def test_output_is_stable():
    data = build_report()
    assert render_claimreview(data) == render_claimreview(data)


@pytest.mark.parametrize("nasty", NASTY)
def test_outside_text_cannot_close_a_script_element(nasty):
    text = render_claimreview(hostile_report(nasty))
    assert "<" not in text and ">" not in text and "&" not in text
    review = json.loads(text)["@graph"][-1]
    assert review["claimReviewed"] == nasty
    assert review["itemReviewed"]["author"]["name"] == nasty if nasty else True

"""Other desks' fact-checks in: ClaimReview feeds in every shape, and bad ones refused whole."""

from __future__ import annotations

import json

import pytest
from test_cli import digest, run

from factcheck.errors import BadInput
from factcheck.intake.claimreview import read_reviews


def review(n: int, claim: str, rating="False", **extra) -> dict:
    item = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"https://checkers.example.org/checks/{n}",
        "claimReviewed": claim,
        "datePublished": f"2025-10-0{n % 9 + 1}T09:00:00Z",
        "author": {"@type": "Organization", "name": "Harbour Checkers"},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Ray Doyle"}},
        "reviewRating": {"@type": "Rating", "ratingValue": 1, "alternateName": rating},
    }
    item.update(extra)
    return item


def data_feed(*items) -> dict:
    """A schema.org DataFeed, as fact-check aggregators publish one: each element's item(s)."""
    return {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "dateModified": "2025-10-09T00:00:00Z",
        "dataFeedElement": [
            {"@type": "DataFeedItem", "dateCreated": "2025-10-02", "item": item} for item in items
        ],
    }


def google(*items: dict) -> dict:
    """The same reviews as the Google Fact Check Tools API answers a claims search."""
    return {
        "claims": [
            {
                "text": item["claimReviewed"],
                "claimant": item["itemReviewed"]["author"]["name"],
                "claimDate": "2025-09-30T00:00:00Z",
                "claimReview": [
                    {
                        "publisher": {"name": item["author"]["name"], "site": "checkers.example"},
                        "url": item["url"],
                        "title": "Checked",
                        "reviewDate": item["datePublished"],
                        "textualRating": item["reviewRating"]["alternateName"],
                        "languageCode": "en",
                    }
                ],
            }
            for item in items
        ],
        "nextPageToken": "CAE",
    }


FERRY = "The Harbour Board will spend $45 million on a new ferry terminal."
BRIDGE = "The new bridge carries 40,000 cars a day."
ONE, TWO = review(1, FERRY, "Mostly false"), review(2, BRIDGE, "Pants on Fire")


@pytest.mark.parametrize(
    "shape",
    [
        lambda: json.dumps(ONE),
        lambda: json.dumps([ONE, TWO]),
        lambda: json.dumps({"@context": "https://schema.org", "@graph": [ONE, TWO]}),
        lambda: json.dumps(ONE) + "\n" + json.dumps(TWO) + "\n",
        lambda: json.dumps(data_feed([ONE], [TWO])),
        lambda: json.dumps(data_feed(ONE, TWO)),
        lambda: json.dumps(google(ONE, TWO)),
        lambda: json.dumps(google(ONE)) + "\n" + json.dumps(google(TWO)) + "\n",
    ],
    ids=[
        "object",
        "list",
        "graph",
        "json-lines",
        "data-feed",
        "data-feed-items",
        "google",
        "google-pages",
    ],
)
def test_every_shape_of_feed_is_read(shape) -> None:
    found = read_reviews(shape().encode(), "feed.json").reviews
    first = found[0]
    assert (first.claim, first.rating, first.publisher) == (
        FERRY,
        "Mostly false",
        "Harbour Checkers",
    )
    assert first.published == "2025-10-02" and first.claimant == "Ray Doyle"
    assert first.url == "https://checkers.example.org/checks/1"


def test_other_types_in_a_graph_are_skipped_and_a_numeric_rating_is_kept_as_written() -> None:
    numeric = review(3, BRIDGE)
    numeric["reviewRating"] = {"ratingValue": 2, "bestRating": 5}
    graph = {"@graph": [{"@type": "Organization", "name": "Harbour Checkers"}, numeric]}
    (only,) = read_reviews(json.dumps(graph).encode(), "feed.json").reviews
    assert only.rating == "2/5"


@pytest.mark.parametrize(
    ("feed", "reason"),
    [
        ([ONE, review(2, "")], "review 2: no claimReviewed"),
        ([{k: v for k, v in ONE.items() if k != "claimReviewed"}], "review 1: no claimReviewed"),
        ([review(1, FERRY, reviewRating=[{"alternateName": "False"}])], "reviewRating is a list"),
        ([{k: v for k, v in ONE.items() if k != "url"}], "review 1: no url"),
        ([{"@type": "Article", "headline": "x"}], "no ClaimReview in the file"),
        ({"@type": "DataFeed", "dataFeedElement": "none"}, "dataFeedElement is not a list"),
        (data_feed({"@type": "Article"}), "no ClaimReview in the file"),
        ({"claims": "none"}, "claims is not a list"),
        ({"claims": [{"text": FERRY}]}, "claim 1: no claimReview"),
        (
            {"claims": [{"claimReview": [{"url": ONE["url"], "textualRating": "False"}]}]},
            "review 1: no text",
        ),
        (google(ONE, {**TWO, "url": "ftp://x"}), "review 2: no url"),
        (
            {"claims": [{"text": FERRY, "claimReview": [{"url": ONE["url"]}]}]},
            "review 1: no textualRating",
        ),
        (
            {
                "claims": [
                    {
                        "text": FERRY,
                        "claimReview": [{"url": ONE["url"], "textualRating": ["False"]}],
                    }
                ]
            },
            "review 1: textualRating is a list",
        ),
    ],
)
def test_bad_feeds_name_the_item(feed, reason: str) -> None:
    with pytest.raises(BadInput, match=reason):
        read_reviews(json.dumps(feed).encode(), "feed.json")


def test_repeated_review_urls_in_one_feed_are_counted() -> None:
    again = dict(ONE, reviewRating={"alternateName": "False"})
    feed = read_reviews(json.dumps([ONE, TWO, again, ONE]).encode(), "feed.json")
    assert [r.url for r in feed.reviews] == [ONE["url"], TWO["url"]]
    assert feed.reviews[0].rating == "Mostly false"  # the first is kept
    assert feed.repeated == 2


@pytest.fixture
def db(db_url: str) -> str:
    return db_url


def test_import_is_idempotent_by_url_and_similar_shows_them(db: str, tmp_path) -> None:
    article = tmp_path / "story.txt"
    article.write_text(
        "The Harbour Board will spend $45 million on a new ferry terminal, its chair said.\n",
        encoding="utf-8",
    )
    assert run(db, "import", str(article)).exit_code == 0
    feed = tmp_path / "reviews.json"
    feed.write_text(json.dumps([ONE, TWO]), encoding="utf-8")
    first = run(db, "import", str(feed))
    assert first.exit_code == 0, first.output
    assert "imported 2 fact-checks from" in first.output and "2 new" in first.output
    assert "repeated" not in first.output
    before = digest(db)
    again = run(db, "import", str(feed))
    assert "0 new, 0 updated, 2 unchanged" in again.output
    assert digest(db) == before
    changed = dict(ONE, reviewRating={"alternateName": "False"})
    feed.write_text(json.dumps([changed]), encoding="utf-8")
    assert "0 new, 1 updated, 0 unchanged" in run(db, "import", str(feed)).output
    shown = run(db, "similar", "1").output.splitlines()
    assert shown[0].endswith("Harbour Checkers, 2025-10-02: “False” (as they rate it)")
    assert shown[1].strip() == FERRY
    assert BRIDGE not in "\n".join(shown)


def test_a_google_feed_with_repeats_imports_and_says_so(db: str, tmp_path) -> None:
    feed = tmp_path / "search.json"
    feed.write_text(json.dumps(google(ONE, TWO, ONE)), encoding="utf-8")
    result = run(db, "import", str(feed))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"imported 2 fact-checks from {feed}: 2 new, 0 updated, 0 unchanged; "
        "1 repeated in the feed (same URL), kept once"
    ]


@pytest.mark.parametrize("bad", ["no-claim", "list-rating", "huge", "google-no-rating"])
def test_a_bad_feed_is_one_line_and_stores_nothing(db: str, tmp_path, bad: str) -> None:
    article = tmp_path / "story.txt"
    article.write_text("The new bridge carries 40,000 cars a day, the council said.\n", "utf-8")
    assert run(db, "import", str(article)).exit_code == 0
    feed = tmp_path / "reviews.json"
    if bad == "no-claim":
        feed.write_text(json.dumps([ONE, {**TWO, "claimReviewed": None}]), encoding="utf-8")
    elif bad == "google-no-rating":
        shaped = google(ONE, TWO)
        del shaped["claims"][1]["claimReview"][0]["textualRating"]
        feed.write_text(json.dumps(shaped), encoding="utf-8")
    elif bad == "list-rating":
        feed.write_text(json.dumps([{**ONE, "reviewRating": [{}, {}]}]), encoding="utf-8")
    else:
        items = [review(n, f"{FERRY} Version {n}.") for n in range(18_000)]
        feed.write_text("\n".join(json.dumps(item) for item in items), encoding="utf-8")
        assert feed.stat().st_size > 8 * 1024 * 1024
    before = digest(db)
    result = run(db, "import", str(feed))
    assert result.exit_code != 0
    assert len(result.output.strip().splitlines()) == 1 and str(feed) in result.output
    assert digest(db) == before

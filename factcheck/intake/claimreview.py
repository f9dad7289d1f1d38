"""Other desks' fact-checks in: schema.org ClaimReview, as fact-checkers publish it.

A feed is one ClaimReview object, a list of them, a JSON-LD document with an `@graph`, a
schema.org DataFeed (as fact-check aggregators publish them), an answer of the Google Fact
Check Tools API (`claims` with their `claimReview`), or JSON Lines of any of these.  Each
review keeps what the publisher wrote: the claim, the rating as written ("Pants on Fire",
"Falso", "Mostly true"), the publisher, the date and the URL that identifies it.  A feed is
read whole before anything is stored, and one bad item (no `claimReviewed`, a rating that is
a list, no URL) refuses the feed with the item named: a half-imported feed would be worse
than none.  A URL given twice in one feed is kept once (the first) and counted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from factcheck.errors import BadInput
from factcheck.limits import FEED_BYTES, MB, megabytes
from factcheck.sources.targets import is_web_address, without_userinfo

MAX_FEED_BYTES = FEED_BYTES  # the cap on a feed (factcheck.limits says why)
_SNIFF = 65536


@dataclass(frozen=True)
class Review:
    """One fact-check by another desk, as its publisher wrote it."""

    url: str
    claim: str
    rating: str
    publisher: str | None
    published: str | None
    claimant: str | None


@dataclass(frozen=True)
class ReviewFeed:
    """The reviews of one feed, each URL once, and how many repeats of a URL were dropped."""

    reviews: list[Review]
    repeated: int = 0
    """Reviews whose URL an earlier review of the same feed already had (the first is kept)."""


def looks_like_claimreview(head: bytes) -> bool:
    """A JSON (or JSON Lines) file that names ClaimReview near its start (schema.org's
    `ClaimReview` type, or the `claimReview` list of a Google Fact Check Tools answer)."""
    start = head.lstrip()[:1]
    return start in (b"{", b"[") and (
        b"ClaimReview" in head[:_SNIFF] or b'"claimReview"' in head[:_SNIFF]
    )


def read_reviews(data: bytes, name: str) -> ReviewFeed:
    """Every ClaimReview of a feed, or BadInput naming the first thing wrong with it."""
    if len(data) > MAX_FEED_BYTES:
        raise BadInput(
            f"a feed of {len(data) / MB:.1f} MB is over the "
            f"{megabytes(MAX_FEED_BYTES)} MB limit; split it into smaller files",
            subject=name,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"not UTF-8 (byte {exc.start})", subject=name) from None
    found = _Found(name)
    for document in _documents(text, name):
        found.collect(document, depth=0)
    if not found.items:
        raise BadInput("no ClaimReview in the file", subject=name)
    reviews: dict[str, Review] = {}
    for number, (item, claim) in enumerate(found.items, start=1):
        where = f"{name}: review {number}"
        review = _review(item, where) if claim is None else _google_review(item, claim, where)
        reviews.setdefault(review.url, review)
    return ReviewFeed(list(reviews.values()), len(found.items) - len(reviews))


def _documents(text: str, name: str) -> list:
    try:
        return [json.loads(text)]
    except json.JSONDecodeError as whole:
        documents = []
        for line_number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                documents.append(json.loads(line))
            except json.JSONDecodeError:
                if line_number == 1:
                    raise BadInput(
                        f"not JSON ({whole.msg}, line {whole.lineno})", subject=name
                    ) from None
                raise BadInput("not a JSON line", subject=f"{name}:{line_number}") from None
        return documents


class _Found:
    """The reviews of a feed in order, whatever shape holds them: a ClaimReview (alone, in a
    list or an `@graph`), a schema.org DataFeed's elements and their items, or a Google Fact
    Check Tools answer (`claims`, each with its `claimReview` list), kept with its claim."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.items: list[tuple[dict, dict | None]] = []
        self.claims = 0

    def collect(self, value, depth: int) -> None:
        if depth > 3:
            return
        if isinstance(value, list):
            for item in value:
                self.collect(item, depth + 1)
        elif isinstance(value, dict):
            if "@graph" in value:
                self.collect(value["@graph"], depth + 1)
            elif _is_type(value, "DataFeed"):
                self._data_feed(value)
            elif "claims" in value and "@type" not in value:
                self._google(value["claims"])
            elif _is_type(value, "ClaimReview"):
                self.items.append((value, None))

    def _data_feed(self, feed: dict) -> None:
        elements = feed.get("dataFeedElement")
        if not isinstance(elements, list):
            raise BadInput("dataFeedElement is not a list", subject=self.name)
        for element in elements:
            if isinstance(element, dict) and "item" in element:
                element = element["item"]
            for item in element if isinstance(element, list) else [element]:
                if isinstance(item, dict) and _is_type(item, "ClaimReview"):
                    self.items.append((item, None))

    def _google(self, claims) -> None:
        if not isinstance(claims, list):
            raise BadInput("claims is not a list", subject=self.name)
        for claim in claims:
            self.claims += 1
            reviews = claim.get("claimReview") if isinstance(claim, dict) else None
            if not isinstance(reviews, list) or not reviews:
                raise BadInput(
                    "no claimReview (the list of its fact-checks)",
                    subject=f"{self.name}: claim {self.claims}",
                )
            for review in reviews:
                if not isinstance(review, dict):
                    raise BadInput(
                        "a claimReview that is not an object",
                        subject=f"{self.name}: claim {self.claims}",
                    )
                self.items.append((review, claim))


def _is_type(item: dict, name: str) -> bool:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1] == name for k in kinds)


def _review(item: dict, where: str) -> Review:
    claim = item.get("claimReviewed")
    if not isinstance(claim, str) or not claim.strip():
        raise BadInput("no claimReviewed (the claim that was checked)", subject=where)
    url = _url(item.get("url") or item.get("@id"), where)
    rating = item.get("reviewRating")
    if isinstance(rating, list):
        raise BadInput("reviewRating is a list; a fact-check has one rating", subject=where)
    written = _rating_as_written(rating)
    if written is None:
        raise BadInput("no reviewRating with an alternateName or a ratingValue", subject=where)
    return Review(
        url=url,
        claim=" ".join(claim.split()),
        rating=written[:300],
        publisher=_name(item.get("author")) or _name(item.get("publisher")),
        published=_date(item.get("datePublished")),
        claimant=_name((item.get("itemReviewed") or {}).get("author"))
        if isinstance(item.get("itemReviewed"), dict)
        else None,
    )


def _google_review(item: dict, claim: dict, where: str) -> Review:
    """One review of a Google Fact Check Tools claim: the claim's text, the review's own URL,
    publisher and `textualRating` (the publisher's words, as ClaimReview's alternateName)."""
    text = claim.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadInput("no text (the claim that was checked)", subject=where)
    url = _url(item.get("url"), where)
    rating = item.get("textualRating")
    if isinstance(rating, list):
        raise BadInput("textualRating is a list; a fact-check has one rating", subject=where)
    if not isinstance(rating, str) or not rating.strip():
        raise BadInput("no textualRating (the publisher's rating)", subject=where)
    publisher = item.get("publisher")
    return Review(
        url=url,
        claim=" ".join(text.split()),
        rating=" ".join(rating.split())[:300],
        publisher=_name(publisher)
        or (_name(publisher.get("site")) if isinstance(publisher, dict) else None),
        published=_date(item.get("reviewDate")),
        claimant=_name(claim.get("claimant")),
    )


def _url(value, where: str) -> str:
    if not isinstance(value, str) or not is_web_address(value.strip()):
        raise BadInput("no url (an http(s) address identifies a fact-check)", subject=where)
    # A login in a review's address opens nothing of ours and is never kept.
    return without_userinfo(value.strip())[0][:2000]


def _rating_as_written(rating) -> str | None:
    if not isinstance(rating, dict):
        return None
    for key in ("alternateName", "name"):
        value = rating.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    value = rating.get("ratingValue")
    if isinstance(value, int | float | str) and str(value).strip():
        best = rating.get("bestRating")
        if isinstance(best, int | float | str) and str(best).strip():
            return f"{value}/{best}"
        return str(value)
    return None


def _name(value) -> str | None:
    if isinstance(value, str):
        return " ".join(value.split())[:300] or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [name for name in (_name(v) for v in value) if name]
        return ", ".join(names)[:300] or None
    return None


def _date(value) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip()[:10] if value.strip()[:4].isdigit() else value.strip()[:40]

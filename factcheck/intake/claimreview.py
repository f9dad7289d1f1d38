"""Other desks' fact-checks in: schema.org ClaimReview, as fact-checkers publish it.

A feed is one ClaimReview object, a list of them, a JSON-LD document with an `@graph`, or
JSON Lines of any of these (as fact-check data feeds aggregate them).  Each review keeps
what the publisher wrote: the claim, the rating as written ("Pants on Fire", "Falso",
"Mostly true"), the publisher, the date and the URL that identifies it.  A feed is read
whole before anything is stored, and one bad item (no `claimReviewed`, a rating that is a
list, no URL) refuses the feed with the item named: a half-imported feed would be worse
than none.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from factcheck.errors import BadInput

MAX_FEED_BYTES = 8 * 1024 * 1024
"""A feed bigger than this is refused whole: split it (JSON Lines split at any line)."""
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


def looks_like_claimreview(head: bytes) -> bool:
    """A JSON (or JSON Lines) file that names ClaimReview near its start."""
    start = head.lstrip()[:1]
    return start in (b"{", b"[") and (b"ClaimReview" in head[:_SNIFF])


def read_reviews(data: bytes, name: str) -> list[Review]:
    """Every ClaimReview of a feed, or BadInput naming the first thing wrong with it."""
    if len(data) > MAX_FEED_BYTES:
        raise BadInput(
            f"a feed of {len(data) / 1_048_576:.1f} MB is over the "
            f"{MAX_FEED_BYTES // 1_048_576} MB limit; split it into smaller files",
            subject=name,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"not UTF-8 (byte {exc.start})", subject=name) from None
    items = [item for item in _objects(text, name) if _is_review(item)]
    if not items:
        raise BadInput("no ClaimReview in the file", subject=name)
    reviews: dict[str, Review] = {}
    for number, item in enumerate(items, start=1):
        review = _review(item, f"{name}: review {number}")
        reviews.setdefault(review.url, review)
    return list(reviews.values())


def _objects(text: str, name: str) -> list[dict]:
    try:
        documents = [json.loads(text)]
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
    found: list[dict] = []
    for document in documents:
        _flatten(document, found, depth=0)
    return found


def _flatten(value, found: list[dict], depth: int) -> None:
    if depth > 3:
        return
    if isinstance(value, list):
        for item in value:
            _flatten(item, found, depth + 1)
    elif isinstance(value, dict):
        if "@graph" in value:
            _flatten(value["@graph"], found, depth + 1)
        else:
            found.append(value)


def _is_review(item: dict) -> bool:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1] == "ClaimReview" for k in kinds)


def _review(item: dict, where: str) -> Review:
    claim = item.get("claimReviewed")
    if not isinstance(claim, str) or not claim.strip():
        raise BadInput("no claimReviewed (the claim that was checked)", subject=where)
    url = item.get("url") or item.get("@id")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise BadInput("no url (an http(s) address identifies a fact-check)", subject=where)
    rating = item.get("reviewRating")
    if isinstance(rating, list):
        raise BadInput("reviewRating is a list; a fact-check has one rating", subject=where)
    written = _rating_as_written(rating)
    if written is None:
        raise BadInput("no reviewRating with an alternateName or a ratingValue", subject=where)
    return Review(
        url=url.strip()[:2000],
        claim=" ".join(claim.split()),
        rating=written[:300],
        publisher=_name(item.get("author")) or _name(item.get("publisher")),
        published=_date(item.get("datePublished")),
        claimant=_name((item.get("itemReviewed") or {}).get("author"))
        if isinstance(item.get("itemReviewed"), dict)
        else None,
    )


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

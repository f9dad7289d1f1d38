"""A page's publication date is not a reader comment's, a cited document's, or a script's."""

from __future__ import annotations

import gzip

import pytest
from test_sources_content_scripts import SAMPLE

from factcheck.sources.content import extract_content
from factcheck.sources.dates import date_spellings, find_published, vet_date

STORY = (
    "<p>The county council voted on Tuesday to spend more on the ferry service, after two "
    "years of complaints from residents about cancelled crossings and long queues.</p>"
) * 4


def page(*, head: str = "", byline: str = "", after: str = "", html_attrs: str = "") -> bytes:
    return (
        f"<html {html_attrs}><head><title>Ferry money</title>{head}</head><body><article>"
        f"<h1>Ferry money approved</h1>{byline}{STORY}</article>{after}</body></html>"
    ).encode()


def published(markup: bytes) -> str | None:
    return extract_content(markup, "text/html", None).published


@pytest.mark.parametrize(
    "comments",
    [
        "<section id='comments'><div class='comment'><b>Pat</b> <time>March 3, 2025</time>"
        "<p>About time too.</p></div></section>",
        "<div class='comments'><div class='comment-meta'>2025-03-03 10:15</div>"
        "<p>About time.</p></div>",
    ],
)
def test_a_reader_comment_timestamp_is_not_the_publication_date(comments: str) -> None:
    assert published(page(after=comments)) is None


def test_a_date_inside_a_data_attribute_blob_is_not_the_publication_date() -> None:
    blob = "data-info='v:20250211_1;az:{rid: 8, dt: 2025-02-11T19:49:29.77Z};dpi:1'"
    assert published(page(html_attrs=blob)) is None


def test_the_date_the_page_labels_as_published_is_taken() -> None:
    widget = (
        "<div class='widget'><p>Published: Monday, November 17th, 2025 at 11:08 a.m.</p>"
        "<h3>Sources:</h3><div><p>Harbour Board, “<a href='/r'>Annual report</a>,” "
        "Oct. 13, 2025</p></div></div>"
    )
    assert published(page(after=widget)) == "2025-11-17"


def test_metadata_wins_over_dates_in_comments() -> None:
    head = "<meta property='article:published_time' content='2025-06-02T08:00:00Z'>"
    comments = "<div class='comments'><div class='comment-meta'>2025-03-03 10:15</div></div>"
    assert published(page(head=head, after=comments)) == "2025-06-02"


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("9e8c9f082a8d", "2019-11-18"),  # not the date of a statement it checks, or a source
        ("ff0f958ade71", None),  # no date of its own: the one found was a reader's comment
    ],
)
def test_real_pages_keep_their_own_date(prefix: str, expected: str | None) -> None:
    (path,) = SAMPLE.glob(f"{prefix}*.html.gz")
    assert published(gzip.decompress(path.read_bytes())) == expected


def test_vetting_rules() -> None:
    assert {"2025-11-17", "november 17, 2025", "17 nov 2025", "2025年11月17日"} <= date_spellings(
        "2025-11-17"
    )
    markup = "<html><body><script>var d = '2025-02-11';</script><p>Text.</p></body></html>"
    assert not vet_date(markup, "2025-02-11", None)
    assert vet_date(markup, "2025-02-11", "https://example.org/2025/02/11/story")
    assert vet_date(markup, "2024-01-01", None)  # not on the page in a known form: no verdict
    assert find_published(markup, None, None) is None

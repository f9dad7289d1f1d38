"""Source merges a checker can trust (issue 12): a page's own canonical URL, og:url or base href
is a hint, not proof; short texts are never merged by themselves, even when identical; every
merge keeps the copy whole and can be split.  Pages are served by the real local web server."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from test_services_sources import attach
from test_services_sources import claims as claims_fixture

from factcheck.models import Source, SourceURL
from factcheck.services import merges, sources
from factcheck.sources.urls import is_specific_url

# Two different stories of one (made-up) site, long enough to be told apart by their text.
HARBOUR = (
    "The Westport harbour authority approved a plan on Thursday to dredge the main channel "
    "to a depth of fourteen metres, so that container ships of up to 9,000 boxes can dock "
    "without waiting for the tide. The work is to start in May and take two years. "
    "The authority's chair, Miriam Osei, said the cost of 38 million euros would be met by "
    "port fees and a regional loan, and that fishing boats would keep their own berths. "
    "Environmental groups asked for a study of the seagrass beds south of the breakwater."
)
LIBRARY = (
    "The county library will open on Sundays from next month, after the council agreed to "
    "fund eleven new part-time posts. Opening hours on Sundays will run from noon to five. "
    "The head librarian, Tomasz Wilk, said loans had risen by a fifth since the reading "
    "room reopened in January, and that the children's section would host weekend clubs. "
    "The extra hours cost about 240,000 a year, which the council will pay from its "
    "culture budget rather than from the building repair fund, officials said on Monday."
)
# A paywall stub: prose, but short, and the same in front of every story of the site.
STUB = (
    "This article is available to subscribers only. To keep reading, subscribe today for "
    "unlimited access to our journalism, the daily newsletter and the weekend magazine. "
    "Already a subscriber? Sign in with your account to continue reading this story."
)

claims = claims_fixture  # the claims of test_services_sources, as a fixture here too


def page(title: str, body: str, head: str = "", headline: str | None = None) -> bytes:
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in body.rstrip(".").split(". "))
    return (
        f"<!doctype html><html><head><title>{title}</title>{head}</head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news/'>News</a></nav>"
        f"<article><h1>{headline or title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def test_home_and_section_urls_are_not_specific() -> None:
    for url in ("https://example.org", "https://example.org/", "https://example.org/news/"):
        assert not is_specific_url(url), url
    for url in (
        "https://example.org/news/harbour-dredging",
        "https://example.org/2024/05/harbour",
        "https://example.org/story.html",
        "https://example.org/?p=123",
    ):
        assert is_specific_url(url), url


def test_stories_whose_canonical_is_the_home_page_stay_apart(store, claims, page_server):
    money, _ = claims
    home = page_server.url("/")
    link = f'<link rel="canonical" href="{home}"><meta property="og:url" content="{home}">'
    first = page_server.serve("/news/harbour-dredging", page("Harbour", HARBOUR, link), "text/html")
    second = page_server.serve("/news/library-sundays", page("Library", LIBRARY, link), "text/html")
    one, two = attach(store, money, first), attach(store, money, second)
    assert (one.outcome, two.outcome) == ("added", "added")
    assert sources.claim_sources(store, money).independent == 2
    assert all(url != home for url, _how in sources.show_source(store, one.source).urls)
    assert merges.list_merges(store) == []


def test_stories_with_a_base_href_to_the_home_page_stay_apart(store, claims, page_server):
    money, _ = claims
    base = f'<base href="{page_server.url("/")}">'
    first = page_server.serve("/a/harbour-1", page("Harbour", HARBOUR, base), "text/html")
    second = page_server.serve("/a/library-2", page("Library", LIBRARY, base), "text/html")
    results = [attach(store, money, first), attach(store, money, second)]
    assert [r.outcome for r in results] == ["added", "added"]
    assert sources.claim_sources(store, money).independent == 2


def test_a_specific_canonical_url_is_taken_only_when_the_texts_agree(store, claims, page_server):
    """A mirror whose canonical URL names a stored page, with the same text, is a copy of it:
    kept whole (its own title, site, URL and HTML) beside the original, and splittable; a
    page that claims the same canonical URL with another text is a story of its own."""
    money, _ = claims
    headline = "Harbour to be dredged"
    original = page_server.serve(
        "/news/harbour-dredging", page("Harbour", HARBOUR, headline=headline), "text/html"
    )
    link = (
        f'<link rel="canonical" href="{original}">'
        '<meta property="og:site_name" content="Coastal Wire">'
        '<meta property="og:title" content="Wire: dredging plan for Westport">'
    )
    mirror = page_server.serve(
        "/m/9071", page("Wire: dredging", HARBOUR, link, headline=headline), "text/html"
    )
    other = page_server.serve("/m/9072", page("Library", LIBRARY, link), "text/html")
    first = attach(store, money, original)
    same = attach(store, money, mirror)
    assert same.outcome == "merged" and same.kind_of_merge == "same text"
    assert same.source == same.merged_into == first.source and same.copy != first.source
    copy = sources.show_source(store, same.copy)
    kept = sources.show_source(store, first.source)
    assert copy.source.copy_of == first.source
    assert copy.source.site == "Coastal Wire" != kept.source.site
    assert copy.source.title == "Wire: dredging plan for Westport" != kept.source.title
    assert copy.source.url == mirror and any(url == mirror for url, _how in copy.urls)
    with store.read() as session:
        assert session.scalar(select(Source.raw).where(Source.id == same.copy))  # its HTML
        owner = select(SourceURL.source_id).where(SourceURL.url == mirror)
        assert session.scalar(owner) == same.copy  # the mirror's URL is the copy's
    assert sources.claim_sources(store, money).independent == 1
    (merge,) = merges.list_merges(store, "merged")
    assert merge.other == same.copy and "canonical" in merge.rule
    different = attach(store, money, other)
    assert different.outcome == "added" and different.source not in (first.source, same.copy)
    merges.decide_merge(store, merge.id, "split")
    assert sources.claim_sources(store, money).independent == 3
    # Split, the mirror is its own source: attaching its URL again finds it, not the original.
    again = attach(store, money, mirror)
    assert again.outcome == "known" and again.source == same.copy


WIRE = (
    '<meta property="og:site_name" content="Coastal Wire">'
    '<meta property="og:title" content="Wire: dredging plan for Westport">'
)
UPDATED = HARBOUR + " This story was updated with the chair's comments."
MERGES = [
    # (kind of merge, the original's text, the copy's text, the copy names the original)
    ("same text", HARBOUR, HARBOUR, False),
    ("near copy", HARBOUR, UPDATED, False),
    ("same text, canonical URL", HARBOUR, HARBOUR, True),
    ("near copy, og:url", HARBOUR, UPDATED, True),
    ("short text, confirmed", STUB, STUB, False),
]


@pytest.mark.parametrize(("kind", "text", "copied", "named"), MERGES, ids=[m[0] for m in MERGES])
def test_every_kind_of_merge_keeps_the_copy_whole_and_can_be_split(
    store, claims, page_server, kind, text, copied, named
):
    money, _ = claims
    original = page_server.serve("/news/harbour-dredging", page("Harbour", text), "text/html")
    if "og:url" in kind:
        head = WIRE + f'<meta property="og:url" content="{original}">'
    else:
        head = WIRE + (f'<link rel="canonical" href="{original}">' if named else "")
    wire = page("Wire", copied, head, headline="Harbour")
    copy_url = page_server.serve("/wire/harbour-7", wire, "text/html")
    first = attach(store, money, original)
    second = attach(store, money, copy_url)
    if "confirmed" in kind:
        assert second.outcome == "suggested"
        (offer,) = merges.list_merges(store, "suggested")
        merges.decide_merge(store, offer.id, "confirm")
        copy_id = second.source
    else:
        assert second.outcome == "merged" and second.merged_into == first.source
        assert second.kind_of_merge == kind.split(",")[0]
        copy_id = second.copy
    copy = sources.show_source(store, copy_id).source
    assert copy.copy_of == first.source
    assert (copy.site, copy.title, copy.url) == (
        "Coastal Wire",
        "Wire: dredging plan for Westport",
        copy_url,
    )
    with store.read() as session:
        assert session.scalar(select(Source.raw).where(Source.id == copy_id))  # its HTML
        owner = select(SourceURL.source_id).where(SourceURL.url == copy_url)
        assert session.scalar(owner) == copy_id
    assert sources.claim_sources(store, money).independent == 1
    (merge,) = [m for m in merges.list_merges(store) if m.status in ("merged", "confirmed")]
    merges.decide_merge(store, merge.id, "split")
    assert sources.claim_sources(store, money).independent == 2
    assert attach(store, money, copy_url).source == copy_id  # its own source again


def test_identical_short_texts_are_offered_not_merged(store, claims, page_server):
    money, _ = claims
    wall = "Subscribers only"
    harbour, library = page("Harbour", STUB, headline=wall), page("Library", STUB, headline=wall)
    first = page_server.serve("/paywalled/harbour-plan", harbour, "text/html")
    second = page_server.serve("/paywalled/library-hours", library, "text/html")
    one, two = attach(store, money, first), attach(store, money, second)
    assert one.outcome == "added"
    assert two.outcome == "suggested" and two.short_text and two.merged_into == one.source
    assert two.source != one.source
    assert sources.claim_sources(store, money).independent == 2  # nothing merged by itself
    (offer,) = merges.list_merges(store, "suggested")
    assert offer.other == two.source and "short text" in offer.rule


def test_an_identical_text_merge_keeps_the_copy_and_can_be_split(store, claims, page_server):
    money, _ = claims
    headline = "Harbour to be dredged"
    original = page("Harbour plan", HARBOUR, headline=headline)
    first = page_server.serve("/news/harbour-dredging", original, "text/html")
    copy_url = page_server.alt_url("/wire/harbour")
    wire = page("Wire: harbour to be dredged", HARBOUR, headline=headline)
    page_server.serve("/wire/harbour", wire, "text/html")
    one, two = attach(store, money, first), attach(store, money, copy_url)
    assert two.outcome == "merged" and two.kind_of_merge == "same text"
    assert two.merged_into == one.source and two.copy not in (None, one.source)
    copy = sources.show_source(store, two.copy)
    assert copy.source.title == headline and copy.source.copy_of == one.source
    assert copy.source.url == copy_url and any(url == copy_url for url, _how in copy.urls)
    with store.read() as session:
        assert session.scalar(select(Source.raw).where(Source.id == two.copy))  # its HTML
    assert sources.claim_sources(store, money).independent == 1
    (merge,) = merges.list_merges(store, "merged")
    merges.decide_merge(store, merge.id, "split")
    assert sources.claim_sources(store, money).independent == 2


def test_a_near_copy_whose_direction_differs_is_offered_not_merged(store, claims, page_server):
    money, quote = claims
    fell = HARBOUR + " Container traffic through the port fell 3% last year, the authority said."
    rose = fell.replace(" fell 3%", " rose 3%")
    first = page_server.serve("/news/harbour-fell", page("Harbour", fell), "text/html")
    second = page_server.serve("/news/harbour-rose", page("Harbour", rose), "text/html")
    one, two = attach(store, money, first), attach(store, money, second)
    assert one.outcome == "added"
    assert two.outcome == "suggested" and two.merged_into == one.source
    assert two.source != one.source and "direction differs" in (two.rule or "")
    assert sources.claim_sources(store, money).independent == 2
    (offer,) = merges.list_merges(store, "suggested")
    assert offer.other == two.source and "fell" in offer.rule and "rose" in offer.rule
    # Another claim attaching the "rose" page gets that page, never the one saying "fell".
    again = attach(store, quote, second)
    assert again.outcome == "known" and again.source == two.source
    assert "rose 3%" in sources.show_source(store, again.source).text


def test_a_near_copy_whose_figure_or_negation_differs_is_offered(store, claims, page_server):
    money, _ = claims
    base = HARBOUR + " The authority said the plan was approved by 7 votes to 2 at the meeting."
    first = page_server.serve("/news/harbour-vote", page("Harbour", base), "text/html")
    assert attach(store, money, first).outcome == "added"
    edits = {
        "figure": base.replace("7 votes to 2", "5 votes to 4"),
        "negation": base.replace("the plan was approved", "the plan was not approved"),
    }
    for name, text in edits.items():
        url = page_server.serve(f"/news/harbour-{name}", page("Harbour", text), "text/html")
        result = attach(store, money, url)
        assert result.outcome == "suggested", (name, result)
        assert f"a {name} differs" in (result.rule or ""), result.rule

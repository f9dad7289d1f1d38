"""Attaching sources through the service layer, against the real local web server."""

from __future__ import annotations

import tempfile

import pytest
from test_services_claims import db_digest

from factcheck.config import FetchSettings
from factcheck.errors import BadInput, FetchFailed, NotFound
from factcheck.intake.articles import ArticleInput
from factcheck.services import evidence as evidence_service
from factcheck.services import list_claims, merges, sources
from factcheck.services.access import Access
from factcheck.services.articles import import_article
from factcheck.sources.fetch import FetchOptions

FAST = FetchOptions(
    connect_timeout=2, read_timeout=2, deadline=5, retries=1, backoff=0.05, allow_private=True
)
ARTICLE = (
    "Voltaria Energy will build a $2.1 billion battery factory near Millbrook, the company "
    "announced on Monday.\n"
    "“This is the largest single investment our county has ever seen,” said County "
    "Commissioner Dana Whitfield."
)


@pytest.fixture
def claims(store):
    article = ArticleInput(text=ARTICLE, origin="test", published="2024-03-01")
    import_article(store, article)
    found = list_claims(store)
    money = next(c for c in found if "billion" in c.text)
    quote = next(c for c in found if c.kind == "quote")
    return money.id, quote.id


# The page server is on 127.0.0.1 and the tests' files are in the temporary folder: this desk
# fetches private addresses (on either backend) and reads files from there.
DESK = Access(FetchSettings(allow_private="true", file_folders=tempfile.gettempdir()))


def attach(store, claim, target, **kw):
    return sources.attach_source(
        store, claim, target, options=FAST, checker="tester", access=DESK, **kw
    )


def test_the_same_page_by_other_urls_is_one_source(store, claims, page_server) -> None:
    money, quote = claims
    first = attach(store, money, page_server.url("/story/battery-plant"))
    assert first.outcome == "added"
    for variant in (
        "/story/battery-plant/?utm_source=newsletter&fbclid=abc#top",
        "/story/battery-plant/amp",
        "/redirect/3",
    ):
        again = attach(store, quote, page_server.url(variant))
        assert again.source == first.source, variant
    detail = sources.show_source(store, first.source)
    assert detail.source.text_hash and "$2.5 billion" in detail.text
    assert detail.http_status == 200
    assert len(sources.list_sources(store)) == 1
    assert {s.id for s in sources.claim_sources(store, quote).sources} == {first.source}


def test_a_syndicated_copy_merges_and_counts_once(store, claims, page_server) -> None:
    money, _ = claims
    original = attach(store, money, page_server.url("/story/battery-plant"))
    copy = attach(store, money, page_server.alt_url("/syndicated/battery-plant"))
    assert copy.outcome == "merged" and copy.source == original.source
    assert copy.similarity is not None and copy.similarity >= 0.9
    assert copy.merged_into == original.source and copy.kind_of_merge == "near copy"
    listed = sources.claim_sources(store, money)
    assert listed.independent == 1
    (shown,) = listed.sources
    assert [c for c, _url in shown.copies] == [copy.copy]
    merge = next(m for m in merges.list_merges(store) if m.other == copy.copy)
    assert merge.status == "merged" and merge.shared and merge.rule
    # A wrong merge can be split: the copy becomes independent and counts again.
    merges.decide_merge(store, merge.id, "split")
    assert sources.claim_sources(store, money).independent == 2
    with pytest.raises(BadInput, match="cannot be split"):
        merges.decide_merge(store, merge.id, "split")


def test_a_different_story_is_a_new_source(store, claims, page_server) -> None:
    money, _ = claims
    a = attach(store, money, page_server.url("/story/battery-plant"))
    b = attach(store, money, page_server.url("/story/water-use"))
    assert b.outcome == "added" and b.source != a.source
    assert sources.claim_sources(store, money).independent == 2


def test_notes_and_local_files(store, claims, tmp_path, access) -> None:
    money, _ = claims
    note = sources.attach_source(
        store,
        money,
        note="Phone call with Voltaria press office on 2024-03-05: $2.5 billion.",
        checker="ana",
    )
    assert note.outcome == "added"
    path = tmp_path / "statement.txt"
    path.write_text("Voltaria statement: the plant will cost $2.5 billion and employ 1,200.\n" * 3)
    filed = sources.attach_source(store, money, str(path), checker="ana", access=access)
    kinds = {s.kind for s in sources.claim_sources(store, money).sources}
    assert kinds == {"note", "file"} and filed.source != note.source


def _stored_sources(store) -> int:
    from sqlalchemy import func, select

    from factcheck.models import Source

    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Source))


@pytest.mark.parametrize("short", [False, True])
def test_the_same_file_attached_to_a_second_claim_is_the_stored_source(
    store, claims, tmp_path, access, short
) -> None:
    """A file has no URL to be known by: its path and its content are.  Attached again (to
    another claim) it is the source already stored, said so, and not stored twice; a short
    file too, which is no paywall page that might hide another story."""
    money, quote = claims
    path = tmp_path / "statement.txt"
    text = "Voltaria statement: the plant will cost $2.5 billion and employ 1,200.\n"
    path.write_text(text if short else text * 3)
    first = sources.attach_source(store, money, str(path), access=access)
    count = _stored_sources(store)
    again_path = str(tmp_path / "." / "statement.txt")
    again = sources.attach_source(store, quote, again_path, access=access)
    assert (again.outcome, again.source) == ("known", first.source)
    assert again.known_by == str(path.resolve())
    assert _stored_sources(store) == count
    assert first.source in {s.id for s in sources.claim_sources(store, quote).sources}
    from factcheck.cli.sources import describe_attach

    assert describe_attach(again) == f"already stored as source {first.source} ({path.resolve()})"


def test_a_copy_of_the_file_elsewhere_is_the_stored_source(store, claims, tmp_path, access) -> None:
    money, quote = claims
    text = "Voltaria statement: the plant will cost $2.5 billion and employ 1,200.\n" * 3
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "a.txt").write_text(text)
    first = sources.attach_source(store, money, str(tmp_path / "a.txt"), access=access)
    count = _stored_sources(store)
    again = sources.attach_source(store, quote, str(tmp_path / "b" / "a.txt"), access=access)
    assert (again.outcome, again.source) == ("known", first.source)
    assert _stored_sources(store) == count


def test_new_content_at_a_stored_path_is_a_new_source(store, claims, tmp_path, access) -> None:
    money, quote = claims
    path = tmp_path / "statement.txt"
    path.write_text("Voltaria statement: the plant will cost $2.5 billion and employ 1,200.\n" * 3)
    first = sources.attach_source(store, money, str(path), access=access)
    path.write_text("Revised statement: the plant will now cost $2.9 billion, 900 jobs.\n" * 3)
    again = sources.attach_source(store, quote, str(path), access=access)
    assert again.outcome == "added" and again.source != first.source
    (shown,) = sources.claim_sources(store, quote).sources
    assert shown.id == again.source


def test_source_published_after_the_article_is_marked(store, claims, page_server) -> None:
    money, _ = claims
    attach(store, money, page_server.url("/story/battery-plant"))  # published 2024-03-04
    (view,) = sources.claim_sources(store, money).sources
    assert view.published == "2024-03-04" and view.after_article


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/status/404", "404"),
        ("/status/500", "500"),
        ("/loop/a", "loop"),
        ("/no-article", "text"),
        ("/gzip-bomb", "MB"),
        ("/binary", "binary"),
        ("/slow?delay=3", "no response"),
    ],
)
def test_bad_pages_fail_clearly_and_store_nothing(store, claims, page_server, path, words) -> None:
    money, _ = claims
    before = db_digest(store)
    with pytest.raises((FetchFailed, BadInput)) as failure:
        attach(store, money, page_server.url(path))
    assert words.lower() in str(failure.value).lower()
    assert "\n" not in str(failure.value)
    assert db_digest(store) == before


def test_bad_targets(store, claims) -> None:
    money, _ = claims
    before = db_digest(store)
    with pytest.raises(BadInput, match="javascript"):
        attach(store, money, "javascript:alert(1)")
    with pytest.raises(NotFound, match="no claim 999"):
        attach(store, 999, "http://127.0.0.1:9/x")
    with pytest.raises(FetchFailed, match="127.0.0.1"):
        attach(store, money, "http://127.0.0.1:9/refused")
    with pytest.raises(BadInput, match="stance"):
        attach(store, money, "http://127.0.0.1:9/x", stance="maybe")
    assert db_digest(store) == before


def test_batch_fetch_reports_added_merged_and_failed(store, claims, page_server, access) -> None:
    money, _ = claims
    urls = [
        page_server.url("/story/battery-plant"),
        page_server.url("/story/battery-plant/?utm_campaign=x"),
        page_server.alt_url("/syndicated/battery-plant"),
        page_server.url("/story/water-use"),
        page_server.url("/status/404"),
        "ftp://example.org/file",
    ]
    seen = []
    summary = sources.fetch_urls(
        store,
        urls,
        claim_id=money,
        options=FAST,
        on_progress=lambda u, o: seen.append(o),
        access=access,
    )
    assert len(summary.added) == 2
    assert len(summary.merged) + len(summary.known) == 2
    assert len(summary.failed) == 2
    assert len(seen) == len(urls)
    assert sources.claim_sources(store, money).independent == 2


def test_refresh_keeps_the_old_text_when_the_page_changed(
    store, claims, page_server, access
) -> None:
    money, _ = claims
    url = page_server.url("/changing?key=refresh-test")
    first = attach(store, money, url)
    summary = sources.refresh_sources(store, [first.source], options=FAST, access=access)
    assert [r.outcome for r in summary.known] == ["updated"]
    detail = sources.show_source(store, first.source)
    assert len(detail.versions) == 1 and detail.versions[0][1] != detail.source.text_hash


def test_passages_flag_a_different_figure_and_pin(store, claims, page_server) -> None:
    money, quote = claims
    source = attach(store, money, page_server.url("/story/battery-plant")).source
    passages = evidence_service.find_passages(store, money, source)
    best = passages[0]
    assert "$2.5 billion" in best.text and best.flagged
    assert any(check.status == "differs" for check in best.number_checks)
    evidence = evidence_service.pin_evidence(
        store, money, source, best.start, best.end, checker="ana"
    )
    assert evidence.text == best.text
    assert evidence.score == best.score  # pinned, it keeps the score it was listed with
    assert [e.id for e in evidence_service.claim_evidence(store, money)] == [evidence.id]
    # What was stored reads back as the same typed checks that were shown.
    assert (
        evidence.number_checks
        == evidence_service.pin_evidence(
            store, money, source, best.start, best.end, checker="ana"
        ).number_checks
    )
    assert any(check.status == "differs" for check in evidence.number_checks)
    quoted = evidence_service.find_passages(store, quote, source)
    assert quoted[0].quote_check and quoted[0].quote_check.status == "verbatim"
    with pytest.raises(BadInput, match="outside"):
        evidence_service.pin_evidence(store, money, source, 10, 10**9, checker="ana")


def test_a_likely_duplicate_waits_for_the_checker(store, claims, page_server) -> None:
    money, _ = claims
    first = attach(store, money, page_server.url("/pages/library-hours-v1.html"))
    second = attach(store, money, page_server.url("/pages/library-hours-v2.html"))
    assert second.outcome == "suggested" and second.merged_into == first.source
    assert second.kind_of_merge == "near copy" and second.rule and second.copy is None
    (offer,) = merges.list_merges(store, "suggested")
    assert sources.claim_sources(store, money).independent == 2  # not merged until confirmed
    merges.decide_merge(store, offer.id, "confirm")
    assert sources.claim_sources(store, money).independent == 1
    with pytest.raises(BadInput, match="cannot be rejected"):
        merges.decide_merge(store, offer.id, "reject")


def test_thresholds_decide_the_tier(store, claims, page_server) -> None:
    money, _ = claims
    attach(store, money, page_server.url("/story/battery-plant"))
    strict = sources.Tiers(confirm=0.999, suggest=0.5)
    copy = attach(store, money, page_server.alt_url("/syndicated/battery-plant"), tiers=strict)
    assert copy.outcome == "suggested"


def test_attach_with_nothing_to_attach_is_worded_by_each_front_end(store, claims, db_url) -> None:
    """The service says what is missing in the desk's words; the command line names its flag."""
    from click.testing import CliRunner

    from factcheck.cli import main

    money, _ = claims
    with pytest.raises(BadInput) as caught:
        sources.attach_source(store, money)
    assert "note" in str(caught.value) and "--" not in str(caught.value)
    result = CliRunner().invoke(main, ["--db", db_url, "attach", str(money)])
    assert result.exit_code != 0 and "or a --note, to attach" in result.output

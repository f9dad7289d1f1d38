"""A PDF attached to a claim, over HTTP and as a local file: archived whole, cited by page."""

from __future__ import annotations

import hashlib
import json
import zlib

import pytest
from pdfs import scanned_pdf, text_pdf
from test_services_claims import db_digest
from test_services_sources import ARTICLE, attach
from test_sources_pdf import REPORT, RESERVE

from factcheck.errors import BadInput, FetchFailed
from factcheck.intake.articles import ArticleInput
from factcheck.models import Claim, Source
from factcheck.services import evidence as evidence_service
from factcheck.services import list_claims, reports, sources
from factcheck.services.articles import import_article


@pytest.fixture
def claims(store) -> tuple[int, int]:
    import_article(store, ArticleInput(text=ARTICLE, origin="test", published="2024-03-01"))
    found = list_claims(store)
    return found[0].id, found[-1].id


def stored_body(store, source_id: int) -> bytes:
    with store.read() as session:
        return zlib.decompress(session.get(Source, source_id).raw)


def test_a_pdf_over_http_is_archived_with_its_bytes_and_pages(store, claims, page_server) -> None:
    money, _ = claims
    body = text_pdf(REPORT)
    url = page_server.serve("/filings/budget-2024.pdf", body, "application/pdf")
    added = attach(store, money, url)
    assert added.outcome == "added"
    detail = sources.show_source(store, added.source)
    assert detail.content_type == "application/pdf" and detail.pages == 3
    assert detail.source.title == "Harlow County Budget 2024"
    assert detail.author == "Office of the County Treasurer"
    assert detail.source.published == "2024-03-01"
    assert RESERVE in detail.text
    assert stored_body(store, added.source) == body
    assert detail.raw_sha256 == hashlib.sha256(body).hexdigest()


def test_passages_of_a_pdf_cite_their_page(store, claims, page_server) -> None:
    money, _ = claims
    url = page_server.serve("/filings/reserve.pdf", text_pdf(REPORT), "application/pdf")
    source = attach(store, money, url).source
    with store.transaction() as session:
        claim = session.get(Claim, money)
        claim.text = "The water district's reserve fund stands at $15 million."
    best = evidence_service.find_passages(store, money, source, limit=1)[0]
    assert best.page == "p. 2" and "reserve fund" in best.text
    pinned = evidence_service.pin_evidence(
        store, money, source, best.start, best.end, checker="tester"
    )
    assert pinned.page == "p. 2"
    assert [e.page for e in evidence_service.claim_evidence(store, money)] == ["p. 2"]
    data = reports.build_report(store)
    document = json.loads(reports.render_report(data, "json"))
    (evidence,) = [e for c in document["claims"] for e in c["evidence"]]
    assert evidence["page"] == "p. 2"
    # The claim is unchecked: its evidence is in the Markdown report given whole.
    assert ", p. 2, match" in reports.render_report(data, "md", all_claims=True)


def test_web_passages_have_no_page(store, claims, page_server) -> None:
    money, _ = claims
    source = attach(store, money, page_server.url("/story/battery-plant")).source
    assert all(p.page is None for p in evidence_service.find_passages(store, money, source))


def test_a_local_pdf_is_archived_with_its_own_bytes(store, claims, tmp_path) -> None:
    money, _ = claims
    body = text_pdf(REPORT)
    path = tmp_path / "budget.pdf"
    path.write_bytes(body)
    added = attach(store, money, str(path))
    detail = sources.show_source(store, added.source)
    assert detail.source.kind == "file" and detail.pages == 3
    assert stored_body(store, added.source) == body
    assert detail.raw_sha256 == hashlib.sha256(body).hexdigest()


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("scan.pdf", scanned_pdf, "no text layer: a scanned document"),
        ("locked.pdf", lambda: text_pdf(REPORT, owner_password="o", user_password="u"), "password"),
        ("cut.pdf", lambda: text_pdf(REPORT)[:2000], "damaged"),
    ],
)
def test_unreadable_pdfs_fail_clearly_and_store_nothing(
    store, claims, page_server, tmp_path, name, make, words
) -> None:
    money, _ = claims
    body = make()
    url = page_server.serve(f"/bad/{name}", body, "application/pdf")
    path = tmp_path / name
    path.write_bytes(body)
    before = db_digest(store)
    for target, error in ((url, FetchFailed), (str(path), BadInput)):
        with pytest.raises(error) as failure:
            attach(store, money, target)
        assert words in str(failure.value) and "\n" not in str(failure.value)
    assert db_digest(store) == before

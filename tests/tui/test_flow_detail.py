"""The selected claim's detail: it paints first, and its prior checks (a ranking over every
checked claim and imported fact-check, slow on a big store) follow in their own read."""

from __future__ import annotations

import threading

import pytest
from harness import make_app, settle, until

from factcheck import services
from factcheck.intake.articles import ArticleInput
from factcheck.services import reviews, verdicts

pytestmark = pytest.mark.anyio

EARLIER = (
    "Voltaria Energy will build a battery factory near Millbrook, a company spokesman "
    "announced on Monday.\n"
    "The plant is expected to employ about 1,200 people when it reaches its full production.\n"
)
TODAY = (
    "Voltaria Energy will build a $2.1 billion battery factory outside Millbrook, the company "
    "announced Monday.\n"
    "The plant is expected to employ about 1,200 people when it reaches full production.\n"
)


def shown(app, part: str) -> str:
    return str(app.main.query_one(f"#detail-{part}").render())


async def test_the_detail_shows_before_its_prior_checks_which_follow_the_selection(
    db_url, store, monkeypatch
):
    """Prior checks held back: the claim's detail is on screen all the same.  The checker
    moves on meanwhile; what arrives then is the prior check of the claim now selected."""
    earlier = services.import_article(store, ArticleInput(text=EARLIER, origin="earlier.txt"))
    old_factory, old_plant = services.list_claims(store, article_id=earlier.article.id)
    verdicts.record_verdict(store, old_factory.id, "supported", rationale="Filing.", checker="ben")
    verdicts.record_verdict(
        store, old_plant.id, "unverifiable", rationale="No payroll.", checker="ben"
    )
    today = services.import_article(store, ArticleInput(text=TODAY, origin="today.txt"))
    factory, plant = services.list_claims(store, article_id=today.article.id)
    assert [p.claim for p in reviews.prior_checks(store, factory.id)] == [old_factory.id]
    assert [p.claim for p in reviews.prior_checks(store, plant.id)] == [old_plant.id]

    gate = threading.Event()
    asked: list[int] = []
    real = reviews.prior_checks

    def held(store, claim_id, **options):
        asked.append(claim_id)
        gate.wait(20)
        return real(store, claim_id, **options)

    monkeypatch.setattr(reviews, "prior_checks", held)
    app = make_app(db_url)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: f"claim {factory.id} ·" in shown(app, "body"), "first detail")
        assert "looking for prior checks" in shown(app, "prior")
        await pilot.press("down")
        await until(pilot, lambda: f"claim {plant.id} ·" in shown(app, "body"), "next detail")
        assert "looking for prior checks" in shown(app, "prior")
        gate.set()
        await settle(pilot)
        prior = shown(app, "prior")
        body = shown(app, "body")
    assert asked[-1] == plant.id
    assert "Prior checks (1)" in prior
    assert f"claim {old_plant.id} (article {earlier.article.id}): ? unverifiable" in prior
    assert f"claim {old_factory.id} " not in prior
    assert f"claim {plant.id} ·" in body

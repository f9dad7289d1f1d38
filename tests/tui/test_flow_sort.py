"""The claim list has column titles, and a key sorts it by score, priority, rating or position."""

from __future__ import annotations

import pytest
from harness import make_app, settle

from factcheck.services import verdicts
from factcheck.services.workbench import ClaimFilter, claim_page, claim_position, count_claims

pytestmark = pytest.mark.anyio


def listed(app) -> list[int]:
    claims = app.main.claims
    return [claims.line_at(i).id for i in range(claims.total)]


async def test_the_sort_key_cycles_the_orders_and_shows_them(db_url, store, claim_ids):
    verdicts.record_verdict(store, claim_ids[2], "unverifiable", rationale="r", checker="ana")
    lines = {c.id: c for c in claim_page(store, ClaimFilter(), 0, 100)}
    by_score = sorted(claim_ids, key=lambda i: (-lines[i].score, claim_ids.index(i)))
    by_priority = sorted(
        claim_ids, key=lambda i: (not lines[i].checkworthy, -lines[i].score, claim_ids.index(i))
    )
    app = make_app(db_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        header = app.main.query_one("#list-header")
        assert "score src claim" in str(header.render())
        assert "sorted by position" in str(header.render())
        assert listed(app) == claim_ids
        await pilot.press("S")
        await settle(pilot)
        assert "sorted by score" in str(header.render())
        assert listed(app) == by_score
        assert app.main.claims.current.id == claim_ids[0]  # the selected claim stays selected
        await pilot.press("S")
        await settle(pilot)
        assert "sorted by priority" in str(header.render()) and listed(app) == by_priority
        await pilot.press("S")
        await settle(pilot)
        assert "sorted by rating" in str(header.render())
        assert listed(app)[-1] == claim_ids[2]  # the one rated comes after the unchecked
        await pilot.press("S")
        await settle(pilot)
        assert "sorted by position" in str(header.render()) and listed(app) == claim_ids


def test_each_order_reads_the_same_forwards_backwards_and_by_position(store, article_id):
    """A page read from the end (the second half of a long list) and a claim's position agree
    with the first page, in every order."""
    for order in ("position", "score", "priority", "rating"):
        where = ClaimFilter(article=article_id, order=order)
        total = count_claims(store, where)
        forwards = [c.id for c in claim_page(store, where, 0, total)]
        backwards = [c.id for c in claim_page(store, where, total - 1, 1, total)]
        assert backwards == forwards[-1:], order
        assert [claim_position(store, where, i) for i in forwards] == list(range(total)), order

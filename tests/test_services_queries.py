"""The store's recurring questions: both shapes of "the current verdict" agree, LIKE is literal."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.models import Claim, Verdict
from factcheck.services import queries
from factcheck.services.claims import add_claim, list_claims
from factcheck.services.verdicts import record_verdict
from factcheck.services.workbench import ClaimFilter, claim_page


def test_the_latest_verdict_is_the_current_one_in_both_shapes(store) -> None:
    first = add_claim(store, "The bridge opened in 1931.").id
    second = add_claim(store, "The tunnel cost $40 million.").id
    unchecked = add_claim(store, "The ferry carries 300 cars.").id
    record_verdict(store, first, "opinion", rationale="a", checker="ana")
    record_verdict(store, first, "supported", rationale="b", checker="ben")
    record_verdict(store, second, "unverifiable", rationale="c", checker="ana")
    expected = {first: "supported", second: "unverifiable"}
    with store.read() as session:
        assert queries.current_ratings(session) == expected
        assert queries.current_ratings(session, [first]) == {first: "supported"}
        assert {i: queries.current_rating(session, i) for i in expected} == expected
        assert queries.current_rating(session, unchecked) is None
        per_row = dict(session.execute(select(Claim.id, queries.current_rating_column())).all())
        joined = dict(
            session.execute(queries.with_current_verdict(select(Claim.id, Verdict.rating))).all()
        )
        verdicts = queries.current_verdicts(session, [first, second, unchecked])
    assert per_row == joined == {**expected, unchecked: None}
    assert {i: v.checker for i, v in verdicts.items()} == {first: "ben", second: "ana"}


def test_a_search_takes_percent_and_underscore_literally(store) -> None:
    add_claim(store, "Turnout rose to 65% in the north.")
    add_claim(store, "Turnout rose to 650 in the north_east ward.")
    add_claim(store, "Turnout rose to 6 in the north.")
    for search, expected in (("65%", 1), ("north_", 1), ("5%", 1), ("%", 1), ("_", 1), ("6", 3)):
        assert len(list_claims(store, search=search)) == expected, search
        page = claim_page(store, ClaimFilter(search=search), 0, 10)
        assert len(page) == expected, search

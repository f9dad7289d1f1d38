"""The store's recurring questions: a row by id or NotFound, both shapes of "the current verdict"
agree."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from factcheck.errors import NotFound
from factcheck.models import Claim, Verdict
from factcheck.services import queries
from factcheck.services.claims import add_claim
from factcheck.services.verdicts import record_verdict


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


def test_a_lookup_by_id_returns_the_row_or_names_what_is_missing(store) -> None:
    claim = add_claim(store, "The dam holds 4 billion litres.").id
    with store.read() as session:
        assert queries.claim_in(session, claim).text == "The dam holds 4 billion litres."
        for lookup, noun in (
            (queries.claim_in, "claim"),
            (queries.article_in, "article"),
            (queries.source_in, "source"),
            (queries.evidence_in, "evidence"),
            (queries.merge_in, "merge"),
        ):
            with pytest.raises(NotFound) as missing:
                lookup(session, claim + 1000)
            assert str(missing.value) == f"no {noun} {claim + 1000}"


def test_services_ask_for_a_row_by_id_through_the_one_lookup() -> None:
    """ "The claim with this id, or NotFound" is written once, in queries.py; a service that
    wrote it again would drift in its wording or forget the lock."""
    services = Path(queries.__file__).parent
    again = re.compile(r"session\.get\([^)]*\)[^\n]*\n(\s*if \w+ is None:\n)?\s*raise NotFound")
    offenders = [
        path.relative_to(services).as_posix()
        for path in services.rglob("*.py")
        if path.name != "queries.py" and again.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []

"""Verdicts: append-only history, the scale as data, stale edits refused, status, prior checks."""

from __future__ import annotations

import pytest
from paths import SEED_ARTICLE
from test_services_claims import db_digest

from factcheck.db import open_store
from factcheck.errors import BadInput, NotFound, StaleEdit
from factcheck.intake.articles import ArticleInput, read_article
from factcheck.services import list_claims
from factcheck.services.articles import import_article
from factcheck.services.claims import get_claim
from factcheck.services.verdicts import history, record_verdict, similar, status


@pytest.fixture
def seeded(store):
    article = import_article(store, read_article(SEED_ARTICLE)).article
    return article.id, [c.id for c in list_claims(store, article_id=article.id)]


def test_history_is_append_only_and_the_latest_is_current(store, seeded) -> None:
    _, ids = seeded
    claim = ids[0]
    record_verdict(store, claim, "unverifiable", rationale="No source yet.", checker="ana")
    record_verdict(store, claim, "supported", rationale="Matches the filing.", checker="ben")
    rows = history(store, claim)
    assert [(v.rating, v.checker) for v in rows] == [("unverifiable", "ana"), ("supported", "ben")]
    assert get_claim(store, claim).rating == "supported"


def test_unknown_rating_is_refused_with_the_valid_ones(store, seeded) -> None:
    _, ids = seeded
    before = db_digest(store)
    with pytest.raises(BadInput, match="valid ratings: supported, mostly-supported, misleading"):
        record_verdict(store, ids[0], "true-ish", rationale="x", checker="ana")
    assert db_digest(store) == before


@pytest.mark.parametrize("rating", ["refuted", "misleading"])
def test_corrections_are_required_where_the_scale_says(store, seeded, rating) -> None:
    _, ids = seeded
    with pytest.raises(BadInput, match="needs a correction"):
        record_verdict(store, ids[0], rating, rationale="The figure is $2.1 billion.", checker="a")
    with pytest.raises(BadInput, match="needs a rationale"):
        record_verdict(store, ids[0], rating, rationale=" ", correction="Say $2.1bn.", checker="a")
    ok = record_verdict(
        store,
        ids[0],
        rating,
        rationale="The filing says $2.1 billion.",
        correction="Say $2.1 billion.",
        checker="a",
    )
    assert ok.correction == "Say $2.1 billion."


def test_a_stale_edit_is_refused_never_silently_overwritten(db_url, seeded) -> None:
    _, ids = seeded
    first, second = open_store(db_url), open_store(db_url)  # two checkers, two connections
    try:
        seen_by_ana = get_claim(first, ids[1]).version
        seen_by_ben = get_claim(second, ids[1]).version
        record_verdict(
            second, ids[1], "supported", rationale="ok", checker="ben", seen_version=seen_by_ben
        )
        with pytest.raises(StaleEdit, match="changed since you opened it"):
            record_verdict(
                first,
                ids[1],
                "refuted",
                rationale="no",
                correction="fix",
                checker="ana",
                seen_version=seen_by_ana,
            )
        assert [v.checker for v in history(first, ids[1])] == ["ben"]
        fresh = get_claim(first, ids[1]).version
        record_verdict(
            first,
            ids[1],
            "refuted",
            rationale="no",
            correction="fix",
            checker="ana",
            seen_version=fresh,
        )
        assert [v.checker for v in history(first, ids[1])] == ["ben", "ana"]
    finally:
        first.close()
        second.close()


def test_status_counts_per_rating_and_lists_the_unchecked(store, seeded) -> None:
    article, ids = seeded
    record_verdict(store, ids[0], "supported", rationale="ok", checker="a")
    record_verdict(store, ids[1], "opinion", rationale="a view", checker="a")
    record_verdict(store, ids[1], "supported", rationale="on reflection", checker="a")
    result = status(store, article)
    assert result.total == len(ids) and result.checked == 2
    assert result.counts["supported"] == 2 and result.counts["opinion"] == 0
    assert result.counts["unchecked"] == len(ids) - 2
    assert ids[0] not in result.unchecked and ids[2] in result.unchecked
    with pytest.raises(NotFound):
        status(store, 999)


def test_prior_checks_from_other_articles_are_found(store) -> None:
    first = import_article(
        store,
        ArticleInput(
            text="The county approved a $45 million budget for road repairs on Tuesday.",
            origin="one",
        ),
    ).article
    second = import_article(
        store,
        ArticleInput(
            text="Last week the county approved a $45 million budget for road repairs.",
            origin="two",
        ),
    ).article
    (old,) = list_claims(store, article_id=first.id)
    (new,) = list_claims(store, article_id=second.id)
    assert similar(store, new.id) == []  # nothing checked yet
    record_verdict(store, old.id, "supported", rationale="Council minutes, item 4.", checker="a")
    (prior,) = similar(store, new.id)
    assert prior.claim == old.id and prior.similarity >= 80
    assert prior.verdict.rating == "supported" and "minutes" in prior.verdict.rationale
    assert similar(store, old.id) == []  # its own article's claims are not "prior"


def test_evidence_cited_must_belong_to_the_claim(store, seeded) -> None:
    _, ids = seeded
    with pytest.raises(NotFound, match="no evidence 77"):
        record_verdict(store, ids[0], "supported", rationale="x", checker="a", evidence=(77,))
    with pytest.raises(NotFound, match="no claim 99999"):
        record_verdict(store, 99999, "supported", rationale="x", checker="a")


def test_a_verdict_cites_only_passages_still_pinned(store, seeded) -> None:
    from factcheck.services.evidence import pin_evidence, unpin_evidence
    from factcheck.services.sources import attach_source

    _, ids = seeded
    note = "Called the press office on Monday: the plant will cost $2.5 billion, they said."
    source = attach_source(store, ids[0], note=note).source
    kept = pin_evidence(store, ids[0], source, 0, 30, checker="ana")
    dropped = pin_evidence(store, ids[0], source, 31, 60, checker="ana")
    unpin_evidence(store, dropped.id)
    with pytest.raises(BadInput, match=f"evidence {dropped.id} is not pinned to claim {ids[0]}"):
        record_verdict(
            store, ids[0], "supported", rationale="x", checker="a", evidence=(kept.id, dropped.id)
        )
    assert history(store, ids[0]) == []
    verdict = record_verdict(
        store, ids[0], "supported", rationale="x", checker="a", evidence=(kept.id,)
    )
    assert verdict.evidence == (kept.id,)


def test_an_empty_passage_is_said_to_be_empty(store, seeded) -> None:
    from factcheck.services.evidence import pin_evidence
    from factcheck.services.sources import attach_source

    _, ids = seeded
    source = attach_source(store, ids[0], note="The plant will cost $2.5 billion.").source
    for start, end in ((5, 5), (9, 4)):
        with pytest.raises(BadInput) as refused:
            pin_evidence(store, ids[0], source, start, end, checker="ana")
        assert str(refused.value) == f"passage {start}-{end} is empty: END must come after START"


@pytest.mark.parametrize(
    ("ours", "theirs", "kind"),
    [
        ("Bus ridership in Norhaven rose 3% in 2024.", "Bus ridership in Norhaven fell 3% in 2024.",
         "direction"),
        ("Bus ridership in Norhaven rose 3% in 2024.", "Bus ridership in Norhaven rose 7% in 2024.",
         "figure"),
        ("Bus ridership in Norhaven rose 3% in 2024.", "Bus ridership in Norhaven rose 3% in 2021.",
         "figure"),
        ("The council approved the ferry budget in May.",
         "The council did not approve the ferry budget in May.", "negation"),
        ("Bus ridership in Norhaven rose 3% in 2024.",
         "Bus ridership in Norhaven rose 3 percent in 2024.", None),
        ("The harbour plan costs $2.5 billion, the board said.",
         "The harbour plan costs $2,500 million, the board said.", None),
        # 2 points on 5% is 7%, 2% of 5% is 5.1%: the same words, another change.
        ("Bus ridership in Norhaven rose 2 percentage points in 2024.",
         "Bus ridership in Norhaven rose 2% in 2024.", "figure"),
    ],
)  # fmt: skip
def test_a_prior_check_of_another_fact_is_marked(store, ours, theirs, kind) -> None:
    """A "fell" claim beside a prior check of a "rose" claim is alike in words but another
    fact: the prior check says so, as data, for the front end to mark."""
    first = import_article(store, ArticleInput(text=theirs, origin="one")).article
    second = import_article(store, ArticleInput(text=ours, origin="two")).article
    (old,) = list_claims(store, article_id=first.id)
    (new,) = list_claims(store, article_id=second.id)
    record_verdict(store, old.id, "supported", rationale="Transit report.", checker="a")
    (prior,) = similar(store, new.id, threshold=70)
    assert (prior.difference.kind if prior.difference else None) == kind


def test_a_checked_claim_given_new_words_is_found_by_its_new_words(store, tmp_path, access) -> None:
    """Prior checks keep the checked claims' texts between selections; new words are read."""
    from test_services_claims import jsonl

    from factcheck.services.claims import import_claims, read_claims

    query = "The city's new library opened its doors to readers in March."
    first = [{"id": "c1", "text": "The levy raised four million pounds in 2023."}]
    import_claims(
        store, read_claims(jsonl(tmp_path, [*first, {"id": "q", "text": query}]), access=access)
    )
    ids = {c.text: c.id for c in list_claims(store)}
    checked, asking = ids[first[0]["text"]], ids[query]
    record_verdict(store, checked, "supported", rationale="The accounts.", checker="ana")
    assert similar(store, asking) == []
    reworded = [
        {"id": "c1", "text": "The new library of the city opened its doors to readers in March."}
    ]
    import_claims(
        store,
        read_claims(
            jsonl(tmp_path, [*reworded, {"id": "q", "text": query}], "b.jsonl"), access=access
        ),
        new_wording=True,
    )
    record_verdict(store, checked, "supported", rationale="The opening notice.", checker="ana")
    (prior,) = similar(store, asking)
    assert prior.claim == checked and prior.verdict.rationale == "The opening notice."

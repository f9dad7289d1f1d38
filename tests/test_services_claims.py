"""Batch import of claims: merges, idempotency, all-or-nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from factcheck.errors import BadInput, NotFound
from factcheck.services import import_claims, list_claims
from factcheck.services.articles import import_article
from factcheck.services.claims import read_claims


def db_digest(store) -> str:
    """A fingerprint of every row the store holds, to show that nothing changed."""
    from sqlalchemy import inspect, text

    h = hashlib.sha256()
    with store.engine.connect() as conn:
        for table in sorted(inspect(conn).get_table_names()):
            for row in conn.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')):
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def jsonl(tmp_path: Path, rows: list[dict], name: str = "claims.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


ROWS = [
    {"id": "a1", "text": "The plant employs 4,000 people in Ohio.", "kind": "number"},
    {"id": "a2", "text": "Governor Lee signed the bill on March 3, 2024.", "speaker": "AP"},
    {"text": "Exports to Canada doubled between 2019 and 2023."},
]


def test_new_rows_are_stored_with_their_fields(store, tmp_path: Path, access) -> None:
    summary = import_claims(store, read_claims(jsonl(tmp_path, ROWS), access=access))
    assert (summary.new, summary.merged, summary.unchanged) == (3, 0, 0)
    claims = list_claims(store)
    assert [c.text for c in claims] == [r["text"] for r in ROWS]
    assert claims[0].external_id == "a1" and claims[0].kind == "number"
    assert claims[1].speaker == "AP" and claims[1].origin == "imported"


def test_reimporting_the_same_file_changes_nothing(store, tmp_path: Path, access) -> None:
    rows = [*ROWS, {"id": "a9", "text": "The plant employs 4,000 people in Ohio state."}]
    path = jsonl(tmp_path, rows)
    first = import_claims(store, read_claims(path, access=access))
    assert (first.new, first.merged) == (3, 1)
    before = db_digest(store)
    again = import_claims(store, read_claims(path, access=access))
    assert (again.new, again.merged, again.unchanged) == (0, 0, 4)
    assert db_digest(store) == before


def test_near_duplicates_merge_into_the_stored_claim(store, tmp_path: Path, access) -> None:
    import_claims(store, read_claims(jsonl(tmp_path, ROWS, "first.jsonl"), access=access))
    stored = {c.text: c.id for c in list_claims(store)}
    second = jsonl(
        tmp_path,
        [
            {"text": "The plant employs 4,000 people in Ohio"},  # punctuation only
            {"id": "b2", "text": "Governor Lee signed the bill on March 3 2024."},
            {"text": "Exports to Canada tripled between 2019 and 2023."},  # a different fact
        ],
        "second.jsonl",
    )
    summary = import_claims(store, read_claims(second, access=access))
    assert summary.unchanged == 1 and summary.new == 1
    assert [(m.line, m.claim) for m in summary.merges] == [
        (2, stored["Governor Lee signed the bill on March 3, 2024."])
    ]
    assert len(list_claims(store)) == 4


def test_threshold_decides_what_merges(store, tmp_path: Path, access) -> None:
    rows = [
        {"text": "The new stadium will seat 60,000 fans when it opens."},
        {"text": "The new stadium will seat 60,000 fans when it first opens."},
    ]
    strict = import_claims(
        store, read_claims(jsonl(tmp_path, rows), access=access), threshold=99, dry_run=True
    )
    loose = import_claims(
        store, read_claims(jsonl(tmp_path, rows), access=access), threshold=80, dry_run=True
    )
    assert (strict.new, strict.merged) == (2, 0)
    assert (loose.new, loose.merged) == (1, 1)


def test_dry_run_stores_nothing(store, tmp_path: Path, access) -> None:
    before = db_digest(store)
    summary = import_claims(store, read_claims(jsonl(tmp_path, ROWS), access=access), dry_run=True)
    assert summary.new == 3
    assert db_digest(store) == before


def test_a_bad_row_late_in_the_file_leaves_the_store_unchanged(
    store, tmp_path: Path, access
) -> None:
    import_claims(store, read_claims(jsonl(tmp_path, ROWS[:1], "ok.jsonl"), access=access))
    before = db_digest(store)
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(ROWS[1]) + "\n" + '{"text": ""}\n', encoding="utf-8")
    with pytest.raises(BadInput, match=r"bad\.jsonl:2: missing text"):
        import_claims(store, read_claims(path, access=access))
    assert db_digest(store) == before


def test_claims_attach_to_an_article_and_find_their_place(store, tmp_path: Path, access) -> None:
    from factcheck.intake.articles import ArticleInput

    text = "The tower opened in 1889.\nIt stands 330 metres tall, said the city's guide."
    article = import_article(store, ArticleInput(text=text, origin="tower")).article
    extracted = {c.text: c.id for c in list_claims(store, article_id=article.id)}
    rows = [
        {"id": "t1", "text": "The tower opened in 1889."},  # the claim already extracted
        {"id": "t2", "text": "330 metres tall"},  # a part of a sentence: a claim of its own
    ]
    summary = import_claims(
        store, read_claims(jsonl(tmp_path, rows), access=access), article_id=article.id
    )
    assert [(m.line, m.claim) for m in summary.merges] == [
        (1, extracted["The tower opened in 1889."])
    ]
    (part,) = [c for c in list_claims(store, article_id=article.id) if c.external_id == "t2"]
    assert text[part.start : part.end] == "330 metres tall" and part.paragraph == 2
    with pytest.raises(NotFound, match="no article 999"):
        import_claims(store, read_claims(jsonl(tmp_path, ROWS), access=access), article_id=999)


def test_claims_added_by_hand_after_a_batch_import_get_fresh_ids(
    store, tmp_path: Path, access
) -> None:
    from factcheck.services.claims import add_claim

    import_claims(store, read_claims(jsonl(tmp_path, ROWS), access=access))
    manual = add_claim(store, "The museum has 12 rooms.", kind="number")
    assert manual.id not in {c.id for c in list_claims(store) if c.origin == "imported"}
    assert len(list_claims(store)) == 4


# -- merging two claims by hand ----------------------------------------------------------------

FERRY = "\n".join(
    [
        "The ferry carried 412 passengers on its first day. Tickets cost $18 each.",
        "Harbour officials expect 90,000 riders a year, the port said.",
        "The mayor called it a turning point. A second boat arrives in May.",
    ]
)


@pytest.fixture
def ferry(store):
    """Claims placed by hand in a three-paragraph article: (article id, claim ids by name)."""
    from factcheck.intake.articles import ArticleInput
    from factcheck.services.claims import add_claim

    article = import_article(store, ArticleInput(text=FERRY, origin="ferry.txt")).article.id
    named = {
        "passengers": "The ferry carried 412 passengers on its first day.",
        "tickets": "Tickets cost $18 each.",
        "riders": "Harbour officials expect 90,000 riders a year",
        "mayor": "The mayor called it a turning point.",
        "boat": "A second boat arrives in May.",
    }
    return article, {
        name: add_claim(store, text, article_id=article).id for name, text in named.items()
    }


def aliases(store, claim_id: int) -> list[tuple[str, int | None, int | None, int | None]]:
    from sqlalchemy import select

    from factcheck.models import ClaimAlias

    with store.transaction() as session:
        rows = session.execute(
            select(ClaimAlias.text, ClaimAlias.article_id, ClaimAlias.start, ClaimAlias.end)
            .where(ClaimAlias.claim_id == claim_id)
            .order_by(ClaimAlias.id)
        )
        return [tuple(row) for row in rows]


def test_adjacent_sentences_of_one_paragraph_join_into_one_span(store, ferry) -> None:
    from factcheck.services.claims import get_claim, merge_claims

    article, ids = ferry
    merged = merge_claims(store, ids["tickets"], ids["passengers"])
    assert merged.joined and merged.merged == ids["passengers"]
    kept = get_claim(store, ids["tickets"])
    want = "The ferry carried 412 passengers on its first day. Tickets cost $18 each."
    assert kept.text == want == FERRY[kept.start : kept.end]
    assert aliases(store, kept.id) == [
        ("The ferry carried 412 passengers on its first day.", article, 0, 50)
    ]
    with pytest.raises(NotFound):
        get_claim(store, ids["passengers"])


def test_claims_of_different_paragraphs_keep_the_kept_text_and_an_alias(store, ferry) -> None:
    from factcheck.services.claims import get_claim, merge_claims

    article, ids = ferry
    before = get_claim(store, ids["mayor"])
    merged = merge_claims(store, ids["mayor"], ids["passengers"])
    assert not merged.joined
    kept = get_claim(store, ids["mayor"])
    assert (kept.text, kept.start, kept.end) == (before.text, before.start, before.end)
    assert kept.text == FERRY[kept.start : kept.end]
    start = FERRY.index("The ferry")
    assert aliases(store, kept.id) == [
        ("The ferry carried 412 passengers on its first day.", article, start, start + 50)
    ]


def test_a_sentence_between_is_never_taken_in(store, ferry) -> None:
    from factcheck.intake.articles import ArticleInput
    from factcheck.services.claims import add_claim, get_claim, merge_claims

    text = "Rents rose 4% in March. Wages were flat. Rents fell 2% in April."
    article = import_article(store, ArticleInput(text=text, origin="rents.txt")).article.id
    first = add_claim(store, "Rents rose 4% in March.", article_id=article).id
    last = add_claim(store, "Rents fell 2% in April.", article_id=article).id
    assert not merge_claims(store, first, last).joined
    assert get_claim(store, first).text == "Rents rose 4% in March."


def test_asking_to_join_what_is_apart_is_refused_and_changes_nothing(store, ferry) -> None:
    from factcheck.services.claims import merge_claims

    _article, ids = ferry
    before = db_digest(store)
    with pytest.raises(BadInput, match="not next to each other in one paragraph"):
        merge_claims(store, ids["riders"], ids["mayor"], join=True)
    assert db_digest(store) == before


def test_join_false_keeps_adjacent_claims_apart_in_wording(store, ferry) -> None:
    from factcheck.services.claims import get_claim, merge_claims

    _article, ids = ferry
    assert not merge_claims(store, ids["mayor"], ids["boat"], join=False).joined
    assert get_claim(store, ids["mayor"]).text == "The mayor called it a turning point."


def test_the_two_parts_of_a_split_claim_join_again(store, ferry) -> None:
    from factcheck.services.claims import get_claim, merge_claims, split_claim

    _article, ids = ferry
    head, tail = split_claim(store, ids["passengers"], len("The ferry carried 412 passengers"))
    merged = merge_claims(store, head.id, tail.id)
    assert merged.joined
    assert get_claim(store, head.id).text == "The ferry carried 412 passengers on its first day."


def test_merging_away_a_claim_with_a_verdict_is_refused_and_changes_nothing(store, ferry) -> None:
    """Its verdict was given on its words, not on the kept claim's (QA item 24)."""
    from factcheck.services.claims import merge_claims
    from factcheck.services.verdicts import record_verdict

    _article, ids = ferry
    record_verdict(store, ids["boat"], "refuted", rationale="June", correction="June", checker="bo")
    before = db_digest(store)
    with pytest.raises(BadInput, match=f"claim {ids['boat']} has a verdict"):
        merge_claims(store, ids["mayor"], ids["boat"])
    assert db_digest(store) == before


def test_a_checked_kept_claim_keeps_its_words_and_verdict(store, ferry) -> None:
    from factcheck.services.claims import get_claim, merge_claims
    from factcheck.services.verdicts import history, record_verdict

    _article, ids = ferry
    record_verdict(store, ids["tickets"], "supported", rationale="fare table", checker="bo")
    assert not merge_claims(store, ids["tickets"], ids["passengers"]).joined
    assert get_claim(store, ids["tickets"]).text == "Tickets cost $18 each."
    assert [v.rating for v in history(store, ids["tickets"])] == ["supported"]
    before = db_digest(store)
    with pytest.raises(BadInput, match="cannot be joined"):
        merge_claims(store, ids["tickets"], ids["riders"], join=True)
    assert db_digest(store) == before


def test_splitting_a_checked_claim_is_refused_and_changes_nothing(store, ferry) -> None:
    """Its verdict was given on the whole sentence, not on either part (QA item 51)."""
    from factcheck.services.claims import split_claim
    from factcheck.services.verdicts import record_verdict

    _article, ids = ferry
    record_verdict(store, ids["passengers"], "supported", rationale="log", checker="bo")
    before = db_digest(store)
    with pytest.raises(BadInput, match="has a verdict.*not split"):
        split_claim(store, ids["passengers"], len("The ferry carried 412 passengers"))
    assert db_digest(store) == before


@pytest.mark.parametrize(
    "text, second",
    [
        ("The tunnel cost $45.2 million in 2021.", "million in 2021."),
        ("Unemployment fell to 4.5 percent last year.", "percent last year."),
        ("Unemployment fell to 4.5 percent last year.", "5 percent last year."),
        ("The county hired 1,250 nurses in June.", "250 nurses in June."),
        ("The county hired 1,250 nurses in June.", "urses in June."),
    ],
)
def test_a_split_inside_a_figure_or_word_is_refused(store, text, second) -> None:
    from factcheck.services.claims import add_claim, split_claim

    claim = add_claim(store, text)
    before = db_digest(store)
    with pytest.raises(BadInput, match="inside a word or a figure"):
        split_claim(store, claim.id, text.index(second))
    assert db_digest(store) == before


def test_a_split_next_to_a_figure_keeps_it_whole(store) -> None:
    from factcheck.services.claims import add_claim, split_claim

    text = "The tunnel cost $45.2 million and opened in 2021."
    head, tail = split_claim(store, add_claim(store, text).id, text.index("and opened"))
    assert (head.text, tail.text) == ("The tunnel cost $45.2 million", "and opened in 2021.")


def test_claims_without_an_article_merge_as_aliases(store) -> None:
    from factcheck.services.claims import add_claim, get_claim, merge_claims

    one = add_claim(store, "The bridge cost $40 million.").id
    two = add_claim(store, "The bridge cost 40 million dollars.").id
    assert not merge_claims(store, one, two).joined
    assert get_claim(store, one).text == "The bridge cost $40 million."
    assert aliases(store, one) == [("The bridge cost 40 million dollars.", None, None, None)]


# A re-import never rewrites a checked claim (issue 16, item 5).


def test_new_text_for_a_checked_claim_is_refused_naming_the_row_and_claim(
    store, tmp_path: Path, access
) -> None:
    from factcheck.services.verdicts import history, record_verdict

    import_claims(
        store, jsonl(tmp_path, [{"id": "c1", "text": "The levy raised $4 million."}]), access=access
    )
    claim = list_claims(store)[0].id
    record_verdict(store, claim, "supported", rationale="The accounts say so.", checker="ana")
    before = db_digest(store)
    rows = [
        {"id": "c0", "text": "A new claim that must not be stored either."},
        {"id": "c1", "text": "The levy raised $40 million."},
    ]
    with pytest.raises(BadInput) as refused:
        import_claims(store, jsonl(tmp_path, rows, "changed.jsonl"), access=access)
    message = str(refused.value)
    assert message.startswith(f"{tmp_path / 'changed.jsonl'}:2: id 'c1' is claim {claim}")
    assert "supported" in message and "\n" not in message
    assert db_digest(store) == before
    assert list_claims(store)[0].text == "The levy raised $4 million."
    assert [v.rating for v in history(store, claim)] == ["supported"]


def test_new_text_for_an_unchecked_claim_still_updates_it(store, tmp_path: Path, access) -> None:
    import_claims(
        store, jsonl(tmp_path, [{"id": "c1", "text": "The levy raised $4 million."}]), access=access
    )
    summary = import_claims(
        store,
        jsonl(tmp_path, [{"id": "c1", "text": "The levy raised $5 million."}], "b.jsonl"),
        access=access,
    )
    assert summary.updated == 1
    assert list_claims(store)[0].text == "The levy raised $5 million."


def test_imported_claims_get_kind_speaker_score_and_facts_from_the_extractor(
    store, tmp_path, access
):
    rows = [
        {"id": "x1", "text": "Acme Corp cut 400 jobs in Dayton last week, Mayor Jo Lind said."},
        {"id": "x2", "text": "Exports fell 12 percent in 2023.", "kind": "date", "speaker": "AP"},
        {"id": "x3", "text": "I just love this city so much."},
    ]
    import_claims(store, read_claims(jsonl(tmp_path, rows), access=access))
    first, second, third = list_claims(store, with_facts=True)
    assert (first.kind, first.speaker) == ("number", "Jo Lind")
    assert first.score < 1.0 and "imported from a claims file" in first.reasons
    assert {
        ("number", "400 jobs"),
        ("place", "Dayton"),
        ("date", "last week"),
        ("person", "Jo Lind"),
    } <= {(f.kind, f.text) for f in first.facts}
    for claim in (first, second):
        for fact in claim.facts:
            assert claim.text[fact.start : fact.end] == fact.text
    # What the row says wins over what the extractor would say.
    assert (second.kind, second.speaker) == ("date", "AP")
    assert third.score < first.score
    assert "not a claim the extractor would list" in third.reasons


def test_imported_claims_placed_in_their_article_have_facts_on_its_text(store, tmp_path, access):
    body = "The plant opened in 2019. It employs 4,000 people in Ohio, the company said.\n"
    from factcheck.intake.articles import ArticleInput

    import_article(store, ArticleInput(text=body, origin="a.txt"))
    import_claims(
        store,
        read_claims(jsonl(tmp_path, [{"text": "It employs 4,000 people in Ohio"}]), access=access),
        article_id=1,
    )
    placed = next(c for c in list_claims(store, with_facts=True) if c.origin == "imported")
    assert placed.start is not None
    assert ("number", "4,000 people") in {(f.kind, f.text) for f in placed.facts}
    for fact in placed.facts:
        assert body[fact.start : fact.end] == fact.text

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


def test_new_rows_are_stored_with_their_fields(store, tmp_path: Path) -> None:
    summary = import_claims(store, read_claims(jsonl(tmp_path, ROWS)))
    assert (summary.new, summary.merged, summary.unchanged) == (3, 0, 0)
    claims = list_claims(store)
    assert [c.text for c in claims] == [r["text"] for r in ROWS]
    assert claims[0].external_id == "a1" and claims[0].kind == "number"
    assert claims[1].speaker == "AP" and claims[1].origin == "imported"


def test_reimporting_the_same_file_changes_nothing(store, tmp_path: Path) -> None:
    rows = [*ROWS, {"id": "a9", "text": "The plant employs 4,000 people in Ohio state."}]
    path = jsonl(tmp_path, rows)
    first = import_claims(store, read_claims(path))
    assert (first.new, first.merged) == (3, 1)
    before = db_digest(store)
    again = import_claims(store, read_claims(path))
    assert (again.new, again.merged, again.unchanged) == (0, 0, 4)
    assert db_digest(store) == before


def test_near_duplicates_merge_into_the_stored_claim(store, tmp_path: Path) -> None:
    import_claims(store, read_claims(jsonl(tmp_path, ROWS, "first.jsonl")))
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
    summary = import_claims(store, read_claims(second))
    assert summary.unchanged == 1 and summary.new == 1
    assert [(m.line, m.claim) for m in summary.merges] == [
        (2, stored["Governor Lee signed the bill on March 3, 2024."])
    ]
    assert len(list_claims(store)) == 4


def test_threshold_decides_what_merges(store, tmp_path: Path) -> None:
    rows = [
        {"text": "The new stadium will seat 60,000 fans when it opens."},
        {"text": "The new stadium will seat 60,000 fans when it first opens."},
    ]
    strict = import_claims(store, read_claims(jsonl(tmp_path, rows)), threshold=99, dry_run=True)
    loose = import_claims(store, read_claims(jsonl(tmp_path, rows)), threshold=80, dry_run=True)
    assert (strict.new, strict.merged) == (2, 0)
    assert (loose.new, loose.merged) == (1, 1)


def test_dry_run_stores_nothing(store, tmp_path: Path) -> None:
    before = db_digest(store)
    summary = import_claims(store, read_claims(jsonl(tmp_path, ROWS)), dry_run=True)
    assert summary.new == 3
    assert db_digest(store) == before


def test_a_bad_row_late_in_the_file_leaves_the_store_unchanged(store, tmp_path: Path) -> None:
    import_claims(store, read_claims(jsonl(tmp_path, ROWS[:1], "ok.jsonl")))
    before = db_digest(store)
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(ROWS[1]) + "\n" + '{"text": ""}\n', encoding="utf-8")
    with pytest.raises(BadInput, match=r"bad\.jsonl:2: missing text"):
        import_claims(store, read_claims(path))
    assert db_digest(store) == before


def test_claims_attach_to_an_article_and_find_their_place(store, tmp_path: Path) -> None:
    from factcheck.intake.articles import ArticleInput

    text = "The tower opened in 1889.\nIt stands 330 metres tall, said the city's guide."
    article = import_article(store, ArticleInput(text=text, origin="tower")).article
    extracted = {c.text: c.id for c in list_claims(store, article_id=article.id)}
    rows = [
        {"id": "t1", "text": "The tower opened in 1889."},  # the claim already extracted
        {"id": "t2", "text": "330 metres tall"},  # a part of a sentence: a claim of its own
    ]
    summary = import_claims(store, read_claims(jsonl(tmp_path, rows)), article_id=article.id)
    assert [(m.line, m.claim) for m in summary.merges] == [
        (1, extracted["The tower opened in 1889."])
    ]
    (part,) = [c for c in list_claims(store, article_id=article.id) if c.external_id == "t2"]
    assert text[part.start : part.end] == "330 metres tall" and part.paragraph == 2
    with pytest.raises(NotFound, match="no article 999"):
        import_claims(store, read_claims(jsonl(tmp_path, ROWS)), article_id=999)


def test_claims_added_by_hand_after_a_batch_import_get_fresh_ids(store, tmp_path: Path) -> None:
    from factcheck.services.claims import add_claim

    import_claims(store, read_claims(jsonl(tmp_path, ROWS)))
    manual = add_claim(store, "The museum has 12 rooms.", kind="number")
    assert manual.id not in {c.id for c in list_claims(store) if c.origin == "imported"}
    assert len(list_claims(store)) == 4

"""Searching claims as people search (issue 14, item 3): words in any order, case and accents
folded, quoted phrases exact, over text, speaker, note and merged wordings; the index kept
by every write; nothing typed can make a search fail.  Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from factcheck.errors import BadInput
from factcheck.intake.articles import ArticleInput
from factcheck.models import Claim, ClaimAlias, ClaimSearch
from factcheck.services import claims, search, workbench
from factcheck.services.articles import store_article
from factcheck.services.workbench import ClaimFilter

HELIX = "The chip unit, known as Helix, was bringing in just under $3 billion in yearly revenue."
HARBOUR = "Harbour traffic fell by a fifth after the new toll, the port authority said."
ORCHARD = "Orchard yields in the valley doubled in two years."


def found(store, query: str) -> list[int]:
    """What the workbench list and ``list_claims`` (the CLI's) find, which must agree."""
    page = workbench.claim_page(store, ClaimFilter(search=query), 0, 100)
    by_list = [line.id for line in page]
    if search.parse_query(query).empty:  # the list shows every claim; the CLI says why not
        with pytest.raises(BadInput, match="nothing to search for"):
            claims.list_claims(store, search=query)
    else:
        assert [c.id for c in claims.list_claims(store, search=query)] == by_list
    assert workbench.count_claims(store, ClaimFilter(search=query)) == len(by_list)
    return by_list


def index_is_current(store) -> None:
    """Every claim's stored words are what its text, speaker, note and aliases give now."""
    with store.read() as session:
        stored = dict(session.execute(select(ClaimSearch.claim_id, ClaimSearch.words)).all())
        aliases: dict[int, list[str]] = {}
        for claim_id, text in session.execute(
            select(ClaimAlias.claim_id, ClaimAlias.text).order_by(ClaimAlias.id)
        ):
            aliases.setdefault(claim_id, []).append(text)
        expected = {
            c.id: search.claim_words(c.text, c.speaker, c.note, aliases.get(c.id, ()))
            for c in session.scalars(select(Claim))
        }
    assert stored == expected


@pytest.fixture
def three(store) -> list[int]:
    ids = [
        claims.add_claim(store, HELIX).id,
        claims.add_claim(store, HARBOUR, speaker="Lucía Pérez", kind="attribution").id,
        claims.add_claim(store, ORCHARD, note="Call the co-operative in Östersund.").id,
    ]
    return ids


def test_words_in_any_order_and_as_their_start(store, three) -> None:
    helix = three[0]
    assert found(store, "helix revenue") == [helix]
    assert found(store, "revenue helix") == [helix]
    assert found(store, "  Helix   REVENUE ") == [helix]
    assert found(store, "hel rev") == [helix]  # as the checker types
    assert found(store, "helix profit") == []
    assert found(store, "3 billion") == [helix]
    assert found(store, "$3") == [helix]


def test_accents_and_case_are_folded_both_ways(store, three) -> None:
    harbour, orchard = three[1], three[2]
    assert found(store, "perez") == [harbour]
    assert found(store, "PÉREZ lucia") == [harbour]
    assert found(store, "Pe\u0301rez") == [harbour]  # written with a combining accent
    assert found(store, "ostersund") == [orchard]
    added = claims.add_claim(store, "Mayor Jose Perez opened the bridge.").id
    assert found(store, "Pérez") == [harbour, added]
    assert found(store, "jose") == [added]


def test_a_quoted_phrase_is_its_words_whole_and_in_order(store, three) -> None:
    helix = three[0]
    assert found(store, '"yearly revenue"') == [helix]
    assert found(store, '"revenue yearly"') == []
    assert found(store, '"yearly rev"') == []  # quoted words are whole words
    assert found(store, "“just under” helix") == [helix]  # curly quotes too
    assert found(store, '"just under" orchard') == []


def test_speaker_and_note_are_searched(store, three) -> None:
    assert found(store, "lucia") == [three[1]]
    assert found(store, "co-operative") == [three[2]]


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced helix',
        'helix"',
        '"',
        '""',
        "*",
        "helix*",
        "-helix",
        "NEAR(helix revenue)",
        "helix NEAR revenue",
        "helix OR orchard",
        "helix AND",
        "NOT helix",
        "(",
        "^helix",
        "helix:*",
        "'helix'",
        "helix & | ! <-> :",
        "\\",
        "!!! ... ???",
        "\x00",
        "helix " * 2000,
        "x" * 10_240,
        " ".join(f"w{n}" for n in range(2000)),
    ],
)
def test_no_query_makes_a_search_fail(store, three, query) -> None:
    result = found(store, query)
    words = [t for t in search.parse_query(query).terms]
    if not words:
        assert result == three  # only marks: nothing to narrow by
    elif all(t.words[0].startswith("helix") for t in words):
        assert result == [three[0]], query  # the marks are not operators: helix is a word
    else:
        assert result in ([], [three[0]]), query


def test_marks_are_plain_words_not_operators(store, three) -> None:
    assert found(store, "helix OR orchard") == []  # OR is a word no claim has
    assert found(store, "-helix") == [three[0]]  # not "without helix"
    assert found(store, "NEAR(fifth toll)") == []  # NEAR is a plain word, in no claim
    assert found(store, "fifth NOT toll") == []  # so is NOT


# -- the index follows every write --------------------------------------------------------


def test_a_note_edit_is_found_and_its_old_words_are_not(store, three) -> None:
    helix = three[0]
    claims.edit_note(store, helix, "Ask the press office of Quillmark.")
    assert found(store, "quillmark helix") == [helix]
    claims.edit_note(store, helix, "Filed with the regulator.")
    assert found(store, "quillmark") == []
    assert found(store, "regulator") == [helix]
    index_is_current(store)


def test_a_split_claim_is_found_by_each_part(store) -> None:
    text = "The ferry carried 40 riders on Sunday, and the tramway closed for repairs."
    first = claims.add_claim(store, text).id
    head, tail = claims.split_claim(store, first, text.index(" and the tramway"))
    assert found(store, "tramway") == [tail.id]
    assert found(store, "ferry") == [head.id]
    assert found(store, '"sunday and"') == []
    index_is_current(store)


def test_a_merged_claims_words_find_the_claim_it_went_into(store, three) -> None:
    harbour, orchard = three[1], three[2]
    claims.merge_claims(store, harbour, orchard, join=False)
    assert found(store, "orchard valley") == [harbour]
    assert found(store, "ostersund") == []  # the note of the removed claim went with it
    index_is_current(store)


def test_joined_claims_are_found_by_both_sentences(store) -> None:
    text = "The quarry reopened in May. Its owner hired 30 drivers."
    article = store_article(store, ArticleInput(text=text, origin="t", title="Quarry"))
    ids = [c.id for c in claims.list_claims(store, article_id=article.article.id)]
    assert len(ids) == 2
    assert found(store, "quarry drivers") == []
    claims.merge_claims(store, ids[0], ids[1], join=True)
    assert found(store, "quarry drivers") == [ids[0]]
    index_is_current(store)


def test_imported_articles_and_claims_files_are_indexed(store, tmp_path, access) -> None:
    article = store_article(
        store, ArticleInput(text="The Zephyr bridge cost $12 million, the mayor said.", origin="t")
    )
    zephyr = [c.id for c in claims.list_claims(store, article_id=article.article.id)]
    assert found(store, "zephyr million") == zephyr != []
    rows = [
        {"id": "r1", "text": "Lakeside rents rose 9% in a year.", "speaker": "Inés Ubeda"},
        {"id": "r2", "text": "Lakeside rentts rose 9% in a year."},  # merges into r1
    ]
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    summary = claims.import_claims(store, path, access=access)
    assert (summary.new, summary.merged) == (1, 1)
    lakeside = found(store, "ubeda lakeside")
    assert len(lakeside) == 1
    assert found(store, "rentts") == lakeside  # the merged wording
    rows[0]["text"] = "Lakeside rents rose 11% in a year."
    path.write_text(json.dumps(rows[0]) + "\n", encoding="utf-8")
    assert claims.import_claims(store, path, access=access).updated == 1
    assert found(store, '"rose 11"') == lakeside
    assert found(store, '"rose 9"') == lakeside  # the merged wording still says 9
    index_is_current(store)


def test_the_migration_fills_the_index_of_claims_already_stored(store, three) -> None:
    with store.transaction() as session:
        session.execute(ClaimSearch.__table__.delete())
    assert found(store, "helix") == []
    with store.transaction() as session:
        search.index_claims(session, None)
    assert found(store, "helix") == [three[0]]
    index_is_current(store)


def test_match_spans_mark_what_was_found() -> None:
    text = "Mayor Lucía Pérez said revenue was “just under” $3 billion."
    spans = search.match_spans(text, 'perez rev "just under" 3')
    assert [text[s:e] for s, e in spans] == ["Pérez", "revenue", "just under", "3"]
    assert search.match_spans(text, '"') == []
    start = text.index("billion")
    assert search.match_spans(text, "billion mayor") == [(0, 5), (start, start + 7)]

"""Ranking the passages of a source for a claim, with the figures and quotes checked in each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pageserver import PAGES

from factcheck.sources.content import extract_file
from factcheck.sources.evidence import passage_score, rank_passages

WICE = Path(__file__).resolve().parent.parent / "fixtures" / "wice" / "sample.jsonl"


@pytest.fixture(scope="module")
def story() -> str:
    return extract_file(PAGES / "battery-plant.html").text


@pytest.fixture(scope="module")
def transcript() -> str:
    return extract_file(PAGES / "council-transcript.txt").text


def test_rank_passages_finds_the_sentence_and_flags_the_figure(story: str) -> None:
    claim = "Voltaria Energy is building a $2.1 billion battery factory near Millbrook."
    passages = rank_passages(claim, story, limit=3)
    assert len(passages) == 3
    top = passages[0]
    assert "$2.5 billion battery cell factory" in top.text
    assert [(c.status, c.passage_value) for c in top.number_checks] == [("differs", "$2.5 billion")]
    assert [p.score for p in passages] == sorted((p.score for p in passages), reverse=True)
    for passage in passages:
        assert story[passage.start : passage.end] == passage.text
    spans = sorted((p.start, p.end) for p in passages)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_rank_passages_uses_names_and_figures(story: str) -> None:
    top = rank_passages("Unemployment in Harlow County was 6.2% in January.", story, 1)[0]
    assert top.text.startswith("Unemployment in Harlow County stood at 6.2 percent")
    # 6.2% and the month, January, both found in the passage.
    assert [(c.status, c.claim_value) for c in top.number_checks] == [
        ("agrees", "6.2%"),
        ("agrees", "January"),
    ]
    farmer = rank_passages("Tom Okafor farms 400 acres next to the site.", story, 1)[0]
    assert "Tom Okafor, who farms 400 acres" in farmer.text


def test_rank_passages_edge_cases(story: str) -> None:
    assert rank_passages("", story) == []
    assert rank_passages("anything", "") == []
    assert len(rank_passages("battery", story, limit=2)) == 2
    assert len(rank_passages("battery", "One sentence only.", limit=5)) == 1


def test_rank_passages_for_a_quote(transcript: str) -> None:
    claim = "“We expect the first cells to come off the line in the spring of 2027,” Delgado said."
    top = rank_passages(claim, transcript, 2, is_quote=True)[0]
    assert top.quote_check is not None and top.quote_check.status == "verbatim"
    assert top.quote_check.start is not None
    found = transcript[top.quote_check.start : top.quote_check.end]
    assert found.startswith("We expect the first cells")
    assert [c.status for c in top.number_checks] == ["agrees"]


def test_a_word_every_sentence_has_says_little_about_where_the_claim_is() -> None:
    source = "\n".join(
        [
            "Norland Rail said on Monday that Norland Rail trains would run late.",
            "Norland Rail has run the coastal line for Norland Rail since 1998.",
            "The Elsworth depot will close in May, the operator said.",
            "Norland Rail expects Norland Rail fares to rise.",
        ]
    )
    top = rank_passages("Norland Rail will close its Elsworth depot.", source, 1)[0]
    assert top.text.startswith("The Elsworth depot will close")


def test_a_short_sentence_on_the_point_beats_a_long_one_that_mentions_everything() -> None:
    long = (
        "Storms closed roads across the north, and while the ferry operators met the council "
        "to discuss timetables for Kessock and the other islands, a bridge inspection on the "
        "island of Tarne was also cancelled, with engineers citing wind, rain and a backlog "
        "of repairs that the ferry company said it would clear by the summer."
    )
    short = "The Kessock Island ferry was cancelled on Friday."
    for source in (f"{long}\n{short}", f"{short}\n{long}"):
        top = rank_passages("The ferry to Kessock Island was cancelled.", source, 1)[0]
        assert top.text == short


def test_one_score_per_passage_wherever_it_is_asked_for(story: str) -> None:
    claim = "Voltaria Energy is building a $2.1 billion battery factory near Millbrook."
    passages = rank_passages(claim, story, limit=5)
    for passage in passages:
        assert passage_score(claim, story, passage.start, passage.end) == passage.score
    # A span the ranking never offered (half a sentence) is scored in the same source.
    first = passages[0]
    half = passage_score(claim, story, first.start, (first.start + first.end) // 2)
    assert 0.0 <= half <= 1.0
    assert passage_score(claim, story, 0, 0) == 0.0
    assert passage_score("", story, first.start, first.end) == 0.0


def test_scores_stay_between_zero_and_one(story: str, transcript: str) -> None:
    for claim, source, quote in [
        ("battery battery battery", story, False),
        ("“We expect the first cells to come off the line,” Delgado said.", transcript, True),
        ("Nothing here matches at all.", story, False),
    ]:
        for passage in rank_passages(claim, source, 5, is_quote=quote):
            assert 0.0 <= passage.score <= 1.0


def test_the_supporting_sentence_comes_first_on_claims_with_cited_pages() -> None:
    """WiCE claims (fixtures/wice): a passage covering a sentence the annotators marked as
    supporting is first for most, and in the top five for nearly all."""
    items = [json.loads(line) for line in WICE.read_text(encoding="utf-8").splitlines()]
    first = top_five = 0
    for item in items:
        gold = {i for group in item["supporting_sentences"] for i in group}
        spans, offset = [], 0
        for sentence in item["evidence"]:
            spans.append((offset, offset + len(sentence)))
            offset += len(sentence) + 1
        passages = rank_passages(item["claim"], "\n".join(item["evidence"]), 5)
        hits = [any(p.start < spans[i][1] and spans[i][0] < p.end for i in gold) for p in passages]
        first += hits[0]
        top_five += any(hits)
    assert first >= 0.8 * len(items)
    assert top_five >= 0.9 * len(items)


def test_passages_ranked_reading_few_figures_are_those_every_score_gives() -> None:
    """Ranking reads a sentence's figures only where they can change the answer; the
    passages must be the ones scoring every candidate gives, in the same order, with the
    same scores (WiCE sample claims, most with figures, and a claim written with two)."""
    from factcheck.sources.evidence import _Reading

    sample = Path(__file__).resolve().parent.parent / "fixtures" / "wice" / "sample.jsonl"
    items = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    pairs = [(item["claim"], "\n".join(item["evidence"])) for item in items]
    pairs.append(
        (
            "Ticket sales rose 12% to 40,000 in 2021.",
            "Sales of tickets rose 12% in 2021. The hall seats 2,000. Sales fell 3% in 2020.\n"
            "About 40,000 tickets were sold that year, up from 35,700.",
        )
    )
    for claim, text in pairs:
        reading = _Reading.of(claim, text, False)
        assert reading is not None
        every = sorted(
            zip(reading.scores(), reading.candidates, strict=True),
            key=lambda item: (-item[0], item[1].end - item[1].start, item[1].start),
        )
        expected: list[tuple[int, int, float]] = []
        for score, candidate in every:
            if all(candidate.end <= s or candidate.start >= e for s, e, _ in expected):
                expected.append((candidate.start, candidate.end, round(score, 4)))
            if len(expected) == 5:
                break
        got = [(p.start, p.end, p.score) for p in rank_passages(claim, text, 5)]
        assert got == expected, claim

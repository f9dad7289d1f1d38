"""Ranking the passages of a source for a claim, with the figures and quotes checked in each."""

from __future__ import annotations

import pytest
from pageserver import PAGES

from factcheck.sources.content import extract_file
from factcheck.sources.evidence import rank_passages


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
    assert [c.status for c in top.number_checks] == ["agree"]
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
    assert [c.status for c in top.number_checks] == ["agree"]

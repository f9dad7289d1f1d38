"""Reading evidence: figures compared with units and scale, quotes found or shown to differ."""

from __future__ import annotations

import pytest
from pageserver import PAGES

from factcheck.errors import BadInput
from factcheck.sources.content import extract_file
from factcheck.sources.evidence import check_quote, rank_passages, sentence_spans
from factcheck.sources.numbers import compare_numbers, find_quantities


@pytest.fixture(scope="module")
def story() -> str:
    return extract_file(PAGES / "battery-plant.html").text


@pytest.fixture(scope="module")
def transcript() -> str:
    return extract_file(PAGES / "council-transcript.txt").text


def one(claim: str, passage: str) -> tuple[str, str | None]:
    (check,) = compare_numbers(claim, passage)
    return check.status, check.passage_value


@pytest.mark.parametrize(
    "written",
    ["$2.5 billion", "2.5bn", "$2,500 million", "2.5 billion dollars", "US$2.5bn", "$2.5B"],
)
def test_one_amount_written_many_ways_agrees(written: str) -> None:
    assert one(f"The plant costs {written}.", "a $2.5 billion factory") == ("agree", "$2.5 billion")


@pytest.mark.parametrize("written", ["5 percent", "5%", "5 per cent", "five percent", "5.0%"])
def test_percent_written_many_ways_agrees(written: str) -> None:
    assert one(f"a {written} credit", "a 5% tax credit")[0] == "agree"


def test_different_amount_is_flagged() -> None:
    (check,) = compare_numbers("Voltaria will spend $2.5 billion.", "a $2.1 billion factory")
    assert (check.status, check.claim_value, check.passage_value) == (
        "differs",
        "$2.5 billion",
        "$2.1 billion",
    )
    assert "claim says $2.5 billion, source says $2.1 billion" in check.note


def test_scale_words_matter() -> None:
    assert one("$2.5 million", "$2.5 billion")[0] == "differs"


def test_currencies_do_not_mix() -> None:
    assert one("€2.5 billion", "$2.5 billion") == ("missing", None)


def test_missing_figure() -> None:
    assert one("a 15 percent credit", "The plant will employ 1,200 people.") == ("missing", None)


def test_nearest_figure_of_the_same_kind_is_reported() -> None:
    passage = "It will employ 1,200 people, cost $2.5 billion and take 20 percent of the market."
    assert one("It will employ 1,500 people.", passage) == ("differs", "1,200")
    assert one("It will cost $3 billion.", passage) == ("differs", "$2.5 billion")


def test_rounding_and_hedges() -> None:
    assert one("$2.5 billion", "$2.46 billion")[0] == "agree"
    assert one("1,200 jobs", "1,180 jobs")[0] == "differs"
    assert one("about 1,200 jobs", "1,180 jobs")[0] == "agree"
    assert one("more than 1,000 jobs", "1,180 jobs")[0] == "agree"
    assert one("more than 2,000 jobs", "1,180 jobs")[0] == "differs"


def test_years_and_dates() -> None:
    assert one("first cells in 2027", "production starts in 2027") == ("agree", "2027")
    assert one("first cells in 2026", "production starts in 2027")[0] == "differs"
    assert one("on March 4, 2024", "announced 4 March 2024")[0] == "agree"
    assert one("in March 2024", "announced on March 4, 2024")[0] == "agree"
    assert one("a hearing on March 12", "the first on March 21.") == ("differs", "March 21")
    assert one("in 2024", "the first on March 21.") == ("missing", None)


def test_quantities_keep_their_offsets() -> None:
    text = "Kessler closed in 2009; 3,000 jobs went, and $85 million is due by March 21, 2025."
    found = find_quantities(text)
    assert [(q.kind, q.text) for q in found] == [
        ("year", "2009"),
        ("count", "3,000"),
        ("money", "$85 million"),
        ("date", "March 21, 2025"),
    ]
    assert all(text[q.start : q.end] == q.text for q in found)
    assert found[1].unit == "jobs" and found[2].unit == "USD" and found[3].value == "2025-03-21"


def test_words_that_only_look_like_numbers() -> None:
    assert find_quantities("One of the few; a plan; COVID-19; a 5m wall") == []


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


def test_quote_is_found_across_line_breaks_and_quote_styles(transcript: str) -> None:
    quote = "“I don't think we get a second chance at this.”"
    check = check_quote(quote, transcript)
    assert check.status == "verbatim" and check.score == 1.0
    assert check.start is not None and check.end is not None
    assert transcript[check.start : check.end] == "I don't think we get a second chance at this"
    wrapped = check_quote("this is the largest single investment our county", transcript)
    assert wrapped.status == "verbatim" and "\n" in (wrapped.source_words or "")


def test_curly_and_straight_apostrophes_are_the_same(transcript: str) -> None:
    assert check_quote("I don’t think we get a second chance", transcript).status == "verbatim"


def test_changed_words_are_shown(transcript: str) -> None:
    check = check_quote(
        "This is the biggest single investment our county has ever seen", transcript
    )
    assert check.status == "near"
    assert [(d.kind, d.quote, d.source) for d in check.differences] == [
        ("changed", "biggest", "largest")
    ]
    dropped = check_quote("Nobody told us where that water is coming from", transcript)
    assert dropped.status == "near"
    assert [(d.kind, d.source) for d in dropped.differences] == [("omitted", "has")]
    added = check_quote("Nobody has ever told us where that water is coming from", transcript)
    assert [(d.kind, d.quote) for d in added.differences] == [("added", "ever")]
    ending = check_quote("We will publish our water data every single month.", transcript)
    assert ending.status == "near"
    assert ending.source_words == "We will publish our water data every quarter"
    assert [(d.kind, d.quote, d.source) for d in ending.differences] == [
        ("changed", "single month", "quarter")
    ]


def test_ellipsis_marks_a_legitimate_cut(transcript: str) -> None:
    quote = (
        "this is the largest single investment … it is going to change what Millbrook looks like"
    )
    check = check_quote(quote, transcript)
    assert check.status == "verbatim" and not check.differences


def test_absent_quote(transcript: str) -> None:
    check = check_quote("We will never build a factory in this county", transcript)
    assert check.status == "absent"
    with pytest.raises(BadInput):
        check_quote(" “ ” ", transcript)


def test_rank_passages_for_a_quote(transcript: str) -> None:
    claim = "“We expect the first cells to come off the line in the spring of 2027,” Delgado said."
    top = rank_passages(claim, transcript, 2, is_quote=True)[0]
    assert top.quote_check is not None and top.quote_check.status == "verbatim"
    assert top.quote_check.start is not None
    found = transcript[top.quote_check.start : top.quote_check.end]
    assert found.startswith("We expect the first cells")
    assert [c.status for c in top.number_checks] == ["agree"]


def test_sentences_respect_abbreviations_and_paragraphs(transcript: str) -> None:
    text = "Mr. Okafor farms 400 acres. He arrived at 7 p.m. on Monday.\nNew paragraph here."
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == [
        "Mr. Okafor farms 400 acres.",
        "He arrived at 7 p.m. on Monday.",
        "New paragraph here.",
    ]
    wrapped = [transcript[s:e] for s, e in sentence_spans(transcript)]
    assert any(s.startswith("COMMISSIONER ADEYEMI: The water question") for s in wrapped)

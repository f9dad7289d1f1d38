"""Figures read from running text and compared: units, scale, rounding, hedges, dates."""

from __future__ import annotations

import pytest

from factcheck.sources.numbers import compare_numbers, find_quantities


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

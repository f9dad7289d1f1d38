"""Check results as data: worded in one place, stored as data, old stored sentences still shown."""

from __future__ import annotations

import json

import pytest
from test_services_sources import attach, claims  # noqa: F401 - the fixture is used by name

from factcheck.checks import (
    NumberResult,
    QuoteResult,
    checks_from_json,
    checks_to_json,
    describe_number,
    describe_quote,
    format_figure,
    is_flagged,
    number_from_json,
    tone_of_number,
    tone_of_quote,
)
from factcheck.models import Evidence
from factcheck.services import evidence as evidence_service


@pytest.mark.parametrize(
    ("value", "kind", "unit", "shown"),
    [
        (1e9, "money", "USD", "$1 billion"),
        (2.5e9, "money", "USD", "$2.5 billion"),
        (250_000, "money", "GBP", "£250,000"),
        (3.25e6, "money", "", "3.25 million"),
        (1.5e12, "money", "EUR", "€1.5 trillion"),
        (2.5, "percent", "%", "2.5%"),
        (3, "percent", "points", "3 percentage points"),
        (12_400, "count", "people", "12,400"),
        (0.125, "count", "", "0.125"),
        (62.1371, "measure", "miles", "62.1 miles"),
        (68, "measure", "°F", "68°F"),
        (1e300, "count", "", "10^300"),
        (-2.5e20, "money", "USD", "-$2.5 × 10^20"),
    ],
)  # fmt: skip
def test_figures_are_written_as_people_write_them(value, kind, unit, shown) -> None:
    written = format_figure(value, kind, unit)
    assert written == shown
    assert "e+" not in written


def test_a_rate_is_written_with_its_period() -> None:
    assert format_figure(2e6, "measure", "litres", per="day") == "2 million litres a day"
    assert format_figure(40, "count", "", per="person") == "40 per person"


def test_the_words_come_from_the_data() -> None:
    differs = NumberResult(
        "differs", "value", "just over $1 billion", "$2.5 billion", "money", "USD", 1e9, 2.5e9
    )
    assert describe_number(differs) == (
        "just over $1 billion differs: the source says $2.5 billion, $1.5 billion more (+150%)"
    )
    converted = NumberResult(
        "agrees", "converted", "10 miles", "16 km", "measure", "miles", 10, 9.94, converted=True
    )
    assert describe_number(converted) == "10 miles agrees with 16 km (16 km is 9.94 miles)"
    missing = NumberResult("missing", "other", "3%")
    assert "no figure for this in the source" in describe_number(missing)
    assert [tone_of_number(r) for r in (differs, converted, missing)] == [
        "differs",
        "agrees",
        "missing",
    ]
    wrong_speaker = QuoteResult("verbatim", 1.0, attributed_to="Jordan Pell")
    assert tone_of_quote(wrong_speaker) == "differs"
    assert describe_quote(wrong_speaker).endswith("gives these words to Jordan Pell")
    near = QuoteResult("near", 0.9, (("changed", "biggest", "largest"),))
    assert tone_of_quote(near) == "near"
    assert "changed: “biggest” / “largest”" in describe_quote(near)
    assert is_flagged((differs,), None) and is_flagged((), wrong_speaker)
    assert not is_flagged((converted, missing), QuoteResult("verbatim", 1.0))


def test_stored_checks_read_back_as_they_were() -> None:
    numbers = (
        NumberResult("differs", "direction", "fell 3%", "rose 3%", "percent", "%", 3, 3, **{
            "claim_direction": "down", "source_direction": "up"
        }),
    )  # fmt: skip
    quote = QuoteResult("near", 0.8, (("added", "ever", ""),))
    stored = json.loads(json.dumps(checks_to_json(numbers, quote)))
    assert checks_from_json(stored) == (numbers, quote)
    assert "went up" in describe_number(numbers[0])


@pytest.mark.parametrize(
    ("sentence", "tone"),
    [
        ("$2.5 billion agrees with $2.5 billion", "agrees"),
        ("$2.1 billion differs: the source says $2.5 billion (-16% vs source)", "differs"),
        ("$2.5 billion is not in the passage", "missing"),
    ],
)
def test_sentences_stored_by_older_versions_keep_their_tone(sentence: str, tone: str) -> None:
    old = number_from_json(sentence)
    assert describe_number(old) == sentence
    assert tone_of_number(old) == tone


def test_an_old_pinned_row_still_displays(store, claims, page_server) -> None:  # noqa: F811
    money, _ = claims
    source = attach(store, money, page_server.url("/story/battery-plant")).source
    best = evidence_service.find_passages(store, money, source)[0]
    pinned = evidence_service.pin_evidence(store, money, source, best.start, best.end, checker="a")
    with store.transaction() as session:
        row = session.get(Evidence, pinned.id)
        row.checks = json.dumps(
            {
                "numbers": ["$2.1 billion differs: the source says $2.5 billion"],
                "quote": "quote nearly in the source (80%): changed: “a” / “b”",
            }
        )
    (shown,) = evidence_service.claim_evidence(store, money)
    assert [describe_number(n) for n in shown.number_checks] == [
        "$2.1 billion differs: the source says $2.5 billion"
    ]
    assert tone_of_number(shown.number_checks[0]) == "differs"
    assert shown.quote_check is not None and tone_of_quote(shown.quote_check) == "near"

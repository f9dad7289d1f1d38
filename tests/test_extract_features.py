"""detect() and, for Chinese and Japanese, detect_unspaced(): every field of a sentence's
Features is filled, each by its own detector."""

from __future__ import annotations

import dataclasses

import pytest

from factcheck.extract.features import Features, detect
from factcheck.extract.unspaced import detect_unspaced

# For each field, a sentence (written for this test) in which that field's detector must
# find something, and what it must find.
FOUND = {
    "money": ("The fund paid out €40 million last spring.", ["€40 million"]),
    "percents": ("Turnout dropped to 61.5% in the second round.", ["61.5%"]),
    "numbers": ("The ferry carries 1,200 passengers and nine cars.", ["1,200", "nine"]),
    "dates": ("The bridge opened on 4 June 1998, a Thursday.", ["4 June 1998", "Thursday"]),
    "relative_dates": ("The mill closed two years ago.", ["two years ago"]),
    "roles": ("The harbour master resigned after the chairman objected.", ["chairman"]),
    "entities": (
        "Officials in Port Elsworth blamed Norland Rail.",
        ["Port Elsworth", "Norland Rail"],
    ),
    "events": ("The council approved the plan.", ["approved"]),
    "superlatives": ("It is the oldest lighthouse on the coast.", ["oldest"]),
}


def test_every_field_is_set_on_every_sentence() -> None:
    sentences = [sentence for sentence, _ in FOUND.values()] + ["", "Yes.", "“Why?” — ¿qué?"]
    for sentence in sentences:
        features = detect(sentence, set())
        for field in dataclasses.fields(Features):
            assert hasattr(features, field.name), (sentence, field.name)


def test_the_unspaced_reading_sets_every_field_too() -> None:
    # The other of the two builders (text.is_unspaced picks it): each field filled, with a
    # value of its declared kind, and the figures, dates and titled names found.
    sentences = [
        "山本首相は2023年5月3日に30億円の予算を発表した。",
        "去年、失業率は5%だった。",
        "はい。",
    ]
    for sentence in sentences:
        features = detect_unspaced(sentence)
        for field in dataclasses.fields(Features):
            value = getattr(features, field.name)
            kind = {"float": float, "int": int, "bool": bool}.get(str(field.type), list)
            assert isinstance(value, kind), (sentence, field.name, value)
    found = detect_unspaced(sentences[0])
    assert found.dates and found.money and found.roles == ["首相"] and found.entities
    assert detect_unspaced(sentences[1]).relative_dates == ["去年"]


def test_features_have_no_defaults_to_forget() -> None:
    for field in dataclasses.fields(Features):
        assert field.default is dataclasses.MISSING, field.name
        assert field.default_factory is dataclasses.MISSING, field.name


@pytest.mark.parametrize("field", sorted(FOUND))
def test_each_detector_fills_its_own_field(field: str) -> None:
    sentence, expected = FOUND[field]
    found = getattr(detect(sentence, set()), field)
    assert [item for item in expected if item in found] == expected


def test_the_scalar_fields() -> None:
    opinion = detect("I think the plan is clearly a mistake.", set())
    plain = detect("The plan passed on a vote of 5 to 2.", set())
    assert opinion.opinion > 0 and plain.opinion == 0
    assert plain.words == 8  # words of letters: the figures are counted apart
    assert detect("The mayor walked home.", set()).past
    assert detect("The mayor went home.", set()).past
    assert not detect("The mayor walks home.", set()).past


def test_a_figure_is_counted_once_by_the_first_detector_that_takes_it() -> None:
    features = detect("Sales rose 4% to $3 billion in 2021.", set())
    assert features.money == ["$3 billion"] and features.percents == ["4%"]
    assert features.dates == ["2021"]
    assert features.numbers == []

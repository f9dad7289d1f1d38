"""The check-worthiness model: one judgement for the flag and the score, read fast and offline.

The sentences here are written for these tests (none is from the seed article or from the
ClaimBuster debates the model was trained on).
"""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
from paths import ROOT

from factcheck.extract import extract_claims
from factcheck.extract.checkworthy import (
    _vocabulary,
    char_grams,
    features,
    is_checkworthy,
    pack,
    probability,
    signals,
    threshold,
    unpack,
)
from factcheck.extract.extractor import assess_claim
from factcheck.extract.features import detect

ARTICLE = (
    "Unemployment in the county fell to 4.1 percent in March, down from 6.3 percent a year "
    "earlier, the state labor department said on Friday.\n\n"
    "The council approved a $212 million budget for the harbor, the largest in its history.\n\n"
    "I think we can all agree that the harbor deserves better.\n\n"
    "Frankly, it is a wonderful thing to see so many people care about the water."
)


def test_the_flag_is_the_score_over_the_models_threshold() -> None:
    claims = extract_claims(ARTICLE)
    assert claims
    for claim in claims:
        assert claim.checkworthy == (claim.score >= threshold())
        assert claim.to_dict()["checkworthy"] is claim.checkworthy


def test_sourced_figures_rank_above_opinion_and_say_why() -> None:
    claims = extract_claims(ARTICLE)
    figures = next(c for c in claims if c.text.startswith("Unemployment"))
    budget = next(c for c in claims if c.text.startswith("The council"))
    assert figures.checkworthy and budget.checkworthy
    assert figures.reasons[-1].startswith("check-worthy (")
    assert "a percentage" in figures.reasons[-1]
    opinion = assess_claim("I think we can all agree that the harbor deserves better.")
    assert not opinion.checkworthy
    assert opinion.score < min(figures.score, budget.score)
    assert any(r.startswith("lower priority (") for r in opinion.reasons)


@pytest.mark.parametrize(
    "sentence",
    [
        "Crime rose 14% in the two years after the law passed, police records show.",
        "We will build more homes than any government before us.",
        "Ünïcode wörds and “quotes” — and 3.5 million of them.",
        "a",
        "$ 5 % ? ! 1,000,000.5",
    ],
)
def test_the_fast_path_adds_the_same_weights_as_the_feature_list(sentence: str) -> None:
    """probability() caches each word's part; the sum must be the plain one over features()."""
    vocabulary = _vocabulary()
    extra = signals(detect(sentence, set()), attributed=True, quoted=False)
    plain = vocabulary.bias + sum(vocabulary.weight(f) for f in features(sentence, extra))
    for _ in range(2):  # the first call learns the words, the second reads them cached
        p = probability(sentence, extra)
        assert math.isclose(math.log(p / (1 - p)), plain, abs_tol=1e-9)


@pytest.mark.parametrize("token", ["taxation", "don't", "a", "ok", "x'y"])
def test_a_words_character_grams_weigh_what_their_feature_strings_do(token: str) -> None:
    """Learning hashes each n-gram from the token's bytes: the sum, order and all, must be
    the one over the "c:" feature strings."""
    vocabulary = _vocabulary()
    plain = 1.5
    for gram in char_grams(token):
        plain += vocabulary.weight("c:" + gram)
    assert vocabulary._add_char_grams(1.5, token) == plain


def test_words_of_one_token_weigh_its_character_grams_alike() -> None:
    """ "“Tariffs," and "tariffs" are learnt as two words; their n-grams weigh the same."""
    vocabulary = _vocabulary()
    first, second = vocabulary.learn(["“Tariffs,", "tariffs"]) or []
    plain = 0.0
    for gram in char_grams("tariffs"):
        plain += vocabulary.weight("c:" + gram)
    assert plain
    assert first[1] == second[1] == plain


def test_a_bigram_weighs_what_its_feature_string_does() -> None:
    """A bigram's hash carries on from its first token's: it must be that of "b:{a} {b}"."""
    vocabulary = _vocabulary()
    probability("Taxes rose 4%: it is in the levy's yield!")  # learns the tokens
    for a, b in [("<s>", "taxes"), ("it", "is"), ("in", "the"), ("<pct>", "it")]:
        plain = vocabulary.weight(f"b:{a} {b}")
        assert plain or (a, b) == ("<pct>", "it")  # weighed bigrams, and one of none
        assert vocabulary.learn_bigram(vocabulary.id_of[a], vocabulary.id_of[b]) == plain


def test_weights_round_trip_through_the_packed_arrays() -> None:
    indices = [0, 7, 2**20 - 1]
    values = [0.5, -1.25, 3.0]
    assert list(unpack(pack(indices, "I"), "I")) == indices
    assert list(unpack(pack(values, "f"), "f")) == values


def test_scoring_needs_no_numpy() -> None:
    code = (
        "import sys\n"
        "from factcheck.extract import extract_claims\n"
        "extract_claims('Sales rose 5% in 2023, the company said.')\n"
        "print('numpy' in sys.modules, 'sklearn' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.split() == ["False", "False"]


def test_threshold_is_a_probability() -> None:
    assert 0.0 < threshold() < 1.0
    assert is_checkworthy(threshold()) and not is_checkworthy(threshold() - 0.001)

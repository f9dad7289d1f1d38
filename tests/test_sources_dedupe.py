"""Near-duplicate sources: syndicated copies merge, different stories on one topic do not."""

from __future__ import annotations

import pytest
from pageserver import PAGES, near_copy, synthetic_story

from factcheck.sources.content import extract_file
from factcheck.sources.dedupe import (
    BANDS,
    DedupeIndex,
    compare,
    exact_text_hash,
    normalised_text_hash,
    signature_keys,
)


def text_of(name: str) -> str:
    return extract_file(PAGES / name).text


@pytest.fixture(scope="module")
def story() -> str:
    return text_of("battery-plant.html")


@pytest.fixture(scope="module")
def syndicated() -> str:
    return text_of("battery-plant-syndicated.html")


@pytest.fixture(scope="module")
def same_topic() -> str:
    return text_of("water-use.html")


def synthetic(number: int) -> str:
    title, paragraphs = synthetic_story(number)
    return "\n".join([title, *paragraphs])


def synthetic_copy(number: int) -> str:
    title, paragraphs = near_copy(*synthetic_story(number), seed=number)
    return "\n".join(["Midstate Wire | Local | Weather", title, *paragraphs])


def test_text_hash_ignores_spacing_quote_style_and_unicode_form() -> None:
    a = "“We expect 1,200 jobs,” she said.\n\nCafé  opens."
    b = '"We expect 1,200 jobs," she said. Cafe\u0301 opens.'
    assert normalised_text_hash(a) == normalised_text_hash(b)
    assert normalised_text_hash(a) != normalised_text_hash(a.replace("1,200", "1,300"))
    assert len(normalised_text_hash(a)) == 64


def test_the_exact_hash_counts_every_character_the_normalised_one_does_not() -> None:
    a, b = "Costs rose  “sharply” in 2023.", 'Costs rose "sharply" in 2023.'
    assert normalised_text_hash(a) == normalised_text_hash(b)
    assert exact_text_hash(a) != exact_text_hash(b)
    assert exact_text_hash(a) == exact_text_hash(a)


def test_signature_keys_are_stable_indexable_integers() -> None:
    text = "The county approved a 20-year property tax abatement in a 4-1 vote last Thursday."
    keys = signature_keys(text)
    assert len(keys) == BANDS
    assert all(isinstance(key, int) and 0 <= key < 2**63 for key in keys)
    # Pinned: keys are stored in the database, so a change here orphans every stored key.
    assert keys[0] == 7703072852627338885 and keys[-1] == 6453714834384268036
    assert signature_keys(text.upper().replace(" ", "  ")) == keys
    assert signature_keys("") == [] and signature_keys("— … —") == []


def test_syndicated_copy_merges(story: str, syndicated: str) -> None:
    verdict = compare(syndicated, story)
    assert verdict.tier == "merge", verdict
    assert verdict.rule == "fuzzy ≥ 0.90"
    assert verdict.score >= 0.9
    assert verdict.shared and "battery cell factory" in verdict.shared[0]
    assert set(signature_keys(story)) & set(signature_keys(syndicated))


def test_different_stories_on_one_topic_are_distinct(story: str, same_topic: str) -> None:
    verdict = compare(same_topic, story)
    assert verdict.tier == "distinct"
    assert verdict.score < 0.5
    assert not set(signature_keys(story)) & set(signature_keys(same_topic))


def test_identical_text_merges_by_hash(story: str) -> None:
    verdict = compare(story, story.replace("“", '"').replace("”", '"'))
    assert (verdict.tier, verdict.rule, verdict.score) == ("merge", "identical text", 1.0)


def test_corrected_version_of_a_page_is_suggested_not_merged() -> None:
    verdict = compare(text_of("library-hours-v2.html"), text_of("library-hours-v1.html"))
    assert verdict.tier == "suggest"


def test_short_texts_never_merge() -> None:
    short = "Voltaria will build a $2.5 billion battery plant in Millbrook."
    verdict = compare(short, short)
    assert verdict.tier == "suggest"
    assert verdict.rule == "short text: checker must confirm"
    assert compare(short, "The library will close on Sundays.").tier == "distinct"


@pytest.mark.parametrize(
    ("old", "new", "why"),
    [
        (
            "Revenue at the plant fell 3% in the year",
            "Revenue at the plant rose 3% in the year",
            "the direction differs",
        ),
        (
            "The plant will employ 1,200 people",
            "The plant will employ 1,800 people",
            "a figure differs",
        ),
        (
            "The state did approve the tax break",
            "The state did not approve the tax break",
            "a negation differs",
        ),
        (
            "The mayor said the county would sign",
            "The mayor said the county wouldn't sign",
            "a negation differs",
        ),
    ],
)
def test_a_near_copy_that_changes_a_fact_is_suggested_not_merged(
    story: str, old: str, new: str, why: str
) -> None:
    first = story + "\n" + old + "."
    verdict = compare(story + "\n" + new + ".", first)
    assert verdict.score >= 0.9
    assert verdict.tier == "suggest" and why in verdict.rule, verdict
    # The same page with a word added that changes no fact is still a copy.
    assert compare(first.replace(old, "Update: " + old), first).tier == "merge"


def test_thresholds_are_parameters(story: str, syndicated: str) -> None:
    strict = compare(syndicated, story, confirm=0.99, suggest=0.95)
    assert strict.tier == "suggest" and strict.rule == "fuzzy ≥ 0.95"
    assert compare(syndicated, story, min_chars=100_000).tier == "suggest"


def test_a_text_inside_a_longer_one_is_suggested(story: str) -> None:
    paragraphs = story.split("\n")
    longer = "\n".join(paragraphs + paragraphs[:6])
    verdict = compare(longer, story)
    assert verdict.tier == "suggest" and verdict.coverage >= 0.9
    assert verdict.rule.startswith(("fuzzy", "one text contains the other"))


@pytest.mark.parametrize("number", range(20))
def test_synthetic_syndicated_copies_merge(number: int) -> None:
    assert compare(synthetic_copy(number), synthetic(number)).tier == "merge"
    assert compare(synthetic(number + 100), synthetic(number)).tier == "distinct"


def test_index_finds_the_original_among_many(story: str, syndicated: str) -> None:
    index = DedupeIndex()
    for number in range(300):
        index.add(f"s{number}", synthetic(number))
    index.add("courier", story)
    assert len(index) == 301 and "courier" in index
    assert index.candidates(syndicated)[0] == "courier"
    match = index.best_match(syndicated)
    assert match is not None
    source_id, verdict = match
    assert source_id == "courier" and verdict.tier == "merge" and verdict.shared
    copy_id, copy_verdict = index.best_match(synthetic_copy(42)) or (None, None)
    assert copy_id == "s42" and copy_verdict is not None and copy_verdict.tier == "merge"
    assert index.best_match(text_of("water-use.html")) is None
    assert len(index.candidates(synthetic(5000))) < 10


def test_index_puts_exact_copies_first_and_forgets_removed_texts(story: str) -> None:
    index = DedupeIndex()
    index.add(1, story)
    index.add(2, story + "\nA closing paragraph that only this copy has, about something else.")
    assert index.candidates(story)[0] == 1
    index.remove(1)
    assert index.candidates(story) == [2]
    index.add(2, "replaced text " * 50)
    assert index.candidates(story) == []

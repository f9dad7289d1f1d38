"""The claim index finds the same claim in other words, and only then."""

from __future__ import annotations

import random

from factcheck.match import ClaimIndex, normalise, same_claim

STORED = [
    "Unemployment fell to 3.9 percent in March, the lowest level in two decades.",
    "The city council approved a $45 million budget for road repairs on Tuesday.",
    "The company said it hired 1,200 engineers last year.",
    "Ms. Alvarez has been the school's principal since 2015.",
]


def build(texts: list[str], threshold: float = 90.0) -> ClaimIndex:
    index = ClaimIndex(threshold)
    index.prepare(texts)
    for key, text in enumerate(texts):
        index.add(key, text)
    return index


def test_an_index_counts_the_claims_added_to_it() -> None:
    assert len(build(STORED)) == len(STORED)
    assert len(ClaimIndex(90.0)) == 0


def test_case_punctuation_and_quote_style_do_not_make_a_new_claim() -> None:
    index = build(STORED)
    assert normalise("“Hello,” she said.") == normalise('"hello" she said')
    match = index.best("the company said it hired 1,200 engineers last year")
    assert match is not None and (match.key, match.similarity) == (2, 100.0)


def test_small_wording_changes_merge() -> None:
    index = build(STORED)
    match = index.best("The city council approved a $45 million budget for road repair on Tuesday.")
    assert match is not None and match.key == 1 and 90 <= match.similarity < 100


def test_different_numbers_are_different_claims() -> None:
    index = build(STORED)
    assert (
        index.best("Unemployment fell to 3.8 percent in March, the lowest level in two decades.")
        is None
    )
    assert index.best("Ms. Alvarez has been the school's principal since 2016.") is None


def test_swapped_or_negated_words_are_different_claims() -> None:
    index = build(STORED)
    assert index.best("The company said it fired 1,200 engineers last year.") is None
    assert index.best("The company said it never hired 1,200 engineers last year.") is None
    assert (
        index.best("Unemployment fell to 3.9 percent in March, the highest level in two decades.")
        is None
    )
    typo = index.best("The company said it hried 1,200 enginers last year.")
    assert typo is not None and typo.key == 2


def test_unrelated_and_empty_texts_do_not_match() -> None:
    index = build(STORED)
    assert index.best("The river flooded the lower town twice this spring.") is None
    assert index.best("...") is None


def test_index_agrees_with_a_full_scan() -> None:
    """Prefix filtering must lose no match a pairwise rapidfuzz scan would find."""
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rng.choices(letters, k=rng.randint(2, 9))) for _ in range(300)]
    stored = [" ".join(rng.choices(words, k=rng.randint(6, 18))) for _ in range(400)]
    queries = []
    for text in rng.sample(stored, 150):
        tokens = text.split()
        position = rng.randrange(len(tokens))
        if rng.random() < 0.5:
            tokens[position] = tokens[position][:-1] + "x"  # a typo
        else:
            tokens[position] = rng.choice(words)  # another word
        queries.append(" ".join(tokens))
    queries += [" ".join(rng.choices(words, k=10)) for _ in range(50)]
    index = build(stored, threshold=85)
    for query in queries:
        scan = max(same_claim(normalise(query), normalise(s), 85) for s in stored)
        found = index.best(query)
        if scan >= 85:
            assert found is not None and abs(found.similarity - round(scan, 1)) < 0.11, query
        else:
            assert found is None, query


def test_ranking_in_slices_gives_the_same_matches_ties_included(monkeypatch) -> None:
    """best_matches ranks long lists a slice at a time (so the UI's keys do not wait): the
    matches and their order, ties to the smaller key, are those of one pass."""
    from factcheck import match

    words = ["council", "approved", "budget", "roads", "bridge", "schools", "levy", "rose"]
    choices = [" ".join(words[(i * k) % 8] for k in range(1, 6)) for i in range(60)]
    keys = list(range(100, 160))
    query = "council approved budget roads bridge"
    monkeypatch.setattr(match, "CHUNK", 10**9)
    whole = match.best_matches(query, keys, choices, threshold=40, limit=6)
    monkeypatch.setattr(match, "CHUNK", 7)
    assert match.best_matches(query, keys, choices, threshold=40, limit=6) == whole
    assert len(whole) == 6

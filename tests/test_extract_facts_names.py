"""What a name names, read from its words and the words around it: places, works, people.

Each test holds invented sentences of one class of input (roads, places after a locative,
awards, products), not sentences of a labelled text."""

from __future__ import annotations

from factcheck.extract import extract_claims, facts_in


def facts_of(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for c in extract_claims(text) for f in c.facts]


def names_in(sentence: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in facts_in(sentence) if f.kind in ("person", "place", "work")]


def test_highways_drives_and_european_roads_are_places() -> None:
    found = names_in(
        "Cameras went up on the Carrow Highway, the Delling Motorway and Ostby Drive, and"
        " the E18 was shut for 40 hours."
    )
    assert ("place", "Carrow Highway") in found
    assert ("place", "Delling Motorway") in found
    assert ("place", "Ostby Drive") in found
    assert ("place", "E18") in found

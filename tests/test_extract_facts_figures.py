"""Figures, dates, titles and quotations read from their words and the words around them.

Each test holds invented sentences of one class of input (a share of a set, a count of one,
a date led into by "between"), not sentences of a labelled text."""

from __future__ import annotations

from factcheck.extract import facts_in


def figures_and_dates(sentence: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in facts_in(sentence) if f.kind in ("number", "date")]


def test_a_spelled_share_of_a_set_told_by_its_noun_is_one_figure() -> None:
    found = figures_and_dates(
        "Seven of the volunteers had left, and Twelve of the new flats stood empty."
    )
    assert ("number", "Seven of the volunteers") in found
    assert ("number", "Twelve of the new flats") in found
    found = figures_and_dates("The trust shut three of its 40 wards and six of its eight clinics.")
    assert ("number", "three of its 40 wards") in found
    assert ("number", "six of its eight clinics") in found


def test_a_share_that_counts_nothing_named_is_no_figure() -> None:
    assert figures_and_dates("She was one of the few who stayed, and two of the Cup sides.") == []
    assert ("number", "three of his 24 matches") not in figures_and_dates(
        "He lost three of his 24 matches."
    )


def test_the_two_of_a_pair_named_before_is_no_count() -> None:
    found = figures_and_dates(
        "Talks between the two unions stalled, and the two ministers left early."
    )
    assert not any(kind == "number" for kind, _ in found)
    found = figures_and_dates("Prices rose in the two weeks after the vote; two nurses resigned.")
    assert ("number", "two weeks") in found
    assert ("number", "two nurses") in found


def test_a_number_that_names_a_shirt_or_a_bus_is_no_count() -> None:
    assert figures_and_dates("She takes the number 23 shirt; he rode the No 7 bus.") == []
    assert ("number", "23 shirts") in figures_and_dates("The shop sold 23 shirts.")


def test_one_and_the_thing_it_counts_is_a_figure() -> None:
    found = figures_and_dates(
        "The panel gave the hotel one rosette, one former pupil was hurt, one unvaccinated"
        " nurse fell ill and the bakery has one stone-lined oven."
    )
    assert ("number", "one rosette") in found
    assert ("number", "one former pupil") in found
    assert ("number", "one unvaccinated nurse") in found
    assert ("number", "one stone-lined oven") in found
    found = figures_and_dates(
        "She had taken only one tablet of the course; at least one more mill may shut."
    )
    assert ("number", "only one tablet") in found
    assert ("number", "at least one") in found


def test_one_that_counts_nothing_told_is_no_figure() -> None:
    assert (
        figures_and_dates(
            "At one point the talks stalled; one of the owners left, no one spoke, the one"
            " thing missing was a vote, and one member of staff, by one critic's count, quit."
        )
        == []
    )
    assert figures_and_dates("One window faces the sea. One former member of the band left.") == []


def test_a_second_count_after_and_is_a_figure_of_its_own() -> None:
    found = figures_and_dates(
        "The trust runs four hui and three clinics; it holds 212 gold and silver rings."
    )
    assert ("number", "four hui") in found
    assert ("number", "three clinics") in found
    assert ("number", "212 gold and silver rings") in found


def test_a_length_of_time_on_before_a_comma_is_a_date() -> None:
    found = figures_and_dates("Nearly two years on, the mill is quiet; A month on, it reopened.")
    assert ("date", "Nearly two years on") in found
    assert ("date", "A month on") in found
    assert not any(kind == "number" for kind, _ in found)
    found = figures_and_dates("Two weeks on a ventilator left him weak.")
    assert ("number", "Two weeks") in found
    assert not any(kind == "date" for kind, _ in found)


def test_between_leads_into_a_month_told_without_its_year() -> None:
    found = figures_and_dates(
        "Ferries were cut between October and April, and between 2 June and 9 July."
    )
    assert ("date", "between October") in found
    assert ("date", "April") in found
    assert ("date", "between 2 June") in found
    found = figures_and_dates(
        "Rents rose between 2015 and 2019 and between March 2020 and May 2022."
    )
    assert ("date", "2015") in found
    assert ("date", "March 2020") in found


def test_a_fortnight_is_told_like_a_week() -> None:
    found = figures_and_dates("Cases doubled in the past fortnight; talks resume next fortnight.")
    assert ("date", "in the past fortnight") in found
    assert ("date", "next fortnight") in found

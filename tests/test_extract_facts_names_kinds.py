"""What a name names when nothing in the gazetteer knows it: laws with their "of", bodies
named after a place, regions, clubs and competitions.

Each test holds invented sentences of one class of input, not sentences of a labelled text."""

from __future__ import annotations

from factcheck.extract import facts_in


def names_in(sentence: str) -> list[tuple[str, str]]:
    kinds = ("person", "organisation", "place", "work")
    return [(f.kind, f.text) for f in facts_in(sentence) if f.kind in kinds]


def test_a_law_with_its_year_holds_its_of_and_for() -> None:
    found = names_in(
        "The order was made under the Prevention of Flooding Act 1998, and a review under the"
        " Safety for Tenants Regulations 2019 follows."
    )
    assert ("work", "Prevention of Flooding Act 1998") in found
    assert ("work", "Safety for Tenants Regulations 2019") in found
    # a person of a body is still cut at its "of"
    assert ("person", "Mara Tellin") in names_in(
        "Mara Tellin of Brackwell Holdings said the deal was done."
    )


def test_a_body_named_after_a_place_of_several_words() -> None:
    found = names_in(
        "Tourism New Zealand said bookings rose, and Rail South Africa said on Monday that"
        " fares would rise, according to Water Hong Kong."
    )
    assert ("organisation", "Tourism New Zealand") in found
    assert ("organisation", "Rail South Africa") in found
    assert ("organisation", "Water Hong Kong") in found
    # a part of the place, or a person named after it, is not a body
    assert ("place", "Greater New York") in names_in("Prices fell across Greater New York.")


def test_a_competition_named_in_one_word_in_a_sports_report() -> None:
    found = names_in(
        "The forward scored 12 goals in the Premiership last season and won the cup. The"
        " guard averaged 11 points a game in the EuroCupLeague before the club signed him."
    )
    assert ("work", "Premiership") in found
    assert ("work", "EuroCupLeague") in found


def test_places_a_route_runs_to_via_or_beside() -> None:
    found = names_in(
        "The operator will run a bus service to Tarnwick and Oldmere, and trains from"
        " Dunmore to Kessling via Brackenby; a park will open beside Holloway Fen."
    )
    for place in ("Tarnwick", "Oldmere", "Brackenby", "Holloway Fen"):
        assert ("place", place) in found
    assert ("person", "Maria Voss") in names_in("She sat beside Maria Voss at dinner.")


def test_a_region_named_with_a_compass_word_of_another_language() -> None:
    found = names_in(
        "The beans come from growers in the Selva Norte, and the restaurant sits in Lima"
        " Sur, near the Bocage Ouest market."
    )
    assert ("place", "Selva Norte") in found
    assert ("place", "Lima Sur") in found
    assert ("place", "Bocage Ouest") in found
    # a given name opening it does not make a person of a district
    assert ("place", "Rosa Norte") in names_in("Rents in Mexico City’s Rosa Norte doubled.")


def test_a_name_glossed_by_a_body_s_full_name_is_that_body() -> None:
    found = names_in(
        "The delays were blamed on Vegtrafik, the Danish Roads Authority. Vegtrafik said"
        " the works would end in May."
    )
    assert found.count(("organisation", "Vegtrafik")) == 2
    # a person set off by a role is not
    assert ("person", "Nils Varga") in names_in(
        "The plan was drawn up by Nils Varga, the Danish Roads Authority’s chief engineer."
    )


def test_a_firm_named_again_without_its_ending_in_two_words() -> None:
    found = names_in(
        "The homes will be built by Ashcombe Ridge Homes. Ashcombe Ridge said on Monday that"
        " work would start in May."
    )
    assert ("organisation", "Ashcombe Ridge") in found
    assert ("person", "Ashcombe Ridge") not in found


def test_a_club_named_by_its_nickname_in_a_match_report() -> None:
    found = names_in(
        "The striker scored twice as the club drew 2-2 with Carrick Falcons, and the season"
        " ended with the league title for champions Dunmore Magpies, who won 3-0 at home."
    )
    assert ("organisation", "Carrick Falcons") in found
    assert ("organisation", "Dunmore Magpies") in found


def test_a_people_in_the_plural_is_no_name() -> None:
    found = names_in(
        "Turnout rose among Norwegians abroad, and Londoners and New Zealanders living in"
        " Oslo voted by post, the Norwegian Election Authority said."
    )
    for people in ("Norwegians", "Londoners", "New Zealanders"):
        assert all(text != people for _, text in found)
    assert ("place", "Oslo") in found


def test_a_role_with_what_it_is_over_is_no_body() -> None:
    found = names_in(
        "The council will ask the Transport Secretary to intervene, and the Fisheries"
        " Minister said the Marine Management Commission would review it."
    )
    assert ("organisation", "Transport Secretary") not in found
    assert ("organisation", "Fisheries Minister") not in found
    assert ("organisation", "Marine Management Commission") in found
    assert ("title", "Transport Secretary") in [
        (f.kind, f.text)
        for f in facts_in("The council will ask the Transport Secretary to intervene.")
    ]


def test_two_bodies_joined_by_and_and_a_body_named_abroad() -> None:
    found = names_in(
        "The trial was run by the University of Varn and Tessaloniki Universitet, and"
        " Professor Ilse Harrow of Brenner Institutet said the results were clear."
    )
    assert ("organisation", "University of Varn") in found
    assert ("organisation", "Tessaloniki Universitet") in found
    assert ("organisation", "Brenner Institutet") in found
    # a body's field still goes on after "and"
    assert ("organisation", "Department of Health and Social Care") in names_in(
        "The Department of Health and Social Care said the figures were accurate."
    )


def test_a_name_opened_by_an_article_of_another_language_is_no_person() -> None:
    found = names_in(
        "She trained under Tomás Ruiz at El Fogón Ruiz, and La Milpa Verde, her own"
        " restaurant, opened near Las Varas Altas in 2019."
    )
    assert ("person", "Tomás Ruiz") in found
    assert ("organisation", "El Fogón Ruiz") in found
    assert ("place", "Las Varas Altas") in found
    assert not any(kind == "person" and "Milpa" in text for kind, text in found)


def test_a_venue_named_before_what_it_is() -> None:
    found = names_in(
        "The leader spoke at the Vindholm concert hall on Sunday, and the final is at the"
        " Kestrel Park stadium."
    )
    assert ("place", "Vindholm") in found
    assert ("place", "Kestrel Park") in found

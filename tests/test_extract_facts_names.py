"""What a name names, read from its words and the words around it: places, works, people,
and, when nothing in the gazetteer knows it, laws with their "of", bodies named after a
place, regions, clubs and competitions.

Each test holds invented sentences of one class of input (roads, places after a locative,
awards, products, laws, clubs), not sentences of a labelled text."""

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


def test_places_after_a_locative_with_a_word_between() -> None:
    found = names_in(
        "The storm swept through Varrow and Tessely, dumped 210mm of rain at Ornby and left"
        " the hills above Keldon flooded, as it had in eastern Marovia."
    )
    for place in ("Varrow", "Tessely", "Ornby", "Keldon", "Marovia"):
        assert ("place", place) in found
    assert ("place", "Halcyra") not in names_in("The phones are sold through Halcyra.")
    assert ("place", "Brennwick") not in names_in(
        "She was a professor of chemistry at Brennwick for a decade."
    )


def test_a_native_of_a_town_and_towns_nearby() -> None:
    found = names_in("A native of Sothby, he trained in nearby Carrowmore and Pellan.")
    assert ("place", "Sothby") in found
    assert ("place", "Carrowmore") in found
    assert ("place", "Pellan") in found


def test_names_that_are_no_people_by_their_words() -> None:
    found = names_in(
        "Figures from Flood Relief Tasmania, shown on Danish Television, put the Far West"
        " ahead, and Corrin Sports Management and World Athletics agreed."
    )
    assert ("person", "Flood Relief Tasmania") not in found
    assert ("person", "Danish Television") not in found
    assert ("place", "Far West") in found
    assert ("person", "Corrin Sports Management") not in found
    assert ("person", "World Athletics") not in found


def test_what_an_appositive_ends_with_before_said_is_no_speaker() -> None:
    found = names_in("Ana Ruiz, the chairman of the Kelso Harriers, said the club would move.")
    assert ("person", "Ana Ruiz") in found
    assert ("person", "Kelso Harriers") not in found


def test_awards_and_prizes_are_works() -> None:
    found = names_in(
        "The Best Director prize went to Ana Ruiz, the Best Actress award was shared, Olav Berg"
        " was named Best Actor and the film won the Silver Lantern at the festival, after a"
        " run in its Horizon competition."
    )
    for work in ("Best Director", "Best Actress", "Best Actor", "Silver Lantern", "Horizon"):
        assert ("work", work) in found
    assert ("person", "Ana Ruiz") in found
    assert ("work", "Best Buy") not in names_in("Shares in Best Buy rose 3%.")
    assert ("work", "Nelson") not in names_in("She won the Nelson seat by 96 votes.")


def test_films_and_books_set_off_by_their_noun_with_small_words_inside() -> None:
    found = names_in(
        "The prize went to Salt at Dawn, a Slovak comedy by Ana Ruiz, and Bread and Ashes,"
        " a Georgian drama about two sisters; he wrote a memoir, Quiet Hours (2009)."
    )
    assert ("work", "Salt at Dawn") in found
    assert ("work", "Bread and Ashes") in found
    assert ("work", "Quiet Hours") in found
    assert ("person", "Ana Ruiz") in found
    again = names_in("Bread and Ashes, a Georgian drama, won. Bread and Ashes opens in May.")
    assert again.count(("work", "Bread and Ashes")) == 2
    kept = names_in(
        "It went to the director Ana Ruiz for Cold Water, a Turkish production set in May."
    )
    assert ("person", "Ana Ruiz") in kept


def test_treaties_named_by_their_topic_and_the_year_an_accord_was_made() -> None:
    found = names_in(
        "She brokered the Lindmark Accord of 1987 and chaired the talks on the Varna"
        " Convention on Inland Search and Rescue, which Brazil signed."
    )
    assert ("work", "Lindmark Accord") in found
    assert ("work", "Varna Convention on Inland Search and Rescue") in found
    assert ("place", "Brazil") in found
    assert ("work", "Trade Act of 1974") in names_in("It rests on the Trade Act of 1974.")


def test_a_dateline_names_a_town_and_its_region() -> None:
    found = names_in("BRANDON, Man. — About 900 workers walked out at the plant on Monday.")
    assert ("place", "BRANDON") in found
    assert ("place", "Man.") in found
    found = names_in("ORBOST, Victoria — Floodwaters rose 2 metres overnight.")
    assert ("place", "ORBOST") in found
    assert names_in("BREAKING — The plant closed on Monday.") == []


def test_venues_places_with_their_bodies_speakers_after_a_field_and_sums_by_code() -> None:
    found = names_in(
        "The club will rebuild its Estadio Las Moreras, the Hotel Bristen will host the"
        " gala, and the Ohio Police Service said theft rose across rural Ohio."
    )
    assert ("place", "Estadio Las Moreras") in found
    assert ("place", "Hotel Bristen") in found
    assert found[-1] == ("place", "Ohio")
    spoke = names_in("Head of product Min-jun Albrecht told reporters the phone was late.")
    assert ("person", "Min-jun Albrecht") in spoke
    assert names_in("Drivers will pay a toll of NOK 184 a car.") == []


def test_people_named_as_kin_in_a_list_or_as_whose_child() -> None:
    found = names_in(
        "She was the eldest of three children of Brannagh, a weaver, and leaves two"
        " sons, Tavish, Orrin and Kell, and a brother."
    )
    for person in ("Brannagh", "Tavish", "Orrin", "Kell"):
        assert ("person", person) in found


def test_what_a_firm_owns_by_name_a_product_or_a_site() -> None:
    found = names_in(
        "The plant builds its Torvan van and its Brisa Band health tracker, while Ford’s"
        " Ashby plant and its Kellan assembly plant stay open; Unifor Local 88 agreed."
    )
    assert ("work", "Torvan") in found
    assert ("work", "Brisa Band") in found
    assert ("place", "Ashby") in found
    assert ("place", "Kellan") in found
    assert ("work", "Unifor Local 88") not in found
    assert ("work", "Halden") not in names_in("It sold its Halden subsidiary in May.")


def test_towns_a_route_joins_by_an_en_dash() -> None:
    found = names_in(
        "They ran a café on the Tbilisi–Kelvane highway, beside the Orrin–Tessby ferry and"
        " the Maldon–Hext Road."
    )
    assert ("place", "Kelvane") in found
    assert ("place", "Orrin") in found
    assert ("place", "Tessby") in found
    assert ("place", "Maldon–Hext Road") in found


def test_the_sides_of_talks_are_no_places() -> None:
    found = facts_of(
        "Forward lost two seats on Friday, leaving Forward and Unity short of a majority."
        " Coalition talks between Forward, Unity and Reform began in Wellington on Monday."
    )
    assert ("place", "Forward") not in found
    assert ("place", "Unity") not in found
    assert ("place", "Wellington") in found
    assert ("place", "Tessby") in names_in("The road runs between Tessby and Orrin.")


def test_where_people_are_sent_and_three_word_places_after_in() -> None:
    found = names_in(
        "The force will send an extra 40 officers to Carrowby and Tessel, and ballots in"
        " Te Awa Roa were counted by hand."
    )
    assert ("place", "Carrowby") in found
    assert ("place", "Tessel") in found
    assert ("place", "Te Awa Roa") in found
    assert ("place", "Narodny Bank Polski") not in names_in(
        "Rates are set at Narodny Bank Polski in Warsaw."
    )


def test_landforms_by_their_noun_and_what_a_route_crosses() -> None:
    found = names_in(
        "The bridge will carry the road across the Kvalfjord and along the Brenna to the"
        " Torsnes peninsula."
    )
    assert ("place", "Kvalfjord") in found
    assert ("place", "Brenna") in found
    assert ("place", "Torsnes") in found


def test_films_by_a_role_played_in_them_or_their_screening() -> None:
    found = names_in(
        "She was praised for her role as a retired ferrywoman in Saltmarsh; her first film,"
        " Kettle, screened in Berlin, and she was named the Kaunas Rising Star in 2024."
    )
    assert ("work", "Saltmarsh") in found
    assert ("work", "Kettle") in found
    assert ("work", "Kaunas Rising Star") in found
    assert ("place", "Berlin") in found


def test_a_role_opening_a_name_and_a_firm_after_its_noun() -> None:
    found = names_in(
        "Substitute Kieran Maddox-Lee scored late, and the design is by the Porto studio"
        " Almeida Ruas Arquitectos."
    )
    assert ("person", "Kieran Maddox-Lee") in found
    assert ("person", "Almeida Ruas Arquitectos") not in found


def test_a_product_set_off_by_what_it_is() -> None:
    found = names_in(
        "Its best seller remains Brannock Gold, a mild white cheddar, which sold well."
    )
    assert ("work", "Brannock Gold") in found


# Names nothing in the gazetteer knows (session 12).


def names_and_bodies_in(sentence: str) -> list[tuple[str, str]]:
    """The names of a sentence with its organisations (names_in leaves them out)."""
    kinds = ("person", "organisation", "place", "work")
    return [(f.kind, f.text) for f in facts_in(sentence) if f.kind in kinds]


def test_a_law_with_its_year_holds_its_of_and_for() -> None:
    found = names_and_bodies_in(
        "The order was made under the Prevention of Flooding Act 1998, and a review under the"
        " Safety for Tenants Regulations 2019 follows."
    )
    assert ("work", "Prevention of Flooding Act 1998") in found
    assert ("work", "Safety for Tenants Regulations 2019") in found
    # a person of a body is still cut at its "of"
    assert ("person", "Mara Tellin") in names_and_bodies_in(
        "Mara Tellin of Brackwell Holdings said the deal was done."
    )


def test_a_body_named_after_a_place_of_several_words() -> None:
    found = names_and_bodies_in(
        "Tourism New Zealand said bookings rose, and Rail South Africa said on Monday that"
        " fares would rise, according to Water Hong Kong."
    )
    assert ("organisation", "Tourism New Zealand") in found
    assert ("organisation", "Rail South Africa") in found
    assert ("organisation", "Water Hong Kong") in found
    # a part of the place, or a person named after it, is not a body
    assert ("place", "Greater New York") in names_and_bodies_in(
        "Prices fell across Greater New York."
    )


def test_a_competition_named_in_one_word_in_a_sports_report() -> None:
    found = names_and_bodies_in(
        "The forward scored 12 goals in the Premiership last season and won the cup. The"
        " guard averaged 11 points a game in the EuroCupLeague before the club signed him."
    )
    assert ("work", "Premiership") in found
    assert ("work", "EuroCupLeague") in found


def test_places_a_route_runs_to_via_or_beside() -> None:
    found = names_and_bodies_in(
        "The operator will run a bus service to Tarnwick and Oldmere, and trains from"
        " Dunmore to Kessling via Brackenby; a park will open beside Holloway Fen."
    )
    for place in ("Tarnwick", "Oldmere", "Brackenby", "Holloway Fen"):
        assert ("place", place) in found
    assert ("person", "Maria Voss") in names_and_bodies_in("She sat beside Maria Voss at dinner.")


def test_a_region_named_with_a_compass_word_of_another_language() -> None:
    found = names_and_bodies_in(
        "The beans come from growers in the Selva Norte, and the restaurant sits in Lima"
        " Sur, near the Bocage Ouest market."
    )
    assert ("place", "Selva Norte") in found
    assert ("place", "Lima Sur") in found
    assert ("place", "Bocage Ouest") in found
    # a given name opening it does not make a person of a district
    assert ("place", "Rosa Norte") in names_and_bodies_in(
        "Rents in Mexico City’s Rosa Norte doubled."
    )


def test_a_name_glossed_by_a_body_s_full_name_is_that_body() -> None:
    found = names_and_bodies_in(
        "The delays were blamed on Vegtrafik, the Danish Roads Authority. Vegtrafik said"
        " the works would end in May."
    )
    assert found.count(("organisation", "Vegtrafik")) == 2
    # a person set off by a role is not
    assert ("person", "Nils Varga") in names_and_bodies_in(
        "The plan was drawn up by Nils Varga, the Danish Roads Authority’s chief engineer."
    )


def test_a_firm_named_again_without_its_ending_in_two_words() -> None:
    found = names_and_bodies_in(
        "The homes will be built by Ashcombe Ridge Homes. Ashcombe Ridge said on Monday that"
        " work would start in May."
    )
    assert ("organisation", "Ashcombe Ridge") in found
    assert ("person", "Ashcombe Ridge") not in found


def test_a_club_named_by_its_nickname_in_a_match_report() -> None:
    found = names_and_bodies_in(
        "The striker scored twice as the club drew 2-2 with Carrick Falcons, and the season"
        " ended with the league title for champions Dunmore Magpies, who won 3-0 at home."
    )
    assert ("organisation", "Carrick Falcons") in found
    assert ("organisation", "Dunmore Magpies") in found


def test_a_people_in_the_plural_is_no_name() -> None:
    found = names_and_bodies_in(
        "Turnout rose among Norwegians abroad, and Londoners and New Zealanders living in"
        " Oslo voted by post, the Norwegian Election Authority said."
    )
    for people in ("Norwegians", "Londoners", "New Zealanders"):
        assert all(text != people for _, text in found)
    assert ("place", "Oslo") in found


def test_a_role_with_what_it_is_over_is_no_body() -> None:
    found = names_and_bodies_in(
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
    found = names_and_bodies_in(
        "The trial was run by the University of Varn and Tessaloniki Universitet, and"
        " Professor Ilse Harrow of Brenner Institutet said the results were clear."
    )
    assert ("organisation", "University of Varn") in found
    assert ("organisation", "Tessaloniki Universitet") in found
    assert ("organisation", "Brenner Institutet") in found
    # a body's field still goes on after "and"
    assert ("organisation", "Department of Health and Social Care") in names_and_bodies_in(
        "The Department of Health and Social Care said the figures were accurate."
    )


def test_a_name_opened_by_an_article_of_another_language_is_no_person() -> None:
    found = names_and_bodies_in(
        "She trained under Tomás Ruiz at El Fogón Ruiz, and La Milpa Verde, her own"
        " restaurant, opened near Las Varas Altas in 2019."
    )
    assert ("person", "Tomás Ruiz") in found
    assert ("organisation", "El Fogón Ruiz") in found
    assert ("place", "Las Varas Altas") in found
    assert not any(kind == "person" and "Milpa" in text for kind, text in found)


def test_a_venue_named_before_what_it_is() -> None:
    found = names_and_bodies_in(
        "The leader spoke at the Vindholm concert hall on Sunday, and the final is at the"
        " Kestrel Park stadium."
    )
    assert ("place", "Vindholm") in found
    assert ("place", "Kestrel Park") in found

"""Who said what: the speaker each claim is given, for the shapes attributions take in news
and court reports (titles, post-nominals, appositives, pronouns, roles that refer back)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.extract.speakers import split_title


def speaker_of(text: str, fragment: str) -> str | None:
    matches = [c for c in extract_claims(text) if fragment in c.text]
    assert matches, f"no claim contains {fragment!r}"
    return matches[0].speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Detective Garda Aoife Brennick said 12,000 euro was taken in 2019.", "Aoife Brennick"),
        ("Sergeant Paul Rimmer said 14 cars were stolen in May.", "Paul Rimmer"),
        ("Professor Emeritus Jan de Vries said the dyke was built in 1953.", "Jan de Vries"),
        ("Prosecuting, Maeve Tolland BL said 30 pensioners lost money.", "Maeve Tolland"),
        ("Tom Vesey MP told the house that 300 jobs would go by March.", "Tom Vesey"),
        ("Ruth Okafor, PhD, said the drug cut deaths by 40%.", "Ruth Okafor"),
        ("Dr Ruth Okafor, PhD, the lead author, said 4,000 took part.", "Ruth Okafor"),
    ],
)
def test_ranks_and_post_nominals_are_not_the_speakers_name(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence, sentence[:12]) == speaker


def test_a_rank_that_names_a_body_is_kept_before_one_word() -> None:
    assert split_title("Garda Síochána") == ("Garda Síochána", None)
    assert split_title("the MP") == ("the MP", None)
    assert split_title("Orla Quigley-Barr KC") == ("Orla Quigley-Barr", "KC")


def test_a_post_nominal_name_is_a_person_a_pronoun_points_back_to() -> None:
    text = (
        "Detective Garda Aoife Brennick said the accused moved 9,000 euro in 2018. "
        "Prosecuting, Ben Hartigan-Lowe BL said the losses came to 40,000 euro. "
        "“Two of the savers died before the case came to court,” he said."
    )
    assert speaker_of(text, "Two of the savers") == "Ben Hartigan-Lowe"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Una Farrelly, 71, who has farmed the hill since 1984, told the council she feared "
            "the ditch would be paved over by 2027.",
            "Una Farrelly",
        ),
        ("Colm Derrane, aged 64, told the inquiry that 80 homes flooded in 2020.", "Colm Derrane"),
        ("Gemma Doyle, 52, a farmer from Ballina, said 80 cattle died in a night.", "Gemma Doyle"),
        (
            "Tomas Quispe Mamani, the head of the National Flood Agency (ANF), told reporters in "
            "Cusco that 1,340 homes had been destroyed.",
            "Tomas Quispe Mamani",
        ),
        (
            "Orla Quigley-Barr SC, for the defence, said her client lost 40,000 euro online.",
            "Orla Quigley-Barr",
        ),
        ("Marek Zielinski SC, prosecuting, said the accused made £90,000.", "Marek Zielinski"),
        (
            "Ivo Brandt-Lasker of Greyfell Partners was more cautious, saying the plan relied on "
            "sales the group had missed in each of the past three years.",
            "Ivo Brandt-Lasker",
        ),
        (
            "Mina Osei-Hart welcomed the figures, adding that 2,000 jobs had been created in 2024.",
            "Mina Osei-Hart",
        ),
        ("Tomasz Wrobel is blunt: “We will close 12 branches by June.”", "Tomasz Wrobel"),
        ("Ana Ruiz’s answer was short: “We need 40 more nurses.”", "Ana Ruiz"),
        ("Li Wei declined to comment but said exports rose 12% in March.", "Li Wei"),
        (
            "Li Wei, a spokesman for the ministry, declined to comment on the 12% figure but "
            "said exports rose in March.",
            "Li Wei",
        ),
        (
            "Speaking at the launch, Kofi Mensah thanked staff and said 30 jobs were created.",
            "Kofi Mensah",
        ),
        (
            "Dr Nessa Roarty, one of two GPs left in the village, put it plainly at the meeting: "
            "“If you close at night, 4,000 people lose their doctor.”",
            "Nessa Roarty",
        ),
    ],
)
def test_a_subject_with_an_appositive_or_a_participle_is_the_speaker(
    sentence: str, speaker: str
) -> None:
    assert speaker_of(sentence, sentence[:12]) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # a participle after a thing, not a person
        "The storm cut power to 40,000 homes on Monday, warning of worse to come.",
        # a body, not a person, before a verb after "and"
        "The ministry cut 40 posts and said 300 more would go by 2026.",
        # putting a thing somewhere reports no words
        "Marta Hesse put it in the fridge at 9pm, and 40 guests ate it by 2am.",
    ],
)
def test_no_speaker_is_read_into(sentence: str) -> None:
    assert speaker_of(sentence, sentence[:12]) is None


_EARTHQUAKE = (
    "Tomas Quispe Mamani said 1,340 homes had been destroyed in 2024. "
    "He appealed for tents, water and blood donations.\n\n"
    "Kofi Arhin-Wells trained as an engineer for 12 years before, as he puts it, "
    "“falling into the family business” at 34."
)
_COURT = (
    "Detective Garda Ciaran Foyle said the accused moved 9,000 euro in 2018. "
    "None of the money has been repaid, the detective agreed under cross-examination.\n\n"
    "Judge Ita Breen said she would need a probation report by March. "
    "“I have sent 14 people to prison for less,” the judge said."
)

_SENTENCING = (
    "Prosecuting, Ann Corbally BL said the accused took 40,000 euro from 11 accounts. "
    "Detective Garda Tom Hale told the court he feared more accounts would be found. "
    "“Some of them did not know the money was gone until 2021, and it is left to fix,” she "
    "said.\n\n"
    "Colm Rourke, 47, took 90,000 euro in 2022. Sentencing him, Judge Ada Mertz said he had "
    "taken the savings of 40 families. “You took 90,000 euro from people who trusted you,” she "
    "said."
)
_STORM = (
    "Rita Oyelaran, a spokeswoman for the council, said 300 homes were affected. "
    "Derek Pole, the fire service’s spokesman, said 40 roads were closed. "
    "“We had 12 crews out by 2am,” she said."
)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a pronoun that appeals for something, or puts it so, is the person named before
        (_EARTHQUAKE, "He appealed", "Tomas Quispe Mamani"),
        (_EARTHQUAKE, "as he puts it", "Kofi Arhin-Wells"),
        (
            "Bilal Chaudhry, the club’s treasurer, is more optimistic. "
            "He expects membership to reach 2,000 by 2026.",
            "He expects",
            "Bilal Chaudhry",
        ),
        # a role noun refers back to the person named with that title
        (_COURT, "None of the money", "Ciaran Foyle"),
        (_COURT, "14 people", "Ita Breen"),
        (
            "Jo Bell, the health minister, said 300 beds would open by 2026. "
            "“We will hire 2,000 nurses,” the minister added.",
            "2,000 nurses",
            "Jo Bell",
        ),
        # "she said" after two people: the one whose sex the text told, by a title or by
        # the state of mind a reported "he" or "she" opens with; nearest, not told otherwise
        (_SENTENCING, "left to fix", "Ann Corbally"),
        (_SENTENCING, "who trusted you", "Ada Mertz"),
        (_STORM, "12 crews", "Rita Oyelaran"),
        # so does an age
        (
            "Oksana Melnyk, 34, fled Kharkiv in 2022. “We left with 2 bags,” the 34-year-old said.",
            "2 bags",
            "Oksana Melnyk",
        ),
        # with nobody so titled before, it stays as written
        (
            "Ana Ruiz ran the depot for 20 years. “We lost 40 jobs in 2023,” the minister said.",
            "40 jobs",
            "the minister",
        ),
    ],
)
def test_a_speaker_is_the_person_the_text_named_before(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Cllr Tamsin Ferriday-Hale, the cabinet member for housing, said 400 homes would "
            "be built by 2030.",
            "400 homes",
            "Tamsin Ferriday-Hale",
        ),
        (
            "The opposition leader, Cllr Idris Penhallow, said rents rose 12% last year. "
            "“We warned them in 2024,” Cllr Penhallow told the meeting.",
            "We warned",
            "Idris Penhallow",
        ),
        ("Cr Lani Oyelaran said the rates rise was 3.5% in June.", "rates rise", "Lani Oyelaran"),
    ],
)
def test_a_councillors_abbreviated_title_is_not_the_name(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "The owner, Síle Ní Dhuibhir, opened the shop in 2015. "
            "Ní Dhuibhir said sales rose 30% last year.",
            "sales rose",
            "Síle Ní Dhuibhir",
        ),
        (
            "The skipper, Tadhg Ó Murchú, has fished there since 1990. "
            "“We landed 40 tonnes in March,” Ó Murchú said.",
            "40 tonnes",
            "Tadhg Ó Murchú",
        ),
        (
            "The architect, Pieter van der Linde, drew the plans in 2019. "
            "Van der Linde said the tower cost €80m.",
            "tower cost",
            "Pieter van der Linde",
        ),
    ],
)
def test_a_surname_opened_by_a_particle_finds_the_full_name(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_title_with_its_portfolio_before_a_name_is_not_the_speaker() -> None:
    text = (
        "Minister for Health Aoibheann Trask-Molloy visited the ward but said 2,000 beds "
        "were still needed by 2028. “We have opened 300 this year,” she said."
    )
    assert speaker_of(text, "2,000 beds") == "Aoibheann Trask-Molloy"
    assert speaker_of(text, "opened 300") == "Aoibheann Trask-Molloy"


def test_a_body_named_as_a_modifier_is_not_the_person_he_means() -> None:
    text = (
        "Glenmoray Harriers won 3-1 at home on Saturday. "
        "Callum Dunsire, the Harriers coach, was pleased. "
        "“We scored three goals in 20 minutes,” he said."
    )
    assert speaker_of(text, "three goals") == "Callum Dunsire"


def test_a_qa_interviews_answers_are_the_interviewees() -> None:
    text = (
        "Interview by Maura Quennell-Shaw\n\n"
        "Teodor Vassilakis opened his first bakery in 2011. Vassilakis, 52, now runs nine "
        "shops across the north.\n\n"
        "Q: How big is the business now?\n\n"
        "A: We employ 140 people and bake 30,000 loaves a week.\n\n"
        "Q: And next year?\n\n"
        "A: Two more shops open in Leeds in March 2027."
    )
    assert speaker_of(text, "140 people") == "Teodor Vassilakis"
    assert speaker_of(text, "Two more shops") == "Teodor Vassilakis"


def test_an_apology_is_the_apologisers_word() -> None:
    # Apologising is a speech act but reports no words of its own: no source for the
    # sentence, but the act is the apologiser's, as "She called for a review" is hers.
    text = (
        "Managing director Anya Roszak-Feld apologised in a statement on Friday for the "
        "outage, which cut power to 40,000 homes for six hours."
    )
    assert speaker_of(text, "40,000 homes") == "Anya Roszak-Feld"


def test_she_stays_the_woman_a_sentence_told_of_past_a_man_it_named() -> None:
    text = (
        "Dr Ilse Marwood-Fenn, the chemist who found the new catalyst, has died. She was 91. "
        "In 1960 she married the geologist Osric Dellow, who died in 2001. "
        "Keeping her own name was, she later said, “the best decision I made in 1960.”"
    )
    assert speaker_of(text, "best decision") == "Ilse Marwood-Fenn"


def test_she_past_a_man_named_since_means_the_woman_told_of_before() -> None:
    text = (
        "Professor Ines Halloran-Pike has died. She was 80. She taught at Leeds from 1971. "
        "“Ines marked 300 theses in a year,” said Dr Kwame Dunmore-Asante, a former student. "
        "Sir Roland Vetch called her “the finest chemist of 1975.” "
        "She retired in 2004, and in a lecture that year she said 40% of her students were women."
    )
    assert speaker_of(text, "40% of her students") == "Ines Halloran-Pike"

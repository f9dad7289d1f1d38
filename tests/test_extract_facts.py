"""The facts inside each claim, against hand-labelled texts of several kinds, and fuzzed.

tests/data/facts/*.txt are articles written for this test (none is the seed article) with
every checkable item marked in place: ``{kind-letter:text}``, nested where one item holds
another (p person, o organisation, l place, t title, n number, d date, w work, q quote;
the conventions are in tests/data/facts/README.md).  An extracted fact "finds" a labelled
item when both have the same kind and their spans are tight on each other: the characters
they share are at least 75% of the characters either covers.

Run `python tests/test_extract_facts.py` for the figures and every miss and false item.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck.extract import FACT_KINDS, extract_claims, facts_in

DATA = Path(__file__).parent / "data" / "facts"
KIND_LETTERS = {
    "p": "person",
    "o": "organisation",
    "l": "place",
    "t": "title",
    "n": "number",
    "d": "date",
    "w": "work",
    "q": "quote",
}
TIGHT = 0.75
# tuned/ is what the rules were written against; heldout/ was written and labelled after
# (found 0.811, real 0.843 over 53 items when it was added).  Its misses were then read and
# general rules added for their kinds (places by their common noun, a place's or company's
# name again without it, scientists' job titles, journals and missions as works): found
# 0.925, real 0.925 since, so it is no longer unseen text (said so in the README).  The
# floors sit a little below.
# dev/ (court, markets, diplomacy, a product launch, a review, a transfer, an obituary, a
# press release) was written next, for the rules of session 6: found 0.789, real 0.777 when
# first measured; 0.942 and 0.930 after its misses were read.
# unseen-2026-12-02/ (four articles written by a helper who had not read the rules) was
# measured once on first sight (found 0.834, real 0.826) and is dev text since its misses
# were read (session 7).  s7/ (a match report, a phone launch) was written in session 7
# before its rules: found 0.804, real 0.796 on first sight; s7b/ (regional election results)
# after them, before its own: 0.800 and 0.789; s7c/ (an album and its tour), written after
# those: 0.762 and 0.762.  unseen-2026-12-02b/ (a match report, a council budget, an
# e-reader launch, a composer's obituary), written by a helper who read neither the rules nor
# the code, was measured once at the end of session 7 on first sight: found 0.819, real 0.836;
# its misses were read in session 8 (found 0.972, real 0.966 since), so it is dev text now.
FLOORS = {
    "tuned": (0.90, 0.85),
    "heldout": (0.88, 0.88),
    "dev": (0.90, 0.88),
    "unseen-2026-12-02": (0.90, 0.88),
    "s7": (0.90, 0.88),
    "s7b": (0.90, 0.88),
    "s7c": (0.82, 0.82),
    "unseen-2026-12-02b": (0.95, 0.94),
    # Measured once on first sight (session 8): found 0.726, real 0.757; its misses were read
    # in session 8 (found 0.920, real 0.930 since), so it is dev text now.
    "unseen-2026-12-03": (0.91, 0.92),
    # unseen5/a of session 10 (an Indian IT firm's results, a museum's acquisition of a
    # Flemish still life): measured once by the lead on first sight, found 0.849, real
    # 0.855; its misses were read in session 10 (found 0.988, real 0.982 since), so it is
    # dev text now.
    "unseen-2026-12-03c": (0.96, 0.96),
    # Session 10's blind sets, written by helpers who read neither the rules nor the code and
    # measured by the lead on totals only, never a miss: d (an election count, a stadium) found
    # 0.774, real 0.830 at the session's start, 0.780 / 0.831 after its rules; e (an obituary,
    # a plant closure, a wildfire season) 0.856 / 0.852, then 0.867 / 0.854.  Their misses
    # were read in session 11 and general rules written for their classes (parties and clubs
    # as bodies, counted nouns, occasions, qualified titles, race times, gapped tallies,
    # ordinals): d 0.944 / 0.949, e 0.944 / 0.917 since.  Floors a little below.
    "unseen-2026-12-03d": (0.93, 0.93),
    "unseen-2026-12-03e": (0.96, 0.93),
    # Session 11's dev sets, written by helpers who read neither the rules nor the code and
    # measured by the lead on first sight (main 62411bf), then tuned on: h (a diplomat's
    # obituary, a basketball contract, crime statistics) found 0.772, real 0.736; i (a rate
    # decision, a festival's awards, a bridge) 0.739 / 0.717; j (a phone launch, a strike, a
    # flood recovery) 0.846 / 0.836.  After session 11's rules 0.907 / 0.881, 0.943 / 0.923
    # and 0.968 / 0.946: floors just under those.
    "dev-2026-12-04h": (0.91, 0.89),
    "dev-2026-12-04i": (0.93, 0.91),
    "dev-2026-12-04j": (0.97, 0.95),
    # Session 11's blind sets, measured on totals only (f: a fraud sentencing, a sleep study,
    # garden centres' results; g: an election in Iceland, Swedish rail punctuality, a chef's
    # profile; k: a season review, a measles outbreak, a housing scheme): found / real at
    # the session's start 0.834 / 0.774, 0.842 / 0.835 and 0.774 / 0.781; after its rules
    # 0.840 / 0.826, 0.879 / 0.886 and 0.788 / 0.805.  Their misses were read in session 12
    # and general rules written for the classes of figures and dates (spelled shares of a
    # set, counts of one, "the two" of a pair, "six months on", "between" a month) and of
    # names nothing lists (laws with a year, bodies of a place, regions, clubs,
    # competitions, glosses, venues): 0.862 / 0.848, 0.927 / 0.927 and 0.854 / 0.858.
    # Floors just under.
    "unseen-2026-12-04f": (0.86, 0.84),
    "unseen-2026-12-04g": (0.92, 0.92),
    "unseen-2026-12-04k": (0.85, 0.85),
    # Session 12's blind sets (l: a sentencing, a mayoral election, a laptop launch; m: a
    # waiting list, a markets report, a Douro travel feature; n: a jewellery robbery, an
    # asteroid probe, a family bakery), measured on totals only: found / real 0.762 /
    # 0.785, 0.804 / 0.787 and 0.775 / 0.771 at the session's start, 0.766 / 0.793, 0.804 /
    # 0.784 and 0.775 / 0.775 after its two rounds of fact rules (+0.002 found pooled).
    "unseen-2026-12-04l": (0.76, 0.79),
    "unseen-2026-12-04m": (0.80, 0.78),
    "unseen-2026-12-04n": (0.77, 0.77),
}


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    kind: str
    text: str


def parse(marked: str) -> tuple[str, list[Item]]:
    """The plain text of a marked-up article and its labelled items."""
    out: list[str] = []
    pos = 0
    stack: list[tuple[str, int]] = []
    items: list[Item] = []
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch == "{" and marked[i + 2 : i + 3] == ":" and marked[i + 1] in KIND_LETTERS:
            stack.append((KIND_LETTERS[marked[i + 1]], pos))
            i += 3
            continue
        if ch == "}" and stack:
            kind, start = stack.pop()
            items.append(Item(start, pos, kind, "".join(out)[start:pos]))
            i += 1
            continue
        out.append(ch)
        pos += 1
        i += 1
    assert not stack, "unclosed label"
    return "".join(out), sorted(items, key=lambda it: (it.start, it.end))


def tight(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    shared = min(a_end, b_end) - max(a_start, b_start)
    return shared > 0 and shared >= TIGHT * max(a_end - a_start, b_end - b_start)


@dataclass
class Score:
    labelled: int = 0
    found: int = 0
    extracted: int = 0
    real: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def precision(self) -> float:
        return self.real / self.extracted if self.extracted else 1.0


def measure(part: str, verbose: bool = False) -> tuple[Score, dict[str, Score]]:
    total = Score()
    by_kind = {kind: Score() for kind in FACT_KINDS}
    for path in sorted((DATA / part).glob("*.txt")):
        text, items = parse(path.read_text(encoding="utf-8"))
        facts = [f for claim in extract_claims(text) for f in claim.facts]
        for item in items:
            hit = any(
                f.kind == item.kind and tight(f.start, f.end, item.start, item.end) for f in facts
            )
            for score in (total, by_kind[item.kind]):
                score.labelled += 1
                score.found += hit
            if not hit and verbose:
                print(f"  {path.stem}: missed {item.kind} {item.text!r}")
        for f in facts:
            real = any(
                f.kind == item.kind and tight(f.start, f.end, item.start, item.end)
                for item in items
            )
            for score in (total, by_kind[f.kind]):
                score.extracted += 1
                score.real += real
            if not real and verbose:
                print(f"  {path.stem}: extra {f.kind} {f.text!r}")
    return total, by_kind


@pytest.mark.parametrize("part", list(FLOORS))
def test_labelled_items_are_found_with_tight_spans(part: str) -> None:
    total, _ = measure(part)
    recall_floor, precision_floor = FLOORS[part]
    assert total.labelled > 50
    assert total.recall >= recall_floor, f"found {total.recall:.3f} of the labelled items"
    assert total.precision >= precision_floor, f"{total.precision:.3f} of extracted items real"


def test_label_parser_keeps_offsets() -> None:
    text, items = parse("{p:Ana {o:Ruiz} Co} said {n:3}.")
    assert text == "Ana Ruiz Co said 3."
    assert [(i.kind, i.text) for i in items] == [
        ("person", "Ana Ruiz Co"),
        ("organisation", "Ruiz"),
        ("number", "3"),
    ]


def kinds_and_texts(sentence: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in facts_in(sentence)]


def test_a_sentence_holds_each_figure_and_date_separately() -> None:
    found = kinds_and_texts(
        "The unit brought in almost a quarter of sales, more than €3.1 billion, the firm"
        " said in April."
    )
    assert ("number", "almost a quarter") in found
    assert ("number", "more than €3.1 billion") in found
    assert ("date", "in April") in found


def test_titles_people_and_organisations() -> None:
    found = kinds_and_texts(
        "Priya Raman, Voltaria's president and cofounder, met Mayor Tomas Lind in Chicago."
    )
    assert ("person", "Priya Raman") in found
    assert ("title", "Voltaria's president and cofounder") in found
    assert ("organisation", "Voltaria") in found
    assert ("title", "Mayor") in found
    assert ("person", "Tomas Lind") in found
    assert ("place", "Chicago") in found


def test_works_with_numbers_are_not_figures() -> None:
    found = kinds_and_texts("The team trained Orbit 3 on Windows 11 machines in 2021.")
    assert ("work", "Orbit 3") in found
    assert ("work", "Windows 11") in found
    assert ("date", "in 2021") in found
    assert not any(kind == "number" for kind, _ in found)


def test_seasons_and_parts_of_months_are_dates() -> None:
    found = kinds_and_texts("Sales slowed in mid-December and again in early 2024 and last summer.")
    assert ("date", "in mid-December") in found
    assert ("date", "in early 2024") in found
    assert ("date", "last summer") in found


def test_a_weak_role_alone_is_not_a_title() -> None:
    found = kinds_and_texts("A member of staff said the prince had left.")
    assert not any(kind == "title" for kind, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Critics said the plan was rushed.",
        "Residents told the inquiry the water rose within an hour.",
        "Analysts said the deal valued the firm at $2 billion.",
        "Campaigners argued that the law was weak, the BBC reported.",
    ],
)
def test_people_spoken_of_as_a_group_are_no_person(text: str) -> None:
    """A group opening a sentence is capitalised by its place, not named; the speaker stays."""
    claims = extract_claims(text)
    assert not any(f.kind == "person" for c in claims for f in c.facts)
    assert claims and claims[0].speaker == text.split(" ", 1)[0]


def test_a_surname_that_speaks_is_still_a_person() -> None:
    found = kinds_and_texts("Okafor said the plan was rushed, and Ruiz agreed.")
    assert ("person", "Okafor") in found


def test_a_place_or_company_named_again_without_its_common_noun() -> None:
    text = (
        "Survey teams mapped the Kessler Glacier in May. Kessler has lost 40 metres of ice "
        "since 2010, said Ana Ruiz, a glaciologist.\n\nThe developer, Oakfield Homes, will "
        "build 300 units. Oakfield's chief executive said work starts in June."
    )
    found = [(f.kind, f.text) for c in extract_claims(text) for f in c.facts]
    for item in [
        ("place", "Kessler Glacier"),
        ("place", "Kessler"),
        ("title", "glaciologist"),
        ("organisation", "Oakfield Homes"),
        ("organisation", "Oakfield"),
    ]:
        assert item in found


def test_names_with_particles_accents_hyphens_and_legal_forms() -> None:
    text = (
        "Judge Marieke van der Berg said Declan Ó Súilleabháin and Mei-Ling Castellanos, a "
        "professor of chemical engineering at Caltech, had met. Brennholt Instruments GmbH "
        "and BNP Paribas agreed, and Goldman Sachs advised Imperial College London. "
        "Brennholt rose."
    )
    found = [(f.kind, f.text) for c in extract_claims(text) for f in c.facts]
    for item in [
        ("person", "Marieke van der Berg"),
        ("title", "Judge"),
        ("person", "Declan Ó Súilleabháin"),
        ("person", "Mei-Ling Castellanos"),
        ("title", "professor of chemical engineering at Caltech"),
        ("organisation", "Brennholt Instruments GmbH"),
        ("organisation", "BNP Paribas"),
        ("organisation", "Goldman Sachs"),
        ("organisation", "Imperial College London"),
        ("organisation", "Brennholt"),
    ]:
        assert item in found


def test_places_by_dateline_state_and_what_a_town_has() -> None:
    text = (
        "MUNICH, March 3 -- The firm grew. He died in Cambridge, Massachusetts, and the "
        "Seoul-based startup hired a German photographer.\n\nMillbrook's city council "
        "voted on Tuesday."
    )
    found = [(f.kind, f.text) for c in extract_claims(text) for f in c.facts]
    for item in [
        ("place", "MUNICH"),
        ("place", "Cambridge"),
        ("place", "Seoul"),
        ("place", "Millbrook"),
        ("title", "German photographer"),
    ]:
        assert item in found
    assert ("organisation", "German") not in found
    assert not any(text == "Seoul-based" for _, text in found)


def test_ranges_durations_and_counted_phrases_are_one_figure() -> None:
    found = kinds_and_texts(
        "Tickets cost €25 to €55, it ran two hours and 40 minutes, they sold between 60,000 "
        "and 80,000 units, jailed three other people for six years and four months, staged "
        "at least four new Irish plays, heated it by about 150 degrees Celsius, and saw the "
        "share fall 6 percent to ¥1.41 trillion, from about 400 to fewer than 200."
    )
    for item in [
        "€25 to €55",
        "two hours and 40 minutes",
        "between 60,000 and 80,000 units",
        "three other people",
        "six years and four months",
        "at least four new Irish plays",
        "about 150 degrees Celsius",
        "6 percent",
        "¥1.41 trillion",
        "about 400",
        "fewer than 200",
    ]:
        assert ("number", item) in found


def test_lengths_ages_and_counts_that_point_at_what_they_count() -> None:
    found = kinds_and_texts(
        "Tens of thousands marched after she played for nearly an hour and a half, at least"
        " a year after her 90th birthday; in her late seventies she had signed at the age of"
        " nine with Oldbury: 19 shots to Oldbury's six, three of them on target, at least four"
        " times in 12 Nordic cities, spending £2 million over two years."
    )
    numbers = [text for kind, text in found if kind == "number"]
    assert numbers == [
        "Tens of thousands",
        "nearly an hour and a half",
        "at least a year",
        "90th",
        "late seventies",
        "nine",
        "19 shots",
        "six",
        "three",
        "at least four times",
        "12 Nordic cities",
        "£2 million",
        "two years",
    ]
    assert kinds_and_texts("They meet once a year.") == []


def test_a_clock_time_and_a_tally_are_not_counts() -> None:
    found = kinds_and_texts("The call is at 10:00 CET after the 9-4 vote.")
    assert ("number", "9-4") in found
    assert not any(text in ("10", "00", "CET") for _, text in found)


def test_periods_of_the_year_are_dates() -> None:
    found = kinds_and_texts(
        "Revenue in the July-to-September quarter fell, in the first half it rose, and "
        "the board meets in the coming weeks."
    )
    for item in ["in the July-to-September quarter", "in the first half", "in the coming weeks"]:
        assert ("date", item) in found
    assert not any(k == "date" for k, _ in kinds_and_texts("The second half is weaker."))


def test_a_work_with_its_number_before_a_comma_and_its_family() -> None:
    text = "They play Dota 2, the game. Quillon showed the Q-Mate 2, and later the Q-Mate Lite."
    found = [(f.kind, f.text) for c in extract_claims(text) for f in c.facts]
    for item in [("work", "Dota 2"), ("work", "Q-Mate 2"), ("work", "Q-Mate Lite")]:
        assert item in found


def test_acronyms_bodies_and_french_names_with_their_particles() -> None:
    found = kinds_and_texts(
        "The Northern Grid Authority (NGA) and the Institute of Marine Engineering and"
        " Technology said the Leiden-based supplier would meet the Ecodesign for Batteries"
        " Regulation; its founder is an officer of the Ordre des Palmes Académiques."
    )
    assert {
        ("organisation", "NGA"),
        ("organisation", "Institute of Marine Engineering and Technology"),
        ("place", "Leiden"),
        ("work", "Ecodesign for Batteries Regulation"),
        ("organisation", "Ordre des Palmes Académiques"),
        ("title", "officer of the Ordre des Palmes Académiques"),
    } <= set(found)


def test_clubs_people_and_places_by_the_words_around_them() -> None:
    text = (
        "Dundee Harriers beat Perth Wanderers 2-1 in the league match, with a penalty from"
        " Tomás Rivero-Blanco. Rivero-Blanco, a Chilean striker, was born in the city of"
        " Tarvenna and grew up in her native Ostrava. The neighbouring Holm area gained."
    )
    found = {(f.kind, f.text) for c in extract_claims(text) for f in c.facts}
    assert {
        ("organisation", "Dundee Harriers"),
        ("organisation", "Perth Wanderers"),
        ("person", "Tomás Rivero-Blanco"),
        ("person", "Rivero-Blanco"),
        ("place", "Tarvenna"),
        ("place", "Ostrava"),
        ("place", "Holm"),
    } <= found


def test_works_set_off_by_their_noun_festivals_and_programmes() -> None:
    found = kinds_and_texts(
        "Her best-known work, Nine Rivers, had its premiere at the Festival d'Avignon and"
        " was paid for by the HARBOUR ARTS programme; buyers get The Glass Pier, a novel."
    )
    works = {text for kind, text in found if kind == "work"}
    assert {"Nine Rivers", "Festival d'Avignon", "HARBOUR ARTS", "The Glass Pier"} <= works


def test_a_title_runs_to_its_closing_comma_and_a_law_keeps_its_bracket() -> None:
    found = kinds_and_texts(
        "Her last opera, The Ferry to Arles, was staged under the Public Libraries Act"
        " (Scotland) 1955."
    )
    assert found == [
        ("work", "The Ferry to Arles"),
        ("work", "Public Libraries Act (Scotland) 1955"),
    ]


def test_speakers_named_after_their_figure_and_people_named_like_places() -> None:
    text = "Sales rose 12%, said Halvorsen. Lee Park told us. The firm hired 40 staff, Park said."
    people = [f.text for f in facts_in(text) if f.kind == "person"]
    assert people == ["Halvorsen", "Lee Park", "Park"]


def test_match_minutes_capped_players_and_titles_nobody_holds() -> None:
    text = (
        "Ruiz, a former Chile international, scored in the ninth minute of the league match"
        " after the fall of the old board, by one critic's count, according to club officers."
    )
    found = [(f.kind, f.text) for c in extract_claims(text) for f in c.facts]
    assert ("title", "former Chile international") in found
    assert ("date", "in the ninth minute") in found
    assert [text for kind, text in found if kind in ("title", "date")] == [
        "former Chile international",
        "in the ninth minute",
    ]


def test_deadlines_a_match_clock_and_bodies_named_with_for_and_and() -> None:
    found = kinds_and_texts(
        "The Centers for Energy Research and Innovation will report within 30 days; the"
        " striker scored after 11 minutes from a cross from Benedikt Varga, and for a decade"
        " the board met within a day of each vote."
    )
    assert {
        ("organisation", "Centers for Energy Research and Innovation"),
        ("date", "within 30 days"),
        ("date", "after 11 minutes"),
        ("person", "Benedikt Varga"),
        ("number", "a decade"),
        ("date", "within a day"),
    } <= set(found)


def test_places_named_together_and_a_role_between_a_body_and_its_holder() -> None:
    found = kinds_and_texts(
        "Voters in Tallinn and Tartu backed the plan after families moved to Okehampton,"
        " Devon. Lagos State Governor Ada Obi-Eze joined Medilink Health, and the River Tavy"
        " and the Renters' Rights Bill were named."
    )
    assert {
        ("place", "Tallinn"),
        ("place", "Tartu"),
        ("place", "Okehampton"),
        ("place", "Devon"),
        ("person", "Ada Obi-Eze"),
        ("organisation", "Medilink Health"),
        ("place", "River Tavy"),
        ("work", "Renters' Rights Bill"),
    } <= set(found)
    assert ("place", "Renault") not in kinds_and_texts("Analysts in London and Renault said so.")


def test_what_the_words_around_a_name_say_it_is() -> None:
    found = kinds_and_texts(
        "Shares fell to 412p after the minister visited Wigan, Leigh and Hindley on Monday;"
        " the mayor of Tulcea, a film director, saw the Aster 9 Pro Max launch at the O2 Arena"
        " off the coast of Hokkaido, where rooms range from €90 to €140, and Project Kestrel,"
        " a programme to plant trees, began after the Treaty of Ghent."
    )
    assert {
        ("number", "412p"),
        ("place", "Wigan"),
        ("place", "Leigh"),
        ("place", "Hindley"),
        ("place", "Tulcea"),
        ("title", "film director"),
        ("work", "Aster 9 Pro Max"),
        ("place", "O2 Arena"),
        ("place", "Hokkaido"),
        ("number", "€90 to €140"),
        ("work", "Project Kestrel"),
        ("work", "Treaty of Ghent"),
    } <= set(found)


def test_measures_storms_shires_and_a_saint_in_a_hospital_name() -> None:
    found = kinds_and_texts(
        "Detective Inspector Ana Ruiz said Storm Odile brought 150mm of rain and up to 20 cm"
        " of snow to Lanarkshire, where St Agnes's Hospital and Kelso Abbey flooded."
    )
    assert {
        ("title", "Detective Inspector"),
        ("person", "Ana Ruiz"),
        ("work", "Storm Odile"),
        ("number", "150mm"),
        ("number", "up to 20 cm"),
        ("place", "Lanarkshire"),
        ("organisation", "St Agnes's Hospital"),
        ("place", "Kelso Abbey"),
    } <= set(found)


def test_journals_rail_operators_and_places_between_places() -> None:
    found = kinds_and_texts(
        "The paper, published on Monday in Polar Science Letters, said Kestrel Rail would run"
        " buses between Otley and Ilkley, and told MPs the line to Skipton would reopen."
    )
    assert {
        ("work", "Polar Science Letters"),
        ("organisation", "Kestrel Rail"),
        ("place", "Otley"),
        ("place", "Ilkley"),
    } <= set(found)
    assert all(text != "MPs" for _, text in found)


def test_a_role_that_names_a_body_and_a_charity_by_its_noun() -> None:
    found = kinds_and_texts(
        "She works at the Queen Anne Memorial Hospital, and the charity Hearthold said 900"
        " families were waiting."
    )
    organisations = {text for kind, text in found if kind == "organisation"}
    assert {"Queen Anne Memorial Hospital", "Hearthold"} <= organisations
    counted = kinds_and_texts("Rovers have won the Wessex Shield 13 times in 14 seasons.")
    assert ("number", "13 times") in counted
    born = kinds_and_texts("Ada Obi, an Enugu-born nurse, met a Zambian-born poet.")
    assert ("place", "Enugu") in born
    assert not any(text.startswith("Zambian") for kind, text in born if kind != "title")


def test_repeated_mentions_are_separate_items() -> None:
    sentence = "Lind called Lind's office, and Lind's deputy answered: Tomas Lind was out."
    people = [f for f in facts_in(sentence) if f.kind == "person"]
    assert [f.text for f in people] == ["Lind", "Lind", "Lind", "Tomas Lind"]
    assert len({f.start for f in people}) == 4


def test_inside_a_quotation_only_the_quotation_is_a_fact() -> None:
    text = "“We hired 30 engineers in Berlin last May,” said Ana Ruiz, the founder."
    claim = extract_claims(text)[0]
    kinds = [(f.kind, f.text) for f in claim.facts]
    assert ("quote", "We hired 30 engineers in Berlin last May") in kinds
    assert ("person", "Ana Ruiz") in kinds
    assert not any(kind in ("number", "place", "date") for kind, _ in kinds)


def test_facts_are_in_the_extract_jsonl(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from factcheck.cli import main

    article = tmp_path / "a.txt"
    article.write_text(
        "The council approved a $45 million budget on Tuesday, Mayor Ana Ruiz said.\n",
        encoding="utf-8",
    )
    import json

    result = CliRunner().invoke(main, ["extract", str(article), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    claim = json.loads(result.output.splitlines()[0])
    text = article.read_text(encoding="utf-8")
    assert {"start", "end", "kind", "text"} <= set(claim["facts"][0])
    for fact in claim["facts"]:
        assert text[fact["start"] : fact["end"]] == fact["text"]
    assert {"kind": "number", "text": "$45 million"}.items() <= {
        k: v for f in claim["facts"] if f["kind"] == "number" for k, v in f.items()
    }.items()


_PIECES = [
    "Ana Ruiz",
    "said",
    "“",
    "”",
    '"',
    "$2.5 billion",
    "nearly 40 percent",
    "in February",
    "mid-December",
    "OpenAI’s president",
    "Dr.",
    "U.S.",
    "the",
    "Council",
    "of",
    ".",
    ",",
    "—",
    "...",
    "3-1",
    "2024",
    "Q3",
    "early",
    "Windows 11",
    "head of",
    "Codex",
    "’s",
    "(",
    ")",
    "\n\n",
    "May",
    "5",
    "Inc.",
    "St.",
    "Jan.",
    "é",
    "ü",
    "🙂",
    "\t",
    "  ",
    "-",
    "’",
    "More than",
    "half of",
    "a fifth",
    "people",
    "last year",
    "two years ago",
    "Mayor",
]


@pytest.mark.parametrize("seed", range(60))
def test_fuzz_every_fact_is_inside_its_claim_on_the_exact_text(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(
        rng.choice(_PIECES) + rng.choice(["", " ", " ", "  ", ". ", "\n"])
        for _ in range(rng.randint(1, 160))
    )
    for claim in extract_claims(text):
        assert text[claim.start : claim.end] == claim.text
        for fact in claim.facts:
            assert fact.kind in FACT_KINDS
            assert claim.start <= fact.start < fact.end <= claim.end
            assert text[fact.start : fact.end] == fact.text
            assert fact.text == fact.text.strip()
        spans = [(f.start, f.end, f.kind) for f in claim.facts]
        assert len(spans) == len(set(spans)), "a fact listed twice"


if __name__ == "__main__":
    for part in ("tuned", "heldout", "dev"):
        print(part)
        overall, kinds = measure(part, verbose="-q" not in sys.argv)
        print(f"{'kind':<13}{'labelled':>9}{'found':>8}{'extracted':>10}{'real':>7}")
        for name, s in [*kinds.items(), ("all", overall)]:
            print(f"{name:<13}{s.labelled:>9}{s.recall:>8.3f}{s.extracted:>10}{s.precision:>7.3f}")


def facts_of(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for c in extract_claims(text) for f in c.facts]


def test_a_town_that_plays_is_its_club() -> None:
    text = (
        "Bristol beat Cardiff 2-0 on Sunday, and Bristol are now third in the league. Their "
        "striker scored twice. Cardiff host Bolton Wanderers next week after losing to "
        "Eintracht Frankfurt in a friendly; fans in Cardiff were angry. The coach, a "
        "Frenchman, said they scored in the second half."
    )
    found = facts_of(text)
    assert found.count(("organisation", "Bristol")) == 2
    assert ("organisation", "Cardiff") in found
    assert ("organisation", "Bolton Wanderers") in found
    assert ("organisation", "Eintracht Frankfurt") in found
    assert ("place", "Cardiff") in found  # "in Cardiff": the town itself
    assert ("number", "twice") in found
    assert not any(text.endswith("second half") for _, text in found)  # the match's half
    assert not any(text == "Frenchman" for _, text in found)


def test_a_firm_named_by_its_founders_is_an_organisation() -> None:
    text = (
        "The deal was advised by the law firm Carlow Brandt, and Ines Doyle, an analyst at "
        "Pemberton Hale, said the price was fair. Quillmore, the Leeds-based furniture maker, "
        "said it would hire. Quillmore opened in 1998."
    )
    found = facts_of(text)
    assert ("organisation", "Carlow Brandt") in found
    assert ("organisation", "Pemberton Hale") in found
    assert found.count(("organisation", "Quillmore")) == 2
    assert ("person", "Ines Doyle") in found


def test_a_title_keeps_its_the_and_bodies_keep_their_and() -> None:
    text = (
        "Her new novel, The Glass Orchard, follows She Who Waits, and critics compared it to "
        "The Old Man and the Sea. The Glass Orchard sold well, the Federal Trade Commission "
        "and the Food and Drug Administration said."
    )
    found = facts_of(text)
    assert found.count(("work", "The Glass Orchard")) == 2
    assert ("work", "The Old Man and the Sea") in found
    assert ("organisation", "Food and Drug Administration") in found


def test_dates_of_many_forms_and_figures_that_stand_alone() -> None:
    found = kinds_and_texts(
        "Sales rose in the six months to Sept. 30, in the 2023-24 financial year and late on "
        "Friday, before the end of 2029, the year before, since the start of the season and "
        "ten minutes later, nearly threefold to the third-largest, so fewer than one in four "
        "read 140/90 for seven and a half years, widened by 2 points to 40%."
    )
    for item in [
        ("date", "in the six months to Sept. 30"),
        ("date", "in the 2023-24 financial year"),
        ("date", "late on Friday"),
        ("date", "before the end of 2029"),
        ("date", "the year before"),
        ("date", "since the start of the season"),
        ("date", "ten minutes later"),
        ("number", "nearly threefold"),
        ("number", "third-largest"),
        ("number", "fewer than one in four"),
        ("number", "140/90"),
        ("number", "seven and a half years"),
        ("number", "2 points"),
        ("number", "40%"),
    ]:
        assert item in found, item


def test_places_by_what_they_are_called_and_parties_by_their_first_word() -> None:
    text = (
        "Frente Popular Llanero won 41 of the 90 seats, and Movimiento Norte kept Loja "
        "province. Ambato, the region's biggest town, voted for the Organization of "
        "Pacific Ports. Movimiento Norte said turnout in Ambato was 70%."
    )
    found = facts_of(text)
    assert ("organisation", "Frente Popular Llanero") in found
    assert found.count(("organisation", "Movimiento Norte")) == 2
    assert ("number", "41 of the 90 seats") in found
    assert ("place", "Loja") in found
    assert found.count(("place", "Ambato")) == 2
    assert ("organisation", "Organization of Pacific Ports") in found


def test_a_person_in_apposition_to_a_town_word_stays_a_person() -> None:
    found = facts_of(
        "Ana Ruiz, a town councillor, spoke, and Tomas Lind, the city's mayor, agreed."
    )
    assert ("person", "Ana Ruiz") in found
    assert ("person", "Tomas Lind") in found


def test_a_person_stays_a_person_beside_words_that_mark_companies() -> None:
    text = (
        "Helen Arnott, a developer who has built apps for years, spoke first. On a recent "
        "podcast, Arnott said it is too early to tell. Voltaria said it would hire 300 people."
    )
    found = facts_of(text)
    assert ("person", "Helen Arnott") in found
    assert ("person", "Arnott") in found
    assert ("organisation", "Voltaria") in found
    assert ("date", "in the year to September") in kinds_and_texts(
        "Pay rose 7% in the year to September."
    )


def test_chart_ranks_labels_and_singles() -> None:
    text = (
        "Her album went to No. 1, ahead of the Norwich-based band Greyfield, and the "
        "British-based label said so. Its lead single, Copper Sky, charted, according to the "
        "promoter, Arcwell Live. Halden Records signed her in 2019."
    )
    found = facts_of(text)
    assert ("number", "No. 1") in found
    assert ("work", "Copper Sky") in found
    assert ("organisation", "Arcwell Live") in found
    assert ("organisation", "Halden Records") in found
    assert not any(text == "British" for _, text in found)


def kinds_by_name(text: str) -> dict[str, set[str]]:
    """Every kind an article's facts give each name, over all its mentions."""
    kinds: dict[str, set[str]] = {}
    for claim in extract_claims(text):
        for f in claim.facts:
            kinds.setdefault(f.text, set()).add(f.kind)
    return kinds


def test_where_a_name_stands_says_it_is_a_place_in_every_mention() -> None:
    kinds = kinds_by_name(
        "Buses run between Carrow Bridge and Penhale Moor, and a farm south-west of Tremadden"
        " flooded. Nia Vaughan, a councillor for Aberbrith, said homes near Aberbrith lost"
        " power.\n\nThe inn near Pont-y-Garreg closed. Pont-y-Garreg was cut off for a week."
    )
    for name in ["Carrow Bridge", "Penhale Moor", "Tremadden", "Aberbrith", "Pont-y-Garreg"]:
        assert kinds[name] == {"place"}, name
    assert kinds["Nia Vaughan"] == {"person"}


def test_an_acronym_in_brackets_names_the_words_it_spells() -> None:
    kinds = kinds_by_name(
        "The line will shut.\n\nRoads for Kernow (RfK), which runs the buses, and the Office"
        " for Rail and Road (ORR) met. RfK said fares would not rise."
    )
    assert kinds["Roads for Kernow"] == {"organisation"}
    assert kinds["RfK"] == {"organisation"}
    assert kinds["Office for Rail and Road"] == {"organisation"}
    assert "Kernow" not in kinds


def test_a_title_keeps_its_plain_nouns_its_owner_and_its_field() -> None:
    found = kinds_and_texts(
        "Ruth Ames, a metal detectorist, met Ed Pole, Tarrant Water's network director for"
        " Kent, Al Finch, the trust's estates liaison officer, Jo Reyes, a retired surveyor,"
        " and Lu Kemp, a senior lecturer in medieval history at the University of Leeds."
    )
    titles = {text for kind, text in found if kind == "title"}
    assert {
        "metal detectorist",
        "Tarrant Water's network director for Kent",
        "trust's estates liaison officer",
        "retired surveyor",
    } <= titles
    field = "lecturer in medieval history at the University of Leeds"
    assert any(t.endswith(field) for t in titles)
    named = kinds_and_texts("He was named the chief executive in June after a vote.")
    assert [text for kind, text in named if kind == "title"] == ["chief executive"]


def test_dates_with_their_leading_phrases_centuries_and_eras() -> None:
    found = kinds_and_texts(
        "The road stays shut until at least the start of May; profit for the six months to"
        " the end of June rose and guidance for the 2026 financial year fell. Floods came on"
        " the night of 3 March, a verdict is due early next year, results come by noon, the"
        " fort was built in the late 260s, held in the early fourth century and burned"
        " around AD 370."
    )
    # each date with the words that lead into it, in text order
    expected = (
        "until at least the start of May|for the six months to the end of June|for the 2026"
        " financial year|on the night of 3 March|early next year|by noon|in the late 260s"
        "|in the early fourth century|around AD 370"
    )
    assert [text for kind, text in found if kind == "date"] == expected.split("|")
    assert not any(kind == "work" for kind, _ in found)


def test_sites_seats_bodies_of_a_place_and_first_names_again() -> None:
    kinds = kinds_by_name(
        "Shares listed on Euronext Dublin rose after a grant from Historic England, and sales"
        " grew in Greater Manchester and Southeast Asia. The firm will expand its plant at"
        " Carrigrohane, where Nia Vaughan, an MP for Aberbrith, works.\n\nCarrigrohane"
        " employs 300 people, Nia Vaughan said. Nia has worked there for a decade."
    )
    assert kinds["Euronext Dublin"] == kinds["Historic England"] == {"organisation"}
    for place in ["Greater Manchester", "Southeast Asia", "Carrigrohane", "Aberbrith"]:
        assert kinds[place] == {"place"}, place
    assert kinds["Nia"] == {"person"}


def test_shares_of_a_set_dimensions_and_things_counted_after_two_adjectives() -> None:
    numbers = [
        text
        for kind, text in kinds_and_texts(
            "Crews worked at five of the 17 sites, found 1,143 silver and bronze coins and"
            " laid a floor about 5.2 metres by 4.8 metres; he played three of his 24 games."
        )
        if kind == "number"
    ]
    assert "five of the 17 sites" in numbers
    assert "1,143 silver and bronze coins" in numbers
    assert "about 5.2 metres by 4.8 metres" in numbers
    assert "24 games" in numbers  # his own tally stays a figure of its own


def test_rupees_lakhs_crores_and_indian_digit_grouping() -> None:
    found = kinds_and_texts(
        "It paid ₹18 a share, took its headcount to 1,18,460, was valued at about ₹1.13 lakh"
        " crore and set aside ₹42 crore, worth ₹1.2 lakh each."
    )
    numbers = [text for kind, text in found if kind == "number"]
    assert numbers == ["₹18", "1,18,460", "about ₹1.13 lakh crore", "₹42 crore", "₹1.2 lakh"]


def test_dates_led_by_effect_and_part_of_a_year_and_century_adjectives() -> None:
    found = kinds_and_texts(
        "He joins with effect from January 1, hiring goes on in the current financial year,"
        " the show travels early in 2028, and it is a 17th-century panel."
    )
    dates = [text for kind, text in found if kind == "date"]
    assert dates == [
        "with effect from January 1",
        "in the current financial year",
        "early in 2028",
        "17th-century",
    ]


def test_artists_regional_adjectives_governments_and_fields() -> None:
    found = facts_of(
        "It bought a still life by the Flemish painter Machteld van Hoorebeke, the first"
        " painting by a woman to enter it, with money from the Flemish government, said Ines"
        " Vandenbroucke, the museum's curator of Flemish baroque painting, and Ravi Rao, the"
        " group's chief people officer."
    )
    assert ("title", "Flemish painter") in found
    assert ("person", "Machteld van Hoorebeke") in found
    assert ("organisation", "Flemish government") in found
    assert ("title", "museum's curator of Flemish baroque painting") in found
    assert ("title", "group's chief people officer") in found
    assert ("person", "Ravi Rao") in found
    assert not any(text == "Flemish" for _, text in found)


def test_based_names_dutch_bodies_larger_places_dimensions_and_the_hague() -> None:
    found = facts_of(
        "Nandivara, the Pune-based IT services company, lent the Museum voor Schone Kunsten"
        " a panel from Middelburg, in the Dutch province of Zeeland, which measures 48.5 by 63"
        " centimetres; it goes to The Hague."
    )
    assert ("place", "Pune") in found
    assert ("organisation", "Museum voor Schone Kunsten") in found
    assert ("place", "Middelburg") in found
    assert ("number", "48.5 by 63 centimetres") in found
    assert ("place", "The Hague") in found
    assert not any(kind == "organisation" and "IT" in text for kind, text in found)


def test_works_with_their_opener_commas_inside_and_ranks_in_a_series() -> None:
    found = facts_of(
        "The panel, Quinces, a Pewter Jug and a Goldfinch, was sold. It leads Her Own Hand,"
        " an exhibition of 40 works. It is the third novel by Ana Ruiz and the first to appear"
        " in English; its first robot shipped."
    )
    assert ("work", "Quinces, a Pewter Jug and a Goldfinch") in found
    assert ("work", "Her Own Hand") in found
    assert [text for kind, text in found if kind == "number"] == ["40 works", "third", "first"]


def test_brands_written_in_camel_case_are_no_persons_but_family_prefixes_are() -> None:
    found = facts_of(
        "Microsoft sold a code completion tool called GitHub Copilot. McDonald said it was"
        " fine, and LeBron James and DeShawn Carter agreed."
    )
    assert ("work", "GitHub Copilot") in found
    assert ("person", "McDonald") in found
    assert ("person", "LeBron James") in found
    assert ("person", "DeShawn Carter") in found


def test_common_words_firms_by_their_sort_and_newsletters() -> None:
    text = (
        "I found that Claude Code just lies. Code either runs or it doesn't, and the code is"
        " fine, said Simon Last, cofounder of the $11 billion productivity startup Notion."
        " Read the weekly Model Behavior newsletter. Inside Voltaria, staff cheered."
    )
    found = facts_of(text)
    assert not any(text == "Code" for _, text in found)
    assert ("organisation", "Notion") in found
    assert ("work", "Model Behavior") in found
    assert ("organisation", "Voltaria") in found
    assert ("person", "Joe Rogan") in kinds_and_texts("He was on the Joe Rogan podcast.")


def test_streets_named_by_a_role_plural_acronyms_and_plays_by_people() -> None:
    found = facts_of(
        "She rode along King Street East, then Queen Street. Our EDs were full, and half"
        " left the ED within hours. The play by Tadhg Ó Riordáin opened."
    )
    assert ("place", "King Street East") in found
    assert ("place", "Queen Street") in found
    assert not any(kind == "title" for kind, _ in found)
    assert not any(text in ("ED", "EDs") for _, text in found)
    assert ("person", "Tadhg Ó Riordáin") in found


def test_a_body_named_between_an_article_and_a_role_and_halls_as_venues() -> None:
    found = facts_of(
        "Cerys Wynne-Holland, a Plaid Cymru councillor for Llanrwst, said so, and the band"
        " plays the Usher Hall in Edinburgh."
    )
    assert ("organisation", "Plaid Cymru") in found
    assert ("person", "Cerys Wynne-Holland") in found
    assert ("place", "Usher Hall") in found


def test_kin_set_off_courts_for_a_district_and_offices_of_a_common_noun() -> None:
    found = facts_of(
        "He is survived by his wife of 61 years, Ruth. He was sentenced in U.S. District Court"
        " for the District of New Jersey, said the U.S. Attorney's Office."
    )
    assert ("person", "Ruth") in found
    assert ("organisation", "U.S. District Court for the District of New Jersey") in found
    assert ("organisation", "U.S. Attorney's Office") in found
    assert ("place", "New Jersey") not in found


def test_whoever_holds_a_role_at_a_name_works_for_it() -> None:
    found = facts_of(
        "She was a coach at Grand Valley State, and Ann Lee, a partner at Carlow Brandt, said so."
    )
    assert ("organisation", "Grand Valley State") in found
    assert ("organisation", "Carlow Brandt") in found


def test_occupations_are_titles_but_not_after_an_age_alone() -> None:
    found = kinds_and_texts(
        "Ana Ruiz, a trauma surgeon, met the starting pitcher and the 34-year-old singer."
    )
    titles = [text for kind, text in found if kind == "title"]
    assert titles == ["trauma surgeon", "starting pitcher"]


def test_places_people_travel_to_and_live_in() -> None:
    kinds = kinds_by_name(
        "She moved to Tarnby in 2019. Flights to Korvala resumed, the train from Hullbridge to"
        " Marston ran, and residents of Pellow and the edge of Marrowby cheered. He returned"
        " to Google."
    )
    for place in ["Tarnby", "Korvala", "Hullbridge", "Marston", "Pellow", "Marrowby"]:
        assert kinds[place] == {"place"}, place
    assert kinds["Google"] == {"organisation"}


def test_companies_by_their_shares_results_mutuals_and_which() -> None:
    kinds = kinds_by_name(
        "Shares in Halden Weir fell 4%. Pennock Clay reported a loss. The contract went to"
        " Carrick Dunne, which beat Kestrel Mutual. He lives in Tarnby, which is small."
    )
    for firm in ["Halden Weir", "Pennock Clay", "Carrick Dunne", "Kestrel Mutual"]:
        assert kinds[firm] == {"organisation"}, firm
    assert kinds["Tarnby"] == {"place"}


def test_numbered_wards_firms_a_partner_is_of_and_planners() -> None:
    found = facts_of(
        "Bartholomew Nyquist, who represents Ward 3, and Ana Ruiz, managing partner of Fenwick"
        " Rowe, met Ola Berg, the city's chief planner."
    )
    assert ("place", "Ward 3") in found
    assert ("organisation", "Fenwick Rowe") in found
    assert ("title", "city's chief planner") in found


def test_dollars_with_their_country_compound_figures_and_times_of_day() -> None:
    found = kinds_and_texts(
        "It cost about C$14.5 million, NZ$40 million and US$5 million for a 1,500-seat centre;"
        " the vote is at 7 p.m. in the first week of December."
    )
    assert [text for kind, text in found if kind == "number"] == [
        "about C$14.5 million",
        "NZ$40 million",
        "US$5 million",
        "1,500-seat",
    ]
    assert [text for kind, text in found if kind == "date"] == [
        "at 7 p.m.",
        "in the first week of December",
    ]


def test_given_names_that_are_roles_places_in_a_table_and_verbs_after_a_title() -> None:
    text = (
        "Tarnby Rovers beat Hollin 2-1 in the league match, with a penalty from Dean Vass."
        " The striker scored twice, and the win lifts Tarnby to fourth in the league. The"
        " dean of law spoke."
    )
    found = facts_of(text)
    assert ("person", "Dean Vass") in found
    assert ("number", "fourth") in found
    assert ("title", "dean of law") in found
    assert not any(text == "Dean" for _, text in found)


def test_chairs_owned_by_bodies_products_sold_as_and_residents_of_a_place() -> None:
    found = facts_of(
        "Hamish Taufa, the college's NSW chair, said the drug, sold as Velmara, helped, and"
        " Stoney Creek residents agreed; both sought to chair the fund's board."
    )
    assert ("title", "college's NSW chair") in found
    assert ("place", "NSW") in found
    assert ("work", "Velmara") in found
    assert ("place", "Stoney Creek") in found
    assert not any(text == "fund's board" for _, text in found)


def test_symphonies_and_parties_named_in_the_plural() -> None:
    found = facts_of("They played the Fifth Symphony, and the Social Democrats won 41 seats.")
    assert ("work", "Fifth Symphony") in found
    assert ("organisation", "Social Democrats") in found


def test_where_someone_lives_and_parties_named_beside_a_party() -> None:
    kinds = kinds_by_name(
        "Orla Quinlan, 44, of Ballincollig, was jailed. Sinn Féin and Labour opposed it, and"
        " Ana Ruiz and Google agreed."
    )
    assert kinds["Ballincollig"] == {"place"}
    assert kinds["Orla Quinlan"] == {"person"}
    assert kinds["Sinn Féin"] == {"organisation"}
    assert kinds["Ana Ruiz"] == {"person"}


def test_a_model_named_by_its_tier_is_a_work() -> None:
    found = facts_of("Its rival, Pellion Labs, will launch the Pellion Book Pro in the spring.")
    assert ("work", "Pellion Book Pro") in found
    assert ("organisation", "Pellion Labs") in found


def test_landforms_saints_roads_and_national_bodies() -> None:
    found = facts_of(
        "The Nansen Ice Shelf shrank, homes in St Austell lost power, according to National"
        " Grid, and the A30 was closed, said Evelyn Marsh."
    )
    assert ("place", "Nansen Ice Shelf") in found
    assert ("place", "St Austell") in found
    assert ("organisation", "National Grid") in found
    assert ("place", "A30") in found
    assert ("person", "Evelyn Marsh") in found


def test_shortened_ranks_before_a_name_are_titles() -> None:
    found = kinds_and_texts(
        "Coun. Matt Francis, Det. Insp. Ola Berg and Cllr Ana Ruiz met Dr. Lee."
    )
    assert [text for kind, text in found if kind == "title"] == ["Coun.", "Det. Insp.", "Cllr"]
    assert [text for kind, text in found if kind == "person"] == [
        "Matt Francis",
        "Ola Berg",
        "Ana Ruiz",
        "Lee",
    ]


def test_a_conference_in_a_match_report_is_a_league() -> None:
    found = facts_of(
        "The coach said her team went 41-12 last season and won the Northern Sun"
        " Intercollegiate Conference title after the tournament."
    )
    assert ("organisation", "Northern Sun Intercollegiate Conference") in found
    assert ("work", "Web Summit Conference") in facts_of("She spoke at the Web Summit Conference.")


def test_firms_by_what_is_done_by_them_and_people_by_what_they_make() -> None:
    kinds = kinds_by_name(
        "The brand was acquired by Harlow Weir, the set was designed by Mira Tanaka-Bell and"
        " the café is owned by Tom Reid."
    )
    assert kinds["Harlow Weir"] == {"organisation"}
    assert kinds["Mira Tanaka-Bell"] == {"person"}
    assert kinds["Tom Reid"] == {"person"}


def test_a_bare_count_that_points_back_at_what_it_counts() -> None:
    found = kinds_and_texts(
        "Of nine paintings the Rijksmuseum owns two; he has 17 league goals, two behind Ana"
        " Ruiz; someone should translate the other two. Two sides met."
    )
    numbers = [text for kind, text in found if kind == "number"]
    assert numbers == ["nine paintings", "two", "17 league goals", "two", "two", "Two sides"]


def test_the_ward_an_elected_member_represents() -> None:
    kinds = kinds_by_name(
        "Rashid Devlin, a Sinn Féin councillor, who represents Botanic, said the rise would"
        " hurt. The lawyer who represents Halden said so."
    )
    assert kinds["Botanic"] == {"place"}
    assert kinds["Halden"] == {"organisation"}


def test_a_club_s_town_is_the_town_where_someone_moved_to() -> None:
    found = facts_of(
        "He scored in the league match after a poor clearance by Exeter's goalkeeper, and the"
        " striker, who was born in Kumasi and moved to Exeter with his mother, scored a"
        " penalty. Fans in Leeds cheered."
    )
    assert found.count(("place", "Exeter")) == 1
    assert found.count(("organisation", "Exeter")) == 1


def test_chief_executive_officer_alone_and_beside_president() -> None:
    for sentence, title in [
        ("Ann Lee, chief executive officer, said so.", "chief executive officer"),
        (
            "Ann Lee, president and chief executive officer, said so.",
            "president and chief executive officer",
        ),
    ]:
        assert ("title", title) in kinds_and_texts(sentence)
    assert not any(kind == "title" for kind, _ in kinds_and_texts("The chief officer said so."))


def test_productions_payment_dates_and_firms_described_by_their_base() -> None:
    found = facts_of(
        "Kestrel Ridge Mining, the Vancouver-based copper producer, will pay on or before"
        " September 15; its new production of Hamlet opens, said Ana Ruiz, a Leeds-based"
        " architect."
    )
    assert ("date", "on or before September 15") in found
    assert ("work", "Hamlet") in found
    assert ("title", "architect") in found
    assert not any(text.endswith("producer") for _, text in found)


def test_names_listed_with_a_party_after_between_are_bodies_not_places() -> None:
    for sentence in (
        "Coalition talks between Reform, Unity and the Alba Party began in Perth on Monday.",
        "Talks between Reform and SNP began on Monday; Reform wants a deal.",
    ):
        found = kinds_and_texts(sentence)
        assert ("organisation", "Reform") in found
        assert ("place", "Reform") not in found
    found = kinds_and_texts("Buses ran between Dunmore, Kilcarra and Balcreggan.")
    assert ("place", "Dunmore") in found
    assert ("place", "Kilcarra") in found


def test_counted_acronyms_capitalised_words_more_and_spelled_shares() -> None:
    found = kinds_and_texts(
        "The party has 31 MSPs, won five of the eight Gaelic wards, and sent 400 more"
        " rural nurses to 12 Inuit Nunangat villages, 20 more than in May."
    )
    assert ("number", "31 MSPs") in found
    assert ("number", "five of the eight Gaelic wards") in found
    assert ("number", "400 more rural nurses") in found
    assert ("number", "12 Inuit Nunangat villages") in found
    assert ("number", "20") in found


def test_occasions_parts_of_a_year_and_a_time_with_its_day() -> None:
    found = kinds_and_texts(
        "Orders rose 3% in the first six months of 2025, led on polling day, would close"
        " before Easter and were signed at 10am on Monday."
    )
    assert ("date", "in the first six months of 2025") in found
    assert ("date", "on polling day") in found
    assert ("date", "before Easter") in found
    assert ("date", "at 10am on Monday") in found
    assert not any(kind == "number" and "months" in text for kind, text in found)
    found = kinds_and_texts("The election night party drew 300 people.")
    assert not any(kind == "date" for kind, _ in found)


def test_titles_qualified_by_a_rank_before_plain_words_or_a_body_they_work_with() -> None:
    found = kinds_and_texts(
        "The chief statistical officer, Ana Ruiz, and Tom Hale, a senior soil scientist with"
        " the Lowland Rivers Trust, met Kim Osei, the hurdler who won, as regional youth coach."
    )
    assert ("title", "chief statistical officer") in found
    assert ("title", "senior soil scientist with the Lowland Rivers Trust") in found
    assert ("title", "hurdler") in found
    assert ("title", "regional youth coach") in found
    assert ("title", "route director") in kinds_and_texts("He was a route director.")
    assert ("title", "coach") in kinds_and_texts("The coach with the best record left.")


def test_clubs_firms_and_stadiums_by_their_words_and_towns_nearby() -> None:
    found = kinds_and_texts(
        "She founded the Marsh Harriers, a club for runners, and hired a Danish design firm,"
        " Brandt Koller Architects, whose office sits above Tarnby and in nearby Holmvik."
    )
    assert ("organisation", "Marsh Harriers") in found
    assert ("organisation", "Brandt Koller Architects") in found
    assert ("place", "Tarnby") in found
    assert ("place", "Holmvik") in found
    found = kinds_and_texts("Fans filled the Estadio Las Moreras as Global Athletics watched.")
    assert ("place", "Estadio Las Moreras") in found
    assert ("organisation", "Global Athletics") in found


def test_race_times_are_one_figure_each() -> None:
    found = kinds_and_texts("She won in 2hr 9min 12sec, after a 4min 1.5sec mile, in 1hr 02min.")
    assert ("number", "2hr 9min 12sec") in found
    assert ("number", "4min 1.5sec") in found
    assert ("number", "1hr 02min") in found


def test_a_list_of_tallies_whose_verb_is_said_once() -> None:
    found = kinds_and_texts(
        "Reform now has 52 seats and SNP 14, while Unity has 9, the Greens 6 and Alba two."
    )
    assert ("number", "52 seats") in found
    assert ("organisation", "SNP") in found
    assert ("number", "14") in found
    assert ("organisation", "Greens") in found
    assert ("number", "6") in found
    assert ("number", "two") in found
    found = kinds_and_texts("Apple has 3 phones and Windows 11, he said.")
    assert ("work", "Windows 11") in found


def test_a_party_named_in_its_own_language() -> None:
    found = kinds_and_texts("Te Pāti Kākāriki won 12 seats, and Partij voor Vrijheid won four.")
    assert ("organisation", "Te Pāti Kākāriki") in found
    assert ("organisation", "Partij voor Vrijheid") in found


def test_a_speaker_named_after_a_capitalised_office_of_a_field() -> None:
    found = kinds_and_texts(
        "Regional Minister of Coastal Protection Ingeborg Halvorsrud said on Monday it was over."
    )
    assert ("title", "Regional Minister of Coastal Protection") in found
    assert ("person", "Ingeborg Halvorsrud") in found
    found = kinds_and_texts("Ana Ruiz, the chairman of the Marsh Harriers Club, said so.")
    assert ("title", "chairman of the Marsh Harriers Club") in found


def test_a_two_word_town_joined_to_a_placed_one() -> None:
    found = kinds_and_texts(
        "Jobs went at two suppliers in nearby Oberweil and Bad Kessel, which employ 700."
    )
    assert ("place", "Oberweil") in found
    assert ("place", "Bad Kessel") in found
    found = kinds_and_texts("It sold out in Tarnby and Ana Ruiz, a writer, said so.")
    assert ("person", "Ana Ruiz") in found


def test_ordinals_placing_someone_in_a_set_or_a_table() -> None:
    found = kinds_and_texts(
        "She was the third of seven daughters, and her firm finished sixth in the survey,"
        " the first of its kind."
    )
    assert ("number", "third") in found
    assert ("number", "sixth") in found
    assert ("number", "first") not in found


def test_a_party_s_candidate_and_the_place_before_the_appositive() -> None:
    found = kinds_and_texts(
        "In Tarnby, the Unity candidate Ola Brekke held on, though a candidate may ask for a"
        " recount."
    )
    assert ("place", "Tarnby") in found
    assert ("title", "Unity candidate") in found
    assert ("title", "candidate") not in found


def test_a_single_span_of_time_and_an_afternoon_is_no_time_of_day() -> None:
    found = kinds_and_texts(
        "Floods cut 40 roads in a single night and in a single afternoon on May 2."
    )
    assert ("date", "in a single night") in found
    assert ("date", "in a single afternoon") in found
    assert ("date", "on May 2") in found
    found = kinds_and_texts("A single day ticket costs £5, and every single week it rains.")
    assert not any(kind == "date" for kind, _ in found)


def test_a_three_word_place_after_in_with_no_given_name() -> None:
    found = kinds_and_texts(
        "Ballots in Te Awa Roa were checked by hand, as were some in Ana Maria Lopez."
    )
    assert ("place", "Te Awa Roa") in found
    assert ("place", "Ana Maria Lopez") not in found


def test_a_named_plan_and_a_division_in_a_match_report() -> None:
    found = kinds_and_texts("About €20 million from the Avance recovery plan will pay for it.")
    assert ("work", "Avance") in found
    found = kinds_and_texts(
        "The club finished fifth in the Primera División after a 2-1 win; the striker scored"
        " twice, the goalkeeper saved a penalty, and the fans sang at the final whistle."
    )
    assert ("work", "Primera División") in found


def test_a_club_s_own_name_after_its_common_words() -> None:
    found = kinds_and_texts(
        "Unión Deportiva Ravelo will play in Elda. Ravelo finished third, Banco Ferral lent"
        " it €5 million and Ferral said so; Real Madrid won."
    )
    assert ("organisation", "Unión Deportiva Ravelo") in found
    assert ("organisation", "Ravelo") in found
    assert ("organisation", "Ferral") in found
    assert ("organisation", "Madrid") not in found


def test_an_order_of_chivalry_and_the_rank_held_in_it() -> None:
    found = kinds_and_texts("She was made a Knight of the Order of the Silver Heron in 2011.")
    assert ("title", "Knight of the Order of the Silver Heron") in found
    assert ("organisation", "Order of the Silver Heron") in found
    assert ("date", "in 2011") in found


def test_a_count_of_named_events_holds_the_event() -> None:
    found = kinds_and_texts("She coached at four Winter Olympics and three World Championships.")
    assert ("number", "four Winter Olympics") in found
    assert ("work", "Winter Olympics") in found
    assert ("number", "three World Championships") in found


def test_a_title_of_a_body_named_by_its_owner_s_common_noun() -> None:
    found = kinds_and_texts(
        "Ola Berg, the chairwoman of the mill's works council, met the secretary of the"
        " club's youth committee and a former employee of the firm's office in Oslo."
    )
    assert ("title", "chairwoman of the mill's works council") in found
    assert ("title", "secretary of the club's youth committee") in found
    assert not any(text.endswith("office") for _, text in found)


def test_an_amount_after_a_currency_code_is_one_figure() -> None:
    found = kinds_and_texts(
        "The tunnel will cost SEK 9.2bn, up from SEK 7bn, and a ticket about CHF 12 each."
    )
    assert ("number", "SEK 9.2bn") in found
    assert ("number", "SEK 7bn") in found
    assert ("number", "about CHF 12") in found
    assert not any(kind == "organisation" for kind, _ in found)


def test_a_time_of_day_told_roughly_with_its_zone_and_day() -> None:
    found = kinds_and_texts(
        "The results came shortly after 9am, the vote closed at about 6pm GMT and the"
        " strike began at 6:30 a.m. Tuesday."
    )
    assert ("date", "shortly after 9am") in found
    assert ("date", "at about 6pm GMT") in found
    assert ("date", "at 6:30 a.m. Tuesday") in found


def test_days_of_a_meeting_and_the_following_year_are_dates() -> None:
    found = kinds_and_texts(
        "The board meets on 9–10 June and again on October 4-5; she left Lagos the"
        " following year, before the following week's vote."
    )
    assert ("date", "on 9–10 June") in found
    assert ("date", "on October 4-5") in found
    assert ("date", "the following year") in found
    assert not any("week" in text for _, text in found)


def test_a_device_s_measures_and_a_grouped_length_keep_their_units() -> None:
    found = kinds_and_texts(
        "The tablet has a 7,200mAh battery, 512GB of storage, a screen that refreshes at up"
        " to 120Hz and a 3x zoom, and ships along the 2,300km northern railway."
    )
    for item in ("7,200mAh", "512GB", "up to 120Hz", "3x", "2,300km"):
        assert ("number", item) in found


def test_the_last_two_bodies_of_a_list_are_two() -> None:
    found = kinds_and_texts("The mill supplies Tesco, Morrisons and Marks Holdings each week.")
    assert ("organisation", "Morrisons") in found
    assert ("organisation", "Marks Holdings") in found
    assert not any(text == "Morrisons and Marks Holdings" for _, text in found)


def test_where_a_firm_is_from_after_its_trade_is_a_place() -> None:
    found = kinds_and_texts(
        "The hulls come from Sornes Shipping of Norway, and the loan from the Bank of Ireland."
    )
    assert ("organisation", "Sornes Shipping") in found
    assert ("place", "Norway") in found
    assert ("organisation", "Bank of Ireland") in found


def test_an_envoy_s_title_holds_where_the_envoy_is_sent() -> None:
    found = kinds_and_texts(
        "In 1994 she was named ambassador to Peru and later the permanent representative"
        " to the World Trade Organization; the delegate to speak first was Ana Ruiz."
    )
    assert ("title", "ambassador to Peru") in found
    assert ("title", "permanent representative to the World Trade Organization") in found
    assert not any(text.startswith("delegate to") for _, text in found)


def test_trades_of_farm_film_school_and_recovery_are_roles() -> None:
    found = kinds_and_texts(
        "Mia Lund, a sheep farmer, met the Danish film-maker Ole Berg, a retired"
        " schoolteacher and the council's flood recovery co-ordinator."
    )
    assert ("title", "sheep farmer") in found
    assert ("title", "Danish film-maker") in found
    assert ("title", "retired schoolteacher") in found
    assert ("title", "council's flood recovery co-ordinator") in found


def test_a_state_s_adjective_before_a_two_word_portfolio_is_in_the_title() -> None:
    found = kinds_and_texts("Tasmanian Primary Industries Minister Ana Ruiz visited the farm.")
    assert ("title", "Tasmanian Primary Industries Minister") in found
    assert ("person", "Ana Ruiz") in found


def test_a_verb_or_the_next_figure_is_no_counted_thing() -> None:
    found = kinds_and_texts(
        "Sales reached 14,200 units, up from 11,900 three years earlier; 40 people"
        " came and two set pieces went wrong."
    )
    assert ("number", "11,900") in found
    assert ("date", "three years earlier") in found
    assert ("number", "40 people") in found
    assert ("number", "two set pieces") in found
    assert not any(text.endswith(" came") for _, text in found)


def test_shares_of_a_set_the_sentence_opens_with_are_figures() -> None:
    found = kinds_and_texts(
        "Of the 14 wards it covers, six improved, four held and two got worse. He came"
        " home, and two left."
    )
    assert ("number", "14 wards") in found
    for share in ("six", "four", "two"):
        assert ("number", share) in found
    assert sum(text == "two" for _, text in found) == 1


def test_spelled_percentage_points_and_an_extra_count_are_figures() -> None:
    found = kinds_and_texts(
        "The band is one percentage point wide, the cut was half a percentage point, and"
        " the city hired an extra 45 nurses."
    )
    assert ("number", "one percentage point") in found
    assert ("number", "half a percentage point") in found
    assert ("number", "an extra 45 nurses") in found


def test_ordinals_that_rank_an_edition_a_pick_or_a_run() -> None:
    found = kinds_and_texts(
        "She was picked 12th overall, won at the 44th Tallinn Black Nights Film Festival,"
        " and the 9th edition opens in May: the second straight gain, the third Ajax"
        " player to go, though he served in the 1st Battalion."
    )
    for item in ("12th", "44th", "9th", "second", "third"):
        assert ("number", item) in found
    assert ("number", "1st") not in found


def test_a_union_s_numbered_branch_is_an_organisation() -> None:
    found = kinds_and_texts("Ana Ruiz, president of Teamsters Local 727, said members voted.")
    assert ("organisation", "Teamsters Local 727") in found
    assert ("title", "president of Teamsters Local 727") in found
    assert not any(kind == "work" for kind, _ in found)


def test_an_acronym_opening_a_sentence_is_a_name() -> None:
    found = kinds_and_texts("The board met on Monday. KfW lends. BNDES publishes its figures.")
    assert ("organisation", "BNDES") in found
    assert not any(text == "The" for _, text in found)


def test_a_body_s_noun_before_plain_words_keeps_them_in_the_title() -> None:
    found = kinds_and_texts(
        "On Friday, council planning officer Ana Ruiz said the scheme failed, and bus"
        " route director Ola Berg agreed."
    )
    assert ("title", "council planning officer") in found
    assert ("title", "director") in found


def test_a_year_that_names_a_noun_after_a_lead_and_the_stands_alone() -> None:
    found = kinds_and_texts(
        "The film follows three towns through the 2011 floods and grew in the 1990s."
    )
    assert ("date", "2011") in found
    assert ("date", "in the 1990s") in found


def test_later_than_compares_a_length_and_is_no_date() -> None:
    found = kinds_and_texts("The line opens three months later than planned; it shut a year later.")
    assert ("number", "three months") in found
    assert ("date", "a year later") in found
    assert not any(kind == "date" and "three" in text for kind, text in found)


def test_the_text_read_before_a_name_holds_the_longest_place_cue() -> None:
    # _placed_before searches only as far back as its patterns' longest match: a longer
    # alternative added to one of them must widen its reach, or it is never found.
    from re._parser import parse

    from factcheck.extract import facts

    for pattern, reach in (
        (facts._PLACE_BEFORE, facts._PLACE_BEFORE_REACH),
        (facts._SITED_BEFORE, facts._SITED_BEFORE_REACH),
    ):
        assert parse(pattern.pattern, pattern.flags).getwidth()[1] <= reach
    found = kinds_and_texts("Floods closed roads in south-western Brelvik and Ostrava on Monday.")
    assert ("place", "Brelvik") in found


def test_a_match_report_is_told_by_three_of_its_words_standing_whole() -> None:
    # _is_sporty counts a match report's words only where they stand as words: inside
    # another word ("matchmaker", "coaches", "goalless") or cut by the window's end they
    # are not the sport's, and a third one settles it.
    from factcheck.extract import facts

    def sporty(text: str, lo: int = 0, hi: int | None = None) -> bool:
        return facts._is_sporty(text, lo, len(text) if hi is None else hi)

    assert sporty("Rovers lost the derby: the striker scored late.")
    assert sporty("After half-time the squad held on; kick-off had been delayed.")
    assert not sporty("The matchmaker coaches goalless clients on Seasonal stoppages.")
    assert not sporty("The derby was the season's talk.")  # two are not enough
    text = "A derby, a coach and a goal_"
    assert not sporty(text)  # "goal_" runs on into a word character
    assert sporty(text, 0, len(text) - 1)  # the window ends where the word does
    # a window opening inside a word does not make a word of its rest
    assert not sporty("xderby coach goal", 1)

"""The names list: every person, organisation and title once, each mention, variants flagged."""

from __future__ import annotations

from factcheck.extract.namelist import list_names

TEXT = (
    "Thibault Sottiaux, head of Codex, said the team had tripled. Sottiaux joined in 2021.\n\n"
    "Mayor Ana Ruiz and Luis Ruiz met at Voltaria Energy. Later Sotiaux told me the plan"
    " had changed, and Voltaria Enrgy confirmed it.\n"
)


def by_name(text: str = TEXT) -> dict[str, object]:
    return {entry.name: entry for entry in list_names(text)}


def test_each_name_once_with_every_mention_and_a_surname_as_a_mention() -> None:
    names = by_name()
    sottiaux = names["Thibault Sottiaux"]
    assert sottiaux.kind == "person"
    assert [m.text for m in sottiaux.mentions] == ["Thibault Sottiaux", "Sottiaux"]
    for m in sottiaux.mentions:
        assert TEXT[m.start : m.end] == m.text
    assert "Sottiaux" not in names
    assert names["head of Codex"].kind == "title"


def test_spellings_nearly_alike_are_flagged_and_namesakes_are_not() -> None:
    names = by_name()
    assert [n for n, _ in names["Sotiaux"].variants] == ["Thibault Sottiaux"]
    assert "Sotiaux" in [n for n, _ in names["Thibault Sottiaux"].variants]
    assert names["Voltaria Enrgy"].variants and names["Voltaria Energy"].variants
    assert names["Ana Ruiz"].variants == [] and names["Luis Ruiz"].variants == []


def test_a_text_without_names() -> None:
    assert list_names("it rained a lot.\n") == []


def test_a_company_named_again_without_its_ending_is_one_name() -> None:
    text = (
        "Voltaria Energy said sales rose. Analysts said Voltaria had gained share, and "
        "Brennholt Instruments GmbH agreed. Shares of Brennholt fell.\n"
    )
    names = by_name(text)
    assert [m.text for m in names["Voltaria Energy"].mentions] == ["Voltaria Energy", "Voltaria"]
    assert [m.text for m in names["Brennholt Instruments GmbH"].mentions] == [
        "Brennholt Instruments GmbH",
        "Brennholt",
    ]
    assert "Voltaria" not in names and "Brennholt" not in names

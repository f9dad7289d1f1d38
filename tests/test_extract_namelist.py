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


def test_a_shorter_form_of_a_longer_name_is_flagged_not_merged() -> None:
    # The short form may be the same body or another one ("National Gallery" beside
    # "Scottish National Gallery"): the checker is told, the two are not folded into one.
    text = (
        "The Kestrelmouth Harbour Trust said on Monday that it had approved the plan. "
        "Ruth Anne Calloway, its chair, said 40 berths would be built.\n\n"
        "Anne Calloway declined to say more. The Harbour Trust has run the port since 1962.\n"
    )
    names = by_name(text)
    assert "Harbour Trust" in names and "Kestrelmouth Harbour Trust" in names
    assert names["Harbour Trust"].short_for == ["Kestrelmouth Harbour Trust"]
    assert names["Kestrelmouth Harbour Trust"].short_for == []
    assert names["Anne Calloway"].short_for == ["Ruth Anne Calloway"]
    # Said as a short form, not also as a misspelling.
    assert names["Anne Calloway"].variants == [] == names["Ruth Anne Calloway"].variants


def test_names_sharing_words_are_not_short_forms_of_each_other() -> None:
    names = by_name("Maria Lopez met Maria Lopez Garcia? No: Mark Lopez met Maria Lopez.\n")
    assert names["Maria Lopez"].short_for == ["Maria Lopez Garcia"]
    assert names["Mark Lopez"].short_for == []


def test_a_feed_footer_names_no_one() -> None:
    text = (
        "Ana Ruiz runs Voltaria.\n"
        "The post Inside Voltaria’s Race to Catch Up to Halden Works appeared first on Wired.\n"
    )
    names = by_name(text)
    assert set(names) == {"Ana Ruiz", "Voltaria"}


def test_a_paragraph_of_furniture_sentences_names_no_one() -> None:
    text = (
        "Ana Ruiz, the editor of the Ledger, runs Voltaria.\n\n"
        "Let us know what you think about this article. Submit a letter to the editor at "
        "letters@example.org.\n\n"
        "For more from the coast, sign up for Tomas Heller's weekly Harbour Notes newsletter.\n"
    )
    names = by_name(text)
    assert "Tomas Heller" not in names
    assert [m.start for m in names["editor of the Ledger"].mentions] == [text.index("editor")]

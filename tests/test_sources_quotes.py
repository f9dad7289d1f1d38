"""Quotes: found word for word across line breaks and quote styles, or shown with the words
that differ."""

from __future__ import annotations

import pytest
from pageserver import PAGES

from factcheck.errors import BadInput
from factcheck.sources.content import extract_file
from factcheck.sources.quotes import check_quote, said_by


@pytest.fixture(scope="module")
def transcript() -> str:
    return extract_file(PAGES / "council-transcript.txt").text


def test_quote_is_found_across_line_breaks_and_quote_styles(transcript: str) -> None:
    quote = "“I don't think we get a second chance at this.”"
    check = check_quote(quote, transcript)
    assert check.status == "verbatim" and check.score == 1.0
    assert check.start is not None and check.end is not None
    assert transcript[check.start : check.end] == "I don't think we get a second chance at this"
    wrapped = check_quote("this is the largest single investment our county", transcript)
    assert wrapped.status == "verbatim" and "\n" in (wrapped.source_words or "")


def test_curly_and_straight_apostrophes_are_the_same(transcript: str) -> None:
    assert check_quote("I don’t think we get a second chance", transcript).status == "verbatim"


def test_changed_words_are_shown(transcript: str) -> None:
    check = check_quote(
        "This is the biggest single investment our county has ever seen", transcript
    )
    assert check.status == "near"
    assert [(d.kind, d.quote, d.source) for d in check.differences] == [
        ("changed", "biggest", "largest")
    ]
    dropped = check_quote("Nobody told us where that water is coming from", transcript)
    assert dropped.status == "near"
    assert [(d.kind, d.source) for d in dropped.differences] == [("omitted", "has")]
    added = check_quote("Nobody has ever told us where that water is coming from", transcript)
    assert [(d.kind, d.quote) for d in added.differences] == [("added", "ever")]
    ending = check_quote("We will publish our water data every single month.", transcript)
    assert ending.status == "near"
    assert ending.source_words == "We will publish our water data every quarter"
    assert [(d.kind, d.quote, d.source) for d in ending.differences] == [
        ("changed", "single month", "quarter")
    ]


def test_ellipsis_marks_a_legitimate_cut(transcript: str) -> None:
    quote = (
        "this is the largest single investment … it is going to change what Millbrook looks like"
    )
    check = check_quote(quote, transcript)
    assert check.status == "verbatim" and not check.differences


def test_absent_quote(transcript: str) -> None:
    check = check_quote("We will never build a factory in this county", transcript)
    assert check.status == "absent"
    with pytest.raises(BadInput):
        check_quote(" “ ” ", transcript)


INTERVIEW = (
    "The ferry will not run on Sundays, said harbour master Lena Okoro. "
    "“We simply do not have the crews for it,” Okoro said. "
    "Councillor Piet Brandt disagreed: “The island cannot wait another year.”"
)


@pytest.mark.parametrize(
    ("claim", "speaker", "attributed"),
    [
        ("“We simply do not have the crews for it,” Okoro said.", None, None),
        ("“We simply do not have the crews for it,” Brandt said.", None, "Okoro"),
        ("“The island cannot wait another year,” said Lena Okoro.", None, "Councillor Piet Brandt"),
        ("“The island cannot wait another year.”", "Piet Brandt", None),
        ("“The island cannot wait another year.”", "Okoro", "Councillor Piet Brandt"),
        ("“The island cannot wait another year.”", None, None),
    ],
)
def test_words_given_to_someone_else_are_flagged(claim, speaker, attributed) -> None:
    check = check_quote(claim, INTERVIEW, speaker=speaker)
    assert check.status == "verbatim"
    assert check.attributed_to == attributed
    assert (check.result().attributed_to is None) == (attributed is None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“We are ready,” said Tomas Birk, the treasurer.", "Tomas Birk"),
        ("“We are ready,” said Mayor Tomas Birk.", "Mayor Tomas Birk"),
        ("“We are ready,” said yesterday Birk.", "Birk"),
    ],
)
def test_the_whole_name_after_said_is_the_speaker(text, name) -> None:
    """ "said Tomas Birk" names Tomas Birk, not Birk: a word between the verb and the name is
    taken only when the name does not start straight after the verb."""
    assert said_by(text, 0, text.index(",")) == name


def test_a_quote_check_never_raises_on_odd_text() -> None:
    for source in ("", "٣٠٠", "１２３ ＡＢＣ", "“" * 50, "said said said"):
        assert check_quote("We simply do not have the crews", source).status == "absent"

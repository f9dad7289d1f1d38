"""The sentence splitter on the punctuation that breaks naive splitters."""

from __future__ import annotations

import pytest

from factcheck.extract.paragraphs import split_paragraphs
from factcheck.extract.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met Dr. Jones at 10 a.m. on Jan. 5. They talked.",
            ["Mr. Smith met Dr. Jones at 10 a.m. on Jan. 5.", "They talked."],
        ),
        (
            "He moved to the U.S. The move cost $2.5 billion, or 3.5% of sales.",
            ["He moved to the U.S.", "The move cost $2.5 billion, or 3.5% of sales."],
        ),
        (
            "Acme Inc. said profits rose. J. R. R. Tolkien wrote it in 1937.",
            ["Acme Inc. said profits rose.", "J. R. R. Tolkien wrote it in 1937."],
        ),
        (
            "Use tools (e.g. hammers) daily. Write to a.b@example.com. See www.ex.org/x.y today.",
            ["Use tools (e.g. hammers) daily.", "Write to a.b@example.com.",
             "See www.ex.org/x.y today."],
        ),
        (
            "It does research on (what else?) AI. Then it stops.",
            ["It does research on (what else?) AI.", "Then it stops."],
        ),
        (
            "They cut jobs. (Of course, they denied it.) Shares fell.",
            ["They cut jobs.", "(Of course, they denied it.)", "Shares fell."],
        ),
        (
            "“Why now?” Lee asked. “Because it works.” Then he left.",
            ["“Why now?” Lee asked.", "“Because it works.”", "Then he left."],
        ),
        (
            "The headquarters—a temple of glass. Version 5.2 shipped... Nobody noticed.",
            ["The headquarters—a temple of glass.", "Version 5.2 shipped...", "Nobody noticed."],
        ),
        (
            'He said "stop." She did not. No. 5 won.',
            ['He said "stop."', "She did not.", "No. 5 won."],
        ),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_are_offsets_into_the_text() -> None:
    text = "  First one.   Second one!  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one!"]


def test_paragraphs_split_on_any_run_of_newlines() -> None:
    text = "One.\nTwo.\n\n\n  Three.\r\n\r\nFour.\n   \n"
    assert [text[s:e] for s, e in split_paragraphs(text)] == ["One.", "Two.", "Three.", "Four."]

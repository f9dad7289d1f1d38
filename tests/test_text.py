"""Paragraphs, sentences and folded forms: the one reading of plain text every part shares."""

from __future__ import annotations

import re
import sys

import pytest
from pageserver import PAGES

from factcheck.sources.content import extract_file
from factcheck.text import Folded, fold, lowered, sentence_spans, split_paragraphs, split_sentences


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
            [
                "Use tools (e.g. hammers) daily.",
                "Write to a.b@example.com.",
                "See www.ex.org/x.y today.",
            ],
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
        (
            "Two members voted no. Reyes said the road was full. Bus No. 12 and Nos. 4 and 5 run.",
            [
                "Two members voted no.",
                "Reyes said the road was full.",
                "Bus No. 12 and Nos. 4 and 5 run.",
            ],
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


def test_paragraphs_by_blank_line_keep_wrapped_lines_together() -> None:
    text = "CHAIR: We begin\nwith the budget.\n\n  MEMBER: Agreed.\n"
    assert [text[s:e] for s, e in split_paragraphs(text, "blank_line")] == [
        "CHAIR: We begin\nwith the budget.",
        "MEMBER: Agreed.",
    ]


def test_paragraphs_auto_reads_lines_unless_the_text_has_a_blank_line() -> None:
    lines = "One line.\nAnother line."
    blocks = "A wrapped\nparagraph.\n\nThe next."
    assert split_paragraphs(lines, "auto") == split_paragraphs(lines, "line")
    assert len(split_paragraphs(lines, "auto")) == 2
    assert split_paragraphs(blocks, "auto") == split_paragraphs(blocks, "blank_line")
    assert len(split_paragraphs(blocks, "auto")) == 2


@pytest.fixture(scope="module")
def transcript() -> str:
    return extract_file(PAGES / "council-transcript.txt").text


def test_sentences_respect_abbreviations_and_paragraphs(transcript: str) -> None:
    text = "Mr. Okafor farms 400 acres. He arrived at 7 p.m. on Monday.\nNew paragraph here."
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == [
        "Mr. Okafor farms 400 acres.",
        "He arrived at 7 p.m. on Monday.",
        "New paragraph here.",
    ]
    wrapped = [transcript[s:e] for s, e in sentence_spans(transcript)]
    assert any(s.startswith("COMMISSIONER ADEYEMI: The water question") for s in wrapped)


def test_sentence_spans_use_the_extractor_s_abbreviation_rules() -> None:
    text = "The firm, Acme Inc., grew. Sales rose in Jan. The U.S. Senate voted."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The firm, Acme Inc., grew.",
        "Sales rose in Jan.",
        "The U.S. Senate voted.",
    ]


@pytest.mark.parametrize(
    ("written", "as_compared"),
    [
        ("\u201cNo,\u201d she said \u2014 twice", '"no," she said - twice'),
        ("\u00abOui\u00bb \u2212 \u201eJa\u201c", '"oui" - "ja"'),
        ("\uff21\uff22\uff23 \ufb01le", "abc file"),
        ("Stra\u00dfe", "strasse"),
        ("PLAIN ascii", "plain ascii"),
    ],
)
def test_fold_makes_lookalike_writings_equal(written: str, as_compared: str) -> None:
    assert fold(written) == as_compared


def test_fold_can_keep_case_for_hashing() -> None:
    assert fold("\u201cUS\u201d \uff21", keep_case=True) == '"US" A'
    assert fold("US", keep_case=True) != fold("us", keep_case=True)


def test_no_word_character_folds_into_punctuation() -> None:
    """Word lists fold each word alone, so folding a word must not make punctuation that
    folding the whole text would have treated differently."""
    marks = set("\"'-")
    word = re.compile(r"\w")
    offenders = [
        hex(cp)
        for cp in range(sys.maxunicode + 1)
        if word.match(chr(cp)) and marks & set(fold(chr(cp)))
    ]
    assert offenders == []


@pytest.mark.parametrize("text", ["Kelvin \u212a and \u0130stanbul", "plain", "caf\u00e9 ANNUAL"])
def test_lowered_patterns_find_what_ignorecase_finds(text: str) -> None:
    pattern = Folded(r"\b(?:annual|kelvin|k|istanbul|caf\u00e9)\b")
    low = lowered(text)
    assert [m.span() for m in pattern.finditer(text, low)] == [
        m.span() for m in pattern.ignorecase.finditer(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "市は新しい橋を建設する。費用は約120億円だ！完成はいつか？",
            ["市は新しい橋を建設する。", "費用は約120億円だ！", "完成はいつか？"],
        ),
        (
            "该工厂将雇用1200名工人。 省政府提供了3亿元补贴。",
            ["该工厂将雇用1200名工人。", "省政府提供了3亿元补贴。"],
        ),
        (
            "「工事は順調だ。」と市長は述べた。住民は反対している。",
            ["「工事は順調だ。」と市長は述べた。", "住民は反対している。"],
        ),
        (
            "“我们会按时完成。”他说。项目于2023年启动。",
            ["“我们会按时完成。”他说。", "项目于2023年启动。"],
        ),
        (
            "本当に？！ 彼はそう言った。The plan cost $4 million. 以上。",
            ["本当に？！", "彼はそう言った。", "The plan cost $4 million.", "以上。"],
        ),
    ],
)
def test_chinese_and_japanese_sentences_end_at_full_width_marks(text, expected) -> None:
    assert sentences(text) == expected


def test_first_line_is_the_first_that_holds_something():
    from factcheck.text import first_line

    assert first_line("\n  \n  Called the office.  \nThey said no.") == "Called the office."
    assert first_line("") == "" and first_line(" \n\t") == ""


def test_a_numbered_list_run_on_in_one_paragraph_is_one_sentence() -> None:
    text = "Tracklisting: 1. Low Tide 2. Salt Road 3. Heron 4. Song for the Estuary"
    assert [text[s:e] for s, e in split_sentences(text)] == [text]


def test_a_small_figure_ending_a_sentence_still_ends_it() -> None:
    text = "It is in the council's own report, on page 17. Read it. The vote was 5 to 2. Two left."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "It is in the council's own report, on page 17.",
        "Read it.",
        "The vote was 5 to 2.",
        "Two left.",
    ]

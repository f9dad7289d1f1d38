"""Claims files are read whole and checked row by row before anything is stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import BadInput
from factcheck.intake.claimfile import claim_file_format, read_claim_file


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def test_csv_rows_keep_every_known_column(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "claims.csv",
        "id,text,kind,speaker,note\n"
        'c1,"Revenue rose 12% in 2024, the CEO said.",number,Jane Roe,from the call\n'
        'c2,"The bridge opened in 1932.",,,\n',
    )
    rows = read_claim_file(path)
    assert [r.external_id for r in rows] == ["c1", "c2"]
    assert rows[0].text == "Revenue rose 12% in 2024, the CEO said."
    assert (rows[0].kind, rows[0].speaker, rows[0].note) == ("number", "Jane Roe", "from the call")
    assert (rows[1].kind, rows[1].speaker, rows[1].line) == (None, None, 3)


def test_jsonl_rows_and_blank_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "claims.jsonl",
        '{"text": "The mayor said taxes fell by 3%.", "id": 7, "speaker": "Mayor"}\n\n'
        '{"text": "“Quoted” words — with dashes.", "kind": null}\n',
    )
    rows = read_claim_file(path)
    assert [(r.line, r.external_id) for r in rows] == [(1, "7"), (3, None)]
    assert rows[1].text == "“Quoted” words — with dashes."


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("c.csv", "text,colour,size\nx,red,1\n", r"c\.csv:1: unknown columns 'colour', 'size'"),
        ("c.jsonl", '{"text": "a", "wat": 1}\n', r"c\.jsonl:1: unknown column 'wat'"),
        ("c.csv", "id,kind\n1,number\n", r"c\.csv:1: no 'text' column"),
        ("c.csv", "id,text\n1,ok\n2,\n", r"c\.csv:3: missing text"),
        ("c.jsonl", '{"text": "fine"}\n{"text": "broken"\n', r"c\.jsonl:2: invalid JSON"),
        ("c.jsonl", '{"text": "fine"}\n["a", "list"]\n', r"c\.jsonl:2: expected a JSON object"),
        ("c.jsonl", '{"text": {"nested": 1}}\n', r"c\.jsonl:1: text must be text"),
        ("c.csv", "text,kind\nsomething,gossip\n", r"c\.csv:2: unknown kind 'gossip'"),
        ("c.csv", "text\n" + "x" * 6000 + "\n", r"c\.csv:2: text is 6,000 characters"),
        ("c.csv", "", r"c\.csv: the file is empty"),
        ("c.csv", "id,text\n1,one\n1,two\n", r"c\.csv:3: id '1' already used on line 2"),
    ],
)
def test_a_bad_row_rejects_the_file_with_its_line(
    tmp_path: Path, name: str, content: str, message: str, access
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(BadInput, match=message):
        from factcheck.services.claims import read_claims

        read_claims(path, access=access)


def test_bad_encoding_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", b"text\nfine\n" + "caf\xe9 cr\xe8me\n".encode("latin-1"))
    with pytest.raises(BadInput, match=r"c\.csv:3: not UTF-8"):
        read_claim_file(path)


def test_form_is_told_by_suffix_then_by_content(tmp_path: Path) -> None:
    assert claim_file_format(Path("x.csv"), b"") == "csv"
    assert claim_file_format(Path("x.jsonl"), b"") == "jsonl"
    assert claim_file_format(Path("x"), b'{"text": "a"}\n') == "jsonl"
    assert claim_file_format(Path("article.txt"), b"The mayor said {nothing} today.\n") is None


# Claims files as spreadsheets and scripts really write them (issue 16, item 11).


def test_a_quoted_multi_line_cell_with_windows_line_ends(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "claims.csv",
        'text,id\r\n"The levy raised $4 million.\r\nIt funded 12 buses.",c1\r\n'
        '"The ferry runs hourly.",c2\r\n',
    )
    rows = read_claim_file(path)
    assert [r.text for r in rows] == [
        "The levy raised $4 million.\nIt funded 12 buses.",
        "The ferry runs hourly.",
    ]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_claims(tmp_path: Path, constant: str) -> None:
    path = write(tmp_path, "claims.jsonl", f'{{"text": "Fine."}}\n{{"text": {constant}}}\n')
    with pytest.raises(BadInput, match=f"claims.jsonl:2: {constant} is not JSON"):
        read_claim_file(path)


def test_true_is_not_a_speaker(tmp_path: Path) -> None:
    path = write(
        tmp_path, "claims.jsonl", '{"text": "The dam holds 4 billion litres.", "speaker": true}\n'
    )
    with pytest.raises(BadInput, match="claims.jsonl:1: speaker must be text, not true"):
        read_claim_file(path)


def test_numbers_are_kept_as_written(tmp_path: Path) -> None:
    path = write(tmp_path, "claims.jsonl", '{"text": 1e3, "id": 0.50}\n{"text": 12, "id": 7E0}\n')
    rows = read_claim_file(path)
    assert [(r.text, r.external_id) for r in rows] == [("1e3", "0.50"), ("12", "7E0")]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_its_mark_is_read(tmp_path: Path, codec: str) -> None:
    content = "text,speaker\nThe bridge cost €4 million.,Zoë Ng\n"
    data = content.encode(codec) if codec == "utf-16" else b"\xfe\xff" + content.encode(codec)
    rows = read_claim_file(write(tmp_path, "claims.csv", data))
    assert [(r.text, r.speaker) for r in rows] == [("The bridge cost €4 million.", "Zoë Ng")]


def test_a_txt_file_whose_first_line_is_a_json_object_is_an_article(tmp_path: Path) -> None:
    head = b'{"draft": 3}\nThe council approved a $45 million budget on Tuesday.\n'
    assert claim_file_format(tmp_path / "story.txt", head) is None
    assert claim_file_format(tmp_path / "story", head) == "jsonl"


def test_a_claims_file_has_its_own_size_cap(tmp_path: Path) -> None:
    from factcheck.intake.claimfile import MAX_BYTES
    from factcheck.intake.text import MAX_BYTES as ARTICLE_BYTES

    row = '{"text": "Line %d of the budget cost $%d million."}\n'
    lines = ARTICLE_BYTES // len(row % (0, 0)) + 1000
    path = write(tmp_path, "claims.jsonl", "".join(row % (n, n) for n in range(lines)))
    assert ARTICLE_BYTES < path.stat().st_size < MAX_BYTES
    assert len(read_claim_file(path)) == lines
    with path.open("ab") as grow:
        grow.truncate(MAX_BYTES + 1)
    with pytest.raises(BadInput) as refused:
        read_claim_file(path)
    assert "a claims file" in str(refused.value) and "article" not in str(refused.value)


def test_a_spreadsheet_may_call_the_text_column_claim_or_statement(tmp_path: Path) -> None:
    """A tip line's export names its column for what it holds; both names are the text, and
    giving the text twice under two names is refused rather than one silently dropped."""
    for header in ("Claim", "statement"):
        path = write(tmp_path, "tips.csv", f"{header},speaker\nBus fares rose 12% in May.,\n")
        assert [r.text for r in read_claim_file(path)] == ["Bus fares rose 12% in May."]
    path = write(tmp_path, "tips.jsonl", '{"claim": "Bus fares rose 12% in May."}\n')
    assert [r.text for r in read_claim_file(path)] == ["Bus fares rose 12% in May."]
    path = write(tmp_path, "both.csv", "text,claim\none,two\n")
    with pytest.raises(BadInput, match=r"both\.csv:1: 'text' and 'claim' both give the text"):
        read_claim_file(path)

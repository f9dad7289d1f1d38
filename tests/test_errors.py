"""Errors carry what they are about: a file's path, a claims file's line, a setting, apart
from the reason, so a front end that names the subject never has to parse the message, and
the message names it once."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import BadInput, naming
from factcheck.intake.claimfile import read_claim_file
from factcheck.sources.files import read_file


def test_a_missing_file_is_the_subject_of_its_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(BadInput) as caught:
        read_file(missing, 1_000, "article")
    assert caught.value.subject == str(missing)
    assert caught.value.reason == "no such file"
    assert naming(caught.value, str(missing)).count(str(missing)) == 1


def test_a_folder_is_refused_with_its_path_as_subject(tmp_path: Path) -> None:
    with pytest.raises(BadInput) as caught:
        read_file(tmp_path, 1_000, "article")
    assert caught.value.subject == str(tmp_path)
    assert "folder" in caught.value.reason


def test_a_bad_row_names_file_and_line_as_subject(tmp_path: Path) -> None:
    rows = tmp_path / "claims.csv"
    rows.write_text("text,colour\nThe bridge opened in 1932.,red\n", encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        read_claim_file(rows)
    assert caught.value.subject == f"{rows}:1"
    assert "colour" in caught.value.reason
    assert str(caught.value).count(str(rows)) == 1

"""A desk's own verdict scale, loaded from TOML, used for verdicts and reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from test_services_claims import db_digest

from factcheck.cli import main
from factcheck.errors import BadInput
from factcheck.intake.articles import ArticleInput
from factcheck.services import list_claims
from factcheck.services.articles import import_article
from factcheck.services.scale import read_scale, replace_scale
from factcheck.services.verdicts import record_verdict

DESK = """
[[rating]]
name = "true"
meaning = "accurate"
review_value = 5

[[rating]]
name = "false"
meaning = "inaccurate"
review_value = 1
needs_correction = true

[[rating]]
name = "no-evidence"
meaning = "cannot be checked"
"""


def test_a_desk_scale_replaces_the_default(store, tmp_path: Path) -> None:
    path = tmp_path / "scale.toml"
    path.write_text(DESK)
    replace_scale(store, read_scale(path))
    assert [r.name for r in store.scale()] == ["true", "false", "no-evidence"]
    import_article(store, ArticleInput(text="The bridge opened in 1932.", origin="t"))
    (claim,) = list_claims(store)
    with pytest.raises(BadInput, match="valid ratings: true, false, no-evidence"):
        record_verdict(store, claim.id, "supported", rationale="x", checker="a")
    with pytest.raises(BadInput, match="needs a correction"):
        record_verdict(store, claim.id, "false", rationale="It opened in 1931.", checker="a")
    record_verdict(store, claim.id, "true", rationale="City records.", checker="a")
    result = CliRunner().invoke(main, ["--db", store.url, "scale"])
    assert "no-evidence" in result.output and "needs a correction" in result.output


def test_a_scale_that_drops_a_used_rating_is_refused(store, tmp_path: Path) -> None:
    import_article(store, ArticleInput(text="The bridge opened in 1932.", origin="t"))
    (claim,) = list_claims(store)
    record_verdict(store, claim.id, "supported", rationale="City records.", checker="a")
    path = tmp_path / "scale.toml"
    path.write_text(DESK)
    before = db_digest(store)
    with pytest.raises(BadInput, match="verdicts already use supported"):
        replace_scale(store, read_scale(path))
    assert db_digest(store) == before


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "no \\[\\[rating\\]\\] tables"),
        ("[[rating]]\nname = 'a'\ncolour = 'red'\n", "unknown keys colour"),
        ("[[rating]]\nname = 'a'\nreview_value = 9\n", "from 1 to 5"),
        ("[[rating]]\nname = 'a'\n[[rating]]\nname = 'a'\n", "given twice"),
        ("[[rating]\n", "not valid TOML"),
        ("rating = [1, 2]\n", "rating 1: must be a \\[\\[rating\\]\\] table, not 1"),
        ("[[rating]]\nname = 5\n", "rating 1: name must be text, not 5"),
        ("[[rating]]\nname = 'a'\nmeaning = 3\n", "meaning must be text, not 3"),
        ("[[rating]]\nname = 'a'\nneeds_correction = 'no'\n", "must be true or false, not 'no'"),
        ("[[rating]]\nname = 'a'\nreview_value = true\n", "from 1 to 5"),
    ],
)
def test_bad_scale_files(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "scale.toml"
    path.write_text(text)
    with pytest.raises(BadInput, match=words):
        read_scale(path)


def test_a_folder_is_not_a_scale_file(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="a folder, not a TOML file"):
        read_scale(tmp_path)

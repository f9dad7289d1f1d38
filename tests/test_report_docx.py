"""The manuscript back to the writer: import → verdicts → annotated .docx, read back."""

from __future__ import annotations

import json

import pytest
from manuscripts import comments_of, manuscript
from test_cli import digest, run


@pytest.fixture
def db(db_url: str) -> str:
    return db_url


@pytest.fixture
def imported(db: str, tmp_path) -> dict[str, dict]:
    path = tmp_path / "feature.docx"
    path.write_bytes(manuscript())
    result = run(db, "import", str(path))
    assert result.exit_code == 0, result.output
    claims = [
        json.loads(line) for line in run(db, "claims", "--format", "jsonl").output.splitlines()
    ]

    def find(words: str) -> dict:
        return next(claim for claim in claims if words in claim["text"])

    return {
        "money": find("$45 million"),
        "inserted": find("March 2027"),
        "cell": find("24 times a day"),
        "bold": find("biggest investment"),
    }


def test_each_checked_claim_gets_a_comment_on_its_own_words(db, imported, tmp_path) -> None:
    money, inserted, cell, bold = (imported[k] for k in ("money", "inserted", "cell", "bold"))
    note = tmp_path / "minutes.txt"
    note.write_text(
        "Council minutes: the terminal will cost $52 million in all.\n", encoding="utf-8"
    )
    assert run(db, "attach", str(money["id"]), str(note)).exit_code == 0
    verdicts = [
        (money, "refuted", "The minutes say $52 million.", "Say $52 million."),
        (inserted, "supported", "The tender documents give March 2027.", None),
        (cell, "mostly-supported", "The timetable lists 22 sailings.", None),
        (bold, "supported", "The minutes quote her.", None),
    ]
    for claim, rating, why, fix in verdicts:
        args = ["verdict", str(claim["id"]), rating, "--rationale", why, "--checker", "ana"]
        result = run(db, *args, *(["--correction", fix] if fix else []))
        assert result.exit_code == 0, result.output
    out = tmp_path / "annotated.docx"
    before = digest(db)
    result = run(db, "report", "1", "--format", "docx", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert digest(db) == before
    comments = comments_of(out.read_bytes())
    assert len(comments) == 4
    by_text = {anchored: (author, text) for anchored, author, text in comments}
    for claim, rating, why, fix in verdicts:
        author, text = by_text[claim["text"]]  # anchored on exactly the claim's words
        assert author == "ana"
        assert f"Rating: {rating}" in text and why in text
        assert (f"Suggested correction: {fix}" in text) == bool(fix)
    assert "minutes.txt" in by_text[money["text"]][1]  # the source cited


def test_the_annotated_copy_is_the_manuscript_otherwise(db, imported, tmp_path) -> None:
    import docx

    claim = imported["cell"]
    run(db, "verdict", str(claim["id"]), "supported", "--rationale", "ok", "--checker", "ana")
    out = tmp_path / "annotated.docx"
    assert run(db, "report", "--format", "docx", "-o", str(out)).exit_code == 0
    again = run(db, "import", str(out))  # the same text: the same article
    assert "already imported as article 1" in again.output
    document = docx.Document(str(out))
    assert document.core_properties.author == "Rosa Lindqvist"
    assert [p.style.name for p in document.paragraphs][:2] == ["Heading 1", "Normal"]


def test_docx_report_of_a_text_article_or_to_the_terminal_is_refused(db, tmp_path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("The council approved a $45 million budget on Tuesday.\n", encoding="utf-8")
    run(db, "import", str(article))
    no_file = run(db, "report", "--format", "docx")
    assert no_file.exit_code != 0 and "-o annotated.docx" in no_file.output
    not_word = run(db, "report", "--format", "docx", "-o", str(tmp_path / "x.docx"))
    assert not_word.exit_code != 0 and "not imported from a Word file" in not_word.output
    assert not (tmp_path / "x.docx").exists()


def test_each_fact_marked_wrong_gets_a_comment_by_its_checker(db, imported, tmp_path) -> None:
    money, cell = imported["money"], imported["cell"]

    def position(claim: dict, words: str) -> int:
        return next(n for n, f in enumerate(claim["facts"], start=1) if words in f["text"])

    figure = position(money, "$45 million")
    marked = run(
        db,
        "fact",
        str(money["id"]),
        str(figure),
        "wrong",
        "--note",
        "The minutes say $52 million.",
        "--checker",
        "ben",
    )
    assert marked.exit_code == 0, marked.output
    sailings = position(cell, "24")
    run(db, "fact", str(cell["id"]), str(sailings), "wrong", "--checker", "cleo")
    assert figure != 1
    run(db, "fact", str(money["id"]), "1", "checked", "--checker", "cleo")  # ticked: no comment
    verdict = ["verdict", str(money["id"]), "refuted", "--rationale", "Minutes."]
    assert run(db, *verdict, "--correction", "Say $52 million.", "--checker", "ana").exit_code == 0
    out = tmp_path / "annotated.docx"
    result = run(db, "report", "1", "--format", "docx", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "3 comments" in result.output
    comments = comments_of(out.read_bytes())
    by_text = {anchored: (author, text) for anchored, author, text in comments}
    assert by_text[money["text"]][0] == "ana"  # the claim's comment, beside the fact's
    money_fact = money["facts"][figure - 1]["text"]
    author, text = by_text[money_fact]  # anchored on exactly the fact's words
    assert author == "ben"
    assert text.splitlines()[0] == f"Fact marked wrong: number “{money_fact}”"
    assert "Note: The minutes say $52 million." in text and "Marked by ben" in text
    cell_fact = cell["facts"][sailings - 1]["text"]
    assert by_text[cell_fact][0] == "cleo"  # a claim without a verdict still gets it
    assert len(comments) == 3


def test_an_editors_comments_stay_out_of_the_text_and_in_the_annotated_copy(
    db: str, tmp_path
) -> None:
    """A manuscript often comes with the editor's own comments: they are not the article's
    words, and the copy sent back keeps them beside the checker's."""
    import docx

    document = docx.Document()
    document.add_heading("Harbour budget", 1)
    figure = document.add_paragraph(
        "The council approved a $45 million budget on Tuesday, Mayor Ana Ruiz said."
    )
    document.add_comment(figure.runs, text="Check the figure with the clerk.", author="Editor")
    document.add_paragraph("The bridge opened in 1932, the county archive shows.")
    path = tmp_path / "budget.docx"
    document.save(str(path))
    assert run(db, "import", str(path)).exit_code == 0
    listed = run(db, "claims", "--format", "jsonl").output.splitlines()
    claims = [json.loads(line) for line in listed]
    assert not any("clerk" in claim["text"] for claim in claims)
    money = next(claim for claim in claims if "$45 million" in claim["text"])
    run(db, "verdict", str(money["id"]), "supported", "--rationale", "ok", "--checker", "ana")
    out = tmp_path / "annotated.docx"
    result = run(db, "report", "1", "--format", "docx", "-o", str(out))
    assert result.output.strip() == f"wrote {out}: 1 comment"
    said = comments_of(out.read_bytes())
    assert [(author, text.splitlines()[0]) for _, author, text in said] == [
        ("Editor", "Check the figure with the clerk."),
        ("ana", "Rating: supported"),
    ]
    assert {anchored for anchored, _, _ in said} == {money["text"]}

"""The command line, run for real on store files: imports, listings, and every bad input."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from paths import SEED_ARTICLE
from sqlalchemy import text
from test_services_claims import db_digest

from factcheck.cli import main
from factcheck.db import head_revision, open_store


def run(db: str, *args: str, input: bytes | None = None):
    return CliRunner().invoke(main, ["--db", db, *args], input=input, catch_exceptions=False)


@pytest.fixture
def db(db_url: str) -> str:
    return db_url


def digest(db: str) -> str:
    store = open_store(db, migrate=False)
    try:
        return db_digest(store)
    finally:
        store.close()


def test_import_an_article_then_list_its_claims(db: Path) -> None:
    result = run(db, "import", str(SEED_ARTICLE))
    assert result.exit_code == 0, result.output
    assert "imported article 1" in result.output
    listed = run(db, "claims", "--format", "jsonl")
    claims = [json.loads(line) for line in listed.output.splitlines()]
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    assert len(claims) > 20
    for claim in claims:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert {"id", "article", "kind", "speaker", "score", "reasons", "paragraph"} <= set(claim)
        assert isinstance(claim["checkworthy"], bool)


def test_reimporting_the_same_article_is_a_no_op_that_says_so(db: Path) -> None:
    run(db, "import", str(SEED_ARTICLE))
    before = digest(db)
    again = run(db, "import", str(SEED_ARTICLE))
    assert again.exit_code == 0
    assert "already imported as article 1" in again.output
    assert digest(db) == before


def test_extract_prints_jsonl_and_stores_nothing(db: str, tmp_path: Path) -> None:
    text = (
        "The museum opened in 1998.\n“We expect 2 million visitors,” said Ana Ruiz, its director."
    )
    result = run(db, "extract", "-", "--format", "jsonl", input=text.encode())
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert set(rows[0]) == {
        "text",
        "start",
        "end",
        "paragraph",
        "kind",
        "speaker",
        "score",
        "checkworthy",
        "reasons",
        "facts",
    }
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)
    assert all(text[f["start"] : f["end"]] == f["text"] for r in rows for f in r["facts"])
    assert any(r["kind"] == "quote" and r["speaker"] == "Ana Ruiz" for r in rows)
    assert not (tmp_path / "claims.db").exists()


@pytest.mark.parametrize(
    "name, body",
    [
        # Named .html but holding plain prose: import reads it as a page (and finds none).
        ("plain.html", "The vote was 7 to 2 &amp; the minutes were published on Monday.\n"),
        # A page under a .txt name: import reads it as text, tags and all.
        ("page.txt", "<p>The council said on Monday that it approved 40 homes.</p>\n"),
    ],
)
def test_extract_previews_exactly_what_import_would_store(
    db: str, tmp_path: Path, name: str, body: str
) -> None:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    preview = run(db, "extract", str(path), "--format", "jsonl")
    imported = run(db, "import", str(path))
    assert (preview.exit_code == 0) == (imported.exit_code == 0)
    if imported.exit_code != 0:
        assert preview.output.strip().splitlines()[-1] == imported.output.strip().splitlines()[-1]
        return
    stored = [
        json.loads(line) for line in run(db, "claims", "--format", "jsonl").output.splitlines()
    ]
    shown = [json.loads(line) for line in preview.output.splitlines()]
    assert [(c["text"], c["start"], c["end"]) for c in shown] == [
        (c["text"], c["start"], c["end"]) for c in stored
    ]


def test_claims_filters_by_kind_and_search(db: Path) -> None:
    run(db, "import", str(SEED_ARTICLE))
    quotes = [
        json.loads(x)
        for x in run(db, "claims", "--kind", "quote", "--format", "jsonl").output.splitlines()
    ]
    assert quotes and all(q["kind"] == "quote" for q in quotes)
    word = quotes[0]["text"].split()[1].strip("“”\"',.")
    found = [
        json.loads(x)
        for x in run(db, "claims", "--search", word, "--format", "jsonl").output.splitlines()
    ]
    assert found and all(word.lower() in (f["text"] + (f["speaker"] or "")).lower() for f in found)


def test_import_a_claims_file_with_summary(db: str, tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text(
        "id,text\nk1,The dam holds 4.2 billion cubic metres of water.\n"
        "k2,The dam holds 4.2 billion cubic metres of water\n",
        encoding="utf-8",
    )
    result = run(db, "import", str(path))
    assert result.exit_code == 0, result.output
    assert "2 rows" in result.output and "1 new, 1 merged, 0 unchanged" in result.output
    again = run(db, "import", str(path))
    assert "0 new, 0 merged, 2 unchanged" in again.output


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_bad_inputs(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """Each bad input with the words its one-line error must carry."""
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "latin1.txt").write_bytes("Le café coûte 3 €.\n".encode("latin-1", "replace"))
    with (tmp_path / "huge.txt").open("wb") as f:
        f.truncate(100 * 1024 * 1024)
    (tmp_path / "nobody.html").write_text(
        "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    (tmp_path / "folder").mkdir()
    return {
        "empty file": (str(tmp_path / "empty.txt"), "empty"),
        "binary file": (str(tmp_path / "blob.txt"), "binary"),
        "other encoding": (str(tmp_path / "latin1.txt"), "not UTF-8"),
        "100 MB file": (str(tmp_path / "huge.txt"), "too large"),
        "HTML with no article": (str(tmp_path / "nobody.html"), "no article text"),
        "missing path": (str(tmp_path / "nope.txt"), "no such file"),
        "a folder": (str(tmp_path / "folder"), "folder"),
        "unreachable URL": (f"http://127.0.0.1:{closed_port()}/story", "127.0.0.1"),
        "refused scheme": ("ftp://example.org/story.txt", "ftp"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "empty file",
        "binary file",
        "other encoding",
        "100 MB file",
        "HTML with no article",
        "missing path",
        "a folder",
        "unreachable URL",
        "refused scheme",
    ],
)
def test_bad_input_is_one_line_non_zero_and_writes_nothing(
    db: str, tmp_path: Path, case: str
) -> None:
    run(db, "import", str(SEED_ARTICLE))
    before = digest(db)
    target, words = make_bad_inputs(tmp_path)[case]
    result = CliRunner().invoke(main, ["--db", db, "import", target])
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert words in lines[0]
    assert digest(db) == before


def test_bad_input_on_a_fresh_folder_creates_no_store(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    result = CliRunner().invoke(main, ["--db", str(db), "import", str(tmp_path / "nope.txt")])
    assert result.exit_code != 0
    assert not db.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file: no unreadable path to make")
def test_an_unreadable_path_is_refused(db: str, tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("The vault holds 40 tonnes of gold.")
    path.chmod(0)
    result = CliRunner().invoke(main, ["--db", db, "import", str(path)])
    assert result.exit_code != 0 and "cannot be read" in result.output


def test_a_store_that_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "claims.db"
    bogus.write_text("not a database\n" * 100)
    before = bogus.read_bytes()
    result = CliRunner().invoke(main, ["--db", str(bogus), "import", str(SEED_ARTICLE)])
    assert result.exit_code != 0
    assert "not a SQLite database" in result.output and len(result.output.strip().splitlines()) == 1
    assert bogus.read_bytes() == before


def test_the_installed_command_shows_the_claims_of_claims_db(tmp_path: Path) -> None:
    """``factcheck`` with no arguments, as a user runs it, in a folder holding a claims.db."""
    env = {**os.environ}
    env.pop("FACTCHECK_DB", None)
    subprocess.run(
        [sys.executable, "-m", "factcheck", "import", str(SEED_ARTICLE)],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "claims.db").exists()
    shown = subprocess.run(
        [sys.executable, "-m", "factcheck", "claims"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "claims" in shown.stdout.splitlines()[-1]


def test_factcheck_db_env_var_picks_the_store(tmp_path: Path) -> None:
    env = {**os.environ, "FACTCHECK_DB": f"sqlite:///{tmp_path / 'desk.db'}"}
    subprocess.run(
        [sys.executable, "-m", "factcheck", "import", str(SEED_ARTICLE)],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "desk.db").exists() and not (tmp_path / "claims.db").exists()


def test_db_commands(db: str, tmp_path: Path) -> None:
    run(db, "import", str(SEED_ARTICLE))
    current = run(db, "db", "current")
    assert current.exit_code == 0 and f"store: {head_revision()}" in current.output
    assert run(db, "db", "upgrade").exit_code == 0
    copy = tmp_path / "backup.db"
    result = CliRunner().invoke(main, ["--db", db, "db", "backup", str(copy)])
    if db.startswith("sqlite"):
        assert result.exit_code == 0, result.output
        listed = run(f"sqlite:///{copy}", "claims", "--format", "jsonl")
        assert listed.output == run(db, "claims", "--format", "jsonl").output
    else:
        assert result.exit_code != 0 and "pg_dump" in result.output
        assert not copy.exists()


def test_backup_while_another_process_writes(tmp_path: Path) -> None:
    """Each copy is one consistent snapshot (before or after the import), never half of it."""
    db = f"sqlite:///{tmp_path / 'live.db'}"
    run(db, "import", str(SEED_ARTICLE))
    seeded = len(run(db, "claims", "--format", "jsonl").output.splitlines())
    rows = tmp_path / "claims.jsonl"
    rows.write_text(
        "".join(json.dumps({"text": f"Line {i} cost ${i} million."}) + "\n" for i in range(5000))
    )
    writer = subprocess.Popen([sys.executable, "-m", "factcheck", "--db", db, "import", str(rows)])
    copies = []
    while (writer.poll() is None or not copies) and len(copies) < 3:
        target = tmp_path / f"copy{len(copies)}.db"
        assert run(db, "db", "backup", str(target)).exit_code == 0
        copies.append(target)
        time.sleep(0.2)
    assert writer.wait(timeout=120) == 0
    for target in copies:
        count = len(run(f"sqlite:///{target}", "claims", "--format", "jsonl").output.splitlines())
        assert count in {seeded, seeded + 5000}, target


def test_claims_file_round_trip(db: str, tmp_path: Path) -> None:
    """What a claims file says comes back out of ``claims --format jsonl`` as it went in."""
    rows = [
        {
            "id": "r1",
            "text": "Sales fell 8% in 2023, the chain’s CEO said.",
            "kind": "number",
            "speaker": "Lee Park",
            "note": "check the annual report",
        },
        {
            "id": "r2",
            "text": "The “new” bridge — opened in 1932 — is 1.2 km long.",
            "kind": "date",
            "speaker": None,
            "note": None,
        },
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    assert run(db, "import", str(path)).exit_code == 0
    listed = [json.loads(x) for x in run(db, "claims", "--format", "jsonl").output.splitlines()]
    back = [
        {
            "id": c["external_id"],
            "text": c["text"],
            "kind": c["kind"],
            "speaker": c["speaker"],
            "note": c["note"],
        }
        for c in listed
    ]
    assert back == rows


def test_claims_of_an_article_that_does_not_exist(store) -> None:
    result = CliRunner().invoke(main, ["--db", store.url, "claims", "--article", "999"])
    assert result.exit_code != 0 and "no article 999" in result.output


@pytest.mark.parametrize("path", ["/cut/gzip", "/trailing/gzip?junk=%0A"])
def test_import_of_a_damaged_compressed_page_stores_nothing(
    db: str, page_server, path: str
) -> None:
    run(db, "import", str(SEED_ARTICLE))
    before = digest(db)
    result = CliRunner().invoke(main, ["--db", db, "import", page_server.url(path)])
    assert result.exit_code != 0
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert "compressed" in result.output and "imported" not in result.output
    assert digest(db) == before


def test_a_login_in_a_source_url_is_used_but_never_stored_or_shown(
    db: str, page_server, tmp_path: Path
) -> None:
    run(db, "import", str(SEED_ARTICLE))
    url = page_server.url("/story/battery-plant").replace("http://", "http://ann:hunter2@")
    attached = run(db, "attach", "1", url)
    assert attached.exit_code == 0, attached.output
    assert "hunter2" not in attached.output and "not stored" in attached.output
    assert page_server.seen_headers["/story/battery-plant"].get("authorization"), "login used"
    shown = run(db, "source", "1").output + run(db, "sources", "--format", "jsonl").output
    assert "hunter2" not in shown and "ann@" not in shown and "+login" in shown
    for fmt in ("md", "json", "claimreview"):
        assert "hunter2" not in run(db, "report", "1", "--format", fmt).output
    store = open_store(db, read_only=True)
    try:
        with store.read() as session:
            stored = [row[0] for row in session.execute(text("SELECT url FROM source_url"))]
    finally:
        store.close()
    assert stored and not any("ann" in u or "hunter2" in u for u in stored)


def test_a_failed_fetch_does_not_repeat_the_password(db: str) -> None:
    run(db, "import", str(SEED_ARTICLE))
    url = f"http://ann:hunter2@127.0.0.1:{closed_port()}/story"
    result = CliRunner().invoke(main, ["--db", db, "attach", "1", url])
    assert result.exit_code != 0
    assert "hunter2" not in result.output and "ann:***@127.0.0.1" in result.output


def test_a_store_password_is_never_printed(db: str, tmp_path: Path) -> None:
    unreachable = f"postgresql+psycopg://desk:hunter2@127.0.0.1:{closed_port()}/fc"
    for args in (["db", "upgrade"], ["claims"], ["import", str(SEED_ARTICLE)]):
        result = CliRunner().invoke(main, ["--db", unreachable, *args])
        assert result.exit_code != 0
        assert "hunter2" not in result.output, result.output
    if "@" in db and ":" in db.split("@")[0].split("//")[1]:  # the PostgreSQL run
        password = db.split("@")[0].rsplit(":", 1)[1]
        for args in (["claims"], ["db", "upgrade"]):
            result = run(db, *args)
            assert password not in result.output and "***" in result.output, result.output


def _factcheck_bytes(*args: str | bytes, cwd: Path) -> subprocess.CompletedProcess:
    """The command as a shell runs it, with arguments given as raw bytes (not UTF-8)."""
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, timeout=60
    )


@pytest.mark.parametrize(
    "args",
    [
        ("verdict", "1", "supported", "--rationale", b"bad \xff byte"),
        ("verdict", "1", "supported", "--rationale", "ok", "--checker", b"\xff"),
        ("claims", "--search", b"\xff"),
        ("attach", "1", "--note", b"a call \x9b2J", "http://127.0.0.1:9/"),
        ("verdict", "1", "supported", b"--rationale=caf\xe9"),
    ],
)
def test_an_argument_that_is_not_utf8_is_refused_in_one_line(
    tmp_path: Path, args: tuple[str | bytes, ...]
) -> None:
    db = tmp_path / "claims.db"
    imported = _factcheck_bytes("--db", str(db), "import", str(SEED_ARTICLE), cwd=tmp_path)
    assert imported.returncode == 0
    before = _factcheck_bytes("--db", str(db), "claims", "--format", "jsonl", cwd=tmp_path).stdout
    done = _factcheck_bytes("--db", str(db), *args, cwd=tmp_path)
    lines = done.stderr.decode().strip().splitlines()
    assert done.returncode != 0 and len(lines) == 1, done.stderr.decode()
    assert "not valid UTF-8" in lines[0] and "\\x" in lines[0]
    assert "\x9b" not in done.stderr.decode()
    after = _factcheck_bytes("--db", str(db), "claims", "--format", "jsonl", cwd=tmp_path).stdout
    assert after == before


def test_a_latin1_file_name_is_refused_in_one_line_with_visible_signs(tmp_path: Path) -> None:
    name = b"caf\xe9 \x1b[2J.txt"
    with open(os.fsencode(tmp_path) + b"/" + name, "wb") as out:
        out.write(SEED_ARTICLE.read_bytes())
    done = _factcheck_bytes("--db", "claims.db", "import", name, cwd=tmp_path)
    shown = done.stderr.decode()
    assert done.returncode != 0 and len(shown.strip().splitlines()) == 1, shown
    assert "not valid UTF-8" in shown and "caf\\xe9" in shown and "\x1b" not in shown
    assert not (tmp_path / "claims.db").exists()


def import_rows(db: str, tmp_path: Path, rows: list[dict[str, str]]) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert run(db, "import", str(path)).exit_code == 0


def test_claims_search_finds_words_in_any_order_with_accents_folded(
    db: str, tmp_path: Path
) -> None:
    import_rows(
        db,
        tmp_path,
        [
            {
                "text": "Ridgeline Power was earning just over $2 billion a year.",
                "speaker": "Zoë Ávila",
            },
            {"text": "Ridgeline Power lost money for two years running."},
        ],
    )
    result = run(db, "claims", "--search", "billion RIDGELINE avila", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["speaker"] for x in result.output.splitlines()] == ["Zoë Ávila"]
    table = run(db, "claims", "--search", '"ridgeline power"')
    assert table.exit_code == 0 and table.output.endswith("2 claims\n")
    assert run(db, "claims", "--search", '"power ridgeline"').output.startswith("no claim matches")


def test_claims_search_with_no_words_is_one_line_and_changes_nothing(
    db: str, tmp_path: Path
) -> None:
    import_rows(db, tmp_path, [{"text": "Ridgeline Power lost money for two years running."}])
    before = digest(db)
    for query in ('"', "*", "-", "!!!"):
        result = CliRunner().invoke(main, ["--db", db, "claims", "--search", query])
        assert result.exit_code != 0
        assert result.output.count("\n") == 1 and "nothing to search for" in result.output
    assert digest(db) == before


def test_report_of_one_claims_file_without_an_article(db: str, tmp_path: Path) -> None:
    tips = tmp_path / "tips.jsonl"
    tips.write_text(
        json.dumps({"id": "t1", "text": "The county spent $3 million on the bridge in 2022."})
        + "\n",
        encoding="utf-8",
    )
    posts = tmp_path / "posts.csv"
    posts.write_text("id,text\np1,Mayor Jo Lind closed 4 libraries last year.\n", encoding="utf-8")
    for path in (tips, posts):
        assert run(db, "import", str(path)).exit_code == 0
    report = run(db, "report", "--claims-file", "posts.csv", "--format", "json")
    assert report.exit_code == 0, report.output
    texts = [c["text"] for c in json.loads(report.output)["claims"]]
    assert texts == ["Mayor Jo Lind closed 4 libraries last year."]
    both = json.loads(run(db, "report", "--all", "--format", "json").output)["claims"]
    assert len(both) == 2
    # The Markdown report of one file names it and counts in English ("1 claim").
    markdown = run(db, "report", "--claims-file", "posts.csv").output
    title = markdown.splitlines()[0]
    assert "posts.csv" in title and "1 claim " in title + " "
    assert "1 claims" not in markdown
    annotated = run(db, "report", "--claims-file", "posts.csv", "--format", "annotated").output
    assert "1 claims" not in annotated and "posts.csv" in annotated.splitlines()[0]
    before = digest(db)
    missing = run(db, "report", "--claims-file", "other.csv")
    assert missing.exit_code != 0
    assert "no claim without an article was imported from a claims file named 'other.csv'" in (
        missing.output
    )
    assert len(missing.output.strip().splitlines()) == 1
    assert digest(db) == before


def test_counts_of_one_are_worded_with_their_noun(db: Path, tmp_path: Path) -> None:
    """'1 claim', '1 row', '1 fact-check': every count the import and list commands print
    goes through text.counted, as the reports do."""
    article = tmp_path / "story.txt"
    article.write_text(
        "The council approved a $45 million budget on Tuesday, Mayor Ana Ruiz said.\n"
    )
    assert run(db, "import", str(article)).output.strip() == (
        f"imported article 1 ({article}): 1 claim"
    )
    rows = tmp_path / "rows.csv"
    rows.write_text("text\nThe bridge opened in 1932.\n")
    assert run(db, "import", str(rows)).output.startswith(f"imported 1 row from {rows}: 1 new")
    assert run(db, "claims", "--article", "1").output.endswith("\n1 claim\n")
    assert f"\t1 claim\t{article}" in run(db, "articles").output
    feed = tmp_path / "reviews.json"
    feed.write_text(
        json.dumps(
            {
                "@type": "ClaimReview",
                "url": "https://checkers.example.org/1",
                "claimReviewed": "The bridge opened in 1932.",
                "reviewRating": {"alternateName": "True"},
            }
        )
    )
    assert run(db, "import", str(feed)).output.startswith(f"imported 1 fact-check from {feed}")


def test_names_lists_each_name_once_and_flags_short_forms(db: str, tmp_path: Path) -> None:
    path = tmp_path / "harbour.txt"
    path.write_text(
        "The Kestrelmouth Harbour Trust said on Monday that it had approved the plan. "
        "Ruth Anne Calloway, its chair, said 40 berths would be built.\n\n"
        "She declined to say more. The Harbour Trust has run the port since 1962. "
        "Calloway joined it in 2019.\n",
        encoding="utf-8",
    )
    from_file = run(db, "names", str(path))
    assert from_file.exit_code == 0
    assert "? perhaps short for: Kestrelmouth Harbour Trust" in from_file.output
    assert run(db, "import", str(path)).exit_code == 0
    rows = {
        row["name"]: row
        for row in map(json.loads, run(db, "names", "1", "--format", "jsonl").output.splitlines())
    }
    text = path.read_text(encoding="utf-8")
    assert rows["Harbour Trust"]["short_for"] == ["Kestrelmouth Harbour Trust"]
    # The surname alone is one of the full name's mentions, each on the article's exact text.
    mentions = rows["Ruth Anne Calloway"]["mentions"]
    assert [m["text"] for m in mentions] == ["Ruth Anne Calloway", "Calloway"]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)
    assert all(m["claim"] is not None for m in mentions)

"""What every command shares: ids, opening the store to read or to write, waiting for the
write lock, settings.  Each failure a user can meet is one line, never a traceback.

Printing: no string from an article, a page, a note, a checker or a file name reaches the
terminal raw.  Those commands run for real (``python -m factcheck``) with their output on a
pseudo-terminal and on a pipe, and the bytes written there are checked: the escape sequences
planted in the input (clear screen, window title, a hidden OSC 8 link, an 8-bit CSI, a bidi
override) show as visible signs, and no ESC, BEL or C1 byte is left."""

from __future__ import annotations

import errno
import json
import os
import pty
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from pageserver import PAGES
from paths import SEED_ARTICLE

from factcheck.cli import main
from factcheck.output import json_safe, visible_controls

HUGE = 10**20
# Ids as the user typed them; every command that takes one.
ID_COMMANDS = [
    ["claims", "--article", "{n}"],
    ["status", "{n}"],
    ["report", "{n}"],
    ["history", "{n}"],
    ["similar", "{n}"],
    ["verdict", "{n}", "supported", "--rationale", "r"],
    ["verdict", "1", "supported", "--rationale", "r", "--evidence", "{n}"],
    ["attach", "{n}", "--note", "a call"],
    ["sources", "--claim", "{n}"],
    ["source", "{n}"],
    ["refresh", "{n}"],
    ["passages", "{n}", "1"],
    ["passages", "1", "{n}"],
    ["pin", "1", "{n}", "0", "5"],
    ["pin", "{n}", "1", "0", "5"],
    ["unpin", "{n}"],
    ["merge", "confirm", "{n}"],
    ["merge", "reject", "{n}"],
    ["merge", "split", "{n}"],
]


def run(db: str, *args: str, env: dict[str, str] | None = None):
    return CliRunner(env=env).invoke(main, ["--db", db, *args], catch_exceptions=False)


def one_line_error(result) -> str:
    lines = result.output.strip().splitlines()
    assert result.exit_code == 1, result.output
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


@pytest.mark.parametrize("number", [HUGE, 2**31], ids=["1e20", "2^31"])
def test_an_id_no_store_can_hold_is_an_unknown_id(db_url: str, number: int) -> None:
    assert run(db_url, "import", str(SEED_ARTICLE)).exit_code == 0
    before = run(db_url, "claims", "--format", "jsonl").output
    for command in ID_COMMANDS:
        args = [part.format(n=number) for part in command]
        line = one_line_error(run(db_url, *args))
        assert f" {number}" in line and line.startswith("Error: no "), (args, line)
    assert run(db_url, "claims", "--format", "jsonl").output == before


def test_an_import_into_an_article_no_store_can_hold(db_url: str, tmp_path: Path) -> None:
    rows = tmp_path / "claims.jsonl"
    rows.write_text('{"text": "The bridge cost $4 million."}\n')
    line = one_line_error(run(db_url, "import", str(rows), "--article", str(HUGE)))
    assert line == f"Error: no article {HUGE}"


READ_COMMANDS = [
    ["claims"],
    ["articles"],
    ["status"],
    ["report"],
    ["sources"],
    ["history", "1"],
    ["scale"],
    ["merge"],
    ["db", "current"],
]


def test_read_commands_never_create_a_store(tmp_path: Path) -> None:
    mistyped = tmp_path / "claim.db"
    empty = tmp_path / "empty.db"
    empty.touch()
    for command in READ_COMMANDS:
        line = one_line_error(run(str(mistyped), *command))
        assert "no store at" in line and str(mistyped) in line, (command, line)
        line = one_line_error(run(str(empty), *command))
        assert "empty file, not a factcheck store" in line, (command, line)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]
    assert empty.stat().st_size == 0


# Commands that write into claims, sources or verdicts already stored: on a path that holds no
# store they have nothing to write into, and must not start one.
WRITES_INTO_A_STORE = [
    ["verdict", "1", "supported", "--rationale", "r"],
    ["attach", "1", "--note", "a call"],
    ["fact", "1", "1", "checked"],
    ["pin", "1", "1", "0", "5"],
    ["unpin", "1"],
    ["refresh"],
    ["merge", "confirm", "1"],
]


def test_commands_that_change_stored_things_never_start_a_store(tmp_path: Path) -> None:
    mistyped = tmp_path / "claim.db"
    for command in WRITES_INTO_A_STORE:
        line = one_line_error(run(str(mistyped), *command))
        assert "no store at" in line and str(mistyped) in line, (command, line)
    assert list(tmp_path.iterdir()) == []


def test_another_programs_database_is_refused_by_every_command(tmp_path: Path) -> None:
    other = tmp_path / "app.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    conn.close()
    before = other.read_bytes()
    for command in [*READ_COMMANDS, ["import", str(SEED_ARTICLE)]]:
        line = one_line_error(run(str(other), *command))
        assert "is not a factcheck store" in line, (command, line)
    assert other.read_bytes() == before


@pytest.mark.parametrize(
    ("what", "words"),
    [("folder", "is a folder, not a factcheck store"), ("notes", "not a SQLite database")],
)
def test_a_path_that_is_not_a_store_is_refused_alike_by_every_command(
    tmp_path: Path, what: str, words: str
) -> None:
    """One refusal for one path, whether the command reads or writes."""
    path = tmp_path / "claims.db"
    if what == "folder":
        path.mkdir()
    else:
        path.write_text("my notes, not a database\n" * 40)
    said = set()
    for command in [*READ_COMMANDS, ["import", str(SEED_ARTICLE)], ["db", "upgrade"]]:
        line = one_line_error(run(str(path), *command))
        assert words in line and str(path) in line, (command, line)
        said.add(line)
    assert len(said) == 1, said
    assert path.is_dir() if what == "folder" else path.read_text().startswith("my notes")


def test_a_huge_text_file_is_refused_as_an_article_not_a_claims_file(tmp_path: Path) -> None:
    """Telling the two apart reads the file's start only; the article's cap then applies."""
    huge = tmp_path / "story.txt"
    with huge.open("wb") as stream:
        stream.truncate(200 * 1024 * 1024)  # sparse: no disk used
    for command in (["import", str(huge)], ["extract", str(huge)]):
        line = one_line_error(run(str(tmp_path / "claims.db"), *command))
        assert "too large for an article" in line, (command, line)


def test_an_empty_store_says_it_has_no_articles(tmp_path: Path) -> None:
    rows = tmp_path / "claims.jsonl"
    rows.write_text('{"text": "The bridge opened in 1932."}\n')
    db = str(tmp_path / "claims.db")
    assert run(db, "import", str(rows)).exit_code == 0
    assert run(db, "articles").output.startswith("no articles in ")


def test_an_in_memory_store_is_refused_for_an_import() -> None:
    line = one_line_error(run("sqlite://", "import", str(SEED_ARTICLE)))
    assert "in-memory" in line and "keep nothing" in line


def _hold_write_lock(path: Path, seconds: float) -> subprocess.Popen:
    """Another process in the middle of a long write: it holds SQLite's write lock."""
    code = (
        "import sqlite3, sys, time\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('BEGIN IMMEDIATE')\n"
        "print('holding', flush=True)\n"
        "time.sleep(float(sys.argv[2]))\n"
        "conn.execute('ROLLBACK')\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline() == "holding\n"
    return holder


def _factcheck(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )


def waited_then_gave_up(done: subprocess.CompletedProcess) -> None:
    """A writer said it waits (one second), then gave up in one line naming the setting."""
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert lines[0] == "waiting for another import to finish… (up to 1 s)"
    assert len(lines) == 2 and "busy with another writer" in lines[1], done.stderr
    assert "FACTCHECK_WAIT" in lines[1]


def test_a_writer_waiting_for_a_long_import_says_so_then_gives_up_in_one_line(
    tmp_path: Path,
) -> None:
    path = tmp_path / "claims.db"
    db = f"sqlite:///{path}"
    assert run(db, "import", str(SEED_ARTICLE)).exit_code == 0
    holder = _hold_write_lock(path, 60)
    try:
        done = _factcheck(
            "--db", db, "verdict", "1", "supported", "--rationale", "r", env={"FACTCHECK_WAIT": "1"}
        )
    finally:
        holder.kill()
        holder.wait()
    waited_then_gave_up(done)
    assert run(db, "history", "1").output.startswith("claim 1 is unchecked\n")


def test_a_writer_that_waits_long_enough_gets_its_turn(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    db = f"sqlite:///{path}"
    assert run(db, "import", str(SEED_ARTICLE)).exit_code == 0
    (tmp_path / "factcheck.toml").write_text("[store]\nwait = 120\n")
    # Long enough that the writer, started under load (2 s of imports), still meets the lock.
    holder = _hold_write_lock(path, 10)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "factcheck",
            "--db",
            db,
            "verdict",
            "1",
            "opinion",
            "--rationale",
            "r",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    holder.wait(timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("waiting for another import to finish… (up to 120 s)")
    assert "claim 1: opinion" in done.stdout


@pytest.mark.parametrize(
    "config, words",
    [
        ('[thresholds]\nclaim_merge = "high"\n', "thresholds.claim_merge must be a number"),
        ("[thresholds]\nsource_confirm = 5\n", "thresholds.source_confirm must be a number"),
        ("thresholds = 3\n", "thresholds must be a table"),
        ("[store]\nwait = -1\n", "store.wait must be a number"),
        ('[store]\nwait = "soon"\n', "store.wait must be a number"),
        ("db = 5\n", "db must be text"),
        ('checker = ""\n', "checker must be text"),
        ("db = \n", "not valid TOML"),
    ],
)
def test_a_bad_config_value_is_one_line_naming_it(tmp_path: Path, config: str, words: str) -> None:
    (tmp_path / "factcheck.toml").write_text(config)
    done = subprocess.run(  # attach reads every setting: store, wait, thresholds, checker
        [sys.executable, "-m", "factcheck", "attach", "1", "--note", "a call"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        env={k: v for k, v in os.environ.items() if k != "FACTCHECK_DB"},
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], done.stderr


def test_a_bad_wait_in_the_environment_is_one_line(db_url: str) -> None:
    result = run(db_url, "import", str(SEED_ARTICLE), env={"FACTCHECK_WAIT": "forever"})
    assert "FACTCHECK_WAIT must be a number" in one_line_error(result)


def _can_mount() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        [
            "unshare",
            "-rm",
            "sh",
            "-c",
            'mount -t tmpfs tmpfs /mnt 2>/dev/null || mount -t tmpfs tmpfs "$HOME"',
        ],
        capture_output=True,
    )
    return probe.returncode == 0


needs_mount = pytest.mark.skipif(
    not _can_mount(), reason="needs unshare and mount (a user namespace) for a real tmpfs"
)


def _in_mount(tmp_path: Path, script: str, size: str = "8m") -> subprocess.CompletedProcess:
    """Runs ``script`` (sh) with ``$M`` a fresh tmpfs of ``size``, in a private mount
    namespace, so a read-only folder or a full disk is real even for root."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    return subprocess.run(
        [
            "unshare",
            "-rm",
            "sh",
            "-ec",
            f'M={mount}; mount -t tmpfs -o size={size} tmpfs "$M"\n' + script,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "FC": f"{sys.executable} -m factcheck"},
    )


@needs_mount
def test_a_store_in_a_read_only_folder_can_be_read_but_not_written(tmp_path: Path) -> None:
    store = tmp_path / "claims.db"
    assert run(str(store), "import", str(SEED_ARTICLE)).exit_code == 0
    listed = run(str(store), "claims", "--format", "jsonl").output
    done = _in_mount(
        tmp_path,
        f'cp {store} "$M/claims.db"\n'
        'mount -o remount,ro "$M"\n'
        '$FC --db "$M/claims.db" claims --format jsonl > "$M.out"\n'
        '$FC --db "$M/claims.db" status | head -1\n'
        '$FC --db "$M/claims.db" verdict 1 supported --rationale r || echo "exit $?"\n',
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "mnt.out").read_text() == listed
    assert done.stdout.splitlines() == [f"0 of {len(listed.splitlines())} claims checked", "exit 1"]
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 1 and "read-only" in errors[0], done.stderr


@needs_mount
def test_a_full_disk_during_an_import_is_one_line_and_keeps_the_store(tmp_path: Path) -> None:
    rows = tmp_path / "claims.jsonl"
    rows.write_text(
        "".join(
            f'{{"text": "Line {i} of the budget cost ${i} million in {1900 + i % 100}."}}\n'
            for i in range(60_000)
        )
    )
    done = _in_mount(
        tmp_path,
        f'$FC --db "$M/claims.db" import {SEED_ARTICLE}\n'
        '$FC --db "$M/claims.db" claims --format jsonl > "$M.before"\n'
        f'$FC --db "$M/claims.db" import {rows} || echo "exit $?"\n'
        '$FC --db "$M/claims.db" claims --format jsonl > "$M.after"\n',
        size="3m",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "exit 1", done.stdout
    errors = [line for line in done.stderr.strip().splitlines() if line]
    assert len(errors) == 1 and "disk is full" in errors[0], done.stderr
    before = (tmp_path / "mnt.before").read_text()
    assert before and (tmp_path / "mnt.after").read_text() == before


# -- printing: terminal escapes ----------------------------------------------------------

CLEAR = "\x1b[2J"
TITLE = "\x1b]0;pwned\x07"
LINK = "\x1b]8;;http://evil.example/\x1b\\here\x1b]8;;\x1b\\"
CSI8 = "\x9b2J"
BIDI = "\u202e"
PLANTED = CLEAR + TITLE + LINK + CSI8 + BIDI
# Articles with more than 1% control characters are refused as binary: pad with plain prose.
PROSE = "\n\n".join(
    f"Paragraph {n} of the brief describes the ferry timetable and the harbour works in plain "
    "words, with nothing in it that a checker would need to look up or verify at all."
    for n in range(1, 16)
)
RAW = (b"\x1b", b"\x07", b"\xc2\x9b", "\u202e".encode())


def on_pty(args: list[str], cwd: Path) -> bytes:
    """Run factcheck with stdout and stderr on a pseudo-terminal; what the terminal received."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=slave,
        cwd=cwd,
    )
    os.close(slave)
    received = bytearray()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError as exc:  # EIO: the child closed its end
            if exc.errno != errno.EIO:
                raise
            break
        if not chunk:
            break
        received += chunk
    os.close(master)
    process.wait(timeout=60)
    return bytes(received)


def on_pipe(args: list[str], cwd: Path) -> bytes:
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", *args], capture_output=True, cwd=cwd, timeout=60
    )
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A store whose article, claims, note, verdict and checker all carry the planted codes."""
    folder = tmp_path_factory.mktemp("planted")
    db = str(folder / "claims.db")
    article = folder / f"brief{TITLE}.txt"
    article.write_text(
        f"Mayor Lena Ortiz said the harbour tunnel cost $4.2 billion{PLANTED} in 2023.\n\n"
        f"The council approved 310 new homes{CLEAR} on Tuesday, according to the minutes.\n\n"
        + PROSE
    )
    steps = [
        ["import", str(article)],
        ["attach", "1", "--note", f"Phone call{PLANTED} with the city treasurer",
         "--checker", f"ed{CLEAR}"],
        [
            "verdict", "1", "refuted",
            "--rationale", f"The audit says $3.9 billion{PLANTED}",
            "--correction", f"$3.9 billion{LINK}",
            "--checker", f"ed{TITLE}",
        ],
    ]  # fmt: skip
    for step in steps:
        done = subprocess.run(
            [sys.executable, "-m", "factcheck", "--db", db, *step],
            capture_output=True,
            cwd=folder,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
    return folder, db


COMMANDS = {
    "claims": ["claims"],
    "articles": ["articles"],
    "history": ["history", "1"],
    "source": ["source", "1", "--text"],
    "sources": ["sources"],
    "report": ["report", "1"],
    "annotated report": ["report", "1", "--format", "annotated"],
    "verdict confirmation": ["verdict", "1", "misleading", "--rationale", f"x{PLANTED}",
                             "--correction", "y", "--checker", f"ann{CLEAR}"],
    "error naming a file": ["import", f"missing{PLANTED}.txt"],
}  # fmt: skip


@pytest.mark.parametrize("channel", [on_pty, on_pipe], ids=["pty", "pipe"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_no_planted_control_reaches_the_terminal(planted, channel, command: str) -> None:
    folder, db = planted
    received = channel(["--db", db, *COMMANDS[command]], folder)
    for raw in RAW:
        assert raw not in received, f"{command}: raw {raw!r} in {received[:400]!r}"
    assert "␛".encode() in received, f"{command} printed none of the planted text"


@pytest.mark.parametrize("channel", [on_pty, on_pipe], ids=["pty", "pipe"])
def test_extract_and_import_messages_are_safe(tmp_path: Path, channel) -> None:
    article = tmp_path / f"wire{TITLE}.txt"
    article.write_text(f"The agency said exports rose 12 percent{PLANTED} in March.\n\n{PROSE}")
    store = str(tmp_path / "c.db")
    for args in (["extract", str(article)], ["--db", store, "import", str(article)]):
        received = channel(args, tmp_path)
        assert not any(raw in received for raw in RAW), received[:400]
        assert "␛".encode() in received


def test_json_lines_keep_the_text_exactly_and_escape_it(planted) -> None:
    folder, db = planted
    received = on_pipe(["--db", db, "claims", "--format", "jsonl"], folder)
    assert not any(raw in received for raw in RAW)
    texts = [json.loads(line)["text"] for line in received.decode().splitlines()]
    assert any(PLANTED in text for text in texts), "JSON carries the text as stored"


def test_visible_controls_keeps_tabs_and_newlines_and_shows_the_rest() -> None:
    assert visible_controls("a\tb\nc") == "a\tb\nc"
    assert visible_controls(CLEAR + "\r\b\x7f" + CSI8 + BIDI) == "␛[2J␍␈␡<U+009B>2J<U+202E>"
    assert json_safe('"\x9b\u202e"') == '"\\u009b\\u202e"'


def test_a_search_that_matches_nothing_does_not_say_the_store_is_empty(db_url: str) -> None:
    assert run(db_url, "import", str(SEED_ARTICLE)).exit_code == 0
    result = run(db_url, "claims", "--search", "zeppelin-xyzzy")
    assert result.exit_code == 0
    assert result.output == "no claim matches --search 'zeppelin-xyzzy'\n"


def test_history_shows_the_version_a_verdict_can_name(db_url: str) -> None:
    assert run(db_url, "import", str(SEED_ARTICLE)).exit_code == 0
    shown = run(db_url, "history", "1").output.splitlines()
    assert shown == ["claim 1 is unchecked", "claim 1 is at version 1 (verdict --version 1)"]
    assert (
        run(db_url, "verdict", "1", "opinion", "--rationale", "r", "--version", "1").exit_code == 0
    )
    version = run(db_url, "history", "1").output.splitlines()[-1]
    assert version == "claim 1 is at version 2 (verdict --version 2)"
    stale = run(db_url, "verdict", "1", "opinion", "--rationale", "r", "--version", "1")
    assert "changed since you opened it" in one_line_error(stale)
    assert (
        run(db_url, "verdict", "1", "opinion", "--rationale", "r", "--version", "2").exit_code == 0
    )


def test_a_utf16_article_is_read(db_url: str, tmp_path: Path) -> None:
    article = tmp_path / "memo.txt"
    article.write_bytes(
        "The council approved a $45 million budget on Tuesday, Mayor Ana Ruiz said.\n".encode(
            "utf-16"
        )
    )
    result = run(db_url, "import", str(article))
    assert result.exit_code == 0, result.output
    listed = run(db_url, "claims", "--format", "jsonl").output
    assert "$45 million budget" in listed


@pytest.mark.skipif(not os.environ.get("FACTCHECK_TEST_PG"), reason="needs the PostgreSQL run")
def test_on_postgresql_a_writer_waiting_for_an_import_says_so_too(store, tmp_path: Path) -> None:
    from sqlalchemy import text

    from factcheck.db import _lock_key

    rows = tmp_path / "claims.jsonl"
    rows.write_text('{"text": "The bridge cost $4 million."}\n')
    holder = store.engine.connect()  # another import, in the middle of its transaction
    holder.execute(
        text("SELECT pg_advisory_xact_lock(:key)"), {"key": _lock_key("factcheck.claims.import")}
    )
    try:
        done = _factcheck("--db", store.url, "import", str(rows), env={"FACTCHECK_WAIT": "1"})
    finally:
        holder.rollback()
        holder.close()
    waited_then_gave_up(done)
    assert run(store.url, "claims").output.startswith("no claims in")


LONG = "a" * 300  # one path part over the 255 bytes a file system allows for a name


def test_a_url_with_a_path_part_over_255_characters_is_fetched_and_stored(
    db_url: str,
    page_server,  # noqa: ANN001 - the page server fixture
) -> None:
    """Nothing treats a URL's parts as file names: a page whose address has a 300-character
    segment (a tracking slug, a base64 state) is fetched, stored and shown like any other."""
    assert run(db_url, "import", str(SEED_ARTICLE)).exit_code == 0
    url = page_server.serve(
        f"/story/{LONG}", (PAGES / "battery-plant.html").read_bytes(), "text/html"
    )
    attached = run(db_url, "attach", "1", f"{url}?ref={LONG}")
    assert attached.exit_code == 0, attached.output
    assert attached.output.startswith("claim 1: added as source")
    shown = json.loads(run(db_url, "sources", "--format", "jsonl").output.splitlines()[0])
    assert LONG in json.dumps(shown)
    assert run(db_url, "attach", "2", f"{url}?ref={LONG}").output.startswith("claim 2: ")


@pytest.mark.parametrize(
    "command",
    [
        ["import", LONG],
        ["import", f"{LONG}/{LONG}.txt"],
        ["attach", "1", f"{LONG}.html"],
        ["extract", LONG],
        ["names", LONG],
        ["fetch", f"{LONG}.txt"],
        ["archive", "import", f"{LONG}.warc.gz"],
        ["report", "-o", f"{LONG}.md"],
        ["db", "backup", f"{LONG}.db"],
        ["archive", "export", f"{LONG}.warc.gz"],
    ],
)
def test_a_file_name_over_255_characters_is_one_line(
    db_url: str, command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(db_url, "import", str(SEED_ARTICLE)).exit_code == 0
    line = one_line_error(run(db_url, *command))
    if command[:2] == ["db", "backup"] and db_url.startswith("postgresql"):
        # A desk's store is backed up with pg_dump: the refusal comes before the name is read.
        assert "pg_dump" in line, line
        return
    assert "File name too long" in line, line

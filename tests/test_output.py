"""Where `report -o` and `db backup` write: a path is written as a shell redirect would write it.

Real files, symlinks, FIFOs (read by a real reader thread) and character devices made with
mknod, on real SQLite stores; never the machine's own /dev/null.
"""

from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from paths import SEED_ARTICLE

from factcheck.cli import main
from factcheck.errors import BadInput
from factcheck.output import resolve_target, write_text

SQLITE_MAGIC = b"SQLite format 3\x00"


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store with the seed article: backups are of SQLite stores, whatever the run."""
    db = str(tmp_path_factory.mktemp("store") / "claims.db")
    assert run("--db", db, "import", str(SEED_ARTICLE)).exit_code == 0
    return db


def report(store: str, *args: str):
    return run("--db", store, "report", "1", *args)


def read_fifo(fifo: Path) -> tuple[threading.Thread, list[bytes]]:
    got: list[bytes] = []

    def reader() -> None:
        with fifo.open("rb") as pipe:
            got.append(pipe.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    return thread, got


def make_null_device(path: Path) -> None:
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a character device needs CAP_MKNOD")


def test_report_to_an_existing_file_keeps_its_mode(store: str, tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old report\n")
    target.chmod(0o664)
    result = report(store, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    assert target.read_text() == report(store).output


def test_a_new_report_gets_the_mode_the_umask_allows(store: str, tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        assert report(store, "-o", str(tmp_path / "new.md")).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["new.md"], "no temporary file is left"


def test_a_symlink_is_followed_and_stays_a_link(store: str, tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    real = tmp_path / "reports" / "latest.md"
    real.write_text("old\n")
    real.chmod(0o644)
    link = tmp_path / "report.md"
    link.symlink_to(real)
    assert report(store, "-o", str(link)).exit_code == 0
    assert link.is_symlink() and link.resolve() == real
    assert real.read_text() == report(store).output
    assert stat.S_IMODE(real.stat().st_mode) == 0o644


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "report.md"
    link.symlink_to(tmp_path / "made.md")
    write_text(link, "text\n")
    assert link.is_symlink() and (tmp_path / "made.md").read_text() == "text\n"


def test_a_fifo_is_written_through_not_replaced(store: str, tmp_path: Path) -> None:
    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    thread, got = read_fifo(fifo)
    result = report(store, "-o", str(fifo))
    thread.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [without_time(chunk) for chunk in got] == [without_time(report(store).output.encode())]


def without_time(report_bytes: bytes) -> bytes:
    """The report without its "Report made" minute, so two reports a minute apart compare equal."""
    return b"\n".join(
        line for line in report_bytes.split(b"\n") if not line.startswith(b"- **Report made:**")
    )


def test_a_character_device_is_written_through_not_replaced(store: str, tmp_path: Path) -> None:
    device = tmp_path / "null"
    make_null_device(device)
    assert report(store, "-o", str(device)).exit_code == 0
    assert stat.S_ISCHR(device.lstat().st_mode)
    assert run("--db", store, "db", "backup", str(device)).exit_code == 0
    assert stat.S_ISCHR(device.lstat().st_mode)


def test_dash_is_standard_output(store: str) -> None:
    result = report(store, "-o", "-")
    assert result.exit_code == 0
    assert result.stdout == report(store).stdout and result.stdout.startswith("#")
    assert "wrote" not in result.output


def test_backup_to_standard_output_is_the_database_alone(store: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--db", store, "db", "backup", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(SQLITE_MAGIC)
    assert "backed up" in result.stderr and "backed up" not in result.stdout
    copy = tmp_path / "from-stdout.db"
    copy.write_bytes(result.stdout_bytes)
    assert (
        run("--db", str(copy), "claims", "--format", "jsonl").output
        == run("--db", store, "claims", "--format", "jsonl").output
    )


def test_backup_keeps_an_existing_copys_mode_and_follows_a_symlink(
    store: str, tmp_path: Path
) -> None:
    real = tmp_path / "backup.db"
    real.write_bytes(b"")
    real.chmod(0o640)
    link = tmp_path / "latest.db"
    link.symlink_to(real)
    assert run("--db", store, "db", "backup", str(link)).exit_code == 0
    assert link.is_symlink()
    assert real.read_bytes().startswith(SQLITE_MAGIC)
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


def test_backup_into_a_fifo(store: str, tmp_path: Path) -> None:
    fifo = tmp_path / "backup.pipe"
    os.mkfifo(fifo)
    thread, got = read_fifo(fifo)
    assert run("--db", store, "db", "backup", str(fifo)).exit_code == 0
    thread.join(timeout=30)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert got and got[0].startswith(SQLITE_MAGIC)


def test_backup_over_the_store_itself_is_refused(store: str, tmp_path: Path) -> None:
    link = tmp_path / "same.db"
    link.symlink_to(store)
    result = CliRunner().invoke(main, ["--db", store, "db", "backup", str(link)])
    assert result.exit_code != 0 and "is the store itself" in result.output
    assert run("--db", store, "claims", "--format", "jsonl").output


def test_what_cannot_be_written_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="is a folder"):
        resolve_target(tmp_path)
    with pytest.raises(BadInput, match="no such folder"):
        resolve_target(tmp_path / "missing" / "report.md")
    sock_path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(sock_path))
        with pytest.raises(BadInput, match="is a socket; only files, FIFOs and character"):
            write_text(sock_path, "x")
    assert stat.S_ISSOCK(sock_path.lstat().st_mode)


def test_report_refusal_leaves_the_target_alone(store: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--db", store, "report", "1", "-o", str(tmp_path)])
    assert result.exit_code != 0
    assert result.output.strip().splitlines() == [f"Error: {tmp_path}: is a folder, not a file"]


@pytest.fixture
def own_store(tmp_path: Path) -> Path:
    """A store of its own per test: a failing test here would destroy a shared one."""
    db = tmp_path / "desk.db"
    assert run("--db", str(db), "import", str(SEED_ARTICLE)).exit_code == 0
    return db


@pytest.fixture
def docx_store(tmp_path: Path) -> Path:
    """A store whose article is a Word manuscript, so `report --format docx` has one to mark."""
    from manuscripts import manuscript

    source = tmp_path / "feature.docx"
    source.write_bytes(manuscript())
    db = tmp_path / "desk.db"
    assert run("--db", str(db), "import", str(source)).exit_code == 0
    return db


def _store_named(db: Path, how: str, tmp_path: Path) -> Path:
    """The store's file named as a checker might: itself, through a link, or its journal."""
    if how == "file":
        return db
    if how == "symlink":
        link = tmp_path / "typo.md"
        link.symlink_to(db)
        return link
    if how == "hardlink":
        other = tmp_path / "other-name.md"
        os.link(db, other)
        return other
    return Path(f"{db}{how}")  # -wal / -shm


def _assert_refused(result, db: Path, before: bytes) -> None:
    lines = result.output.strip().splitlines()
    assert result.exit_code != 0 and len(lines) == 1 and "is the store itself" in lines[0]
    assert db.read_bytes() == before
    assert run("--db", str(db), "claims", "--format", "jsonl").output


@pytest.mark.parametrize("how", ["file", "symlink", "hardlink"])
@pytest.mark.parametrize("fmt", ["md", "json", "claimreview", "annotated"])
def test_a_report_never_overwrites_the_store(
    own_store: Path, tmp_path: Path, fmt: str, how: str
) -> None:
    before = own_store.read_bytes()
    target = _store_named(own_store, how, tmp_path)
    result = CliRunner().invoke(
        main, ["--db", str(own_store), "report", "1", "--format", fmt, "-o", str(target)]
    )
    _assert_refused(result, own_store, before)


def test_an_annotated_manuscript_never_overwrites_the_store(
    docx_store: Path, tmp_path: Path
) -> None:
    before = docx_store.read_bytes()
    link = _store_named(docx_store, "symlink", tmp_path)
    result = CliRunner().invoke(
        main, ["--db", str(docx_store), "report", "1", "--format", "docx", "-o", str(link)]
    )
    _assert_refused(result, docx_store, before)


@pytest.mark.parametrize("how", ["file", "symlink", "hardlink"])
def test_an_archive_export_never_overwrites_the_store(
    own_store: Path, tmp_path: Path, how: str
) -> None:
    before = own_store.read_bytes()
    target = _store_named(own_store, how, tmp_path)
    result = CliRunner().invoke(main, ["--db", str(own_store), "archive", "export", str(target)])
    _assert_refused(result, own_store, before)


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_the_stores_journal_files_are_refused_too(own_store: Path, suffix: str) -> None:
    """A report named like the store's journal would be taken by SQLite as the journal."""
    journal = Path(f"{own_store}{suffix}")
    result = CliRunner().invoke(main, ["--db", str(own_store), "report", "1", "-o", str(journal)])
    assert result.exit_code != 0 and "is the store itself" in result.output
    assert "# " not in (journal.read_text(errors="replace") if journal.exists() else "")
    assert run("--db", str(own_store), "claims", "--format", "jsonl").output


def test_backup_onto_a_hard_link_of_the_store_is_refused(own_store: Path, tmp_path: Path) -> None:
    before = own_store.read_bytes()
    other = _store_named(own_store, "hardlink", tmp_path)
    result = CliRunner().invoke(main, ["--db", str(own_store), "db", "backup", str(other)])
    _assert_refused(result, own_store, before)


def _on_a_terminal(*args: str) -> tuple[int, bytes, bytes]:
    """Run factcheck with standard output a real pseudo-terminal; (status, tty bytes, stderr)."""
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "factcheck", *args],
            stdout=follower,
            stderr=subprocess.PIPE,
            timeout=60,
        )
        os.set_blocking(leader, False)
        try:
            shown = os.read(leader, 1 << 20)
        except (BlockingIOError, OSError):
            shown = b""
    finally:
        os.close(follower)
        os.close(leader)
    return done.returncode, shown, done.stderr


@pytest.mark.parametrize(
    "args",
    [("db", "backup", "-"), ("archive", "export", "-"), ("report", "1", "--format", "docx")],
)
def test_binary_output_to_a_terminal_is_refused_in_one_line(
    docx_store: Path, args: tuple[str, ...]
) -> None:
    if args[0] == "report":
        args = (*args, "-o", "-")
    status, shown, errors = _on_a_terminal("--db", str(docx_store), *args)
    lines = errors.decode().strip().splitlines()
    assert status != 0 and len(lines) == 1 and "is a terminal" in lines[0], errors
    assert b"SQLite format" not in shown and b"PK" not in shown and b"\x1f\x8b" not in shown


def test_text_reports_still_go_to_a_terminal(own_store: Path) -> None:
    status, shown, _errors = _on_a_terminal("--db", str(own_store), "report", "1")
    assert status == 0 and b"#" in shown

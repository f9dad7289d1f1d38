"""Reading a checker's files: only regular files, never more than the cap (real special files)."""

from __future__ import annotations

import os
import resource
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from paths import SEED_ARTICLE

from factcheck.errors import BadInput
from factcheck.intake.text import read_article_stream
from factcheck.sources.files import open_regular, read_file

needs_dev = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")


@needs_dev
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_character_device_is_refused_before_reading(device: str) -> None:
    with pytest.raises(BadInput) as raised:
        read_file(Path(device), 1 << 20, "an article")
    assert str(raised.value) == (
        f"{device}: is a character device, not a regular file; only regular files are read"
    )


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(BadInput, match=r"pipe\.txt: is a FIFO \(named pipe\), not a regular file"):
        read_file(fifo, 1 << 20, "an article")


def test_a_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "article.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(BadInput, match="is a character device"):
        read_file(link, 1 << 20, "an article")


def test_the_cap_counts_bytes_read_and_a_file_at_the_cap_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 1000)
    assert read_file(path, 1000, "an article") == b"x" * 1000
    with pytest.raises(BadInput, match="too large for an article"):
        read_file(path, 999, "an article")


def test_standard_input_is_read_no_further_than_the_cap() -> None:
    with open("/dev/zero", "rb") as endless, pytest.raises(BadInput) as raised:
        read_article_stream(endless, "<stdin>")
    assert "<stdin>: too large for an article" in str(raised.value)


def _limited() -> None:
    # Today's code read /dev/zero until the kernel killed it: keep a regression bounded.
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def factcheck(db: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", "--db", db, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_limited,
    )


@needs_dev
@pytest.mark.parametrize("name, minor", [("zero", 5), ("urandom", 9)])
def test_attach_of_a_device_is_one_line_and_stores_nothing(
    db_url: str, name: str, minor: int, tmp_path: Path
) -> None:
    # Made in an allowed folder (/dev itself is never read): the device check must hold too.
    device = tmp_path / name
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except PermissionError:
        pytest.skip("making a character device needs CAP_MKNOD")
    assert factcheck(db_url, "import", str(SEED_ARTICLE)).returncode == 0
    before = factcheck(db_url, "sources", "--format", "jsonl").stdout
    for path, reason in (
        (str(device), "is a character device, not a regular file; only regular files are read"),
        (f"/dev/{name}", "files under /dev are never read"),
    ):
        done = factcheck(db_url, "attach", "1", path)
        assert done.returncode != 0
        assert done.stderr.strip().splitlines() == [f"Error: {path}: {reason}"]
    assert factcheck(db_url, "sources", "--format", "jsonl").stdout == before


def test_import_of_a_fifo_returns_at_once(db_url: str, tmp_path: Path) -> None:
    fifo = tmp_path / "claims.csv"
    os.mkfifo(fifo)
    done = factcheck(db_url, "import", str(fifo), timeout=30)
    assert done.returncode != 0
    assert len(done.stderr.strip().splitlines()) == 1
    assert "is a FIFO (named pipe), not a regular file" in done.stderr


@needs_dev
def test_extract_of_a_device_is_refused(tmp_path: Path) -> None:
    """`extract` keeps to the desk's folder rules, as `import` does: /dev is never read."""
    done = factcheck(str(tmp_path / "unused.db"), "extract", "/dev/zero")
    assert done.returncode != 0 and "files under /dev are never read" in done.stderr


# -- the desk's folders, checked on the file actually opened -------------------------------


@pytest.fixture
def swapped_on_open(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path, Path]:
    """A link inside the desk's folder pointing at a harmless file there, that an attacker
    re-points outside at the moment factcheck opens it (after the folder check): the window
    between checking a path and opening it, made to happen every time."""
    desk = tmp_path_factory.mktemp("desk")
    outside = tmp_path_factory.mktemp("private") / "secret.txt"
    outside.write_text("The secret ledger says $9 million went missing.\n")
    harmless = desk / "memo.txt"
    harmless.write_text("The mayor said the bridge cost $4 million.\n")
    link = desk / "story.txt"
    link.symlink_to(harmless)
    real_open = os.open

    def open_after_the_swap(path, *args, **kwargs):  # noqa: ANN001, ANN202 - os.open's own
        if Path(path) == link and link.resolve() == harmless:
            link.unlink()
            link.symlink_to(outside)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_after_the_swap)
    return desk, link, outside


def test_a_path_swapped_after_the_folder_check_is_refused(
    swapped_on_open: tuple[Path, Path, Path],
) -> None:
    desk, link, _outside = swapped_on_open
    with pytest.raises(BadInput, match="outside the folders this desk reads files from"):
        read_file(link, 1 << 20, "an article", folders=(desk,))


def test_the_desk_folders_hold_for_a_file_read_as_a_stream_too(
    swapped_on_open: tuple[Path, Path, Path],
) -> None:
    desk, link, _outside = swapped_on_open
    with pytest.raises(BadInput, match="outside the folders this desk reads files from"):
        open_regular(link, folders=(desk,))


def test_a_file_inside_the_folders_is_read_through_a_link(tmp_path: Path) -> None:
    (tmp_path / "memo.txt").write_text("kept")
    (tmp_path / "link.txt").symlink_to(tmp_path / "memo.txt")
    assert read_file(tmp_path / "link.txt", 100, "an article", folders=(tmp_path,)) == b"kept"


def test_attach_and_import_of_a_swapped_path_store_nothing(
    store,
    swapped_on_open: tuple[Path, Path, Path],  # noqa: ANN001 - the store fixture
) -> None:
    from factcheck.config import FetchSettings
    from factcheck.services import articles
    from factcheck.services.access import Access
    from factcheck.services.imports import import_target
    from factcheck.services.sources import attach_source

    desk, link, outside = swapped_on_open
    access = Access(FetchSettings(allow_private="true", file_folders=str(desk)))
    seed = desk / "seed.txt"
    seed.write_bytes(SEED_ARTICLE.read_bytes())
    import_target(store, str(seed), access=access)
    for read in (
        lambda: import_target(store, str(link), access=access),
        lambda: attach_source(store, 1, str(link), access=access),
    ):
        with pytest.raises(BadInput, match="outside the folders"):
            read()
        link.unlink()
        link.symlink_to(desk / "memo.txt")
    assert len(articles.list_articles(store)) == 1
    assert "$9 million" not in _all_text(store)
    assert outside.exists()


def _all_text(store) -> str:  # noqa: ANN001
    from sqlalchemy import select

    from factcheck.models import Source

    with store.read() as session:
        return " ".join(s.text or "" for s in session.scalars(select(Source)))

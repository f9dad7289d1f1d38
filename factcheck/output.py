"""Writing what a command produces to the path a checker names: the one way files are written.

A path is treated as a shell redirect would, never replaced by something else:

- ``-`` is standard output;
- a regular file (new or existing) is written atomically: a temporary file beside it, synced,
  given the existing file's mode (a new one gets the mode the umask allows, as ``>`` would),
  then renamed over it, so a reader sees the old report or the new one, never half of one;
- a FIFO or a character device (``/dev/null``, ``/dev/stdout``, a terminal) is written
  through, since renaming a file over it would replace the device with a regular file;
- a symbolic link is followed: its target is written as above, and the link stays a link;
- a folder, a socket or a block device is refused in one line;
- an open store's SQLite file (or its ``-wal``, ``-shm`` or ``-journal``) is refused in one
  line, however it is named (a symbolic link, a hard link, a relative path): one typo in
  ``-o`` would otherwise replace the desk's whole database with a report.

Every front end (``report -o``, ``db backup``, the workbench's export) writes through here.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from factcheck.errors import BadInput

STDOUT = "-"

# The SQLite files of the stores this process has open (db.open_store adds them, Store.close
# takes them away): what no output may replace.  A list, since one file may be open twice.
_OPEN_STORES: list[Path] = []
_STORE_FILES = ("", "-wal", "-shm", "-journal")

# What a terminal obeys rather than shows: C0 controls but tab and newline (ESC starts
# CSI/OSC sequences, BEL ends OSC, CR and BS overwrite what was printed), DEL, the C1 block
# (U+009B is CSI on its own), and the bidirectional overrides that reorder what is shown.
_C0 = {code: chr(0x2400 + code) for code in range(32) if code not in (9, 10)}
_HIDDEN = [0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_VISIBLE = {**_C0, **{code: f"<U+{code:04X}>" for code in _HIDDEN}, 0x7F: "\u2421"}
_IN_JSON = {code: f"\\u{code:04x}" for code in _HIDDEN}
# scheme://user:password@ anywhere in a text (a message, a URL): the password part, up to the
# last @ before the path, so a password that holds an @ is hidden whole.
_PASSWORD_IN_URL = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://[^\s/@:]*):[^\s/]+@")
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class Target:
    """Where an output goes, decided before anything is written."""

    shown: str
    """The path as the checker gave it, for messages."""
    path: Path | None
    """The file written after symbolic links are followed; None for standard output."""
    kind: str  # "stdout" | "new" | "regular" | "stream"
    mode: int | None = None
    """Permission bits an existing regular file keeps."""


def visible_controls(text: str) -> str:
    """``text`` with every control character a terminal would obey shown as a visible sign.

    C0 controls become their Unicode control pictures (ESC is ``␛``, BEL ``␇``), DEL ``␡``,
    C1 controls and bidirectional overrides ``<U+009B>``; tab and newline stay.  Applied to
    everything the command line prints and to Markdown and annotated reports, so an article,
    a note or a file name cannot clear the screen, retitle the window or hide a link.
    """
    if _UNSAFE.search(text) is None:
        return text
    return text.translate(_VISIBLE)


def json_safe(text: str) -> str:
    """JSON text with DEL, C1 and bidi controls written as ``\\u`` escapes (losslessly).

    ``json.dumps`` escapes C0 controls but, with ``ensure_ascii=False``, leaves these raw;
    in JSON they can only stand inside strings, where the escape means the same character.
    """
    if _UNSAFE.search(text) is None:
        return text
    return text.translate(_IN_JSON)


def mask_credentials(text: str) -> str:
    """``text`` with the password of every ``scheme://user:password@`` in it shown as ``***``.

    For every message that may name a URL (a source that failed, a store that cannot be
    opened): a password typed into a URL is never printed back.
    """
    if "@" not in text:
        return text
    return _PASSWORD_IN_URL.sub(r"\1:***@", text)


def guard_store(database: str | os.PathLike[str]) -> Path:
    """Mark a SQLite store's file as one no output may be written over; returns the key
    to give :func:`release_store` when the store is closed."""
    real = Path(os.path.realpath(database))
    _OPEN_STORES.append(real)
    return real


def release_store(guarded: Path) -> None:
    """The store opened as ``guarded`` is closed: its file may be written again."""
    with contextlib.suppress(ValueError):
        _OPEN_STORES.remove(guarded)


def _is_an_open_store(real: Path, info: os.stat_result | None) -> bool:
    """True when ``real`` is an open store's file or journal, by resolved name or by inode
    (a hard link has another name for the same file)."""
    for store in _OPEN_STORES:
        for suffix in _STORE_FILES:
            own = Path(f"{store}{suffix}")
            if real == own:
                return True
            if info is None:
                continue
            with contextlib.suppress(OSError):
                if os.path.samestat(info, os.stat(own)):
                    return True
    return False


def resolve_target(path: str | os.PathLike[str]) -> Target:
    """What writing to ``path`` means, or BadInput saying why it cannot be written."""
    shown = os.fspath(path)
    if shown == STDOUT:
        return Target(shown, None, "stdout")
    real = Path(os.path.realpath(shown))
    try:
        info = os.stat(real)
    except FileNotFoundError:
        folder = real.parent
        if not folder.is_dir():
            raise BadInput(f"no such folder {folder}", subject=shown) from None
        if _is_an_open_store(real, None):
            raise BadInput("is the store itself; write to another file", subject=shown) from None
        return Target(shown, real, "new")
    except OSError as exc:
        raise BadInput(f"cannot write there ({exc.strerror or exc})", subject=shown) from None
    if stat.S_ISREG(info.st_mode) and _is_an_open_store(real, info):
        raise BadInput("is the store itself; write to another file", subject=shown)
    if stat.S_ISREG(info.st_mode):
        return Target(shown, real, "regular", stat.S_IMODE(info.st_mode))
    if stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode):
        return Target(shown, real, "stream")
    if stat.S_ISDIR(info.st_mode):
        raise BadInput("is a folder, not a file", subject=shown)
    raise BadInput(
        f"is {file_kind(info.st_mode)}; only files, FIFOs and character devices are written",
        subject=shown,
    )


def file_kind(mode: int) -> str:
    """What a file of this ``st_mode`` is, in words, for a message that refuses it."""
    for test, kind in (
        (stat.S_ISREG, "a regular file"),
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return kind
    return "a special file"


def write_text(path: str | os.PathLike[str], text: str) -> Target:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` by the rules above."""
    return _write(path, text.encode("utf-8"), binary=False)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> Target:
    """Write binary ``data`` (a Word file) to ``path`` by the rules above, never to a
    terminal; returns where it went."""
    return _write(path, data, binary=True)


def _write(path: str | os.PathLike[str], data: bytes, *, binary: bool) -> Target:
    target = resolve_target(path)
    if target.kind == "stdout":
        if binary:
            _refuse_terminal(target, sys.stdout.isatty())
        _to_stdout(lambda out: out.write(data))
    elif target.kind == "stream":
        _through(target, lambda out: out.write(data), binary=binary)
    else:
        with _replacing(target) as temp:
            _write_all(temp, data)
    return target


def write_with(path: str | os.PathLike[str], produce: Callable[[Path], None]) -> Target:
    """For producers that need a file of their own (SQLite's backup writes to a path).

    ``produce(temp)`` writes a temporary file; on success it becomes ``path``'s content by the
    rules above (renamed into place, or copied through to a FIFO, a device or stdout).
    """
    target = resolve_target(path)
    if target.kind in ("new", "regular"):
        with _replacing(target) as temp:
            _produce(target, produce, temp)
        return target
    if target.kind == "stdout":
        _refuse_terminal(target, sys.stdout.isatty())
    with tempfile.TemporaryDirectory(prefix="factcheck-") as folder:
        temp = Path(folder) / "output"
        _produce(target, produce, temp)
        with temp.open("rb") as made:
            copy = lambda out: shutil.copyfileobj(made, out)  # noqa: E731
            if target.kind == "stdout":
                _to_stdout(copy)
            else:
                _through(target, copy, binary=True)
    return target


def _refuse_terminal(target: Target, is_terminal: bool) -> None:
    """Binary data (a database, a WARC, a Word file) shown on a terminal is garbage that
    can also work the terminal's controls; refused as gzip refuses compressed data."""
    if is_terminal:
        where = "standard output" if target.kind == "stdout" else target.shown
        raise BadInput(
            f"{where} is a terminal: binary data is not written to a terminal; "
            "redirect it to a file or a pipe"
        )


def _produce(target: Target, produce: Callable[[Path], None], temp: Path) -> None:
    try:
        produce(temp)
    except OSError as exc:
        raise BadInput(
            f"cannot write there ({exc.strerror or exc})", subject=target.shown
        ) from None


@contextlib.contextmanager
def _replacing(target: Target) -> Iterator[Path]:
    """A temporary file beside the target, renamed over it when the block ends without error."""
    assert target.path is not None
    folder = target.path.parent
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.path.name}.", dir=folder)
    except OSError as exc:
        raise BadInput(
            f"cannot write there ({exc.strerror or exc})", subject=target.shown
        ) from None
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        mode = target.mode if target.mode is not None else 0o666 & ~_umask()
        os.chmod(temp, mode)
        _sync(temp)
        os.replace(temp, target.path)
        _sync_folder(folder)
    except OSError as exc:
        raise BadInput(
            f"cannot write there ({exc.strerror or exc})", subject=target.shown
        ) from None
    finally:
        temp.unlink(missing_ok=True)


def _write_all(temp: Path, data: bytes) -> None:
    with temp.open("wb") as out:
        out.write(data)


def _through(target: Target, write: Callable[[BinaryIO], object], *, binary: bool) -> None:
    """Open a FIFO or a device for writing (no create, no truncate) and write into it."""
    assert target.path is not None
    try:
        fd = os.open(target.path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | os.O_CLOEXEC)
        if binary and os.isatty(fd):
            os.close(fd)
            _refuse_terminal(target, True)
        with os.fdopen(fd, "wb") as out:
            write(out)
    except BrokenPipeError:
        raise BadInput(
            "the reader went away before all was written", subject=target.shown
        ) from None
    except OSError as exc:
        raise BadInput(
            f"cannot write there ({exc.strerror or exc})", subject=target.shown
        ) from None


def _to_stdout(write: Callable[[BinaryIO], object]) -> None:
    out = sys.stdout.buffer
    sys.stdout.flush()
    write(out)
    out.flush()


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """The rename itself survives a power cut only once the folder is synced (POSIX)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _umask() -> int:
    """The process umask, read without changing it (os.umask would, for every thread)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022

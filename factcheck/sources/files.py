"""Opening a checker's local files: regular files only, never more than a cap.

Every file factcheck reads on a checker's behalf (an article, a claims file, an attached
source, a list of URLs) is opened here, so the rules hold for all of them.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from factcheck.errors import BadInput
from factcheck.limits import MB, megabytes
from factcheck.output import file_kind

# Never read, whatever a desk's settings say: system configuration, kernel and process
# state, devices.  A source attached from there would archive secrets (``/etc/shadow``,
# ``/proc/self/environ``) in a store others read.
NEVER_READ = (Path("/etc"), Path("/proc"), Path("/sys"), Path("/dev"))

# Non-blocking so opening a FIFO swapped in after the check cannot hang; no controlling tty.
_READ_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | os.O_CLOEXEC


def read_file(
    path: Path,
    limit: int,
    what: str,
    *,
    head: bool = False,
    folders: Sequence[Path] | None = None,
) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; `what` names it in the refusal.

    Only regular files are read: a device (``/dev/zero`` never ends, ``/dev/urandom`` neither)
    or a FIFO (which blocks until someone writes) is refused before it is opened, and again on
    the opened descriptor so a path swapped in between cannot slip through.  The cap is
    enforced on the bytes actually read, not on ``st_size``, which a growing file or a special
    file does not tell truthfully.  With ``head`` only the first ``limit`` bytes are read,
    whatever the file's size (to tell what kind of file it is).  With ``folders`` (the
    desk's) the file must lie inside one of them: see `open_regular`.
    """
    with open_regular(path, folders=folders) as file:
        size = os.fstat(file.fileno()).st_size
        if size > limit and not head:
            raise _too_large(path, size, limit, what)
        try:
            data = file.read(limit if head else limit + 1)
        except OSError as exc:
            raise BadInput(f"cannot be read ({exc.strerror or exc})", subject=path) from None
    if len(data) > limit:
        raise _too_large(path, None, limit, what)
    return data


def open_regular(path: Path, *, folders: Sequence[Path] | None = None) -> BinaryIO:
    """A regular file opened for reading; anything else refused before a byte is read.

    For files read as a stream (a WARC of any size) as much as for `read_file`: a device or a
    FIFO is refused before it is opened and again on the opened descriptor, so a path swapped
    in between cannot slip through, and the open itself cannot block on a FIFO.

    With ``folders`` the path is checked against them (`check_folder`) before it is opened,
    and the opened file is checked again: it must be the very file now at the path's real
    location, inside the folders.  A link re-pointed at ``/etc/shadow`` between the check and
    the open is refused, not read.
    """
    try:
        if folders is not None:
            check_folder(path, folders)
        _check_regular(path, os.stat(path).st_mode)
        fd = os.open(path, _READ_FLAGS)
    except FileNotFoundError:
        raise BadInput("no such file", subject=path) from None
    except PermissionError:
        raise BadInput("cannot be read (permission denied)", subject=path) from None
    except OSError as exc:
        raise BadInput(f"cannot be read ({exc.strerror or exc})", subject=path) from None
    try:
        opened = os.fstat(fd)
        _check_regular(path, opened.st_mode)
        if folders is not None:
            _check_opened_inside(path, opened, folders)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def check_folder(path: Path, folders: Sequence[Path]) -> None:
    """Refuse a path outside the desk's folders, or under one that is never read.

    Symbolic links are followed first, so a link in the home folder to ``/etc/shadow`` is
    judged by where it leads.
    """
    real = Path(os.path.realpath(path))
    for never in NEVER_READ:
        if _inside(real, never):
            raise BadInput(f"files under {never} are never read", subject=path)
    if not any(_inside(real, folder) for folder in folders):
        shown = ", ".join(str(folder) for folder in folders)
        raise BadInput(
            f"outside the folders this desk reads files from ({shown}); "
            "add its folder to [fetch] file_folders",
            subject=path,
        )


def _check_opened_inside(path: Path, opened: os.stat_result, folders: Sequence[Path]) -> None:
    """The opened file is the one at the path's real location now, and that is inside the
    folders: whatever the path named when it was checked, what was opened passes the check."""
    check_folder(path, folders)
    try:
        now = os.stat(os.path.realpath(path))
    except OSError:
        now = None
    if now is None or (now.st_dev, now.st_ino) != (opened.st_dev, opened.st_ino):
        raise BadInput("changed while it was being opened; not read", subject=path)


def _inside(real: Path, folder: Path) -> bool:
    top = Path(os.path.realpath(folder))
    return real == top or top in real.parents


def read_stream(stream: BinaryIO, name: str, limit: int, what: str) -> bytes:
    """Standard input (or any stream), read no further than one byte past the cap."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise _too_large(name, None, limit, what)
    return data


def _check_regular(path: Path, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise BadInput("is a folder, not a file", subject=path)
    raise BadInput(
        f"is {file_kind(mode)}, not a regular file; only regular files are read",
        subject=path,
    )


def _too_large(path: Path | str, size: int | None, limit: int, what: str) -> BadInput:
    cap = f"at most {megabytes(limit)} MB"
    if size is None:
        return BadInput(f"too large for {what} ({cap}; reading stopped there)", subject=path)
    return BadInput(f"{size / MB:.0f} MB is too large for {what} ({cap})", subject=path)

"""Where this desk lets sources come from: private addresses on the network, local folders.

The rules are the desk's (``[fetch]`` in the settings, `factcheck.config.FetchSettings`),
resolved once per process by the front end and handed to each use case as an ``Access``;
every fetch and every local file a use case reads passes through it, so no front end can
forget them.  Nothing here reads the environment or the config file: a use case called with
no ``Access`` gets the defaults (`DEFAULT_ACCESS`).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.config import FetchSettings
from factcheck.sources.files import check_folder

if TYPE_CHECKING:
    from factcheck.sources.fetch import FetchOptions


@dataclass(frozen=True)
class Access:
    """The desk's ``[fetch]`` rules, and whether the workbench is served to others.

    ``served`` is the front end's to say (a workbench behind ``textual serve``, which anyone
    with the address may open): with ``allow_private = "auto"`` it keeps private addresses
    closed even for one checker's SQLite store.
    """

    rules: FetchSettings = field(default_factory=FetchSettings)
    served: bool = False

    def private_allowed(self, store_url: str) -> bool:
        if self.rules.allow_private != "auto":
            return self.rules.allow_private == "true"
        return store_url.startswith("sqlite") and not self.served

    def folders(self) -> tuple[Path, ...]:
        """The desk's folders for local files, else the current folder and the home folder."""
        named = [f.strip() for f in self.rules.file_folders.split(os.pathsep) if f.strip()]
        return tuple(Path(f).expanduser() for f in named) or (Path.cwd(), Path.home())

    def fetch_options(self, store_url: str, options: FetchOptions | None = None) -> FetchOptions:
        """``options`` (or the defaults) with the desk's rule on private addresses applied.

        The rule wins over whatever ``options`` says: it is the desk's, not the caller's.
        """
        from factcheck.sources.fetch import FetchOptions

        hosts = {h.strip().lower() for h in self.rules.allow_hosts.split(",") if h.strip()}
        return dataclasses.replace(
            options or FetchOptions(),
            allow_private=self.private_allowed(store_url),
            allow_hosts=frozenset(hosts),
        )

    def check_local_file(self, path: Path) -> None:
        """Refuse a local file outside the desk's folders (by default here and the home
        folder) or under ``/etc``, ``/proc``, ``/sys`` or ``/dev``, before it is opened."""
        check_folder(path, self.folders())


DEFAULT_ACCESS = Access()

"""Where this desk lets sources come from: private addresses on the network, local folders.

The rules are the desk's (``[fetch]`` in the settings, `factcheck.config.FetchSettings`);
every fetch and every local file a use case reads passes through here, so no front end can
forget them.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.config import FetchSettings, load_settings
from factcheck.sources.files import check_folder

if TYPE_CHECKING:
    from factcheck.sources.fetch import FetchOptions


def served_to_others() -> bool:
    """Whether the workbench runs behind ``textual serve`` (a browser anyone may open)."""
    return os.environ.get("TEXTUAL_DRIVER", "").endswith("WebDriver")


def private_allowed(rules: FetchSettings, store_url: str) -> bool:
    if rules.allow_private != "auto":
        return rules.allow_private == "true"
    return store_url.startswith("sqlite") and not served_to_others()


def allowed_folders(rules: FetchSettings) -> tuple[Path, ...]:
    """The desk's folders for local files, else the current folder and the home folder."""
    folders = [f.strip() for f in rules.file_folders.split(os.pathsep) if f.strip()]
    return tuple(Path(f).expanduser() for f in folders) or (Path.cwd(), Path.home())


def fetch_options(store_url: str, options: FetchOptions | None = None) -> FetchOptions:
    """``options`` (or the defaults) with the desk's rule on private addresses applied.

    The rule wins over whatever ``options`` says: it is the desk's, not the caller's.
    """
    from factcheck.sources.fetch import FetchOptions

    rules = load_settings().fetch
    hosts = {h.strip().lower() for h in rules.allow_hosts.split(",") if h.strip()}
    return dataclasses.replace(
        options or FetchOptions(),
        allow_private=private_allowed(rules, store_url),
        allow_hosts=frozenset(hosts),
    )


def check_local_file(path: Path) -> None:
    """Refuse a local file outside the desk's folders (by default here and the home folder)
    or under ``/etc``, ``/proc``, ``/sys`` or ``/dev``, before it is opened."""
    check_folder(path, allowed_folders(load_settings().fetch))

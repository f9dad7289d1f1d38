"""Where settings come from: command-line flag, then environment, then config file, then default.

The config file is TOML: ``./factcheck.toml`` or ``~/.config/factcheck/config.toml``, with keys
``db``, ``checker`` and the ``[thresholds]`` table; flags and environment always win.
"""

from __future__ import annotations

import getpass
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.errors import BadInput

DEFAULT_DB = "sqlite:///claims.db"


@dataclass(frozen=True)
class Thresholds:
    # Claims whose wording matches an stored claim this closely (0-100) are the same claim.
    claim_merge: float = 90.0
    # Near-copy sources: above confirm they merge by themselves, above suggest they are offered.
    source_confirm: float = 0.90
    source_suggest: float = 0.75
    # Prior checks from other articles shown from this similarity on (0-100).
    similar: float = 80.0


def _config_file() -> dict[str, Any]:
    for path in (Path("factcheck.toml"), Path.home() / ".config" / "factcheck" / "config.toml"):
        if path.is_file():
            try:
                return tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise BadInput(f"{path}: not valid TOML: {exc}") from exc
    return {}


def database_url(flag: str | None = None) -> str:
    """The store to open; a bare file path is taken as a SQLite file."""
    url = flag or os.environ.get("FACTCHECK_DB") or _config_file().get("db") or DEFAULT_DB
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url


def checker_name(flag: str | None = None) -> str:
    name = flag or _config_file().get("checker") or os.environ.get("FACTCHECK_CHECKER")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def thresholds() -> Thresholds:
    values = _config_file().get("thresholds", {})
    known = set(Thresholds.__dataclass_fields__)
    unknown = set(values) - known
    if unknown:
        raise BadInput(f"config: unknown thresholds {', '.join(sorted(unknown))}")
    return Thresholds(**{k: float(v) for k, v in values.items()})

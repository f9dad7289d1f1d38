"""Where settings come from: command-line flag, then environment, then config file, then default.

The config file is TOML: ``./factcheck.toml`` or ``~/.config/factcheck/config.toml``, with keys
``db``, ``checker``, the ``[thresholds]`` table and ``[store] wait`` (seconds a writer waits for
another's write lock); flags and environment always win.  A value of the wrong type is one
line naming the key, never a traceback.
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
DEFAULT_WAIT = 10.0


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


def _text_setting(key: str) -> str | None:
    value = _config_file().get(key)
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise BadInput(f"config: {key} must be text, not {value!r}")
    return value


def database_url(flag: str | None = None) -> str:
    """The store to open; a bare file path is taken as a SQLite file."""
    url = flag or os.environ.get("FACTCHECK_DB") or _text_setting("db") or DEFAULT_DB
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url


# A checker's name is stored beside every verdict, pin and source (200 characters).
MAX_CHECKER = 200


def checker_name(flag: str | None = None) -> str:
    name = flag or _text_setting("checker") or os.environ.get("FACTCHECK_CHECKER")
    if name and len(name) > MAX_CHECKER:
        raise BadInput(f"the checker name is {len(name):,} characters (at most {MAX_CHECKER})")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _number(where: str, value: object, low: float, high: float) -> float:
    bad = BadInput(f"{where} must be a number from {low:g} to {high:g}, not {value!r}")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise bad
    try:
        number = float(value)
    except ValueError:
        raise bad from None
    if not low <= number <= high:  # also refuses nan
        raise bad
    return number


def _table(key: str) -> dict[str, Any]:
    values = _config_file().get(key, {})
    if not isinstance(values, dict):
        raise BadInput(f"config: {key} must be a table ([{key}]), not {values!r}")
    return values


def thresholds() -> Thresholds:
    values = _table("thresholds")
    known = set(Thresholds.__dataclass_fields__)
    unknown = set(values) - known
    if unknown:
        raise BadInput(f"config: unknown thresholds {', '.join(sorted(unknown))}")
    # Word similarities are 0-100, the near-copy tiers 0-1.
    ranges = {"source_confirm": 1.0, "source_suggest": 1.0}
    return Thresholds(
        **{
            k: _number(f"config: thresholds.{k}", v, 0, ranges.get(k, 100.0))
            for k, v in values.items()
        }
    )


def store_wait() -> float:
    """Seconds a writer waits for another's write lock (a long import) before giving up."""
    env = os.environ.get("FACTCHECK_WAIT")
    if env:
        return _number("FACTCHECK_WAIT", env, 0, 86_400)
    value = _table("store").get("wait")
    if value is None:
        return DEFAULT_WAIT
    return _number("config: store.wait", value, 0, 86_400)

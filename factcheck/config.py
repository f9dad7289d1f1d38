"""Settings: one value per process, resolved from flags, environment, config file and defaults.

Order, first wins: a command-line flag, then the environment (``FACTCHECK_DB``,
``FACTCHECK_CHECKER``, ``FACTCHECK_WAIT``), then the config file, then the default written on
the field below.
The config file is TOML, the first of ``./factcheck.toml`` and
``~/.config/factcheck/config.toml``; every value in it is checked when it is read, so a wrong
type, an out-of-range threshold, an unknown key or broken TOML is one line (``BadConfig``)
naming the file and the key, never a traceback in the middle of a command.

Adding a setting (the hook for later keys):

- a top-level key: a field on ``Settings`` with its default, and in its ``metadata`` the
  environment variable that may override it (``env``) if any;
- a table such as ``[fetch]``: a frozen dataclass of its keys (defaults on the fields, ranges
  in ``metadata["range"]``, an overriding environment variable in ``metadata["env"]``), and a
  field on ``Settings`` whose default is that dataclass (see ``StoreSettings``).

The loader reads both kinds from the field declarations, checks each value against the type
of the field's default (``bool``, ``int``, ``float``, ``str``) and its range, and refuses keys
it does not know.  Nothing else needs to change; front ends read ``settings.<table>.<key>``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import getpass
import os
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.errors import BadInput

DEFAULT_DB = "sqlite:///claims.db"


class BadConfig(BadInput):
    """A config file that cannot be used: broken TOML, an unknown key, a wrong value."""

    def __init__(self, path: Path | None, key: str | None, reason: str) -> None:
        where = ": ".join(str(part) for part in (path, key) if part is not None)
        # "factcheck.toml: thresholds.similar must be …", "FACTCHECK_WAIT must be …"
        super().__init__(reason, subject=where)
        self.args = (f"{where} {reason}" if key else f"{where}: {reason}",)
        self.path, self.key = path, key


@dataclass(frozen=True)
class Thresholds:
    """The ``[thresholds]`` table: how alike two things must be to be taken as one."""

    # Claims whose wording matches a stored claim this closely (0-100) are the same claim.
    claim_merge: float = field(default=90.0, metadata={"range": (0, 100)})
    # Near-copy sources: from confirm they merge by themselves, from suggest they are offered.
    source_confirm: float = field(default=0.90, metadata={"range": (0, 1)})
    source_suggest: float = field(default=0.75, metadata={"range": (0, 1)})
    # Prior checks from other articles shown from this similarity on (0-100).
    similar: float = field(default=80.0, metadata={"range": (0, 100)})

    def problem(self) -> tuple[str, str] | None:
        """A key and what is wrong with it when the values disagree with each other."""
        if self.source_suggest > self.source_confirm:
            return "source_suggest", (
                f"must not be above source_confirm ({self.source_suggest:g} > "
                f"{self.source_confirm:g})"
            )
        return None


@dataclass(frozen=True)
class StoreSettings:
    """The ``[store]`` table: how the store is used."""

    # Seconds a writer waits for another's write lock (a long import) before giving up.
    wait: float = field(default=10.0, metadata={"range": (0, 86_400), "env": "FACTCHECK_WAIT"})


@dataclass(frozen=True)
class FetchSettings:
    """The ``[fetch]`` table: where sources may come from (see `factcheck.services.access`)."""

    # "auto": private addresses are fetched for one checker's SQLite store, not for a
    # PostgreSQL store or a workbench served to others; true or false decides for the desk.
    allow_private: str = field(
        default="auto",
        metadata={"env": "FACTCHECK_ALLOW_PRIVATE", "choices": ("auto", "true", "false")},
    )
    # Host names fetched even when private (an intranet), separated by commas.
    allow_hosts: str = field(default="", metadata={"empty": True})
    # Folders local files are read from, separated by ":" (default: here and home).
    file_folders: str = field(default="", metadata={"env": "FACTCHECK_FILE_FOLDERS", "empty": True})


@dataclass(frozen=True)
class Settings:
    """Everything the front ends need to know about the desk, resolved once by ``load_settings``.

    ``config_file`` is the file the values were read from (``None``: no file was found).
    """

    db: str = field(default=DEFAULT_DB, metadata={"env": "FACTCHECK_DB"})
    # Empty means "not set": resolved to the login name by load_settings.
    checker: str = field(default="", metadata={"env": "FACTCHECK_CHECKER"})
    thresholds: Thresholds = field(default_factory=Thresholds)
    store: StoreSettings = field(default_factory=StoreSettings)
    fetch: FetchSettings = field(default_factory=FetchSettings)
    # The ``[keys]`` table: (action, key) pairs of the workbench's main screen, in the file's
    # order, e.g. ``verdict = "V"``.  Only their being text is checked here; the workbench
    # checks the actions and keys when it starts (``factcheck.tui.keys.main_keys``).
    keys: tuple[tuple[str, str], ...] = field(default=(), metadata={"keymap": True})
    config_file: Path | None = field(default=None, metadata={"internal": True})


def config_home() -> Path:
    """The user's factcheck folder: the config file, and what the workbench remembers."""
    return Path.home() / ".config" / "factcheck"


def config_paths() -> tuple[Path, ...]:
    """Where the config file is looked for, in order."""
    return (Path("factcheck.toml"), config_home() / "config.toml")


def load_settings(
    *,
    db: str | None = None,
    checker: str | None = None,
    environ: Mapping[str, str] | None = None,
    paths: Sequence[Path] | None = None,
) -> Settings:
    """The settings of this process: ``db`` and ``checker`` are the command-line flags."""
    environ = os.environ if environ is None else environ
    path = next((p for p in (config_paths() if paths is None else paths) if p.is_file()), None)
    values: dict[str, Any] = {}
    if path is not None:
        values = _from_file(path, _read_toml(path))
    flags = {"db": db, "checker": checker}
    for spec in dataclasses.fields(Settings):
        if flags.get(spec.name):
            values[spec.name] = flags[spec.name]
        elif environ.get(spec.metadata.get("env", "")):
            values[spec.name] = environ[spec.metadata["env"]]
        elif dataclasses.is_dataclass(spec.default_factory):
            table = values.get(spec.name, spec.default_factory())
            values[spec.name] = _table_from_environment(table, environ)
    settings = Settings(**values, config_file=path)
    return dataclasses.replace(
        settings, db=sqlite_url(settings.db), checker=checker_name(settings.checker)
    )


# A checker's name is stored beside every verdict, pin and source (200 characters).
MAX_CHECKER = 200


def checker_name(name: str | None) -> str:
    """``name`` (a flag, the environment, the file), checked, or the login name."""
    if name and len(name) > MAX_CHECKER:
        raise BadInput(f"the checker name is {len(name):,} characters (at most {MAX_CHECKER})")
    return name or login_name()


def sqlite_url(url: str) -> str:
    """A bare file path is taken as a SQLite file."""
    return url if "://" in url else f"sqlite:///{url}"


def login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BadConfig(path, None, f"not valid TOML: {exc}") from None
    except OSError as exc:
        raise BadConfig(path, None, f"cannot be read: {exc.strerror or exc}") from None


def _from_file(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """The keys of ``Settings`` the file sets, each checked; the first bad one is refused."""
    known = {f.name: f for f in dataclasses.fields(Settings) if not f.metadata.get("internal")}
    values: dict[str, Any] = {}
    for key, value in data.items():
        spec = known.get(key)
        if spec is None:
            raise BadConfig(path, key, f"is not a setting (known: {', '.join(sorted(known))})")
        default = spec.default_factory() if callable(spec.default_factory) else spec.default
        if spec.metadata.get("keymap"):
            values[key] = _keymap(path, key, value)
        elif dataclasses.is_dataclass(default):
            values[key] = _table(path, key, value, type(default))
        else:
            values[key] = _value(path, key, value, spec)
    return values


def _table(path: Path, name: str, data: object, kind: type) -> object:
    if not isinstance(data, dict):
        raise BadConfig(path, name, f"must be a table ([{name}]), not {_shown(data)}")
    specs = {f.name: f for f in dataclasses.fields(kind)}
    unknown = sorted(set(data) - set(specs))
    if unknown:
        raise BadConfig(
            path, f"{name}.{unknown[0]}", f"is not a setting (known: {', '.join(sorted(specs))})"
        )
    table = kind(**{k: _value(path, f"{name}.{k}", v, specs[k]) for k, v in data.items()})
    problem = getattr(table, "problem", lambda: None)()
    if problem is not None:
        raise BadConfig(path, f"{name}.{problem[0]}", problem[1])
    return table


def _keymap(path: Path, name: str, data: object) -> tuple[tuple[str, str], ...]:
    """A table of text values (``action = "key"``); what they name is the workbench's to check."""
    if not isinstance(data, dict):
        raise BadConfig(path, name, f"must be a table ([{name}]), not {_shown(data)}")
    for action, key in data.items():
        if not isinstance(key, str) or not key.strip():
            raise BadConfig(
                path, f"{name}.{action}", f'must be text (a key, e.g. "V"), not {_shown(key)}'
            )
    return tuple((action, key) for action, key in data.items())


def _table_from_environment(table: Any, environ: Mapping[str, str]) -> Any:
    """``table`` with the keys whose environment variable is set taken from it (checked)."""
    changes = {}
    for spec in dataclasses.fields(table):
        name = spec.metadata.get("env")
        if name and environ.get(name):
            raw: object = environ[name]
            if isinstance(spec.default, float):
                with contextlib.suppress(ValueError):  # else refused as "must be a number"
                    raw = float(environ[name])
            changes[spec.name] = _value(None, name, raw, spec)
    return dataclasses.replace(table, **changes)


def _value(path: Path | None, key: str, value: object, spec: dataclasses.Field) -> object:
    """``value`` checked against the type of the field's default, and its range if it has one."""
    kind = type(spec.default)
    low, high = spec.metadata.get("range", (None, None))
    wanted = {bool: "true or false", int: "a whole number", float: "a number", str: "text"}
    wants = wanted.get(kind, kind.__name__)
    if low is not None:
        wants += f" from {low:g} to {high:g}"
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    choices = spec.metadata.get("choices")
    if choices:  # a word from a list; TOML's true and false, or the words, from outside
        word = str(value).strip().lower() if isinstance(value, bool | str) else None
        if word not in choices:
            raise BadConfig(path, key, f"must be one of {', '.join(choices)}, not {_shown(value)}")
        return word
    if type(value) is not kind:
        raise BadConfig(path, key, f"must be {wants}, not {_shown(value)}")
    if low is not None and not low <= value <= high:  # type: ignore[operator]  (refuses nan)
        raise BadConfig(path, key, f"must be {wants}, not {_shown(value)}")
    if kind is str and not value.strip() and not spec.metadata.get("empty"):  # type: ignore[union-attr]
        raise BadConfig(path, key, f"must be text, not {_shown(value)}")
    return value


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"

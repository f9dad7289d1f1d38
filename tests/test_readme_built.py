"""The README's "How it is built" matches the tree: a new engineer reads it to find where a
concept lives, so every module it names exists, and every top-level module and package of
``factcheck`` is named there (a module added without a word in the map fails here)."""

from __future__ import annotations

import re

from paths import ROOT

PACKAGE = ROOT / "factcheck"


def _section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## How it is built")
    return readme[start : readme.index("\n## ", start + 1)]


def _exists(named: str) -> bool:
    # Named from the checkout or the package root ("services/queries.py"), or inside the
    # package the text is speaking of ("Inside tui/: `app.py`"): any module ending so.
    if (ROOT / named).exists():  # factcheck/text.py, tests/test_layers.py, bench/…
        return True
    if (PACKAGE / named).exists():
        return True
    return any(
        path.as_posix().endswith("/" + named) for path in PACKAGE.rglob(named.split("/")[-1])
    )


def test_every_module_the_section_names_exists() -> None:
    named = set(re.findall(r"`([\w/]+\.py)`", _section()))
    assert named, "the section names modules in `backticks`"
    missing = sorted(name for name in named if not _exists(name))
    assert missing == []


def test_every_top_level_module_and_package_is_in_the_section() -> None:
    section = _section()
    top = [
        path.name
        for path in PACKAGE.iterdir()
        if (path.suffix == ".py" and path.stem not in ("__init__", "__main__"))
        or (path.is_dir() and (path / "__init__.py").exists() and path.name != "migrations")
    ]
    unnamed = sorted(name for name in top if name.removesuffix(".py") not in section)
    assert unnamed == []


def test_every_module_of_the_front_end_and_services_is_in_the_section() -> None:
    # The layers a change starts in: each module under tui/ and services/ is named (a
    # screen or widget by its folder).
    section = _section()
    unnamed = sorted(
        path.relative_to(PACKAGE).as_posix()
        for folder in ("tui", "services")
        for path in (PACKAGE / folder).glob("*.py")
        if path.stem != "__init__" and path.stem not in section
    )
    assert unnamed == []

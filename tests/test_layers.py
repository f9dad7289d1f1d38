"""The layers of the design hold: ``lint-imports`` checks the contracts in ``pyproject.toml``
(front ends over services over the domain over the store; the domain free of sessions,
screens and the network).  Run here too, so a change that breaks a layer fails the suite
where it is made, not only in CI."""

from __future__ import annotations

import shutil
import subprocess

from paths import ROOT


def test_import_contracts_are_kept() -> None:
    lint = shutil.which("lint-imports")
    assert lint, "import-linter is in the test extras: pip install -e '.[test]'"
    done = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout

"""Settings: flags, then environment, then the config file, then defaults; bad files in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from paths import ROOT, SEED_ARTICLE

from factcheck.cli import main
from factcheck.config import BadConfig, Settings, Thresholds, load_settings


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with no config file of the user's in reach."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    monkeypatch.delenv("FACTCHECK_CHECKER", raising=False)
    return tmp_path


def write_config(folder: Path, text: str) -> Path:
    path = folder / "factcheck.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_with_nothing_set_the_defaults_hold(desk: Path) -> None:
    settings = load_settings()
    assert settings.db == "sqlite:///claims.db"
    assert settings.thresholds == Thresholds()
    assert settings.checker  # the login name
    assert settings.config_file is None


def test_the_environment_beats_the_file_for_the_checker(desk: Path) -> None:
    write_config(desk, 'checker = "from-file"\n')
    assert load_settings(environ={"FACTCHECK_CHECKER": "from-env"}).checker == "from-env"
    assert load_settings(environ={}).checker == "from-file"
    flag = load_settings(checker="from-flag", environ={"FACTCHECK_CHECKER": "from-env"})
    assert flag.checker == "from-flag"


def test_flag_then_environment_then_file_for_the_store(desk: Path) -> None:
    write_config(desk, 'db = "file.db"\n')
    assert load_settings(environ={}).db == "sqlite:///file.db"
    assert load_settings(environ={"FACTCHECK_DB": "env.db"}).db == "sqlite:///env.db"
    both = load_settings(db="flag.db", environ={"FACTCHECK_DB": "env.db"})
    assert both.db == "sqlite:///flag.db"


def test_the_wait_comes_from_the_environment_then_the_store_table(desk: Path) -> None:
    write_config(desk, "[store]\nwait = 120\n")
    assert load_settings(environ={}).store.wait == 120.0
    assert load_settings(environ={"FACTCHECK_WAIT": "2.5"}).store.wait == 2.5
    with pytest.raises(BadConfig, match="^FACTCHECK_WAIT must be a number from 0 to 86400"):
        load_settings(environ={"FACTCHECK_WAIT": "forever"})


def test_the_home_config_is_read_when_the_folder_has_none(desk: Path) -> None:
    home = desk / "home" / ".config" / "factcheck"
    home.mkdir(parents=True)
    (home / "config.toml").write_text("[thresholds]\nsimilar = 70\n", encoding="utf-8")
    settings = load_settings(environ={})
    assert settings.thresholds.similar == 70.0
    assert settings.config_file == home / "config.toml"


def test_a_verdict_is_signed_by_the_environment_checker_not_the_file(desk: Path) -> None:
    write_config(desk, 'checker = "from-file"\n')
    db = f"sqlite:///{desk / 'claims.db'}"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "import", str(SEED_ARTICLE)]).exit_code == 0
    result = runner.invoke(
        main,
        ["--db", db, "verdict", "1", "supported", "--rationale", "x"],
        env={"FACTCHECK_CHECKER": "from-env"},
    )
    assert result.exit_code == 0, result.output
    assert "by from-env" in result.output
    flagged = runner.invoke(
        main,
        ["--db", db, "verdict", "2", "supported", "--rationale", "x", "--checker", "from-flag"],
        env={"FACTCHECK_CHECKER": "from-env"},
    )
    assert flagged.exit_code == 0, flagged.output
    assert "by from-flag" in flagged.output


@pytest.mark.parametrize(
    ("text", "key", "says"),
    [
        ("checker = 12\n", "checker", "must be text, not 12"),
        ('db = " "\n', "db", "must be text"),
        ("[thresholds]\nclaim_merge = 'high'\n", "thresholds.claim_merge", "must be a number"),
        (
            "[thresholds]\nclaim_merge = 190\n",
            "thresholds.claim_merge",
            "a number from 0 to 100, not 190",
        ),
        ("[thresholds]\nsource_confirm = 1.5\n", "thresholds.source_confirm", "from 0 to 1"),
        ("[thresholds]\nsimilar = true\n", "thresholds.similar", "must be a number"),
        ("[thresholds]\nsimilar = nan\n", "thresholds.similar", "from 0 to 100"),
        (
            "[thresholds]\nsource_suggest = 0.95\n",
            "thresholds.source_suggest",
            "must not be above source_confirm",
        ),
        ("[thresholds]\nmerge = 0.5\n", "thresholds.merge", "is not a setting"),
        ("thresholds = 0.5\n", "thresholds", "must be a table"),
        ("chekcer = 'ana'\n", "chekcer", "is not a setting"),
        ("[store]\nwait = -1\n", "store.wait", "a number from 0 to 86400, not -1.0"),
    ],
)
def test_a_bad_value_names_the_file_and_the_key(desk: Path, text: str, key: str, says: str):
    path = write_config(desk, text)
    with pytest.raises(BadConfig) as caught:
        load_settings(environ={})
    assert caught.value.key == key and caught.value.path.resolve() == path
    assert str(caught.value).startswith(f"factcheck.toml: {key} ") and says in str(caught.value)


def test_broken_toml_names_the_file(desk: Path) -> None:
    write_config(desk, "[thresholds\nsimilar = 70\n")
    with pytest.raises(BadConfig) as caught:
        load_settings(environ={})
    assert caught.value.key is None
    assert str(caught.value).startswith("factcheck.toml: not valid TOML")


def run_factcheck(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(folder / "home"), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("args", [("status",), ()], ids=["a command", "the workbench"])
def test_a_bad_config_is_one_line_on_the_cli_and_before_the_workbench(desk: Path, args) -> None:
    write_config(desk, "[thresholds]\nsource_confirm = 'high'\n")
    done = run_factcheck(desk, *args)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert lines == [
        "Error: factcheck.toml: thresholds.source_confirm must be a number from 0 to 1, not 'high'"
    ]
    assert not (desk / "claims.db").exists()


def test_a_bad_key_of_the_workbench_is_one_line_before_it_opens(desk: Path) -> None:
    write_config(desk, '[keys]\nverdict = "s"\n')
    assert load_settings(environ={}).keys == (("verdict", "s"),)  # commands do not mind it
    done = run_factcheck(desk)
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == [
        "Error: factcheck.toml: keys.verdict 's' is already the key of add_source"
    ]
    assert not (desk / "claims.db").exists()


def test_settings_are_frozen() -> None:
    with pytest.raises(AttributeError):
        Settings().db = "other"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "env", "says"),
    [
        ("checker = 12\n", {}, "factcheck.toml: checker must be text, not 12"),
        ("[store]\nwait = 'long'\n", {}, "factcheck.toml: store.wait must be a number from 0"),
        (
            "[fetch]\nallow_private = 3\n",
            {},
            "factcheck.toml: fetch.allow_private must be one of auto, true, false, not 3",
        ),
        ("[fetch]\nfile_folders = 7\n", {}, "factcheck.toml: fetch.file_folders must be text"),
        ("fetch = 'yes'\n", {}, "factcheck.toml: fetch must be a table ([fetch])"),
        ("[thresholds]\nsimilar = [1]\n", {}, "factcheck.toml: thresholds.similar must be a"),
        ("", {"FACTCHECK_WAIT": "soon"}, "FACTCHECK_WAIT must be a number from 0 to 86400"),
        ("", {"FACTCHECK_ALLOW_PRIVATE": "2"}, "FACTCHECK_ALLOW_PRIVATE must be one of auto"),
    ],
    ids=["text", "number", "choice", "folders", "table", "list", "env number", "env choice"],
)
def test_each_kind_of_bad_value_is_one_line_naming_its_key(
    desk: Path, text: str, env: dict[str, str], says: str
) -> None:
    if text:
        write_config(desk, text)
    result = CliRunner().invoke(main, ["import", str(SEED_ARTICLE)], env=env)
    assert result.exit_code != 0
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"Error: {says}"), line
    assert not (desk / "claims.db").exists()

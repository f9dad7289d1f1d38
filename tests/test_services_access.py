"""The desk's rules on where sources come from, applied by every use case that fetches or
reads a file: private addresses (by store, by setting) and local folders.  The rules are
resolved once by the front end and handed down; no service reads them itself."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from paths import SEED_ARTICLE

from factcheck import services
from factcheck.cli import main
from factcheck.config import FetchSettings, load_settings
from factcheck.services.access import DEFAULT_ACCESS, Access
from factcheck.tui.app import served_to_others

PG = "postgresql+psycopg://desk@db.example/fc"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def no_desk_rules(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No rule set by the environment or a config file: the defaults decide."""
    monkeypatch.delenv("FACTCHECK_ALLOW_PRIVATE", raising=False)
    monkeypatch.delenv("FACTCHECK_FILE_FOLDERS", raising=False)
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_private_addresses_by_default(no_desk_rules: Path, monkeypatch) -> None:
    assert DEFAULT_ACCESS.fetch_options("sqlite:///claims.db").allow_private, "one SQLite file"
    assert not DEFAULT_ACCESS.fetch_options(PG).allow_private, "a desk's shared PostgreSQL store"
    served = Access(served=True)
    assert not served.fetch_options("sqlite:///claims.db").allow_private, "a served workbench"
    assert not served_to_others()
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.web_driver:WebDriver")
    assert served_to_others(), "the workbench tells it is served; the services are told"


def test_the_desk_setting_wins(no_desk_rules: Path, monkeypatch) -> None:
    (no_desk_rules / "factcheck.toml").write_text(
        '[fetch]\nallow_private = true\nallow_hosts = "Wiki.Desk.Internal, intranet"\n'
    )
    options = Access(load_settings().fetch).fetch_options(PG)
    assert options.allow_private and options.allow_hosts == {"wiki.desk.internal", "intranet"}
    monkeypatch.setenv("FACTCHECK_ALLOW_PRIVATE", "false")
    assert not Access(load_settings().fetch).fetch_options(PG).allow_private
    assert Access(FetchSettings(allow_private="true")).fetch_options(PG).allow_private
    monkeypatch.setenv("FACTCHECK_ALLOW_PRIVATE", "perhaps")
    result = run("--db", str(no_desk_rules / "c.db"), "import", "http://127.0.0.1:9/x")
    assert result.exit_code != 0
    assert "FACTCHECK_ALLOW_PRIVATE must be one of auto, true, false, not 'perhaps'" in (
        result.output
    )


def test_a_bad_fetch_table_is_one_line(no_desk_rules: Path) -> None:
    (no_desk_rules / "factcheck.toml").write_text("[fetch]\nallow_privat = true\n")
    (no_desk_rules / "a.txt").write_text(SEED_ARTICLE.read_text())
    result = run("--db", str(no_desk_rules / "c.db"), "import", "a.txt")
    assert result.exit_code != 0 and "fetch.allow_privat is not a setting" in result.output


def test_import_and_attach_of_a_private_page_are_refused_when_the_desk_says_so(
    db_url: str, page_server, monkeypatch
) -> None:
    assert run("--db", db_url, "import", str(SEED_ARTICLE)).exit_code == 0
    before = run("--db", db_url, "sources", "--format", "jsonl").output
    monkeypatch.setenv("FACTCHECK_ALLOW_PRIVATE", "false")
    url = page_server.url("/story/battery-plant")
    for args in (["import", url], ["attach", "1", url]):
        result = run("--db", db_url, *args)
        assert result.exit_code != 0
        assert result.output.strip().splitlines() == [
            f"Error: {url}: 127.0.0.1 is a private or local address; this desk does not fetch "
            "those ([fetch] allow_private)"
        ]
    assert run("--db", db_url, "sources", "--format", "jsonl").output == before
    assert len(run("--db", db_url, "articles").output.strip().splitlines()) == 1


@pytest.mark.skipif(not Path("/etc/passwd").exists(), reason="no /etc/passwd here")
def test_system_files_are_never_read(db_url: str, tmp_path: Path) -> None:
    assert run("--db", db_url, "import", str(SEED_ARTICLE)).exit_code == 0
    before = run("--db", db_url, "sources", "--format", "jsonl").output
    link = tmp_path / "notes.txt"
    link.symlink_to("/etc/passwd")
    for target in ("/etc/shadow", "/etc/passwd", str(link), "/proc/self/environ"):
        result = run("--db", db_url, "attach", "1", target)
        assert result.exit_code != 0, target
        assert len(result.output.strip().splitlines()) == 1
        assert "are never read" in result.output and "root:" not in result.output
    assert run("--db", db_url, "import", "/etc/passwd").exit_code != 0
    assert run("--db", db_url, "sources", "--format", "jsonl").output == before


def test_files_outside_the_desk_folders_are_refused(
    no_desk_rules: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "memo.txt"
    elsewhere.write_text("The mayor said the bridge cost $4 million.\n")
    inside = no_desk_rules / "memo.txt"
    inside.write_text(elsewhere.read_text())
    DEFAULT_ACCESS.check_local_file(inside)
    DEFAULT_ACCESS.check_local_file(Path(os.environ["HOME"]))
    with pytest.raises(Exception, match="outside the folders this desk reads files from"):
        DEFAULT_ACCESS.check_local_file(elsewhere)
    Access(FetchSettings(file_folders=str(elsewhere.parent))).check_local_file(elsewhere)
    db = str(no_desk_rules / "c.db")
    assert run("--db", db, "import", str(inside)).exit_code == 0
    result = run("--db", db, "import", str(elsewhere))
    assert result.exit_code != 0 and "add its folder to [fetch] file_folders" in result.output


def test_a_folder_named_in_the_environment_reaches_the_service_through_the_cli(
    no_desk_rules: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch
) -> None:
    """The CLI resolves the rules once and hands them to the use case: a folder allowed by
    FACTCHECK_FILE_FOLDERS is read, the same file is refused by a service given the defaults."""
    folder = tmp_path_factory.mktemp("desk-files")
    (folder / "memo.txt").write_text(SEED_ARTICLE.read_text())
    monkeypatch.setenv("FACTCHECK_FILE_FOLDERS", str(folder))
    db = str(no_desk_rules / "c.db")
    assert run("--db", db, "import", str(folder / "memo.txt")).exit_code == 0
    with pytest.raises(Exception, match="outside the folders this desk reads files from"):
        services.load_article(str(folder / "memo.txt"))


def test_no_service_reads_the_environment_or_the_config_file() -> None:
    """Settings are resolved once, by the front end; a service that read them again would
    ignore the command's flags."""
    root = Path(services.__file__).parent
    reads = re.compile(r"\bload_settings\b|os\.environ|os\.getenv|config_paths")
    offenders = [
        path.relative_to(root).as_posix()
        for path in root.rglob("*.py")
        if reads.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_extract_and_names_keep_to_the_desk_folders(
    no_desk_rules: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """`extract` and `names` on a file read it under the same rules as `import`: a file
    outside the desk's folders, or a system file, is refused in one line, not shown as
    claims."""
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "memo.txt"
    elsewhere.write_text("The mayor said the bridge cost $4 million.\n")
    inside = no_desk_rules / "memo.txt"
    inside.write_text(elsewhere.read_text())
    for command in ("extract", "names"):
        assert run(command, str(inside)).exit_code == 0, command
        result = run(command, str(elsewhere))
        assert result.exit_code != 0, command
        assert "add its folder to [fetch] file_folders" in result.output
        assert "bridge" not in result.output and "mayor" not in result.output
        if Path("/etc/passwd").exists():
            result = run(command, "/etc/passwd")
            assert result.exit_code != 0 and "are never read" in result.output
            assert len(result.output.strip().splitlines()) == 1

"""Keys a checker can change: the config file's ``[keys]``, in the bindings, footer and help."""

from __future__ import annotations

import pytest
from harness import make_app, settle
from textual.widgets._footer import FooterKey

from factcheck.config import BadConfig, load_settings
from factcheck.tui.screens.help import HelpScreen
from factcheck.tui.screens.verdict import VerdictDialog


def settings_with(tmp_path, db_url, keys: str):
    path = tmp_path / "factcheck.toml"
    path.write_text(f"[keys]\n{keys}\n", encoding="utf-8")
    return load_settings(db=db_url, checker="ana", environ={}, paths=[path])


@pytest.mark.anyio
async def test_an_overridden_key_acts_and_is_shown(db_url, store, claim_ids, tmp_path):
    settings = settings_with(tmp_path, db_url, 'verdict = "V"\nreport = "ctrl+e"')
    app = make_app(db_url, settings=settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = {key.action: key.key for key in app.main.query(FooterKey)}
        assert footer["verdict"] == "V" and footer["add_source"] == "s"
        await pilot.press("v")  # the old key does nothing now
        await settle(pilot)
        assert app.screen is app.main
        await pilot.press("V")
        await settle(pilot)
        assert isinstance(app.screen, VerdictDialog)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help Static").render())
        lines = {line.split()[0]: line for line in text.splitlines() if "Record a verdict" in line}
        assert list(lines) == ["V"]
        assert any(line.split()[:1] == ["ctrl+e"] for line in text.splitlines())
        await pilot.press("escape")
        await settle(pilot)
        entries = {help_text for _title, help_text, _action in app.main.palette_commands()}
        assert any("(key: V)" in entry and "verdict" in entry for entry in entries)


@pytest.mark.parametrize(
    ("keys", "where", "says"),
    [
        ('verdcit = "V"', "keys.verdcit", "is not an action of the workbench"),
        ('verdict = "ctrl+banana"', "keys.verdict", "is not a key"),
        ('verdict = "tab"', "keys.verdict", "is kept for"),
        ('verdict = "s"', "keys.verdict", "'s' is already the key of add_source"),
        ("verdict = 5", "keys.verdict", "must be text"),
    ],
)
def test_a_bad_key_is_one_line_and_the_app_does_not_start(tmp_path, db_url, keys, where, says):
    with pytest.raises(BadConfig) as caught:
        make_app(db_url, settings=settings_with(tmp_path, db_url, keys))
    assert caught.value.key == where
    assert str(caught.value).startswith(f"{tmp_path / 'factcheck.toml'}: {where} ")
    assert says in str(caught.value) and "\n" not in str(caught.value)


def test_two_keys_swapped_are_fine(tmp_path, db_url):
    app = make_app(
        db_url, settings=settings_with(tmp_path, db_url, 'verdict = "s"\nadd_source = "v"')
    )
    assert app.keys["verdict"] == "s" and app.keys["add_source"] == "v"

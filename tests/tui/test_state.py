"""The workbench's memory file: read back as written, ignored when broken, never half-written."""

from __future__ import annotations

import json

import pytest

from factcheck.tui.state import EVERY_ARTICLE, Remembered, load, save, store_key

URL = "postgresql+psycopg://desk:s3cret-pass@db.example/claims"


def test_memory_is_read_back_as_written(tmp_path):
    path = tmp_path / "deep" / "state.json"
    memory = Remembered("textual-light").with_article(URL, 7).with_article("sqlite:///b.db", None)
    memory = memory.with_order("priority")
    save(path, memory)
    again = load(path)
    assert again == memory and again.order == "priority"
    assert again.article(URL) == 7 and again.article("sqlite:///b.db") == EVERY_ARTICLE
    assert again.article("sqlite:///elsewhere.db") is None
    assert "s3cret" not in path.read_text(encoding="utf-8")  # stores by digest, not by URL
    assert [p.name for p in path.parent.iterdir()] == ["state.json"]  # no temporary left


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{not json",
        "[1, 2]",
        '{"theme": 3, "stores": []}',
        '{"stores": {"abc": {"article": true}, "def": {"article": -2}, "x": 5}}',
        '{"stores": {"abc": {"article": "12"}}}',
        '{"order": 2}',
        '{"order": ""}',
    ],
)
def test_a_broken_or_wrong_memory_is_an_empty_one(tmp_path, text):
    path = tmp_path / "state.json"
    path.write_text(text, encoding="utf-8")
    assert load(path) == Remembered()


def test_wrong_entries_are_dropped_and_good_ones_kept(tmp_path):
    path = tmp_path / "state.json"
    good = store_key(URL)
    stores = {good: {"article": 3}, "bad": {"article": 1.5}}
    path.write_text(json.dumps({"theme": "nord", "stores": stores}), encoding="utf-8")
    assert load(path) == Remembered("nord", {good: 3})


def test_no_file_and_an_unreadable_file_are_empty(tmp_path):
    assert load(tmp_path / "absent.json") == Remembered()
    assert load(tmp_path) == Remembered()  # a folder where the file should be
    assert load(None) == Remembered()
    (tmp_path / "bytes.json").write_bytes(b"\xff\xfe\x00garbage")
    assert load(tmp_path / "bytes.json") == Remembered()


def test_a_failed_write_keeps_the_previous_memory(tmp_path):
    path = tmp_path / "state.json"
    save(path, Remembered("nord"))
    with pytest.raises(TypeError):
        save(path, Remembered("x", {"k": object()}))  # type: ignore[dict-item]
    assert load(path) == Remembered("nord")
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]

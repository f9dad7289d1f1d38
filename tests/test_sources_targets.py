"""One rule for "is this a URL or a file" in every command and in the workbench."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.sources.targets import is_url


@pytest.mark.parametrize(
    ("target", "url"),
    [
        ("https://example.org/story", True),
        ("http://example.org", True),
        ("ftp://example.org/file", True),  # a URL, refused later by check_url with its reason
        ("svn+ssh://host/repo", True),
        ("C:\\articles\\story.txt", False),  # a Windows drive is a path
        ("articles/story.txt", False),
        ("story.txt", False),
        ("", False),
    ],
)
def test_a_scheme_of_two_letters_or_more_makes_a_url(target: str, url: bool) -> None:
    assert is_url(target) is url


def test_a_file_that_exists_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("notes:today.txt").write_text("x", encoding="utf-8")
    assert not is_url("notes:today.txt")
    assert is_url("notes:tomorrow.txt")


def test_a_web_address_is_http_or_https_only() -> None:
    from factcheck.sources.targets import is_web_address

    assert is_web_address("https://news.example/a") and is_web_address("http://x.example/")
    for other in ("ftp://x.example/a", "/2024/plant", "javascript:alert(1)", "", "www.x.example"):
        assert not is_web_address(other), other

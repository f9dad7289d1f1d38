"""Content-Type headers as servers really send them."""

from __future__ import annotations

import pytest

from factcheck.sources.content_type import parse_content_type


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/html; charset=UTF-8", ("text/html", "utf-8")),
        ('Text/HTML;Charset="ISO-8859-1"', ("text/html", "iso-8859-1")),
        ("text/plain; format=flowed; charset='windows-1252'", ("text/plain", "windows-1252")),
        ("application/pdf", ("application/pdf", None)),
        ("text/html; charset=", ("text/html", None)),
        ("", ("", None)),
        (None, ("", None)),
    ],
)
def test_media_type_and_charset(header, expected) -> None:
    assert parse_content_type(header) == expected

"""Outside text must show as written in every Markdown context, and never become markup."""

from __future__ import annotations

import random

import pytest
from test_report_data import NASTY, assert_safe, commonmark, inline_text, walk

from factcheck.report.escape import (
    continue_lines,
    escape_inline,
    escape_line,
    link,
    link_target,
)

# Characters that mean something to Markdown, with some that do not, for random strings.
# Vertical tab and the information separators are left out: see the dedicated test.
ALPHABET = "\\`*_[]<>&|~#!-+=.)(:;'\"/0123456789 \t\n\r\x0cabcXYZ é“”\u00a0\u2028"


def random_texts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 40))) for _ in range(count)]


def only_paragraph_text(markdown: str) -> str:
    tokens = commonmark().parse(markdown)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], markdown
    assert_safe(tokens, allowed_hrefs=set())
    return inline_text(tokens[1])


@pytest.mark.parametrize("text", [t for t in NASTY if t])
def test_a_nasty_string_is_one_paragraph_with_its_own_text(text):
    assert only_paragraph_text(escape_inline(text)) == text


@pytest.mark.parametrize("text", random_texts(400))
def test_random_markdown_punctuation_round_trips(text):
    escaped = escape_inline(text)
    if not escaped:
        return
    assert only_paragraph_text(escaped) == text


def test_a_control_character_at_a_line_edge_reads_back_as_a_space():
    # It has no character reference; in the middle of a line it passes unchanged.
    assert only_paragraph_text(escape_inline("\x0bab\x0bc\x1f")) == " ab\x0bc "


def test_the_empty_string_escapes_to_nothing():
    assert escape_inline("") == ""


@pytest.mark.parametrize("text", [t for t in NASTY if t] + random_texts(100, seed=11))
def test_inside_a_list_item_the_text_stays_in_the_item(text):
    markdown = "- **Label:** " + continue_lines(escape_inline(text), "  ") + "\n- next\n"
    tokens = commonmark().parse(markdown)
    assert_safe(tokens, allowed_hrefs=set())
    items = [t for t in tokens if t.type == "list_item_open"]
    assert len(items) == 2
    inlines = [t for t in tokens if t.type == "inline"]
    assert len(inlines) == 2
    assert inline_text(inlines[0]) == "Label: " + text
    assert inline_text(inlines[1]) == "next"


@pytest.mark.parametrize("text", [t for t in NASTY if t] + random_texts(100, seed=13))
def test_inside_a_quotation_the_text_stays_quoted(text):
    markdown = "> " + continue_lines(escape_inline(text), "> ") + "\n\nafter\n"
    tokens = commonmark().parse(markdown)
    assert_safe(tokens, allowed_hrefs=set())
    assert [t.type for t in tokens] == [
        "blockquote_open",
        "paragraph_open",
        "inline",
        "paragraph_close",
        "blockquote_close",
        "paragraph_open",
        "inline",
        "paragraph_close",
    ]
    assert inline_text(tokens[2]) == text


@pytest.mark.parametrize("text", NASTY + tuple(random_texts(100, seed=17)))
def test_a_table_cell_holds_the_text_on_one_line_and_the_row_keeps_its_cells(text):
    markdown = (
        f"| a | b | c |\n| --- | --- | --- |\n| {escape_line(text)} | {escape_line(text)} | end |\n"
    )
    tokens = commonmark().parse(markdown)
    assert_safe(tokens, allowed_hrefs=set())
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) == 3
    body = [inline_text(t) for t in tokens if t.type == "inline"][3:]
    assert body == [" ".join(text.split()), " ".join(text.split()), "end"]
    assert sum(1 for t in tokens if t.type == "tr_open") == 2


@pytest.mark.parametrize("text", [t for t in NASTY if t.strip()])
def test_a_heading_holds_the_text_and_nothing_else(text):
    tokens = commonmark().parse(f"## Claim: {escape_line(text)}\n")
    assert [t.type for t in tokens] == ["heading_open", "inline", "heading_close"]
    assert inline_text(tokens[1]) == "Claim: " + " ".join(text.split())


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:x",
        "file:///etc/passwd",
        "ftp://files.example/x",
        "//evil.example/x",
        "/relative/path",
        "http://",
        "https://[::1",
        "",
    ],
)
def test_only_http_urls_become_links(url):
    assert link_target(url) is None
    tokens = commonmark().parse(link(url) + "\n") if url.strip() else []
    assert_safe(tokens, allowed_hrefs=set())
    if tokens:
        assert inline_text(tokens[1]) == " ".join(url.split())


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("https://example.com/a", "https://example.com/a"),
        ("HTTP://Example.com/a?b=1&c=2#f", "HTTP://Example.com/a?b=1&c=2#f"),
        ("https://example.com/a b(c)<d>", "https://example.com/a%20b%28c%29%3Cd%3E"),
        (
            "https://example.com/x)](javascript:alert(1))",
            "https://example.com/x%29%5D%28javascript:alert%281%29%29",
        ),
        ('https://example.com/a\\b"c`d', "https://example.com/a%5Cb%22c%60d"),
        ("https://example.com/?q=&amp;x", "https://example.com/?q=&amp;x"),
        ("https://example.com/a\nb\tc", "https://example.com/a%0Ab%09c"),
    ],
)
def test_an_http_url_links_exactly_where_it_says(url, href):
    tokens = commonmark().parse(f"see {link(url)} now\n")
    hrefs = assert_safe(tokens, allowed_hrefs={href})
    assert hrefs == [href]
    children = tokens[1].children
    shown = "".join(c.content for c in children if c.type == "text")
    assert shown == "see " + " ".join(url.split()) + " now"


def test_a_link_with_text_shows_the_text():
    tokens = commonmark().parse(link("https://example.com/", "*Title* [x]") + "\n")
    assert assert_safe(tokens, {"https://example.com/"}) == ["https://example.com/"]
    assert inline_text(tokens[1]) == "*Title* [x]"


def test_no_nasty_string_yields_a_token_of_markup():
    for text in NASTY:
        tokens = commonmark().parse(escape_inline(text) + "\n")
        kinds = {t.type for t in walk(tokens)}
        assert kinds <= {"paragraph_open", "inline", "paragraph_close", "text", "hardbreak"}, (
            text,
            kinds,
        )

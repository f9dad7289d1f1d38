"""The editor's Markdown report, read back through markdown-it-py."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC

import pytest
from test_report_data import (
    NASTY,
    assert_safe,
    build_report,
    commonmark,
    hostile_report,
    inline_text,
)

from factcheck.report.escape import link_target
from factcheck.report.markdown import paginate, render_markdown

SOURCE_HREFS = {
    "https://www.anthropic.com/news/claude-code-revenue",
    "http://anthropic.com/news/claude-code-revenue?utm_source=x",
    "https://news.example/wire/claude-code",
    "https://github.blog/2022-06-21-github-copilot-is-generally-available/",
    "https://archive.example/deal%20%282025%29/%3Cpage%3E%20x",
}
ALL_HREFS = SOURCE_HREFS | {
    "https://www.wired.com/story/openai-codex-race-claude-code/",
    "https://desk.example/reports/7",
}


def parse(data, **options):
    return commonmark().parse(render_markdown(data, **options))


def headings(tokens, level: int) -> list[str]:
    tag = f"h{level}"
    return [
        inline_text(tokens[i + 1])
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == tag
    ]


def section(tokens, title: str) -> list:
    """The tokens under the h2 called `title`, up to the next h2."""
    start = next(
        i
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == "h2" and inline_text(tokens[i + 1]) == title
    )
    end = next(
        (
            i
            for i, t in enumerate(tokens[start + 3 :], start + 3)
            if t.type == "heading_open" and t.tag == "h2"
        ),
        len(tokens),
    )
    return tokens[start + 3 : end]


def texts(tokens) -> list[str]:
    return [inline_text(t) for t in tokens if t.type == "inline"]


def test_the_report_has_its_sections_in_order():
    tokens = parse(build_report())
    assert headings(tokens, 1) == [
        "Fact-check report: Inside OpenAI’s Race to Catch Up to Claude Code"
    ]
    assert headings(tokens, 2) == ["Summary", "Needs correction", "Claims", "Sources"]


def test_the_header_says_who_checked_and_when():
    header = texts(commonmark().parse(render_markdown(build_report())))[:9]
    assert "Byline: Maxwell Zeff" in header
    assert "Report made: 2026-03-03 12:00 UTC" in header
    assert "Checked by: ana, ben, carla" in header
    assert "Published: 2026-02-26" in header


def test_the_summary_table_counts_each_rating_in_scale_order_then_unchecked():
    tokens = section(parse(build_report()), "Summary")
    rows, row = [], None
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append(inline_text(token))
        elif token.type == "tr_close":
            rows.append(row)
            row = None
    assert all(len(r) == 3 for r in rows)
    assert [(r[0], r[2]) for r in rows] == [
        ("Rating", "Claims"),
        ("supported", "1"),
        ("mostly-supported", "1"),
        ("misleading", "1"),
        ("refuted", "1"),
        ("unverifiable", "1"),
        ("opinion", "1"),
        ("unchecked", "1"),
        ("total", "7"),
    ]
    prose = texts(tokens)[-1]
    assert prose.startswith("6 of 7 claims checked (86%); 2 need correction.")
    assert "6 sources, 5 independent" in prose


def test_needs_correction_lists_only_misleading_and_refuted_claims_with_their_fix():
    tokens = section(parse(build_report()), "Needs correction")
    assert headings(tokens, 3) == ["Correction for claim 11", "Correction for claim 15"]
    lines = texts(tokens)
    assert "more than $2.5 billion in annualized revenue" in lines
    assert "What is wrong: Anthropic said $2.1 billion, not $2.5 billion." in lines
    assert "Suggested correction: more than $2 billion in annualized revenue" in lines
    assert "Numbers: claim $2.5 billion, source $2.1 billion" in lines
    assert "Claude Code reached $2.1 billion | wire" in lines


def test_no_claim_to_correct_is_said_in_words():
    data = build_report()
    data = replace(data, claims=tuple(c for c in data.claims if c.id not in (11, 15)))
    assert texts(section(parse(data), "Needs correction")) == ["No claim needs correction."]


def test_every_claim_is_quoted_under_its_own_heading_in_article_order():
    data = build_report()
    tokens = section(parse(data, all_claims=True), "Claims")
    assert headings(tokens, 3) == [f"Claim {c.id}" for c in data.claims]
    for claim in data.claims:
        at = next(
            i
            for i, t in enumerate(tokens)
            if t.type == "inline" and inline_text(t) == f"Claim {claim.id}"
        )
        assert tokens[at + 2].type == "blockquote_open"
        assert inline_text(tokens[at + 4]) == claim.text


def test_a_claim_shows_rating_kind_speaker_rationale_sources_and_history():
    lines = texts(section(parse(build_report(), all_claims=True), "Claims"))
    assert "Speaker: Sam Altman" in lines
    assert "Rating: opinion (not a factual claim after all)" in lines
    assert "Rating: unchecked (no verdict yet)" in lines
    assert "Sources: [1], [2] (1 independent)" in lines
    assert "Checked by: ben on 2026-03-02 10:00 UTC" in lines
    assert (
        "mostly-supported by ana on 2026-03-01 10:00 UTC: Close enough at first reading." in lines
    )
    assert "Evidence 3, from [3] GitHub Copilot is generally available, match 0.90:" in lines
    assert "GitHub Copilot is generally available to all\ndevelopers" in lines


def test_unchecked_claims_are_counted_and_listed_by_id_and_first_words():
    data = build_report()
    [waiting] = [c for c in data.claims if c.verdict is None]
    long = replace(waiting, text="One two three four five six seven eight nine ten eleven.")
    data = replace(data, claims=tuple(long if c is waiting else c for c in data.claims))
    tokens = section(parse(data), "Claims")
    checked = [f"Claim {c.id}" for c in data.claims if c.verdict is not None]
    assert headings(tokens, 3) == checked  # the unchecked one has no block of its own
    lines = texts(tokens)
    assert "1 claim has no verdict yet, listed by id and first words:" in lines
    assert f"claim {waiting.id}: One two three four five six seven eight…" in lines
    assert "nine ten eleven" not in render_markdown(data)


def test_a_verdict_with_a_correction_needs_correction_whatever_its_rating():
    data = build_report()
    [fine] = [c for c in data.claims if c.verdict is not None and c.verdict.rating == "supported"]
    fixed = replace(
        fine,
        verdict=replace(fine.verdict, rating="mostly-supported", correction="Say 2,100 staff."),
    )
    data = replace(data, claims=tuple(fixed if c is fine else c for c in data.claims))
    tokens = section(parse(data), "Needs correction")
    assert f"Correction for claim {fine.id}" in headings(tokens, 3)
    assert "Suggested correction: Say 2,100 staff." in texts(tokens)
    summary = texts(section(parse(data), "Summary"))[-1]
    assert "; 3 need correction." in summary


def test_sources_are_listed_by_number_with_archive_and_syndication():
    tokens = section(parse(build_report()), "Sources")
    lines = texts(tokens)
    heads = [line for line in lines if line.startswith("[")]
    assert heads == [
        "[1] Anthropic reports Claude Code revenue, Anthropic",
        "[2] Claude Code revenue (wire copy), Newswire",
        "[3] GitHub Copilot is generally available, GitHub Blog",
        "[4] Phone call with IBM investor relations (note)",
        "[5] Windsurf deal (archive), Example (Archive)",
        "[6] Script pretending to be a page, evil",
    ]
    assert "Syndication: copy of [1]: not counted as independent" in lines
    assert "Archive SHA-256: " + "a" * 64 in lines
    assert "Accessed: 2026-03-01 08:15 UTC" in lines
    assert "URL: javascript:alert(1)" in lines


def test_links_are_exactly_the_http_urls_of_article_report_and_sources():
    tokens = parse(build_report())
    assert set(assert_safe(tokens, ALL_HREFS)) == ALL_HREFS
    assert link_target("javascript:alert(1)") is None


def test_same_data_gives_the_same_bytes_whatever_the_source_order():
    data = build_report()
    shuffled = replace(data, sources=tuple(reversed(data.sources)))
    assert render_markdown(data) == render_markdown(data) == render_markdown(shuffled)


def test_naive_times_are_read_as_utc():
    data = build_report()
    naive = replace(data, generated_at=data.generated_at.astimezone(UTC).replace(tzinfo=None))
    assert render_markdown(naive) == render_markdown(data)


def test_an_empty_article_still_renders():
    data = replace(build_report(url=None), claims=(), sources=())
    lines = texts(parse(data))
    summary = next(line for line in lines if "claims checked" in line)
    assert summary.startswith("0 of 0 claims checked (no claims); 0 need correction.")
    assert "No sources." in lines


@pytest.mark.parametrize("nasty", NASTY)
def test_outside_text_cannot_change_the_structure(nasty):
    data = hostile_report(nasty)
    tokens = parse(data)
    allowed = ALL_HREFS | {"https://ok.example/page"}
    assert_safe(tokens, allowed)
    # The same headings as without the nasty text: nothing opened a section of its own.
    assert headings(tokens, 2) == ["Summary", "Needs correction", "Claims", "Sources"]
    assert headings(tokens, 3)[-1] == "Claim 99"
    title = " ".join(nasty.split()) or "(untitled)"
    assert headings(tokens, 1) == ["Fact-check report: " + title]
    assert sum(1 for t in tokens if t.type == "table_open") == 1
    assert all(
        sum(1 for t in row if t.type in ("td_open", "th_open")) == 3 for row in _rows(tokens)
    )
    claims = section(tokens, "Claims")
    at = next(
        i for i, t in enumerate(claims) if t.type == "inline" and inline_text(t) == "Claim 99"
    )
    assert inline_text(claims[at + 4]) == nasty
    lines = texts(claims)
    assert "Rationale: " + (nasty or "none given") in lines
    assert "Suggested correction: " + nasty in lines or not nasty
    assert "Speaker: " + nasty in lines or not nasty
    assert nasty in lines or not nasty  # the evidence passage


def _rows(tokens):
    row = []
    for token in tokens:
        if token.type == "tr_open":
            row = []
        row.append(token)
        if token.type == "tr_close":
            yield row


@pytest.mark.parametrize("nasty", NASTY)
def test_pages_are_whole_markdown_and_join_into_the_report(nasty):
    """The preview's pages: each parses to the blocks it holds of the report, never half of
    one, whatever outside text holds (multi-line rationales and claims included)."""
    data = hostile_report(f"{nasty}\n# not a heading\n- not an item")
    report = render_markdown(data, all_claims=True)
    pages = paginate(report, lines=8)
    assert len(pages) > 3 and "".join(pages) == report
    whole = [t.type for t in commonmark().parse(report) if t.level == 0]
    cut = [t.type for page in pages for t in commonmark().parse(page) if t.level == 0]
    # Cut between items, a list becomes two lists: the same blocks, with one more list.
    assert [t for t in cut if "list" not in t] == [t for t in whole if "list" not in t]
    for page in pages[1:]:
        assert page.startswith(("#", "- "))


def test_a_short_last_page_joins_the_one_before():
    report = "".join(f"## part {n}\n\ntext\n\n" for n in range(9)) + "## end\n"
    pages = paginate(report, lines=12)  # three parts a page, and the end alone after them
    assert len(pages) == 3 and pages[-1] == "## part 6\n\ntext\n\n## part 7\n\ntext\n\n" + (
        "## part 8\n\ntext\n\n## end\n"
    )
    assert paginate("", lines=12) == ("",)

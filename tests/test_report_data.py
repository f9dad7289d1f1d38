"""Report data built by hand from the seed article, and tests of what every format shares.

Other report tests import `build_report` and `NASTY` from here (pytest puts tests/ on the
path), so all formats are checked against the same claims, verdicts and sources.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from factcheck.checks import number_from_json, quote_from_json
from factcheck.report.data import (
    ReportArticle,
    ReportClaim,
    ReportData,
    ReportEvidence,
    ReportSource,
    ReportVerdict,
)
from factcheck.report.tally import SourceIndex, rating_table, tally

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "seed.txt"

# Strings that would break a careless renderer: markup, HTML, links, block starts.
NASTY = (
    "a | b | c",
    "*bold* _it_ **x** __y__",
    "# heading",
    "## not a heading ##",
    "`code` and ```fence```",
    "<script>alert(1)</script>",
    "<b onmouseover=alert(1)>x</b> &amp; &#60;",
    "[link](javascript:alert(1))",
    "![img](http://evil.example/x.png)",
    "<http://auto.example>",
    "line one\nline two",
    "> quoted",
    "- item",
    "+ item",
    "1. first",
    "12) twelfth",
    "text\n===",
    "text\n---",
    "***",
    "    indented code",
    "  spaced  ",
    "\n\nblank lines\n\n\nbetween\n",
    "tab\tinside\r\nwindows",
    "trailing backslash \\",
    "\\| escaped pipe",
    "[^c1]: a fake footnote",
    "[ref]: http://evil.example",
    "~~strike~~ ~~~",
    "| --- | --- |",
    "é “quotes” — dash\u00a0nbsp",
    "",
)


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def paragraph_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def verdict(
    rating: str,
    rationale: str,
    correction: str | None = None,
    *,
    checker: str = "ana",
    day: int = 2,
) -> ReportVerdict:
    return ReportVerdict(rating, rationale, correction, checker, datetime(2026, 3, day, 10, 0))


def build_report(url: str | None = "https://desk.example/reports/7") -> ReportData:
    """Seven claims of the seed article: every rating once, one unchecked, one re-rated."""
    text = seed_text()
    article = ReportArticle(
        id=7,
        title="Inside OpenAI’s Race to Catch Up to Claude Code",
        byline="Maxwell Zeff",
        url="https://www.wired.com/story/openai-codex-race-claude-code/",
        published=date(2026, 2, 26),
        text=text,
    )
    sources = (
        ReportSource(
            1,
            101,
            "Anthropic reports Claude Code revenue",
            "Anthropic",
            "https://www.anthropic.com/news/claude-code-revenue",
            datetime(2026, 3, 1, 8, 15, tzinfo=UTC),
            date(2026, 2, 12),
            (
                "https://www.anthropic.com/news/claude-code-revenue",
                "http://anthropic.com/news/claude-code-revenue?utm_source=x",
            ),
            "a" * 64,
        ),
        # A syndicated copy of source 1: it adds a URL, not independent support.
        ReportSource(
            2,
            102,
            "Claude Code revenue (wire copy)",
            "Newswire",
            "https://news.example/wire/claude-code",
            datetime(2026, 3, 1, 8, 20),
            None,
            (),
            "b" * 64,
            copies_of=101,
        ),
        ReportSource(
            3,
            103,
            "GitHub Copilot is generally available",
            "GitHub Blog",
            "https://github.blog/2022-06-21-github-copilot-is-generally-available/",
            datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
            date(2022, 6, 21),
            (),
            "c" * 64,
        ),
        ReportSource(
            4,
            104,
            "Phone call with IBM investor relations",
            None,
            None,
            None,
            None,
            (),
            None,
            kind="note",
        ),
        ReportSource(
            5,
            105,
            "Windsurf deal (archive)",
            "Example (Archive)",
            "https://archive.example/deal (2025)/<page> x",
            datetime(2026, 3, 1, 9, 5, tzinfo=UTC),
            None,
            (),
            "d" * 64,
        ),
        ReportSource(
            6,
            106,
            "Script pretending to be a page",
            "evil",
            "javascript:alert(1)",
            datetime(2026, 3, 1, 9, 6, tzinfo=UTC),
        ),
    )

    def claim(cid: int, phrase: str, **fields: object) -> ReportClaim:
        start, end = at(text, phrase)
        return ReportClaim(cid, phrase, start, end, paragraph=paragraph_of(text, start), **fields)  # type: ignore[arg-type]

    refuted = verdict(
        "refuted",
        "Anthropic said $2.1 billion, not $2.5 billion.",
        "more than $2 billion in annualized revenue",
        checker="ben",
    )
    claims = (
        claim(
            11,
            "more than $2.5 billion in annualized revenue",
            kind="number",
            score=0.93,
            verdict=refuted,
            history=(verdict("mostly-supported", "Close enough at first reading.", day=1), refuted),
            evidence=(
                ReportEvidence(
                    1,
                    101,
                    "Claude Code reached $2.1 billion in annualized revenue in February.",
                    120,
                    180,
                    0.88,
                    # a check stored as a sentence, as older versions stored them
                    (number_from_json("claim $2.5 billion, source $2.1 billion"),),
                ),
                ReportEvidence(2, 102, "Claude Code reached $2.1 billion | wire", 5, 40, 0.85),
            ),
            source_ids=(101, 102),
        ),
        claim(
            12,
            "When GitHub Copilot launched publicly in June 2022",
            kind="date/event",
            score=0.81,
            verdict=verdict("supported", "GitHub's announcement is dated June 21."),
            history=(verdict("supported", "GitHub's announcement is dated June 21."),),
            evidence=(
                ReportEvidence(
                    3, 103, "GitHub Copilot is generally available to all\ndevelopers", 0, 60, 0.9
                ),
            ),
            source_ids=(103,),
        ),
        claim(
            13,
            "gained more than 100 million users in two months",
            kind="number",
            score=0.9,
            verdict=verdict("mostly-supported", "Estimates, not company figures.", checker="carla"),
        ),
        claim(
            14,
            "“First to market is worth a lot,”",
            kind="quote",
            speaker="Sam Altman",
            verdict=verdict("opinion", "A judgement, not a fact."),
        ),
        claim(
            15,
            "buying the AI coding startup Windsurf for $3 billion",
            kind="number",
            verdict=verdict(
                "misleading",
                "The deal never closed.",
                "had agreed to buy Windsurf for $3 billion, a deal that fell apart",
            ),
            evidence=(
                ReportEvidence(
                    4, 105, "agreed to acquire Windsurf for about $3 billion", quote_check=None
                ),
            ),
            source_ids=(105, 106),
        ),
        claim(
            16,
            "IBM’s stock had its worst day in 25 years",
            kind="number",
            verdict=verdict("unverifiable", "IBM would not confirm; no market data to hand."),
            source_ids=(104,),
        ),
        claim(17, "the $11 billion productivity startup Notion", kind="number", score=0.6),
    )
    return ReportData(
        article=article,
        claims=claims,
        sources=sources,
        generated_at=datetime(2026, 3, 3, 12, 0, 5, tzinfo=UTC),
        url=url,
        publisher="Example Research Desk",
    )


def hostile_report(nasty: str) -> ReportData:
    """The sample report with `nasty` in every text field that comes from outside."""
    data = build_report()
    article = replace(data.article, title=nasty, byline=nasty)
    v = ReportVerdict("refuted", nasty, nasty, nasty, WHEN)
    claim = ReportClaim(
        99,
        nasty,
        None,
        None,
        kind=nasty,
        speaker=nasty,
        verdict=v,
        history=(v,),
        evidence=(
            ReportEvidence(
                9,
                201,
                nasty,
                number_checks=(number_from_json(nasty),),
                quote_check=quote_from_json(nasty),
            ),
        ),
        source_ids=(201,),
    )
    source = ReportSource(9, 201, nasty, nasty, "https://ok.example/page", WHEN, text_hash=nasty)
    return replace(
        data, article=article, claims=(*data.claims, claim), sources=(*data.sources, source)
    )


def test_tally_counts_every_rating_once_and_the_unchecked_claim():
    data = build_report()
    counts = tally(data, rating_table(data))
    assert [(r.name, n) for r, n in counts.counts] == [
        ("supported", 1),
        ("mostly-supported", 1),
        ("misleading", 1),
        ("refuted", 1),
        ("unverifiable", 1),
        ("opinion", 1),
    ]
    assert (counts.unchecked, counts.total, counts.checked) == (1, 7, 6)
    assert counts.checkers == ("ana", "ben", "carla")


def test_a_rating_missing_from_the_scale_is_counted_after_the_scale():
    data = build_report()
    odd = replace(data.claims[-1], verdict=verdict("half-true", "Desk-specific rating."))
    data = replace(data, claims=(*data.claims[:-1], odd))
    counts = tally(data, rating_table(data))
    assert counts.counts[-1][0].name == "half-true"
    assert counts.counts[-1][1] == 1
    assert counts.unchecked == 0


def test_a_syndicated_copy_is_not_an_independent_source():
    index = SourceIndex(build_report().sources)
    assert index.original(102) == 101
    assert index.independent((101, 102)) == 1
    assert index.independent((101, 102, 103)) == 2


def test_a_loop_of_copies_counts_once_and_terminates():
    base = build_report().sources
    looped = (replace(base[0], copies_of=102), base[1], base[2])
    index = SourceIndex(looped)
    assert index.original(101) == index.original(102) == 101
    assert index.independent((101, 102, 103)) == 2


# --- Reading rendered Markdown back, for the format tests -------------------------------


def commonmark():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def with_footnotes():
    from mdit_py_plugins.footnote import footnote_plugin

    return commonmark().use(footnote_plugin)


def walk(tokens):
    """Every token, inline children included, in document order."""
    for token in tokens:
        yield token
        if token.children:
            yield from walk(token.children)


def inline_text(token) -> str:
    """The text a reader sees in an inline token: breaks as newlines, markup dropped."""
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("hardbreak", "softbreak"):
            parts.append("\n")
    return "".join(parts)


def assert_safe(tokens, allowed_hrefs) -> list[str]:
    """No HTML, no images, and links only to the expected http(s) URLs; returns the hrefs."""
    hrefs = []
    for token in walk(tokens):
        assert token.type not in ("html_inline", "html_block", "image"), token
        if token.type == "link_open":
            href = token.attrs["href"]
            assert href.lower().startswith(("http://", "https://")), href
            assert href in allowed_hrefs, href
            hrefs.append(href)
    return hrefs


def test_walk_and_inline_text_read_back_what_markdown_it_parses():
    tokens = commonmark().parse("a *b*\\\nc <i>x</i> [l](http://h.example)\n")
    assert inline_text(tokens[1]) == "a b\nc x l"
    assert [t.type for t in walk(tokens)].count("html_inline") == 2

"""The annotated article: the writer's text, claims in bold with a note, read back."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_report_data import (
    NASTY,
    assert_safe,
    build_report,
    commonmark,
    inline_text,
    walk,
    with_footnotes,
)

from factcheck.report.annotate import place_claims, render_annotated
from factcheck.report.data import ReportClaim

ARTICLE_HREF = "https://www.wired.com/story/openai-codex-race-claude-code/"


def article_section(tokens) -> list:
    start = next(
        i for i, t in enumerate(tokens) if t.type == "inline" and inline_text(t) == "Article"
    )
    end = next(
        (
            i
            for i, t in enumerate(tokens[start:], start)
            if t.type == "heading_open" and t.tag == "h2" and i > start + 1
        ),
        None,
    )
    if end is None:
        end = next(i for i, t in enumerate(tokens) if t.type == "footnote_block_open")
    return tokens[start + 2 : end]


def bold_texts(tokens) -> list[str]:
    found, inside = [], None
    for token in walk(tokens):
        if token.type == "strong_open":
            inside = []
        elif token.type == "strong_close":
            found.append("".join(inside))
            inside = None
        elif inside is not None and token.type == "text":
            inside.append(token.content)
    return found


def refs(tokens) -> list[str]:
    return [t.meta["label"] for t in walk(tokens) if t.type == "footnote_ref"]


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def test_every_claim_is_bold_with_its_note_in_text_order():
    data = build_report()
    tokens = with_footnotes().parse(render_annotated(data))
    body = article_section(tokens)
    by_start = sorted(data.claims, key=lambda c: c.start)
    assert bold_texts(body) == [c.text for c in by_start]
    assert refs(body) == [f"c{c.id}" for c in by_start]
    assert_safe(tokens, {ARTICLE_HREF})


def test_the_article_text_reads_back_unchanged_paragraph_by_paragraph():
    data = build_report()
    body = article_section(with_footnotes().parse(render_annotated(data)))
    shown = [inline_text(t) for t in body if t.type == "inline"]
    assert shown == paragraphs(data.article.text)


def test_the_notes_give_rating_rationale_and_correction():
    tokens = with_footnotes().parse(render_annotated(build_report()))
    notes = {}
    label = None
    for token in tokens:
        if token.type == "footnote_open":
            label = token.meta["label"]
        elif token.type == "inline" and label is not None:
            notes[label] = inline_text(token)
    assert notes["c11"] == (
        "Claim 11: refuted (the sources contradict it; a correction is suggested), by ben on"
        " 2026-03-02 10:00 UTC.\nWhy: Anthropic said $2.1 billion, not $2.5 billion.\n"
        "Suggested correction: more than $2 billion in annualized revenue"
    )
    assert notes["c17"] == "Claim 17: unchecked (no verdict yet)."
    assert len(notes) == 7


def test_without_the_footnote_extension_nothing_becomes_a_link():
    # A note must not read as a link reference definition to a plain CommonMark renderer.
    tokens = commonmark().parse(render_annotated(build_report()))
    assert_safe(tokens, {ARTICLE_HREF})


def test_bad_offsets_are_listed_after_the_article_not_marked():
    data = build_report()
    text_len = len(data.article.text)
    first = data.claims[0]
    bad = (
        ReportClaim(90, "no offsets", None, None),
        ReportClaim(91, "out of range", text_len - 3, text_len + 40),
        ReportClaim(92, "backwards", 50, 10),
        ReportClaim(93, "not these words", 0, 15),
        # Inside claim 11: the text matches, the place is taken.
        ReportClaim(94, "billion in annualized revenue", first.end - 29, first.end),
        ReportClaim(95, "negative", -5, 3),
    )
    data = replace(data, claims=data.claims + bad)
    placed, unplaced = place_claims(data)
    assert [u.claim.id for u in unplaced] == [90, 91, 92, 93, 94, 95]
    assert "overlaps claim 11" in unplaced[4].reason
    tokens = with_footnotes().parse(render_annotated(data))
    lines = [inline_text(t) for t in tokens if t.type == "inline"]
    assert "Claims not marked in the text" in lines
    assert "“no offsets” (no place in the article recorded)" in lines
    assert len(refs(tokens)) == len(data.claims)


def test_a_claim_across_two_paragraphs_is_marked_in_both_with_one_note():
    data = build_report()
    text = data.article.text
    cut = text.index("\n")
    start, end = cut - 20, cut + 25
    claim = ReportClaim(50, text[start:end], start, end)
    data = replace(data, claims=(claim,))
    body = article_section(with_footnotes().parse(render_annotated(data)))
    assert bold_texts(body) == [text[start:cut], text[cut + 1 : end]]
    assert refs(body) == ["c50"]
    shown = [inline_text(t) for t in body if t.type == "inline"]
    assert shown[:2] == paragraphs(text)[:2]


def test_same_data_same_bytes():
    data = build_report()
    assert render_annotated(data) == render_annotated(data)


def test_a_hostile_article_shows_as_written():
    data = build_report()
    nasty_lines = [n.replace("\n", " ").replace("\r", " ") for n in NASTY if n.strip()]
    text = "\n".join(nasty_lines)
    # Mark a claim on each line that has a word long enough to find.
    claims, offset = [], 0
    for number, line in enumerate(nasty_lines):
        words = [w for w in line.split() if len(w) > 3]
        if words:
            start = offset + line.index(words[0])
            claims.append(ReportClaim(200 + number, words[0], start, start + len(words[0])))
        offset += len(line) + 1
    data = replace(data, article=replace(data.article, text=text, title="t"), claims=tuple(claims))
    tokens = with_footnotes().parse(render_annotated(data))
    assert_safe(tokens, {ARTICLE_HREF})
    body = article_section(tokens)
    assert [t.type for t in body if t.level == 0] == ["paragraph_open", "paragraph_close"] * len(
        nasty_lines
    )
    assert [inline_text(t) for t in body if t.type == "inline"] == [
        line.strip() for line in nasty_lines
    ]
    assert len(refs(body)) == len(claims)


@pytest.mark.parametrize("nasty", NASTY)
def test_hostile_rationales_stay_in_their_note(nasty):
    data = build_report()
    claim = data.claims[0]
    verdict = replace(claim.verdict, rationale=nasty, correction=nasty, checker=nasty)
    data = replace(data, claims=(replace(claim, verdict=verdict),))
    tokens = with_footnotes().parse(render_annotated(data))
    assert_safe(tokens, {ARTICLE_HREF})
    notes = [t for t in tokens if t.type == "footnote_open"]
    assert len(notes) == 1
    inside = tokens[tokens.index(notes[0]) :]
    text = next(inline_text(t) for t in inside if t.type == "inline")
    assert ("Why: " + (nasty or "no rationale given")) in text

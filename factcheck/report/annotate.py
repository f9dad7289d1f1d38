"""The article as the writer knows it, with every claim marked and a note giving its verdict.

This is what a research desk hands back: the text itself, each claim in bold followed by a
footnote reference ``[^c<id>]``, each fact inside a claim in italics, and footnotes saying
the rating, why, the suggested correction, and every fact with its tick.  Footnotes are the
GitHub / markdown-it-py (mdit-py-plugins) kind; a plain CommonMark renderer shows them as
text, still safely escaped.

The article text is outside text like any other and is escaped the same way.  Offsets come
from extraction or import and can be wrong: a claim whose offsets are missing, out of range,
overlap an earlier claim, or point at different words is not marked in the text; it is
listed after the article with its note, and the reason.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from factcheck.report.data import ReportClaim, ReportData, ReportFact
from factcheck.report.dates import human
from factcheck.report.escape import (
    continue_lines,
    escape_chars,
    escape_inline,
    escape_line,
    escape_line_start,
    link,
)
from factcheck.report.tally import needs_correction, rating_of, rating_table, tally
from factcheck.scale import UNCHECKED, Rating
from factcheck.text import counted, split_paragraphs

_NOTE_INDENT = "    "


@dataclass(frozen=True)
class _Unplaced:
    claim: ReportClaim
    reason: str


def render_annotated(data: ReportData) -> str:
    ratings = rating_table(data)
    counts = tally(data, ratings)
    placed, unplaced = place_claims(data)
    article = data.article
    out: list[str] = [f"# Annotated: {escape_line(article.title) or '(untitled)'}", ""]
    if article.byline:
        out.append("- **Byline:** " + continue_lines(escape_inline(article.byline), "  "))
    if article.url:
        out.append(f"- **Article:** {link(article.url)}")
    if article.published:
        out.append(f"- **Published:** {human(article.published)}")
    checkers = ", ".join(escape_line(name) for name in counts.checkers) or "nobody yet"
    out.append(f"- **Checked by:** {checkers}, report of {human(data.generated_at)}")
    to_correct = sum(1 for claim in data.claims if needs_correction(claim, ratings))
    if article.text:
        out += [
            "",
            f"{counted(counts.total, 'claim')} marked in bold, each followed by a note:"
            f" {counts.checked} checked, {to_correct} to correct.",
            "",
            "## Article",
            "",
        ]
        out += _paragraphs(article.text, placed)
    else:
        out += [
            "",
            f"{counted(counts.total, 'claim')} with no article text to mark them in, each"
            f" followed by a note: {counts.checked} checked, {to_correct} to correct.",
            "",
        ]
    if unplaced:
        out += ["## Claims not marked in the text", ""]
        for entry in unplaced:
            quoted = continue_lines(escape_inline(entry.claim.text), "  ")
            out.append(f"- “{quoted}”[^c{entry.claim.id}] ({entry.reason})")
        out.append("")
    for claim in data.claims:
        out += [_note(claim, ratings), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def place_claims(data: ReportData) -> tuple[list[ReportClaim], list[_Unplaced]]:
    """Claims that can be marked at their offsets (by position), and the others with why."""
    text = data.article.text
    placed: list[ReportClaim] = []
    unplaced: list[_Unplaced] = []
    candidates: list[ReportClaim] = []
    for claim in data.claims:
        start, end = claim.start, claim.end
        if start is None or end is None:
            unplaced.append(_Unplaced(claim, "no place in the article recorded"))
        elif not 0 <= start < end <= len(text):
            unplaced.append(_Unplaced(claim, "its offsets fall outside the article"))
        elif text[start:end].split() != claim.text.split() or not claim.text.strip():
            unplaced.append(_Unplaced(claim, "the article text at its offsets differs"))
        else:
            candidates.append(claim)
    last: ReportClaim | None = None
    for claim in sorted(candidates, key=lambda c: (c.start, c.end, c.id)):
        assert claim.start is not None and claim.end is not None
        if last is not None and claim.start < (last.end or 0):
            unplaced.append(_Unplaced(claim, f"it overlaps claim {last.id}"))
            continue
        placed.append(claim)
        last = claim
    order = {claim.id: i for i, claim in enumerate(data.claims)}
    unplaced.sort(key=lambda u: order[u.claim.id])
    return placed, unplaced


def _paragraphs(text: str, placed: list[ReportClaim]) -> list[str]:
    """One Markdown paragraph per line of the article, blank lines dropped."""
    spans = split_paragraphs(text)
    out: list[str] = []
    first = 0  # the first placed claim that may still reach into the current paragraph
    for index, (lo, hi) in enumerate(spans):
        next_lo = spans[index + 1][0] if index + 1 < len(spans) else len(text) + 1
        while first < len(placed) and _end(placed[first]) <= lo:
            first += 1
        pieces: list[tuple[str, ReportClaim | None, bool, int]] = []
        position = lo
        current = first
        while current < len(placed) and _start(placed[current]) < hi:
            claim = placed[current]
            start, end = _start(claim), _end(claim)
            if start > position:
                pieces.append((text[position:start], None, False, position))
            # The note reference goes after the last visible piece of the claim.
            at = max(start, position)
            pieces.append((text[at : min(end, hi)], claim, end <= next_lo, at))
            position = min(end, hi)
            current += 1
        if position < hi:
            pieces.append((text[position:hi], None, False, position))
        out += [_render_paragraph(pieces), ""]
    return out


def _start(claim: ReportClaim) -> int:
    return claim.start or 0


def _end(claim: ReportClaim) -> int:
    return claim.end or 0


def _render_paragraph(pieces: list[tuple[str, ReportClaim | None, bool, int]]) -> str:
    escaped = [
        escape_chars(raw) if claim is None else _with_facts(raw, at, claim)
        for raw, claim, _, at in pieces
    ]
    parts: list[str] = []
    for i, (_raw, claim, ends_here, _at) in enumerate(pieces):
        chunk = escaped[i]
        if claim is None:
            parts.append(chunk)
            continue
        ref = f"[^c{claim.id}]" if ends_here else ""
        before = parts[-1][-1:] if parts and parts[-1] else ""
        after = ref[:1] or (escaped[i + 1][:1] if i + 1 < len(escaped) else "")
        if chunk and _can_open(before, chunk[0]) and _can_close(chunk[-1], after):
            parts.append(f"**{chunk}**{ref}")
        else:
            parts.append(chunk + ref)
    line = "".join(parts)
    # Only text can open a block at line start; "**" and escapes cannot.
    if pieces and not line.startswith("**"):
        line = escape_line_start(line)
    return line


def _with_facts(raw: str, at: int, claim: ReportClaim) -> str:
    """A claim's text (starting at offset `at`) escaped, each fact in it set in italics
    ("_…_") where CommonMark reads the marks as emphasis; a fact inside another (a name
    inside a title) is left to the outer one, and every fact is listed in the note too."""
    parts: list[str] = []
    position = 0
    for fact in sorted(claim.facts, key=lambda f: (f.start, -f.end)):
        s, e = fact.start - at, fact.end - at
        if s < position or e > len(raw) or s >= e or raw[s:e] != fact.text:
            continue
        before = raw[s - 1] if s else ""
        after = raw[e] if e < len(raw) else ""
        if raw[s].isspace() or raw[e - 1].isspace():
            continue
        if not (before == "" or before.isspace() or _surely_punctuation(before)):
            continue
        if not (after == "" or after.isspace() or _surely_punctuation(after)):
            continue
        parts.append(escape_chars(raw[position:s]))
        parts.append(f"_{escape_chars(raw[s:e])}_")
        position = e
    parts.append(escape_chars(raw[position:]))
    return "".join(parts)


def _punctuation(ch: str) -> bool:
    """Punctuation as either CommonMark reading has it (P only, or P and S since 0.31)."""
    return unicodedata.category(ch)[0] in "PS"


def _surely_punctuation(ch: str) -> bool:
    if ch.isascii():
        return ch.isprintable() and not ch.isalnum() and not ch.isspace()
    return unicodedata.category(ch)[0] == "P"


def _can_open(before: str, first: str) -> bool:
    """Whether ``**`` between `before` and `first` opens emphasis under CommonMark's rules."""
    if first.isspace():
        return False
    if not _punctuation(first):
        return True
    return not before or before.isspace() or _surely_punctuation(before)


def _can_close(last: str, after: str) -> bool:
    if last.isspace():
        return False
    if not _punctuation(last):
        return True
    return not after or after.isspace() or _surely_punctuation(after)


def _note(claim: ReportClaim, ratings: dict[str, Rating]) -> str:
    rating = rating_of(claim.verdict, ratings)
    verdict = claim.verdict
    if rating is None or verdict is None:
        lines = [f"[^c{claim.id}]: Claim {claim.id}: {UNCHECKED} (no verdict yet)."]
    else:
        by = escape_line(verdict.checker) if verdict.checker else "unknown"
        lines = [
            f"[^c{claim.id}]: Claim {claim.id}: **{escape_line(rating.name)}**"
            f" ({escape_line(rating.meaning)}), by {by} on {human(verdict.created_at)}.",
            f"**Why:** {escape_inline(verdict.rationale) or 'no rationale given'}",
        ]
        if verdict.correction:
            lines.append(f"**Suggested correction:** {escape_inline(verdict.correction)}")
    if claim.facts:
        listed = "; ".join(_fact_entry(fact) for fact in claim.facts)
        lines.append(f"**Facts:** {listed}")
    # One paragraph with hard breaks: continuation lines are indented into the footnote.
    return continue_lines("\\\n".join(lines), _NOTE_INDENT)


def _fact_entry(fact: ReportFact) -> str:
    """ "2 date “in February” (wrong: the filing says March)" """
    entry = f"{fact.position} {escape_line(fact.kind)} “{escape_inline(fact.text)}”"
    if fact.state:
        tick = escape_line(fact.state)
        entry += f" ({tick}: {escape_inline(fact.note)})" if fact.note else f" ({tick})"
    return entry

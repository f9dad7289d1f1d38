"""The Markdown report an editor acts on: summary, what needs correction, every claim, sources.

Every piece of text that comes from outside (article, claims, rationales, web pages) goes
through `factcheck.report.escape`, so it shows as written and cannot add links, HTML or
blocks.  The output depends only on the data: same data, same bytes.

Each claim has a heading ``Claim <id>``, whose anchor on GitHub-like renderers is
``#claim-<id>``: the fragment the ClaimReview export points to.
"""

from __future__ import annotations

import math

from factcheck.checks import describe_number, describe_quote
from factcheck.report.data import ReportClaim, ReportData, ReportEvidence, ReportSource
from factcheck.report.dates import human
from factcheck.report.escape import continue_lines, escape_inline, escape_line, link
from factcheck.report.tally import (
    SourceIndex,
    Tally,
    earlier_verdicts,
    needs_correction,
    rating_of,
    rating_table,
    tally,
)
from factcheck.scale import UNCHECKED, Rating
from factcheck.text import counted

FIRST_WORDS = 8  # an unchecked claim, listed briefly, shows this many of its words


def render_markdown(data: ReportData, *, all_claims: bool = False) -> str:
    """The report; unchecked claims are counted and listed by id and first words, or given
    in full like the checked ones with ``all_claims``."""
    ratings = rating_table(data)
    sources = SourceIndex(data.sources)
    counts = tally(data, ratings)
    out: list[str] = []
    _header(out, data, counts)
    _summary(out, data, counts, ratings, sources)
    _corrections(out, data, ratings, sources)
    _claims(out, data, ratings, sources, all_claims)
    _sources(out, sources)
    return "\n".join(out).rstrip("\n") + "\n"


def _item(label: str, escaped: str, indent: str = "") -> str:
    """A bullet ``label: value``; `escaped` is already Markdown, possibly several lines."""
    return f"{indent}- **{label}:** " + continue_lines(escaped, indent + "  ")


def _quote(text: str, indent: str = "") -> str:
    return f"{indent}> " + continue_lines(escape_inline(text), indent + "> ")


def _score(value: float | None) -> str | None:
    if value is None or not math.isfinite(value):
        return None
    return f"{value:.2f}"


def _percent(share: float | None) -> str:
    return "no claims" if share is None else f"{round(share * 100)}%"


def _header(out: list[str], data: ReportData, counts: Tally) -> None:
    article = data.article
    out += [f"# Fact-check report: {escape_line(article.title) or '(untitled)'}", ""]
    if article.byline:
        out.append(_item("Byline", escape_inline(article.byline)))
    if article.url:
        out.append(_item("Article", link(article.url)))
    if article.published:
        out.append(_item("Published", human(article.published)))
    out.append(_item("Report made", human(data.generated_at)))
    checkers = ", ".join(escape_line(name) for name in counts.checkers)
    out.append(_item("Checked by", checkers or "nobody yet"))
    if data.publisher:
        out.append(_item("Published by", escape_inline(data.publisher)))
    if data.url:
        out.append(_item("Report URL", link(data.url)))
    out.append("")


def _summary(
    out: list[str],
    data: ReportData,
    counts: Tally,
    ratings: dict[str, Rating],
    sources: SourceIndex,
) -> None:
    out += ["## Summary", "", "| Rating | Meaning | Claims |", "| --- | --- | ---: |"]
    for rating, count in counts.counts:
        out.append(f"| {escape_line(rating.name)} | {escape_line(rating.meaning)} | {count} |")
    out.append(f"| {UNCHECKED} | no verdict yet | {counts.unchecked} |")
    out.append(f"| **total** |  | {counts.total} |")
    out.append("")
    to_correct = sum(1 for claim in data.claims if needs_correction(claim, ratings))
    facts = [fact for claim in data.claims for fact in claim.facts]
    if facts:
        ticked = sum(1 for fact in facts if fact.state)
        wrong = sum(1 for fact in facts if fact.state == "wrong")
        out.append(
            f"{ticked} of {counted(len(facts), 'fact')} checked, {wrong} wrong"
            " (each name, title, figure, date, work and quotation of the claims)."
        )
        out.append("")
    out.append(
        f"{counts.checked} of {counted(counts.total, 'claim')} checked"
        f" ({_percent(counts.share_checked)});"
        f" {to_correct} {'needs' if to_correct == 1 else 'need'} correction."
        f" {counted(len(sources.by_id), 'source')},"
        f" {sources.independent(list(sources.by_id))} independent"
        " (a syndicated copy counts once, with its original)."
    )
    out.append("")


def _corrections(
    out: list[str], data: ReportData, ratings: dict[str, Rating], sources: SourceIndex
) -> None:
    out += ["## Needs correction", ""]
    wanted = [claim for claim in data.claims if needs_correction(claim, ratings)]
    if not wanted:
        out += ["No claim needs correction.", ""]
        return
    for claim in wanted:
        verdict = claim.verdict
        assert verdict is not None  # needs_correction implies a verdict
        out += [f"### Correction for claim {claim.id}", "", _quote(claim.text), ""]
        out.append(_item("Rating", escape_line(verdict.rating)))
        out.append(_item("What is wrong", escape_inline(verdict.rationale) or "none given"))
        correction = escape_inline(verdict.correction) if verdict.correction else "none given"
        out.append(_item("Suggested correction", correction))
        _wrong_facts(out, claim)
        out.append("")
        _evidence(out, claim, sources)


def _claims(
    out: list[str],
    data: ReportData,
    ratings: dict[str, Rating],
    sources: SourceIndex,
    all_claims: bool,
) -> None:
    out += ["## Claims", ""]
    if not data.claims:
        out += ["The article has no claims recorded.", ""]
    unchecked = []
    for claim in data.claims:
        # A claim with a fact marked wrong is given in full even before its verdict: the
        # editor needs to see what is wrong.
        wrong = any(fact.state == "wrong" for fact in claim.facts)
        # So is one checked on words it no longer has: its old verdict is not its verdict.
        reworded = claim.verdict is None and bool(claim.history)
        if claim.verdict is None and not all_claims and not wrong and not reworded:
            unchecked.append(claim)
        else:
            _claim(out, claim, ratings, sources)
    if unchecked:
        many = len(unchecked) != 1
        out += [
            f"{len(unchecked)} {'claims have' if many else 'claim has'} no verdict yet,"
            " listed by id and first words:",
            "",
        ]
        out += [f"- claim {claim.id}: {_first_words(claim.text)}" for claim in unchecked]
        out.append("")


def _first_words(text: str) -> str:
    words = text.split()
    cut = " ".join(words[:FIRST_WORDS])
    return escape_inline(cut + ("…" if len(words) > FIRST_WORDS else ""))


def _claim(
    out: list[str], claim: ReportClaim, ratings: dict[str, Rating], sources: SourceIndex
) -> None:
    out += [f"### Claim {claim.id}", "", _quote(claim.text), ""]
    rating = rating_of(claim.verdict, ratings)
    if rating is None and claim.history:
        out.append(_item("Rating", f"{UNCHECKED} (verdict on earlier wording only)"))
    elif rating is None:
        out.append(_item("Rating", f"{UNCHECKED} (no verdict yet)"))
    else:
        shown = f"{escape_line(rating.name)} ({escape_line(rating.meaning)})"
        out.append(_item("Rating", shown))
    if claim.paragraph is not None:
        out.append(_item("Paragraph", str(claim.paragraph)))
    if claim.kind:
        out.append(_item("Kind", escape_inline(claim.kind)))
    if claim.speaker:
        out.append(_item("Speaker", escape_inline(claim.speaker)))
    verdict = claim.verdict
    if verdict is not None:
        by = escape_line(verdict.checker) if verdict.checker else "unknown"
        out.append(_item("Checked by", f"{by} on {human(verdict.created_at)}"))
        out.append(_item("Rationale", escape_inline(verdict.rationale) or "none given"))
        if verdict.correction:
            out.append(_item("Suggested correction", escape_inline(verdict.correction)))
    _wrong_facts(out, claim)
    cited = _sorted_ids(sources.cited(claim), sources)
    if cited:
        refs = ", ".join(_ref(i, sources) for i in cited)
        out.append(_item("Sources", f"{refs} ({sources.independent(cited)} independent)"))
    earlier = earlier_verdicts(claim)
    if earlier:
        out.append("- **Earlier verdicts:**")
        for old in earlier:
            by = escape_line(old.checker) if old.checker else "unknown"
            head = f"{escape_line(old.rating)} by {by} on {human(old.created_at)}"
            if old.wording_text is not None:
                head += f", on earlier wording “{escape_inline(old.wording_text)}”"
            out.append("  - " + continue_lines(f"{head}: {escape_inline(old.rationale)}", "    "))
    out.append("")
    _evidence(out, claim, sources)


def _wrong_facts(out: list[str], claim: ReportClaim) -> None:
    """The facts of the claim a checker marked wrong, each with the checker's note."""
    wrong = [fact for fact in claim.facts if fact.state == "wrong"]
    if not wrong:
        return
    out.append("- **Wrong facts:**")
    for fact in wrong:
        line = f"fact {fact.position}, {escape_line(fact.kind)}: “{escape_inline(fact.text)}”"
        if fact.note:
            line += f": {escape_inline(fact.note)}"
        out.append("  - " + continue_lines(line, "    "))


def _sorted_ids(ids: tuple[int, ...], sources: SourceIndex) -> list[int]:
    """Reference order: by number; ids missing from the report last, by id."""
    return sorted(ids, key=lambda i: (sources.number(i) is None, sources.number(i) or 0, i))


def _ref(source_id: int, sources: SourceIndex) -> str:
    number = sources.number(source_id)
    if number is None:
        return f"source {source_id} (not in this report)"
    return f"[{number}]"


def _evidence(out: list[str], claim: ReportClaim, sources: SourceIndex) -> None:
    if not claim.evidence:
        out += ["No evidence passages recorded.", ""]
        return
    out += ["**Evidence:**", ""]
    for position, passage in enumerate(claim.evidence, start=1):
        _passage(out, position, passage, sources)


def _passage(out: list[str], position: int, passage: ReportEvidence, sources: SourceIndex) -> None:
    indent = " " * len(f"{position}. ")
    # Called by its id, as the verdict that cites it and the workbench call it.
    head = f"{position}. Evidence {passage.id}, from {_ref(passage.source_id, sources)}"
    source = sources.by_id.get(passage.source_id)
    if source is not None and source.title:
        head += " " + escape_line(source.title)
    if passage.page:
        head += f", {passage.page}"
    score = _score(passage.score)
    if score is not None:
        head += f", match {score}"
    out += [head + ":", "", _quote(passage.text, indent), ""]
    checks = [("Numbers", describe_number(check)) for check in passage.number_checks]
    if passage.quote_check:
        checks.append(("Quote", describe_quote(passage.quote_check)))
    for label, check in checks:
        out.append(_item(label, escape_inline(check), indent))
    if checks:
        out.append("")


def _sources(out: list[str], sources: SourceIndex) -> None:
    out += ["## Sources", ""]
    if not sources.ordered:
        out += ["No sources.", ""]
        return
    for source in sources.ordered:
        _source(out, source, sources)
    out.append("")


def _source(out: list[str], source: ReportSource, sources: SourceIndex) -> None:
    title = escape_line(source.title) if source.title else "(untitled)"
    head = f"- [{source.number}] **{title}**"
    if source.site:
        head += f", {escape_line(source.site)}"
    if source.kind != "web":
        head += f" ({escape_line(source.kind)})"
    out.append(head)
    indent = "  "
    if source.url:
        out.append(_item("URL", link(source.url), indent))
    others = [u for u in dict.fromkeys(source.urls) if u != source.url]
    if others:
        out.append(_item("Also at", ", ".join(link(u) for u in others), indent))
    if source.published:
        out.append(_item("Published", human(source.published), indent))
    if source.accessed_at:
        out.append(_item("Accessed", human(source.accessed_at), indent))
    if source.text_hash:
        out.append(_item("Archive SHA-256", escape_line(source.text_hash), indent))
    if source.copies_of is not None:
        original = sources.original(source.id)
        if original == source.id:
            note = "a copy in a loop of copies: the loop counts as one source"
        else:
            note = f"copy of {_ref(original, sources)}: not counted as independent"
        out.append(_item("Syndication", note, indent))


PAGE_LINES = 150
"""About how many lines of the report a page of the workbench's preview holds: small enough
that a page is laid out on screen in a blink, whatever the size of the whole report."""


def paginate(markdown: str, lines: int = PAGE_LINES) -> tuple[str, ...]:
    """The report cut into pages of about ``lines`` lines, each a whole Markdown document.

    A page breaks before a heading, so a claim stays on one page; a run of top-level list
    items with no heading (the brief list of unchecked claims, the sources) breaks between
    two items once the page is twice as long; a last page of a few lines joins the one
    before.  Only lines this renderer writes start with ``#`` or ``- ``: outside text is
    escaped and indented (see `continue_lines`), so a break never falls inside a block.
    Joined again, the pages are the report.
    """
    pages: list[str] = []
    page: list[str] = []
    for line in markdown.splitlines(keepends=True):
        heading = line.startswith("#")
        item = line.startswith("- ")
        if page and ((heading and len(page) >= lines) or (item and len(page) >= 2 * lines)):
            pages.append("".join(page))
            page = []
        page.append(line)
    if pages and len(page) < lines // 4:
        pages[-1] += "".join(page)  # a short tail (the sources, say) ends the page before
    elif page or not pages:
        pages.append("".join(page))
    return tuple(pages)

"""The selected claim in full: its place in the article, why it was picked, its verdict and
history, its sources with every URL, and the passages that bear on it.

Everything shown comes from article and page text, so it is assembled as plain ``Content``
(never markup): a title like ``[bold]Breaking[/]`` is printed as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, cast

from textual.containers import VerticalScroll
from textual.content import Content
from textual.style import Style
from textual.widgets import Static

from factcheck.checks import (
    NumberResult,
    QuoteResult,
    Tone,
    describe_difference,
    describe_number,
    describe_quote,
    tone_of_number,
    tone_of_quote,
)
from factcheck.tui import ratings
from factcheck.tui.safe import Marks, clean, marked, one_line, shown

if TYPE_CHECKING:
    from factcheck.meaning import Difference
    from factcheck.services.evidence import EvidenceView, PassageView
    from factcheck.services.reviews import ReviewMatch
    from factcheck.services.verdicts import PriorCheck, VerdictView
    from factcheck.services.workbench import ClaimDetail, SourceEntry

NL = Content("\n")


def when(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "?"


def heading(text: str) -> Content:
    return Content.styled(text, "bold $text-primary")


_TONES: dict[Tone, tuple[str, str, str]] = {
    # mark, its style, the text's style
    "agrees": ("    ✓ ", "$text-success", ""),
    "differs": ("    ✗ ", "bold $text-error", "$text-error"),
    "near": ("    ≈ ", "$text-warning", ""),
    "missing": ("    · ", "$text-muted", "$text-muted"),
}


def check_line(check: NumberResult | QuoteResult) -> Content:
    """A number or quote check, marked agree / differ / near / missing at a glance."""
    if isinstance(check, QuoteResult):
        tone, text = tone_of_quote(check), describe_quote(check)
    else:
        tone, text = tone_of_number(check), describe_number(check)
    mark, mark_style, style = _TONES[tone]
    return Content.assemble((mark, mark_style), shown(text, style))


def passage_lines(
    number: int | None, passage: PassageView | EvidenceView, pinned: bool
) -> list[Content]:
    where = f"[{number}] " if number is not None else ""
    pin = ("★ ", "$text-accent") if pinned else ("  ", "")
    flagged = getattr(passage, "flagged", False)
    lines = [
        Content.assemble(
            "  ",
            pin,
            (where, "$text-secondary"),
            (f"{passage.score:.2f} ", "$text-muted"),
            (f"{passage.page} " if passage.page else "", "$text-secondary"),
            ("⚑ " if flagged else "", "bold $text-error"),
            ("“", "$text-muted"),
            shown(passage.text, "italic"),
            ("”", "$text-muted"),
        )
    ]
    lines += [check_line(c) for c in passage.number_checks]
    if passage.quote_check:
        lines.append(check_line(passage.quote_check))
    return lines


def verdict_line(verdict: VerdictView) -> Content:
    return Content.assemble(
        (f"{ratings.mark(verdict.rating)} {verdict.rating}", ratings.style(verdict.rating)),
        (f"  {when(verdict.created_at)} by ", "$text-muted"),
        shown(verdict.checker),
    )


def source_lines(
    number: int, entry: SourceEntry, pinned: set[tuple[int, int, int]]
) -> list[Content]:
    source = entry.source
    facts = [part for part in (source.site, source.published and source.published[:10]) if part]
    head = Content.assemble(
        (f"[{number}] ", "bold $text-secondary"),
        shown(source.label, "bold"),
        (f"  {source.kind}", "$text-muted"),
        (f" · {source.stance}" if source.stance else "", "$text-muted"),
    )
    lines = [head]
    if facts:
        lines.append(Content.assemble("    ", shown(" · ".join(facts), "$text-muted")))
    if source.after_article:
        lines.append(Content.styled("    published after the article", "$text-warning"))
    if source.copy_of:
        lines.append(Content.styled(f"    a copy of source {source.copy_of}", "$text-muted"))
    for copy_id, url in source.copies:
        lines.append(Content.assemble(("    copy ", "$text-muted"), shown(f"{copy_id}: {url}")))
    for url, how in entry.urls:
        if entry.words is not None and how == "note":  # its words, not note:<digest>
            lines.append(
                Content.assemble(
                    "    ", shown(one_line(entry.words, 100)), ("  (note)", "$text-muted")
                )
            )
            continue
        lines.append(
            Content.assemble("    ", shown(url, "underline"), (f"  ({how})", "$text-muted"))
        )
    for passage in entry.passages:
        key = (passage.source, passage.start, passage.end)
        lines += passage_lines(None, passage, key in pinned)
    if not entry.passages:
        lines.append(
            Content.styled("    no passage of this source matches the claim", "$text-muted")
        )
    return lines


def describe(
    detail: ClaimDetail, marks: Marks | None = None, mark_style: Style | str = "reverse"
) -> Content:
    """The whole detail pane as one piece of content, section after section; ``marks`` finds
    what to mark in the claim's text, speaker and note (the words a search found)."""
    claim = detail.claim
    lines: list[Content] = []
    lines.append(
        Content.assemble(
            (
                f"{ratings.mark(claim.rating)} {ratings.name(claim.rating)}",
                ratings.style(claim.rating),
            ),
            (
                f"  claim {claim.id} · {claim.kind} · score {claim.score:.2f}"
                + (" · check-worthy" if claim.checkworthy else "")
                + f" · {claim.origin}",
                "$text-muted",
            ),
        )
    )
    lines.append(marked(claim.text, "bold", marks, mark_style))
    if claim.speaker:
        lines.append(
            Content.assemble(
                ("Speaker: ", "$text-muted"), marked(claim.speaker, "", marks, mark_style)
            )
        )
    if claim.reasons:
        lines.append(
            Content.assemble(("Picked for: ", "$text-muted"), shown("; ".join(claim.reasons)))
        )
    if claim.note:
        lines.append(
            Content.assemble(
                ("Note: ", "$text-warning"),
                marked(claim.note, "", marks, mark_style, newlines=True),
            )
        )
    lines += _context(detail)
    lines += _verdict(detail)
    lines += _sources(detail)
    lines += _evidence(detail)
    return NL.join(lines)


def _context(detail: ClaimDetail) -> list[Content]:
    context = detail.context
    if context is None or context.start is None or context.end is None:
        return []
    text = context.paragraph
    title = detail.article_title
    label = (
        f"In the article (¶{detail.claim.paragraph})"
        if detail.claim.paragraph
        else "In the article"
    )
    lines = [
        Content(""),
        Content.assemble(heading(label), shown(f"  {title}" if title else "", "$text-muted")),
    ]
    lines.append(
        Content.assemble(
            shown(text[: context.start], "$text-muted"),
            shown(text[context.start : context.end], "bold reverse"),
            shown(text[context.end :], "$text-muted"),
        )
    )
    return lines


def _verdict(detail: ClaimDetail) -> list[Content]:
    lines = [Content(""), heading("Verdict")]
    verdict = detail.verdict
    if verdict is None:
        lines.append(Content.styled("unchecked: press v to record a verdict", "$text-accent"))
        if detail.history:
            lines.append(
                Content.styled(
                    f"verdict on earlier wording: {detail.history[-1].rating} (the claim has "
                    f"new words, wording {detail.claim.wording}; check it again)",
                    "$text-warning",
                )
            )
            lines.extend(_history(detail))
        return lines
    lines.append(verdict_line(verdict))
    if verdict.rationale:
        lines.append(
            Content.assemble(
                ("Rationale: ", "$text-muted"), shown(verdict.rationale, newlines=True)
            )
        )
    if verdict.correction:
        lines.append(
            Content.assemble(
                ("Correction: ", "bold $text-warning"), shown(verdict.correction, newlines=True)
            )
        )
    if verdict.evidence:
        cited = ", ".join(str(e) for e in verdict.evidence)
        lines.append(Content.styled(f"Cites evidence {cited}", "$text-muted"))
    if len(detail.history) > 1:
        lines.extend(_history(detail))
    return lines


def _history(detail: ClaimDetail) -> list[Content]:
    lines = [heading(f"History ({len(detail.history)})")]
    for old in reversed(detail.history):
        earlier = " (earlier wording)" if old.wording != detail.claim.wording else ""
        lines.append(
            Content.assemble(
                "  ",
                verdict_line(old),
                shown(
                    (f" — {clean(old.rationale)[:60]}" if old.rationale else "") + earlier,
                    "$text-muted",
                ),
            )
        )
    return lines


def _sources(detail: ClaimDetail) -> list[Content]:
    count = len(detail.sources)
    lines = [Content(""), heading(f"Sources ({count}, {detail.independent} independent)")]
    if not count:
        lines.append(
            Content.styled("no sources yet: press s to add a URL, a file or a note", "$text-muted")
        )
        return lines
    pinned = {(e.source, e.start, e.end) for e in detail.evidence}
    for entry in detail.sources:
        lines += source_lines(entry.source.id, entry, pinned)
    return lines


def _evidence(detail: ClaimDetail) -> list[Content]:
    lines = [Content(""), heading(f"Pinned evidence ({len(detail.evidence)})")]
    if not detail.evidence:
        lines.append(Content.styled("none pinned: press p to pin passages", "$text-muted"))
        return lines
    for evidence in detail.evidence:
        lines.append(Content.styled(f"  evidence {evidence.id}", "$text-muted"))
        lines += passage_lines(evidence.source, evidence, True)
    return lines


PRIOR_LISTED = 3  # prior checks the detail names, one line each; the c screen has them all


def describe_prior(found: Sequence[PriorCheck | ReviewMatch] | None, similar: float) -> Content:
    """The best prior checks, one line each, and a pointer to the c screen, the one place
    that shows them in full (the claim checked, the rationale, the link); ``None``: still
    being looked for."""
    lines = [
        Content(""),
        heading("Prior checks" if found is None else f"Prior checks ({len(found)})"),
    ]
    if found is None:
        lines.append(Content.styled("looking for prior checks…", "$text-muted"))
    elif not found:
        lines.append(
            Content.styled(f"none {similar:.0f}% alike, here or from other desks", "$text-muted")
        )
    else:
        for match in found[:PRIOR_LISTED]:
            lines.append(Content.assemble("  ", prior_headline(match)))
            lines += _difference(match.difference)
        every = f"all {len(found)}" if len(found) > PRIOR_LISTED else "them"
        lines.append(
            Content.styled(
                f"press c for {every} in full: the claims checked, rationales, links",
                "$text-accent",
            )
        )
    return NL.join(lines)


def prior_headline(match: PriorCheck | ReviewMatch) -> Content:
    """How alike, whose check and its rating: this desk's on its scale, another desk's (an
    imported ClaimReview) as they wrote it.  The same line in the detail and on the c screen."""
    alike = (f"{match.similarity:3.0f}%  ", "$text-muted")
    if match.theirs:  # (the services load after the screen paints: no isinstance here)
        match = cast("ReviewMatch", match)
        when = f", {match.published[:10]}" if match.published else ""
        return Content.assemble(
            alike,
            shown(f"{match.publisher or 'another desk'}{when}: ", "bold"),
            shown(f"“{match.rating}”", "bold $text-accent"),
            (" (as they rate it)", "$text-muted"),
        )
    match = cast("PriorCheck", match)
    where = f"claim {match.claim}" + (f" (article {match.article})" if match.article else "")
    return Content.assemble(alike, (f"{where}: ", "bold"), verdict_line(match.verdict))


def prior_lines(match: PriorCheck | ReviewMatch) -> list[Content]:
    """One prior check in full (the c screen): its headline, the claim checked, where it is
    (the review's link, or the article) and this desk's rationale, and what may make it
    another claim."""
    indent = "        "
    lines = [prior_headline(match)]
    if match.theirs:
        match = cast("ReviewMatch", match)
        lines.append(Content.assemble(indent, shown(match.claim, "italic")))
        lines.append(Content.assemble(indent, shown(match.url, "underline")))
    else:
        match = cast("PriorCheck", match)
        lines.append(Content.assemble(indent, shown(match.text, "italic")))
        if match.article_title:
            lines.append(
                Content.assemble(f"{indent}in ", shown(match.article_title, "$text-muted"))
            )
        if match.verdict.rationale:
            lines.append(Content.assemble(f"{indent}rationale: ", shown(match.verdict.rationale)))
    return lines + _difference(match.difference)


def _difference(difference: Difference | None) -> list[Content]:
    if difference is None:
        return []
    said = describe_difference(difference.kind, difference.old, difference.new)
    return [Content.assemble("        ", shown(said, "$text-warning"))]


class ClaimDetailView(VerticalScroll, can_focus=True):
    """A scrolling pane; the screen hands it a ``ClaimDetail`` (or a short message)."""

    COMPONENT_CLASSES = {"claim-detail--match"}

    def compose(self) -> Iterable[Static]:
        yield Static(Content.styled("Select a claim", "$text-muted"), id="detail-body")
        yield Static("", id="detail-prior")

    claim_id: int | None = None
    prior_of: int | None = None  # the claim whose prior checks are shown

    _marked: tuple[object, ...] | None = None  # what is marked in the claim shown

    def show(self, detail: ClaimDetail, marks: Marks | None = None) -> None:
        """Show a claim, with the search's matches marked; a refresh of the same claim keeps
        the reader's scroll position."""
        style = self.get_visual_style("claim-detail--match")
        self._marked = self._marks_of(detail, marks)
        self.query_one("#detail-body", Static).update(describe(detail, marks, style))
        if detail.claim.id != self.claim_id:
            self.scroll_home(animate=False)
        self.claim_id = detail.claim.id
        if self.prior_of != detail.claim.id:  # another claim's are not this one's
            self.prior_of = None
            self.query_one("#detail-prior", Static).update(describe_prior(None, 0))

    def show_prior(
        self, claim_id: int, found: Sequence[PriorCheck | ReviewMatch], similar: float
    ) -> None:
        """The prior checks of the claim shown (read after it); another claim's are dropped."""
        if claim_id == self.claim_id:
            self.prior_of = claim_id
            self.query_one("#detail-prior", Static).update(describe_prior(found, similar))

    def mark(self, detail: ClaimDetail, marks: Marks | None) -> None:
        """Mark another search's matches, drawing the pane again only if they moved."""
        if detail.claim.id != self.claim_id or self._marks_of(detail, marks) != self._marked:
            self.show(detail, marks)

    @staticmethod
    def _marks_of(detail: ClaimDetail, marks: Marks | None) -> tuple[object, ...]:
        claim = detail.claim
        parts = (claim.text, claim.speaker, claim.note)
        return (claim.id, *(marks(clean(p, newlines=True)) if marks and p else () for p in parts))

    def message(self, text: str) -> None:
        self.claim_id = self.prior_of = None
        self.query_one("#detail-body", Static).update(Content.styled(text, "$text-muted"))
        self.query_one("#detail-prior", Static).update("")

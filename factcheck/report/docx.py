"""The writer's manuscript sent back annotated: a Word comment on each checked claim.

A desk returns the .docx it received, unchanged but for comments, each anchored on the words
of one checked claim and authored by the checker who decided it: the rating, the rationale,
the suggested correction and the sources cited; and one on each fact marked wrong (a figure,
a name, a date inside a claim, checked or not), on the fact's own words, authored by whoever
marked it, with the note they left.  The text is walked exactly as it was read
on import (`factcheck.wordtext`), so a claim's offsets in the article lead back to the runs
that hold its words; runs are split at the claim's first and last character so the comment
covers the claim and nothing else.  A claim whose words cannot be found where the article
says (imported without offsets, or in a footnote) gets no comment and is counted.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from factcheck.errors import BadInput
from factcheck.report.data import ReportClaim, ReportData, ReportFact
from factcheck.wordtext import W, WordParagraph, manuscript_paragraphs, read_paragraph

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_NO_CHECKER = "factcheck"
"""A comment's author when the store does not say who marked a fact."""


@dataclass(frozen=True)
class AnnotatedManuscript:
    document: bytes
    comments: int
    unplaced: tuple[int, ...]
    """Ids of claims whose comment (or a wrong fact's) found no place in the manuscript's text."""


def render_docx(data: ReportData, manuscript: bytes) -> AnnotatedManuscript:
    """The manuscript with a comment on every claim that has a verdict, and on every fact
    marked wrong."""
    import docx
    from docx.text.run import Run

    try:
        document = docx.Document(io.BytesIO(manuscript))
    except Exception as exc:  # noqa: BLE001 - python-docx and lxml raise many kinds on bad files
        raise BadInput(f"the stored manuscript cannot be read ({type(exc).__name__})") from None
    lines = _Lines(manuscript_paragraphs(document.element.body))
    if not data.article.text.startswith(lines.text):
        raise BadInput("the stored manuscript does not match the article's text")
    sources = {source.id: source for source in data.sources}
    placed, unplaced = 0, []

    def comment(span: tuple[object, object], note: list[str], author: str) -> None:
        first, last = span
        added = document.add_comment(
            [Run(first, None), Run(last, None)],
            text=note[0],
            author=author,
            initials=_initials(author),
        )
        for line in note[1:]:
            added.add_paragraph(line)

    for claim in sorted(data.claims, key=lambda c: (c.start or 0, c.id)):
        wrong = [fact for fact in claim.facts if fact.state == "wrong"]
        if claim.verdict is None and not wrong:
            continue
        if claim.verdict is not None:
            span = lines.locate(claim.start, claim.end)
            if span is None:
                unplaced.append(claim.id)
            else:
                comment(span, _note(claim, sources), claim.verdict.checker)
                placed += 1
        for fact in wrong:
            # A fact's offsets are the article's, like its claim's (a claim imported
            # without a place has its facts in its own text: no place here either).
            span = lines.locate(fact.start, fact.end) if claim.start is not None else None
            if span is None:
                unplaced.append(claim.id)
                continue
            comment(span, _fact_note(fact), fact.checker or _NO_CHECKER)
            placed += 1
    out = io.BytesIO()
    document.save(out)
    return AnnotatedManuscript(out.getvalue(), placed, tuple(dict.fromkeys(unplaced)))


class _Lines:
    """The manuscript's paragraphs as the article's lines, with where each line starts."""

    def __init__(self, paragraphs: list[WordParagraph]) -> None:
        self.paragraphs = paragraphs
        self.starts: list[int] = []
        position = 0
        for paragraph in paragraphs:
            self.starts.append(position)
            position += len(paragraph.text.strip()) + 1
        self.text = "\n".join(p.text.strip() for p in paragraphs)

    def locate(self, start: int | None, end: int | None) -> tuple[object, object] | None:
        """The first and last run of the words at `start:end` of the article (a claim's, a
        fact's), split out of their neighbours."""
        if start is None or end is None or end <= start:
            return None
        if end > len(self.text):
            return None
        first = self._at(start)
        last = self._at(end - 1)
        if first is None or last is None:
            return None
        (i, start), (j, end) = first, last
        end += 1
        if i == j:
            self._cut(i, start)
            self._cut(i, end)
        else:
            self._cut(j, end)
            self._cut(i, start)
        first_run = self._run_from(i, start)
        last_run = self._run_until(j, end)
        if first_run is None or last_run is None:
            return None
        return first_run, last_run

    def _at(self, offset: int) -> tuple[int, int] | None:
        """(paragraph index, offset in its untrimmed text) of an article offset."""
        for index in range(len(self.starts) - 1, -1, -1):
            if self.starts[index] <= offset:
                paragraph = self.paragraphs[index]
                local = offset - self.starts[index]
                if local >= len(paragraph.text.strip()):
                    return None  # the line break between two paragraphs
                lead = len(paragraph.text) - len(paragraph.text.lstrip())
                return index, local + lead
        return None

    def _cut(self, index: int, offset: int) -> None:
        """Make a run boundary at `offset` of paragraph `index` (no-op at an existing one)."""
        paragraph = self.paragraphs[index]
        for piece in paragraph.pieces:
            if piece.start < offset < piece.end:
                _split_text(piece.node, offset - piece.start)
                break
        self.paragraphs[index] = paragraph = read_paragraph(paragraph.element)
        for piece in paragraph.pieces:
            if piece.start == offset:
                _split_run_before(piece.run, piece.node)
                break
        self.paragraphs[index] = read_paragraph(paragraph.element)

    def _run_from(self, index: int, offset: int):
        return next((p.run for p in self.paragraphs[index].pieces if p.start == offset), None)

    def _run_until(self, index: int, offset: int):
        return next((p.run for p in self.paragraphs[index].pieces if p.end == offset), None)


def _split_text(node, at: int) -> None:
    """Split a `w:t` in two at `at`, the second right after the first in the same run."""
    from docx.oxml import OxmlElement

    text = node.text or ""
    second = OxmlElement("w:t")
    second.text = text[at:]
    second.set(_XML_SPACE, "preserve")
    node.text = text[:at]
    node.set(_XML_SPACE, "preserve")
    node.addnext(second)


def _split_run_before(run, node) -> None:
    """Move `node` and what follows it in its run to a new run (same formatting) after it."""
    from docx.oxml import OxmlElement

    content = [child for child in run if child.tag != f"{W}rPr"]
    if not content or content[0] is node:
        return
    fresh = OxmlElement("w:r")
    properties = run.find(f"{W}rPr")
    if properties is not None:
        import copy

        fresh.append(copy.deepcopy(properties))
    moving = content[content.index(node) :]
    for child in moving:
        fresh.append(child)
    run.addnext(fresh)


def _note(claim: ReportClaim, sources: dict) -> list[str]:
    verdict = claim.verdict
    assert verdict is not None
    lines = [f"Rating: {verdict.rating}"]
    if verdict.rationale:
        lines.append(f"Why: {verdict.rationale}")
    if verdict.correction:
        lines.append(f"Suggested correction: {verdict.correction}")
    cited = [sources[i] for i in dict.fromkeys(claim.source_ids) if i in sources]
    for source in cited:
        url = source.url or next(iter(source.urls), None)
        label = source.title or url or f"source {source.id}"
        where = f" — {url}" if url and url != label else ""
        lines.append(f"Source [{source.number}]: {label}{where}")
    lines.append(f"Checked by {verdict.checker}, {verdict.created_at:%Y-%m-%d}")
    return [" ".join(line.split()) for line in lines]


def _fact_note(fact: ReportFact) -> list[str]:
    lines = [f"Fact marked wrong: {fact.kind} “{fact.text}”"]
    if fact.note:
        lines.append(f"Note: {fact.note}")
    lines.append(f"Marked by {fact.checker or _NO_CHECKER}")
    return [" ".join(line.split()) for line in lines]


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.replace(".", " ").split()[:3]).upper()

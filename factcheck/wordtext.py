"""The text of a Word document (.docx) as factcheck reads it, and where each character lives.

A manuscript is imported as an article (its paragraphs, one a line) and goes back to the
writer with a comment on each checked claim.  Both directions must agree to the character
on what the text is, or a comment lands on the wrong words, so both walk the document here:
body paragraphs in reading order (headings, list items, each table cell's paragraphs),
tracked insertions taken, tracked deletions and moved-away text left out, tabs and line
breaks read as spaces.  Each paragraph keeps, for every stretch of its text, the `w:t`
element it came from, so a claim's offsets lead back to the runs that hold it.

Plain functions over lxml elements (python-docx parses the file; nothing here needs it).
Domain-level: it imports nothing else of factcheck.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEFT_OUT = frozenset({f"{W}del", f"{W}moveFrom", f"{W}pPr", f"{W}rPr", f"{W}txbxContent"})
_AS_SPACE = frozenset({f"{W}tab", f"{W}br", f"{W}cr", f"{W}ptab"})


@dataclass
class Piece:
    """A stretch [start, end) of a paragraph's text, the run (`w:r`) holding it and the
    element in the run it comes from (a `w:t`, or a tab or break read as a space)."""

    start: int
    end: int
    run: object
    node: object


@dataclass
class WordParagraph:
    element: object
    text: str = ""
    pieces: list[Piece] = field(default_factory=list)
    style: str | None = None


def body_paragraphs(body) -> Iterator[WordParagraph]:
    """Every paragraph of the body (or of a table cell, a comment, a footnote), in order."""
    for child in body:
        tag = child.tag
        if tag == f"{W}p":
            yield read_paragraph(child)
        elif tag == f"{W}tbl":
            for row in child.iter(f"{W}tr"):
                if _owner_table(row) is not child:
                    continue  # a nested table's row: reached through its cell
                for cell in row.findall(f"{W}tc"):
                    yield from body_paragraphs(cell)
        elif tag in (f"{W}sdt", f"{W}customXml"):
            content = child.find(f"{W}sdtContent")
            yield from body_paragraphs(content if content is not None else child)
        elif tag == f"{W}ins":
            yield from body_paragraphs(child)


def manuscript_paragraphs(body) -> list[WordParagraph]:
    """The paragraphs that hold text: an imported manuscript's lines, one each, stripped."""
    return [p for p in body_paragraphs(body) if p.text.strip()]


def footnote_texts(footnotes) -> list[str]:
    """The text of each real footnote (not the separators Word keeps with them), in order."""
    texts = []
    for note in footnotes.findall(f"{W}footnote"):
        if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join(" ".join(p.text for p in body_paragraphs(note)).split())
        if text:
            texts.append(text)
    return texts


def read_paragraph(element) -> WordParagraph:
    paragraph = WordParagraph(element, style=_style(element))
    _walk(element, paragraph)
    return paragraph


def _walk(element, paragraph: WordParagraph) -> None:
    for child in element:
        tag = child.tag
        if tag in _LEFT_OUT or not isinstance(tag, str):
            continue
        if tag == f"{W}r":
            _read_run(child, paragraph)
        else:
            _walk(child, paragraph)  # w:ins, w:hyperlink, w:smartTag, w:fldSimple, …


def _read_run(run, paragraph: WordParagraph) -> None:
    for child in run:
        tag = child.tag
        if tag == f"{W}t":
            piece = child.text or ""
        elif tag in _AS_SPACE:
            piece = " "
        elif tag == f"{W}noBreakHyphen":
            piece = "-"
        else:
            continue
        if piece:
            start = len(paragraph.text)
            paragraph.text += piece
            paragraph.pieces.append(Piece(start, len(paragraph.text), run, child))


def _style(element) -> str | None:
    found = element.find(f"{W}pPr/{W}pStyle")
    return found.get(f"{W}val") if found is not None else None


def _owner_table(row):
    parent = row.getparent()
    while parent is not None and parent.tag != f"{W}tbl":
        parent = parent.getparent()
    return parent

"""Word manuscripts made by the tests with python-docx: headings, a list, a table, tracked
changes and a footnote, the way a magazine's writer sends them."""

from __future__ import annotations

import io

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

LEAD = "The Harbour Board will spend $45 million on a new ferry terminal, its chair said."
INSERTED = "Construction starts in March 2027 "
KEPT = "and should take two years."
DELETED = "The old pier will be sold. "
TABLE = (("Route", "Crossings a day"), ("Millbrook to Ashby", "Ferries sail 24 times a day."))
NOTE = "Harbour Board annual report 2025, page 12."


def manuscript(*, footnote: bool = True) -> bytes:
    """A short feature: a title, a heading, paragraphs with tracked changes, a list, a table."""
    document = docx.Document()
    document.core_properties.title = "A terminal for Millbrook"
    document.core_properties.author = "Rosa Lindqvist"
    document.add_heading("A terminal for Millbrook", level=1)
    document.add_paragraph(LEAD)
    changed = document.add_paragraph()
    changed._p.append(
        parse_xml(
            f'<w:del {NS} w:id="1" w:author="Editor" w:date="2026-11-30T10:00:00Z">'
            f"<w:r><w:delText>{DELETED}</w:delText></w:r></w:del>"
        )
    )
    changed._p.append(
        parse_xml(
            f'<w:ins {NS} w:id="2" w:author="Editor" w:date="2026-11-30T10:00:00Z">'
            f'<w:r><w:t xml:space="preserve">{INSERTED}</w:t></w:r></w:ins>'
        )
    )
    changed.add_run(KEPT)
    document.add_heading("What residents said", level=2)
    document.add_paragraph("Queues at the harbour often last an hour.", style="List Bullet")
    document.add_paragraph("Two crossings were cancelled last winter.", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    closing = document.add_paragraph("Mayor Ana Ruiz called it ")
    bold = closing.add_run("the biggest investment in a generation")
    bold.bold = True
    closing.add_run(", according to the council's minutes.")
    if footnote:
        _add_footnote(document, closing, NOTE)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _add_footnote(document, paragraph, text: str) -> None:
    """python-docx writes no footnotes: add the part and a reference to it by hand."""
    blob = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {NS}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        f'<w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    ).encode()
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, blob, document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    paragraph._p.append(parse_xml(f'<w:r {NS}><w:footnoteReference w:id="1"/></w:r>'))


def comments_of(data: bytes) -> list[tuple[str, str, str]]:
    """(anchored text, author, comment text) of every comment, read back with python-docx."""
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    anchored: dict[str, list[str]] = {}
    open_ids: list[str] = []
    for element in body.iter():
        if element.tag == f"{w}commentRangeStart":
            open_ids.append(element.get(f"{w}id"))
            anchored.setdefault(element.get(f"{w}id"), [])
        elif element.tag == f"{w}commentRangeEnd":
            open_ids.remove(element.get(f"{w}id"))
        elif element.tag == f"{w}t" and not _deleted(element):
            for comment_id in open_ids:
                anchored[comment_id].append(element.text or "")
    found = []
    for comment in document.comments:
        text = "\n".join(p.text for p in comment.paragraphs)
        found.append(("".join(anchored.get(str(comment.comment_id), [])), comment.author, text))
    return found


def _deleted(element) -> bool:
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    parent = element.getparent()
    while parent is not None:
        if parent.tag == f"{w}del":
            return True
        parent = parent.getparent()
    return False

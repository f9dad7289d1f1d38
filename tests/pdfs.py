"""PDF documents made by the tests with fpdf2 (a test extra): text, scans, locked, damaged.

Each is written afresh, so what a test reads is what the test says the document holds.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from fpdf import FPDF
from fpdf.enums import EncryptionMethod
from PIL import Image

CREATED = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)


def text_pdf(
    pages: list[list[str]],
    *,
    title: str | None = "Harlow County Budget 2024",
    author: str | None = "Office of the County Treasurer",
    created: datetime | None = CREATED,
    owner_password: str | None = None,
    user_password: str | None = None,
    method: EncryptionMethod = EncryptionMethod.RC4,
) -> bytes:
    """A PDF with a text layer: each page a list of paragraphs, wrapped as a typesetter would."""
    pdf = _new(title, author, created)
    for paragraphs in pages:
        pdf.add_page()
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
    if owner_password is not None:
        pdf.set_encryption(owner_password, user_password, encryption_method=method)
    return bytes(pdf.output())


def scanned_pdf(pages: int = 2) -> bytes:
    """A PDF of page images only, as a scanner makes it: no text layer at all."""
    pdf = _new("Scan 0042", None, CREATED)
    picture = io.BytesIO()
    Image.new("L", (120, 160), color=200).save(picture, format="PNG")
    for _ in range(pages):
        pdf.add_page()
        picture.seek(0)
        pdf.image(picture, x=10, y=10, w=180)
    return bytes(pdf.output())


def numbered_pages(count: int, words: int = 300) -> list[list[str]]:
    """`count` pages of running prose, each naming its own page, for size and speed tests."""
    body = (
        "The committee reviewed the quarterly figures for the water district and found that "
        "spending on maintenance rose while the reserve fund held steady through the year. "
    )
    repeat = max(1, words // len(body.split()))
    return [[f"Page {n} of the annual report.", body * repeat] for n in range(1, count + 1)]


def _new(title: str | None, author: str | None, created: datetime | None) -> FPDF:
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    if created:
        pdf.set_creation_date(created)
    return pdf

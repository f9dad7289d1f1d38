"""articles keep a Word manuscript's own file

A manuscript imported from .docx goes back to the writer annotated with a comment on each
checked claim; that copy is written from the original file, kept here.

Revision ID: formats_article_document
Revises: tui_alias_offsets
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "formats_article_document"
down_revision = "tui_alias_offsets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.add_column(sa.Column("document", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_column("document")

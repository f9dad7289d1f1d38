"""claim aliases keep where their words stand in their article

A claim merged into another used to stretch the kept claim's text over both (and whatever lay
between); now the kept claim keeps its own span and the merged wording keeps its offsets here.

Revision ID: tui_alias_offsets
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "tui_alias_offsets"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claim_alias", schema=None) as batch_op:
        batch_op.add_column(sa.Column("article_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("start", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("end", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_claim_alias_article_id_article"),
            "article",
            ["article_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("claim_alias", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_claim_alias_article_id_article"), type_="foreignkey"
        )
        batch_op.drop_column("end")
        batch_op.drop_column("start")
        batch_op.drop_column("article_id")

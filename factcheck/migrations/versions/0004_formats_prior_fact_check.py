"""other desks' fact-checks, imported from ClaimReview feeds

Revision ID: formats_prior_fact_check
Revises: formats_article_document
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "formats_prior_fact_check"
down_revision = "formats_article_document"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "prior_fact_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("claim", sa.Text(), nullable=False),
        sa.Column("rating", sa.String(length=300), nullable=False),
        sa.Column("publisher", sa.String(length=300), nullable=True),
        sa.Column("published", sa.String(length=40), nullable=True),
        sa.Column("claimant", sa.String(length=300), nullable=True),
        sa.Column("origin", sa.String(length=2000), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prior_fact_check")),
        sa.UniqueConstraint("url", name=op.f("uq_prior_fact_check_url")),
    )


def downgrade() -> None:
    op.drop_table("prior_fact_check")

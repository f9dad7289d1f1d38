"""the claims file an imported claim was first read from, to report a batch on its own

Revision ID: claim_claims_file
Revises: search_vector_8b1d
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "claim_claims_file"
down_revision = "search_vector_8b1d"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Claims imported before hold no name: report --all still reports them.
    with op.batch_alter_table("claim") as batch:
        batch.add_column(sa.Column("claims_file", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claim") as batch:
        batch.drop_column("claims_file")

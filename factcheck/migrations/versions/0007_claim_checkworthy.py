"""each claim's check-worthiness flag, the learned judgement its score is the probability of

Revision ID: claim_checkworthy
Revises: search_5e3a
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "claim_checkworthy"
down_revision = "search_5e3a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Claims stored before the flag existed read as not check-worthy until re-extracted:
    # a missing judgement is not a "check this first".
    with op.batch_alter_table("claim") as batch:
        batch.add_column(
            sa.Column("checkworthy", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("claim") as batch:
        batch.drop_column("checkworthy")

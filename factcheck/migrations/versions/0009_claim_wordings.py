"""a claim's earlier wordings, and the wording each verdict was given on

A claims file may give a checked claim new words (``import --new-wording``): the old words are
kept as a ``claim_wording`` row, the claim counts its wordings, and each verdict says which
wording it was given on.  Every claim and verdict stored so far is on wording 1.

Revision ID: claim_wordings
Revises: logins_stripped
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "claim_wordings"
down_revision = "logins_stripped"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("claim", sa.Column("wording", sa.Integer(), server_default="1", nullable=False))
    op.add_column("verdict", sa.Column("wording", sa.Integer(), server_default="1", nullable=False))
    op.create_table(
        "claim_wording",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("replaced_by", sa.String(length=2000), nullable=False),
        sa.Column("replaced_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claim.id"],
            name=op.f("fk_claim_wording_claim_id_claim"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_wording")),
        sa.UniqueConstraint("claim_id", "number", name=op.f("uq_claim_wording_claim_id")),
    )


def downgrade() -> None:
    op.drop_table("claim_wording")
    with op.batch_alter_table("verdict") as batch:
        batch.drop_column("wording")
    with op.batch_alter_table("claim") as batch:
        batch.drop_column("wording")

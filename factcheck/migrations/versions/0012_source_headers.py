"""the HTTP headers of each fetch (sent and received), for the WARC's request and response records

Revision ID: source_headers
Revises: claim_claims_file
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "source_headers"
down_revision = "claim_claims_file"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Sources fetched before hold none: their export rebuilds the headers, and says so.
    for table in ("source", "source_version"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("request_headers", sa.Text(), nullable=True))
            batch.add_column(sa.Column("response_headers", sa.Text(), nullable=True))


def downgrade() -> None:
    for table in ("source", "source_version"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("response_headers")
            batch.drop_column("request_headers")

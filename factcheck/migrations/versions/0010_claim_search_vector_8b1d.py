"""PostgreSQL keeps each claim's search words as a stored tsvector: a search that matches
few claims is then answered from the GIN index without reading every claim's words again
(SQLite: nothing changes)

Revision ID: search_vector_8b1d
Revises: claim_wordings
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "search_vector_8b1d"
down_revision = "claim_wordings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_claim_search_words")
    op.execute(
        "ALTER TABLE claim_search ADD COLUMN search_vector tsvector"
        " GENERATED ALWAYS AS (to_tsvector('simple', words)) STORED"
    )
    op.execute("CREATE INDEX ix_claim_search_vector ON claim_search USING gin (search_vector)")
    op.execute("ANALYZE claim_search")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_claim_search_vector")
    op.execute("ALTER TABLE claim_search DROP COLUMN search_vector")
    op.execute(
        "CREATE INDEX ix_claim_search_words ON claim_search"
        " USING gin (to_tsvector('simple', words))"
    )

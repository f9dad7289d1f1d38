"""search the claims by their words: the folded words of each claim, and the database's own
text index over them (FTS5 on SQLite, a GIN tsvector index on PostgreSQL), filled from the
claims already stored

Revision ID: search_5e3a
Revises: facts_f4c7
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "search_5e3a"
down_revision = "facts_f4c7"
branch_labels = None
depends_on = None

# FTS5 splits the stored words again: marks (vowel signs) stay inside a word, as they do
# in the Python that folded them.
_SQLITE = [
    "CREATE VIRTUAL TABLE claim_search_fts USING fts5(words, content='claim_search',"
    " content_rowid='claim_id', tokenize=\"unicode61 remove_diacritics 0"
    " categories 'L* N* Co M*'\")",
    "CREATE TRIGGER claim_search_fts_insert AFTER INSERT ON claim_search BEGIN"
    " INSERT INTO claim_search_fts(rowid, words) VALUES (new.claim_id, new.words); END",
    "CREATE TRIGGER claim_search_fts_delete AFTER DELETE ON claim_search BEGIN"
    " INSERT INTO claim_search_fts(claim_search_fts, rowid, words)"
    " VALUES ('delete', old.claim_id, old.words); END",
    "CREATE TRIGGER claim_search_fts_update AFTER UPDATE ON claim_search BEGIN"
    " INSERT INTO claim_search_fts(claim_search_fts, rowid, words)"
    " VALUES ('delete', old.claim_id, old.words);"
    " INSERT INTO claim_search_fts(rowid, words) VALUES (new.claim_id, new.words); END",
]
_POSTGRESQL = [
    "CREATE INDEX ix_claim_search_words ON claim_search USING gin (to_tsvector('simple', words))",
]


def upgrade() -> None:
    op.create_table(
        "claim_search",
        sa.Column("claim_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claim.id"],
            name=op.f("fk_claim_search_claim_id_claim"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_claim_search")),
    )
    bind = op.get_bind()
    for statement in _SQLITE if bind.dialect.name == "sqlite" else _POSTGRESQL:
        op.execute(statement)
    # The words are folded in Python, the one way every search folds them.
    from factcheck.services.search import index_claims

    index_claims(bind, None)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE claim_search_fts")
    op.drop_table("claim_search")

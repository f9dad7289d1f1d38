"""logins (user:password@) taken out of every stored address, a note kept where one was

Earlier versions stored a source's site as trafilatura read it from an address with a login
("ann:secret@host"), and a fact-check feed's URLs as written.  The rows that hold one lose it;
a source URL's ``how`` gains "+login", as new ones do.  A fact-check whose address without the
login is already stored is the same review imported twice: the copy with the login goes.

Revision ID: logins_stripped
Revises: claim_checkworthy
Create Date: 2026-12-02
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "logins_stripped"
down_revision = "claim_checkworthy"
branch_labels = None
depends_on = None

# The migration keeps its own rules (not the package's), so it means the same forever.
_LOGIN_IN_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#\s]*@")
_LOGIN_IN_SITE = re.compile(r"^[^\s/@]*:[^\s/]*@(?=[^\s/@]+$)")
_NOTED = ("requested", "redirect", "final", "canonical")

_URL_COLUMNS = (
    ("article", "url"),
    ("article", "origin"),
    ("source", "canonical_url"),
    ("source_merge", "url"),
)


def _with_login(conn, table: str, column: str, *extra: str):
    rows = sa.text(
        f'SELECT id, "{column}"{"".join(f", {e}" for e in extra)} FROM "{table}" '
        f'WHERE "{column}" LIKE :at'
    )
    return conn.execute(rows, {"at": "%@%"}).all()


def upgrade() -> None:
    conn = op.get_bind()
    for table, column in _URL_COLUMNS:
        for row in _with_login(conn, table, column):
            clean = _LOGIN_IN_URL.sub(r"\1", row[1], count=1)
            if clean != row[1]:
                conn.execute(
                    sa.text(f'UPDATE "{table}" SET "{column}" = :v WHERE id = :id'),
                    {"v": clean, "id": row[0]},
                )
    for row in _with_login(conn, "source", "site"):
        clean = _LOGIN_IN_SITE.sub("", row[1], count=1)
        if clean != row[1]:
            conn.execute(
                sa.text("UPDATE source SET site = :v WHERE id = :id"), {"v": clean, "id": row[0]}
            )
    for row in _with_login(conn, "source_url", "url", "how"):
        clean = _LOGIN_IN_URL.sub(r"\1", row[1], count=1)
        if clean == row[1]:
            continue
        how = f"{row[2]}+login" if row[2] in _NOTED else row[2]
        conn.execute(
            sa.text("UPDATE source_url SET url = :v, how = :how WHERE id = :id"),
            {"v": clean, "how": how, "id": row[0]},
        )
    for row in _with_login(conn, "prior_fact_check", "url"):
        clean = _LOGIN_IN_URL.sub(r"\1", row[1], count=1)
        if clean == row[1]:
            continue
        taken = conn.execute(
            sa.text("SELECT 1 FROM prior_fact_check WHERE url = :v"), {"v": clean}
        ).first()
        if taken:
            conn.execute(sa.text("DELETE FROM prior_fact_check WHERE id = :id"), {"id": row[0]})
        else:
            conn.execute(
                sa.text("UPDATE prior_fact_check SET url = :v WHERE id = :id"),
                {"v": clean, "id": row[0]},
            )


def downgrade() -> None:
    """Nothing to undo: a login once removed is not put back."""

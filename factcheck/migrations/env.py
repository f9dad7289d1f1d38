"""Alembic environment: runs on the connection factcheck hands it, or on the configured URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from factcheck.models import SEARCH_INDEX_OBJECTS, Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        # The text index over claim_search is made per database by hand, not from a model.
        include_name=lambda name, _type, _parents: (
            not (name or "").startswith(SEARCH_INDEX_OBJECTS)
        ),
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("factcheck migrations run online only")
run_migrations_online()

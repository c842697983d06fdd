"""Alembic environment. Run from code by ``cddesk.db.migrate`` with a live connection
in ``config.attributes["connection"]``; batch mode because SQLite cannot ALTER much."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # `alembic` command line, for writing new revisions
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///dev.sqlite3")
    with engine.connect() as conn:
        _run(conn)

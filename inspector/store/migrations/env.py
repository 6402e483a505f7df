"""Alembic environment for the conduct store.

The store runs migrations programmatically (no alembic.ini on disk): it passes an open
connection in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from inspector.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("the conduct store migrations run through inspector.store.Store.open(), "
                       "which passes a connection; they cannot be run from the alembic command line")

context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()

"""Alembic environment: runs on the connection handed over by storage.migrate, inside its transaction."""

from __future__ import annotations

from alembic import context

from trainer_app.core.storage.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

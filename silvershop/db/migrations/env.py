"""Alembic environment: always run from `silvershop.db.migrate` on a connection it hands over."""

from __future__ import annotations

from alembic import context

from silvershop.db.substrings import is_search_index
from silvershop.models import metadata

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=lambda name, kind, _parents: not (kind == "table" and name and is_search_index(name)),
)
with context.begin_transaction():
    context.run_migrations()

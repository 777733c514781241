"""Alembic environment: run only through `newsledger.store.engine.upgrade` on a connection.

There is no alembic.ini: `store/engine.py` builds the configuration in code and hands over the
connection (already inside a write transaction) in `config.attributes["connection"]`.
"""

from __future__ import annotations

from alembic import context

from newsledger.errors import StoreError
from newsledger.store.engine import include_object
from newsledger.store.tables import metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise StoreError(
            "newsledger migrations run when a store is opened: "
            "call newsledger.store.open_store(url)"
        )
    context.configure(
        connection=connection,
        target_metadata=metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite ALTERs need table copies
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise StoreError("newsledger migrations do not support offline (SQL script) mode")
run_migrations_online()

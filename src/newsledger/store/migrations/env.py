"""Alembic environment: run only through `newsledger.store.migrate.upgrade` on an open connection.

There is no alembic.ini: `store/migrate.py` builds the configuration in code and hands over the
connection (already inside a write transaction) in `config.attributes["connection"]`.
"""

from __future__ import annotations

from typing import Any

from alembic import context

from newsledger.errors import StoreError
from newsledger.store.tables import metadata

FTS_MARK = "_fts"
"""SQLite FTS5 tables (and their shadow tables) are built by hand in the migration, not modelled."""


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave dialect-specific full-text objects out of autogenerate comparisons."""
    if name is None:
        return True
    if type_ == "table" and FTS_MARK in name:
        return False
    return not (type_ in ("column", "index") and "search_vector" in name)


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

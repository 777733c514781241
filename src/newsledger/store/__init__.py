"""Persistence: `open_store(url)` gives a `Store` (SQLite file by default, or PostgreSQL).

    from newsledger.store import open_store
    with open_store("sqlite:///newsledger.db") as store:
        store.add_articles([...])

The schema migrations are applied on open, so any URL that connects is ready to use.
"""

from __future__ import annotations

from newsledger.store.base import AddOutcome, Correction, IncidentFilter, Store, StoredIncident
from newsledger.store.sql import SqlStore

__all__ = [
    "AddOutcome",
    "Correction",
    "IncidentFilter",
    "SqlStore",
    "Store",
    "StoredIncident",
    "open_store",
]


def open_store(url: str) -> Store:
    """Open (creating and migrating as needed) the store at a database URL.

    `url` is `sqlite:///path.db` (or a bare path), `sqlite://` for a throwaway in-memory store, or
    `postgresql+psycopg://user:password@host:port/dbname`. Raises `StoreError` with what to do
    when the URL is wrong or the server cannot be reached.
    """
    return SqlStore(url)

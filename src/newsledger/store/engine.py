"""Database connections: URL checks, SQLite settings for safe concurrent writers, migrations.

SQLite (the default) runs in WAL mode with foreign keys on; each write transaction starts with
`BEGIN IMMEDIATE`, so two processes queue on the write lock (up to SQLITE_BUSY_SECONDS) instead of
failing halfway (datasette's database.py does the same). PostgreSQL relies on transactions and
unique keys with `ON CONFLICT`. Migrations (Alembic) run in one write transaction on open, under a
lock, so two processes opening a fresh database at once do not both create the tables.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import StaticPool

from newsledger.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

SCHEMA_REVISION = "0008"
"""The newest migration in migrations/versions/ (a test checks it against Alembic's head). Knowing
it lets an up-to-date store open with one read, without importing Alembic (~0.3 s)."""

VERSION_TABLE = "alembic_version"

SQLITE_BUSY_SECONDS = 60.0
"""How long a SQLite writer waits for another process's write transaction before giving up: a
large ingest batch holds the lock for seconds, never for a minute."""

PG_CONNECT_TIMEOUT_SECONDS = 10
"""Fail fast with a clear message when the PostgreSQL server is not there."""

PG_MIGRATION_LOCK = 0x6E65_7773  # "news": advisory lock key serialising migrations of one database

WRITE_OPTION = "newsledger_write"
"""Execution option marking a connection whose transaction writes (SQLite: BEGIN IMMEDIATE)."""

URL_HELP = (
    "use sqlite:///path/to/newsledger.db (or a bare file path) or "
    "postgresql+psycopg://user:password@host:5432/dbname"
)


FTS_MARK = "_fts"
"""SQLite FTS5 tables (and their shadow tables) are built by hand in the migration, not modelled."""


DIALECT_INDEXES = frozenset({"ix_incidents_date_desc_id"})
"""Indexes written per dialect by hand in a migration (0005), not modelled in tables.py."""


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave dialect-specific full-text objects out of schema comparisons (Alembic hook)."""
    if name is None:
        return True
    if type_ == "table" and FTS_MARK in name:
        return False
    if type_ == "index" and name in DIALECT_INDEXES:
        return False
    return not (type_ in ("column", "index") and "search_vector" in name)


def normalise_url(url: str) -> URL:
    """Parse a database URL; accept a bare file path and the plain `postgresql://` scheme."""
    if "://" not in url:
        url = f"sqlite:///{url}"
    for scheme in ("postgresql://", "postgres://"):
        if url.startswith(scheme):  # psycopg (v3) is the driver newsledger installs
            url = "postgresql+psycopg://" + url[len(scheme) :]
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"{url!r} is not a database URL: {URL_HELP}") from exc
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(
            f"{parsed.get_backend_name()!r} databases are not supported "
            f"(in {_safe(parsed)}): {URL_HELP}"
        )
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() != "psycopg":
        raise StoreError(
            f"the PostgreSQL driver {parsed.get_driver_name()!r} in {_safe(parsed)} is not "
            "installed: write the URL as postgresql+psycopg://..."
        )
    return parsed


def _safe(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _is_memory(url: URL) -> bool:
    return url.database in (None, "", ":memory:")


def create_store_engine(url: URL) -> Engine:
    """An engine with the per-dialect settings above; raises StoreError if it cannot connect."""
    try:
        if url.get_backend_name() == "sqlite":
            engine = _sqlite_engine(url)
        else:
            engine = create_engine(
                url,
                connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_SECONDS},
                pool_pre_ping=True,
            )
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StoreError(f"cannot use database URL {_safe(url)} ({exc}): {URL_HELP}") from exc
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as exc:
        engine.dispose()
        raise connection_error(url, exc) from exc
    return engine


def connection_error(url: URL, exc: DBAPIError) -> StoreError:
    """A one-line message saying what failed and what to do about it."""
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    if url.get_backend_name() == "sqlite":
        folder = Path(url.database or ".").parent
        return StoreError(
            f"cannot open the SQLite database {url.database!r} ({detail}): check that the folder "
            f"{str(folder)!r} exists and is writable, or pass another --db"
        )
    return StoreError(
        f"cannot connect to PostgreSQL at {_safe(url)} ({detail}): start the server or fix the "
        "URL (host, port, user, password, database name); for a local throwaway server run "
        ".ci/start_postgres.sh"
    )


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """Switch a file database to WAL once (the mode persists in the file). Changing the journal
    mode does not wait on SQLite's busy handler: two processes opening one new database at once
    could fail with "database is locked", so the switch is retried within SQLITE_BUSY_SECONDS."""
    deadline = time.monotonic() + SQLITE_BUSY_SECONDS
    while True:
        if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
            return
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite_engine(url: URL) -> Engine:
    memory = _is_memory(url)
    if memory:
        # One shared connection, or each pooled connection would see its own empty database.
        engine = create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool)
    else:
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS})

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: sqlite3.Connection, record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN, not the sqlite3 module.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        if not memory:
            _use_wal(cursor)
            cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL, much faster commits
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_SECONDS * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        writes = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

    return engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One write transaction (SQLite: BEGIN IMMEDIATE); commits on success, rolls back on error."""
    with engine.connect() as conn:
        conn = conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            yield conn


def alembic_config(conn: Connection | None = None) -> Config:
    """Alembic configured in code (no alembic.ini): scripts are shipped inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = conn
    return config


def head_revision() -> str | None:
    """The newest revision according to Alembic's own reading of migrations/versions/."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def read_revision(conn: Connection) -> str | None:
    """The applied revision, None for a database without newsledger tables."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar_one_or_none()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return read_revision(conn)


def upgrade(engine: Engine) -> bool:
    """Bring the schema to the newest migration; True when anything was applied.

    The common case (already up to date) costs one read; otherwise the upgrade runs in a single
    write transaction holding a lock, and the revision is read again under it.
    """
    if current_revision(engine) == SCHEMA_REVISION:
        return False
    from alembic import command

    with write_transaction(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MIGRATION_LOCK})
        if read_revision(conn) == SCHEMA_REVISION:
            return False
        command.upgrade(alembic_config(conn), "head")
    return True

"""Bulk loading of incidents: one transaction, no per-incident round trips.

`save_incidents` is the careful path for the merge stage (it deletes stale links and re-points
moved mentions on every call). A batch job or a benchmark that loads a whole ledger at once does
not need that care, only speed and idempotence:
- SQLite: `executemany` of plain INSERTs inside one `BEGIN IMMEDIATE` transaction, with the
  connection's `synchronous` pragma off and a large page cache for the duration (one fsync at the
  commit instead of one per batch); the FTS5 triggers keep search in step as usual.
- PostgreSQL: `COPY` into a temporary staging table, then one `INSERT ... SELECT ... ON CONFLICT
  DO NOTHING` per table (COPY itself cannot skip rows that already exist).
Incidents already in the store are left as they are, so a re-run loads nothing twice.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection

from newsledger.store import engine as eng
from newsledger.store import tables
from newsledger.store.base import StoredIncident
from newsledger.store.rows import incident_rows

ROWS_PER_BATCH = 5_000
"""Incidents converted and sent per executemany/COPY round: bounds the loader's memory while
keeping per-statement overhead negligible (the whole load is still one transaction)."""

SQLITE_BULK_CACHE_KIB = 200_000
"""Page cache for the load connection (~200 MB): index pages stay in memory while 1M rows land."""

SQLITE_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
"""How SQLAlchemy's DateTime stores values in SQLite (text, microseconds always written)."""

INCIDENT_COLUMNS = tuple(col.name for col in tables.incidents.c)
LINK_COLUMNS = ("mention_id", "incident_id", "position")
BLOCK_COLUMNS = ("block_key", "incident_id")

T = TypeVar("T")


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def bulk_load_incidents(
    engine: Any, incidents: Iterable[StoredIncident], batch_size: int = ROWS_PER_BATCH
) -> int:
    """Load incidents (rows, mention links, block keys) in one transaction; returns rows sent.

    Rows whose id (or mention id, or block key pair) is already stored are skipped. The caller's
    incidents must not share mention ids with each other (checked per batch, as `save_incidents`
    does).
    """
    sent = 0
    now = datetime.now(UTC)
    if engine.dialect.name != "sqlite":
        with eng.write_transaction(engine) as conn:
            _pg_staging(conn)
            for batch in _batches(incidents, batch_size):
                sent += _pg_batch(conn, batch, now)
            _pg_publish(conn)
        # Fresh statistics and visibility map: the planner sees the new rows, and index-only
        # scans (the overview aggregates) need not visit the heap. VACUUM cannot run inside a
        # transaction, hence its own autocommit connection.
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            for table in ("incidents", "incident_mentions", "incident_blocks"):
                _vacuum_until_visible(conn, table)
        return sent
    with _sqlite_bulk_connection(engine) as conn, conn.begin():
        deferred = _sqlite_defer_indexes(conn)
        for batch in _batches(incidents, batch_size):
            sent += _sqlite_batch(conn, batch, now)
        for create in deferred:  # same transaction: a failed load leaves the indexes as they were
            conn.exec_driver_sql(create)
    return sent


INCIDENT_TABLES = ("incidents", "incident_mentions", "incident_blocks")


def _sqlite_defer_indexes(conn: Connection) -> list[str]:
    """Into an empty ledger, drop the incident tables' plain secondary indexes for the load and
    return the statements that build them again (the caller runs them before the commit).

    Why: the incidents table has 14 such indexes on columns in no particular order (dates,
    coordinates, the overview's covering index...); filled row by row, each insert lands on a
    random leaf of each. Built after the load, each index is one sort: a 100k load took 14.2 s
    of CPU with the indexes in place and 9.4 s built after (1M: 172 -> 118 s). Unique indexes and
    primary keys stay: `INSERT OR IGNORE` relies on them to skip stored rows. A ledger that
    already holds incidents keeps its indexes (a small load into a large ledger would pay for
    rebuilding all of it)."""
    raw = conn.connection.driver_connection
    assert raw is not None
    if raw.execute("SELECT EXISTS (SELECT 1 FROM incidents)").fetchone()[0]:
        return []
    creates: list[str] = []
    for table in INCIDENT_TABLES:
        for _seq, name, unique, origin, *_ in raw.execute(f"PRAGMA index_list({table})").fetchall():
            if unique or origin != "c":
                continue
            (sql,) = raw.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
            ).fetchone()
            creates.append(sql)
            raw.execute(f'DROP INDEX "{name}"')
    return creates


@contextmanager
def _sqlite_bulk_connection(engine: Any) -> Iterator[Connection]:
    """A write connection with durability off and a large page cache for one bulk load (one
    fsync at the commit instead of one per batch); both restored afterwards."""
    with engine.connect() as conn:
        # Pragmas that change durability cannot be set inside a transaction: set them first.
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA synchronous=OFF")
        raw.execute(f"PRAGMA cache_size=-{SQLITE_BULK_CACHE_KIB}")
        try:
            yield conn.execution_options(**{eng.WRITE_OPTION: True})
        finally:
            raw.execute("PRAGMA synchronous=NORMAL")
            raw.execute("PRAGMA cache_size=-2000")


def bulk_insert_sqlite(engine: Any, table: Any, rows: Iterable[dict[str, Any]]) -> int:
    """Insert rows (column name -> value, as SQLAlchemy would take them) into one SQLite table
    in one transaction by plain `executemany` (rows whose key is stored are skipped). For
    building large synthetic ledgers (the merge bench's articles and mentions): SQLAlchemy's
    per-row parameter processing cost as much as SQLite itself there."""
    columns = [col.name for col in table.c if not col.computed]
    sql = (
        f"INSERT OR IGNORE INTO {table.name} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    sent = 0
    with _sqlite_bulk_connection(engine) as conn, conn.begin():
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            for batch in _batches(rows, ROWS_PER_BATCH):
                cursor.executemany(
                    sql, [tuple(_sqlite_value(row.get(c)) for c in columns) for row in batch]
                )
                sent += len(batch)
        finally:
            cursor.close()
    return sent


def _sqlite_batch(conn: Connection, batch: Sequence[StoredIncident], now: datetime) -> int:
    rows, links, blocks = incident_rows(batch, now)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(
            f"INSERT OR IGNORE INTO incidents ({', '.join(INCIDENT_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(INCIDENT_COLUMNS))})",
            [tuple(_sqlite_value(row[c]) for c in INCIDENT_COLUMNS) for row in rows],
        )
        cursor.executemany(
            "INSERT OR IGNORE INTO incident_mentions (mention_id, incident_id, position) "
            "VALUES (?, ?, ?)",
            [tuple(link[c] for c in LINK_COLUMNS) for link in links],
        )
        cursor.executemany(
            "INSERT OR IGNORE INTO incident_blocks (block_key, incident_id) VALUES (?, ?)",
            [tuple(block[c] for c in BLOCK_COLUMNS) for block in blocks],
        )
    finally:
        cursor.close()
    return len(rows)


_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})
"""Values SQLite binds as they are: most of a row's columns, checked first (one set lookup
instead of three isinstance tests for each of 1.7M values in a 100k load)."""

_encode_json = json.JSONEncoder(ensure_ascii=False).encode
"""`json.dumps(value, ensure_ascii=False)` without building an encoder per call."""


def _sqlite_value(value: Any) -> Any:
    """The value as SQLAlchemy would bind it on SQLite (JSON text, ISO dates, naive UTC)."""
    if type(value) in _PLAIN_TYPES:
        return value
    if isinstance(value, dict | list):
        return _encode_json(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime(SQLITE_DATETIME_FORMAT)
    if isinstance(value, date):
        return value.isoformat()
    return value


VACUUM_RETRY_SECONDS = (0.5, 1.0, 2.0, 4.0)
"""Waits before vacuuming again when pages are left not all-visible (measured on PostgreSQL
15: a VACUUM right after the load's commit marked no page all-visible; one 2 s later marked
all), so deep list pages and counts scan the index alone (2 ms instead of 65 ms at offset
20,000 of 100k)."""


def _vacuum_until_visible(conn: Any, table: str) -> None:
    """VACUUM (ANALYZE) `table`, again after a pause while its visibility map lags."""
    conn.exec_driver_sql(f"VACUUM (ANALYZE) {table}")
    for pause in VACUUM_RETRY_SECONDS:
        visible, pages = conn.exec_driver_sql(
            f"SELECT relallvisible, relpages FROM pg_class WHERE oid = to_regclass('{table}')"
        ).one()
        if visible >= pages:
            return
        time.sleep(pause)
        conn.exec_driver_sql(f"VACUUM {table}")


def _pg_staging(conn: Connection) -> None:
    for table in ("incidents", "incident_mentions", "incident_blocks"):
        conn.exec_driver_sql(
            f"CREATE TEMPORARY TABLE bulk_{table} (LIKE {table} INCLUDING DEFAULTS) ON COMMIT DROP"
        )
    # The generated tsvector column is computed on the real table, not copied.
    conn.exec_driver_sql("ALTER TABLE bulk_incidents DROP COLUMN IF EXISTS search_vector")


def _pg_batch(conn: Connection, batch: Sequence[StoredIncident], now: datetime) -> int:
    rows, links, blocks = incident_rows(batch, now)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        for table, columns, items in (
            ("incidents", INCIDENT_COLUMNS, rows),
            ("incident_mentions", LINK_COLUMNS, links),
            ("incident_blocks", BLOCK_COLUMNS, blocks),
        ):
            with cursor.copy(f"COPY bulk_{table} ({', '.join(columns)}) FROM STDIN") as copy:
                for item in items:
                    copy.write_row([_pg_value(item[c]) for c in columns])
    finally:
        cursor.close()
    return len(rows)


def _pg_value(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _pg_publish(conn: Connection) -> None:
    columns = ", ".join(INCIDENT_COLUMNS)
    conn.exec_driver_sql(
        f"INSERT INTO incidents ({columns}) SELECT {columns} FROM bulk_incidents "
        "ON CONFLICT (id) DO NOTHING"
    )
    conn.exec_driver_sql(
        "INSERT INTO incident_mentions (mention_id, incident_id, position) "
        "SELECT b.mention_id, b.incident_id, b.position FROM bulk_incident_mentions b "
        "JOIN incidents i ON i.id = b.incident_id ON CONFLICT (mention_id) DO NOTHING"
    )
    conn.exec_driver_sql(
        "INSERT INTO incident_blocks (block_key, incident_id) "
        "SELECT b.block_key, b.incident_id FROM bulk_incident_blocks b "
        "JOIN incidents i ON i.id = b.incident_id ON CONFLICT DO NOTHING"
    )

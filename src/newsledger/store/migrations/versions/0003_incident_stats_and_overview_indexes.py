"""Counts that do not scan, a data version for caching, and covering indexes for the overview.

- `incident_stats`: two rows kept in step by triggers on `incidents`: `incidents` (how many are
  stored: the unfiltered total without a count over the table) and `version` (bumped by every
  insert, update and delete: HTTP ETags and the aggregate cache key on it). SQLite triggers are
  per row; PostgreSQL's are per statement with transition tables, so a COPY of a million rows
  updates the row once instead of a million times.
- `ix_incidents_date_date_last_id`: list pages filtered by `since` walk this index in date order
  without reading a single summary (the old (date, id) index made every row a table read).
- `ix_incidents_overview`: every column the timeline and map aggregates filter or group on,
  led by `date_last` so a `since` filter is a range: the aggregates never read the table.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

OVERVIEW_COLUMNS = [
    "date_last", "date", "longitude", "latitude", "event_type", "sources", "has_conflict",
    "country_code", "id",
]  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "incident_stats",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_incident_stats"),
    )
    op.execute(
        "INSERT INTO incident_stats (name, value) "
        "SELECT 'incidents', count(*) FROM incidents UNION ALL SELECT 'version', 0"
    )
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_triggers()
    else:
        _sqlite_triggers()
    op.create_index("ix_incidents_date_date_last_id", "incidents", ["date", "date_last", "id"])
    op.create_index("ix_incidents_overview", "incidents", OVERVIEW_COLUMNS)


def _sqlite_triggers() -> None:
    op.execute(
        "CREATE TRIGGER incident_stats_insert AFTER INSERT ON incidents BEGIN "
        "UPDATE incident_stats SET value = value + 1; END"
    )
    op.execute(
        "CREATE TRIGGER incident_stats_delete AFTER DELETE ON incidents BEGIN "
        "UPDATE incident_stats SET value = value + CASE name WHEN 'incidents' THEN -1 ELSE 1 END;"
        " END"
    )
    op.execute(
        "CREATE TRIGGER incident_stats_update AFTER UPDATE ON incidents BEGIN "
        "UPDATE incident_stats SET value = value + 1 WHERE name = 'version'; END"
    )


def _postgresql_triggers() -> None:
    # A statement that touched no row (ON CONFLICT DO NOTHING on a re-run) changes nothing.
    for name, table, change in (
        ("insert", "new_rows", "+(SELECT count(*) FROM new_rows)"),
        ("delete", "old_rows", "-(SELECT count(*) FROM old_rows)"),
        ("update", "new_rows", "0"),
    ):
        op.execute(
            f"CREATE FUNCTION incident_stats_{name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN IF EXISTS (SELECT 1 FROM {table}) THEN "
            "UPDATE incident_stats SET value = value + CASE name "
            f"WHEN 'incidents' THEN {change} ELSE 1 END; END IF; RETURN NULL; END $$"
        )
        kind = "OLD" if name == "delete" else "NEW"
        op.execute(
            f"CREATE TRIGGER incident_stats_{name} AFTER {name.upper()} ON incidents "
            f"REFERENCING {kind} TABLE AS {table} FOR EACH STATEMENT "
            f"EXECUTE FUNCTION incident_stats_{name}()"
        )


def downgrade() -> None:
    op.drop_index("ix_incidents_overview", table_name="incidents")
    op.drop_index("ix_incidents_date_date_last_id", table_name="incidents")
    postgres = op.get_bind().dialect.name == "postgresql"
    for name in ("insert", "delete", "update"):
        op.execute(
            f"DROP TRIGGER IF EXISTS incident_stats_{name}" + (" ON incidents" if postgres else "")
        )
        if postgres:
            op.execute(f"DROP FUNCTION IF EXISTS incident_stats_{name}()")
    op.drop_table("incident_stats")

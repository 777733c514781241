"""Incidents keep their place's `geo_precision` as a column, in the overview's covering index.

The index map drew a cell holding several incidents placed only at a county, region, country or
sea area as a solid cluster, as if they were towns: the map aggregates read only the covering
index `ix_incidents_overview`, and the precision lived in the summary JSON alone. The column is
derived from `summary.location.geo_precision` on every save (store/derive.py); existing rows
are filled here from the stored summary (an integer there, else NULL, as `derive` reads it),
and the index is rebuilt with the column so the map's area counts still read no table row.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None

OLD_OVERVIEW_COLUMNS = [
    "date_last", "date", "longitude", "latitude", "event_type", "sources", "has_conflict",
    "country_code", "id",
]  # fmt: skip
OVERVIEW_COLUMNS = [*OLD_OVERVIEW_COLUMNS, "geo_precision"]

SQLITE_BACKFILL = (
    "UPDATE incidents SET geo_precision = json_extract(summary, '$.location.geo_precision') "
    "WHERE json_type(summary, '$.location.geo_precision') = 'integer' "
    "AND json_extract(summary, '$.location.geo_precision') BETWEEN 0 AND 999999999"
)
"""Only a whole number (as `derive.geo_precision` takes it): 3.0, "3" or true stay NULL."""

POSTGRESQL_BACKFILL = (
    "UPDATE incidents SET geo_precision = (summary -> 'location' ->> 'geo_precision')::integer "
    "WHERE json_typeof(summary -> 'location' -> 'geo_precision') = 'number' "
    "AND (summary -> 'location' ->> 'geo_precision') ~ '^[0-9]{1,9}$'"
)
"""The same rule on PostgreSQL (`->` on a location that is not an object gives NULL)."""


def upgrade() -> None:
    op.add_column("incidents", sa.Column("geo_precision", sa.Integer()))
    postgres = op.get_bind().dialect.name == "postgresql"
    op.execute(POSTGRESQL_BACKFILL if postgres else SQLITE_BACKFILL)
    op.drop_index("ix_incidents_overview", table_name="incidents")
    op.create_index("ix_incidents_overview", "incidents", OVERVIEW_COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_incidents_overview", table_name="incidents")
    op.create_index("ix_incidents_overview", "incidents", OLD_OVERVIEW_COLUMNS)
    # A plain ALTER on both (SQLite 3.35+): a batch copy would drop the table's triggers.
    op.execute("ALTER TABLE incidents DROP COLUMN geo_precision")

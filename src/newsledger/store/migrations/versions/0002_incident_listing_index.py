"""Indexes for paging incident listings: (date, id), (sources, date, id), and date_last.

Listing pages pick ids first from these indexes, then read only that page's summaries, so a deep
page of a large ledger no longer reads every summary before it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_index("ix_incidents_date_id", "incidents", ["date", "id"])
    op.create_index("ix_incidents_sources_date_id", "incidents", ["sources", "date", "id"])
    op.create_index("ix_incidents_date_last", "incidents", ["date_last"])


def downgrade() -> None:
    op.drop_index("ix_incidents_date_last", table_name="incidents")
    op.drop_index("ix_incidents_sources_date_id", table_name="incidents")
    op.drop_index("ix_incidents_date_id", table_name="incidents")

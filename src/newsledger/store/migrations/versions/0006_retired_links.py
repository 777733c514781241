"""Retired links: the mentions that have left an incident id, so an old id says where it went.

An incident's id is its earliest mention's hash, so a split, a merge or a re-resolution retires
ids (or leaves an id with a one-article remainder); a bookmarked `/incidents/ID` showed the
remainder or nothing. `save_incidents` records each mention that leaves an id here, and the
incidents holding those mentions now are the answer (docs/schema.md, "Ids that moved").

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "retired_links",
        sa.Column("incident_id", sa.Text(), nullable=False),
        sa.Column("mention_id", sa.Text(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("incident_id", "mention_id", name="pk_retired_links"),
    )


def downgrade() -> None:
    op.drop_table("retired_links")

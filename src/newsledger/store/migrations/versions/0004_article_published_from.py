"""Articles record where their publication date came from (`published_from`).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("published_from", sa.Text()))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("published_from")

"""An index in the default listing order: `date DESC NULLS LAST, id` (plus `date_last`).

The API and the home page list newest first with ties by id. No earlier index has that order
(a backward scan of (date, id) gives ids descending and, on PostgreSQL, undated rows first), so
PostgreSQL sorted every matching row for each page (130 ms at offset 25,000 of 100k) and SQLite
sorted within each date. With this index a page, `since` filter included (`date_last` makes it
covering), is a scan that stops after the page.

The column order syntax differs (SQLite puts NULLs last in DESC order by itself and has no NULLS
clause in CREATE INDEX), so the index is written per dialect and left out of the model comparison
(`store.engine.include_object`), like the full-text objects.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

INDEX = "ix_incidents_date_desc_id"


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    newest_first = "date DESC NULLS LAST" if postgres else "date DESC"
    op.execute(f"CREATE INDEX {INDEX} ON incidents ({newest_first}, id, date_last)")


def downgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")

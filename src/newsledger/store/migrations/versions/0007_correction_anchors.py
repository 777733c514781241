"""Corrections remember where each of their mentions stood (`anchors`), not only ARTICLE:INDEX.

A mention's index is its place in its article's extraction, so `extract --force` after a rule
change (a mention found before it, or one dropped) made a stored split or merge point at another
mention, or at none. Each correction now keeps, per mention id, the article and character span
of the mention's anchor (an article's text never changes: its id is its hash), and reading the
corrections maps each to the mention that stands there now (`SqlStore.list_corrections`).
Existing corrections get the anchors of the mentions their ids name now.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None


def _json(value: Any) -> Any:
    """A JSON value, whether the driver gave it parsed or as text."""
    return json.loads(value) if isinstance(value, str | bytes) else value


def upgrade() -> None:
    op.add_column("corrections", sa.Column("anchors", sa.JSON()))
    conn = op.get_bind()
    corrections = sa.table(
        "corrections",
        sa.column("id", sa.Integer),
        sa.column("mention_ids", sa.JSON),
        sa.column("anchors", sa.JSON),
    )
    mentions = sa.table("mentions", sa.column("id", sa.Text), sa.column("data", sa.JSON))
    rows = conn.execute(sa.select(corrections.c.id, corrections.c.mention_ids)).all()
    for row in rows:
        anchors = []
        for mention_id in _json(row.mention_ids):
            data = conn.execute(
                sa.select(mentions.c.data).where(mentions.c.id == mention_id)
            ).scalar_one_or_none()
            anchor = (_json(data) or {}).get("anchor") if data is not None else None
            anchors.append(
                {k: anchor[k] for k in ("article_id", "start", "end")} if anchor else None
            )
        conn.execute(
            sa.update(corrections).where(corrections.c.id == row.id).values(anchors=anchors)
        )


def downgrade() -> None:
    with op.batch_alter_table("corrections") as batch:
        batch.drop_column("anchors")

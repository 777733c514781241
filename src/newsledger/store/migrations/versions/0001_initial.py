"""Initial schema: articles, dedup index, rejections, mentions, claims, quotes, incidents.

Full-text search is the only dialect-specific part, and it behaves the same on both: SQLite gets
FTS5 tables kept in step by triggers, PostgreSQL gets generated tsvector columns with GIN indexes.
Both stem English words and index at most FTS_MAX_CHARS characters of an article.

Revision ID: 0001
Revises:
Create Date: 2025-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

FTS_MAX_CHARS = 200_000
"""Characters of an article's title + text indexed for search: PostgreSQL refuses tsvectors over
1 MB, which adversarial text of ~500k distinct short words could reach; real reports are far
shorter."""

JSON = sa.JSON()  # PostgreSQL json, not jsonb: key order is kept as written
BYTES = sa.LargeBinary().with_variant(postgresql.BYTEA(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("url", sa.Text()),
        sa.Column("title", sa.Text()),
        sa.Column("outlet", sa.Text()),
        sa.Column("author", sa.Text()),
        sa.Column("language", sa.Text()),
        sa.Column("published", sa.Date()),
        sa.Column("published_precision", sa.Text()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.Column("origin", sa.Text()),
        sa.Column("duplicate_of", sa.Text()),
        sa.Column("extracted_at", sa.DateTime()),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
    )
    op.create_index("ix_articles_duplicate_of", "articles", ["duplicate_of"])
    op.create_index("ix_articles_extracted_at", "articles", ["extracted_at"])
    op.create_index("ix_articles_published_id", "articles", ["published", "id"])

    op.create_table(
        "article_signatures",
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("signature", BYTES, nullable=False),
        sa.PrimaryKeyConstraint("article_id", name="pk_article_signatures"),
    )
    op.create_table(
        "article_lsh",
        sa.Column("band", sa.Text(), nullable=False),
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("band", "article_id", name="pk_article_lsh"),
    )
    op.create_index("ix_article_lsh_article_id", "article_lsh", ["article_id"])

    op.create_table(
        "rejections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_rejections"),
        sa.UniqueConstraint("key", name="uq_rejections_key"),
    )

    op.create_table(
        "mentions",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("mention_index", sa.Integer(), nullable=False),
        sa.Column("main", sa.Boolean(), nullable=False),
        sa.Column("data", JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            name="fk_mentions_article_id_articles",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_mentions"),
        sa.UniqueConstraint(
            "article_id", "mention_index", name="uq_mentions_article_id_mention_index"
        ),
    )

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mention_id", sa.Text(), nullable=False),
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("value", JSON),
        sa.Column("max_value", sa.Integer()),
        sa.Column("qualifier", sa.Text()),
        sa.Column("kind", sa.Text()),
        sa.Column("actor", sa.Text()),
        sa.Column("item", sa.Text()),
        sa.Column("role", sa.Text()),
        sa.Column("attributed_to", sa.Text()),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["mentions.id"],
            ondelete="CASCADE",
            name="fk_claims_mention_id_mentions",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
    )
    op.create_index("ix_claims_mention_id", "claims", ["mention_id"])
    op.create_index("ix_claims_article_id", "claims", ["article_id"])
    op.create_index("ix_claims_field", "claims", ["field"])

    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mention_id", sa.Text(), nullable=False),
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.Text()),
        sa.Column("affiliation", sa.Text()),
        sa.Column("cue", sa.Text()),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("medium", sa.Text()),
        sa.Column("direct", sa.Boolean(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["mentions.id"],
            ondelete="CASCADE",
            name="fk_quotes_mention_id_mentions",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_quotes"),
    )
    op.create_index("ix_quotes_mention_id", "quotes", ["mention_id"])
    op.create_index("ix_quotes_article_id", "quotes", ["article_id"])
    op.create_index("ix_quotes_speaker", "quotes", ["speaker"])

    op.create_table(
        "incidents",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("summary", JSON, nullable=False),
        sa.Column("date", sa.Date()),
        sa.Column("date_last", sa.Date()),
        sa.Column("event_type", sa.Text()),
        sa.Column("sub_event_type", sa.Text()),
        sa.Column("place_name", sa.Text()),
        sa.Column("place_key", sa.Text()),
        sa.Column("admin1_key", sa.Text()),
        sa.Column("admin2_key", sa.Text()),
        sa.Column("country_code", sa.Text()),
        sa.Column("latitude", sa.Float()),
        sa.Column("longitude", sa.Float()),
        sa.Column("sources", sa.Integer(), nullable=False),
        sa.Column("has_conflict", sa.Boolean(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_incidents"),
    )
    for column in (
        "date",
        "event_type",
        "place_key",
        "admin1_key",
        "admin2_key",
        "country_code",
        "sources",
    ):
        op.create_index(f"ix_incidents_{column}", "incidents", [column])
    op.create_index("ix_incidents_longitude_latitude", "incidents", ["longitude", "latitude"])

    op.create_table(
        "incident_mentions",
        sa.Column("mention_id", sa.Text(), nullable=False),
        sa.Column("incident_id", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            ondelete="CASCADE",
            name="fk_incident_mentions_incident_id_incidents",
        ),
        sa.PrimaryKeyConstraint("mention_id", name="pk_incident_mentions"),
    )
    op.create_index("ix_incident_mentions_incident_id", "incident_mentions", ["incident_id"])

    op.create_table(
        "incident_blocks",
        sa.Column("block_key", sa.Text(), nullable=False),
        sa.Column("incident_id", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            ondelete="CASCADE",
            name="fk_incident_blocks_incident_id_incidents",
        ),
        sa.PrimaryKeyConstraint("block_key", "incident_id", name="pk_incident_blocks"),
    )
    op.create_index("ix_incident_blocks_incident_id", "incident_blocks", ["incident_id"])

    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("mention_ids", JSON, nullable=False),
        sa.Column("note", sa.Text()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_corrections"),
    )

    if op.get_bind().dialect.name == "postgresql":
        _postgresql_search()
    else:
        _sqlite_search()


def _postgresql_search() -> None:
    """Generated tsvector columns (always in step, no trigger to forget) with GIN indexes."""
    op.execute(
        "ALTER TABLE incidents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
        "(to_tsvector('english', search_text)) STORED"
    )
    op.execute("CREATE INDEX ix_incidents_search_vector ON incidents USING gin (search_vector)")
    op.execute(
        "ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
        "(to_tsvector('english', left(coalesce(title, '') || ' ' || text, "
        f"{FTS_MAX_CHARS}))) STORED"
    )
    op.execute("CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)")


def _sqlite_search() -> None:
    """Contentless FTS5 tables (no second copy of the text) kept in step by triggers.

    Each FTS table has a small map between the row's text id and its FTS rowid, so deletes and
    updates touch one FTS row by rowid (the implicit rowid of a text-keyed table may change on
    VACUUM, so it cannot be the link).
    """
    tokenizer = "porter unicode61 remove_diacritics 2"
    for table, old_body, new_body in (
        ("incidents", "old.search_text", "new.search_text"),
        ("articles", _article_body("old"), _article_body("new")),
    ):
        fts, rowids = f"{table}_fts", f"{table}_fts_rowids"
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5(body, content='', tokenize='{tokenizer}')"
        )
        op.execute(
            f"CREATE TABLE {rowids} (id TEXT PRIMARY KEY, fts_rowid INTEGER NOT NULL UNIQUE)"
        )
        insert = (
            f"INSERT INTO {fts} (body) VALUES ({new_body}); "
            f"INSERT INTO {rowids} (id, fts_rowid) VALUES (new.id, last_insert_rowid());"
        )
        # A contentless table forgets a row when told the exact text it indexed.
        delete = (
            f"INSERT INTO {fts} ({fts}, rowid, body) VALUES ('delete', "
            f"(SELECT fts_rowid FROM {rowids} WHERE id = old.id), {old_body}); "
            f"DELETE FROM {rowids} WHERE id = old.id;"
        )
        watched = "search_text" if table == "incidents" else "title, text"
        op.execute(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {delete} END")
        op.execute(
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {watched} ON {table} "
            f"BEGIN {delete} {insert} END"
        )


def _article_body(row: str) -> str:
    return f"substr(coalesce({row}.title, '') || ' ' || {row}.text, 1, {FTS_MAX_CHARS})"


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        for table in ("incidents", "articles"):
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts_rowids")
    for table in (
        "corrections",
        "incident_blocks",
        "incident_mentions",
        "incidents",
        "quotes",
        "claims",
        "mentions",
        "rejections",
        "article_lsh",
        "article_signatures",
        "articles",
    ):
        op.drop_table(table)

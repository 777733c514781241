"""SQLAlchemy table models: the schema both backends share.

The migrations in `store/migrations/versions/` create exactly these tables (a test compares them);
change a table here only together with a new migration. Full-text search lives outside these
models because it is dialect-specific: SQLite FTS5 tables `incidents_fts` / `articles_fts` (kept in
step by triggers) and PostgreSQL generated `search_vector` tsvector columns with GIN indexes.

Ids are content hashes or derived from them ("<article id>:<mention index>"), so unique keys make
re-runs and concurrent runs idempotent.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import BYTEA

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

JsonData = JSON()
"""JSON on both backends (PostgreSQL `json`, not `jsonb`): documents come back with their keys in
the order they were written, so output is the same whichever database holds it."""

Bytes = LargeBinary().with_variant(BYTEA(), "postgresql")


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp stored as naive UTC on both backends and read back timezone-aware (UTC).

    SQLite has no timezone type, so storing UTC everywhere keeps both dialects identical; a naive
    value handed in is taken to be UTC already.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # pragma: no cover - defensive: SQLite type affinity
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


articles = Table(
    "articles",
    metadata,
    Column("id", Text, primary_key=True),
    Column("url", Text),
    Column("title", Text),
    Column("outlet", Text),
    Column("author", Text),
    Column("language", Text),
    Column("published", Date),
    Column("published_precision", Text),
    Column("published_from", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", UtcDateTime, nullable=False),
    Column("origin", Text),
    Column("duplicate_of", Text, index=True),
    # Set when extraction has run, even if it found no mention (so a re-run resumes, not repeats).
    Column("extracted_at", UtcDateTime, index=True),
)
Index("ix_articles_published_id", articles.c.published, articles.c.id)

article_signatures = Table(
    "article_signatures",
    metadata,
    # No foreign key: dedup may index an article in the same batch before the article is written.
    Column("article_id", Text, primary_key=True),
    Column("signature", Bytes, nullable=False),
)

article_lsh = Table(
    "article_lsh",
    metadata,
    Column("band", Text, nullable=False),
    Column("article_id", Text, nullable=False, index=True),
    # The primary key (band first) is the band lookup index.
    PrimaryKeyConstraint("band", "article_id"),
)

rejections = Table(
    "rejections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # sha256 of origin + reason: a unique key that stays small however long the two texts are.
    Column("key", Text, nullable=False, unique=True),
    Column("origin", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", UtcDateTime, nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Text, primary_key=True),
    Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("mention_index", Integer, nullable=False),
    Column("main", Boolean, nullable=False),
    Column("data", JsonData, nullable=False),
    UniqueConstraint("article_id", "mention_index"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "mention_id",
        Text,
        ForeignKey("mentions.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("article_id", Text, nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("field", Text, nullable=False, index=True),
    Column("value", JsonData),
    Column("max_value", Integer),
    Column("qualifier", Text),
    Column("kind", Text),
    Column("actor", Text),
    Column("item", Text),
    Column("role", Text),
    Column("attributed_to", Text),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "mention_id",
        Text,
        ForeignKey("mentions.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("article_id", Text, nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("speaker", Text, index=True),
    Column("affiliation", Text),
    Column("cue", Text),
    Column("content", Text, nullable=False),
    Column("medium", Text),
    Column("direct", Boolean, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", Text, primary_key=True),
    Column("summary", JsonData, nullable=False),
    # Filter columns derived from `summary` on every save (see store/derive.py).
    Column("date", Date, index=True),
    Column("date_last", Date),
    Column("event_type", Text, index=True),
    Column("sub_event_type", Text),
    Column("place_name", Text),
    Column("place_key", Text, index=True),
    Column("admin1_key", Text, index=True),
    Column("admin2_key", Text, index=True),
    Column("country_code", Text, index=True),
    Column("latitude", Float),
    Column("longitude", Float),
    # ACLED geo-precision of the place (1 town, 2 near or part of one, 3 county, region,
    # country or sea area; migration 0008): the map counts area-level incidents apart.
    Column("geo_precision", Integer),
    Column("sources", Integer, nullable=False, index=True),
    Column("has_conflict", Boolean, nullable=False),
    Column("search_text", Text, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)
Index("ix_incidents_longitude_latitude", incidents.c.longitude, incidents.c.latitude)
Index("ix_incidents_date_id", incidents.c.date, incidents.c.id)
Index("ix_incidents_sources_date_id", incidents.c.sources, incidents.c.date, incidents.c.id)
Index("ix_incidents_date_last", incidents.c.date_last)
# Covering indexes (migration 0003): list pages filtered by `since`, and the overview aggregates
# (`geo_precision` added by migration 0008, so the map's area counts still read no table row).
Index("ix_incidents_date_date_last_id", incidents.c.date, incidents.c.date_last, incidents.c.id)
Index(
    "ix_incidents_overview",
    *(incidents.c[name] for name in (
        "date_last", "date", "longitude", "latitude", "event_type", "sources", "has_conflict",
        "country_code", "id", "geo_precision",
    )),
)  # fmt: skip

incident_stats = Table(
    "incident_stats",
    metadata,
    # Rows 'incidents' (stored count) and 'version' (bumped on every change), kept in step by
    # triggers on `incidents` (migration 0003): the unfiltered total and the cache key, no scan.
    Column("name", Text, primary_key=True),
    Column("value", BigInteger, nullable=False),
)

incident_mentions = Table(
    "incident_mentions",
    metadata,
    # No foreign key to mentions: re-extraction replaces mentions; merge re-links them after.
    Column("mention_id", Text, primary_key=True),
    Column(
        "incident_id",
        Text,
        ForeignKey("incidents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("position", Integer, nullable=False),
)

incident_blocks = Table(
    "incident_blocks",
    metadata,
    Column("block_key", Text, nullable=False),
    Column(
        "incident_id",
        Text,
        ForeignKey("incidents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    # The primary key (block key first) is the blocking index.
    PrimaryKeyConstraint("block_key", "incident_id"),
)

retired_links = Table(
    "retired_links",
    metadata,
    # A mention that has left the incident id it was in (a split, a merge, a re-resolution, an
    # id that changed with its earliest mention; migration 0006). The incidents holding these
    # mentions now are where a bookmarked or cited id went (`Store.incident_moved_to`). No
    # foreign keys: the id is retired, and the mention may be re-extracted.
    Column("incident_id", Text, nullable=False),
    Column("mention_id", Text, nullable=False),
    Column("retired_at", UtcDateTime, nullable=False),
    # The primary key (incident id first) is the lookup index.
    PrimaryKeyConstraint("incident_id", "mention_id"),
)

corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", Text, nullable=False),
    Column("mention_ids", JsonData, nullable=False),
    Column("note", Text),
    Column("created_at", UtcDateTime, nullable=False),
    # Per mention id, where the mention stood when the correction was made ({article_id, start,
    # end} of its anchor, or null): a re-extraction renumbers an article's mentions, and the
    # span, not ARTICLE:INDEX, says which mention a person meant (migration 0007).
    Column("anchors", JsonData),
)

"""`IncidentFilter` as SQL: the same conditions and ordering on SQLite and PostgreSQL.

Full-text search is the one dialect-specific part: FTS5 `MATCH` on SQLite, the generated
`search_vector` tsvector with `plainto_tsquery` on PostgreSQL. Both get the query folded and split
into words the same way (`derive.query_words`) and require every word (AND).
"""

from __future__ import annotations

import base64
import json
import math
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, column, false, func, literal_column, or_
from sqlalchemy import text as sql_text
from sqlalchemy import true as sql_true

from newsledger.errors import BadFilterError
from newsledger.store import tables
from newsledger.store.base import IncidentFilter
from newsledger.store.derive import (
    STOPWORDS,
    PlaceTerm,
    fts5_match,
    place_readings,
    query_words,
)

SORTS = ("date", "-date", "sources", "-sources")
SORT_HINT = "use " + ", ".join(SORTS[:-1]) + " or " + SORTS[-1]
"""What a refused sort is told: "use date, -date, sources or -sources"."""
TS_CONFIG = "'english'::regconfig"
"""Text-search configuration on PostgreSQL; matches the migration's generated columns."""

CURSOR_HELP = "pass the next_cursor of the previous page unchanged, with the same sort"

LAT_RANGE = (-90.0, 90.0)
LON_RANGE = (-180.0, 180.0)


TYPE_PAIR = re.compile(r"\s+/\s+")
"""How the terminal, the web page and docs write an incident's type: "Riots / Mob violence".
Spaces around the slash are required: "Explosions/Remote violence" is one event type."""


def type_pair(text: str) -> tuple[str, str] | None:
    """("Riots", "Mob violence") for "Riots / Mob violence", the form every list shows, so a
    type copied from a list filters by both; None for a single type or sub-event type."""
    parts = TYPE_PAIR.split(text.strip())
    if len(parts) != 2 or not all(parts):
        return None
    return parts[0], parts[1]


def check_filter(flt: IncidentFilter) -> None:
    """Refuse values no query can honour, naming the value and what is accepted."""
    if flt.sort not in SORTS:
        raise BadFilterError(f"sort={flt.sort!r}: use one of {', '.join(SORTS)}")
    if flt.limit is not None and flt.limit < 0:
        raise BadFilterError(f"limit={flt.limit}: use zero or more")
    if flt.offset < 0:
        raise BadFilterError(f"offset={flt.offset}: use zero or more")
    if flt.cursor is not None and flt.offset:
        raise BadFilterError("give either a cursor or an offset, not both: " + CURSOR_HELP)
    if flt.since and flt.until and flt.since > flt.until:
        raise BadFilterError(f"since={flt.since} is after until={flt.until}")
    if flt.min_sources is not None and flt.min_sources < 0:
        raise BadFilterError(f"min_sources={flt.min_sources}: use zero or more")
    if flt.bbox is not None:
        _check_bbox(flt.bbox)
    if flt.query is not None and flt.query.strip() and not query_words(flt.query):
        raise BadFilterError(
            f"query={flt.query!r} has no words to search for (common words such as 'the' are "
            "ignored)"
        )


def _check_bbox(bbox: Any) -> None:
    help_text = "use min_lon,min_lat,max_lon,max_lat in degrees"
    try:
        min_lon, min_lat, max_lon, max_lat = (float(v) for v in bbox)
    except (TypeError, ValueError) as exc:
        raise BadFilterError(f"bbox={bbox!r}: {help_text}") from exc
    values = (min_lon, min_lat, max_lon, max_lat)
    if not all(math.isfinite(v) for v in values):
        raise BadFilterError(f"bbox={bbox!r}: {help_text}")
    lat_ok = all(LAT_RANGE[0] <= v <= LAT_RANGE[1] for v in (min_lat, max_lat))
    lon_ok = all(LON_RANGE[0] <= v <= LON_RANGE[1] for v in (min_lon, max_lon))
    if not (lat_ok and lon_ok) or min_lat > max_lat:
        raise BadFilterError(f"bbox={bbox!r}: {help_text} (south before north)")


def _place_term(term: PlaceTerm) -> ColumnElement[bool]:
    """An incident whose town, region, district or country is the term's."""
    c = tables.incidents.c
    options = [
        c.place_key == term.key,
        c.admin1_key == term.key,
        c.admin2_key == term.key,
        c.country_code.in_(term.countries),
    ]
    if term.us_state is not None:
        options.append(and_(c.country_code == "US", c.admin1_key == term.us_state))
    return or_(*options)


def conditions(
    flt: IncidentFilter, dialect: str, *, ranged_since: bool = False
) -> list[ColumnElement[bool]]:
    """WHERE conditions for a checked filter.

    An incident spanning several days matches `since` when any of its days is in range. The
    store always writes `date_last` when `date` is known (derive.incident_row), so
    `date_last >= since` is the same test as `coalesce(date_last, date) >= since`; counts and
    aggregates ask for that bare form (`ranged_since`), a range on the date_last-led indexes,
    while list pages keep the expression so the planner walks the date-ordered covering index
    in page order and stops after the page.
    """
    c = tables.incidents.c
    where: list[ColumnElement[bool]] = []
    if flt.since is not None:
        if ranged_since:
            where.append(c.date_last >= flt.since)
        else:
            where.append(func.coalesce(c.date_last, c.date) >= flt.since)
    if flt.until is not None:
        where.append(c.date <= flt.until)
    if flt.place and flt.place.strip():
        where.append(or_(*(and_(*map(_place_term, r)) for r in place_readings(flt.place))))
    if flt.bbox is not None:
        min_lon, min_lat, max_lon, max_lat = (float(v) for v in flt.bbox)
        where.append(c.latitude.between(min_lat, max_lat))
        if min_lon <= max_lon:
            where.append(c.longitude.between(min_lon, max_lon))
        else:  # the box crosses the antimeridian
            where.append(or_(c.longitude >= min_lon, c.longitude <= max_lon))
    if flt.event_type and flt.event_type.strip():
        pair = type_pair(flt.event_type)
        if pair is not None:
            where.append(func.lower(c.event_type) == pair[0].lower())
            where.append(func.lower(c.sub_event_type) == pair[1].lower())
        else:
            wanted = flt.event_type.strip().lower()
            where.append(
                or_(func.lower(c.event_type) == wanted, func.lower(c.sub_event_type) == wanted)
            )
    if flt.min_sources is not None:
        where.append(c.sources >= flt.min_sources)
    if flt.has_conflict is not None:
        where.append(c.has_conflict == (sql_true() if flt.has_conflict else false()))
    if flt.query and flt.query.strip():
        where.append(_text_match(query_words(flt.query), dialect))
    return where


def _text_match(words: list[str], dialect: str) -> ColumnElement[bool]:
    if dialect == "postgresql":
        tsquery = func.plainto_tsquery(literal_column(TS_CONFIG), " ".join(words))
        return literal_column("incidents.search_vector").op("@@")(tsquery)
    matching = (
        sql_text(
            "SELECT id FROM incidents_fts_rowids WHERE fts_rowid IN "
            "(SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH :fts_match)"
        )
        .bindparams(fts_match=fts5_match(words))
        .columns(column("id"))
    )
    return tables.incidents.c.id.in_(matching)


def ordering(sort: str) -> list[Any]:
    """ORDER BY for a sort key; ties broken by id so paging is stable. Undated incidents last."""
    c = tables.incidents.c
    by_date_desc = c.date.desc().nulls_last()
    if sort == "date":
        return [c.date.asc().nulls_last(), c.id]
    if sort == "-date":
        return [by_date_desc, c.id]
    if sort == "sources":
        return [c.sources.asc(), by_date_desc, c.id]
    return [c.sources.desc(), by_date_desc, c.id]


def is_unfiltered(flt: IncidentFilter) -> bool:
    """True when the filter matches every incident (the stored count answers it)."""
    return not conditions(flt, "sqlite")


def _after_date(d: date | None, incident_id: str, descending: bool) -> list[ColumnElement[bool]]:
    """Rows after (d, id) in `date [DESC] NULLS LAST, id` order, as segments in that order:
    the dated rows after the cursor, then every undated row. Two conditions instead of one OR
    so each is a range on the date index (an OR with `IS NULL` made SQLite scan from the top)."""
    c = tables.incidents.c
    if d is None:  # undated rows come last, by id
        return [and_(c.date.is_(None), c.id > incident_id)]
    later = c.date < d if descending else c.date > d
    same_or_later = c.date <= d if descending else c.date >= d
    return [and_(same_or_later, or_(later, c.id > incident_id)), c.date.is_(None)]


def keyset_segments(sort: str, cursor: Sequence[Any]) -> list[ColumnElement[bool]]:
    """Rows after the cursor's row in `ordering(sort)`: a page that starts where the previous
    one ended, found through the index instead of skipping `offset` rows. The rows are the
    union of the segments, each wholly after the previous in the ordering, so a page reads the
    first segment and only moves to the next when that one runs out."""
    c = tables.incidents.c
    try:
        if sort in ("date", "-date"):
            d, incident_id = cursor
            return _after_date(_cursor_date(d), str(incident_id), sort == "-date")
        sources, d, incident_id = cursor
        sources = int(sources)
    except (TypeError, ValueError) as exc:
        raise BadFilterError(
            f"cursor {list(cursor)!r} does not fit sort={sort!r}: {CURSOR_HELP}"
        ) from exc
    rest = or_(*_after_date(_cursor_date(d), str(incident_id), True))
    beyond = c.sources > sources if sort == "sources" else c.sources < sources
    return [or_(beyond, and_(c.sources == sources, rest))]


def _cursor_date(value: Any) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise BadFilterError(f"cursor date {value!r} is not YYYY-MM-DD: {CURSOR_HELP}") from exc


def cursor_values(row: dict[str, Any], sort: str) -> list[Any]:
    """The sort key of a listed row (its derived columns), as the next page's cursor holds it."""
    d = _date_text(row["date"])
    if sort in ("date", "-date"):
        return [d, row["id"]]
    return [row["sources"], d, row["id"]]


def _date_text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def encode_cursor(values: Sequence[Any], sort: str) -> str:
    """An opaque, URL-safe cursor naming the sort it belongs to."""
    raw = json.dumps([sort, *values], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> list[Any]:
    """The values of a cursor from `encode_cursor`; BadFilterError for anything else."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadFilterError(f"cursor={cursor!r} is not a cursor: {CURSOR_HELP}") from exc
    if not isinstance(values, list) or not values or values[0] != sort:
        raise BadFilterError(f"cursor={cursor!r} was not made for sort={sort!r}: {CURSOR_HELP}")
    return values[1:]


def article_match(query: str, dialect: str) -> ColumnElement[bool]:
    """Articles whose title or text hold every word of `query` (see SqlStore.search_articles)."""
    words = query_words(query) if dialect == "sqlite" else _unfolded_words(query)
    if not words:
        raise BadFilterError(f"query={query!r} has no words to search for")
    if dialect == "postgresql":
        tsquery = func.plainto_tsquery(literal_column(TS_CONFIG), " ".join(words))
        return literal_column("articles.search_vector").op("@@")(tsquery)
    matching = (
        sql_text(
            "SELECT id FROM articles_fts_rowids WHERE fts_rowid IN "
            "(SELECT rowid FROM articles_fts WHERE articles_fts MATCH :fts_match)"
        )
        .bindparams(fts_match=fts5_match(words))
        .columns(column("id"))
    )
    return tables.articles.c.id.in_(matching)


def _unfolded_words(query: str) -> list[str]:
    # PostgreSQL indexes article text with its accents: keep them in the query.
    words = (w.strip(".,;:!?\"'()[]") for w in query.casefold().split())
    return [w for w in words if any(ch.isalnum() for ch in w) and w not in STOPWORDS]

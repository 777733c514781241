"""The overview aggregates: a timeline and a map of every incident a filter matches.

Both are GROUP BY queries over the covering index `ix_incidents_overview` (migration 0003), so
they never read a summary: the cost is one index range per request whatever the page size, and
the answer is small (a few hundred bars, a few thousand cells at most).

- Timeline: counts per day from the database, bucketed here into days, ISO weeks (from Monday)
  or months depending on the span of the matching dates, with empty buckets filled so the axis
  is continuous.
- Map: a regular longitude/latitude grid whose cell size halves with each zoom level; each cell
  gives its count and the centroid of its incidents (a cell of one incident names it), so the
  page draws clusters that split as the user zooms into a cell. Incidents placed only at a
  county, region, country or sea area (the `geo_precision` column, migration 0008) are counted
  apart with their own centroid (`AreaShare`): their point is the area's centre, so the page
  draws them as a ring with their count, never as a cluster of towns.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Connection, Float, Integer, case, cast, func, select

from newsledger.errors import BadFilterError
from newsledger.store import tables
from newsledger.store.base import IncidentFilter
from newsledger.store.derive import AREA_PRECISION
from newsledger.store.filters import conditions

DAY_BUCKET_MAX_DAYS = 92
"""Spans up to about three months are drawn per day (at most 92 bars)."""

WEEK_BUCKET_MAX_DAYS = 731
"""Spans up to two years are drawn per week (at most ~105 bars); longer ones per month."""

MIN_ZOOM, MAX_ZOOM = 0, 14
WORLD_CELL_DEGREES = 45.0
"""Cell size at zoom 0 (8 x 4 cells cover the world); each zoom level halves it, so zoom 14 is
about 300 m, finer than any coordinate the gazetteer gives."""

MAX_CELLS = 5000
"""Most cells one answer carries (the most populated first): bounds the response and the SVG."""


def bucket_for(first: date, last: date) -> str:
    """day, week or month: the finest bucket that keeps the timeline readable for this span."""
    span = (last - first).days
    if span <= DAY_BUCKET_MAX_DAYS:
        return "day"
    if span <= WEEK_BUCKET_MAX_DAYS:
        return "week"
    return "month"


def bucket_start(day: date, bucket: str) -> date:
    if bucket == "week":
        return day - timedelta(days=day.weekday())
    if bucket == "month":
        return day.replace(day=1)
    return day


def next_bucket(start: date, bucket: str) -> date:
    if bucket == "day":
        return start + timedelta(days=1)
    if bucket == "week":
        return start + timedelta(days=7)
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1)


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def timeline(conn: Connection, flt: IncidentFilter, dialect: str) -> dict[str, Any]:
    """{"bucket", "first", "last", "dated", "undated", "buckets": [{"start", "count"}]}."""
    c = tables.incidents.c
    where = conditions(flt, dialect, ranged_since=True)
    per_day = Counter[date]()
    undated = 0
    # One GROUP BY: the NULL group is the undated count.
    for day, count in conn.execute(select(c.date, func.count()).where(*where).group_by(c.date)):
        if day is None:
            undated += int(count)
        else:
            per_day[_as_date(day)] += int(count)
    return timeline_answer(per_day, undated)


def timeline_answer(per_day: Counter[date], undated: int) -> dict[str, Any]:
    """The timeline's answer from counts per day: the bucket the span needs, empty buckets
    filled so the axis is continuous (shared by the SQL and the in-memory paths)."""
    if not per_day:
        return {"bucket": "day", "first": None, "last": None, "dated": 0,
                "undated": undated, "buckets": []}  # fmt: skip
    first, last = min(per_day), max(per_day)
    bucket = bucket_for(first, last)
    counts = Counter[date]()
    for day, count in per_day.items():
        counts[bucket_start(day, bucket)] += count
    buckets = []
    start = bucket_start(first, bucket)
    while start <= last:
        buckets.append({"start": start.isoformat(), "count": counts.get(start, 0)})
        start = next_bucket(start, bucket)
    return {
        "bucket": bucket,
        "first": first.isoformat(),
        "last": last.isoformat(),
        "dated": sum(per_day.values()),
        "undated": undated,
        "buckets": buckets,
    }


def cell_degrees(zoom: int) -> float:
    if not MIN_ZOOM <= zoom <= MAX_ZOOM:
        raise BadFilterError(f"zoom={zoom}: use {MIN_ZOOM} to {MAX_ZOOM}")
    return WORLD_CELL_DEGREES / (2**zoom)


def map_cells(conn: Connection, flt: IncidentFilter, dialect: str, zoom: int) -> dict[str, Any]:
    """{"zoom", "cell_degrees", "located", "cells": [{"lon", "lat", "count", "bbox", "id"?}],
    "truncated"}: matching incidents with coordinates, counted per grid cell."""
    size = cell_degrees(zoom)
    c = tables.incidents.c
    # Shifted coordinates are never negative, so truncation (SQLite's CAST) is floor.
    x_pos = (c.longitude + 180.0) / size
    y_pos = (c.latitude + 90.0) / size
    if dialect == "postgresql":
        cx, cy = cast(func.floor(x_pos), Integer), cast(func.floor(y_pos), Integer)
    else:
        cx, cy = cast(x_pos, Integer), cast(y_pos, Integer)
    count = func.count().label("n")
    # A NULL precision (no summary value) is not an area: the CASE falls to its ELSE. Sums, not
    # averages: the placed incidents' centroid is the whole's less the areas' (`AreaShare`),
    # two aggregates fewer than averaging each kind, as the in-memory columns do it.
    is_area = c.geo_precision >= AREA_PRECISION
    stmt = (
        select(
            cx.label("cx"),
            cy.label("cy"),
            count,
            cast(func.sum(c.longitude), Float).label("sum_lon"),
            cast(func.sum(c.latitude), Float).label("sum_lat"),
            func.min(c.id).label("first_id"),
            func.sum(case((is_area, 1), else_=0)).label("areas"),
            cast(func.sum(case((is_area, c.longitude))), Float).label("area_lon"),
            cast(func.sum(case((is_area, c.latitude))), Float).label("area_lat"),
            # an area's precision is above every town's: the cell's coarsest is its areas'
            func.max(c.geo_precision).label("precision"),
        )
        .where(
            *conditions(flt, dialect, ranged_since=True),
            c.latitude.is_not(None),
            c.longitude.is_not(None),
        )
        .group_by("cx", "cy")
        .order_by(count.desc(), "cx", "cy")
        .limit(MAX_CELLS + 1)
    )
    rows = []
    # Rows unpacked as tuples, not read by name, and a share made only for a cell with areas
    # (most have none): the Python loop cost more than the query at the finer zooms.
    for x, y, n, sum_lon, sum_lat, first_id, areas, area_lon, area_lat, precision in conn.execute(
        stmt
    ):
        share = (
            AreaShare.from_sums(n, (sum_lon, sum_lat), int(areas), (area_lon, area_lat), precision)
            if areas
            else None
        )
        rows.append(MapCell(int(x), int(y), int(n), sum_lon / n, sum_lat / n, first_id, share))
    return map_answer(rows, zoom)


class AreaShare(NamedTuple):
    """The incidents of a cell placed only at an area (`derive.AREA_PRECISION` or coarser: a
    county, region, country or sea area, whose point is the area's centre): how many, their
    centroid and coarsest precision, and the centroid of the cell's other (placed) incidents
    when it has both kinds. The map draws the areas as a ring, never as a cluster of towns."""

    n: int
    lon: float
    lat: float
    precision: int
    placed_lon: float | None
    placed_lat: float | None

    @classmethod
    def from_sums(
        cls,
        n: int,
        sums: tuple[float, float],
        areas: int,
        area_sums: tuple[float | None, float | None],
        precision: int | None,
    ) -> AreaShare | None:
        """The share of a cell of `n` incidents whose coordinates add up to `sums` (lon, lat),
        `areas` of them area-level adding up to `area_sums`; None when it has none. SQL and the
        in-memory columns both answer through here, so their arithmetic is the same."""
        area_lon, area_lat = area_sums
        if areas <= 0 or area_lon is None or area_lat is None or precision is None:
            return None
        placed = n - areas
        return cls(
            areas, float(area_lon) / areas, float(area_lat) / areas, int(precision),
            (sums[0] - float(area_lon)) / placed if placed else None,
            (sums[1] - float(area_lat)) / placed if placed else None,
        )  # fmt: skip


class MapCell(NamedTuple):
    """One grid cell of matching incidents: its grid position, count and centroid, an
    incident id in it (named in the answer only when the cell holds that one incident), and
    its area-level incidents (`AreaShare`, None when it has none)."""

    cx: int
    cy: int
    n: int
    lon: float
    lat: float
    first_id: str
    areas: AreaShare | None = None


def map_answer(rows: list[MapCell], zoom: int) -> dict[str, Any]:
    """The map's answer from its cells, most populated first (at most MAX_CELLS + 1 given:
    one more than shown tells that the answer is truncated)."""
    size = cell_degrees(zoom)
    truncated = len(rows) > MAX_CELLS
    shown = rows[:MAX_CELLS]
    # Cells share their rows and columns: each edge is rounded once, not once per cell.
    x_edges = {cx: cell_edges(cx, size, 180.0) for cx in {row.cx for row in shown}}
    y_edges = {cy: cell_edges(cy, size, 90.0) for cy in {row.cy for row in shown}}
    cells = []
    for row in shown:
        (west, east), (south, north) = x_edges[row.cx], y_edges[row.cy]
        cell: dict[str, Any] = {
            "lon": round(row.lon, 5),
            "lat": round(row.lat, 5),
            "count": row.n,
            "bbox": [west, south, east, north],
        }
        if row.n == 1:
            cell["id"] = row.first_id
        if row.areas is None:  # most cells: no incident placed only at an area
            cell["areas"] = 0
        else:
            cell.update(area_keys(row.areas, row.n))
        cells.append(cell)
    return {
        "zoom": zoom,
        "cell_degrees": size,
        "located": sum(cell["count"] for cell in cells),
        "cells": cells,
        "truncated": truncated,
    }


def area_keys(share: AreaShare, count: int) -> dict[str, Any]:
    """The area keys of a cell of `count` incidents some of which are placed only at an area
    (`share`; a cell with none has `areas` 0 alone, set by `map_answer`): `areas` (how many),
    `area_lon`/`area_lat` (their centroid) and `area_precision` (the coarsest); when it also
    holds placed incidents, `placed_lon`/`placed_lat` (theirs)."""
    keys: dict[str, Any] = {
        "areas": share.n,
        "area_lon": round(share.lon, 5),
        "area_lat": round(share.lat, 5),
        "area_precision": share.precision,
    }
    if share.n < count and share.placed_lon is not None and share.placed_lat is not None:
        keys["placed_lon"] = round(share.placed_lon, 5)
        keys["placed_lat"] = round(share.placed_lat, 5)
    return keys


def cell_edges(index: int, size: float, half_range: float) -> tuple[float, float]:
    """The low and high edge of the index-th grid row or column, in degrees (rounded)."""
    low = index * size - half_range
    return round(low, 6), round(min(low + size, half_range), 6)

"""The overview's columns in memory: the timeline and map answered in milliseconds.

An aggregate over every matching incident is a GROUP BY over the whole covering index in SQL
(100-200 ms at 100k incidents on a loaded 2-core machine, and every distinct filter, zoom and
`since` is a new question). The columns the overview filters and groups by (dates,
coordinates, type, place keys, sources, conflict flag, id) take ~140 bytes an incident in
memory (14 MB at 100k, half of it the id strings), so a server keeps one copy per worker,
tagged with the data version it was read at, and answers every filter but full-text search
from it with the same semantics as `filters.conditions` (a test compares the two paths). A
newer data version makes the copy stale: aggregates go back to SQL until a background rebuild
catches up, so no answer is ever older than the data.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Connection, select

from newsledger.store import tables
from newsledger.store.base import IncidentFilter
from newsledger.store.derive import AREA_PRECISION, PlaceTerm, place_readings
from newsledger.store.overview import (
    MAX_CELLS,
    AreaShare,
    MapCell,
    cell_degrees,
    map_answer,
    timeline_answer,
)

log = logging.getLogger(__name__)

UNDATED = int(np.datetime64("NaT").view(np.int64))
"""Day number of a NULL date (numpy's NaT: the smallest int64, so `>= since` is false)."""

EPOCH = date(1970, 1, 1)

MAX_GRID_BINS = 1 << 21
"""Largest grid (columns x rows spanned by the matches) counted with one `bincount` (16 MB of
counters); a wider spread of cells is grouped by sorting instead."""

NO_CODE = -1
"""Code of a missing (NULL) text value: never equal to any vocabulary entry's code."""

COLUMN_NAMES = (
    "id", "date", "date_last", "longitude", "latitude", "event_type", "sub_event_type",
    "place_key", "admin1_key", "admin2_key", "country_code", "sources", "has_conflict",
    "geo_precision",
)  # fmt: skip

NO_PRECISION = -1
"""Precision of a place with none stored (NULL): below every area precision, so not an area."""

CELL_Y_BITS = 20
"""A map cell's key is cx << 20 | cy: zoom 14 has 2^16 rows of cells, so keys never collide."""

Mask = npt.NDArray[np.bool_]


def _codes(values: Sequence[str | None], vocabulary: dict[str, int]) -> npt.NDArray[np.int32]:
    """Integer codes of text values in a shared vocabulary (NULL → NO_CODE)."""
    return np.fromiter(
        (NO_CODE if v is None else vocabulary.setdefault(v, len(vocabulary)) for v in values),
        dtype=np.int32,
        count=len(values),
    )


def _days(values: Sequence[date | str | None]) -> npt.NDArray[np.int64]:
    """Days since 1970-01-01 (NULL → UNDATED, below every real day)."""
    return np.array(values, dtype="datetime64[D]").view(np.int64)


def _day_number(day: date | str) -> int:
    return int(np.datetime64(day, "D").view(np.int64))


def _floats(values: Sequence[float | None]) -> npt.NDArray[np.float64]:
    return np.fromiter(
        (np.nan if v is None else v for v in values), dtype=np.float64, count=len(values)
    )


@dataclass(frozen=True)
class OverviewColumns:
    """The overview columns of every incident at one data version (row i is one incident)."""

    version: int
    ids: npt.NDArray[np.object_]
    day: npt.NDArray[np.int64]  # days since 1970-01-01, UNDATED when NULL
    day_last: npt.NDArray[np.int64]
    lon: npt.NDArray[np.float64]  # NaN when not located
    lat: npt.NDArray[np.float64]
    event_type: npt.NDArray[np.int32]  # lower-cased, codes in `types`
    sub_event_type: npt.NDArray[np.int32]
    place_key: npt.NDArray[np.int32]  # codes in `places` (keys and country codes)
    admin1_key: npt.NDArray[np.int32]
    admin2_key: npt.NDArray[np.int32]
    country_code: npt.NDArray[np.int32]
    sources: npt.NDArray[np.int64]
    has_conflict: npt.NDArray[np.bool_]
    precision: npt.NDArray[np.int64]  # geo_precision, NO_PRECISION when NULL
    types: dict[str, int]
    places: dict[str, int]
    grids: dict[int, ZoomGrid] = field(default_factory=dict, repr=False, compare=False)
    """Each zoom's grid, made on its first question (at most 15, ~1 MB each at 100k)."""

    @classmethod
    def read(cls, conn: Connection, version: int) -> OverviewColumns:
        """Every incident's overview columns, as of `version` (the caller checks it held)."""
        c = tables.incidents.c
        rows = conn.execute(select(*(c[name] for name in COLUMN_NAMES))).all()
        columns: list[Sequence[Any]] = (
            list(zip(*rows, strict=True)) if rows else [() for _ in COLUMN_NAMES]
        )
        by_name = dict(zip(COLUMN_NAMES, columns, strict=True))
        types: dict[str, int] = {}
        places: dict[str, int] = {}

        def lowered(name: str) -> list[str | None]:
            return [None if v is None else str(v).lower() for v in by_name[name]]

        return cls(
            version=version,
            ids=np.array(by_name["id"], dtype=object),
            day=_days(by_name["date"]),
            day_last=_days(by_name["date_last"]),
            lon=_floats(by_name["longitude"]),
            lat=_floats(by_name["latitude"]),
            event_type=_codes(lowered("event_type"), types),
            sub_event_type=_codes(lowered("sub_event_type"), types),
            place_key=_codes(by_name["place_key"], places),
            admin1_key=_codes(by_name["admin1_key"], places),
            admin2_key=_codes(by_name["admin2_key"], places),
            country_code=_codes(by_name["country_code"], places),
            sources=np.array(by_name["sources"], dtype=np.int64),
            has_conflict=np.array(by_name["has_conflict"], dtype=np.bool_),
            precision=np.array(
                [NO_PRECISION if v is None else v for v in by_name["geo_precision"]],
                dtype=np.int64,
            ),
            types=types,
            places=places,
        )

    def __len__(self) -> int:
        return len(self.ids)

    @staticmethod
    def answers(flt: IncidentFilter) -> bool:
        """True when this copy can answer the filter: everything but full-text search."""
        return not (flt.query and flt.query.strip())

    def mask(self, flt: IncidentFilter) -> Mask:
        """Rows matching a checked filter: `filters.conditions(flt, ranged_since=True)` on these
        arrays (NULL compares false there; NaT, NaN and NO_CODE compare false here)."""
        keep = np.ones(len(self), dtype=np.bool_)
        if flt.since is not None:
            keep &= self.day_last >= _day_number(flt.since)
        if flt.until is not None:
            keep &= (self.day <= _day_number(flt.until)) & (self.day != UNDATED)
        if flt.place and flt.place.strip():
            keep &= self._place_mask(flt.place)
        if flt.bbox is not None:
            min_lon, min_lat, max_lon, max_lat = (float(v) for v in flt.bbox)
            keep &= (self.lat >= min_lat) & (self.lat <= max_lat)
            if min_lon <= max_lon:
                keep &= (self.lon >= min_lon) & (self.lon <= max_lon)
            else:  # the box crosses the antimeridian
                keep &= (self.lon >= min_lon) | (self.lon <= max_lon)
        if flt.event_type and flt.event_type.strip():
            code = self.types.get(flt.event_type.strip().lower())
            if code is None:
                keep[:] = False
            else:
                keep &= (self.event_type == code) | (self.sub_event_type == code)
        if flt.min_sources is not None:
            keep &= self.sources >= flt.min_sources
        if flt.has_conflict is not None:
            keep &= self.has_conflict == flt.has_conflict
        return keep

    def _place_mask(self, place: str) -> Mask:
        """Any reading with every term matched (`derive.place_readings`, as in
        filters.conditions)."""
        found = np.zeros(len(self), dtype=np.bool_)
        for reading in place_readings(place):
            keep = np.ones(len(self), dtype=np.bool_)
            for term in reading:
                keep &= self._place_term_mask(term)
            found |= keep
        return found

    def _place_term_mask(self, term: PlaceTerm) -> Mask:
        key = self.places.get(term.key, NO_CODE)
        found = np.zeros(len(self), dtype=np.bool_)
        if key != NO_CODE:
            found |= (self.place_key == key) | (self.admin1_key == key)
            found |= self.admin2_key == key
        for country in term.countries:
            code = self.places.get(country, NO_CODE)
            if code != NO_CODE:
                found |= self.country_code == code
        if term.us_state is not None:
            state = self.places.get(term.us_state, NO_CODE)
            us = self.places.get("US", NO_CODE)
            if state != NO_CODE and us != NO_CODE:
                found |= (self.admin1_key == state) & (self.country_code == us)
        return found

    def timeline(self, flt: IncidentFilter) -> dict[str, Any]:
        """The same answer as `overview.timeline` for this filter."""
        days = self.day[self.mask(flt)]
        dated = days[days != UNDATED]
        per_day = Counter[date]()
        if len(dated):
            first = int(dated.min())
            counts = np.bincount(dated - first)
            for offset in np.flatnonzero(counts).tolist():
                day = EPOCH + timedelta(days=first + offset)
                per_day[day] = int(counts[offset])
        return timeline_answer(per_day, int(len(days) - len(dated)))

    def grid(self, zoom: int) -> ZoomGrid:
        """The cell of every located row at this zoom, numbered densely: made once per data
        version and zoom (a first map question at zoom 6 spent most of its time on it)."""
        found = self.grids.get(zoom)
        if found is None:
            size = cell_degrees(zoom)
            located = np.flatnonzero(~np.isnan(self.lon) & ~np.isnan(self.lat))
            # Shifted coordinates are never negative: floor, as SQL's cast does.
            cx = np.floor((self.lon[located] + 180.0) / size).astype(np.int64)
            cy = np.floor((self.lat[located] + 90.0) / size).astype(np.int64)
            groups = _group_cells(cx, cy)
            cell = np.full(len(self), -1, dtype=np.int64)
            cell[located] = groups.inverse
            found = self.grids.setdefault(zoom, ZoomGrid(zoom, cell, groups.cx, groups.cy))
        return found

    def map_cells(self, flt: IncidentFilter, zoom: int) -> dict[str, Any]:
        """The same answer as `overview.map_cells` for this filter and zoom (centroids may
        differ from SQL's in the last bits of a float sum, below the 5 decimals shown)."""
        return map_answer(self._shown_cells(flt, zoom), zoom)

    def _shown_cells(self, flt: IncidentFilter, zoom: int) -> list[MapCell]:
        """The matching rows' cells, most populated first (at most MAX_CELLS + 1)."""
        grid = self.grid(zoom)
        rows = np.flatnonzero(self.mask(flt) & (grid.cell >= 0))
        cells = grid.cell[rows]
        n_cells = len(grid.cx)
        counts = np.bincount(cells, minlength=n_cells)
        sum_lon = np.bincount(cells, weights=self.lon[rows], minlength=n_cells)
        sum_lat = np.bincount(cells, weights=self.lat[rows], minlength=n_cells)
        row_of_cell = np.zeros(n_cells, dtype=np.int64)
        row_of_cell[cells] = rows  # any row of the cell: one-row cells need it
        present = np.flatnonzero(counts)
        order = present[np.lexsort((grid.cy[present], grid.cx[present], -counts[present]))]
        order = order[: MAX_CELLS + 1]
        shown = counts[order]
        areas = self._area_shares(rows, cells, order, counts, (sum_lon, sum_lat))
        return [
            MapCell(cx_k, cy_k, n_k, lon_k, lat_k, str(self.ids[row_k]) if n_k == 1 else "",
                    area_k)
            for cx_k, cy_k, n_k, lon_k, lat_k, row_k, area_k in zip(
                grid.cx[order].tolist(), grid.cy[order].tolist(), shown.tolist(),
                (sum_lon[order] / shown).tolist(), (sum_lat[order] / shown).tolist(),
                row_of_cell[order].tolist(), areas, strict=True,
            )
        ]  # fmt: skip

    def _area_shares(
        self,
        rows: npt.NDArray[np.int64],
        cells: npt.NDArray[np.int64],
        order: npt.NDArray[np.int64],
        counts: npt.NDArray[np.int64],
        sums: tuple[npt.NDArray[Any], npt.NDArray[Any]],  # bincount sums (float64)
    ) -> list[AreaShare | None]:
        """Each shown cell's area-level incidents (`AreaShare.from_sums`, as
        `overview.map_cells` counts them in SQL); `counts` and `sums`: every cell's count and
        coordinate sums."""
        precision = self.precision[rows]
        area = precision >= AREA_PRECISION
        if not area.any():
            return [None] * len(order)
        area_cells, area_rows = cells[area], rows[area]
        n_cells = len(counts)
        n_area = np.bincount(area_cells, minlength=n_cells)[order].tolist()
        area_lon = np.bincount(area_cells, weights=self.lon[area_rows], minlength=n_cells)
        area_lat = np.bincount(area_cells, weights=self.lat[area_rows], minlength=n_cells)
        coarsest = np.full(n_cells, NO_PRECISION, dtype=np.int64)
        np.maximum.at(coarsest, area_cells, precision[area])
        return [
            AreaShare.from_sums(
                int(counts[cell]), (float(sums[0][cell]), float(sums[1][cell])), areas,
                (float(area_lon[cell]), float(area_lat[cell])), int(coarsest[cell]),
            ) if areas else None  # most cells hold no area: no sums read for them
            for cell, areas in zip(order.tolist(), n_area, strict=True)
        ]  # fmt: skip


@dataclass(frozen=True)
class ZoomGrid:
    """The grid of one zoom over every row: `cell[i]` numbers row i's cell (-1 when it has no
    coordinates); `cx`, `cy` give each cell's grid position."""

    zoom: int
    cell: npt.NDArray[np.int64]
    cx: npt.NDArray[np.int64]
    cy: npt.NDArray[np.int64]


@dataclass(frozen=True)
class CellGroups:
    """Matching rows grouped by grid cell: per cell its position, count and one of its rows
    (an index into the matches); `inverse` gives each match's cell."""

    cx: npt.NDArray[np.int64]
    cy: npt.NDArray[np.int64]
    counts: npt.NDArray[np.int64]
    row: npt.NDArray[np.int64]
    inverse: npt.NDArray[np.int64]


def _group_cells(cx: npt.NDArray[np.int64], cy: npt.NDArray[np.int64]) -> CellGroups:
    """Group by (cx, cy): one linear `bincount` over the grid the matches span when it is
    small enough, else a sort (`np.unique`)."""
    if len(cx) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return CellGroups(empty, empty, empty, empty, empty)
    x0, y0 = int(cx.min()), int(cy.min())
    width, height = int(cx.max()) - x0 + 1, int(cy.max()) - y0 + 1
    if width * height <= MAX_GRID_BINS:
        bins = (cx - x0) * height + (cy - y0)
        per_bin = np.bincount(bins, minlength=width * height)
        present = np.flatnonzero(per_bin)
        cell_of_bin = np.zeros(width * height, dtype=np.int64)
        cell_of_bin[present] = np.arange(len(present))
        row_of_bin = np.zeros(width * height, dtype=np.int64)
        row_of_bin[bins] = np.arange(len(bins))  # any row of the bin: one-row cells need it
        return CellGroups(present // height + x0, present % height + y0, per_bin[present],
                          row_of_bin[present], cell_of_bin[bins])  # fmt: skip
    keys, first, inverse, counts = np.unique(
        (cx << CELL_Y_BITS) | cy, return_index=True, return_inverse=True, return_counts=True
    )
    return CellGroups(keys >> CELL_Y_BITS, keys & ((1 << CELL_Y_BITS) - 1), counts,
                      first.astype(np.int64), inverse.astype(np.int64))  # fmt: skip


class ColumnsKeeper:
    """One `OverviewColumns` per store, rebuilt in a background thread when the data version
    moves on; `current(version)` gives it only when it is of that version, else None (and the
    caller asks SQL) so an answer is never older than the data."""

    def __init__(self, read: Callable[[], OverviewColumns | None]) -> None:
        self._read = read
        self._columns: OverviewColumns | None = None
        self._building = False
        self._lock = threading.Lock()
        self.last_error: Exception | None = None

    def current(self, version: int) -> OverviewColumns | None:
        columns = self._columns
        if columns is not None and columns.version == version:
            return columns
        self.refresh_in_background()
        return None

    def refresh_in_background(self) -> None:
        with self._lock:
            if self._building:
                return
            self._building = True
        threading.Thread(target=self.refresh, name="overview-columns", daemon=True).start()

    def refresh(self) -> None:
        """Read the columns now (a write during the read discards it: the next request asks
        again). A failed read is logged and kept in `last_error`; SQL answers meanwhile."""
        try:
            columns = self._read()
            if columns is not None:
                self._columns = columns
            self.last_error = None
        except Exception as exc:  # a background thread: log it, SQL still answers
            self.last_error = exc
            log.warning("could not read the overview columns (SQL answers instead): %s", exc)
        finally:
            with self._lock:
                self._building = False

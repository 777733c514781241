"""Which big US city holds a gazetteer town that is one of its neighbourhoods.

GeoNames lists many of a big city's neighbourhoods as towns of their own ("Englewood" in
Chicago, "Germantown" in Philadelphia, "East Flatbush" in Brooklyn), with no feature code in the
packages we read to tell them from a suburb with its own government ("Oak Park" by Chicago).
The postal service does tell them apart: a suburb is a postal town of its own, while the mail
of a neighbourhood is addressed to its city ("Chicago, IL 60621"), and registries such as the
Gun Violence Archive file an event there under the city. So a GeoNames town is read as a
neighbourhood of a big city when

- it lies within HOLDING_CITY_KM of the city's point, in the same state, and is far smaller
  (HOLDING_CITY_POPULATION_RATIO);
- the state has no postal town of its name (`zipcodes`' preferred city names); and
- the ZIP code nearest to its point is addressed to that city.

The table (town geonames id -> holding city's geonames id) is built once from the gazetteer and
the `zipcodes` package's list (a few seconds) and kept on disk beside the gazetteer's cache, as
`nlp.usps_towns` keeps its postal towns.
"""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
import threading
from collections.abc import Iterable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from newsledger.geo import great_circle_km
from newsledger.nlp.gazetteer import BIG_CITY_POPULATION, FEATURES, Gazetteer, name_key
from newsledger.nlp.types import Place
from newsledger.nlp.usps_towns import POSTAL_TYPES

__all__ = ["holding_city"]

log = logging.getLogger(__name__)

HOLDING_CITY_MIN_POPULATION = BIG_CITY_POPULATION
"""Only big cities are told by named neighbourhoods that reports use as the place (the same
floor as `merge.locality.CONTAINING_CITY_MIN_POPULATION`)."""

HOLDING_CITY_KM = 20.0
"""A big city's neighbourhoods lie within ~15-20 km of its GeoNames point (Chicago's far south
side, Philadelphia's north-east); as `merge.locality.CONTAINING_CITY_KM`."""

HOLDING_CITY_POPULATION_RATIO = 5
"""The city is at least this many times the neighbourhood's population: GeoNames gives some
neighbourhoods a large population of their own (East Flatbush 178,000 in Brooklyn's 2.6
million)."""

CACHE_FORMAT_VERSION = 1
"""Bump when the rule above changes: older cache files are then ignored."""

_lock = threading.Lock()


def holding_city(place: Place) -> Place | None:
    """The big city whose neighbourhood `place` is (see the module docstring), or None: a town
    of its own, a place outside the US, a region, a postal town."""
    if place.country_code != "US" or place.feature != "city" or place.gazetteer != "geonames":
        return None
    gid = _holders().get(place.geonames_id)
    return Gazetteer.default().get(gid) if gid is not None else None


@cache
def _holders() -> dict[int, int]:
    """The table from disk, else built and cached (a home that cannot be written still gets
    it, uncached)."""
    path = cache_path()
    with _lock:
        try:
            with path.open("rb") as handle:
                table: dict[int, int] = pickle.load(handle)
            return table
        except FileNotFoundError:
            pass
        except (OSError, pickle.UnpicklingError, EOFError, ValueError) as exc:
            log.warning("cannot read the neighbourhoods cache %s (%s); rebuilding", path, exc)
        table = build_holders(Gazetteer.default(), _zip_points())
        try:
            _save(path, table)
        except OSError as exc:
            log.warning("cannot cache the neighbourhoods at %s: %s", path, exc)
        return table


def cache_path() -> Path:
    """Beside the gazetteer's cache file, named for this format, the `zipcodes` version and the
    gazetteer's own cache name: the table holds gazetteer ids, so a new gazetteer builds anew."""
    try:
        version = metadata.version("zipcodes")
    except metadata.PackageNotFoundError:
        version = "none"
    gazetteer = Gazetteer.cache_path()
    name = f"neighbourhoods-v{CACHE_FORMAT_VERSION}-zipcodes-{version}-{gazetteer.stem}.pickle"
    return gazetteer.parent / name


def _save(path: Path, table: dict[int, int]) -> None:
    """Write atomically, so concurrent processes never read half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(handle, "wb") as out:
        pickle.dump(table, out, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(name, path)


ZipPoint = tuple[str, float, float, str]
"""A ZIP code's state code, latitude, longitude and addressed city (folded)."""


def _zip_points() -> list[ZipPoint]:
    """Every town-addressed ZIP code of the `zipcodes` list with its point."""
    from zipcodes import _zipcodes  # deferred; its typed core (the wrapper is untyped)

    rows: Iterable[dict[str, Any]] = _zipcodes.list_all()
    return [
        (str(r["state"]), float(str(r["lat"])), float(str(r["long"])), name_key(str(r["city"])))
        for r in rows
        if r.get("zip_code_type") in POSTAL_TYPES and r.get("city") and r.get("lat")
        and r.get("long") and r.get("state")
    ]  # fmt: skip


def build_holders(gaz: Gazetteer, zips: Iterable[ZipPoint]) -> dict[int, int]:
    """Town geonames id -> holding big city's geonames id, for every US GeoNames town the
    module docstring's three tests read as a big city's neighbourhood."""
    from newsledger.nlp.usps_towns import state_code

    city = FEATURES.index("city")
    us_rows = [
        row for row in range(len(gaz)) if gaz.features[row] == city and gaz.countries[row] == "US"
    ]
    big = [gaz.place(row) for row in us_rows if gaz.populations[row] >= HOLDING_CITY_MIN_POPULATION]
    zips_by_state: dict[str, list[ZipPoint]] = {}
    for point in zips:
        zips_by_state.setdefault(point[0], []).append(point)
    table: dict[int, int] = {}
    for row in us_rows:
        town = gaz.place(row)
        code = state_code(town.admin1 or "")
        if code is None or _own_postal_town(town, code, gaz):
            continue
        if not any(_near(town, c) for c in big):
            continue  # no big city around: skip the ZIP scan
        nearest = min(
            zips_by_state.get(code, ()),
            key=lambda z: great_circle_km(town.latitude, town.longitude, z[1], z[2]),
            default=None,
        )
        holder = _addressed_big_city(town, gaz, nearest[3]) if nearest is not None else None
        if holder is not None:
            table[town.geonames_id] = holder.geonames_id
    return table


def _near(town: Place, city: Place) -> bool:
    """Whether `city` is a far bigger city of the town's state within HOLDING_CITY_KM."""
    if city.admin1 != town.admin1 or city.geonames_id == town.geonames_id:
        return False
    if city.population < HOLDING_CITY_POPULATION_RATIO * max(town.population, 1):
        return False
    if abs(city.latitude - town.latitude) > MAX_LATITUDE_GAP:
        return False  # the cheap test first
    km = great_circle_km(town.latitude, town.longitude, city.latitude, city.longitude)
    return km <= HOLDING_CITY_KM


MAX_LATITUDE_GAP = HOLDING_CITY_KM / 100
"""Degrees of latitude beyond which no city is within HOLDING_CITY_KM (a degree is ~111 km)."""


def _addressed_big_city(town: Place, gaz: Gazetteer, addressed: str) -> Place | None:
    """The big city of the town's state the nearest ZIP code is addressed to (`addressed`,
    folded; read through the gazetteer's names, as "New York" is New York City's), within
    HOLDING_CITY_KM and far more populous than the town, or None."""
    return next(
        (c for c in gaz.lookup(addressed, "US") if c.feature == "city"
         and c.population >= HOLDING_CITY_MIN_POPULATION and _near(town, c)),
        None,
    )  # fmt: skip


def _own_postal_town(town: Place, code: str, gaz: Gazetteer) -> bool:
    """Whether the state has a postal town of the town's name at the town's spot (within
    HOLDING_CITY_KM): a municipality or community with its own post office, not a part of
    the city around it. A namesake post office across the state ("Bridgeport" downstate) says
    nothing of a Chicago neighbourhood."""
    from newsledger.nlp.usps_towns import usps_point

    point = usps_point(town.name, code)
    return point is not None and great_circle_km(
        town.latitude, town.longitude, point[0], point[1]
    ) <= HOLDING_CITY_KM

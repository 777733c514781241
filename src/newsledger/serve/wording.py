"""Words for people: source names, figure names and conflicts as sentences.

The summary's own keys ("figure:injured:police", article ids) are for programs; the web page,
the terminal and the ACLED export's `conflicts` column show the same facts in words, naming each
side's sources: "injured police: 3 (Outlet A) vs 15 (Outlet B, Outlet C)".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from newsledger.model import Article
from newsledger.store.derive import AREA_PRECISION, geo_precision

SHORT_ID = 8
"""Characters of an article id shown when nothing names its source (ids are 16 hex digits)."""

FIELD_WORDS = {
    "date": "date",
    "location": "place",
    "event_type": "type",
    "sub_event_type": "sub-type",
    "time_of_day": "time of day",
    "sublocation": "site",
}
"""How a conflicting field is named in a sentence."""

ArticleLookup = Callable[[str], Article | None]

DAY_DIGITS = 10
"""Characters of "YYYY-MM-DD"; a stored date is always a full day, whatever its precision."""


def date_words(value: object, precision: object = None) -> str:
    """A date as precise as the sources are: "2016", "2016-05", "week of 2016-05-02".

    The store keeps a year- or month-precise date as its first day ("2016-01-01"), which a
    reader takes for a day the sources never gave; only the precise part is shown."""
    if not value:
        return "undated"
    text = str(value)[:DAY_DIGITS]
    if precision == "year":
        return text[:4]
    if precision == "month":
        return text[:7]
    if precision == "week":
        return f"week of {text}"
    return text


def source_label(article: Article | None, article_id: str) -> str:
    """How one article's source is named: its outlet (stated by the document, else the URL's
    registered domain: see ingest.sources.outlet_name); for a file with neither, the file's
    name, which is what the user gave; the short article id only as a last resort."""
    if article is not None:
        return article.outlet or article.file_name or article_id[:SHORT_ID]
    return article_id[:SHORT_ID]


def source_labels(summary: Mapping[str, Any], lookup: ArticleLookup | None) -> dict[str, str]:
    """article id -> source label for every article of an incident.

    Without a lookup, the outlets written into the summary's claims and framing are used.
    """
    ids = [str(a) for a in summary.get("articles") or []]
    stated: dict[str, str] = {}
    for row in summary.get("framing") or []:
        if row.get("outlet"):
            stated[str(row.get("article_id"))] = str(row["outlet"])
    labels: dict[str, str] = {}
    for article_id in ids:
        if lookup is not None:
            labels[article_id] = source_label(lookup(article_id), article_id)
        else:
            labels[article_id] = stated.get(article_id) or article_id[:SHORT_ID]
    return labels


TRAILING_KINDS = {"present": "present", "participants": "taking part"}
"""Figure kinds read after the people they count: "police present", not "present police"."""


def figure_name(kind: object, actor: object = None, item: object = None) -> str:
    """A figure named as a reader says it: "injured police", "police present", "killed"."""
    what = item or (actor if actor not in (None, "", "-") else None)
    if item and str(kind) == "other":
        return str(item)  # things counted ("tear gas canisters"): "other" says nothing to a reader
    if not what:
        return str(kind)
    if str(kind) in TRAILING_KINDS:
        return f"{what} {TRAILING_KINDS[str(kind)]}"
    return f"{kind} {what}"


def _value_words(value: object) -> str:
    if isinstance(value, Mapping):
        return str(value.get("name") or value.get("name_as_written") or "?")
    return "unknown" if value is None else str(value)


def _sort_key(value: str) -> tuple[int, float, str]:
    try:
        return (0, float(value), value)
    except ValueError:
        return (1, 0.0, value)


def _sides(claims: Sequence[Mapping[str, Any]], labels: Mapping[str, str]) -> str:
    """ "3 (A) vs 15 (B, C)": each distinct value once, with the sources that give it."""
    by_value: dict[str, list[str]] = {}
    for claim in claims:
        value = _value_words(claim.get("value"))
        article_id = str(claim.get("article_id") or "")
        label = labels.get(article_id) or article_id[:SHORT_ID]
        names = by_value.setdefault(value, [])
        if label and label not in names:
            names.append(label)
    return " vs ".join(
        f"{value} ({', '.join(names)})" if names else value
        for value, names in sorted(by_value.items(), key=lambda item: _sort_key(item[0]))
    )


def conflict_text(
    conflict: Mapping[str, Any], summary: Mapping[str, Any], labels: Mapping[str, str]
) -> str:
    """One conflict as a sentence naming what disagrees and which sources say what."""
    field = str(conflict.get("field") or "")
    involved = {str(a) for a in conflict.get("article_ids") or []}
    claims: list[Mapping[str, Any]] = []
    name = FIELD_WORDS.get(field, field.replace("_", " "))
    if field.startswith("figure:"):
        parts = field.split(":")
        kind, actor = parts[1], parts[2] if len(parts) > 2 else None
        item = parts[3] if len(parts) > 3 else None
        name = figure_name(kind, actor, item)
        for figure in summary.get("figures") or []:
            if (
                figure.get("kind") == kind
                and (figure.get("actor") or "-") == (actor or "-")
                and (figure.get("item") or None) == item
            ):
                claims = list(figure.get("claims") or [])
    else:
        raw = (summary.get("claims") or {}).get(field)
        claims = [c for c in raw or [] if isinstance(c, Mapping)]
    if field.startswith("figure:"):
        claims = [c for c in claims if not c.get("part")] or claims  # "two of them" is no total
    if involved:
        claims = [c for c in claims if str(c.get("article_id")) in involved] or claims
    if claims:
        return f"{name}: {_sides(claims, labels)}"
    values = " vs ".join(_value_words(v) for v in conflict.get("values") or [])
    return f"{name}: {values}"


TOTAL_KINDS = ("killed", "injured", "arrested", "participants", "present")
"""The kinds `totals` counts over all sides (docs/schema.md, Totals), in the order shown."""


def _count_words(value: object) -> str:
    return "unknown" if value is None else str(value)


def figure_summary(row: Mapping[str, Any]) -> list[str]:
    """An incident's counts for a list: one total per kind, with its sides when they add up to
    it ("injured: 18 (police 15, migrants 3)"), then what totals do not count (things hit).

    Per-side figures alone read as double counts ("killed: 1" above "killed civilians: 1" are
    the same dead); `totals` says how many people, and the sides say whose."""
    totals = row.get("totals") or {}
    figures = list(row.get("figures") or [])
    lines: list[str] = []
    for kind in TOTAL_KINDS:
        total = totals.get(kind)
        if not isinstance(total, Mapping):
            continue
        value = total.get("value")
        sided = [f for f in figures if f.get("kind") == kind and f.get("actor")]
        if len(sided) == 1 and sided[0].get("value") == value:
            lines.append(f"{figure_name(kind, sided[0].get('actor'))}: {_count_words(value)}")
        elif sided:
            sides = ", ".join(f"{f.get('actor')} {_count_words(f.get('value'))}" for f in sided)
            lines.append(f"{kind}: {_count_words(value)} ({sides})")
        else:
            lines.append(f"{kind}: {_count_words(value)}")
    counted = {k for k in TOTAL_KINDS if k in totals}
    if "injured" in counted:
        counted.add("hospitalised")  # injured totals include those taken to hospital
    lines += [
        f"{figure_name(f.get('kind'), f.get('actor'), f.get('item'))}: "
        + _count_words(f.get("value"))
        for f in figures
        if f.get("kind") not in counted
    ]
    return lines


def place_label(location: Mapping[str, Any] | None) -> str | None:
    """Place, region, country code ("Houston, British Columbia, CA"): a country code alone
    reads as a US state ("Houston, CA") and hides a namesake abroad."""
    if not location:
        return None
    bits = [location.get("name"), location.get("admin1"), location.get("country_code")]
    return ", ".join(str(b) for b in bits if b)


def is_area(precision: object) -> bool:
    """Whether a place of this geo-precision is an area, not a town (`derive.AREA_PRECISION` or
    coarser), read as the store reads its column (`derive.geo_precision`): the one test the
    incident page's map, the index map's cells and the store's `areas` count share, so a value
    the column refuses is no area anywhere."""
    return (geo_precision(precision) or 0) >= AREA_PRECISION


PLACED_AT = {
    2: "near a town, or part of one",
    AREA_PRECISION: "only its county, region, country or sea area",
}
"""What a place's ACLED geo-precision says of where the incident was, in the index map's words
(static/overview.js `PRECISION_WORDS`); precision 1, the town itself, goes without saying."""


def placed_at(precision: object) -> str | None:
    """How precisely the incident is placed, in words, when it is not at a town itself: "Texas,
    US" alone reads as a place the event happened at, not as all that the reports gave."""
    if is_area(precision):
        return PLACED_AT[AREA_PRECISION]
    return PLACED_AT.get(precision) if isinstance(precision, int) else None


def place_cells(
    answer: Mapping[str, Any], locations: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    """The map answer with each one-incident cell's `place` (label), `geo_precision` and
    `area` (`is_area`): a county's, region's or country's point is its centre, which the map
    must not draw as a town."""
    cells = []
    for cell in answer.get("cells") or []:
        location = locations.get(cell.get("id") or "")
        if location:
            precision = location.get("geo_precision")
            cell = {**cell, "place": place_label(location), "geo_precision": precision,
                    "area": is_area(precision)}  # fmt: skip
        cells.append(cell)
    return {**answer, "cells": cells}

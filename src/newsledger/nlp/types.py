"""Annotations the nlp components attach to a spaCy Doc (as `doc._.<name>`).

Offsets are character offsets into the article's normalised text (the Doc is built from it),
so an annotation turns into evidence with `Span(article_id, start, end, text)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol


@dataclass(frozen=True, slots=True)
class DateExpression:
    """A time expression resolved against the publication date.

    `value` is the first day the expression can denote; `end` the last (same day for precision
    "day"); `precision` is day/week/month/year; `time_of_day` is "HH:MM" when a clock time is
    stated, else a part of day ("morning", "evening", "night", "overnight") or None.
    `relation` says whether the expression refers to the past relative to the report ("past"),
    the same period ("present") or is an absolute date ("absolute").
    """

    start: int
    end: int
    text: str
    value: date | None
    last: date | None
    precision: str | None
    time_of_day: str | None = None
    relation: str = "absolute"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as written ("around 300", "Sixteen", "dozens", "a hundred") with its qualifier.

    `value` is the number (lower bound for ranges and vague amounts), `max_value` the upper bound
    for `range`/`vague` ("dozens" = 24..99); `qualifier` is exact/approx/at_least/at_most/range/
    vague. `head_start` is the char offset of the token the number counts (its syntactic head),
    or -1.
    """

    start: int
    end: int
    text: str
    value: int
    qualifier: str = "exact"
    max_value: int | None = None
    head_start: int = -1


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: GeoNames, or for a small US town GeoNames lacks, the USPS postal list.

    A USPS town (`gazetteer` "usps", `nlp/usps_towns.py`) carries a negative `geonames_id` of its
    own, so code that tells places apart by id still can; its JSON says null, as it has no
    GeoNames entry."""

    geonames_id: int
    name: str
    country_code: str
    admin1: str | None
    admin2: str | None
    latitude: float
    longitude: float
    feature: str  # "city" | "admin1" | "admin2" | "country" | "continent" (toponyms only) | "sea"
    population: int = 0
    gazetteer: str = "geonames"  # "geonames" | "usps" | "sea" (`lang.SEA_AREAS`)

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geonames_id": self.geonames_id if self.gazetteer == "geonames" else None,
            "feature": self.feature,
            "gazetteer": self.gazetteer,
        }


class PlaceFields(Protocol):
    """What a place says of where it lies: a gazetteer `Place`, or a place as a mention's
    location claim carries it (`merge.profile.PlaceFact`)."""

    @property
    def name(self) -> str | None: ...
    @property
    def country_code(self) -> str | None: ...
    @property
    def admin1(self) -> str | None: ...
    @property
    def admin2(self) -> str | None: ...
    @property
    def feature(self) -> str | None: ...


def in_county(town: PlaceFields, county: PlaceFields) -> bool:
    """Whether `town` lies in `county` (a GeoNames second-level division), as the two places
    say it: same country and state, and the town's admin2 is the county's name. Read from the
    places themselves, not from the gazetteer by id, so a USPS town (no GeoNames id, its ZIPs'
    county as admin2: `nlp.usps_towns`) answers as a GeoNames town does. The one test of the
    dateline reader (`nlp.datelines.event_place`), the lead's town within its county
    (`extract.segment`) and the linker (`merge.linker._county_of_the_town`)."""
    return (
        county.feature == "admin2"
        and county.name is not None
        and town.admin2 == county.name
        and town.admin1 == county.admin1
        and town.country_code == county.country_code
    )


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place name as written in the text, resolved (or not) to a gazetteer entry."""

    start: int
    end: int
    text: str
    place: Place | None
    geo_precision: int  # ACLED: 1 town, 2 near a town / part of a region, 3 region or wider
    in_organisation: bool = False  # names an organisation's seat ("the Pas-de-Calais prefecture")
    neighbourhood: bool = False  # a neighbourhood the gazetteer lacks ("the Egger Highlands
    # neighborhood"): unresolved, yet a spot of its own that tells two incidents apart


@dataclass(frozen=True, slots=True)
class Attribution:
    """Whose claim a stretch of text is ("according to France Bleu", "the prefecture said").

    Covers `start:end` (the clause or sentence attributed); `source` is the source as written;
    `source_start:source_end` its span.
    """

    start: int
    end: int
    source: str
    source_start: int
    source_end: int

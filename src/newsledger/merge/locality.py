"""The city a neighbourhood belongs to, when the reports treat the place as a part of that city.

Reports place a shooting in a city's neighbourhood ("the Albany Park neighborhood", "Boston's
Jamaica Plain", "in East Flatbush, Brooklyn"); registries such as the Gun Violence Archive file it
under the city. The gazetteer has no neighbourhood feature (a community area and a suburb are
both towns in it), so containment needs the text's word for it. The containing city is the most
populous big town of the same state and county within CONTAINING_CITY_KM, many times the
place's population, and it is given when either
- a report calls the place a neighbourhood, a section or a community, or names it with the
  city's possessive (the cue is the evidence); or
- the reports name that city itself and never give the place its own police, officials or
  dateline (the city's name is the evidence): an incorporated suburb near a big city (its own
  town for GVA) is covered by its own police ("Cudahy police") and datelines ("KNIGHTDALE,
  N.C."), a neighbourhood by the city's. The city's own police count as naming it, and where
  they are named the place's dateline is no town of its own: neighbourhood news sites date
  their reports from the neighbourhood ("ROGERS PARK — Chicago Police said").
A place the gazetteer has only far away (Chicago's "Austin", read as Austin, Texas; its
"Chatham", read as the English town) is a neighbourhood of the big city the reports are filed from
when a report calls the name a neighbourhood and the reports name one big city far from the
namesake, by a capitals dateline or its own police ("CHICAGO (AP) -", "Chicago police said"),
and never give the name police of its own (`far_namesake_locality`).
Otherwise nothing is inferred.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newsledger.geo import great_circle_km
from newsledger.nlp.gazetteer import (
    BIG_CITY_POPULATION,
    FEATURES,
    Gazetteer,
    name_pattern,
    spelled_out,
)
from newsledger.nlp.types import Place

CONTAINING_CITY_KM = 20.0
"""A city's community areas lie within ~15-20 km of its GeoNames point (Chicago's far north and
south sides); farther, a place is another town's."""

CONTAINING_CITY_MIN_POPULATION = BIG_CITY_POPULATION
"""Only big cities are split into named neighbourhoods that reports use as the place
(`nlp.gazetteer.BIG_CITY_POPULATION`, which the segmenter reads too)."""

CONTAINING_CITY_POPULATION_RATIO = 10
"""The containing city is at least this many times the neighbourhood's population."""

_AREA_WORD = r"(?:neighbou?rhoods?|section|community)"

OWN_AUTHORITY = (
    r"(?:['’]s?)?(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?:police|Police|PD\b|[Ss]heriff|[Oo]fficials|[Ff]ire\s+[Dd]epartment|"
    r"[Mm]ayor|[Cc]ity\s+(?:[Cc]ouncil|[Mm]anager|[Hh]all))"
)
"""After a town's name: its own police, officials or town hall ("Cudahy police", "Hilliard
Police Department", "the Burbank mayor"): the town is a town of its own. A hard-wrapped line
may break between the two; a blank line may not (a headline ending in the town's name and a
paragraph opening "Police say" name no town's police)."""

_NOT_THE_CITY_AFTER = r"(?![ \t]+(?:[A-Z]|County\b|Parish\b|metro\b|area\b|suburbs?\b))"
"""What may not follow a city's name for it to name the city: a capitalised word ("Chicago
Tribune", "Seattle Times"), or a county, metro area or suburbs around it."""


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


def possessive_owners(name: str, text: str) -> set[str]:
    """The last words of the towns the text names as owners of `name` ("Miami's Overtown",
    "New York's Harlem" -> {"Miami", "York"}): the report says the place is a part of them."""
    pattern = rf"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}(?=['’]s\s+{re.escape(name)}\b)"
    return {match.group(0).split()[-1] for match in re.finditer(pattern, text)}


AreaKey = tuple[object, object, object]
"""(country code, admin1, admin2) of a place, as its `Place` record holds them (objects: a
summary's place is read from JSON, and only equal values may meet)."""


@lru_cache(maxsize=1)
def _big_cities_by_area(gaz: Gazetteer) -> dict[AreaKey, tuple[Place, ...]]:
    """The gazetteer's big cities grouped by country, state and county, in row order: a summary
    asks for the containing city of every town-level place, and a scan of all ~2,000 big cities
    per summary was a third of the time to add one article to the ledger (docs/scaling.md)."""
    city = FEATURES.index("city")
    by_area: dict[AreaKey, list[Place]] = {}
    for row in range(len(gaz)):
        if gaz.features[row] == city and gaz.populations[row] >= CONTAINING_CITY_MIN_POPULATION:
            place = gaz.place(row)
            by_area.setdefault((place.country_code, place.admin1, place.admin2), []).append(place)
    return {area: tuple(places) for area, places in by_area.items()}


def containing_city(place: Mapping[str, Any], gaz: Gazetteer) -> Place | None:
    """The big city a town-level place lies in (same state and county, near, far more
    populous), or None."""
    lat, lon = place.get("latitude"), place.get("longitude")
    if lat is None or lon is None or place.get("geo_precision") not in (1, 2):
        return None
    area: AreaKey = (place.get("country_code"), place.get("admin1"), place.get("admin2"))
    candidates = _big_cities_by_area(gaz).get(area, ())
    if not candidates:
        return None
    gid = place.get("geonames_id")
    own = gaz.get(int(gid)) if gid is not None else None
    floor = CONTAINING_CITY_POPULATION_RATIO * max(own.population if own else 0, 1)
    best: Place | None = None
    for candidate in candidates:
        if candidate.population < floor or candidate.geonames_id == gid:
            continue
        km = great_circle_km(float(lat), float(lon), candidate.latitude, candidate.longitude)
        if km <= CONTAINING_CITY_KM and (best is None or candidate.population > best.population):
            best = candidate
    return best


def town_authority(name: str, text: str) -> re.Match[str] | None:
    """Where the text names the town's own police, officials or town hall ("Cudahy police",
    "the Chicago Police Department"); None when it never does."""
    return re.search(rf"\b{re.escape(name)}{OWN_AUTHORITY}", text)


CITY_AUTHORITY = OWN_AUTHORITY.replace(r"[Ss]heriff|", "")
"""OWN_AUTHORITY less the sheriff, for the big city around a place: a US sheriff is the county's
("the Los Angeles Sheriff's Department" patrols Compton), so the sheriff named after the city
does not say the place is a part of the city (as `nlp.datelines.JURISDICTION_AFTER`)."""


def city_authority(city: str, text: str) -> re.Match[str] | None:
    """Where the text names the big city's own police, officials or town hall, not its sheriff."""
    return re.search(rf"\b{re.escape(city)}{CITY_AUTHORITY}", text)


def own_town_cue(name: str, text: str, city: str | None = None) -> re.Match[str] | None:
    """Where the text gives `name` its own police or officials, or a dateline ("CUDAHY, CA -",
    "ALTADENA (CBSLA.com) —"); None when it never does. A dateline does not count when the same
    text names the police or officials of `city`, the big city around the place: neighbourhood
    news sites date their reports from the neighbourhood ("ROGERS PARK — Chicago Police said"),
    while a suburb's report names its own police or the county's."""
    authority = town_authority(name, text)
    if authority is not None:
        return authority
    if city is not None and city_authority(city, text) is not None:
        return None
    return re.search(rf"(?:^|\n)[ \t]*{re.escape(name.upper())}\b", text, re.MULTILINE)


_WORD_BEFORE = re.compile(r"(?:^|\W)([\w.]+)[ \t]+$")

OTHER_TOWN_PREFIXES = frozenset(
    {"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest",
     "New", "Port", "Fort", "Mount", "Lake", "Little", "Old"}
)  # fmt: skip
"""Words that make a city's name part of another town's ("East Cleveland", "North Chicago")."""


def city_named(city: str, text: str) -> re.Match[str] | None:
    """The first place `text` names the city itself: not inside a longer capitalised name
    ("East Cleveland", "Chicago Tribune"), nor as its county or metro area."""
    bare = re.sub(r"^The\s+", "", city)
    for match in re.finditer(rf"(?<![\w-]){re.escape(bare)}\b{_NOT_THE_CITY_AFTER}", text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if before is None or before.group(1) not in OTHER_TOWN_PREFIXES:
            return match
    return None


_NOT_A_STREET_WORDS = frozenset(
    {"in", "at", "near", "outside", "from", "to", "of", "for", "and", "or", "by", "on", "the",
     "around", "across", "inside", "into", "between", "with", "about", "toward", "towards"}
)  # fmt: skip
"""Capitalised words that open a sentence before a saint's town ("In St. Paul, ..."); any other
capitalised word right before "St." names a street ("Main St. Paul Smith")."""

_LEADING_WORD = re.compile(r"[A-Za-z]+")

_CARE_BEFORE = re.compile(
    r"\b(?:hospital|medical|trauma|clinic|center|centre)\b[^.;\n]{0,30}$", re.IGNORECASE
)
"""A hospital or a clinic a few words before "in X": X is where a victim was treated."""

_SCENE_BEFORE = re.compile(r"\b(?:in|at|near|outside)[ \t]+$", re.IGNORECASE)
"""A locative preposition right before a town's name: the text names it as a scene."""

CITY_AUTHORITY_ANY_CASE = re.compile(CITY_AUTHORITY, re.IGNORECASE)
"""CITY_AUTHORITY in any case, for names read so ("BOSTON POLICE": `town_police_named`)."""


def town_named(name: str, text: str) -> Iterator[re.Match[str]]:
    """Each place `text` names the town `name`, in any case but its abbreviations ("BOSTON",
    "St. Paul" or "ST PAUL" for Saint Paul: `gazetteer.name_pattern`), and not as a part of
    another town's name ("South Portland", "West St. Paul": OTHER_TOWN_PREFIXES) nor as a
    street's "St." before a name ("Main St. Paul Smith"): the one reader of a town's name that
    the consensus counts texts with (`merge.summary`)."""
    if not name.strip():
        return
    pattern = re.compile(rf"(?<![\w-]){name_pattern(name)}(?!\w)", re.IGNORECASE)
    for match in pattern.finditer(text):
        window = max(0, match.start() - 40)
        before = _WORD_BEFORE.search(text, window, match.start())
        if before is not None and before.group(1).title() in OTHER_TOWN_PREFIXES:
            continue
        head = _LEADING_WORD.match(match.group(0))
        abbreviated = head is not None and spelled_out(head.group(0)) is not None
        if abbreviated and before is not None and _names_a_street(before.group(1)):
            continue
        yield match


def _names_a_street(word: str) -> bool:
    """Whether `word`, right before an abbreviated "St.", makes it a street's: a capitalised
    word ending no sentence, other than a preposition or a conjunction."""
    ends_a_sentence = word[-1:] in ".,;:"
    return word[:1].isupper() and not ends_a_sentence and word.lower() not in _NOT_A_STREET_WORDS


def town_police_named(name: str, text: str) -> re.Match[str] | None:
    """Where the text names the town's own police, officials or town hall, in any case
    ("Boston police", "BOSTON POLICE", "St. Paul police"), not its sheriff (CITY_AUTHORITY) nor
    another town's ("South Portland police" are not Portland's: `town_named`)."""
    for match in town_named(name, text):
        authority = CITY_AUTHORITY_ANY_CASE.match(text, match.end())
        if authority is not None:
            return match
    return None


def town_placed(name: str, text: str) -> re.Match[str] | None:
    """Where the text names the town as a scene: after "in", "at", "near" or "outside", and not
    as a hospital's town ("taken to a hospital in X"); a home ("an X man"), a possessive ("X's
    hospital") or a dateline names no scene."""
    for match in town_named(name, text):
        window = max(0, match.start() - 60)
        scene = _SCENE_BEFORE.search(text, window, match.start())
        if scene is not None and not _CARE_BEFORE.search(text, window, scene.start()):
            return match
    return None


def locality(
    place: Mapping[str, Any], texts: Sequence[tuple[str, str]], gaz: Gazetteer
) -> Locality | None:
    """The containing city of `place` when one of the (article id, text) pairs calls the place
    a neighbourhood, or when the texts name that city (or its police) and never the place's own
    police, officials or dateline (see module docstring); the words that say so are the
    evidence."""
    name = place.get("name")
    if not isinstance(name, str) or not name:
        return None
    city = containing_city(place, gaz)
    if city is None:
        return far_namesake_locality(place, texts, gaz)
    cues = [(aid, m) for aid, text in texts if (m := neighbourhood_cue(name, text)) is not None]
    for article_id, match in cues:
        owner = match.group("owner")
        if owner is None or owner.split()[-1] == city.name.split()[-1]:
            return _found(city, article_id, match)
    if cues or any(own_town_cue(name, text, city.name) for _, text in texts):
        return None
    for article_id, text in texts:
        named = city_named(city.name, text) or city_authority(city.name, text)
        if named is not None:
            return _found(city, article_id, named)
    return None


def _found(city: Place, article_id: str, match: re.Match[str]) -> Locality:
    return Locality(
        city.name, city.geonames_id, article_id, match.start(), match.end(), match.group(0)
    )


REPORT_DATELINE = re.compile(
    r"^[ \t]*(?P<town>[A-Z][A-Z.'’]+(?:[ ][A-Z][A-Z.'’]+){0,2})(?=[ \t]*(?:,|\(|[—–-]))",
    re.MULTILINE,
)
"""A capitals dateline opening a line ("CHICAGO (AP) —", "NEW ORLEANS, La. -"): the town a
report is filed from."""

CITY_FORCE = re.compile(rf"(?<![\w-])(?!The\b)(?P<town>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){{0,2}})"
                        rf"{CITY_AUTHORITY}")  # fmt: skip
"""A town before its own police or officials ("Chicago police", "the New Orleans Police
Department"), not its sheriff (a county's)."""


def report_big_cities(texts: Sequence[tuple[str, str]], gaz: Gazetteer) -> list[Place]:
    """The big cities (CONTAINING_CITY_MIN_POPULATION) the texts are filed from or whose own
    police they name, each once, in the order first named: where the reports place themselves."""
    found: dict[int, Place] = {}
    for _, text in texts:
        for pattern in (REPORT_DATELINE, CITY_FORCE):
            for match in pattern.finditer(text):
                best = _big_city(match.group("town").title(), gaz)
                if best is not None:
                    found.setdefault(best.geonames_id, best)
    return list(found.values())


def owner_named_after(name: str, text: str) -> re.Match[str] | None:
    """Where the text names `name` a neighbourhood of a town written after it ("the Maple
    Hollow section of Riverton", "the Maple Hollow neighborhood of Riverton"): group "city"."""
    return re.search(rf"\b{re.escape(name)}\s+{_AREA_WORD}\s+of\s+{_TOWN_WORDS}", text)


_TOWN_WORDS = (
    r"(?P<city>(?:St\.[ ])?[A-Z](?:[\w-]|['’](?!s\b))*(?:[ ][A-Z](?:[\w-]|['’](?!s\b))*){0,2})"
)
"""Up to three capitalised words of a town's name ("St. Louis", "Oklahoma City"), stopping at a
possessive ("the X neighbourhood of Chicago's West Side": Chicago)."""

FAR_AREA_WORD = r"(?:neighbou?rhoods?|section)"
"""The words that call a far namesake a part of a big city (`far_namesake_locality`): not
"community", which also names a town's people ("mourned by the Dallas community") and a town
of its own ("Gary, a community in northwest Indiana")."""

FAR_NAMESAKE_KM = 100.0
"""A namesake this far from the big city is no part of its metro area: a suburb or a
neighbouring town (Gary is 40 km from Chicago) may be a town the report names as such, a
namesake a state or a country away (Austin, Texas for Chicago's Austin) is not."""


def _leading_big_city(words: str, gaz: Gazetteer) -> Place | None:
    """The big city named by the longest leading part of `words` ("Philadelphia Police" ->
    Philadelphia), or None."""
    parts = words.split()
    for end in range(len(parts), 0, -1):
        city = _big_city(" ".join(parts[:end]), gaz)
        if city is not None:
            return city
    return None


def _big_city(name: str, gaz: Gazetteer) -> Place | None:
    """The best-ranked city of the name, when it is big (CONTAINING_CITY_MIN_POPULATION)."""
    best = next((p for p in gaz.lookup(name) if p.feature == "city"), None)
    return best if best is not None and best.population >= CONTAINING_CITY_MIN_POPULATION else None


def far_namesake_locality(
    place: Mapping[str, Any], texts: Sequence[tuple[str, str]], gaz: Gazetteer
) -> Locality | None:
    """The big city a far namesake of a neighbourhood belongs to, when the reports never name
    the name's own police or officials, and either
    - a report names the big city right after calling the name a neighbourhood ("the Juniata
      section of Philadelphia", `owner_named_after`, stopping at a possessive); or
    - a report names a big city as the name's owner ("Chicago's Austin neighborhood"); or
    - a report calls the name as written a neighbourhood or a section (`_far_cue`, a
      possessive only with that city as owner) and the reports name exactly one big city
      (`report_big_cities`).
    Any such city lies farther than FAR_NAMESAKE_KM from the gazetteer's place. The cue is
    the evidence. None otherwise: a namesake with no such cue is left as the gazetteer reads
    it."""
    written = place.get("name_as_written") or place.get("name")
    lat, lon = place.get("latitude"), place.get("longitude")
    if not isinstance(written, str) or not written or lat is None or lon is None:
        return None
    if any(town_authority(written, text) for _, text in texts):
        return None

    def far(city: Place) -> bool:
        return great_circle_km(float(lat), float(lon), city.latitude, city.longitude) > (
            FAR_NAMESAKE_KM
        )

    for article_id, text in texts:
        named = owner_named_after(written, text)
        city_after = _leading_big_city(named.group("city"), gaz) if named is not None else None
        if named is not None and city_after is not None and far(city_after):
            return _found(city_after, article_id, named)
    for article_id, text in texts:
        for owned in _possessive_owned(written, text):
            owner_city = _trailing_big_city(owned.group("owner"), gaz)
            if owner_city is not None and far(owner_city):
                return _found(owner_city, article_id, owned)
    cues = [(aid, m) for aid, text in texts if (m := _far_cue(written, text)) is not None]
    if not cues:
        return None
    cities = [c for c in report_big_cities(texts, gaz) if far(c)]
    if len(cities) != 1:
        return None
    city = cities[0]
    for article_id, match in cues:
        owner = match.group("owner")
        if owner is None or owner.split()[-1] == city.name.split()[-1]:
            return _found(city, article_id, match)
    return None


def _far_cue(name: str, text: str) -> re.Match[str] | None:
    """`neighbourhood_cue` for a far namesake: "X neighborhood", "X section" or "City's X" only
    (FAR_AREA_WORD)."""
    n = re.escape(name)
    pattern = (
        rf"\b{n}\s+{FAR_AREA_WORD}\b"
        rf"|\b(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})['’]s\s+{n}\b"
    )
    return re.search(pattern, text)


def _possessive_owned(name: str, text: str) -> list[re.Match[str]]:
    """Each "City's X" of the text (group "owner": up to three capitalised words)."""
    pattern = rf"\b(?P<owner>[A-Z][\w.]*(?:[ ][A-Z][\w.]*){{0,2}})['’]s\s+{re.escape(name)}\b"
    return list(re.finditer(pattern, text))


def _trailing_big_city(words: str, gaz: Gazetteer) -> Place | None:
    """The big city named by the longest trailing part of `words` ("In Chicago" -> Chicago)."""
    parts = words.split()
    for start in range(len(parts)):
        city = _big_city(" ".join(parts[start:]), gaz)
        if city is not None:
            return city
    return None

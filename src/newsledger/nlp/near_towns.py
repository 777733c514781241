"""A place the text sets beside a town ("la playa de X, cerca de Tarifa", "la plage de X, près de
Y", "X, near Y", "X, en Y") lies near that town: a reading of X hundreds of kilometres away is a
namesake elsewhere (a Spanish beach read as the Italian city of the same name), not the place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from newsledger.nlp.gazetteer import Gazetteer, distance_km, name_key
from newsledger.nlp.place_words import NEAR_CUE_BEFORE
from newsledger.nlp.types import Place, PlaceMention

NEAR_TOWN_KM = 100.0
"""How far a place said to be near a town, or in it, may lie from it: "near" in a report is a
short drive (a beach, a village, a suburb), never another region. Readings farther away are a
namesake elsewhere."""

MAX_GAP_CHARS = 30
"""The comma and cue between the place and its town ("X, in the outskirts of Y"): longer is no
apposition."""

LOCATIVE_AFTER_COMMA = re.compile(
    r"\b(?:in|en|à|em|im|bei|bij|nel|nella|na|no)[ \t]+(?:(?:the|la|le|el|de)[ \t]+)?$",
    re.IGNORECASE,
)
"""A bare locative after the comma ("X, en Tarifa", "X, in Tarifa"): X lies in the town."""


def town_it_is_set_beside(
    text: str, place: PlaceMention, following: PlaceMention, near: re.Pattern[str] | None
) -> bool:
    """Whether `following` is the town `place` is said to be near or in: only a comma and a
    near cue or a locative stand between them ("Bolonia, cerca de Tarifa")."""
    gap = text[place.end : following.start]
    if len(gap) > MAX_GAP_CHARS or not gap.lstrip().startswith(","):
        return False
    for cue in (NEAR_CUE_BEFORE, near, LOCATIVE_AFTER_COMMA):
        found = cue.search(gap) if cue is not None else None
        if found is not None and gap[: found.start()].strip() == ",":
            return True
    return False


def near_town_readings(
    text: str,
    mentions: Sequence[PlaceMention],
    gaz: Gazetteer,
    near: re.Pattern[str] | None = None,
) -> list[PlaceMention]:
    """The mentions (sorted by start) with each town set beside another town read near it.

    Cascade for a town X set beside a town Y (both resolved to cities) farther apart than
    NEAR_TOWN_KM: the gazetteer's readings of both names that lie within that distance of
    each other win, the pair with the biggest Y first (then X): "Montgomery, near Aurora" is
    the two Illinois towns, not Montgomery, Alabama and Aurora, Colorado; with no such pair X
    is dropped at every occurrence, a place the gazetteer does not know ("la playa de
    Bolonia, cerca de Tarifa" is no Bologna), while Y stays: a value that cannot be supported
    is absent, not guessed.
    """
    replaced: dict[tuple[str, int], Place | None] = {}  # (name, far reading) -> near one
    for mention, following in pairwise(mentions):
        place, town = mention.place, following.place
        if place is None or town is None or place.feature != "city" or town.feature != "city":
            continue
        if distance_km(place, town) <= NEAR_TOWN_KM:
            continue
        if not town_it_is_set_beside(text, mention, following, near):
            continue
        near_pair = _nearest_pair(gaz, mention.text, following.text)
        replaced[(name_key(mention.text), place.geonames_id)] = near_pair and near_pair[0]
        if near_pair is not None and near_pair[1] != town:
            replaced[(name_key(following.text), town.geonames_id)] = near_pair[1]
    if not replaced:
        return list(mentions)
    out: list[PlaceMention] = []
    for mention in mentions:
        key = (name_key(mention.text), mention.place.geonames_id if mention.place else -1)
        if key not in replaced:
            out.append(mention)
        elif (reading := replaced[key]) is not None:
            out.append(replace(mention, place=reading))
    return out


def _nearest_pair(gaz: Gazetteer, name: str, town_name: str) -> tuple[Place, Place] | None:
    """The town readings of the two names within NEAR_TOWN_KM of each other, biggest town
    first, or None."""
    places = [p for row, _ in gaz.rows(name) if (p := gaz.place(row)).feature == "city"]
    towns = [t for row, _ in gaz.rows(town_name) if (t := gaz.place(row)).feature == "city"]
    pairs = [(p, t) for t in towns for p in places if distance_km(p, t) <= NEAR_TOWN_KM]
    return max(pairs, key=lambda pt: (pt[1].population, pt[0].population), default=None)

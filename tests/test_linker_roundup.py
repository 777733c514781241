"""A station's roundup of one night's shootings in several towns does not join its pages of two
far towns in two states into one incident (merge/linker._one_outlet_two_towns,
docs/resolution.md twelfth pass). Words, places and dates are this test's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.profile_helpers import report

from newsledger.merge import linker
from newsledger.merge.profile import MentionProfile, PlaceFact
from newsledger.merge.resolve import resolve_block
from newsledger.merge.scoring import CANNOT_LINK

MILLHAVEN = PlaceFact(8501, "Millhaven", "US", "S1", 41.0, -95.0, 1)
OAKRIDGE = PlaceFact(8502, "Oakridge", "US", "S2", 39.0, -99.0, 1)
"""Another state, about 400 km away (where the gazetteer put a town of the station's area
that has a far namesake)."""
NEAR_TOWN = PlaceFact(8505, "Brookfield", "US", "S1", 41.5, -95.6, 1)
"""A town of Millhaven's state, about 70 km away."""
ASHFORD = PlaceFact(8503, "Ashford", "US", "S1", 41.2, -95.3, 1)
"""Between the two: the station's dateline."""
MILLHAVEN_EAST = PlaceFact(8504, "Millhaven East", "US", "S1", 41.02, -94.9, 1)
"""A suburb of Millhaven, under 10 km away."""

NIGHT = date(2033, 2, 9)

MILLHAVEN_STORY = {
    "tannery": 3.5,
    "viaduct": 3.6,
    "stairwell": 3.1,
    "torso": 3.0,
    "ambulance": 2.4,
    "tavistrand": 5.0,
}
OAKRIDGE_STORY = {
    "laundromat": 3.5,
    "carport": 3.6,
    "thigh": 3.0,
    "bystander": 2.8,
    "hatchback": 3.4,
    "corvell": 5.0,
}
STATION = {"tipline": 3.5, "dispatchers": 2.6}
"""The station's own stock words, on every page."""


def page(key: str, words: dict[str, float], place: PlaceFact) -> MentionProfile:
    """A page of the station about the night (stated day, the same evening)."""
    return replace(
        report(key, day=NIGHT, place=place, words=words),
        source="outlet:station.example",
        time_of_day="evening",
    )


def pages() -> tuple[MentionProfile, MentionProfile, MentionProfile]:
    millhaven = page("millhaven", {**MILLHAVEN_STORY, **STATION}, MILLHAVEN)
    oakridge = page("oakridge", {**OAKRIDGE_STORY, **STATION}, OAKRIDGE)
    roundup = page(
        "roundup", {**MILLHAVEN_STORY, **OAKRIDGE_STORY, **STATION, "separate": 2.0}, ASHFORD
    )
    return millhaven, oakridge, roundup


def test_one_stations_pages_of_two_towns_are_two_incidents() -> None:
    millhaven, oakridge, roundup = pages()
    assert linker.score_link(millhaven, oakridge) == CANNOT_LINK
    # the roundup retells each town's story
    assert linker.score_link(roundup, millhaven) > linker.model().threshold
    assert linker.score_link(roundup, oakridge) > linker.model().threshold


def test_a_roundup_does_not_join_its_towns_pages() -> None:
    millhaven, oakridge, roundup = pages()
    for order in ((millhaven, oakridge, roundup), (roundup, oakridge, millhaven)):
        clusters = resolve_block(list(order))
        together = [c for c in clusters if {"millhaven:0", "oakridge:0"} <= set(c)]
        assert together == []


def test_one_stations_pages_of_a_town_and_its_suburb_are_left_to_the_model() -> None:
    millhaven, _, _ = pages()
    suburb = page("suburb", {**MILLHAVEN_STORY, **STATION}, MILLHAVEN_EAST)
    assert linker.score_link(millhaven, suburb) > linker.model().threshold


def test_one_stations_pages_of_two_towns_of_one_state_are_capped_not_excluded() -> None:
    millhaven, _, _ = pages()
    near = page("near", {**OAKRIDGE_STORY, **STATION}, NEAR_TOWN)
    assert CANNOT_LINK < linker.score_link(millhaven, near) <= linker.UNKNOWN_CAP


def test_one_stations_pages_of_two_days_are_not_this_rule() -> None:
    millhaven, oakridge, _ = pages()
    later = replace(oakridge, date_first=date(2033, 2, 10), date_last=date(2033, 2, 10))
    assert not linker._one_outlet_two_towns(
        millhaven, later, linker.link_features(millhaven, later)
    )


def test_two_outlets_in_two_towns_are_not_this_rule() -> None:
    millhaven, oakridge, _ = pages()
    other = replace(oakridge, source="outlet:paper.example")
    assert linker.score_link(millhaven, other) > CANNOT_LINK

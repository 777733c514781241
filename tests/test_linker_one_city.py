"""Two outlets' reports of one city stating days apart (merge/linker.py `_one_city_days_apart`,
docs/resolution.md fifteenth pass): in a town of CITY_POPULATION or more, reports stating days two
or more apart that share only the city's stock words are two shootings and are capped; in a
small town, one day apart, with a shared quote, or within one outlet the rule does not apply.
Words and dates are this test's own; the city is a real GeoNames town (its population is what
the rule reads), the small town an invented one the gazetteer does not hold."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from tests.profile_helpers import report

from newsledger.merge import linker
from newsledger.merge.profile import MentionProfile, PlaceFact

CITY = PlaceFact(4887398, "Chicago", "US", "IL", 41.85003, -87.65005, 1)
"""A city of more than two million people (GeoNames 4887398)."""

SMALL_TOWN = PlaceFact(8701, "Quarrendon", "US", "S1", 44.0, -99.0, 1)
"""An invented town: no population in the gazetteer."""

FIRST_DAY = date(2035, 5, 3)

STOCK = {"boulevard": 2.6, "ambulance": 2.4, "sidewalk": 2.7, "bystander": 2.2}
"""Words any two shooting reports of one city may share (a street kind, the ambulance, the
sidewalk, a bystander): no specific of one story."""


def city_report(key: str, day: date, place: PlaceFact, extra: dict[str, float]) -> MentionProfile:
    return report(key, day=day, place=place, words={**STOCK, **extra})


def pair(place: PlaceFact, days_apart: int) -> tuple[MentionProfile, MentionProfile]:
    """Two outlets' reports in `place` sharing the stock words, each with its own specifics."""
    first = city_report(
        "first",
        FIRST_DAY,
        place,
        {"tamarisk": 4.2, "hubcap": 4.0, "vendetta": 3.8, "trellis": 3.6, "crowbar": 3.5},
    )
    second = city_report(
        "second",
        FIRST_DAY + timedelta(days=days_apart),
        place,
        {"gazebo": 4.1, "skateboard": 3.9, "dumpster": 3.7, "awning": 3.6, "turnstile": 3.4},
    )
    return first, second


def test_the_city_is_over_the_population_bar_and_the_small_town_is_not() -> None:
    assert linker.town_population(CITY) >= linker.CITY_POPULATION
    assert linker.town_population(SMALL_TOWN) == 0


def test_two_outlets_in_a_city_stating_days_apart_are_capped() -> None:
    a, b = pair(CITY, 3)
    features = linker.link_features(a, b)
    assert not linker.strong_evidence(features)
    assert linker._one_city_days_apart(a, b, features)
    assert linker.score_link(a, b) <= linker.UNKNOWN_CAP


def test_the_same_reports_in_a_small_town_are_left_to_the_model() -> None:
    a, b = pair(SMALL_TOWN, 3)
    features = linker.link_features(a, b)
    assert not linker._one_city_days_apart(a, b, features)
    assert linker.score_link(a, b) == linker.linear_logit(features)
    assert linker.score_link(a, b) > linker.UNKNOWN_CAP


def test_one_day_apart_in_a_city_is_left_to_the_model() -> None:
    a, b = pair(CITY, 1)
    features = linker.link_features(a, b)
    assert not linker._one_city_days_apart(a, b, features)
    assert linker.score_link(a, b) == linker.linear_logit(features)


def test_a_shared_quote_in_a_city_is_strong_evidence() -> None:
    a, b = pair(CITY, 3)
    quote = frozenset({"we heard four shots and ran inside the laundromat"})
    a, b = replace(a, quote_keys=quote), replace(b, quote_keys=quote)
    features = linker.link_features(a, b)
    assert linker.strong_evidence(features)
    assert not linker._one_city_days_apart(a, b, features)
    assert linker.score_link(a, b) > linker.UNKNOWN_CAP


def test_pages_of_one_outlet_are_left_to_the_one_outlet_rules() -> None:
    a, b = pair(CITY, 3)
    b = replace(b, source=a.source)
    assert not linker._one_city_days_apart(a, b, linker.link_features(a, b))

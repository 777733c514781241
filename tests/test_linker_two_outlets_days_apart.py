"""Two outlets' reports that state days two or more apart need strong evidence to link (merge/
linker.py `_two_outlets_days_apart`, docs/resolution.md fourteenth pass): two shootings of one
town a few days apart share the town's stock words, a retelling shares the story's specifics.
Words, places and dates are this test's own."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from tests.profile_helpers import report

from newsledger.merge import linker
from newsledger.merge.profile import MentionProfile, PlaceFact

CAVERLEIGH = PlaceFact(9301, "Caverleigh", "US", "S4", 39.1, -84.5, 1)

DAY = date(2036, 4, 11)

STOCK = {"drive-by": 2.2, "hospital": 1.2, "wounded": 1.5, "detectives": 1.8, "tipline": 3.0}
"""What any report of a shooting in the town says: the kind of attack, the hospital, the
detectives' appeal for tips."""

FIRST_OWN = {
    w: 3.0
    for w in ["porchlight", "minivan", "alleyway", "sedan", "carport", "hedgerow", "driveway"]
}
"""The first shooting's own specifics."""

SECOND_OWN = {
    w: 3.0 for w in ["playground", "stroller", "gazebo", "bicycle", "sandbox", "seesaw", "lemonade"]
}
"""Another shooting's own specifics."""


def first_report() -> MentionProfile:
    return report("north-daily", day=DAY, place=CAVERLEIGH, words={**STOCK, **FIRST_OWN})


def second_report(days_later: int, words: dict[str, float]) -> MentionProfile:
    """Another outlet's report stating a day `days_later`, published that day."""
    day = DAY + timedelta(days=days_later)
    return report("south-wire", day=day, published=day, place=CAVERLEIGH, words=words)


def test_another_shooting_of_the_town_days_later_is_capped() -> None:
    first = first_report()
    other = second_report(3, {**STOCK, **SECOND_OWN})
    features = linker.link_features(first, other)
    assert linker.linear_logit(features) > linker.model().threshold  # stock words alone
    assert not linker.strong_evidence(features)
    assert linker._two_outlets_days_apart(first, other, features)
    assert linker.score_link(first, other) <= linker.UNKNOWN_CAP


def test_two_days_apart_is_enough() -> None:
    first = first_report()
    other = second_report(2, {**STOCK, **SECOND_OWN})
    assert linker.score_link(first, other) <= linker.UNKNOWN_CAP


def test_the_next_day_is_left_to_the_model() -> None:
    # "late Saturday" and "early Sunday": one shooting's reports often state adjacent days
    first = first_report()
    other = second_report(1, {**STOCK, **SECOND_OWN})
    features = linker.link_features(first, other)
    assert not linker._two_outlets_days_apart(first, other, features)
    assert linker.score_link(first, other) == linker.linear_logit(features)


def test_a_retelling_that_states_another_day_still_links() -> None:
    # the second outlet took the day of the arrest for the event's, but retells the story
    first = first_report()
    retelling = second_report(3, {**STOCK, **FIRST_OWN, "arraigned": 3.0})
    features = linker.link_features(first, retelling)
    assert linker.strong_evidence(features)
    assert linker.score_link(first, retelling) > linker.model().threshold


def test_the_cap_is_switched_off_at_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linker, "TWO_OUTLETS_DAYS_APART", 0)
    first = first_report()
    other = second_report(3, {**STOCK, **SECOND_OWN})
    features = linker.link_features(first, other)
    assert linker.score_link(first, other) == linker.linear_logit(features)

"""Two reports of one stated day that the model already calls one incident are not capped by a
clash of hours (merge/linker.py `_one_day_hours_apart`, docs/resolution.md twenty-fourth pass):
an outlet's update tells the day's later hour (the arrest, the press conference). Two shootings
of one town and week stay apart. Words, places and dates are this test's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from tests.profile_helpers import report

from newsledger.merge import linker
from newsledger.merge.profile import MentionProfile, PlaceFact
from newsledger.merge.resolve import cluster_profiles

BRANWICK = PlaceFact(9207, "Branwick", "US", "S4", 39.1, -94.6, 1)
DUNMORROW = PlaceFact(9208, "Dunmorrow", "US", "S4", 39.1, -94.43, 1)
"""A town about 15 km east of Branwick."""

DAY = date(2036, 4, 11)

STORY = {
    "larchmere": 5.2,
    "pellowes": 4.9,
    "laundromat": 3.8,
    "coldharbour": 4.6,
    "marquee": 3.5,
    "tarnside": 4.4,
}
"""One shooting's specifics (a street, a business, a sign): six specific words."""

MORNING_OWN = {w: 3.0 for w in ("dawn", "cordoned", "paramedics")}
UPDATE_OWN = {w: 3.0 for w in ("arraigned", "magistrate", "custody")}
OTHER_OWN = {w: 3.0 for w in ("carport", "driveway", "stairwell", "gunfire", "hydrant")}
"""What another shooting of the town tells: none of the first one's specifics."""


def station_page(
    key: str, words: dict[str, float], hour: str, *, day: date = DAY
) -> MentionProfile:
    """A page of one station (every page shares its source), published the day after `day`."""
    page = report(key, day=day, place=BRANWICK, words=words, published=day + timedelta(days=1))
    return replace(page, source="outlet:branwick-news.example", time_of_day=hour)


def first_report() -> MentionProfile:
    return station_page("first", {**STORY, **MORNING_OWN}, "06:15")


def update() -> MentionProfile:
    """The station's update of the same day: the story's specifics, the arrest's evening hour."""
    return station_page("update", {**STORY, **UPDATE_OWN}, "evening")


def test_an_update_of_the_same_day_at_a_later_hour_is_weighed_by_the_model() -> None:
    first, later = first_report(), update()
    features = linker.link_features(first, later)
    assert features["time_of_day"] <= linker.TIME_CONFLICT
    assert not linker._told_of_the_same_day(first, later, features)  # one outlet
    assert not linker._reported_together(first, later, features)
    assert linker.linear_logit(features) > linker.ONE_DAY_CLEAR_LOGIT
    assert linker.score_link(first, later) == linker.linear_logit(features)


def look_alike() -> MentionProfile:
    """Another outlet's report of another shooting in the town that day, at another hour: one
    word of the first story ("laundromat"), none of its other specifics."""
    page = report(
        "valley-wire",
        day=DAY,
        place=BRANWICK,
        words={"laundromat": 3.8, **OTHER_OWN},
        published=DAY + timedelta(days=1),
    )
    return replace(page, time_of_day="13:10")


def test_a_town_and_days_two_shootings_at_other_hours_stay_capped() -> None:
    """The same day and town lift the model over even odds; the story's words are missing."""
    first, other = first_report(), look_alike()
    features = linker.link_features(first, other)
    assert features["time_of_day"] <= linker.TIME_CONFLICT
    assert linker.linear_logit(features) > linker.ONE_DAY_CLEAR_LOGIT
    assert not linker._one_day_hours_apart(first, other, features, linker.linear_logit(features))
    assert linker.score_link(first, other) <= linker.UNKNOWN_CAP


def test_another_day_of_the_week_keeps_the_time_cap() -> None:
    """The station's page of a shooting two days later in the same town, at another hour,
    telling much of the same: the day is not one, so the hours still part them."""
    first = first_report()
    other = station_page("later", {**STORY, **OTHER_OWN}, "23:30", day=DAY + timedelta(days=2))
    features = linker.link_features(first, other)
    assert features["time_of_day"] <= linker.TIME_CONFLICT
    assert not linker._one_day_hours_apart(first, other, features, linker.linear_logit(features))
    assert linker.score_link(first, other) <= linker.UNKNOWN_CAP


def test_the_update_joins_its_shooting_and_the_look_alike_stays_apart() -> None:
    pages = sorted(
        [
            first_report(),
            update(),
            look_alike(),
        ],
        key=lambda p: p.sort_key,
    )
    pairs = {
        (i, j): linker.score_link(pages[i], pages[j])
        for i in range(len(pages))
        for j in range(i + 1, len(pages))
    }
    clusters = cluster_profiles(pages, pairs)
    keys = sorted(sorted(pages[i].article_id for i in members) for members in clusters)
    assert keys == [["first", "update"], ["valley-wire"]]


def test_a_neighbouring_towns_page_of_the_day_keeps_the_time_cap() -> None:
    """The station's page of that evening in a town 15 km away, telling the story's words (its
    crime words: a charge, a handgun): another place, so the hours still part them."""
    first = first_report()
    page = station_page("neighbour", {**STORY, **UPDATE_OWN}, "20:40")
    other = replace(page, place=DUNMORROW)
    features = linker.link_features(first, other)
    assert features["place"] < 1.0
    assert not linker._one_day_hours_apart(first, other, features, linker.linear_logit(features))
    assert linker.score_link(first, other) <= linker.UNKNOWN_CAP

"""Two reports of one stated day that the model already calls one incident are not capped by a
clash of hours (merge/linker.py `_one_day_hours_apart`, docs/resolution.md twenty-fourth pass):
an outlet's update tells the day's later hour (the arrest, the press conference). Two shootings
of one town and week stay apart, and so do one outlet's pages of two shootings of one day that
share only its stock words: the rule asks for one block, street or key name. Words, places and
dates are this test's own."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from tests.ledger_helpers import main_reports_by_incident
from tests.profile_helpers import report

from newsledger.merge import linker
from newsledger.merge.descriptions import Block
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

STORY_BLOCK = Block(14, "larchmere", "rd")
"""The block of a street both pages of the story give ("the 1400 block of Larchmere Road")."""

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
    page = station_page("first", {**STORY, **MORNING_OWN}, "06:15")
    return replace(page, blocks=frozenset({STORY_BLOCK}))


def update() -> MentionProfile:
    """The station's update of the same day: the story's specifics and block, the arrest's
    evening hour."""
    page = station_page("update", {**STORY, **UPDATE_OWN}, "evening")
    return replace(page, blocks=frozenset({STORY_BLOCK}))


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


STOCK_WORDS = {
    "gunman": 3.1,
    "gunshot": 3.3,
    "transported": 2.4,
    "hospitalized": 2.9,
    "detectives": 2.6,
    "hollowmere": 5.0,
}
"""What every page of one outlet's crime desk writes: the gunman, the wound, the ride to one
hospital (Hollowmere General), the detectives; six words over the specific-word bar."""


def desk_page(key: str, hour: str, block: Block | None, own: dict[str, float]) -> MentionProfile:
    """A page of one city outlet's crime desk on DAY in Branwick: its stock words, its own."""
    page = station_page(key, {**STOCK_WORDS, **own}, hour)
    return replace(page, blocks=frozenset({block}) if block else frozenset())


def test_one_outlets_pages_of_two_shootings_sharing_stock_words_stay_apart() -> None:
    """A man hit at 1:15 a.m. on one block, a woman at 8:40 p.m. on a block across town: the
    same day, town and outlet and six shared stock words lift the model over even odds, yet
    nothing of one story is shared and the blocks differ."""
    night = desk_page("night", "01:15", Block(63, "fenwick", "ave"), {"sidewalk": 3.0})
    evening = desk_page("evening", "20:40", Block(48, "quarry", "st"), {"porch": 3.0})
    features = linker.link_features(night, evening)
    value = linker.linear_logit(features)
    assert features["time_of_day"] <= linker.TIME_CONFLICT
    assert features["other_block"] == 1.0
    assert linker._shared_specific_words(night, evening) >= linker.REPORTED_TOGETHER_SHARED_WORDS
    assert value > linker.ONE_DAY_CLEAR_LOGIT
    assert not linker._one_day_hours_apart(night, evening, features, value)
    assert linker.score_link(night, evening) <= linker.UNKNOWN_CAP


def test_stock_words_without_a_block_street_or_key_name_are_no_story() -> None:
    """Neither page gives a block, a street or a key name: the shared words are all there is."""
    night = desk_page("night", "01:15", None, {"sidewalk": 3.0})
    evening = desk_page("evening", "20:40", None, {"porch": 3.0})
    features = linker.link_features(night, evening)
    value = linker.linear_logit(features)
    assert value > linker.ONE_DAY_CLEAR_LOGIT
    assert not linker._one_day_hours_apart(night, evening, features, value)
    assert linker.score_link(night, evening) <= linker.UNKNOWN_CAP


def test_a_key_name_both_pages_write_is_one_story() -> None:
    """No block on either page, but both are about one person (each page's key name is a word
    of the other): the update's later hour no longer caps the pair."""
    night = replace(
        desk_page("night", "01:15", None, {"quillfeather": 5.5}), key_names=("quillfeather",)
    )
    evening = replace(
        desk_page("evening", "20:40", None, {"quillfeather": 5.5}), key_names=("quillfeather",)
    )
    features = linker.link_features(night, evening)
    value = linker.linear_logit(features)
    assert value > linker.ONE_DAY_CLEAR_LOGIT
    assert linker._one_day_hours_apart(night, evening, features, value)


def test_a_key_name_does_not_outweigh_two_blocks_that_differ() -> None:
    night = replace(
        desk_page("night", "01:15", Block(63, "fenwick", "ave"), {"quillfeather": 5.5}),
        key_names=("quillfeather",),
    )
    evening = replace(
        desk_page("evening", "20:40", Block(48, "quarry", "st"), {"quillfeather": 5.5}),
        key_names=("quillfeather",),
    )
    features = linker.link_features(night, evening)
    assert not linker._one_day_hours_apart(night, evening, features, linker.linear_logit(features))


def desk_report(title: str, opening: str, slug: str) -> str:
    """One city outlet's page published on a Saturday, as a JSON line."""
    return json.dumps(
        {
            "title": title,
            "url": f"https://metro-ledger.example/news/{slug}",
            "outlet": "Metro Ledger",
            "published": "2019-06-08",
            "language": "en",
            "text": f"{title}\n\n{opening}",
        }
    )


def test_two_pages_of_one_desk_on_one_day_stay_two_incidents(tmp_path: Path) -> None:
    """End to end: the crime desk's night page and evening page of one Saturday, two blocks
    miles apart, the same closing sentences (wound, hospital, detectives)."""
    night = desk_report(
        "Man wounded on the East Side",
        "DETROIT - A man was wounded early Saturday on the city's East Side, police said. The "
        "42-year-old was walking in the 3100 block of Orchard Avenue about 2:20 a.m. when a "
        "gunman fired at him from a passing car, according to Detroit police. He had a gunshot "
        "wound to the shoulder and was transported to Calloway Memorial Hospital, where he was "
        "hospitalized in stable condition. No arrests were made. Detectives are investigating.",
        "man-wounded-east-side",
    )
    evening = desk_report(
        "Woman hurt in West Side shooting",
        "DETROIT - A woman was hurt Saturday night on the city's West Side, police said. The "
        "27-year-old was sitting on a porch in the 7400 block of Pine Street about 9:50 p.m. "
        "when a gunman walked up and opened fire, according to Detroit police. She had a gunshot "
        "wound to the hip and was transported to Calloway Memorial Hospital, where she was "
        "hospitalized in fair condition. No arrests were made. Detectives are investigating.",
        "woman-hurt-west-side",
    )
    groups = main_reports_by_incident(tmp_path, {"night.jsonl": night, "evening.jsonl": evening})
    assert sorted(sorted(g) for g in groups) == [["evening.jsonl:1"], ["night.jsonl:1"]]
